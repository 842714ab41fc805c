"""Danish-aware chunking on paragraph and sentence boundaries.

Chunks are exact spans of the document text (``text[start:end]``), so every quote an answer shows can
be checked against its source. Sentence splitting knows Danish abbreviations ("ca.", "kr.", "mio.",
"pr.", "f.eks.") and ordinal dates ("1. september"), which naive splitters cut in half.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from assistant.aboutness import chunk_about
from assistant.models import Chunk, Document

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


def chunk_spans(
    text: str, max_chars: int = 700, min_chars: int = 200, boundaries: Sequence[int] = ()
) -> list[Span]:
    """Greedy packing of sentences into chunks; a paragraph end is the preferred place to cut.

    ``boundaries`` are offsets no chunk may cross (the end of each sourced fact of a background note), so
    every chunk of a note has at most one source.
    """
    cuts = sorted(boundaries)
    sentences: list[tuple[Span, bool]] = []  # (sentence, ends a paragraph)
    for para in paragraph_spans(text):
        sents = sentence_spans(text, para.start, para.end)
        sentences.extend((s, i == len(sents) - 1) for i, s in enumerate(sents))
    chunks: list[Span] = []
    cur_start: int | None = None
    cur_end = 0
    for sent, para_end in sentences:
        if cur_start is not None and any(cur_start < b <= sent.start for b in cuts):
            chunks.append(Span(cur_start, cur_end))
            cur_start = None
        if cur_start is not None and sent.end - cur_start > max_chars and cur_end - cur_start >= 1:
            chunks.append(Span(cur_start, cur_end))
            cur_start = None
        if cur_start is None:
            cur_start = sent.start
        cur_end = sent.end
        if para_end and cur_end - cur_start >= min_chars:
            chunks.append(Span(cur_start, cur_end))
            cur_start = None
    if cur_start is not None:
        chunks.append(Span(cur_start, cur_end))
    return chunks


def chunk_document(doc: Document, max_chars: int = 700) -> list[Chunk]:
    """Chunks with ids, offsets and the municipalities each chunk is about."""
    doc_munis = doc.meta.all_municipalities()
    last_named: list[str] = doc_munis[:1]
    chunks: list[Chunk] = []
    # A chunk never runs across a fact's end or into the next section (agenda item, heading).
    cuts = [f.end for f in doc.facts] + [s.start for s in doc.sections]
    for i, span in enumerate(chunk_spans(doc.text, max_chars=max_chars, boundaries=cuts)):
        body = doc.text[span.start : span.end]
        # A one-municipality text keeps talking about its municipality; a multi-municipality text
        # about the one it named last.
        context = doc_munis if len(doc_munis) <= 1 else last_named
        tags = chunk_about(body, context, in_fact=doc.fact_at(span.start) is not None)
        if tags and len(doc_munis) > 1:
            last_named = tags[-1:]
        first, last = doc.page_at(span.start), doc.page_at(span.end - 1)
        chunks.append(
            Chunk(
                chunk_id=f"{doc.meta.id}:{doc.content_hash[:10]}:{i:04d}",
                doc_id=doc.meta.id,
                text=body,
                start=span.start,
                end=span.end,
                municipalities=tags,
                title=doc.meta.title,
                date=doc.meta.date,
                source_type=doc.meta.source_type,
                page_start=first.page if first else None,
                page_end=last.page if last else None,
                ocr=any(m.ocr for m in doc.pages if first and last and first.page <= m.page <= last.page),
                section=_section_of(doc, span),
            )
        )
    return chunks


def _section_of(doc: Document, span: Span) -> str:
    """The section a chunk sits in; a chunk that starts with its heading belongs to that heading."""
    return doc.section_at(span.start) if doc.sections else ""
