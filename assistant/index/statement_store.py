"""Quotable units of every chunk with their e5 vectors, stored beside the snapshot they belong to.

Why at ingest: scoring a candidate sentence by meaning needs its embedding, and embedding 30-60
sentences per question on two CPU cores would cost a second; a stored float16 matrix makes it a dot
product. Why beside the snapshot and not in Chroma: the units are tied to one snapshot's chunk rows,
and a snapshot is swapped atomically, so the answer path can never pair a unit with the wrong chunk.
Unchanged units keep their vectors from the previous snapshot (keyed by their text), so re-ingesting
one document embeds only that document's sentences.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from assistant.ingest.statements import assign_chunks, document_units
from assistant.models import Document

FRAME_FILE = "statements.parquet"
VECTOR_FILE = "statement_vectors.npy"
META_FILE = "statements.json"
EmbedFn = Callable[[Sequence[str]], np.ndarray]


@dataclass
class StatementTable:
    """Units sorted by chunk row; ``offsets[row]:offsets[row + 1]`` are the units of chunk ``row``."""

    frame: pd.DataFrame  # doc_id, chunk_row, start, end, text
    vectors: np.ndarray  # (n, dim) float16, L2-normalised; (n, 0) when the store has no vectors
    offsets: np.ndarray
    embedder: str  # vectors of one model mean nothing to another
    background: np.ndarray | None = field(default=None, repr=False)  # sample for background_similarity

    @classmethod
    def create(cls, frame: pd.DataFrame, vectors: np.ndarray, n_chunks: int, embedder: str) -> StatementTable:
        rows = frame["chunk_row"].to_numpy(dtype=np.int64) if len(frame) else np.zeros(0, dtype=np.int64)
        offsets = np.searchsorted(rows, np.arange(n_chunks + 1), side="left")
        return cls(frame.reset_index(drop=True), vectors, offsets, embedder)

    def rows_of(self, chunk_row: int) -> range:
        if chunk_row + 1 >= len(self.offsets):
            return range(0)
        return range(int(self.offsets[chunk_row]), int(self.offsets[chunk_row + 1]))

    def similarities(self, units: Sequence[int], query: np.ndarray | None) -> np.ndarray:
        """Cosine of each unit with the query; zeros when either side has no vector."""
        if query is None or self.vectors.shape[1] == 0 or not units:
            return np.zeros(len(units), dtype=np.float32)
        mat = np.asarray(self.vectors[list(units)], dtype=np.float32)
        return mat @ np.asarray(query, dtype=np.float32)

    def save(self, folder: Path) -> None:
        self.frame.to_parquet(folder / FRAME_FILE, index=False)
        np.save(folder / VECTOR_FILE, self.vectors)
        (folder / META_FILE).write_text(json.dumps({"embedder": self.embedder}), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path, n_chunks: int) -> StatementTable | None:
        """None for a snapshot written before units were stored (answers then score by words only)."""
        if not (folder / FRAME_FILE).exists() or not (folder / VECTOR_FILE).exists():
            return None
        frame = pd.read_parquet(folder / FRAME_FILE)
        vectors = np.load(folder / VECTOR_FILE, mmap_mode="r")
        meta = json.loads((folder / META_FILE).read_text(encoding="utf-8")) if (folder / META_FILE).exists() else {}
        return cls.create(frame, vectors, n_chunks, str(meta.get("embedder", "")))


def build_statements(
    docs: dict[str, Document],
    chunks: pd.DataFrame,
    embed: EmbedFn,
    embedder: str,
    previous: StatementTable | None = None,
    batch: int = 64,
    progress: Callable[[int, int], None] | None = None,
) -> StatementTable:
    """Units of every document, assigned to its chunks, embedded where the previous snapshot has no vector."""
    records: list[tuple[str, int, int, int, str]] = []
    for doc_id, part in chunks.groupby("doc_id", sort=False):
        doc = docs[str(doc_id)]
        bounds = sorted(zip(part.index.tolist(), part["start"].tolist(), part["end"].tolist(), strict=True),
                        key=lambda b: b[1])  # fmt: skip
        for unit in assign_chunks(document_units(doc.text, doc.meta.title), bounds):
            records.append((str(doc_id), unit.chunk_row, unit.start, unit.end, doc.text[unit.start : unit.end]))
    records.sort(key=lambda r: (r[1], r[2]))
    frame = pd.DataFrame(records, columns=["doc_id", "chunk_row", "start", "end", "text"])
    texts = frame["text"].tolist()
    known: dict[str, int] = {}
    if previous is not None and previous.embedder != embedder:
        previous = None
    if previous is not None and previous.vectors.shape[1]:
        known = {t: i for i, t in enumerate(previous.frame["text"].tolist())}
    kept = previous.vectors if previous is not None else None
    # Each distinct text is embedded once: minutes repeat their stock sentences on every page.
    vectors, _ = embed_missing(
        texts, embed, lambda t: kept[known[t]] if kept is not None and t in known else None, batch, progress
    )
    return StatementTable.create(frame, vectors, len(chunks), embedder)


def embed_missing(
    texts: Sequence[str],
    embed: EmbedFn,
    kept: Callable[[str], np.ndarray | None],
    batch: int,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """One float16 row per text: the vector ``kept`` already has for it, else a new one (each distinct
    text embedded once, in batches). Also returns the new vectors. Shared by the statement table and the
    term bridge, which both keep what the previous snapshot embedded."""
    todo = list(dict.fromkeys(t for t in texts if kept(t) is None))
    fresh: dict[str, np.ndarray] = {}
    for start in range(0, len(todo), batch):
        part = todo[start : start + batch]
        fresh.update(zip(part, embed(part), strict=True))
        if progress:
            progress(start + len(part), len(todo))
    first = next(iter(fresh.values()), None)
    if first is None and texts:
        first = kept(texts[0])
    vectors = np.zeros((len(texts), 0 if first is None else len(first)), dtype=np.float16)
    for i, text in enumerate(texts):
        vectors[i] = fresh[text] if text in fresh else kept(text)
    return vectors, fresh


def background_similarity(table: StatementTable, query: np.ndarray | None, sample: int = 2048) -> float:
    """Median cosine of the query with an even sample of all units: how similar "anything" looks.

    e5 similarities are compressed and shift with the question (short English questions score lower
    against everything); the best unit's lead over this background is comparable across questions.
    """
    if query is None or table.vectors.shape[1] == 0 or len(table.frame) == 0:
        return 0.0
    if table.background is None:
        step = max(1, len(table.frame) // sample)
        table.background = np.asarray(table.vectors[::step][:sample], dtype=np.float32)
    return float(np.median(table.background @ np.asarray(query, dtype=np.float32)))
