"""Grounded, extractive answers: every statement is a verbatim sentence from a cited passage.

Nothing is paraphrased or computed here, so every number in an answer is a number a source wrote.
Calculations go to ``calc_chat``; comparisons across municipalities to ``precedents``; an optional LLM
rewrites only after this answer exists and only under ``verify``.
"""

from __future__ import annotations

import time
from collections.abc import Set
from dataclasses import replace

from assistant.answers.citations import CitationBook, source_kind
from assistant.answers.comparison import answer_comparison
from assistant.answers.conflicts import ConflictGroup, conflict_groups, show_disagreements
from assistant.answers.precedents import is_comparison_question, load_register
from assistant.calc.chat import CalcAnswer, answer_calculation
from assistant.calc.question import Reading
from assistant.config import Settings
from assistant.errors import ConfigError
from assistant.i18n import source_label, t
from assistant.models import Answer, AnswerMode, Citation, Filters, Hit, Language, Passage
from assistant.retrieval.abstention import judge, lacks_answer_type
from assistant.retrieval.answer_types import Missing, missing_evidence
from assistant.retrieval.evidence import Candidate, rank_candidates, select
from assistant.retrieval.hybrid import Retriever
from assistant.retrieval.query import MAX_QUESTION_CHARS, Query, clean_question, read_query

__all__ = ["MAX_QUESTION_CHARS", "answer_question", "clean_question", "compose"]


def _statement(cand: Candidate, cit: Citation, language: Language) -> str:
    chunk = cand.hit.chunk
    where = ", ".join(chunk.municipalities) or t("general", language)
    quote = " ".join(cand.text.split())
    if cit.original:  # a background note's paragraph: its own source (with its year, when known) first
        return f"**{where}** ({source_kind(cit, language)}): «{quote}» [{cit.id}]"
    year = str(chunk.date.year) if chunk.date else t("no_date", language)
    page = f", {t('page_short', language)} {cit.page}" if cit.page else ""
    # A machine-read quote may hold reading errors; the reader is told so before relying on it.
    ocr = f" ({t('ocr_note', language)})" if cit.ocr else ""
    return f"**{where}** ({source_label(chunk.source_type, language)}, {year}{page}): «{quote}» [{cit.id}]{ocr}"


WINDOW_CHARS = 350  # a quote may take the unit after it, up to this length (chosen on dev; see evidence.with_next)


def compose(query: Query, cands: list[Candidate], book: CitationBook, limit: int | None = None) -> str:
    """The extractive answer text: the best units, verbatim and cited; per municipality when grouped."""
    if limit is None:
        # four statements, five for a list: the fourth added 0.04 facts on dev (0.809 -> 0.849) for one near
        # miss answered; a relevance floor on the fourth gave back most of the gain (eval/RESULTS.md)
        limit = 5 if (query.grouped or query.wants_list) else 4
    chosen = select(cands, limit=limit, docs=book.docs, window=WINDOW_CHARS)
    if query.grouped:
        chosen.sort(key=lambda c: (c.hit.chunk.municipality or "~", -c.score))
    elif query.municipalities:
        # A question about a municipality reads first what is about it; general passages follow (stable).
        chosen.sort(key=lambda c: not set(c.hit.chunk.municipalities) & set(query.municipalities))
    lines = [t("lead", query.language)]
    for cand in chosen:
        chunk = cand.hit.chunk
        quote = book.docs[chunk.doc_id].text[cand.start : cand.end]
        # A chunk about several municipalities is cited for the one the question asks about.
        about = next((m for m in chunk.municipalities if m in query.municipalities), chunk.municipality)
        number = book.cite(chunk.doc_id, quote, municipality=about, at=cand.start)
        lines.append(f"- {_statement(cand, book.citations[number - 1], query.language)}")
    return "\n".join(lines)


def refusal(gap: Missing | None, language: Language) -> str:
    """Say what the sources lack ("Kilderne nævner ikke et sagstal for Stevns"), not just that they do."""
    if gap is None:
        return t("abstain", language)
    where = t("abstain_where", language, place=gap.place) if gap.place else ""
    if gap.kind == "place":
        return t("abstain_place", language, place=gap.place)
    if gap.kind == "caseload":
        return t("abstain_caseload", language, where=where)
    if gap.kind in ("counted", "counted_part"):
        key = "abstain_counted" if gap.kind == "counted" else "note_counted_part"
        return t(key, language, noun=gap.what, where=where)
    if gap.kind == "year":
        return t("abstain_year", language, year=gap.what, where=where)
    if gap.kind == "amount":
        return t("abstain_amount_where", language, where=where)
    if gap.kind == "duration":
        return t("abstain_duration", language, where=where)
    return t("abstain_area", language, area=t(f"area.{gap.what}", language), where=where)


def uncovered_municipalities(query: Query, covered: Set[str]) -> list[str]:
    """Municipalities the question names that no document is about."""
    return [m for m in query.municipalities if m not in covered]


def passages_of(hits: list[Hit], k: int) -> list[Passage]:
    return [
        Passage(
            rank=h.rank,
            doc_id=h.chunk.doc_id,
            chunk_id=h.chunk.chunk_id,
            municipality=h.chunk.municipality,
            text=h.chunk.text,
            score=h.score,
            page_start=h.chunk.page_start,
            page_end=h.chunk.page_end,
        )
        for h in hits[:k]
    ]


def answer_question(
    retriever: Retriever,
    question: str,
    filters: Filters | None = None,
    my_municipality: str | None = None,
    reading: Reading | None = None,
    mode: AnswerMode = "extractive",
) -> Answer:
    """The one code path behind ``assistant ask``, the eval runner and the app.

    ``reading`` is a calculation reading completed from earlier turns (``conversation``); it replaces
    the question's own reading and makes the question a calculation. ``mode`` "llm" lets the configured
    LLM phrase the answer (``Assistant.ask`` checks one is configured).
    """
    started = time.perf_counter()
    settings = retriever.settings
    query = read_query(question, my_municipality, is_comparison=is_comparison_question)
    if reading is not None:
        query = replace(query, reading=reading, intent="calculation")
    language = query.language
    snap = retriever.index.snapshot()
    book = CitationBook(snap.docs)
    notice = t(query.notice, language, n=MAX_QUESTION_CHARS) if query.notice else None

    calc = _try_calculation(query, book)
    t0 = time.perf_counter()
    result = retriever.retrieve(query, filters, k=max(settings.top_k, 8))
    t1 = time.perf_counter()
    answer = Answer(question=query.text, answer="", abstained=False, language=language, notice=notice)
    answer.passages = passages_of(result.hits, settings.top_k)
    if calc is not None:
        answer.answer, answer.calculation = calc.text, calc.calculation
    else:
        cands = rank_candidates(query, result, snap, settings.embedder)
        missing = uncovered_municipalities(query, snap.covered_municipalities())
        basis = result.plain or result  # abstention judged on the evidence it was calibrated on
        basis_cands = cands if basis is result else rank_candidates(query, basis, snap, settings.embedder)
        evidence = judge(query, basis, snap, settings, basis_cands)
        comparison = _try_comparison(query, result.hits, book, settings)
        if comparison is not None:
            # The register's table never replaces what the retrieved passages say: both are shown.
            answer.answer = comparison
            if not evidence.abstain:
                answer.answer += "\n\n" + compose(query, cands, book, limit=3)
        elif missing:
            answer.abstained = True
            answer.answer = t("abstain_municipality", language, names=", ".join(missing))
        elif evidence.abstain:
            answer.abstained = True
            answer.answer = t("abstain", language)
        else:
            answer.answer = compose(query, cands, book)
            missing_type = lacks_answer_type(query, answer.answer)
            gap = missing_evidence(query, answer.answer) if missing_type is None else None
            if missing_type is not None or (gap is not None and gap.kind != "counted_part"):
                book = CitationBook(snap.docs)  # nothing quoted is cited
                answer.abstained = True
                answer.answer = t(f"abstain_{missing_type}", language) if missing_type else refusal(gap, language)
            elif gap is not None:  # one part of a question in several is unanswered: say which
                answer.answer += "\n\n" + refusal(gap, language)
    if calc is None and not answer.abstained:
        # A cited figure that other sources give differently is shown with all of them, side by side.
        groups = _conflict_groups(settings)
        block, answer.disagreements = show_disagreements(groups, book, language, query.text, query.municipalities)
        if block:
            answer.answer += "\n\n" + block
    answer.citations = book.citations
    t2 = time.perf_counter()
    if mode == "llm" and settings.llm and not answer.abstained:
        from assistant.answers.llm import llm_answer

        answer = llm_answer(settings, query.text, language, result.hits, answer)
        if answer.mode == "llm":
            # The LLM cites whole chunks: name each note's original source and show disputed figures again.
            llm_book = CitationBook.resume(snap.docs, answer.citations)
            groups = _conflict_groups(settings)
            block, answer.disagreements = show_disagreements(
                groups, llm_book, language, query.text, query.municipalities
            )
            answer.citations = llm_book.citations
            if block:
                answer.answer += "\n\n" + block
    answer.timings_ms = {
        **answer.timings_ms,  # the LLM path adds its own "llm" timing
        "retrieve": round((t1 - t0) * 1000, 2),
        "answer": round((t2 - t1) * 1000, 2),
        "total": round((time.perf_counter() - started) * 1000, 2),
    }
    return answer


def _conflict_groups(settings: Settings) -> list[ConflictGroup]:
    """The register's disputed figures; none when the register is missing or broken (``doctor`` says so)."""
    try:
        return conflict_groups(load_register(settings.register_path))
    except ConfigError:
        return []


def _try_calculation(query: Query, book: CitationBook) -> CalcAnswer | None:
    if query.intent != "calculation":
        return None
    return answer_calculation(
        query.calc_text or query.text, query.language, book.cite, reading=query.reading,
        named=list(query.municipalities),
    )


def _try_comparison(query: Query, hits: list[Hit], book: CitationBook, settings: Settings) -> str | None:
    """The register's table for a comparison; plain cited passages when the register is missing or broken."""
    if query.intent != "comparison":
        return None
    try:
        register = load_register(settings.register_path)
    except ConfigError:
        return None
    result = answer_comparison(
        query.text,
        query.language,
        hits,
        query.my_municipality,
        book.cite,
        register=register,
        mentioned=list(query.municipalities),
    )
    return result.text if result is not None else None
