"""Danish-aware chunking on paragraph and sentence boundaries (``spans``).

Chunks are exact spans of the document text (``text[start:end]``), so every quote an answer shows can
be checked against its source.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.ingest.aboutness import chunk_about
from assistant.ingest.spans import Span, paragraph_spans, sentence_spans
from assistant.models import Chunk, Document


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
    lead_in: Span | None = None  # the chunk's last sentence, when it ends in ":" and so opens a list
    before_lead_in = 0
    for sent, para_end in sentences:
        if cur_start is not None and any(cur_start < b <= sent.start for b in cuts):
            chunks.append(Span(cur_start, cur_end))
            cur_start = None
        if cur_start is not None and sent.end - cur_start > max_chars and cur_end - cur_start >= 1:
            if lead_in is not None and lead_in.start > cur_start:
                # The list would open the next chunk without the words that say what it lists
                # ("ud fra kriterierne:"): the lead-in moves on with its items.
                chunks.append(Span(cur_start, before_lead_in))
                cur_start = lead_in.start
            else:
                chunks.append(Span(cur_start, cur_end))
                cur_start = None
        if cur_start is None:
            cur_start = sent.start
        if text[sent.start : sent.end].rstrip().endswith(":"):
            lead_in, before_lead_in = sent, cur_end if cur_end > cur_start else sent.start
        else:
            lead_in = None
        cur_end = sent.end
        if para_end and cur_end - cur_start >= min_chars and lead_in is None:
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
