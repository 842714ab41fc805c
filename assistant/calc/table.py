"""The scenario table for people: column labels in Danish or English, the chart, CSV and Excel bytes.

``scenario.scenario_table`` computes; this module only presents, so the app and the CLI show the same
table. pandas and Altair are imported by the functions that need them (they are slow to import).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TYPE_CHECKING

from assistant.i18n import Section
from assistant.models import Language

if TYPE_CHECKING:
    import altair as alt
    import pandas as pd

COLUMNS = Section("calc.column")


def column_labels(lang: Language) -> dict[str, str]:
    """Column key -> header in ``lang``, the shape ``DataFrame.rename`` takes."""
    return {key: phrase.text(lang) for key, phrase in COLUMNS.items()}


_DA_LABELS = "replace(datum.label, /,/g, '.')"
SERIES_COLORS = ("#c0392b", "#27ae60", "#2c6fbb")  # cost, savings, net


def localize_table(table: pd.DataFrame, lang: Language) -> pd.DataFrame:
    """Column headers in the reader's language (values untouched)."""
    return table.rename(columns=column_labels(lang))


def scenario_chart(table: pd.DataFrame, lang: Language = "da") -> alt.Chart:
    """Cost, savings and net per year against the target caseload, one line each."""
    import altair as alt

    labels = column_labels(lang)
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
_INPUT_HEAD = Section("calc.input_head")


def _inputs_frame(inputs: Sequence[InputRow], lang: Language) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame(list(inputs), columns=[phrase.text(lang) for phrase in _INPUT_HEAD.values()])


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
