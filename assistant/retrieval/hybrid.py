"""Hybrid retrieval: BM25 over Danish stems and dense e5 vectors, fused by reciprocal rank.

BM25 catches exact figures, names and Danish terms; the dense side carries English questions and
paraphrase. RRF needs no score calibration between the two, and the raw scores are kept on each hit
for the abstention decision.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
import pandas as pd
from bm25s.stopwords import STOPWORDS_EN_PLUS

from assistant import municipalities
from assistant.index.embeddings import Embedder
from assistant.index.indexer import KnowledgeIndex, Snapshot
from assistant.index.store import municipality_flag
from assistant.index.term_bridge import TermBridge
from assistant.models import Filters, Hit, Language
from assistant.retrieval.query import Query
from assistant.text import detect_language, expand_query, query_stems, stems, tokens


@dataclass
class RetrievalResult:
    """Hits in fused order plus the evidence needed to decide whether to abstain."""

    hits: list[Hit]
    language: Language
    query_terms: list[str]
    max_dense: float = 0.0
    max_lexical: float = 0.0
    query_vector: np.ndarray | None = None  # kept so answer scoring reuses it instead of embedding again
    evidence_terms: list[str] = field(default_factory=list)  # query terms without fuzzy guesses (abstention)
    timings_ms: dict[str, float] = field(default_factory=dict)
    # the same retrieval without the bridged words (English questions only): the abstention model was
    # calibrated on the glossary's terms, and a bridged word's noise must not talk it into answering
    plain: RetrievalResult | None = None


def _row_mask(chunks: pd.DataFrame, filters: Filters) -> np.ndarray | None:
    if filters.is_empty():
        return None
    keep = pd.Series(True, index=chunks.index)
    if filters.municipalities:
        wanted = {municipalities.resolve(m) for m in filters.municipalities}
        keep &= chunks["municipalities"].map(lambda s: bool(wanted & set(s.split("|"))))
    if filters.year_from:
        keep &= chunks["year"] >= filters.year_from
    if filters.year_to:
        keep &= (chunks["year"] <= filters.year_to) & (chunks["year"] > 0)
    if filters.source_types:
        keep &= chunks["source_type"].isin(filters.source_types)
    return keep.to_numpy(dtype=np.float32)


def _where(filters: Filters) -> dict[str, Any] | None:
    clauses: list[dict[str, Any]] = []
    if filters.municipalities:
        flags = [{municipality_flag(municipalities.resolve(m)): True} for m in filters.municipalities]
        clauses.append(flags[0] if len(flags) == 1 else {"$or": flags})
    if filters.year_from:
        clauses.append({"year": {"$gte": filters.year_from}})
    if filters.year_to:
        clauses.append({"year": {"$lte": filters.year_to}})
        clauses.append({"year": {"$gt": 0}})
    if filters.source_types:
        clauses.append({"source_type": {"$in": list(filters.source_types)}})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def lexical_search(snap: Snapshot, terms: list[str], k: int, mask: np.ndarray | None) -> list[tuple[int, float]]:
    """BM25 top-k as (row, score); unknown terms are dropped rather than failing the query."""
    if snap.bm25 is None or not terms:
        return []
    vocab = snap.bm25.vocab_dict
    known = [t for t in terms if t in vocab]
    if not known:
        return []
    k = min(k, snap.size)
    docs, scores = snap.bm25.retrieve([known], k=k, show_progress=False, weight_mask=mask)
    return [(int(r), float(s)) for r, s in zip(docs[0], scores[0], strict=False) if s > 0]


def repair_terms(snap: Snapshot, terms: list[str], fuzzy: bool = True) -> list[str]:
    """Map query terms the corpus never uses to the corpus term they most likely mean.

    Users type "raadgiver" without a Danish keyboard and "Odnese" in a hurry; BM25 would just drop
    those words. ASCII folding first, then (``fuzzy``) the closest term by similarity ratio for words of
    five letters or more, which also carries English cognates to their Danish forms ("familie",
    "reform"). Fuzzy repair helps ranking (eval/RESULTS.md), but it is a guess, so abstention reads the
    terms without it: "kommuneskat" repaired to "kommunes" must not make a tax question look covered.
    Among equally close terms the most frequent wins, then the alphabetically first, so a question
    always gets the same terms (the vocabulary's order differs between processes).
    """
    if snap.bm25 is None:
        return terms
    from rapidfuzz import fuzz, process

    from assistant.municipalities import fold

    vocab = snap.bm25.vocab_dict
    folded = snap.vocabulary()
    out: list[str] = []
    for term in terms:
        if term in vocab or term.isdigit():
            out.append(term)
            continue
        hit = folded.get(fold(term))
        if hit is None and fuzzy and len(term) >= 5:
            matches = process.extract(fold(term), list(folded), scorer=fuzz.ratio, score_cutoff=80, limit=None)
            if matches:
                best = max(m[1] for m in matches)
                closest = [folded[m[0]] for m in matches if m[1] == best]
                hit = min(closest, key=lambda t: (-snap.document_frequency(t), t))
        out.append(hit or term)
    return out


_EN_STOP = frozenset(STOPWORDS_EN_PLUS)
_MOST_BRIDGED = 8  # words of one question looked up: each costs one short e5 pass (~9 ms) the first time
_BRIDGED: dict[tuple[str, str], tuple[str, ...]] = {}  # (embedder, word) -> Danish words; words repeat a lot


def bridged_terms(bridge: TermBridge, question: str, embedder: Embedder) -> list[str]:
    """BM25 terms for an English question's own words: the corpus's Danish words nearest each of them."""
    words = [w for w in dict.fromkeys(tokens(question)) if len(w) >= 4 and w.isalpha() and w not in _EN_STOP]
    found: list[str] = []
    for word in words[:_MOST_BRIDGED]:
        key = (bridge.embedder, word)
        if key not in _BRIDGED:
            if len(_BRIDGED) > 50_000:
                _BRIDGED.clear()
            _BRIDGED[key] = tuple(bridge.nearest(embedder.embed_query(word)))
        found += _BRIDGED[key]
    return stems(" ".join(found)) if found else []


def query_vector(embedder: Embedder, question: str, language: Language) -> np.ndarray:
    """The question's e5 vector; for English, averaged with the vector of the question glossed in Danish.

    e5-small places an English question far from the Danish sentence that answers it ("how often will
    Rødovre meet …" and "månedlige økonomiopfølgingsmøder"): cosines of every Danish unit bunch within a
    few hundredths. The question with the glossary's Danish terms appended is a dictionary translation
    of its domain words (the classic CLIR query translation); averaging keeps the English meaning and adds
    the Danish vocabulary. On dev (English, 1,572 questions): mrr5 0.727 → 0.757, facts 0.820 → 0.845,
    better in 13 blocks and worse in 4. One more e5 pass (~10 ms) per English question.
    """
    vec = embedder.embed_query(question)
    glossed = expand_query(question) if language == "en" else question
    if glossed == question:
        return vec
    both = vec + embedder.embed_query(glossed)
    norm = float(np.linalg.norm(both))
    return both / norm if norm else vec


class Retriever:
    """Runs both retrievers over the current snapshot and fuses them."""

    def __init__(self, index: KnowledgeIndex) -> None:
        self.index = index
        self.settings = index.settings

    def retrieve(
        self, question: str | Query, filters: Filters | None = None, k: int | None = None
    ) -> RetrievalResult:
        """Fused hits for a read ``Query`` (the answer path) or a plain string (benchmarks, baselines)."""
        import time

        filters = filters or Filters()
        k = k or self.settings.top_k
        snap = self.index.snapshot()
        named: frozenset[str] = frozenset()
        if isinstance(question, Query):
            named = frozenset(question.municipalities)
            language, raw_terms, question = question.language, list(question.terms), question.text
        else:
            language = detect_language(question)
            raw_terms = query_stems(question, language)
        bridged: list[str] = []
        if language == "en" and snap.bridge is not None and self.settings.retrieval_mode != "dense":
            # merged into the one BM25 query (a separate, lighter-weighted ranking of them did worse on dev);
            # not into the evidence terms the abstention model was calibrated on
            bridged = bridged_terms(snap.bridge, question, self.index.embedder)
        plain_terms = repair_terms(snap, raw_terms)  # per term: the bridged words are repaired on their own
        terms = plain_terms + repair_terms(snap, bridged)
        result = RetrievalResult([], language, terms, evidence_terms=repair_terms(snap, raw_terms, fuzzy=False))
        if snap.size == 0:
            return result
        n = self.settings.candidates
        t0 = time.perf_counter()
        mode = self.settings.retrieval_mode  # "bm25"/"dense" exist so eval configs can measure each side
        mask = _row_mask(snap.chunks, filters)
        lexical = lexical_search(snap, terms, n, mask) if mode != "dense" else []
        t1 = time.perf_counter()
        dense: list[tuple[int, float]] = []
        t2 = t1
        if mode != "bm25":
            qvec = query_vector(self.index.embedder, question, language)
            result.query_vector = qvec
            t2 = time.perf_counter()
            dense_raw = self.index.store.query(qvec, n, _where(filters))
            dense = [(snap.row_of[cid], s) for cid, s in dense_raw if cid in snap.row_of]
        t3 = time.perf_counter()
        # English questions reach Danish text through the glossary only, so their BM25 ranking is weaker.
        lexical_weight = self.settings.bm25_weight * (0.5 if language == "en" else 1.0)
        result.hits = self._fuse(snap, lexical, dense, k, lexical_weight, named)
        result.max_dense = max((s for _, s in dense), default=0.0)
        result.max_lexical = max((s for _, s in lexical), default=0.0)
        if bridged:
            plain = lexical_search(snap, plain_terms, n, mask)
            hits = self._fuse(snap, plain, dense, k, lexical_weight, named)
            result.plain = replace(result, hits=hits, query_terms=plain_terms)
            result.plain.max_lexical = max((s for _, s in plain), default=0.0)
        result.timings_ms = {
            "bm25": (t1 - t0) * 1000,
            "embed_query": (t2 - t1) * 1000,
            "dense": (t3 - t2) * 1000,
            "fuse": (time.perf_counter() - t3) * 1000,
        }
        return result

    def _fuse(
        self,
        snap: Snapshot,
        lexical: list[tuple[int, float]],
        dense: list[tuple[int, float]],
        k: int,
        lexical_weight: float = 1.0,
        named: frozenset[str] = frozenset(),
    ) -> list[Hit]:
        rrf_k = self.settings.rrf_k
        fused: dict[int, float] = {}
        info: dict[int, dict[str, Any]] = {}
        lw = lexical_weight
        for rank, (row, score) in enumerate(lexical, start=1):
            fused[row] = fused.get(row, 0.0) + lw / (rrf_k + rank)
            info.setdefault(row, {})["lexical"] = (rank, score)
        for rank, (row, score) in enumerate(dense, start=1):
            fused[row] = fused.get(row, 0.0) + 1.0 / (rrf_k + rank)
            info.setdefault(row, {})["dense"] = (rank, score)
        if named and self.settings.own_document_bonus:
            # A question about Odense is best answered by Odense's own mail or press release, not by a
            # guidance note that retells it in other words: the retelling ranked first in 44 of 214 dev
            # lookups that missed rank 1. On dev (642 lookups with passages) mrr5 0.774 -> 0.791; flat
            # from 0.004 to 0.008, so the value is not balanced on an edge.
            bonus = self.settings.own_document_bonus
            own_docs = snap.documents_of(named)
            doc_ids = snap.chunks["doc_id"].to_numpy()
            for row in fused:
                if doc_ids[row] in own_docs:
                    fused[row] += bonus
        order = sorted(fused, key=lambda r: (-fused[r], r))
        units = snap.statements
        if units is not None and units.vectors.shape[0]:
            # a chunk with nothing quotable left after boilerplate ("Kontakt … Tlf.: …", a byline, a list of
            # attachments) can be no answer's source: it ranked first for "hvad lovede borgmesteren" on a name
            order = [r for r in order if len(units.rows_of(r))]
        hits: list[Hit] = []
        per_doc: dict[str, int] = {}
        cap = self.settings.max_chunks_per_doc
        for row in order:
            chunk_row = snap.chunks.iloc[row]
            doc_id = chunk_row.doc_id
            # a document about a municipality the question names is the answer's source, not a crowd to thin out
            own = bool(named) and bool(named & set(str(chunk_row.municipalities).split("|")))
            if per_doc.get(doc_id, 0) >= (2 * cap if own else cap):
                continue  # diversity: one long document must not take every slot
            per_doc[doc_id] = per_doc.get(doc_id, 0) + 1
            lex = info[row].get("lexical")
            den = info[row].get("dense")
            hits.append(
                Hit(
                    chunk=snap.chunk(row),
                    score=round(fused[row], 6),
                    rank=len(hits) + 1,
                    lexical_rank=lex[0] if lex else None,
                    lexical_score=lex[1] if lex else None,
                    dense_rank=den[0] if den else None,
                    dense_score=den[1] if den else None,
                )
            )
            if len(hits) >= k:
                break
        return hits
