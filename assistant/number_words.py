"""Numbers written as words, in Danish and English: "fire", "femogtyve", "twenty-five", "et dusin",
"half a million".

Apart from ``numbers`` (which finds, parses and formats every number) so each stays short: the words
for units and tens, the compounds built from them, fractions said only before a scale word, and the
articles that count as one when a whole option is a word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.numbers import Lang

_DA_UNITS = {
    "nul": 0,
    "én": 1,
    "ét": 1,
    "to": 2,
    "tre": 3,
    "fire": 4,
    "fem": 5,
    "seks": 6,
    "syv": 7,
    "otte": 8,
    "ni": 9,
    "ti": 10,
    "elleve": 11,
    "tolv": 12,
    "tretten": 13,
    "fjorten": 14,
    "femten": 15,
    "seksten": 16,
    "sytten": 17,
    "atten": 18,
    "nitten": 19,
}
_DA_TENS = {
    "tyve": 20,
    "tredive": 30,
    "fyrre": 40,
    "halvtreds": 50,
    "tres": 60,
    "halvfjerds": 70,
    "firs": 80,
    "halvfems": 90,
}
_EN_UNITS = {
    "zero": 0,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_EN_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
# "et dusin", "a dozen"; "halv"/"half a" only before a scale word (see ``_word_pattern``).
_FRACTIONS: dict[str, dict[str, float]] = {
    "da": {"dusin": 12, "halv": 0.5, "halve": 0.5, "kvart": 0.25},
    "en": {"dozen": 12, "half a": 0.5, "a quarter of a": 0.25, "quarter of a": 0.25},
}
# Parsed when a whole option is a word, never found in running text: they are also articles.
_ARTICLES = {"da": {"en": 1, "et": 1}, "en": {"one": 1, "a": 1}}


def _word_pattern(lang: Lang | None) -> str:
    if lang is None:
        return r"|(?P<word>(?!x)x)"  # never matches: no words without a language
    units, tens = (_DA_UNITS, _DA_TENS) if lang == "da" else (_EN_UNITS, _EN_TENS)
    ones = "|".join(["en", "et", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"])
    if lang == "da":
        compound = rf"(?:{ones})og(?:{'|'.join(tens)})"
    else:
        compound = rf"(?:{'|'.join(tens)})-(?:one|two|three|four|five|six|seven|eight|nine)"
    words = sorted([*units, *tens, "dusin" if lang == "da" else "dozen"], key=len, reverse=True)
    # "en halv million", "half a million": a fraction only in front of a scale word
    da_half, en_half = r"(?:halve?|kvart)(?=\s+(?:mio|million))", r"(?:half|(?:a\s+)?quarter\s+of)\s+a(?=\s+million)"
    half = da_half if lang == "da" else en_half
    return rf"|(?P<word>{half}|{compound}|{'|'.join(words)}|hundrede|hundred)"


def _word_value(word: str, lang: Lang) -> float:
    low = " ".join(word.lower().split())
    if low in _FRACTIONS[lang]:
        return _FRACTIONS[lang][low]
    units, tens = (_DA_UNITS, _DA_TENS) if lang == "da" else (_EN_UNITS, _EN_TENS)
    table = {**units, **tens, **_ARTICLES[lang], "hundrede": 100, "hundred": 100}
    if low in table:
        return table[low]
    if lang == "da":
        one, ten = low.split("og", 1)
        return {**_DA_UNITS, "en": 1, "et": 1}[one] + _DA_TENS[ten]
    ten, one = low.split("-", 1)
    return _EN_TENS[ten] + {**_EN_UNITS, "one": 1}[one]
