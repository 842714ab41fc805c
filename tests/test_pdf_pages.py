"""PDF pages, tables, sections and OCR on small generated files: the parts the archive test relies on."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from archive_corpus import SCAN_TEXT, scanned_page

from assistant.errors import InputError
from assistant.ingest import ocr
from assistant.ingest.read import read_document
from assistant.ingest.sections import find_sections
from assistant.ingest.tables import Carry, rows_as_text

TOPICS = ["Sagstal i Myndighed", "Plejefamilier", "Efterværn", "Tolkebistand", "Aflastning"]
SENTENCES = [
    "Sagen forelægges udvalget til orientering.",
    "Forvaltningen har indhentet bidrag fra afdelingerne.",
    "Udvalget drøftede området på mødet i januar.",
    "Den videre proces aftales med formandskabet.",
    "Der henvises i øvrigt til bilagene.",
]
needs_tesseract = pytest.mark.skipif(ocr.unavailable() is not None, reason=f"needs tesseract: {ocr.unavailable()}")


def small_pdf(scanned: tuple[int, ...] = (3,), pages: int = 4, password: str | None = None) -> bytes:
    """``pages`` pages with a line of text each, except ``scanned`` ones: an image and no text layer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, encrypt=password)
    for page in range(1, pages + 1):
        if page in scanned:
            c.drawImage(ImageReader(scanned_page(SCAN_TEXT[0])), 0, 0, width=A4[0], height=A4[1])
        else:
            c.setFont("Helvetica", 11)
            c.drawString(60, 760, f"Punkt {page}: {TOPICS[page % 5]}")
            c.drawString(60, 720, f"{SENTENCES[page % 5]} Det gælder side {page}.")
        c.showPage()
    c.save()
    return buf.getvalue()


def test_table_rows_keep_their_columns_and_carry_over_a_page_break() -> None:
    page1 = "Tabel 1\n\nPost            Budget 2025     Regnskab 2024\nAnbringelser    61.200          58.950\n" + (
        "Efterværn       3.400           3.100"
    )
    text, carry = rows_as_text(page1)
    assert "Post: Anbringelser; Budget 2025: 61.200; Regnskab 2024: 58.950" in text
    assert carry == Carry(("Post", "Budget 2025", "Regnskab 2024"))
    page2 = "Post            Budget 2025     Regnskab 2024\nTolkebistand    412             398\n" + (
        "Børnehuset      900             870\n\nTekst."
    )
    text2, carry2 = rows_as_text(page2, carry)
    assert text2.count("Post: Post") == 0, "the repeated header row is dropped"
    assert "Post: Tolkebistand; Budget 2025: 412; Regnskab 2024: 398" in text2 and carry2 is None
    prose = "Dette er en linje med et mellemrum   midt i sætningen.\nOg en linje til uden mellemrum."
    expected = "Dette er en linje med et mellemrum midt i sætningen.\nOg en linje til uden mellemrum."
    assert rows_as_text(prose)[0] == expected


def test_sections_are_agenda_items_and_standalone_numbered_headings() -> None:
    text = (
        "Dagsordenspunkt: Punkt 1: Godkendelse; Side: 3\n\nPunkt 1: Godkendelse af dagsorden\n\nTekst.\n\n"
        "Punkt 7 ........ 14\n\n3. Økonomi\n\nBeløbet er 4 mio. kr.\n2. Denne linje er en del af et afsnit"
    )
    titles = [s.title for s in find_sections(text, numbered=True)]
    assert titles == ["Punkt 1: Godkendelse af dagsorden", "3. Økonomi"]
    assert [s.title for s in find_sections("Intro\n\nFrister\n\nTekst", ["Frister"])] == ["Frister"]


@needs_tesseract
def test_scanned_page_is_machine_read_and_marked(tmp_path: Path) -> None:
    pdf = tmp_path / "blandet.pdf"
    pdf.write_bytes(small_pdf(scanned=(3,)))
    started = time.monotonic()
    doc = read_document(pdf)
    print(f"4 pages, 1 by OCR: {time.monotonic() - started:.2f} s")
    assert [m.page for m in doc.pages] == [1, 2, 3, 4] and doc.ocr_pages == [3]
    at = doc.text.index("døgninstitution for unge i Sønderho")
    assert doc.page_at(at).page == 3 and doc.page_at(at).ocr  # type: ignore[union-attr]
    assert doc.section_at(at) == f"Punkt 2: {TOPICS[2]}"


def test_no_ocr_skips_only_the_scanned_pages(tmp_path: Path) -> None:
    pdf = tmp_path / "blandet.pdf"
    pdf.write_bytes(small_pdf(scanned=(2, 3)))
    doc = read_document(pdf, use_ocr=False)
    assert [m.page for m in doc.pages] == [1, 4] and doc.skipped_pages == [2, 3]
    assert "side 4." in doc.text and "Sønderho" not in doc.text


def _cli(args: list[str], tmp_path: Path, path_env: str) -> subprocess.CompletedProcess[str]:
    env = {"ASSISTANT_DATA_DIR": str(tmp_path / "d"), "PATH": path_env, "HOME": str(tmp_path)}
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args], capture_output=True, text=True, env=env, timeout=300
    )


def test_missing_tesseract_says_so_and_skips_only_those_pages(tmp_path: Path) -> None:
    scan = tmp_path / "scannet.pdf"
    scan.write_bytes(small_pdf(scanned=(1, 2), pages=2))
    empty_bin = tmp_path / "bin"
    empty_bin.mkdir()
    proc = _cli(["ingest", str(scan), "--json"], tmp_path, str(empty_bin))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    report = json.loads(proc.stdout)
    reason = report["failed"][0]["reason"]
    assert "only scanned pages" in reason and "tesseract is not installed" in reason and "make tesseract" in reason


def test_missing_tesseract_keeps_text_pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr.shutil, "which", lambda _name: None)
    ocr.unavailable.cache_clear()
    try:
        pdf = tmp_path / "blandet.pdf"
        pdf.write_bytes(small_pdf(scanned=(3,)))
        doc = read_document(pdf)
        assert [m.page for m in doc.pages] == [1, 2, 4] and doc.skipped_pages == [3]
    finally:
        ocr.unavailable.cache_clear()


def test_encrypted_pdf_is_a_clear_error(tmp_path: Path) -> None:
    pdf = tmp_path / "hemmelig.pdf"
    pdf.write_bytes(small_pdf(scanned=(), pages=1, password="hemmelig"))
    with pytest.raises(InputError, match="encrypted"):
        read_document(pdf)
