"""Stored copies of ingested files, so a citation can open the original at its page.

Uploads are read from a temporary folder and a user's folder may move, so the index keeps its own copy
under ``<data dir>/originals/<content hash>/<file name>``. The folder is named by the file's bytes: the
same file ingested twice is stored once, and a copy is never overwritten by a different file.
"""

from __future__ import annotations

import hashlib
import os
import re
import uuid
from pathlib import Path

from assistant.errors import StoreError


def originals_dir(data_dir: Path) -> Path:
    return Path(data_dir).resolve() / "originals"


def _safe_name(name: str) -> str:
    """The file's own name, minus anything a path or a shell would read as more than a name."""
    cleaned = re.sub(r"[^\w.\- ()æøåÆØÅ]+", "_", Path(name).name).strip(" .")
    return cleaned[:120] or "dokument"


def store_original(data_dir: Path, name: str, data: bytes) -> Path:
    """Keep a copy of ``data`` under the data directory; returns its absolute path."""
    digest = hashlib.sha256(data).hexdigest()[:20]
    target = originals_dir(data_dir) / digest / _safe_name(name)
    if target.exists() and target.stat().st_size == len(data):
        return target
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{uuid.uuid4().hex[:8]}.part")
        tmp.write_bytes(data)
        os.replace(tmp, target)
    except OSError as exc:
        raise StoreError(f"cannot store a copy of {name} under {target.parent}: {exc.strerror}") from None
    return target


def is_stored(data_dir: Path, path: str | Path) -> bool:
    """True when ``path`` is a stored original of this data directory (never any other file)."""
    try:
        return Path(path).resolve().is_relative_to(originals_dir(data_dir)) and Path(path).is_file()
    except OSError:
        return False
