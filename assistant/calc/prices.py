"""Amounts of kroner made yearly: a price said per month, quarter, week or day, or for a period of years.

A price read as yearly when it was said for another period understates or overstates every cost it feeds,
so the period is read with the amount and said in the answer ("om året (12 måneder)").
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.calc import cues, words
from assistant.calc.amount_words import DAILY_AFTER, DAILY_BEFORE, MONTHLY_AFTER, MONTHLY_BEFORE
from assistant.calc.amounts import Ctx, Reading, ReadNumber, money_role

__all__ = ["PERIOD_NOTES", "POST_YEARLY", "period_of", "period_prices", "said_as_money", "yearly_amount"]

PERIOD_NOTES = frozenset({"monthly", "quarterly", "weekly", "daily"})  # a price said for a period, made yearly


_DOGN = re.compile(r"\bdøgn(?:pris|takst)\w*", re.I)
# kr.: one post's yearly cost (pay, pension, overhead) lies between these; outside them a sum for several posts or a
# month's pay was read as one post's price
POST_YEARLY = (150_000.0, 1_500_000.0)
# what one placement can cost a year, from a cheap foster family to the dearest secure unit
PLACEMENT_YEARLY = (50_000.0, 5_000_000.0)
MOST_DAILY = 50_000  # kr.: above any day's price of a placement (a secure unit costs some 10.000-20.000 a day)
_PER_YEAR = {"monthly": 12, "quarterly": 4, "weekly": 52, "daily": 365}


def period_of(before: str, after: str, value: float = 0.0) -> str:
    """The period an amount is said for ("monthly", "quarterly", "weekly", "daily"), or "" (a year, or none said).

    "Døgnprisen er 1.160.000 kr.": a residential placement's price ("døgn" as in døgninstitution) when the
    amount is of a year's size; 365 times it made a 423 mio. kr. place. Said "pr. døgn" after the amount, or
    as an English "daily rate", it stays a day's price (``yearly_amount`` asks about a day's price that large).
    """
    yearly_after = words.CUES["per_year"].match(after)
    if MONTHLY_AFTER.match(after) or (MONTHLY_BEFORE.search(before) and not yearly_after):
        return "monthly"  # "95.000 kr. om måneden": twelve a year
    if cues.QUARTERLY_AFTER.match(after):
        return "quarterly"
    weekly_before = cues.WEEKLY_BEFORE.search(before) and not yearly_after and value <= cues.MOST_WEEKLY
    if cues.WEEKLY_AFTER.match(after) or weekly_before:
        return "weekly"
    if DAILY_AFTER.match(after) or (
        DAILY_BEFORE.search(before) and not yearly_after and not (value > MOST_DAILY and _DOGN.search(before))
    ):
        return "daily"  # "3.200 kr. pr. døgn"; not "pr. døgn, hvis en anbringelse koster 1.095.000 kr. om året"
    return ""


def said_as_money(n: ReadNumber) -> bool:
    """Kroner, or a sum of a year's pay or more said without them ("2,2 mio. om året")."""
    return n.unit.startswith("kr") or (n.unit != "pct" and n.value >= 100_000)


def yearly_amount(c: Ctx, numbers: list[ReadNumber]) -> ReadNumber:
    """An amount of kroner in its role, made yearly when it is said per month, quarter, week or day."""
    read = money_role(c, numbers)
    period = period_of(c.before, c.after, read.value)
    if period == "daily" and read.value > MOST_DAILY:
        return replace(read, role=None, alt_role=None, note="day_too_large")  # "a daily rate of DKK 60,000": asked
    return replace(read, value=read.value * _PER_YEAR[period], note=period) if period else read


_UNIT_PRICES = {"cost_per_worker", "cost_per_placement"}


def period_prices(reading: Reading, text: str) -> None:
    """ "En stilling koster 1,2 mio. kr. over to år": one unit's price for a period is a yearly price once
    divided by its years, and those years are the price's, not a horizon to total over."""
    nums = reading.numbers
    for i, n in enumerate(nums[:-1]):
        years = nums[i + 1]
        if n.role not in _UNIT_PRICES or years.role != "years" or n.note or years.value <= 0:
            continue
        between = text[n.span[1] : years.span[0]]
        if cues.PERIOD_PRICE_BETWEEN.fullmatch(between) and cues.ONE_PRICED_BEFORE.search(text, 0, n.span[0]):
            nums[i] = replace(n, value=n.value / years.value, note="per_period")
            nums[i + 1] = replace(years, role="context", note="price_period")
