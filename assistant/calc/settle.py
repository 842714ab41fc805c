"""Readings settled once every number has a role: the same placement type given twice, children placed
"i stedet for" another type, and a caseload said for the staff after a change.

Each corrects a role the first reading gave that would make a confident wrong figure (a type's second price
dropped from a total, a total of children that are the ones compared, a caseload set against the wrong staff).
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.calc import words
from assistant.calc.amounts import Reading, ReadNumber
from assistant.calc.placement_words import MOVE_INSTEAD, kind_of

__all__ = [
    "case_growth", "caseload_after_change", "change_of_two_amounts", "moves_a_year", "one_value_per_kind",
    "placed_instead",
]  # fmt: skip

# "went from 5 to 9 caseworkers and each now carries 25", "efter ændringen har hver 25 sager"
_NOW_AFTER_CHANGE = re.compile(r"\b(?:now|nu|today|i\s+dag|efter\s+\w+|after\s+\w+|since\s+then|siden)\b", re.I)


def caseload_after_change(reading: Reading, text: str) -> None:
    """Staff from one number to another and a caseload said for now, after the pair: the caseload of the
    staff after the change, which gives the cases; read as today's it was set against the staff before."""
    nums = reading.numbers
    to = next((i for i, n in enumerate(nums) if n.role == "staff_to"), None)
    load = [i for i, n in enumerate(nums) if n.role in ("caseload_now", "target")]
    if to is None or len(load) != 1 or load[0] < to or any(n.role == "cases" for n in nums):
        return
    start = words.sentence_bounds(text, nums[load[0]].span[0])[0]
    between = (max(start, nums[to].span[1]), nums[load[0]].span[0])
    if _NOW_AFTER_CHANGE.search(text, *between) and not words.TARGET_CUE.search(text[between[0] : between[1]]):
        nums[load[0]] = replace(nums[load[0]], role="load_after", alt_role=None)


def placed_instead(reading: Reading, text: str) -> ReadNumber | None:
    """ "9 børn på opholdssted … i stedet for i plejefamilie": the children placed are the ones compared."""
    instead = MOVE_INSTEAD.search(text)
    if instead is None:
        return None
    kind = kind_of(instead.group("b"))
    here = [i for i, n in enumerate(reading.numbers) if n.role == "placements_total" and n.kind == kind]
    if len(here) != 1:
        return None
    reading.numbers[here[0]] = replace(reading.numbers[here[0]], role="moved")
    return reading.numbers[here[0]]


_KINDED = ("placements_total", "cost_per_placement", "avoided", "moved")


def one_value_per_kind(reading: Reading) -> None:
    """Two counts or prices of one placement type ("18 in residential care at DKK 1.16m and 7 at opholdssteder
    at DKK 1.05m", both read as residential): the solver keeps one value a role, so the other would be left
    out of a total without a word. Neither is read, and the answer asks about them."""
    if reading.range_pair is not None:
        return
    values: dict[tuple[str, str], set[float]] = {}
    for n in reading.numbers:
        if n.role in _KINDED and n.kind and n.note not in ("part", "schedule"):
            values.setdefault((n.role, n.kind), set()).add(n.value)
    twice = {key for key, seen in values.items() if len(seen) > 1}
    reading.numbers = [
        replace(n, role=None, alt_role=None, note="kind_twice") if (n.role, n.kind) in twice else n
        for n in reading.numbers
    ]  # which of them is the type's is not known, so neither is taken, nor guessed at later


# "move 2 children a year … over 3 years", "flytter 2 børn om året i 3 år": a count that recurs each year
_A_YEAR_AFTER = re.compile(
    r"\s*(?:\w+\s+){0,4}?(?:a\s+year|per\s+year|each\s+year|every\s+year|om\s+året|hvert\s+år|årligt|pr\.?\s+år)\b",
    re.I,
)


def moves_a_year(reading: Reading, text: str) -> None:
    """Children moved "a year" over several years: a moved child stays moved, so the children moved add up
    year by year (2, 4, 6) and a saving a year times the years is too small. Whether the count grows or
    stays is asked, not guessed (it had said 4,14 mio. kr. over 3 years where 8,28 mio. kr. was meant)."""
    if not any(n.role == "years" for n in reading.numbers):
        return
    reading.numbers = [
        replace(n, role=None, alt_role=None, note="count_a_year")
        if n.role == "moved" and _A_YEAR_AFTER.match(text, n.span[1]) and not words.PCT_WORD.search(n.text)
        else n
        for n in reading.numbers
    ]


_CHANGE_ASKED = frozenset({"abs_change", "pct_change"})
# "98 mio. kr. sidste år", "DKK 12m last year": the earlier of two amounts
_EARLIER_AFTER = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:sidste\s+år|i\s+fjor|last\s+year|the\s+year\s+before|året\s+før)\b", re.I
)


def change_of_two_amounts(reading: Reading, text: str) -> None:
    """Two amounts, one said for last year, and only their change asked ("var 98 mio. kr. sidste år og er
    budgetteret til 91,5 mio. kr. i år. Hvor stort er faldet i kroner og i procent?"): last year's is where the
    change starts, whatever roles their nouns gave them (a spend and a budget, which nothing subtracts)."""
    if not reading.asked or not set(reading.asked) <= _CHANGE_ASKED:
        return
    used = [i for i, n in enumerate(reading.numbers) if n.role not in ("context", "years")]
    if len(used) != 2 or not all(reading.numbers[i].unit.startswith("kr") for i in used):
        return
    if any(reading.numbers[i].role in ("value_from", "value_to") for i in used):
        return
    first, second = used
    earlier = [i for i in used if _EARLIER_AFTER.match(text, reading.numbers[i].span[1])]
    if len(earlier) != 1:
        return  # not one amount said for last year: two prices compared, which ``calc.pairs`` reads
    if earlier[0] == second:
        first, second = second, first
    for i, role in ((first, "value_from"), (second, "value_to")):
        reading.numbers[i] = replace(reading.numbers[i], role=role, alt_role=None, note="")


# "Cases are projected to rise 11.5 %", "sagsantallet forventes at stige tilsvarende (18 %)", "12 % flere sager"
_CASES_RISE = re.compile(
    r"\b(?:cases|sager(?:ne)?|sagsantal(?:let)?|antallet\s+af\s+sager|caseload\s+volume)\b[^.?!]{0,60}?"
    r"\b(?:stig\w*|rise[sn]?|rising|rose|increas\w*|grow\w*|grew|vokse\w*|øge\w*|go\s+up)\b|"
    r"\b(?:stig\w*|rise[sn]?|rising|increas\w*|grow\w*|vokse\w*|øge\w*)\b[^.?!]{0,60}?\b(?:cases|sager(?:ne)?|sagsantal\w*)\b|"
    r"%\s+(?:flere|more)\s+sager|%\s+more\s+cases",
    re.I,
)


# a rise already happened ("grew", "steg", "er steget", "has risen"): the caseload asked is after it
_PAST_RISE = re.compile(
    r"\b(?:grew|rose|went\s+up|ha(?:ve|s)\s+(?:grown|risen|increased|gone\s+up)|increased|steg|voksede|"
    r"(?:er|har)\s+(?:steget|vokset|øget))\b",
    re.I,
)
_FUTURE = re.compile(r"\b(?:forvent\w*|expect\w*|næste\s+år|next\s+year|vil|will|kommer\s+til)\b", re.I)
_FROM_BEFORE = re.compile(r"\b(?:from|fra)\s+(?:(?:de|the|today's|nuværende|dagens)\s+){0,2}$", re.I)


def case_growth(reading: Reading, text: str) -> None:
    """One percentage said as a rise in the cases, beside today's cases: the cases grow from today's by it
    (and the caseload after is worked out from the grown cases). A rise filled in as a cut of the caseload
    had given a caseload falling where it rises."""
    nums = reading.numbers
    pcts = [i for i, n in enumerate(nums) if n.unit == "pct" and n.role in (None, "reduction_pct")]
    if len(pcts) != 1 or any(n.role == "cases_from" for n in nums):
        return
    start, end = words.sentence_bounds(text, nums[pcts[0]].span[0])
    if not _CASES_RISE.search(text, max(0, start - 1), end) or _A_YEAR_AFTER.match(text, nums[pcts[0]].span[1]):
        return  # not "6 % om året": a yearly rise compounds over years this reading does not count
    # today's cases: counted as cases, or the one bare count the rise starts "from" ("rise 11.5% … from 1,260")
    cases = [i for i, n in enumerate(nums) if n.role == "cases"] or [
        i for i, n in enumerate(nums) if n.role is None and n.unit != "pct" and _FROM_BEFORE.search(text, 0, n.span[0])
    ]
    derived = not cases and {"staff_now", "caseload_now"} <= {n.role for n in nums}
    if len(cases) != 1 and not derived:
        return
    nums[pcts[0]] = replace(nums[pcts[0]], role="case_growth_pct", alt_role=None)
    pct = nums[pcts[0]].span
    near = text[max(start, pct[0] - 40) : min(end, pct[1] + 40)]
    if _PAST_RISE.search(near) and not _FUTURE.search(text, max(0, start - 1), end):
        # "cases grew 12% this year from 850 … what's the caseload now": the grown cases are today's, so the
        # caseload asked is the one after the rise, not last year's
        reading.asked = list(dict.fromkeys("caseload_after" if a == "caseload" else a for a in reading.asked))
    if cases:
        nums[cases[0]] = replace(nums[cases[0]], role="cases_from", unit="cases", alt_role=None)

