"""Plausibility guards: a caseload or a yearly price no real case has is the sign of a misread role.

Stating such a result would put a wrong figure in front of a budget debate, so the answer says the odd
value and asks instead.
"""

from __future__ import annotations

from assistant.calc.prices import PERIOD_NOTES, PLACEMENT_YEARLY, POST_YEARLY
from assistant.calc.question import Reading, ReadNumber
from assistant.calc.sheet import Variant
from assistant.calc.solver import Result, Solution, Solver
from assistant.calc.texts import CASELOADS, UNITS

__all__ = [
    "MOST_YEARLY", "among", "conflicting", "implausible", "implausible_prices", "only_echoes", "unused_numbers",
    "used_values",
]  # fmt: skip

# A caseload worked out below or above these is no caseload a social worker has: one of the numbers was read
# in the wrong role ("ned på DS' 40 sager" taken as 40 cases gave 3,3 cases per worker), so nothing is stated.
_CASELOAD_RANGE = (8.0, 150.0)


# A year's price below these is no price for a social worker or a placement: a month's or a day's price typed
# without saying so ("en rådgiver koster 45.000 kr."), which read as yearly would understate every cost.
_LEAST_YEARLY = {
    "cost_per_worker": POST_YEARLY[0], "salary": 100_000.0, "cost_per_placement": PLACEMENT_YEARLY[0],
    "residential_cost": PLACEMENT_YEARLY[0], "foster_cost": PLACEMENT_YEARLY[0], "move_from_cost": PLACEMENT_YEARLY[0],
    "move_to_cost": PLACEMENT_YEARLY[0],
}  # fmt: skip
# A unit price above these is a sum for several read as the price of one ("4,2 mio. kr. i lønsum fordelt på 7
# årsværk"); ``calc.fill`` never places a number as such a price.
MOST_YEARLY = {"cost_per_worker": POST_YEARLY[1], "salary": 1_500_000.0, "cost_per_placement": PLACEMENT_YEARLY[1]}


def implausible_prices(variants: list[Variant]) -> list[tuple[str, float]]:
    """Given yearly prices too small to be yearly: the sign of a month's or a day's price."""
    return list(dict.fromkeys(
        (name, value.value)
        for v in variants
        for name, value in v.known.items()
        if name in _LEAST_YEARLY and 0 < value.value < _LEAST_YEARLY[name]
    ))  # fmt: skip


def implausible_high_prices(variants: list[Variant]) -> list[tuple[str, float]]:
    """Given prices of one worker or placement above what any costs a year: a sum for several read as the price
    of one ("Lønbudget 8,4 mio. kr. til 14 rådgivere … 15 % oven i lønnen" priced one worker at 9,66 mio. kr.)."""
    given = [
        (name, value.value)
        for v in variants
        for name, value in v.known.items()
        if name in MOST_YEARLY and value.origin == "question" and value.value > MOST_YEARLY[name]
    ]
    least, most = POST_YEARLY
    # a worker's price worked out from a sum ("180 mio. kr. og 45 medarbejdere: 4.000.000 kr. each") is as implausible
    worked = [
        (name, value.value)
        for v in variants
        if v.solution is not None
        for name, value in v.solution.values.items()
        if name == "cost_per_worker" and value.origin == "derived" and not least <= value.value <= most
    ]
    return list(dict.fromkeys(given + worked))


def implausible(variants: list[Variant]) -> list[tuple[str, float]]:
    """Caseloads outside what social work has, worked out or read ("1.000" read as the target): the sign
    of a misread role, not a result to state."""
    low, high = _CASELOAD_RANGE
    for v in variants:  # today's caseload from the cases and staff given, asked or not ("25 rådgivere og 30 sager")
        cases, staff = v.known.get("cases"), v.known.get("staff_now")
        if cases and staff and staff.value > 0 and not low <= cases.value / staff.value <= high:
            return [("caseload", cases.value / staff.value)]
    return list(dict.fromkeys(
        (name, value.value)
        for v in variants if v.solution is not None
        for name, value in v.solution.values.items()
        if name in CASELOADS and value.origin in ("derived", "question") and not low <= value.value <= high
    ))  # fmt: skip


def used_values(solution: Solution) -> list[float]:
    """The values the working took: every step's inputs and every result stated as given."""
    names = {i for step in solution.steps for i in step.inputs}
    names |= {r.name for r in solution.shown if r.step is None and r.value is not None}
    return [solution.values[n].value for n in names if n in solution.values]


def among(value: float, values: list[float]) -> bool:
    """Whether ``value`` is one of ``values`` (to rounding)."""
    return any(abs(value - v) <= 1e-6 * max(1.0, abs(value)) for v in values)


def only_echoes(variants: list[Variant], reading: Reading | None = None) -> list[tuple[str, float]]:
    """Asked quantities whose every answer is a number the question itself gave, none worked out.

    A question does not ask for what it says: "Herning saved 4.4m … with a team twice their size, what would
    we save a year?" answered "the saving is 4,400,000 DKK a year" restates its own figure as the result, and
    the words that change it went unread. Shown, the echo looks like an answer. A step that only passes one
    given number on ("En institutionsplads koster 1,16 mio. … hvad koster den, hvis den i stedet er en
    plejefamilie?" answered 1,16 mio. for one placement) is an echo too, unless the reading turned a month's or a
    day's price into the year's (then the year's price is news)."""
    solutions = [v.solution for v in variants if v.solution is not None]
    results = [(r, s) for s in solutions for r in s.results if r.value is not None]
    converted = {n.value for n in (reading.numbers if reading else []) if n.note in PERIOD_NOTES}

    def echo(r: Result, s: Solution) -> bool:
        if r.step is None:
            return s.values[r.name].origin == "question"
        (name, value), *more = list(r.step.inputs.items()) or [("", 0.0)]
        passed_on = not more and name in s.values and abs(r.step.value - value) < 1e-6
        return passed_on and s.values[name].origin == "question" and not among(value, list(converted))

    if not results or not all(echo(r, s) for r, s in results):
        return []
    return list(dict.fromkeys((r.name, float(r.value or 0.0)) for r, _ in results))


def unused_numbers(reading: Reading, variants: list[Variant]) -> list[str]:
    """Percentages and placements avoided or moved that no reading's working took, when any asked quantity
    has a result: the answer would show a figure while leaving out a change the person named
    ("budgettet på 24 mio. kr. skæres med 10 %" answered as what 24 mio. kr. pays for; "2 fewer placements
    … plus 3 kids moved" netted on the move alone). Other counts and amounts are not held to this: a count beside
    its total ("fire nye rådgivere" for "2,4 mio. kr. om året"), staff beside the cases they carry, or the
    prices of a move when only the children moved are asked, is context the working may rightly not need."""
    solutions = [v.solution for v in variants if v.solution is not None]
    if not solutions or not any(r.value is not None for s in solutions for r in s.results):
        return []  # nothing worked out: the answer asks for what is missing, and shows no figure to doubt
    used = [u for s in solutions for u in used_values(s)]
    # a period the working ignored ("a pool of 6 mio. for 2 years" answered as one year's posts), unless only
    # percentages are asked ("steget fra 82 til 94 mio. kr. på to år": the change is the same)
    timed = any(UNITS.get(r.name) != "pct" for s in solutions for r in s.results if r.value is not None)
    # a year-by-year series' total ("9 placements avoided over the period (1 + 3 + 5)") is what it was read for
    # money for new staff the working left out ("fået 3,5 mio. kr. til flere rådgivere … hvad bliver sagstallet"
    # answered with today's caseload) is a change the person named, too
    watched: tuple[str, ...] = ("avoided", "moved", "avoided_years", "staff_years")
    watched += ("extra_cost_total",)
    watched += ("years",) if timed else ()
    # a placement price or a saving per child left out of a sum in kroner ("14 moved … the saving at DKK 1.16m versus
    # DKK 470k" answered as 14 × 1.16m): the other price was a change the person named
    priced = any(UNITS.get(r.name) == "kr" for s in solutions for r in s.results if r.value is not None)
    watched += ("saving_per_child",) if priced else ()
    # a placement spend matters to money and to placements; beside "what's the caseload?" it is context
    # ("a placement budget of DKK 96m. 31 social workers handle 1,054 cases")
    loads = all(r.name in CASELOADS for s in solutions for r in s.results if r.value is not None)
    watched += () if loads else ("placement_spend",)
    # what is left of a budget after as many posts as it buys, while the question counts the staff it pays ("how much
    # do 15 social workers at 585,000 take up … how much is left" answered with 16 bought): the count is the one meant
    left = any(r.name == "budget_left" and r.value is not None for s in solutions for r in s.results)
    watched += ("staff_now", "extra_staff") if left else ()
    return [
        n.text.strip()
        for n in reading.numbers
        if (n.unit == "pct" or n.role in watched or (priced and _counted_price(reading, n)))
        and n.role not in (None, "context")
        and not n.carried
        and not among(n.value, used)
    ]


def _counted_price(reading: Reading, n: ReadNumber) -> bool:
    """A placement price whose type the question counts, or prices of a move: a sum in kroner that leaves it out
    ("60 i plejefamilie til 470.000 kr. og 40 på institution" priced on the institutions alone) is a misreading.
    A price of a type nobody counts ("en plejefamilie koster 455.000 kr." beside institutions cut 10 %) is context."""
    if n.role != "cost_per_placement":
        return False
    counts = [m for m in reading.numbers if m.role == "placements_total"]
    return reading.move is not None or any(m.kind in ("", n.kind) for m in counts)


def conflicting(variants: list[Variant]) -> list[tuple[str, float, float]]:
    """An asked quantity answered with a value the question gives, when the question's other numbers give
    it otherwise: (name, given, worked out). "84 mio. kr. på 105 anbragte børn … et gennemsnit på 470.000
    kr. pr. barn" must not answer "udgiften pr. barn" with the 470.000 it was to be compared with."""
    out = []
    for v in variants:
        if v.solution is None:
            continue
        for r in v.solution.results:
            given = v.known.get(r.name)
            if r.step is not None or r.value is None or given is None or given.origin != "question":
                continue
            others = {k: x for k, x in v.known.items() if k != r.name}
            solver = Solver(others)
            if not solver.can(r.name, strict=True):
                continue
            try:
                other = solver.derive(r.name).value
            except (ArithmeticError, ValueError):
                continue
            if abs(other - r.value) > 0.01 * max(abs(r.value), 1.0):
                out.append((r.name, r.value, other))
    return out
