"""Staff who start part-way through a year: part of a year's pay in the first year, never a whole year."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_calc_round8 import outputs

from assistant.calc.part_year import months_paid


@pytest.mark.parametrize(
    ("lang", "question", "expected"),
    [
        # 4 × 615.000 × 4/12 = 820.000; a full year 2.460.000
        ("da", "En ny rådgiver koster 615.000 kr. om året. Vi ansætter 4 pr. 1. september. Hvad koster det i år, og "
               "hvad koster det næste år?", {"part_year_cost": 820_000, "cost_per_year": 2_460_000}),
        # 1.800.000 ÷ (600.000 × 6/12) = 6
        ("da", "Vi får 1,8 mio. kr. ekstra i 2025, men nye rådgivere kan tidligst starte 1. juli. Hvor mange kan vi "
               "ansætte for pengene i 2025, når en helårsstilling koster 600.000 kr.?", {"part_year_posts": 6}),
        # 2.400.000 ÷ (640.000 × 9/12) = 5; a full year 5 × 640.000 = 3.200.000
        ("en", "We get DKK 2.4m for new hires in 2025 and full-year funding after that; they start 1 April. How many "
               "can we hire at DKK 640k a year, and what will they cost in a full year?",
         {"part_year_posts": 5, "full_year_cost": 3_200_000}),
        # 2 × 600.000 × 3/12 = 300.000
        ("en", "We hire 2 social workers from 1 October at DKK 600,000 each. What do they cost this year?",
         {"part_year_cost": 300_000}),
    ],
)  # fmt: skip
def test_staff_starting_part_way_through_a_year_cost_part_of_it(lang: str, question: str, expected: dict) -> None:  # type: ignore[type-arg]
    got = outputs(question, lang)
    for name, value in expected.items():
        assert got[name] == pytest.approx(value), got


def test_a_start_date_in_a_shape_not_read_is_asked_about_never_priced_as_a_whole_year() -> None:
    got = outputs("Vi ansætter 3 rådgivere fra 1. juli til 600.000 kr. om året og undgår 2 anbringelser. Hvad er "
                  "nettoeffekten i år?", "da")  # fmt: skip
    assert got == {}


@given(st.integers(min_value=2, max_value=12))
def test_months_paid_count_from_the_first_of_the_month(month: int) -> None:
    names = ["", "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
             "november", "december"]  # fmt: skip
    found = months_paid(f"Vi ansætter 2 rådgivere pr. 1. {names[month]}.")
    assert found is not None and found[0] == 13 - month
    assert months_paid("Vi ansætter 2 rådgivere pr. 1. januar.") is None  # a whole year
    assert months_paid("We may hire 3 workers at DKK 600,000 each.") is None  # "may" the verb
