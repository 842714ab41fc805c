"""Eval reports: the summary, per-kind and per-language tables, every miss with its evidence, and a
comparison with an earlier run.

A report is for the person deciding whether a change may go in, so a miss shows what was asked, what
was expected and what was actually retrieved: enough to tell a retrieval fault from a bad question
without re-running anything. The tables are pandas frames; Markdown and HTML are two renderings of them.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
from pydantic import ValidationError

from assistant.errors import InputError
from assistant.evals.metrics import METRICS, EvalCase, EvalResult

PASSAGE_CHARS = 300


@dataclass
class Run:
    """One eval run as written by ``assistant eval --out``: summary, config and per-question results."""

    summary: dict[str, float]
    config: dict[str, Any]
    results: list[EvalResult]

    def to_json(self) -> dict[str, Any]:
        return {
            "summary": self.summary,
            "config": self.config,
            "results": [r.model_dump(mode="json") for r in self.results],
        }


@dataclass
class Change:
    """One metric of one question that moved between two runs (None = not scored in that run)."""

    id: str
    metric: str
    old: float | None
    new: float | None

    @property
    def delta(self) -> float:
        return (self.new or 0.0) - (self.old or 0.0)


@dataclass
class Comparison:
    """What got better and worse from ``old`` to ``new``, per metric and per question."""

    old_config: dict[str, Any]
    summary: pd.DataFrame  # index metric; columns old, new, delta
    better: list[Change] = field(default_factory=list)
    worse: list[Change] = field(default_factory=list)
    only_old: list[str] = field(default_factory=list)
    only_new: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "old_config": self.old_config,
            "summary": {m: {k: _num(v) for k, v in row.items()} for m, row in self.summary.iterrows()},
            "better": [c.__dict__ for c in self.better],
            "worse": [c.__dict__ for c in self.worse],
            "only_old": self.only_old,
            "only_new": self.only_new,
        }


def _num(value: Any) -> float | None:
    return None if pd.isna(value) else round(float(value), 4)


def parse_run(raw: Any) -> Run:
    """A Run from parsed results JSON; KeyError/TypeError/ValidationError when it is not one."""
    results = [EvalResult.model_validate(r) for r in raw["results"]]
    return Run(summary=dict(raw.get("summary", {})), config=dict(raw.get("config", {})), results=results)


def load_run(path: Path) -> Run:
    """Read a results file; a missing or foreign file is an input error naming it."""
    try:
        return parse_run(json.loads(path.read_text(encoding="utf-8")))
    except OSError as exc:
        raise InputError(f"{path}: cannot read eval results ({exc.strerror})") from None
    except (ValueError, KeyError, TypeError, ValidationError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"{path}: not an `assistant eval --out` results file ({first})") from None


# -- tables ------------------------------------------------------------------------------------------
def results_frame(results: list[EvalResult]) -> pd.DataFrame:
    """One row per question: id, kind, lang, latency and one column per metric (NaN = not applicable)."""
    rows = [
        {
            "id": r.id,
            "kind": r.kind,
            "lang": r.lang,
            "latency_ms": r.latency_ms,
            **{m: r.scores.get(m) for m in METRICS},
        }
        for r in results
    ]
    frame = pd.DataFrame(rows, columns=["id", "kind", "lang", "latency_ms", *METRICS])
    return frame.astype({m: "float64" for m in METRICS})


def breakdown(results: list[EvalResult], by: str) -> pd.DataFrame:
    """Mean of every metric per ``kind`` or ``lang``; NaN where a metric applies to no question in a group."""
    frame = results_frame(results)
    if frame.empty:
        return pd.DataFrame(columns=["questions", *METRICS])
    grouped = frame.groupby(by, sort=True)
    table = grouped[list(METRICS)].mean()
    table.insert(0, "questions", grouped.size())
    table["p50_ms"] = grouped["latency_ms"].median()
    return table.dropna(axis=1, how="all")


def summary_frame(summary: dict[str, float]) -> pd.DataFrame:
    return pd.DataFrame({"value": summary}).rename_axis("metric")


@dataclass
class Miss:
    """A question with at least one metric below 1, and the evidence a reader needs to judge it."""

    case: EvalCase | None
    result: EvalResult
    failed: dict[str, str]  # metric -> "score: reason"

    @property
    def retrieved(self) -> list[dict[str, Any]]:
        return list(self.result.answer.get("passages", []))[:5]


def find_misses(results: list[EvalResult], cases: list[EvalCase] | None = None) -> list[Miss]:
    """Every question with a metric below 1, in question order."""
    by_id = {c.id: c for c in cases or []}
    out = []
    for r in results:
        failed = {m: f"{s:.2f}: {r.reasons.get(m, '')}" for m, s in r.scores.items() if s < 1.0}
        if failed:
            out.append(Miss(by_id.get(r.id), r, failed))
    return out


def compare(old: Run, new: Run) -> Comparison:
    """Per metric: old, new, delta; per question: every metric whose score moved."""
    metrics = [k for k in dict.fromkeys([*new.summary, *old.summary]) if k != "questions"]
    table = pd.DataFrame(
        {"old": [old.summary.get(m) for m in metrics], "new": [new.summary.get(m) for m in metrics]},
        index=pd.Index(metrics, name="metric"),
        dtype="float64",
    )
    table["delta"] = table["new"] - table["old"]
    old_by_id = {r.id: r for r in old.results}
    new_by_id = {r.id: r for r in new.results}
    result = Comparison(old_config=old.config, summary=table)
    result.only_old = [i for i in old_by_id if i not in new_by_id]
    result.only_new = [i for i in new_by_id if i not in old_by_id]
    for qid, after in new_by_id.items():
        before = old_by_id.get(qid)
        if before is None:
            continue
        for metric in METRICS:
            a, b = before.scores.get(metric), after.scores.get(metric)
            if a == b or (a is None and b is None):
                continue
            change = Change(qid, metric, a, b)
            (result.better if change.delta > 0 else result.worse).append(change)
    return result


# -- Markdown ----------------------------------------------------------------------------------------
def md_table(frame: pd.DataFrame, digits: int = 3) -> str:
    """A GitHub Markdown table (pandas' own needs ``tabulate``, which the project does not depend on)."""
    index_name = frame.index.name or ""
    header = [index_name, *map(str, frame.columns)]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for idx, row in frame.iterrows():
        cells = [_cell(v, digits) for v in row.tolist()]
        lines.append("| " + " | ".join([str(idx), *cells]) + " |")
    return "\n".join(lines)


def _cell(value: Any, digits: int) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, float):
        return f"{value:.{digits}f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))
    return str(value).replace("|", "\\|").replace("\n", " ")


def _short(text: str, limit: int = PASSAGE_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _miss_markdown(miss: Miss) -> list[str]:
    r = miss.result
    question = miss.case.question if miss.case else r.answer.get("question", "")
    lines = [f"### {r.id} ({r.kind}, {r.lang})", "", f"**Question:** {question}", ""]
    lines += [f"- **{m}** {why}" for m, why in miss.failed.items()]
    if miss.case:
        for label, values in (("passages", miss.case.passages), ("facts", miss.case.facts)):
            if values:
                lines.append(f"- expected {label}: " + "; ".join(f"«{_short(v, 120)}»" for v in values))
        if miss.case.numbers:
            lines.append(f"- expected numbers: {', '.join(f'{n:g}' for n in miss.case.numbers)}")
        if miss.case.municipalities:
            lines.append(f"- expected municipalities: {', '.join(miss.case.municipalities)}")
    lines += ["", f"**Answer** ({'abstained' if r.answer.get('abstained') else 'answered'}):", ""]
    lines += ["> " + line for line in str(r.answer.get("answer", "")).splitlines() or [""]]
    lines += ["", "**Retrieved:**", ""]
    for p in miss.retrieved:
        lines.append(f"{p.get('rank')}. `{p.get('doc_id')}` — {_short(str(p.get('text', '')))}")
    return [*lines, ""]


def _comparison_markdown(comp: Comparison) -> list[str]:
    lines = ["## Compared with the earlier run", "", f"Earlier config: `{json.dumps(comp.old_config)}`", ""]
    lines += [md_table(comp.summary), ""]
    for title, changes in (("Better", comp.better), ("Worse", comp.worse)):
        lines += [f"### {title} ({len(changes)})", ""]
        lines += [f"- `{c.id}` {c.metric}: {_moved(c)}" for c in changes] or ["- none"]
        lines.append("")
    if comp.only_old or comp.only_new:
        lines += [
            f"Only in the earlier run: {', '.join(comp.only_old) or '-'}",
            f"Only in this run: {', '.join(comp.only_new) or '-'}",
            "",
        ]
    return lines


def _moved(change: Change) -> str:
    return f"{fmt_score(change.old)} → {fmt_score(change.new)}"


def fmt_score(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def markdown_report(run: Run, cases: list[EvalCase] | None = None, comparison: Comparison | None = None) -> str:
    """The whole report as Markdown."""
    misses = find_misses(run.results, cases)
    lines = ["# Eval report", "", f"Config: `{json.dumps(run.config, ensure_ascii=False)}`", ""]
    lines += ["## Summary", "", md_table(summary_frame(run.summary)), ""]
    lines += ["## By kind", "", md_table(breakdown(run.results, "kind")), ""]
    lines += ["## By language", "", md_table(breakdown(run.results, "lang")), ""]
    if comparison is not None:
        lines += _comparison_markdown(comparison)
    lines += [f"## Misses ({len(misses)} questions)", ""]
    for miss in misses:
        lines += _miss_markdown(miss)
    return "\n".join(lines).rstrip() + "\n"


# -- HTML --------------------------------------------------------------------------------------------
_CSS = (
    "body{font-family:system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;line-height:1.4}"
    "table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ccc;padding:.2rem .5rem;"
    "text-align:right}th:first-child,td:first-child{text-align:left}details{margin:.6rem 0}"
    ".worse{color:#a00}.better{color:#070}blockquote{border-left:3px solid #ccc;margin:0;padding-left:.8rem}"
)


def html_report(run: Run, cases: list[EvalCase] | None = None, comparison: Comparison | None = None) -> str:
    """The same content as the Markdown report, as one self-contained HTML page (no scripts, no CDN)."""
    esc = html.escape
    parts = [
        "<!doctype html><html lang='en'><meta charset='utf-8'><title>Eval report</title>",
        f"<style>{_CSS}</style>",
        "<h1>Eval report</h1>",
        f"<p>Config: <code>{esc(json.dumps(run.config, ensure_ascii=False))}</code></p>",
    ]
    parts += ["<h2>Summary</h2>", summary_frame(run.summary).to_html(float_format="%.3f")]
    parts += ["<h2>By kind</h2>", breakdown(run.results, "kind").to_html(float_format="%.3f", na_rep="")]
    parts += ["<h2>By language</h2>", breakdown(run.results, "lang").to_html(float_format="%.3f", na_rep="")]
    if comparison is not None:
        parts += [
            "<h2>Compared with the earlier run</h2>",
            f"<p>Earlier config: <code>{esc(json.dumps(comparison.old_config))}</code></p>",
            comparison.summary.to_html(float_format="%.3f", na_rep=""),
        ]
        for title, css, changes in (
            ("Better", "better", comparison.better),
            ("Worse", "worse", comparison.worse),
        ):
            items = (
                "".join(f"<li><code>{esc(c.id)}</code> {esc(c.metric)}: {_moved(c)}</li>" for c in changes)
                or "<li>none</li>"
            )
            parts.append(f"<h3 class='{css}'>{title} ({len(changes)})</h3><ul>{items}</ul>")
    misses = find_misses(run.results, cases)
    parts.append(f"<h2>Misses ({len(misses)} questions)</h2>")
    for miss in misses:
        parts.append(_miss_html(miss))
    return "\n".join(parts) + "\n</html>\n"


def _miss_html(miss: Miss) -> str:
    esc = html.escape
    r = miss.result
    question = miss.case.question if miss.case else r.answer.get("question", "")
    failed = "".join(f"<li><b>{esc(m)}</b> {esc(why)}</li>" for m, why in miss.failed.items())
    expected = ""
    if miss.case:
        exp = [
            *(f"passage «{esc(_short(p, 160))}»" for p in miss.case.passages),
            *(f"fact «{esc(f)}»" for f in miss.case.facts),
            *(f"number {n:g}" for n in miss.case.numbers),
            *(f"municipality {esc(m)}" for m in miss.case.municipalities),
        ]
        expected = "<p>Expected:</p><ul>" + "".join(f"<li>{e}</li>" for e in exp) + "</ul>" if exp else ""
    answer = esc(str(r.answer.get("answer", ""))).replace("\n", "<br>")
    retrieved = "".join(
        f"<li><code>{esc(str(p.get('doc_id')))}</code> {esc(_short(str(p.get('text', ''))))}</li>"
        for p in miss.retrieved
    )
    return (
        f"<details><summary><b>{esc(r.id)}</b> ({esc(r.kind)}, {esc(r.lang)}): {esc(question)}</summary>"
        f"<ul>{failed}</ul>{expected}<p>Answer:</p><blockquote>{answer}</blockquote>"
        f"<p>Retrieved:</p><ol>{retrieved}</ol></details>"
    )


def write_report(
    path: Path, run: Run, cases: list[EvalCase] | None = None, comparison: Comparison | None = None
) -> Path:
    """Write HTML for ``.html``/``.htm``, Markdown otherwise."""
    is_html = path.suffix.lower() in (".html", ".htm")
    text = (html_report if is_html else markdown_report)(run, cases, comparison)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"--report {path}: cannot write ({exc.strerror})") from None
    return path
