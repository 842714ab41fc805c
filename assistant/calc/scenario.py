"""Scenarios over years: break-even, the yearly outlook and the table of target caseloads.

Split from ``formulas`` because these build on the single-step formulas there and are what the
Kalkulator page, ``assistant calc`` and the chat's multi-year answers share.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from assistant.calc.fields import check
from assistant.calc.formulas import (
    DEFAULT_TARGETS,
    PlacementSavings,
    _money,
    fte_needed,
    staff_cost,
)
from assistant.errors import InputError

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True)
class YearRow:
    """One year of the outlook; savings ramp up, cost does not."""

    year: int
    cost: float
    savings: float
    net: float
    cumulative: float


@dataclass(frozen=True)
class BreakEven:
    """What must be achieved each year for the extra staff to pay for itself (None: no cost given)."""

    placements_average: float | None
    placements_foster: float | None
    placements_residential: float | None
    reduction_pct: float | None


@dataclass(frozen=True)
class Outlook:
    """Cost, savings and net effect of extra staff per year and cumulated, with break-even and payback."""

    extra_fte: float
    cost_per_year: float
    savings_per_year: float
    net_per_year: float
    rows: list[YearRow]
    break_even: BreakEven
    payback_year: int | None

    @property
    def cumulative(self) -> float:
        return self.rows[-1].cumulative


def break_even_placements(cost_per_year: float, cost_per_placement: float) -> float | None:
    """Placements to avoid each year for savings to equal the cost; None without a unit cost.

    A negative cost (fewer staff) needs no placements avoided: 0, not a negative count.
    """
    unit = check("cost_per_placement", cost_per_placement)
    return None if unit == 0 else max(cost_per_year, 0.0) / unit


def break_even_pct(cost_per_year: float, spend: float) -> float | None:
    """% of annual placement spend to cut for savings to equal the cost; None without a spend."""
    total = check("placement_spend", spend)
    return None if total == 0 else max(cost_per_year, 0.0) / total * 100


def break_even(cost_per_year: float, savings: PlacementSavings) -> BreakEven:
    """Placements to avoid (per kind) or % of placement spend to cut so that net effect per year is 0."""
    return BreakEven(
        placements_average=break_even_placements(cost_per_year, savings.cost_per_placement),
        placements_foster=break_even_placements(cost_per_year, savings.foster_cost),
        placements_residential=break_even_placements(cost_per_year, savings.residential_cost),
        reduction_pct=break_even_pct(cost_per_year, savings.spend),
    )


def outlook(
    extra_fte: float, cost_per_fte: float, savings: PlacementSavings, years: int = 4, ramp_years: int = 1
) -> Outlook:
    """Net effect year by year; savings reach full effect linearly by ``ramp_years`` (1 = at once)."""
    n, ramp = int(check("years", years)), check("ramp_years", ramp_years)
    cost = staff_cost(extra_fte, cost_per_fte)
    full = savings.per_year()
    rows: list[YearRow] = []
    total = 0.0
    for year in range(1, n + 1):
        saved = _money(full * min(1.0, year / ramp))
        net = _money(saved - cost)
        total = _money(total + net)
        rows.append(YearRow(year=year, cost=cost, savings=saved, net=net, cumulative=total))
    payback = next((r.year for r in rows if r.cumulative >= 0), None)
    return Outlook(
        extra_fte=float(extra_fte),
        cost_per_year=cost,
        savings_per_year=full,
        net_per_year=_money(full - cost),
        rows=rows,
        break_even=break_even(cost, savings),
        payback_year=payback,
    )


def scenario_table(
    cases: float,
    fte: float,
    cost_per_fte: float,
    savings: PlacementSavings | None = None,
    targets: Sequence[float] = DEFAULT_TARGETS,
    years: int = 4,
    ramp_years: int = 1,
) -> pd.DataFrame:
    """One row per target caseload: staff needed, extra staff, cost, savings, net, break-even, payback.

    Placement savings count only on rows that add staff (a lower caseload than today).
    """
    import pandas as pd

    if not targets:
        raise InputError("targets: give at least one target caseload")
    savings = savings or PlacementSavings()
    staff = check("fte", fte)
    rows = []
    for target in targets:
        need = fte_needed(cases, target)
        extra = need.fte_needed - staff
        # The placement savings are the expected effect of *lower* caseloads; a target that needs no extra
        # staff cannot claim them, or raising caseloads would look profitable.
        row_savings = (
            savings if extra > 0 else replace(savings, foster_avoided=0.0, residential_avoided=0.0, reduction_pct=0.0)
        )
        out = outlook(extra, cost_per_fte, row_savings, years, ramp_years)
        rows.append(
            {
                "target_caseload": need.target,
                "fte_exact": round(need.fte_exact, 2),
                "fte_needed": need.fte_needed,
                "extra_fte": round(need.fte_needed - staff, 2),
                "cost_per_year": out.cost_per_year,
                "savings_per_year": out.savings_per_year,
                "net_per_year": out.net_per_year,
                "net_cumulative": out.cumulative,
                "break_even_placements": _round(out.break_even.placements_average),
                "break_even_foster": _round(out.break_even.placements_foster),
                "break_even_residential": _round(out.break_even.placements_residential),
                "break_even_pct": _round(out.break_even.reduction_pct),
                "payback_year": out.payback_year,
            }
        )
    table = pd.DataFrame(rows)
    # Nullable dtypes: "no break-even without a unit cost" and "not paid back" show as empty, never NaN.
    for column in ("break_even_placements", "break_even_foster", "break_even_residential", "break_even_pct"):
        table[column] = table[column].astype("Float64")
    table["payback_year"] = table["payback_year"].astype("Int64")
    return table


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)
