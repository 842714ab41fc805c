"""Readings red-team round 12 and block d21 got wrong or left unanswered: a "døgnpris" of a year's size, a
percentage over a target, how many times dearer and by how many percent, asks with no word for the quantity,
a total for several workers asked per worker, and shares said as fractions. Each class with the answer it now
gives; the shapes it must still stop on are beside them."""

from __future__ import annotations

import pytest
from calc_support import answer, assert_outputs, outputs

from assistant.calc.fractions import as_percentages


def test_a_dognpris_of_a_years_size_is_a_yearly_price() -> None:
    # 365 × 1.160.000 kr. made a 423 mio. kr. place; 1.160.000 × 1,03^5 = 1.344.758
    got = outputs("Døgnprisen er 1.160.000 kr. Hvis den stiger 3 % om året i 5 år, hvad er den så til sidst?", "da")
    assert got["grown_value"] == pytest.approx(1_344_758, abs=1)
    # a day's price stays a day's price: 3.200 × 365
    assert outputs("Døgnprisen er 3.200 kr. Hvad koster en plads om året?", "da")["placement_year_cost"] == 1_168_000


@pytest.mark.parametrize(
    ("lang", "question", "pct"),
    [
        ("da", "Vores sagstal er 34. DS' vejledende sagstal er omkring 20-30. Hvor mange procent ligger vi over den "
               "øvre grænse?", 13.33),
        ("en", "Our caseload is 38 and the target is 30. How many percent above the target are we?", 26.67),
        ("en", "Our caseload is 38 and the target is 30. How many cases above the target are we, and how many "
               "percent is that?", 26.67),
    ],
)
def test_a_percentage_over_a_target_is_of_the_target(lang: str, question: str, pct: float) -> None:
    got = outputs(question, lang)
    assert got["over_target_pct"] == pytest.approx(pct, abs=0.01)
    assert "pct_change" not in got  # the fall from today's caseload is another question's figure


def test_a_range_with_no_end_named_is_compared_at_both_ends() -> None:
    question = "Vores sagstal er 34. DS' vejledende sagstal er omkring 20-30. Hvor mange procent ligger vi over?"
    result = answer(question, "da")
    assert "Ved 20: Sagstallet ligger 70 % over målet." in result.text
    assert "Ved 30: Sagstallet ligger 13,33 % over målet." in result.text


def test_the_change_to_a_target_is_still_of_todays_caseload() -> None:
    got = outputs("Vores sagstal er 34, målet er 30. Hvor mange procent skal sagstallet ned?", "da")
    assert got["pct_change"] == pytest.approx(-11.76, abs=0.01)


def test_how_many_times_dearer_and_by_how_many_percent() -> None:
    result = answer(
        "An institutional placement costs DKK 1,160,000 a year and a foster family DKK 470,000. How many times as "
        "expensive is the institution, and how much more is that in percent?",
        "en",
    )
    got = result.calculation.outputs
    assert got["ratio"] == pytest.approx(2.47, abs=0.01)
    assert got["pct_change"] == pytest.approx(146.81, abs=0.01)
    assert "pct_share" not in got and "not worked this out" not in result.text
    # a part and its whole is still a share
    assert outputs("Af et budget på 240 mio. går 156 mio. til anbringelser. Hvor mange procent er det?", "da") == {
        "pct_share": 65
    }


@pytest.mark.parametrize(
    ("lang", "question", "expected"),
    [
        ("da", "hey, hurtigt spørgsmål - 19 rådgivere, 600 sager, hvor mange har de hver?", {"caseload": 31.58}),
        ("en", "quick one - 17 caseworkers, 578 cases, what's everyone carrying?", {"caseload": 34}),
        ("en", "cases 530, staff 17 -> caseload?", {"caseload": 31.18}),
        ("da", "sagstal: 689 sager / 26 rådg.?", {"caseload": 26.5}),
        ("da", "1.480 sager, mål 26 pr. rådgiver, hvor mange rådgivere?", {"staff_needed": 57}),
    ],
)
def test_numbers_that_make_one_quantity_answer_a_bare_ask(lang: str, question: str, expected: dict[str, float]) -> None:
    assert_outputs(question, lang, expected)


def test_a_bare_statement_of_cases_and_staff_asks_nothing() -> None:
    from assistant.calc.chat import answer_calculation

    assert answer_calculation("Vi har 19 rådgivere og 600 sager.", "da", lambda d, q: 1) is None


@pytest.mark.parametrize(
    ("lang", "question", "expected"),
    [
        ("da", "Hvis 6 nye socialrådgivere koster os 3,3 mio. kr. om året tilsammen, hvad koster de så pr. styk?",
         {"cost_per_worker": 550_000}),
        ("en", "Four new workers cost DKK 2.4m a year together. What do they cost apiece?",
         {"cost_per_worker": 600_000}),
        ("en", "Hiring 7 caseworkers costs us DKK 4.2m a year all in. What's that per caseworker, and what's the total "
               "over 3 years?", {"cost_per_worker": 600_000, "cost_total": 12_600_000}),
    ],
)
def test_a_total_for_several_workers_asked_per_worker(lang: str, question: str, expected: dict[str, float]) -> None:
    assert_outputs(question, lang, expected)


@pytest.mark.parametrize(
    ("text", "lang", "read"),
    [
        ("If a quarter of them could move", "en", "If 25 % of them could move"),
        ("Hvis halvdelen af dem kan flyttes", "da", "Hvis 50 % af dem kan flyttes"),
        ("one in five of our 1,340 cases", "en", "20 % of our 1,340 cases"),
        ("three quarters of the kids", "en", "75 % of the kids"),
        ("hver femte sag", "da", "20 % af sag"),
        # to eight decimals: 12 × 33,33 % would round down to 3 children, 12 × 33,33333333 % is 4
        ("If a third of them move", "en", "If 33.33333333 % of them move"),
        ("to tredjedele af børnene", "da", "66,66666667 % af børnene"),
        ("hver anden uge", "da", "hver anden uge"),  # how often, not a share
    ],
)
def test_fractions_are_read_as_percentages(text: str, lang: str, read: str) -> None:
    assert as_percentages(text, lang) == read


def test_a_fraction_of_the_children_moved_is_priced() -> None:
    got = outputs(
        "We have 12 children in residential care at DKK 1,160,000 a year each. If a quarter of them could move to "
        "foster families at DKK 470,000 a year, what's the annual saving?",
        "en",
    )
    assert got["savings_per_year"] == 2_070_000  # 3 × (1.160.000 − 470.000)
    closed = outputs("If we close roughly one in five of our 1,340 preventive cases, how many cases is that?", "en")
    assert closed["cases_closed"] == 268


def test_staff_raised_to_a_count_is_the_staff_after_not_new_staff() -> None:
    question = "We have 900 cases and 30 social workers. If we go up to 36 social workers, what is the caseload?"
    got = outputs(question, "en")
    assert got["caseload"] == 30 and got["caseload_after"] == 25
    result = answer(
        "Vores rådgiverbudget er 19,2 mio. kr. til 32 rådgivere. Hvis vi går op til 40 rådgivere til samme pris pr. "
        "rådgiver, hvad bliver budgettet?",
        "da",
    )
    assert "40 rådgivere efter" in result.calculation.reading and "40 nye" not in result.calculation.reading


@pytest.mark.parametrize(
    ("lang", "question", "expected"),
    [
        # "går der, før … er tjent hjem" said far from "hvor mange år"; the saving said net is not asked again
        ("da", "Hvor mange år går der, før en engangsinvestering på 1,8 mio. kr. er tjent hjem, hvis vi sparer 450.000 "
               "kr. netto om året?", {"payback_years": 4}),
        ("da", "Hvad koster en socialrådgiver os om måneden, når årsudgiften er 594.000 kr.?",
         {"cost_per_month": 49_500}),
        ("en", "What does one caseworker cost us a month at DKK 600,000 a year?", {"cost_per_month": 50_000}),
    ],
)
def test_payback_of_a_net_saving_and_a_months_cost(lang: str, question: str, expected: dict[str, float]) -> None:
    result = answer(question, lang)
    assert all(a.value is not None for a in result.calculation.asked), result.text
    assert_outputs(question, lang, expected)


@pytest.mark.parametrize(
    ("lang", "question", "expected"),
    [
        ("en", "We have 38 posts, 5 of them vacant, and 1,056 cases. What's the caseload for the staff actually in "
               "post, and what would it be if fully staffed?", {"caseload": 32, "caseload_after": 27.79}),
        ("da", "Vi har 31 normeringer, men 4 stillinger står vakante. De 27 besatte rådgivere har 918 sager. Hvad er "
               "sagstallet nu, og hvad ville det være med alle stillinger besat?",
         {"caseload": 34, "caseload_after": 29.61}),
        ("en", "Of our 52 posts 6 are vacant. We have 1,380 cases. What is the caseload?", {"caseload": 30}),
    ],
)
def test_vacant_posts_leave_the_staff_in_post(lang: str, question: str, expected: dict[str, float]) -> None:
    assert_outputs(question, lang, expected)
    reading = answer(question, lang).calculation.reading
    assert ("i stilling" in reading or "in post" in reading or "27 rådgivere i dag" in reading), reading


def test_some_vacancies_filled_is_not_every_post_filled() -> None:
    got = outputs(
        "Of our 52 posts, 6 are vacant. What's the effective caseload with 1,702 cases, and what if we fill half the "
        "vacancies?",
        "en",
    )
    assert got["caseload"] == 37 and "caseload_after" not in got  # 1.702 ÷ 52 answered "half filled" before


# --- what the review of these changes found, each kept from coming back -----------------------------------
@pytest.mark.parametrize(
    ("lang", "question", "expected"),
    [
        # "forskellen" beside a share still asks the share, not a comparison from the smaller value
        ("da", "Af et budget på 240 mio. kr. går 156 mio. kr. til anbringelser. Hvor mange procent er det, og hvad er "
               "forskellen?", {"pct_share": 65}),
        # "komme under målet" is the fall to it, not the distance over it
        ("da", "Vores sagstal er 34, målet er 30. Hvor mange procent skal sagstallet ned for at komme under målet?",
         {"pct_change": -11.76}),
        ("da", "Vi har 32 rådgivere. Hvis vi går op til 40 nye rådgivere à 600.000 kr., hvad koster det?",
         {"cost_per_year": 24_000_000}),  # "40 nye" as the user wrote it, not 8
    ],
)
def test_review_findings_read_as_written(lang: str, question: str, expected: dict[str, float]) -> None:
    assert_outputs(question, lang, expected)


@pytest.mark.parametrize(
    ("lang", "question"),
    [
        # a net saving asked, not given: the running cost is not dropped into a saving stated alone
        ("da", "Et it-system koster 1,2 mio. kr. én gang og giver en besparelse på 600.000 kr. om året, men driften "
               "koster 150.000 kr. om året. Hvor meget sparer vi netto om året, og hvor mange år går der, før det er "
               "tjent hjem?"),
        ("en", "The budget is DKK 40m. A quarter of a million goes to training. How many workers at DKK 600,000 can we "
               "afford?"),  # an amount, not 25 % of the budget
        ("da", "Døgntaksten er 1.160.000 kr. for 4 anbringelser. Hvad koster de i alt?"),
        ("en", "The daily rate is DKK 60,000 for our 12 placements together. What does that cost a year?"),
    ],
)
def test_review_findings_that_must_ask(lang: str, question: str) -> None:
    result = answer(question, lang)
    assert not result.calculation.outputs, result.text


def test_an_unread_percentage_beside_a_read_one_is_still_said() -> None:
    result = answer(
        "Our caseload is 38 and the target is 30. How many percent above the target are we, and by how many percent "
        "would the budget have to rise?",
        "en",
    )
    assert "have not worked this out" in result.text


@pytest.mark.parametrize(
    "question",
    [
        "1,480 cases, target 26 per worker. How many workers too many do we have?",
        "We have 19 workers and 600 cases. How many hours a week does each case get?",
    ],
)
def test_a_bare_ask_for_something_else_is_not_implied(question: str) -> None:
    from assistant.calc.chat import answer_calculation

    got = answer_calculation(question, "en", lambda d, q: 1)
    assert got is None or not got.calculation.outputs


@pytest.mark.parametrize(
    ("lang", "question", "expected"),
    [
        ("da", "Plejefamilieudgiften pr. barn er 470.000 kr. og forventes at stige 4,5 % næste år. Hvad bliver prisen "
               "pr. barn, og hvad koster stigningen samlet for vores 46 plejebørn?",
         {"price_after": 491_150, "rise_each": 21_150, "rise_cost": 972_900}),
        ("en", "Foster care is DKK 470,000 per child now, and the provider is raising it 6% next year. What's the new "
               "price, and the extra cost for our 28 foster children?",
         {"price_after": 498_200, "rise_cost": 789_600}),
    ],
)
def test_a_price_rise_for_counted_children_and_the_new_price(
    lang: str, question: str, expected: dict[str, float]
) -> None:
    assert_outputs(question, lang, expected)
