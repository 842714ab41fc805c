"""Numbers the words could not place, placed by what the question needs, when only one placement works.

The word reader leaves a number without a role when nothing next to it names one ("we want twenty-five
each", "annual cost for 4?", "if we prevent 2"). A person reads such a number from the question as a
whole: it is the one input the asked quantity still lacks. This module does the same, by consistency
with the solver rather than by phrasing: with the unplaced numbers left out, the solver names the
inputs each asked quantity lacks; every way of giving the unplaced numbers those roles (only roles their
unit allows) is solved, and a placement is taken only when it is the single one that uses every number,
answers every asked quantity and gives plausible figures. Two workable placements, a number no missing
input can take, or a question that lacks nothing (the number then says something the reader missed, such
as "5 are on leave") leave the reading as it was, and the answer asks. The placed numbers are marked, so
the first line of the answer says which numbers were read from what the question lacks.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import permutations

from assistant.calc import cues, words
from assistant.calc.amount_words import EACH_AFTER, OVER_YEARS_AFTER, TOTAL_NEAR
from assistant.calc.fields import FieldError
from assistant.calc.known import known_from, plan
from assistant.calc.plausible import MOST_YEARLY, among, implausible, implausible_prices, used_values
from assistant.calc.prices import PERIOD_NOTES
from assistant.calc.question import ASKED_ON_PURPOSE, Reading, ReadNumber, ambiguity_notes
from assistant.calc.sheet import Variant
from assistant.calc.solver import BY_OUTPUT, INPUTS, Solution, Value, solve

__all__ = ["fill_unplaced"]

_MONEY = ("cost_per_worker", "cost_per_placement", "budget", "placement_spend", "cut_amount", "one_off")
_PCT = ("reduction_pct", "close_pct", "budget_cut_pct", "spend_pct", "load_cut_pct")
_STAFF = ("staff_now", "extra_staff", "staff_cut")
_PLACED = ("avoided", "moved", "placements_total")
_LOADS = ("caseload_now", "target")
# The roles a number may take by what it counts; a bare number ("for 4", "twenty-five each") any count's.
_ROLES_BY_UNIT: dict[str, tuple[str, ...]] = {
    "pct": _PCT,
    "workers": _STAFF,
    "cases": ("cases",),
    "placements": _PLACED,
    "children": _PLACED,
    "cases_per_worker": _LOADS,
    "": ("cases", *_STAFF, *_LOADS, *_PLACED, "years"),
}
_PER_UNIT = {"cost_per_worker", "cost_per_placement"}
# "4,2 mio. kr. i lønsum fordelt på 7 årsværk": a sum for several, never one unit's price
_PAYROLL = re.compile(
    r"\b(?:lønsum\w*|lønudgift\w*|lønbudget\w*|payroll|wage\s+bill|fordelt\s+på|spread\s+(?:over|across)|split\s+"
    r"(?:over|across|between))\b",
    re.IGNORECASE,
)
_WHOLE = {"cases", "avoided", "moved", "placements_total", "staff_cut", "years"}
_MOST_UNPLACED = 2  # beyond two, the combinations say more about the reader than the question
# A number with nothing counted after it ("for 4?", "avoiding 3.", "twenty-five each"): one followed by a
# word the reader does not know ("6 halvtidsstillinger") counts something it cannot name, and is not placed.
_BARE_AFTER = re.compile(
    r"\s*(?:$|[?.!,;:)–-]|(?:each|apiece|hver|stykket|i\s+alt|in\s+total|af|of|om|a|per|pr)\b|"
    # "more than the 32 we have today", "ud over de 32, vi har": a relative clause, not a noun counted
    r"(?:som\s+|that\s+|which\s+)?(?:vi|we|i|you|de|they)\s+(?:har|have|has|had|havde)\b)",
    re.IGNORECASE,
)




# "how many more than the 32 we have today", "hvor mange flere end de 32": the number counts what the ask counts
_MORE_THAN_BEFORE = re.compile(
    r"\b(?:more|flere|fewer|færre|extra|ekstra)\b[^.?!\d]{0,30}\b(?:than|end)\s+(?:the\s+|de\s+)?$", re.I
)


# "each costs about DKK 85,000", "hver koster 85.000 kr.", "à 85.000 kr.": one unit's price, never a sum
_EACH_PRICE_BEFORE = re.compile(
    r"(?:\b(?:each|hver|hvert|every\s+one|apiece)\s+(?:\w+\s+){0,2}?(?:costs?|koster|kostede)\s+(?:\w+\s+){0,2}?"
    r"(?:dkk\s*)?|\b(?:à|á)\s*(?:dkk\s*)?)$",
    re.IGNORECASE,
)


# "DKK 1.3m a year pays for 2 extra workers", "1,3 mio. kr. om året betaler for 2 rådgivere": staff's cost
_PAYS_FOR_STAFF = re.compile(
    r"\s*(?:kr\.?|dkk|kroner)?\s*(?:(?:a|per)\s+year\s+|om\s+året\s+|årligt\s+)?(?:pays?\s+for|betaler\s+for|"
    r"dækker|covers?|funds?|finansierer)\s+(?:\w+\s+){0,2}?\d+",
    re.IGNORECASE,
)


_RISE_NEAR = re.compile(
    r"\b(?:stig\w*|rise[sn]?|rising|rose|increas\w*|grow\w*|grew|vokse\w*|voks\w*|øge\w*|go(?:es)?\s+up|går\s+op)\b",
    re.I,
)


# numbers whose role the reader left open on purpose: what they stand for is asked, never filled in
_ASKED_NOTES = ASKED_ON_PURPOSE | {
    "kind_twice", "part_year", "part_period", "count_a_year", "every_year", "year_unclear",
}  # fmt: skip


def _roles_for(n: ReadNumber, question: str) -> tuple[str, ...]:
    if n.note in _ASKED_NOTES:
        # "8 fuldtidsrådgivere og nogle på deltid": only part of the staff; two prices of one placement type;
        # an amount beside a start part-way through a year: which is meant is asked, never guessed
        return ()
    if n.unit.startswith("kr"):
        start, end = n.span
        near = (max(0, start - 25), min(len(question), end + 30))
        if _EACH_PRICE_BEFORE.search(question, max(0, start - 40), start) or EACH_AFTER.match(question, end):
            return tuple(r for r in _MONEY if r in _PER_UNIT)  # "each costs about DKK 85,000 a year"
        if _PAYS_FOR_STAFF.match(question, end):
            return ()  # "DKK 1.3m a year pays for 2 extra workers": their cost, which no role here is; asked about
        if OVER_YEARS_AFTER.match(question, end):
            return ()  # "DKK 10.2m over 2 years for 8 kids": a period's sum, which no yearly role here is
        if TOTAL_NEAR.search(question, *near) or _PAYROLL.search(question, *near):
            return tuple(r for r in _MONEY if r not in _PER_UNIT)  # "3,3 mio. kr. i alt for de tre"
        return _MONEY
    roles = _ROLES_BY_UNIT.get(n.unit, ())
    if n.unit == "pct" and _RISE_NEAR.search(question, max(0, n.span[0] - 60), min(len(question), n.span[1] + 40)):
        return ()  # "cases are projected to rise 11.5 %": a rise, which no cut or share here is; asked about
    if _MORE_THAN_BEFORE.search(question, 0, n.span[0]) and words.STAFF_NAMED.search(question, 0, n.span[0]):
        roles = tuple(r for r in roles if r == "staff_now")  # "how many more social workers than the 32 we have"
    return tuple(r for r in roles if r not in _WHOLE or n.value == int(n.value))


def _lacking(reading: Reading, known: dict[str, Value]) -> set[str]:
    """Every input some way to an asked quantity takes that the placed numbers (``known``) do not give."""
    seen: set[str] = set()
    todo = plan(reading, known)
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo += [i for rule in BY_OUTPUT.get(name, ()) for i in rule.inputs]
    return (seen & INPUTS) - set(known)


def _uses_every_number(reading: Reading, solution: Solution) -> bool:
    """Whether the working takes every number the question gives: one left over says something the
    placement ignored ("of our 25 placements we move 4": moving, not avoiding)."""
    used = used_values(solution)
    return all(among(n.value, used) for n in reading.numbers if n.role not in (None, "context") and not n.carried)


def _works(reading: Reading, roles: dict[int, str], base: set[str]) -> tuple[float, ...] | None:
    """The results when the unplaced numbers take ``roles``: None unless every number is used, every asked
    quantity is answered and no figure is implausible."""
    if any(reading.numbers[i].value > MOST_YEARLY.get(role, float("inf")) for i, role in roles.items()):
        return None
    known = known_from(reading, roles)
    added = {known[k].value for k in set(known) - base}
    if any(reading.numbers[i].value not in added for i in roles):
        return None  # a role another number already has: this number would be dropped
    asked = plan(reading, known)
    try:
        solution = solve(asked, known, {}, set(asked))
    except FieldError:
        return None
    if not solution.results or any(r.value is None for r in solution.results):
        return None
    filled = replace(reading, numbers=[replace(n, role=roles.get(i, n.role)) for i, n in enumerate(reading.numbers)])
    if not _uses_every_number(filled, solution):
        return None
    variant = Variant("", "", known, solution=solution)
    if implausible([variant]) or implausible_prices([variant]):
        return None
    return tuple(round(r.value or 0.0, 6) for r in solution.results)


def fill_unplaced(reading: Reading, question: str) -> Reading | None:
    """The reading with its unplaced numbers given the only roles that make the question answerable, or
    None when there is no such single placement."""
    unplaced = [i for i, n in enumerate(reading.numbers) if n.role is None]
    if not unplaced or len(unplaced) > _MOST_UNPLACED or reading.groups or reading.range_pair:
        return None
    if any(
        reading.numbers[i].unit == "" and not _BARE_AFTER.match(question, reading.numbers[i].span[1]) for i in unplaced
    ):
        return None
    if any(reading.numbers[i].note in ("fraction", "day_too_large") for i in unplaced):
        return None  # "1,200 sager" in Danish, "a daily rate of DKK 60,000": what was meant is the question
    if cues.OTHER_PERIOD.search(question) and not any(n.note in PERIOD_NOTES for n in reading.numbers):
        return None
    left_out = {i: "context" for i in unplaced}
    known = known_from(reading, left_out)
    asked = plan(reading, known)
    if all(r.value is not None for r in solve(asked, known, {}, set(asked)).results):
        return None  # nothing lacks: the number says something the reader missed ("5 are on leave", a date)
    lacking = _lacking(reading, known)
    options = [[r for r in _roles_for(reading.numbers[i], question) if r in lacking] for i in unplaced]
    if not lacking or not all(options):
        return None
    base = set(known)
    found: dict[tuple[float, ...], dict[int, str]] = {}
    pool = sorted({r for opts in options for r in opts})
    for chosen in permutations(pool, len(unplaced)):
        if any(role not in opts for role, opts in zip(chosen, options, strict=True)):
            continue
        roles = dict(zip(unplaced, chosen, strict=True))
        results = _works(reading, roles, base)
        if results is not None:
            found.setdefault(results, roles)
    if len(found) != 1:
        return None  # none works, or two placements give different figures: the answer asks
    roles = next(iter(found.values()))
    numbers = [replace(n, role=roles[i], inferred=True) if i in roles else n for i, n in enumerate(reading.numbers)]
    filled = replace(reading, numbers=numbers)
    return replace(filled, ambiguous=ambiguity_notes(filled))
