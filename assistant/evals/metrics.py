"""The eval runner: YAML cases in, one metric function per question type, a summary and the misses.

A metric name means one thing everywhere (CLI table, JSON, CI thresholds, the app page):
hit5/mrr5 are about retrieval, facts/numbers/municipalities about the answer text and citations,
abstention about saying "no source" exactly when the case is out of scope, calc about calculations,
sources about every answer: no "Kilde:" line quoted as a statement, every guidance note cited by its original.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

import numpy as np
import yaml
from pydantic import BaseModel, Field, ValidationError

from assistant.errors import InputError
from assistant.figures import same_figure
from assistant.models import Answer
from assistant.numbers import numbers_in

METRICS = ("hit5", "mrr5", "facts", "numbers", "municipalities", "abstention", "calc", "sources")


class EvalCase(BaseModel):
    """One question of the starter schema (shared/eval/starter-questions.yaml)."""

    id: str
    question: str
    lang: Literal["da", "en"]
    kind: Literal["lookup", "comparison", "calculation", "out_of_scope"]
    passages: list[str] = Field(default_factory=list)
    facts: list[str] = Field(default_factory=list)
    numbers: list[float] = Field(default_factory=list)
    municipalities: list[str] = Field(default_factory=list)
    # dev: settings may be tuned on it; test: held out, written before the system ran on it, reported only.
    split: Literal["dev", "test"] = "dev"
    group: str | None = None  # paraphrases of one information need share a group
    note: str | None = None  # how the expected numbers were worked out (calculations)
    gap: str | None = None  # a known gap: why the system cannot answer it yet (kept in, scored as it is)


class EvalResult(BaseModel):
    """Every field of ``ask --json`` plus the case id, scores, reasons and latency."""

    id: str
    kind: str
    lang: str
    scores: dict[str, float]
    reasons: dict[str, str]
    latency_ms: float
    answer: dict[str, Any]
    split: str = "dev"
    group: str | None = None


def load_cases(path: Path) -> list[EvalCase]:
    """Read and validate a question file; errors name the case and the field."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"{path}: cannot read eval questions ({str(exc).splitlines()[0]})") from None
    if not isinstance(raw, list):
        raise InputError(f"{path}: expected a list of questions")
    cases: list[EvalCase] = []
    for i, item in enumerate(raw):
        try:
            cases.append(EvalCase.model_validate(item))
        except ValidationError as exc:
            first = exc.errors()[0]
            where = item.get("id", f"#{i + 1}") if isinstance(item, dict) else f"#{i + 1}"
            raise InputError(f"{path}: question {where}: {'.'.join(map(str, first['loc']))}: {first['msg']}") from None
    ids = [c.id for c in cases]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise InputError(f"{path}: duplicate ids {dupes}")
    return cases


def norm(text: str) -> str:
    return " ".join(text.lower().split())


# -- metrics: (case, answer) -> (score, reason) or None when not applicable --------------------------
Metric = Callable[[EvalCase, Answer], tuple[float, str] | None]


def _first_rank(case: EvalCase, answer: Answer) -> int | None:
    wanted = [norm(p) for p in case.passages]
    for passage in answer.passages[:5]:
        text = norm(passage.text)
        if any(w in text for w in wanted):
            return passage.rank
    return None


def hit5(case: EvalCase, answer: Answer) -> tuple[float, str] | None:
    if not case.passages:
        return None
    rank = _first_rank(case, answer)
    return (1.0, f"rank {rank}") if rank else (0.0, "no expected passage in top 5")


def mrr5(case: EvalCase, answer: Answer) -> tuple[float, str] | None:
    if not case.passages:
        return None
    rank = _first_rank(case, answer)
    return (1.0 / rank, f"rank {rank}") if rank else (0.0, "not in top 5")


def facts(case: EvalCase, answer: Answer) -> tuple[float, str] | None:
    if not case.facts:
        return None
    text = norm(answer.answer)
    missing = [f for f in case.facts if norm(f) not in text]
    return 1.0 - len(missing) / len(case.facts), (f"missing {missing}" if missing else "all present")


def numbers(case: EvalCase, answer: Answer) -> tuple[float, str] | None:
    if not case.numbers:
        return None
    found = numbers_in(answer.answer)  # both formats, "4,4 mio." also as 4400000
    # 1 % of the expected figure (not of the larger one), plus a hair for an expected 0 and float error.
    missing = [n for n in case.numbers if not any(same_figure(f, n, scale=abs(n), slack=1e-9) for f in found)]
    return 1.0 - len(missing) / len(case.numbers), (f"missing {missing}" if missing else "all present")


def municipalities_metric(case: EvalCase, answer: Answer) -> tuple[float, str] | None:
    if not case.municipalities:
        return None
    from assistant.municipalities import canonical, find_mentions

    cited: set[str] = set()
    for cit in answer.citations:
        if cit.municipality:
            cited.add(cit.municipality)
        cited.update(find_mentions(cit.quote))
    wanted = [canonical(m) or m for m in case.municipalities]
    missing = [m for m in wanted if m not in cited]
    return 1.0 - len(missing) / len(wanted), (f"not cited {missing}" if missing else "all cited")


def abstention(case: EvalCase, answer: Answer) -> tuple[float, str] | None:
    should = case.kind == "out_of_scope"
    ok = answer.abstained == should
    return (1.0 if ok else 0.0), ("ok" if ok else ("should abstain" if should else "abstained wrongly"))


def calc(case: EvalCase, answer: Answer) -> tuple[float, str] | None:
    if case.kind != "calculation":
        return None
    if answer.calculation is None:
        return 0.0, "not recognised as a calculation"
    score = numbers(case, answer)
    return score if score is not None else (1.0, "calculation present")


_KILDE_QUOTE = re.compile(r"«\s*Kilde:")


def sources(case: EvalCase, answer: Answer) -> tuple[float, str] | None:
    """A source line ("Kilde: …") is metadata, not a statement; a project-written note is cited by the
    source it summarises. Scored on every question because every route (lookup, comparison,
    calculation) can quote; the eval run asks them all anyway, so the check costs nothing here.
    """
    if _KILDE_QUOTE.search(answer.answer) or any(c.quote.lstrip().startswith("Kilde:") for c in answer.citations):
        return 0.0, "a 'Kilde:' line quoted as a statement"
    unsourced = [c.id for c in answer.citations if c.source_type == "guidance" and not c.original]
    if unsourced:
        return 0.0, f"guidance cited without its original source {unsourced}"
    return 1.0, "ok"


METRIC_FUNCS: dict[str, Metric] = {
    "hit5": hit5,
    "mrr5": mrr5,
    "facts": facts,
    "numbers": numbers,
    "municipalities": municipalities_metric,
    "abstention": abstention,
    "calc": calc,
    "sources": sources,
}


def score_case(
    case: EvalCase, answer: Answer, latency_ms: float, metrics: dict[str, Metric] | None = None
) -> EvalResult:
    """Scores and reasons for one answer; ``metrics`` narrows the set (the baseline has no written answer)."""
    scores: dict[str, float] = {}
    reasons: dict[str, str] = {}
    for name, fn in (metrics or METRIC_FUNCS).items():
        res = fn(case, answer)
        if res is not None:
            scores[name], reasons[name] = res
    return EvalResult(
        id=case.id,
        kind=case.kind,
        lang=case.lang,
        split=case.split,
        group=case.group,
        scores=scores,
        reasons=reasons,
        latency_ms=round(latency_ms, 2),
        answer=answer.model_dump(mode="json"),
    )


def summarise(results: list[EvalResult]) -> dict[str, float]:
    summary: dict[str, float] = {"questions": float(len(results))}
    for name in METRICS:
        vals = [r.scores[name] for r in results if name in r.scores]
        if vals:
            summary[name] = round(float(np.mean(vals)), 4)
    agreement = paraphrase_agreement(results)
    if agreement is not None:
        summary["paraphrase_agreement"] = agreement
    lat = [r.latency_ms for r in results]
    if lat:
        summary["p50_ms"] = round(float(np.percentile(lat, 50)), 1)
        summary["p95_ms"] = round(float(np.percentile(lat, 95)), 1)
    return summary


def paraphrase_agreement(results: list[EvalResult]) -> float | None:
    """Share of paraphrase groups whose members all got the same facts and numbers right.

    A user who rephrases a question should get the same facts; a group where one wording finds a
    figure and another misses it is a sign of tuning to phrasings, whatever the average says.
    """
    groups: dict[str, list[tuple[float, float]]] = {}
    for r in results:
        if r.group and ("facts" in r.scores or "numbers" in r.scores):
            groups.setdefault(r.group, []).append((r.scores.get("facts", -1.0), r.scores.get("numbers", -1.0)))
    pairs = [g for g in groups.values() if len(g) >= 2]
    if not pairs:
        return None
    return round(sum(len(set(g)) == 1 for g in pairs) / len(pairs), 4)


def select_split(cases: list[EvalCase], split: str) -> list[EvalCase]:
    """The cases of one split; 'all' keeps every case."""
    if split == "all":
        return cases
    if split not in ("dev", "test"):
        raise InputError(f"--split '{split}': use dev, test or all")
    chosen = [c for c in cases if c.split == split]
    if not chosen:
        raise InputError(f"no questions in the {split} split")
    return chosen


def parse_minimums(items: list[str]) -> dict[str, float]:
    """'hit5=0.9' -> {'hit5': 0.9}; unknown metric names are an input error."""
    out: dict[str, float] = {}
    for item in items:
        name, _, value = item.partition("=")
        if name not in METRICS or not value:
            raise InputError(f"--min '{item}': use NAME=VALUE with NAME one of {', '.join(METRICS)}")
        try:
            out[name] = float(value)
        except ValueError:
            raise InputError(f"--min '{item}': '{value}' is not a number") from None
    return out


def failed_minimums(summary: dict[str, float], minimums: dict[str, float]) -> list[str]:
    return [f"{k} {summary.get(k, 0.0):.3f} < {v}" for k, v in minimums.items() if summary.get(k, 0.0) < v]


def misses(results: list[EvalResult]) -> list[tuple[str, str, str]]:
    """(case id, metric, reason) for every score below 1."""
    return [(r.id, m, r.reasons[m]) for r in results for m, s in r.scores.items() if s < 1.0]
