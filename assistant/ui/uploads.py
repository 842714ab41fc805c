"""Saving browser uploads safely before anything parses them.

An uploaded file name is attacker-controlled text: it may hold ``../``, a Windows drive, NUL bytes or a
name that collides with the index files. Only a slug of its stem and a known suffix survive, the file
lands inside ``data_dir/uploads`` and nowhere else, and size and type are checked on the bytes first,
so a bad upload never reaches the parsers or the index.
"""

from __future__ import annotations

import io
import os
import uuid
from pathlib import Path, PurePosixPath, PureWindowsPath

from assistant.config import Settings
from assistant.errors import InputError
from assistant.i18n import t
from assistant.ingest.read import slugify
from assistant.models import Language

# What the upload form accepts (the ingest reader supports the same formats, plus aliases).
UPLOAD_TYPES: tuple[str, ...] = ("pdf", "docx", "html", "htm", "txt", "md")
_TEXT_SUFFIXES = {".html", ".htm", ".txt", ".md"}


class UploadError(InputError):
    """A refused upload; the message stays English for logs, ``say`` gives it in the page's language."""

    def __init__(self, key: str, **kwargs: object) -> None:
        self.key, self.kwargs = key, kwargs
        super().__init__(t(key, "en", **kwargs))

    def say(self, language: Language) -> str:
        return t(self.key, language, **self.kwargs)


def uploads_dir(settings: Settings) -> Path:
    """Where uploads are kept: inside the data directory, so one folder holds the whole state."""
    return Path(settings.data_dir) / "uploads"


def safe_name(original: str) -> str:
    """A file name with no directory part, no odd characters and a supported, lower-case suffix."""
    # Both separators count: a name from Windows ("C:\\x\\plan.pdf") must lose its folders on Linux too.
    base = PureWindowsPath(PurePosixPath(original.replace("\x00", "")).name).name
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = suffix, ""
    suffix = suffix.lower()
    if suffix not in UPLOAD_TYPES:
        shown = f".{suffix}" if suffix else "(none)"
        allowed = ", ".join(f".{s}" for s in UPLOAD_TYPES)
        raise UploadError("upload_bad_type", name=base or original, suffix=shown, allowed=allowed)
    return f"{slugify(stem)}.{suffix}"


def check_upload(name: str, data: bytes, max_mb: float) -> None:
    """Size and type checked on the bytes, before any parser sees them."""
    if not data:
        raise UploadError("upload_empty", name=name)
    if len(data) > max_mb * 1024 * 1024:
        raise UploadError("upload_too_big", name=name, mb=f"{len(data) / 1024 / 1024:.1f}", limit=f"{max_mb:g}")
    suffix = Path(name).suffix.lower()
    if suffix == ".pdf" and not data.startswith(b"%PDF"):
        raise UploadError("upload_not_pdf", name=name)
    if suffix == ".docx" and not data.startswith(b"PK"):
        raise UploadError("upload_not_docx", name=name)
    utf16 = data.startswith((b"\xff\xfe", b"\xfe\xff"))
    if suffix in _TEXT_SUFFIXES and b"\x00" in data[:4096] and not utf16:
        raise UploadError("upload_binary", name=name)


def save_upload(settings: Settings, original: str, data: bytes) -> Path:
    """Check and write one upload atomically; returns its path inside the uploads folder."""
    name = safe_name(original)
    check_upload(name, data, settings.max_file_mb)
    folder = uploads_dir(settings).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    target = (folder / name).resolve()
    if target.parent != folder:  # cannot happen after safe_name; kept as the last line of defence
        raise InputError(f"{original!r}: not a valid file name")
    tmp = folder / f".{uuid.uuid4().hex}.part"
    try:
        tmp.write_bytes(data)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


MAX_ZIP_MEMBERS = 1000


def expand_zip(name: str, data: bytes, max_mb: float) -> tuple[list[tuple[str, bytes]], list[dict[str, str]]]:
    """The files inside an uploaded zip, named "folder-file.pdf" so equal names in two folders stay two.

    Folders, hidden files and macOS resource forks are passed over; a member over the size limit or of
    an unsupported type is refused by name, and a damaged archive is refused as a whole. Sizes are
    checked before a member is read, so a zip bomb is refused, not unpacked.
    """
    import zipfile

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [i for i in archive.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        return [], [{"file": name, "reason": f"{name}: not a readable zip archive ({exc})"}]
    files: list[tuple[str, bytes]] = []
    failed: list[dict[str, str]] = []
    for info in members[:MAX_ZIP_MEMBERS]:
        parts = [p for p in PurePosixPath(info.filename.replace("\\", "/")).parts if p not in ("", ".", "..")]
        if not parts or any(p.startswith((".", "__MACOSX")) for p in parts):
            continue
        shown = f"{name}/{'/'.join(parts)}"
        if info.file_size > max_mb * 1024 * 1024:
            failed.append({"file": shown, "reason": f"{shown}: over the {max_mb:g} MB limit"})
            continue
        try:
            files.append(("-".join(parts), archive.read(info)))
        except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, RuntimeError) as exc:
            failed.append({"file": shown, "reason": f"{shown}: cannot be unpacked ({exc})"})
    if len(members) > MAX_ZIP_MEMBERS:
        failed.append({"file": name, "reason": f"{name}: only the first {MAX_ZIP_MEMBERS} files were read"})
    return files, failed


def delete_upload(settings: Settings, path: str | None) -> bool:
    """Remove a stored upload when a document is removed; never touches files outside the folder."""
    if not path:
        return False
    folder = uploads_dir(settings).resolve()
    candidate = Path(path).resolve()
    if candidate.parent != folder or not candidate.is_file():
        return False
    candidate.unlink()
    return True
