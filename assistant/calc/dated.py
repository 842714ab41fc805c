"""Two values dated by their years: a change from the earlier to the later, in whatever order they are said.

"Vi havde 64 anbragte børn i 2022 og 56 i 2024 – hvor mange procent færre?", "94 mio. kr. i 2024 mod 80
mio. kr. i 2021": the years, not the words "fra … til", say which value the change starts from.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.calc.amounts import Reading, ReadNumber
from assistant.calc.words import sentence_bounds

__all__ = ["add_year_range", "pair_by_years", "years_of_a_change", "years_of_a_period", "years_of_a_pool"]

_IN_YEAR_AFTER = re.compile(r"[^.?!\d]{0,30}?\b(?:i|in|for)\s+((?:19|20)\d\d)\b", re.IGNORECASE)


def pair_by_years(reading: Reading, text: str) -> None:
    """ "64 anbragte børn i 2022 og 56 i 2024 – hvor mange procent færre": two values dated by their years are
    a change from the earlier to the later, whatever order they are said in."""
    nums = reading.numbers
    if not {"pct_change", "abs_change"} & set(reading.asked) or any(n.role in ("value_from", "value_to") for n in nums):
        return
    dated = [(i, _IN_YEAR_AFTER.match(text, n.span[1])) for i, n in enumerate(nums) if n.role != "context"]
    counted = _priced_count(reading, text, dated)
    if counted is not None:
        dated = [(i, m) for i, m in dated if i != counted]
    if len(dated) != 2 or not all(m for _, m in dated):
        return
    (a, ma), (b, mb) = dated
    if ma is None or mb is None or ma.group(1) == mb.group(1):
        return
    first, last = (a, b) if int(ma.group(1)) < int(mb.group(1)) else (b, a)
    unit = nums[a].unit or nums[b].unit
    nums[first] = replace(nums[first], role="value_from", unit=unit, alt_role=None)
    nums[last] = replace(nums[last], role="value_to", unit=unit, alt_role=None)
    if counted is not None:
        # "… and with 25 placements, how much more do we now pay per year?": the change for each, times them
        noun = "anbringelser" if reading.language == "da" else "placements"
        nums[counted] = replace(nums[counted], role="units", alt_role=None, noun=noun)
        reading.asked = [*reading.asked, "change_cost"]


# "with 25 placements, how much more do we pay", "med 25 anbringelser, hvor meget mere betaler vi": the change
# in one price asked for several
_MORE_PAID_Q = re.compile(
    r"\bhow\s+much\s+more\s+(?:do|would|will|did)\s+we\s+(?:now\s+)?(?:pay|spend)\b|\bextra\s+(?:cost|spend)\b|"
    r"\bhvor\s+meget\s+mere\s+(?:betaler|bruger)\s+vi\b|\bmerudgift\w*\b",
    re.IGNORECASE,
)


def _priced_count(reading: Reading, text: str, dated: list[tuple[int, re.Match[str] | None]]) -> int | None:
    """The one undated count beside two dated prices of one unit, when what it pays more is asked."""
    loose = [i for i, m in dated if m is None and reading.numbers[i].role is None]
    prices = [i for i, m in dated if m is not None and reading.numbers[i].unit.startswith("kr")]
    if len(loose) != 1 or len(prices) != 2 or len(dated) != 3:
        return None
    if reading.numbers[loose[0]].unit not in ("placements", "children", "") or not _MORE_PAID_Q.search(text):
        return None
    return loose[0]


def add_year_range(reading: Reading, m: re.Match[str]) -> ReadNumber:
    """The years of a span of budget years (groups 1 and 2 of ``m``), both ends counted ("2025-2028" is four), added
    to the reading in order as its number of years; the added number is returned."""
    said = f"{m.group(1)}-{m.group(2)}"
    count = float(int(m.group(2)) - int(m.group(1)) + 1)
    added = ReadNumber(count, "years", "years", m.span(1), said, note="year_range", noun=said)
    reading.numbers.append(added)
    reading.numbers.sort(key=lambda x: x.span[0])
    return added


# "samlet over budgetperioden 2025-2028", "for 2025-2027", "over 2026–2029 in total": a period of budget years
_PERIOD_Q = re.compile(
    r"\b(?:over|for|i|in|across|gennem)\s+(?:hele\s+|the\s+(?:whole\s+)?)?(?:budget\s*perio\w*\s+|budgetperioden\s+|"
    r"perioden\s+|the\s+period\s+)?((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_CALENDAR_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_PER_YEAR_ASKED = {"net_per_year", "cost_per_year", "savings_per_year"}


def years_of_a_period(reading: Reading, text: str) -> None:
    """A yearly figure asked with its total over a period of budget years ("nettoeffekten pr. år og samlet over
    budgetperioden 2025-2028"): the period's years, counted with both ends (2025-2028 is four budget years),
    are the years to total over. Taken only when no number of years is said and a yearly sum is asked."""
    nums = reading.numbers
    if not _PER_YEAR_ASKED & set(reading.asked) or any(n.role == "years" for n in nums):
        return
    found = [m for m in _PERIOD_Q.finditer(text) if 0 < int(m.group(2)) - int(m.group(1)) <= 10]
    if len(found) != 1:
        return
    m = found[0]
    if _CALENDAR_YEAR.search(text[: m.start(1)]) or _CALENDAR_YEAR.search(text, m.end(2)):
        return None  # "om året fra 2026 … over budgetperioden 2025-2028": the effect's own start, asked about
    add_year_range(reading, m)


# "4,2 mio. kr. i alt til 2026 og 2027", "2 mio. kr. til ekstra rådgivere i 2026-2027", "DKK 3m for 2026 to 2028": a
# sum for named budget years, its purpose (a few words) between
_POOL_YEARS = re.compile(
    r"\s*(?:kr\.?|dkk|kroner)?\s*(?:(?!om\b|a\b|per\b|pr\.|årligt\b|each\b|hvert\b|every\b)[a-zæøå-]+\s+){0,5}?"
    r"(?:til|for|i|in|over|across)\s+(?:årene\s+|the\s+years\s+|both\s+|begge\s+)?((?:19|20)\d\d)\s*(?:-|–|og|and|to|til)\s*"
    r"((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_POOLS = ("budget", "extra_cost_total")
# a year's money, each year of the span: "hver", "each", "pr. år", "om året", "annually", "a yearly grant"
_EACH_YEAR = re.compile(
    r"\b(?:annual(?:ly)?|yearly|per\s+year|a\s+year|each\s+year|every\s+year|om\s+året|pr\.?\s+år|årlig\w*|"
    r"hvert\s+år)\b",
    re.IGNORECASE,
)
_EACH_YEAR_AFTER = re.compile(r"\s*,?\s*(?:hver|each|apiece|hvert|begge\s+år|both\s+years|respectively)\b", re.I)
_ONE_YEAR_SPENT = re.compile(
    r"\b(?:bruger|spend|use)\s+(?:det\s+hele|all\s+of\s+it|it\s+all|everything|alt)\s+(?:i|in)\s+(?:19|20)\d\d", re.I
)


def years_of_a_pool(reading: Reading, text: str) -> None:
    """A sum given for a span of budget years ("4,2 mio. kr. i alt til 2026 og 2027") is for the whole span: read as
    a year's money it would buy twice the staff. The sum becomes the period's, and the span's years (both ends
    counted) are the years it is divided over. Taken only for money set aside, not said a year, with no number
    of years given."""
    nums = reading.numbers
    if any(n.role == "years" for n in nums):
        return
    for i, n in enumerate(nums):
        if n.role not in _POOLS or n.note == "over_years" or n.unit.endswith("per_year"):
            continue
        m = _POOL_YEARS.match(text, n.span[1])
        if m is None or not 0 < int(m.group(2)) - int(m.group(1)) <= 10:
            continue
        start, _ = sentence_bounds(text, n.span[0])
        later = [x.span[0] for x in nums if x.span[0] > m.end()]
        near = text[max(start, n.span[0] - 40) : min([m.end() + 25, *later])]  # the sum's own words, not a price's
        if _EACH_YEAR.search(near) or _EACH_YEAR_AFTER.match(text, m.end()):
            return  # "4,2 mio. kr. til 2026 og 2027 hver", "annually for 2026-2027": a year's money, each year
        years = {int(y) for y in _CALENDAR_YEAR.findall(text)}
        if years - set(range(int(m.group(1)), int(m.group(2)) + 1)) or _ONE_YEAR_SPENT.search(text):
            return  # another year named, or "hvis vi bruger det hele i 2026": which year's money is not the span's
        nums[i] = replace(n, note="over_years")
        add_year_range(reading, m)
        return


_YEARS_AFTER = re.compile(r"\s*(?:år|years?)\b", re.IGNORECASE)


def years_of_a_change(reading: Reading, text: str) -> None:
    """ "fra 80 til 100 over 5 år: hvad er den gennemsnitlige årlige stigning": the one number of years said is
    the span the yearly rise is compounded over (the role reader set it aside, as nothing else used it)."""
    nums = reading.numbers
    if not {"pct_change_yearly", "abs_change_yearly"} & set(reading.asked) or any(n.role == "years" for n in nums):
        return
    spans = [i for i, n in enumerate(nums) if n.role in (None, "context") and _YEARS_AFTER.match(text, n.span[1])]
    if len(spans) == 1:
        nums[spans[0]] = replace(nums[spans[0]], role="years", alt_role=None, note="")
