"""Sidebar controls: language and "min kommune" on every page; filters and answer mode for the chat."""

from __future__ import annotations

from typing import cast

import streamlit as st

from assistant import municipalities
from assistant.config import SOURCE_TYPES
from assistant.i18n import source_label, t
from assistant.models import AnswerMode, Filters
from assistant.service import Assistant
from assistant.ui.state import (
    ANSWER_MODE,
    FILTER_MUNICIPALITIES,
    FILTER_TYPES,
    FILTER_YEARS,
    LANG,
    MY_MUNICIPALITY,
    lang,
    tr,
)

LANGUAGES = {"da": "Dansk", "en": "English"}


def common_sidebar() -> str | None:
    """Language switch and the user's own municipality; returns that municipality (or None)."""
    st.sidebar.radio(
        tr("ui_language"), list(LANGUAGES), format_func=LANGUAGES.__getitem__, horizontal=True, key=LANG
    )
    choice = st.sidebar.selectbox(
        tr("ui_my_municipality"),
        municipalities.names(),
        index=None,
        placeholder=tr("ui_choose_municipality"),
        help=tr("ui_my_municipality_help"),
        key=MY_MUNICIPALITY,
    )
    return str(choice) if choice else None


def _year_range(service: Assistant) -> tuple[int, int] | None:
    years = sorted({d.meta.date.year for d in service.documents() if d.meta.date})
    return (years[0], years[-1]) if len(years) >= 2 else None


def _year_filter(span: tuple[int, int]) -> tuple[int | None, int | None]:
    low, high = span
    state = st.session_state.get(FILTER_YEARS)
    if state is not None and not (low <= state[0] <= state[1] <= high):
        del st.session_state[FILTER_YEARS]  # the knowledge base changed under a stored range
    # A default value next to a value kept in session state makes Streamlit warn; give it only once.
    default = None if FILTER_YEARS in st.session_state else (low, high)
    chosen = cast(
        tuple[int, int], st.sidebar.slider(tr("ui_filter_years"), low, high, value=default, key=FILTER_YEARS)
    )
    # The full range means "no filter", so undated documents are not dropped by accident.
    return (None if chosen[0] == low else chosen[0], None if chosen[1] == high else chosen[1])


def chat_sidebar(service: Assistant) -> tuple[Filters, AnswerMode]:
    """Filters and answer mode for the chat page."""
    st.sidebar.subheader(tr("ui_filters"))
    covered = sorted({m for d in service.documents() for m in d.meta.all_municipalities()})
    stored = st.session_state.get(FILTER_MUNICIPALITIES, [])
    if any(m not in covered for m in stored):  # a removed document took its municipality with it
        st.session_state[FILTER_MUNICIPALITIES] = [m for m in stored if m in covered]
    chosen = st.sidebar.multiselect(
        tr("ui_filter_municipalities"), covered, placeholder=tr("ui_all"), key=FILTER_MUNICIPALITIES
    )
    span = _year_range(service)
    year_from, year_to = _year_filter(span) if span else (None, None)
    language = lang()
    types = st.sidebar.multiselect(
        tr("ui_filter_types"),
        list(SOURCE_TYPES),
        format_func=lambda s: source_label(s, language),
        placeholder=tr("ui_all"),
        key=FILTER_TYPES,
    )
    if not service.settings.llm:
        # Nothing to choose: say in plain words what the answers are, and offer no dead control.
        st.sidebar.caption(tr("ui_answer_mode_no_llm_plain"))
        mode: str | None = "extractive"
    else:
        mode = st.sidebar.radio(
            tr("ui_answer_mode"),
            ["extractive", "llm"],
            # Bind the language now: a format function may be called outside this script run.
            format_func=lambda m: t("ui_mode_llm" if m == "llm" else "ui_mode_extractive", language),
            help=tr("ui_answer_mode_help"),
            key=ANSWER_MODE,
        )
    filters = Filters(
        municipalities=list(chosen), year_from=year_from, year_to=year_to, source_types=list(types)
    )
    return filters, ("llm" if mode == "llm" else "extractive")
