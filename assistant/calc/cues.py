"""Cues that settle what a number is not, or the period of a price: names and dates, ages and time gone by,
labels in a note, a cut of the caseload, overhead already included, prices per quarter, week or period.

Apart from ``calc.words`` (the nouns and cues every reading needs) so each list stays short.
"""

from __future__ import annotations

import re

from assistant.calc.words import CHILD_NOUN, PLACEMENT_NOUN, _re

# "2 unge på 16 år", "børn under 18 år", "children under 12 years": an age, not a horizon; "har arbejdet med
# det i 5 år", "for 3 år siden", "3 years ago": time already past, not a period to total over
AGE_BEFORE = _re(rf"\b(?:{CHILD_NOUN}|{PLACEMENT_NOUN})\b[^.?!,;\d]{{0,30}}\b(?:under|på|of|aged?|i\s+alderen)\s+$")
PAST_YEARS_BEFORE = _re(
    r"\b(?:har|have|has|had|havde|været|been)\b[^.?!\d]{0,60}\b(?:i|for|in)\s+(?:de\s+|the\s+)?(?:sidste\s+|seneste\s+|past\s+|last\s+)?$"
)
AGO_AFTER = _re(r"[\s-]*(?:års?|years?)\s+(?:siden|ago)\b")
# Numbers that name, not count: "servicelovens § 52", "section 52", "1. januar", "0-17-årige", "the 0-17s"
NAMING_BEFORE = _re(
    r"(?:§+|\b(?:section|sections|paragraf|paragraph|stk\.?|nr\.?|no\.|lov\s+nr\.?|kapitel|chapter|"
    # "mødenr. 3/2026", "sag 11", "punkt 7", "agenda item 7": a meeting, a case file or an agenda item
    r"mødenr\.?|møde\s+nr\.?|sag|sagsnr\.?|punkt|dagsordenspunkt|item|agenda\s+item|case\s+no\.?))\s*$"
)
# "1) hvad er sagstallet? 2) hvor mange …": a numbered list's marker, said at a clause's start and closed by ")"
ENUMERATOR_BEFORE = _re(r"(?:^|[.?!:;]\s*|\n\s*)\(?$")  # "(1) What's …" too
ENUMERATOR_AFTER = _re(r"\)\s+\D")
# "Lise (58) og Jens (61)": a person's age in brackets after a name; "(58 år)" too. Case matters: a name.
AGE_OF_NAME_BEFORE = re.compile(r"\b[A-ZÆØÅ][a-zæøå]+\s*\($")
AGE_OF_NAME_AFTER = re.compile(r"\s*(?:år|years?)?\s*\)")
# "lokaler på Torvet 12", "Vestergade 4": a house number, not a count (the street's name ends so)
ADDRESS_BEFORE = re.compile(r"\b([A-ZÆØÅ][a-zæøå]+)\s+$")
STREET_ENDINGS = ("gade", "vej", "vejen", "torv", "torvet", "plads", "pladsen", "allé", "stræde", "vænget", "boulevard")
# "ligesom Herning gik fra 4 til 8", "like Herning, which went from 40 to 24": another place's figures told
# as an example, in the past tense; "hvis vi ligesom Herning får 6 % færre" is this question's own figure
EXAMPLE_OF_PLACE_BEFORE = re.compile(
    r"\b(?:[Ll]igesom|[Ss]om\s+i|[Ll]ike|[Aa]s\s+in)\s+[A-ZÆØÅ][a-zæøå]+,?\s+(?:(?:der|som|which|that)\s+)?"
    r"(?:gik|havde|var|gjorde|fik|sænkede|hævede|did|went|had|was|were|cut|raised|lowered)\b"
    r"(?:(?!\b(?:og|and|men|but|vi|we)\b)[^.?!,;:])*$"
)
_MONTHS = (
    r"januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|"
    r"january|february|march|may|june|july|october"
)
DATE_AFTER = _re(rf"\.?\s*(?:{_MONTHS}|kvartal|halvår)\b")  # "1. juli", "1. kvartal": a date, not a count
DATE_BEFORE = _re(rf"\b(?:{_MONTHS})\s+$")
AGE_RANGE_AFTER = _re(r"\s*(?:[-–]\s*\d+\s*)?[-–]?\s*(?:årige|års?alderen|year-olds?|års?-?alder)\b")
# "Sagstallet skal ned med 20 %", "sænke sagstallet med 5", "caseloads must fall by 20%": a cut of today's
# caseload (the fall itself is checked with FALL_CUE, so "sagstallet stiger med 10 %" is no cut)
LOAD_BY_BEFORE = _re(
    r"\b(?:sagstal(?:let)?|sagsbelastning\w*|case\s*loads?|the\s+caseload)\b[^.?!\d]{0,30}?\b(?:med|by)\s+$"
)
# "20 % færre sager pr. rådgiver", "a 20% lower caseload"
LOAD_FEWER_AFTER = _re(
    r"\s*%?\s*(?:færre|lavere|mindre|fewer|lower|smaller)\s+(?:sager\s+(?:pr\.?|per)|sagstal|cases\s+(?:per|each|a)|case\s*loads?)"
)
# A label before its number in a note ("Sager: 980. Rådgivere: 35. Mål: 28", "cases 720, staff 24, target 20",
# "1,050 cases / staff 30"): the number's role when no noun follows it
LABEL_BEFORE = {
    "cases": _re(r"(?:^|[,;/.:(]\s*|\s)(?:antal\s+)?(?:sager|børnesager|cases|open\s+cases)\s*[:=]?\s*$"),
    "staff_now": _re(
        r"(?:^|[,;/.:(]\s*|\s)(?:antal\s+)?(?:rådgivere|rådg\.?|socialrådgivere|sagsbehandlere|medarbejdere|årsværk|"
        r"staff|workers|caseworkers|social\s+workers|ftes?)\s*(?:i\s+dag|now|today)?\s*[:=]?\s*$"
    ),
    "target": _re(r"(?:^|[,;/.:(]\s*|\s)(?:mål(?:et)?|target|goal|@)\s*[:=]?\s*$"),
    "caseload_now": _re(r"(?:^|[,;/.:(]\s*|\s)(?:sagstal(?:\s+i\s+dag)?|caseload(?:\s+now|\s+today)?)\s*[:=]?\s*$"),
}
# "600.000 kr. inkl. 20 % overhead", "including 20% overhead": already in the price, not added to it
INCLUDED_BEFORE = _re(r"\b(?:inkl\.?|inklusive?|incl\.?|including|included|medregnet)\s*$")
# "som i gennemsnit koster 850.000 kr.", "at an average of DKK 750k": the price of one, not a total
AVERAGE_BEFORE = _re(
    r"\b(?:i\s+(?:gennem)?snit|gennemsnitlig\w*|on\s+average|an\s+average\s+of|average)\b[^.?!\d]{0,25}$"
)
# "160.000 kr. pr. kvartal", "DKK 25,000 a week": four and fifty-two to a year
QUARTERLY_AFTER = _re(
    r"\s*(?:kr\.?|dkk|kroner)?\s*(?:(?:pr\.?|per|om|i|a|each|every|hvert)\s+(?:kvartal(?:et)?|quarter)|kvartalsvis|quarterly)\b"
)
WEEKLY_AFTER = _re(
    r"\s*(?:kr\.?|dkk|kroner)?\s*(?:(?:pr\.?|per)\s+(?:barn|child|plads|place|anbringelse|placement)\s+)?"
    r"(?:(?:pr\.?|per|om|i|a|each|every|hver)\s+(?:uge(?:n)?|week)|ugentlig\w*|weekly)\b"
)
# "Weekly price at a residential home is DKK 24,000", "ugeprisen er 24.000 kr.": the period said before the amount
WEEKLY_BEFORE = _re(
    r"\b(?:(?:weekly|ugentlig\w*)\s+(?:price|rate|cost|fee|pris|takst|udgift|betaling)|ugepris\w*|ugetakst\w*|"
    r"week(?:'s)?\s+(?:rate|price|cost))\b[^.?!,;\d]{0,30}$"
)
MOST_WEEKLY = 100_000  # kr.: above any week's price of a placement (a secure unit is some 100.000 a week)
# "en stilling koster 1,2 mio. kr. over to år", "a caseworker costs DKK 1.2m over a two-year contract": one
# unit's price for a period of years, said by a singular subject before the price
ONE_PRICED_BEFORE = _re(
    r"\b(?:one|each|a|an|én|en|et|hver)\s+(?:[\w-]+\s+){0,3}?(?:costs?|koster)\s+(?:os\s+|us\s+)?(?:dkk\s+|kr\.?\s+)?$"
)
PERIOD_PRICE_BETWEEN = _re(r"\s*(?:kr\.?|dkk|kroner)?\s*(?:over|across|for)\s+(?:en\s+|et\s+|a\s+|an\s+|the\s+)?$")
# A period the reader has no role for ("i et halvt år", "over 18 months"): a result for a year would be
# the answer to another question.
OTHER_PERIOD = _re(
    r"\bhalvt?\s+år|\bhalf\s+a\s+year|\bhalf-year|\bmåned\w*|\bmonths?\b|\bkvartal\w*|\bquarters?\b|\buger?\b|\bweeks?\b"
)
# "the staff cost per case", "lønudgiften pr. sag", "what does a case cost in staff": a worker's cost over a caseload
CASE_COST_Q = _re(
    r"\b(?:(?:staff|salary|personnel|wage|unit|caseworker)\s+)?costs?\s+(?:per|pr\.?|of\s+a)\s+(?:\w+\s+)?case\b|"
    # "rådgiverudgiften pr. sag", "udgiften pr. verserende sag", "the annualised unit cost per active case"
    r"\b\w*(?:udgift|omkostning|pris)\w*\s+(?:pr\.?|per)\s+(?:\w+\s+)?sag\b|"
    # "hvad koster rådgiverne pr. sag", "what do the workers cost per case", "hvad koster en sag om året i rådgivertid"
    r"\bkoster\s+(?:rådgiverne|de|en\s+rådgiver|det)\s+(?:os\s+)?(?:pr\.?|per)\s+sag\b|"
    r"\b(?:cost|costs)\s+(?:us\s+)?(?:per|a)\s+case\b"
)
# "hvor mange procent blev budgettet overskredet", "the overrun in kroner and in percent": spend against budget
OVERRUN = _re(
    r"\b(?:overskr[ie]\w*|overrun\w*|overspen\w*|overspent|over\s+budget|merforbrug\w*|exceed\w*|"
    r"underforbrug\w*|underspen\w*|mindreforbrug\w*)\b"
)
# the overrun asked in percent: a change from the budget to the spend
OVERRUN_PCT_Q = _re(
    r"\b(?:procent\w*|percent\w*|pct)\b[^.?!]{0,60}\b(?:overskr[ie]\w*|overrun\w*|overspen\w*|exceed\w*|merforbrug\w*)|"
    r"\b(?:overskr[ie]\w*|overrun\w*|overspen\w*|exceed\w*|merforbrug\w*)\b[^.?!]{0,40}(?:procent\w*|percent\w*|pct|%)"
)
