"""``assistant calc ...``: the caseload calculator on the command line (no index needed).

Numbers are read the way people write them ("1.050", "650.000", "4,4 mio."), see ``numbers.parse_number``
with no language: a single separator followed by exactly three digits groups thousands. Inputs typed
here are marked ``user``; values from ``--preset`` are marked ``source`` with their document and quote.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from assistant.calc import formulas as calc
from assistant.calc import scenario
from assistant.calc.labels import output_label
from assistant.calc.presets import load_presets
from assistant.calc.table import column_labels, table_csv, table_excel
from assistant.cli.app import JsonOpt, app, emit
from assistant.config import load_settings
from assistant.errors import InputError
from assistant.models import Language
from assistant.numbers import format_number, parse_number

calc_app = typer.Typer(
    no_args_is_help=True, help="Budget-versus-caseload calculations: caseload, staff, cost, savings."
)
app.add_typer(calc_app, name="calc")

LangOpt = typer.Option("da", "--lang", help="Language of the text output: da or en.")
CasesOpt = typer.Option(..., "--cases", help="Number of cases, e.g. 1050 or 1.050.")
FteOpt = typer.Option(..., "--fte", help="Full-time social workers today.")


def _language(value: str) -> Language:
    if value not in ("da", "en"):
        raise InputError(f"--lang '{value}': use da or en")
    return value  # type: ignore[return-value]


def _num(value: str | None, option: str, default: float | None = None) -> float | None:
    """An option's number, parsed Danish or English style; the error names the option."""
    if value is None:
        return default
    return parse_number(value, None, field=option)


def _run(fn: Any, *args: Any, **kwargs: Any) -> Any:
    """Call the model; a field name in its error becomes the option name ("--cost-per-fte")."""
    try:
        return fn(*args, **kwargs)
    except calc.FieldError as exc:
        raise InputError(f"--{exc.field.replace('_', '-')}: {exc.describe('en')}") from None


def _user(**values: float | None) -> dict[str, dict[str, Any]]:
    return {k: {"value": v, "origin": "user"} for k, v in values.items() if v is not None}


@calc_app.command("caseload")
def caseload_cmd(
    cases: str = CasesOpt, fte: str = FteOpt, lang: str = LangOpt, as_json: bool = JsonOpt
) -> None:
    """Cases per social worker: cases / FTE."""
    language = _language(lang)
    c, f = _num(cases, "--cases"), _num(fte, "--fte")
    load = _run(calc.caseload, c, f)
    payload = {
        "kind": "caseload", "formula": "caseload = cases / fte",
        "inputs": _user(cases=c, fte=f), "outputs": {"caseload": load},
    }  # fmt: skip
    n = lambda v: format_number(v, language)  # noqa: E731
    text = {
        "da": f"Sagstal: {n(load)} sager pr. rådgiver ({n(c or 0)} ÷ {n(f or 0)})",
        "en": f"Caseload: {n(load)} cases per social worker ({n(c or 0)} ÷ {n(f or 0)})",
    }[language]
    emit(payload, as_json, lambda _: text)


@calc_app.command("target")
def target_cmd(
    cases: str = CasesOpt,
    fte: str = FteOpt,
    target: str = typer.Option(..., "--target", help="Target caseload (cases per social worker)."),
    cost_per_fte: str | None = typer.Option(None, "--cost-per-fte", help="Annual cost per position, kr."),
    lang: str = LangOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Social workers needed for a target caseload (rounded up), missing or surplus, and their cost."""
    language = _language(lang)
    c, f, t = _num(cases, "--cases"), _num(fte, "--fte"), _num(target, "--target")
    cost = _num(cost_per_fte, "--cost-per-fte")
    gap = _run(calc.staffing_gap, c, f, t)
    outputs: dict[str, float] = {
        "current_caseload": gap.current_caseload, "fte_exact": gap.fte_exact, "fte_needed": gap.fte_needed,
        "missing_fte": gap.missing, "surplus_fte": gap.surplus,
    }  # fmt: skip
    if cost is not None:
        outputs["cost_per_year"] = _run(calc.staff_cost, gap.change, cost)
    payload = {
        "kind": "staffing_gap",
        "formula": "fte_needed = ceil(cases / target); missing = fte_needed - fte; "
        "cost = missing x cost_per_fte",
        "inputs": _user(cases=c, fte=f, target=t, cost_per_fte=cost),
        "outputs": outputs,
    }
    emit(payload, as_json, lambda p: _render_outputs(p["outputs"], language))


def _render_outputs(outputs: dict[str, float], lang: Language) -> str:
    rows = [(output_label(k, lang), format_number(v, lang)) for k, v in outputs.items()]
    width = max(len(label) for label, _ in rows)
    return "\n".join(f"{label:<{width}}  {value:>14}" for label, value in rows)


def _preset_values(names: list[str]) -> dict[str, dict[str, Any]]:
    """Inputs from ``--preset`` names, each with its document and quote."""
    presets = load_presets(load_settings().presets_path)
    out: dict[str, dict[str, Any]] = {}
    for name in names:
        for field, cited in presets.resolve(name).items():
            out[field] = {
                "value": cited.value,
                "origin": cited.origin,  # "assumption" when the quote does not state this quantity
                "doc_id": cited.doc_id,
                "quote": cited.quote,
            }
    return out


def _targets(text: str | None, extra: list[float]) -> list[float]:
    if text is None:
        base = list(calc.DEFAULT_TARGETS)
    else:
        base = [parse_number(p, None, field="--targets") for p in text.replace(";", " ").split() if p]
    return sorted(set(base + extra))


@calc_app.command("scenario")
def scenario_cmd(
    cases: str = CasesOpt,
    fte: str = FteOpt,
    cost_per_fte: str = typer.Option(
        ..., "--cost-per-fte", help="Annual cost per position incl. overhead, kr."
    ),
    targets: str | None = typer.Option(
        None, "--targets", help="Target caseloads, space-separated: '20 25 30'."
    ),
    years: int = typer.Option(4, "--years", help="Years for the cumulative net effect and payback."),
    ramp_years: int = typer.Option(
        1, "--ramp-years", help="Years until savings reach full effect (1 = at once)."
    ),
    placements: str | None = typer.Option(
        None, "--placements", help="Placements per year (for --reduction-pct)."
    ),
    cost_per_placement: str | None = typer.Option(
        None, "--cost-per-placement", help="Average cost per placement."
    ),
    reduction_pct: str | None = typer.Option(
        None, "--reduction-pct", help="Expected % reduction of placement spend."
    ),
    foster_avoided: str | None = typer.Option(
        None, "--foster-avoided", help="Foster placements avoided per year."
    ),
    foster_cost: str | None = typer.Option(
        None, "--foster-cost", help="Annual cost of a foster placement, kr."
    ),
    residential_avoided: str | None = typer.Option(
        None, "--residential-avoided", help="Residential avoided/year."
    ),
    residential_cost: str | None = typer.Option(
        None, "--residential-cost", help="Annual cost of a residential one."
    ),
    preset: list[str] = typer.Option([], "--preset", help="Cited presets: herning-2015, ds-family-2015, ..."),
    out: Path | None = typer.Option(None, "--out", help="Also write the table to a .csv or .xlsx file."),
    lang: str = LangOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Staff, cost, savings, net effect, break-even and payback for a range of target caseloads."""
    language = _language(lang)
    cited = _preset_values(preset)
    options = {
        "cases": cases, "fte": fte, "cost_per_fte": cost_per_fte, "placements": placements,
        "cost_per_placement": cost_per_placement, "reduction_pct": reduction_pct,
        "foster_avoided": foster_avoided, "foster_cost": foster_cost,
        "residential_avoided": residential_avoided, "residential_cost": residential_cost,
    }  # fmt: skip
    typed = _user(**{k: _num(v, "--" + k.replace("_", "-")) for k, v in options.items()})
    inputs = {**{k: v for k, v in cited.items() if k in _SAVINGS_FIELDS}, **typed}  # typed values win
    value = {k: v["value"] for k, v in inputs.items()}
    preset_targets = [v["value"] for k, v in cited.items() if k in ("target", "target_low")]
    savings = _run(calc.PlacementSavings, **{k: value[k] for k in _SAVINGS_FIELDS if k in value})
    chosen = _targets(targets, preset_targets)
    table = _run(
        scenario.scenario_table,
        value["cases"],
        value["fte"],
        value["cost_per_fte"],
        savings,
        chosen,
        years,
        ramp_years,
    )
    if out is not None:
        _write(table, out, language)
    payload = {
        "kind": "scenario",
        "inputs": inputs,
        "years": years,
        "ramp_years": ramp_years,
        "rows": [{k: _plain(v) for k, v in row.items()} for row in table.to_dict("records")],
        "written": str(out) if out else None,
    }
    emit(payload, as_json, lambda p: _render_scenario(p, language))


_SAVINGS_FIELDS = (
    "placements", "cost_per_placement", "reduction_pct", "foster_avoided", "foster_cost",
    "residential_avoided", "residential_cost",
)  # fmt: skip


def _plain(value: Any) -> Any:
    """A table cell as JSON: pd.NA -> null, numpy scalars -> Python numbers."""
    import pandas as pd

    if pd.isna(value):
        return None
    return value.item() if hasattr(value, "item") else value


def _write(table: Any, path: Path, lang: Language) -> None:
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise InputError(f"--out {path}: use a .csv or .xlsx file name")
    data = table_csv(table, lang) if suffix == ".csv" else table_excel(table, lang)
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise InputError(f"--out {path}: cannot write ({exc.strerror})") from None


_SHOWN = ("target_caseload", "fte_needed", "extra_fte", "cost_per_year", "savings_per_year", "net_per_year",
          "net_cumulative", "break_even_placements", "break_even_pct", "payback_year")  # fmt: skip


def _render_scenario(payload: dict[str, Any], lang: Language) -> str:
    labels = column_labels(lang)
    columns = [c for c in _SHOWN if any(row.get(c) is not None for row in payload["rows"])]
    cells = [[labels[c] for c in columns]]
    for row in payload["rows"]:
        cells.append(["–" if row[c] is None else format_number(row[c], lang) for c in columns])
    widths = [max(len(r[i]) for r in cells) for i in range(len(columns))]
    lines = ["  ".join(v.rjust(w) for v, w in zip(r, widths, strict=True)) for r in cells]
    sources = [
        f"{k}: {v['doc_id']} «{v['quote']}»" for k, v in payload["inputs"].items() if v["origin"] == "source"
    ]
    foot = ("Kilder: " if lang == "da" else "Sources: ") + "; ".join(sources) if sources else ""
    written = payload.get("written")
    return "\n".join(lines + ([foot] if foot else []) + ([f"→ {written}"] if written else []))


@calc_app.command("presets")
def presets_cmd(lang: str = LangOpt, as_json: bool = JsonOpt) -> None:
    """The cited defaults and presets the calculator offers, with their documents."""
    language = _language(lang)
    presets = load_presets(load_settings().presets_path)
    payload = {
        "values": {k: v.model_dump() for k, v in presets.values.items()},
        "presets": {k: v.model_dump() for k, v in presets.presets.items()},
    }

    def render(_: Any) -> str:
        lines = [
            f"{v.key:32} {format_number(v.value, language):>12}  {v.doc_id}" for v in presets.values.values()
        ]
        lines += [f"preset {p.key}: {p.label.get(language, '')}" for p in presets.presets.values()]
        return "\n".join(lines)

    emit(payload, as_json, render)
