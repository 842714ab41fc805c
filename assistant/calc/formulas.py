"""The budget-versus-caseload model: staffing, cost, placement savings, break-even, scenarios.

Pure functions over plain numbers. Every input is checked (``calc.fields``), so a bad value becomes an
``InputError`` that names the field, never a ZeroDivisionError or a NaN in an answer.

Two choices worth knowing:
- Staff needed for a target caseload is rounded UP to whole positions (a 22.5-person team needs 23
  people to keep everyone at or below the target); the exact quotient is kept beside it.
- The model does not know how the placement effect depends on the caseload; no source gives that
  relation. Savings are an input (placements avoided or a % reduction), and the break-even columns say
  what each staffing level would need to achieve to pay for itself.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from assistant.calc.fields import FieldError, check

if TYPE_CHECKING:
    pass

DEFAULT_TARGETS: tuple[float, ...] = (20, 25, 30, 35, 40, 45)


def _money(value: float) -> float:
    """Kroner to the øre, so 7 x 650,000 prints as 4,550,000 and not 4,549,999.999."""
    return round(value, 2) + 0.0


def round_up(value: float) -> int:
    """Whole units to plan for (positions, placements to avoid): never fewer than the exact quotient."""
    # Float noise (0.3 / 0.1 = 2.9999999999999996, or a quotient a hair above a whole number) must not
    # add a position: round to 9 decimals first. The cost is at most 1e-9 of a position.
    return math.ceil(round(value, 9))


@dataclass(frozen=True)
class StaffingNeed:
    """Staff for a target caseload: exact quotient and whole positions (rounded up)."""

    cases: float
    target: float
    fte_exact: float
    fte_needed: int


@dataclass(frozen=True)
class StaffingGap:
    """Today's caseload and how far today's staff is from a target; ``change > 0`` means missing staff."""

    cases: float
    fte: float
    target: float
    current_caseload: float
    fte_exact: float
    fte_needed: int
    change: float

    @property
    def missing(self) -> float:
        return max(self.change, 0.0)

    @property
    def surplus(self) -> float:
        return max(-self.change, 0.0)


@dataclass(frozen=True)
class CaseloadChange:
    """Going from one caseload to another with the same cases; staff on both sides rounded up."""

    cases: float
    from_caseload: float
    to_caseload: float
    fte_from_exact: float
    fte_from: int
    fte_to_exact: float
    fte_to: int

    @property
    def extra_fte(self) -> int:
        return self.fte_to - self.fte_from


def caseload(cases: float, fte: float) -> float:
    """Cases per full-time social worker."""
    return check("cases", cases) / check("fte", fte)


def caseload_with(cases: float, fte: float, added: float) -> float:
    """Cases per worker once ``added`` workers join the ``fte`` there are."""
    return caseload(cases, check("fte", fte) + check("extra_fte", added))


def staff_short(fte: float, needed: float) -> float:
    """Workers still to find: the ``needed`` less the ``fte`` there are (negative when there are more)."""
    return needed - check("fte", fte)


def fte_needed(cases: float, target: float) -> StaffingNeed:
    """Full-time social workers needed so nobody carries more than ``target`` cases."""
    c, t = check("cases", cases), check("target", target)
    exact = c / t
    return StaffingNeed(cases=c, target=t, fte_exact=exact, fte_needed=round_up(exact))


def staffing_gap(cases: float, fte: float, target: float) -> StaffingGap:
    """Missing (or surplus) staff against a target caseload."""
    need = fte_needed(cases, target)
    staff = check("fte", fte)
    return StaffingGap(
        cases=need.cases,
        fte=staff,
        target=need.target,
        current_caseload=need.cases / staff,
        fte_exact=need.fte_exact,
        fte_needed=need.fte_needed,
        change=need.fte_needed - staff,
    )


def cases_carried(fte: float, target: float) -> float:
    """Cases a team can carry at a given caseload."""
    return check("fte", fte) * check("target", target)


def caseload_change(cases: float, from_caseload: float, to_caseload: float) -> CaseloadChange:
    """Staff before and after a change of caseload for the same number of cases."""
    before = fte_needed(cases, check("from_caseload", from_caseload))
    after = fte_needed(cases, to_caseload)
    return CaseloadChange(
        cases=before.cases,
        from_caseload=before.target,
        to_caseload=after.target,
        fte_from_exact=before.fte_exact,
        fte_from=before.fte_needed,
        fte_to_exact=after.fte_exact,
        fte_to=after.fte_needed,
    )


def staff_cost(extra_fte: float, cost_per_fte: float, years: float = 1) -> float:
    """Cost of extra staff over ``years`` (negative extra staff is a saving)."""
    return _money(check("extra_fte", extra_fte) * check("cost_per_fte", cost_per_fte) * check("years", years))


@dataclass(frozen=True)
class PlacementSavings:
    """What the extra staff is expected to save on placements each year at full effect.

    Foster-family and residential placements cost very different amounts, so they are separate inputs;
    a % reduction applies to ``placements x cost_per_placement`` (this year's placement spend).
    """

    foster_avoided: float = 0.0
    foster_cost: float = 0.0
    residential_avoided: float = 0.0
    residential_cost: float = 0.0
    placements: float = 0.0
    cost_per_placement: float = 0.0
    reduction_pct: float = 0.0

    def __post_init__(self) -> None:
        for name, value in asdict(self).items():
            check(name, value)

    @property
    def spend(self) -> float:
        """Annual placement spend that a % reduction applies to."""
        return _money(self.placements * self.cost_per_placement)

    def per_year(self) -> float:
        """Savings per year at full effect."""
        return _money(
            placement_saving(self.foster_avoided, self.foster_cost)
            + placement_saving(self.residential_avoided, self.residential_cost)
            + spend_saving(self.spend, self.reduction_pct)
        )


def placement_saving(avoided: float, cost_per_placement: float) -> float:
    """Savings per year from placements avoided."""
    return _money(check("placements", avoided) * check("cost_per_placement", cost_per_placement))


def spend_saving(spend: float, reduction_pct: float) -> float:
    """Savings per year from a % reduction of annual placement spend."""
    return _money(check("placement_spend", spend) * check("reduction_pct", reduction_pct) / 100)


def cost_per_worker(total: float, workers: float) -> float:
    """One worker's share of a total stated for several ("four new workers cost 2.8 million in all")."""
    return _money(check("staff_cost_total", total) / check("fte", workers))


def staff_affordable(budget: float, cost_per_fte: float) -> float:
    """Positions a budget pays for (the caller rounds down: a position paid in part is not a hire)."""
    cost = check("cost_per_fte", cost_per_fte)
    if cost == 0:
        raise FieldError("cost_per_fte", "positive", cost)
    return check("budget", budget) / cost


def placement_spend(count: float, unit: float) -> float:
    """What ``count`` placements cost a year at ``unit`` each."""
    return PlacementSavings(placements=count, cost_per_placement=unit).spend


def average_placement_cost(spend: float, placements: float) -> float:
    """One placement's share of a yearly spend on several ("39,1 mio. kr. for 34 children")."""
    return _money(check("placement_spend", spend) / check("fte", placements))


def over_years(amount_per_year: float, years: float) -> float:
    """An annual amount (cost, saving or net result) over ``years`` at the same level every year."""
    return _money(check("cost_per_year", amount_per_year) * check("years", years))


def per_year(total: float, years: float) -> float:
    """The annual amount behind a total for ``years`` ("9.6 million over 4 years")."""
    return _money(check("cost_per_year", total) / check("years", years))


def move_saving_per_child(cost_from: float, cost_to: float) -> float:
    """Saving per child a year from moving it between placement types (negative: the move costs more)."""
    return _money(check("cost_per_placement", cost_from) - check("cost_per_placement", cost_to))


def moved_saving(moved: float, saving_per_child: float) -> float:
    """Saving a year from moving ``moved`` children; negative when they move to a dearer type (an extra cost)."""
    return _money(check("moved", moved) * saving_per_child)


def move_savings(moved: float, cost_from: float, cost_to: float) -> float:
    """Saving a year from moving ``moved`` children from one placement type to a cheaper one."""
    return _money(check("moved", moved) * move_saving_per_child(cost_from, cost_to))


def net_result(savings_per_year: float, cost_per_year: float, years: float = 1) -> float:
    """Savings minus cost (positive: a net saving), per year or over ``years`` without a ramp-up."""
    per_year = check("savings_per_year", savings_per_year) - check("cost_per_year", cost_per_year)
    return _money(per_year * check("years", years))


def difference(before: float, after: float) -> float:
    """How much a value rose (positive) or fell from ``before`` to ``after``."""
    return check("value_to", after) - check("value_from", before)


def cases_over_capacity(cases: float, carried: float) -> float:
    """Cases beyond what the team can carry at its caseload (negative: spare capacity)."""
    return check("cases", cases) - check("cases", carried)


def moves_needed(saving: float, saving_per_child: float) -> float:
    """Children to move for a saving (the caller rounds up); a move that saves nothing cannot reach it."""
    per_child = check("savings_per_year", saving_per_child)
    if per_child <= 0:
        raise FieldError("move_to_cost", "low", per_child, 0)
    return check("savings_per_year", saving) / per_child


def share_pct(part: float, whole: float) -> float:
    """``part`` in % of ``whole`` ("290 of 1,450 cases are disability cases": 20 %)."""
    return check("value_part", part) / check("value_whole", whole) * 100


def with_surcharge(salary: float, pct: float) -> float:
    """A worker's cost from the pay and a surcharge on it (overhead, pension): 480.000 + 25 % = 600.000."""
    return _money(check("cost_per_fte", salary) * (1 + check("surcharge_pct", pct) / 100))


def payback_years(one_off: float, per_year: float) -> float:
    """Years until yearly net savings repay a one-off sum; None-free: a saving of zero or less never does."""
    if per_year <= 0:
        raise FieldError("savings_per_year", "positive", per_year)
    return check("one_off", one_off) / per_year


def net_with_one_off(savings: float, cost: float, years: float, one_off: float) -> float:
    """The net result over ``years`` of yearly savings and costs, less a one-off sum paid once."""
    return _money((savings - cost) * check("years", years) - check("one_off", one_off))


def share_of_count(count: float, pct: float) -> float:
    """``pct`` % of ``count`` ("10 % af de 60 anbragte børn": 6); the caller rounds to whole children."""
    return check("placements", count) * check("moved_share", pct) / 100


def budget_left(budget: float, positions: float, cost_per_fte: float) -> float:
    """What a budget has left after paying ``positions`` in full (negative: it does not stretch)."""
    return _money(check("budget", budget) - check("fte", positions) * check("cost_per_fte", cost_per_fte))


def staff_left(fte: float, cut: float) -> float:
    """The staff still there when ``cut`` of today's ``fte`` leave; a cut of everyone is an input error."""
    left = check("fte", fte) - check("staff_cut", cut)
    if left <= 0:
        raise FieldError("staff_cut", "high", cut, fte)
    return left


def caseload_after_cut(cases: float, fte: float, cut: float) -> float:
    """Caseload when ``cut`` of today's ``fte`` leave and their cases stay with the rest."""
    return caseload(cases, staff_left(fte, cut))


def share_of_amount(amount: float, pct: float) -> float:
    """``pct`` % of a yearly staff budget: the kroner a cut of that share has to find."""
    return _money(check("staff_budget", amount) * check("budget_cut_pct", pct) / 100)


def positions_for(amount: float, cost_per_fte: float) -> float:
    """Positions a sum to find equals (the caller rounds up: fewer would not find all of it)."""
    cost = check("cost_per_fte", cost_per_fte)
    if cost == 0:
        raise FieldError("cost_per_fte", "positive", cost)
    return check("cut_amount", amount) / cost


def cases_closed(cases: float, pct: float) -> float:
    """Cases closed when ``pct`` % of them are ("luk 20 % af sagerne")."""
    return check("cases", cases) * check("close_pct", pct) / 100


def caseload_after_closing(cases: float, closed: float, fte: float) -> float:
    """Caseload of the same staff once ``closed`` of the cases are closed."""
    return caseload(check("cases", cases) - check("cases", closed), fte)


def price_gap(residential: float, foster: float) -> float:
    """How much more a residential place costs a year than a foster family (negative: less)."""
    return _money(check("residential_cost", residential) - check("foster_cost", foster))


def percentage_change(before: float, after: float) -> float:
    """Change from ``before`` to ``after`` in % of ``before`` (a rise is positive)."""
    start = check("value_from", before)
    return (check("value_to", after) - start) / start * 100


def per_case(cost_per_fte: float, caseload_: float) -> float:
    """A worker's yearly cost over the cases they carry: the staff cost of one case (600.000 kr. at 40: 15.000 kr.)."""
    return _money(check("cost_per_fte", cost_per_fte) / check("target", caseload_))
