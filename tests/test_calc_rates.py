"""Rates per 1,000 (``calc.rates``): a count over a population, or a rate applied to one.

Hand-written questions from red-team round 6 and the eighth session's fresh block (all had gone to
retrieval or asked), those that must still ask (two groups at once), and generated questions checked
against ``calc`` computed directly.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_calc_generated import LANGS, count, expect, money, worked

from assistant.calc import formulas_units as unit_formulas
from assistant.calc.chat import answer_calculation


def cite(doc_id: str, quote: str) -> int:
    return 1


SOLVED = [
    ("da", "Kommunen har 14.500 børn og unge på 0-17 år og 203 anbringelser. Hvor mange anbringelser er det pr. 1.000 "
           "børn?", {"per_1000": 14}),
    ("da", "Med 820 underretninger og 41.000 indbyggere – hvor mange underretninger er det pr. 1.000 indbyggere?",
     {"per_1000": 20}),
    ("en", "1,386 notifications in a municipality of 63,000 inhabitants - how many per 1,000 inhabitants?",
     {"per_1000": 22}),
    ("en", "A municipality with 22,400 children aged 0-17 has 336 children in placement. What is the rate per 1,000 "
           "children?", {"per_1000": 15}),
    ("da", "Landsgennemsnittet er 11 anbringelser pr. 1.000 børn. Vi har 12.000 børn. Hvor mange anbringelser svarer "
           "det til hos os?", {"expected_count": 132}),
    ("en", "With 6 placements per 1,000 children and 18,500 children aged 0-17, how many placements would we expect, "
           "and what would they cost at DKK 700,000 each per year?",
     {"expected_count": 111, "expected_cost": 77_700_000}),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "question", "outputs"), SOLVED)
def test_rates_per_thousand_are_worked_out(lang: str, question: str, outputs: dict[str, float]) -> None:
    answer = worked(question, lang, outputs)
    assert "1.000 (bruges ikke)" not in answer.text and "1,000 (not used)" not in answer.text


def test_two_groups_at_once_are_not_guessed() -> None:
    answer = answer_calculation(
        "With 16,000 children aged 0-17, 208 in placement and 720 receiving preventive support, what are the rates "
        "per 1,000 children for each group?",
        "en",
        cite,
    )
    assert answer is None or not answer.calculation.outputs


@given(data=st.data(), lang=LANGS)
def test_a_count_per_thousand_of_a_population(data: st.DataObject, lang: str) -> None:
    population, pop_text = data.draw(count(2_000, 400_000, lang, words=False))
    rated, rated_text = data.draw(count(10, max(11, population // 20), lang, words=False))
    if lang == "da":
        question = f"Vi har {pop_text} indbyggere og {rated_text} underretninger. Hvor mange pr. 1.000 indbyggere?"
    else:
        question = f"We have {pop_text} inhabitants and {rated_text} notifications. How many per 1,000 inhabitants?"
    expect(question, lang, [("per_1000", unit_formulas.per_thousand(rated, population))])


@given(data=st.data(), lang=LANGS)
def test_a_rate_applied_to_a_population_and_priced(data: st.DataObject, lang: str) -> None:
    rate, rate_text = data.draw(count(1, 40, lang, words=False))
    population, pop_text = data.draw(count(2_000, 100_000, lang, words=False))
    price, price_text = data.draw(money(400_000, 1_500_000, lang))
    if lang == "da":
        question = (f"Landsgennemsnittet er {rate_text} anbringelser pr. 1.000 børn, og vi har {pop_text} børn. Hvor "
                    f"mange anbringelser svarer det til, og hvad koster de til {price_text} hver?")
    else:
        question = (f"The national rate is {rate_text} placements per 1,000 children and we have {pop_text} children. "
                    f"How many placements is that, and what would they cost at {price_text} each?")
    expected = unit_formulas.count_at_rate(rate, population)
    expect(question, lang, [("expected_count", expected), ("expected_cost", unit_formulas.units_cost(expected, price))])
