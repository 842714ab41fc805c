"""The calculator's fixed calculations (caseload, staffing gap, scenario table) as the one ``Calculation``.

A chat answer carries a ``models.Calculation``; ``assistant calc --json`` used to print dicts of its own
shape, so a script reading both had to know two. These builders describe the fixed calculations with
the same model: every asked quantity with its formula and inputs, every input with its value, unit and
origin (a preset's value also with its document and quote). The Kalkulator page builds its scenario here
too, and its CSV/Excel inputs are read from the record.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from assistant.calc import formulas as calc
from assistant.calc import scenario
from assistant.calc.labels import output_label
from assistant.calc.presets import CitedValue
from assistant.calc.texts import UNITS
from assistant.models import AskedQuantity, CalcInput, Calculation, Language

if TYPE_CHECKING:
    import pandas as pd

CASELOAD_FORMULA = "caseload = cases / fte"
STAFFING_FORMULA = "fte_needed = ceil(cases / target); missing = fte_needed - fte; cost = missing x cost_per_fte"
SCENARIO_FORMULA = (
    "fte_needed = ceil(cases / target); extra_fte = fte_needed - fte; cost_per_year = extra_fte x cost_per_fte; "
    "net_per_year = savings_per_year - cost_per_year"
)
_UNITS = {"cost_per_fte": "kr", "cost_per_year": "kr"}  # the command line's names the chat's table lacks


def unit_of(name: str) -> str:
    """ "kr", "pct" or "n" (a count), as the chat's asked quantities say it."""
    return _UNITS.get(name) or UNITS.get(name, "n")


def typed(**values: float | None) -> dict[str, CalcInput]:
    """Inputs a person typed (options, form fields); a value not given is left out."""
    return {k: CalcInput(value=v, origin="user", unit=unit_of(k)) for k, v in values.items() if v is not None}


def cited(field: str, value: CitedValue) -> CalcInput:
    """An input taken from a preset: the document and the quote travel with it."""
    return CalcInput(
        value=value.value, origin=value.origin, unit=unit_of(field), doc_id=value.doc_id, quote=value.quote
    )


def _asked(name: str, value: float, formula: str, inputs: Mapping[str, CalcInput], lang: Language) -> AskedQuantity:
    return AskedQuantity(
        name=name, label=output_label(name, lang), value=value, unit=unit_of(name), formula=formula,
        inputs={k: i.value for k, i in inputs.items()},
    )  # fmt: skip


def caseload_record(cases: float, fte: float, lang: Language = "da") -> Calculation:
    """Cases per full-time social worker."""
    load = calc.caseload(cases, fte)
    inputs = typed(cases=cases, fte=fte)
    return Calculation(
        kind="caseload", inputs=inputs, outputs={"caseload": load}, formula=CASELOAD_FORMULA,
        asked=[_asked("caseload", load, CASELOAD_FORMULA, inputs, lang)],
    )  # fmt: skip


def staffing_record(
    cases: float, fte: float, target: float, cost_per_fte: float | None = None, lang: Language = "da"
) -> Calculation:
    """Staff needed for a target caseload (rounded up), missing or surplus, and with a cost what it costs."""
    gap = calc.staffing_gap(cases, fte, target)
    outputs: dict[str, float] = {
        "current_caseload": gap.current_caseload, "fte_exact": gap.fte_exact, "fte_needed": gap.fte_needed,
        "missing_fte": gap.missing, "surplus_fte": gap.surplus,
    }  # fmt: skip
    if cost_per_fte is not None:
        outputs["cost_per_year"] = calc.staff_cost(gap.change, cost_per_fte)
    inputs = typed(cases=cases, fte=fte, target=target, cost_per_fte=cost_per_fte)
    asked = [_asked(k, v, STAFFING_FORMULA, inputs, lang) for k, v in outputs.items() if k != "fte_exact"]
    return Calculation(
        kind="staffing_gap", inputs=inputs, outputs=outputs, formula=STAFFING_FORMULA, asked=asked
    )


def scenario_record(
    inputs: dict[str, CalcInput], targets: Sequence[float], years: int, ramp_years: int
) -> tuple[pd.DataFrame, Calculation]:
    """The scenario table (one row per target caseload) and its record, whose ``rows`` are the table.

    ``inputs`` need cases, fte and cost_per_fte and may carry the placement-savings fields; years and
    ramp-up join them. The table comes back as well, since its typed columns (an empty break-even, a
    payback year that is a whole number) are what the page and the CSV/Excel files show.
    """
    value = {k: i.value for k, i in inputs.items()}
    table = scenario.scenario_table(
        value["cases"], value["fte"], value["cost_per_fte"], placement_savings(inputs), sorted(targets), years,
        ramp_years,
    )
    rows = [{k: _plain(v) for k, v in row.items()} for row in table.to_dict("records")]
    every = {**inputs, **typed(years=float(years), ramp_years=float(ramp_years))}
    return table, Calculation(kind="scenario", inputs=every, outputs={}, formula=SCENARIO_FORMULA, rows=rows)


SAVINGS_FIELDS = (
    "placements", "cost_per_placement", "reduction_pct", "foster_avoided", "foster_cost",
    "residential_avoided", "residential_cost",
)  # fmt: skip


def placement_savings(inputs: Mapping[str, CalcInput]) -> calc.PlacementSavings:
    """The savings side of a scenario from its inputs; a FieldError names the implausible one."""
    return calc.PlacementSavings(**{k: inputs[k].value for k in SAVINGS_FIELDS if k in inputs})


def _plain(value: object) -> int | float | None:
    """A table cell as JSON: pd.NA -> null, numpy scalars -> Python numbers."""
    import pandas as pd

    if pd.isna(value):
        return None
    return value.item() if hasattr(value, "item") else value  # type: ignore[return-value]
