"""The Præcedenser page: the precedent register as a filterable table, timelines, and comparables.

Everything shown comes from ``assistant.answers.precedents`` and ``assistant.municipalities``; the page only
filters and draws. Document text is escaped before it reaches Markdown.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import altair as alt
import pandas as pd
import streamlit as st

from assistant import municipalities
from assistant.answers.comparison_text import TOPIC_NAMES
from assistant.answers.precedents import (
    STATUS_ORDER,
    TOPICS,
    Precedent,
    comparable_precedents,
    load_register,
    timeline,
)
from assistant.config import Settings
from assistant.errors import InputError
from assistant.i18n import Section, source_label, t
from assistant.models import Language
from assistant.numbers import format_number
from assistant.ui.markup import escape_markdown, quote_block
from assistant.ui.state import MY_MUNICIPALITY, lang

STATUS_NAMES = Section("ui.precedents.status")
KIND_NAMES = Section("ui.precedents.kind")
COLUMNS = Section("ui.precedents.column")


def _t(key: str, language: Language, **kwargs: object) -> str:
    return t(f"ui.precedents.{key}", language, **kwargs)


def _topic(topic: str, language: Language) -> str:
    return TOPIC_NAMES.text(topic, language, default=topic)


def filter_register(
    records: Sequence[Precedent],
    names: Sequence[str] = (),
    topics: Sequence[str] = (),
    statuses: Sequence[str] = (),
    search: str = "",
) -> list[Precedent]:
    """The records the page's filters keep; an empty filter keeps everything."""
    needle = municipalities.fold(search.strip())
    kept = []
    for rec in records:
        text = municipalities.fold(
            " ".join((rec.measure, rec.measure_en, rec.outcome, rec.outcome_en, rec.area))
        )
        if names and rec.municipality not in names:
            continue
        if topics and not set(topics) & set(rec.topics):
            continue
        if (statuses and rec.status not in statuses) or (needle and needle not in text):
            continue
        kept.append(rec)
    return kept


def register_frame(records: Sequence[Precedent], language: Language) -> pd.DataFrame:
    """One row per record, in the page's language (quotes stay Danish in the figures' source)."""
    rows = [
        {
            "municipality": r.municipality,
            "year": r.year,
            "period": r.say("period", language),
            "measure": r.say("measure", language),
            "outcome": r.say("outcome", language),
            "figures": "; ".join(f.display(language) for f in r.figures),
            "status": STATUS_NAMES[r.status].text(language),
            "topics": ", ".join(_topic(t, language) for t in r.topics),
            "source_type": source_label(r.source_type, language),
            "doc_id": r.doc_id,
        }
        for r in records
    ]
    frame = pd.DataFrame(rows, columns=list(COLUMNS)[:10])
    return frame.rename(columns={k: v.text(language) for k, v in COLUMNS.items()})


def comparables_frame(
    name: str, records: Sequence[Precedent], n: int, by: Sequence[str], csv: Path | None = None
) -> pd.DataFrame:
    """The chosen municipality and its comparables, with what the register documents for each."""
    csv = csv or municipalities.table_in_use()  # Settings.municipalities_csv, set by the Assistant
    canon = municipalities.resolve(name)
    target = next((m for m in municipalities.load_table(csv) if m.name == canon), None)
    if target is None:
        raise InputError(f"{canon} is not in {csv}")
    rows: list[dict[str, object]] = [
        {"municipality": target.name, "population": target.population, "region": target.region,
         "distance": 0.0, "similarity": "", "kind": "chosen", "year": target.population_year,
         "precedents": _measures([r for r in records if r.municipality == target.name])},
    ]  # fmt: skip
    for comp, recs in comparable_precedents(name, records, n=n, by=by, csv=csv):
        kind = "documented" if any(r.documented for r in recs) else "named_only" if recs else "none"
        rows.append(
            {"municipality": comp.name, "population": comp.population, "region": comp.region,
             "distance": comp.distance, "similarity": comp.similarity, "kind": kind,
             "precedents": _measures(recs), "year": comp.population_year}
        )  # fmt: skip
    return pd.DataFrame(rows)


def _measures(recs: Sequence[Precedent]) -> str:
    """What the register documents, in words (the year and the measure), never the record ids."""
    return "; ".join(f"{r.year}: {r.measure[:70]}{'…' if len(r.measure) > 70 else ''}" for r in recs)


def comparables_chart(frame: pd.DataFrame, language: Language) -> alt.Chart:
    """Population of the chosen municipality and its comparables; colour says what is documented.

    The legend lists only the kinds present, each with its fixed colour, so no colour goes unused.
    """
    shown = frame.assign(kind_name=[KIND_NAMES[k].text(language) for k in frame["kind"]])
    colours = dict(zip(("chosen", "documented", "named_only", "none"),
                       ("#4c78a8", "#54a24b", "#eeca3b", "#bab0ac"), strict=True))
    present = [k for k in colours if k in set(frame["kind"])]
    order = [KIND_NAMES[k].text(language) for k in present]
    return (
        alt.Chart(shown)
        .mark_bar()
        .encode(
            x=alt.X("population:Q", title=COLUMNS["population"].text(language)),
            y=alt.Y("municipality:N", sort=list(shown["municipality"]), title=None),
            color=alt.Color(
                "kind_name:N",
                title=COLUMNS["kind"].text(language),
                scale=alt.Scale(domain=order, range=[colours[k] for k in present]),
            ),
            tooltip=["municipality", "population", "region", "similarity", "precedents"],
        )
    )


def _register_section(records: Sequence[Precedent], language: Language) -> list[Precedent]:
    left, middle, right = st.columns(3)
    names = left.multiselect(
        _t("municipalities", language),
        sorted({r.municipality for r in records}),
        key="prec_filter_municipalities",
        placeholder=t("ui_all", language),
    )
    topics = middle.multiselect(
        _t("topics", language),
        list(TOPICS),
        format_func=lambda topic: _topic(topic, language),
        placeholder=t("ui_all", language),
        key="prec_filter_topics",
    )
    statuses = right.multiselect(
        _t("status", language),
        list(STATUS_ORDER),
        format_func=lambda s: STATUS_NAMES[s].text(language),
        placeholder=t("ui_all", language),
        key="prec_filter_status",
    )
    search = st.text_input(_t("search", language), key="prec_search")
    kept = filter_register(records, names, topics, statuses, search)
    st.caption(_t("count", language, n=len(kept), total=len(records)))
    shown = register_frame(kept, language).drop(columns=[COLUMNS["doc_id"].text(language)])  # an internal id
    st.dataframe(shown, hide_index=True, key="prec_table", width="stretch")
    return kept


def _timeline_section(records: Sequence[Precedent], language: Language) -> None:
    lines = {name: recs for name, recs in timeline(records).items() if len(recs) > 1}
    if not lines:
        return
    st.subheader(_t("timeline", language))
    st.caption(_t("timeline_help", language))
    for name, recs in lines.items():
        with st.expander(f"{name}: {recs[0].year}–{recs[-1].year}", key=f"prec_timeline_{name}"):
            for rec in recs:
                st.markdown(f"**{rec.year}** · {escape_markdown(rec.say('measure', language))}")
                st.markdown(quote_block(rec.quote))
                st.caption(source_label(rec.source_type, language))


def _comparables_section(records: Sequence[Precedent], language: Language, csv: Path) -> None:
    st.subheader(_t("comparables", language))
    options = municipalities.names()
    mine = st.session_state.get(MY_MUNICIPALITY)
    chosen = st.selectbox(
        _t("choose", language),
        options,
        index=options.index(mine) if mine in options else None,
        placeholder=_t("placeholder", language),
        key="prec_comparable_for",
    )
    left, right = st.columns(2)
    n = left.slider(_t("how_many", language), 3, 20, 8, key="prec_comparable_n")
    extras = sorted({k for row in municipalities.load_table(csv) for k in row.extras})
    by = right.multiselect(
        _t("by", language), ["population", "region", *extras], default=["population", "region"],
        # A key per language: Streamlit keeps chosen chips as their labels, which must not stay Danish.
        key="prec_by" if language == "da" else f"prec_by_{language}",
        format_func=lambda c: COLUMNS.text(c, language, default=c), placeholder=_t("need_by", language),
    )
    if not chosen:
        return
    if not by:
        st.info(_t("need_by", language))
        return
    frame = comparables_frame(str(chosen), records, n, by, csv)
    st.altair_chart(comparables_chart(frame, language), key="prec_chart")
    # Population with thousands separators; the distance is an internal score, "similarity" says it in words.
    table = frame.drop(columns=["kind", "year", "distance"]).assign(
        population=[format_number(float(v), language) for v in frame["population"]],
        precedents=[p or "–" for p in frame["precedents"]],
    )
    table = table.rename(columns={k: v.text(language) for k, v in COLUMNS.items()})
    st.dataframe(table, hide_index=True, key="prec_comparables_table", width="stretch",
                 column_config={COLUMNS["precedents"].text(language): st.column_config.TextColumn(width="large")})
    only = f" ({KIND_NAMES['named_only'].text(language)})"
    missing = [
        str(m) + (only if k == "named_only" else "")
        for m, k in zip(frame["municipality"][1:], frame["kind"][1:], strict=True)
        if k in ("none", "named_only")
    ]
    st.caption(_t("none", language, names=", ".join(missing)) if missing else _t("all", language))
    year = frame["year"].iloc[0]
    if pd.notna(year):
        st.caption(_t("source", language, year=int(year)))


def render(settings: Settings) -> None:
    """The page: register table with filters, timelines, comparables with a population chart."""
    language = lang()
    st.header(_t("title", language))
    st.caption(_t("intro", language))
    records = load_register(settings.register_path)
    kept = _register_section(records, language)
    _timeline_section(kept, language)
    _comparables_section(records, language, settings.knowledge_dir / "municipalities.csv")
