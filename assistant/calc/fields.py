"""The calculator's input fields: the range each one may take, and the check every formula runs.

Apart from ``calc.formulas`` (the model's arithmetic) so each stays short. A value outside its field's
range, or not a finite number, becomes a ``FieldError`` that names the field and says why in Danish or
English, never a ZeroDivisionError or a NaN in an answer.
"""

from __future__ import annotations

import math
from typing import Any

from assistant.errors import InputError
from assistant.models import Language
from assistant.numbers import format_number

# Upper bounds far above any Danish municipality (Copenhagen has a few thousand children's cases; the
# whole country 13,459 placements in 2019): anything above is a typo, not a scenario.
LIMITS: dict[str, tuple[float, float]] = {
    "cases": (0, 1_000_000),
    "fte": (0, 100_000),
    "target": (1, 1_000),
    "from_caseload": (1, 1_000),
    "extra_fte": (-1_000_000, 1_000_000),
    "cost_per_fte": (0, 10_000_000),
    "cost_per_placement": (0, 50_000_000),
    "foster_cost": (0, 50_000_000),
    "residential_cost": (0, 50_000_000),
    "placements": (0, 1_000_000),
    "placement_spend": (0, 100_000_000_000),
    "foster_avoided": (0, 1_000_000),
    "residential_avoided": (0, 1_000_000),
    "reduction_pct": (0, 100),
    "years": (1, 50),
    "ramp_years": (1, 50),
    # Used by the chat's formulas (percentage change, moves between placement types, net result).
    "staff_cost_total": (0, 10_000_000_000),
    "budget": (0, 10_000_000_000),
    "value_part": (0, 1_000_000_000_000),
    "value_part2": (0, 1_000_000_000_000),
    "overspend": (0, 100_000_000_000),
    "spend_outturn": (0, 100_000_000_000),
    "staff_quit": (0, 100_000),
    "cost_per_leaver": (0, 10_000_000),
    "underspend": (0, 100_000_000_000),
    "value_whole": (0, 1_000_000_000_000),
    "staff_cut": (0, 100_000),
    "value_from": (0, 1_000_000_000_000),
    "value_to": (0, 1_000_000_000_000),
    "moved": (0, 1_000_000),
    "moved_share": (0, 100),
    "surcharge_pct": (0, 500),
    "one_off": (0, 100_000_000_000),
    "one_off_each": (0, 10_000_000),
    "cost_per_year": (-100_000_000_000, 100_000_000_000),
    "savings_per_year": (-100_000_000_000, 100_000_000_000),
    "staff_budget": (0, 10_000_000_000),
    "budget_cut_pct": (0, 100),
    "cut_amount": (0, 10_000_000_000),
    "close_pct": (0, 100),
    # priced units ("55.000 kr. pr. familie" for "80 familier"): anything counted and priced one by one
    "units": (0, 10_000_000),
    "price_each": (0, 100_000_000),
    "amount": (0, 100_000_000_000),
    "pct_of": (0, 1_000),
    "amount_changed": (0, 100_000_000_000),  # an amount after a change said in percent, the before asked
    "pct_changed": (0, 1_000),  # the change in percent that led to it
    "spent_so_far": (0, 100_000_000_000),  # spend so far in a year (``calc.forecast``)
    "months_gone": (1, 11),
    "value_rest": (0, 1_000_000_000_000),
    # rates per 1,000 (``calc.rates``): a population of children or inhabitants, a count in it, a rate
    "population": (1, 100_000_000),
    "rated": (0, 100_000_000),
    "rate_per_1000": (0, 1_000),
    # a rising price (``calc.price_rise``): a rise per unit, in percent once or a year
    "rise_each": (0, 100_000_000),
    "rise_pct": (0, 500),
    "growth_pct": (-50, 100),
    # staff starting part-way through a year (``calc.part_year``): the months paid in the first year
    "months": (1, 12),
    # a stay of some months and the children who stay (``calc.stay``)
    "stay_months": (1, 240),
    "stay_children": (1, 100_000),
    # cases that grow by a percentage (``calc.settle.case_growth``)
    "case_growth_pct": (-50, 200),
    "growth_years": (1, 30),  # the years a yearly rise in cases compounds over
}
# Fields where zero is meaningless (a division or a team of nobody).
POSITIVE = {
    "fte", "target", "from_caseload", "years", "ramp_years", "value_from", "value_whole", "units", "price_each",
    "population",
}  # fmt: skip


class FieldError(InputError):
    """An invalid calculator input; ``reason`` and ``limit`` let the chat say it in Danish too."""

    def __init__(self, field: str, reason: str, value: Any, limit: float | None = None) -> None:
        self.field, self.reason, self.value, self.limit = field, reason, value, limit
        super().__init__(f"{field}: {self.describe('en')}")

    def describe(self, lang: Language) -> str:
        """The reason in ``lang``, numbers formatted for it; the field name is the caller's to add."""
        num = (lambda v: format_number(v, lang)) if isinstance(self.value, int | float) else repr
        shown, limit = num(self.value), format_number(self.limit or 0, lang)
        texts = {
            "type": (f"forventede et tal, fik {self.value!r}", f"expected a number, got {self.value!r}"),
            "finite": (
                f"skal være et endeligt tal, fik {self.value!r}",
                f"must be a finite number, got {self.value!r}",
            ),
            "positive": (f"skal være større end 0, fik {shown}", f"must be greater than 0, got {shown}"),
            "low": (f"skal være mindst {limit}, fik {shown}", f"must be at least {limit}, got {shown}"),
            "high": (
                f"{shown} er urealistisk stort (grænse {limit})",
                f"{shown} is implausibly large (limit {limit})",
            ),
        }
        da, en = texts[self.reason]
        return da if lang == "da" else en


def check(field: str, value: Any) -> float:
    """``value`` as a finite float inside the field's limits, or a FieldError naming the field."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise FieldError(field, "type", value)
    number = float(value)
    if not math.isfinite(number):
        raise FieldError(field, "finite", value)
    low, high = LIMITS[field]
    if field in POSITIVE and number <= 0:
        raise FieldError(field, "positive", number)
    if number < low:
        raise FieldError(field, "low", number, low)
    if number > high:
        raise FieldError(field, "high", number, high)
    return number
