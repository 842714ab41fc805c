"""Session state keys and the UI language, in one place so pages and tests agree on the names.

Each browser session has its own ``st.session_state``: history, filters and language never leak
between users of the same server.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from assistant.i18n import t
from assistant.models import Answer, Language

LANG = "ui_lang"
MY_MUNICIPALITY = "my_municipality"
HISTORY = "history"
PENDING = "pending_question"
FLASH = "flash_messages"
FILTER_MUNICIPALITIES = "filter_municipalities"
FILTER_YEARS = "filter_years"
FILTER_TYPES = "filter_source_types"
ANSWER_MODE = "answer_mode"
EXPORT_SELECTION = "export_selection"
OPEN_CALCULATOR = "open_calculator"  # set by "Åbn i kalkulatoren"; the app switches page on the next run

# Widget values Streamlit would forget when the user visits a page that does not draw the widget.
PERSIST = (LANG, MY_MUNICIPALITY, FILTER_MUNICIPALITIES, FILTER_YEARS, FILTER_TYPES, ANSWER_MODE)


def lang() -> Language:
    """The UI language of this session (Danish unless the user switched)."""
    return "en" if st.session_state.get(LANG) == "en" else "da"


def tr(key: str, **kwargs: Any) -> str:
    """A phrase from the translation table in this session's language."""
    return t(key, lang(), **kwargs)


def keep_widget_state() -> None:
    """Copy widget values into plain state so they survive page switches (Streamlit's documented trick)."""
    for key in PERSIST:
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]


def history() -> list[Answer]:
    """This session's answers, oldest first."""
    return st.session_state.setdefault(HISTORY, [])


def flash(kind: str, message: str) -> None:
    """A message shown once after the next rerun (used when an action reruns the page)."""
    st.session_state.setdefault(FLASH, []).append((kind, message))


def show_flashes() -> None:
    """Show and forget the pending messages: inline where the page calls this, and as a toast, so the
    reader sees the outcome even when the page is scrolled down to the form."""
    icons = {"success": ":material/check_circle:", "error": ":material/error:", "warning": ":material/warning:"}
    for kind, message in st.session_state.pop(FLASH, []):
        {"success": st.success, "error": st.error, "warning": st.warning}.get(kind, st.info)(message)
        st.toast(message, icon=icons.get(kind, ":material/info:"))
