"""Builds the comparison answer from ranked register records and retrieved passages.

Kept apart from ``precedents`` (which owns the register and the public entry point) so each stays
short. Every statement and figure gets a citation through the caller's ``cite``; a record whose quote
the caller cannot cite (its document is not in this index) is left out rather than shown unsourced.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from assistant import municipalities
from assistant.answers import comparison_text as ct
from assistant.answers.precedents import (
    LISTING,
    ComparisonAnswer,
    Figure,
    Precedent,
    is_comparison_question,
    my_municipality_in,
    rank,
    select,
    topics_in,
)
from assistant.errors import AssistantError
from assistant.i18n import source_label
from assistant.ingest.spans import sentence_spans
from assistant.models import Hit, Language

MAX_CONFLICTS_PER_MUNICIPALITY = 2
MAX_PASSAGE_ROWS = 4
MAX_SUMMARY_LINES = 6
MAX_QUOTE_CHARS = 220


@dataclass
class _Builder:
    language: Language
    cite: Callable[[str, str], int]
    my: str | None
    comparables: list[str]
    rows: list[dict[str, object]] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    _seen: set[tuple[str, str]] = field(default_factory=set)

    def __post_init__(self) -> None:
        self._named_cite = _accepts_municipality(self.cite)

    def _cite(self, doc_id: str, quote: str, municipality: str | None = None) -> int | None:
        try:
            if municipality and self._named_cite:
                # A blog about Herning also reports Vejle: the citation should say whose figure it is.
                return self.cite(doc_id, quote, municipality=municipality)  # type: ignore[call-arg]
            return self.cite(doc_id, quote)
        except AssistantError:  # the document is not in this index: leave the claim out
            return None

    def _relation(self, name: str) -> str | None:
        return "own" if name == self.my else "comparable" if name in self.comparables else None

    def add_record(self, rec: Precedent) -> None:
        where = rec.municipality
        n_measure = self._cite(rec.doc_id, rec.quote, where)
        if n_measure is None:
            return
        n_outcome = self._cite(rec.doc_id, rec.outcome_quote, where) if rec.outcome_quote else n_measure
        n_outcome = n_outcome or n_measure
        figures: list[dict[str, object]] = []
        for fig in rec.figures:
            n = self._cite(fig.doc_id or rec.doc_id, fig.quote, where)
            if n is not None:
                figures.append(_figure_row(fig, n, self.language))
        citations = [n_measure, n_outcome, *(int(f["citation"]) for f in figures)]  # type: ignore[call-overload]
        self.rows.append(
            {
                "municipality": rec.municipality,
                "period": rec.say("period", self.language),
                "measure": f"{rec.say('measure', self.language)} [{n_measure}]",
                "result": f"{rec.say('outcome', self.language)} [{n_outcome}]",
                "figures": figures,
                "source_type": rec.source_type,
                "citations": list(dict.fromkeys(citations)),
                "doc_id": rec.doc_id,
                "record_id": rec.id,
                "status": rec.status,
                "origin": "register",
                "relation": self._relation(rec.municipality),
                "conflicts": [],
            }
        )

    def add_passages(self, hits: Sequence[Hit], topics: Sequence[str], register: Sequence[Precedent]) -> None:
        """Passages disagreeing with a shown record, and passages on municipalities not in the register."""
        by_municipality: dict[str, list[Precedent]] = {}
        for rec in register:
            by_municipality.setdefault(rec.municipality, []).append(rec)
        shown = {str(r["municipality"]) for r in self.rows}
        for hit in hits:
            chunk = hit.chunk
            for span in sentence_spans(chunk.text):
                sentence = chunk.text[span.start : span.end]
                figures = ct.passage_figures(sentence)
                if not figures or (chunk.doc_id, sentence) in self._seen:
                    continue
                named = municipalities.find_mentions(sentence)
                about = named or (chunk.municipalities if len(chunk.municipalities) == 1 else [])
                for name in about:
                    records = by_municipality.get(name)
                    if records is None:
                        if not topics or set(topics) & set(topics_in(sentence)):
                            self._passage_row(name, hit, sentence, figures)
                    elif name in shown and chunk.doc_id not in _source_docs(records):
                        self._conflict(name, hit, sentence, figures, records)

    def _passage_row(self, name: str, hit: Hit, sentence: str, figures: list[ct.PassageFigure]) -> None:
        if sum(1 for r in self.rows if r["origin"] == "passage") >= MAX_PASSAGE_ROWS:
            return
        n = self._cite(hit.chunk.doc_id, sentence, name)
        if n is None:
            return
        self._seen.add((hit.chunk.doc_id, sentence))
        self.rows.append(_passage(name, hit, sentence, figures, n, self.language, self._relation(name)))

    def _conflict(
        self, name: str, hit: Hit, sentence: str, figures: list[ct.PassageFigure], records: list[Precedent]
    ) -> None:
        pairs = [(rec, fig) for rec in records for fig in rec.figures]
        kinds = {fig.kind for _, fig in pairs}
        differing = [
            p
            for p in figures
            if p.kind in kinds and not any(fig.matches(p.kind, p.value) for _, fig in pairs)
        ]
        already = sum(1 for r in self.rows if r["origin"] == "passage" and r["municipality"] == name)
        if not differing or already >= MAX_CONFLICTS_PER_MUNICIPALITY:
            return
        n = self._cite(hit.chunk.doc_id, sentence, name)
        if n is None:
            return
        self._seen.add((hit.chunk.doc_id, sentence))
        wanted = {p.kind for p in differing}
        register_side = []
        for rec, fig in pairs:
            m = self._cite(fig.doc_id or rec.doc_id, fig.quote, name) if fig.kind in wanted else None
            if m is not None:
                register_side.append(f"{fig.display(self.language)} [{m}]")
        row = _passage(name, hit, sentence, differing, n, self.language, self._relation(name))
        row["conflicts_with"] = register_side
        row["result"] = ct.phrase("differs", self.language)
        last = max(i for i, r in enumerate(self.rows) if r["municipality"] == name)
        self.rows.insert(last + 1, row)  # beside the record it disagrees with
        note = ct.phrase(
            "conflict",
            self.language,
            m=name,
            reg="; ".join(register_side),
            quote=_short(sentence),
            cit=f"[{n}]",
        )
        self.conflicts.append(note)
        for reg_row in self.rows:
            if reg_row["municipality"] == name and reg_row["origin"] == "register":
                reg_row["conflicts"].append(note)  # type: ignore[attr-defined]
                break


def _accepts_municipality(cite: Callable[..., int]) -> bool:
    """Whether ``cite`` takes ``municipality=`` (CitationBook.cite does; the minimal contract does not)."""
    try:
        params = inspect.signature(cite).parameters.values()
    except (TypeError, ValueError):
        return False
    return any(p.name == "municipality" or p.kind is inspect.Parameter.VAR_KEYWORD for p in params)


def _source_docs(records: Sequence[Precedent]) -> set[str]:
    """Documents the register already reads for a municipality; their figures are curated, not conflicts."""
    return {rec.doc_id for rec in records} | {f.doc_id for rec in records for f in rec.figures if f.doc_id}


def _short(text: str) -> str:
    return text if len(text) <= MAX_QUOTE_CHARS else text[: MAX_QUOTE_CHARS - 1].rstrip() + "…"


def _figure_row(fig: Figure, n: int, language: Language) -> dict[str, object]:
    return {
        "label": fig.label if language == "da" else fig.label_en,
        "value": fig.value,
        "value_to": fig.value_to,
        "unit": fig.unit if language == "da" else fig.unit_en,
        "quote": fig.quote,
        "citation": n,
        "text": f"{fig.display(language)} [{n}]",
    }


def _passage(
    name: str,
    hit: Hit,
    sentence: str,
    figures: Sequence[ct.PassageFigure],
    n: int,
    language: Language,
    relation: str | None,
) -> dict[str, object]:
    chunk = hit.chunk
    return {
        "municipality": name,
        "period": str(chunk.date.year) if chunk.date else "",
        "measure": ct.phrase("passage_measure", language, quote=_short(sentence)) + f" [{n}]",
        "result": ct.phrase("passage_result", language),
        "figures": [
            {
                "label": "",
                "value": p.value,
                "value_to": None,
                "unit": p.kind,
                "quote": sentence,
                "citation": n,
                "text": f"{p.text} [{n}]",
            }
            for p in figures
        ],
        "source_type": chunk.source_type,
        "citations": [n],
        "doc_id": chunk.doc_id,
        "record_id": None,
        "status": "passage",
        "origin": "passage",
        "relation": relation,
        "conflicts": [],
    }


def _municipality_cell(row: dict[str, object], language: Language) -> str:
    name = str(row["municipality"])
    relation = row.get("relation")
    return f"{name} ({ct.phrase(str(relation), language)})" if relation else name


def _table(rows: Sequence[dict[str, object]], language: Language) -> str:
    body: list[list[str]] = []
    named_only = [r for r in rows if r["status"] == "named_only"]
    for row in rows:
        if row["status"] == "named_only":
            continue
        figures = "; ".join(str(f["text"]) for f in row["figures"]) or "–"  # type: ignore[attr-defined]
        body.append(
            [
                _municipality_cell(row, language),
                str(row["period"]),
                str(row["measure"]),
                str(row["result"]),
                figures,
                source_label(str(row["source_type"]), language),
                ct.marker(row["citations"]),  # type: ignore[arg-type]
            ]
        )
    if named_only:
        first = named_only[0]
        citations = [n for r in named_only for n in r["citations"]]  # type: ignore[attr-defined]
        body.append(
            [
                ", ".join(_municipality_cell(r, language) for r in named_only),
                str(first["period"]),
                str(first["measure"]),
                str(first["result"]),
                "–",
                source_label(str(first["source_type"]), language),
                ct.marker(citations),
            ]
        )
    return ct.markdown_table(ct.headers(language), body)


def _summary(b: _Builder, topics: Sequence[str], named: Sequence[str]) -> list[str]:
    lang = b.language
    documented = [r for r in b.rows if r["status"] not in ("named_only", "passage")]
    names = list(dict.fromkeys(str(r["municipality"]) for r in b.rows))
    acting = {str(r["municipality"]) for r in b.rows if r["status"] != "named_only"}
    lines = [ct.phrase("lead", lang, n=len(acting), topic=ct.topic_phrase(topics, lang))]
    if b.my:
        lines.append(_comparables_line(b, topics))
    for row in documented[:MAX_SUMMARY_LINES]:
        lines.append(f"- **{row['municipality']}** ({row['period']}): {row['measure']} {row['result']}")
    only_named = [r for r in b.rows if r["status"] == "named_only"]
    if only_named:
        listed = ct.join_names([str(r["municipality"]) for r in only_named], lang)
        cites = ct.marker([n for r in only_named for n in r["citations"]])  # type: ignore[attr-defined]
        lines.append("- " + ct.phrase("named_only", lang, names=listed) + f" {cites}")
    lines += [f"- {note}" for note in b.conflicts]
    missing = [m for m in named if m not in names]
    if missing:
        lines.append("- " + ct.phrase("none_named", lang, names=ct.join_names(missing, lang)))
    return lines


def _comparables_line(b: _Builder, topics: Sequence[str]) -> str:
    lang = b.language
    table = municipalities.load_table()
    year = next((m.population_year for m in table if m.name == b.my and m.population_year), "")
    line = ct.phrase("comparables", lang, my=b.my, year=year, names=ct.join_names(b.comparables, lang))
    with_precedent = {str(r["municipality"]) for r in b.rows if r["status"] not in ("named_only", "passage")}
    named_only = {str(r["municipality"]) for r in b.rows if r["status"] == "named_only"}
    only = " (kun nævnt)" if lang == "da" else " (only named)"
    without = [c + (only if c in named_only else "") for c in b.comparables if c not in with_precedent]
    if without:
        topic = ct.topic_phrase(topics, lang)
        return line + " " + ct.phrase("no_precedent", lang, topic=topic, names=ct.join_names(without, lang))
    return line + " " + ct.phrase("all_documented", lang)


def build_answer(
    language: Language,
    cite: Callable[[str, str], int],
    ranked: Sequence[Precedent],
    register: Sequence[Precedent],
    hits: Sequence[Hit],
    topics: Sequence[str],
    named: Sequence[str],
    my: str | None,
    comparables: Sequence[str],
) -> ComparisonAnswer | None:
    """Rows from the ranked records, then from passages; None when nothing citable is left."""
    builder = _Builder(language, cite, my, list(comparables))
    for rec in ranked:
        builder.add_record(rec)
    builder.add_passages(hits, topics, register)
    if not builder.rows:
        return None
    text = "\n".join([*_summary(builder, topics, named), "", _table(builder.rows, language)])
    names = list(dict.fromkeys(str(r["municipality"]) for r in builder.rows))
    return ComparisonAnswer(text=text, rows=builder.rows, municipalities=names)


def answer_comparison(
    question: str,
    language: Literal["da", "en"],
    hits: list[Hit],
    my_municipality: str | None,
    cite: Callable[[str, str], int],
    *,
    register: Sequence[Precedent],
    mentioned: Sequence[str] | None = None,
) -> ComparisonAnswer | None:
    """Summary plus a table of precedents, comparables of ``my_municipality`` first; None if nothing fits.

    ``cite(doc_id, quote)`` registers a verbatim quote and returns its number; every statement and
    figure in the text carries one. ``register`` is read by the caller from ``Settings.register_path``.
    """
    if not is_comparison_question(question):
        return None
    records = list(register)
    my = municipalities.resolve(my_municipality) if my_municipality else my_municipality_in(question)
    listing = bool(LISTING.search(question))
    if mentioned is None:  # the answer path passes the Query's names, read once and in any case
        mentioned = municipalities.find_mentions(question)
    named = [] if listing else [m for m in mentioned if m != my]
    topics = topics_in(question)
    comparables = [c.name for c in municipalities.comparable(my)] if my else []
    ranked = rank(select(records, topics, named), my, comparables)
    return build_answer(language, cite, ranked, records, hits, topics, named, my, comparables)
