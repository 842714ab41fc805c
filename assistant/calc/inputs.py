"""Which numbers in a question are inputs: not years, dates, paragraphs or list markers, not a person's age,
a house number or another place's past figures, not the length of a year said to convert a price, not how to
round, and not a count said again ("de fem").

Apart from ``calc.question`` so the reader of roles stays short; every number the reader sees has passed here.
"""

from __future__ import annotations

import re

from assistant.calc import cues, words
from assistant.numbers import NumberMention

__all__ = ["is_input"]

_ONCE_AFTER = re.compile(r"\s*(?:gang\b|time\b|-?off\b)", re.I)


def is_input(text: str, m: NumberMention, earlier: list[NumberMention]) -> bool:
    """Whether a number in the question is one to read. Years, paragraphs and dates never are; "nul"/"zero"
    as a word is an idiom ("gå i nul"); "one" is not a count in "hvad koster én af dem", "one worker costs"
    or "what does one cost?"; and a count said again after "de"/"the" is not a second count."""
    if m.is_year or (m.word and m.value == 0):
        return False
    if m.unit != "kr" and (
        cues.NAMING_BEFORE.search(text, 0, m.start)
        or cues.DATE_AFTER.match(text, m.end)
        or cues.DATE_BEFORE.search(text, 0, m.start)
        or cues.AGE_RANGE_AFTER.match(text, m.end)
        or _enumerator(text, m)
        or _names_a_thing(text, m)
    ):
        return False  # "§ 52", "1. januar", "0-17-årige", "1) hvad …": a number that names something, not an input
    if _DECIMALS_AFTER.match(text, m.end):
        return False  # "to two decimals", "med én decimal": how to round, not a count
    if _year_length(text, m):
        return False  # "på et år med 52 uger", "regn med 365 dage": the length of a year, said to convert a price
    if m.word and m.value == 1 and _ONCE_AFTER.match(text, m.end):
        return False  # "koster 1,6 mio. kr. én gang", "one time": once, not a count
    if m.word and m.value == 1:
        one_asked = words.ONE_ASKED.search(text, 0, m.start) and words.ONE_ASKED_END.match(text, m.end)
        if words.OF_THEM.match(text, m.end) or words.COSTS_AFTER_NOUN.match(text, m.end) or one_asked:
            return False
    return not _repeats_a_count(text, m, earlier)


_DECIMALS_AFTER = re.compile(r"\s*(?:decimal\w*|decimaler)\b", re.I)
_YEAR_LENGTH_AFTER = re.compile(r"\s*(?:uger|weeks|dage|days)\b", re.I)
_YEAR_LENGTHS = {(52, "uge"), (52, "wee"), (365, "dag"), (365, "day")}  # 52 weeks, 365 days: a year; "52 dage" is not


def _year_length(text: str, m: NumberMention) -> bool:
    unit = _YEAR_LENGTH_AFTER.match(text, m.end)
    return unit is not None and (m.value, unit.group(0).strip().lower()[:3]) in _YEAR_LENGTHS


def _enumerator(text: str, m: NumberMention) -> bool:
    """ "1) hvad er sagstallet? 2) hvor mange …": a list marker, not a count."""
    marker = cues.ENUMERATOR_AFTER.match(text, m.end) and cues.ENUMERATOR_BEFORE.search(text, 0, m.start)
    return m.value < 10 and bool(marker)


# "Team Syd (12)", "Nord (14)": a group's count in brackets, not a person's age
_GROUP_NAME = re.compile(
    r"\b(?:team|nord|syd|øst|vest|north|south|east|west|område\w*|afdeling\w*|gruppe\w*)\s*\($", re.I
)
_OURS_AFTER = words._re(rf"\s+(?:{words._MORE})\b")


def _names_a_thing(text: str, m: NumberMention) -> bool:
    """A person's age after their name, a house number, or another place's figures told as an example
    ("Lise (58)", "Torvet 12", "ligesom Herning gik fra 4 til 8"): none is an input of this question's sum."""
    before = text[max(0, m.start - 80) : m.start]
    named = cues.AGE_OF_NAME_BEFORE.search(before)
    if named and cues.AGE_OF_NAME_AFTER.match(text, m.end) and not _GROUP_NAME.search(before[: named.end()]):
        return True
    street = cues.ADDRESS_BEFORE.search(before)
    on_street = street is not None and street.group(1).lower().endswith(cues.STREET_ENDINGS)
    if on_street and not words.COUNT_AFTER["any"].match(text, m.end):
        return True
    # "Vi ansætter ligesom Aarhus gjorde 4 nye rådgivere": new staff are ours, whatever the place did
    return bool(cues.EXAMPLE_OF_PLACE_BEFORE.search(before)) and not _OURS_AFTER.match(text, m.end)


def _repeats_a_count(text: str, m: NumberMention, earlier: list[NumberMention]) -> bool:
    """ "Hvad koster de fem?", "what do the five cost": a number said again after "de"/"the" points back at
    a count already given; reading it as a second count would double it."""
    if not words.BACK_REFERENCE.search(text, 0, m.start):
        return False
    noun = _noun_after(text, m.end)
    if noun is None:
        return any(e.value == m.value for e in earlier)
    # "de 100 sager" after "100 rådgivere" is a count of its own; "those 15 children" after "15 children in
    # residential care" is the same count, named by the same noun
    return any(e.value == m.value and _noun_after(text, e.end) == noun for e in earlier)


_CHILD_OR_PLACEMENT = words._re(rf"(?:{words.CHILD_NOUN}|{words.PLACEMENT_NOUN})$")
_STAFF = words._re(rf"(?:{words.STAFF_NOUN})$")


def _noun_after(text: str, end: int) -> str | None:
    """What the count right after ``end`` counts ("children", "staff", "cases"), or None when no noun follows:
    "kids" and "placed children" count the same thing, "cases" another."""
    said = words.COUNT_AFTER["any"].match(text, end)
    if said is None:
        return None
    noun = said.group(0).split()[-1]
    if _CHILD_OR_PLACEMENT.search(noun):
        return "children"
    return "staff" if _STAFF.search(noun) else "cases"
