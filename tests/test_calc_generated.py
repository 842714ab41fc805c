"""Generated calculation questions: every asked quantity checked against ``calc`` computed directly.

Each template is one kind of question, written in Danish and in English and in several phrasings, with
random numbers in random formats ("1.200", "1 200", "1,200", "fire", "0,6 mio. kr.", "600 tusind kr.",
"DKK 600,000", "0.6 million DKK") and totals stated "i alt"/"in total" or per worker. The expected
values never come from the chat code: they are computed here with ``calc``'s own functions. A template
passes when the answer lists exactly the expected quantities, in order, with the expected values, the
text states each of them, nothing is flagged as ambiguous and the first line restates the reading.

Set CALC_EXAMPLES to run fewer examples per template (default 2000).
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.calc import formulas as calc
from assistant.calc import scenario
from assistant.calc.chat import CalcAnswer, answer_calculation
from assistant.numbers import format_number, numbers_in

EXAMPLES = int(os.environ.get("CALC_EXAMPLES", "2000"))
many = settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])

LANGS = st.sampled_from(["da", "en"])
DA_WORDS = {2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "syv", 8: "otte", 10: "ti", 12: "tolv"}
EN_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 10: "ten", 12: "twelve"}


def cite(doc_id: str, quote: str) -> int:
    return 1


# Strategies are built once per range: building (and validating) one per example costs more than the answer.
ints = cache(st.integers)


@cache
def one_of(*options: str) -> st.SearchStrategy[str]:
    return st.sampled_from(options)


# --- numbers as people write them ---------------------------------------------------------------------


@st.composite
def count(draw: Callable[..., object], low: int, high: int, lang: str, words: bool = True) -> tuple[int, str]:
    """A whole number and how it is written: grouped in the language's style, space-grouped or a word."""
    value = int(draw(ints(low, high)))  # type: ignore[call-overload]
    table = DA_WORDS if lang == "da" else EN_WORDS
    styles = ["plain", "space"] + (["word"] if words and value in table else [])
    style = draw(one_of(*styles))
    if style == "word":
        return value, table[value]
    text = format_number(value, lang)  # type: ignore[arg-type]
    return value, text.replace("." if lang == "da" else ",", " ") if style == "space" else text


@st.composite
def cases_for(
    draw: Callable[..., object], staff: int, lang: str, low: float = 8, high: float = 150, least: int = 10
) -> tuple[int, str]:
    """A count of cases that gives ``staff`` workers a caseload social work has (``low`` to ``high``): the
    answer refuses a caseload outside 8-150 as a sign of a misread number, so the templates stay inside it."""
    lo, hi = max(least, math.ceil(staff * low)), max(least, math.floor(staff * high))
    value = int(draw(ints(lo, max(lo, hi))))  # type: ignore[call-overload]
    text = format_number(value, lang)  # type: ignore[arg-type]
    return value, text.replace("." if lang == "da" else ",", " ") if draw(st.booleans()) else text


@st.composite
def money(draw: Callable[..., object], low: int, high: int, lang: str) -> tuple[int, str]:
    """An amount in whole thousands and one way of writing it in kroner."""
    value = int(draw(ints(low // 1000, high // 1000))) * 1000  # type: ignore[call-overload]
    styles = ["plain", "space", "thousand", "short"] + (["million"] if value % 10_000 == 0 else [])
    style = draw(one_of(*styles))
    if style == "short":  # "575 t.kr.", "DKK 1.3m", "DKK 590k", as amounts are typed in a hurry
        if lang == "da":
            return value, f"{format_number(value / 1000, 'da')} t.kr."
        if value % 100_000 == 0:
            return value, f"DKK {format_number(value / 1e6, 'en')}m"
        return value, f"DKK {format_number(value / 1000, 'en').replace(',', '')}k"
    if style == "million":
        number = format_number(value / 1e6, lang, 2).rstrip("0").rstrip(",.")  # type: ignore[arg-type]
        return value, f"{number} mio. kr." if lang == "da" else f"{number} million DKK"
    if style == "thousand":
        k = format_number(value / 1000, lang)  # type: ignore[arg-type]
        return value, f"{k} tusind kr." if lang == "da" else f"{k} thousand DKK"
    number = format_number(value, lang)  # type: ignore[arg-type]
    if style == "space":
        number = number.replace("." if lang == "da" else ",", " ")
    if lang == "da":
        return value, f"{number} kr."
    text = f"DKK {number}" if draw(st.booleans()) else f"{number} DKK"
    return value, text


# --- the check ----------------------------------------------------------------------------------------


def worked(question: str, lang: str, outputs: dict[str, float], tol: float = 0.01) -> CalcAnswer:
    """The answer works out each of ``outputs`` to within ``tol`` (hand-written questions of one reading)."""
    result = answer_calculation(question, lang, cite)  # type: ignore[arg-type]
    assert result is not None, question
    # a quantity the reading worked out itself (a year list's total) is answered, not derived by a rule
    answered = {a.name: a.value for a in result.calculation.asked if a.value is not None}
    for name, value in outputs.items():
        got = result.calculation.outputs.get(name, answered.get(name))
        assert got is not None and abs(got - value) <= tol, result.text
    return result


def expect(question: str, lang: str, expected: list[tuple[str, float]]) -> CalcAnswer:
    """The answer lists exactly ``expected`` (name, value) in order, states each value, flags nothing."""
    result = answer_calculation(question, lang, cite)  # type: ignore[arg-type]
    assert result is not None, question
    calc_ = result.calculation
    got = [(a.name, a.value) for a in calc_.asked]
    assert [n for n, _ in got] == [n for n, _ in expected], (question, got)
    for (name, value), (_, want) in zip(got, expected, strict=True):
        assert value is not None and math.isclose(value, want, rel_tol=1e-9, abs_tol=1e-6), (question, name, got)
    assert calc_.ambiguous == [], (question, calc_.ambiguous)
    assert result.text.startswith("Jeg regner med: " if lang == "da" else "I read this as: "), question
    summary = result.text.split("\n\n", 1)[0]  # the reading and the results, before the worked steps
    shown = numbers_in(summary, lang)  # type: ignore[arg-type]
    for name, want in expected:
        assert any(abs(abs(f) - abs(want)) <= 0.005 * abs(want) + 0.01 for f in shown), (question, name, want)
    return result


def pick(draw: Callable[..., object], options: list[str]) -> str:
    return options[int(draw(ints(0, len(options) - 1)))]  # type: ignore[call-overload]


# --- templates ------------------------------------------------------------------------------------------


@many
@given(st.data(), LANGS)
def test_caseload(data: st.DataObject, lang: str) -> None:
    staff, s = data.draw(count(2, 400, lang))
    cases, c = data.draw(cases_for(staff, lang))
    q = pick(data.draw, {
        "da": [f"Hvad bliver sagstallet, hvis {s} socialrådgivere deler {c} sager?",
               f"Vi har {c} sager og {s} rådgivere. Hvad er sagstallet?",
               f"Med {s} rådgivere og {c} børnesager, hvad er sagstallet så?"],
        "en": [f"What is the caseload if {s} social workers share {c} cases?",
               f"We have {c} cases and {s} social workers. What is the caseload?",
               f"With {s} caseworkers and {c} open cases, what's the caseload?"],
    }[lang])  # fmt: skip
    expect(q, lang, [("caseload", calc.caseload(cases, staff))])


@many
@given(st.data(), LANGS)
def test_staffing_gap(data: st.DataObject, lang: str) -> None:
    staff, s = data.draw(count(2, 300, lang))
    cases, c = data.draw(cases_for(staff, lang, least=100))
    target, t = data.draw(count(15, 60, lang, words=False))
    have = {
        "da": [f"Vi har {c} sager og {s} rådgivere.", f"Vi har {s} rådgivere og {c} sager."],
        "en": [f"We have {c} cases and {s} social workers.", f"We have {s} social workers and {c} cases."],
    }[lang]
    ask = {"da": [f"Hvor mange rådgivere mangler vi for at nå et sagstal på {t}?",
                  f"Hvor mange ekstra rådgivere skal vi bruge for at komme ned på {t}?"],
           "en": [f"How many social workers are missing to reach a caseload of {t}?",
                  f"How many more social workers do we need to get down to {t}?"]}[lang]  # fmt: skip
    gap = calc.staffing_gap(cases, staff, target)
    result = expect(f"{pick(data.draw, have)} {pick(data.draw, ask)}", lang, [("extra_staff", gap.change)])
    # today's caseload is shown beside the gap though not asked
    assert math.isclose(result.calculation.outputs["caseload"], round(gap.current_caseload, 6), abs_tol=1e-6)


@many
@given(st.data(), LANGS)
def test_staff_needed_rounded_up(data: st.DataObject, lang: str) -> None:
    cases, c = data.draw(count(10, 9000, lang, words=False))
    target, t = data.draw(count(10, 60, lang, words=False))
    q = pick(data.draw, {
        "da": [f"Hvor mange rådgivere skal vi have til {c} sager med et sagstal på {t}?",
               f"Hvor mange rådgivere kræver {c} sager, hvis sagstallet skal være {t}?"],
        "en": [f"How many social workers do we need for {c} cases at a caseload of {t}?",
               f"How many social workers are needed for {c} cases with a target caseload of {t}?"],
    }[lang])  # fmt: skip
    expect(q, lang, [("staff_needed", calc.fte_needed(cases, target).fte_needed)])


@many
@given(st.data(), LANGS, st.booleans())
def test_cost_of_new_staff_per_worker(data: st.DataObject, lang: str, over_years: bool) -> None:
    extra, n = data.draw(count(2, 40, lang))
    cost, p = data.draw(money(300_000, 990_000, lang))
    years, y = data.draw(count(2, 10, lang, words=False))
    tail = {"da": f" over {y} år" if over_years else "", "en": f" and over {y} years" if over_years else ""}[lang]
    q = pick(data.draw, {
        "da": [f"Hvad koster {n} nye rådgivere til {p} om året{tail}?",
               f"Hvad koster det at ansætte {n} ekstra rådgivere til {p} pr. rådgiver{tail}?"],
        "en": [f"What does it cost per year to hire {n} more social workers at {p} each{tail}?",
               f"What would {n} new caseworkers cost at {p} per worker{tail}?"],
    }[lang])  # fmt: skip
    want = [("cost_per_year", calc.staff_cost(extra, cost))]
    if over_years:
        want.append(("cost_total", calc.staff_cost(extra, cost, years)))
    expect(q, lang, want)


@many
@given(st.data(), LANGS)
def test_cost_per_worker_from_a_total(data: st.DataObject, lang: str) -> None:
    extra, n = data.draw(count(2, 30, lang))
    each = data.draw(ints(300, 990)) * 1000
    total = each * extra
    _, t = data.draw(money(total, total, lang))
    q = {"da": f"{n} nye rådgivere koster i alt {t} om året. Hvad koster hver rådgiver?",
         "en": f"{n} new social workers cost {t} in total a year. How much is that per worker?"}[lang]  # fmt: skip
    expect(q, lang, [("cost_per_worker", calc.cost_per_worker(total, extra))])


@many
@given(st.data(), LANGS, st.booleans(), st.booleans())
def test_net_result_with_a_total_or_a_unit_cost(
    data: st.DataObject, lang: str, in_total: bool, years_too: bool
) -> None:
    extra, n = data.draw(count(2, 20, lang))
    each = data.draw(ints(300, 990)) * 1000
    avoided, k = data.draw(count(1, 15, lang, words=False))
    unit, u = data.draw(money(200_000, 2_500_000, lang))
    years, y = data.draw(count(2, 10, lang, words=False))
    _, price = data.draw(money(each * extra if in_total else each, each * extra if in_total else each, lang))
    cost_clause = {
        ("da", True): f"{n} nye rådgivere koster i alt {price} om året.",
        ("da", False): f"{n} nye rådgivere koster {price} pr. rådgiver om året.",
        ("en", True): f"{n} new social workers cost {price} in total a year.",
        ("en", False): f"{n} new social workers cost {price} each a year.",
    }[(lang, in_total)]
    when = {"da": f" og over {y} år" if years_too else "", "en": f" and over {y} years" if years_too else ""}[lang]
    ask = {
        "da": f"Hvis vi derved undgår {k} anbringelser til {u} hver, hvad er nettoresultatet om året{when}?",
        "en": f"If they help us avoid {k} placements at {u} each, what is the net result per year{when}?",
    }[lang]
    cost = calc.staff_cost(extra, each)
    saved = calc.placement_saving(avoided, unit)
    want = [("net_per_year", calc.net_result(saved, cost))]
    if years_too:
        want.append(("net_total", calc.net_result(saved, cost, years)))
    expect(f"{cost_clause} {ask}", lang, want)


@many
@given(st.data(), LANGS)
def test_cost_of_going_from_todays_caseload_to_a_target(data: st.DataObject, lang: str) -> None:
    cases, c = data.draw(count(100, 8000, lang, words=False))
    now = data.draw(ints(25, 60))
    target = data.draw(ints(10, now - 1))
    cost, p = data.draw(money(300_000, 990_000, lang))
    q = pick(data.draw, {
        "da": [f"Vi har {c} sager ved et sagstal på {now}. Hvad koster det at komme ned på {target}, når en "
               f"rådgiver koster {p}?",
               f"Vores sagstal er i dag {now}, og vi har {c} sager. Hvad koster det at nå et sagstal på {target} "
               f"med {p} pr. rådgiver?"],
        "en": [f"We have {c} cases at a caseload of {now} today. What does it cost to get down to {target} when "
               f"a social worker costs {p} a year?",
               f"Our caseload is {now} and we have {c} cases. What would it cost to reach a caseload of {target} "
               f"at {p} per social worker?"],
    }[lang])  # fmt: skip
    change = calc.caseload_change(cases, now, target)
    result = expect(q, lang, [("cost_per_year", calc.staff_cost(change.extra_fte, cost))])
    assert result.calculation.outputs["extra_staff"] == change.extra_fte  # shown before what they cost


@many
@given(st.data(), LANGS)
def test_going_from_one_caseload_to_another_over_years(data: st.DataObject, lang: str) -> None:
    cases, c = data.draw(count(100, 8000, lang, words=False))
    now = data.draw(ints(25, 60))
    target = data.draw(ints(10, now - 1))
    cost, p = data.draw(money(300_000, 990_000, lang))
    years, y = data.draw(count(2, 10, lang, words=False))
    q = {"da": f"Hvad koster det at gå fra {now} til {target} sager pr. rådgiver med {c} sager og {p} pr. "
               f"stilling over {y} år?",
         "en": f"What does it cost to go from {now} to {target} cases per social worker with {c} cases and {p} "
               f"per position over {y} years?"}[lang]  # fmt: skip
    extra = calc.caseload_change(cases, now, target).extra_fte
    want = [("cost_per_year", calc.staff_cost(extra, cost)), ("cost_total", calc.staff_cost(extra, cost, years))]
    result = expect(q, lang, want)
    assert result.calculation.outputs["extra_staff"] == extra


@many
@given(st.data(), LANGS)
def test_caseload_and_extra_staff_in_one_question(data: st.DataObject, lang: str) -> None:
    staff, s = data.draw(count(2, 300, lang))
    cases, c = data.draw(cases_for(staff, lang, least=100))
    target, t = data.draw(count(10, 60, lang, words=False))
    q = {"da": f"Vi har {c} sager og {s} rådgivere. Hvad er sagstallet, og hvor mange ekstra rådgivere skal vi "
               f"bruge for at komme ned på {t}?",
         "en": f"We have {c} cases and {s} social workers. What is the caseload, and how many more social workers "
               f"do we need to get down to {t}?"}[lang]  # fmt: skip
    gap = calc.staffing_gap(cases, staff, target)
    expect(q, lang, [("caseload", gap.current_caseload), ("extra_staff", gap.change)])


@many
@given(st.data(), LANGS, st.booleans())
def test_percentage_change(data: st.DataObject, lang: str, amounts: bool) -> None:
    if amounts:
        before, b = data.draw(money(100_000, 90_000_000, lang))
        after, a = data.draw(money(100_000, 90_000_000, lang))
    else:
        before, b = data.draw(count(10, 5000, lang, words=False))
        after, a = data.draw(count(10, 5000, lang, words=False))
    q = pick(data.draw, {
        "da": [f"Hvad var stigningen i procent fra {b} til {a}?",
               f"Udgiften gik fra {b} til {a}. Hvor mange procent er ændringen?"],
        "en": [f"What was the percentage change from {b} to {a}?",
               f"Spending went from {b} to {a}. What is that as a percentage change?"],
    }[lang])  # fmt: skip
    expect(q, lang, [("pct_change", calc.percentage_change(before, after))])


@many
@given(st.data(), LANGS)
def test_moving_children_between_placement_types(data: st.DataObject, lang: str) -> None:
    moved, m = data.draw(count(2, 40, lang))
    residential, r = data.draw(money(600_000, 2_500_000, lang))
    foster, f = data.draw(money(200_000, 590_000, lang))
    q = pick(data.draw, {
        "da": [f"Hvis vi flytter {m} børn fra institution til plejefamilie, og institution koster {r} og "
               f"plejefamilie {f} om året, hvad sparer vi pr. barn og i alt?",
               f"Vi overvejer at flytte {m} børn fra døgninstitution til plejefamilie. En plads på døgninstitution "
               f"koster {r} om året, en plejefamilie {f}. Hvad sparer vi pr. barn og i alt?"],
        "en": [f"If we move {m} children from residential care to foster care, and residential care costs {r} "
               f"and foster care {f} a year, what do we save per child and in total?",
               f"We could move {m} children from an institution to foster families. An institution place costs {r} "
               f"a year and a foster family {f}. What is the saving per child and in total?"],
    }[lang])  # fmt: skip
    expect(q, lang, [("saving_per_child", calc.move_saving_per_child(residential, foster)),
                     ("savings_per_year", calc.move_savings(moved, residential, foster))])  # fmt: skip


@many
@given(st.data(), LANGS, st.booleans())
def test_move_priced_by_type_with_the_direction_unsaid(data: st.DataObject, lang: str, monthly: bool) -> None:
    """Prices stand before or after their type words, the move names neither end (a saving is asked, so it
    runs from the dearer type to the cheaper), and the saving is asked per child, a year and over the years."""
    moved, m = data.draw(count(2, 30, lang))
    years, y = data.draw(count(2, 8, lang))
    residential, r = data.draw(money(600_000, 2_500_000, lang))
    foster, f = data.draw(money(200_000, 590_000, lang))
    if monthly:  # prices a month, as providers quote them: whole thousands a month
        residential, foster = residential // 12_000 * 1000, foster // 12_000 * 1000
        r = f"{format_number(residential, lang)} kr." if lang == "da" else f"DKK {format_number(residential, 'en')}"  # type: ignore[arg-type]
        f = f"{format_number(foster, lang)} kr." if lang == "da" else f"DKK {format_number(foster, 'en')}"  # type: ignore[arg-type]
    per = ("om måneden" if lang == "da" else "a month") if monthly else ("om året" if lang == "da" else "a year")
    q = pick(data.draw, {
        "da": [f"En anbringelse på opholdssted koster {r} {per} og en plejefamilie {f}, og vi flytter {m} børn. "
               f"Hvad er besparelsen pr. barn, om året og over {y} år?",
               f"Vi betaler {r} {per} for hvert barn på døgninstitution og {f} for en plejefamilie. Hvis {m} børn "
               f"flyttes, hvad sparer vi så pr. barn, om året og over {y} år?"],
        "en": [f"We pay {r} {per} for each child in a residential institution and {f} for a foster family. "
               f"What would moving {m} children save per child, per year and over {y} years?",
               f"A residential place costs {r} {per} and a foster family {f}. We move {m} children. "
               f"Savings per child, per year and over {y} years?"],
    }[lang])  # fmt: skip
    months = 12 if monthly else 1
    a, b = residential * months, foster * months
    expect(q, lang, [("saving_per_child", calc.move_saving_per_child(a, b)),
                     ("savings_per_year", calc.move_savings(moved, a, b)),
                     ("savings_total", calc.move_savings(moved, a, b) * years)])  # fmt: skip


@many
@given(st.data(), LANGS)
def test_break_even_placements_exact_and_whole(data: st.DataObject, lang: str) -> None:
    extra, n = data.draw(count(2, 30, lang))
    cost, p = data.draw(money(300_000, 990_000, lang))
    unit, u = data.draw(money(200_000, 2_500_000, lang))
    q = pick(data.draw, {
        "da": [f"Vi ansætter {n} rådgivere til {p} stykket om året. En anbringelse koster {u} om året. Hvor mange "
               f"anbringelser skal vi undgå, før det betaler sig?",
               f"Hvor mange anbringelser til {u} om året skal vi undgå, for at {n} nye rådgivere til {p} betaler "
               f"sig?"],
        "en": [f"We hire {n} social workers at {p} each. A placement costs {u} a year. How many placements must "
               f"we avoid for them to pay for themselves?",
               f"How many placements at {u} a year must we avoid for {n} extra social workers at {p} each to "
               f"break even?"],
    }[lang])  # fmt: skip
    exact = scenario.break_even_placements(calc.staff_cost(extra, cost), unit)
    assert exact is not None
    result = expect(q, lang, [("break_even", calc.round_up(exact))])
    assert math.isclose(result.calculation.outputs["break_even_exact"], exact, abs_tol=1e-6)


@many
@given(st.data(), LANGS)
def test_break_even_share_of_placement_spend(data: st.DataObject, lang: str) -> None:
    spend, s = data.draw(money(20_000_000, 900_000_000, lang))
    extra, n = data.draw(count(2, 30, lang))
    cost, p = data.draw(money(300_000, 990_000, lang))
    q = {"da": f"Vi bruger {s} på anbringelser. Hvor mange procent skal udgiften falde, for at {n} nye rådgivere "
               f"til {p} betaler sig?",
         "en": f"We spend {s} on placements. By what percentage must that spending fall for {n} new social workers "
               f"at {p} each to pay for themselves?"}[lang]  # fmt: skip
    pct = scenario.break_even_pct(calc.staff_cost(extra, cost), spend)
    assert pct is not None
    expect(q, lang, [("break_even_pct", pct)])


@many
@given(st.data(), LANGS)
def test_cases_carried(data: st.DataObject, lang: str) -> None:
    staff, s = data.draw(count(2, 300, lang))
    target, t = data.draw(count(10, 60, lang, words=False))
    q = pick(data.draw, {
        "da": [f"Hvor mange sager kan {s} rådgivere bære ved et sagstal på {t}?",
               f"Hvor mange sager kan {s} rådgivere have, hvis sagstallet højst må være {t}?"],
        "en": [f"How many cases can {s} social workers carry at a caseload of {t}?",
               f"How many cases could {s} caseworkers handle with a caseload of at most {t}?"],
    }[lang])  # fmt: skip
    expect(q, lang, [("cases_carried", calc.cases_carried(staff, target))])


@many
@given(st.data(), LANGS)
def test_break_even_for_an_effort_priced_as_a_whole(data: st.DataObject, lang: str) -> None:
    cost, p = data.draw(money(500_000, 9_000_000, lang))
    unit, u = data.draw(money(200_000, 2_500_000, lang))
    q = pick(data.draw, {
        "da": [f"En ekstra indsats koster {p} om året. En anbringelse koster {u}. Hvor mange anbringelser skal vi "
               f"undgå, før det betaler sig?",
               f"Projektet koster {p} årligt, og hver undgået anbringelse sparer {u}. Hvor mange anbringelser skal vi "
               f"undgå for at gå i nul?"],
        "en": [f"A new team costs {p} per year. A placement costs {u} a year. How many placements must we avoid "
               f"to break even?",
               f"The initiative costs {p} a year and each avoided placement saves {u}. How many placements must be "
               f"avoided to break even?"],
    }[lang])  # fmt: skip
    exact = scenario.break_even_placements(cost, unit)
    assert exact is not None
    result = expect(q, lang, [("break_even", calc.round_up(exact))])
    assert math.isclose(result.calculation.outputs["break_even_exact"], exact, abs_tol=1e-6)


@many
@given(st.data(), LANGS)
def test_caseload_after_hiring(data: st.DataObject, lang: str) -> None:
    staff, s = data.draw(count(2, 200, lang))
    extra, n = data.draw(count(1, min(40, staff * 10), lang))  # so that both caseloads can lie in 8-150
    cases, c = data.draw(cases_for(staff, lang, low=8 * (staff + extra) / staff))
    q = pick(data.draw, {
        "da": [f"Vi har {c} sager og {s} rådgivere. Hvad bliver sagstallet, hvis vi ansætter {n} flere rådgivere?",
               f"Med {c} sager og {s} sagsbehandlere i dag: hvad er sagstallet, hvis vi får {n} nye sagsbehandlere?"],
        "en": [f"We have {c} cases and {s} caseworkers. What will the caseload be if we hire {n} more caseworkers?",
               f"With {c} cases and {s} social workers today, what is the caseload if we add {n} new social workers?"],
    }[lang])  # fmt: skip
    expect(
        q, lang, [("caseload", calc.caseload(cases, staff)), ("caseload_after", calc.caseload(cases, staff + extra))]
    )


@many
@given(st.data(), LANGS)
def test_budget_to_positions_and_caseload(data: st.DataObject, lang: str) -> None:
    cost, k = data.draw(money(400_000, 900_000, lang))
    positions = int(data.draw(ints(1, 12)))  # type: ignore[call-overload]
    leftover = int(data.draw(ints(0, cost // 1000 - 1))) * 1000  # type: ignore[call-overload]
    budget = positions * cost + leftover
    b = format_number(budget, lang)  # type: ignore[arg-type]
    b = f"{b} kr." if lang == "da" else f"DKK {b}"
    staff, s = data.draw(count(2, 200, lang))
    cases, c = data.draw(cases_for(staff, lang, low=8 * (staff + positions) / staff))
    q = pick(data.draw, {
        "da": [f"Vi har fået {b} ekstra. Hvor mange rådgivere kan vi ansætte, når en rådgiver koster {k}, og hvad "
               f"bliver sagstallet, når vi i dag har {c} sager og {s} rådgivere?",
               f"Byrådet afsætter {b} til flere socialrådgivere á {k}. Vi har {s} rådgivere og {c} sager. Hvor mange "
               f"flere kan vi ansætte, og hvad bliver sagstallet bagefter?"],
        "en": [f"We get an extra {b}. How many social workers can we hire at {k} each, and what will the caseload be "
               f"with our {c} cases and {s} social workers today?",
               f"The council has set aside {b} for more caseworkers at {k} each. We have {s} caseworkers and {c} "
               f"cases. How many can we afford, and where does that leave the caseload?"],
    }[lang])  # fmt: skip
    expect(q, lang, [
        ("staff_affordable", positions),
        ("caseload", calc.caseload(cases, staff)),
        ("caseload_after", calc.caseload(cases, staff + positions)),
    ])  # fmt: skip


@many
@given(st.data(), LANGS)
def test_staff_leaving(data: st.DataObject, lang: str) -> None:
    staff, s = data.draw(count(5, 200, lang, words=False))
    cut, n = data.draw(count(1, 4, lang))
    cases, c = data.draw(cases_for(staff, lang, high=150 * (staff - cut) / staff, least=100))
    q = pick(data.draw, {
        "da": [f"Hvis {n} af vores {s} rådgivere stopper, og de {c} sager bliver hos resten, hvad er sagstallet før "
               f"og efter?"],
        "en": [f"If {n} of our {s} social workers leave and the {c} cases stay with the rest, what's the caseload "
               f"before and after?"],
    }[lang])  # fmt: skip
    after = calc.caseload(cases, staff - cut)
    expect(q, lang, [("caseload", calc.caseload(cases, staff)), ("caseload_after_cut", after)])


@many
@given(st.data(), LANGS)
def test_share_in_percent(data: st.DataObject, lang: str) -> None:
    whole, w = data.draw(count(100, 20_000, lang, words=False))
    part, p = data.draw(count(1, whole, lang, words=False))
    q = pick(data.draw, {
        "da": [f"Vi har {p} handicapsager ud af i alt {w} sager. Hvor stor en andel er det?",
               f"Hvor mange procent udgør {p} ud af {w} sager?"],
        "en": [f"We have {p} disability cases out of {w} cases in total. What share is that?",
               f"What percentage of our caseload is {p} out of {w} cases?"],
    }[lang])  # fmt: skip
    expect(q, lang, [("pct_share", calc.share_pct(part, whole))])


@many
@given(st.data(), LANGS)
def test_children_to_move_for_a_saving(data: st.DataObject, lang: str) -> None:
    res, r = data.draw(money(800_000, 1_600_000, lang))
    fos, f = data.draw(money(300_000, 700_000, lang))
    goal, g = data.draw(money(500_000, 10_000_000, lang))
    q = pick(data.draw, {
        "da": [f"Hvor mange børn skal vi flytte fra institution til plejefamilie for at spare {g} om året? "
               f"Institution koster {r} og plejefamilie {f} om året pr. barn."],
        "en": [f"How many children must we move from residential care to foster care to save {g} a year? "
               f"Residential care costs {r} and foster care {f} a year per child."],
    }[lang])  # fmt: skip
    exact = goal / (res - fos)
    expect(q, lang, [("moves_needed", calc.round_up(exact))])


@many
@given(st.data(), LANGS)
def test_cost_of_a_target_from_todays_staff_and_caseload(data: st.DataObject, lang: str) -> None:
    staff, s = data.draw(count(5, 150, lang, words=False))
    now, a = data.draw(count(31, 60, lang, words=False))
    target, t = data.draw(count(15, 30, lang, words=False))
    cost, k = data.draw(money(400_000, 900_000, lang))
    q = pick(data.draw, {
        "da": [f"Vores {s} rådgivere har i gennemsnit {a} sager hver. Hvad koster det at komme ned på {t}, når en "
               f"rådgiver koster {k} om året?"],
        "en": [f"Our {s} caseworkers carry {a} cases each on average. What does it cost to get down to {t} at {k} "
               f"per worker a year?"],
    }[lang])  # fmt: skip
    gap = calc.staffing_gap(staff * now, staff, target)
    result = expect(q, lang, [("cost_per_year", gap.change * cost)])
    assert result.calculation.outputs["extra_staff"] == gap.change  # shown before the cost, as context


@many
@given(st.data(), LANGS)
def test_placement_portfolio_and_a_move_inside_it(data: st.DataObject, lang: str) -> None:
    res_n, rn = data.draw(count(2, 60, lang, words=False))
    fos_n, fn = data.draw(count(2, 90, lang, words=False))
    res, r = data.draw(money(800_000, 1_600_000, lang))
    fos, f = data.draw(money(300_000, 700_000, lang))
    moved, m = data.draw(count(1, res_n, lang, words=False))
    q = pick(data.draw, {
        "da": [f"Vi har {rn} børn anbragt på institution til {r} og {fn} i plejefamilie til {f}. Hvad koster de i "
               f"alt, og hvad ville det koste, hvis vi flytter {m} fra institution til plejefamilie?"],
        "en": [f"We have {rn} children in residential care at {r} each and {fn} in foster care at {f} each. What "
               f"do they cost in total, and what would it cost if we move {m} from residential to foster care?"],
    }[lang])  # fmt: skip
    total = res_n * res + fos_n * fos
    after = total - moved * (res - fos)
    expect(q, lang, [
        ("foster_spend", fos_n * fos),
        ("residential_spend", res_n * res),
        ("portfolio_spend", total),
        ("portfolio_spend_after", after),
    ])  # fmt: skip


@many
@given(st.data(), LANGS)
def test_a_share_of_placed_children_moved(data: st.DataObject, lang: str) -> None:
    placed, n = data.draw(count(5, 200, lang, words=False))
    pct = int(data.draw(ints(5, 60)))
    res, r = data.draw(money(800_000, 1_600_000, lang))
    fos, f = data.draw(money(300_000, 700_000, lang))
    p = f"{pct} %" if lang == "da" else f"{pct}%"
    q = pick(data.draw, {
        "da": [f"Vi har {n} børn anbragt på døgninstitution til {r} om året pr. barn. Hvis vi kan flytte {p} af dem "
               f"over i plejefamilie til {f} om året, hvor mange børn er det, og hvad sparer vi årligt?"],
        "en": [f"If {p} of our {n} residential placements ({r} each) moved to foster families ({f}), how many "
               f"children is that and how much would we save a year?"],
    }[lang])  # fmt: skip
    moved = math.floor(round(placed * pct / 100, 9))
    expect(q, lang, [("moved", moved), ("savings_per_year", calc.move_savings(moved, res, fos))])


@many
@given(st.data(), LANGS)
def test_pay_with_a_surcharge_and_the_positions_a_budget_pays_for(data: st.DataObject, lang: str) -> None:
    budget, b = data.draw(money(2_000_000, 20_000_000, lang))
    pay, s = data.draw(money(380_000, 560_000, lang))
    pct = int(data.draw(ints(5, 40)))
    p = f"{pct} %" if lang == "da" else f"{pct}%"
    q = pick(data.draw, {
        "da": [f"Vi har en ramme på {b}. En rådgiver får {s} i løn, og vi lægger {p} oven i til overhead. Hvad "
               f"koster en rådgiver så, og hvor mange stillinger kan rammen bære?"],
        "en": [f"We have a budget of {b}. A social worker is paid {s}, and we add {p} on top for overhead. What "
               f"does one social worker cost then, and how many positions can the budget cover?"],
    }[lang])  # fmt: skip
    cost = calc.with_surcharge(pay, pct)
    expect(q, lang, [("cost_per_worker", cost), ("staff_affordable", math.floor(round(budget / cost, 9)))])


@many
@given(st.data(), LANGS)
def test_payback_time_of_a_one_off_cost(data: st.DataObject, lang: str) -> None:
    once, o = data.draw(money(500_000, 9_000_000, lang))
    saving, s = data.draw(money(100_000, 3_000_000, lang))
    q = pick(data.draw, {
        "da": [f"En engangsudgift på {o} giver en besparelse på {s} om året. Hvad er tilbagebetalingstiden?",
               f"Vi investerer {o} som en engangsudgift og sparer {s} om året. Hvor mange år går der, før det er "
               f"tjent hjem?"],
        "en": [f"A one-off investment of {o} gives net savings of {s} a year. How many years until it's paid back?"],
    }[lang])  # fmt: skip
    expect(q, lang, [("payback_years", calc.round_up(once / saving))])


# --- issue 13: budget cuts into positions, cases closed, price gaps ------------------------------------


def pct_text(value: int, lang: str) -> str:
    return f"{value} %" if lang == "da" else f"{value}%"


@many
@given(st.data(), LANGS)
def test_a_share_of_the_staff_budget_to_find_in_positions(data: st.DataObject, lang: str) -> None:
    budget, b = data.draw(money(5_000_000, 60_000_000, lang))
    pct = int(data.draw(ints(2, 25)))
    cost, c = data.draw(money(450_000, 800_000, lang))
    p = pct_text(pct, lang)
    q = pick(data.draw, {
        "da": [f"Budgettet til rådgivere er {b}, og vi skal finde {p}. Hvor mange kroner er det, og hvor mange "
               f"stillinger à {c} svarer det til?",
               f"Lønbudgettet er på {b}. Vi skal spare {p}. Hvor mange kroner er det, og hvor mange stillinger "
               f"svarer det til ved {c} pr. stilling?"],
        "en": [f"The staff budget is {b} and we have to find {p}. How many kroner is that, and how many "
               f"positions at {c} does it correspond to?",
               f"Our budget for caseworkers is {b}. We must cut {p}. How much is that in kroner, and how many "
               f"positions is that at {c} per position?"],
    }[lang])  # fmt: skip
    found = calc.share_of_amount(budget, pct)
    expect(q, lang, [("cut_amount", found), ("staff_cut", calc.round_up(calc.positions_for(found, cost)))])


@many
@given(st.data(), LANGS)
def test_a_share_of_a_whole_budget_set_aside_for_staff_in_positions(data: st.DataObject, lang: str) -> None:
    """Not a cut: a share of the whole budget is money to hire with, and the positions are rounded down."""
    budget, b = data.draw(money(20_000_000, 200_000_000, lang))
    pct = int(data.draw(ints(5, 30)))  # at least one position: 5 % of 20 mio. kr. pays for one at 800.000 kr.
    cost, c = data.draw(money(450_000, 800_000, lang))
    p = pct_text(pct, lang)
    q = pick(data.draw, {
        "da": [f"Hvis {p} af et budget på {b} bruges på flere rådgivere til {c} pr. stilling, hvor mange stillinger "
               f"kan vi så få?",
               f"Vores budget på børne- og ungeområdet er {b}, og hvis {p} af det afsættes til flere rådgivere à {c}, "
               f"hvor mange rådgivere kan vi så ansætte?"],
        "en": [f"Our children and youth budget is {b}. If {p} of it is earmarked for extra caseworkers at {c} each, "
               f"how many positions can we afford?",
               f"Suppose {p} of the budget of {b} is spent on more social workers at {c} each. How many social "
               f"workers can we hire?"],
    }[lang])  # fmt: skip
    money_for_staff = calc.share_of_amount(budget, pct)
    expect(q, lang, [("staff_affordable", math.floor(calc.staff_affordable(money_for_staff, cost) + 1e-9))])


@many
@given(st.data(), LANGS)
def test_a_sum_to_find_in_positions_and_the_caseload_of_those_left(data: st.DataObject, lang: str) -> None:
    amount, a = data.draw(money(400_000, 4_000_000, lang))
    cost, c = data.draw(money(450_000, 800_000, lang))
    staff, s = data.draw(count(12, 90, lang))
    left = staff - calc.round_up(calc.positions_for(amount, cost))
    cases, n = data.draw(cases_for(staff, lang, high=150 * left / staff, least=200))
    q = pick(data.draw, {
        "da": [f"Vi skal finde {a} om året. Hvor mange rådgiverstillinger svarer det til ved {c} stykket, og hvad "
               f"bliver sagstallet for dem, der er tilbage, når vi i dag er {s} rådgivere om {n} sager?",
               f"Vi har {n} sager og {s} rådgivere i dag, og vi skal spare {a}. Hvor mange stillinger à {c} "
               f"svarer det til, og hvad bliver sagstallet så?"],
        "en": [f"We need to find {a} a year. How many positions is that at {c} each, and what will the caseload "
               f"be for those left when we have {s} caseworkers on {n} cases today?",
               f"We have {n} cases and {s} social workers today, and we must save {a}. How many positions at {c} "
               f"does that correspond to, and what's the caseload then?"],
    }[lang])  # fmt: skip
    cut = calc.round_up(calc.positions_for(amount, cost))
    expect(q, lang, [("staff_cut", cut), ("caseload", calc.caseload(cases, staff)),
                     ("caseload_after_cut", calc.caseload_after_cut(cases, staff, cut))])  # fmt: skip


@many
@given(st.data(), LANGS)
def test_a_share_of_the_cases_closed_and_the_caseload_left(data: st.DataObject, lang: str) -> None:
    staff, s = data.draw(count(3, 120, lang))
    load, ld = data.draw(count(20, 60, lang, words=False))  # 60 % closed still leaves 8 or more
    pct = int(data.draw(ints(5, 60)))
    p = pct_text(pct, lang)
    q = pick(data.draw, {
        "da": [f"Vi har {s} rådgivere med hver {ld} forebyggende sager. Hvis ledelsen beder dem lukke {p} af "
               f"sagerne, hvor mange sager lukkes der så i alt, og hvor mange har hver rådgiver tilbage?",
               f"{s} rådgivere har hver {ld} sager. Hvis vi lukker {p} af sagerne, hvor mange sager bliver lukket, "
               f"og hvor mange sager har hver rådgiver så tilbage?"],
        "en": [f"We have {s} caseworkers with {ld} cases each. If they close {p} of the cases, how many cases "
               f"are closed in total, and how many does each caseworker have left?",
               f"Our {s} social workers each carry {ld} cases. If we close {p} of their cases, how many cases "
               f"get closed and how many cases does each social worker keep?"],
    }[lang])  # fmt: skip
    cases = calc.cases_carried(staff, load)
    closed = calc.cases_closed(cases, pct)
    expect(q, lang, [("cases_closed", closed), ("caseload_left", calc.caseload_after_closing(cases, closed, staff))])


@many
@given(st.data(), LANGS)
def test_the_yearly_difference_per_child_of_two_monthly_prices(data: st.DataObject, lang: str) -> None:
    foster, f = data.draw(money(15_000, 70_000, lang))
    home, r = data.draw(money(60_000, 160_000, lang))
    pm = pick(data.draw, MONTHLY[lang])
    q = pick(data.draw, {
        "da": [f"En plejefamilie koster os {f}{pm} og en plads på døgninstitution {r}{pm}. Hvad er "
               f"den årlige forskel pr. barn?",
               f"Et opholdssted koster {r}{pm}, en plejefamilieanbringelse {f}{pm}. Hvad er "
               f"forskellen pr. barn om året?"],
        "en": [f"A foster family placement costs us {f}{pm} and a residential place {r}{pm}. What's the "
               f"yearly difference per child?",
               f"Residential care costs {r}{pm} and foster care {f}{pm}. What is the annual "
               f"difference per child?"],
    }[lang])  # fmt: skip
    expect(q, lang, [("price_gap", calc.price_gap(home * 12, foster * 12))])


# Monthly prices as they are typed: each twelve to the year.
MONTHLY = {
    "da": [" om måneden", "/md.", " pr. md.", " pr. måned", " i måneden", " hver måned", " /md"],
    "en": [" a month", " per month", "/month", " monthly", " every month", "/mo"],
}


@many
@given(st.data(), LANGS)
def test_break_even_moves_at_monthly_prices(data: st.DataObject, lang: str) -> None:
    home, r = data.draw(money(60_000, 160_000, lang))
    foster, f = data.draw(money(15_000, 55_000, lang))
    _extra, n = data.draw(count(2, 12, lang))
    total, t = data.draw(money(1_000_000, 9_000_000, lang))
    pm = pick(data.draw, MONTHLY[lang])
    q = pick(data.draw, {
        "da": [f"Hvor mange børn skal flyttes fra opholdssted ({r}{pm}) til plejefamilie ({f}{pm}), før {n} nye "
               f"rådgivere til i alt {t} om året er tjent hjem?"],
        "en": [f"How many children must we move from residential care ({r}{pm}) to foster care ({f}{pm}) for "
               f"{n} new social workers costing {t} a year in total to pay for themselves?"],
    }[lang])  # fmt: skip
    exact = scenario.break_even_placements(total, calc.move_saving_per_child(home * 12, foster * 12))
    assert exact is not None
    result = expect(q, lang, [("break_even", calc.round_up(exact))])
    assert math.isclose(result.calculation.outputs["break_even_exact"], exact, abs_tol=1e-6)


@many
@given(st.data(), LANGS)
def test_two_teams_or_two_years_each_with_cases_and_staff(data: st.DataObject, lang: str) -> None:
    cases1, c1 = data.draw(count(50, 3_000, lang, words=False))
    staff1, s1 = data.draw(count(2, 80, lang))
    cases2, c2 = data.draw(count(50, 3_000, lang, words=False))
    staff2, s2 = data.draw(count(2, 80, lang))
    ask = int(data.draw(ints(0, 2)))  # each only, each and together, each and the change
    tail = {
        "da": ["Hvad er sagstallet i hvert team?", "Hvad er sagstallet i hvert team, og hvad er det samlet?",
               "Hvad var sagstallet hvert år, og er det steget eller faldet?"],
        "en": ["What's the caseload in each team?", "What's the caseload in each team and for both combined?",
               "What was the caseload each year, and has it gone up or down?"],
    }[lang][ask]  # fmt: skip
    q = pick(data.draw, {
        "da": [f"Handicapteamet har {c1} sager fordelt på {s1} rådgivere, og familieteamet har {c2} sager på "
               f"{s2} rådgivere. {tail}",
               f"Sidste år havde vi {c1} sager fordelt på {s1} rådgivere, i år er det {c2} sager på {s2} "
               f"rådgivere. {tail}"],
        "en": [f"Our handicap team is {s1} case managers with {c1} cases, the family team {s2} case managers "
               f"with {c2} cases. {tail}",
               f"Last year we had {c1} cases shared by {s1} social workers, this year it is {c2} cases on {s2} "
               f"social workers. {tail}"],
    }[lang])  # fmt: skip
    first, second = calc.caseload(cases1, staff1), calc.caseload(cases2, staff2)
    expected = [("caseload", first), ("caseload", second)]
    if ask == 1:
        expected.append(("caseload", calc.caseload(cases1 + cases2, staff1 + staff2)))
    if ask == 2:
        expected.append(("abs_change", calc.difference(first, second)))
    expect(q, lang, expected)


@many
@given(st.data(), LANGS)
def test_placement_spend_over_several_years(data: st.DataObject, lang: str) -> None:
    placed, n = data.draw(count(2, 300, lang))
    unit, u = data.draw(money(300_000, 1_500_000, lang))
    years, y = data.draw(count(2, 10, lang, words=False))
    q = pick(data.draw, {
        "da": [f"Hvis vi beholder {n} anbringelser i plejefamilie til {u} om året i de næste {y} år, hvad bliver "
               f"det så i alt?",
               f"Vi har {n} børn anbragt i plejefamilie til {u} hver om året. Hvad koster de over {y} år?"],
        "en": [f"If we keep {n} foster placements at {u} a year for the next {y} years, what's the total?",
               f"We have {n} children in foster care at {u} each a year. What is the total cost over {y} years?"],
    }[lang])  # fmt: skip
    spend = unit * placed
    expect(q, lang, [("portfolio_spend", spend), ("spend_total", calc.over_years(spend, years))])


@many
@given(st.data(), LANGS, st.booleans())
def test_percent_more_staff_for_a_caseload_change_at_the_same_cases(data: st.DataObject, lang: str, both: bool) -> None:
    high, h = data.draw(count(12, 80, lang, words=False))
    low, lo = data.draw(count(8, high - 1, lang, words=False))
    if both:
        q = pick(data.draw, {
            "da": [f"Vi sænkede sagstallet fra {h} til {lo} ved at ansætte, med det samme antal sager. Hvor mange "
                   f"procent faldt sagstallet, og hvor mange procent flere rådgivere fik vi?"],
            "en": [f"We cut the caseload from {h} to {lo} by hiring, with the same number of cases. By what percent "
                   f"did the caseload fall, and by what percent did the staff grow?"],
        }[lang])  # fmt: skip
        expect(q, lang, [("pct_change", calc.percentage_change(high, low)),
                         ("staff_pct", calc.percentage_change(low, high))])  # fmt: skip
        return
    q = pick(data.draw, {
        "da": [f"Hvis sagstallet skal ned fra {h} til {lo} pr. rådgiver med det samme antal sager, hvor mange "
               f"procent flere rådgivere kræver det så?",
               f"Sagstal {h} -> {lo} pr. rådgiver, samme sager. Hvor mange procent flere rådgivere?"],
        "en": [f"If the caseload has to come down from {h} to {lo} per worker with the same cases, what percentage "
               f"more social workers does that take?",
               f"Going from {h} to {lo} cases per caseworker at the same number of cases: how many percent more "
               f"caseworkers is that?"],
    }[lang])  # fmt: skip
    expect(q, lang, [("staff_pct", calc.percentage_change(low, high))])


@many
@given(st.data(), LANGS)
def test_terse_and_colloquial_caseload(data: st.DataObject, lang: str) -> None:
    staff, s = data.draw(count(2, 400, lang))
    cases, c = data.draw(cases_for(staff, lang))
    q = pick(data.draw, {
        "da": [f"{c} sager, {s} rådgivere – sagstal?", f"{c} børnesager og {s} rådgivere i dag. Sagstal?",
               f"{c} sager, {s} socialrådgivere: sagstallet?"],
        "en": [f"{c} cases, {s} caseworkers - caseload?",
               f"so we've got {c} kids' cases and {s} caseworkers right now - what does that come to per worker?",
               f"{c} children's cases and {s} social workers at the moment, caseload?"],
    }[lang])  # fmt: skip
    expect(q, lang, [("caseload", calc.caseload(cases, staff))])


@many
@given(st.data(), LANGS, st.booleans())
def test_terse_extra_cost_of_a_caseload_target(data: st.DataObject, lang: str, arrow: bool) -> None:
    now = data.draw(ints(25, 60))
    target = data.draw(ints(10, now - 1))
    staff = data.draw(ints(2, 200))
    cases = now * staff  # today's caseload given: the cases a whole number of workers carry
    c = format_number(cases, lang)  # type: ignore[arg-type]
    cost, p = data.draw(money(300_000, 990_000, lang))
    if arrow:
        q = {"da": f"sagstal {now} -> {target}, {c} sager, {p} pr. rådgiver. merudgift?",
             "en": f"caseload {now} -> {target}, {c} cases, {p} per worker. extra cost?"}[lang]  # fmt: skip
        extra = calc.caseload_change(cases, now, target).extra_fte
    else:
        q = pick(data.draw, {
            "da": [f"{c} børnesager, {staff} rådgivere, målet er {target} sager pr. rådgiver. En rådgiver koster "
                   f"{p} om året. Hvad bliver merudgiften?"],
            "en": [f"{c} kids' cases, {staff} caseworkers right now, the target is {target} cases per worker. A "
                   f"worker costs {p} a year. What's the extra cost?"],
        }[lang])  # fmt: skip
        extra = calc.staffing_gap(cases, staff, target).change
    result = expect(q, lang, [("cost_per_year", calc.staff_cost(extra, cost))])
    assert result.calculation.outputs["extra_staff"] == extra


@many
@given(st.data(), LANGS, st.booleans())
def test_a_move_named_only_by_where_the_children_go(data: st.DataObject, lang: str, monthly: bool) -> None:
    moved, m = data.draw(count(2, 30, lang))
    if monthly:
        home, r = data.draw(money(60_000, 160_000, lang))
        foster, f = data.draw(money(15_000, 55_000, lang))
        pm = pick(data.draw, MONTHLY[lang])
        home, foster, r, f = home * 12, foster * 12, f"{r}{pm}", f"{f}{pm}"
    else:
        home, r = data.draw(money(600_000, 2_500_000, lang))
        foster, f = data.draw(money(200_000, 590_000, lang))
    staff_cost, p = data.draw(money(300_000, 990_000, lang))
    q = pick(data.draw, {
        "da": [f"En plads på opholdssted koster os {r}, en plejefamilie {f}. Hvis {m} børn flytter til "
               f"plejefamilie, hvad sparer vi så om året?",
               f"Vi har {m} børn på opholdssted til {r}. Hvis de i stedet kom i plejefamilie til {f}, og vi "
               f"samtidig ansatte én ekstra rådgiver til {p}, hvad ville nettobesparelsen så være om året?"],
        "en": [f"A residential placement costs us {r}, foster care {f}. If {m} kids move to foster care, "
               f"what's the yearly saving?",
               f"We have {m} children in residential care at {r}. If they went into foster care instead at {f} "
               f"and we hired one extra social worker at {p}, what would the net saving be per year?"],
    }[lang])  # fmt: skip
    saving = calc.move_savings(moved, home, foster)
    if "net" in q:
        expect(q, lang, [("net_per_year", calc.net_result(saving, calc.staff_cost(1, staff_cost)))])
    else:
        expect(q, lang, [("savings_per_year", saving)])


@many
@given(st.data(), LANGS)
def test_percentage_change_between_two_counts_named_once(data: st.DataObject, lang: str) -> None:
    before, b = data.draw(count(10, 5000, lang, words=False))
    after, a = data.draw(count(10, 5000, lang, words=False))
    q = pick(data.draw, {
        "da": [f"Vi gik fra {b} anbringelser til {a} på et år. Hvor mange procent er ændringen?",
               f"Vi er gået fra {b} børn i anbringelse uden for hjemmet til {a}. Hvad er ændringen i procent?"],
        "en": [f"We went from {b} children in out-of-home placement to {a} in a year. What's the percentage change?",
               f"Placements went from {b} foster placements to {a}. By what percent did that change?"],
    }[lang])  # fmt: skip
    expect(q, lang, [("pct_change", calc.percentage_change(before, after))])


@many
@given(st.data(), LANGS)
def test_growing_cases_at_a_kept_caseload(data: st.DataObject, lang: str) -> None:
    keep = int(data.draw(ints(10, 50)))  # type: ignore[call-overload]
    staff = int(data.draw(ints(2, 150)))  # type: ignore[call-overload]
    start = keep * staff  # today's cases at today's caseload: a whole number of workers
    end = start + int(data.draw(ints(1, 3000)))  # type: ignore[call-overload]
    s, e = format_number(start, lang), format_number(end, lang)  # type: ignore[arg-type]
    cost, p = data.draw(money(300_000, 990_000, lang))
    q = pick(data.draw, {
        "da": [f"Antallet af sager stiger fra {s} til {e}, og vi vil holde sagstallet på {keep}. Hvor mange ekstra "
               f"rådgivere kræver det, og hvad koster de ved {p} stykket?",
               f"Sagerne stiger fra {s} til {e}, og sagstallet skal holdes på {keep}. Hvor mange flere "
               f"rådgivere skal vi bruge, og hvad koster de til {p} pr. rådgiver?"],
        "en": [f"Our cases are rising from {s} to {e} and we want to keep the caseload at {keep}. How many extra "
               f"social workers does that take, and what do they cost at {p} each?"],
    }[lang])  # fmt: skip
    extra = calc.round_up(calc.fte_needed(end, keep).fte_exact) - staff
    expect(q, lang, [("extra_staff", extra), ("cost_per_year", calc.staff_cost(extra, cost))])


@many
@given(st.data(), LANGS)
def test_net_result_when_an_area_is_named_before_the_worker_price(data: st.DataObject, lang: str) -> None:
    extra, n = data.draw(count(2, 20, lang))
    each, p = data.draw(money(300_000, 990_000, lang))
    avoided, k = data.draw(count(1, 15, lang, words=False))
    unit, u = data.draw(money(600_000, 2_500_000, lang))
    q = pick(data.draw, {
        "da": [f"Hvis vi sætter {n} rådgivere mere på børneområdet til ca. {p} stykket, undgår vi omkring {k} "
               f"anbringelser på institution om året til {u} hver. Hvad er nettoresultatet pr. år?"],
        "en": [f"If we put {n} more social workers on the children's area, at roughly {p} each, we'd avoid about "
               f"{k} institutional placements a year at {u} each. What's the net per year?",
               f"Adding {n} caseworkers to the kids' unit at {p} each should avoid {k} residential placements a "
               f"year at {u} each. What is the net result per year?"],
    }[lang])  # fmt: skip
    saved = calc.placement_saving(avoided, unit)
    expect(q, lang, [("net_per_year", calc.net_result(saved, calc.staff_cost(extra, each)))])


@many
@given(st.data(), LANGS, st.booleans())
def test_two_areas_each_with_cases_and_a_target(data: st.DataObject, lang: str, total: bool) -> None:
    cases1, c1 = data.draw(count(50, 3_000, lang, words=False))
    target1 = int(data.draw(ints(10, 60)))  # type: ignore[call-overload]
    cases2, c2 = data.draw(count(50, 3_000, lang, words=False))
    target2 = int(data.draw(ints(10, 60)))  # type: ignore[call-overload]
    ask = {"da": ("Hvor mange rådgivere skal vi bruge i alt?" if total else
                  "Hvor mange rådgivere skal hvert område have?"),
           "en": ("How many social workers do we need in total?" if total else
                  "How many social workers does each area need?")}[lang]  # fmt: skip
    q = pick(data.draw, {
        "da": [f"Familieområdet har {c1} sager og skal ned på {target1} pr. rådgiver, handicapområdet har {c2} "
               f"sager og skal ned på {target2}. {ask}"],
        "en": [f"The family area has {c1} cases and must get down to {target1} per worker, the disability area "
               f"has {c2} cases and must get down to {target2}. {ask}"],
    }[lang])  # fmt: skip
    each = [calc.fte_needed(cases1, target1).fte_needed, calc.fte_needed(cases2, target2).fte_needed]
    want = [("staff_needed", each[0]), ("staff_needed", each[1])]
    if total:
        want.append(("staff_needed_total", each[0] + each[1]))
    expect(q, lang, want)


@many
@given(st.data(), LANGS)
def test_per_placement_from_a_total_saving_and_the_staff_it_pays_for(data: st.DataObject, lang: str) -> None:
    avoided, k = data.draw(count(2, 20, lang))
    saved, s = data.draw(money(500_000, 30_000_000, lang))
    each, p = data.draw(money(300_000, 990_000, lang))
    q = pick(data.draw, {
        "da": [f"Vi undgik {k} anbringelser og sparede {s} i alt. Hvad er det pr. anbringelse, og hvor mange "
               f"rådgivere til {p} om året kan besparelsen betale for?"],
        "en": [f"We avoided {k} placements and saved {s} in total. What's that per placement, and how many social "
               f"workers at {p} a year would the total pay for?"],
    }[lang])  # fmt: skip
    expect(q, lang, [("saving_per_placement", saved / avoided),
                     ("staff_affordable", math.floor(calc.staff_affordable(saved, each) + 1e-9))])  # fmt: skip


@many
@given(st.data(), LANGS)
def test_a_second_percentage_asked_but_not_read_is_said(data: st.DataObject, lang: str) -> None:
    before, b = data.draw(money(100_000, 90_000_000, lang))
    after, a = data.draw(money(100_000, 90_000_000, lang))
    q = pick(data.draw, {
        "da": [f"Udgiften gik fra {b} til {a}. Hvor mange procent er ændringen, og hvor mange procent steg antallet "
               f"af børn?"],
        "en": [f"Spending went from {b} to {a}. By what percent did it change, and by what percent did the number "
               f"of children grow?"],
    }[lang])  # fmt: skip
    result = expect(q, lang, [("pct_change", calc.percentage_change(before, after))])
    said = {"da": "Det har jeg ikke regnet ud", "en": "I have not worked this out"}[lang]
    assert said in result.text.split("\n\n", 1)[0], q


@many
@given(st.data(), LANGS)
def test_a_share_of_them_moving_is_never_all_of_them(data: st.DataObject, lang: str) -> None:
    placed, n = data.draw(count(3, 60, lang))
    home, r = data.draw(money(600_000, 2_500_000, lang))
    foster, f = data.draw(money(200_000, 590_000, lang))
    share = pick(data.draw, {"da": ["en tredjedel", "halvdelen", "nogle"], "en": ["a third", "half", "some"]}[lang])
    q = {"da": f"Vi har {n} børn på opholdssted til {r} om året hver. Hvis {share} af dem flytter til plejefamilie til "
               f"{f}, hvad sparer vi så om året?",
         "en": f"We have {n} children in residential care at {r} a year each. If {share} of them move to foster "
               f"families at {f}, what's the annual saving?"}[lang]  # fmt: skip
    result = answer_calculation(q, lang, cite)  # type: ignore[arg-type]
    assert result is not None, q
    everyone = calc.move_savings(placed, home, foster)
    assert all(a.value is None or not math.isclose(a.value, everyone) for a in result.calculation.asked), q


_PARTS = {"da": {2: "halvdelen", 3: "en tredjedel", 4: "en fjerdedel"}, "en": {2: "half", 3: "a third", 4: "a quarter"}}


@many
@given(st.data(), LANGS, st.booleans())
def test_a_part_of_one_types_children_moved_to_the_other(data: st.DataObject, lang: str, as_part: bool) -> None:
    """Children of one type, some of them moved to the other: the part said as a count ("4 af dem") or a
    fraction ("en tredjedel af dem"), and the saving and the new yearly total asked for the same children."""
    parts = data.draw(st.sampled_from([2, 3, 4]))
    placed = parts * int(data.draw(ints(2, 10)))  # type: ignore[call-overload]
    moved = placed // parts if as_part else int(data.draw(ints(1, placed - 1)))  # type: ignore[call-overload]
    n = format_number(placed, lang)  # type: ignore[arg-type]
    k = f"{_PARTS[lang][parts]} af dem" if lang == "da" else f"{_PARTS[lang][parts]} of them"
    if not as_part:
        k = f"{moved} af dem" if lang == "da" else f"{moved} of them"
    residential, r = data.draw(money(600_000, 2_500_000, lang))
    foster, f = data.draw(money(200_000, 590_000, lang))
    q = pick(data.draw, {
        "da": [f"Vi har {n} børn på døgninstitution til {r} om året. Hvis vi flytter {k} til plejefamilie til {f} "
               f"om året, hvad sparer vi så om året, og hvad koster de {n} børn så i alt?",
               f"{n} børn er anbragt på institution til {r} stykket om året. Hvis {k} kommer i plejefamilie til {f}, "
               f"hvad er besparelsen om året, og hvad bliver den nye samlede udgift?"],
        "en": [f"We have {n} children in residential institutions at {r} a year each. If we move {k} to foster "
               f"families at {f} a year, what's the annual saving, and what's the new yearly total?",
               f"{n} kids are in residential care, {r} a year each. If {k} go into foster care at {f} a year, "
               f"what do we save a year and what will those {n} children cost a year?"],
    }[lang])  # fmt: skip
    result = worked(q, lang, {
        "savings_per_year": calc.move_savings(moved, residential, foster),
        "portfolio_spend_after": (placed - moved) * residential + moved * foster,
    })  # fmt: skip
    assert result.calculation.ambiguous == [], (q, result.calculation.ambiguous)


@many
@given(st.data(), LANGS)
def test_a_stay_of_some_months(data: st.DataObject, lang: str) -> None:
    """A type's price a month or a year and a stay of some months, for a count of children: the stay's cost."""
    children, c = data.draw(count(2, 12, lang))
    months = int(data.draw(ints(2, 36)))  # type: ignore[call-overload]
    monthly = data.draw(st.booleans())
    price, p = data.draw(money(240_000, 1_800_000, lang))
    if monthly:  # a whole thousand a month, as providers quote it
        price = price // 12_000 * 1000
        p = f"{format_number(price, lang)} kr." if lang == "da" else f"DKK {format_number(price, 'en')}"  # type: ignore[arg-type]
    per = ("om måneden" if lang == "da" else "a month") if monthly else ("om året" if lang == "da" else "a year")
    q = pick(data.draw, {
        "da": [f"En plads i plejefamilie koster {p} {per}. Hvad koster {c} anbringelser i {months} måneder?",
               f"Et opholdssted koster {p} {per}. Hvad koster det, hvis {c} børn er anbragt der i {months} måneder?"],
        "en": [f"A foster family costs {p} {per}. What do {c} placements cost over {months} months?",
               f"A residential place is {p} {per}. What would {c} children cost for {months} months?"],
    }[lang])  # fmt: skip
    yearly = price * 12 if monthly else price
    result = worked(q, lang, {"stay_cost": children * yearly * months / 12})
    assert result.calculation.ambiguous == [], q


@many
@given(st.data(), LANGS)
def test_a_budget_and_what_priced_staff_take_of_it(data: st.DataObject, lang: str) -> None:
    """A budget beside a count of staff or placements with a price each: the spend, its share, what is left."""
    staff, n = data.draw(count(3, 60, lang, words=False))
    price, p = data.draw(money(300_000, 900_000, lang))
    spend = staff * price
    budget = int(data.draw(ints(spend // 1_000_000 + 1, spend // 1_000_000 * 3 + 5))) * 1_000_000  # type: ignore[call-overload]
    b = f"{format_number(budget / 1e6, lang)} mio. kr." if lang == "da" else f"DKK {format_number(budget / 1e6, 'en')}m"  # type: ignore[arg-type]
    q = pick(data.draw, {
        "da": [f"Afdelingen har et budget på {b}. Vi har {n} rådgivere, der hver koster {p} om året. Hvad koster de i "
               f"alt, hvor stor en andel af budgettet går til dem, og hvor meget er der tilbage?",
               f"Lønbudgettet er {b}. Vi har {n} rådgivere til {p} stykket. Hvad koster de i alt, og hvad er der "
               f"tilbage?"],
        "en": [f"Our budget is {b}. We have {n} social workers at {p} each. What do they cost in total, what share "
               f"of the budget is that, and how much is left?",
               f"Out of a staffing budget of {b}, how much do {n} caseworkers at {p} each take up, and how much is "
               f"left?"],
    }[lang])  # fmt: skip
    result = worked(q, lang, {"use_cost": spend, "use_left": budget - spend})
    if "use_share_pct" in result.calculation.outputs:
        assert math.isclose(result.calculation.outputs["use_share_pct"], round(100 * spend / budget, 6), abs_tol=0.01)
    assert result.calculation.ambiguous == [], q
