"""Grounded, extractive answers: every statement is a verbatim sentence from a cited passage.

Nothing is paraphrased or computed here, so every number in an answer is a number a source wrote.
Calculations go to ``calc_chat``; comparisons across municipalities to ``precedents``; an optional LLM
rewrites only after this answer exists and only under ``verify``.
"""

from __future__ import annotations

import re
import time
from collections.abc import Set
from dataclasses import dataclass

from assistant import municipalities
from assistant.abstention import judge
from assistant.calc_chat import CalcAnswer, answer_calculation
from assistant.chunking import sentence_spans
from assistant.citations import CitationBook
from assistant.errors import InputError
from assistant.i18n import source_label, t
from assistant.models import Answer, Filters, Hit, Language, Passage
from assistant.precedents import answer_comparison, is_comparison_question
from assistant.retrieval import Retriever
from assistant.text import detect_language, stems

MAX_QUESTION_CHARS = 2000
_QUANTITY = re.compile(
    r"\b(hvor mange|hvor meget|hvor stor|hvor store|hvilket sagstal|hvad koster|how many|how much|"
    r"how large|what share|what caseload|which caseload|what percentage)\b",
    re.I,
)
_COMPARE = re.compile(
    r"\b(hvilke kommuner|andre kommuner|sammenlignelige|sammenlign|which municipalities|other municipalities|"
    r"comparable|compare)\b",
    re.I,
)


@dataclass
class Candidate:
    """A sentence that could become a statement in the answer."""

    hit: Hit
    start: int  # offsets in the document
    end: int
    text: str
    score: float


def clean_question(question: str) -> tuple[str, str | None]:
    """Strip and bound the question; an empty one is an input error, a huge one is cut with a notice."""
    text = " ".join((question or "").split())
    if not text:
        raise InputError("the question is empty")
    if len(text) > MAX_QUESTION_CHARS:
        return text[:MAX_QUESTION_CHARS], "truncated"
    return text, None


def _sentence_candidates(hit: Hit, doc_text: str) -> list[tuple[int, int]]:
    chunk = hit.chunk
    spans = sentence_spans(doc_text, chunk.start, chunk.end)
    merged: list[tuple[int, int]] = []
    for span in spans:
        # A heading-like fragment ("Sagstallet er idag denne:") carries its next sentence.
        if merged and (merged[-1][1] - merged[-1][0] < 40 or doc_text[merged[-1][1] - 1] == ":"):
            merged[-1] = (merged[-1][0], span.end)
        else:
            merged.append((span.start, span.end))
    return merged


def rank_sentences(question: str, language: Language, hits: list[Hit], docs: dict) -> list[Candidate]:
    """Score sentences of the retrieved chunks by overlap with the question's terms."""
    from assistant.text import query_stems

    q_terms = set(query_stems(question, language))
    wants_number = bool(_QUANTITY.search(question))
    out: list[Candidate] = []
    for hit in hits:
        doc_text = docs[hit.chunk.doc_id].text
        prior = 1.0 / (hit.rank + 1)
        for start, end in _sentence_candidates(hit, doc_text):
            sentence = doc_text[start:end]
            s_terms = set(stems(sentence))
            overlap = len(q_terms & s_terms)
            score = overlap / max(1.0, len(q_terms) ** 0.5) + prior
            if wants_number and re.search(r"\d", sentence):
                score += 0.35
            if len(sentence) < 25:
                score -= 0.3
            if len(sentence) > 450:
                score -= 0.2
            out.append(Candidate(hit, start, end, sentence, score))
    out.sort(key=lambda c: -c.score)
    return out


def select_statements(cands: list[Candidate], limit: int) -> list[Candidate]:
    """Best sentences, at most two per chunk, no repeats, in score order."""
    chosen: list[Candidate] = []
    per_chunk: dict[str, int] = {}
    seen: set[str] = set()
    for cand in cands:
        key = " ".join(cand.text.lower().split())
        if key in seen or per_chunk.get(cand.hit.chunk.chunk_id, 0) >= 2:
            continue
        if chosen and cand.score < 0.5 * chosen[0].score:
            break
        chosen.append(cand)
        seen.add(key)
        per_chunk[cand.hit.chunk.chunk_id] = per_chunk.get(cand.hit.chunk.chunk_id, 0) + 1
        if len(chosen) >= limit:
            break
    return chosen


def _statement(cand: Candidate, number: int, language: Language) -> str:
    chunk = cand.hit.chunk
    where = ", ".join(chunk.municipalities) or t("general", language)
    year = str(chunk.date.year) if chunk.date else t("no_date", language)
    quote = " ".join(cand.text.split())
    return f"**{where}** ({source_label(chunk.source_type, language)}, {year}): «{quote}» [{number}]"


def compose(
    question: str, language: Language, hits: list[Hit], book: CitationBook, grouped: bool, limit: int = 3
) -> str:
    """The extractive answer text; with ``grouped`` one block per municipality."""
    docs = book.docs
    cands = select_statements(rank_sentences(question, language, hits, docs), limit=limit)
    lines = [t("lead", language)]
    if grouped:
        cands.sort(key=lambda c: (c.hit.chunk.municipality or "~", -c.score))
    named = municipalities.find_mentions(question, ignore_case=True)
    for cand in cands:
        chunk = cand.hit.chunk
        quote = docs[chunk.doc_id].text[cand.start : cand.end]
        # A chunk about several municipalities is cited for the one the question asks about.
        about = next((m for m in chunk.municipalities if m in named), chunk.municipality)
        number = book.cite(chunk.doc_id, quote, municipality=about)
        lines.append(f"- {_statement(cand, number, language)}")
    return "\n".join(lines)


def uncovered_municipalities(question: str, covered: Set[str]) -> list[str]:
    """Municipalities the question names that no document is about."""
    return [m for m in municipalities.find_mentions(question, ignore_case=True) if m not in covered]


def passages_of(hits: list[Hit], k: int) -> list[Passage]:
    return [
        Passage(
            rank=h.rank,
            doc_id=h.chunk.doc_id,
            chunk_id=h.chunk.chunk_id,
            municipality=h.chunk.municipality,
            text=h.chunk.text,
            score=h.score,
        )
        for h in hits[:k]
    ]


def answer_question(
    retriever: Retriever,
    question: str,
    filters: Filters | None = None,
    my_municipality: str | None = None,
) -> Answer:
    """The one code path behind ``assistant ask``, the eval runner and the app."""
    started = time.perf_counter()
    settings = retriever.settings
    question, notice_key = clean_question(question)
    language = detect_language(question)
    snap = retriever.index.snapshot()
    book = CitationBook(snap.docs)
    notice = t(notice_key, language, n=MAX_QUESTION_CHARS) if notice_key else None

    calc = _try_calculation(question, language, book)
    t0 = time.perf_counter()
    result = retriever.retrieve(question, filters, k=max(settings.top_k, 8))
    t1 = time.perf_counter()
    answer = Answer(question=question, answer="", abstained=False, language=language, notice=notice)
    answer.passages = passages_of(result.hits, settings.top_k)
    if calc is not None:
        answer.answer, answer.calculation = calc.text, calc.calculation
    else:
        missing = uncovered_municipalities(question, snap.covered_municipalities())
        comparison = _try_comparison(question, language, result.hits, my_municipality, book)
        if comparison is not None:
            answer.answer = comparison
        elif missing:
            answer.abstained = True
            answer.answer = t("abstain_municipality", language, names=", ".join(missing))
        elif judge(question, result, snap, settings).abstain:
            answer.abstained = True
            answer.answer = t("abstain", language)
        else:
            grouped = bool(_COMPARE.search(question))
            answer.answer = compose(question, language, result.hits, book, grouped, limit=5 if grouped else 3)
    answer.citations = book.citations
    t2 = time.perf_counter()
    if settings.llm and not answer.abstained:
        from assistant.llm import llm_answer

        answer = llm_answer(settings, question, language, result.hits, answer)
    answer.timings_ms = {
        **answer.timings_ms,  # the LLM path adds its own "llm" timing
        "retrieve": round((t1 - t0) * 1000, 2),
        "answer": round((t2 - t1) * 1000, 2),
        "total": round((time.perf_counter() - started) * 1000, 2),
    }
    return answer


def _try_calculation(question: str, language: Language, book: CitationBook) -> CalcAnswer | None:
    return answer_calculation(question, language, book.cite)


def _try_comparison(
    question: str, language: Language, hits: list[Hit], my_municipality: str | None, book: CitationBook
) -> str | None:
    if not is_comparison_question(question):
        return None
    result = answer_comparison(question, language, hits, my_municipality, book.cite)
    return result.text if result is not None else None
