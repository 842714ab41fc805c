"""The chunk table of a snapshot: chunks as rows (parquet) and back, and what BM25 reads of a chunk.

Page range, OCR mark and section are columns of their own; a snapshot written before they existed has
no such columns, and its chunks read back without pages rather than failing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pandas as pd

from assistant.models import Chunk


def chunks_frame(chunks: Sequence[Chunk]) -> pd.DataFrame:
    """One row per chunk, in the order given (the BM25 row order)."""
    return pd.DataFrame(
        {
            "chunk_id": [c.chunk_id for c in chunks],
            "doc_id": [c.doc_id for c in chunks],
            "text": [c.text for c in chunks],
            "start": [c.start for c in chunks],
            "end": [c.end for c in chunks],
            "municipalities": ["|".join(c.municipalities) for c in chunks],
            "title": [c.title for c in chunks],
            "year": [c.date.year if c.date else 0 for c in chunks],
            "source_type": [c.source_type for c in chunks],
            "page_start": [c.page_start or 0 for c in chunks],
            "page_end": [c.page_end or 0 for c in chunks],
            "ocr": [c.ocr for c in chunks],
            "section": [c.section for c in chunks],
        }
    )


def _page(rec: pd.Series, column: str) -> int | None:
    value = getattr(rec, column, 0)
    return int(value) if value and not pd.isna(value) else None


def chunk_from_row(rec: pd.Series, date: dt.date | None) -> Chunk:
    """A row of the chunk table as a ``Chunk`` (the date comes from the document's metadata)."""
    return Chunk(
        chunk_id=rec.chunk_id,
        doc_id=rec.doc_id,
        text=rec.text,
        start=int(rec.start),
        end=int(rec.end),
        municipalities=[m for m in rec.municipalities.split("|") if m],
        title=rec.title,
        date=date,
        source_type=rec.source_type,
        page_start=_page(rec, "page_start"),
        page_end=_page(rec, "page_end"),
        ocr=bool(getattr(rec, "ocr", False)),
        section=str(getattr(rec, "section", "") or ""),
    )


def lexical_text(chunk: Chunk) -> str:
    """What BM25 indexes: the chunk, and its section title when it has one (an agenda item's words)."""
    return f"{chunk.section}\n{chunk.text}" if chunk.section else chunk.text
