"""Briefing notes: the same question, answer, figures and full citations in Markdown and in DOCX."""

from __future__ import annotations

import datetime as dt
import io

import docx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.answers import export
from assistant.models import Answer, CalcInput, Calculation, Citation
from assistant.service import Assistant

DAY = dt.date(2025, 3, 4)


def _citation(n: int, quote: str, **extra: object) -> Citation:
    data: dict[str, object] = {
        "id": n, "doc_id": f"doc-{n}", "title": f"Titel {n}", "municipality": "Herning",
        "date": dt.date(2015, 5, 21), "source_type": "blog_opinion", "quote": quote, "source": "DR P1",
    }
    data.update(extra)
    return Citation.model_validate(data)


@pytest.fixture
def answer() -> Answer:
    quote = "Socialrådgiverne er gået fra 40 til 50 sager til 24 sager i Herning kommune i 2015."
    return Answer(
        question="Hvor mange sager havde socialrådgiverne i Herning?",
        answer=f"Det siger kilderne:\n- **Herning** (blog/debatindlæg, 2015): «{quote}» [1]",
        abstained=False,
        language="da",
        citations=[_citation(1, quote), _citation(2, "Udgiften var 4,4 mio. kr. | pr. år", municipality=None,
                                                   date=None, source_type="guidance")],
    )


@pytest.fixture
def calc_answer() -> Answer:
    calc = Calculation(
        kind="staffing",
        inputs={
            "cases": CalcInput(value=600, origin="question", label="Antal sager"),
            "target": CalcInput(value=24, origin="source", citation=1, label="Sagstal"),
            "cost_per_fte": CalcInput(value=650000, origin="assumption", label="Udgift pr. årsværk"),
        },
        outputs={"fte_needed": 25, "cost_per_year": 16250000},
        formula="fte_needed = ceil(cases / target)",
    )
    return Answer(
        question="Hvor mange rådgivere kræver 600 sager?", answer="Der skal bruges 25 årsværk [1].",
        abstained=False, language="da", calculation=calc,
        citations=[_citation(1, "24 sager i Herning kommune")],
    )


def _docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [" | ".join(c.text for c in row.cells) for row in table.rows]
    return "\n".join(parts)


def test_markdown_note_has_question_answer_figures_and_full_citations(answer: Answer) -> None:
    text = export.briefing_markdown([answer], "da", today=DAY)
    assert text.startswith("# Briefingnotat til budgetdebatten")
    assert "Udarbejdet 04.03.2025" in text
    assert "## 1. Hvor mange sager havde socialrådgiverne i Herning?" in text
    assert "**Herning** (blog/debatindlæg, 2015)" in text
    # Figures as the quote writes them; the year is not a figure.
    assert "| 24 | " in text and "| 40 | " in text and "| 2015 |" not in text
    assert "| 4,4 mio. kr. |" in text and "\\| pr. år" in text  # a pipe in a quote cannot break the table
    assert "[1] Titel 1. Herning, 21.05.2015, blog/debatindlæg. Oprindelse: DR P1" in text
    assert "[2] Titel 2. Generelt, uden dato, baggrundsnote (sammenfattet af projektet)." in text
    assert "vejledning" not in text and "doc-1" not in text
    assert "> Socialrådgiverne er gået fra 40 til 50 sager" in text


def test_docx_note_carries_the_same_content(answer: Answer) -> None:
    text = _docx_text(export.briefing_docx([answer], "da", today=DAY))
    assert "Briefingnotat til budgetdebatten" in text
    assert "1. Hvor mange sager havde socialrådgiverne i Herning?" in text
    assert "Herning (blog/debatindlæg, 2015): «Socialrådgiverne" in text and "**" not in text
    assert "Tal | Sammenhæng | Kilde" in text and "24 | " in text
    assert "Dokument-id" not in text and "doc-1" not in text and "«Udgiften var 4,4 mio. kr. | pr. år»" in text


def test_english_note_uses_english_labels_and_iso_dates(answer: Answer) -> None:
    text = export.briefing_markdown([answer], "en", today=DAY)
    assert "# Briefing note for the budget debate" in text and "Prepared 2025-03-04" in text
    assert "Herning, 2015-05-21, blog opinion. Origin: DR P1" in text
    name = export.filename([answer], "en", "docx")
    assert name == "briefing-note-hvor-mange-sager-havde-socialraadgiverne.docx"


def test_calculation_note_shows_inputs_with_origin_outputs_and_formula(calc_answer: Answer) -> None:
    rows = export.figures(calc_answer, "da")
    assert ("600", "Antal sager", "fra spørgsmålet") in [(r.figure, r.context, r.source) for r in rows]
    assert ("24", "Sagstal", "[1]") in [(r.figure, r.context, r.source) for r in rows]
    assert ("650.000", "Udgift pr. årsværk", "antagelse") in [(r.figure, r.context, r.source) for r in rows]
    assert ("16.250.000", "Udgift pr. år", "beregnet") in [(r.figure, r.context, r.source) for r in rows]
    text = _docx_text(export.briefing_docx([calc_answer], "da", today=DAY))
    assert "Formel: fte_needed = ceil(cases / target)" in text
    assert "`fte_needed = ceil(cases / target)`" in export.briefing_markdown([calc_answer], "da", today=DAY)


def test_abstention_and_several_answers_in_one_note(answer: Answer) -> None:
    none = Answer(question="Hvordan bliver vejret?", answer="Ingen kilde i vidensbasen dækker spørgsmålet.",
                  abstained=True, language="da")
    text = export.briefing_markdown([answer, none], "da", today=DAY)
    assert "## 1. Hvor mange" in text and "## 2. Hvordan bliver vejret?" in text
    assert "**Ingen kilde dækker spørgsmålet.**" in text
    docx_text = _docx_text(export.briefing_docx([answer, none], "da", today=DAY))
    assert "2. Hvordan bliver vejret?" in docx_text and "Ingen kilde dækker spørgsmålet." in docx_text


def test_a_real_answer_exports_its_figure(kb_service: Assistant) -> None:
    real = kb_service.ask("Hvor mange sager havde socialrådgiverne i Herning, før de fik lavere sagstal?")
    text = _docx_text(export.briefing_docx([real], "da"))
    assert "24" in text
    for cit in real.citations:
        assert " ".join(cit.quote.split()) in text
        assert cit.quote in kb_service.index.snapshot().docs[cit.doc_id].text


@given(st.text(min_size=1, max_size=120))
def test_every_figure_row_is_a_figure_of_its_quote(quote: str) -> None:
    cit = _citation(1, quote)
    for row in export.figures(Answer(question="q", answer="a", abstained=False, language="da",
                                     citations=[cit]), "da"):
        assert row.figure in quote and row.source == "[1]"
        assert " ".join(row.figure.split()) in row.context


def test_a_comparison_table_becomes_a_word_table_and_a_calculation_says_it_is_one(calc_answer: Answer) -> None:
    table = (
        "Tiltag i 2 kommuner.\n\n| Kommune | Tal |\n|---|---|\n| Herning | 24 sager [1] |\n"
        "| Vejle | 39 sager |\n\nSlut."
    )
    compared = Answer(question="Hvad gjorde andre?", answer=table, abstained=False, language="da")
    document = docx.Document(io.BytesIO(export.briefing_docx([compared], "da", today=DAY)))
    cells = [[c.text for c in row.cells] for t in document.tables for row in t.rows]
    assert ["Kommune", "Tal"] in cells and ["Herning", "24 sager [1]"] in cells
    assert not any("|---|" in p.text for p in document.paragraphs)
    note = export.briefing_markdown([calc_answer], "da", today=DAY)
    assert "hvert tal har en kildehenvisning" not in note and "Beregningen viser formlen" in note
