"""A small solver over the calculation model: derive each asked quantity from the known ones.

Quantities are nodes and each ``Rule`` derives one node from others through a formula in ``calc``, so a
question can chain steps the way a person would: staff today from cases and today's caseload, staff
needed for the target, the difference, its cost, the savings, the net result. No rule is written for
one question; a new kind of question needs at most a new rule in ``calc.rules`` and a new phrase in
``calc_sheet``.

Order of preference for a node: a value from the question, then the first rule whose inputs can all be
found, then a cited default (which the caller offers, and which is only taken when used). When nothing
works, ``missing`` names the inputs to ask for: the ones the cheapest rule still lacks.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from assistant.calc import formulas as calc
from assistant.calc.rule import Rule
from assistant.calc.rules import RULES

Origin = Literal["question", "earlier", "source", "assumption", "derived"]


# Quantities a question can state outright; when one is missing it is asked for by name, with the
# one-input alternative beside it ("rådgivere i dag eller sagstal i dag").
INPUTS = frozenset({
    "cases", "staff_now", "extra_staff", "caseload_now", "target", "cost_per_worker", "staff_cost_total",
    "priced_staff", "avoided", "cost_per_placement", "moved", "placement_spend", "placements_total",
    "reduction_pct", "years", "value_from", "value_to", "foster_cost", "residential_cost", "move_from_cost",
    "move_to_cost", "avoided_foster", "avoided_residential", "budget", "staff_to", "staff_cut", "value_part",
    "placements_foster", "placements_residential",
    "value_whole", "moved_share", "salary", "surcharge_pct", "one_off",
    "staff_budget", "budget_cut_pct", "cut_amount", "close_pct", "load_from", "load_to", "budget_whole", "spend_pct",
    "load_cut_pct", "load_cut", "population", "rated", "rate_per_1000", "rise_each", "rise_pct", "growth_pct",
    "months_first_year", "case_growth_pct", "vacant_posts", "vacant_months", "stay_months", "stay_children",
    "use_budget", "use_count", "use_price", "use_count2", "use_price2", "use_other_price", "use_total", "one_off_each",
    "sum_years",
})  # fmt: skip
BY_OUTPUT: dict[str, list[Rule]] = {}
for _rule in RULES:
    BY_OUTPUT.setdefault(_rule.output, []).append(_rule)


def _askable(rule: Rule) -> bool:
    """A rule that only applies when the question said more ("cases_from": the cases grow) is no way to ask."""
    return all(i in INPUTS or i in BY_OUTPUT for i in rule.inputs)


def _distinct(names: list[str]) -> list[str]:
    """Names in order, each once; "a|b" and "b|a" are one name."""
    seen: set[frozenset[str]] = set()
    out = []
    for n in names:
        key = frozenset(n.split("|"))
        if key not in seen:
            seen.add(key)
            out.append(n)
    return out


@dataclass
class Value:
    """A quantity's value and where it came from; ``exact`` is the value before rounding up."""

    value: float
    origin: Origin
    citation: int | None = None
    label: str = ""
    exact: float | None = None
    how: Step | None = None  # a value worked out while reading ("the spend over its count"): shown as a step


@dataclass
class Step:
    """One rule applied: the inputs it used and what it gave."""

    rule: Rule
    inputs: dict[str, float]
    value: float
    exact: float | None = None


@dataclass
class Result:
    """An asked quantity: its value, the step that gave it, every step behind it, or what is missing."""

    name: str
    value: float | None
    step: Step | None = None
    chain: list[Step] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


@dataclass
class Solution:
    """Every value found (given, cited or derived), the steps in the order taken, and the results.

    ``shown`` holds every result to state, in order; ``results`` only the asked ones (the rest is
    context such as today's caseload beside a staffing gap).
    """

    values: dict[str, Value]
    steps: list[Step]
    results: list[Result]
    shown: list[Result]


class Solver:
    """Derives quantities on demand; defaults are offered as callables and taken only when needed."""

    def __init__(self, known: dict[str, Value], defaults: dict[str, Callable[[], Value]] | None = None) -> None:
        self.values: dict[str, Value] = dict(known)
        self.defaults = dict(defaults or {})
        self.steps: list[Step] = []
        self.made: dict[str, Step] = {}

    def can(self, name: str, stack: frozenset[str] = frozenset(), strict: bool = False) -> bool:
        """Whether ``name`` can be found without asking (``strict``: nor taking a default)."""
        if name in self.values or (name in self.defaults and not strict):
            return True
        if name in stack:
            return False
        inner = stack | {name}
        return any(all(self.can(i, inner, strict) for i in rule.inputs) for rule in BY_OUTPUT.get(name, ()))

    def missing(self, name: str, stack: frozenset[str] = frozenset()) -> list[str]:
        """The fewest inputs to ask for so that ``name`` can be found ([] when it can be).

        An input that could also be derived from one other input is asked for as "name|other"; an asked
        quantity (empty ``stack``) is never asked back for itself.
        """
        if self.can(name, stack):
            return []
        # a rule that goes back through a quantity being derived is a loop ("cases" from "staff_now" while
        # deriving "staff_now" from "cases"), not a way to ask for less
        rules = [r for r in BY_OUTPUT.get(name, ()) if name not in stack and not set(r.inputs) & stack and _askable(r)]
        if not rules:
            return [name]
        inner = stack | {name}
        options = []
        for rule in rules:
            need: list[str] = []
            for i in rule.inputs:
                need += self.missing(i, inner)
            need = _distinct(need)
            plain = {n for n in need if "|" not in n}
            # "a|b" is settled by asking for a or b anyway
            options.append(list(dict.fromkeys(n for n in need if "|" not in n or not plain & set(n.split("|")))))
        best = min(options, key=len)
        if name not in INPUTS or not stack:
            return best
        if len(best) == 1 and any(best[0] in r.inputs for r in rules):
            return [f"{name}|{best[0]}"]
        return best if len(best) == 1 else [name]

    def derive(self, name: str, stack: frozenset[str] = frozenset()) -> Value:
        """The value of ``name``, applying rules (and recording their steps) as needed."""
        if name in self.values:
            return self.values[name]
        inner = stack | {name}
        rules = [] if name in stack else BY_OUTPUT.get(name, [])
        # What the question gives beats a default: "9,6 mio. over 4 år" is divided, not re-priced.
        rule = next((r for r in rules if all(self.can(i, inner, strict=True) for i in r.inputs)), None)
        if rule is None and name not in self.defaults:
            rule = next((r for r in rules if all(self.can(i, inner) for i in r.inputs)), None)
        if rule is not None:
            args = {i: self.derive(i, inner).value for i in rule.inputs}
            exact = float(rule.compute(*args.values()))
            value = float(math.floor(round(exact, 6)) if rule.down else calc.round_up(exact)) if rule.whole else exact
            step = Step(rule, args, value, exact if rule.whole else None)
            self.steps.append(step)
            self.made[name] = step
            self.values[name] = Value(value, "derived", exact=step.exact)
            return self.values[name]
        taken = self.defaults.pop(name)()  # KeyError only if can() was not asked first
        self.values[name] = taken
        return taken

    def result(self, name: str) -> Result:
        """One asked quantity, derived or with the inputs it lacks."""
        if not self.can(name):
            return Result(name, None, missing=self.missing(name))
        value = self.derive(name).value
        return Result(name, value, self.made.get(name), self.chain(name))

    def chain(self, name: str) -> list[Step]:
        """Every step ``name`` rests on, in the order they were taken."""
        wanted: set[int] = set()
        todo = [name]
        while todo:
            step = self.made.get(todo.pop())
            if step is not None and id(step) not in wanted:
                wanted.add(id(step))
                todo += list(step.inputs)
        return [s for s in self.steps if id(s) in wanted]


def solve(
    order: list[str],
    known: dict[str, Value],
    defaults: dict[str, Callable[[], Value]] | None = None,
    asked: set[str] | None = None,
) -> Solution:
    """Results for ``order`` from ``known``; names not in ``asked`` are context, shown only if found.

    Raises ``FieldError`` for an input out of range.
    """
    wanted = set(order) if asked is None else asked
    # an asked quantity is never answered by a default: "hvad er det pr. rådgiver?" wants the question's figure
    solver = Solver(known, {k: v for k, v in (defaults or {}).items() if k not in wanted})
    shown = [solver.result(n) for n in order if n in wanted or solver.can(n)]
    return Solution(solver.values, solver.steps, [r for r in shown if r.name in wanted], shown)
