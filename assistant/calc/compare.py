"""Two values compared ("at 35 cases each versus 25", "henholdsvis 35 og 25 sager"): each is worked out on its
own, and when the question asks for the difference ("what's the difference in annual cost", "hvor mange flere"),
the difference of each quantity worked out at both is said once after them.

Apart from ``calc.ranges`` (which reads the two values) and ``calc.sheet`` (which writes the answer) so both can
use it without importing each other.
"""

from __future__ import annotations

from assistant.calc.words import _re

__all__ = ["COMPARED", "COST_DIFFERENCE_Q", "DIFFERENCE_Q", "differences"]

# "what's the difference in annual cost", "forskellen i lønudgift", "how many more", "hvor meget mere koster det"
DIFFERENCE_Q = _re(
    r"\b(?:forskel(?:len)?|difference|differ|hvor\s+(?:mange|meget)\s+(?:flere|mere)|how\s+(?:many|much)\s+more)\b"
)
# "forskellen i lønudgift", "the difference in annual cost": what the two values' staff cost is asked too
COST_DIFFERENCE_Q = _re(
    r"\bforskel(?:len)?\s+i\s+(?:den\s+)?(?:årlig\w*\s+)?(?:løn)?(?:udgift|omkostning|pris)\w*|"
    r"\bdifference\s+in\s+(?:the\s+)?(?:annual\s+|yearly\s+)?(?:cost|payroll|salary|staff\s+cost|spend)\w*"
)
# the quantities whose difference between the two values means something: staff, and what the staff cost
COMPARED = ("staff_needed", "extra_staff", "payroll_after", "cost_per_year")


def differences(outputs: dict[str, float], keys: tuple[str, str]) -> dict[str, float]:
    """The difference (second less first, as a size) of each compared quantity worked out under both keys."""
    first, second = keys
    out: dict[str, float] = {}
    for name in COMPARED:
        a, b = outputs.get(f"{name}_{first}"), outputs.get(f"{name}_{second}")
        if a is not None and b is not None:
            out[name] = round(abs(b - a), 6)
    return out
