"""Reading files into ``Document``s: format parsing, encoding detection, front matter, cleaning.

Every failure is an ``InputError`` naming the file and the reason, so one bad file in a folder never
stops the good ones and never reaches the index.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import ValidationError

from assistant import municipalities
from assistant.errors import InputError
from assistant.ingest.cleaning import clean_text
from assistant.ingest.facts import split_facts
from assistant.ingest.formats import Extracted, Part, docx_parts, html_parts, pdf_parts
from assistant.ingest.sections import AGENDA, find_sections
from assistant.logs import get_logger
from assistant.models import Document, DocumentMeta, Fact, PageMark
from assistant.privacy import describe, mask_personal_data

SUPPORTED = (".md", ".markdown", ".txt", ".html", ".htm", ".pdf", ".docx")
_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
log = get_logger("ingest")


@dataclass
class MetaOverrides:
    """Metadata typed on the command line or in the upload form; wins over front matter."""

    municipality: str | None = None
    date: dt.date | None = None
    source_type: str | None = None
    title: str | None = None
    doc_id: str | None = None
    source: str | None = None
    extra: dict[str, object] = field(default_factory=dict)


def slugify(text: str) -> str:
    """A readable, filesystem- and id-safe slug ("Rødovre plan 2023" -> "roedovre-plan-2023")."""
    low = text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    low = unicodedata.normalize("NFKD", low).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", low).strip("-")
    return slug[:80] or "dokument"


def decode_bytes(data: bytes, name: str) -> str:
    """UTF-8 first, then Windows-1252, then charset-normalizer's best guess.

    Danish legacy files are Windows-1252 (which agrees with Latin-1 on every letter) far more often
    than anything else, and detection on a short text guesses Central European code pages that turn
    "ø" into "ř"; so Windows-1252 is tried before guessing.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{name}: broken UTF-16 text") from None
    if b"\x00" in data[:4096]:
        raise InputError(f"{name}: looks like a binary file, not text")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{name}: cannot detect the text encoding")
    return str(best)


def split_front_matter(text: str, name: str) -> tuple[dict[str, object], str]:
    """YAML front matter between leading '---' lines, and the body after it."""
    match = _FRONT.match(text)
    if not match:
        return {}, text
    try:
        data = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        raise InputError(f"{name}: malformed front matter ({str(exc).splitlines()[0]})") from None
    if not isinstance(data, dict):
        raise InputError(f"{name}: front matter must be a mapping of fields")
    return data, text[match.end() :]


def extract(path: Path, data: bytes, use_ocr: bool = True) -> Extracted:
    """The file's parts (pages of a PDF, else the whole text), headings and metadata found inside it."""
    name = path.name
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return pdf_parts(data, name, use_ocr)
    if suffix == ".docx":
        return docx_parts(data, name)
    text = decode_bytes(data, name)
    if suffix in (".html", ".htm"):
        return html_parts(text)
    if suffix in (".md", ".markdown", ".txt"):
        front, body = split_front_matter(text, name)
        return Extracted(parts=[Part(body)], found=front)
    raise InputError(f"{name}: unsupported file type '{suffix}' (use {', '.join(SUPPORTED)})")


def extract_text(path: Path, data: bytes) -> tuple[str, dict[str, object]]:
    """Raw text and any metadata found in the file itself (pages joined by a blank line)."""
    got = extract(path, data)
    return "\n\n".join(p.text for p in got.parts), got.found


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip().lstrip("# ").strip()[:160]
    return ""


def build_meta(path: Path, found: dict[str, object], body: str, over: MetaOverrides) -> DocumentMeta:
    """Front matter and overrides merged into validated metadata; defaults say what they assumed."""
    data: dict[str, object] = {k: v for k, v in found.items() if v is not None}
    for key, value in (
        ("municipality", over.municipality),
        ("date", over.date),
        ("source_type", over.source_type),
        ("title", over.title),
        ("id", over.doc_id),
        ("source", over.source),
    ):
        if value is not None:
            data[key] = value
    data.update(over.extra)
    opening = _first_line(body)
    # The first agenda item of a minutes PDF is not the document's title; its file name says more.
    data.setdefault("title", path.stem if not opening or AGENDA.match(opening) else opening)
    data.setdefault("id", slugify(path.stem))
    data.setdefault("source", path.name)
    if data.get("municipality"):
        data["municipality"] = municipalities.resolve(str(data["municipality"]))
    listed = data.get("municipalities")
    if isinstance(listed, list):
        data["municipalities"] = [municipalities.resolve(str(m)) for m in listed]
    try:
        return DocumentMeta.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        field_name = ".".join(str(p) for p in first["loc"])
        raise InputError(f"{path.name}: invalid metadata '{field_name}': {first['msg']}") from None


def content_hash(meta: DocumentMeta, body: str, facts: Sequence[Fact] = ()) -> str:
    """Hash of what would be indexed: a metadata change (a fact's source included) re-indexes too."""
    digest = hashlib.sha256()
    digest.update(meta.model_dump_json().encode())
    digest.update(b"\x00")
    digest.update(body.encode())
    for fact in facts:
        digest.update(b"\x00" + fact.model_dump_json().encode())
    return digest.hexdigest()


def _joined(parts: Sequence[Part], keep_personal_data: bool, name: str) -> tuple[str, list[PageMark], int]:
    """Clean (and mask) each part on its own and join them, so page offsets stay exact.

    A single part gives exactly ``clean_text`` of the whole text, as before pages were kept.
    """
    pieces: list[str] = []
    marks: list[PageMark] = []
    offset = 0
    masked_total: Counter[str] = Counter()
    for part in parts:
        text = clean_text(part.text)
        if not keep_personal_data:
            masked = mask_personal_data(text)
            text = masked.text
            masked_total.update(masked.counts)
        if not text.strip():
            continue
        if pieces:
            offset += 2  # the blank line between parts
        if part.page is not None:
            marks.append(PageMark(start=offset, page=part.page, ocr=part.ocr))
        pieces.append(text)
        offset += len(text)
    if masked_total:
        log.info("%s: masked %s", name, describe(masked_total))
    return "\n\n".join(pieces), marks, sum(masked_total.values())


def check_file(path: Path, max_mb: float) -> None:
    """The checks every file passes before it is read: exists, supported, not empty, not too large."""
    name = path.name
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if not path.is_file():
        raise InputError(f"{path}: not a file")
    if path.suffix.lower() not in SUPPORTED:
        raise InputError(f"{name}: unsupported file type '{path.suffix}' (use {', '.join(SUPPORTED)})")
    size = path.stat().st_size
    if size == 0:
        raise InputError(f"{name}: the file is empty")
    if size > max_mb * 1024 * 1024:
        shown = f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{size / 1024:.0f} KB"
        raise InputError(f"{name}: {shown} is over the {max_mb:g} MB limit")


def read_document(
    path: Path,
    over: MetaOverrides | None = None,
    max_mb: float = 50.0,
    keep_personal_data: bool = False,
    use_ocr: bool = True,
) -> Document:
    """Parse, clean, mask personal data and validate one file; InputError naming the file on any problem."""
    over = over or MetaOverrides()
    name = path.name
    check_file(path, max_mb)
    got = extract(path, path.read_bytes(), use_ocr)
    if keep_personal_data:
        log.warning("%s: personal data kept unmasked (--keep-personal-data)", name)
    body, pages, masked = _joined(got.parts, keep_personal_data, name)
    if not body.strip():
        if got.skipped:
            raise InputError(f"{name}: only scanned pages without a text layer, and {got.skip_reason}")
        raise InputError(f"{name}: no text left after cleaning (empty, scanned image or only boilerplate)")
    meta = build_meta(path, got.found, body, over)
    # A background note's "Kilde:" lines are its paragraphs' sources: metadata, never indexed text.
    body, facts = split_facts(body, name, plain=meta.source_type == "guidance")
    structured = got.paged or bool(got.headings) or path.suffix.lower() in (".docx", ".html", ".htm")
    sections = find_sections(body, got.headings, numbered=got.paged) if structured else []
    return Document(
        meta=meta,
        text=body,
        content_hash=content_hash(meta, body, facts),
        path=str(path),
        facts=facts,
        pages=pages,
        sections=sections,
        skipped_pages=got.skipped,
        masked=masked,
    )


def collect_paths(paths: list[Path], include_unsupported: bool = False) -> list[Path]:
    """Files to ingest: given files as they are, directories walked for supported types, sorted.

    With ``include_unsupported`` a folder's other files are returned too (hidden ones excepted), so
    the caller can tell the user which files were not read instead of skipping them silently.
    """
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file()
                    and (p.suffix.lower() in SUPPORTED or include_unsupported)
                    and not any(part.startswith(".") for part in p.relative_to(path).parts)
                )
            )
        else:
            out.append(path)
    return out
