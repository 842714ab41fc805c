"""Choosing the statements an answer quotes: by meaning and by words, from the retrieved chunks.

Why both: word overlap alone picked the sentence that repeats the question's words ("Task Forcen har
gennemgået 20 tilfældigt udvalgte sager") over the one that answers it (the weaknesses found), and it
cannot see an English question in a Danish sentence at all. The e5 similarity of question and unit
carries meaning across languages; BM25-style overlap keeps names and figures honest. The weights were
chosen on the dev split of eval/questions.yaml only (eval/RESULTS.md).

The same scores are the evidence abstention reads: if no unit of the top chunks is close in meaning
to the question, nothing retrieved answers it, whatever the chunk ranking says.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np

from assistant import municipalities
from assistant.index.indexer import Snapshot
from assistant.ingest.statements import document_units
from assistant.models import Document, Hit
from assistant.retrieval.hybrid import RetrievalResult
from assistant.retrieval.query import Query
from assistant.text import stems

CANDIDATE_HITS = 8  # units come from this many top chunks
BRIDGE_CHARS = 900  # two chosen quotes of one passage join into one quote up to this length
_LISTING = re.compile(r":\s*\n\s*(?:[-•*–]|\d{1,2}[.)])|:\s*\n\s*\n")  # a lead-in followed by its items


@dataclass(frozen=True)
class Weights:
    """How the parts of a unit's score add up (see the module docstring for why)."""

    semantic: float = 12.0  # per unit of cosine above the best candidate's (e5 cosines are compressed)
    lexical: float = 1.0  # IDF-weighted share of the question's terms the unit contains
    prior: float = 1.0  # the chunk's retrieval rank, as 1 / rank
    number: float = 0.3  # a figure in the unit, when the question asks for one
    other_place: float = 1.0  # the unit is about another municipality than the one the question names
    listing: float = 1.0  # a lead-in with its list, when the question asks for several things (dev +0.003)


DEFAULT_WEIGHTS = Weights()


@dataclass
class Candidate:
    """A unit that could become a statement, with the parts of its score."""

    hit: Hit
    start: int
    end: int
    text: str
    semantic: float
    lexical: float
    score: float = 0.0


@lru_cache(maxsize=256)
def _unit_stems(text: str) -> frozenset[str]:
    return frozenset(stems(text))


@lru_cache(maxsize=256)
def _unit_places(text: str) -> tuple[str, ...]:
    return tuple(municipalities.find_mentions(text))


def _units(snap: Snapshot, hit: Hit, query_vec: np.ndarray | None, embedder: str) -> list[tuple[int, int, float]]:
    """(start, end, cosine) of the units of one chunk: stored ones, or computed without vectors."""
    table = snap.statements
    row = snap.row_of.get(hit.chunk.chunk_id)
    if table is not None and row is not None:
        ids = list(table.rows_of(row))
        vec = query_vec if table.embedder == embedder else None
        sims = table.similarities(ids, vec)
        frame = table.frame
        return [(int(frame.at[i, "start"]), int(frame.at[i, "end"]), float(s)) for i, s in zip(ids, sims, strict=True)]
    doc = snap.docs[hit.chunk.doc_id]
    spans = document_units(doc.text, doc.meta.title)
    return [(s.start, s.end, 0.0) for s in spans if hit.chunk.start <= s.start < hit.chunk.end]


def rank_candidates(
    query: Query, result: RetrievalResult, snap: Snapshot, embedder: str, weights: Weights = DEFAULT_WEIGHTS
) -> list[Candidate]:
    """Units of the top chunks, best first."""
    idf = {t: w for t in dict.fromkeys(result.query_terms) if not t.isdigit() and (w := snap.idf(t)) is not None}
    total = sum(idf.values()) or 1.0
    named = set(query.municipalities)
    out: list[Candidate] = []
    for hit in result.hits[:CANDIDATE_HITS]:
        doc_text = snap.docs[hit.chunk.doc_id].text
        for start, end, sim in _units(snap, hit, result.query_vector, embedder):
            text = doc_text[start:end]
            unit_terms = _unit_stems(text)
            lexical = sum(w for t, w in idf.items() if t in unit_terms) / total
            out.append(Candidate(hit, start, end, text, sim, lexical))
    if not out:
        return out
    best_sim = max(c.semantic for c in out)
    for cand in out:
        score = weights.semantic * (cand.semantic - best_sim) + weights.lexical * cand.lexical
        score += weights.prior / cand.hit.rank if cand.hit.rank else 0.0
        if query.wants_number and any(ch.isdigit() for ch in cand.text):
            score += weights.number
        if named and _about_other_place(cand, named):
            score -= weights.other_place
        if query.wants_list and _LISTING.search(cand.text):
            score += weights.listing
        cand.score = score
    out.sort(key=lambda c: -c.score)
    return out


def _about_other_place(cand: Candidate, named: set[str]) -> bool:
    """The unit or its chunk is about municipalities, none of them one the question names."""
    places = set(_unit_places(cand.text))
    if places:
        return not places & named
    tags = set(cand.hit.chunk.municipalities)
    return bool(tags) and not tags & named


def _overlap(a: Candidate, b: Candidate) -> bool:
    """The two quotes share text of the same document."""
    return a.hit.chunk.doc_id == b.hit.chunk.doc_id and a.start < b.end and b.start < a.end


def _overlaps(cand: Candidate, chosen: list[Candidate]) -> bool:
    return any(_overlap(cand, c) for c in chosen)


def _near(a: Candidate, b: Candidate, doc: Document) -> bool:
    """The two quotes of one passage touch, or only one unit of the same paragraph lies between them.

    Two sentences chosen on either side of one they skipped ("… ikke bliver løst godt nok." and "Task
    Forcen konkluderer dog også …") leave out what joins them, often the list that answers the question;
    quoting the stretch whole keeps it verbatim and reads as the source does (a sentence window).
    """
    if a.hit.chunk.doc_id != b.hit.chunk.doc_id:
        return False
    first, second = (a, b) if a.start <= b.start else (b, a)
    if first.end >= second.start:
        return True
    gap = doc.text[first.end : second.start]
    if "\n\n\n" in gap or not same_place(doc, first.start, second.end - 1):
        return False
    units = _doc_units(doc.text, doc.meta.title)
    between = [u for u in units if u[0] >= first.end and u[1] <= second.start]
    return len(between) <= 1


def _merge_into(cand: Candidate, chosen: list[Candidate], docs: Mapping[str, Document], max_chars: int) -> bool:
    """Grow a chosen quote of the same document that ``cand`` overlaps or nearly meets into one quote."""
    for i, c in enumerate(chosen):
        if not (_overlap(c, cand) or _near(c, cand, docs[c.hit.chunk.doc_id])):
            continue
        start, end = min(c.start, cand.start), max(c.end, cand.end)
        if end - start > max_chars:
            return False
        chosen[i] = replace(c, start=start, end=end, text=docs[c.hit.chunk.doc_id].text[start:end])
        return True
    return False


def select(
    cands: list[Candidate],
    limit: int,
    keep_ratio: float = 1.5,
    docs: Mapping[str, Document] | None = None,
    window: int = 0,
) -> list[Candidate]:
    """Best units, at most two per chunk, no repeats or overlaps, none far below the best.

    With ``docs`` and ``window`` a chosen unit takes the unit after it (``with_next``) before the overlap
    check, so a two-sentence quote never repeats the sentence another quote already shows.
    """
    chosen: list[Candidate] = []
    per_chunk: dict[str, int] = {}
    seen: set[str] = set()
    for cand in cands:
        key = " ".join(cand.text.lower().split())
        chunk_id = cand.hit.chunk.chunk_id
        if key in seen or per_chunk.get(chunk_id, 0) >= 2:
            continue
        if chosen and cand.score < chosen[0].score - keep_ratio:
            break
        if docs is not None and window:
            start, end = with_previous(docs, cand, BACK_CHARS), with_next(docs, cand, window)[1]
            doc_id = cand.hit.chunk.doc_id
            if any(
                c.hit.chunk.doc_id == doc_id and c.start < cand.start and c.end > start and end - c.start > BRIDGE_CHARS
                for c in chosen
            ):
                start = cand.start  # grown back into a quote it cannot join (too long): it would be dropped as a repeat
            cand = replace(cand, start=start, end=end, text=docs[doc_id].text[start:end])
            if _merge_into(cand, chosen, docs, BRIDGE_CHARS):
                continue  # it continues a quote already chosen: that quote grows instead
        if _overlaps(cand, chosen):
            continue  # a lead-in with its list already shows this unit
        chosen.append(cand)
        seen.add(key)
        per_chunk[chunk_id] = per_chunk.get(chunk_id, 0) + 1
        if len(chosen) >= limit:
            break
    return chosen


@lru_cache(maxsize=64)
def _doc_units(text: str, title: str) -> tuple[tuple[int, int], ...]:
    return tuple((u.start, u.end) for u in document_units(text, title))


def with_next(docs: Mapping[str, Document], cand: Candidate, max_chars: int) -> tuple[int, int]:
    """The unit's span, extended over the unit that follows it when both fit in ``max_chars``.

    The sentence that matches the question's names ("Task Forcen har gennemgået 20 sager") is often
    followed by the one that answers it ("Konklusionen er, at …"); quoting the two together keeps
    the quote verbatim and contiguous while carrying the answer.
    """
    doc = docs[cand.hit.chunk.doc_id]
    units = _doc_units(doc.text, doc.meta.title)
    nxt = next((u for u in units if u[0] >= cand.end), None)
    if nxt is None or nxt[1] - cand.start > max_chars or "\n\n\n" in doc.text[cand.end : nxt[0]]:
        return cand.start, cand.end
    if nxt[0] - cand.end > 4:  # something (boilerplate, a heading) stands between them
        return cand.start, cand.end
    if not same_place(doc, cand.start, nxt[1] - 1):
        return cand.start, cand.end
    return cand.start, nxt[1]


# A sentence that opens by pointing back reads wrongly alone: "Den har et samlet ansvar …" names neither the
# steering group nor who sits in it; the sentence before does ("der er nedsat en styregruppe bestående af …").
_POINTS_BACK = re.compile(
    r"^\W*(?:(?:den|de|han|hun|it|they)\s+(?:har|er|var|skal|vil|kan|blev|bliver|has|have|is|are|was|were|will)|"
    r"det\s+(?:betyder|indebærer)|dette|denne|disse|desuden|dermed|this|these|moreover|furthermore)\b",
    re.IGNORECASE,
)
BACK_CHARS = 600  # a quote that points back takes the unit before it while both fit in this length


def with_previous(docs: Mapping[str, Document], cand: Candidate, max_chars: int) -> int:
    """The start of the unit before ``cand`` when ``cand`` points back to it; else ``cand``'s own start.

    Repeated while the unit taken points back in turn ("Den har …" before "Desuden …"), within ``max_chars``.
    """
    doc = docs[cand.hit.chunk.doc_id]
    units = _doc_units(doc.text, doc.meta.title)
    start = cand.start
    while _POINTS_BACK.match(doc.text[start : cand.end]):
        prev = next((u for u in reversed(units) if u[1] <= start), None)
        if prev is None or cand.end - prev[0] > max_chars or start - prev[1] > 4:
            break
        if not same_place(doc, prev[0], cand.end - 1):
            break
        start = prev[0]
    return start


def same_place(doc: Document, a: int, b: int) -> bool:
    """Offsets ``a`` and ``b`` lie in one note paragraph, one page and one agenda item or heading.

    A quote that spans two of them would be cited with the source, page or item of its first part only:
    two paragraphs of a background note have two sources, and a reader looks for a quote on its page.
    """
    if doc.facts and doc.fact_at(a) != doc.fact_at(b):
        return False
    if doc.pages and getattr(doc.page_at(a), "page", None) != getattr(doc.page_at(b), "page", None):
        return False
    return not doc.sections or doc.section_at(a) == doc.section_at(b)


def best_similarity(cands: list[Candidate]) -> float:
    """The closest unit in meaning: the abstention evidence that does not depend on wording."""
    return max((c.semantic for c in cands), default=0.0)
