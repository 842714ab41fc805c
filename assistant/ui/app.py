"""Wires the pages together; ``streamlit_app.py`` only calls ``main``.

Pages owned by other modules (precedents, evaluation) appear once their module exists, so the menu
never shows an empty placeholder. A page the user's role does not allow is not in the menu at all, so
Streamlit cannot run it even when its address is typed in.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable

import streamlit as st

from assistant.access.auth import Action, User
from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.ui.identity import sign_in, user_badge
from assistant.ui.resources import current_settings
from assistant.ui.sidebar import common_sidebar
from assistant.ui.state import OPEN_CALCULATOR, keep_widget_state, tr

# (module, title key, url path, icon, action the role must allow); a module is used when it can be
# imported and has render(settings).
OPTIONAL_PAGES: tuple[tuple[str, str, str, str, Action], ...] = (
    ("assistant.ui.page_precedents", "ui_page_precedents", "praecedenser", ":material/compare_arrows:", "ask"),
    ("assistant.ui.page_eval", "ui_page_evaluation", "evaluering", ":material/fact_check:", "eval"),
    ("assistant.ui.page_audit", "ui_page_audit", "log", ":material/policy:", "audit"),
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


def _optional(module_name: str) -> Callable[[Settings], None] | None:
    if importlib.util.find_spec(module_name) is None:
        return None
    render = getattr(importlib.import_module(module_name), "render", None)
    return render if callable(render) else None


def pages(user: User) -> list[st.Page]:
    """The navigation entries ``user`` may open, in menu order, titles in the session's language."""
    from assistant.ui import page_calculator, page_chat, page_documents

    entries = [
        st.Page(_guarded(page_chat.render), title=tr("ui_page_chat"), url_path="chat",
                icon=":material/chat:", default=True),
        st.Page(_guarded(page_documents.render), title=tr("ui_page_documents"), url_path="dokumenter",
                icon=":material/folder_open:"),
        st.Page(_guarded(page_calculator.render), title=tr("ui_page_calculator"), url_path="kalkulator",
                icon=":material/calculate:"),
    ]
    for module_name, title_key, url, icon, action in OPTIONAL_PAGES:
        render = _optional(module_name) if user.can(action) else None
        if render is not None:
            entries.append(st.Page(_guarded(render), title=tr(title_key), url_path=url, icon=icon))
    return entries


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
