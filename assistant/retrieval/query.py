"""The question, read once: language, municipalities, intent, numbers with roles, what is asked for.

Why one object: retrieval, abstention, the calculator and the comparison code used to re-parse the
question each in its own way (different case rules, different municipality matching), so one part
could believe the question named Herning while another did not. They now all read this.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from assistant import municipalities
from assistant.calc.question import Reading
from assistant.calc.spelling import read_repaired
from assistant.errors import InputError
from assistant.models import Language
from assistant.numbers import find_numbers
from assistant.text import detect_language, query_stems

MAX_QUESTION_CHARS = 2000
Intent = Literal["lookup", "comparison", "calculation", "none"]

# Questions whose answer is a figure: a statement with a number in it is more likely the answer.
_QUANTITY = re.compile(
    r"\b(hvor mange|hvor meget|hvor stor|hvor store|hvor høj|hvilket sagstal|hvad koster|hvad kostede|"
    r"hvor langt|hvor tit|hvor ofte|hvornår|how many|how much|how large|how high|how often|when|"
    r"what share|what caseload|which caseload|what percentage|what proportion)\b",
    re.I,
)
# Questions whose answer is several items: the answer should carry more statements.
_LIST = re.compile(
    r"\b(hvilke|hvad (?:var|er) (?:de|problemerne|svaghederne|kriterierne|tiltagene)|hvad fandt|"
    r"hvilke (?:to|tre|fire|fem)|(?:to|tre|fire|fem) (?:ting|områder|punkter|indsatsområder)|"
    r"which|what (?:problems|weaknesses|criteria|measures|steps|areas|things)|list|"
    r"(?:two|three|four|five) (?:things|areas|points|priorities))\b",
    re.I,
)
# Questions whose answer is an amount of money (or a change in percent): "hvor mange penge afsatte …",
# "how much did … spend", "hvad kostede …". A quote without an amount does not answer them.
_AMOUNT = re.compile(
    r"\bhvor\s+mange\s+(?:penge|kroner|millioner)\b|\bhow\s+many\s+(?:kroner|crowns|dkk)\b|\b(?:i|in)\s+(?:kroner|dkk)\b|"
    r"\bhvor\s+meget\s+(?:\w+\s+){0,3}?(?:koste\w*|brug\w*|afsat\w*|sat\w*\s+af|bevilg\w*|"
    r"spar\w*|budget\w*)|\bhow\s+much\s+(?:money|\w+\s+(?:\w+\s+){0,3}?(?:spen[dt]|cost|budget\w*|allocat\w*|"
    r"set\s+aside|save[ds]?))|\bhvad\s+(?:kost\w*|brugte|bruger)\b|\bwhat\s+(?:did|does)\s+(?:\w+\s+){0,3}?cost\b|"
    # money asked by its noun: "hvad var den gennemsnitlige udgift pr. barn", "what is the monthly salary"
    r"\bhvad\s+(?:er|var|bliver)\s+(?:den|det)\s+(?:\w+\s+){0,2}(?:udgift(?:en|er|erne)?|pris(?:en|er|erne)?|løn(?:nen)?|omkostning(?:en|er|erne)?|beløb(?:et)?)\b|"
    r"\bwhat\s+(?:is|was|are|were)\s+the\s+(?:\w+\s+){0,2}(?:cost|costs|price|salary|pay|expenditure|spending)\b|"
    # a budget asked by its owner: "hvad er Københavns budget til …", "what is Copenhagen's budget for …"
    r"\bhvad\s+(?:er|var|bliver)\s+\w+s\s+(?:\w+\s+){0,2}budget(?:tet)?\b|"
    r"\bwhat\s+(?:is|was|are|were)\s+\w+'s\s+(?:\w+\s+){0,2}budget\b",
    re.I,
)
# Questions whose answer is a count: "hvor mange elever …", "how many social workers …"
_COUNT = re.compile(r"\b(?:hvor\s+mange|how\s+many)\b", re.I)
_COMPARE = re.compile(
    r"\b(hvilke kommuner|andre kommuner|sammenlignelige|sammenlign\w*|which municipalities|"
    r"other municipalities|comparable|compare\w*)\b",
    re.I,
)


@dataclass(frozen=True)
class Query:
    """Everything the answer path needs to know about the question, computed once."""

    text: str
    language: Language
    municipalities: tuple[str, ...]  # named in the question, canonical names, any case
    my_municipality: str | None
    intent: Intent
    terms: tuple[str, ...]  # BM25 terms before typo repair against a snapshot
    reading: Reading = field(repr=False)  # every number with its role and unit, the quantities asked for
    wants_number: bool = False
    wants_list: bool = False
    wants_amount: bool = False  # the answer is an amount of money or a change in percent
    wants_count: bool = False  # the answer is a count ("how many …")
    grouped: bool = False  # answer per municipality ("which municipalities …")
    years: tuple[int, ...] = ()  # years the question asks about ("i 2023"), not counts
    notice: str | None = None  # "truncated" when the question was cut
    calc_text: str = ""  # the text ``reading`` was read from: the question, or it with typos put right


def clean_question(question: str) -> tuple[str, str | None]:
    """Strip and bound the question; an empty one is an input error, a huge one is cut with a notice."""
    text = " ".join((question or "").split())
    if not text:
        raise InputError("the question is empty")
    if len(text) > MAX_QUESTION_CHARS:
        return text[:MAX_QUESTION_CHARS], "truncated"
    return text, None


def read_query(
    question: str, my_municipality: str | None = None, is_comparison: Callable[[str], bool] | None = None
) -> Query:
    """Read a question once; ``is_comparison`` is the comparison module's own test, given the cleaned text."""
    text, notice = clean_question(question)
    comparison = is_comparison(text) if is_comparison is not None else False
    language = detect_language(text)
    named = tuple(municipalities.find_mentions(text, ignore_case=True))
    reading, calc_text = read_repaired(text, language)
    terms = tuple(query_stems(text, language))
    intent: Intent
    if reading.is_calculation:
        intent = "calculation"
    elif comparison:
        intent = "comparison"
    elif not terms and not named:
        intent = "none"
    else:
        intent = "lookup"
    mine = municipalities.resolve(my_municipality) if my_municipality else None
    return Query(
        text=text,
        language=language,
        municipalities=named,
        my_municipality=mine,
        intent=intent,
        terms=terms,
        reading=reading,
        wants_number=bool(_QUANTITY.search(text)),
        wants_list=bool(_LIST.search(text)),
        wants_amount=bool(_AMOUNT.search(text)),
        wants_count=bool(_COUNT.search(text)),
        grouped=bool(_COMPARE.search(text)),
        years=tuple(sorted({int(m.value) for m in find_numbers(text, language) if m.is_year})),
        notice=notice,
        calc_text=calc_text,
    )

