"""A yearly series of costs and savings (``calc.flows`` reads it; the reading carries it to the answer)."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

__all__ = ["BOTH_YEARS", "UNREAD_YEARS", "Flows", "first_calendar_year", "year_marks"]


@dataclass(frozen=True)
class Flows:
    """Cost and saving of each year of the period, year 1 first."""

    costs: tuple[float, ...]
    savings: tuple[float, ...]

    def nets(self) -> list[float]:
        """Each year's own net: its saving less its cost."""
        return [s - c for c, s in zip(self.costs, self.savings, strict=True)]

    def running(self) -> list[float]:
        return list(itertools.accumulate(self.nets()))

    def breakeven_year(self) -> int | None:
        """The first year the running net is no longer negative; None when it never is within the period."""
        return next((k + 1 for k, v in enumerate(self.running()) if v >= -1e-6), None)


# years said together ("in years 2 and 3", "i år 2-5", "årene 2026-2028", "i både år 3 og år 4"): not read
UNREAD_YEARS = re.compile(
    r"\b(?:years|årene|år)\s+(?:[1-9]|20\d\d)\s*(?:og|and|-|–|til|to)\s*(?:(?:år|year)\s+)?(?:[1-9]|20\d\d)(?![\d,.])"
    r"(?!\s*(?:mio|mill|kr|dkk|t\.|m\b))(?!\s+(?:i|in)\s+(?:år|year))",
    re.IGNORECASE,
)
# one count said for two years at once ("3 i både år 3 og år 4", "in both year 3 and year 4"): not tied to one
BOTH_YEARS = re.compile(
    r"\b(?:både|both)\s+(?:i\s+|in\s+)?(?:år|years?)\s+\d\s*(?:og|and)\s*(?:(?:i\s+)?(?:år|year)\s+)?\d\b|"
    r"\b(?:år|year)\s+\d\s+(?:og|and)\s+(?:i\s+|in\s+)?(?:år|year)\s+\d\b",
    re.IGNORECASE,
)
_WORD_YEAR = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_ORDINAL = {
    "første": 1, "andet": 2, "tredje": 3, "fjerde": 4, "femte": 5, "sjette": 6,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
}  # fmt: skip
# "in year 1", "år 2", "year two", "det første år", "the second year", "i 2026"
_MARK = re.compile(
    r"\b(?:år|year)\s+(?P<n>[1-9]|one|two|three|four|five|six)\b"
    r"|\b(?P<o>første|andet|tredje|fjerde|femte|sjette|first|second|third|fourth|fifth|sixth)\s+(?:år|year)\b"
    r"|\b(?P<c>20\d\d)\b",
    re.IGNORECASE,
)


def first_calendar_year(text: str) -> int | None:
    """The earliest calendar year the text names ("i 2025 … i 2027": 2025): year 1 of a series said by date."""
    return min((int(m.group("c")) for m in _MARK.finditer(text) if m.group("c")), default=None)


def year_marks(text: str) -> list[tuple[int, int, int]]:
    """(start, end, year index) of every year named ("in year 1", "det andet år", "i 2026"); calendar years are
    numbered from the first one named."""
    first = first_calendar_year(text)
    out = []
    for m in _MARK.finditer(text):
        if m.group("n"):
            k = int(m.group("n")) if m.group("n").isdigit() else _WORD_YEAR[m.group("n").lower()]
        elif m.group("o"):
            k = _ORDINAL[m.group("o").lower()]
        else:
            k = int(m.group("c")) - (first or 0) + 1
        out.append((m.start(), m.end(), k))
    return out
