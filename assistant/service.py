"""The one object the CLI and the app share: settings, index and retriever wired together.

Both faces call these methods, so an answer in the terminal and in the browser is the same answer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel

from assistant import municipalities, text
from assistant.answers.extractive import answer_question, clean_question
from assistant.calc import presets
from assistant.calc.question import Reading
from assistant.config import Settings
from assistant.errors import InputError, LockedError
from assistant.index.bulk import BulkIngest, IngestReport, OnFile
from assistant.index.indexer import KnowledgeIndex, Progress
from assistant.ingest.read import MetaOverrides, collect_paths, read_document
from assistant.logs import get_logger, setup_logging
from assistant.models import Answer, AnswerMode, Document, Filters
from assistant.retrieval.hybrid import Retriever

log = get_logger("service")


def knowledge_files(settings: Settings) -> list[Path]:
    """The curated knowledge base: documents and guidance folders."""
    return collect_paths([p for p in (settings.documents_dir, settings.guidance_dir) if p.exists()])


class DocumentRow(BaseModel):
    """One line of the knowledge-base table, the same for ``assistant documents`` and the Dokumenter page.

    ``municipality`` joins every municipality the document is about ("" for general guidance).
    """

    id: str
    title: str
    municipality: str
    date: dt.date | None
    source_type: str
    chunks: int
    pages: int
    ocr_pages: list[int]
    original: str | None


class Assistant:
    """Facade over index, retrieval and answering."""

    def __init__(self, settings: Settings, index: KnowledgeIndex | None = None) -> None:
        self.settings = settings
        setup_logging(settings)
        use_reference_data(settings)
        self.index = index or KnowledgeIndex(settings)
        self.retriever = Retriever(self.index)
        self._vectors_checked: str | None = None

    def read(
        self, paths: Sequence[Path], over: MetaOverrides | None = None, against_index: bool = True
    ) -> tuple[list[Document], list[dict[str, str]]]:
        """Parse files; bad ones are reported, not raised, so good ones still go in.

        A text already indexed under another id is a duplicate too (``against_index``), so a renamed
        copy of a document cannot enter the index twice and double its weight in answers.
        """
        docs: list[Document] = []
        failed: list[dict[str, str]] = []
        files = collect_paths(list(paths), include_unsupported=True)
        if not files:
            raise InputError("no files found in " + ", ".join(str(p) for p in paths))
        seen_hash: dict[str, str] = {}
        if against_index and self.index.exists():
            seen_hash = {d.text: d.meta.id for d in self.index.snapshot().docs.values()}
        keep = self.settings.keep_personal_data
        for path in files:
            try:
                doc = read_document(path, over, self.settings.max_file_mb, keep, use_ocr=self.settings.ocr)
            except InputError as exc:
                log.warning("ingest failed: %s", exc)
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
        self,
        paths: Sequence[Path],
        over: MetaOverrides | None = None,
        progress: Progress | None = None,
        on_file: OnFile | None = None,
    ) -> IngestReport:
        """Files and folders into the index, published as it goes; a second run repeats nothing."""
        report = BulkIngest(self.index, self.settings, over).run(paths, on_file=on_file, progress=progress)
        log.info("ingest: %s", _summary(report))
        return report

    def rebuild(self, progress: Progress | None = None) -> IngestReport:
        """Re-read ``knowledge/`` from disk and re-index everything.

        Documents that came from elsewhere (uploads, ``assistant ingest``) are kept from their stored text:
        a rebuild must never silently drop what users added; ``assistant remove`` does that on purpose.
        """
        files = knowledge_files(self.settings)
        if not files:
            raise InputError(f"no documents under {self.settings.knowledge_dir}")
        docs, failed = self.read(files, against_index=False)
        fresh = {d.meta.id for d in docs}
        root = Path(self.settings.knowledge_dir).resolve()
        kept = [
            d
            for d in (self.index.snapshot().docs.values() if self.index.exists() else [])
            if d.meta.id not in fresh and not (d.path and Path(d.path).resolve().is_relative_to(root))
        ]
        changes = self.index.apply(add=docs + kept, progress=progress, replace_all=True)
        report = IngestReport(failed=failed)
        report.merge(changes)
        log.info("rebuild: %s", _summary(report))
        return report

    def ensure_index(self) -> bool:
        """Build the index from ``knowledge/`` on first use; True when it had to build."""
        if self.index.exists() and (snap := self.index.snapshot()).size > 0:
            # Counting vectors is a round trip to Chroma: once per snapshot, not once per question.
            if snap.name != self._vectors_checked:
                if not self.index.vectors_complete():
                    try:
                        self.index.check(repair=True)
                    except LockedError:  # an ingest is writing; a reader answers from what is there
                        log.info("vectors incomplete while an ingest runs; repair left to `assistant doctor`")
                        return False
                self._vectors_checked = snap.name
            return False
        self.rebuild()
        return True

    def warm_up(self, question: str | None = None) -> bool:
        """Build a missing index and load the embedding model now; True when the index had to be built.

        The model loads on its first query: without this the first question a user (or an eval, or a
        benchmark) asks pays for it, and a latency figure would measure cold start, not answering.
        ``question``, when given, is answered once too, so the caches along the answer path are warm
        (benchmarks measure steady state; cold start is measured apart).
        """
        built = self.ensure_index()
        self.index.embedder.embed_query("opvarmning")
        if question:
            self.ask(question)
        return built

    def remove(self, doc_id: str) -> IngestReport:
        if doc_id not in self.index.snapshot().docs:
            raise InputError(f"no document with id '{doc_id}' in the index")
        report = IngestReport()
        report.merge(self.index.apply(remove=[doc_id]))
        return report

    def ask(
        self,
        question: str,
        filters: Filters | None = None,
        my_municipality: str | None = None,
        reading: Reading | None = None,
        mode: AnswerMode | None = None,
    ) -> Answer:
        """Answer one question; ``reading`` carries a calculation over from earlier turns (``conversation``).

        ``mode`` is chosen per call (the app's switch, ``ask --mode``) so one Assistant, one index and one
        loaded model serve both kinds of answer; None means the LLM when one is configured.
        """
        clean_question(question)  # an empty question is an input error before any index work
        chosen = self.answer_mode(mode)
        self.ensure_index()
        # One snapshot for the whole answer, even if an ingest swaps in a new one meanwhile.
        with self.index.pinned():
            answer = answer_question(self.retriever, question, filters, my_municipality, reading, chosen)
        log.info(
            "ask: %d chars, abstained=%s, cited=%s, %.0f ms",
            len(question),
            answer.abstained,
            sorted({c.doc_id for c in answer.citations}),
            answer.timings_ms.get("total", 0.0),
        )
        return answer

    def answer_mode(self, asked: AnswerMode | None = None) -> AnswerMode:
        """The mode an answer is written in: the one asked for, else the LLM when one is configured."""
        if asked == "llm" and not self.settings.llm:
            raise InputError("answer mode 'llm' needs an LLM: set ASSISTANT_LLM (see the README)")
        return asked or ("llm" if self.settings.llm else "extractive")

    def documents(self) -> list[Document]:
        return self.index.documents()

    def document_rows(self) -> list[DocumentRow]:
        """The indexed documents by id, each with its chunk count, read from one snapshot so an ingest
        running meanwhile cannot pair one snapshot's documents with another's counts."""
        snap = self.index.snapshot()
        counts = snap.chunks["doc_id"].value_counts().to_dict() if snap.size else {}
        return [
            DocumentRow(
                id=d.meta.id,
                title=d.meta.title,
                municipality=", ".join(d.meta.all_municipalities()),
                date=d.meta.date,
                source_type=d.meta.source_type,
                chunks=int(counts.get(d.meta.id, 0)),
                pages=len(d.pages),
                ocr_pages=d.ocr_pages,
                original=d.original,
            )
            for d in sorted(snap.docs.values(), key=lambda d: d.meta.id)
        ]


def _summary(report: IngestReport) -> str:
    counts = {k: len(getattr(report, k)) for k in ("added", "replaced", "unchanged", "removed", "failed")}
    return ", ".join(f"{k} {n}" for k, n in counts.items())


def use_reference_data(settings: Settings) -> None:
    """Read the municipality table, the calculator's cited defaults and the glossary from the configured
    knowledge folder (each falls back to the bundled file when the folder has none of its own)."""
    municipalities.use_table(settings.municipalities_csv)
    presets.use_presets(settings.presets_path)
    text.use_glossary(settings.glossary_path)
