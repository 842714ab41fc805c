"""The original file behind a citation, offered for download from the source panel.

Only a copy the index stored itself (``<data dir>/originals/…``, see ``assistant.originals``) is offered:
a path in a citation is data, and a tampered snapshot must not turn the app into a file server.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path

import streamlit as st

from assistant.source_groups import SourceGroup
from assistant.ui.state import tr


def stored_original(path: str | None) -> Path | None:
    """The stored copy, when ``path`` is one (``…/originals/<hash>/<name>``) and still exists."""
    if not path:
        return None
    candidate = Path(path)
    if candidate.parent.parent.name != "originals" or not candidate.is_file():
        return None
    return candidate


def render_original(group: SourceGroup, key: str) -> None:
    """A download button for the original file; read only when clicked (deferred download)."""
    original = stored_original(group.file)
    if original is None:
        return
    pages = sorted(set(group.pages.values()))
    label = tr("ui_cit_download") + (f" ({original.name})")
    st.download_button(
        label,
        data=lambda: original.read_bytes(),
        file_name=original.name,
        mime=mimetypes.guess_type(original.name)[0] or "application/octet-stream",
        key=key,
        on_click="ignore",
        icon=":material/download:",
        help=tr("ui_cit_open_page", page=pages[0]) if pages else None,
    )
