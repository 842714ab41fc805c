"""The Log page (administrators only): the audit trail from a chosen date, and the sign-in settings in force.

The settings are shown read-only: they come from the server's environment, so an administrator can
check them here but changes them where the service is configured (README, "Drift i kommunen").
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from assistant.access import audit
from assistant.access.auth import require
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


SHOWN_SETTINGS = (
    "auth", "auth_proxies", "auth_user_header", "auth_groups_header", "auth_groups_claim", "auth_reader_groups",
    "auth_editor_groups", "auth_admin_groups", "audit_questions", "conversation_export", "rate_asks", "rate_uploads",
)


def settings_frame(settings: Settings) -> pd.DataFrame:
    """The access settings as ASSISTANT_* variables and their values (none of them is a secret)."""
    rows = [
        {tr("ui_col_setting"): f"ASSISTANT_{name.upper()}", tr("ui_col_value"): str(getattr(settings, name))}
        for name in SHOWN_SETTINGS
    ]
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
    start = dt.datetime.combine(since, dt.time()).astimezone() if isinstance(since, dt.date) else None
    frame = audit_frame(audit.read(settings, start))
    if frame.empty:
        st.info(tr("ui_audit_empty"))
    else:
        st.dataframe(frame, hide_index=True, key="audit_table", width="stretch")
    with st.expander(tr("ui_audit_settings"), icon=":material/settings:"):
        st.dataframe(settings_frame(settings), hide_index=True, key="audit_settings", width="stretch")
