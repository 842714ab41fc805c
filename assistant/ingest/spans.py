"""Sentence and paragraph spans of a text, Danish-aware.

Spans are offsets into the text, never copies, so a quote built from them is the source's own words.
Sentence splitting knows Danish abbreviations ("ca.", "kr.", "mio.", "pr.", "f.eks.") and ordinal dates
("1. september"), which naive splitters cut in half. Chunking, statements and comparisons all split
with these, which is why they sit below all three.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

ABBREVIATIONS = {
    "ca", "kr", "mio", "mia", "pr", "nr", "jf", "bl.a", "f.eks", "m.m", "mv", "m.v", "dvs", "evt", "inkl",
    "ekskl", "iflg", "ift", "vedr", "st", "tlf", "pct", "osv", "etc", "e.g", "i.e", "mr", "dr", "hhv",
    "bla", "feks", "kl", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec",
    "vs", "ang", "mht", "gl", "ex", "no",
}
_SENT_END = re.compile(r"[.!?…]+[\"'”’»)]*\s+|\n\s*\n|\n(?=\s*[-•*]\s)|\n(?=\s*\d+\.\s)")
_PARA = re.compile(r"\n\s*\n")
LOOK_BACK = 400  # characters before a full stop searched for the word it ends


@dataclass(frozen=True)
class Span:
    """A half-open character range of the document."""

    start: int
    end: int


def _is_false_break(text: str, end_of_punct: int, next_start: int) -> bool:
    """A period that ends an abbreviation, an ordinal or a number is not a sentence end."""
    # Only the last words matter; searching the whole prefix made long documents quadratic.
    window = max(0, end_of_punct - LOOK_BACK)
    before = text[window:end_of_punct].rstrip(".!?…\"'”’») ")
    word = re.search(r"([\w.]+)$", before)
    after = text[next_start : next_start + 1]
    if text[end_of_punct - 1 : end_of_punct] in "\n":
        return False
    if word:
        token = word.group(1).lower().rstrip(".")
        # "- 1. Sikker drift": the number of a list item at the start of its line, not a sentence end
        word_start = window + word.start(1)
        line_start = text.rfind("\n", 0, word_start) + 1
        if token.isdigit() and not text[line_start:word_start].strip(" \t-•*–"):
            return True
        if token in ABBREVIATIONS:
            return True
        # "1. september", "27. november", "3. kvartal": an ordinal followed by a lower-case word
        if token.isdigit() and after.islower():
            return True
        # single initials ("K. Jensen")
        if len(token) == 1 and token.isalpha() and after.isupper():
            return True
    return bool(after and after.islower())


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of ``text[start:end]`` as exact, whitespace-trimmed spans."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    cursor = start
    for match in _SENT_END.finditer(text, start, end):
        if "\n" not in match.group(0) and _is_false_break(text, match.start() + 1, match.end()):
            continue
        cut = match.end()
        spans.extend(_trimmed(text, cursor, cut))
        cursor = cut
    spans.extend(_trimmed(text, cursor, end))
    return spans


def _trimmed(text: str, start: int, end: int) -> Iterator[Span]:
    segment = text[start:end]
    stripped = segment.strip()
    if stripped:
        lead = len(segment) - len(segment.lstrip())
        yield Span(start + lead, start + lead + len(stripped))


def paragraph_spans(text: str) -> list[Span]:
    """Blank-line separated paragraphs as trimmed spans."""
    spans: list[Span] = []
    cursor = 0
    for match in _PARA.finditer(text):
        spans.extend(_trimmed(text, cursor, match.start()))
        cursor = match.end()
    spans.extend(_trimmed(text, cursor, len(text)))
    return spans
