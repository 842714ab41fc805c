"""``assistant calc ...``: the caseload calculator on the command line (no index needed).

Numbers are read the way people write them ("1.050", "650.000", "4,4 mio."), see ``numbers.parse_number``
with no language: a single separator followed by exactly three digits groups thousands. Inputs typed
here are marked ``user``; values from ``--preset`` are marked ``source`` with their document and quote.
``--json`` prints the one ``models.Calculation`` that ``ask --json`` carries (``calc.records`` builds it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from assistant.calc import formulas as calc
from assistant.calc import records
from assistant.calc.fields import FieldError
from assistant.calc.labels import output_label
from assistant.calc.presets import load_presets
from assistant.calc.table import column_labels, table_csv, table_excel
from assistant.cli.app import JsonOpt, app, emit
from assistant.config import load_settings
from assistant.errors import InputError
from assistant.models import CalcInput, Language
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
    except FieldError as exc:
        raise InputError(f"--{exc.field.replace('_', '-')}: {exc.describe('en')}") from None


@calc_app.command("caseload")
def caseload_cmd(
    cases: str = CasesOpt, fte: str = FteOpt, lang: str = LangOpt, as_json: bool = JsonOpt
) -> None:
    """Cases per social worker: cases / FTE."""
    language = _language(lang)
    c, f = _num(cases, "--cases"), _num(fte, "--fte")
    record = _run(records.caseload_record, c, f, language)
    load = record.outputs["caseload"]
    n = lambda v: format_number(v, language)  # noqa: E731
    text = {
        "da": f"Sagstal: {n(load)} sager pr. rådgiver ({n(c or 0)} ÷ {n(f or 0)})",
        "en": f"Caseload: {n(load)} cases per social worker ({n(c or 0)} ÷ {n(f or 0)})",
    }[language]
    emit(record, as_json, lambda _: text)


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
    record = _run(records.staffing_record, c, f, t, cost, language)
    emit(record, as_json, lambda r: _render_outputs(r.outputs, language))


def _render_outputs(outputs: dict[str, float], lang: Language) -> str:
    rows = [(output_label(k, lang), format_number(v, lang)) for k, v in outputs.items()]
    width = max(len(label) for label, _ in rows)
    return "\n".join(f"{label:<{width}}  {value:>14}" for label, value in rows)


def _preset_values(names: list[str]) -> dict[str, CalcInput]:
    """Inputs from ``--preset`` names, each with its document and quote (origin "assumption" when the
    quote states another quantity than the one the value is used for)."""
    presets = load_presets(load_settings().presets_path)
    return {field: records.cited(field, value) for name in names for field, value in presets.resolve(name).items()}


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
    typed = records.typed(**{k: _num(v, "--" + k.replace("_", "-")) for k, v in options.items()})
    fields = records.SAVINGS_FIELDS
    inputs = {**{k: v for k, v in cited.items() if k in fields}, **typed}  # typed values win
    preset_targets = [v.value for k, v in cited.items() if k in ("target", "target_low")]
    table, record = _run(records.scenario_record, inputs, _targets(targets, preset_targets), years, ramp_years)
    if out is not None:
        _write(table, out, language)
    # The record, and where the table was written (a file is the command's business, not the calculation's).
    payload = {**record.model_dump(mode="json"), "written": str(out) if out else None}
    emit(payload, as_json, lambda p: _render_scenario(p, language))


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
