"""A rising price (``calc.price_rise``): by an amount or a percentage for a number of children, from one
price to another, or by a percentage a year over a period.

Hand-written questions from red-team round 6 and the eighth session's fresh block (all had asked, gone to
retrieval or refused 45.000 kr. as too little for a year's price), and generated questions checked against
``calc`` computed directly.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_calc_generated import LANGS, count, expect, money, worked

from assistant.calc import formulas_units as unit_formulas


def cite(doc_id: str, quote: str) -> int:
    return 1


SOLVED = [
    ("da", "Taksten på opholdsstedet stiger med 45.000 kr. om året pr. barn. Vi har 12 børn anbragt der. Hvad bliver "
           "merudgiften om året?", {"rise_cost": 540_000}),
    ("da", "Plejefamilievederlaget stiger med 3,5 % fra 460.000 kr. pr. barn om året. Vi har 40 børn i plejefamilie. "
           "Hvad er merudgiften om året?", {"rise_each": 16_100, "rise_cost": 644_000}),
    ("en", "Residential fees go up 2.5% from DKK 1,180,000 per child a year. We have 20 children in residential care. "
           "What's the extra annual cost?", {"rise_cost": 590_000}),
    ("da", "Institutionstaksten stiger fra 1.150.000 kr. til 1.196.000 kr. Hvor mange procent er stigningen, og hvad "
           "koster det ekstra om året for 15 børn?", {"pct_change": 4, "rise_cost": 690_000}),
    ("da", "En institutionsplads kostede 1.160.000 kr. i 2019. Hvis prisen stiger 3 % om året, hvad koster den så i "
           "2022?", {"grown_value": 1_267_563.2}),
    ("en", "Our placement budget is DKK 100m and unit costs rise 3.3 % a year. What will it be in three years if "
           "nothing else changes?", {"grown_value": 110_230_293.7}),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "question", "outputs"), SOLVED)
def test_a_rising_price_is_worked_out(lang: str, question: str, outputs: dict[str, float]) -> None:
    worked(question, lang, outputs, tol=0.5)


@given(data=st.data(), lang=LANGS)
def test_a_rise_in_percent_of_a_price_for_some_children(data: st.DataObject, lang: str) -> None:
    pct = data.draw(st.integers(1, 9))
    price, price_text = data.draw(money(300_000, 1_500_000, lang))
    children, children_text = data.draw(count(2, 80, lang, words=False))
    if lang == "da":
        question = (f"Taksten stiger med {pct} % fra {price_text} pr. barn om året. Vi har {children_text} børn "
                    "anbragt. Hvad er merudgiften om året?")
    else:
        question = (f"The fee goes up {pct}% from {price_text} per child a year. We have {children_text} children "
                    "placed. What is the extra annual cost?")
    rise = unit_formulas.share_of_price(price, pct)
    expect(question, lang, [("rise_each", rise), ("rise_cost", unit_formulas.units_cost(children, rise))])


@given(data=st.data(), lang=LANGS)
def test_a_value_compounded_over_the_years(data: st.DataObject, lang: str) -> None:
    pct = data.draw(st.integers(1, 9))
    value, value_text = data.draw(money(100_000, 200_000_000, lang))
    years = data.draw(st.integers(2, 9))
    if lang == "da":
        question = f"Budgettet er {value_text}, og udgifterne stiger {pct} % om året. Hvad er det om {years} år?"
    else:
        question = f"The budget is {value_text} and costs rise {pct}% a year. What will it be in {years} years?"
    expect(question, lang, [("grown_value", unit_formulas.compounded(value, pct, years))])
