"""The eval question set is data; these tests keep it honest.

A passage that is not verbatim in a document, or that straddles two chunks, can never be retrieved, so the
hit5 metric would blame retrieval for a broken question. Coverage tests keep every document and every
municipality in the knowledge base asked about as the set grows.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from assistant.config import PROJECT_ROOT, Settings
from assistant.evals.metrics import EvalCase, load_cases
from assistant.ingest.chunking import chunk_document
from assistant.ingest.read import read_document
from assistant.models import Document

QUESTIONS = PROJECT_ROOT / "eval" / "questions.yaml"
KNOWLEDGE = PROJECT_ROOT / "knowledge"


def _ws(text: str) -> str:
    return " ".join(text.split())


@lru_cache(maxsize=1)
def _documents() -> tuple[Document, ...]:
    paths = sorted((KNOWLEDGE / "documents").glob("*.md")) + sorted((KNOWLEDGE / "guidance").glob("*.md"))
    return tuple(read_document(p, None) for p in paths)


@lru_cache(maxsize=1)
def _chunk_texts() -> tuple[str, ...]:
    size = Settings.model_fields["chunk_chars"].default
    return tuple(_ws(c.text) for d in _documents() for c in chunk_document(d, max_chars=size))


@lru_cache(maxsize=1)
def _cases() -> tuple[EvalCase, ...]:
    return tuple(load_cases(QUESTIONS))


def _raw_ids() -> list[str]:
    raw = yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))
    return [str(item.get("id")) for item in raw]


def test_schema_is_valid_and_set_is_big_enough() -> None:
    cases = _cases()
    assert len(cases) >= 80
    assert {c.kind for c in cases} == {"lookup", "comparison", "calculation", "out_of_scope"}
    assert {c.lang for c in cases} == {"da", "en"}


def test_ids_are_unique() -> None:
    counts = Counter(_raw_ids())
    assert [i for i, n in counts.items() if n > 1] == []


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c.id)
def test_passages_exist_verbatim_in_one_chunk(case: EvalCase) -> None:
    """Verbatim (whitespace-normalised, case kept) in a document, and inside a single default-size chunk."""
    bodies = [_ws(d.text) for d in _documents()]
    for passage in case.passages:
        wanted = _ws(passage)
        assert any(wanted in body for body in bodies), f"{case.id}: not in any document: {passage!r}"
        in_chunk = any(wanted in chunk for chunk in _chunk_texts())
        assert in_chunk, f"{case.id}: split across chunks: {passage!r}"


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c.id)
def test_case_shape_fits_its_kind(case: EvalCase) -> None:
    if case.kind == "out_of_scope":
        # Nothing may be expected from a question no source covers.
        assert not (case.passages or case.facts or case.numbers or case.municipalities), case.id
    elif case.kind in ("lookup", "comparison"):
        assert case.passages, f"{case.id}: a {case.kind} question needs at least one expected passage"
    assert case.question.strip() == case.question, f"{case.id}: stray whitespace in the question"


def test_every_document_is_asked_about() -> None:
    passages = [_ws(p) for c in _cases() for p in c.passages]
    unasked = [d.meta.id for d in _documents() if not any(p in _ws(d.text) for p in passages)]
    assert unasked == []


def test_every_municipality_in_the_knowledge_base_is_expected_somewhere() -> None:
    size = Settings.model_fields["chunk_chars"].default
    tagged = {m for d in _documents() for c in chunk_document(d, max_chars=size) for m in c.municipalities}
    expected = {m for c in _cases() for m in c.municipalities}
    assert tagged, "no municipality tags at all: chunking or municipality detection is broken"
    assert sorted(tagged - expected) == []


def test_set_has_colloquial_phrasing_and_both_number_formats() -> None:
    """The issue asks for colloquial phrasing and numbers written the Danish and the English way."""
    questions = [c.question for c in _cases()]
    assert any(q == q.lower() and not q.endswith("?") for q in questions), "no colloquial lower-case question"
    assert any(re.search(r"\b\d{1,3}(\.\d{3})+\b", q) for q in questions), "no Danish thousands (1.050)"
    assert any(re.search(r"\b\d{1,3}(,\d{3})+\b", q) for q in questions), "no English thousands (1,050)"


def test_loader_names_the_broken_case(tmp_path: Path) -> None:
    from assistant.errors import InputError

    bad = tmp_path / "q.yaml"
    bad.write_text("- id: x1\n  question: hej\n  lang: fr\n  kind: lookup\n", encoding="utf-8")
    with pytest.raises(InputError, match="x1"):
        load_cases(bad)
