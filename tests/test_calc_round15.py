"""Calculation readings added in the fourteenth session, each for a class of question met in more than one
blind block or red-team round (d23, d24, round 15; see ``eval/redteam/README.md``)."""

from __future__ import annotations

import pytest
from calc_support import answer, assert_outputs, outputs

from assistant.calc.chat import answer_calculation
from assistant.calc.spelling import repaired

# A share of a budget and what is left of it (d23-012, d24-031, round 15).
SHARE_AND_REST = [
    (
        "Af et samlet budget på 212 mio. kr. til børne- og ungeområdet går 97,5 mio. kr. til anbringelser. Hvor "
        "stor en andel er det i procent, og hvor mange penge der er tilbage til alt det andet?",
        "da",
        {"pct_share": 45.99, "value_rest": 114_500_000},
    ),
    (
        "Our children and youth budget is DKK 148 million and placements take DKK 96.2 million of it. What "
        "percentage goes to placements, and how much is left for everything else?",
        "en",
        {"pct_share": 65, "value_rest": 51_800_000},
    ),
]


@pytest.mark.parametrize(("question", "lang", "expected"), SHARE_AND_REST)
def test_a_share_of_a_budget_and_what_is_left(question: str, lang: str, expected: dict[str, float]) -> None:
    assert_outputs(question, lang, expected)


def test_a_share_alone_does_not_work_out_the_rest() -> None:
    got = outputs("Af et budget på 240 mio. kr. går 156 mio. kr. til anbringelser. Hvor mange procent er det?", "da")
    assert got == {"pct_share": 65}


def test_a_band_a_source_counted_is_no_input_and_share_is_no_typo() -> None:
    """d24-004: "inside 20-30 cases" is a band a survey counted, and "share" is an English word, not a typo
    for the Danish "spare"; the question is a lookup."""
    question = (
        "What did the union's spring 2023 survey show – what was the average children's caseload, what share "
        "of workplaces were inside 20-30 cases, and what number did people call ideal?"
    )
    assert "share" in repaired(question, "en")
    assert answer_calculation(question, "en", lambda *a, **k: 1) is None


# A break-even asked for one placement type and then for the other "instead", both priced (d23-006, d24-042).
BOTH_TYPES = [
    (
        "If we hire 6 social workers at 550,000 kr each, what's the yearly bill, and how many residential "
        "placements at 1,160,000 kr a year do we need to avoid to break even? What if they were foster "
        "placements at 470,000 kr instead?",
        "en",
        {"break_even_residential": 3, "break_even_foster": 8, "cost_per_year_foster": 3_300_000},
    ),
    (
        "Hvor mange plejefamilieanbringelser à 470.000 kr. om året skal vi undgå, før 5 nye rådgivere à 520.000 "
        "kr. har tjent sig selv hjem? Og hvor mange hvis det i stedet er institutionsanbringelser à 1.160.000 kr.?",
        "da",
        {"break_even_foster": 6, "break_even_residential": 3},
    ),
]


@pytest.mark.parametrize(("question", "lang", "expected"), BOTH_TYPES)
def test_a_break_even_for_each_placement_type_the_question_prices(
    question: str, lang: str, expected: dict[str, float]
) -> None:
    assert_outputs(question, lang, expected)
    assert "læsning" not in answer(question, lang).text.lower()  # both were asked: nothing to pick
    assert "reading is right" not in answer(question, lang).text


def test_a_break_even_without_prices_still_shows_both_defaults_and_asks_which() -> None:
    question = "Hvor mange anbringelser skal vi undgå, før 5 nye rådgivere à 520.000 kr. har tjent sig selv hjem?"
    text = answer(question, "da").text
    assert "standardværdi" in text and "hvilken læsning" in text


# The new staff's cost a month (d24-039): the year's cost first, then its twelfth.
NEW_STAFF_A_MONTH = [
    (
        "Vi har 640 børnesager og 17 rådgivere. Hvor mange rådgivere skal vi have for at ramme 30 sager hver (rund "
        "op), hvor mange skal vi ansætte, og hvad koster de nye pr. måned, når en rådgiver koster 612.000 kr. om året?",
        "da",
        {"staff_needed": 22, "extra_staff": 5, "cost_per_year": 3_060_000, "cost_per_year_month": 255_000},
    ),
    (
        "We have 600 cases and 20 workers. How many more workers do we need for 25 cases each, and what would the "
        "new workers cost us a month at DKK 600,000 a year each?",
        "en",
        {"extra_staff": 4, "cost_per_year": 2_400_000, "cost_per_year_month": 200_000},
    ),
]


@pytest.mark.parametrize(("question", "lang", "expected"), NEW_STAFF_A_MONTH)
def test_the_new_staff_cost_a_month(question: str, lang: str, expected: dict[str, float]) -> None:
    assert_outputs(question, lang, expected)


def test_one_worker_a_month_is_still_one_worker() -> None:
    got = outputs("Hvad koster en rådgiver os om måneden, når årsudgiften er 612.000 kr.?", "da")
    assert got.get("cost_per_month") == 51_000 and "cost_per_year_month" not in got


# The price of one post from a sum, then more posts at that price and the pay total with them (d23-015, d24-035).
MORE_AT_THAT_PRICE = [
    (
        "Vores 13 rådgivere koster 7,8 mio. kr. i alt om året. Hvad koster én rådgiver, hvad skal vi finde ekstra i "
        "budgettet, hvis vi ansætter 2 mere til samme pris, og hvad bliver lønsummen så i alt?",
        "da",
        {"cost_per_worker": 600_000, "cost_per_year": 1_200_000, "payroll_with_extra": 9_000_000},
    ),
    (
        "The council has set aside 3,120,000 kr. for 6 new caseworker posts. What does that work out to per post, "
        "and what would another 2 posts on the same terms cost?",
        "en",
        {"cost_per_worker": 520_000, "cost_per_year": 1_040_000},
    ),
    (
        "Lønbudgettet er 23,4 mio. kr. og dækker 39 årsværk. Hvad koster et årsværk i gennemsnit, og hvad koster 3 "
        "ekstra årsværk?",
        "da",
        {"cost_per_worker": 600_000, "cost_per_year": 1_800_000},
    ),
]


@pytest.mark.parametrize(("question", "lang", "expected"), MORE_AT_THAT_PRICE)
def test_more_posts_at_the_price_a_sum_gives(question: str, lang: str, expected: dict[str, float]) -> None:
    assert_outputs(question, lang, expected)
    assert "payroll_with_extra" in expected or "payroll_with_extra" not in outputs(question, lang)


def test_staff_raised_to_a_count_at_the_same_price_is_not_more_posts() -> None:
    got = outputs(
        "Vores rådgiverbudget er 19,2 mio. kr. til 32 rådgivere. Hvis vi går op til 40 rådgivere til samme pris pr. "
        "rådgiver, hvad bliver budgettet?",
        "da",
    )
    assert "payroll_with_extra" not in got and got.get("cost_per_year") != 24_000_000


# A sum shared over a population: "hvor meget er det pr. indbygger" (round 15, d19-c36).
PER_INHABITANT = [
    (
        "En kommune med 62.458 indbyggere bruger 112 mio. kr. om året på anbringelser. Hvor meget er det pr. "
        "indbygger?",
        "da",
        {"amount_each": 1793.21},
    ),
    ("Placements cost us DKK 104m last year and we have 42,500 inhabitants. What's that per inhabitant?", "en",
     {"amount_each": 2447.06}),
]


@pytest.mark.parametrize(("question", "lang", "expected"), PER_INHABITANT)
def test_a_sum_per_inhabitant(question: str, lang: str, expected: dict[str, float]) -> None:
    assert_outputs(question, lang, expected)


def test_inhabitants_stay_background_when_nothing_is_asked_per_inhabitant() -> None:
    got = outputs(
        "Vi har 62.458 indbyggere og bruger 112 mio. kr. om året på anbringelser. Hvad er udgiften pr. anbringelse, "
        "når vi har 160 anbragte børn?",
        "da",
    )
    assert got == {"cost_per_placement": 700_000}


# An amount after a change in percent, and what it was before (round 15): after ÷ (1 ± the percentage), never the
# percentage of the amount after.
BEFORE_THE_CHANGE = [
    (
        "After a 12% cut, our prevention budget is DKK 26.4 million. What was it before the cut, and how much was cut?",
        "en",
        {"amount_before_cut": 30_000_000, "cut_size": 3_600_000},
    ),
    (
        "Udgiften pr. anbringelse steg 3,3 % fra 2013 til 2019. Hvis den var 702.000 kr. i 2019, hvad var den så i "
        "2013?",
        "da",
        {"amount_before_rise": 679_574.06},
    ),
    ("Budgettet er skåret med 5 % til 38 mio. kr. Hvad var budgettet før besparelsen?", "da",
     {"amount_before_cut": 40_000_000}),
    ("Budgettet er skåret med 5 % til 38 mio. kr. Hvor mange kroner er skåret?", "da", {"cut_size": 2_000_000}),
    ("The budget was cut by 5% to DKK 38 million. How much is that in kroner?", "en", {"cut_size": 2_000_000}),
    (
        "Udgiften steg med 4 % til 1,2 mio. kr. Hvad var den før stigningen, og hvor meget steg den?",
        "da",
        {"amount_before_rise": 1_153_846.15, "rise_size": 46_153.85},
    ),
]


@pytest.mark.parametrize(("question", "lang", "expected"), BEFORE_THE_CHANGE)
def test_the_amount_before_a_change_in_percent(question: str, lang: str, expected: dict[str, float]) -> None:
    assert_outputs(question, lang, expected)
    assert "pct_amount" not in outputs(question, lang)


def test_a_percentage_of_an_amount_is_still_that() -> None:
    assert outputs("Budgettet på 40 mio. kr. skæres med 5 %. Hvor mange kroner er det?", "da") == {
        "pct_amount": 2_000_000
    }


def test_a_percentage_is_never_the_lower_end_of_an_amount() -> None:
    """ "skåret med 5 % til 38 mio. kr." was read as 5 mio. kr. to 38 mio. kr. (a scale shared over a range)."""
    assert "5.000.000" not in answer("Budgettet er skåret med 5 % til 38 mio. kr. Hvad var budgettet før?", "da").text


# A percentage of a budget asked by what it is ("hvad er besparelsen", "hvor mange mio. kr. går til …"), the new
# budget and what is left for the rest (round 15).
PERCENT_OF_A_BUDGET = [
    (
        "Budgettet på 148 mio. kr. skal skæres med 3,5 %. Hvad er besparelsen, og hvad er det nye budget?",
        "da",
        {"pct_amount": 5_180_000, "amount_after_cut": 142_820_000},
    ),
    (
        "Our budget of DKK 148 million must be cut by 3.5%. What is the saving and what is the new budget?",
        "en",
        {"pct_amount": 5_180_000, "amount_after_cut": 142_820_000},
    ),
    (
        "Budgettet for børn og unge er 214 mio. kr., og anbringelser udgør 58 % af det. Hvor mange mio. kr. går til "
        "anbringelser, og hvor meget er der tilbage til resten?",
        "da",
        {"pct_amount": 124_120_000, "amount_rest": 89_880_000},
    ),
]


@pytest.mark.parametrize(("question", "lang", "expected"), PERCENT_OF_A_BUDGET)
def test_a_percentage_of_a_budget_asked_by_what_it_is(question: str, lang: str, expected: dict[str, float]) -> None:
    assert_outputs(question, lang, expected)


# Cases that rise by a percentage a year, compounded over the years said (round 15, rounds 13 and 14).
CASES_A_YEAR = [
    (
        "Our children's caseload is 840 cases today and is expected to grow 4% a year. How many cases will we have "
        "in 3 years, and how many social workers do we need then at 25 cases each?",
        "en",
        {"cases": 944.89, "staff_needed": 38},
    ),
    ("Vi har 1.000 sager, og de stiger 5 % om året. Hvor mange sager har vi om 2 år?", "da", {"cases": 1102.5}),
    (
        "I 2025 var der 842 sager, og i 2026 forventer vi 7 % flere. Vi har budget til 30 rådgivere. Hvor mange "
        "sager bliver der, og hvad bliver sagstallet?",
        "da",
        {"cases": 900.94, "caseload_after": 30.03},
    ),
]


@pytest.mark.parametrize(("question", "lang", "expected"), CASES_A_YEAR)
def test_cases_rising_a_percentage_a_year(question: str, lang: str, expected: dict[str, float]) -> None:
    assert_outputs(question, lang, expected)


def test_a_yearly_rise_without_a_number_of_years_is_not_compounded_by_guess() -> None:
    question = "Vi har 1.000 sager, og de stiger 5 % om året. Vi har 40 rådgivere. Hvad bliver sagstallet?"
    got = outputs(question, "da")
    assert got.get("caseload_after") not in (26.25, 27.56)  # neither one year's rise nor two guessed


# From the review of these readings: questions near them that must not get a figure from them. Each gives the
# wrong figure the first version stated; the answer may ask, refuse or give the right one, never that.
NEAR_MISSES = [
    ("Vi har 1.200 sager og 40 rådgivere. Hvor mange sager har vi i gennemsnit pr. rådgiver?", "da", 1_200),
    ("Hvor mange sager bliver der til hver rådgiver, når vi har 1.200 sager og 40 rådgivere?", "da", 1_200),
    ("Budgettet er 214 mio. kr. og skal skæres med 6 % næste år. Hvad var det før besparelsen?", "da", 227_659_574.47),
    ("Budgettet på 40 mio. kr. blev skåret med 5 %. Hvad var budgettet før, og hvad er det nu?", "da", 42_105_263.16),
    ("Budgettet blev skåret med 6 %. Hvad var budgettet før, hvis besparelsen var 94 mio. kr.?", "da", 100_000_000),
    ("Although cases rose 5%, the budget stayed at DKK 38m. What was the budget before the increase?", "en",
     36_190_476.19),
    ("The budget was not cut by 5% as proposed; it is still DKK 38m. What was it before?", "en", 40_000_000),
    ("Udgiften pr. anbringelse steg 3,3 % om året fra 2013 til 2019. Hvis den var 702.000 kr. i 2019, hvad var den "
     "så i 2013?", "da", 679_574.06),
    ("Budgettet hæves med 5 % til 38 mio. kr. Hvad bliver det nye budget?", "da", 39_900_000),
    ("Hvis vi lægger 5 % til 38 mio. kr., hvor meget stiger budgettet så?", "da", 1_809_523.81),
    ("Anbringelserne koster 214 mio. kr., hvilket er 58 % af det samlede budget. Hvor mange mio. kr. er det samlede "
     "budget?", "da", 124_120_000),
    ("Sagerne steg 8 %, og budgettet er 214 mio. kr. Hvad er stigningen?", "da", 17_120_000),
    ("Budgettet på 148 mio. kr. skal skæres med 3,5 % af lønsummen. Hvad er besparelsen?", "da", 5_180_000),
    ("Budgettet på 148 mio. kr. skal ikke skæres med 3,5 %. Hvad er besparelsen?", "da", 5_180_000),
    ("Vores 13 rådgivere koster 7,8 mio. kr. om året. Hvad koster én rådgiver, og hvad bliver lønsummen, hvis vi "
     "ender på 15 rådgivere til samme pris?", "da", 16_800_000),
    ("Budgettet på 7,8 mio. kr. dækker 13 rådgivere, heraf 2 ekstra fra puljen. Hvad koster en rådgiver i "
     "gennemsnit?", "da", 1_200_000),
    ("Aarhus har 360.000 indbyggere. Vi bruger 112 mio. kr. på anbringelser. Hvad er det pr. indbygger?", "da", 311.11),
    ("Vi har 1.000 sager, og udgifterne stiger 5 % om året. Hvor mange sager har vi om 2 år?", "da", 1_102.5),
    ("Vi har 1.000 sager og 40 rådgivere, som er ansat for 3 år. Sagerne stiger 5 % om året. Hvad bliver "
     "sagstallet næste år?", "da", 28.94),
    ("We have 842 cases, 7% more than last year, and 30 workers. What is the caseload?", "en", 30.03),
    ("We hire 5 workers at DKK 520,000 each. A residential placement costs DKK 1,160,000 and a foster placement DKK "
     "470,000. How many residential placements must become foster placements to break even?", "en", 6),
    ("Af et budget på 212 mio. kr. er der 97,5 mio. kr. tilbage. Hvor stor en andel er brugt, og hvor mange penge "
     "der er tilbage?", "da", 114_500_000),
    ("Vi ansætter 4 nye rådgivere. De koster 2,4 mio. kr. om året i alt. Hvad koster de nye pr. måned pr. rådgiver?",
     "da", 200_000),
]


@pytest.mark.parametrize(("question", "lang", "wrong"), NEAR_MISSES)
def test_questions_near_the_new_readings_never_get_their_wrong_figure(question: str, lang: str, wrong: float) -> None:
    got = answer_calculation(question, lang, lambda *a, **k: 1)
    values = got.calculation.outputs.values() if got is not None else []
    assert not any(abs(v - wrong) <= max(0.01, abs(wrong) * 1e-6) for v in values), got.text if got else None



# The average yearly change over a span of years, compounded, and a change asked "i antal og i procent" (round 15).
YEARLY_CHANGE = [
    (
        "Antallet af underretninger er tredoblet fra 420 til 1.260 på 4 år (2021-2025). Hvad er den gennemsnitlige "
        "årlige stigning i procent?",
        "da",
        {"pct_change_yearly": 31.61},
    ),
    ("Placements went from 80 to 100 over 5 years. What is the average annual growth rate?", "en",
     {"pct_change_yearly": 4.56}),
    ("DS' tal siger, at sagstallet faldt fra 42 i 2014 til 33 i 2019. Hvad er faldet i antal sager og i procent?",
     "da", {"abs_change": -9, "pct_change": -21.43}),
]


@pytest.mark.parametrize(("question", "lang", "expected"), YEARLY_CHANGE)
def test_a_yearly_change_and_a_change_in_number(question: str, lang: str, expected: dict[str, float]) -> None:
    assert_outputs(question, lang, expected)
    assert "pct_change_yearly" in expected or "pct_change_yearly" not in outputs(question, lang)


def test_a_yearly_change_without_the_years_asks_for_them() -> None:
    got = answer_calculation(
        "Placements went from 80 to 100 in 2024. What is the average annual growth rate?", "en", lambda *a, **k: 1
    )
    assert got is not None and not got.calculation.outputs and "number of years" in got.text


# The year's spend at the pace so far, and what it runs over the budget (round 15).
FORECAST = [
    (
        "Our placement budget for 2026 is DKK 96 million. By the end of August we had spent DKK 68.4 million. If "
        "spending continues at the same monthly pace, what's the projected full-year spend and the overspend?",
        "en",
        {"spend_projected": 102_600_000, "over_projected": 6_600_000},
    ),
    (
        "Budgettet til anbringelser er 96 mio. kr. Ved udgangen af juni har vi brugt 45 mio. kr. Hvis forbruget "
        "fortsætter i samme tempo, hvad bliver årets forbrug, og hvor stort bliver merforbruget?",
        "da",
        {"spend_projected": 90_000_000, "over_projected": -6_000_000},
    ),
    (
        "Vi har brugt 30 mio. kr. af et budget på 50 mio. kr. efter 8 måneder. Hvad lander vi på for hele året i "
        "samme tempo?",
        "da",
        {"spend_projected": 45_000_000},
    ),
    # asked about since round 8 (a quarter's spend had been read as the end of a change from the budget); now read
    (
        "We spent DKK 13.6m on placements in Q1 against an annual budget of DKK 50m. Straight-line forecast for the "
        "year, overspend in DKK and in percent?",
        "en",
        {"spend_projected": 54_400_000, "over_projected": 4_400_000, "over_projected_pct": 8.8},
    ),
]


@pytest.mark.parametrize(("question", "lang", "expected"), FORECAST)
def test_a_year_projected_at_the_pace_so_far(question: str, lang: str, expected: dict[str, float]) -> None:
    assert_outputs(question, lang, expected)


@pytest.mark.parametrize(
    "question",
    [
        # no pace said: a projection is the question's assumption to make, not ours
        "Budgettet er 96 mio. kr., og ved udgangen af juni har vi brugt 45 mio. kr. Hvad bliver årets forbrug?",
        # two month marks: which is now is not said
        "Budgettet er 96 mio. kr. Ved udgangen af juni havde vi brugt 45 mio. kr. og ved udgangen af august 60 mio. "
        "kr. Hvad bliver årets forbrug i samme tempo?",
    ],
)
def test_no_projection_without_its_pace_and_one_month_mark(question: str) -> None:
    got = answer_calculation(question, "da", lambda *a, **k: 1)
    assert got is None or "spend_projected" not in got.calculation.outputs


# From the second review: near variants that must not get the figure the first narrowing still gave.
NEAR_MISSES_2 = [
    ("Budgettet på 120 mio. kr. skal skæres, men lønningerne stiger 4 %. Hvor mange kroner er det?", "da", 4_800_000),
    ("Budgettet er 120 mio. kr., og sagerne steg med 4 %. Hvor mange kroner er det?", "da", 4_800_000),
    ("4 % af børnene koster 120 mio. kr. om året. Hvor mange kroner er det?", "da", 4_800_000),
    ("Budgettet på 120 mio. kr. skal skæres med 4 %, men halvdelen tages fra reserven. Hvor mange kroner skal skæres "
     "i driften?", "da", 4_800_000),
    ("Efter en besparelse på 4 % på anbringelser er budgettet 120 mio. kr. Hvad var budgettet før besparelsen?", "da",
     125_000_000),
    ("After a 4% rise in cases, the budget is DKK 120m. What was the budget before the increase?", "en",
     115_384_615.38),
    ("Efter en besparelse på 4 % er der sparet 120 mio. kr. Hvad var budgettet før?", "da", 125_000_000),
    ("Landsgennemsnittet steg 4 % fra 2023 til 2024. Vores budget var 120 mio. kr. i 2024. Hvad var det i 2023?", "da",
     115_384_615.38),
    ("Udgiften steg 3,3 % fra 2013 til 2019. Hvis den var 702.000 kr. i 2019 i Aarhus, hvad var den så i 2013 hos os?",
     "da", 679_574.06),
    ("Vi har 900 sager, og befolkningen vokser 3 % om året. Hvor mange sager har vi om 4 år?", "da", 1_012.96),
    ("Vi har 900 sager, og sagerne stiger 3 % om året i Herning. Hvor mange sager har vi om 4 år?", "da", 1_012.96),
    ("Vi har 900 sager og 30 rådgivere. Hvor mange sager har vi i 2026?", "da", 900),
    ("Vi bruger 112 mio. kr. på anbringelser. Regionen har 600.000 indbyggere. Hvad er det pr. indbygger?", "da",
     186.67),
]


@pytest.mark.parametrize(("question", "lang", "wrong"), NEAR_MISSES_2)
def test_second_review_near_variants_never_get_their_wrong_figure(question: str, lang: str, wrong: float) -> None:
    got = answer_calculation(question, lang, lambda *a, **k: 1)
    values = got.calculation.outputs.values() if got is not None else []
    assert not any(abs(v - wrong) <= max(0.01, abs(wrong) * 1e-6) for v in values), got.text if got else None


# Plain forms the narrowing must still answer.
PLAIN_FORMS = [
    ("Hvad er 15 % af 80 mio. kr.?", "da", {"pct_amount": 12_000_000}),
    ("Budgettet er 120 mio. kr. Vi skal spare 4 %. Hvor mange kroner er det?", "da", {"pct_amount": 4_800_000}),
    ("Budgettet reduceres med 4 % fra 120 mio. kr. Hvor mange kroner er det?", "da", {"pct_amount": 4_800_000}),
    ("Budgettet steg med 4 % og er nu på 120 mio. kr. Hvad var budgettet før?", "da",
     {"amount_before_rise": 115_384_615.38}),
    ("Efter 4 % besparelse er budgettet 120 mio. kr. Hvad var det før?", "da", {"amount_before_cut": 125_000_000}),
    ("The budget is DKK 45m following a 10% cut. What was it before?", "en", {"amount_before_cut": 50_000_000}),
    ("Budgettet er nu 120 mio. kr., efter det er blevet skåret med 4 %. Hvor mange kroner er der skåret?", "da",
     {"cut_size": 5_000_000}),
    ("Budgettet på 240 mio. kr. skal skæres med 5 %. Hvad er besparelsen, og hvor meget er der tilbage?", "da",
     {"pct_amount": 12_000_000, "amount_after_cut": 228_000_000}),
    ("Vi har brugt 65 % af budgettet på 240 mio. kr. Hvor mange kroner har vi tilbage?", "da",
     {"pct_amount": 156_000_000, "amount_rest": 84_000_000}),
    ("Vi ansætter 5 rådgivere à 520.000 kr. En institutionsanbringelse koster 1.160.000 kr. og en plejefamilie 470.000 "
     "kr. Hvor mange institutionsanbringelser skal vi undgå for at tjene dem hjem?", "da", {"break_even": 3}),
    ("We have 900 cases and expect a 3% annual increase. How many cases will we have in four years?", "en",
     {"cases": 1_012.96}),
]


@pytest.mark.parametrize(("question", "lang", "expected"), PLAIN_FORMS)
def test_plain_forms_near_the_narrowed_readings_are_answered(
    question: str, lang: str, expected: dict[str, float]
) -> None:
    assert_outputs(question, lang, expected)
