"""Saved conversations in the app: the current one in session state, its id in the address bar.

The id in the URL (``?samtale=…``) is what makes a conversation survive a reload: a reload starts a new
Streamlit session, which reads the id and loads the file ``assistant.conversation`` saved. All logic
about follow-ups and storage lives in the package; this module only wires it to widgets. Every store
here is the signed-in user's own, so an id from someone else's address bar opens nothing.
"""

from __future__ import annotations

import streamlit as st

from assistant.config import Settings
from assistant.conversation import Conversation, ConversationStore
from assistant.models import Answer
from assistant.ui.identity import current_user
from assistant.ui.state import HISTORY, PENDING, tr

CONVERSATION = "conversation"
URL_KEY = "samtale"
MISSING = "conversation_missing"  # set when the URL named a conversation this user does not have


def store(settings: Settings) -> ConversationStore:
    return ConversationStore.of(settings.data_dir, current_user())


def _activate(conversation: Conversation) -> None:
    st.session_state[CONVERSATION] = conversation
    # The page's history is the conversation's own list, so an append is seen by both.
    st.session_state[HISTORY] = conversation.answers
    if conversation.answers:
        st.query_params[URL_KEY] = conversation.id
    elif URL_KEY in st.query_params:
        del st.query_params[URL_KEY]


def current(settings: Settings) -> Conversation:
    """This session's conversation: the one named in the URL on a fresh session, else a new one."""
    conversation = st.session_state.get(CONVERSATION)
    if isinstance(conversation, Conversation):
        return conversation
    wanted = st.query_params.get(URL_KEY)
    loaded = store(settings).load(wanted) if wanted else None
    if wanted and loaded is None:
        st.session_state[MISSING] = True
    conversation = loaded or Conversation()
    _activate(conversation)
    return conversation


def record(settings: Settings, answer: Answer) -> None:
    """Add an answer to the current conversation and save it at once (a reload loses nothing)."""
    conversation = current(settings)
    conversation.add(answer)
    store(settings).save(conversation)
    st.query_params[URL_KEY] = conversation.id


def _open(settings: Settings, conversation_id: str) -> None:
    loaded = store(settings).load(conversation_id)
    if loaded is not None:
        _activate(loaded)


def _new() -> None:
    _activate(Conversation())


def _delete(settings: Settings, conversation_id: str) -> None:
    store(settings).delete(conversation_id)
    _activate(Conversation())


def conversation_sidebar(settings: Settings) -> None:
    """"Ny samtale", the saved conversations (newest first) and delete for the open one."""
    conversation = current(settings)
    st.sidebar.subheader(tr("ui_conversations"))
    st.sidebar.button(tr("ui_new_conversation"), key="new_conversation", on_click=_new,
                      icon=":material/add_comment:", width="stretch")
    saved = store(settings).all()
    if not saved:
        st.sidebar.caption(tr("ui_no_conversations"))
    for i, item in enumerate(saved[:20]):
        is_open = item.id == conversation.id
        st.sidebar.button(
            item.title or tr("conv_untitled"), key=f"open_conversation_{i}", on_click=_open,
            args=(settings, item.id), type="secondary" if is_open else "tertiary",
            icon=":material/chat_bubble:" if is_open else ":material/chat_bubble_outline:", width="stretch",
        )  # fmt: skip
    if conversation.answers:
        st.sidebar.button(tr("ui_delete_conversation"), key="delete_conversation", on_click=_delete,
                          args=(settings, conversation.id), icon=":material/delete:")


def regenerate(settings: Settings) -> None:
    """"Svar igen": take the last answer back and ask its question once more on this run."""
    conversation = current(settings)
    if not conversation.answers:
        return
    last = conversation.answers.pop()
    if conversation.answers:
        store(settings).save(conversation)
    else:
        store(settings).delete(conversation.id)
    st.session_state[PENDING] = last.question
