"""Counts given year by year (``calc.schedule``): hires phased in, placements avoided that rise."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_calc_generated import LANGS, many, money, pick, worked

from assistant.calc.chat import answer_calculation
from assistant.calc.question import read_question


def cite(doc_id: str, quote: str) -> int:
    return 1


@pytest.mark.parametrize(
    ("lang", "question", "outputs"),
    [
        ("en", "We phase in 9 new caseworkers: 3 from January in year 1, 3 more from January in year 2 and the last 3 "
               "from January in year 3, at 590,000 kr each per year. What do they cost in year 3, and in total over "
               "the three years?", {"cost_last_year": 5_310_000, "cost_total": 10_620_000}),
        ("da", "Planen er at ansætte 2 rådgivere i 2025, 2 mere i 2026 og yderligere 2 i 2027, alle fra 1. januar. "
               "Hver koster 550.000 kr. om året. Hvad er den samlede ekstra lønudgift for 2025-2027?",
         {"cost_total": 6_600_000}),
        ("da", "Vi ansætter 4 rådgivere à 550.000 kr. om året. Første år undgår vi ingen anbringelser, andet år 1 og "
               "tredje år 3 døgnanbringelser à 1.160.000 kr. Hvad er nettoresultatet samlet over de tre år?",
         {"net_total": -1_960_000}),
        ("en", "Three extra staff cost DKK 1.65m a year in total. We expect to avoid 1 residential placement in "
               "year 1, 2 in year 2 and 3 in year 3, each at DKK 1.16m. What are total savings and the net result "
               "over the 3 years?", {"savings_total": 6_960_000, "net_total": 2_010_000}),
        # hires said as "extra"/"add"/"N more", not with a verb of hiring (red-team round 6 read them as one count)
        ("da", "Plan: 2 ekstra rådgivere fra 1. januar 2025 og 2 mere fra 1. januar 2026. Prisen er 625.000 kr. pr. "
               "rådgiver om året. Hvad koster det i 2026, og hvad koster det samlet for 2025-2026?",
         {"cost_last_year": 2_500_000, "cost_total": 3_750_000}),
        ("en", "We add 3 caseworkers from January 2025 and 3 more from January 2026, at DKK 615,000 a year each. "
               "What's the cost in 2026 and the total for 2025-2026?",
         {"cost_last_year": 3_690_000, "cost_total": 5_535_000}),
        # counts said as the staff in post ("cumulative totals") are not added up again
        ("en", "Phase-in: 2 extra caseworkers in year 1, 5 in year 2 and 8 in year 3 (cumulative totals), at DKK "
               "600k per worker per year. Cost each year and total?", {"cost_total": 9_000_000}),
        # the period stated ("over those two years") is the series' own
        ("en", "We add 4 social workers in 2025 and another 4 in 2026, each costing DKK 590,000 a year. What's the "
               "cost in 2025, in 2026, and in total over those two years?", {"cost_total": 7_080_000}),
    ],
)  # fmt: skip
def test_a_series_by_year_is_summed_over_its_period(lang: str, question: str, outputs: dict[str, float]) -> None:
    worked(question, lang, outputs, tol=1e-6)  # a priced series of avoided placements is read by calc.flows


@pytest.mark.parametrize(
    ("lang", "question"),
    [
        # values dated by year and compared: a change, not a series to add up
        ("en", "Number of placements: 212 in 2023 and 236 in 2024. Percentage change?"),
        ("da", "Vi havde 30 rådgivere i 2023 og 36 i 2024. Hvor mange procent flere er det?"),
    ],
)
def test_values_dated_by_year_are_not_a_series(lang: str, question: str) -> None:
    reading = read_question(question, lang)  # type: ignore[arg-type]
    assert not any(n.note == "schedule" for n in reading.numbers)


@many
@given(st.data(), LANGS)
def test_hires_phased_in_cost_their_staff_years(data: st.DataObject, lang: str) -> None:
    hires = [data.draw(st.integers(1, 9)) for _ in range(3)]
    cost, c = data.draw(money(450_000, 800_000, lang))
    a, b, d = hires
    q = pick(data.draw, {
        "da": [f"Vi ansætter {a} rådgivere i år 1, {b} mere i år 2 og {d} mere i år 3. En rådgiver koster {c} om "
               f"året. Hvad er den samlede lønudgift over de tre år?"],
        "en": [f"We hire {a} caseworkers in year 1, {b} more in year 2 and {d} more in year 3, at {c} each a year. "
               f"What is the total staff cost over the three years?"],
    }[lang])  # fmt: skip
    answer = answer_calculation(q, lang, cite)  # type: ignore[arg-type]
    assert answer is not None, q
    staff_years = a + (a + b) + (a + b + d)
    assert math.isclose(answer.calculation.outputs["cost_total"], staff_years * cost), (q, answer.text)


@pytest.mark.parametrize(
    ("lang", "question", "years"),
    [
        # d18 and red-team round 7: each year's cost of a phased hiring had gone to retrieval or been left out
        ("en", "We're hiring 3 caseworkers in 2025, 3 more in 2026 and 2 more in 2027; each costs DKK 600,000 a year "
               "and stays on. What's the extra payroll in each year, and in total for 2025-2027?",
         [1_800_000, 3_600_000, 4_800_000]),
        ("da", "Vi ansætter 4 rådgivere i 2025 og yderligere 3 i 2026 (alle fra 1. januar), og hver koster 610.000 kr. "
               "om året. Hvad er merudgiften i 2025, i 2026 og i alt for de to år?", [2_440_000, 4_270_000]),
    ],
)  # fmt: skip
def test_each_years_cost_of_a_phased_hiring(lang: str, question: str, years: list[float]) -> None:
    answer = answer_calculation(question, lang, cite)  # type: ignore[arg-type]
    assert answer is not None
    assert [answer.calculation.outputs[f"cost_year_{k}"] for k in range(1, len(years) + 1)] == years
    assert answer.calculation.outputs["cost_total"] == sum(years)
