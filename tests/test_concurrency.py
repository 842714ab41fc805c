"""Two ingests at once are serialised with a clear message; readers never see half an index."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from reliability_support import cli_env, copy_index, run_cli

from assistant.config import load_settings
from assistant.errors import LockedError
from assistant.index.indexer import KnowledgeIndex, Snapshot
from assistant.models import Answer
from assistant.service import Assistant

QUESTION = "Hvor lang er ventetiden på familiebehandling i Fredensborg Kommune?"
FREDENSBORG = (
    "---\nmunicipality: Fredensborg\ndate: 2024-03-01\nsource_type: news\n---\n"
    "# Ventetid på familiebehandling i Fredensborg\n\n"
    "Fredensborg Kommune oplyser, at ventetiden på familiebehandling i Fredensborg er 14 uger i 2024. "
    "Ventetiden på familiebehandling skal ned på 6 uger, siger Fredensborg Kommune.\n"
)


@pytest.fixture
def kb_copy(tmp_path: Path, kb_service: Assistant) -> Path:
    return copy_index(Path(kb_service.settings.data_dir), tmp_path / "data")


def _filler(folder: Path, n: int) -> list[Path]:
    """Small distinct documents, so the ingest lasts a few embedding batches."""
    folder.mkdir(exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"referat-{i:03d}.txt"
        text = f"Referat {i}: Udvalget drøftede {i + 2} sager om skolevej {i * 11} og {i * 5 + 7} timer.\n"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


class Ingest(threading.Thread):
    """Runs one real ingest in the background.

    Its progress callback, called while the ingest holds the lock and has written vectors but no
    snapshot yet, signals ``embedding`` and then waits for ``proceed``: the test acts inside that
    window for certain, instead of hoping a timing lines up.
    """

    def __init__(self, service: Assistant, paths: list[Path]) -> None:
        super().__init__(daemon=True)
        self.service, self.paths = service, paths
        self.embedding = threading.Event()
        self.proceed = threading.Event()
        self.error: BaseException | None = None
        self.added: list[str] = []

    def _progress(self, stage: str, _fraction: float) -> None:
        if stage == "embedding" and not self.embedding.is_set():
            self.embedding.set()
            self.proceed.wait(120)

    def run(self) -> None:
        try:
            self.added = self.service.ingest(self.paths, progress=self._progress).added
        except BaseException as exc:  # handed to the test thread
            self.error = exc
        finally:
            self.embedding.set()


def test_a_second_ingest_is_refused_while_one_runs(kb_copy: Path, tmp_path: Path) -> None:
    first = Ingest(Assistant(load_settings(data_dir=kb_copy)), _filler(tmp_path / "a", 3))
    second_file = tmp_path / "b.md"
    second_file.write_text(FREDENSBORG, encoding="utf-8")
    first.start()
    assert first.embedding.wait(120)
    assert first.is_alive() and first.error is None, "the first ingest must still be running"

    res = run_cli(["ingest", str(second_file)], cli_env(kb_copy))

    first.proceed.set()
    first.join(120)
    assert res.code == LockedError.exit_code == 4
    assert res.err.strip() == "error: another ingest is running on this index; try again when it has finished"
    assert first.error is None and len(first.added) == 3
    # Once the first has finished the second goes through.
    assert run_cli(["ingest", str(second_file)], cli_env(kb_copy)).code == 0


def _consistent_with(answer: Answer, snap: Snapshot) -> bool:
    """Every passage and citation of the answer exists, verbatim, in this one snapshot."""
    for passage in answer.passages:
        row = snap.row_of.get(passage.chunk_id)
        if row is None or snap.chunks.iloc[row].text != passage.text:
            return False
    return all(c.doc_id in snap.docs and c.quote in snap.docs[c.doc_id].text for c in answer.citations)


def test_readers_during_an_ingest_see_the_old_or_the_new_index(kb_copy: Path, tmp_path: Path) -> None:
    settings = load_settings(data_dir=kb_copy)
    reader = Assistant(settings)
    old = reader.index.snapshot()
    new_doc = tmp_path / "in" / "fredensborg-ventetid.md"
    files = _filler(tmp_path / "in", 5)
    new_doc.write_text(FREDENSBORG, encoding="utf-8")
    writer = Ingest(Assistant(settings), [*files, new_doc])
    answers: list[Answer] = []
    errors: list[BaseException] = []
    during = threading.Semaphore(0)

    def read_until_done() -> None:
        try:
            while writer.is_alive():
                answers.append(reader.ask(QUESTION))
                if not writer.proceed.is_set():
                    during.release()
            answers.append(reader.ask(QUESTION))
        except BaseException as exc:
            errors.append(exc)
            during.release()

    writer.start()
    assert writer.embedding.wait(120)
    readers = [threading.Thread(target=read_until_done) for _ in range(2)]
    for thread in readers:
        thread.start()
    for _ in range(4):  # four answers while the ingest is half done, then let it swap
        assert during.acquire(timeout=120)
    writer.proceed.set()
    for thread in [writer, *readers]:
        thread.join(180)

    assert writer.error is None and not errors, (writer.error, errors)
    new = KnowledgeIndex(settings).snapshot()
    assert new.name != old.name and "fredensborg-ventetid" in new.docs
    seen = {"old": 0, "new": 0}
    for answer in answers:
        if _consistent_with(answer, new) and any(p.doc_id == "fredensborg-ventetid" for p in answer.passages):
            seen["new"] += 1
            assert not answer.abstained
        else:
            assert _consistent_with(answer, old), "an answer mixed two snapshots"
            assert all(p.doc_id != "fredensborg-ventetid" for p in answer.passages)
            seen["old"] += 1
    assert seen["old"] >= 4, "the answers given while the ingest was half done used the old index"
    assert seen["new"] >= 2, "each reader's last answer, asked after the swap, uses the new index"
