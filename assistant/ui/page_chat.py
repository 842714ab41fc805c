"""The chat page: ask in Danish or English, get cited extractive answers, export briefing notes."""

from __future__ import annotations

import streamlit as st

from assistant.access import audit
from assistant.access.ratelimit import RateLimited, limits
from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.models import Answer, AnswerMode, Filters
from assistant.service import Assistant
from assistant.ui import conversations
from assistant.ui.answer_view import render_answer, render_downloads
from assistant.ui.identity import current_user
from assistant.ui.markup import escape_markdown
from assistant.ui.resources import ask, get_service, rate_limiter
from assistant.ui.sidebar import chat_sidebar
from assistant.ui.state import EXPORT_SELECTION, MY_MUNICIPALITY, PENDING, history, tr

EXAMPLE_KEYS = ("ui_example_1", "ui_example_2", "ui_example_3", "ui_example_4")


def _pick_example(key: str) -> None:
    st.session_state[PENDING] = tr(key)


def _examples() -> None:
    st.markdown(f"**{tr('ui_examples')}**")
    columns = st.columns(2)
    for i, key in enumerate(EXAMPLE_KEYS):
        with columns[i % 2]:
            st.button(
                tr(key), key=f"example_{i}", on_click=_pick_example, args=(key,),
                icon=":material/help:", width="stretch",
            )


def _export_selection() -> None:
    """A briefing note covering several answers of this conversation."""
    answers = history()
    if len(answers) < 2:
        return
    with st.expander(tr("ui_export_many"), icon=":material/library_books:", key="export_many"):
        picked = st.multiselect(
            tr("ui_export_pick"),
            list(range(len(answers))),
            default=list(range(len(answers))),
            format_func=lambda i: f"{i + 1}. {answers[i].question}",
            key=EXPORT_SELECTION,
        )
        if picked:
            render_downloads([answers[i] for i in sorted(picked)], "export_many")


def _regenerate_button(settings: Settings) -> None:
    """"Svar igen" under the newest answer only: it replaces that answer, not an older one."""
    st.button(tr("ui_regenerate"), key="regenerate", on_click=conversations.regenerate, args=(settings,),
              icon=":material/refresh:", type="tertiary")


def question_waiting() -> bool:
    """True while a typed or picked question is about to be answered (its answer gets the button)."""
    return bool(st.session_state.get("chat_input") or st.session_state.get(PENDING))


def _answer(
    service: Assistant, question: str, filters: Filters, mode: AnswerMode, earlier: list[Answer]
) -> Answer:
    """The rate limit first (no work for a refused question), then the answer, then the audit line."""
    settings, user = service.settings, current_user()
    rate_limiter(settings).hit(user.name, "ask", limits(settings)["ask"])
    answer = ask(service, question, filters, st.session_state.get(MY_MUNICIPALITY), mode, earlier)
    audit.record(settings, user, "ask", [c.doc_id for c in answer.citations], question)
    return answer


def render(settings: Settings) -> None:
    """Draw the chat; a new question is answered under a spinner and appended to the history."""
    service = get_service(settings)
    conversations.current(settings)  # loads the conversation named in the URL after a reload
    filters, mode = chat_sidebar(service)
    st.title(tr("ui_chat_title"))
    st.caption(tr("ui_chat_intro"))
    if st.session_state.pop(conversations.MISSING, False):
        st.warning(tr("ui_auth_conversation_missing"), icon=":material/lock:")
    answers = history()
    examples = st.container()
    for i, answer in enumerate(answers):
        with st.chat_message("user"):
            st.markdown(escape_markdown(answer.question))
        with st.chat_message("assistant"):
            render_answer(answer, i)
            if i == len(answers) - 1 and not question_waiting():
                _regenerate_button(settings)
    typed = st.chat_input(tr("ui_chat_placeholder"), key="chat_input", max_chars=2000)
    question = typed or st.session_state.pop(PENDING, None)
    if not answers and not question:
        with examples:
            _examples()
    if question:
        with st.chat_message("user"):
            st.markdown(escape_markdown(question))
        with st.chat_message("assistant"):
            try:
                with st.spinner(tr("ui_thinking")):
                    answer = _answer(service, question, filters, mode, list(answers))
            except RateLimited as exc:
                st.warning(tr("ui_rate_limited_ask", seconds=max(1, round(exc.retry_after))), icon=":material/timer:")
            except AssistantError as exc:
                st.error(tr("ui_error", message=str(exc)), icon=":material/error:")
            else:
                conversations.record(settings, answer)
                render_answer(answer, len(answers) - 1)
                _regenerate_button(settings)
    _export_selection()
    # Drawn last, so a conversation saved by this run's answer is already in the list.
    conversations.conversation_sidebar(settings)
