"""Calculation readings added in the sixteenth session, each for a class of question met in the blind blocks d26
and d27 or red-team round 17 (see ``eval/redteam/README.md``), with the near questions a review found wrong figures
in: each must now ask, or keep its old reading, and never state the figure the new reading would have given."""

from __future__ import annotations

import pytest
from calc_support import assert_outputs, cite

from assistant.calc.chat import answer_calculation

# (question, language, the outputs it must give)
ANSWERED = [
    # two parts of one budget, each share and the rest (d26-011)
    (
        "Budgettet er på 212 mio. kr. Anbringelser tager 131,4 mio. kr. og forebyggelse 38,2 mio. kr. Hvor mange "
        "procent går til hver, og hvor mange penge er der tilbage?",
        "da",
        {"pct_share": 61.98, "pct_share2": 18.02, "value_rest": 42_400_000},
    ),
    # an overspend beside its budget (r17-044, r17-067), and a budget beside its outturn (r17-004)
    (
        "Revisionen påpegede et merforbrug, der løb op i 14,3 mio. kr., på et anbringelsesbudget, der var lagt til "
        "212 mio. kr. Hvad blev det faktiske forbrug, og hvor mange procent udgjorde merforbruget?",
        "da",
        {"spend_actual": 226_300_000, "overspend_pct": 6.75},
    ),
    (
        "Finance flagged an overspend to the tune of DKK 9.2m on a placements budget of DKK 115m. What was actual "
        "spend, and the overspend in percent?",
        "en",
        {"spend_actual": 124_200_000, "overspend_pct": 8},
    ),
    (
        "Anbringelsesbudgettet for 2024 var 96,5 mio. kr., og regnskabet endte på 104,2 mio. kr. Hvor stort er "
        "merforbruget i kroner og i procent af budgettet?",
        "da",
        {"overspend_net": 7_700_000, "overspend_net_pct": 7.98},
    ),
    # staff turnover and its cost (r17-084)
    (
        "Each resignation costs us about DKK 180k in recruitment and onboarding. Last year 9 of our 25 caseworkers "
        "left. What is the turnover rate, and what did it cost?",
        "en",
        {"turnover_pct": 36, "turnover_cost": 1_620_000},
    ),
    # a fraction of the placed children by type, and the rest (r17-020, r17-040)
    (
        "Halvdelen af de 28 anbragte børn er i plejefamilie til 470.000 kr. om året; den anden halvdel er på "
        "opholdssted til 1.160.000 kr. Hvad koster de tilsammen om året?",
        "da",
        {"portfolio_spend": 22_820_000},
    ),
    (
        "Of our 60 placed children, a third are in residential care at DKK 1.16m a year and the rest in foster care "
        "at DKK 470k. What is the total yearly cost?",
        "en",
        {"portfolio_spend": 42_000_000},
    ),
    # one in five posts vacant (r17-057)
    (
        "We are budgeted for 30 caseworker posts, but one in five is vacant. With 720 cases, how many posts are "
        "empty and what is the caseload per filled post?",
        "en",
        {"posts_vacant": 6, "caseload": 30},
    ),
    # the pay vacant posts leave unspent (d26-017)
    (
        "We have 30 budgeted caseworker posts, but 4 of them are vacant, so the 840 cases are shared by the people "
        "actually in post. What is the real caseload per worker now, and how much salary budget goes unspent a "
        "year on the vacancies at 575,000 kr per post?",
        "en",
        {"caseload": 32.31, "vacancy_pay_unspent": 2_300_000},
    ),
    # a staff change already had: today's staff are those after it (r17-005)
    (
        "Hvor mange sager har hver rådgiver i gennemsnit, når teamet – som siden januar er vokset fra 11 til 14 "
        "fuldtidsstillinger – i alt har 455 aktive sager?",
        "da",
        {"caseload": 32.5},
    ),
    # cases compounding "in 2 years" at today's caseload (d26-035)
    (
        "Case numbers have been growing about 10% a year, compounding. We have 700 cases today. How many will we "
        "have in 2 years, how many caseworkers will that take at 25 cases each, and how many more is that than we "
        "need for today's 700?",
        "en",
        {"cases": 847, "staff_needed": 34, "extra_staff": 6},
    ),
    # whole hires beside part-time FTE (d26-015)
    (
        "Teamet består af 14 rådgivere på fuld tid (37 timer) og 6 på 30 timer om ugen, og de har 610 sager "
        "tilsammen. Hvor mange årsværk er det, hvad er sagstallet pr. årsværk, og hvor mange fuldtidsrådgivere skal "
        "vi ansætte for at komme ned på 28 sager pr. årsværk?",
        "da",
        {"extra_staff": 3},
    ),
    # a bare month beside the yearly saving (r17-003), and one worker's month (r17-027)
    (
        "Hvis vi flytter 7 børn fra døgninstitution til plejefamilie, og en institutionsplads koster 1,16 mio. kr. "
        "og en plejefamilie 470.000 kr. om året, hvad sparer vi så om året og pr. måned?",
        "da",
        {"savings_per_year": 4_830_000, "savings_per_month": 402_500},
    ),
    (
        "En socialrådgiver koster os 585 t.kr. om året alt inklusive. Hvad er det pr. måned, og hvad koster 3,5 "
        "årsværk om året?",
        "da",
        {"cost_per_month": 48_750, "cost_per_year": 2_047_500},
    ),
    # a change of a from-to pair, and its yearly average (r17-080, r17-095)
    (
        "Caseload per worker fell from 41 to 29. By what percent, and how many cases per worker fewer is that?",
        "en",
        {"pct_change": -29.27, "abs_change": -12},
    ),
    (
        "Notifications rose from 620 to 899 over three years. What is the total percentage increase, and how many "
        "more notifications per year is that on average?",
        "en",
        {"pct_change": 45, "abs_change_yearly": 93},
    ),
    # spend by quarter at the same pace (d26-040)
    (
        "Budget follow-up for the placements line: the year's budget is 48 million kr, and we spent 13.5 million kr "
        "in Q1 and 14.1 million kr in Q2. If the second half runs at the first-half pace, what's the full-year "
        "spend, the overspend in kroner, and the overspend as a percentage of the budget?",
        "en",
        {"spend_projected": 55_200_000, "over_projected": 7_200_000, "over_projected_pct": 15},
    ),
    # the middle of a range (d27-052)
    (
        "Herning's social workers went from 40-50 cases down to 24. Taking the middle of the old range, by what "
        "percentage did the caseload per worker fall?",
        "en",
        {"pct_change": -46.67},
    ),
    # the payback of a one-off and the period's net (r17-028, r17-076)
    (
        "An upfront investment of DKK 3.2m in training and systems is followed by net annual savings of DKK 900k. "
        "After how many full years have we broken even, and what is the cumulative result after 5 years?",
        "en",
        {"payback_years": 4, "net_total": 1_300_000},
    ),
    # two counts "respectively" (r17-073), the price of a preventive measure for cases closed (d27-045)
    (
        "Foster care and residential care cost us DKK 505k and DKK 1.21m per child respectively; we have 64 and 30 "
        "children respectively. What is total spend, and the average cost per placed child?",
        "en",
        {"portfolio_spend": 68_620_000},
    ),
    # one type's share of the children placed, not of the spend (d28-028)
    (
        "We have 26 children in foster care at DKK 480k and 14 in residential care at DKK 1.15m. What share of the "
        "children are in residential care?",
        "en",
        {"residential_count_share_pct": 35},
    ),
    (
        "Hvis vi gør som Odense og lukker 20 % af vores 1.350 forebyggende sager, og en forebyggende foranstaltning "
        "i snit koster 85.000 kr. om året – hvor mange sager lukkes, og hvad sparer vi årligt?",
        "da",
        {"cases_closed": 270, "savings_per_year": 22_950_000},
    ),
]


@pytest.mark.parametrize(("question", "lang", "expected"), ANSWERED)
def test_the_sessions_new_readings_give_the_right_figures(question: str, lang: str, expected: dict) -> None:
    assert_outputs(question, lang, expected)


# (question, language, a figure the answer must not state): near questions the review found wrong figures in
NOT_THAT_FIGURE = [
    # a fraction whose rest is of the same type splits nothing: all 28 stay in foster care
    (
        "Halvdelen af de 28 anbragte børn er i plejefamilie i kommunen, og resten er i plejefamilie uden for "
        "kommunen, til 470.000 kr. om året pr. barn. Hvad koster de tilsammen om året?",
        "da",
        "6.580.000",
    ),
    # d28-029: a sum that is the count times its price said again is not a second cost (24 mio. over 4 years)
    (
        "Five extra caseworkers at DKK 600k each cost DKK 3m a year. Expected placement savings are DKK 1.5m in "
        "year 1, 2.7m in year 2, 3.9m in year 3 and 5.1m in year 4. What is the cumulative net result after four "
        "years?",
        "en",
        "10,800,000",
    ),
    # d28-025: a price rising 2.5 % is no share of the budget set aside
    (
        "Our caseworker budget is DKK 4.4m and one full-time caseworker costs DKK 550k a year all in. How many "
        "full-time caseworkers can we fund? And if that cost goes up 2.5%, how many kroner are we short?",
        "en",
        "0 full-time",
    ),
    # a difference said after the amount is no outturn; spend so far is no year's outturn
    ("The budget was DKK 96.5m, and spending ended DKK 7.7m higher. How big is the overspend in percent?", "en", "92"),
    (
        "Budgettet er 96,5 mio. kr., og forbruget var 54,2 mio. kr. ved udgangen af juni. Hvor stort bliver "
        "merforbruget i procent?",
        "da",
        "43,83",
    ),
    (
        "Merforbruget steg med 14,3 mio. kr. på et budget på 212 mio. kr. Hvad blev det faktiske forbrug?",
        "da",
        "226.300.000",
    ),
    # a trait of the children is no placement type; half the children with the rest unsaid is no total
    (
        "Half of the 28 children in foster care at DKK 470k are teenagers. What do the placements cost a year?",
        "en",
        "6,580,000",
    ),
    (
        "Of our 28 placed children, half are in foster care at DKK 470k. What do the placements cost a year in total?",
        "en",
        "6,580,000",
    ),
    (
        "Of our 28 placed children, half are in foster care at DKK 470k. What do the placements cost a year in total?",
        "en",
        "13,160,000",
    ),
    # a part of a part, and another place's spend, are no parts of one budget
    (
        "Our budget is DKK 212 million. Placements take DKK 131.4 million, of which DKK 38.2 million is foster care. "
        "What percentage goes to placements, and what is left for everything else?",
        "en",
        "42,400,000",
    ),
    (
        "Horsens has a budget of DKK 212m. Vejle spends DKK 131.4m and Kolding DKK 38.2m. What percentage is each?",
        "en",
        "61.98",
    ),
    # a quarter's saving, and four hires' cost, are no year's figure of one
    ("Vi sparer 2,4 mio. kr. i et kvartal. Hvad er det pr. måned?", "da", "200.000"),
    ("Vi ansætter 4 rådgivere til 585.000 kr. om året hver. Hvad er det pr. måned?", "da", "48.750"),
    # growth beside a staff count that contradicts the caseload, or already had
    (
        "Sagerne stiger 10 % om året. Vi har 700 sager og et sagstal på 25. Hvor mange rådgivere skal vi bruge om 2 "
        "år, når 3 stillinger er vakante?",
        "da",
        "I mangler 31",
    ),
    (
        "Sagsmængden er steget 10 % om året i 2 år. Vi har 700 sager og et sagstal på 25. Hvor mange rådgivere skal vi "
        "bruge?",
        "da",
        "I mangler 6",
    ),
    # turnover for part of a year, cases closed that come back, the middle of a range only when said
    ("9 af vores 25 rådgivere stoppede i første halvår. Hvad er personaleomsætningen om året?", "da", "36 %"),
    (
        "Vi lukker 20 % af 1.350 forebyggende sager; en forebyggende foranstaltning koster 85.000 kr. om året, men "
        "halvdelen af de lukkede sager vender tilbage. Hvad sparer vi?",
        "da",
        "22.950.000",
    ),
    (
        "The midpoint evaluation praised it. Caseloads went from 40-50 down to 24. By what percentage did they fall?",
        "en",
        "46.67",
    ),
    (
        "Herning's social workers went from 40-50 cases down to 24. Not taking the middle of the range, but the low "
        "end, by what percentage did it fall?",
        "en",
        "46.67",
    ),
    # one in five vacant and one in ten away are not added up; some part-timers leave the FTE unknown
    (
        "30 posts, but one in five is vacant and one in ten is on sick leave; 720 cases. What is the caseload?",
        "en",
        "48",
    ),
    (
        "Hvad er sagstallet pr. fuldtidsstilling i Team Øst? Teamet har 7 rådgivere, hvoraf nogle er på deltid, og 210 "
        "sager.",
        "da",
        "Sagstallet er 30",
    ),
    ("Vi har 30 stillinger, men hver femte er ubesat, og 720 sager. Hvad er sagstallet?", "da", "Sagstallet er 24"),
    # two places' spends side by side are no parts of one sum
    (
        "Horsens (96,480 residents) spends DKK 135m on placements; Vejle (120,949 residents) spends DKK 158m. What is "
        "the spend per resident in each, and how many percent more per resident does Horsens spend?",
        "en",
        "53.92",
    ),
]


@pytest.mark.parametrize(("question", "lang", "wrong"), NOT_THAT_FIGURE)
def test_near_questions_do_not_state_the_new_readings_figure(question: str, lang: str, wrong: str) -> None:
    """Asked about, left to the documents (no calculation), or read the old way: never the wrong figure."""
    got = answer_calculation(question, lang, cite)  # type: ignore[arg-type]
    assert got is None or wrong not in got.text
