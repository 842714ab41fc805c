"""The Kalkulator page: staffing scenarios for target caseloads, cost against placement savings.

Every number comes from ``assistant.calc.formulas``; the page only collects inputs and shows the table. Figures
no document states (own cases, own staff, the full cost of a social worker) start empty and must be
typed; cited national figures are offered as defaults with their quote.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from assistant.calc import formulas as calc
from assistant.calc import records
from assistant.calc import table as calc_table
from assistant.calc.fields import FieldError
from assistant.calc.presets import CitedValue, load_presets
from assistant.config import Settings
from assistant.errors import InputError
from assistant.models import CalcInput, Calculation, Language
from assistant.number_fields import FieldKind, echo, field_text, read_field
from assistant.numbers import format_number
from assistant.ui.markup import escape_markdown
from assistant.ui.state import lang, tr

TARGET_CHOICES = (15.0, 20.0, 24.0, 25.0, 30.0, 35.0, 40.0, 45.0, 50.0)
_BAD_FIELDS = "calc_bad_fields"  # set during a run when a field could not be read
_FIELD_LABELS = {
    "cases": "ui_calc_cases", "fte": "ui_calc_fte", "cost_per_fte": "ui_calc_cost_per_fte",
    "target": "ui_calc_targets", "cost_per_placement": "ui_calc_foster_cost", "placements": "ui_calc_foster_avoided",
}
_COUNT_COLUMNS = {"target_caseload", "fte_exact", "fte_needed", "extra_fte", "payback_year"}


def cited_caption(value: CitedValue, language: Language) -> str:
    """Where a default comes from, escaped: label, figure, verbatim quote, caveat (no internal id)."""
    figure = format_number(value.value, language)
    text = f"{value.text(language)}: {figure} — «{value.quote}»"
    if value.origin == "assumption":  # the quote states another quantity: say that the figure is assumed
        text = f"{value.assumption_text(language)}. {text}"
    note = value.note.get(language)
    return escape_markdown(text + (f". {note}" if note else ""))


def display_table(table: pd.DataFrame, language: Language) -> pd.DataFrame:
    """The scenario table with numbers as the reader writes them; empty cells stay empty."""
    shown = table.copy().astype(object)
    for column in table.columns:
        decimals = None if column in _COUNT_COLUMNS else 0
        shown[column] = [
            "" if pd.isna(v) else format_number(float(v), language, decimals) for v in table[column]
        ]
    return calc_table.localize_table(shown, language)


def _number(label_key: str, key: str, value: float | None, kind: FieldKind = "count") -> float | None:
    """A typed number read the Danish way; the parsed value is echoed, a doubtful one is refused inline.

    A text field, not ``st.number_input``: the browser's number box reads "600.000" as 600.
    """
    if key not in st.session_state:
        st.session_state[key] = field_text(value)
    text = st.text_input(tr(label_key), key=key, placeholder=tr("ui_calc_type_here"), help=tr("ui_calc_number_help"))
    reading = read_field(text, lang(), kind)
    if reading.error:
        st.error(tr(reading.error, text=reading.text), icon=":material/error:")
        st.session_state[_BAD_FIELDS] = True
        return None
    if reading.value is not None:
        st.caption(echo(reading.value, lang(), kind))
    return reading.value


def _savings_inputs(values: dict[str, CitedValue], language: Language) -> dict[str, CalcInput]:
    st.subheader(tr("ui_calc_savings"))
    st.caption(tr("ui_calc_savings_help"))
    left, right = st.columns(2)
    with left:
        foster_avoided = _number("ui_calc_foster_avoided", "calc_foster_avoided", 0.0)
        foster_cost = _number("ui_calc_foster_cost", "calc_foster_cost", values["foster_cost"].value, "kr")
        st.caption(cited_caption(values["foster_cost"], language))
    with right:
        residential_avoided = _number("ui_calc_residential_avoided", "calc_residential_avoided", 0.0)
        residential_cost = _number("ui_calc_residential_cost", "calc_residential_cost",
                                   values["residential_cost"].value, "kr")
        st.caption(cited_caption(values["residential_cost"], language))
    inputs = records.typed(
        foster_avoided=foster_avoided or 0.0, foster_cost=foster_cost or 0.0,
        residential_avoided=residential_avoided or 0.0, residential_cost=residential_cost or 0.0,
    )  # fmt: skip
    for key in ("foster_cost", "residential_cost"):  # the cited default, kept as it was offered
        if inputs[key].value == values[key].value:
            inputs[key] = records.cited(key, values[key])
    return inputs


# The page's words for each input of the record, in the order the CSV/Excel files list them.
_INPUT_LABELS = {
    "cases": "ui_calc_cases", "fte": "ui_calc_fte", "cost_per_fte": "ui_calc_cost_per_fte",
    "foster_avoided": "ui_calc_foster_avoided", "foster_cost": "ui_calc_foster_cost",
    "residential_avoided": "ui_calc_residential_avoided", "residential_cost": "ui_calc_residential_cost",
    "years": "ui_calc_years", "ramp_years": "ui_calc_ramp",
}  # fmt: skip


def export_inputs(record: Calculation, values: dict[str, CitedValue]) -> list[calc_table.InputRow]:
    """Every input of the scenario with its origin, for the CSV and Excel files: read from the record."""
    own = tr("export_origin_user")
    return [
        (tr(_INPUT_LABELS[key]), item.value, values[key].text(lang()) if item.origin != "user" else own)
        for key, item in record.inputs.items()
    ]


def render(settings: Settings) -> None:
    """Inputs on top, then the scenario table, the chart and the downloads."""
    language = lang()
    values = load_presets(settings.presets_path).values
    st.session_state[_BAD_FIELDS] = False
    st.title(tr("ui_calc_title"))
    st.caption(tr("ui_calc_intro"))
    col1, col2, col3 = st.columns(3)
    with col1:
        cases = _number("ui_calc_cases", "calc_cases", None)
    with col2:
        fte = _number("ui_calc_fte", "calc_fte", None)
    with col3:
        cost = _number("ui_calc_cost_per_fte", "calc_cost_per_fte", None, "kr")
    st.caption(cited_caption(values["social_worker_pay_state"], language))
    choices = list(TARGET_CHOICES)
    extra = st.session_state.pop("calc_target_extra", None)  # a target carried from a chat calculation
    if extra is not None:
        wanted = float(extra)
        choices = sorted({*choices, wanted})
        st.session_state["calc_targets"] = sorted({*st.session_state.get("calc_targets", calc.DEFAULT_TARGETS), wanted})
    default = None if "calc_targets" in st.session_state else list(calc.DEFAULT_TARGETS)
    targets = st.multiselect(tr("ui_calc_targets"), choices, default=default,
                             format_func=lambda v: format_number(v, language), key="calc_targets")
    years_col, ramp_col = st.columns(2)
    with years_col:
        years = st.slider(tr("ui_calc_years"), 1, 10, 4, key="calc_years")
    with ramp_col:
        ramp = st.slider(tr("ui_calc_ramp"), 1, 5, 1, key="calc_ramp", help=tr("ui_calc_ramp_help"))
    try:
        savings = _savings_inputs(values, language)
        records.placement_savings(savings)  # an implausible savings figure is refused before the rest is typed
        if st.session_state[_BAD_FIELDS]:
            st.warning(tr("ui_calc_fix_inputs"), icon=":material/edit:")
            return
        if not (cases and fte and cost):
            st.info(tr("ui_calc_need_inputs"), icon=":material/edit:")
            return
        typed = records.typed(cases=cases, fte=fte, cost_per_fte=cost)
        table, record = records.scenario_record({**typed, **savings}, targets, years, ramp)
    except FieldError as exc:
        # The reason in the page's language, next to the label the reader typed it under.
        label = tr(_FIELD_LABELS[exc.field]) if exc.field in _FIELD_LABELS else exc.field
        st.error(tr("ui_error", message=f"{label}: {exc.describe(language)}"), icon=":material/error:")
        return
    except InputError as exc:
        st.error(tr("ui_error", message=str(exc)), icon=":material/error:")
        return
    st.subheader(tr("ui_calc_result"))
    st.caption(tr("ui_calc_current", caseload=format_number(cases / fte, language, 1)))
    # An HTML table, not a canvas grid: every column fits the page and a reader can select the figures.
    st.table(display_table(table, language))
    st.altair_chart(calc_table.scenario_chart(table, language), width="stretch", key="calc_chart")
    st.markdown(f"**{tr('ui_calc_formula')}**")
    st.code(tr("ui_calc_formula_text"), language=None, wrap_lines=True)
    used = export_inputs(record, values)
    left, right = st.columns(2)
    with left:
        st.download_button(
            tr("ui_calc_csv"), calc_table.table_csv(table, language, used), file_name="scenarier.csv",
            mime="text/csv", key="calc_csv", on_click="ignore", icon=":material/table:",
        )
    with right:
        st.download_button(
            tr("ui_calc_excel"), calc_table.table_excel(table, language, used), file_name="scenarier.xlsx",
            mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            key="calc_excel", on_click="ignore", icon=":material/grid_on:",
        )
