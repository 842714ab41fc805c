"""PDF reading speed for ``make bench``: pages per second with and without OCR, on the generated archive.

The 120-page minutes PDF of the archive tests (tests/archive_corpus.py: agenda items, a two-page table,
two scanned pages) is read three ways: text layer only (``--no-ocr``), with OCR, and a PDF whose every
page is a scan, so the OCR cost per page is measured directly and not as a difference of two timings.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _archive() -> Any:
    sys.path.insert(0, str(ROOT / "tests"))  # the generator is shared with the tests, not a package
    import archive_corpus

    return archive_corpus


def _scanned_pdf(pages: int) -> bytes:
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    corpus = _archive()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4)
    for i in range(pages):
        image = corpus.scanned_page(corpus.SCAN_TEXT[i % len(corpus.SCAN_TEXT)])
        c.drawImage(ImageReader(image), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def _timed(path: Path, use_ocr: bool) -> tuple[float, int, int]:
    from assistant.ingest.read import read_document

    start = time.perf_counter()
    doc = read_document(path, use_ocr=use_ocr)
    return time.perf_counter() - start, len(doc.pages), len(doc.ocr_pages)


def measure(scanned_pages: int = 6) -> dict[str, Any]:
    """Seconds and pages/s for the three readings; OCR is skipped (and said so) without tesseract."""
    from assistant.ingest import ocr

    with tempfile.TemporaryDirectory(prefix="assistant-pdf-bench-") as tmp:
        minutes = Path(tmp) / "referat.pdf"
        minutes.write_bytes(_archive().minutes_pdf())
        secs, pages, _ = _timed(minutes, use_ocr=False)
        out: dict[str, Any] = {"pdf_pages": 120, "text_pages_per_s": round(pages / secs, 1), "text_s": round(secs, 2)}
        why = ocr.unavailable()
        if why:
            out["ocr"] = f"not measured: {why}"
            return out
        secs, pages, ocr_pages = _timed(minutes, use_ocr=True)
        out.update(with_ocr_pages_per_s=round(pages / secs, 1), with_ocr_s=round(secs, 2), ocr_pages=ocr_pages)
        scans = Path(tmp) / "scannet.pdf"
        scans.write_bytes(_scanned_pdf(scanned_pages))
        secs, pages, _ = _timed(scans, use_ocr=True)
        out.update(scanned_pages=pages, ocr_s_per_page=round(secs / max(1, pages), 2))
    return out


if __name__ == "__main__":
    print(measure())
