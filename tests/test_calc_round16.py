"""Calculation readings added in the fifteenth session, each for a class of question met in the blind block d25
or red-team round 16 (see ``eval/redteam/README.md``), with the near questions that must keep their reading."""

from __future__ import annotations

import pytest
from calc_support import answer, assert_outputs, outputs

from assistant.calc.chat import answer_calculation
from assistant.calc.sheet import CalcAnswer


def answer_or_none(question: str, lang: str) -> CalcAnswer | None:
    return answer_calculation(question, lang, lambda *a, **k: 1)


def test_a_figure_the_question_gives_is_not_its_own_answer() -> None:
    """r16-100: "saved 4.4m … twice their size, what would we save a year?" restated 4,4 mio. as the yearly
    saving; the words that change it went unread, so no figure is shown."""
    got = answer(
        "Herning saved 4.4m with the Swedish model. If we roll it out with a team twice their size, what would "
        "we save a year?",
        "en",
    )
    assert not got.calculation.outputs
    assert "nothing to work out" in got.text


def test_an_echo_beside_a_worked_result_is_kept() -> None:
    """Only an answer that is all echo is stopped: a given saving beside the posts it pays for is context."""
    got = outputs("Vi sparer 2,4 mio. kr. om året. Hvor mange rådgivere à 600.000 kr. kan det betale?", "da")
    assert got["staff_affordable"] == 4


# Part-time staff brought up to full time add the hours they lack (r16-023).
RAISED_TO_FULL = [
    (
        "Vi har 3 deltidsrådgivere på 25 timer, som vi gerne vil have op på fuld tid (37 timer). Hvor mange "
        "årsværk svarer opnormeringen til, og hvad koster den ekstra om året, når en fuldtidsrådgiver koster "
        "578.000 kr.?",
        "da",
        {"fte_added": 0.973, "cost_per_year": 562_378.38},
    ),
    (
        "We have 4 part-time workers on 30 hours and want to bring them up to full time (full time is 37 hours). "
        "How many FTE does that add and what does it cost at DKK 600,000 per full-time worker?",
        "en",
        {"fte_added": 0.757, "cost_per_year": 454_054.05},
    ),
]


@pytest.mark.parametrize(("question", "lang", "expected"), RAISED_TO_FULL)
def test_part_timers_brought_up_to_full_time_add_the_hours_they_lack(
    question: str, lang: str, expected: dict[str, float]
) -> None:
    assert_outputs(question, lang, expected)


def test_part_timers_counted_as_they_are_still_count_their_share() -> None:
    got = outputs(
        "Vi har 10 rådgivere på fuld tid og 4 på 30 timer (fuld tid er 37 timer) og 400 sager. Hvad er sagstallet?",
        "da",
    )
    assert got["caseload"] == pytest.approx(400 / (10 + 4 * 30 / 37), abs=0.01)


# A sum for named budget years is for the whole span (r16-060, r16-042).
POOLS = [
    (
        "Vi har fået 4,2 mio. kr. i alt til 2026 og 2027 til at nedbringe sagstallet, og en rådgiver koster "
        "600.000 kr. om året. Hvor mange rådgivere kan vi have ansat i begge år, og hvad bliver sagstallet, når "
        "vi i dag er 30 rådgivere om 840 sager?",
        "da",
        {"staff_affordable": 3, "caseload_after": 25.45},
    ),
    (
        "We have DKK 3m for extra social workers for 2026 to 2028. How many can we hire at DKK 500,000 a year each?",
        "en",
        {"staff_affordable": 2},
    ),
]


@pytest.mark.parametrize(("question", "lang", "expected"), POOLS)
def test_a_sum_for_named_years_is_shared_over_them(question: str, lang: str, expected: dict[str, float]) -> None:
    assert_outputs(question, lang, expected)


def test_a_budget_for_one_year_is_that_year_s() -> None:
    got = outputs("Budgettet for 2026 er 40 mio. kr. Hvor mange rådgivere à 600.000 kr. kan vi betale?", "da")
    assert got["staff_affordable"] == 66


def test_one_year_of_a_series_of_avoided_placements_is_asked_about() -> None:
    """r16-089: whether 2026's avoided placements stay avoided in 2027 is not said; the period's sum was shown."""
    one = answer(
        "Placements average DKK 850k. We expect to avoid 3 in 2026 and 3 more in 2027. What is the saving in 2027?",
        "en",
    )
    assert not one.calculation.outputs
    total = outputs(
        "Placements average DKK 850k. We expect to avoid 3 in 2026 and 3 more in 2027. What is the total saving?",
        "en",
    )
    assert total == {"savings_total": 5_100_000}


# A spend for a count of children, said without a verb of spending (r16-082, r16-028, d25-046).
def test_a_sum_for_several_children_is_their_spend() -> None:
    got = outputs("It's DKK 10.2m a year for 8 kids in residential care. What's our unit cost?", "en")
    assert got["cost_per_placement"] == pytest.approx(1_275_000)


# Our price against a national average (r16-028, r16-082).
BENCHMARK = [
    (
        "It's DKK 10.2m a year for 8 kids in residential care. What's our unit cost, and what's the gap to the "
        "national average of DKK 1.16m per child and across all 8?",
        "en",
        {"cost_per_placement": 1_275_000, "bench_gap": 115_000, "bench_gap_total": 920_000},
    ),
    (
        "Vi betaler samlet 14,1 mio. kr. om året for 12 børn på opholdssted. Hvad er prisen pr. barn, og hvor "
        "mange procent ligger den over landsgennemsnittet på 1.160.000 kr.?",
        "da",
        {"cost_per_placement": 1_175_000, "bench_gap_pct": 1.29},
    ),
    (
        "We pay DKK 1.3m per residential placement. How much above the national average of DKK 1.16m is that, "
        "in kroner and percent?",
        "en",
        {"bench_gap": 140_000, "bench_gap_pct": 12.07},
    ),
    (
        "Vores plejefamilier koster 430.000 kr. om året pr. barn. Hvor meget billigere er det end "
        "landsgennemsnittet på 470.000 kr., i kroner og i procent?",
        "da",
        {"bench_gap": -40_000, "bench_gap_pct": -8.51},
    ),
]


@pytest.mark.parametrize(("question", "lang", "expected"), BENCHMARK)
def test_our_price_against_a_national_average(question: str, lang: str, expected: dict[str, float]) -> None:
    assert_outputs(question, lang, expected)


def test_a_cheaper_price_is_said_below_the_average() -> None:
    got = answer(
        "Vores plejefamilier koster 430.000 kr. om året pr. barn. Hvor meget billigere er det end "
        "landsgennemsnittet på 470.000 kr., i kroner og i procent?",
        "da",
    )
    assert "40.000 kr. mindre" in got.text and "8,51 % under" in got.text


# Cases rising a percentage, said in more ways (r16-005, r16-050, d25-042).
CASE_GROWTH = [
    (
        "Børnehandicapteamet har 12 rådgivere med 41 sager hver. Vi regner med, at sagsmængden vokser 6 % om "
        "året de næste 3 år. Hvor mange sager står vi med om 3 år, og hvor mange rådgivere kræver det at holde "
        "sagstallet på 35?",
        "da",
        {"cases": 585.98, "staff_needed": 17},
    ),
    (
        "Kommunalbestyrelsen vil have sagstallet under 30 i 2027. Vi har 1.160 sager og 35 rådgivere nu, og "
        "sagerne vokser 3 % om året i 2026 og 2027. Hvor mange sager har vi i 2027, hvor mange rådgivere skal vi "
        "så have, og hvor mange er det flere end i dag?",
        "da",
        {"cases": 1230.64, "staff_needed": 42, "extra_staff": 7},
    ),
    (
        "We have 900 children's cases and keep caseloads at 30 per worker. If the number of cases goes up 15 %, "
        "how many cases will we have, how many extra workers do we need to stay at 30, and what does that cost a "
        "year at 540,000 kr per worker?",
        "en",
        {"cases": 1035, "extra_staff": 5, "cost_per_year": 2_700_000},
    ),
]


@pytest.mark.parametrize(("question", "lang", "expected"), CASE_GROWTH)
def test_cases_rising_by_a_percentage(question: str, lang: str, expected: dict[str, float]) -> None:
    assert_outputs(question, lang, expected)


def test_a_caseload_kept_beside_today_s_is_the_target() -> None:
    got = outputs(
        "Børnehandicapteamet har 12 rådgivere med 41 sager hver. Hvor mange rådgivere kræver det at holde "
        "sagstallet på 35?",
        "da",
    )
    assert got["staff_needed"] == 15


@pytest.mark.parametrize(
    ("question", "lang", "text"),
    [
        ("Vi har 270 sager og 10 rådgivere. Hvor mange rådgivere mangler vi for at komme ned på 25?", "da",
         "I mangler 1 rådgiver."),
        ("With DKK 1.2m, how many case managers at 615,000 each could we hire?", "en",
         "pays for 1 full-time social worker "),
    ],
)  # fmt: skip
def test_one_worker_is_said_in_the_singular(question: str, lang: str, text: str) -> None:
    assert text in answer(question, lang).text


def test_a_break_even_for_each_type_asked_with_or_alternatively() -> None:
    """d25-040: "how many foster placements …, or alternatively how many residential …": one break-even each."""
    got = outputs(
        "Hiring 8 extra social workers at 600,000 kr a year each: what's the annual cost, and how many foster-family "
        "placements at 470,000 kr a year, or alternatively how many residential placements at 1,160,000 kr a year, "
        "would we need to avoid to at least break even?",
        "en",
    )
    assert got["break_even_foster"] == 11 and got["break_even_residential"] == 5


def test_a_list_of_totals_asked_with_what_is() -> None:
    """d25-044: "what is the total cost, the total gross saving and the net result?" asks all three."""
    got = outputs(
        "Business case: 6 extra caseworkers at 580,000 kr a year each for 4 years, expected to avoid 4 residential "
        "placements a year at 1,160,000 kr each. Over the 4 years, what is the total cost, the total gross saving "
        "and the net result?",
        "en",
    )
    assert (got["cost_total"], got["savings_total"], got["net_total"]) == (13_920_000, 18_560_000, 4_640_000)


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        (
            "A placement cost us 650,000 kr in 2015 and 780,000 kr in 2022. By how many kroner and by what "
            "percentage did it rise, and with 25 placements, how much more do we now pay per year?",
            "en",
            {"abs_change": 130_000, "pct_change": 20, "change_cost": 3_250_000},
        ),
        (
            "En plads kostede 1.100.000 kr. i 2020 og 1.210.000 kr. i 2024. Hvor mange procent er prisen steget, og "
            "hvor meget mere betaler vi for vores 12 pladser?",
            "da",
            {"pct_change": 10, "change_cost": 1_320_000},
        ),
    ],
)
def test_a_dated_price_change_paid_for_several(question: str, lang: str, expected: dict[str, float]) -> None:
    """d25-048: two dated prices and a count: the change, and what it costs for all of them."""
    assert_outputs(question, lang, expected)


def test_children_of_a_spend_moved_are_priced_by_the_spend_not_a_default() -> None:
    """d25-046: "33 million on 30 residential placements … if 10 of those were in foster care instead": the
    children leave a 1,1 mio. place (the spend over the count); the national 1,16 mio. had stated a spend of
    34,8 mio. beside the 33 mio. given."""
    got = answer(
        "Last year we spent 33 million kr in total on 30 residential placements. What was the average price per "
        "placement, and how much would we save per year if 10 of those children were in foster care at 470,000 "
        "kr a year instead?",
        "en",
    )
    out = got.calculation.outputs
    assert out["cost_per_placement"] == 1_100_000 and out["savings_per_year"] == 6_300_000
    assert "34,800,000" not in got.text and "source [1]" not in got.text


def test_a_caseload_said_now_before_a_wish_is_today_s() -> None:
    """r16-085: "32 per worker now, and we want 26": the cue after 32 is about 26."""
    got = outputs(
        "1,248 cases, 32 per worker now, and we want 26. How many extra workers is that, and the annual cost at "
        "DKK 590,000 each?",
        "en",
    )
    assert (got["extra_staff"], got["cost_per_year"]) == (9, 5_310_000)


def test_a_sum_no_one_worker_costs_is_the_workers_together() -> None:
    """r16-090: "DKK 17.4m for 29 workers" is the 29's pay, not one worker's price."""
    got = outputs("Staff costs are DKK 17.4m for 29 workers. What is the cost per worker?", "en")
    assert got["cost_per_worker"] == 600_000


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        (
            "Anbringelsesbudgettet for 2026 er på 48,6 mio. kr. Hvis vi kan flytte 7 børn fra døgninstitution til "
            "plejefamilie – 1.160.000 kr. mod 470.000 kr. om året pr. barn – hvor meget frigør det så årligt, og "
            "hvor stor en del af budgettet er det i procent?",
            "da",
            {"savings_per_year": 4_830_000, "saving_share_pct": 9.94},
        ),
        (
            "If residential placements fall by 6% from 50, at DKK 1,160,000 each, how many placements is that, what "
            "is the annual saving, and what share of a DKK 95m placement budget?",
            "en",
            {"avoided": 3, "savings_per_year": 3_480_000, "saving_share_pct": 3.66},
        ),
    ],
)
def test_a_saving_as_a_share_of_the_placement_budget(question: str, lang: str, expected: dict[str, float]) -> None:
    """r16-002, r16-098: "Anbringelsesbudgettet for 2026" and "a DKK 95m placement budget" are the spend."""
    assert_outputs(question, lang, expected)


# Hires that recur every year stay once hired (r16-073): 2, 4, 6, 8 in post, not 2 for four years.
YEARLY_HIRES = [
    (
        "We hire 2 new social workers every year for 4 years at DKK 600,000 each. What is the total cost?",
        "en",
        {"cost_total": 12_000_000},
    ),
    (
        "Plan for 2026-2029: we hire 2 more workers on 1 January every year and keep the earlier ones, at DKK "
        "600,000 each. What is the extra cost in 2029 alone, and in total over the four years?",
        "en",
        {"cost_last_year": 4_800_000, "cost_total": 12_000_000},
    ),
    (
        "Vi ansætter 2 nye rådgivere pr. 1. januar hvert år i 2026-2028 til 600.000 kr. Hvad koster det i 2028, og "
        "hvad koster det i alt?",
        "da",
        {"cost_last_year": 3_600_000, "cost_total": 7_200_000},
    ),
]


@pytest.mark.parametrize(("question", "lang", "expected"), YEARLY_HIRES)
def test_hires_every_year_add_up(question: str, lang: str, expected: dict[str, float]) -> None:
    assert_outputs(question, lang, expected)


def test_hires_every_year_with_no_period_are_asked_about() -> None:
    got = answer("Vi ansætter 2 nye rådgivere hvert år til 600.000 kr. Hvad koster det om året?", "da")
    assert not got.calculation.outputs


def test_one_hire_priced_a_year_is_not_a_yearly_hire() -> None:
    """ "3 rådgivere til 600.000 kr. om året": the year is the price's, the three are hired once."""
    got = outputs("Vi ansætter 3 rådgivere til 600.000 kr. om året. Hvad koster det i alt over 4 år?", "da")
    assert got["cost_total"] == 7_200_000


# A budget follow-up: the year at the same pace, or what the rest of the year may cost a month (r16-006, -017, -078).
FOLLOW_UP = [
    (
        "Ved udgangen af juli har vi brugt 31,2 mio. kr. af årsbudgettet på 52 mio. kr. til forebyggende "
        "foranstaltninger. Fortsætter vi i samme tempo, hvad lander vi så på for hele året – og hvor stort et "
        "merforbrug taler vi om?",
        "da",
        {"spend_projected": 53_485_714.29, "over_projected": 1_485_714.29},
    ),
    (
        "Efter første halvår er der brugt 27,9 mio. kr. på døgnanbringelser, og hele årets budget er 51,5 mio. kr. "
        "Hvor mange procent er brugt, og hvor meget må vi bruge om måneden i andet halvår, hvis vi skal holde "
        "budgettet?",
        "da",
        {"spent_pct": 54.17, "monthly_left": 3_933_333.33},
    ),
    (
        "Preventive measures have a DKK 38m budget and Jan-Apr spend was DKK 14.6m. What monthly rate can we afford "
        "for the remaining 8 months, and how much lower is that than our current monthly rate?",
        "en",
        {"monthly_left": 2_925_000, "monthly_now": 3_650_000, "monthly_cut": 725_000},
    ),
]


@pytest.mark.parametrize(("question", "lang", "expected"), FOLLOW_UP)
def test_a_budget_follow_up(question: str, lang: str, expected: dict[str, float]) -> None:
    assert_outputs(question, lang, expected)


def test_months_left_that_do_not_make_the_year_with_the_months_gone_are_not_used() -> None:
    """ "Jan-Apr … the remaining 6 months": 4 + 6 is not 12, so which is meant is not guessed."""
    got = answer_or_none(
        "Preventive measures have a DKK 38m budget and Jan-Apr spend was DKK 14.6m. What monthly rate can we afford "
        "for the remaining 6 months?",
        "en",
    )
    assert got is None or "2,925,000" not in got.text


# The staff cut by a percentage (r16-039): the staff left and the caseload after.
STAFF_CUT_PCT = [
    (
        "Vi har 40 rådgivere og 1.200 sager. Hvis vi skærer 10 % af rådgiverne væk, hvad bliver sagstallet?",
        "da",
        {"staff_left": 36, "caseload_after_cut": 33.33},
    ),
    (
        "We have 40 social workers and 1,200 cases. If we cut the staff by 10%, what is the caseload after?",
        "en",
        {"caseload_after_cut": 33.33},
    ),
    (
        "Vi skal spare 12,5 % på myndighedsrådgivningen, der i dag er 33 årsværk. Hvor mange årsværk er der "
        "tilbage, og hvad bliver sagstallet, når de 1.010 sager ikke bliver færre?",
        "da",
        {"staff_left": 28.875, "caseload_after_cut": 34.98},
    ),
]


@pytest.mark.parametrize(("question", "lang", "expected"), STAFF_CUT_PCT)
def test_the_staff_cut_by_a_percentage(question: str, lang: str, expected: dict[str, float]) -> None:
    assert_outputs(question, lang, expected)


def test_a_budget_cut_in_percent_is_not_a_staff_cut() -> None:
    got = answer_or_none(
        "Vi har 40 rådgivere. Hvis vi skærer 10 % på budgettet, hvor mange rådgivere har vi råd til?", "da"
    )
    assert got is None or not got.calculation.outputs


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        (
            "Vi har 64 børn anbragt: 41 i plejefamilie til 470.000 kr. og resten på institution til 1.160.000 kr. "
            "Hvad koster det i alt om året, og hvad er den gennemsnitlige pris pr. anbringelse?",
            "da",
            {"portfolio_spend": 45_950_000, "portfolio_average": 717_968.75},
        ),
        (
            "We have 50 children placed: 30 in foster care at DKK 470,000 and the rest in residential care at DKK "
            "1.16m. What is the total yearly cost?",
            "en",
            {"portfolio_spend": 37_300_000},
        ),
    ],
)
def test_the_rest_of_a_portfolio_is_the_other_type(question: str, lang: str, expected: dict[str, float]) -> None:
    """r16-011: "64 børn: 41 i plejefamilie … og resten på institution" is 23 in residential care."""
    assert_outputs(question, lang, expected)


def test_a_price_for_one_place_and_a_share_of_the_children_placed_there() -> None:
    """r16-012: "1.240.000 kr. for en institutionsplads", "20 % af de 45 institutionsanbragte børn"."""
    got = outputs(
        "Med vores egne priser – 1.240.000 kr. for en institutionsplads og 495.000 kr. for en plejefamilie – hvad "
        "sparer vi om året, hvis 20 % af de 45 institutionsanbragte børn kan flyttes til familiepleje? Og hvor "
        "mange børn er det?",
        "da",
    )
    assert (got["savings_per_year"], got["moved"]) == (6_705_000, 9)


def test_staff_away_are_not_at_work() -> None:
    """r16-024: two posts vacant and one worker on long-term sick leave: 24 at work carry the cases."""
    got = outputs(
        "Normeringen er 27 rådgivere. To stillinger er ubesatte, og én rådgiver er langtidssygemeldt. Der ligger 781 "
        "sager. Hvad er sagstallet for dem, der faktisk er på arbejde, og hvad ville det være med fuld normering?",
        "da",
    )
    assert got["caseload"] == pytest.approx(781 / 24, abs=0.01)
    assert got["caseload_after"] == pytest.approx(781 / 27, abs=0.01)


def test_hires_on_top_of_those_at_work() -> None:
    """r16-061: "two of them are on long-term sick leave … hire on top of the 32 working to get everyone to 28"."""
    got = outputs(
        "We've got 1,046 child cases and 34 social workers, but two of them are on long-term sick leave. What's the "
        "caseload for the ones actually at work, and how many would we need to hire on top of the 32 working to get "
        "everyone to 28?",
        "en",
    )
    assert got["caseload"] == pytest.approx(32.69, abs=0.01) and got["extra_staff"] == 6


def test_staff_needed_beside_vacant_posts_is_not_set_against_either() -> None:
    """r16-001: "how many posts for 26, and how many over the establishment": the gap was stated against the staff at
    work as if it were the gap to the target (3, the vacant posts); which gap is meant is asked."""
    got = answer(
        "Vi er normeret til 38,5 fuldtidsstillinger i myndighed, men 3 står ubesatte, og der ligger 1.118 børnesager. "
        "Hvad er sagstallet pr. besat stilling lige nu? Og hvor mange stillinger skal vi have i alt for at ramme 26 "
        "sager, og hvor mange er det ud over normeringen?",
        "da",
    )
    assert "I mangler 3" not in got.text


def test_what_the_caseload_drops_to_with_new_staff() -> None:
    """r16-064: "If we bring in 5 more, what does the caseload drop to": the caseload after, with the new staff."""
    got = outputs(
        "Caseload is 38 per worker across 19 workers. If we bring in 5 more, what does the caseload drop to, and "
        "what is the yearly bill at DKK 610,000 each?",
        "en",
    )
    assert got["caseload_after"] == pytest.approx(30.08, abs=0.01) and got["cost_per_year"] == 3_050_000


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        (
            "We shut 18% of our 650 preventive cases. How many cases is that, and how many full-time posts does that "
            "free up at 24 cases per worker?",
            "en",
            {"cases_closed": 117, "posts_freed": 4.875},
        ),
        (
            "Vi lukker 20 % af vores 450 forebyggende sager. Hvor mange sager er det, og hvor mange årsværk frigør "
            "det ved 25 sager pr. rådgiver?",
            "da",
            {"cases_closed": 90, "posts_freed": 3.6},
        ),
    ],
)
def test_closed_cases_in_posts_freed(question: str, lang: str, expected: dict[str, float]) -> None:
    """r16-079: the closed cases over the caseload are the posts they free."""
    assert_outputs(question, lang, expected)


# Blind block d26 (written at this session's end, first run on the session-start code): the classes it showed.
D26 = [
    (  # a budget going "fra … i år til … næste år" is a change, not what one sum buys at the other's price
        "Anbringelsesbudgettet går fra 86,4 mio. kr. i år til 93,3 mio. kr. næste år. Hvor mange kroner er "
        "stigningen, og hvor mange procent svarer det til?",
        "da",
        {"abs_change": 6_900_000, "pct_change": 7.99},
    ),
    (  # "vi er blevet bedt om at finde 2,4 mio. kr.": a cut to find, not money to hire with
        "Vi er blevet bedt om at finde 2,4 mio. kr. i myndighedsafdelingen, og en rådgiver koster os 600.000 kr. om "
        "året. Hvor mange stillinger svarer det til, og hvad sker der med sagstallet, når vi i dag er 30 rådgivere om "
        "840 sager – hvad er det før, og hvad bliver det efter?",
        "da",
        {"caseload": 28, "caseload_after_cut": 32.31},
    ),
    (  # "the caseload per worker go from and to" with 3 of 25 cut
        "The council wants to cut 3 of our 25 caseworkers. We have 775 cases. What does the caseload per worker go "
        "from and to, and how much does the cut save a year at 590,000 kr per caseworker?",
        "en",
        {"caseload": 31, "caseload_after_cut": 35.23, "savings_per_year": 1_770_000},
    ),
    (  # "hvad koster rådgiverne pr. sag"
        "Lønbudgettet til myndighedsteamet er på 17,55 mio. kr. i alt for 27 rådgivere, og de har 918 sager. Hvad "
        "koster en rådgiver i gennemsnit, hvad er sagstallet, og hvad koster rådgiverne pr. sag?",
        "da",
        {"cost_per_worker": 650_000, "caseload": 34, "case_cost": 19_117.65},
    ),
    (  # "er steget med 12,5 % fra 960 sager … hvor mange sager har vi nu"
        "Sagsantallet er steget med 12,5 % fra 960 sager. Hvor mange sager har vi nu, hvor mange rådgivere kræver det "
        "ved 28 sager pr. rådgiver, og hvad koster det ekstra om året i forhold til de 34 rådgivere, vi har i dag, når "
        "en rådgiver koster 600.000 kr.?",
        "da",
        {"cases": 1080, "staff_needed": 39, "cost_per_year": 3_000_000},
    ),
    (  # a budget follow-up asks the share spent too
        "Ved halvårsopfølgningen pr. 30. juni har vi brugt 58,2 mio. kr. af et årsbudget på 104 mio. kr. på børne- "
        "og familieområdet. Hvor stor en andel af budgettet er brugt, hvad lander vi på for hele året, hvis forbruget "
        "fortsætter i samme tempo, og hvor stort bliver merforbruget så?",
        "da",
        {"spent_pct": 55.96, "spend_projected": 116_400_000, "over_projected": 12_400_000},
    ),
]


@pytest.mark.parametrize(("question", "lang", "expected"), D26)
def test_d26_classes(question: str, lang: str, expected: dict[str, float]) -> None:
    assert_outputs(question, lang, expected)


def test_a_past_rise_names_the_count_before_it() -> None:
    got = answer("Sagsantallet er steget med 12,5 % fra 960 sager. Hvor mange sager har vi nu?", "da")
    assert "960 sager før stigningen" in got.text


# The second review of this session's readings (eval/redteam/README.md): wrong figures near them, now right or asked.
SECOND_REVIEW_RIGHT = [
    (
        "Vi har 64 anbragte børn: 41 i plejefamilie og resten på institution. En institutionsplads koster 1,16 mio. "
        "kr. om året. Hvad koster institutionsanbringelserne?",
        "da",
        {"residential_spend": 26_680_000},
    ),
    (
        "We have 8 part-time workers at 30 hours. If they go full time (37 hours), what is the extra cost at DKK "
        "600,000 per FTE?",
        "en",
        {"cost_per_year": 908_108.11},
    ),
    (
        "Sagerne steg 12,5 % sidste år, og vi har nu 1.080 sager og 30 rådgivere. Hvad er sagstallet?",
        "da",
        {"caseload": 36},
    ),
    (
        "We hire 2 caseworkers a year for 3 years at DKK 600,000 each. What is the total cost over the 3 years?",
        "en",
        {"cost_total": 7_200_000},
    ),
    (
        "Vi ansætter 3 rådgivere om året i 4 år. Hvor mange nye rådgivere har vi så, og hvad koster de det sidste år "
        "til 600.000 kr. stykket?",
        "da",
        {"cost_last_year": 7_200_000, "cost_total": 18_000_000},
    ),
]


@pytest.mark.parametrize(("question", "lang", "expected"), SECOND_REVIEW_RIGHT)
def test_second_review_readings(question: str, lang: str, expected: dict[str, float]) -> None:
    assert_outputs(question, lang, expected)


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Vi har 40 rådgivere og 1.200 sager. Sidste år var 4 sygemeldte. Hvad er sagstallet?", "da"),
        ("Vi har 32 rådgivere på arbejde og 3 vakante stillinger. Vi har 960 sager. Hvad er sagstallet?", "da"),
        ("Vi har 40 rådgivere og 1.200 sager. Hvis vi skærer 10 % af rådgiverne væk, men ansætter 2 nye, hvad bliver "
         "sagstallet?", "da"),
        ("Lønudgiften var 9 mio. kr. for 15 rådgivere i første halvår. Hvad koster en rådgiver om året?", "da"),
        ("Hvad koster 3 nye rådgivere om året i 4 år til 600.000 kr.?", "da"),
    ],
)  # fmt: skip
def test_second_review_wrong_figures_are_gone(question: str, lang: str) -> None:
    """Each gave a wrong figure: 40 − 4 sick last year (32,31), 32 at work taken for the posts (33,1), the cut
    dropped beside hires (28,57), a half-year's pay as a year's (600.000), 3 a year read as yearly hires without a
    verb of hiring. Now each is asked about, or read as it is said."""
    got = answer_or_none(question, lang)
    wrong = {32.31, 33.1, 28.57, 600_000.0, 18_000_000.0}
    assert got is None or not any(abs(v - w) < 0.01 for v in got.calculation.outputs.values() for w in wrong)


def test_a_monthly_sum_for_several_children_is_not_one_childs_price() -> None:
    """ "DKK 850,000 a month for 8 kids" had been priced as 10,2 mio. a place (81,6 mio. for the eight)."""
    got = answer_or_none("DKK 850,000 a month for 8 kids in residential care. Unit cost a year?", "en")
    assert got is None or not any(abs(v - 10_200_000) < 1 for v in got.calculation.outputs.values())


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        ("Vi har 20 børn på døgninstitution, hvert barn koster 1,16 mio. kr. årligt. Målet er at 25 % af dem flyttes i "
         "plejefamilie til 470.000 kr. Hvor mange børn drejer det sig om, og hvad er den årlige besparelse?", "da",
         {"savings_per_year": 3_450_000}),
        ("Proposal: DKK 3.1m a year for 5 extra workers, running for 5 years. It's expected to avoid the cost of 2 "
         "residential placements each year (DKK 1,160,000 each). What's the net effect over the 5 years?", "en",
         {"net_total": -3_900_000}),
        ("Normeringen er 24 stillinger, men 3 er vakante og 2 er langtidssygemeldte. Der er 780 sager. Hvad er det "
         "normerede sagstal, og hvad er det reelle?", "da", {"caseload": 41.05, "caseload_after": 32.5}),
    ],
)  # fmt: skip
def test_earlier_rounds_keep_their_answers(question: str, lang: str, expected: dict[str, float]) -> None:
    """r11-da030 and r10-en012 lost their right answers to this session's first changes ('hvert barn koster' read as
    a spend; '5 years' read as another period than a year); r9-da025 gains its second asked caseload."""
    assert_outputs(question, lang, expected)


def test_a_rise_in_cases_beside_new_hires_is_asked_about() -> None:
    """r15-087: the caseload after a 10 % rise was stated without the 2 hires (36,3 where 33,88 is right)."""
    got = answer_or_none(
        "Sagstallet er 33 i dag med 28 rådgivere. Hvis sagsmængden stiger 10 %, og vi samtidig ansætter 2 "
        "rådgivere, hvad bliver sagstallet så?",
        "da",
    )
    assert got is None or not any(abs(v - 36.3) < 0.01 for v in got.calculation.outputs.values())


# Sick leave as a share of the staff (d26-018, r16-003, r16-071).
ABSENCE = [
    (
        "Vi har 22 rådgivere og 660 sager, men sygefraværet ligger på 8 %. Hvad er det officielle sagstal pr. "
        "rådgiver, hvor mange årsværk mister vi til sygdom, og hvad er sagstallet pr. rådgiver, der faktisk er på "
        "arbejde?",
        "da",
        {"caseload": 30, "fte_lost": 1.76, "caseload_effective": 32.61},
    ),
    (
        "Sick leave in the team is running at 11.5%. With 26 workers and 754 cases, what is the effective caseload, "
        "and how many extra heads would bring the effective caseload back down to 29?",
        "en",
        {"caseload_effective": 32.77, "extra_staff_gross": 4},
    ),
    (
        "Vi har 24 rådgivere på lønlisten og 702 åbne sager, men sygefraværet ligger på 8 %. Hvad er sagstallet på "
        "papiret, og hvad er det reelt, når man tager højde for fraværet?",
        "da",
        {"caseload": 29.25, "caseload_effective": 31.79},
    ),
]


@pytest.mark.parametrize(("question", "lang", "expected"), ABSENCE)
def test_sick_leave_as_a_share_of_the_staff(question: str, lang: str, expected: dict[str, float]) -> None:
    assert_outputs(question, lang, expected)


def test_a_percentage_of_cases_beside_sick_leave_words_is_not_sick_leave() -> None:
    got = answer_or_none(
        "Vi har 20 rådgivere og 600 sager. Trods sygefravær stiger sagerne 10 %. Hvad bliver sagstallet?", "da"
    )
    assert got is None or "caseload_effective" not in got.calculation.outputs
