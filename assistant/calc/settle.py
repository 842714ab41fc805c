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

__all__ = ["caseload_after_change", "one_value_per_kind", "placed_instead"]

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
    instead = words.MOVE_INSTEAD.search(text)
    if instead is None:
        return None
    kind = words.kind_of(instead.group("b"))
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
