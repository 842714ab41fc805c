"""What a question asks for, checked against the quotes an answer would give.

Why this exists (issue 12): the near misses that survive the similarity model are questions about the
right topic whose answer the documents simply do not hold. The passages are close in meaning, so every
score is high, and the quotes read like an answer: "how many social workers did Odense employ" answered
with Odense's 18 mio. kr. shortfall, "what caseload has Copenhagen set" with the national DS guidance.
Each rule names one class of question and the evidence its answer needs, and refuses when no chosen
quote carries that evidence. Each was kept only because it separated on the dev split of
eval/questions.yaml (refusals gained on near-domain questions against answers lost on lookups); the
table is in the commit that added it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.numbers import find_numbers
from assistant.retrieval.query import Query
from assistant.text import glossary, stems, tokens

# One line of a composed answer: "- **Herning, Vejle** (source, 2015): «quote» [3]".
_LINE = re.compile(r"^- \*\*(?P<where>[^*]+)\*\*.*?«(?P<quote>.*)»\s*\[\d+\]", re.M)


@dataclass(frozen=True)
class Quote:
    """A chosen statement: the municipalities its source is about and its verbatim text."""

    places: tuple[str, ...]
    text: str
    line: str = ""  # the whole answer line: its source label carries the source's year


def quotes_in(statements: str) -> list[Quote]:
    """The quotes of a composed answer with the municipalities each is labelled with."""
    return [
        Quote(tuple(p.strip() for p in m["where"].split(",")), m["quote"], m.group(0))
        for m in _LINE.finditer(statements)
    ]


@dataclass(frozen=True)
class Missing:
    """What the quotes lack: the phrase key of the refusal and what it names."""

    kind: str  # "place" | "caseload" | "counted" | "counted_part" | "amount" | "year" | "area" | "duration"
    what: str = ""  # the counted noun as the question wrote it, the year, or the sub-area
    place: str = ""  # the municipality the question asks about, if one


# --- caseloads --------------------------------------------------------------------------------------
# A caseload question asks for the number of cases per worker, in whatever words: "hvilket sagstal",
# "hvad er sagstallet", "hvor mange sager havde hver socialrådgiver", "what caseload", "how many cases per
# social worker". A question that only mentions caseloads ("what did the mayor promise about caseloads",
# "in how many municipalities were there guiding caseloads") asks for something else.
_CASELOAD_Q = re.compile(
    r"\b(?:(?:hvilket|hvilke|hvad\s+(?:er|var)\s+(?:det\s+)?|hvor\s+(?:højt|stort|lavt)\s+(?:er|var)\s+)\w*sagstal\w*|"
    r"sagstallet\s+(?:pr\.?|per)|hvor\s+mange\s+\w*sager\s+(?:\w+\s+){0,3}?(?:hver|pr\.?|per|den\s+enkelte)|"
    r"(?:what|which)\s+(?:\w+\s+){0,2}?caseloads?|"
    r"how\s+many\s+cases\s+(?:\w+\s+){0,3}?(?:each|per|a)\s+(?:\w+\s+)?(?:worker|caseworker)|"
    # "hvor meget faldt sagstallet", "how much did the caseload drop": a change in a caseload is a caseload figure
    r"hvor\s+meget\s+(?:faldt|steg|falder|stiger|ændrede\s+sig|ændres)\s+(?:\w+\s+)?\w*sagstal\w*|"
    r"how\s+(?:much|far)\s+did\s+(?:the\s+|their\s+|its\s+)?caseloads?\s+(?:fall|drop|rise|change|go\s+down))",
    re.I,
)
# A caseload figure: a number of cases (or children) in a quote that speaks of the workers who carry them.
_CASES = frozenset(stems("sager børn barn familier sagsstammer"))
_CASELOAD_CONTEXT = re.compile(r"rådgiver|sagsbehandler|sagstal|sagsstamme|sagsantal|medarbejder", re.I)


def asks_caseload(query: Query) -> bool:
    return bool(_CASELOAD_Q.search(query.text))


def _has_caseload(quote: str) -> bool:
    return bool(_CASELOAD_CONTEXT.search(quote)) and _number_attached(quote, _CASES)


# --- counted things ---------------------------------------------------------------------------------
_COUNTED_Q = re.compile(r"\b(?:hvor\s+mange|how\s+many)\s+(?P<noun>[\w-]+(?:\s+[\w-]+){0,3})", re.I)
_LEAD_EN = frozenset({"extra", "new", "more", "additional", "fewer", "of", "the", "full-time"})
# fmt: off
_END_EN = frozenset({
    "will", "would", "can", "could", "should", "did", "does", "do", "were", "was", "are", "is", "have", "has",
    "had", "in", "at", "of", "for", "on", "by", "from", "to", "and", "there", "per",
})
# fmt: on
_LEAD_DA = frozenset({"nye", "flere", "ekstra", "færre"})
_NOT_COUNTS = frozenset({"penge", "kroner", "kr", "money", "millioner", "mio", "procent", "percent", "gange", "times"})
# Words for the same counted people: a quote that gives "35-40 medarbejdere" answers "hvor mange ansatte/folk".
_STAFF = frozenset(stems("ansatte medarbejdere stillinger folk personale årsværk fuldtidsstillinger"))
# English count nouns the glossary has no entry for, in the documents' Danish.
_COUNT_NOUNS_EN = {
    "employee": "ansatte medarbejdere stillinger",
    "staff": "ansatte medarbejdere stillinger personale",
    "job": "stillinger",
    "post": "stillinger",
    "position": "stillinger",
    "file": "sager",
    "case": "sager",
    "municipalit": "kommuner",
    "child": "børn barn",
    "young": "unge",
    "school district": "skoledistrikter",
    "social worker": "socialrådgivere rådgivere sagsbehandlere",
    "caseworker": "sagsbehandlere socialrådgivere",
}


# Danish adjectives that stand before a counted noun: participles ("forebyggende"), "-ig(e)", "-isk(e)"
# and the few everyday ones a count question uses.
_ADJ_ENDINGS_DA = ("ende", "ige", "iske", "lige")
_ADJ_DA = frozenset({"store", "små", "gamle", "faste", "ledige", "anbragte"})
# Words after which the counted noun has ended ("hvor mange anbragte var der"): the adjective was the noun.
_END_DA = frozenset({
    "var", "er", "blev", "bliver", "har", "havde", "fik", "får", "skal", "skulle", "kan", "kunne", "vil",
    "ville", "der", "i", "på", "af", "til", "fra", "om", "med", "og", "pr", "per",
})  # fmt: skip


def _is_adjective_da(word: str) -> bool:
    return word in _ADJ_DA or (len(word) > 5 and word.endswith(_ADJ_ENDINGS_DA))


def counted_noun(query: Query) -> str | None:
    """The thing a "how many" question counts, as written ("socialrådgivere", "social workers")."""
    m = _COUNTED_Q.search(query.text)
    if m is None:
        return None
    words: list[str] = []
    written = m["noun"].lower().split()
    for i, word in enumerate(written):
        if query.language == "da":  # a Danish count noun is one word ("socialrådgivere", "sager")
            if word in _LEAD_DA:
                continue
            if _is_adjective_da(word) and i + 1 < len(written) and written[i + 1] not in _END_DA:
                continue  # "forebyggende sager", "nye rådgivere": the noun comes after
            words.append(word)
            break
        if word in _END_EN:
            break
        if word in _LEAD_EN and not words:
            continue
        words.append(word)
        if len(words) == 2:
            break
    if not words or words[0] in _NOT_COUNTS:
        return None
    return " ".join(words)


def noun_stems(noun: str, language: str) -> frozenset[str]:
    """Danish stems for the counted noun; empty when an English noun has no known Danish word."""
    found: set[str] = set()
    if language == "da":
        found.update(stems(noun))
    else:
        for phrase, danish in [*glossary().items(), *((k, [v]) for k, v in _COUNT_NOUNS_EN.items())]:
            if re.search(rf"(?<!\w){re.escape(phrase)}", noun):
                for d in danish:
                    found.update(stems(d))
    if found & _STAFF:
        found |= _STAFF
    return frozenset(found)


def _matches(words: list[str], nouns: frozenset[str]) -> bool:
    """A word is the noun, a compound ending in it ("socialrådgivere" counts as "rådgivere"), or the head of
    the noun when the question has the compound ("40-50 sager" answers "hvor mange børnesager")."""
    return any(
        w.endswith(n) or (len(w) >= 3 and n.endswith(w)) for w in words for n in nouns if len(n) >= 3
    )


# "den 21. maj", "hver 3. måned": a date or an ordinal, not a count of anything.
# "3 doblet", "3 times", "3-fold": how much a count grew by, not the count ("hvor mange underretninger")
_MULTIPLIER = re.compile(r"\s*-?\s*(?:doble\w*|gange\b|times\b|folds?\b|-fold\b)", re.I)
_ORDINAL = re.compile(r"\.\s+[a-zæøå]")


def _number_attached(quote: str, nouns: frozenset[str], before: int = 6, after: int = 4) -> bool:
    """A count or a share (not a year or an amount) with one of ``nouns`` near it.

    Near: just after the number ("11 socialrådgivere", "tre overordnede indsatsområder") or a few words
    before it ("antallet af sagsbehandlere blev fordoblet fra 4 til 8"). A share answers "how many" when
    the source gives nothing else ("lukke 20 % af de forebyggende sager"): quoting it is more use to the
    reader than a refusal.
    """
    for m in find_numbers(quote, "da"):
        if m.unit not in (None, "", "pct") or _ORDINAL.match(quote, m.end) or _MULTIPLIER.match(quote, m.end):
            continue
        following = stems(" ".join(tokens(quote[m.end :])[:after]))
        preceding = stems(" ".join(tokens(quote[: m.start])[-before:]))
        if _matches(following, nouns) or _matches(preceding, nouns):
            return True
    return False


# --- places -----------------------------------------------------------------------------------------
def _about(quote: Quote, place: str) -> bool:
    """A quote is about a place when its source is labelled with it or the quote names it."""
    return place in quote.places or place.lower() in quote.text.lower()


# --- sub-areas ----------------------------------------------------------------------------------------
# Parts of municipal services next to children's social services that the question can narrow to, as the
# question words them (Danish or English) and as a Danish document would. A quote about children's
# caseloads does not answer "adult disability services"; one about placement costs does not answer
# "preventive measures". Kept: the areas that refused near-domain questions on dev and no lookup (the
# school, elderly, psychiatry and substance-abuse areas were tried and left out: no dev question tells).
SUB_AREAS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "adult": (re.compile(r"voksen|\badults?\b", re.I), re.compile(r"voksen", re.I)),
    "jobcentre": (
        re.compile(r"jobcent|job\s+cent|ledig|unemploy", re.I),
        re.compile(r"jobcent|ledig", re.I),
    ),
    "preventive": (re.compile(r"forebyg|prevent", re.I), re.compile(r"forebyg", re.I)),
    "daycare": (
        re.compile(r"dagtilbud|daginstitution|vuggestue|børnehave|day\s*care|kindergarten|nursery", re.I),
        re.compile(r"dagtilbud|daginstitution|vuggestue|børnehave|dagpleje", re.I),
    ),
    "housing": (re.compile(r"\bbolig|housing", re.I), re.compile(r"bolig", re.I)),
    # secure units for young offenders and staff sick leave: next to the domain, in no document (d20, dev)
    "secure": (
        re.compile(
            r"\bsikre(?:de|t)\s+(?:institution|afdeling|døgn)|\bsecure\s+(?:youth\s+)?(?:institution|unit|care)", re.I
        ),
        re.compile(r"\bsikre(?:de|t)\s+(?:institution|afdeling|døgn)", re.I),
    ),
    "sick_leave": (
        re.compile(r"sygefravær|sygemeld|sick\s*(?:leave|ness\s+absence)|absence\s+rate", re.I),
        re.compile(r"sygefravær|sygemeld|sygdom", re.I),
    ),
}


def _figure(quote: str) -> bool:
    return any(not m.is_year for m in find_numbers(quote, "da"))


def _money(quote: str) -> bool:
    return any(m.unit == "kr" for m in find_numbers(quote, "da"))


# "hvad er månedslønnen", "the monthly salary", "hvad koster det om måneden": an amount a month
_MONTHLY_Q = re.compile(
    r"\b(?:måneds(?:løn|udgift|pris|beløb)\w*|monthly\s+(?:salary|pay|wage|cost|price)s?|"
    r"(?:om|pr\.?|per|a)\s+(?:måneden|måned|month))\b",
    re.I,
)
_MONTHLY = re.compile(
    r"\b(?:om\s+måneden|pr\.?\s+måned|månedlig\w*|per\s+month|a\s+month|monthly|månedsløn\w*)\b", re.I
)


# money asked for, not a count ("hvor meget får en plejefamilie i vederlag om måneden"; not "hvor mange underretninger")
_PAY_NOUN = re.compile(
    r"løn|salar|\bpay\b|wage|udgift|pris|price|\bcost|beløb|vederlag|honorar|kroner|\bkr\b|dkk|"
    r"\bhvor\s+meget\b|\bhow\s+much\b",
    re.I,
)


def _monthly_money(quote: str) -> bool:
    return _money(quote) and bool(_MONTHLY.search(quote))


_KRONER_Q = re.compile(r"\b(?:kroner|dkk|penge|money|kr\.?)(?!\w)", re.I)


def _amount_about(query: Query, quotes: list[Quote], place: str) -> bool:
    """An amount in a quote about the place; a change in percent will do unless kroner are asked for ("how much
    did Køge lower its cost": 33 %; "how many kroner did Køge save": not 33 %)."""
    units = ("kr",) if _KRONER_Q.search(query.text) else ("kr", "pct")
    return any(m.unit in units for q in quotes if _about(q, place) for m in find_numbers(q.text, "da"))


def missing_area(query: Query, quotes: list[Quote]) -> str | None:
    """A sub-area the question narrows to that the quotes answering it never mention.

    For a question after a figure only the quotes with a figure in them count: "sagstallet i Jobcenter
    Vejle" is not answered by a Vejle caseload plus another quote that names the jobcentre in passing.
    """
    wants_figure = query.wants_number or query.wants_count or query.wants_amount or asks_caseload(query)
    pool = [q.text for q in quotes if not wants_figure or _figure(q.text)]
    for area, (asked, stated) in SUB_AREAS.items():
        if asked.search(query.text) and not any(stated.search(text) for text in pool):
            return area
    return None


# --- years ------------------------------------------------------------------------------------------
_YEAR_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b")


def _line_years(line: str) -> set[int]:
    """The years a quote's line gives: in the quote, in a span ("2023-2025") or as its source's year."""
    seen = {int(y) for y in _YEARS.findall(line)}
    for a, b in _YEAR_RANGE.findall(line):
        seen.update(range(int(a), int(b) + 1))
    return seen


def missing_year(query: Query, statements: str) -> int | None:
    """A year a figure question asks about that no quote line gives.

    ``abstention.unsupported_years`` reads whole chunks: a 2023 anywhere in the passage lets a 2019
    price through as the answer to "hvad kostede en anbringelse i 2023". For a question after a
    figure the quoted line itself (quote, or its source's year) must give the year.
    """
    if not (query.wants_amount or query.wants_count or asks_caseload(query)):
        return None
    seen: set[int] = set()
    gives = _money if query.wants_amount else _figure
    for quote in quotes_in(statements):
        if gives(quote.text):  # the year of a line that gives the figure, not of any line
            seen |= _line_years(quote.line)
    return next((y for y in query.years if y not in seen), None)


# --- durations --------------------------------------------------------------------------------------
# "what is the deadline in months", "hvor lang tid må en undersøgelse tage", "how many weeks": the answer is a
# span of time, and a quote without a number of days, weeks or months does not give it (a law's dates
# and a share of cases done on time do not).
_DURATION_Q = re.compile(
    r"\b(?:frist\w*|deadline\w*|tidsfrist\w*|varsel\w*|notice\s+period|how\s+much\s+notice|hvor\s+lang\s+tid|"
    r"how\s+long|(?:hvor\s+mange|how\s+many)\s+(?:dage|uger|måneder|days|weeks|months)|in\s+(?:days|weeks|months)|"
    r"i\s+(?:dage|uger|måneder))\b",
    re.I,
)
_HOW_MANY = r"\b(?:\d+|en|et|to|tre|fire|fem|seks|otte|ti|tolv|one|two|three|four|five|six|eight|ten|twelve)\s+"
_SHORT_UNITS = r"hverdage|arbejdsdage|dage|døgn|uger|måneder|months?|weeks?|days?|working\s+days"
_SHORT_UNIT = re.compile(r"\b(?:dage|uger|måneder|days|weeks|months)\b", re.I)
_SHORT_SPAN = re.compile(rf"{_HOW_MANY}(?:{_SHORT_UNITS})\b", re.I)
_SPAN = re.compile(
    rf"{_HOW_MANY}(?:{_SHORT_UNITS}|år|years?)\b|\b(?:\d+|to|tre|fire|fem|two|three|four|five)[- ](?:årig\w*|year)\b",
    re.I,
)


def missing_duration(query: Query, quotes: list[Quote]) -> bool:
    """A question after a span of time that no quote gives one for; asked in days, weeks or months
    ("the deadline in months"), a span in years ("en toårig plan") does not answer it."""
    if not _DURATION_Q.search(query.text):
        return False
    span = _SHORT_SPAN if _SHORT_UNIT.search(query.text) else _SPAN
    return not any(_gives_span(q.text, span) for q in quotes)


# "fra de er 10 år", "children under 18 years", "15 years old": an age, not a length of time; "over" is an
# age only after the people it describes ("børn over 12 år"): "sparede 4,4 mio. kr. over 2 år" is a span
_AGE_BEFORE = re.compile(
    r"\b(?:er|fylder|under|aged?|til|is|are|turn)\s+$|\b(?:børn|unge|children|kids|young\s+people)\s+over\s+$", re.I
)
_AGE_AFTER = re.compile(r"\s*(?:gammel|gamle|old)\b", re.I)


def _gives_span(text: str, span: re.Pattern[str]) -> bool:
    return any(
        not _AGE_BEFORE.search(text, max(0, m.start() - 20), m.start()) and not _AGE_AFTER.match(text, m.end())
        for m in span.finditer(text)
    )


# "…, og hvor mange ansatte kunne det koste?": the count is one part of a question with others before it.
_LATER_PART = re.compile(r"(?:,|\bog|\band)\s+(?:hvor\s+mange|how\s+many)\b", re.I)
_YEARS = re.compile(r"\b(?:19|20)\d\d\b")


def missing_evidence(query: Query, statements: str) -> Missing | None:
    """The first thing the question asks for that no chosen quote gives, if any (see the module doc).

    Order: the place, then the figure, then the sub-area, so the refusal names the most basic gap.
    """
    quotes = quotes_in(statements)
    if not quotes or query.intent != "lookup" or query.grouped:
        return None
    for name in query.municipalities:
        if not any(_about(q, name) for q in quotes):
            return Missing("place", place=name)
    place = query.municipalities[0] if len(query.municipalities) == 1 else ""
    # A question that gives figures of its own is a calculation the calculator did not take.
    gives_figures = any(not m.is_year for m in find_numbers(_YEARS.sub(" ", query.text), query.language))
    if asks_caseload(query) and not gives_figures:
        # "what caseload has Stevns": a caseload in a quote about Stevns, not the national guidance beside it
        if not any(_has_caseload(q.text) and (not place or _about(q, place)) for q in quotes):
            return Missing("caseload", place=place)
    elif query.wants_count and not query.wants_amount and not gives_figures:
        noun = counted_noun(query)
        nouns = noun_stems(noun, query.language) if noun else frozenset()
        # "hvor mange socialrådgivere har Rødovre": a count in a quote about Rødovre, not one about another place
        about = [q for q in quotes if not place or _about(q, place)]
        # "hvor mange medarbejdere blev afskediget i 2015": the count in a line of that year, not a 2019
        # staff cut quoted beside a 2015 line that gives other figures
        about = [q for q in about if set(query.years) <= _line_years(q.line)]
        if noun and nouns and not any(_number_attached(q.text, nouns) for q in about):
            part = bool(_LATER_PART.search(query.text))
            return Missing("counted_part" if part else "counted", what=noun, place=place)
    elif query.wants_amount and place and not gives_figures and not _amount_about(query, quotes, place):
        # "hvor meget har Brønderslev sparet": kroner in a quote about Brønderslev, not Herning's beside its name
        return Missing("amount", place=place)
    monthly = _MONTHLY_Q.search(query.text) and (query.wants_amount or _PAY_NOUN.search(query.text))
    if monthly and not any(_monthly_money(q.text) for q in quotes):
        return Missing("amount", place=place)  # "månedslønnen": a yearly pay does not answer it
    year = missing_year(query, statements)
    if year is not None:
        return Missing("year", what=str(year), place=place)
    area = missing_area(query, quotes)
    if area is not None:
        return Missing("area", what=area, place=place)
    if missing_duration(query, quotes):
        return Missing("duration", place=place)
    return None
