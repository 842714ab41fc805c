"""One formula of the solver, apart so that rule tables in other modules can name it without a cycle."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["Rule"]


@dataclass(frozen=True)
class Rule:
    """``output`` = ``compute(*inputs)``; ``expr`` names the inputs in braces for the written formula."""

    output: str
    inputs: tuple[str, ...]
    compute: Callable[..., float]
    expr: str
    whole: bool = False  # rounded up to whole units (positions, placements); the exact value is kept
    down: bool = False  # with ``whole``: rounded down instead (positions a budget pays for in full)
