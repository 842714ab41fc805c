"""How one answer looks: text with citation markers, sources that expand to the verbatim quote,
the calculation table and formula, and the briefing-note downloads."""

from __future__ import annotations

import re
from collections.abc import Sequence

import pandas as pd
import streamlit as st

from assistant.answers import export
from assistant.answers.blocks import TableBlock, split_blocks
from assistant.answers.source_groups import SourceGroup, group_citations, panel_of
from assistant.calc.labels import output_label
from assistant.i18n import source_label, t
from assistant.models import Answer, Calculation, Language
from assistant.number_fields import field_text
from assistant.numbers import format_kr, format_number, format_percent
from assistant.ui.markup import (
    SOURCE_COLORS,
    SOURCE_ICONS,
    answer_markdown,
    badge,
    escape_markdown,
    quote_block,
    table_markdown,
)
from assistant.ui.originals import render_original
from assistant.ui.state import OPEN_CALCULATOR, lang, tr

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def source_anchor(key: str, panel: int) -> str:
    """The in-page id of a source panel, so a ``[n]`` marker can link to it."""
    return f"kilde-{key}-{panel}"


def group_label(group: SourceGroup, language: Language) -> str:
    """Panel label: the markers it holds, title, municipalities, date and a badge for the kind of source."""
    where = ", ".join(group.municipalities) or tr("general")
    when = export.format_date(group.date, language)
    numbers = ", ".join(str(n) for n in group.ids)
    text = escape_markdown(f"[{numbers}] {group.title} — {where}, {when}")
    label = f"{text} {badge(group.source_type, source_label(group.source_type, language))}"
    pages = sorted(set(group.pages.values()))
    if pages:  # "s. 14": where in a long original the quotes stand
        label += f" :gray-badge[{t('page_short', language)} {', '.join(map(str, pages))}]"
    if group.ocr:
        label += " :orange-badge[OCR]"
    return label


def render_source_group(group: SourceGroup, key: str, panel: int) -> None:
    """One document: every quote the answer took from it, where it comes from, a link to the original."""
    language = lang()
    # An empty element with an id: the target the answer's [n] links scroll to.
    st.html(f'<div id="{source_anchor(key, panel)}"></div>')
    with st.expander(group_label(group, language), key=f"{key}_src_{panel}"):
        st.badge(
            source_label(group.source_type, language),
            color=SOURCE_COLORS.get(group.source_type, "gray"),  # type: ignore[arg-type]
            icon=SOURCE_ICONS.get(group.source_type),
        )
        for number, quote in group.quotes:
            st.markdown(f"**[{number}]**{_place(group, number, language)}\n\n" + quote_block(quote))
            if number in group.ocr:
                st.caption(tr("ui_cit_ocr"))
            if number in group.originals:  # a background note's paragraph: the source it was compiled from
                st.caption(escape_markdown(f"{tr('ui_cit_source')}: {group.originals[number]}"))
        facts = [
            f"{tr('ui_cit_title')}: {group.title}",
            f"{tr('ui_cit_municipality')}: {', '.join(group.municipalities) or tr('general')}",
            f"{tr('ui_cit_date')}: {export.format_date(group.date, language)}",
        ]
        if group.source:
            facts.append(f"{tr('ui_cit_source')}: {group.source}")
        st.caption("  \n".join(escape_markdown(f) for f in facts))
        for link in group.links:
            st.link_button(tr("ui_cit_open") + f" ({link.removeprefix('https://')})", link,
                           icon=":material/open_in_new:")
        if group.file:
            render_original(group, f"{key}_orig_{panel}")


def _place(group: SourceGroup, number: int, language: Language) -> str:
    """ " · Punkt 7: Tilsyn · :gray-badge[s. 14]" after a quote's marker."""
    parts = []
    if number in group.sections:
        parts.append(escape_markdown(group.sections[number]))
    if number in group.pages:
        parts.append(f":gray-badge[{t('page_short', language)} {group.pages[number]}]")
    return " " + " · ".join(parts) if parts else ""


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
            {tr("ui_calc_output"): (f"{a.label} ({a.reading_title or a.reading})" if a.reading else a.label),
             tr("ui_calc_value"): _shown(a.value, a.unit, language)}
            for a in calc.asked
        ]  # fmt: skip
    else:
        rows = [
            {tr("ui_calc_output"): output_label(name, language), tr("ui_calc_value"): format_number(value, language)}
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


def render_calculation(calc: Calculation, key: str, said: str = "") -> None:
    """Inputs and results as tables, the formula one step a line, and each note once.

    A note the answer text already says (``said``) is not repeated under the tables.
    """
    inputs, outputs = calculation_frames(calc, lang())
    if not inputs.empty:  # a reply that computes nothing (a number it cannot place) has no inputs to list
        st.markdown(f"**{tr('ui_calc_inputs')}**")
        st.table(inputs)
    if not outputs.empty:
        st.markdown(f"**{tr('ui_calc_outputs')}**")
        st.table(outputs)
    if calc.formula.strip():
        st.markdown(f"**{tr('ui_calc_formula')}**")
        st.code("\n".join(step.strip() for step in calc.formula.split(";")), language=None, wrap_lines=True)
    for note in dict.fromkeys(calc.notes):
        if note not in said:
            st.caption(escape_markdown(note))
    fields = calculator_fields(calc)
    if fields:
        st.button(tr("ui_open_in_calculator"), key=f"{key}_to_calc", on_click=_open_in_calculator,
                  args=(fields,), icon=":material/calculate:")


# Chat input names -> the Kalkulator page's field keys.
_CALC_FIELDS = {"cases": "calc_cases", "staff_now": "calc_fte", "cost_per_worker": "calc_cost_per_fte"}


def calculator_fields(calc: Calculation) -> dict[str, str]:
    """The Kalkulator fields a chat calculation fills (as typed text), when it has cases and staff."""
    if not {"cases", "staff_now"} <= set(calc.inputs):
        return {}
    fields = {key: field_text(calc.inputs[name].value) for name, key in _CALC_FIELDS.items() if name in calc.inputs}
    if "target" in calc.inputs:
        fields["calc_target_extra"] = str(calc.inputs["target"].value)
    return fields


def _open_in_calculator(fields: dict[str, str]) -> None:
    for key, value in fields.items():
        st.session_state[key] = value
    st.session_state[OPEN_CALCULATOR] = True


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
    groups = group_citations(answer.citations)
    links = {n: f"#{source_anchor(key, panel)}" for n, panel in panel_of(groups).items()}
    if answer.abstained:
        body = f"**{tr('ui_abstain_title')}**\n\n{escape_markdown(answer.answer)}\n\n{tr('ui_abstain_hint')}"
        st.warning(body, icon=":material/search_off:")
    else:
        text = without_input_list(answer.answer) if answer.calculation is not None else answer.answer
        render_body(text, {c.id for c in answer.citations}, links)
    if answer.calculation is not None:
        render_calculation(answer.calculation, key, answer.answer)
    if groups:
        st.markdown(f"**{tr('ui_sources')}**")
        for panel, group in enumerate(groups, start=1):
            render_source_group(group, key, panel)
    if answer.verification is not None and answer.verification.fallback:
        st.caption(tr("ui_llm_fallback"))
    seconds = answer.timings_ms.get("total", 0.0) / 1000
    mode = tr("ui_mode_llm") if answer.mode == "llm" else tr("ui_mode_extractive")
    st.caption(tr("ui_answer_meta", seconds=format_number(seconds, lang(), 1), mode=mode))
    if not answer.abstained:  # a note that says "no source" is nothing to brief anyone on
        render_downloads([answer], key)
        with st.popover(tr("ui_copy_answer"), icon=":material/content_copy:"):
            # st.code has a copy button; the text is the answer as plain text, markers kept.
            st.code(export.plain_answer(answer.answer), language=None, wrap_lines=True)


_INPUT_HEADS = ("Input:", "Inputs:")
_HARD_BREAK = re.compile(r"(?<=[^\n])\n(?=[^\n-])")


def without_input_list(text: str) -> str:
    """A calculation's text without its "Input:" list: the inputs table under it says the same, with origins.

    The CLI and the briefing note keep the list; on screen it would be said twice.
    """
    out: list[str] = []
    skipping = False
    for line in text.splitlines():
        if line.strip() in _INPUT_HEADS:
            skipping = True
            continue
        if skipping and line.startswith("- "):
            continue
        skipping = False
        out.append(line)
    return "\n".join(out)


def render_body(text: str, ids: set[int], links: dict[int, str]) -> None:
    """The answer text; a table in it (a comparison) is drawn as a table, not as pipes."""
    for block in split_blocks(text):
        if isinstance(block, TableBlock):
            st.markdown(table_markdown(block.header, block.rows, ids, links))
        else:
            # A single line break in the answer is a line break on screen too (Markdown would join the
            # lines: "… mål 30. I mangler 10 rådgivere" read as one sentence).
            st.markdown(_HARD_BREAK.sub("  \n", answer_markdown(block.text, ids, links)))
