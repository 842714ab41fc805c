"""Ingesting many files at once: progress, resumable after a crash or Ctrl-C, and a report.

A municipality's archive is hundreds of files, some of them scanned and slow to machine-read. So:

- a file whose bytes (and reading options) are already indexed is *unchanged* without being read again;
- each file read is cached under ``<data dir>/parsed`` until it is published, so a run that is killed
  never reads (or OCRs) that file again;
- what has been read is published (an atomic index snapshot) at least every ``checkpoint_s`` seconds,
  and the vectors of chunks already embedded are never embedded again (their ids carry the text's hash).

The second run after a crash therefore goes on where the first stopped and repeats nothing.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from assistant.config import Settings
from assistant.errors import InputError
from assistant.index.indexer import KnowledgeIndex, Progress
from assistant.ingest import ocr
from assistant.ingest.chunking import chunk_document
from assistant.ingest.originals import store_original
from assistant.ingest.read import MetaOverrides, check_file, collect_paths, read_document
from assistant.logs import get_logger
from assistant.models import Document

log = get_logger("bulk")


@dataclass
class IngestReport:
    """What one ingest run did, file by file: pages read, pages machine-read, pages skipped and why."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    failed: list[dict[str, str]] = field(default_factory=list)
    files: int = 0
    pages: int = 0
    chunks: int = 0
    ocr_pages: dict[str, list[int]] = field(default_factory=dict)
    skipped_pages: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed

    def merge(self, changes: dict[str, list[str]]) -> None:
        for key, items in changes.items():
            getattr(self, key).extend(items)


@dataclass(frozen=True)
class FileProgress:
    """Where a bulk run is: files, pages and chunks so far, and the estimated time left (by bytes)."""

    done: int
    total: int
    pages: int
    chunks: int
    eta_s: float | None
    current: str


OnFile = Callable[[FileProgress], None]


def source_key(name: str, data: bytes, over: MetaOverrides, settings: Settings) -> str:
    """Identity of one reading of a file: its name, bytes, the metadata typed for it and the options."""
    digest = hashlib.sha256()
    digest.update(name.encode() + b"\x00" + data + b"\x00")
    options = {**over.__dict__, "ocr": settings.ocr, "keep": settings.keep_personal_data}
    digest.update(json.dumps(options, sort_keys=True, default=str).encode())
    return digest.hexdigest()


class ParseCache:
    """Documents read but not yet published, by source key; emptied as they are published."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _file(self, key: str) -> Path:
        return self.folder / f"{key[:32]}.json"

    def load(self, key: str) -> Document | None:
        try:
            return Document.model_validate_json(self._file(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None  # absent, or half-written by a killed run: read the file again

    def save(self, key: str, doc: Document) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = self._file(key).with_suffix(".part")
        tmp.write_text(doc.model_dump_json(), encoding="utf-8")
        tmp.replace(self._file(key))

    def drop(self, keys: Sequence[str]) -> None:
        for key in keys:
            self._file(key).unlink(missing_ok=True)


class BulkIngest:
    """One run over files and folders; ``run`` returns the report, publishing as it goes."""

    def __init__(self, index: KnowledgeIndex, settings: Settings, over: MetaOverrides | None = None) -> None:
        self.index = index
        self.settings = settings
        self.over = over or MetaOverrides()
        self.cache = ParseCache(Path(settings.data_dir) / "parsed")
        self.report = IngestReport()
        self._batch: list[Document] = []

    def run(
        self, paths: Sequence[Path], on_file: OnFile | None = None, progress: Progress | None = None
    ) -> IngestReport:
        started = time.monotonic()
        files = collect_paths(list(paths), include_unsupported=True)
        if not files:
            raise InputError("no files found in " + ", ".join(str(p) for p in paths))
        snap = self.index.snapshot() if self.index.exists() else None
        known = {d.source_key: d.meta.id for d in (snap.docs.values() if snap else []) if d.source_key}
        seen_text = {d.text: d.meta.id for d in (snap.docs.values() if snap else [])}
        sizes = [_size(p) for p in files]
        total_bytes, done_bytes = max(1, sum(sizes)), 0
        last_publish = time.monotonic()
        for i, path in enumerate(files):
            self._one(path, known, seen_text)
            done_bytes += sizes[i]
            self.report.files = i + 1
            if on_file:
                elapsed = time.monotonic() - started
                eta = elapsed / done_bytes * (total_bytes - done_bytes) if done_bytes else None
                r = self.report
                on_file(FileProgress(i + 1, len(files), r.pages, r.chunks, eta, str(path)))
            if self._batch and time.monotonic() - last_publish >= self.settings.checkpoint_s:
                self._publish(progress)
                last_publish = time.monotonic()
        self._publish(progress)
        self.report.seconds = round(time.monotonic() - started, 2)
        return self.report

    def _one(self, path: Path, known: dict[str, str], seen_text: dict[str, str]) -> None:
        """Read one file (or find it unchanged); a bad file is reported and the run goes on."""
        try:
            check_file(path, self.settings.max_file_mb)
            data = path.read_bytes()
            key = source_key(path.name, data, self.over, self.settings)
            if key in known:
                self.report.unchanged.append(known[key])
                return
            doc = self.cache.load(key)
            if doc is None:
                doc = self._read(path, data, key)
        except InputError as exc:
            log.warning("ingest failed: %s", exc)
            self.report.failed.append({"file": str(path), "reason": str(exc)})
            return
        other = seen_text.get(doc.text)
        if other is not None and other != doc.meta.id:
            self.report.failed.append({"file": str(path), "reason": f"same text as {other}; skipped"})
            return
        seen_text[doc.text] = doc.meta.id
        self._count(str(path), doc)
        self._batch.append(doc)

    def _read(self, path: Path, data: bytes, key: str) -> Document:
        s = self.settings
        doc = read_document(path, self.over, s.max_file_mb, s.keep_personal_data, use_ocr=s.ocr)
        # A copy of the file would hold the personal data masked in the index: not kept then.
        keep = s.keep_originals and (doc.masked == 0 or s.keep_personal_data)
        original = str(store_original(s.data_dir, path.name, data)) if keep else None
        doc = doc.model_copy(update={"original": original, "source_key": key})
        self.cache.save(key, doc)
        return doc

    def _count(self, name: str, doc: Document) -> None:
        r = self.report
        r.pages += len(doc.pages)
        r.chunks += len(chunk_document(doc, max_chars=self.settings.chunk_chars))
        if doc.ocr_pages:
            r.ocr_pages[name] = doc.ocr_pages
        if doc.skipped_pages:
            pages = ", ".join(str(p) for p in doc.skipped_pages)
            why = "OCR is off (--no-ocr)" if not self.settings.ocr else ocr.unavailable() or "no readable image"
            r.skipped_pages[name] = f"page(s) {pages} have no text layer and were not read: {why}"

    def _publish(self, progress: Progress | None) -> None:
        """Make what has been read part of the index (one atomic snapshot) and forget its cache."""
        if not self._batch:
            return
        batch, self._batch = self._batch, []
        self.report.merge(self.index.apply(add=batch, progress=progress))
        self.cache.drop([d.source_key for d in batch if d.source_key])


def _size(path: Path) -> int:
    try:
        return path.stat().st_size if path.is_file() else 0
    except OSError:
        return 0
