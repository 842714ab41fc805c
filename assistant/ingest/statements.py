"""The units an extractive answer may quote: sentences, a lead-in with its list, never boilerplate.

Why a unit is not just a sentence: a lead-in that ends in ":" ("… ud fra følgende kriterier:") says
nothing without the list after it, and a bullet cut from its lead-in ("- 1.") says nothing either, so
the two travel together. Why some lines are never units: signatures, bylines, headlines, dates and
"Kilde:" lines are true text of the document, but quoting one as an answer is noise that looks like
evidence. They stay in the document and in chunks (retrieval may still use their words); they are only
never offered as statements.

Units are computed once per document at ingest, embedded there, and stored with the snapshot, so the
answer path scores them with a dot product instead of running the model on every candidate sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.ingest.spans import Span, paragraph_spans, sentence_spans
from assistant.text import DANISH_MONTHS

MAX_UNIT_CHARS = 900  # a lead-in carries its list up to this length
_LIST_ITEM = re.compile(r"^\s*(?:[-•*–]\s+|\d{1,2}[.)]\s+|[a-h][.)]\s+)")
# Lines that are metadata or furniture of a page, e-mail or article, in Danish and English.
_BOILERPLATE = re.compile(
    r"^\s*(?:"
    r"kilder?\s*:|sources?\s*:|"  # source lines of the background notes
    r"(?:med\s+)?venlig(?:st)?\s+hilsen\b|mvh\b|best regards\b|kind regards\b|regards,|"  # signatures
    r"indslag af\b|skrevet af\b|af\s*:|foto\s*:|redigeret af\b|by\s*:|"  # bylines
    r"læs (?:også|mere)\b|del (?:på|artiklen)\b|tilbage til\b|spring til\b|print\b|"  # navigation
    r"se (?:mailen|videoen|billederne|dokumentet)\b|"
    r"kære\s+\w+[.,!]?\s*$|"  # salutations: "Kære medarbejdere."
    r"(?:tlf|telefon|mobil|e-?mail|mail|kontakt|date|dato|sidst opdateret|publiceret)\.?\s*:"  # contact, dates
    r")",
    re.I,
)
_CONTACT_FIELD = re.compile(r"\b(?:mob|mobil|tlf|telefon|phone|e-?mail|mail)\.?\s*:\s*\S", re.I)
_MONTHS = "|".join(DANISH_MONTHS)
_DATE_LINE = re.compile(rf"^\(?\s*\d{{1,2}}\.\s*(?:{_MONTHS})\s+\d{{4}}[\d:\s.)]*$", re.I)
_HEADLINE_PREFIX = re.compile(r"^[A-ZÆØÅ]{2,}(?:\s+[A-ZÆØÅ]{2,})*\s*:")  # "SE MAILEN: …"
_END_PUNCT = re.compile(r"[.!?…:;\"”»)]\s*$")


@dataclass(frozen=True)
class Unit:
    """A quotable span of a document, with the row of the chunk it starts in."""

    start: int
    end: int
    chunk_row: int


# A table row as ingest writes it (assistant.ingest.tables): two or more "kolonne: værdi" pairs.
TABLE_ROW = re.compile(r"[^;:]{1,80}: [^;]{1,200}(?:; [^;:]{1,80}: [^;]{1,200})+")


def is_boilerplate(text: str, title: str = "") -> bool:
    """True for lines an answer must never present as a statement (see the module docstring)."""
    line = " ".join(text.split())
    if not line:
        return True
    if _BOILERPLATE.match(line) or _DATE_LINE.match(line) or _HEADLINE_PREFIX.match(line):
        return True
    if _CONTACT_FIELD.search(line):
        return True  # "Poul Anthoniussen, adm. direktør, …, mob: [TELEFON], mail: [E-MAIL]": a contact block
    if title and line.rstrip(" .") == " ".join(title.split()).rstrip(" ."):
        return True  # the headline repeated as the body's first line
    if TABLE_ROW.fullmatch(line):
        return False  # a table row ("Post: Aflastning; Budget 2025: 3.785") answers a question about a cell
    words = re.findall(r"[^\W\d_]+", line)
    if len(words) < 4 and not re.search(r"\d", line):
        return True  # "Odense Kommune", "Familie og Velfærd", "XXX": names and furniture, not statements
    # A heading: one line, no closing punctuation, short. A lead-in ends in ":" and is kept.
    return "\n" not in text.strip() and not _END_PUNCT.search(line) and len(line) < 90 and len(words) < 12


def _lines(text: str, span: Span) -> list[Span]:
    """Split a sentence at line breaks that start a new line of its own ("Date: …\nSidste sommer …").

    A break followed by a lower-case word is a wrapped sentence and stays joined.
    """
    out: list[Span] = []
    start = span.start
    for match in re.finditer(r"\n\s*", text[span.start : span.end]):
        cut = span.start + match.end()
        if cut < span.end and not text[cut].islower():
            piece = text[start : span.start + match.start()].strip()
            if piece:
                lead = text.index(piece[0], start)
                out.append(Span(lead, lead + len(piece)))
            start = cut
    tail = text[start : span.end].strip()
    if tail:
        lead = text.index(tail[0], start)
        out.append(Span(lead, lead + len(tail)))
    return out


def _is_list_start(text: str, span: Span) -> bool:
    return bool(_LIST_ITEM.match(text[span.start : span.end]))


def document_units(text: str, title: str = "") -> list[Span]:
    """Quotable spans of a whole document, in order: sentences, lead-ins merged with their lists."""
    sentences: list[Span] = []
    for para in paragraph_spans(text):
        for sent in sentence_spans(text, para.start, para.end):
            sentences.extend(_lines(text, sent))
    units: list[Span] = []
    i = 0
    while i < len(sentences):
        span = sentences[i]
        i += 1
        body = text[span.start : span.end]
        if body.rstrip().endswith(":") and i < len(sentences):
            # A lead-in takes the list (bullets) after it, or else the one paragraph that follows.
            end = span.end
            first = True
            while i < len(sentences) and sentences[i].end - span.start <= MAX_UNIT_CHARS:
                nxt = sentences[i]
                if not (first or _is_list_start(text, nxt)):
                    break
                end = nxt.end
                i += 1
                if first and not _is_list_start(text, nxt):
                    break  # a following paragraph, not a list: one is enough
                first = False
            span = Span(span.start, end)
        elif _is_list_start(text, span) and units and text[units[-1].start : units[-1].end].rstrip().endswith(":"):
            continue  # already carried by its lead-in
        if not is_boilerplate(text[span.start : span.end], title):
            units.append(span)
    return units


def assign_chunks(units: Sequence[Span], chunk_bounds: Sequence[tuple[int, int, int]]) -> list[Unit]:
    """Give each unit the row of the chunk its start falls in; ``chunk_bounds`` is (row, start, end) sorted."""
    out: list[Unit] = []
    j = 0
    for span in units:
        while j < len(chunk_bounds) and chunk_bounds[j][2] <= span.start:
            j += 1
        if j == len(chunk_bounds):
            break
        row, c_start, _ = chunk_bounds[j]
        if span.start >= c_start:
            out.append(Unit(span.start, span.end, row))
    return out
