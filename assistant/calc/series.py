"""A yearly series of costs and savings (``calc.flows`` reads it; the reading carries it to the answer)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Flows"]


@dataclass(frozen=True)
class Flows:
    """Cost and saving of each year of the period, year 1 first."""

    costs: tuple[float, ...]
    savings: tuple[float, ...]

    def running(self) -> list[float]:
        total, out = 0.0, []
        for c, s in zip(self.costs, self.savings, strict=True):
            total += s - c
            out.append(total)
        return out

    def breakeven_year(self) -> int | None:
        """The first year the running net is no longer negative; None when it never is within the period."""
        return next((k + 1 for k, v in enumerate(self.running()) if v >= -1e-6), None)
