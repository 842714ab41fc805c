"""Tune statement weights and abstention thresholds on the DEV split only, and show the result on test.

    python -m benchmarks.tune_answers [--split dev] [--features out.csv]

Retrieval runs once per question; the grid then re-scores the cached candidates, so a grid of a few
hundred points takes seconds. Settings are chosen on dev; the printed test line is for the record and
must never feed back into the choice (eval/RESULTS.md says which split chose what).
"""

from __future__ import annotations

import argparse
import itertools
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import pandas as pd

from assistant.answers.citations import CitationBook
from assistant.answers.extractive import compose, uncovered_municipalities
from assistant.answers.precedents import is_comparison_question
from assistant.config import load_settings
from assistant.evals.metrics import EvalCase, facts, load_cases, municipalities_metric, numbers
from assistant.models import Answer
from assistant.retrieval.abstention import FEATURES, AbstentionModel, features
from assistant.retrieval.evidence import Weights, rank_candidates
from assistant.retrieval.hybrid import RetrievalResult
from assistant.retrieval.query import Query, read_query
from assistant.service import Assistant


@dataclass
class Cached:
    case: EvalCase
    query: Query
    result: RetrievalResult


def _answer_scores(service: Assistant, item: Cached, weights: Weights) -> list[float]:
    snap = service.index.snapshot()
    cands = rank_candidates(item.query, item.result, snap, service.settings.embedder, weights)
    book = CitationBook(snap.docs)
    text = compose(item.query, cands, book)
    ans = Answer(question=item.query.text, answer=text, abstained=False, language=item.query.language)
    ans.citations = book.citations
    out = []
    for fn in (facts, numbers, municipalities_metric):
        res = fn(item.case, ans)
        if res is not None:
            out.append(res[0])
    return out


def _fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 0.01, steps: int = 4000) -> AbstentionModel:
    """L2-regularised logistic regression by gradient descent on standardised features (no sklearn needed)."""
    mean, scale = x.mean(0), x.std(0) + 1e-9
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    w = np.zeros(z.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-z @ w))
        w -= 0.5 * (z.T @ (p - y) / len(y) + l2 * np.r_[0.0, w[1:]])
    r = lambda a: tuple(round(float(v), 4) for v in a)  # noqa: E731
    return AbstentionModel(mean=r(mean), scale=r(scale), weights=r(w[1:]), intercept=round(float(w[0]), 4))


def fit_abstention(frame: pd.DataFrame) -> None:
    """Fit on dev, show leave-one-out accuracy on dev, print the model (test is reported by the eval, not here)."""
    dev = frame[frame.split == "dev"]
    x, y = dev[list(FEATURES)].to_numpy(float), dev.oos.to_numpy(float)
    loo = []
    for i in range(len(dev)):
        keep = np.arange(len(dev)) != i
        loo.append(_fit_logistic(x[keep], y[keep]).probability(x[i]))
    for t in (0.4, 0.5, 0.6):
        print(f"dev leave-one-out accuracy at {t}: {np.mean((np.array(loo) >= t) == (y == 1)):.3f}")
    model = _fit_logistic(x, y)
    print(f"DEFAULT_MODEL = {model!r}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--questions", type=Path, default=Path("eval/questions.yaml"))
    parser.add_argument("--features", type=Path, default=None)
    parser.add_argument("--fit-abstention", action="store_true", help="Fit and print DEFAULT_MODEL (dev only).")
    args = parser.parse_args()
    service = Assistant(load_settings())
    service.ensure_index()
    cases = [c for c in load_cases(args.questions) if c.kind != "calculation"]
    cached: dict[str, list[Cached]] = {"dev": [], "test": []}
    rows = []
    for case in cases:
        query = read_query(case.question, is_comparison=is_comparison_question)
        result = service.retriever.retrieve(query, k=8)
        cached[case.split].append(Cached(case, query, result))
        snap = service.index.snapshot()
        if uncovered_municipalities(query, snap.covered_municipalities()):
            continue  # decided before the model: no document is about the municipality it names
        basis = result.plain or result  # what the answer path judges on (English: without the bridged words)
        ev = features(query, basis, snap, rank_candidates(query, basis, snap, service.settings.embedder))
        rows.append(
            {
                "id": case.id,
                "split": case.split,
                "oos": case.kind == "out_of_scope",
                **dict(zip(FEATURES, ev.vector(), strict=True)),
            }
        )
    frame = pd.DataFrame(rows)
    if args.features:
        frame.to_csv(args.features, index=False)
    if args.fit_abstention:
        fit_abstention(frame)
        return  # the statement weights' grid is a separate tuning run

    def mean_score(items: list[Cached], w: Weights) -> float:
        vals = [v for it in items if it.case.kind != "out_of_scope" for v in _answer_scores(service, it, w)]
        return sum(vals) / max(1, len(vals))

    base = Weights()
    grid = []
    for sem, lex, prior, num, other in itertools.product(
        (0, 6, 12, 20), (0.5, 1.0, 2.0), (0.3, 0.6, 1.0), (0.0, 0.3), (0.5, 1.0)
    ):
        w = replace(base, semantic=sem, lexical=lex, prior=prior, number=num, other_place=other)
        grid.append((mean_score(cached["dev"], w), w))
    grid.sort(key=lambda g: -g[0])
    for score, w in grid[:8]:
        print(f"dev {score:.4f}  {w}")
    print(f"default dev {mean_score(cached['dev'], base):.4f}")
    import assistant.answers.extractive as answer_module

    for bonus in (0.3, 0.6, 1.0, 1.5):
        print(f"listing {bonus}: dev {mean_score(cached['dev'], replace(base, listing=bonus)):.4f}")
    for window in (250, 350, 500):
        answer_module.WINDOW_CHARS = window
        print(f"window {window}: dev {mean_score(cached['dev'], base):.4f}")
    answer_module.WINDOW_CHARS = 0
    if cached["test"]:
        best = grid[0][1]
        best_test, default_test = mean_score(cached["test"], best), mean_score(cached["test"], base)
        print(f"test (report only) with best-on-dev {best_test:.4f}; default {default_test:.4f}")


if __name__ == "__main__":
    main()
