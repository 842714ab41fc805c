"""A small solver over the calculation model: derive each asked quantity from the known ones.

Quantities are nodes and each ``Rule`` derives one node from others through a formula in ``calc``, so a
question can chain steps the way a person would: staff today from cases and today's caseload, staff
needed for the target, the difference, its cost, the savings, the net result. No rule is written for
one question; a new kind of question needs at most a new rule here and a new phrase in ``calc_sheet``.

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
from assistant.calc import scenario
from assistant.calc.rule import Rule
from assistant.calc.rules_more import FIRST_RULES, MORE_RULES

Origin = Literal["question", "earlier", "source", "assumption", "derived"]


def _staff_exact(cases: float, load: float) -> float:
    return calc.check("cases", cases) / calc.check("from_caseload", load)


def _break_even(cost: float, unit: float) -> float:
    value = scenario.break_even_placements(cost, unit)
    if value is None:
        raise calc.FieldError("cost_per_placement", "positive", 0)
    return value


def _break_even_pct(cost: float, spend: float) -> float:
    value = scenario.break_even_pct(cost, spend)
    if value is None:
        raise calc.FieldError("placement_spend", "positive", 0)
    return value


def _spend(count: float, unit: float) -> float:
    return calc.placement_spend(count, unit)


def _mixed(res_n: float, res_cost: float, fos_n: float, fos_cost: float) -> float:
    kinds = calc.PlacementSavings(
        residential_avoided=res_n, residential_cost=res_cost, foster_avoided=fos_n, foster_cost=fos_cost
    )
    return kinds.per_year()


# First rule first: a direct formula before a longer way round.
RULES: tuple[Rule, ...] = (
    *FIRST_RULES,
    # cases that grow: today's caseload is today's cases over today's staff
    Rule("caseload", ("cases_from", "staff_now"), calc.caseload, "{cases_from} ÷ {staff_now}"),
    Rule("caseload", ("cases", "staff_now"), calc.caseload, "{cases} ÷ {staff_now}"),
    Rule("cases", ("staff_now", "caseload_now"), calc.cases_carried, "{staff_now} × {caseload_now}"),
    # cases that grow: today's staff carries today's cases, not the ones to plan for
    Rule("staff_now", ("cases_from", "caseload_now"), _staff_exact, "{cases_from} ÷ {caseload_now}", whole=True),
    Rule("staff_now", ("cases", "caseload_now"), _staff_exact, "{cases} ÷ {caseload_now}", whole=True),
    Rule(
        "staff_needed",
        ("cases", "target"),
        lambda c, t: calc.fte_needed(c, t).fte_exact,
        "{cases} ÷ {target}",
        whole=True,
    ),
    Rule("extra_staff", ("staff_now", "staff_to"), lambda s, t: calc.difference(s, t), "{staff_to} − {staff_now}"),
    Rule(
        "extra_staff",
        ("staff_now", "staff_needed"),
        calc.staff_short,
        "{staff_needed} − {staff_now}",
    ),
    Rule(
        "cost_per_worker",
        ("staff_cost_total", "priced_staff"),
        calc.cost_per_worker,
        "{staff_cost_total} ÷ {priced_staff}",
    ),
    Rule("cost_per_worker", ("salary", "surcharge_pct"), calc.with_surcharge, "{salary} × (1 + {surcharge_pct})"),
    Rule("cost_per_worker", ("cost_per_year", "extra_staff"), calc.cost_per_worker, "{cost_per_year} ÷ {extra_staff}"),
    Rule("cost_per_year", ("extra_staff", "cost_per_worker"), calc.staff_cost, "{extra_staff} × {cost_per_worker}"),
    Rule(
        "staff_affordable",
        ("budget", "cost_per_worker"),
        calc.staff_affordable,
        "{budget} ÷ {cost_per_worker}",
        whole=True,
        down=True,
    ),
    # a pool for a period ("3,6 mio. til ekstra rådgivere over de næste 3 år") pays its yearly share in posts
    Rule("budget", ("budget_period", "years"), calc.per_year, "{budget_period} ÷ {years}"),
    Rule("cost_per_year", ("cost_total", "years"), calc.per_year, "{cost_total} ÷ {years}"),
    Rule("cost_total", ("cost_per_year", "years"), calc.over_years, "{cost_per_year} × {years}"),
    Rule(
        "moved",
        ("placements_total", "moved_share"),
        calc.share_of_count,
        "{placements_total} × {moved_share}",
        whole=True,
        down=True,
    ),
    Rule(
        "saving_per_child",
        ("move_from_cost", "move_to_cost"),
        calc.move_saving_per_child,
        "{move_from_cost} − {move_to_cost}",
    ),
    # placements avoided and children moved in one plan: both savings, added
    Rule(
        "savings_per_year",
        ("avoided", "cost_per_placement", "moved", "saving_per_child"),
        lambda a, c, m, s: calc.placement_saving(a, c) + calc.placement_saving(m, s),
        "{avoided} × {cost_per_placement} + {moved} × {saving_per_child}",
    ),
    Rule(
        "savings_per_year",
        ("avoided", "cost_per_placement", "moved", "move_from_cost", "move_to_cost"),
        lambda a, c, m, f, t: calc.placement_saving(a, c) + calc.move_savings(m, f, t),
        "{avoided} × {cost_per_placement} + {moved} × ({move_from_cost} − {move_to_cost})",
    ),
    Rule(
        "savings_per_year", ("avoided", "cost_per_placement"), calc.placement_saving, "{avoided} × {cost_per_placement}"
    ),
    Rule(
        "savings_per_year",
        ("avoided_residential", "residential_cost", "avoided_foster", "foster_cost"),
        _mixed,
        "{avoided_residential} × {residential_cost} + {avoided_foster} × {foster_cost}",
    ),
    # the difference per child first, so the working shows what one move saves before the total
    Rule("savings_per_year", ("moved", "saving_per_child"), calc.moved_saving, "{moved} × {saving_per_child}"),
    Rule(
        "savings_per_year",
        ("moved", "move_from_cost", "move_to_cost"),
        calc.move_savings,
        "{moved} × ({move_from_cost} − {move_to_cost})",
    ),
    Rule(
        "savings_per_year",
        ("placement_spend", "reduction_pct"),
        calc.spend_saving,
        "{placement_spend} × {reduction_pct}",
    ),
    Rule(
        "placement_spend",
        ("placements_total", "cost_per_placement"),
        _spend,
        "{placements_total} × {cost_per_placement}",
    ),
    Rule("savings_total", ("savings_per_year", "years"), calc.over_years, "{savings_per_year} × {years}"),
    Rule(
        "net_per_year", ("savings_per_year", "cost_per_year"), calc.net_result, "{savings_per_year} − {cost_per_year}"
    ),
    Rule(
        "net_total",  # a one-off sum the question names is paid once within the period
        ("savings_per_year", "cost_per_year", "years", "one_off"),
        calc.net_with_one_off,
        "({savings_per_year} − {cost_per_year}) × {years} − {one_off}",
    ),
    Rule(
        "net_first_year",
        ("savings_per_year", "cost_per_year", "one_off"),
        lambda s, c, o: s - c - calc.check("one_off", o),
        "{savings_per_year} − {cost_per_year} − {one_off}",
    ),
    Rule(
        "payback_years",
        ("one_off", "net_per_year"),
        calc.payback_years,
        "{one_off} ÷ {net_per_year}",
        whole=True,
    ),
    Rule(
        "payback_years",
        ("one_off", "savings_per_year"),
        calc.payback_years,
        "{one_off} ÷ {savings_per_year}",
        whole=True,
    ),
    Rule(
        "net_total",
        ("savings_per_year", "cost_per_year", "years"),
        calc.net_result,
        "({savings_per_year} − {cost_per_year}) × {years}",
    ),
    Rule(
        "break_even",  # children moved to a cheaper type: each saves the difference
        ("cost_per_year", "saving_per_child"),
        _break_even,
        "{cost_per_year} ÷ {saving_per_child}",
        whole=True,
    ),
    Rule(
        "break_even",
        ("cost_per_year", "cost_per_placement"),
        _break_even,
        "{cost_per_year} ÷ {cost_per_placement}",
        whole=True,
    ),
    Rule(
        "break_even_pct", ("cost_per_year", "placement_spend"), _break_even_pct, "{cost_per_year} ÷ {placement_spend}"
    ),
    Rule(
        "pct_change", ("value_from", "value_to"), calc.percentage_change, "({value_to} − {value_from}) ÷ {value_from}"
    ),
    Rule("abs_change", ("value_from", "value_to"), calc.difference, "{value_to} − {value_from}"),
    Rule("cases_carried", ("staff_now", "target"), calc.cases_carried, "{staff_now} × {target}"),
    Rule("cases_carried", ("staff_now", "caseload_now"), calc.cases_carried, "{staff_now} × {caseload_now}"),
    # "fra 30 til 36 rådgivere", "sagerne steg fra 1.000 til 1.200": the caseload after the change
    Rule("caseload_after", ("cases", "staff_to"), calc.caseload, "{cases} ÷ {staff_to}"),
    Rule(
        "caseload_after",
        ("cases", "staff_now", "cases_from"),
        lambda c, s, _f: calc.caseload(c, s),
        "{cases} ÷ {staff_now}",
    ),
    Rule(
        "caseload_after",
        ("cases", "staff_now", "extra_staff"),
        calc.caseload_with,
        "{cases} ÷ ({staff_now} + {extra_staff})",
    ),
    # (the caseload after the staff a sum buys is in ``rules_more.FIRST_RULES``: it wins over the line above)
    # the staff still there is its own step: "how many are left" is what a reader asks next
    Rule("staff_left", ("staff_now", "staff_cut"), calc.staff_left, "{staff_now} − {staff_cut}"),
    # "went from 5 to 9 and each now carries 25": the cases are the staff after times their caseload
    Rule("cases", ("staff_to", "load_after"), calc.staff_cost, "{staff_to} × {load_after}"),
    Rule("caseload_after_cut", ("cases", "staff_left"), calc.caseload, "{cases} ÷ {staff_left}"),
    Rule("budget_left", ("budget", "cost_per_year"), calc.net_result, "{budget} − {cost_per_year}"),
    Rule(
        "budget_left",
        ("budget", "staff_affordable", "cost_per_worker"),
        calc.budget_left,
        "{budget} − {staff_affordable} × {cost_per_worker}",
    ),
    Rule(
        "moves_needed",
        ("savings_per_year", "saving_per_child"),
        calc.moves_needed,
        "{savings_per_year} ÷ {saving_per_child}",
        whole=True,
    ),
    Rule(
        "cost_per_placement",
        ("placement_spend", "placements_total"),
        calc.average_placement_cost,
        "{placement_spend} ÷ {placements_total}",
    ),
    # "what will the caseload actually be with that many": the staff needed, rounded up, carry the cases
    Rule("caseload", ("cases", "staff_needed"), calc.caseload, "{cases} ÷ {staff_needed}"),
    Rule("over_target", ("caseload", "target"), lambda c, t: c - calc.check("target", t), "{caseload} − {target}"),
    Rule("over_capacity", ("cases", "cases_carried"), calc.cases_over_capacity, "{cases} − {cases_carried}"),
    *MORE_RULES,
)
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
    "months_first_year", "case_growth_pct",
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
            value = float(math.floor(exact + 1e-9) if rule.down else calc.round_up(exact)) if rule.whole else exact
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

    Raises ``calc.FieldError`` for an input out of range.
    """
    wanted = set(order) if asked is None else asked
    # an asked quantity is never answered by a default: "hvad er det pr. rådgiver?" wants the question's figure
    solver = Solver(known, {k: v for k, v in (defaults or {}).items() if k not in wanted})
    shown = [solver.result(n) for n in order if n in wanted or solver.can(n)]
    return Solution(solver.values, solver.steps, [r for r in shown if r.name in wanted], shown)
