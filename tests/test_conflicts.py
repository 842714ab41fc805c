"""Sources that disagree are shown side by side with their sources, never averaged (issue 14).

Done when: a question about Herning's savings shows 4,4, 3,7 and 6,7 mio. with their three sources.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from assistant.answers import export
from assistant.answers.citations import CitationBook
from assistant.answers.conflicts import conflict_groups, show_disagreements
from assistant.answers.precedents import check_register, load_register
from assistant.config import Settings
from assistant.service import Assistant

HERNING_SAVINGS = {
    "da": ["4,4 mio. kr.", "3,7 mio. kr.", "6,7 mio. kr."],
    "en": ["4.4 mio. kr.", "3.7 mio. kr.", "6.7 mio. kr."],
}
SOURCES = ["DR P1 Orientering", "KORAs midtvejsevaluering", "KORAs slutevaluering"]


def _block(text: str) -> str:
    """The disagreement block of an answer: from its lead line to the first blank line."""
    lead = r"(?:Kilderne giver forskellige tal|The sources give different figures)"
    match = re.search(lead + r".*?(?:\n\n|\Z)", text, re.S)
    assert match, text
    return match.group(0)


def test_the_register_lists_herning_savings_as_disputed() -> None:
    groups = conflict_groups(load_register(Settings().register_path))
    herning = [g for g in groups if g.municipality == "Herning"]
    assert len(herning) == 1
    values = sorted(c.figure.value for c in herning[0].claims)
    assert values == [3.7, 4.4, 6.7]
    assert all(c.by for c in herning[0].claims)


def test_every_disputed_value_is_quoted_verbatim(kb_service: Assistant) -> None:
    docs = {d.meta.id: d for d in kb_service.documents()}
    assert (
        check_register(load_register(Settings().register_path), docs) == []
    )  # conflict quotes are checked like any other
    for group in conflict_groups(load_register(Settings().register_path)):
        for claim in group.claims:
            assert claim.quote in docs[claim.doc_id].text


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Hvor meget sparede Herning på Sverigesmodellen?", "da"),
        ("Hvad var Hernings besparelse?", "da"),
        ("How much did Herning save with the Swedish model?", "en"),
    ],
)
def test_a_question_about_hernings_savings_shows_all_three(kb_service: Assistant, question: str, language: str) -> None:
    answer = kb_service.ask(question)
    assert not answer.abstained
    block = _block(answer.answer)
    for value, source in zip(HERNING_SAVINGS[language], SOURCES, strict=True):
        line = next((ln for ln in block.splitlines() if ln.startswith(f"- {value}")), None)
        assert line is not None, block
        assert source in line
        number = int(re.search(r"\[(\d+)\]$", line).group(1))  # type: ignore[union-attr]
        cited = answer.citations[number - 1]
        assert value.split()[0].replace(".", ",") in cited.quote.replace("4.4", "4,4")  # the quote states it
    # Shown, not averaged: the block holds no number but the three values and their citation numbers.
    shown = set(re.findall(r"\d+[,.]\d+", block))
    assert shown <= {v.split()[0] for v in HERNING_SAVINGS[language]} | {"2", "2017", "2015"}
    assert len(answer.disagreements) == 1
    assert len({v.citation for v in answer.disagreements[0].values}) == 3  # three sources, three citations


def test_an_answer_that_cites_no_disputed_figure_has_no_block(kb_service: Assistant) -> None:
    answer = kb_service.ask("Hvad har Stevns gjort for at nedbringe sagstallet?")
    assert "Kilderne giver forskellige tal" not in answer.answer
    assert answer.disagreements == []


def test_the_briefing_note_shows_all_three_with_their_sources(kb_service: Assistant) -> None:
    answer = kb_service.ask("Hvor meget sparede Herning på Sverigesmodellen?")
    note = export.briefing_markdown([answer], "da", today=dt.date(2025, 3, 4))
    for value, source in zip(HERNING_SAVINGS["da"], SOURCES, strict=True):
        assert any(value in line and source in line for line in note.splitlines()), note
    word = export.briefing_docx([answer], "da", today=dt.date(2025, 3, 4))
    assert word[:2] == b"PK"


def test_a_claim_from_a_document_outside_the_index_is_not_shown(kb_service: Assistant) -> None:
    docs = {d.meta.id: d for d in kb_service.documents() if d.meta.id == "herning-vejle-2015-sagstal-blog"}
    book = CitationBook(docs)
    book.cite("herning-vejle-2015-sagstal-blog", "På 2 år er der sparet kr. 4.4 Mio.")
    text, found = show_disagreements(conflict_groups(load_register(Settings().register_path)), book, "da")
    assert text == "" and found == []  # one value alone is no disagreement, and the others cannot be cited


def test_a_question_about_the_quantity_shows_them_even_when_no_value_is_cited(kb_service: Assistant) -> None:
    answer = kb_service.ask("hvad sparede herning på de ekstra socialrådgivere iflg. P1?")
    block = _block(answer.answer)
    assert all(value in block for value in HERNING_SAVINGS["da"])


def test_a_herning_question_about_something_else_gets_no_block(kb_service: Assistant) -> None:
    answer = kb_service.ask("Hvor mange sager havde socialrådgiverne i Herning, før de fik lavere sagstal?")
    assert answer.disagreements == [] and "forskellige tal" not in answer.answer
