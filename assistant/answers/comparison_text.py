"""Text pieces of a comparison answer: figures read from passages, formatted figures, the Markdown table.

Pure functions on plain values, so ``precedents`` can use them without this module knowing the register.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.figures import SAME_FIGURE_REL, same_figure
from assistant.i18n import Section, t
from assistant.models import Language
from assistant.numbers import find_numbers, format_number

# What a figure counts, read from the register's unit or from the noun after a number in a passage.
_CASES = re.compile(r"[ \u00a0]*(?:sager|børnesager|sagsstammer|cases)\b", re.I)
_STAFF = re.compile(
    r"[ \u00a0]*(?:socialrådgivere|rådgivere|sagsbehandlere|medarbejdere|social workers|caseworkers)\b", re.I
)
# Relative tolerance for "the same figure": sources round ("ca. 20 %", "4.4 Mio.").
TOLERANCE = SAME_FIGURE_REL

_HEADERS = Section("comparison.header")  # the table's columns, in order
TOPIC_NAMES = Section("topic")


def phrase(key: str, language: Language, **kwargs: object) -> str:
    """A fixed phrase of the comparison answer in the question's language."""
    return t(f"comparison.{key}", language, **kwargs)


def headers(language: Language) -> tuple[str, ...]:
    """The comparison table's column headers."""
    return tuple(header.text(language) for header in _HEADERS.values())


def topic_phrase(topics: Sequence[str], language: Language) -> str:
    """ " om sagstal og ansættelser", or "" when the question named no topic."""
    if not topics:
        return ""
    names = [TOPIC_NAMES.text(topic, language, default=topic) for topic in topics]
    return phrase("topic", language, topics=join_names(names, language))


def unit_kind(unit: str) -> str:
    """What a register figure counts: kr, pct, cases, staff or other."""
    low = unit.lower()
    if "kr" in low:
        return "kr"
    if "%" in low or "procent" in low:
        return "pct"
    if _CASES.match(" " + low):
        return "cases"
    if _STAFF.match(" " + low):
        return "staff"
    return "other"


def unit_scale(unit: str) -> float:
    """Register values in "mio. kr." are stored as written (4.4); compare them in kroner."""
    low = unit.lower()
    if low.startswith("mio"):
        return 1e6
    if low.startswith("mia"):
        return 1e9
    return 1.0


@dataclass(frozen=True)
class PassageFigure:
    """A number a passage states, with what it counts; ``text`` is the exact digits as written."""

    kind: str
    value: float
    text: str


def passage_figures(sentence: str) -> list[PassageFigure]:
    """Money, percentages, case counts and staff counts in a sentence; bare numbers and years are skipped."""
    found: list[PassageFigure] = []
    for mention in find_numbers(sentence, "da"):
        if mention.is_year or mention.word:
            continue
        after = sentence[mention.end :]
        if mention.unit == "kr":
            kind = "kr"
        elif mention.unit == "pct":
            kind = "pct"
        elif _CASES.match(after):
            kind = "cases"
        elif _STAFF.match(after):
            kind = "staff"
        else:
            continue
        found.append(PassageFigure(kind=kind, value=mention.value, text=mention.text))
    return found


def agrees(value: float, low: float, high: float | None = None) -> bool:
    """True when ``value`` equals ``low`` (within rounding) or lies in the range ``low``-``high``."""
    top = low if high is None else high
    lo, hi = min(low, top), max(low, top)
    if lo <= value <= hi:
        return True
    # The tolerance is of the register's figure (the range's larger end), not of the passage's value.
    return same_figure(value, lo if value < lo else hi, TOLERANCE, scale=max(abs(lo), abs(hi), 1e-9))


def format_value(value: float, value_to: float | None, language: Language) -> str:
    """4.4 -> "4,4" (da) / "4.4" (en); a range as "40-50"."""
    text = format_number(value, language)
    return text if value_to is None else f"{text}-{format_number(value_to, language)}"


def cell(text: str) -> str:
    """Table cells must not break the Markdown table: no pipes, no line breaks."""
    return " ".join(text.replace("|", "/").split())


def markdown_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A GitHub-flavoured Markdown table."""
    lines = ["| " + " | ".join(cell(h) for h in headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def marker(numbers: Sequence[int]) -> str:
    """Citation markers "[1][3]" for the given numbers, in order, without repeats."""
    return "".join(f"[{n}]" for n in dict.fromkeys(numbers))


def join_names(names: Sequence[str], language: Language) -> str:
    """ "A, B og C" / "A, B and C"."""
    if len(names) <= 1:
        return "".join(names)
    word = " og " if language == "da" else " and "
    return ", ".join(names[:-1]) + word + names[-1]
