"""Background notes as sourced facts: every paragraph names its own source, "Kilde:" lines are metadata.

Done when (issue 14): no answer contains a "Kilde:" line as a statement; every citation of a background
note names its original source; the note is labelled "baggrundsnote (sammenfattet af projektet)", never
"vejledning".
"""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import docx
import pytest
from conftest import REPO

from assistant.answers import export
from assistant.answers.citations import CitationBook, source_kind
from assistant.errors import InputError
from assistant.evals.metrics import EvalCase, sources
from assistant.ingest.facts import split_facts
from assistant.ingest.read import read_document
from assistant.models import Answer, Citation
from assistant.service import Assistant

GUIDANCE = sorted((REPO / "knowledge" / "guidance").glob("*.md"))
# The word a background note must never be labelled with (its file ids start with it; those are not labels).
VEJLEDNING_LABEL = re.compile(r"\((?:vejledning|guidance)[,)]|\bvejledning\b(?!-)", re.I)


def test_a_mapping_marker_becomes_the_paragraphs_source() -> None:
    text = (
        "Titel\n\nFørste afsnit om DS.\n"
        'Kilde: {by: "Dansk Socialrådgiverforening", date: "2020-04", url: "https://socialraadgiverne.dk", '
        "source: \"DS, 'Nye vejledende sagstal'\"}\n\nAndet afsnit.\nKilde: KORA, april 2015\n"
    )
    body, facts = split_facts(text, "note.md", plain=True)
    assert "Kilde" not in body
    assert [body[f.start : f.end] for f in facts] == ["Første afsnit om DS.", "Andet afsnit."]
    assert facts[0].cite_as() == "Dansk Socialrådgiverforening, 2020"
    assert facts[0].url == "https://socialraadgiverne.dk"
    assert facts[1].cite_as() == "KORA, april 2015" and facts[1].year is None


def test_plain_kilde_lines_outside_background_notes_are_left_alone() -> None:
    text = "Et afsnit.\nKilde: Bilag 1 (Vejle.dk)\n"
    assert split_facts(text, "seed.md") == (text, [])


@pytest.mark.parametrize("marker", ["Kilde: {by: DS}", "Kilde: {source: x, year: 2020}", "Kilde: {source: [unclosed"])
def test_a_broken_marker_names_the_file(marker: str) -> None:
    with pytest.raises(InputError, match=r"note\.md"):
        split_facts(f"Afsnit.\n{marker}\n", "note.md")


@pytest.mark.parametrize("path", GUIDANCE, ids=lambda p: p.stem)
def test_every_paragraph_of_a_background_note_has_its_own_source(path: Path) -> None:
    doc = read_document(path)
    assert "Kilde:" not in doc.text  # metadata, never indexed text
    paragraphs = [p for p in doc.text.strip().split("\n\n")][1:]  # the first paragraph is the title
    assert len(doc.facts) == len(paragraphs)
    for fact, para in zip(doc.facts, paragraphs, strict=True):
        assert doc.text[fact.start : fact.end] == para.strip()
        assert fact.by and fact.source
        assert fact.date == "" or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", fact.date)
        assert fact.url is None or fact.url.startswith("https://")


def test_the_words_of_the_notes_paragraphs_are_unchanged() -> None:
    for path in GUIDANCE:
        raw = path.read_text(encoding="utf-8")
        doc = read_document(path)
        for fact in doc.facts:
            assert doc.text[fact.start : fact.end] in raw


def test_a_citation_of_a_note_names_the_original_source() -> None:
    doc = read_document(REPO / "knowledge" / "guidance" / "vejledning-ds-sagstal.md")
    book = CitationBook({doc.meta.id: doc})
    quote = "I 2020 sænkede DS' bestyrelse det vejledende sagstal på børne- og familieområdet"
    cit = book.citations[book.cite(doc.meta.id, quote) - 1]
    assert cit.original == "Dansk Socialrådgiverforening, 2020"
    assert "socialraadgiverne.dk" in (cit.original_source or "") and cit.url == "https://socialraadgiverne.dk"
    note_da = "baggrundsnote (sammenfattet af projektet)"
    assert source_kind(cit, "da") == f"Dansk Socialrådgiverforening, 2020; {note_da}"
    assert source_kind(cit, "en") == "Dansk Socialrådgiverforening, 2020; background note (compiled)"


@pytest.mark.parametrize(
    "question",
    [
        "Hvad er Dansk Socialrådgiverforenings vejledende sagstal?",
        "What does DS recommend as caseload?",
        "Hvad ændrer Barnets Lov?",
        "Hvad koster en anbringelse i en plejefamilie?",
        "Hvad har Ankestyrelsen fundet i børnesagerne?",
    ],
)
def test_answers_cite_notes_by_their_original_source(kb_service: Assistant, question: str) -> None:
    answer = kb_service.ask(question)
    notes = [c for c in answer.citations if c.source_type == "guidance"]
    assert notes, answer.answer
    for cit in notes:
        assert cit.original, cit
        # a statement's label "(original; …)", or a disputed figure's line "… — who gave it [n]"
        disputed = [v.by for d in answer.disagreements for v in d.values if v.citation == cit.id]
        assert f"({cit.original}; " in answer.answer or any(f"— {by} [{cit.id}]" in answer.answer for by in disputed)
    assert not VEJLEDNING_LABEL.search(answer.answer), answer.answer
    assert "Kilde:" not in answer.answer


def test_the_sources_metric_fails_a_kilde_line_and_an_unsourced_note() -> None:
    """Every eval question is checked for this by the ``sources`` metric (gated at 1 in ``make eval``);
    here the metric itself must fail on each fault and pass the clean answer."""
    case = EvalCase(id="x", question="Hvad anbefaler DS?", lang="da", kind="lookup")
    clean = _note_answer()
    assert sources(case, clean) == (1.0, "ok")
    quoted = clean.model_copy(update={"answer": clean.answer.replace("«…»", "«Kilde: DS»")})
    assert sources(case, quoted)[0] == 0.0  # type: ignore[index]
    bare = clean.citations[0].model_copy(update={"original": None})
    assert sources(case, clean.model_copy(update={"citations": [bare]}))[0] == 0.0  # type: ignore[index]
    kilde = clean.citations[0].model_copy(update={"quote": "Kilde: DS 2020"})
    assert sources(case, clean.model_copy(update={"citations": [kilde]}))[0] == 0.0  # type: ignore[index]


def _note_answer() -> Answer:
    cit = Citation(
        id=1, doc_id="vejledning-ds-sagstal", title="Dansk Socialrådgiverforenings vejledende sagstal",
        municipality=None, date=dt.date(2023, 1, 1), source_type="guidance",
        quote="I 2020 sænkede DS' bestyrelse det vejledende sagstal", source="Samlet af projektet",
        original="Dansk Socialrådgiverforening, 2020", original_source="DS, 'DS' vejledende sagstal'",
        url="https://socialraadgiverne.dk",
    )  # fmt: skip
    text = "Det siger kilderne:\n- **Generelt** (Dansk Socialrådgiverforening, 2020; baggrundsnote): «…» [1]"
    return Answer(question="Hvad anbefaler DS?", answer=text, abstained=False, language="da", citations=[cit])


def test_the_briefing_note_names_the_original_source() -> None:
    answer = _note_answer()
    line = export.citation_line(answer.citations[0], "da")
    assert line.startswith("[1] Dansk Socialrådgiverforening, 2020. Generelt. ")
    assert "baggrundsnote (sammenfattet af projektet): Dansk Socialrådgiverforenings vejledende sagstal" in line
    assert "DS, 'DS' vejledende sagstal'" in line and "https://socialraadgiverne.dk" in line
    markdown = export.briefing_markdown([answer], "da", today=dt.date(2025, 3, 4))
    assert "vejledning," not in markdown and "Dansk Socialrådgiverforening, 2020" in markdown
    word = docx.Document(io.BytesIO(export.briefing_docx([answer], "en", today=dt.date(2025, 3, 4))))
    text = "\n".join(p.text for p in word.paragraphs)
    assert "[1] Dansk Socialrådgiverforening, 2020. General. background note (compiled)" in text


def test_a_whole_chunk_cited_by_an_llm_answer_gets_its_original_source() -> None:
    doc = read_document(REPO / "knowledge" / "guidance" / "vejledning-anbringelsesudgifter-2019.md")
    first = doc.text[: doc.facts[0].end]  # the note's title and its first paragraph, as an LLM cites a chunk
    cit = Citation(
        id=1, doc_id=doc.meta.id, title=doc.meta.title, municipality=None, date=doc.meta.date,
        source_type="guidance", quote=first, source=doc.meta.source,
    )  # fmt: skip
    book = CitationBook.resume({doc.meta.id: doc}, [cit])
    assert book.citations[0].original == "Social- og Indenrigsministeriets Benchmarkingenhed, 2020"
    assert book.cite(doc.meta.id, first) == 1  # the same quote keeps its number
    assert book.cite(doc.meta.id, "Tallene er landsgennemsnit for 2019") == 2
