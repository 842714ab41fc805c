"""Two values side by side (``calc.pairs``): a share of a whole, a percentage dearer or cheaper, a ratio, a
difference, a percentage of an amount in kroner; and the questions that keep their old reading."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_calc_generated import LANGS, expect, many, money, pick

from assistant.calc import formulas as calc
from assistant.calc import formulas_units as unit_formulas
from assistant.calc.chat import answer_calculation
from assistant.calc.question import read_question
from assistant.numbers import numbers_in


def cite(doc_id: str, quote: str) -> int:
    return 1


SOLVED = [
    ("en", "What share of a DKK 250m budget is DKK 40m in preventive measures?", [16]),
    ("da", "Hvor stor en andel af budgettet på 250 mio. kr. udgør de 40 mio. kr. til forebyggelse?", [16]),
    ("da", "Hvor mange procent udgør 42 anbringelser af 350 sager?", [12]),
    ("en", "How much more expensive in percent is a DKK 1.35m residential placement compared with a DKK 450k "
           "foster placement?", [200]),
    ("da", "Hvor mange procent billigere er en plejefamilie til 450.000 kr. end en institutionsplads til 1,35 mio. "
           "kr.?", [66.67]),
    ("en", "The placement budget is DKK 140m and must be cut by 5%. How much is that in DKK?", [7_000_000]),
    ("da", "Anbringelsesbudgettet på 140 mio. kr. skal skæres med 5 %. Hvor mange kroner er det?", [7_000_000]),
    ("en", "What is the difference in annual cost between an institution at DKK 1.5m and foster care at DKK 400k?",
     [1_100_000]),
    ("da", "Hvor mange gange dyrere er en anbringelse på døgninstitution til 1.160.000 kr. om året end en "
           "plejefamilie til 470.000 kr., og hvad er forskellen i kroner?", [2.47, 690_000]),
    # two spends side by side: the whole is their sum, the part the one the ask names
    ("da", "Vi bruger 6 mio. kr. på forebyggelse og 54 mio. kr. på anbringelser. Hvor stor en andel af de samlede "
           "udgifter går til anbringelser?", [90]),
    ("en", "Spending on foster care is DKK 6m and on residential care DKK 54m. What share goes to foster care?", [10]),
    # spend against its budget (red-team round 6 had read the budget as a part of a sum: 47 % for an 11 % overrun)
    ("da", "Budgettet til forebyggelse var 24 mio. kr., men forbruget endte på 26,7 mio. kr. Hvor mange procent blev "
           "budgettet overskredet?", [11.25]),
    ("en", "Placement budget DKK 96m, actual spending DKK 103.2m. What's the overrun in kroner and in percent?",
     [7_200_000, 7.5]),
    ("en", "We spent DKK 52m against a budget of DKK 50m. By what percentage did we exceed the budget?", [4]),
    ("da", "Anbringelsesbudgettet var 85 mio. kr., forbruget blev 93,5 mio. kr. Hvor stor var overskridelsen i kroner "
           "og i procent?", [8_500_000, 10]),
    # a share of a budget spent on staff: two sums, the staff are what the part is spent on
    ("en", "What percentage of a DKK 180m budget is the DKK 27m spent on caseworker salaries?", [15]),
    ("da", "Hvor stor en procentdel af børne- og familiebudgettet på 210 mio. kr. går til myndighedsrådgivere, når de "
           "koster 25,2 mio. kr.?", [12]),
    # how many times dearer, with no "than": the larger against the smaller
    ("da", "En institutionsplads koster 1.175.000 kr. og en plejefamilie 470.000 kr. om året. Hvor mange gange dyrere "
           "er institutionen?", [2.5]),
    # "how much cheaper" is a distance, said without a minus
    ("da", "Hvor meget billigere er en plejefamilie til 480.000 kr. end en institution til 1,3 mio. kr. pr. barn om "
           "året?", [820_000]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "question", "numbers"), SOLVED)
def test_two_values_side_by_side_are_worked_out(lang: str, question: str, numbers: list[float]) -> None:
    answer = answer_calculation(question, lang, cite)  # type: ignore[arg-type]
    assert answer is not None
    head = answer.text.split("\n\n", 1)[0]
    found = numbers_in(head, lang)  # type: ignore[arg-type]
    for n in numbers:
        assert any(math.isclose(f, n, rel_tol=2e-3) for f in found), (question, n, head)
    assert "«" not in head, head  # no ask left unread


KEPT = [
    # staff named: the staffing reading
    ("da", "Hvor mange procent flere rådgivere er 36 end 30?"),
    # three numbers: not a pair
    ("en", "What share of DKK 250m is DKK 40m and DKK 20m together?"),
    # a percentage asked with no comparison word: which value is the base is not said
    ("da", "Hvad er det i procent, 1,35 mio. kr. og 450.000 kr.?"),
    # two spends and an ask that names neither: which one is the part is not said
    ("en", "We spend DKK 6m on prevention and DKK 54m on placements. What share is that?"),
]


@pytest.mark.parametrize(("lang", "question"), KEPT)
def test_questions_outside_the_pair_shapes_keep_their_reading(lang: str, question: str) -> None:
    reading = read_question(question, lang)  # type: ignore[arg-type]
    assert not any(n.note in ("compared", "compared_other") for n in reading.numbers)
    assert not {"difference", "ratio", "pct_amount"} & set(reading.asked), question


def test_a_share_takes_the_smaller_value_as_the_part_whatever_the_order() -> None:
    first = answer_calculation("Hvor stor en andel udgør 40 mio. kr. af 250 mio. kr.?", "da", cite)
    second = answer_calculation("Hvor stor en andel af 250 mio. kr. udgør 40 mio. kr.?", "da", cite)
    assert first is not None and second is not None
    assert first.calculation.outputs["pct_share"] == second.calculation.outputs["pct_share"] == 16


@many
@given(st.data(), LANGS)
def test_percentage_dearer_against_the_value_after_than(data: st.DataObject, lang: str) -> None:
    high, h = data.draw(money(600_000, 3_000_000, lang))
    low, lo = data.draw(money(100_000, 590_000, lang))
    q = pick(data.draw, {
        "da": [f"Hvor mange procent dyrere er en institutionsplads til {h} end en plejefamilie til {lo}?"],
        "en": [f"How much more expensive in percent is a residential place at {h} than foster care at {lo}?"],
    }[lang])  # fmt: skip
    expect(q, lang, [("pct_change", calc.percentage_change(low, high))])


@many
@given(st.data(), LANGS)
def test_a_percentage_of_an_amount_in_kroner(data: st.DataObject, lang: str) -> None:
    amount, a = data.draw(money(1_000_000, 900_000_000, lang))
    pct = data.draw(st.integers(1, 60))
    q = pick(data.draw, {
        "da": [f"Budgettet på {a} skal skæres med {pct} %. Hvor mange kroner er det?"],
        "en": [f"The budget of {a} must be cut by {pct}%. How much is that in DKK?"],
    }[lang])  # fmt: skip
    expect(q, lang, [("pct_amount", unit_formulas.pct_of_amount(amount, pct))])


def test_a_difference_is_said_without_a_minus() -> None:
    """ "Hvor meget billigere er … end …" had answered "Forskellen er -820.000 kr."."""
    answer = answer_calculation(
        "Hvor meget billigere er en plejefamilie til 480.000 kr. end en institution til 1,3 mio. kr. pr. barn om året?",
        "da",
        cite,
    )
    assert answer is not None and "Forskellen er 820.000 kr." in answer.text and "-820" not in answer.text
