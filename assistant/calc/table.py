"""The scenario table for people: column labels in Danish or English, the chart, CSV and Excel bytes.

``scenario.scenario_table`` computes; this module only presents, so the app and the CLI show the same
table. pandas and Altair are imported by the functions that need them (they are slow to import).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TYPE_CHECKING

from assistant.models import Language

if TYPE_CHECKING:
    import altair as alt
    import pandas as pd

COLUMN_LABELS: dict[str, dict[str, str]] = {
    "da": {
        "target_caseload": "Sagstal",
        "fte_exact": "Årsværk (præcist)",
        "fte_needed": "Årsværk (rundet op)",
        "extra_fte": "Ekstra årsværk",
        "cost_per_year": "Udgift pr. år (kr.)",
        "savings_per_year": "Besparelse pr. år (kr.)",
        "net_per_year": "Netto pr. år (kr.)",
        "net_cumulative": "Netto akkumuleret (kr.)",
        "break_even_placements": "Break-even: anbringelser",
        "break_even_foster": "Break-even: plejefamilie",
        "break_even_residential": "Break-even: institution",
        "break_even_pct": "Break-even: % af anbringelsesudgift",
        "payback_year": "Tilbagebetalt i år",
    },
    "en": {
        "target_caseload": "Caseload",
        "fte_exact": "FTE (exact)",
        "fte_needed": "FTE (rounded up)",
        "extra_fte": "Extra FTE",
        "cost_per_year": "Cost per year (DKK)",
        "savings_per_year": "Savings per year (DKK)",
        "net_per_year": "Net per year (DKK)",
        "net_cumulative": "Net cumulative (DKK)",
        "break_even_placements": "Break-even: placements",
        "break_even_foster": "Break-even: foster care",
        "break_even_residential": "Break-even: residential",
        "break_even_pct": "Break-even: % of placement spend",
        "payback_year": "Paid back in year",
    },
}


_DA_LABELS = "replace(datum.label, /,/g, '.')"
SERIES_COLORS = ("#c0392b", "#27ae60", "#2c6fbb")  # cost, savings, net


def localize_table(table: pd.DataFrame, lang: Language) -> pd.DataFrame:
    """Column headers in the reader's language (values untouched)."""
    return table.rename(columns=COLUMN_LABELS[lang])


def scenario_chart(table: pd.DataFrame, lang: Language = "da") -> alt.Chart:
    """Cost, savings and net per year against the target caseload, one line each."""
    import altair as alt

    labels = COLUMN_LABELS[lang]
    keep = ["cost_per_year", "savings_per_year", "net_per_year"]
    long = table.melt(id_vars=["target_caseload"], value_vars=keep, var_name="series", value_name="kr")
    long["series"] = long["series"].map(labels)
    x_title, y_title = labels["target_caseload"], "kr. pr. år" if lang == "da" else "DKK per year"
    return (
        alt.Chart(long)
        .mark_line(point=True)
        .encode(
            x=alt.X("target_caseload:Q", title=x_title),
            # Danish readers group thousands with a dot: 6.000.000, not 6,000,000.
            y=alt.Y("kr:Q", title=y_title, axis=alt.Axis(labelExpr=_DA_LABELS) if lang == "da" else alt.Axis()),
            # Colours fixed by meaning, so cost is red and savings green in both languages.
            color=alt.Color(
                "series:N", title=None,
                scale=alt.Scale(domain=[labels[k] for k in keep], range=list(SERIES_COLORS)),
            ),
            tooltip=["target_caseload", "series", alt.Tooltip("kr:Q", format=",.0f")],
        )
    )


# One input of a scenario table, for exports: (label, value, where it comes from), in the reader's language.
InputRow = tuple[str, float, str]
_INPUT_HEAD = {"da": ("Input", "Værdi", "Oprindelse"), "en": ("Input", "Value", "Origin")}


def _inputs_frame(inputs: Sequence[InputRow], lang: Language) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame(list(inputs), columns=list(_INPUT_HEAD[lang]))


def table_csv(table: pd.DataFrame, lang: Language = "da", inputs: Sequence[InputRow] = ()) -> bytes:
    """CSV bytes that open in a Danish Excel as columns (';' and decimal comma), UTF-8 with BOM for æøå.

    ``inputs`` follow the table after an empty line, so the file says what it was computed from.
    """
    out = localize_table(table, lang)
    sep, decimal = (";", ",") if lang == "da" else (",", ".")
    text = out.to_csv(index=False, sep=sep, decimal=decimal)
    if inputs:
        text += "\n" + _inputs_frame(inputs, lang).to_csv(index=False, sep=sep, decimal=decimal)
    return text.encode("utf-8-sig")


def table_excel(table: pd.DataFrame, lang: Language = "da", inputs: Sequence[InputRow] = ()) -> bytes:
    """An .xlsx workbook: the table, and with ``inputs`` a second sheet saying what it was computed from."""
    import pandas as pd

    buffer = io.BytesIO()
    sheet = "Scenarier" if lang == "da" else "Scenarios"
    with pd.ExcelWriter(buffer) as writer:
        localize_table(table, lang).to_excel(writer, index=False, sheet_name=sheet)
        if inputs:
            _inputs_frame(inputs, lang).to_excel(writer, index=False, sheet_name="Input" if lang == "da" else "Inputs")
    return buffer.getvalue()
