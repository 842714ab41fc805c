"""Formulas for what is counted and priced one by one: priced units, two values side by side, rates per
1,000 and rising prices.

Apart from ``calc.formulas`` (staffing, placements and budgets) so each stays short; each checks its
inputs with the same field limits.
"""

from __future__ import annotations

from assistant.calc.fields import FieldError, check
from assistant.calc.formulas import _money

__all__ = [
    "amount_each", "compounded", "count_at_rate", "gap", "grown_cases", "grown_cases_over_years", "part_of_year",
    "part_year_cost", "part_year_posts",
    "pct_of_amount",
    "per_thousand", "ratio", "share_of_price", "stay_cost", "units_affordable", "units_cost",
]  # fmt: skip


def units_cost(count: float, price: float) -> float:
    """What ``count`` of something costs at ``price`` each (80 families at 55.000 kr.: 4,4 mio. kr.)."""
    return _money(check("units", count) * check("price_each", price))


def amount_each(amount: float, count: float) -> float:
    """A sum shared over ``count`` ("12 mio. kr. to 150 families": 80.000 kr. each)."""
    return _money(check("amount", amount) / check("units", count))


def units_affordable(amount: float, price: float) -> float:
    """How many a sum pays for at ``price`` each (the caller rounds down: a part pays for none)."""
    return check("amount", amount) / check("price_each", price)


def part_year_cost(staff: float, cost_per_fte: float, months: float) -> float:
    """Yearly pay for ``months`` of the year: staff starting part-way through it (``calc.part_year``)."""
    return _money(check("extra_fte", staff) * check("cost_per_fte", cost_per_fte) * check("months", months) / 12)


def part_of_year(amount_per_year: float, months: float) -> float:
    """A yearly amount for the ``months`` of the first year it runs: a cost or saving that starts part-way through."""
    return _money(check("cost_per_year", amount_per_year) * check("months", months) / 12)


def part_year_posts(budget: float, cost_per_fte: float, months: float) -> float:
    """Posts a sum pays for over ``months`` of the year (the caller rounds down)."""
    part = check("cost_per_fte", cost_per_fte) * check("months", months) / 12
    if part == 0:
        raise FieldError("cost_per_fte", "positive", part)
    return check("budget", budget) / part


def stay_cost(children: float, price_per_year: float, months: float) -> float:
    """What ``children`` cost for a stay of ``months`` at a yearly price (9 × 498.000 kr. × 7 ÷ 12: 2.614.500 kr.)."""
    yearly = check("stay_children", children) * check("cost_per_year", price_per_year)
    return _money(yearly * check("stay_months", months) / 12)


def pct_of_amount(amount: float, pct: float) -> float:
    """``pct`` % of an amount in kroner ("5 % af 140 mio. kr.": 7 mio. kr.)."""
    return _money(check("amount", amount) * check("pct_of", pct) / 100)


def gap(low: float, high: float) -> float:
    """How far apart two values are: the larger less the smaller, whichever was said first ("how much cheaper
    is a foster family at 480.000 than an institution at 1,3 mio." is 820.000 kr. apart, not -820.000)."""
    return abs(check("value_to", high) - check("value_from", low))


def ratio(base: float, other: float) -> float:
    """How many times ``base`` the other value is (1.160.000 against 470.000: 2,47 times)."""
    return check("value_to", other) / check("value_from", base)


def per_thousand(count: float, population: float) -> float:
    """A count per 1,000 of a population (203 placements among 14.500 children: 14 per 1,000)."""
    return check("rated", count) / check("population", population) * 1000


def count_at_rate(rate: float, population: float) -> float:
    """The count a rate per 1,000 gives in a population (11 per 1,000 of 12.000 children: 132)."""
    return check("rate_per_1000", rate) * check("population", population) / 1000


def compounded(value: float, pct: float, years: float) -> float:
    """A value after ``years`` of a yearly change of ``pct`` % (1.160.000 kr. at 3 % a year for 3 years:
    1.267.563 kr.), each year's rise on the year before's level."""
    return _money(check("value_from", value) * (1 + check("growth_pct", pct) / 100) ** check("years", years))


def grown_cases_over_years(cases: float, pct: float, years: float) -> float:
    """Cases after a yearly rise of ``pct`` % for ``years`` years, compounded ("840 sager, 4 % om året i 3 år")."""
    return round(check("cases", cases) * (1 + check("case_growth_pct", pct) / 100) ** check("growth_years", years), 2)


def grown_cases(cases: float, pct: float) -> float:
    """Cases after a rise of ``pct`` % ("1.310 sager, der stiger 18 %": 1.545,8); not rounded, as a forecast."""
    return round(check("cases", cases) * (1 + check("case_growth_pct", pct) / 100), 2)


def share_of_price(price: float, pct: float) -> float:
    """A rise in percent of one unit's price in kroner (3,5 % of 460.000 kr.: 16.100 kr.)."""
    return _money(check("price_each", price) * check("rise_pct", pct) / 100)
