"""Numbers typed into a form field: read the Danish way, echoed back, never silently guessed.

A browser's number box reads "600.000" as 600 and "1.200" as 1.2, and a wrong budget that looks right
is the worst thing this app can show. So the app's numeric fields are text fields read here, through
``assistant.numbers``, with a stricter rule than running text: when a separator could mean either a
decimal point or a thousands separator ("1,200" or "1.5" in Danish), the field asks instead of picking.
The parsed value is echoed formatted ("= 600.000 kr."), so the reader sees what the app understood.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from assistant.errors import InputError
from assistant.models import Language
from assistant.numbers import format_kr, format_number, format_percent, parse_number

FieldKind = Literal["kr", "count", "pct"]

# One separator between digits, and the digits after it: the only shape that can be read two ways.
_SINGLE_SEP = re.compile(r"^\s*-?\d+([.,])(\d+)\b")
_SCALE_AFTER = re.compile(r"\d\s*(mio|mia|million|milliard|billion|tusind|thousand|k\b|m\b|t\.?\s?kr)", re.I)


@dataclass(frozen=True)
class FieldReading:
    """What a field holds: ``value`` when it reads one way only, else the translation key of why not."""

    text: str
    value: float | None = None
    error: str | None = None  # a key in ``assistant.i18n`` ("num_ambiguous", "num_unreadable", ...)

    @property
    def empty(self) -> bool:
        return not self.text.strip()


def _ambiguous(text: str, language: Language) -> bool:
    """True when the one separator in ``text`` reads as a decimal point in one language, grouping in the other.

    "1,200" in Danish is 1,2 by the Danish rule but 1200 to anyone used to English; "1.5" in Danish is
    1,5 to the parser but may be a slip for "1.500". A scale word ("0,6 mio.") settles it: a decimal.
    """
    match = _SINGLE_SEP.match(text)
    if match is None or _SCALE_AFTER.search(text):
        return False
    rest = text[match.end(1) :]
    if re.search(r"[.,]\d", rest):
        return False  # more separators: "1.200,5" and "2.480.000" read one way only
    sep, digits = match.group(1), match.group(2)
    own_decimal = "," if language == "da" else "."
    head = text.strip().lstrip("-")[: match.start(1) - match.start()].strip()
    if sep == own_decimal:
        return len(digits) == 3 and 1 <= len(head) <= 3 and not head.startswith("0")
    return len(digits) != 3


def read_field(text: str, language: Language, kind: FieldKind = "count") -> FieldReading:
    """The value typed into a field; empty text is no value and no error (the page asks for it)."""
    raw = (text or "").strip()
    if not raw:
        return FieldReading(text="")
    if _ambiguous(raw, language):
        return FieldReading(text=raw, error="num_ambiguous")
    try:
        value = parse_number(raw, language)
    except InputError:
        return FieldReading(text=raw, error="num_unreadable")
    if value < 0:
        return FieldReading(text=raw, error="num_negative")
    return FieldReading(text=raw, value=value)


def echo(value: float, language: Language, kind: FieldKind = "count") -> str:
    """The parsed value as the reader writes it, after an equals sign: "= 600.000 kr."."""
    if kind == "kr":
        shown = format_kr(value, language, decimals=0 if value == int(value) else 2)
    elif kind == "pct":
        shown = format_percent(value, language)
    else:
        shown = format_number(value, language)
    return f"= {shown}"


def field_text(value: float | None) -> str:
    """A default value as text grouped by spaces ("470 000"), which reads the same in both languages,
    so switching the page's language never changes what a field means."""
    return "" if value is None else format_number(value, "en").replace(",", " ")
