"""The Log page (administrators only): the audit trail as a table, from a chosen date."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from assistant import audit
from assistant.auth import require
from assistant.config import Settings
from assistant.ui.identity import current_user
from assistant.ui.state import lang, tr


def audit_frame(events: list[audit.AuditEvent]) -> pd.DataFrame:
    """Newest first, in the page's language; the question column only when the log holds any."""
    fmt = "%d.%m.%Y %H:%M:%S" if lang() == "da" else "%Y-%m-%d %H:%M:%S"
    with_text = any(e.question for e in events)
    rows = []
    for e in reversed(events):
        row = {
            tr("ui_col_when"): e.time.astimezone().strftime(fmt),
            tr("ui_col_user"): e.user,
            tr("ui_col_action"): tr(f"ui_action_{e.action}"),
            tr("ui_col_documents"): ", ".join(e.doc_ids),
        }
        if with_text:
            row[tr("ui_col_question")] = e.question or ""
        rows.append(row)
    return pd.DataFrame(rows)


def render(settings: Settings) -> None:
    require(current_user(), "audit")
    st.title(tr("ui_audit_title"))
    st.caption(tr("ui_audit_intro"))
    today = dt.date.today()
    since = st.date_input(
        tr("ui_audit_since"), value=today - dt.timedelta(days=7), max_value=today,
        format="DD.MM.YYYY" if lang() == "da" else "YYYY-MM-DD", key="audit_since",
    )
    start = dt.datetime.combine(since, dt.time(), tzinfo=dt.UTC) if isinstance(since, dt.date) else None
    frame = audit_frame(audit.read(settings, start))
    if frame.empty:
        st.info(tr("ui_audit_empty"))
    else:
        st.dataframe(frame, hide_index=True, key="audit_table", width="stretch")
