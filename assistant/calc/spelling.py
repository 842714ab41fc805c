"""Typos in the words a calculation is read by: "1.340 sagr", "socal workers", "targt is 22".

Why: the reader places numbers by the nouns beside them, so one misspelt noun leaves a number without a
role and the question goes to retrieval ("hvor mange socialrådgivere til 1.340 sagr …" got quotes about
salaries). Retrieval repairs its own terms against the corpus; this repairs the calculator's words against
the small vocabulary it reads by. Only a word that is one edit (Damerau: one letter added, dropped,
changed or two swapped) from that vocabulary, starts with the same letter and is no word of its own is
changed, so "sagt", "case" or "rate" stay as they are; between two forms one edit away the longer is
taken ("sagr" is "sager", a letter dropped, rather than "sag").
"""

from __future__ import annotations

import re
from functools import lru_cache

from bm25s.stopwords import STOPWORDS_DANISH, STOPWORDS_EN_PLUS
from rapidfuzz.distance import DamerauLevenshtein

from assistant.calc.fractions import as_percentages
from assistant.calc.question import Reading, read_question
from assistant.models import Language


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


# The words the calculation reader places numbers by, as users write them (inflected forms included:
# the nearest form is the one put back).
VOCABULARY = _words(
    """
    sag sager sagerne sagstal sagstallet sagsbehandler sagsbehandlere rådgiver rådgivere rådgiverne
    socialrådgiver socialrådgivere socialrådgiverne årsværk medarbejder medarbejdere anbringelse anbringelser
    anbringelsen plejefamilie plejefamilier plejefamilien institution institutioner døgninstitution
    opholdssted opholdssteder koster kostede udgift udgiften udgifter besparelse besparelsen spare sparer
    ansætte ansætter ekstra budget budgettet målet hver pris prisen børnesager stillinger stilling
    social worker workers caseworker caseworkers cases caseload target costs placement placements foster
    residential institution hire hiring extra budget saving savings save each staff salary salaries
    per year years every average total annual needed need
    """
)
# Words one edit from the vocabulary that are words of their own (the vocabulary's own words are known too).
_REAL_WORDS = _words(
    """
    sagt sagn sage saga sagen hvert hvem ever ekstrem cast case cash coast most post fast
    rate ages hear near wear dear yeas cost host lost past vast pest best test rest said
    stuff stiff start stat state store saver saves safe sale same sane share shares shared
    """
)
_KNOWN = VOCABULARY | _REAL_WORDS | frozenset(STOPWORDS_DANISH) | frozenset(STOPWORDS_EN_PLUS)
_WORD = re.compile(r"[^\W\d_]{4,}")


@lru_cache(maxsize=4096)
def _repair(word: str) -> str | None:
    low = word.lower()
    if low in _KNOWN:
        return None
    # nearest first, then the longer form, then alphabetical so the choice never depends on set order
    found = [
        (d, -len(target), target)
        for target in VOCABULARY
        if target[0] == low[0] and abs(len(target) - len(low)) <= 1
        and (d := DamerauLevenshtein.distance(low, target, score_cutoff=1)) <= 1
    ]  # fmt: skip
    if not found:
        return None
    best = min(found)[2]
    return best if word.islower() else best.capitalize()


# "We have 1.386 cases": a Danish thousands point in an English question, before something counted
_POINT_THOUSANDS = re.compile(
    r"\b(\d{1,3})\.(\d{3})\b(?=\s+(?:\w+\s+)?(?:cases|children|kids|placements|workers|caseworkers|social\s+workers))",
    re.I,
)


# "560k/yr", "600.000 kr./år", "DKK 600,000 p.a.": a period in shorthand, written out as the reader knows it
_PER_YEAR_SHORT = re.compile(r"\s*/\s*(?:yr|year)\b|\s+p\.\s?a\.|\s+per\s+annum\b", re.I)
_PER_YEAR_SHORT_DA = re.compile(r"\s*/\s*år\b", re.I)


def repaired(text: str, language: Language = "da") -> str:
    """The text with misspelt calculation words put right and a period in shorthand written out; the text itself
    when there is neither."""
    fixed = _WORD.sub(lambda m: _repair(m.group(0)) or m.group(0), text)
    fixed = _PER_YEAR_SHORT.sub(" a year" if language == "en" else " om året", fixed)
    fixed = _PER_YEAR_SHORT_DA.sub(" om året", fixed)
    return _POINT_THOUSANDS.sub(r"\1,\2", fixed) if language == "en" else fixed


def read_repaired(text: str, language: Language) -> tuple[Reading, str]:
    """The calculation reading, of the text with its calculation words' typos put right when only that
    reading places every number ("1.340 sagr", "socal workers"); the text it was read from goes with it."""
    # a fraction is a share the reader knows by its percent sign ("a quarter of them" -> "25 % of them"):
    # that reading first, when it places every number (``calc.fractions``)
    shares = as_percentages(text, language)
    if shares != text:
        again = read_question(shares, language)
        if again.is_calculation and all(n.role is not None for n in again.numbers):
            return again, shares
    reading = read_question(text, language)
    if reading.is_calculation and all(n.role is not None for n in reading.numbers):
        return reading, text
    fixed = repaired(text, language)
    for other in dict.fromkeys((fixed, as_percentages(fixed, language))):
        if other in (text, shares):
            continue  # read above
        again = read_question(other, language)
        if again.is_calculation and all(n.role is not None for n in again.numbers):
            return again, other
    return reading, text
