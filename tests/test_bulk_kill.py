"""A folder ingest killed with SIGKILL (no cleanup at all) goes on where it stopped and repeats nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from archive_corpus import FAMILY_HTML, guidelines_docx
from conftest import make_settings
from test_pdf_pages import small_pdf

from assistant.index import bulk
from assistant.ingest import ocr
from assistant.service import Assistant

pytestmark = pytest.mark.skipif(ocr.unavailable() is not None, reason=f"needs tesseract: {ocr.unavailable()}")


def _cached(parsed: Path, doc_id: str) -> bool:
    """Whether the parse cache holds ``doc_id`` (entries are written whole: tmp file, then rename)."""
    for entry in parsed.glob("*.json"):
        try:
            if f'"id":"{doc_id}"' in entry.read_text(encoding="utf-8"):
                return True
        except OSError:  # published and dropped meanwhile
            continue
    return False


def test_sigkill_between_reading_and_publishing_loses_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "arkiv"
    folder.mkdir()
    (folder / "a-familieraadgivning.html").write_text(FAMILY_HTML, encoding="utf-8")
    (folder / "b-referat.pdf").write_bytes(small_pdf(scanned=(3,), pages=6))
    (folder / "c-retningslinjer.docx").write_bytes(guidelines_docx())
    data = tmp_path / "data"
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(data), "ASSISTANT_CHECKPOINT_S": "0.001"}
    proc = subprocess.Popen([sys.executable, "-m", "assistant", "ingest", str(folder)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    parsed = data / "parsed"
    deadline = time.monotonic() + 240
    try:
        # The HTML is published (CURRENT exists) and the PDF is read (cached) but not yet published. The
        # cache entry must be the PDF's: the HTML's own entry outlives CURRENT by a moment (it is dropped
        # after its snapshot is swapped in), and a loaded machine widens that moment.
        while time.monotonic() < deadline and proc.poll() is None:
            if (data / "CURRENT").exists() and _cached(parsed, "b-referat"):
                break
            time.sleep(0.01)
        assert proc.poll() is None, "the ingest finished before it could be killed"
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)

    service = Assistant(make_settings(data))
    assert list(service.index.snapshot().docs) == ["a-familieraadgivning"]
    reads: list[str] = []
    real_read = bulk.read_document
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(bulk, "read_document", lambda p, *a, **k: reads.append(p.name) or real_read(p, *a, **k))
        report = service.ingest([folder])
    assert reads == ["c-retningslinjer.docx"], "the PDF (and its OCR) came from the parse cache"
    assert report.ok and report.unchanged == ["a-familieraadgivning"]
    assert sorted(report.added) == ["b-referat", "c-retningslinjer"]
    assert service.index.check()["orphan_vectors"] == 0 and service.index.check()["missing_vectors"] == 0
