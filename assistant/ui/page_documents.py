"""The Dokumenter page: what the knowledge base holds, uploads with metadata, and removal.

Every change goes through ``Assistant.ingest`` / ``remove``, which swap index snapshots atomically: a
bad file is reported and the index stays as it was. Only editors and administrators see the upload and
remove controls; every change is written to the audit log, and the page shows who made it.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pandas as pd
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from assistant import municipalities
from assistant.access import audit
from assistant.access.auth import require
from assistant.access.ratelimit import RateLimited, limits
from assistant.answers.export import format_date
from assistant.config import SOURCE_TYPES, Settings
from assistant.errors import AssistantError, InputError
from assistant.i18n import source_label
from assistant.index.bulk import FileProgress, OnFile
from assistant.index.indexer import Progress
from assistant.ingest.read import MetaOverrides
from assistant.models import Language
from assistant.service import Assistant, IngestReport
from assistant.ui.identity import allowed, current_user
from assistant.ui.resources import get_service, rate_limiter
from assistant.ui.state import flash, lang, show_flashes, tr
from assistant.ui.uploads import UploadError, delete_upload, expand_zip, save_upload

STAGES = ("reading", "embedding", "bm25", "done")


def _when(event: audit.AuditEvent) -> str:
    return event.time.astimezone().strftime("%d.%m.%Y %H:%M" if lang() == "da" else "%Y-%m-%d %H:%M")


def documents_frame(service: Assistant, events: list[audit.AuditEvent] | None = None) -> pd.DataFrame:
    """One row per indexed document with its number of chunks and who added it (from the audit log),
    headers in the reader's language."""
    changed = audit.document_changes(events or [])
    language = lang()
    rows = [
        {
            tr("ui_col_title"): row.title,
            tr("ui_col_municipality"): row.municipality or tr("general"),
            # Text, not a date cell: an undated document says "uden dato" instead of "None".
            tr("ui_col_date"): format_date(row.date, language),
            tr("ui_col_type"): source_label(row.source_type, language),
            tr("ui_col_chunks"): row.chunks,
            tr("ui_col_added_by"): _added_by(changed.get(row.id)),
            tr("ui_col_id"): row.id,
        }
        for row in service.document_rows()
    ]
    return pd.DataFrame(rows)


def _added_by(event: audit.AuditEvent | None) -> str:
    """'anna@kommune.dk, 26.11.2026 07:10' for an upload the log knows; empty for the curated base."""
    return f"{event.user}, {_when(event)}" if event is not None and event.action == "upload" else ""


def changes_frame(events: list[audit.AuditEvent], limit: int = 10) -> pd.DataFrame:
    """The latest uploads and removals, newest first: when, who, what."""
    rows = [
        {
            tr("ui_col_when"): _when(e),
            tr("ui_col_user"): e.user,
            tr("ui_col_action"): tr(f"ui_action_{e.action}"),
            tr("ui_col_documents"): ", ".join(e.doc_ids),
        }
        for e in reversed(events)
        if e.action in ("upload", "remove") and e.doc_ids
    ]
    return pd.DataFrame(rows[:limit])


def _progress_callback(bar: DeltaGenerator) -> Progress:
    def update(stage: str, fraction: float) -> None:
        label = tr(f"ui_stage_{stage}") if stage in STAGES else stage
        bar.progress(min(1.0, max(0.0, float(fraction))), text=label)

    return update


def _file_callback(bar: DeltaGenerator) -> OnFile:
    def update(p: FileProgress) -> None:
        text = tr("ui_stage_files", done=p.done, total=p.total, pages=p.pages)
        bar.progress(min(1.0, p.done / max(1, p.total)), text=text)

    return update


def _report(report: IngestReport) -> None:
    done = report.added + report.replaced
    if done:
        flash("success", tr("ui_upload_added", ids=", ".join(done)))
    if report.unchanged:
        flash("info", tr("ui_upload_unchanged", ids=", ".join(report.unchanged)))
    for fail in report.failed:
        flash("error", tr("ui_upload_failed", file=Path(fail["file"]).name, reason=fail["reason"]))
    ocr_pages = sum(len(p) for p in report.ocr_pages.values())
    if ocr_pages:
        flash("info", tr("ui_upload_ocr", pages=ocr_pages))
    for name, why in report.skipped_pages.items():
        flash("warning", tr("ui_upload_failed", file=Path(name).name, reason=why))


def ingest_uploads(
    service: Assistant,
    files: list[tuple[str, bytes]],
    over: MetaOverrides,
    bar: DeltaGenerator | None = None,
    language: Language = "da",
) -> IngestReport:
    """Save each upload safely, then ingest the good ones in one atomic index change; refusals are
    worded in ``language``."""
    settings = service.settings
    saved: list[Path] = []
    failed: list[dict[str, str]] = []
    files = unpacked(files, failed, settings.max_file_mb)
    for name, data in files:
        try:
            saved.append(save_upload(settings, name, data))
        except UploadError as exc:
            failed.append({"file": name, "reason": exc.say(language)})
        except InputError as exc:
            failed.append({"file": name, "reason": str(exc)})
    if not saved:
        return IngestReport(failed=failed)
    progress = _progress_callback(bar) if bar is not None else None
    on_file = _file_callback(bar) if bar is not None else None
    report = service.ingest(saved, over, progress=progress, on_file=on_file)
    for fail in report.failed:  # a file that could not be parsed is not kept either
        delete_upload(settings, fail["file"])
    report.failed = failed + report.failed
    return report


def unpacked(files: list[tuple[str, bytes]], failed: list[dict[str, str]], max_mb: float) -> list[tuple[str, bytes]]:
    """Uploads with every zip archive replaced by the files inside it (refusals go to ``failed``)."""
    out: list[tuple[str, bytes]] = []
    for name, data in files:
        if name.lower().endswith(".zip"):
            inside, refused = expand_zip(name, data, max_mb)
            out.extend(inside)
            failed.extend(refused)
        else:
            out.append((name, data))
    return out


def _upload_form(service: Assistant) -> None:
    st.subheader(tr("ui_upload_title"))
    st.caption(tr("ui_upload_help", mb=f"{service.settings.max_file_mb:g}"))
    with st.form("upload_form", clear_on_submit=True):
        uploaded = st.file_uploader(
            # No type filter in the picker: the browser would drop an .exe silently; save_upload says why.
            tr("ui_upload_files"), accept_multiple_files=True, key="upload_files",
            max_upload_size=max(1, math.ceil(service.settings.max_file_mb)),
        )
        left, right = st.columns(2)
        with left:
            municipality = st.selectbox(
                tr("ui_col_municipality"), municipalities.names(), index=None,
                placeholder=tr("ui_choose_municipality"), key="upload_municipality",
            )
            date = st.date_input(
                tr("ui_col_date"), value=None, min_value=dt.date(1970, 1, 1), max_value=dt.date(2100, 12, 31),
                format="DD.MM.YYYY" if lang() == "da" else "YYYY-MM-DD", key="upload_date",
            )
        with right:
            language = lang()
            source_type = st.selectbox(
                tr("ui_col_type"), list(SOURCE_TYPES), index=list(SOURCE_TYPES).index("official_plan"),
                format_func=lambda s: source_label(s, language), key="upload_source_type",
            )
            title = st.text_input(tr("ui_upload_title_field"), key="upload_title", max_chars=200)
        submitted = st.form_submit_button(
            tr("ui_upload_submit"), icon=":material/upload:", key="upload_submit"
        )
    if not submitted:
        return
    if not uploaded:
        st.warning(tr("ui_upload_none"))
        return
    user = current_user()
    require(user, "upload")
    try:
        rate_limiter(service.settings).hit(user.name, "upload", limits(service.settings)["upload"])
    except RateLimited as exc:
        st.warning(tr("ui_rate_limited_upload", minutes=max(1, round(exc.retry_after / 60))), icon=":material/timer:")
        return
    files = [(f.name, f.getvalue()) for f in uploaded]
    over = MetaOverrides(
        municipality=municipality, date=date, source_type=source_type,
        title=(title.strip() or None) if len(files) == 1 and not files[0][0].lower().endswith(".zip") else None,
    )
    bar = st.progress(0.0, text=tr("ui_stage_reading"))
    try:
        report = ingest_uploads(service, files, over, bar, lang())
    except AssistantError as exc:
        flash("error", tr("ui_error", message=str(exc)))
    else:
        if report.added or report.replaced:
            audit.record(service.settings, user, "upload", report.added + report.replaced)
        _report(report)
    st.rerun()


def _remove_form(service: Assistant) -> None:
    docs = {d.meta.id: d for d in service.documents()}
    if not docs:
        return
    st.subheader(tr("ui_remove_title"))
    doc_id = st.selectbox(
        tr("ui_remove_pick"), list(docs), index=None, placeholder=tr("ui_remove_placeholder"),
        format_func=lambda i: f"{docs[i].meta.title} ({i})", key="remove_doc",
    )
    confirm = st.checkbox(tr("ui_remove_confirm"), key="remove_confirm")
    st.button(
        tr("ui_remove_button"), disabled=not (doc_id and confirm), icon=":material/delete:",
        on_click=_remove, args=(service,), key="remove_button",
    )
    st.caption(tr("ui_remove_note"))


def _remove(service: Assistant) -> None:
    """Button callback: runs before the rerun, so it may reset the form's widgets."""
    doc_id = st.session_state.get("remove_doc")
    if not doc_id or not st.session_state.get("remove_confirm"):
        return
    doc = next((d for d in service.documents() if d.meta.id == doc_id), None)
    user = current_user()
    try:
        require(user, "remove")
        service.remove(doc_id)
    except AssistantError as exc:
        flash("error", tr("ui_error", message=str(exc)))
    else:
        audit.record(service.settings, user, "remove", [doc_id])
        delete_upload(service.settings, doc.path if doc else None)
        flash("success", tr("ui_removed", id=doc_id))
    st.session_state["remove_confirm"] = False
    st.session_state["remove_doc"] = None


def render(settings: Settings) -> None:
    """The knowledge base table, the upload form and the remove control."""
    service = get_service(settings)
    st.title(tr("ui_docs_title"))
    show_flashes()
    try:
        events = audit.read(settings)
    except audit.AuditError as exc:  # the knowledge base is still usable; say the history is not
        st.warning(tr("ui_error", message=str(exc)), icon=":material/warning:")
        events = []
    frame = documents_frame(service, events)
    st.caption(tr("ui_docs_summary", docs=len(frame), chunks=service.index.snapshot().size))
    if frame.empty:
        st.info(tr("ui_docs_empty"))
    else:
        st.dataframe(
            frame, hide_index=True, key="documents_table", width="stretch",
            height=min(36 * (len(frame) + 1) + 4, 640),  # every row visible up to ~17 documents
        )
    _changes(events)
    if allowed("upload"):
        _upload_form(service)
    else:
        st.info(tr("ui_docs_readonly"), icon=":material/visibility:")
    if allowed("remove"):
        _remove_form(service)


def _changes(events: list[audit.AuditEvent]) -> None:
    st.subheader(tr("ui_changes_title"))
    frame = changes_frame(events)
    if frame.empty:
        st.caption(tr("ui_changes_none"))
    else:
        st.dataframe(frame, hide_index=True, key="changes_table", width="stretch")
