"""What the calculator tests share: a citation stub and the answer's outputs for a question."""

from __future__ import annotations

import pytest

from assistant.calc.chat import answer_calculation
from assistant.calc.sheet import CalcAnswer


def cite(doc_id: str, quote: str) -> int:
    """Every cited figure is source 1: these tests read roles and results, not the citation list."""
    return 1


def answer(question: str, lang: str) -> CalcAnswer:
    result = answer_calculation(question, lang, cite)  # type: ignore[arg-type]
    assert result is not None, question
    return result


def outputs(question: str, lang: str) -> dict[str, float]:
    return answer(question, lang).calculation.outputs


def assert_outputs(question: str, lang: str, expected: dict[str, float], tolerance: float = 0.01) -> None:
    """Every expected quantity is in the answer's outputs, to two decimals."""
    got = outputs(question, lang)
    for key, value in expected.items():
        assert got[key] == pytest.approx(value, abs=tolerance), (key, got)
