"""Reading PDF, DOCX and HTML into parts (pages) and headings, keeping the structure the reader needs.

A PDF is read page by page (layout text, so table columns stay apart), and a page with no text layer
is machine-read when OCR is on; the page number and the OCR mark travel with each part so a citation can
say "s. 14" and "maskinlæst". DOCX and HTML keep their headings and tables in reading order.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any

from assistant.errors import InputError
from assistant.ingest import ocr
from assistant.ingest.cleaning import drop_running_lines, running_lines
from assistant.ingest.tables import Carry, html_or_docx_rows, rows_as_text
from assistant.logs import get_logger

log = get_logger("formats")
# pypdf logs every repair it makes ("EOF marker not found") to stderr; a bad file gets our one line instead.
logging.getLogger("pypdf").setLevel(logging.ERROR)
MIN_TEXT_LAYER = 40  # characters; fewer on a page with a picture means a scan with a stamped page number


@dataclass
class Part:
    """A piece of a document's raw text: a page of a PDF, or the whole text of another format."""

    text: str
    page: int | None = None
    ocr: bool = False


@dataclass
class Extracted:
    """What a file holds: its parts in order, headings by style (DOCX, HTML), metadata found inside it.

    ``skipped`` are pages with no text layer left unread, and ``skip_reason`` says why (OCR off, or
    tesseract missing).
    """

    parts: list[Part]
    found: dict[str, object] = field(default_factory=dict)
    headings: list[str] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)
    skip_reason: str = ""
    paged: bool = False


def _open_pdf(data: bytes, name: str) -> Any:
    from pypdf import PdfReader

    if not data.startswith(b"%PDF"):
        raise InputError(f"{name}: not a PDF file (no %PDF header)")
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        try:
            opened = bool(reader.decrypt(""))
        except Exception:  # an unsupported cipher or a missing crypto library: locked to us either way
            opened = False
        if not opened:
            raise InputError(f"{name}: the PDF is encrypted (password protected); save an unprotected copy")
    return reader


def _page_text(page: Any) -> str:
    """Layout text (columns kept apart by spaces); plain text when the layout pass fails on a page."""
    try:
        return str(page.extract_text(extraction_mode="layout") or "")
    except Exception:  # layout mode is stricter about odd fonts than plain mode
        return str(page.extract_text() or "")


def _scan_image(page: Any) -> Any | None:
    """The largest image on a page without text: a scanned page is one big picture."""
    try:
        images = list(page.images)
    except Exception:  # an image in a format pypdf cannot decode cannot be read by OCR either
        return None
    if not images:
        return None
    best = max(images, key=lambda im: im.image.width * im.image.height if im.image else 0)
    return best.image


_NO_TITLE = {"untitled", "untitled document", "unknown", "(anonymous)", "dokument", "document"}


def _pdf_title(reader: Any) -> str | None:
    """The PDF's own title, unless it is a producer's placeholder ("untitled", "Microsoft Word - dok1.docx")."""
    try:
        title = str((reader.metadata or {}).get("/Title") or "").strip()
    except Exception:  # damaged metadata is no reason to refuse the pages
        return None
    if (
        not title
        or title.lower() in _NO_TITLE
        or title.lower().startswith("microsoft")
        or re.search(r"\.(docx?|pdf|odt|rtf)$", title, re.I)
    ):
        return None
    return " ".join(title.split())[:160]


def pdf_parts(data: bytes, name: str, use_ocr: bool = True) -> Extracted:
    """One part per page with text; scanned pages machine-read when OCR is on and tesseract is installed."""
    from pypdf.errors import PyPdfError

    out = Extracted(parts=[], paged=True)
    try:
        reader = _open_pdf(data, name)
        title = _pdf_title(reader)
        if title:
            out.found["title"] = title
        layouts = [_page_text(page) for page in reader.pages]
        furniture = running_lines(layouts)
        carry: Carry | None = None
        for number, (page, layout) in enumerate(zip(reader.pages, layouts, strict=True), start=1):
            layout = drop_running_lines(layout, furniture)
            is_ocr = False
            # A scanned page may still carry a stamped page number: little text plus a picture is a scan.
            if len(layout.strip()) < MIN_TEXT_LAYER:
                image = _scan_image(page)
                if image is None:
                    if not layout.strip():
                        continue  # a blank page
                else:
                    why = "OCR is off (--no-ocr)" if not use_ocr else ocr.unavailable()
                    if why:
                        out.skipped.append(number)
                        out.skip_reason = why
                        continue
                    # A caption or a stamp on the scan stays; the machine-read text follows it.
                    read = drop_running_lines(ocr.read_image(image), furniture)
                    layout, is_ocr = (f"{layout.strip()}\n\n{read}" if layout.strip() else read), True
            text, carry = rows_as_text(layout, carry)
            out.parts.append(Part(text, number, is_ocr))
    except InputError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise InputError(f"{name}: corrupt or unreadable PDF ({exc})") from None
    except Exception as exc:  # pypdf raises many kinds on damaged files; any of them means "unreadable"
        raise InputError(f"{name}: corrupt or unreadable PDF ({type(exc).__name__})") from None
    if out.skipped:
        log.warning("%s: %d page(s) without text layer skipped: %s", name, len(out.skipped), out.skip_reason)
    return out


def _docx_blocks(document: Any) -> tuple[list[str], list[str]]:
    """Paragraphs and tables in reading order, and the texts of the paragraphs styled as headings."""
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    blocks: list[str] = []
    headings: list[str] = []
    for element in document.element.body.iterchildren():
        if element.tag == qn("w:p"):
            para = Paragraph(element, document)
            text = para.text
            if not text.strip():
                continue
            blocks.append(text)
            style = (para.style.name if para.style is not None else "") or ""
            if style.lower().startswith(("heading", "overskrift", "title", "titel")):
                headings.append(" ".join(text.split()))
        elif element.tag == qn("w:tbl"):
            rows = [[cell.text for cell in row.cells] for row in Table(element, document).rows]
            blocks.extend(html_or_docx_rows(rows))
    return blocks, headings


def docx_parts(data: bytes, name: str) -> Extracted:
    import docx

    if not data.startswith(b"PK"):
        raise InputError(f"{name}: not a DOCX file (not a zip archive)")
    try:
        document = docx.Document(io.BytesIO(data))
        blocks, headings = _docx_blocks(document)
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"{name}: corrupt or unreadable DOCX ({exc})") from None
    except Exception as exc:  # a zip that is not a Word document, or a damaged part inside it
        raise InputError(f"{name}: corrupt or unreadable DOCX ({type(exc).__name__})") from None
    return Extracted(parts=[Part("\n\n".join(b for b in blocks if b.strip()))], headings=headings)


def html_parts(text: str) -> Extracted:
    """Article text of a page: navigation, scripts and forms dropped; headings and table rows kept."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(text, "html.parser")
    for tag in soup(["script", "style", "nav", "header", "footer", "noscript", "form", "aside"]):
        tag.decompose()
    title = soup.title.get_text(strip=True) if soup.title else None
    blocks: list[str] = []
    headings: list[str] = []
    for el in soup.find_all(["h1", "h2", "h3", "h4", "p", "li", "pre", "blockquote", "table"]):
        if el.name != "table" and el.find_parent("table") is not None:
            continue  # a table is read as a whole, row by row
        if el.name == "table":
            rows = [[c.get_text(" ", strip=True) for c in tr.find_all(["th", "td"])] for tr in el.find_all("tr")]
            blocks.extend(html_or_docx_rows(rows))
            continue
        if el.find(["p", "li"]):
            continue  # its children are visited on their own
        line = " ".join(el.get_text(" ", strip=True).split())
        if line:
            blocks.append(line)
            if el.name in ("h1", "h2", "h3", "h4"):
                headings.append(line)
    body = "\n\n".join(blocks) if blocks else soup.get_text("\n", strip=True)
    return Extracted(parts=[Part(body)], found={"title": title} if title else {}, headings=headings)
