"""A price or a payroll that grows a percentage a year, asked for named calendar years: "En rådgiver koster 590.000
kr. i 2025, og vi regner med 3 % lønstigning om året. Hvad koster 10 rådgivere i 2026 og i 2027?", "Lønudgiften er
6 mio. kr. i 2025 og stiger 2 % om året. Hvad bliver den samlede udgift for 2025-2027?".

Budgets are set for named years, so a rise a year is asked of those years rather than of "3 years". The rising-price
reader took a horizon only from a number of years or from exactly two calendar years, so these were left unread.
Here the year said beside the price is its base; a span of years asked ("2025-2027", "2025 til og med 2027") gives the
sum over the span, and one or two later years named give the value in each, worked out side by side. Anything else
(a span not starting in the base year, years before it) keeps the reading it had.
"""

from __future__ import annotations

from dataclasses import replace

from assistant.calc.amounts import Reading, ReadNumber
from assistant.calc.words import CALENDAR_YEAR, _re, asking_text, sentence_bounds

__all__ = ["SPAN_ASKED", "years_asked"]

SPAN_ASKED = _re(r"\b(?P<a>(?:19|20)\d\d)\s*(?:-|–|til\s+og\s+med|til|to|through|thru)\s*(?P<b>(?:19|20)\d\d)\b")


def years_asked(reading: Reading, text: str, money: int) -> tuple[Reading, list[str]] | None:
    """The reading with the years to grow over placed, and what is asked of them; None when no calendar years
    are asked after the price's own year."""
    price = reading.numbers[money]
    start, end = sentence_bounds(text, price.span[0])
    base_years = [int(y) for y in CALENDAR_YEAR.findall(text, start, end)]
    asking = asking_text(text)
    if len(set(base_years)) != 1 or not asking:
        return None
    base = base_years[0]
    span = SPAN_ASKED.search(asking)
    if span is not None:
        first, last = int(span["a"]), int(span["b"])
        if first != base or not 0 < last - first <= 30:
            return None
        count = ReadNumber(float(last - first + 1), "sum_years", "years", span.span(), span.group(0))
        return replace(reading, numbers=[*reading.numbers, count]), ["grown_sum"]
    later = sorted({int(y) for y in CALENDAR_YEAR.findall(asking)} - {base})
    if not later or len(later) > 2 or later[0] < base or later[-1] - base > 30:
        return None
    numbers = list(reading.numbers)
    at = text.rfind(asking)
    for year in later:
        pos = at + asking.find(str(year))
        note = "year_alt" if len(later) == 2 else ""
        numbers.append(
            ReadNumber(float(year - base), "years", "years", (pos, pos + 4), str(year), note=note, noun=str(year))
        )
    pair = (len(numbers) - 2, len(numbers) - 1) if len(later) == 2 else None
    return replace(reading, numbers=numbers, range_pair=pair), ["grown_value"]
