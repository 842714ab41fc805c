"""The original file behind a citation, offered for download from the source panel.

Only a copy the index stored itself (``<data dir>/originals/…``, see ``assistant.ingest.originals``) is offered:
a path in a citation is data, and a tampered snapshot must not turn the app into a file server.
"""

from __future__ import annotations

import base64
import html
import mimetypes
from pathlib import Path

import streamlit as st
import streamlit.components.v1 as components

from assistant.answers.source_groups import SourceGroup
from assistant.ui.state import tr

OPEN_MAX_MB = 20  # the file travels to the browser once more to open it in a tab; larger ones download only


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
        help=tr("ui_cit_page_note", page=pages[0]) if pages else None,
    )
    small = original.stat().st_size <= OPEN_MAX_MB * 1024 * 1024
    if not (pages and original.suffix.lower() == ".pdf" and small):
        return
    # Built only when asked for: the link carries the whole file.
    if st.button(tr("ui_cit_open_page", page=pages[0]), key=f"{key}_open", icon=":material/open_in_new:"):
        components.html(open_at_page(original.read_bytes(), pages[0], tr("ui_cit_open_link", page=pages[0])))


def open_at_page(pdf: bytes, page: int, label: str) -> str:
    """A link that opens the PDF in a new tab at ``page`` (``#page=14``; Chromium's and Firefox's viewers
    honour it, others open page 1). The file becomes a blob URL inside the component, so no server route
    ever serves files from the data directory."""
    data = base64.b64encode(pdf).decode("ascii")
    return f"""<a id="open" href="#" target="_blank" rel="noopener"
style="font-family:sans-serif;font-size:15px;color:#c0392b">{html.escape(label)}</a>
<script>
const raw = atob("{data}");
const bytes = new Uint8Array(raw.length);
for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
const url = URL.createObjectURL(new Blob([bytes], {{type: "application/pdf"}}));
document.getElementById("open").href = url + "#page={int(page)}";
</script>"""
