"""Eval reports, run comparison and retrieval variants.

Report and comparison logic is tested on hand-made results (exact expectations); the CLI and the
retrieval modes run against the real knowledge-base index built once per session.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from conftest import make_settings
from typer.testing import CliRunner

from assistant.cli.main import app
from assistant.errors import InputError
from assistant.evals.configs import CONFIGS, apply_config, describe
from assistant.evals.metrics import EvalCase, EvalResult
from assistant.evals.report import (
    Run,
    breakdown,
    compare,
    find_misses,
    html_report,
    load_run,
    markdown_report,
    md_table,
    write_report,
)
from assistant.index.indexer import KnowledgeIndex
from assistant.retrieval.hybrid import Retriever
from assistant.service import Assistant


def _result(qid: str, kind: str, lang: str, scores: dict[str, float], passages: list[str] | None = None) -> EvalResult:
    answer: dict[str, Any] = {
        "question": f"question {qid}",
        "answer": f"answer to {qid}",
        "abstained": False,
        "passages": [
            {
                "rank": i + 1,
                "doc_id": f"doc-{i}",
                "chunk_id": f"c{i}",
                "municipality": None,
                "text": t,
                "score": 0.1,
            }
            for i, t in enumerate(passages or [])
        ],
    }
    return EvalResult(
        id=qid,
        kind=kind,
        lang=lang,
        scores=scores,
        reasons={m: f"why {m}" for m in scores},
        latency_ms=10.0,
        answer=answer,
    )


@pytest.fixture
def run() -> Run:
    results = [
        _result("a", "lookup", "da", {"hit5": 1.0, "mrr5": 0.5, "abstention": 1.0}, ["first passage", "second"]),
        _result("b", "lookup", "en", {"hit5": 0.0, "mrr5": 0.0, "abstention": 1.0}, ["unrelated <b>text</b>"]),
        _result("c", "out_of_scope", "en", {"abstention": 0.0}),
    ]
    return Run(
        summary={"questions": 3, "hit5": 0.5, "mrr5": 0.25, "abstention": 0.667},
        config={"name": "x"},
        results=results,
    )


@pytest.fixture
def cases() -> list[EvalCase]:
    return [
        EvalCase(id="a", question="Hvor mange sager?", lang="da", kind="lookup", passages=["first passage"]),
        EvalCase(
            id="b",
            question="How <many> cases | now?",
            lang="en",
            kind="lookup",
            passages=["24 sager"],
            numbers=[24],
        ),
        EvalCase(id="c", question="Weather?", lang="en", kind="out_of_scope"),
    ]


def test_breakdown_by_kind_averages_only_applicable_questions(run: Run) -> None:
    table = breakdown(run.results, "kind")
    assert table.loc["lookup", "questions"] == 2
    assert table.loc["lookup", "hit5"] == pytest.approx(0.5)
    assert table.loc["lookup", "abstention"] == pytest.approx(1.0)
    assert math.isnan(table.loc["out_of_scope", "hit5"])
    assert "calc" not in table.columns  # applies to no question at all


def test_breakdown_by_language(run: Run) -> None:
    table = breakdown(run.results, "lang")
    assert table.loc["en", "questions"] == 2
    assert table.loc["en", "abstention"] == pytest.approx(0.5)


def test_misses_carry_question_expectations_and_retrieved_passages(run: Run, cases: list[EvalCase]) -> None:
    misses = find_misses(run.results, cases)
    assert [m.result.id for m in misses] == ["a", "b", "c"]  # "a" has mrr5 0.5
    assert misses[1].case is not None and misses[1].case.passages == ["24 sager"]
    assert misses[1].retrieved[0]["text"] == "unrelated <b>text</b>"
    assert set(misses[2].failed) == {"abstention"}


def test_markdown_report_has_every_section_and_miss(run: Run, cases: list[EvalCase]) -> None:
    text = markdown_report(run, cases)
    for heading in ("## Summary", "## By kind", "## By language", "## Misses (3 questions)"):
        assert heading in text
    assert "«24 sager»" in text and "expected numbers: 24" in text
    assert "unrelated <b>text</b>" in text
    assert "Compared with" not in text


def test_md_table_escapes_pipes() -> None:
    import pandas as pd

    table = md_table(pd.DataFrame({"v": ["a|b"]}, index=pd.Index(["r"], name="k")))
    assert table.splitlines()[2] == "| r | a\\|b |"


def test_html_report_escapes_text(run: Run, cases: list[EvalCase]) -> None:
    page = html_report(run, cases)
    assert "<b>text</b>" not in page and "&lt;b&gt;text&lt;/b&gt;" in page
    assert "How &lt;many&gt; cases" in page
    assert page.count("<details>") == 3


def test_compare_lists_better_and_worse_per_question(run: Run) -> None:
    newer = Run(
        summary={"questions": 3, "hit5": 1.0, "mrr5": 0.5, "abstention": 0.333},
        config={"name": "y"},
        results=[
            _result("a", "lookup", "da", {"hit5": 1.0, "mrr5": 1.0, "abstention": 0.0}),
            _result("b", "lookup", "en", {"hit5": 1.0, "mrr5": 0.5, "abstention": 1.0}),
            _result("d", "lookup", "en", {"hit5": 1.0}),
        ],
    )
    comp = compare(run, newer)
    better = {(c.id, c.metric) for c in comp.better}
    worse = {(c.id, c.metric) for c in comp.worse}
    assert better == {("a", "mrr5"), ("b", "hit5"), ("b", "mrr5")}
    assert worse == {("a", "abstention")}
    assert comp.only_old == ["c"] and comp.only_new == ["d"]
    assert comp.summary.loc["hit5", "delta"] == pytest.approx(0.5)
    assert json.loads(json.dumps(comp.to_json()))["summary"]["hit5"]["new"] == 1.0
    text = markdown_report(newer, None, comp)
    assert "### Better (3)" in text and "### Worse (1)" in text and "`a` abstention: 1.00 → 0.00" in text


def test_compare_with_itself_finds_no_change(run: Run) -> None:
    comp = compare(run, run)
    assert comp.better == [] and comp.worse == []
    assert (comp.summary["delta"].fillna(0) == 0).all()


def test_write_report_picks_format_by_suffix(tmp_path: Path, run: Run) -> None:
    assert write_report(tmp_path / "r.html", run).read_text(encoding="utf-8").startswith("<!doctype html>")
    assert write_report(tmp_path / "sub" / "r.md", run).read_text(encoding="utf-8").startswith("# Eval report")


def test_load_run_round_trips_and_rejects_foreign_files(tmp_path: Path, run: Run) -> None:
    good = tmp_path / "run.json"
    good.write_text(json.dumps(run.to_json()), encoding="utf-8")
    assert [r.id for r in load_run(good).results] == ["a", "b", "c"]
    bad = tmp_path / "bad.json"
    bad.write_text('{"hello": 1}', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.json"):
        load_run(bad)
    with pytest.raises(InputError, match=r"missing\.json"):
        load_run(tmp_path / "missing.json")


# -- retrieval variants ------------------------------------------------------------------------------
def test_configs_apply_overrides_and_keep_the_rest(tmp_path: Path) -> None:
    base = make_settings(tmp_path, top_k=7)
    bm25 = apply_config(base, "bm25")
    assert bm25.retrieval_mode == "bm25" and bm25.top_k == 7 and bm25.data_dir == base.data_dir
    assert apply_config(base, "hybrid").retrieval_mode == "hybrid"
    assert describe(bm25, "bm25")["retrieval_mode"] == "bm25"
    assert {"hybrid", "bm25", "dense", "hybrid-minilm"} <= set(CONFIGS)
    with pytest.raises(InputError, match="--config 'nope'"):
        apply_config(base, "nope")


class _NoQueries:
    """An embedder that fails if asked to embed a query: BM25-only retrieval must never need one."""

    name = "none"
    dim = 384

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        raise AssertionError("no passages should be embedded")

    def embed_query(self, text: str) -> np.ndarray:
        raise AssertionError("bm25 mode embedded the query")


def test_bm25_mode_uses_only_the_lexical_side(kb_service: Assistant) -> None:
    settings = kb_service.settings.model_copy(update={"retrieval_mode": "bm25"})
    index = KnowledgeIndex(settings, embedder=_NoQueries())
    result = Retriever(index).retrieve("Hvor mange sager har socialrådgiverne i Herning?")
    assert result.hits and all(h.dense_rank is None and h.lexical_rank is not None for h in result.hits)
    assert result.max_dense == 0.0


def test_dense_mode_uses_only_the_dense_side(kb_service: Assistant) -> None:
    settings = kb_service.settings.model_copy(update={"retrieval_mode": "dense"})
    result = Retriever(KnowledgeIndex(settings)).retrieve("Hvor mange sager har socialrådgiverne i Herning?")
    assert result.hits and all(h.lexical_rank is None and h.dense_rank is not None for h in result.hits)
    assert result.max_lexical == 0.0


# -- the command ---------------------------------------------------------------------------------------
def test_eval_command_writes_results_report_and_comparison(
    kb_service: Assistant, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    questions = tmp_path / "q.yaml"
    questions.write_text(
        "- id: q1\n  question: Hvor mange sager havde socialrådgiverne i Herning?\n"
        "  lang: da\n  kind: lookup\n"
        "  passages: ['til 24 sager i Herning kommune']\n"
        "- id: q2\n  question: Hvem vandt Superligaen i fodbold i 2023?\n  lang: da\n  kind: out_of_scope\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(kb_service.settings.data_dir))
    runner = CliRunner()
    first = tmp_path / "hybrid.json"
    res = runner.invoke(app, ["eval", str(questions), "--out", str(first), "--json"])
    assert res.exit_code == 0, res.output
    report = tmp_path / "report.md"
    res = runner.invoke(
        app,
        [
            "eval",
            str(questions),
            "--config",
            "bm25",
            "--compare",
            str(first),
            "--report",
            str(report),
            "--json",
        ],
    )
    assert res.exit_code == 0, res.output
    payload = json.loads(res.output)
    assert payload["config"]["name"] == "bm25" and payload["config"]["retrieval_mode"] == "bm25"
    assert payload["compare"]["old_config"]["retrieval_mode"] == "hybrid"
    assert payload["summary"]["questions"] == 2
    assert "## Compared with the earlier run" in report.read_text(encoding="utf-8")


def test_eval_command_rejects_unknown_config_before_running(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.cli.main import main

    questions = tmp_path / "q.yaml"
    questions.write_text("- id: q\n  question: x\n  lang: da\n  kind: out_of_scope\n", encoding="utf-8")
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path / "data"))
    with pytest.raises(SystemExit) as exc:
        main(["eval", str(questions), "--config", "nope"])
    assert exc.value.code == 2


# -- the Evaluering page ---------------------------------------------------------------------------------
def _page(data_dir: str) -> None:
    from assistant.config import PROJECT_ROOT, load_settings
    from assistant.ui.page_eval import render

    render(load_settings(data_dir=data_dir, knowledge_dir=PROJECT_ROOT / "knowledge"))


def test_eval_page_runs_the_set_and_shows_misses(kb_service: Assistant, tmp_path: Path) -> None:
    from streamlit.testing.v1 import AppTest

    questions = tmp_path / "q.yaml"
    questions.write_text(
        "- id: p1\n  question: Hvor mange sager havde socialrådgiverne i Herning?\n"
        "  lang: da\n  kind: lookup\n  passages: ['til 24 sager i Herning kommune']\n"
        "  facts: ['a fact no answer contains']\n"
        "- id: p2\n  question: Hvem vandt Superligaen i fodbold i 2023?\n  lang: da\n  kind: out_of_scope\n",
        encoding="utf-8",
    )
    at = AppTest.from_function(_page, args=(str(kb_service.settings.data_dir),), default_timeout=300)
    at.run()
    assert not at.exception
    at.text_input(key="eval_file").set_value(str(questions))
    at.selectbox(key="eval_config").set_value("bm25")
    at.button(key="eval_run").click().run()
    assert not at.exception, [e.value for e in at.exception]
    labels = {m.label for m in at.metric}
    assert {"Rette kilde fundet", "Siger fra korrekt", "Fakta i svaret"} <= labels  # metric names in words
    assert not [c for d in at.dataframe for c in d.value.astype(str).to_numpy().ravel() if c in ("None", "nan")]
    assert [e.label for e in at.expander if e.label.startswith("p1")], "the fact miss is listed"
    assert len(at.dataframe) >= 2  # the per-kind and per-language tables
