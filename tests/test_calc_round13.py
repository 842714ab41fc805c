"""Calculation readings added in the thirteenth session, each for a class of question met in a blind
block or red-team round 13 (see ``eval/redteam/README.md``)."""

from __future__ import annotations

import pytest
from calc_support import answer, assert_outputs, cite, outputs

from assistant.calc.chat import answer_calculation

# Numbers that name something rather than count it: list markers in brackets, a person's age after their
# name, a house number, another place's figures told as an example.
NAMING = [
    (
        "We're 30 workers with 1,020 cases. (1) What's the caseload now? (2) How many workers do we need for "
        "25 cases each?",
        "en",
        {"caseload": 34, "staff_needed": 41},
    ),
    (
        "Lise (58) og Jens (61) skal på kursus. Vi er i dag 24 rådgivere med 792 sager. Hvad er sagstallet?",
        "da",
        {"caseload": 33},
    ),
    (
        "I Myndighed Børn (vi flyttede ind på Torvet 12 i 2022) er der ansat 34 socialrådgivere med 1.003 sager. "
        "Hvad er sagstallet?",
        "da",
        {"caseload": 29.5},
    ),
    (
        "Vi vil gå fra 5 til 10 rådgivere i distriktet, ligesom Herning gik fra 4 til 8. Distriktet har 265 sager. "
        "Hvad er sagstallet før og efter?",
        "da",
        {"caseload": 53, "caseload_after": 26.5},
    ),
]


@pytest.mark.parametrize(("question", "lang", "expected"), NAMING)
def test_a_number_that_names_is_no_input(question: str, lang: str, expected: dict[str, float]) -> None:
    assert_outputs(question, lang, expected)


def test_our_own_figures_after_an_example_are_read() -> None:
    """ "ligesom Herning og går fra 40 til 20": after "og" the figures are ours again."""
    got = outputs("Hvad koster det, hvis vi gør ligesom Herning og går fra 40 til 20 sager med 800 sager og "
                  "600.000 kr. pr. rådgiver?", "da")
    assert got["cost_per_year"] == pytest.approx(12_000_000)


def test_hired_staff_are_still_new() -> None:
    """ "Vi har ansat 4 nye": hires, while "er der ansat 34" is the staff in post."""
    text = answer("Vi har ansat 4 nye rådgivere, og vi har 30 rådgivere i dag og 900 sager. Hvad bliver sagstallet?",
                  "da").text
    assert "4 nye rådgivere" in text.split("\n")[0]


def test_the_caseload_after_hires_when_today_is_given_per_worker() -> None:
    """ "24 rådgivere med 32 sager hver … 4 stillinger mere. Hvad bliver sagstallet": the caseload after, not
    today's 32 said back as the answer."""
    got = outputs("Vi har 24 rådgivere med 32 sager hver. Kommunalbestyrelsen har bevilget 4 stillinger mere. "
                  "Hvad bliver sagstallet, når sagerne fordeles på alle?", "da")
    assert got["caseload_after"] == pytest.approx(27.43, abs=0.01)


def test_our_own_figure_beside_a_place_named_as_model() -> None:
    """ "Hvis vi ligesom Herning får 6 % færre": the 6 % is ours (present tense), not Herning's past."""
    got = outputs("Vi har 50 børn anbragt på døgninstitution. Hvis vi ligesom Herning får 6 % færre anbringelser, "
                  "hvor mange børn er det så, og hvad sparer det om året ved 1.160.000 kr. pr. anbringelse?", "da")
    assert got


def test_a_monthly_salary_is_made_yearly_before_the_overhead() -> None:
    """ "månedslønnen inkl. pension er 41.500 kr.": twelve a year; read as a year's pay it gave 46.480 kr."""
    got = outputs("Hvad koster en rådgiver om året, når månedslønnen inkl. pension er 41.500 kr., og vi lægger "
                  "12 % overhead oveni?", "da")
    assert got["cost_per_worker"] == pytest.approx(557_760)


def test_a_yearly_pay_too_small_for_a_year_is_asked_about() -> None:
    text = answer("Hvad koster en rådgiver om året, når lønnen inkl. pension er 41.500 kr., og vi lægger 12 % "
                  "overhead oveni?", "da")
    assert not text.calculation.outputs


def test_a_share_of_a_budget_named_before_what_it_is_for() -> None:
    """ "Budgettet til forebyggende foranstaltninger er 48,5 mio. kr., og vi skal finde 3,2 mio. kr.": the budget
    is the whole (6,6 %), not one part beside another (93,81 %)."""
    got = outputs("Budgettet til forebyggende foranstaltninger er 48,5 mio. kr., og vi skal finde 3,2 mio. kr. "
                  "Hvor mange procent af budgettet er det?", "da")
    assert got["pct_share"] == pytest.approx(6.6, abs=0.01)


def test_a_yearly_running_cost_of_an_effort_is_set_against_its_savings() -> None:
    """ "tilbuddet koster 650.000 kr. om året at drive": a yearly cost, so the payback is of the net saving
    (1,44 years), not of the gross (1,03) with the running cost read as a second placement price."""
    got = outputs("En engangsinvestering på 2,4 mio. kr. i et nyt familiebehandlingstilbud forventes at spare 2 "
                  "døgnanbringelser à 1.160.000 kr. om året, men tilbuddet koster 650.000 kr. om året at drive. "
                  "Hvad er nettobesparelsen pr. år, og hvor mange år går der, før investeringen er tjent hjem?", "da")
    assert got["net_per_year"] == pytest.approx(1_670_000)
    assert got["payback_years_exact"] == pytest.approx(1.437, abs=0.001)


PER_POST = [
    ("The council has set aside DKK 2.36m a year for 4 new caseworker posts. What does that work out to per post?",
     "en", 590_000),
    ("Der er afsat 5,4 mio. kr. til 9 nye stillinger i myndighedsafdelingen. Hvad svarer det til pr. stilling?",
     "da", 600_000),
    ("The 2024 budget line for caseworkers is DKK 14.6m, and it funds 25 full-time posts. What is the cost per post?",
     "en", 584_000),
    ("Lønbudgettet er på 23,4 mio. kr. og dækker 39 årsværk. Hvad koster et årsværk i gennemsnit?", "da", 600_000),
    ("Hvis 2,2 mio. om året skal dække 4 rådgiverstillinger, hvad er så prisen pr. stilling?", "da", 550_000),
]


@pytest.mark.parametrize(("question", "lang", "price"), PER_POST)
def test_the_price_of_one_post_from_a_sum_for_several(question: str, lang: str, price: float) -> None:
    got = outputs(question, lang)
    assert got["cost_per_worker"] == pytest.approx(price)


def test_a_sum_and_posts_asked_how_many_is_not_a_price_of_one() -> None:
    got = outputs("Vi har afsat 3 mio. kr. til nye rådgivere. Hvor mange kan vi ansætte, når en rådgiver koster "
                  "600.000 kr.?", "da")
    assert got["staff_affordable"] == 5


VACANT = [
    ("Vi har 4 ubesatte rådgiverstillinger, der hver koster 570.000 kr. om året. Hvor mange lønkroner bliver der "
     "ikke brugt, hvis de alle fire står tomme i 5 måneder?", "da", 950_000),
    ("3 stillinger har været ubesat i 5 måneder. En rådgiver koster 600.000 kr. om året. Hvor meget har vi sparet "
     "på lønnen?", "da", 750_000),
    ("Four posts were vacant for 7 months this year. At DKK 600,000 a year per post, how much salary did we not "
     "spend?", "en", 1_400_000),
    ("En stilling står ubesat i 7 måneder. Den koster 594 t.kr. om året. Hvor stort bliver mindreforbruget?", "da",
     346_500),
    ("Two posts are vacant from 1 March to 31 May, and then the rest of the year they're filled. Each costs DKK "
     "600,000 a year. What's the underspend?", "en", 300_000),
]


@pytest.mark.parametrize(("question", "lang", "saving"), VACANT)
def test_pay_not_spent_on_posts_left_empty_for_months(question: str, lang: str, saving: float) -> None:
    got = outputs(question, lang)
    assert got["vacancy_saving"] == pytest.approx(saving, abs=1)


NOT_VACANT_MONTHS = [
    # leave: pay runs on, the saving is a refund the question does not give
    "To rådgivere går på barsel fra 1. maj og er væk resten af året, og vi får ingen vikar. Et årsværk koster 575 "
    "t.kr. Hvad er mindreforbruget i år?",
    # a count that is not of the empty posts
    "En stilling på 37 timer står ubesat i 4 måneder. Den koster 600.000 kr. om året. Hvad sparer vi?",
    # one post of several, a sum for several, a negation, months each of their own, a half post, cover bought
    "Vi har 3 ubesatte stillinger, og den ene har stået tom i 5 måneder. En stilling koster 600.000 kr. Hvad har vi "
    "sparet på den?",
    "To stillinger, der tilsammen koster 1,2 mio. kr. om året, har stået ubesat i 6 måneder. Hvad har vi sparet?",
    "Vi har 12 stillinger, hvoraf 12 er besat, og ingen står ubesat. En stilling koster 600.000 kr. Hvad sparer vi "
    "på 3 måneder?",
    "2 stillinger stod ubesat i henholdsvis 2 og 5 måneder. En stilling koster 600.000 kr. Hvad sparede vi?",
    "En halv stilling har stået ubesat i 6 måneder. En fuld stilling koster 600.000 kr. Hvad sparer vi?",
    "Vi har 4 ubesatte stillinger à 570.000 kr. i 5 måneder, men har brugt pengene på vikarer. Hvad har vi sparet?",
    # spent, not left unspent; places, not posts
    "Hvor mange lønkroner har vi brugt på de 3 stillinger, der har været ubesat i 5 måneder? En stilling koster "
    "600.000 kr.",
    "2 pladser på døgninstitutionen står tomme i 5 måneder. En plads koster 1.160.000 kr. Hvad sparer vi?",
]


@pytest.mark.parametrize("question", NOT_VACANT_MONTHS)
def test_shapes_near_empty_posts_state_no_pay_not_spent(question: str) -> None:
    result = answer_calculation(question, "da", cite)
    assert result is None or "vacancy_saving" not in result.calculation.outputs


def test_empty_posts_with_two_different_counts_are_not_guessed() -> None:
    """ "3 of 5 posts empty for 4 months": which count is empty is not settled here, so no pay figure."""
    result = answer_calculation("Vi har 5 stillinger, og 3 har været ubesat i 4 måneder. En stilling koster "
                                "600.000 kr. om året. Hvad er mindreforbruget?", "da", cite)
    assert result is None or "vacancy_saving" not in result.calculation.outputs


RISES = [
    ("A residential placement costs us DKK 1,160,000 a year, and the provider has announced a 4% price increase. "
     "What will one placement cost after the rise, and what will 9 such placements cost per year in total?", "en",
     {"price_after": 1_206_400, "units_cost_after": 10_857_600}),
    ("En plejefamilieanbringelse koster 470.000 kr. om året, og prisen stiger med 3,3 %. Hvad bliver den nye pris, "
     "og hvad koster 12 plejefamilieanbringelser så om året?", "da",
     {"price_after": 485_510, "units_cost_after": 5_826_120}),
    ("En døgnplads koster 1,05 mio. kr. om året og stiger med 5,5 % næste år. Hvad koster en plads så, og hvad bliver "
     "den samlede årlige udgift til 7 pladser?", "da", {"price_after": 1_107_750, "units_cost_after": 7_754_250}),
    ("A foster care placement cost DKK 470,000 in 2019. What would it cost in 2025 if the price went up 2.8% every "
     "year after 2019?", "en", {"grown_value": 554_698}),
    ("En døgnplads kostede 1.160.000 kr. i 2019. Hvis prisen er steget 2,5 % hvert år siden, hvad koster den så i "
     "2024, og hvor mange procent dyrere er det samlet end i 2019?", "da",
     {"grown_value": 1_312_434, "grown_pct": 13.14}),
    ("Et opholdssted koster 1.240.000 kr. om året i dag. Hvis prisen stiger 3,2 % om året, hvad koster pladsen så om "
     "4 år, og hvor meget er det mere end i dag?", "da", {"grown_value": 1_406_502, "grown_diff": 166_502}),
]


@pytest.mark.parametrize(("question", "lang", "expected"), RISES)
def test_a_rising_price_the_new_price_the_total_and_the_rise_over_years(
    question: str, lang: str, expected: dict[str, float]
) -> None:
    assert_outputs(question, lang, expected, tolerance=1)


def test_an_extra_cost_asked_is_still_the_rise_alone() -> None:
    got = outputs("Plejetaksten stiger 2,5 % fra 1.180.000 kr. pr. barn. Vi har 20 børn. Hvad er merudgiften om året?",
                  "da")
    assert got["rise_cost"] == pytest.approx(590_000)
    assert "units_cost_after" not in got


def test_a_period_of_budget_years_is_counted_with_both_ends() -> None:
    got = outputs("Til budgetdebatten: Et forslag om 4 ekstra rådgivere à 605.000 kr. om året forventes at forebygge 3 "
                  "anbringelser på opholdssted om året à 1.080.000 kr. Hvad er nettoeffekten pr. år og samlet over "
                  "budgetperioden 2025-2028?", "da")
    assert (got["net_per_year"], got["net_total"]) == (820_000, 3_280_000)


def test_placements_avoided_as_an_expected_number_may_be_a_fraction() -> None:
    """ "undgå 2,5 anbringelser om året" in a business case is an average; "4 familierådgivere" are staff."""
    got = outputs("Vi regner med at undgå 2,5 anbringelser på døgninstitution à 1,16 mio. kr. om året takket være 4 "
                  "familierådgivere à 600.000 kr. om året. Hvad er gevinsten netto om året og over 6 år?", "da")
    assert (got["net_per_year"], got["net_total"]) == (500_000, 3_000_000)


def test_the_rest_of_the_year_is_the_first_year() -> None:
    got = outputs("Vi ansætter 3 nye rådgivere pr. 1. marts. Et årsværk koster 612.000 kr. Hvad koster de tre i "
                  "resten af året, og hvad koster de i et helt år fremover?", "da")
    assert (got["part_year_cost"], got["cost_per_year"]) == (1_530_000, 1_836_000)


OVER_CAPACITY = [
    ("Et team med 8 rådgivere har 232 sager. Hvad er sagstallet, og hvor mange sager skal teamet af med for at "
     "ramme 25 pr. rådgiver?", "da", {"caseload": 29, "over_capacity": 32}),
    ("We have 41 caseworkers and 1,312 cases. What's our caseload, and how many cases in total are we above what 41 "
     "workers would carry at the DS ceiling of 30?", "en", {"caseload": 32, "over_capacity": 82}),
    ("Vi har 1.386 børnesager fordelt på 42 socialrådgivere. Hvad er sagstallet i dag, og hvor mange sager har vi i "
     "alt ud over det, 42 rådgivere kan bære ved DS' øvre grænse på 30 sager hver?", "da",
     {"caseload": 33, "over_capacity": 126}),
    ("Hvor mange sager skal vi af med (lukke eller flytte) for at vores 23 rådgivere højst har 30 sager hver? Vi har "
     "780 sager.", "da", {"over_capacity": 90}),
]


@pytest.mark.parametrize(("question", "lang", "expected"), OVER_CAPACITY)
def test_cases_above_what_the_staff_carry_at_a_limit(question: str, lang: str, expected: dict[str, float]) -> None:
    assert_outputs(question, lang, expected)


def test_a_recommendation_is_a_target() -> None:
    got = outputs("Vi har 1.080 sager. Hvor mange rådgivere kræver det, når DS anbefaler 24 sager pr. rådgiver?", "da")
    assert got["staff_needed"] == 45


def test_a_caseload_before_and_after_with_no_change_read_asks_for_the_after() -> None:
    """ "Hvad er sagstallet før og efter?" with no change the reader could price: the after is named as missing,
    not dropped in silence."""
    result = answer("Lise (58) og Jens (61) går på pension til sommer, og vi genbesætter ikke deres stillinger. Vi er "
                    "i dag 24 rådgivere med 792 sager. Hvad er sagstallet før og efter?", "da")
    assert result.calculation.outputs["caseload"] == 33
    assert "mangler jeg" in result.text.split("\n\n")[0]


def test_a_price_said_apart_from_the_rise_is_not_the_rise() -> None:
    """ "Prisen … stiger til næste år … I år koster en plads 1,2 mio. kr.": the 1,2 mio. is today's price, so no
    extra cost of 16,8 mio. kr. is stated."""
    result = answer_calculation("Prisen på en institutionsplads stiger til næste år. Hvad koster vores 14 "
                                "institutionspladser så? I år koster en plads 1,2 mio. kr.", "da", cite)
    assert result is None or "rise_cost" not in result.calculation.outputs


D22_SHAPES = [
    # a price said "om året pr. barn" is the price per child; the saving asked is the move's in total
    ("Hvor meget sparer vi årligt ved at flytte 3 børn fra døgninstitution til plejefamilie, hvis en døgnplads koster "
     "1.160.000 kr. og en plejefamilie 470.000 kr. om året pr. barn?", "da", {"savings_per_year": 2_070_000}),
    # "normerede rådgiverstillinger, men 3 af dem står ubesatte": posts and the empty among them
    ("Vi har 20 normerede rådgiverstillinger, men 3 af dem står ubesatte, og der ligger 540 sager. Hvor mange sager "
     "har de rådgivere, der faktisk er ansat, og hvad ville sagstallet være ved fuld bemanding?", "da",
     {"caseload": 31.76, "caseload_after": 27}),
    # "ud over de nuværende 17": today's staff, the noun left out
    ("Med henblik på at nå et sagstal på 20 sager pr. socialrådgiver ønskes det oplyst, hvor mange socialrådgivere der "
     "kræves til 455 sager, hvor mange der skal ansættes ud over de nuværende 17, samt den årlige merudgift ved "
     "560.000 kr. pr. stilling.", "da", {"staff_needed": 23, "extra_staff": 6, "cost_per_year": 3_360_000}),
    # "skal vi helt undgå, før de er betalt": a break-even
    ("Vi vil finansiere 6 rådgivere á 585.000 kr. om året. Hvad koster de tilsammen, og hvor mange døgnanbringelser á "
     "1.250.000 kr. om året skal vi helt undgå, før de er betalt?", "da",
     {"cost_per_year": 3_510_000, "break_even": 3}),
    # "saves the difference between X and Y": the move's two prices in its order
    ("We're asking for 5 more social workers at DKK 600,000 each per year. Every child we move from residential care "
     "to a foster family saves the difference between DKK 1,160,000 and DKK 470,000 a year. What do the 5 cost in "
     "total, and how many children do we have to move before the hires pay for themselves?", "en",
     {"cost_per_year": 3_000_000, "break_even": 5}),
]


@pytest.mark.parametrize(("question", "lang", "expected"), D22_SHAPES)
def test_shapes_met_in_blind_block_d22(question: str, lang: str, expected: dict[str, float]) -> None:
    assert_outputs(question, lang, expected)


PORTFOLIOS = [
    ("Vi har 22 børn på døgninstitution à 1.160.000 kr. og 51 i plejefamilie à 470.000 kr. om året. Hvad er den "
     "samlede årlige udgift, hvor stor en andel i procent går til døgninstitution, og hvad bliver den samlede udgift, "
     "hvis 5 af børnene på døgninstitution flyttes til plejefamilie?", "da",
     {"portfolio_spend": 49_490_000, "residential_share_pct": 51.57, "portfolio_spend_after": 46_040_000}),
    ("Vi har 17 børn i netværkspleje à 265.000 kr. og 9 på opholdssted à 1.120.000 kr. om året. Hvad koster de samlet "
     "om året, og hvad bliver udgiften, hvis 3 af børnene på opholdsstedet i stedet kommer i netværkspleje?", "da",
     {"portfolio_spend": 14_585_000, "portfolio_spend_after": 12_020_000}),
    ("We've got 35 kids in foster care at DKK 470k and 18 in residential care at DKK 1.16m a year. What's the total "
     "annual cost, and what share of it is residential?", "en",
     {"portfolio_spend": 37_330_000, "residential_share_pct": 55.93}),
]


@pytest.mark.parametrize(("question", "lang", "expected"), PORTFOLIOS)
def test_a_portfolio_its_total_one_types_share_and_after_a_move(
    question: str, lang: str, expected: dict[str, float]
) -> None:
    assert_outputs(question, lang, expected)


def test_another_municipalitys_figures_told_as_background_are_not_inputs() -> None:
    result = answer("Baggrund til økonomiudvalget: Vejle havde i 2015 39 sager pr. rådgiver på familieområdet, og "
                    "DS anbefalede dengang 30-35. Vi har i dag 1.131 sager og 29 rådgivere. Hvad er vores sagstal, og "
                    "hvor mange rådgivere mangler vi for at komme ned på højst 30 sager pr. rådgiver?", "da")
    assert (result.calculation.outputs["caseload"], result.calculation.outputs["extra_staff"]) == (39, 9)
    assert "39 (bruges ikke)" in result.text.split("\n")[0]


def test_a_question_about_the_named_municipality_alone_keeps_its_figures() -> None:
    got = outputs("Herning har 40 sager pr. rådgiver og 800 sager. Hvad koster det at komme ned på 24 med 600.000 kr. "
                  "pr. rådgiver?", "da")
    assert got["cost_per_year"] == 8_400_000


def test_a_rise_in_each_of_several_years_is_compounded() -> None:
    """ "a 2% increase in each of 2026, 2027 and 2028, compounded": three rises, not one (1.020.000 was stated)."""
    got = outputs("A private provider charges DKK 1,000,000 a year per placement in 2025 and has announced a 2% "
                  "increase in each of 2026, 2027 and 2028, compounded. What will one placement cost in 2028, what "
                  "will 12 placements cost that year, and what is the total increase in percent from 2025?", "en")
    assert got["grown_value"] == pytest.approx(1_061_208, abs=1)
    assert got["grown_units_cost"] == pytest.approx(12_734_496, abs=1)
    assert got["grown_pct"] == pytest.approx(6.12, abs=0.01)


def test_no_foster_default_stands_in_for_network_care() -> None:
    """ "til netværkspleje" with no price: asked for, not the foster family's 470.000 kr. from a source."""
    result = answer("Hvad sparer vi om året ved at flytte 3 børn fra døgninstitution (1.160.000 kr.) til "
                    "netværkspleje?", "da")
    assert "savings_per_year" not in result.calculation.outputs


def test_hires_during_a_year_are_not_costed_as_a_whole_year() -> None:
    result = answer("Vi ansætter 3 rådgivere i løbet af 2026 à 600.000 kr. om året. Hvad koster de i 2026?", "da")
    assert not result.calculation.outputs


def test_a_rate_per_children_from_inhabitants_is_not_worked_out() -> None:
    """The inhabitants are not the children: 412 ÷ 42.563 × 1.000 labelled "per 1,000 children" was stated."""
    result = answer_calculation("We'd like our placements per 1,000 children to compare with the national figure. "
                                "Rødovre has 42,563 inhabitants and we have 412 placed children. What's our rate?",
                                "en", cite)
    assert result is None or "per_1000" not in result.calculation.outputs


ROUND14_PARTS = [
    ("Children's disability team: 7 workers, guideline 40 cases each, 318 cases. How many cases are above the "
     "guideline, and what is the actual caseload per worker?", "en", {"over_capacity": 38, "caseload": 45.43}),
    ("DS-undersøgelsen viste et gennemsnitligt sagstal på 33 i 2019 og 31 i 2023. Hvor mange sager er det færre, og "
     "hvor mange procent er faldet?", "da", {"abs_change": -2, "pct_change": -6.06}),
    ("Hvis 12 % af vores 95 døgnanbringelser kan omlægges til plejefamilie, hvor mange børn er det (hele børn, rundet "
     "ned), og hvad sparer det om året? Døgn 1.160.000 kr., pleje 470.000 kr.", "da",
     {"moved": 11, "savings_per_year": 7_590_000}),
]


@pytest.mark.parametrize(("question", "lang", "expected"), ROUND14_PARTS)
def test_second_asks_of_round_14_are_answered(question: str, lang: str, expected: dict[str, float]) -> None:
    assert_outputs(question, lang, expected)


def test_a_yearly_price_by_the_week_and_the_day() -> None:
    got = outputs("Hvad koster en døgnanbringelse til 1.160.000 kr. om året pr. uge og pr. dag? Regn med 52 uger og "
                  "365 dage.", "da")
    assert got["price_per_week"] == pytest.approx(22_308, abs=1)
    assert got["price_per_day"] == pytest.approx(3_178, abs=1)


def test_background_pointed_back_to_is_an_input() -> None:
    """ "Herning sparede 4,4 mio. kr. over 2 år. Hvis vi kan spare det samme …": Herning's figure is used."""
    got = outputs("Herning sparede 4,4 mio. kr. over 2 år. Hvis vi kan spare det samme, men skal betale 2 ekstra "
                  "rådgivere à 560.000 kr. om året, hvad er nettoresultatet over de 2 år?", "da")
    assert got["net_total"] == 2_160_000


def test_the_current_count_of_cases_is_not_staff() -> None:
    """ "Antallet af sager … fra de nuværende 560. Vi har 20 rådg.": 560 are cases, 20 the staff."""
    got = outputs("Antallet af sager forventes at stige 8 % fra de nuværende 560. Vi har 20 rådg. Hvor mange "
                  "rådgivere skal vi være for at holde max 28 sager pr. rådgiver, og hvor mange skal vi så ansætte?",
                  "da")
    assert (got["staff_needed"], got["extra_staff"]) == (22, 2)


ROUND14_MORE = [
    # a staff pair with the cases: the caseload before, after and its own change
    ("Department head here, writing up the hiring round: we go from 41 to 45 caseworkers with 1,230 cases. Caseload "
     "before and after, and the percentage reduction in caseload?", "en",
     {"caseload": 30, "caseload_after": 27.33, "caseload_change_pct": -8.89}),
    # a price per month "pr. barn" asked by the year per child and for the children counted
    ("Plejefamilievederlag og -udgifter ligger på 38.500 kr. om måneden pr. barn. Hvad er det om året pr. barn, og "
     "hvad koster de 14 børn, vi har i plejefamilie?", "da", {"one_year_cost": 462_000, "units_cost": 6_468_000}),
    # "Weekly price … is": the period before the amount; a daily rate asked
    ("Weekly price at a residential home is DKK 24,000. What is the annual cost over 52 weeks, and the equivalent "
     "daily rate over 365 days?", "en", {"price_per_day": 3_419}),
    # a meeting number and other municipalities' figures are no inputs
    ("Baggrund: På mødet i Børne- og Ungeudvalget den 12. marts (mødenr. 3/2026) blev det besluttet at se på "
     "sagstallet. Holbæk har oplyst et sagstal på 28, og Kalundborg 31. Vi har selv 1.296 sager og 40 rådgivere, og "
     "en rådgiver koster 585.000 kr. Hvad er vores sagstal, og hvor mange rådgivere skal vi ansætte for at komme ned "
     "på 30, og hvad koster det?", "da", {"caseload": 32.4, "extra_staff": 4, "cost_per_year": 2_340_000}),
]


@pytest.mark.parametrize(("question", "lang", "expected"), ROUND14_MORE)
def test_more_shapes_of_round_14(question: str, lang: str, expected: dict[str, float]) -> None:
    assert_outputs(question, lang, expected, tolerance=1)


VACANT_BETWEEN_DATES = [
    ("To rådgivere har sagt op pr. 31. maj, og vi regner først med at have stillingerne besat igen 1. oktober. De "
     "koster 564.000 kr. om året hver inkl. pension. Hvor meget sparer lønbudgettet i år på de vakante måneder?", "da",
     {"vacancy_saving": 376_000}),
    ("Three caseworkers leave at the end of February and we don't plan to refill the posts before 1 September. Each "
     "post costs DKK 612,000 a year. How much is saved this year, and how many FTE-years is that?", "en",
     {"vacancy_saving": 918_000, "vacant_fte_years": 1.5}),
]


@pytest.mark.parametrize(("question", "lang", "expected"), VACANT_BETWEEN_DATES)
def test_posts_empty_between_a_leaving_and_a_refill_date(question: str, lang: str, expected: dict[str, float]) -> None:
    assert_outputs(question, lang, expected)


def test_cases_to_move_between_two_teams_for_the_same_caseload() -> None:
    got = outputs("Team Nord har 8 rådgivere med 280 sager, Team Syd 12 rådgivere med 320 sager. Hvad er det "
                  "gennemsnitlige sagstal for begge teams samlet, og hvor mange sager skal flyttes fra Nord til Syd, "
                  "for at de to teams får samme sagstal?", "da")
    assert got["cases_to_move_move"] == pytest.approx(40)


def test_placements_avoided_by_each_of_the_new_workers_of_two_types() -> None:
    """ "each of them avoids 0.5 foster and 0.25 residential placements": both counts per worker (the fractions,
    allowed since this session, were otherwise summed as 0.75 placements for the whole team)."""
    got = outputs("If we fund 8 caseworkers at DKK 600k each and each of them avoids 0.5 foster placements (DKK 470k) "
                  "and 0.25 residential placements (DKK 1.16m) a year, what is the net per year?", "en")
    assert got["net_per_year"] == pytest.approx(-600_000)


def test_a_price_said_each_is_no_count_per_worker() -> None:
    got = outputs("We hire 8 caseworkers at DKK 600k each and avoid 2 residential placements at DKK 1.16m a year. "
                  "Net per year?", "en")
    assert got["net_per_year"] == pytest.approx(-2_480_000)


def test_places_are_counted_not_decimal_places() -> None:
    got = outputs("A residential place costs DKK 1.16m today. With price rises of 4% a year, what will it cost after "
                  "three years, and what will 10 places cost then?", "en")
    assert got["grown_units_cost"] == pytest.approx(13_048_422, abs=1)


REVIEW_SAFE = [
    # a word "weekly" elsewhere in the sentence does not make a yearly price weekly
    ("Vi har ugentlige teammøder, og en døgnplads koster 1.160.000 kr. Hvad koster 5 pladser?", "da", "units_cost",
     5_800_000),
    # one place's day price beside a count: the total's day rate is not worked out as one's
    ("How much does it cost a day to keep 4 children in residential care at DKK 1,160,000 a year each?", "en",
     "price_per_day", None),
    # a decision year beside the price's year and the year asked: the years of rises are asked about
    ("Prisen er steget 2,5 % hvert år siden 2019, og i 2024 koster en plads 1.300.000 kr. Hvad koster den i 2026?",
     "da", "grown_value", None),
    # "the total increase in cost": the rise, not the total at the new price
    ("The rate of DKK 1,180,000 per child goes up 2.5%. We have 20 children. What is the total increase in cost for "
     "all of them?", "en", "rise_cost", 590_000),
    # one place's rise beside a count of six: not given as if it were all six's
    ("Et opholdssted koster 1.240.000 kr. om året i dag. Hvis prisen stiger 3,2 % om året, hvad koster pladsen om 4 "
     "år, og hvor meget mere koster vores 6 pladser så end i dag?", "da", "grown_diff", None),
]


@pytest.mark.parametrize(("question", "lang", "name", "value"), REVIEW_SAFE)
def test_review_cases_give_the_right_figure_or_none(question: str, lang: str, name: str, value: float | None) -> None:
    result = answer_calculation(question, lang, cite)  # type: ignore[arg-type]
    got = result.calculation.outputs if result else {}
    if value is None:
        assert name not in got
    else:
        assert got[name] == pytest.approx(value)


def test_a_stay_of_52_days_is_not_a_year() -> None:
    result = answer_calculation("Barnet var anbragt i 52 dage à 3.500 kr. pr. døgn. Hvad kostede det?", "da", cite)
    assert result is None or 1_277_500 not in result.calculation.outputs.values()


NOT_A_POSTS_PRICE = [
    "We have 30 caseworkers. The council cut DKK 1.8m from the staff budget. What is that per caseworker?",
    "Der er afsat 2,4 mio. kr. til efteruddannelse af 25 rådgivere. Hvad svarer det til pr. rådgiver?",
    "Familieafdelingen har et samlet budget på 180 mio. kr. og 45 medarbejdere. Hvad koster en medarbejder i "
    "gennemsnit?",
    "Der er afsat 4,8 mio. kr. til 4 nye stillinger i 2025-2026. Hvad er prisen pr. stilling om året?",
    "I første kvartal brugte vi 3,6 mio. kr. på løn til 24 rådgivere. Hvad koster en rådgiver om året?",
]


@pytest.mark.parametrize("question", NOT_A_POSTS_PRICE)
def test_a_sum_that_is_not_one_years_pay_gives_no_price_of_a_post(question: str) -> None:
    """A cut, a training budget, a whole department, a period of years, a quarter: no "one post costs" figure."""
    lang = "en" if question.startswith("We ") else "da"
    result = answer_calculation(question, lang, cite)  # type: ignore[arg-type]
    assert result is None or "cost_per_worker" not in result.calculation.outputs


REVIEW_MORE = [
    # the share of the children is not asked of the spend
    ("Vi har 22 børn på døgninstitution à 1.160.000 kr. og 51 i plejefamilie à 470.000 kr. Hvor stor en andel af "
     "børnene er på døgninstitution?", "residential_share_pct"),
    # two budgets: neither is the whole
    ("Budgettet til anbringelser er 48,5 mio. kr., og budgettet til forebyggelse er 12 mio. kr. Hvor mange procent "
     "af budgettet går til forebyggelse?", "pct_share"),
    # a team's count in brackets is no age
    ("Vi har rådgivere i Team Syd (12) og Team Nord 14 rådgivere, og i alt 780 sager. Hvad er sagstallet?", "caseload"),
    # a budget period beside the effect's own start year
    ("Et forslag om 4 ekstra rådgivere à 605.000 kr. om året forventes at forebygge 3 anbringelser à 1.080.000 kr. om "
     "året fra 2026. Hvad er nettoeffekten pr. år og samlet over budgetperioden 2025-2028?", "net_total"),
]


@pytest.mark.parametrize(("question", "name"), REVIEW_MORE)
def test_review_cases_state_no_misread_figure(question: str, name: str) -> None:
    result = answer_calculation(question, "da", cite)
    assert result is None or name not in result.calculation.outputs


def test_new_staff_after_a_place_named_as_model_are_ours() -> None:
    got = outputs("Vi ansætter ligesom Aarhus gjorde 4 nye rådgivere. Vi har 30 rådgivere og 900 sager. Hvad bliver "
                  "sagstallet?", "da")
    assert got["caseload_after"] == pytest.approx(26.47, abs=0.01)


def test_workers_who_resign_leave_posts_empty_until_their_replacements_start() -> None:
    got = outputs("Two workers resign effective 1 May, and their replacements start on 1 September. At DKK 612,000 a "
                  "year each, what's the vacancy saving this year?", "en")
    assert got["vacancy_saving"] == pytest.approx(408_000)


def test_a_leftover_is_not_worked_out_past_the_staff_the_question_counts() -> None:
    """ "how much do 15 social workers … take up … how much is left" was answered with the 16 posts the budget buys
    (90.000 kr. left, where 675.000 kr. is right); the unused count now stops the answer."""
    result = answer("Out of a staffing budget of 9,450,000 kr., how much do 15 social workers at 585,000 kr. each take "
                    "up, what share of the budget is that, and how much is left?", "en")
    assert "budget_left" not in result.calculation.outputs


def test_staff_to_hire_without_todays_staff_asks_for_it() -> None:
    """ "Hvor mange rådgivere skal vi ansætte …" with no staff today: the hires are asked for, not answered with the
    staff the target needs (47) as if all were new."""
    result = answer("Hvor mange rådgivere skal vi ansætte for at komme ned på 22 sager pr. rådgiver? Vi har 1.034 "
                    "sager.", "da")
    assert not result.calculation.outputs
    assert "rådgivere i dag" in result.text.split("\n\n")[0]


AMOUNT_AND_POINTS = [
    ("Vi bruger 48,5 mio. kr. på anbringelser i år. Hvis priserne stiger med 3,3 %, hvad skal vi så budgettere med "
     "næste år, og hvor mange kroner er det mere?", "da", {"pct_amount": 1_600_500, "amount_after_rise": 50_100_500}),
    ("Vi skal spare 4,5 % på et budget på 86,4 mio. kr. Hvor mange kroner er det, og hvad bliver det nye budget?",
     "da", {"pct_amount": 3_888_000, "amount_after_cut": 82_512_000}),
    ("Andelen af anbragte børn, der bor i plejefamilie, er steget fra 48 % i 2021 til 55 % i 2024. Hvor mange "
     "procentpoint er det, og hvor mange procent svarer stigningen til?", "da", {"abs_change": 7, "pct_change": 14.58}),
]


@pytest.mark.parametrize(("question", "lang", "expected"), AMOUNT_AND_POINTS)
def test_an_amount_after_its_percentage_and_a_change_in_points(
    question: str, lang: str, expected: dict[str, float]
) -> None:
    assert_outputs(question, lang, expected)


def test_a_percentage_of_an_amount_answered_is_not_said_to_be_unanswered() -> None:
    result = answer("Hvad er 4,5 % af 86,4 mio. kr. i kroner?", "da")
    assert "ikke regnet ud" not in result.text
