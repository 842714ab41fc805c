"""Two changes in one question (``calc.two_pairs``): staff from A to B and cases from C to D.

The change reader took one from-to pair per question and answered "how much did the caseload change" with
the cases' own change, a confident wrong figure (12 % up where the caseload fell 13 %)."""

from __future__ import annotations

import pytest

from assistant.calc.chat import answer_calculation
from assistant.numbers import numbers_in


def cite(doc_id: str, quote: str) -> int:
    return 1


@pytest.mark.parametrize(
    ("lang", "question"),
    [
        ("da", "Sagerne steg fra 912 til 1.023, og rådgiverne fra 24 til 31. Hvor mange procent ændrede "
               "sagstallet sig?"),
        ("en", "Cases rose from 912 to 1,023 while staff went from 24 to 31. By what percentage did the caseload "
               "change?"),
        ("da", "Vi gik fra 24 til 31 rådgivere, mens sagerne steg fra 912 til 1.023. Hvor mange procent flere "
               "rådgivere er det, hvad var sagstallet før og efter, og hvor mange procent faldt det?"),
    ],
)  # fmt: skip
def test_the_caseload_change_is_worked_from_both_pairs(lang: str, question: str) -> None:
    answer = answer_calculation(question, lang, cite)  # type: ignore[arg-type]
    assert answer is not None
    outputs = answer.calculation.outputs
    assert round(outputs["caseload"]) == 38 and round(outputs["caseload_after"]) == 33
    assert abs(outputs["pct_change"] - (1023 / 31 - 912 / 24) / (912 / 24) * 100) < 0.01
    assert not any(abs(v - 12.17) < 0.01 for v in numbers_in(answer.text, lang))  # type: ignore[arg-type]


def test_two_pairs_of_anything_else_are_not_guessed() -> None:
    """Two budgets from and to: which change is asked is not clear, so no single figure is shown."""
    question = "Budgettet gik fra 10 til 12 mio. kr. og forbruget fra 11 til 13 mio. kr. Hvor mange procent steg det?"
    answer = answer_calculation(question, "da", cite)
    assert answer is None or not answer.calculation.outputs
