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
from assistant.calc.overspend import PART_OF_TIME
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
# a part of a year (``overspend.PART_OF_TIME``: months, quarters, half-years, "so far"), weeks, half a year
_NOT_A_YEAR = _re(rf"(?:{PART_OF_TIME.pattern})|\b(?:monthly|mdr|half\s+a\s+year|halvt\s+år|uge\w*|weeks?)\b")
_SPENT = _re(
    r"\b(?:allerede|already|brugt|spent|used|committed|disponeret|bundet|reserveret|reserved|earmarked|øremærket)\b"
)
_CHANGED_BY = _re(r"\b(?:med|by)\s+(?:dkk\s+|ca\.\s+|about\s+)?$")
_TOTAL_NEAR = _re(r"\b(?:i\s+alt|samlet|tilsammen|in\s+total|in\s+all|total|altogether|together|combined)\b")
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
    if MOVE.search(text) or _CHANGE.search(text) or _NOT_A_YEAR.search(text) or _SPENT.search(text):
        # children moved, placements avoided, a month or half a year, money already spent or committed: not what
        # a year's budget pays for
        return None
    nums = reading.numbers
    used = [i for i, n in enumerate(nums) if n.role != "context"]
    money = [i for i in used if said_as_money(nums[i])]
    budgets = [i for i in money if _BUDGET_BEFORE.search(text, max(0, nums[i].span[0] - 70), nums[i].span[0])]
    counts = [i for i in used if i not in money and _COUNTED.match(text[nums[i].span[1] :])]
    if len(budgets) != 1 or not 1 <= len(counts) <= 2 or len(used) - len(money) != len(counts):
        return None
    budget = budgets[0]
    if _CHANGED_BY.search(text, max(0, nums[budget].span[0] - 20), nums[budget].span[0]):
        return None  # "budgetrammen er øget med 8 mio.": a change of the budget, not the budget
    prices = _prices(nums, text, counts, [i for i in money if i != budget])
    totals = [i for i in (prices or {}).values() if _total_said(text, nums[i])]
    if prices is None or (totals and len(prices) > 1):
        return None  # a total for one group beside a price each for another: not read
    # "Our 26 social workers cost DKK 15.3m in all": the sum for all of them is the spend
    others = [i for i in money if i != budget and i not in prices.values()]
    asking = words.asking_text(text)
    asked_from = len(words.stated_text(text))
    if others and (len(others) > 1 or nums[others[0]].span[0] < asked_from or not _UNITS_Q.search(asking)):
        return None  # another sum stated ("vi har brugt 12 mio.", "placements take DKK 20m"): not placed here
    spend = nums[totals[0]].value if totals else sum(nums[c].value * nums[p].value for c, p in prices.items())
    priciest = max(nums[i].value for i in prices.values())
    if (nums[budget].value <= priciest and not totals) or spend > 2 * nums[budget].value:
        return None  # a budget no bigger than one price, or far below the spend, is not what these are spent from
    asked = _asked(asking, bool(others))
    if spend <= nums[budget].value and "use_over" in asked:
        # no overspend: what is left is the answer to "how much over are we", not a negative overspend
        asked = list(dict.fromkeys("use_left" if a in ("use_over", "use_fewer") else a for a in asked))
    if len(prices) == 2:
        asked = [a for a in asked if a != "use_fewer"]  # fewer of which type: not guessed
    if not asked:
        return None
    roles: dict[int, str] = {budget: "use_budget"}
    for k, (count, price) in enumerate(prices.items()):
        roles[count], roles[price] = ("use_count", "use_price") if k == 0 else ("use_count2", "use_price2")
        if price in totals:
            roles[price] = "use_total"
    if others:
        roles[others[0]] = "use_other_price"
    numbers = [
        replace(n, role=roles[i], unit=_unit(roles[i]), alt_role=None, note="", noun=_noun(text, n))
        if i in roles
        else n
        for i, n in enumerate(nums)
    ]
    return replace(reading, numbers=numbers, asked=asked, ambiguous=[], is_calculation=True, move=None)


def _total_said(text: str, n: ReadNumber) -> bool:
    """ "til samlet 15,3 mio. kr.", "cost DKK 15.3m in all": the sum is for all of them, in its own sentence."""
    start, end = words.sentence_bounds(text, n.span[0])
    return bool(_TOTAL_NEAR.search(text, max(start, n.span[0] - 30), min(end, n.span[1] + 20)))


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
