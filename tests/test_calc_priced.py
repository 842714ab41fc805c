"""Priced units (``calc.priced``): a price each times a count, a sum over a count, a sum over a price.

Hand-written questions of the shapes the role reader left unanswered (a count of families or young people
without a role, two amounts read as two prices), the questions that must keep their old reading or ask
(staff named, a count and a price of different things, half a year, a price not said to be yearly summed
over years), and generated questions checked against ``calc`` computed directly.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_calc_generated import LANGS, count, expect, many, money, pick

from assistant.calc import formulas_units as unit_formulas
from assistant.calc.chat import answer_calculation
from assistant.calc.question import read_question
from assistant.numbers import numbers_in


def cite(doc_id: str, quote: str) -> int:
    return 1


SOLVED = [
    ("en", "Family therapy costs DKK 55,000 per family. What's the cost for 80 families?", [4_400_000]),
    ("da", "Forebyggende indsats koster 45.000 kr. pr. familie. Hvad koster det til 60 familier?", [2_700_000]),
    ("en", "We have DKK 12m for prevention and 150 families. How much per family?", [80_000]),
    ("da", "Vi har 15 mio. kr. til forebyggelse og 250 familier. Hvor meget er der pr. familie?", [60_000]),
    ("da", "Hvad er gennemsnitsudgiften pr. sag, når vi har 1.250 sager og et budget på 187,5 mio. kr.?", [150_000]),
    ("en", "We have 75 children in placement and spend DKK 82.5m. Average cost per child?", [1_100_000]),
    ("en", "How many foster placements can DKK 6.3m fund at DKK 420,000 per year each?", [15]),
    (
        "da",
        "Hvor mange børn kan vi have i plejefamilie for 5,4 mio. kr., når en plejefamilie koster 450.000 kr. om året?",
        [12],
    ),
    (
        "en",
        "Aftercare support costs DKK 14,000 per month per young person. Annual cost for 20 young people?",
        [3_360_000],
    ),
    ("en", "Daily rate DKK 2,600 at a group home. Cost for 3 children for a full year?", [2_847_000]),
    ("en", "Institution day rate is DKK 4,500. What does a 2-year stay cost?", [3_285_000]),
    ("da", "En efterværnsindsats koster 12.500 kr. om måneden pr. ung. Hvad koster 15 unge på et år?", [2_250_000]),
    ("da", "Hvor meget skal vi spare pr. anbragt barn, hvis vi har 90 anbragte og skal finde 4,5 mio. kr.?", [50_000]),
    # the unit named before its price ("prisen pr. X er ...") and a count in the noun's plural
    ("da", "Prisen pr. plejefamilie er 450.000 kr. om året. Vi har 20 plejefamilier. Hvad koster det?", [9_000_000]),
    ("en", "The cost per family is DKK 55,000. What does it cost for 80 families?", [4_400_000]),
    ("da", "Udgiften pr. sag er 12.000 kr. Hvad koster 300 sager?", [3_600_000]),
]


@pytest.mark.parametrize(("lang", "question", "numbers"), SOLVED)
def test_priced_units_are_worked_out(lang: str, question: str, numbers: list[float]) -> None:
    answer = answer_calculation(question, lang, cite)  # type: ignore[arg-type]
    assert answer is not None
    head = answer.text.split("\n\n", 1)[0]
    assert head.startswith("Jeg regner med: " if lang == "da" else "I read this as: ")
    found = numbers_in(head, lang)  # type: ignore[arg-type]
    for n in numbers:
        assert any(math.isclose(f, n, rel_tol=1e-6) for f in found), (question, n, head)
    asked = answer.calculation.asked
    assert asked and all(a.value is not None and a.formula for a in asked)


KEPT = [
    # staff named: the staffing reading, not a price times a count
    ("da", "Vi har 30 rådgivere til 600.000 kr. pr. rådgiver. Hvad koster de i alt?"),
    # a price said of families, a count of children: two things, not one
    ("da", "Familiebehandling koster 55.000 kr. pr. familie. Hvad koster det for 80 børn?"),
    # half a year is not a year's figure
    ("da", "Et døgn på en døgninstitution koster 4.100 kr. Hvad koster 2 børn i et halvt år?"),
    # a monthly figure asked: the yearly one would answer another question
    ("da", "Vi betaler i alt 9,6 mio. kr. om året for 8 børn på opholdssted. Hvad er prisen pr. barn pr. måned?"),
    # a price not said to be yearly is not summed over years
    ("en", "Family therapy costs DKK 55,000 per family. What's the cost for 80 families over 3 years?"),
    # two prices, no count: nothing to multiply
    ("en", "What does it cost for foster care at DKK 400,000 and an institution at DKK 1.2m?"),
]


@pytest.mark.parametrize(("lang", "question"), KEPT)
def test_questions_outside_the_shape_keep_their_reading(lang: str, question: str) -> None:
    reading = read_question(question, lang)  # type: ignore[arg-type]
    assert not {"units_cost", "units_cost_total", "units_affordable", "amount_each"} & set(reading.asked), question


def test_the_reading_names_what_is_counted_and_priced() -> None:
    answer = answer_calculation(
        "Forebyggende indsats koster 45.000 kr. pr. familie. Hvad koster det til 60 familier?", "da", cite
    )
    assert answer is not None
    assert answer.text.splitlines()[0] == "Jeg regner med: 45.000 kr. pr. familie, 60 familier."
    formula = answer.calculation.asked[0].formula
    assert formula == "Udgift i alt = antal × pris pr. stk. = 60 × 45.000 kr. = 2.700.000 kr."


def test_a_day_rate_is_made_yearly_and_said_so() -> None:
    question = "Daily rate DKK 2,600 at a group home. Cost for 3 children for a full year?"
    answer = answer_calculation(question, "en", cite)
    assert answer is not None
    assert "(365 days)" in answer.text.splitlines()[0]


# --- generated -----------------------------------------------------------------------------------------


@many
@given(st.data(), LANGS)
def test_price_each_times_a_count(data: st.DataObject, lang: str) -> None:
    units, u = data.draw(count(2, 400, lang))
    price, p = data.draw(money(10_000, 2_000_000, lang))
    noun = pick(data.draw, {"da": ["familier", "unge", "børn"], "en": ["families", "young people", "children"]}[lang])
    each = {"familier": "familie", "unge": "ung", "børn": "barn", "families": "family", "young people": "young person",
            "children": "child"}[noun]  # fmt: skip
    q = pick(data.draw, {
        "da": [f"Indsatsen koster {p} pr. {each}. Hvad koster det for {u} {noun}?",
               f"Hvad koster det i alt for {u} {noun}, når prisen er {p} pr. {each}?"],
        "en": [f"The programme costs {p} per {each}. What's the cost for {u} {noun}?",
               f"What is the total cost for {u} {noun} at {p} per {each}?"],
    }[lang])  # fmt: skip
    expect(q, lang, [("units_cost", unit_formulas.units_cost(units, price))])


@many
@given(st.data(), LANGS)
def test_a_sum_shared_over_a_count(data: st.DataObject, lang: str) -> None:
    units, u = data.draw(count(2, 2_000, lang, words=False))
    amount, a = data.draw(money(1_000_000, 500_000_000, lang))
    q = pick(data.draw, {
        "da": [f"Vi har {a} til forebyggelse og {u} familier. Hvor meget er der pr. familie?",
               f"Hvad er gennemsnitsudgiften pr. sag, når vi har {u} sager og et budget på {a}?"],
        "en": [f"We have {a} for prevention and {u} families. How much per family?",
               f"Average cost per case if we have {u} cases and a budget of {a}?"],
    }[lang])  # fmt: skip
    expect(q, lang, [("amount_each", unit_formulas.amount_each(amount, units))])


@many
@given(st.data(), LANGS)
def test_how_many_a_sum_pays_for(data: st.DataObject, lang: str) -> None:
    price, p = data.draw(money(200_000, 2_000_000, lang))
    amount, a = data.draw(money(price, 200_000_000, lang))
    q = pick(data.draw, {
        "da": [f"Hvor mange børn kan vi have i plejefamilie for {a}, når en plejefamilie koster {p} om året?"],
        "en": [f"How many foster placements can {a} fund at {p} per year each?"],
    }[lang])  # fmt: skip
    expect(q, lang, [("units_affordable", math.floor(unit_formulas.units_affordable(amount, price) + 1e-9))])
