"""One "same figure" rule, with each caller's reading of the 1 % kept explicit."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from assistant.answers import comparison_text as ct
from assistant.answers.verify import close_to
from assistant.figures import same_figure


def test_one_percent_of_the_larger_by_default() -> None:
    assert same_figure(101.0, 100.0) and same_figure(100.0, 101.0)  # 1 is 1 % of 101 or less
    assert not same_figure(102.0, 100.0)
    assert same_figure(0.0, 0.0) and not same_figure(0.0, 1e-12)


def test_scale_measures_against_a_reference() -> None:
    # 1.005 off 100 is within 1 % of the larger (101.005) but not of the reference (100).
    assert same_figure(101.005, 100.0) and not same_figure(101.005, 100.0, scale=100.0)
    assert same_figure(1e-10, 0.0, scale=0.0, slack=1e-9)  # the eval scorer's hair for an expected 0


@given(st.floats(min_value=-1e9, max_value=1e9), st.floats(min_value=-1e9, max_value=1e9))
def test_callers_keep_their_old_formulas(a: float, b: float) -> None:
    assert close_to(a, [b]) == (abs(a - b) <= 0.01 * max(abs(a), abs(b)))
    lo, hi = min(a, b), max(a, b)
    slack = 0.01 * max(abs(lo), abs(hi), 1e-9)
    for value in (lo - slack * 0.5, hi + slack * 2, (lo + hi) / 2):
        assert ct.agrees(value, a, b) == (lo - slack <= value <= hi + slack)
