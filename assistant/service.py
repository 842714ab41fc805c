"""The one object the CLI and the app share: settings, index and retriever wired together.

Both faces call these methods, so an answer in the terminal and in the browser is the same answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from assistant.answer import answer_question
from assistant.config import Settings
from assistant.errors import InputError
from assistant.index import KnowledgeIndex, Progress
from assistant.ingest import MetaOverrides, collect_paths, read_document
from assistant.models import Answer, Document, Filters
from assistant.retrieval import Retriever


@dataclass
class IngestReport:
    """What one ingest run did, file by file."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    failed: list[dict[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


def knowledge_files(settings: Settings) -> list[Path]:
    """The curated knowledge base: documents and guidance folders."""
    return collect_paths([p for p in (settings.documents_dir, settings.guidance_dir) if p.exists()])


class Assistant:
    """Facade over index, retrieval and answering."""

    def __init__(self, settings: Settings, index: KnowledgeIndex | None = None) -> None:
        self.settings = settings
        self.index = index or KnowledgeIndex(settings)
        self.retriever = Retriever(self.index)

    def read(self, paths: Sequence[Path], over: MetaOverrides | None = None) -> tuple[list[Document], list[dict[str, str]]]:
        """Parse files; bad ones are reported, not raised, so good ones still go in."""
        docs: list[Document] = []
        failed: list[dict[str, str]] = []
        files = collect_paths(list(paths))
        if not files:
            raise InputError("no supported files found in " + ", ".join(str(p) for p in paths))
        seen_hash: dict[str, str] = {}
        for path in files:
            try:
                doc = read_document(path, over, max_mb=self.settings.max_file_mb)
            except InputError as exc:
                failed.append({"file": str(path), "reason": str(exc)})
                continue
            body_key = doc.text
            if body_key in seen_hash and seen_hash[body_key] != doc.meta.id:
                failed.append({"file": str(path), "reason": f"same text as {seen_hash[body_key]}; skipped"})
                continue
            seen_hash[body_key] = doc.meta.id
            docs.append(doc)
        return docs, failed

    def ingest(
        self, paths: Sequence[Path], over: MetaOverrides | None = None, progress: Progress | None = None
    ) -> IngestReport:
        docs, failed = self.read(paths, over)
        changes = self.index.apply(add=docs, progress=progress) if docs else {}
        return IngestReport(failed=failed, **{k: v for k, v in changes.items()})

    def rebuild(self, progress: Progress | None = None) -> IngestReport:
        """Index exactly what is in ``knowledge/``; documents added by upload are kept only if there."""
        files = knowledge_files(self.settings)
        if not files:
            raise InputError(f"no documents under {self.settings.knowledge_dir}")
        docs, failed = self.read(files)
        changes = self.index.apply(add=docs, progress=progress, replace_all=True)
        return IngestReport(failed=failed, **changes)

    def ensure_index(self) -> bool:
        """Build the index from ``knowledge/`` on first use; True when it had to build."""
        if self.index.exists() and self.index.snapshot().size > 0:
            if not self.index.vectors_complete():
                self.index.check(repair=True)
            return False
        self.rebuild()
        return True

    def remove(self, doc_id: str) -> IngestReport:
        if doc_id not in self.index.snapshot().docs:
            raise InputError(f"no document with id '{doc_id}' in the index")
        changes = self.index.apply(remove=[doc_id])
        return IngestReport(**changes)

    def ask(self, question: str, filters: Filters | None = None, my_municipality: str | None = None) -> Answer:
        self.ensure_index()
        return answer_question(self.retriever, question, filters, my_municipality)

    def documents(self) -> list[Document]:
        return self.index.documents()
