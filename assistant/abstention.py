"""Deciding that no source covers a question, instead of answering from whatever ranked first.

Two signals, calibrated on the eval set and written out-of-scope questions (see eval/RESULTS.md):
- term coverage: how much of the question's IDF-weighted content (municipality names and numbers
  left out) the top passages contain; a Danish term the corpus has never seen counts against.
- semantic similarity: the best dense cosine score, which alone overlaps too much between in- and
  out-of-scope questions to decide by itself, but settles English questions with no Danish terms.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from assistant import municipalities
from assistant.config import Settings
from assistant.index import Snapshot
from assistant.retrieval import RetrievalResult
from assistant.text import stems


@dataclass
class Evidence:
    """Why the assistant answered or abstained (shown in debugging and used by the tests)."""

    coverage: float
    known_terms: int
    max_dense: float
    abstain: bool
    reason: str


def content_terms(question: str, result: RetrievalResult) -> list[str]:
    """Query terms that carry the topic: no numbers, no municipality names, no 1-2 letter bits."""
    names: set[str] = set()
    for name in municipalities.find_mentions(question, ignore_case=True):
        names.update(stems(name))
        names.update(stems(name + "s"))
    return [t for t in dict.fromkeys(result.query_terms) if not t.isdigit() and len(t) > 2 and t not in names]


def judge(question: str, result: RetrievalResult, snap: Snapshot, settings: Settings) -> Evidence:
    """Abstain unless the top passages cover the question's topic well enough."""
    if not result.hits:
        return Evidence(0.0, 0, result.max_dense, True, "nothing retrieved")
    terms = content_terms(question, result)
    top: set[str] = set()
    for hit in result.hits[:8]:
        top.update(stems(hit.chunk.text))
    weights = {t: snap.idf(t) for t in terms}
    known = {t: w for t, w in weights.items() if w is not None}
    if result.language == "en":
        # English words cannot occur in Danish text: judge on the Danish (glossary) terms only.
        weights = dict(known)
    # A term the corpus never uses is the strongest sign of a topic it does not cover.
    unknown_weight = math.log(1 + (max(1, snap.size) - 0.5) / 1.5)
    total = sum(w if w is not None else unknown_weight for w in weights.values())
    matched = sum(w for t, w in known.items() if t in top and t in weights)
    coverage = matched / total if total else 0.0
    dense = result.max_dense
    if not weights:
        ok = dense >= settings.min_dense_score + 0.05
        return Evidence(0.0, 0, dense, not ok, "no topic terms; dense score decides")
    if dense < settings.min_dense_score:
        return Evidence(coverage, len(known), dense, True, "weak semantic match")
    if coverage < settings.min_coverage:
        return Evidence(coverage, len(known), dense, True, "top passages do not cover the question's terms")
    return Evidence(coverage, len(known), dense, False, "covered")
