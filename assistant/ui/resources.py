"""Heavy objects loaded once per server process and shared by every browser session.

The ``Assistant`` holds the embedder, the Chroma client and the current index snapshot; all of them are
read-only while answering, and an ingest swaps snapshots atomically, so sessions can share one safely.
Settings are read from the environment on every run (cheap), and the cache is keyed by them, so a
test that points the app at another data directory gets its own ``Assistant``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import streamlit as st

from assistant import conversation
from assistant.access.ratelimit import RateLimiter
from assistant.config import Settings, load_settings
from assistant.models import Answer, AnswerMode, Filters
from assistant.service import Assistant
from assistant.ui.state import tr


def current_settings() -> Settings:
    """Settings from ``ASSISTANT_*`` environment variables (ConfigError when one is invalid)."""
    return load_settings()


def settings_key(settings: Settings) -> str:
    """A cache key covering every setting, including the (masked when dumped) API key."""
    secret = settings.llm_api_key.get_secret_value() if settings.llm_api_key else ""
    return settings.model_dump_json() + hashlib.sha256(secret.encode()).hexdigest()[:12]


@st.cache_resource(show_spinner=False, max_entries=4)
def _assistant(key: str, _settings: Settings) -> Assistant:
    service = Assistant(_settings)
    service.warm_up()  # under the loading spinner, so the first question is answered at full speed
    return service


@st.cache_resource(show_spinner=False, max_entries=4)
def _rate_limiter(key: str) -> RateLimiter:
    return RateLimiter()


def rate_limiter(settings: Settings) -> RateLimiter:
    """One limiter per server process and settings: every session's requests count against their user."""
    return _rate_limiter(settings_key(settings))


def get_service(settings: Settings) -> Assistant:
    """The shared Assistant; the first call per server builds the index if it is missing."""
    with st.spinner(tr("ui_loading")):
        return _assistant(settings_key(settings), settings)


def ask(
    service: Assistant,
    question: str,
    filters: Filters,
    my_municipality: str | None,
    mode: AnswerMode,
    earlier: Sequence[Answer] = (),
) -> Answer:
    """Answer in the mode the sidebar chose, as the next turn of the conversation (``assistant.conversation``)."""
    return conversation.ask(service, question, earlier, filters, my_municipality, mode=mode)
