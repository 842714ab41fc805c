"""Costs and savings that differ from year to year (``calc.flows``): totals, the net result and the year the
running net turns positive.

The hand-written questions are new phrasings of the dev split's gap class "savings that differ per year"
(eight dev questions had asked back); the generated ones are checked against the series summed directly.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_calc_generated import LANGS, cite, money, worked

from assistant.calc.chat import answer_calculation
from assistant.calc.series import Flows

SOLVED = [
    ("da", "Vi ansætter 3 rådgivere à 560.000 kr. om året. Besparelsen på anbringelser forventes at være 0,8 mio. "
           "kr. i år 1, 1,6 mio. kr. i år 2 og 2,4 mio. kr. i år 3. Hvad er nettoresultatet over de 3 år, og hvornår "
           "er investeringen tjent hjem?", {"net_total": -240_000, "breakeven_year": 0}),
    ("en", "The project costs DKK 1.5m a year. From year 3 it saves DKK 2.5m a year. What is the cumulative net "
           "after 5 years?", {"net_total": 0}),
    ("da", "Udgiften er 2 mio. kr. om året. Vi sparer 1 mio. kr. det første år, 2 mio. kr. det andet år og 3 mio. kr. "
           "om året derefter. Hvad er resultatet efter 4 år, og i hvilket år er vi i plus samlet set?",
     {"net_total": 1_000_000, "breakeven_year": 3}),
    ("en", "Hiring costs DKK 1.8m a year. Savings: DKK 0.5m in 2025, DKK 1.5m in 2026, DKK 2.5m in 2027. When do we "
           "break even, and what's the total net for 2025-2027?", {"net_total": -900_000, "breakeven_year": 0}),
    ("da", "En indsats koster 900.000 kr. om året. Fra år 2 sparer vi 2 anbringelser i plejefamilie om året til "
           "470.000 kr. stk. Hvad er nettoresultatet over 4 år?", {"net_total": -780_000}),
    ("da", "To nye rådgivere koster 1,2 mio. kr. om året tilsammen. De forventes at spare 0,5 mio. det første år og "
           "1,5 mio. om året de næste to år. Hvad er det samlede resultat?", {"net_total": -100_000}),
    ("en", "Extra staff cost 2 million a year and savings are 1.2 million in year one, 2.4 million in year two. Net "
           "result after year 2?", {"net_total": -400_000}),
    ("en", "Our committee is looking at the Herning approach. In a pilot area we would double the caseworkers from 5 "
           "to 10, each costing DKK 580,000 a year. If the pilot avoids placements worth DKK 1.4 million in year one "
           "and DKK 3.6 million in year two, what is the extra staff cost per year and the cumulative net result "
           "after 2 years?", {"cost_per_year": 2_900_000, "net_total": -800_000}),
    ("en", "Investment: 4 extra caseworkers, DKK 2.4m a year for all four together. Expected: 1 fewer institutional "
           "placement in year 1, 2 fewer in year 2, 3 fewer in year 3, each worth 1.16m DKK a year. Total savings "
           "over the 3 years and the net result over the 3 years?",
     {"savings_total": 6_960_000, "net_total": -240_000}),
]  # fmt: skip

# A level for every year beside one tied to a year, years said together, a count with no year and no yearly
# price: which years a figure covers is not clear, so no year-by-year answer is given.
UNSETTLED = [
    ("en", "We hire 2 caseworkers at DKK 600,000 each per year. We expect to avoid 1 residential placement in year 1 "
           "and 2 per year in years 2 and 3, at DKK 1.2m each. What's the net result over the 3 years?"),
    ("da", "Tre rådgivere koster 1,8 mio. kr. om året. Vi sparer 1 mio. kr. om året og 2 mio. kr. i år 3. Hvad er "
           "nettoresultatet over 3 år?"),
    ("en", "The team costs DKK 2m in year 1 and DKK 2.2m in year 2. We save 1.5 million. What is the net after year "
           "2?"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "question", "outputs"), SOLVED)
def test_costs_and_savings_year_by_year_are_summed(lang: str, question: str, outputs: dict[str, float]) -> None:
    result = answer_calculation(question, lang, cite)  # type: ignore[arg-type]
    assert result is not None, question
    answered = {a.name: a.value for a in result.calculation.asked}  # every asked quantity, given or derived
    for name, value in outputs.items():
        assert answered.get(name) is not None and abs(answered[name] - value) <= 0.5, result.text
    assert "år for år" in result.text or "year by year" in result.text  # the year lists are shown


@pytest.mark.parametrize(("lang", "question"), UNSETTLED)
def test_years_that_are_not_clear_give_no_year_by_year_figure(lang: str, question: str) -> None:
    result = answer_calculation(question, lang, cite)  # type: ignore[arg-type]
    assert result is None or "net_total" not in result.calculation.outputs, result.text if result else None


def test_the_running_net_turns_positive_in_the_first_year_it_is_not_negative() -> None:
    flows = Flows(costs=(2.0, 2.0, 2.0, 2.0), savings=(1.0, 2.0, 3.0, 3.0))
    assert flows.running() == [-1.0, -1.0, 0.0, 1.0]
    assert flows.breakeven_year() == 3
    assert Flows(costs=(2.0, 2.0), savings=(1.0, 1.0)).breakeven_year() is None


@given(data=st.data(), lang=LANGS)
def test_savings_from_a_later_year(data: st.DataObject, lang: str) -> None:
    cost, cost_text = data.draw(money(300_000, 5_000_000, lang))
    saving, saving_text = data.draw(money(300_000, 8_000_000, lang))
    start = data.draw(st.integers(2, 4))
    years = data.draw(st.integers(start, 8))
    if lang == "da":
        question = (f"Indsatsen koster {cost_text} om året. Fra år {start} sparer vi {saving_text} om året. Hvad er "
                    f"nettoresultatet over {years} år?")
    else:
        question = (f"The effort costs {cost_text} a year. From year {start} we save {saving_text} a year. What is "
                    f"the net result over {years} years?")
    net = saving * (years - start + 1) - cost * years
    worked(question, lang, {"net_total": net}, tol=0.5)


@given(data=st.data(), lang=LANGS)
def test_savings_listed_by_year_and_the_year_it_pays_off(data: st.DataObject, lang: str) -> None:
    cost, cost_text = data.draw(money(500_000, 3_000_000, lang))
    listed = [data.draw(money(100_000, 6_000_000, lang)) for _ in range(data.draw(st.integers(2, 4)))]
    if lang == "da":
        said = ", ".join(f"{text} i år {k}" for k, (_, text) in enumerate(listed, start=1))
        question = (f"Nye rådgivere koster {cost_text} om året. Besparelsen er {said}. Hvad er nettoresultatet, og i "
                    "hvilket år har investeringen tjent sig hjem?")
    else:
        said = ", ".join(f"{text} in year {k}" for k, (_, text) in enumerate(listed, start=1))
        question = (f"New caseworkers cost {cost_text} a year. Savings are {said}. What is the net result, and in "
                    "which year does it break even?")
    flows = Flows(tuple(float(cost) for _ in listed), tuple(float(v) for v, _ in listed))
    worked(question, lang, {"net_total": sum(flows.savings) - sum(flows.costs),
                            "breakeven_year": flows.breakeven_year() or 0}, tol=0.5)  # fmt: skip


def test_a_priced_series_of_avoided_placements_is_read_year_by_year() -> None:
    """Round 7: "avoid 1 placement in year 1, 3 in year 2 and 5 in year 3, each saving DKK 1.1m" had been
    summed as 9 placements and then left out, the 1.1m taken as the whole yearly saving (net −3.9m, not +2.7m)."""
    question = ("4 extra workers cost DKK 2.4m a year. We expect to avoid 1 placement in year 1, 3 in year 2 and 5 in "
                "year 3, each saving DKK 1.1m. What is the net result in each year and over the 3 years?")
    result = answer_calculation(question, "en", cite)
    assert result is not None
    outputs = result.calculation.outputs
    assert outputs["net_total"] == 2_700_000
    assert [outputs[f"net_year_{k}"] for k in (1, 2, 3)] == [-1_300_000, 900_000, 3_100_000]
