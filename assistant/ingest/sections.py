"""Sections of a document: agenda items ("Punkt 7: …"), numbered headings and styled headings.

A 200-page referat is 25 agenda items; a passage makes sense only with the item it belongs to. The
section title becomes part of the chunk's contextual header, chunks never run across a section start,
and a citation names its item. Offsets refer to the cleaned text, found after cleaning so they are exact.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from assistant.models import Section

# "Punkt 7: Budgetopfølgning", "Pkt. 12 - Orientering", "Dagsordenspunkt 3. Sagstal"
# A table of contents line ("Punkt 7: Budget ........ 14") is not the item itself.
AGENDA = re.compile(r"(?!.*\.{4,})(?:Dagsordens)?(?:[Pp]unkt|Pkt\.?)\s+\d{1,3}\s*[:.\-–]\s*\S.{0,150}")
# "3. Økonomi", "4.2 Sagstal i Myndighed": short, no sentence punctuation inside, a paragraph of its own
NUMBERED = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?\s+[A-ZÆØÅ][^.!?;:]{2,90}")
MAX_TITLE = 160


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """(offset, line) for every line of ``text``."""
    offset = 0
    for line in text.split("\n"):
        yield offset, line
        offset += len(line) + 1


def _title(line: str) -> str:
    return " ".join(line.split())[:MAX_TITLE]


def find_sections(text: str, headings: Sequence[str] = (), numbered: bool = False) -> list[Section]:
    """Sections in reading order: lines equal to a known heading (in order), agenda items and,
    with ``numbered``, numbered headings that stand alone as a paragraph."""
    wanted = [" ".join(h.split()) for h in headings if h.strip()]
    found: list[Section] = []
    prev_blank = True
    for offset, line in _lines(text):
        probe = " ".join(line.split())
        if not probe:
            prev_blank = True
            continue
        if wanted and probe == wanted[0]:
            wanted.pop(0)
            found.append(Section(start=offset, title=_title(probe)))
        elif AGENDA.fullmatch(probe) or (numbered and prev_blank and NUMBERED.fullmatch(probe)):
            found.append(Section(start=offset, title=_title(probe)))
        prev_blank = False
    return found
