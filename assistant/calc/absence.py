"""Sick leave said as a share of the staff: "sygefraværet ligger på 8 %", "sick leave in the team is running at
11.5%".

The caseload on paper is cases over the staff; the caseload those at work carry is cases over the staff less the
share away. The percentage had no role, so the question was asked back. Here it is the ``absence_pct``: the staff
at work, the FTE lost to it, the caseload at work beside the one on paper, and the heads it takes to bring the
caseload at work to a target. Taken only with today's staff given and nothing else read for the percentage.
"""

from __future__ import annotations

from dataclasses import replace

from assistant.calc.amounts import Reading
from assistant.calc.rule import Rule
from assistant.calc.words import _re, asking_text, sentence_bounds

__all__ = ["ABSENCE_RULES", "read_absence"]

# "sygefraværet ligger på 8 %", "et sygefravær på 8 %", "sick leave is running at 11.5%", "absence of 6 %"
_ABSENCE = _re(r"\b(?:syge)?fravær\w*|\bsick(?:ness)?\s+(?:leave|absence)|\babsence(?:\s+rate)?|\babsenteeism")
_OTHER = _re(r"\b(?:sager|cases|anbringelse\w*|placement\w*|budget\w*|kr\.|dkk|løn\w*|stig\w*|rise|fald\w*|cut\w*)\b")
# "hvor mange årsværk mister vi", "how many FTE do we lose", "går tabt"
_LOST_Q = _re(r"\b(?:mister|taber|går\s+tabt|lose|lost|loses)\b")
_AT_WORK_Q = _re(
    r"\b(?:reel\w*|real(?:ly)?|effective|faktisk|actually|på\s+arbejde|at\s+work|working|in\s+practice|i\s+praksis)\b"
)


def read_absence(reading: Reading, text: str) -> None:
    """The one percentage said as sick leave becomes ``absence_pct``, and the asks it answers, in place."""
    nums = reading.numbers
    if not any(n.role == "staff_now" for n in nums):
        return
    found = []
    for i, n in enumerate(nums):
        if n.unit != "pct" or n.role not in (None, "reduction_pct"):
            continue
        start, _ = sentence_bounds(text, n.span[0])
        before = text[max(start, n.span[0] - 50) : n.span[0]]
        if _ABSENCE.search(before) and not _OTHER.search(before[-25:]):
            found.append(i)
    if len(found) != 1:
        return
    i = found[0]
    nums[i] = replace(nums[i], role="absence_pct", alt_role=None)
    asking = asking_text(text)
    asked: list[str] = []
    for a in reading.asked:
        if a == "extra_staff" and any(n.role == "target" for n in nums):
            asked.append("extra_staff_gross")  # heads to bring the caseload at work to the target
        elif a == "caseload":
            asked += ["caseload", "caseload_effective"]  # on paper, and for those at work
        else:
            asked.append(a)
    if _LOST_Q.search(asking):
        asked.append("fte_lost")
    if _AT_WORK_Q.search(asking) and "caseload_effective" not in asked:
        asked.append("caseload_effective")
    reading.asked = list(dict.fromkeys(asked))


def _at_work(staff: float, absence_pct: float) -> float:
    return staff * (1 - absence_pct / 100)


def _less(needed: float, staff: float) -> float:
    return needed - staff


# the staff at work, the FTE lost, the caseload at work, and the heads that bring it to a target
ABSENCE_RULES: tuple[Rule, ...] = (
    Rule("staff_at_work", ("staff_now", "absence_pct"), _at_work, "{staff_now} × (1 − {absence_pct})"),
    Rule("fte_lost", ("staff_now", "absence_pct"), lambda s, p: s * p / 100, "{staff_now} × {absence_pct}"),
    Rule("caseload_effective", ("cases", "staff_at_work"), lambda c, s: c / s, "{cases} ÷ {staff_at_work}"),
    Rule(
        "staff_needed_gross",
        ("cases", "target", "absence_pct"),
        lambda c, t, p: c / t / (1 - p / 100),
        "{cases} ÷ {target} ÷ (1 − {absence_pct})",
        whole=True,
    ),
    Rule("extra_staff_gross", ("staff_needed_gross", "staff_now"), _less, "{staff_needed_gross} − {staff_now}"),
)
