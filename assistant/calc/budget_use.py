"""A budget and what priced staff or placements take of it: "Myndighedsafdelingen har et budget på 42 mio. kr. Vi
har 26 rådgivere, der hver koster 590.000 kr. Hvad koster de i alt, og hvor stor en andel af budgettet går til
dem?", "Our placement budget is DKK 100m. We have 60 foster placements at DKK 470k and 40 residential at DKK 1.16m:
total, share of the budget, and what is left?".

A committee reads a budget line against what it pays for, so the question gives a budget beside one or two counts
with their prices. The role reader took the count as new hires (and said so in its first line), or the budget as
the placements' spend, which the counts then contradicted, and refused. Here the budget is the whole, each count
times its price is spent of it, and the answer is the spend, its share of the budget, what is left (or the
overspend), what is left pays for at another price, or how many fewer placements would keep within it. Taken only
when every number has its place: the budget, each count with the price after it, and at most one other price
asked about.
"""

from __future__ import annotations

from dataclasses import replace

from assistant.calc import words
from assistant.calc.amounts import Reading, ReadNumber
from assistant.calc.asked import LEFTOVER_Q
from assistant.calc.placement_words import MOVE
from assistant.calc.prices import said_as_money
from assistant.calc.words import _re

__all__ = ["read_budget_use"]

# "et budget på 42 mio. kr.", "anbringelsesbudgettet er", "Samlet ramme for 2026 er", "out of a staffing budget of"
_BUDGET_BEFORE = _re(r"\b(?:\w*budget\w*|ramme\w*|bevilling\w*)\b(?:\s+(?:for|til|on)\s+\w+)?[^.?!\d]{0,25}$")
# a count with its noun: staff, children or placements
_COUNTED = _re(
    rf"^\s*(?:(?:{words._ADJ})\s+){{0,2}}(?:{words.STAFF_NOUN}|{words.CHILD_NOUN}|{words.PLACEMENT_NOUN})\b|"
    r"^\s*(?:foster|residential)\s+(?:placements?|children)\b"
)
_CHANGE = _re(
    r"\b(?:undgå\w*|forebygge\w*|avoid\w*|prevent\w*|frigør\w*|hjemtag\w*|ansætte\w*|hire[sd]?|hiring|"
    r"nye|new|extra|ekstra|flere|more)\b"
)
_COST_Q = _re(
    r"\b(?:hvad\s+(?:koster|kostede|bliver\s+udgiften)|how\s+much\s+do\b|what\s+do\s+(?:they|the\s+\w+)\s+cost|"
    r"(?:total|samlede?)\s+(?:annual\s+|årlige\s+)?(?:cost|udgift)|take\s+up|i\s+alt|in\s+total)"
)
_SHARE_Q = _re(r"\b(?:andel\w*|share|procent\w*|percent\w*|proportion)\b|%")
_OVER_Q = _re(r"\b(?:merforbrug\w*|overspend\w*|over\s+budget|overskrid\w*|hvor\s+meget\s+over)\b")
_FEWER_Q = _re(r"\b(?:hvor\s+mange\s+færre|how\s+many\s+fewer)\b")
_UNITS_Q = _re(r"\b(?:hvor\s+mange|how\s+many)\b[^?]{0,80}?\b(?:svarer|rækker|pay\s+for|buy|cover|fund|afford|equal)")


def read_budget_use(reading: Reading, text: str) -> Reading | None:
    """The budget, the counts with their prices, another price asked about; None when it is not that shape."""
    if MOVE.search(text) or _CHANGE.search(text):
        return None  # children moved or placements avoided: a saving, not what the budget pays for
    nums = reading.numbers
    used = [i for i, n in enumerate(nums) if n.role != "context"]
    money = [i for i in used if said_as_money(nums[i])]
    budgets = [i for i in money if _BUDGET_BEFORE.search(text, max(0, nums[i].span[0] - 70), nums[i].span[0])]
    counts = [i for i in used if i not in money and _COUNTED.match(text[nums[i].span[1] :])]
    if len(budgets) != 1 or not 1 <= len(counts) <= 2 or len(used) - len(money) != len(counts):
        return None
    budget = budgets[0]
    prices = _prices(nums, text, counts, [i for i in money if i != budget])
    if prices is None:
        return None
    others = [i for i in money if i != budget and i not in prices.values()]
    if len(others) > 1 or nums[budget].value <= max(nums[i].value for i in prices.values()):
        return None  # a budget no bigger than one price is not what these are spent from
    asked = _asked(words.asking_text(text), bool(others))
    if len(prices) == 2:
        asked = [a for a in asked if a != "use_fewer"]  # fewer of which type: not guessed
    if not asked:
        return None
    roles: dict[int, str] = {budget: "use_budget"}
    for k, (count, price) in enumerate(prices.items()):
        roles[count], roles[price] = ("use_count", "use_price") if k == 0 else ("use_count2", "use_price2")
    if others:
        roles[others[0]] = "use_other_price"
    numbers = [
        replace(n, role=roles[i], unit=_unit(roles[i]), alt_role=None, note="", noun=_noun(text, n))
        if i in roles
        else n
        for i, n in enumerate(nums)
    ]
    return replace(reading, numbers=numbers, asked=asked, ambiguous=[], is_calculation=True, move=None)


def _prices(nums: list[ReadNumber], text: str, counts: list[int], money: list[int]) -> dict[int, int] | None:
    """Each count's price: the first sum after it in its sentence, before the next count."""
    out: dict[int, int] = {}
    for k, c in enumerate(counts):
        _, end = words.sentence_bounds(text, nums[c].span[0])
        stop = nums[counts[k + 1]].span[0] if k + 1 < len(counts) else end
        after = [i for i in money if nums[c].span[1] <= nums[i].span[0] < min(end, stop) and i not in out.values()]
        if not after:
            return None
        out[c] = after[0]
    return out


def _asked(asking: str, other_price: bool) -> list[str]:
    """What is asked of the budget and the spend, in the order the outputs build on each other."""
    over = bool(_OVER_Q.search(asking))
    asked = ["use_cost"] if _COST_Q.search(asking) or over else []
    asked += ["use_share_pct"] if _SHARE_Q.search(asking) else []
    asked += ["use_left"] if LEFTOVER_Q.search(asking) or (other_price and _UNITS_Q.search(asking)) else []
    asked += ["use_over"] if over else []
    asked += ["use_fewer"] if over and _FEWER_Q.search(asking) else []
    asked += ["use_left_units"] if other_price and _UNITS_Q.search(asking) else []
    return asked


def _unit(role: str) -> str:
    return "n" if role.startswith("use_count") else "kr"


def _noun(text: str, n: ReadNumber) -> str:
    said = _COUNTED.match(text[n.span[1] :])
    return said.group(0).strip() if said else ""
