"""Calculation questions in the chat: recognised, answered with the working, inputs marked by origin."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from assistant.calc_chat import CalcAnswer, answer_calculation
from assistant.calc_presets import load_presets
from assistant.calc_question import read_question
from assistant.config import PROJECT_ROOT
from assistant.errors import AssistantError
from assistant.numbers import format_number, numbers_in

# Only the dev split: the held-out test split is measured by `assistant eval --split test` (make eval), never
# tuned on, and its questions must not be read by whoever works on the parser.
QUESTIONS = [
    q
    for q in yaml.safe_load(Path(PROJECT_ROOT / "eval" / "questions.yaml").read_text(encoding="utf-8"))
    if q.get("split", "dev") == "dev"
]


class FakeBook:
    """Numbers citations like the answer module's CitationBook; only cited defaults may be cited."""

    def __init__(self) -> None:
        self.cited: list[tuple[str, str]] = []
        self.known = {(v.doc_id, v.quote) for v in load_presets().values.values()}

    def cite(self, doc_id: str, quote: str) -> int:
        assert (doc_id, quote) in self.known
        if (doc_id, quote) not in self.cited:
            self.cited.append((doc_id, quote))
        return self.cited.index((doc_id, quote)) + 1


def ask(question: str, lang: str = "da", book: FakeBook | None = None) -> CalcAnswer | None:
    return answer_calculation(question, lang, (book or FakeBook()).cite)  # type: ignore[arg-type]


def solved(question: str, lang: str = "da", book: FakeBook | None = None) -> CalcAnswer:
    result = ask(question, lang, book)
    assert result is not None, question
    return result


# --- the four examples from the issue, worked by hand ----------------------------------------------


def test_caseload_question() -> None:
    # 560 / 14 = 40
    result = solved("Hvad bliver sagstallet, hvis 14 socialrådgivere deler 560 sager?")
    assert result.calculation.kind == "caseload"
    assert result.calculation.outputs == {"caseload": 40}
    assert "Sagstallet er 40 sager pr. rådgiver." in result.text
    assert "560 ÷ 14 = 40" in result.text
    assert "Antal sager: 560 (fra dit spørgsmål)" in result.text
    assert {k: (v.value, v.origin) for k, v in result.calculation.inputs.items()} == {
        "cases": (560, "question"),
        "fte": (14, "question"),
    }


def test_missing_social_workers_question() -> None:
    # today 1050 / 25 = 42; 1050 / 35 = 30 needed; 30 - 25 = 5 missing
    result = solved(
        "Vi har 1.050 børnesager og 25 rådgivere. Hvor mange rådgivere mangler vi for at nå et sagstal på 35?"
    )
    out = result.calculation.outputs
    assert (out["current_caseload"], out["fte_needed"], out["missing_fte"]) == (42, 30, 5)
    assert "I dag er sagstallet 42 sager pr. rådgiver" in result.text
    assert "så I mangler 5 rådgivere" in result.text
    assert "1.050 ÷ 35 = 30" in result.text
    assert "rundes op" in result.text


def test_hire_cost_question_in_english() -> None:
    # 4 x 620,000 = 2,480,000
    result = solved("What does it cost per year to hire 4 more social workers at 620,000 DKK each?", "en")
    assert result.calculation.outputs == {"cost_per_year": 2_480_000}
    assert "It costs 2,480,000 DKK a year." in result.text
    assert "4 × 620,000 DKK = 2,480,000 DKK" in result.text
    assert "Annual cost per position: 620,000 DKK (from your question)" in result.text


def test_caseload_change_question() -> None:
    # 900 / 40 = 22.5 -> 23; 900 / 30 = 30; 7 more; 7 x 650,000 = 4,550,000 a year
    result = solved(
        "Hvad koster det at gå fra 40 til 30 sager pr. rådgiver med 900 sager og 650.000 kr. pr. stilling?"
    )
    out = result.calculation.outputs
    assert (out["fte_from_exact"], out["fte_from"], out["fte_to"], out["extra_fte"]) == (22.5, 23, 30, 7)
    assert out["cost_per_year"] == 4_550_000
    assert "900 ÷ 40 = 22,5, rundet op til 23" in result.text
    assert "Det koster 4.550.000 kr. om året." in result.text
    assert result.calculation.formula.startswith("årsværk = sager ÷ sagstal, rundet op")


@given(st.integers(1, 1_000_000), st.integers(1, 10_000), st.sampled_from(["da", "en"]))
def test_caseload_questions_read_numbers_in_either_format(cases: int, fte: int, lang: str) -> None:
    c, f = format_number(cases, lang), format_number(fte, lang)  # type: ignore[arg-type]
    question = {
        "da": f"Hvad bliver sagstallet, hvis {f} socialrådgivere deler {c} sager?",
        "en": f"What is the caseload if {f} social workers share {c} cases?",
    }[lang]
    result = solved(question, lang)
    assert result.calculation.outputs["caseload"] == pytest.approx(cases / fte, abs=1e-6)


@pytest.mark.parametrize(
    ("question", "lang", "roles"),
    [
        ("Vi har 1.050 børnesager og 25 rådgivere og vil nå et sagstal på 35", "da",
         {"cases": 1050, "fte": 25, "target": 35}),
        ("Hvad koster det at sænke sagstallet fra 40 til 30 med 900 sager?", "da",
         {"cases": 900, "from_caseload": 40, "target": 30}),
        ("hire 4 more social workers at 620,000 DKK each over 3 years", "en",
         {"extra_fte": 4, "cost_per_fte": 620_000, "years": 3}),
        ("En anbringelse koster 800.000 kr.; vi har 40 anbringelser og vil spare 6 %", "da",
         {"cost_per_placement": 800_000, "placements": 40, "reduction_pct": 6}),
        ("Vi bruger 4,4 mio. kr. på anbringelser", "da", {"placement_spend": 4_400_000}),
        ("What did the Danish Association of Social Workers recommend in 2015?", "en", {}),
    ],
)  # fmt: skip
def test_roles_of_numbers_in_a_question(question: str, lang: str, roles: dict[str, float]) -> None:
    assert read_question(question, lang).given() == roles  # type: ignore[arg-type]


# --- cited defaults, missing and invalid inputs ----------------------------------------------------


def test_missing_cost_uses_the_cited_lower_bound_and_says_so() -> None:
    book = FakeBook()
    result = solved("Hvad koster det at sænke sagstallet fra 40 til 30 med 900 sager?", book=book)
    cost = result.calculation.inputs["cost_per_fte"]
    assert (cost.value, cost.origin, cost.citation) == (482_946, "source", 1)
    assert book.cited[0][0] == "vejledning-socialraadgiverloen"
    assert "482.946 kr. (fra kilde [1])" in result.text
    assert "nedre grænse" in result.text
    # 7 x 482,946 = 3,380,622
    assert result.calculation.outputs["cost_per_year"] == 3_380_622


def test_break_even_uses_both_placement_costs_when_the_kind_is_not_given() -> None:
    # 5 x 650,000 = 3,250,000; / 470,000 = 6.91 foster; / 1,160,000 = 2.80 residential
    result = solved(
        "How many placements must we avoid for 5 extra social workers at DKK 650,000 each "
        "to pay for themselves?",
        "en",
    )
    out = result.calculation.outputs
    assert out["break_even_foster"] == pytest.approx(6.9149, abs=1e-4)
    assert out["break_even_residential"] == pytest.approx(2.8017, abs=1e-4)
    assert "6.9 foster-family placements or 2.8 residential placements" in result.text
    # One passage states both national averages, so both inputs cite it as [1].
    inputs = result.calculation.inputs
    assert (inputs["foster_cost"].citation, inputs["residential_cost"].citation) == (1, 1)
    assert "2019 national average from source [1]." in result.text


def test_a_source_that_cannot_be_cited_makes_the_default_an_assumption() -> None:
    def refuse(doc_id: str, quote: str) -> int:
        raise AssistantError(f"citation to unknown document '{doc_id}'")

    result = answer_calculation("Hvad sparer vi, hvis vi undgår 3 anbringelser på opholdssted?", "da", refuse)
    assert result is not None
    assert result.calculation.inputs["residential_cost"].origin == "assumption"
    assert "1.160.000 kr. (antagelse)" in result.text
    assert result.calculation.outputs["savings_per_year"] == 3_480_000  # 3 x 1,160,000


def test_missing_input_without_a_source_is_asked_for() -> None:
    result = solved("Hvad koster det at gå fra 40 til 30 sager pr. rådgiver?")
    assert result.text.startswith("For at regne det ud mangler jeg: antal sager.")
    assert result.calculation.outputs == {}


def test_municipality_figures_are_not_answered_with_national_defaults() -> None:
    assert ask("Hvad koster det Herning at gå fra 40 til 24 sager pr. rådgiver?") is None
    assert ask("Hvad kostede de 11 nye socialrådgivere i Vejle?") is None


@pytest.mark.parametrize(
    ("question", "lang", "message"),
    [
        (
            "Hvad bliver sagstallet, hvis 0 socialrådgivere deler 560 sager?",
            "da",
            "socialrådgivere (årsværk): skal være større end 0, fik 0",
        ),
        (
            "What is the caseload if 14 social workers share 2,000,000 cases?",
            "en",
            "number of cases: 2,000,000 is implausibly large (limit 1,000,000)",
        ),
    ],
)
def test_invalid_numbers_get_a_message_naming_the_input(question: str, lang: str, message: str) -> None:
    result = solved(question, lang)
    assert message in result.text
    assert result.calculation.outputs == {}


def test_a_zero_placement_spend_is_refused_not_divided_by() -> None:
    result = solved(
        "Vi bruger 0 kr. på anbringelser. Hvor mange procent skal udgiften falde, for at 8 nye rådgivere "
        "til 600.000 kr. betaler sig?"
    )
    assert "årlig udgift til anbringelser: skal være større end 0, fik 0" in result.text
    assert result.calculation.outputs == {}


def test_percentage_saving_on_a_large_spend_and_what_is_missing_without_one() -> None:
    # 6 % of 100 mio. kr. = 6.000.000 kr.
    result = solved("Vi bruger 100 mio. kr. på anbringelser. Hvad sparer vi ved 6 % lavere udgift?")
    assert result.calculation.outputs == {"savings_per_year": 6_000_000}
    assert "100.000.000 kr. × 6 % = 6.000.000 kr." in result.text
    missing = solved("Hvad sparer 6 % færre anbringelser?")
    assert missing.text.startswith("For at regne det ud mangler jeg: årlig udgift til anbringelser.")


def test_net_effect_says_cost_or_saving_in_words() -> None:
    # 3 x 600,000 = 1,800,000; 2 x 1,160,000 = 2,320,000; net saving 520,000
    result = solved(
        "Hvis vi ansætter 3 rådgivere til 600.000 kr. og undgår 2 anbringelser på institution, "
        "hvad er nettoeffekten?"
    )
    assert result.calculation.outputs["net_per_year"] == 520_000
    assert "en besparelse på 520.000 kr. om året" in result.text


# --- the eval questions: lookups are not calculations, calculations give the expected numbers ------

LOOKUPS = [q for q in QUESTIONS if q["kind"] != "calculation"]
CALCS = [q for q in QUESTIONS if q["kind"] == "calculation"]


@pytest.mark.parametrize("case", LOOKUPS, ids=[q["id"] for q in LOOKUPS])
def test_lookup_questions_are_not_calculations(case: dict) -> None:  # type: ignore[type-arg]
    assert ask(case["question"], case["lang"]) is None


@pytest.mark.parametrize("case", CALCS, ids=[q["id"] for q in CALCS])
def test_calculation_questions_give_the_expected_numbers(case: dict) -> None:  # type: ignore[type-arg]
    book = FakeBook()
    result = solved(case["question"], case["lang"], book)
    found = numbers_in(result.text)
    for expected in case["numbers"]:
        assert any(abs(f - expected) <= 0.01 * abs(expected) for f in found), (expected, result.text)
    # Every number shown is an input, an output, in the question or in a cited quote (1 % tolerance).
    allowed = [abs(i.value) for i in result.calculation.inputs.values()]
    allowed += [abs(v) for v in result.calculation.outputs.values()]
    allowed += [abs(v) for v in numbers_in(case["question"])]
    allowed += [v for _, quote in book.cited for v in numbers_in(quote)]
    shown = re.sub(r"\[\d+\]", " ", result.text)
    for value in numbers_in(shown, case["lang"]):
        assert any(abs(abs(value) - a) <= 0.01 * max(abs(value), a) for a in allowed), (value, result.text)
    lang_marker = "fra dit spørgsmål" if case["lang"] == "da" else "from your question"
    assert lang_marker in result.text
