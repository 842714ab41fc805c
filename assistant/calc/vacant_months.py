"""Pay not spent while posts stand empty: "3 stillinger har været ubesat i 5 måneder", "two posts were vacant for
5 months each", "to rådgivere har sagt op pr. 31. maj … besat igen 1. oktober".

A mid-year underspend is what a manager reports to the finance committee, and the role reader had no role for
the months: it asked what "5" stood for, or went to the documents. Here the posts, the months each stood empty
and one post's yearly cost give the pay not spent, posts × yearly cost × months ÷ 12. Taken only when every
number is one of those three (a count said again, "de alle fire", is the same count) and the ask is for the
money not spent; the reading line names each. Leave is not this shape: pay runs on, and the saving is a refund
the question does not give.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.calc.amounts import Reading, ReadNumber
from assistant.calc.part_year import MONTH_NUMBER as _MONTH_NUMBER
from assistant.calc.part_year import months_paid
from assistant.calc.prices import POST_YEARLY, said_as_money
from assistant.calc.words import VACANT, asking_text

__all__ = ["read_vacant_months"]

_AWAY = re.compile(
    rf"\b(?:{VACANT}|vacanc\w*|står\s+tomme?|stood\s+empty|left\s+empty|"
    r"sagt\s+op|siger\s+op|fratræd\w*|leave|leaves|leaving|resign\w*|refill\w*|genbesæt\w*)\b",
    re.I,
)
_NOT_SPENT_Q = re.compile(
    r"\b(?:mindreforbrug\w*|sparet|sparer|spare|ikke\s+(?:bliver\s+)?brugt|bruger\s+vi\s+mindre|ikke\s+brugt|"
    r"not\s+spen[dt]|didn'?t\s+spend|underspen\w*|unspent|save[sd]?|saving|less\s+on)\b",
    re.I,
)
_OTHER_Q = re.compile(
    r"\b(?:sagstal\w*|caseloads?|hvor\s+mange\s+(?:rådgivere|stillinger)|how\s+many\s+(?:posts|workers))\b", re.I
)
_MONTHS_AFTER = re.compile(r"\s*(?:hele\s+|whole\s+|full\s+)?(?:måneder|måned|mdr\.?|months?)\b", re.I)
_REST_OF_YEAR = re.compile(r"\b(?:resten\s+af\s+(?:i\s+)?året|rest\s+of\s+the\s+year|året\s+ud)\b", re.I)
_ONE_POST = re.compile(
    r"\b(?:en|én|one|a)\s+(?:(?!halv|half)\w+\s+)?(?:stilling|post|position|rådgiver\w*|caseworker|social\s+worker|årsværk)\b",
    re.I,
)
# the count of empty posts is said with its noun: "4 ubesatte rådgiverstillinger", "3 stillinger", "two posts"
_POSTS_AFTER = re.compile(
    r"\s+(?:(?:ubesatte|vakante|tomme|vacant|empty|nye|new|af\s+vores|of\s+our)\s+)?(?:\w*stilling\w*|posts?|positions?|"
    r"\w*rådgiver\w*|caseworkers?|(?:social\s+)?workers?|årsværk|normering\w*|medarbejder\w*|staff)\b|"
    r"\s+(?:af\s+dem|of\s+them)\b",
    re.I,
)
# Shapes this reading does not take: leave (pay runs on; the saving is a refund), cover bought for the posts, one
# post of several or months "between them", a sum for several, a negation, months as a range or a maximum
_NOT_THIS_SHAPE = re.compile(
    r"\b(?:barsel\w*|orlov\w*|sygemeld\w*|langtidssyg\w*|(?:on|parental|maternity|paternity|sick)\s+leave|"
    r"vikar\w*|konsulent\w*|cover\w*|overtime|overarbejde|agency|den\s+ene|den\s+ældste|one\s+of\s+them|the\s+oldest|"
    r"tilsammen|i\s+alt|in\s+total|a\s+total\s+of|between\s+them|together|ingen|none|henholdsvis|respectively|"
    r"op\s+til|up\s+to|højst|at\s+most|mindst|at\s+least|plus|oveni|oven\s+i|on\s+top|"
    r"halv\w*|half|deltid\w*|part[- ]time)\b|"
    r"\d\s*[-–]\s*\d+\s*(?:måneder|months)|\b(?:ikke|not)\s+(?:\w+\s+)?(?:ubesat|vakant|vacant|empty|tom)",
    re.I,
)
# "how many FTE-years is that", "hvor mange årsværk svarer det til": the empty posts in years of work
_FTE_YEARS_Q = re.compile(r"\b(?:fte[- ]?years?|årsværk\w*|person[- ]years?|full[- ]time\s+equivalents?)\b", re.I)


_MONTH = "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True))
# "pr. 31. maj", "1. oktober", "1 September", "September 1", "at the end of February", "ultimo februar"
_DATE = re.compile(
    rf"\b(?:(?P<day>\d{{1,2}})\.?\s+(?P<m>{_MONTH})|(?P<end>end\s+of|slutningen\s+af|udgangen\s+af|ultimo)\s+(?P<m2>{_MONTH})|"
    rf"(?P<m3>{_MONTH})\s+(?P<day3>\d{{1,2}}))\b",
    re.I,
)


def _between_dates(text: str) -> tuple[int, tuple[int, int], str] | None:
    """Months empty between a leaving date and a refill date ("sagt op pr. 31. maj … besat igen 1. oktober": June
    to September, 4; "leave at the end of February … not before 1 September": 6). A post left on the first of a
    month is empty that month; on its last day or at its end, from the next. Two dates in order, or None."""
    dates = list(_DATE.finditer(text))
    if len(dates) != 2:
        return None
    (a, b) = dates
    left = _MONTH_NUMBER[(a.group("m") or a.group("m2") or a.group("m3")).lower()]
    back = _MONTH_NUMBER[(b.group("m") or b.group("m2") or b.group("m3")).lower()]
    day = a.group("day") or a.group("day3")
    first_empty = left if day is not None and int(day) == 1 else left + 1
    end_day = int(b.group("day") or b.group("day3") or 0)
    if b.group("end") or end_day >= 28:
        back += 1  # "from 1 March to 31 May": empty through May; the post is back from 1 June
    elif end_day != 1:
        return None  # a refill in the middle of a month: not counted in whole months
    if back <= first_empty:
        return None
    return back - first_empty, (a.start(), b.end()), f"{a.group(0)} – {b.group(0)}"


def read_vacant_months(reading: Reading, text: str) -> Reading | None:
    """The question read as pay not spent on empty posts; None when it is not that shape."""
    asking = asking_text(text)
    if not _AWAY.search(text) or not _NOT_SPENT_Q.search(asking) or _OTHER_Q.search(asking):
        return None
    if _NOT_THIS_SHAPE.search(text):
        return None  # leave with pay, cover bought, one post of several, a sum for several, a negation, a range
    nums = reading.numbers
    used = [i for i, n in enumerate(nums) if n.role != "context"]
    money = [i for i in used if said_as_money(nums[i])]
    months = [i for i in used if i not in money and _MONTHS_AFTER.match(text, nums[i].span[1])]
    counts = [i for i in used if i not in money and i not in months]
    if len(money) != 1 or len(months) > 1 or any(nums[i].unit == "pct" for i in counts):
        return None
    if counts and not _POSTS_AFTER.match(text, nums[counts[0]].span[1]):
        return None  # "en stilling på 37 timer", "en 25-årig rådgiver": a count not of the empty posts
    price = nums[money[0]]
    if not 100_000 <= price.value <= POST_YEARLY[1]:
        return None  # no one post's yearly cost: a month's pay or a sum for several
    if len({nums[i].value for i in counts}) > 1:
        return None  # two counts: which are the empty posts?
    placed: list[ReadNumber] = []
    for i, n in enumerate(nums):
        if i == money[0]:
            n = replace(n, role="cost_per_worker", unit="kr_per_worker", alt_role=None)
        elif i in months:
            n = replace(n, role="vacant_months", unit="months", alt_role=None, note="")
        elif i in counts:
            first = i == counts[0]
            n = replace(n, role="vacant_posts" if first else "context", unit="workers", alt_role=None, note="")
        placed.append(n)
    if not months:
        dated = _between_dates(text) or (months_paid(text) if _REST_OF_YEAR.search(text) else None)
        if dated is None:
            return None
        count, span, said = dated
        placed.append(ReadNumber(float(count), "vacant_months", "months", span, said.strip(), noun=said.strip()))
    if not counts:
        one = _ONE_POST.search(text)
        if one is None:
            return None
        placed.append(ReadNumber(1.0, "vacant_posts", "workers", one.span(), one.group(0)))
    placed.sort(key=lambda n: n.span[0])
    asked = ["vacancy_saving"] + (["vacant_fte_years"] if _FTE_YEARS_Q.search(asking) else [])
    return replace(reading, numbers=placed, asked=asked, ambiguous=[], is_calculation=True)
