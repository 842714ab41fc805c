"""Refusals for near-domain questions whose answer the quotes do not hold (issue 12).

Each test is one class of question with the quotes the answer path chose for a dev question of that
class (eval/questions.yaml, split dev), and an answerable neighbour that must still be answered.
"""

from __future__ import annotations

from assistant.answers.extractive import refusal
from assistant.answers.precedents import is_comparison_question
from assistant.retrieval.answer_types import Missing, counted_noun, missing_evidence
from assistant.retrieval.query import Query, read_query


def _q(text: str) -> Query:
    return read_query(text, is_comparison=is_comparison_question)


def _line(where: str, quote: str, n: int = 1, source: str = "kilde, 2015") -> str:
    return f"- **{where}** ({source}): «{quote}» [{n}]"


def _answer(*lines: str) -> str:
    return "\n".join(["Det siger kilderne:", *lines])


STEVNS_SAMPLE = _line(
    "Stevns", "I Stevns Kommune gennemgik Task Forcen 20 tilfældigt udvalgte sager.", 1, "Stevns, 2018"
)
DS_GUIDE = _line(
    "Generelt", "DS sænkede det vejledende sagstal for børnesager fra 30-45 til 25-35 sager pr. socialrådgiver."
)
HERNING_CASES = _line(
    "Herning", "Ifølge DR P1 Orientering gik socialrådgiverne i Herning fra 40-50 sager til 24 sager."
)
ODENSE_CUT = _line(
    "Odense", "Besparelsen fra 2020 og frem vil betyde en reduktion af ca. 35-40 medarbejdere.", 1, "Odense, 2019"
)
ODENSE_SHORT = _line(
    "Odense", "I Odense nåede Børn- og Ungeforvaltningen ikke sin andel på 18 mio. kr. i Budget 2019.", 2, "x, 2019"
)
PRICE_2019 = _line(
    "Generelt",
    "En anbringelse på en døgninstitution kostede i gennemsnit 1.160.000 kr. om året pr. barn.",
    1,
    "SIM, 2020",
)
HEDENSTED_PRICE = _line(
    "Hedensted", "I Hedensted steg udgiften pr. anbringelse fra 688.000 kr. til 1.175.000 kr. i 2019."
)


# --- the asked quantity is not stated ---------------------------------------------------------------
def test_caseload_question_needs_a_caseload_figure():
    """A count of sampled files is not a caseload ("20 tilfældigt udvalgte sager")."""
    stevns = _q("Hvor mange sager havde hver socialrådgiver i Stevns Kommune, da Task Forcen kom i 2018?")
    assert missing_evidence(stevns, _answer(STEVNS_SAMPLE)) == Missing("caseload", place="Stevns")
    herning = _q("Hvor mange sager havde socialrådgiverne i Herning pr. rådgiver efter omlægningen?")
    assert missing_evidence(herning, _answer(HERNING_CASES)) is None


def test_mentioning_caseloads_is_not_asking_for_one():
    mayor = _q("What did the Stevns mayor promise to do about the caseloads?")
    assert missing_evidence(mayor, _answer(STEVNS_SAMPLE)) is None


def test_count_question_needs_a_number_of_what_it_counts():
    """35-40 "medarbejdere" to be cut is not how many social workers Odense employed."""
    odense = _q("How many social workers did Odense's children and youth administration employ in 2019?")
    assert counted_noun(odense) == "social workers"
    gap = missing_evidence(odense, _answer(ODENSE_CUT))
    assert gap == Missing("counted", what="social workers", place="Odense")
    # ... but it is how many employees ("folk", "ansatte", "employees") Odense loses.
    for text in (
        "Hvor mange folk skal Børn- og Unge i Odense af med fra 2020?",
        "How many employees will Odense lose?",
    ):
        assert missing_evidence(_q(text), _answer(ODENSE_CUT)) is None, text


def test_count_nouns_match_danish_compounds_and_number_words():
    vejle = _q("hvor mange nye rådgivere har vejle fået siden 2013")
    assert missing_evidence(vejle, _answer(_line("Vejle", "Vejle havde siden 2013 ansat 11 socialrådgivere."))) is None
    rodovre = _q("Hvor mange indsatsområder har Rødovres genopretningsplan?")
    three = _line("Rødovre", "Planen indeholder tre overordnede indsatsområder med tilhørende tiltag.")
    assert missing_evidence(rodovre, _answer(three)) is None


def test_a_date_is_not_a_count():
    boras = _q("How many children are in foster care in Borås, Sweden?")
    dated = _line("Vejle", "Referat Børne & Familieudvalget i Vejle kommune den 21. maj 2015 pkt. 56.")
    assert missing_evidence(boras, _answer(dated)) == Missing("counted", what="children")


def test_an_unanswered_count_in_a_question_of_several_parts_is_noted_not_refused():
    question = _q("Hvor stor en del af besparelserne skulle Odense stå for, og hvor mange ansatte kunne det koste?")
    gap = missing_evidence(question, _answer(ODENSE_SHORT))
    assert gap is not None and gap.kind == "counted_part"


# --- the named municipality is not covered ----------------------------------------------------------
def test_question_about_a_municipality_needs_a_quote_about_it():
    """National DS guidance is not what Copenhagen has set."""
    kbh = _q("What caseload ceiling has Copenhagen set for its child protection social workers?")
    assert missing_evidence(kbh, _answer(DS_GUIDE)) == Missing("place", place="København")
    kbh_quote = _line("Generelt", "København har sat et loft på 25 sager pr. socialrådgiver.")
    assert missing_evidence(kbh, _answer(kbh_quote)) is None


# --- the asked year is in no quote ------------------------------------------------------------------
def test_figure_question_about_a_year_needs_a_quote_line_with_that_year():
    price = _q("Hvad kostede en anbringelse på døgninstitution i gennemsnit pr. barn i 2023?")
    assert missing_evidence(price, _answer(PRICE_2019)) == Missing("year", what="2023")
    dated = _line("Generelt", "En anbringelse kostede i gennemsnit 1.200.000 kr. om året pr. barn.", 1, "SIM, 2023")
    assert missing_evidence(price, _answer(dated)) is None  # the source's own year counts


def test_a_count_asked_for_a_year_must_come_from_a_line_of_that_year():
    laid_off = _q("Hvor mange medarbejdere blev afskediget i Odense i 2015?")
    closing = _line("Odense", "Der skal lukkes ca. 20 % (ca. 5 sager på hver sagsstamme) af sagerne.", 1, "mail, 2015")
    # the 2015 line gives figures, the 2019 line gives the count: together they do not answer it
    gap = missing_evidence(laid_off, _answer(closing, ODENSE_CUT))
    assert gap == Missing("counted", what="medarbejdere", place="Odense")
    staff_2019 = _q("Hvor mange medarbejdere skal Odense reducere med i 2019?")
    assert missing_evidence(staff_2019, _answer(ODENSE_CUT)) is None


# --- a sub-area the quotes never mention ------------------------------------------------------------
def test_sub_area_named_in_the_question_must_be_in_a_quote_with_the_figure():
    adult = _q("What caseload do Herning's social workers have in adult disability services?")
    assert missing_evidence(adult, _answer(HERNING_CASES)) == Missing("area", what="adult", place="Herning")
    preventive = _q("How much did Hedensted spend on preventive measures for children and families in 2019?")
    assert missing_evidence(preventive, _answer(HEDENSTED_PRICE)) == Missing("area", "preventive", "Hedensted")
    # A quote naming the job centre in passing, without a figure, does not answer a figure question on it.
    jobcenter = _q("Hvad er sagstallet pr. sagsbehandler i Jobcenter Vejle?")
    vejle = _line("Vejle", "Vejle Kommune havde 39 sager på familieområdet pr. rådgiver.")
    passing = _line("Vejle", "F.eks. også inden for Jobcenter Vejles område.", 2)
    assert missing_evidence(jobcenter, _answer(vejle, passing)) == Missing("area", "jobcentre", "Vejle")
    stated = _line("Vejle", "I Jobcenter Vejle har hver sagsbehandler 60 sager pr. rådgiver.")
    assert missing_evidence(jobcenter, _answer(stated)) is None


def test_refusals_say_what_is_missing_in_both_languages():
    for gap in (
        Missing("caseload"),
        Missing("place", place="Vejle"),
        Missing("year", "2023"),
        Missing("area", "adult"),
    ):
        assert refusal(gap, "da").startswith("Ingen kilde") and refusal(gap, "en").startswith("No source")
    assert refusal(Missing("caseload", place="Stevns"), "da").startswith(
        "Ingen kilde i vidensbasen nævner et sagstal for Stevns"
    )
    assert "caseload for Stevns" in refusal(Missing("caseload", place="Stevns"), "en")
    assert "antal socialrådgivere for Odense" in refusal(Missing("counted", "socialrådgivere", "Odense"), "da")
    assert "number of social workers for Odense" in refusal(Missing("counted", "social workers", "Odense"), "en")
    assert "København" in refusal(Missing("place", place="København"), "da")
    assert "tal for 2023" in refusal(Missing("year", "2023"), "da")
    assert "adult services for Herning" in refusal(Missing("area", "adult", "Herning"), "en")
    assert "forebyggende indsatser" in refusal(Missing("area", "preventive"), "da")
    assert "ikke besvaret" in refusal(Missing("counted_part", "ansatte", "Odense"), "da")


def test_the_counted_noun_is_the_noun_not_the_adjective_before_it():
    assert counted_noun(_q("Hvor mange forebyggende sager skulle lukkes?")) == "sager"
    assert counted_noun(_q("Hvor mange anbragte børn var der?")) == "børn"
    assert counted_noun(_q("Hvor mange nye rådgivere ansatte Vejle?")) == "rådgivere"
    assert counted_noun(_q("Hvor mange anbragte var der i Køge i 2019?")) == "anbragte"  # the adjective is the noun


def test_a_share_of_what_is_counted_answers_a_count_question():
    share = _line(
        "Odense",
        "Det er derfor besluttet, at der skal lukkes ca. 20 % af de forebyggende sager.",
        1,
        "intern e-mail, 2015",
    )
    assert missing_evidence(_q("Hvor mange forebyggende sager skulle lukkes?"), _answer(share)) is None


def test_a_compound_in_the_question_is_answered_by_its_head_in_the_quote():
    """ "Hvor mange børnesager havde hver socialrådgiver" is a caseload question; "40-50 sager" answers it."""
    question = _q("Hvor mange børnesager havde hver socialrådgiver i Herning før Sverigesmodellen?")
    assert missing_evidence(question, _answer(HERNING_CASES)) is None
    count = _q("Hvor mange børnesager lukkede Odense?")
    closed = _line("Odense", "Der skal lukkes ca. 120 sager på det forebyggende område.", 1, "Odense, 2015")
    assert missing_evidence(count, _answer(closed)) is None


BARNETS_LOV = (
    _line("Generelt", "Med Barnets Lov har børn partsstatus fra de er 10 år.", 1, "sm.dk, 2024")
    + "\n"
    + _line("Generelt", "Den lovpligtige børnefaglige undersøgelse var gennemført i 69 % af sagerne.", 2)
)
STEVNS_PLAN = _line("Stevns", "Planen skal rette op på sagsbehandlingen over de næste 1½-2 år.", 1, "Stevns, 2018")


def test_a_question_after_a_length_of_time_needs_a_span_in_a_quote():
    deadline = _q("Hvor lang tid har kommunen efter Barnets Lov til en børnefaglig undersøgelse?")
    assert missing_evidence(deadline, _answer(BARNETS_LOV)) == Missing("duration")  # an age is not a span
    months = _q("Under Barnets Lov, what is the deadline in months for a child investigation?")
    assert missing_evidence(months, _answer(STEVNS_PLAN)) == Missing("duration")  # years do not give months
    plan = _q("Hvor lang tid skal genopretningsplanen i Stevns tage?")
    assert missing_evidence(plan, _answer(STEVNS_PLAN)) is None
    assert "frist" in refusal(Missing("duration"), "da") and "deadline" in refusal(Missing("duration"), "en")


def test_money_asked_by_its_noun_is_an_amount_question():
    assert _q("Hvad var den gennemsnitlige udgift pr. barn anbragt i plejefamilie i 2023?").wants_amount
    assert _q("What is the monthly salary at løntrin 31?").wants_amount
    assert not _q("Hvad er den største udgiftspost på børneområdet?").wants_amount  # a post, not an amount
    price_2019 = _line("Generelt", "I 2019 var den gennemsnitlige årlige udgift pr. barn 470.000 kr.", 1, "x, 2020")
    q = _q("Hvad var den gennemsnitlige udgift pr. barn anbragt i plejefamilie i 2023?")
    assert missing_evidence(q, _answer(price_2019)) == Missing("year", what="2023")


def test_money_asked_in_kroner_is_an_amount_question():
    assert _q("How many kroner has Rødovre budgeted for its myndighedsafdeling in 2025?").wants_amount
    assert _q("Hvad er startlønnen i kroner på løntrin 31?").wants_amount
    assert not _q("Hvor mange rådgivere har Herning?").wants_amount


def test_the_year_of_an_amount_question_must_be_on_a_line_that_gives_an_amount():
    # a 2023 line without an amount beside a 2015 amount does not answer "what did it cost in 2023"
    q = _q("What did an institutional placement cost on average nationally in 2023?")
    plan = _line("Rødovre", "Disse tiltag igangsættes i efteråret 2023. 3. Helhedsorienteret tilgang", 1, "plan, 2023")
    fell = _line("Herning", "Udgifterne faldt med over 7,7 mio. kr. fra 2013 til 2015.", 2, "KORA, 2017")
    assert missing_evidence(q, _answer(plan, fell)) == Missing("year", what="2023")


# --- a figure for a named municipality comes from a quote about it ----------------------------------
VEJLE_HIRED = _line("Vejle", "Vejle Kommune har ansat 11 socialrådgivere siden 2013.", 1, "Vejle, 2015")
RODOVRE_PLAN = _line(
    "Rødovre", "Rødovre Kommunes genopretningsplan 2023-2025 forbereder socialrådgiverne på Barnets Lov.", 2, "R, 2023"
)


def test_a_count_for_a_named_municipality_comes_from_a_quote_about_it():
    """Vejle's 11 social workers do not say how many Rødovre employs."""
    rodovre = _q("Hvor mange socialrådgivere er der ansat i Rødovres børne- og ungeteam?")
    gap = missing_evidence(rodovre, _answer(VEJLE_HIRED, RODOVRE_PLAN))
    assert gap is not None and gap.kind == "counted" and gap.place == "Rødovre"
    vejle = _q("Hvor mange socialrådgivere har Vejle ansat siden 2013?")
    assert missing_evidence(vejle, _answer(VEJLE_HIRED, RODOVRE_PLAN)) is None
