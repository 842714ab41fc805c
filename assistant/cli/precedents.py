"""``assistant comparable`` and ``assistant precedents``: similar municipalities and what was tried where."""

from __future__ import annotations

from typing import Any

import typer

from assistant import municipalities
from assistant.answers.comparison_text import markdown_table
from assistant.answers.precedents import (
    Precedent,
    comparable_precedents,
    filter_records,
    load_register,
)
from assistant.answers.precedents import timeline as build_timeline
from assistant.cli.app import JsonOpt, app, emit
from assistant.config import load_settings
from assistant.errors import InputError
from assistant.i18n import source_label
from assistant.models import Language

LangOpt = typer.Option("da", "--lang", help="Language of measures and outcomes: da or en.")


def _language(value: str) -> Language:
    if value not in ("da", "en"):
        raise InputError(f"--lang '{value}': use da or en")
    return value  # type: ignore[return-value]


@app.command()
def comparable(
    municipality: str = typer.Argument(
        ..., help="Municipality name, any spelling ('Rodovre', 'Københavns Kommune')."
    ),
    n: int = typer.Option(8, "--n", help="How many comparable municipalities to list."),
    by: str = typer.Option(
        "population,region",
        "--by",
        help="Comma-separated criteria: population, region, extras or an extra column.",
    ),
    as_json: bool = JsonOpt,
) -> None:
    """The most similar municipalities, the similarity measure, and which have precedents."""
    settings = load_settings()
    criteria = [c.strip() for c in by.split(",") if c.strip()]
    csv = settings.municipalities_csv
    name = municipalities.resolve(municipality)
    target = next((m for m in municipalities.load_table(csv) if m.name == name), None)
    if target is None:
        raise InputError(f"{name} is not in {csv}")
    pairs = comparable_precedents(name, load_register(settings.register_path), n=n, by=criteria, csv=csv)
    rows = [
        {
            **c.to_dict(),
            "precedents": [r.id for r in recs],
            "documented": any(r.documented for r in recs),
        }
        for c, recs in pairs
    ]
    payload = {
        "municipality": target.name,
        "region": target.region,
        "population": target.population,
        "population_year": target.population_year,
        "criteria": list(pairs[0][0].distances) if pairs else criteria,
        "source": str(csv),
        "comparables": rows,
        "with_precedents": [r["name"] for r in rows if r["precedents"]],
        "without_precedents": [r["name"] for r in rows if not r["precedents"]],
    }
    emit(payload, as_json, _render_comparables)


def _render_comparables(p: dict[str, Any]) -> str:
    head = (
        f"{p['municipality']} ({p['region']}, population {p['population']:,} in {p['population_year']}); "
        f"criteria: {', '.join(p['criteria'])}; lower distance = more similar"
    )
    body = [
        [
            r["name"],
            f"{r['population']:,}" if r["population"] else "-",
            f"{r['distance']:.3f}",
            r["similarity"],
            ", ".join(r["precedents"]) or "-",
        ]
        for r in p["comparables"]
    ]
    table = markdown_table(("Municipality", "Population", "Distance", "Similarity", "Precedents"), body)
    missing = ", ".join(p["without_precedents"]) or "none"
    return f"{head}\n\n{table}\n\nNo documented precedent: {missing}\nSource: {p['source']}"


def _figures(rec: Precedent, lang: Language) -> str:
    return "; ".join(f.display(lang) for f in rec.figures) or "-"


@app.command()
def precedents(
    municipality: str = typer.Option(None, "--municipality", help="Only this municipality (any spelling)."),
    topic: str = typer.Option(
        None, "--topic", help="caseload, prevention, recovery, hiring, budget, quality or placements."
    ),
    lang: str = LangOpt,
    as_json: bool = JsonOpt,
) -> None:
    """The precedent register as a table, with a cited timeline per municipality."""
    settings = load_settings()
    language = _language(lang)
    records = filter_records(load_register(settings.register_path), municipality, topic)
    timeline = {
        name: [
            {
                "year": r.year,
                "period": r.say("period", language),
                "measure": r.say("measure", language),
                "status": r.status,
                "record_id": r.id,
                "doc_id": r.doc_id,
                "quote": r.quote,
            }
            for r in recs
        ]
        for name, recs in build_timeline(records).items()
    }
    payload = {
        "filters": {"municipality": municipality, "topic": topic},
        "count": len(records),
        "records": [{**r.model_dump(mode="json"), "topics": list(r.topics)} for r in records],
        "timeline": timeline,
        "language": language,
    }
    emit(payload, as_json, _render_precedents)


def _render_precedents(p: dict[str, Any]) -> str:
    language: Language = p["language"]
    records = [Precedent.model_validate({k: v for k, v in r.items() if k != "topics"}) for r in p["records"]]
    if not records:
        return "No precedents match."
    body = [
        [
            r.municipality,
            r.say("period", language),
            r.say("measure", language),
            r.say("outcome", language),
            _figures(r, language),
            source_label(r.source_type, language),
            r.doc_id,
        ]
        for r in records
    ]
    headers = ("Municipality", "Period", "Measure", "Outcome", "Figures", "Source type", "Document")
    lines = [f"{p['count']} precedents", "", markdown_table(headers, body), "", "Timeline per municipality:"]
    for name, points in p["timeline"].items():
        lines.append(f"{name}:")
        for point in points:
            lines.append(f"  {point['year']}  {point['measure']} ({point['status']}; {point['doc_id']})")
            lines.append(f"        «{point['quote']}»")
    return "\n".join(lines)
