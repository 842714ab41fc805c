"""How one answer looks: text with citation markers, sources that expand to the verbatim quote,
the calculation table and formula, and the briefing-note downloads."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import streamlit as st

from assistant import export
from assistant.citations import source_kind
from assistant.models import Answer, Calculation, Citation, Language
from assistant.numbers import format_kr, format_number, format_percent
from assistant.ui.markup import (
    SOURCE_COLORS,
    SOURCE_ICONS,
    answer_markdown,
    badge,
    escape_markdown,
    quote_block,
)
from assistant.ui.state import lang, tr

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def citation_label(cit: Citation, language: Language) -> str:
    """Expander label: number, title, municipality, date and a badge for the kind of source."""
    where = cit.municipality or tr("general")
    when = export.format_date(cit.date, language)
    text = escape_markdown(f"[{cit.id}] {cit.title} — {where}, {when}")
    return f"{text} {badge(cit.source_type, source_kind(cit, language))}"


def render_citation(cit: Citation, key: str) -> None:
    language = lang()
    with st.expander(citation_label(cit, language), key=f"{key}_cit_{cit.id}"):
        st.badge(
            source_kind(cit, language),
            color=SOURCE_COLORS.get(cit.source_type, "gray"),  # type: ignore[arg-type]
            icon=SOURCE_ICONS.get(cit.source_type),
        )
        st.markdown(quote_block(cit.quote))
        facts = [
            f"{tr('ui_cit_title')}: {cit.title}",
            f"{tr('ui_cit_municipality')}: {cit.municipality or tr('general')}",
            f"{tr('ui_cit_date')}: {export.format_date(cit.date, language)}",
            f"{tr('ui_cit_doc')}: {cit.doc_id}",
        ]
        if cit.original_source:  # a background note's paragraph: the source it was compiled from
            facts.append(f"{tr('ui_cit_source')}: {cit.original_source}" + (f" ({cit.url})" if cit.url else ""))
        elif cit.source:
            facts.append(f"{tr('ui_cit_source')}: {cit.source}")
        st.caption("  \n".join(escape_markdown(f) for f in facts))


def calculation_frames(calc: Calculation, language: Language) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Inputs (with origin and citation) and outputs as display tables, numbers in the reader's format."""
    inputs = pd.DataFrame(
        [
            {
                tr("ui_calc_input"): item.label or name,
                tr("ui_calc_value"): format_number(item.value, language),
                tr("ui_calc_origin"): tr(f"export_origin_{item.origin}"),
                tr("ui_calc_citation"): f"[{item.citation}]" if item.citation else "",
            }
            for name, item in calc.inputs.items()
        ]
    )
    if calc.asked:
        # What the question asked for, in its order and with the reader's labels; the raw outputs dict
        # also holds intermediate keys ("staff_now_exact") no reader should have to decode.
        rows = [
            {tr("ui_calc_output"): (f"{a.label} ({a.reading})" if a.reading else a.label),
             tr("ui_calc_value"): _shown(a.value, a.unit, language)}
            for a in calc.asked
        ]  # fmt: skip
    else:
        rows = [
            {tr("ui_calc_output"): name, tr("ui_calc_value"): format_number(value, language)}
            for name, value in calc.outputs.items()
        ]
    return inputs, pd.DataFrame(rows)


def _shown(value: float | None, unit: str, language: Language) -> str:
    if value is None:
        return "–"
    if unit == "kr":
        return format_kr(value, language)
    if unit == "pct":
        return format_percent(value, language)
    return format_number(value, language)


def render_calculation(calc: Calculation, key: str) -> None:
    inputs, outputs = calculation_frames(calc, lang())
    st.markdown(f"**{tr('ui_calc_inputs')}**")
    st.dataframe(inputs, hide_index=True, key=f"{key}_calc_in")
    if not outputs.empty:
        st.markdown(f"**{tr('ui_calc_outputs')}**")
        st.dataframe(outputs, hide_index=True, key=f"{key}_calc_out")
    st.markdown(f"**{tr('ui_calc_formula')}**")
    st.code(calc.formula, language=None)
    for note in calc.notes:
        st.caption(escape_markdown(note))


def render_downloads(answers: Sequence[Answer], key: str) -> None:
    """DOCX and Markdown briefing notes, built only when clicked (deferred download)."""
    language = lang()
    chosen = list(answers)
    with st.container(horizontal=True, key=f"{key}_downloads"):
        st.download_button(
            tr("ui_download_docx"),
            data=lambda: export.briefing_docx(chosen, language),
            file_name=export.filename(chosen, language, "docx"),
            mime=DOCX_MIME,
            key=f"{key}_docx",
            on_click="ignore",
            icon=":material/description:",
        )
        st.download_button(
            tr("ui_download_md"),
            data=lambda: export.briefing_markdown(chosen, language),
            file_name=export.filename(chosen, language, "md"),
            mime="text/markdown",
            key=f"{key}_md",
            on_click="ignore",
            icon=":material/markdown:",
        )


def render_answer(answer: Answer, index: int) -> None:
    """One assistant turn; ``index`` makes every widget key unique within the history."""
    key = f"ans{index}"
    if answer.notice:
        st.info(escape_markdown(answer.notice))
    if answer.abstained:
        body = f"**{tr('ui_abstain_title')}**\n\n{escape_markdown(answer.answer)}\n\n{tr('ui_abstain_hint')}"
        st.warning(body, icon=":material/search_off:")
    else:
        st.markdown(answer_markdown(answer.answer, {c.id for c in answer.citations}))
    if answer.calculation is not None:
        render_calculation(answer.calculation, key)
    if answer.citations:
        st.markdown(f"**{tr('ui_sources')}**")
        for cit in answer.citations:
            render_citation(cit, key)
    if answer.verification is not None and answer.verification.fallback:
        st.caption(tr("ui_llm_fallback"))
    seconds = answer.timings_ms.get("total", 0.0) / 1000
    mode = tr("ui_mode_llm") if answer.mode == "llm" else tr("ui_mode_extractive")
    st.caption(tr("ui_answer_meta", seconds=format_number(seconds, lang(), 1), mode=mode))
    render_downloads([answer], key)
