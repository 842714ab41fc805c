"""Deciding that no source covers a question, instead of answering from whatever ranked first.

Three kinds of evidence, none of which depends on how the question is worded:
- meaning: the e5 similarity of the closest quotable unit in the top chunks (``evidence``), which
  crosses languages, so an English question about a Danish text is judged like a Danish one;
- words: how much of the question's IDF-weighted topic (municipality names and numbers left out) the
  top passages contain. A word the corpus has never used counts fully against the answer: a question
  made mostly of such words ("forsvarsudgifter", "arbejdsløshed") is about something else;
- the chunk ranking's own best dense score.
The thresholds are calibrated on the dev split of eval/questions.yaml and reported on the test split
(eval/RESULTS.md); ``settings`` holds them so a deployment can re-calibrate without code changes.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.config import Settings
from assistant.index.indexer import Snapshot
from assistant.index.statement_store import background_similarity
from assistant.models import Hit
from assistant.numbers import find_numbers
from assistant.retrieval.evidence import Candidate, best_similarity
from assistant.retrieval.hybrid import RetrievalResult
from assistant.retrieval.query import Query
from assistant.text import stems


@dataclass
class Evidence:
    """Why the assistant answered or abstained (shown in debugging and used by the tests)."""

    coverage: float
    known_terms: int
    max_dense: float
    abstain: bool
    reason: str
    best_unit: float = 0.0
    unknown_share: float = 0.0
    lead: float = 0.0  # best unit's similarity above the median unit's: meaning, net of the question's style
    english: bool = False
    best_lexical: float = 0.0  # the largest IDF-weighted share of the question's terms in one unit
    p_out_of_scope: float = 0.0

    def vector(self) -> list[float]:
        """The values of ``FEATURES`` in order."""
        return [
            self.best_unit, self.lead, self.coverage, self.unknown_share, float(self.english), self.max_dense,
            float(self.known_terms == 0), self.best_lexical,
        ]  # fmt: skip


def content_terms(query: Query, result: RetrievalResult) -> list[str]:
    """Query terms that carry the topic: no numbers, no municipality names, no 1-2 letter bits."""
    names: set[str] = set()
    for name in query.municipalities:
        names.update(stems(name))
        names.update(stems(name + "s"))
    terms = result.evidence_terms or result.query_terms
    return [t for t in dict.fromkeys(terms) if not t.isdigit() and len(t) > 2 and t not in names]


FEATURES = ("best_unit", "lead", "coverage", "unknown_share", "english", "max_dense", "no_terms", "best_lexical")


@dataclass(frozen=True)
class AbstentionModel:
    """Logistic regression over ``FEATURES`` (standardised): the probability that nothing covers the question.

    Fitted on the dev split by ``python -m benchmarks.tune_answers --fit-abstention``, which prints a
    new ``DEFAULT_MODEL``; a deployment that re-calibrates only moves ``abstain_threshold``.
    """

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    intercept: float

    def probability(self, values: Sequence[float]) -> float:
        z = self.intercept + sum(
            w * (v - m) / s for w, v, m, s in zip(self.weights, values, self.mean, self.scale, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


# Fitted on the dev split (non-calculation questions whose municipalities are covered: 319, 54 out of scope),
# 2026-11-26; leave-one-out accuracy 0.94 there.
DEFAULT_MODEL = AbstentionModel(
    mean=(0.8729, 0.0833, 0.6758, 0.1462, 0.387, 0.8742, 0.1022, 0.6319),
    scale=(0.0357, 0.0256, 0.3401, 0.2745, 0.4871, 0.0355, 0.3029, 0.2661),
    weights=(-0.7019, -0.3422, -0.7357, 0.6067, -0.5581, -1.0882, 0.222, -0.0993),
    intercept=-3.2088,
)


def features(query: Query, result: RetrievalResult, snap: Snapshot, cands: list[Candidate] | None = None) -> Evidence:
    """The evidence for and against answering, before any decision."""
    best = best_similarity(cands or [])
    background = background_similarity(snap.statements, result.query_vector) if snap.statements else 0.0
    terms = content_terms(query, result)
    top: set[str] = set()
    for hit in result.hits[:8]:
        top.update(stems(hit.chunk.text))
    weights = {t: snap.idf(t) for t in terms}
    known = {t: w for t, w in weights.items() if w is not None}
    if query.language == "en":
        # English words cannot occur in Danish text: judge words on the Danish (glossary) terms only.
        weights = dict(known)
    # A term the corpus never uses is the strongest sign of a topic it does not cover.
    unknown_weight = math.log(1 + (max(1, snap.size) - 0.5) / 1.5)
    total = sum(w if w is not None else unknown_weight for w in weights.values())
    matched = sum(w for t, w in known.items() if t in top and t in weights)
    coverage = matched / total if total else 0.0
    unknown_share = 1.0 - (sum(known.values()) / total if total else 1.0)
    ev = Evidence(coverage, len(known), result.max_dense, False, "covered", best, unknown_share)
    ev.lead = best - background if best else 0.0
    ev.english = query.language == "en"
    ev.best_lexical = max((c.lexical for c in cands or []), default=0.0)
    return ev


QUOTED_UNITS = 5  # the best units: what an answer would quote from
YEAR_HITS = 2  # retrieved chunks a year asked about may also be named in
_YEAR_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _years_of(hit: Hit) -> set[int]:
    text = hit.chunk.text
    seen = {int(y) for y in _YEAR.findall(text)}
    for a, b in _YEAR_RANGE.findall(text):
        seen.update(range(int(a), int(b) + 1))
    if hit.chunk.date:
        seen.add(hit.chunk.date.year)
    return seen


def unsupported_places_in_years(query: Query, hits: Sequence[Hit]) -> list[str]:
    """ "Vejle in 2019" when no passage is about Vejle and 2019 together.

    The second near miss: a passage about Vejle in 2015 and another about the whole country in 2019 each
    match half the question, and quoting them reads like an answer about Vejle in 2019. A passage is
    about a place when it is tagged with it or names it.
    """
    if not (query.municipalities and query.years):
        return []
    dated = [(hit, _years_of(hit)) for hit in hits]
    return [
        f"{place} {year}"
        for place in query.municipalities
        for year in query.years
        if not any(
            year in years and (place in hit.chunk.municipalities or place.lower() in hit.chunk.text.lower())
            for hit, years in dated
        )
    ]


def unsupported_years(query: Query, hits: Sequence[Hit]) -> list[int]:
    """Years the question asks about that none of ``hits`` mentions, spans ("2023-2025") or is dated.

    A question about 2023 answered from 2019 figures is the near miss that looks most like an answer:
    the topic matches, the number is real, and it is the wrong year. ``hits`` are the chunks the answer
    would quote from, not every chunk retrieved: a 2023 in the eighth passage does not make 2019 figures
    an answer about 2023.
    """
    if not query.years:
        return []
    seen: set[int] = set()
    for hit in hits:
        seen |= _years_of(hit)
    # "genopretningsplan 2023-2025" names a period: a passage about any year of it is about the period
    for a, b in _YEAR_RANGE.findall(query.text):
        period = set(range(int(a), int(b) + 1))
        if period & seen:
            seen |= period | {int(a), int(b)}
    return [y for y in query.years if y not in seen]


def lacks_answer_type(query: Query, statements: str) -> str | None:
    """What kind of figure a question asks for that the statements it would quote do not give, if any.

    The near miss that reads most like an answer: the passages are about the right plan in the right
    municipality, so every similarity is high, but none says what it cost ("hvor mange penge afsatte
    Stevns …") or how many there are ("how many social workers does Rødovre employ"). The type of the
    answer decides, not its wording: an amount in kroner or a percentage for an amount, a number that is
    not a year for a count. Only the quotes count, not the source labels around them.
    """
    # A quote that is a list item ("3. Helhedsorienteret tilgang …") does not state a count by its number.
    quoted = " ".join(_LIST_MARK.sub("", q) for q in _own_quotes(query, statements))
    quoted = quoted if "«" in statements else statements
    found = find_numbers(quoted, query.language)
    if query.wants_amount and not any(m.unit in ("kr", "pct") for m in found):
        return "amount"
    if query.wants_count and not query.wants_amount and not any(not m.is_year for m in found):
        return "count"
    return None


_QUOTE = re.compile(r"«([^»]*)»")
_LIST_MARK = re.compile(r"^\s*(?:[-•]\s*)?\d{1,2}[.)]\s+")
_LABELLED = re.compile(r"^[ \t]*-[ \t]*\*\*([^*\n]+)\*\*[^«\n]*«([^»]*)»", re.M)


def _own_quotes(query: Query, statements: str) -> list[str]:
    """The quotes that can carry a figure for the places the question names.

    "Hvor mange penge sparede Hvidovre …" is not answered by Herning's savings, nor "what is Copenhagen's
    budget" by a national figure: when the question names places and asks per place (not "which
    municipalities"), a quote whose source label is about somewhere else, or about no place, counts only
    when it names one of them. A quote without a label counts.
    """
    quotes = _QUOTE.findall(statements)
    if not query.municipalities or query.grouped:
        return quotes
    # a name as a word, with the genitive s ("Københavns"): "Vejle" is not in "vejledning"
    named = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in query.municipalities) + r")s?\b", re.I)
    elsewhere = {quote for label, quote in _LABELLED.findall(statements) if not named.search(label + " " + quote)}
    return [q for q in quotes if q not in elsewhere]


def judge(
    query: Query,
    result: RetrievalResult,
    snap: Snapshot,
    settings: Settings,
    cands: list[Candidate] | None = None,
    model: AbstentionModel = DEFAULT_MODEL,
) -> Evidence:
    """Abstain when the calibrated probability that nothing covers the question is too high."""
    ev = features(query, result, snap, cands)
    if not result.hits:
        ev.abstain, ev.reason = True, "nothing retrieved"
        return ev
    ev.p_out_of_scope = model.probability(ev.vector())
    quoted = list({c.hit.chunk.chunk_id: c.hit for c in (cands or [])[:QUOTED_UNITS]}.values())
    # the chunks an answer quotes from, and the two best retrieved: "fra 2020" in the second passage is the year
    # asked, though the best quotes come from another chunk (dev: one wrong refusal fewer, no near miss answered)
    missing_years = unsupported_years(query, [*quoted, *result.hits[:YEAR_HITS]] if quoted else result.hits[:3])
    missing_pairs = [] if missing_years or query.grouped else unsupported_places_in_years(query, result.hits[:5])
    if missing_years:
        ev.abstain, ev.reason = True, "no passage is about " + ", ".join(map(str, missing_years))
    elif missing_pairs:
        ev.abstain, ev.reason = True, "no passage is about " + ", ".join(missing_pairs)
    elif ev.p_out_of_scope >= settings.abstain_threshold:
        ev.abstain, ev.reason = True, f"not covered (p={ev.p_out_of_scope:.2f})"
    return ev
