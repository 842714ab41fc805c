"""Readings of requests and of each worker's cases: a request in the imperative asks for the nouns after
it, "each of our 30 caseworkers carries 25" is today's caseload, and an amount "for 1,200 cases" is money,
never staff."""

from __future__ import annotations

import pytest
from test_calc_generated import worked

from assistant.calc.chat import answer_calculation
from assistant.calc.question import read_question


def cite(doc_id: str, quote: str) -> int:
    return 1


@pytest.mark.parametrize(
    ("lang", "question", "asked"),
    [
        ("en", "The department has 1,440 open cases handled by 48 FTEs. The council wants a maximum caseload of 24. "
               "Please calculate the current caseload, the additional FTEs required and the annual cost at DKK "
               "615,000 per FTE.", ["caseload", "extra_staff", "cost_per_year"]),
        ("da", "Afdelingen har 1.440 sager og 48 rådgivere. Byrådet vil ned på 24 sager pr. rådgiver. Beregn "
               "sagstallet i dag, antal ekstra rådgivere og merudgiften ved 615.000 kr. pr. rådgiver.",
         ["caseload", "extra_staff", "cost_per_year"]),
    ],
)  # fmt: skip
def test_a_request_in_the_imperative_asks_for_each_noun(lang: str, question: str, asked: list[str]) -> None:
    answer = answer_calculation(question, lang, cite)  # type: ignore[arg-type]
    assert answer is not None
    got = {a.name: a.value for a in answer.calculation.asked}
    assert set(asked) <= set(got), got
    assert got["caseload"] == 30 and got["extra_staff"] == 12 and got["cost_per_year"] == 7_380_000


@pytest.mark.parametrize(
    ("lang", "question"),
    [
        ("en", "Each of our 30 caseworkers carries 25 cases. What is the total number of cases?"),
        ("en", "Our 30 caseworkers each carry 25 cases. What is the total number of cases?"),
        ("da", "Hver af vores 30 rådgivere har 25 sager. Hvor mange sager er der i alt?"),
    ],
)
def test_each_workers_cases_are_todays_caseload(lang: str, question: str) -> None:
    roles = [n.role for n in read_question(question, lang).numbers]  # type: ignore[arg-type]
    assert roles == ["staff_now", "caseload_now"]


@pytest.mark.parametrize(
    ("lang", "question"),
    [
        ("da", "Vi har 1.370 sager og 33 rådgivere. Hvor mange skal vi have, for at ingen har over 30 sager?"),
        ("en", "How many caseworkers do we need to cover 935 cases if nobody may carry more than 22?"),
        ("da", "Hver rådgiver koster 600.000 kr. Vi har 1.000 sager. Hvad koster det at have et sagstal på 25?"),
    ],
)
def test_a_cap_or_a_wish_after_a_verb_of_having_stays_the_target(lang: str, question: str) -> None:
    numbers = read_question(question, lang).numbers  # type: ignore[arg-type]
    assert [n.role for n in numbers if n.unit == "cases_per_worker"] == ["target"]


def test_an_amount_for_a_number_of_cases_is_money_not_staff() -> None:
    question = "Our children's area budget is 84 million kr. for 1,200 cases. What does that come to per case?"
    answer = answer_calculation(question, "en", cite)
    assert answer is not None
    assert answer.calculation.outputs["amount_each"] == 70_000


def test_a_percentage_left_out_of_a_partial_answer_stops_it() -> None:
    """Red-team round 5: "300 rådgivere" was stated for the whole budget, the 2 % cut left out and the kroner
    asked for never given. A percentage the working does not use stops any figure, not only a complete one."""
    question = (
        "Besparelseskrav på 2 % af et budget på 180 mio. kr. – hvor mange kroner er det, og hvor mange rådgivere "
        "á 600.000 kr. svarer det til?"
    )
    answer = answer_calculation(question, "da", cite)
    assert answer is not None
    assert answer.calculation.kind == "unused" and "300" not in answer.text


@pytest.mark.parametrize(
    ("lang", "question", "name", "value"),
    [
        ("da", "Vi har 22 rådgivere med 35 sager i gennemsnit. Hvor mange skal vi ansætte for at komme ned på 28?",
         "extra_staff", 6),
        ("en", "We currently have 29 workers averaging 33 cases. How many do we need to add to reach 27 cases each?",
         "extra_staff", 7),
        ("en", "If the goal is no more than 30 cases each and we have 1,261 cases, how many social workers do we need?",
         "staff_needed", 43),
        ("da", "4 rådgivere på halv tid og 18 på fuld tid deler 650 sager. Sagstal pr. fuldtidsstilling?",
         "caseload", 32.5),
        ("en", "Our case-handling unit costs DKK 31.5m a year and carries 1,260 cases. What's the cost per case?",
         "amount_each", 25_000),
        ("da", "Engangsinvestering 3,6 mio. kr., årlig besparelse 1,2 mio. kr. Hvor mange år før den er betalt "
               "tilbage?", "payback_years", 3),
        ("en", "What do 3 children cost per year at a daily rate of 2,600 kr.?", "units_cost", 2_847_000),
        ("da", "Af et budget på 240 mio. kr. går 156 mio. kr. til anbringelser. Hvor mange procent er det?",
         "pct_share", 65),
    ],
)  # fmt: skip
def test_readings_from_red_team_round_five(lang: str, question: str, name: str, value: float) -> None:
    """Questions round 5 showed were asked about or misread (and stopped by a guard); each is a class."""
    answer = answer_calculation(question, lang, cite)  # type: ignore[arg-type]
    assert answer is not None
    assert answer.calculation.outputs[name] == pytest.approx(value), answer.text


def test_a_break_even_is_never_read_as_what_a_sum_pays_for() -> None:
    answer = answer_calculation(
        "Projektet koster 3 mio. kr. Hvor mange døgnanbringelser til 1 mio. kr. skal vi undgå, før det betaler sig?",
        "da",
        cite,
    )
    assert answer is not None and "units_affordable" not in answer.calculation.outputs


@pytest.mark.parametrize(
    ("lang", "question", "wrong", "right"),
    [
        ("da", "En pulje på 6 mio. kr. skal dække ekstra rådgivere i 2 år. Hvor mange fuldtidsrådgivere á 595.000 kr. "
               "årligt kan puljen finansiere i begge år?", "10 rådgivere", 5),
        ("en", "A DKK 9m grant must fund extra caseworkers for 3 years. How many full-time posts at DKK 600,000 a "
               "year can it cover for the whole period?", "15 full-time", 5),
    ],
)  # fmt: skip
def test_a_period_the_working_leaves_out_stops_it(lang: str, question: str, wrong: str, right: int) -> None:
    """Red-team round 6: a pool for 2 years was spent as one year's posts (10 where 5 is right). A number of
    years the working does not use stops the figure when a money or count result would be shown; a pool read
    as one for its period (ninth session) is divided by its years first."""
    answer = answer_calculation(question, lang, cite)  # type: ignore[arg-type]
    assert answer is not None and wrong not in answer.text
    assert answer.calculation.kind == "unused" or answer.calculation.outputs.get("staff_affordable") == right


def test_a_period_beside_a_percentage_change_is_context() -> None:
    """ "Steget fra 82 til 94 mio. kr. på to år": the change in percent is the same whatever the period."""
    answer = answer_calculation(
        "Udgifterne til anbringelser er steget fra 82 mio. kr. til 94 mio. kr. på to år. Hvor mange procent er det?",
        "da",
        cite,
    )
    assert answer is not None and "14,63 %" in answer.text


@pytest.mark.parametrize(
    ("lang", "question", "name", "value"),
    [
        # the caseload counted in children
        ("da", "Hvor mange børn har hver rådgiver, når vi har 1.150 børn og 38 rådgivere?", "caseload", 1150 / 38),
        ("en", "We have 1,150 children and 38 social workers. How many children per social worker?", "caseload",
         1150 / 38),
        # a sum as the subject of "pay for", and "each costs" said of the staff named
        ("en", "How many social workers does DKK 4.5m pay for if each costs 482,946 a year?", "staff_affordable", 9),
        ("da", "Hvor mange rådgivere kan 3,5 mio. kr. betale, når en rådgiver koster 640.000 kr. om året?",
         "staff_affordable", 5),
        ("da", "Hvor mange rådgiverstillinger kan vi betale med 4 mio. kr., hvis en stilling koster 615.000 kr.?",
         "staff_affordable", 6),
    ],
)  # fmt: skip
def test_readings_from_the_eighth_sessions_fresh_block(lang: str, question: str, name: str, value: float) -> None:
    worked(question, lang, {name: value})


@pytest.mark.parametrize(
    ("lang", "question", "outputs"),
    [
        ("da", "Budgettet på 48 mio. kr. skal skæres med 2,5 %. Hvor mange kroner er det, og hvor mange stillinger à "
               "600.000 kr. svarer det til?", {"cut_amount": 1_200_000, "staff_cut": 2}),
        ("en", "The department budget of DKK 64m has to be cut by 2.5%. How much is that in kroner, and how many posts "
               "at DKK 640,000 does it equal?", {"cut_amount": 1_600_000, "staff_cut": 3}),
        ("en", "We must cut 5% of a DKK 26.4m salary budget. How many kroner is that, and how many posts at DKK "
               "660,000?", {"cut_amount": 1_320_000, "staff_cut": 2}),
        ("da", "Byrådet vil skære 8 % i myndighedsbudgettet på 21,25 mio. kr. Hvad er det i kroner, og hvor mange "
               "stillinger på 680.000 kr. svarer det til?", {"cut_amount": 1_700_000, "staff_cut": 3}),
    ],
)  # fmt: skip
def test_a_whole_budget_cut_by_a_share_in_kroner_and_posts(lang: str, question: str, outputs: dict[str, float]) -> None:
    """Red-team round 6: a whole budget (not one for staff) cut by a percentage, turned into posts, had
    asked or stopped; the posts are rounded up (one fewer would not find the sum) and the exact share said."""
    worked(question, lang, outputs)


@pytest.mark.parametrize(
    ("lang", "question", "total"),
    [
        ("en", "We have 1,320 cases and want 24 per worker at DKK 480,000 per worker. How many workers do we need and "
               "what is the total cost?", 26_400_000),
        ("da", "Vi har 1.320 sager og vil have 24 pr. rådgiver. En rådgiver koster 480.000 kr. Hvor mange rådgivere "
               "skal vi bruge, og hvad koster de i alt?", 26_400_000),
    ],
)  # fmt: skip
def test_the_total_cost_of_the_staff_a_target_needs(lang: str, question: str, total: float) -> None:
    """With no staff today, "the total cost" is what all the staff the target needs cost; "what does it cost to
    get down to 25" still asks for today's staff (the cost of a change is not the cost of everyone)."""
    answer = answer_calculation(question, lang, cite)  # type: ignore[arg-type]
    assert answer is not None and answer.calculation.outputs["payroll_after"] == total
    question = "Hvad koster det at få sagstallet ned på 25, når vi har 1.100 sager og en rådgiver koster 600.000 kr.?"
    change = answer_calculation(question, "da", cite)
    assert change is not None and "payroll_after" not in change.calculation.outputs


@pytest.mark.parametrize(
    ("lang", "question"),
    [
        # a third placement type read as one of the two: its count and price would have been left out of the
        # total without a word (round 7: 39,68 mio. kr. for 47,03 mio. kr.)
        ("en", "We have 40 children in foster care at DKK 470,000, 18 in residential care at DKK 1.16m and 7 at "
               "opholdssteder at DKK 1.05m a year. What's the total annual cost and the average cost per child?"),
        # a sum that pays for staff named after it is their cost, not a sum to find (round 7: 1,95 mio. kr. each)
        ("en", "DKK 1.3m a year pays for 2 extra workers. What's that per worker, and how many workers would DKK "
               "3.9m pay for?"),
    ],
)  # fmt: skip
def test_numbers_that_would_be_left_out_or_misplaced_are_asked_about(lang: str, question: str) -> None:
    result = answer_calculation(question, lang, cite)  # type: ignore[arg-type]
    assert result is not None and not result.calculation.outputs, result.text if result else None
    assert ("ved ikke, hvad" if lang == "da" else "do not know what") in result.text


def test_part_time_staff_with_no_number_are_asked_about() -> None:
    """Round 7: "8 fuldtidsrådgivere og nogle på deltid" had been answered with the 8 alone (50 sager)."""
    result = answer_calculation("Vi har 8 fuldtidsrådgivere og nogle på deltid, i alt 400 sager. Hvad er sagstallet "
                                "pr. årsværk?", "da", cite)  # fmt: skip
    assert result is not None and not result.calculation.outputs, result.text if result else None


@pytest.mark.parametrize(
    ("lang", "question", "before"),
    [
        # round 7: "each now carries 25" had been read as the caseload before the change (13,89 after it)
        ("en", "A team went from 5 to 9 caseworkers and each now carries about 25 cases; the number of cases did "
               "not change. What was the caseload per worker before?", 45),
        ("da", "Vi gik fra 20 til 25 rådgivere, og nu har hver 30 sager. Hvad var sagstallet før?", 37.5),
    ],
)  # fmt: skip
def test_a_caseload_said_for_now_after_a_staff_change(lang: str, question: str, before: float) -> None:
    worked(question, lang, {"caseload": before})


@pytest.mark.parametrize(
    ("lang", "question", "outputs"),
    [
        # d18: "én gang" had been read as a count, "nettobesparelse" as nothing, and the question left to retrieval
        ("da", "Et kompetenceløft koster 1,6 mio. kr. én gang og forventes at give en nettobesparelse på 400.000 kr. "
               "om året. Hvor mange år går der, før det er tjent hjem?", {"payback_years": 4}),
        # d18: the ages of "børn under 18" had been read as a count, so the rate had no place
        ("da", "Vi fik 245 underretninger sidste år, og kommunen har 9.800 børn under 18. Hvor mange underretninger er "
               "det pr. 1.000 børn?", {"per_1000": 25}),
        # d18: "has gone up 2.5% a year" between two calendar years had not been seen as a rise
        ("en", "A foster-family placement cost DKK 470,000 in 2019. If the price has gone up 2.5% a year, what "
               "would it be in 2024?", {"grown_value": 531_762.3}),
    ],
)  # fmt: skip
def test_shapes_said_in_other_words(lang: str, question: str, outputs: dict[str, float]) -> None:
    worked(question, lang, outputs, tol=0.5)


@pytest.mark.parametrize(
    ("lang", "question", "outputs"),
    [
        # red-team round 7 and d18, each had gone to retrieval or asked back
        ("da", "Hvad er den samlede lønudgift for 31 rådgivere, når hver koster 605.000 kr. om året?",
         {"cost_per_year": 18_755_000}),
        ("en", "If the caseload drops from 36 to 24 cases per worker, what is the percentage reduction?",
         {"pct_change": -33.333333}),
        ("da", "rådg 31, sager 860, mål 24 – ekstra løn? (610 t.kr. pr. rådg.)", {"cost_per_year": 3_050_000}),
        ("da", "Vi har 2 mio. kr. til nye rådgivere, og en rådgiver koster 640.000 kr. om året. Hvor mange kan vi "
               "ansætte, og hvor mange penge er der tilbage?", {"staff_affordable": 3, "budget_left": 80_000}),
        ("da", "Herning gik fra 4 til 8 rådgivere, der efter fordoblingen havde ca. 24 sager hver. Hvis sagsmængden "
               "var den samme, hvor mange sager havde hver rådgiver før?", {"caseload": 48}),
        # a pool for a period buys posts for its yearly share (round 6 and d18 had stopped on the unused years)
        ("en", "A DKK 9m grant must fund extra caseworkers for 3 years. How many full-time posts at DKK 600,000 a year "
               "can it cover for the whole period?", {"staff_affordable": 5}),
        ("da", "Vi har fået 3,6 mio. kr. til ekstra rådgivere over de næste 3 år. En rådgiver koster 600.000 kr. om "
               "året. Hvor mange ekstra rådgivere kan vi have ansat i hele perioden?", {"staff_affordable": 2}),
    ],
)  # fmt: skip
def test_asks_said_in_other_words(lang: str, question: str, outputs: dict[str, float]) -> None:
    worked(question, lang, outputs, tol=0.01)


def test_a_yearly_amount_over_years_is_not_a_pool() -> None:
    """ "3 mio. kr. om året i 3 år" is a yearly sum: divided by the years it would buy a third of the posts."""
    result = answer_calculation("Vi har 3 mio. kr. om året i 3 år. Hvor mange rådgivere til 600.000 kr. kan vi "
                                "ansætte?", "da", cite)  # fmt: skip
    assert result is not None and result.calculation.outputs.get("staff_affordable") in (None, 5)


@pytest.mark.parametrize(
    ("lang", "question", "extra"),
    [
        # d18: the nine children had been totalled at the dearer price (10,44 mio. kr.)
        ("da", "Hvad koster det os ekstra om året at have 9 børn på opholdssted til 1.160.000 kr. i stedet for i "
               "plejefamilie til 470.000 kr.?", 6_210_000),
        ("en", "What does it cost us extra each year to have 9 children in residential care at DKK 1,160,000 instead "
               "of in foster care at DKK 470,000?", 6_210_000),
    ],
)  # fmt: skip
def test_children_placed_instead_in_a_dearer_type_cost_the_difference(lang: str, question: str, extra: float) -> None:
    result = worked(question, lang, {"savings_per_year": -extra})
    assert ("mere om året" if lang == "da" else "more a year") in result.text
