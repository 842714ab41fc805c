"""The answer path on questions the issue names (none of them is in eval/questions.yaml), and its seams:
the question read once, statements chosen by meaning, no boilerplate quoted, abstention, eval splits."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from assistant.errors import InputError
from assistant.evals.metrics import EvalCase, EvalResult, paraphrase_agreement, select_split
from assistant.models import Chunk, Hit
from assistant.retrieval.abstention import lacks_answer_type, unsupported_places_in_years, unsupported_years
from assistant.retrieval.query import read_query
from assistant.service import Assistant

BOILERPLATE_QUOTE = re.compile(r"«(?:Kilde:|Med venlig hilsen|SE MAILEN|Indslag af|Kære )")


def test_the_question_is_read_once_into_a_query() -> None:
    q = read_query("  Hvad koster det Herning og VEJLE at ansætte 4 rådgivere til 600.000 kr.?  ", "rødovre")
    assert q.text.startswith("Hvad koster") and q.language == "da"
    assert q.municipalities == ("Herning", "Vejle") and q.my_municipality == "Rødovre"
    assert q.intent == "calculation"
    en = read_query("Which municipalities lowered caseloads in 2015?", is_comparison=lambda text: True)
    assert en.language == "en" and en.intent == "comparison" and en.wants_list and en.years == (2015,)
    assert read_query("Hvor mange sager havde Herning i 2015?").intent == "lookup"
    assert read_query("x" * 5000).notice == "truncated"
    with pytest.raises(InputError):
        read_query("   ")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Hvad landede Herning på i sagstal pr. rådgiver, da de havde lagt om?", "24 sager"),
        ("Hvilke tre ting vil Rødovre fokusere på i genopretningsplanen?", "Tæt økonomistyring"),
        ("Hvad gjorde Herning for at få sagstallet ned, og hvad kostede det?", "mio. kr."),
        # list questions get the list, carried by its lead-in
        ("What problems did the Task Force find in Stevns?", "journalisering af sager"),
        ("Hvad skrev ledelsen i Odense om hvilke sager der skulle lukkes først?", "Manglende progression"),
    ],
)
def test_answers_carry_what_was_asked(kb_service: Assistant, question: str, expected: str) -> None:
    answer = kb_service.ask(question)
    assert not answer.abstained, answer.answer
    assert expected in answer.answer
    assert not BOILERPLATE_QUOTE.search(answer.answer)


def test_a_named_municipality_is_cited_first(kb_service: Assistant) -> None:
    answer = kb_service.ask("Hvad landede Herning på i sagstal pr. rådgiver, da de havde lagt om?")
    assert answer.citations[0].municipality == "Herning"


@pytest.mark.parametrize(
    "question",
    [
        "How much did Denmark spend on defence in 2023?",
        "Hvad er arbejdsløsheden i Vejle?",
        "Hvor mange anbringelser var der i Danmark i 2023?",
    ],
)
def test_near_domain_questions_are_refused(kb_service: Assistant, question: str) -> None:
    answer = kb_service.ask(question)
    assert answer.abstained, answer.answer
    assert answer.citations == []


def test_no_statement_is_boilerplate_across_questions(kb_service: Assistant) -> None:
    for question in (
        "Hvad skrev ledelsen i Odense om hvilke sager der skulle lukkes først?",
        "What does DS recommend as caseload?",
        "Hvem skrev mailen i Odense?",
        "What does Barnets Lov change?",
    ):
        answer = kb_service.ask(question)
        assert not BOILERPLATE_QUOTE.search(answer.answer), answer.answer
        for citation in answer.citations:
            assert not citation.quote.startswith(("Kilde:", "Med venlig hilsen", "SE MAILEN"))


def test_a_comparison_keeps_the_retrieved_evidence(kb_service: Assistant) -> None:
    answer = kb_service.ask("Which municipalities followed Herning's example according to DR?")
    assert not answer.abstained
    quotes = " ".join(c.quote for c in answer.citations)
    assert "Hedensted" in quotes and "Hvidovre" in quotes
    assert "«" in answer.answer.split("| Municipality")[-1] or "«" in answer.answer


def _hit(text: str, year: int | None) -> Hit:
    chunk = Chunk(
        chunk_id="c", doc_id="d", text=text, start=0, end=len(text), date=dt.date(year, 1, 1) if year else None
    )
    return Hit(chunk=chunk, score=1.0, rank=1)


def test_a_year_no_passage_mentions_is_unsupported() -> None:
    query = read_query("Hvor mange anbringelser var der i 2021 og 2024?")
    hits = [_hit("Planen gælder 2023-2025.", 2019)]
    assert unsupported_years(query, hits) == [2021]
    assert unsupported_years(read_query("Hvor mange anbringelser var der?"), hits) == []


def test_a_place_and_a_year_must_meet_in_one_passage() -> None:
    # Vejle in 2015 and the whole country in 2019 each match half of "Vejle in 2019"
    query = read_query("How much did Vejle spend on placements in 2019?")
    apart = [_hit("I Vejle Kommune blev der i 2015 brugt 2,2 mio. kr.", None), _hit("I 2019 kostede det", None)]
    assert unsupported_places_in_years(query, apart) == ["Vejle 2019"]
    together = [*apart, _hit("Vejle brugte i 2019 i alt 90 mio. kr. på anbringelser.", None)]
    assert unsupported_places_in_years(query, together) == []


def _result(case_id: str, group: str | None, facts: float, split: str = "test") -> EvalResult:
    return EvalResult(
        id=case_id, kind="lookup", lang="da", scores={"facts": facts}, reasons={}, latency_ms=1.0,
        answer={}, split=split, group=group,
    )  # fmt: skip


def test_paraphrase_agreement_counts_groups_whose_members_agree() -> None:
    results = [
        _result("a1", "g1", 1.0), _result("a2", "g1", 1.0),
        _result("b1", "g2", 1.0), _result("b2", "g2", 0.0),
        _result("c1", None, 0.0),
    ]  # fmt: skip
    assert paraphrase_agreement(results) == 0.5
    assert paraphrase_agreement([_result("x", None, 1.0)]) is None


def test_splits_select_their_cases() -> None:
    cases = [
        EvalCase(id="a", question="q", lang="da", kind="lookup", split="dev"),
        EvalCase(id="b", question="q", lang="da", kind="lookup", split="test"),
    ]
    assert [c.id for c in select_split(cases, "test")] == ["b"]
    assert len(select_split(cases, "all")) == 2
    with pytest.raises(InputError):
        select_split(cases, "train")
    with pytest.raises(InputError):
        select_split(cases[:1], "test")


def test_a_question_for_an_amount_needs_an_amount_in_the_quotes() -> None:
    query = read_query("Hvor mange penge afsatte Stevns Kommune til genopretningsplanen?")
    assert lacks_answer_type(query, "- «Planen skal over de næste 1½-2 år rette op på tingene.» [1]") == "amount"
    assert lacks_answer_type(query, "- «Planen koster 2,5 mio. kr. om året.» [1]") is None
    koege = read_query("How much did Køge lower its cost per placement?")
    assert lacks_answer_type(koege, "«faldt den med 33 %» [1]") is None
    mayor = read_query("Hvem er borgmester i Stevns?")
    assert lacks_answer_type(mayor, "«udtaler borgmester, Anette Mortensen» [1]") is None


def test_an_amount_for_a_named_place_must_be_in_a_quote_about_that_place() -> None:
    budget = read_query("What is Copenhagen's budget for placing children outside the home this year?")
    assert budget.wants_amount
    listed = (
        "- **Hedensted, Rødovre, København** (blog, 2015): «Hedensted, Rødovre & Københavns kommuner er på vej"
        " med samme tilgang.» [1]\n- **Generelt** (noter): «Kommunerne brugte 9,7 mia. kr. på anbringelser.» [2]"
    )
    assert lacks_answer_type(budget, listed) == "amount"  # a national figure is not Copenhagen's budget
    saved = read_query("Hvor mange penge sparede Hvidovre Kommune på anbringelser?")
    other = "- **Herning** (DR, 2015): «Herning sparede 20 mio. kr. på to år.» [1]"
    assert lacks_answer_type(saved, other) == "amount"
    own = "- **Generelt** (noter): «Hvidovre sparede 3 mio. kr.» [1]"
    assert lacks_answer_type(saved, own) is None  # a general note that names the place counts
    vejle = read_query("Hvor mange penge sparede Vejle på de ekstra rådgivere?")
    guide = "- **Generelt** (DS, vejledning): «Ifølge vejledningen sparede kommunerne 9 mio. kr.» [1]"
    assert lacks_answer_type(vejle, guide) == "amount"  # "Vejle" is a word, not the start of "vejledningen"
    grouped = read_query("Hvilke kommuner sparede penge på anbringelser, og hvor mange penge sparede Herning?")
    assert lacks_answer_type(grouped, "- **Odense** (mail, 2015): «Odense sparede 5 mio. kr.» [1]") is None


def test_a_question_for_a_count_needs_a_number_that_is_not_a_year() -> None:
    query = read_query("Hvor mange elever går i Rødovres folkeskoler?")
    quote = "- **Rødovre** (plan, 2023): «Skoledagbehandling i Rødovre fra 2024.» [1]"
    assert lacks_answer_type(query, quote) == "count"
    assert lacks_answer_type(query, "- **Rødovre** (plan, 2023): «Planen har tre indsatsområder.» [1]") is None
    listed = "- **Rødovre** (plan, 2023): «3. Helhedsorienteret tilgang til udsatte børn og unge» [1]"
    assert lacks_answer_type(query, listed) == "count"  # a list item's number is not a count


def test_an_amount_question_answered_without_one_is_refused(kb_service: Assistant) -> None:
    answer = kb_service.ask("Hvor mange penge afsatte Stevns Kommune til sin genopretningsplan for udsatte børn?")
    assert answer.abstained and answer.citations == [], answer.answer
    assert not kb_service.ask("Hvor meget sparede Herning på Sverigesmodellen?").abstained


def test_a_contact_line_is_never_a_statement() -> None:
    from assistant.ingest.statements import is_boilerplate

    assert is_boilerplate("Poul Anthoniussen, adm. direktør, Børn- og Ungeforvaltningen, mob: 51777372, mail: x@y.dk")
    assert not is_boilerplate("Helt konkret betyder det, at der nu er nedsat en styregruppe bestående af direktøren.")


def test_a_year_range_in_a_plan_name_is_covered_by_any_year_of_it() -> None:
    """ "Rødovres genopretningsplan 2023-2025" names a period: a passage about 2023 is about it."""
    from assistant.retrieval.abstention import unsupported_years

    query = read_query("Hvad er de tre indsatsområder i Rødovres genopretningsplan 2023-2025?")
    assert query.years == (2023, 2025)

    class _Chunk:
        text = "Disse tiltag igangsættes i efteråret 2023."
        date = None

    class _Hit:
        chunk = _Chunk()

    assert unsupported_years(query, [_Hit()]) == []  # type: ignore[list-item]
    lone = read_query("Hvad skete der i Rødovre i 2025?")
    assert unsupported_years(lone, [_Hit()]) == [2025]  # type: ignore[list-item]
