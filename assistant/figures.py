"""When two figures are "the same figure": one rule for the verifier, the comparison and the eval scorer.

Sources round ("ca. 20 %", "4,4 mio. kr."), so a figure within 1 % of another is the same figure.
The callers differ in what the 1 % is of, and each keeps its reading as an explicit argument: the
verifier has no reference side and takes the larger of the two, the comparison and the eval scorer
measure against the figure they hold (the register's, the expected one). Kept apart from ``numbers``
(parsing and formatting), which is long enough already.
"""

from __future__ import annotations

SAME_FIGURE_REL = 0.01


def same_figure(
    a: float, b: float, rel: float = SAME_FIGURE_REL, *, scale: float | None = None, slack: float = 0.0
) -> bool:
    """True when ``a`` and ``b`` differ by at most ``rel`` of ``scale`` plus ``slack``.

    ``scale`` defaults to the larger of the two magnitudes, so the test is symmetric; pass the reference
    figure's magnitude to measure against it. ``slack`` is an absolute allowance, for a reference of 0
    and for float error at exactly 1 %.
    """
    of = max(abs(a), abs(b)) if scale is None else scale
    return abs(a - b) <= rel * of + slack
