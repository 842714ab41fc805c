"""The knowledge index: a Chroma collection plus an immutable snapshot (documents, chunks, BM25).

Why snapshots: an ingest writes a complete new snapshot directory and then swaps one small pointer
file (``CURRENT``) with an atomic rename. A crash at any point leaves the previous snapshot current,
readers never see half an index, and the BM25 side and the chunk table can never disagree. Chroma is
filtered through the snapshot's chunk ids, so vectors written by a crashed ingest are simply invisible
until ``doctor`` removes them.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import bm25s
import pandas as pd
from filelock import FileLock, Timeout

from assistant.config import Settings
from assistant.errors import LockedError, StoreError
from assistant.index.embeddings import Embedder, embedder_slug, get_embedder
from assistant.index.statement_store import StatementTable, build_statements
from assistant.index.store import ChromaStore, VectorStore, chunk_metadata
from assistant.index.term_bridge import TermBridge, build_bridge
from assistant.ingest.chunk_table import chunk_from_row, chunks_frame, lexical_text
from assistant.ingest.chunking import chunk_document
from assistant.logs import get_logger
from assistant.models import Chunk, Document
from assistant.text import stems

KEEP_SNAPSHOTS = 3
Progress = Callable[[str, float], None]
LOCKED_MESSAGE = "another ingest is running on this index; try again when it has finished"
log = get_logger("index")
# Opening Chroma (and loading a model) is not safe from two threads at once; app sessions are threads.
_OPEN_LOCK = threading.Lock()


@dataclass
class Snapshot:
    """One consistent state of the index, loaded read-only."""

    name: str
    docs: dict[str, Document]
    chunks: pd.DataFrame  # one row per chunk, in BM25 row order
    bm25: bm25s.BM25 | None
    row_of: dict[str, int] = field(default_factory=dict)
    statements: StatementTable | None = None  # quotable units with vectors; None in snapshots from before them
    bridge: TermBridge | None = None  # corpus words with vectors for English questions; None before it existed
    _folded: dict[str, str] | None = field(default=None, repr=False)
    _covered: frozenset[str] | None = field(default=None, repr=False)
    _own_docs: dict[str, frozenset[str]] | None = field(default=None, repr=False)

    @property
    def size(self) -> int:
        return len(self.chunks)

    def vocabulary(self) -> dict[str, str]:
        """ASCII-folded form -> BM25 term ("raadgiv" -> "rådgiv"), built once per snapshot for typo repair."""
        if self._folded is None:
            from assistant.municipalities import fold

            terms = self.bm25.vocab_dict if self.bm25 is not None else {}
            self._folded = {}
            for term in sorted(terms):  # sorted: the vocabulary's own order differs between processes
                self._folded.setdefault(fold(term), term)
        return self._folded

    def covered_municipalities(self) -> frozenset[str]:
        """Municipalities some document or chunk is about; computed once per snapshot (hot path of ask)."""
        if self._covered is None:
            names = {m for d in self.docs.values() for m in d.meta.all_municipalities()}
            names |= {m for s in self.chunks["municipalities"].unique() for m in s.split("|") if m}
            self._covered = frozenset(names)
        return self._covered

    def documents_of(self, names: frozenset[str]) -> frozenset[str]:
        """Ids of the documents whose own municipality (front matter) is one of ``names``."""
        if self._own_docs is None:
            own: dict[str, set[str]] = {}
            for doc_id, doc in self.docs.items():
                for name in doc.meta.all_municipalities():
                    own.setdefault(name, set()).add(doc_id)
            self._own_docs = {name: frozenset(ids) for name, ids in own.items()}
        return frozenset().union(*(self._own_docs.get(n, frozenset()) for n in names))

    def document_frequency(self, term: str) -> int:
        """How many chunks use a stemmed term (0 when none does)."""
        if self.bm25 is None:
            return 0
        tid = self.bm25.vocab_dict.get(term)
        if tid is None:
            return 0
        indptr = self.bm25.scores["indptr"]
        return int(indptr[tid + 1] - indptr[tid])

    def idf(self, term: str) -> float | None:
        """BM25's idf for a stemmed term; None when the corpus never uses it."""
        df = self.document_frequency(term)
        if df == 0:
            return None
        return math.log(1 + (max(1, self.size) - df + 0.5) / (df + 0.5))

    def chunk(self, row: int) -> Chunk:
        rec = self.chunks.iloc[row]
        return chunk_from_row(rec, self.docs[rec.doc_id].meta.date)


def build_bm25(texts: Sequence[str]) -> bm25s.BM25 | None:
    """BM25 over Danish-stemmed terms; None for an empty corpus."""
    if not texts:
        return None
    corpus_tokens = [stems(t) or ["_"] for t in texts]
    retriever = bm25s.BM25()
    retriever.index(corpus_tokens, show_progress=False)
    return retriever


class KnowledgeIndex:
    """Reads the current snapshot and applies changes (add/replace/remove documents) atomically."""

    def __init__(self, settings: Settings, store: VectorStore | None = None, embedder: Embedder | None = None):
        self.settings = settings
        self.root = Path(settings.data_dir)
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the data directory {self.root}: {exc.strerror}") from None
        self._embedder = embedder
        self._store = store
        self._snapshot: Snapshot | None = None
        self._pinned = threading.local()

    # -- resources -----------------------------------------------------------------------------
    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            with _OPEN_LOCK:
                if self._embedder is None:
                    self._embedder = get_embedder(self.settings.embedder, self.settings.embed_threads)
        return self._embedder

    @property
    def store(self) -> VectorStore:
        if self._store is None:
            with _OPEN_LOCK:
                if self._store is None:
                    name = f"{self.settings.collection_prefix}_{embedder_slug(self.settings.embedder)}"
                    self._store = ChromaStore(name, path=self.root / "chroma", url=self.settings.chroma_url)
        return self._store

    @property
    def _current_file(self) -> Path:
        return self.root / "CURRENT"

    @property
    def _snapshots_dir(self) -> Path:
        return self.root / "snapshots"

    # -- reading -------------------------------------------------------------------------------
    def exists(self) -> bool:
        return self._current_file.exists()

    def snapshot(self) -> Snapshot:
        """The current snapshot, reloaded when another process has swapped in a new one.

        The pointer's content, not its mtime, decides: two swaps within one clock tick must not
        leave a reader on the older one. Inside ``pinned()`` the thread keeps the snapshot it started with.
        """
        pinned: Snapshot | None = getattr(self._pinned, "snapshot", None)
        if pinned is not None:
            return pinned
        try:
            name = self._current_file.read_text().strip() or "empty"
        except FileNotFoundError:
            name = "empty"
        snap = self._snapshot
        if snap is None or snap.name != name:
            snap = self._load(None if name == "empty" else name)
            self._snapshot = snap
        return snap

    @contextmanager
    def pinned(self) -> Iterator[Snapshot]:
        """Make ``snapshot()`` return one snapshot in this thread for the block (one answer, one index)."""
        outer = getattr(self._pinned, "snapshot", None)
        snap = self.snapshot()
        self._pinned.snapshot = snap
        try:
            yield snap
        finally:
            self._pinned.snapshot = outer

    def _load(self, name: str | None) -> Snapshot:
        if not name:
            return Snapshot("empty", {}, chunks_frame([]), None)
        folder = self._snapshots_dir / name
        try:
            docs_raw = json.loads((folder / "docs.json").read_text(encoding="utf-8"))
            docs = {d["meta"]["id"]: Document.model_validate(d) for d in docs_raw}
            chunks = pd.read_parquet(folder / "chunks.parquet")
            bm25 = bm25s.BM25.load(str(folder / "bm25")) if (folder / "bm25").exists() else None
        except (OSError, ValueError, KeyError) as exc:
            raise StoreError(f"the index snapshot {folder} is unreadable ({exc}); run `assistant doctor`") from None
        statements, bridge = StatementTable.load(folder, len(chunks)), TermBridge.load(folder)
        snap = Snapshot(name, docs, chunks, bm25, statements=statements, bridge=bridge)
        snap.row_of = {cid: i for i, cid in enumerate(chunks["chunk_id"])}
        return snap

    def documents(self) -> list[Document]:
        return sorted(self.snapshot().docs.values(), key=lambda d: d.meta.id)

    # -- writing -------------------------------------------------------------------------------
    def lock(self) -> FileLock:
        return FileLock(str(self.root / "ingest.lock"), timeout=1)

    def apply(
        self,
        add: Sequence[Document] = (),
        remove: Sequence[str] = (),
        progress: Progress | None = None,
        replace_all: bool = False,
    ) -> dict[str, list[str]]:
        """Add/replace documents and remove ids in one atomic step; returns what changed."""
        try:
            with self.lock():
                return self._apply_locked(add, remove, progress, replace_all)
        except Timeout:
            log.warning("ingest refused: the index is locked by another process")
            raise LockedError(LOCKED_MESSAGE) from None

    def _apply_locked(
        self, add: Sequence[Document], remove: Sequence[str], progress: Progress | None, replace_all: bool
    ) -> dict[str, list[str]]:
        report: dict[str, list[str]] = {"added": [], "replaced": [], "unchanged": [], "removed": []}
        old = self.snapshot()
        docs = {} if replace_all else dict(old.docs)
        for doc_id in remove:
            if docs.pop(doc_id, None) is not None:
                report["removed"].append(doc_id)
        for doc in add:
            prev = docs.get(doc.meta.id)
            if prev is not None and prev.content_hash == doc.content_hash:
                report["unchanged"].append(doc.meta.id)
                continue
            report["replaced" if prev is not None or doc.meta.id in old.docs else "added"].append(doc.meta.id)
            docs[doc.meta.id] = doc
        if replace_all:
            report["removed"] = sorted(set(old.docs) - set(docs))
        if not (report["added"] or report["replaced"] or report["removed"]) and old.name != "empty":
            return report

        chunks: list[Chunk] = []
        for doc in sorted(docs.values(), key=lambda d: d.meta.id):
            chunks.extend(chunk_document(doc, max_chars=self.settings.chunk_chars))
        self._ensure_vectors(chunks, progress)
        frame = chunks_frame(chunks)
        statements = build_statements(
            docs, frame, self.embedder.embed_passages, self.settings.embedder, old.statements,
            progress=lambda done, todo: progress("embedding", 0.85 + 0.05 * done / max(1, todo)) if progress else None,
        )  # fmt: skip
        bridge = build_bridge(
            (d.text for d in docs.values()), self.embedder.embed_passages, self.settings.embedder, old.bridge
        )
        if progress:
            progress("bm25", 0.9)
        name = self._write_snapshot(docs, chunks, frame, statements, bridge)
        self._swap(name)
        log.info("snapshot %s is current: %d documents, %d chunks", name, len(docs), len(chunks))
        stale = sorted(set(old.row_of) - {c.chunk_id for c in chunks})
        if stale:
            self.store.delete(stale)
        self._gc()
        if progress:
            progress("done", 1.0)
        return report

    def _ensure_vectors(self, chunks: Sequence[Chunk], progress: Progress | None) -> None:
        """Embed and upsert only the chunks the store does not hold yet (ids carry the content hash)."""
        ids = [c.chunk_id for c in chunks]
        have = self.store.existing(ids) if ids else set()
        todo = [c for c in chunks if c.chunk_id not in have]
        batch = 64
        for start in range(0, len(todo), batch):
            part = todo[start : start + batch]
            vectors = self.embedder.embed_passages([c.embedding_text() for c in part])
            metas = [
                chunk_metadata(c.doc_id, c.date.year if c.date else None, c.source_type, c.municipalities)
                for c in part
            ]
            self.store.upsert([c.chunk_id for c in part], vectors, metas)
            log.info("embedded %d/%d chunks", start + len(part), len(todo))
            if progress:
                progress("embedding", 0.85 * min(1.0, (start + len(part)) / max(1, len(todo))))

    def _write_snapshot(
        self,
        docs: dict[str, Document],
        chunks: Sequence[Chunk],
        frame: pd.DataFrame,
        statements: StatementTable,
        bridge: TermBridge,
    ) -> str:
        name = f"{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}"
        tmp = self._snapshots_dir / f".tmp-{name}"
        tmp.mkdir(parents=True)
        payload = [d.model_dump(mode="json") for d in sorted(docs.values(), key=lambda d: d.meta.id)]
        (tmp / "docs.json").write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
        frame.to_parquet(tmp / "chunks.parquet", index=False)
        statements.save(tmp)
        bridge.save(tmp)
        bm25 = build_bm25([lexical_text(c) for c in chunks])
        if bm25 is not None:
            bm25.save(str(tmp / "bm25"))
        _fsync_dir(tmp)
        os.replace(tmp, self._snapshots_dir / name)
        return name

    def _swap(self, name: str) -> None:
        tmp = self.root / f".CURRENT.{uuid.uuid4().hex[:6]}"
        with open(tmp, "w") as fh:
            fh.write(name)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self._current_file)

    def _gc(self) -> None:
        if not self._snapshots_dir.is_dir():
            return
        current = self._current_file.read_text().strip() if self._current_file.exists() else ""
        folders = sorted((p for p in self._snapshots_dir.iterdir() if p.is_dir()), key=lambda p: p.name)
        for folder in folders:
            if folder.name.startswith(".tmp-"):
                shutil.rmtree(folder, ignore_errors=True)
        keep = [p for p in folders if not p.name.startswith(".tmp-")][-KEEP_SNAPSHOTS:]
        for folder in folders:
            if folder not in keep and folder.name != current and folder.exists():
                shutil.rmtree(folder, ignore_errors=True)

    # -- repair --------------------------------------------------------------------------------
    def check(self, repair: bool = False) -> dict[str, int]:
        """Compare Chroma with the snapshot; with ``repair``, embed what is missing and drop orphans.

        A repair compares under the ingest lock: vectors a running ingest has written but not yet
        published look like orphans, and deleting them would break that ingest's snapshot.
        """
        if not repair:
            return self._compare()[0]
        try:
            with self.lock():
                found, snap, missing, orphans = self._compare()
                if missing:
                    rows = [snap.row_of[c] for c in sorted(missing)]
                    self._ensure_vectors([snap.chunk(r) for r in rows], None)
                if orphans:
                    self.store.delete(sorted(orphans))
                self._gc()
        except Timeout:
            raise LockedError(LOCKED_MESSAGE) from None
        if missing or orphans:
            log.warning("repaired the index: %s", found)
        return found

    def _compare(self) -> tuple[dict[str, int], Snapshot, set[str], set[str]]:
        snap = self.snapshot()
        expected = set(snap.row_of)
        present = self.store.all_ids()
        missing = expected - present
        orphans = present - expected
        found = {"chunks": len(expected), "missing_vectors": len(missing), "orphan_vectors": len(orphans)}
        return found, snap, missing, orphans

    def vectors_complete(self) -> bool:
        """Cheap start-up check: does the store hold at least as many vectors as the snapshot has chunks?"""
        return self.store.count() >= self.snapshot().size


def _fsync_dir(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            with open(path, "rb") as fh:
                os.fsync(fh.fileno())
