"""Part-time staff counted in full-time equivalents (``calc.part_time``)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_calc_generated import LANGS, many, pick

from assistant.calc import formulas as calc
from assistant.calc.chat import answer_calculation
from assistant.calc.question import read_question


def cite(doc_id: str, quote: str) -> int:
    return 1


@pytest.mark.parametrize(
    ("lang", "question", "fte", "caseload"),
    [
        ("en", "Our team is 6 full-timers and 2 people on half time, sharing 196 cases. How many full-time "
               "equivalents is that, and what's the caseload per FTE?", 7, 28),
        ("da", "Vi har 14 fuldtidsrådgivere og 3 på 30 timer om ugen (fuld tid er 37 timer). Hvor mange årsværk er "
               "det, og hvad bliver sagstallet pr. årsværk med 480 sager?", 14 + 3 * 30 / 37, 480 / (14 + 3 * 30 / 37)),
        # a subset: "4 of them half-time" are among the 40, not on top of them
        ("en", "We have 1,200 cases and 40 social workers, 4 of them half-time. What's the caseload per FTE?", 38,
         1200 / 38),
    ],
)  # fmt: skip
def test_part_time_groups_count_with_their_share_of_a_week(
    lang: str, question: str, fte: float, caseload: float
) -> None:
    answer = answer_calculation(question, lang, cite)  # type: ignore[arg-type]
    assert answer is not None
    staff = next(n for n in read_question(question, lang).numbers if n.role == "staff_now")  # type: ignore[arg-type]
    assert math.isclose(staff.value, fte, rel_tol=1e-9)
    assert math.isclose(answer.calculation.outputs["caseload"], caseload, rel_tol=1e-6)


def test_hours_without_a_full_week_are_not_guessed() -> None:
    reading = read_question("8 full-time caseworkers and 3 working 20 hours a week share 300 cases. Caseload?", "en")
    assert not any(n.note == "fte_parts" for n in reading.numbers)


def test_posts_on_half_time_that_are_priced_are_new_posts() -> None:
    question = "Hvad koster 6 halvtidsstillinger til 600.000 kr. pr. fuldtidsstilling om året?"
    answer = answer_calculation(question, "da", cite)
    assert answer is not None
    assert answer.calculation.outputs["cost_per_year"] == 1_800_000


@many
@given(st.data(), LANGS)
def test_full_and_half_time_staff_share_the_cases(data: st.DataObject, lang: str) -> None:
    full = data.draw(st.integers(4, 60))
    half = data.draw(st.integers(1, 20))
    fte = full + half / 2
    cases = data.draw(st.integers(math.ceil(fte * 10), math.floor(fte * 60)))
    q = pick(data.draw, {
        "da": [f"Vi har {full} rådgivere på fuld tid og {half} på halv tid, og de har {cases} sager. Sagstallet?"],
        "en": [f"We have {full} full-time caseworkers and {half} on half time sharing {cases} cases. Caseload?"],
    }[lang])  # fmt: skip
    answer = answer_calculation(q, lang, cite)  # type: ignore[arg-type]
    assert answer is not None, q
    assert math.isclose(answer.calculation.outputs["caseload"], calc.caseload(cases, fte), rel_tol=1e-6), q
