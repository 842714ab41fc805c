"""Wires the pages together; ``streamlit_app.py`` only calls ``main``.

A page the user's role does not allow is not in the menu at all, so Streamlit cannot run it even when
its address is typed in.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from assistant.access.auth import Action, User
from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.ui import (
    page_audit,
    page_calculator,
    page_chat,
    page_documents,
    page_eval,
    page_precedents,
)
from assistant.ui.identity import sign_in, user_badge
from assistant.ui.resources import current_settings
from assistant.ui.sidebar import common_sidebar
from assistant.ui.state import OPEN_CALCULATOR, keep_widget_state, tr

# The menu in order: (render, title key, url path, icon, action the role must allow; None = everyone).
PAGES: tuple[tuple[Callable[[Settings], None], str, str, str, Action | None], ...] = (
    (page_chat.render, "ui_page_chat", "chat", ":material/chat:", None),
    (page_documents.render, "ui_page_documents", "dokumenter", ":material/folder_open:", None),
    (page_calculator.render, "ui_page_calculator", "kalkulator", ":material/calculate:", None),
    (page_precedents.render, "ui_page_precedents", "praecedenser", ":material/compare_arrows:", "ask"),
    (page_eval.render, "ui_page_evaluation", "evaluering", ":material/fact_check:", "eval"),
    (page_audit.render, "ui_page_audit", "log", ":material/policy:", "audit"),
)


def _guarded(render: Callable[[Settings], None]) -> Callable[[], None]:
    """A page function that turns any AssistantError into one readable message."""

    def page() -> None:
        try:
            render(current_settings())
        except AssistantError as exc:
            st.error(tr("ui_error", message=str(exc)), icon=":material/error:")

    page.__name__ = f"page_{render.__module__.rsplit('.', 1)[-1]}"
    return page


def pages(user: User) -> list[st.Page]:
    """The navigation entries ``user`` may open, in menu order, titles in the session's language."""
    return [
        st.Page(_guarded(render), title=tr(title), url_path=url, icon=icon, default=url == "chat")
        for render, title, url, icon, action in PAGES
        if action is None or user.can(action)
    ]


def main() -> None:
    """Page config, shared sidebar, navigation."""
    st.set_page_config(page_title=tr("ui_app_title"), page_icon=":material/child_care:", layout="wide")
    keep_widget_state()
    try:
        settings = current_settings()
    except AssistantError as exc:
        st.error(tr("ui_error", message=str(exc)), icon=":material/error:")
        st.stop()
    user = sign_in(settings)  # a session with no allowed user gets a sign-in or refusal page and stops here
    entries = pages(user)
    navigation = st.navigation(entries)
    if st.session_state.pop(OPEN_CALCULATOR, False):  # "Åbn i kalkulatoren" under a chat calculation
        st.switch_page(next(p for p in entries if p.url_path == "kalkulator"))
    user_badge(user)
    common_sidebar()
    navigation.run()
