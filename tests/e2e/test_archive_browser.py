"""End to end for a municipal archive: a zip upload with a partly scanned PDF, a page-cited answer,
and the citation's original file downloaded from the source panel (issue 16).

Its own server over a small index (one guideline), so the uploads here never change what the other
browser tests see.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from archive_corpus import SCAN_TEXT, guidelines_docx, scanned_page
from conftest import REPO, make_settings
from server_support import start_streamlit, stop
from test_browser import (  # noqa: F401  (page is a fixture)
    ARTIFACTS,
    SCREENSHOTS,
    WAIT_MS,
    _ask,
    _message,
    _new_page,
    _wait_idle,
    page,
)

from assistant.ingest import ocr
from assistant.service import Assistant

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(ocr.unavailable() is not None, reason=f"needs tesseract: {ocr.unavailable()}"),
]
FACT = "Skolesocialrådgiverne på Fanø holdt 214 samtaler med elever i skoleåret 2024/25."
QUESTION = "Hvor mange samtaler holdt skolesocialrådgiverne med elever?"
SCANNED_QUESTION = "Hvornår besluttede byrådet at oprette døgninstitutionen i Sønderho?"
TOPICS = ["Godkendelse af dagsorden", "Budget 2025", "Skolesocialrådgivere", "Eventuelt", "Bilag", "Lukket punkt"]


def minutes_pdf() -> bytes:
    """Six pages, one agenda item each; the fact on page 3, page 5 a scan without a text layer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4)
    for number, topic in enumerate(TOPICS, start=1):
        if number == 5:
            c.drawImage(ImageReader(scanned_page(SCAN_TEXT[0])), 0, 0, width=A4[0], height=A4[1])
        else:
            c.setFont("Helvetica-Bold", 13)
            c.drawString(60, 770, f"Punkt {number}: {topic}")
            c.setFont("Helvetica", 10.5)
            text = FACT if number == 3 else f"Udvalget drøftede punkt {number} og tog det til efterretning."
            c.drawString(60, 740, text)
        c.showPage()
    c.save()
    return buf.getvalue()


@pytest.fixture(scope="module")
def archive_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("e2e-archive")
    guide = root / "retningslinjer-underretninger.docx"
    guide.write_bytes(guidelines_docx())
    data = root / "data"
    assert Assistant(make_settings(data)).ingest([guide]).ok  # an index exists: the app builds nothing
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    proc, url = start_streamlit(REPO, {"ASSISTANT_DATA_DIR": str(data)}, ARTIFACTS / "server-archive.log")
    try:
        yield url
    finally:
        stop(proc)


@pytest.fixture
def server(archive_server: str) -> str:
    """The ``page`` fixture of test_browser asks for ``server``: here it is the archive's."""
    return archive_server


def test_zip_upload_page_cited_answer_original_download_and_screenshots(
    page: object,  # noqa: F811  (the fixture imported from test_browser)
    server: str,
    tmp_path: Path,
) -> None:
    from playwright.sync_api import expect

    p = page
    p.set_viewport_size({"width": 1400, "height": 1000})  # type: ignore[attr-defined]
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    pdf = minutes_pdf()
    bundle = tmp_path / "arkiv.zip"
    with zipfile.ZipFile(bundle, "w") as zf:
        zf.writestr("udvalg/referat-bu-2025-05.pdf", pdf)
        zf.writestr("udvalg/.DS_Store", b"\x00")
        zf.writestr("program.exe", b"MZ")

    _new_page(p, server, "dokumenter")
    p.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(str(bundle))  # type: ignore[attr-defined]
    form = p.get_by_test_id("stForm")  # type: ignore[attr-defined]
    expect(form).to_contain_text("arkiv.zip")
    form.get_by_role("button", name="Tilføj til vidensbasen").click()
    success = p.get_by_test_id("stAlertContentSuccess")  # type: ignore[attr-defined]
    expect(success).to_contain_text("udvalg-referat-bu-2025-05", timeout=WAIT_MS)  # OCR and embedding
    expect(p.get_by_test_id("stAlertContentInfo").filter(has_text="maskinlæst")).to_be_visible()  # type: ignore[attr-defined]
    expect(p.get_by_test_id("stAlertContentError")).to_contain_text("program.exe")  # type: ignore[attr-defined]
    _wait_idle(p)
    p.screenshot(path=str(SCREENSHOTS / "10-documents-zip-upload.png"))  # type: ignore[attr-defined]

    _new_page(p, server)
    _ask(p, QUESTION)
    answer = _message(p, "214 samtaler")
    expect(answer).to_contain_text("s. 3")
    panel = answer.get_by_test_id("stExpander").first
    expect(panel).to_contain_text("s. 3")
    panel.locator("summary").click()
    expect(panel).to_contain_text("Punkt 3: Skolesocialrådgivere")
    download = panel.get_by_test_id("stDownloadButton").filter(has_text="original")
    with p.expect_download() as info:  # type: ignore[attr-defined]
        download.click()
    target = tmp_path / "original.pdf"
    info.value.save_as(str(target))
    assert target.read_bytes() == pdf, "the downloaded original is the uploaded file, byte for byte"
    panel.get_by_role("button", name="Vis PDF'en på side 3").click()
    link = p.frame_locator("iframe[title='st.iframe']").last.locator("a#open")  # type: ignore[attr-defined]
    expect(link).to_have_attribute("href", re.compile(r"^blob:.*#page=3$"))
    with p.context.expect_page() as opened:  # type: ignore[attr-defined]
        link.click()
    assert opened.value.url.endswith("#page=3")
    opened.value.close()

    _ask(p, SCANNED_QUESTION)
    scanned = _message(p, "Sønderho")
    expect(scanned).to_contain_text("maskinlæst tekst (OCR)")
    scanned_panel = scanned.get_by_test_id("stExpander").first
    expect(scanned_panel).to_contain_text("OCR")
    scanned_panel.locator("summary").click()
    expect(scanned_panel).to_contain_text("s. 5")
    _wait_idle(p)
    p.wait_for_timeout(500)  # type: ignore[attr-defined]
    scanned.get_by_test_id("stMarkdownContainer").first.evaluate("e => e.scrollIntoView({block: 'start'})")
    p.wait_for_timeout(300)  # type: ignore[attr-defined]
    p.screenshot(path=str(SCREENSHOTS / "11-chat-page-cited-ocr.png"))  # type: ignore[attr-defined]
