"""Staff who start part-way through a year: "vi ansætter 4 pr. 1. september", "they start 1 April".

Why: a budget year is what a committee decides on, and staff hired from 1 July cost half a year's pay in it.
The role reader saw only a yearly price and a count, so "Hvad koster det i år?" was answered with a full
year (2.460.000 kr. where 820.000 kr. is right) and "hvor mange kan vi ansætte for 1,8 mio. kr. i 2025" with
the posts a full year pays for (3 where 6 is right). Here the start month gives the months paid in the
first year, counted from the first of the month named:

- a count hired and a yearly price: the cost in the first year (months ÷ 12 of a year) and, when asked
  ("next year", "et helt år"), a full year's;
- a sum for the first year and a yearly price: the posts it pays for in that year (rounded down), and the
  cost of those posts in a full year when asked.

Any other shape with a start date stops: its amounts are asked about rather than priced as whole years.
"""

from __future__ import annotations

from dataclasses import replace

from assistant.calc.amounts import Reading, ReadNumber
from assistant.calc.words import CALENDAR_YEAR, _re, asking_text

__all__ = [
    "MONTH_NUMBER", "PART_YEAR_ASKED", "months_paid", "part_of_a_year", "read_dated", "read_part_year", "started_flow",
]  # fmt: skip

PART_YEAR_ASKED = ("part_year_cost", "part_year_posts", "full_year_cost")

MONTH_NUMBER = {
    "januar": 1, "january": 1, "februar": 2, "february": 2, "marts": 3, "march": 3, "april": 4, "maj": 5,
    "may": 5, "juni": 6, "june": 6, "juli": 7, "july": 7, "august": 8, "september": 9, "oktober": 10,
    "october": 10, "november": 11, "december": 12,
}  # fmt: skip
_MONTH = "|".join(sorted(MONTH_NUMBER, key=len, reverse=True))
# "pr. 1. september", "fra 1. juli", "starte 1. juli", "start 1 April", "from July", "starting in April",
# "April 1st"; "may" only with a day before it (it is also a verb)
_START = _re(
    rf"\b(?:pr\.?|per|fra|from|as\s+of|med\s+virkning\s+fra|start\w*|begynd\w*|tiltræd\w*|hired?\s+on|on|den|d\.)"
    rf"\s+(?:(?:den|d\.|on|in|i)\s+)?(?:(?P<day>1)\.?(?:st)?\s+)?(?P<m>{_MONTH})\b|"
    rf"\b(?:start\w*|begynd\w*|tiltræd\w*)\s+(?:\w+\s+){{0,2}}?(?:(?P<day2>1)\.?\s+)(?P<m2>{_MONTH})\b|"
    rf"\b(?P<m3>{_MONTH})\s+1(?:st)?\b|"
    # "vi ansætter 3 i maj", "we hire 2 in October": a hire in a month
    rf"\b(?:ansætte\w*|ansat\w*|hire[sd]?|hiring|recruit\w*|rekrutter\w*)\s+(?:[\w.,]+\s+){{0,4}}?(?:i|in|fra|from)\s+"
    rf"(?P<m4>{_MONTH})\b"
)
# "i løbet af 2026", "during the year", "sometime next year": a start said without its month
_DURING = _re(
    r"\b(?:i\s+løbet\s+af|during|in\s+the\s+course\s+of|over\s+the\s+course\s+of|sometime\s+in|some\s+time\s+in|"
    r"hen\s+over)\s+(?:(?:19|20)\d\d|året|the\s+year|næste\s+år|next\s+year|foråret|efteråret|the\s+spring|the\s+autumn)\b"
)
_THIS_YEAR = _re(
    r"\b(?:i\s+år|this\s+year|this\s+(?:budget|calendar|financial|fiscal)\s+year|(?:i\s+)?budgetåret|indeværende\s+år|"
    r"det\s+første\s+år|(?:the\s+)?first\s+year|i\s+(?:19|20)\d\d|in\s+(?:19|20)\d\d|"
    r"for\s+pengene|with\s+(?:the|that)\s+money|for\s+the\s+money|resten\s+af\s+(?:i\s+)?året|(?:the\s+)?rest\s+of\s+the\s+year)\b"
)
_FULL_YEAR = _re(
    r"\b(?:næste\s+år|next\s+year|(?:et|a|one)\s+(?:helt|fuldt|full|whole)\s+år|(?:a|one|the)\s+(?:full|whole)\s+year|"
    r"full[- ]year|helårsvirkning\w*|full[- ]year\s+effect|årene\s+efter|the\s+years\s+after|following\s+year|"
    r"året\s+efter|fremover|thereafter)\b"
)
_COST_Q = _re(r"\b(?:koste\w*|cost\w*|udgift\w*|løn\w*|pay|payroll)\b")
_POSTS_Q = _re(
    r"\b(?:hvor\s+mange|how\s+many)\b[^?]{0,40}?\b(?:ansætte|hire|employ|stillinger|posts|positions|rådgivere|"
    r"social\s+workers|caseworkers|can\s+we\s+afford)\b"
)


def months_paid(text: str) -> tuple[int, tuple[int, int], str] | None:
    """Months paid in the first year for staff starting in the month named (from its first day), with the
    span and words of the date; None when no start is named or it is January (a whole year)."""
    m = _START.search(text)
    if m is None:
        return None
    name = (m.group("m") or m.group("m2") or m.group("m3") or m.group("m4")).lower()
    if name == "may" and not (m.group("day") or m.group("day2") or m.group("m3") or m.group("m4")):
        return None
    month = MONTH_NUMBER[name]
    if month == 1:
        return None
    return 13 - month, m.span(), m.group(0)


# "DKK 13.6m on placements in Q1", "i første kvartal", "de første 3 måneder": an amount for part of a year
_PART_OF_YEAR_AFTER = _re(
    r"\s*(?:\w+\s+){0,3}?(?:in\s+Q[1-4]|i\s+Q[1-4]|(?:in|i)\s+(?:the\s+)?(?:first|second|third|1\.|2\.|3\.|første|andet|"
    r"tredje)\s+(?:quarter|kvartal)|(?:in|i|over|på)\s+(?:the\s+|de\s+)?(?:first|første)\s+\w+\s+(?:months|måneder))\b"
)


def part_of_a_year(reading: Reading, text: str) -> bool:
    """A start part-way through a year, or an amount for part of one: no reading of whole years applies."""
    return months_paid(text) is not None or _quarter_amount(reading, text) or _DURING.search(text) is not None


def _quarter_amount(reading: Reading, text: str) -> bool:
    return any(n.unit.startswith("kr") and _PART_OF_YEAR_AFTER.match(text, n.span[1]) for n in reading.numbers)


def read_part_year(reading: Reading, text: str) -> Reading | None:
    """The question read as staff starting part-way through a year; None when no start date is named."""
    if _quarter_amount(reading, text):
        return _stopped(reading, "part_period")  # a quarter's spend beside a year's budget: not to set against it
    if _DURING.search(text) and any(n.role == "extra_staff" for n in reading.numbers):
        return _stopped(reading)  # "vi ansætter 3 i løbet af 2026": from when? their pay that year is not a full year
    found = months_paid(text)
    if found is None:
        return None
    months, span, words = found
    nums = reading.numbers
    used = [i for i, n in enumerate(nums) if n.role not in ("context", "years")]
    money = [i for i in used if nums[i].unit.startswith("kr")]
    counts = [i for i in used if i not in money]
    asking = asking_text(text)
    roles: dict[int, str] = {}
    asked: list[str] = []
    this_year, full_year = _THIS_YEAR.search(asking), _FULL_YEAR.search(asking)
    if len(money) == 1 and len(counts) == 1 and nums[counts[0]].role == "extra_staff" and _COST_Q.search(asking):
        roles = {money[0]: "cost_per_worker", counts[0]: "extra_staff"}
        asked = ["part_year_cost"] if this_year or not full_year else []
        asked += ["cost_per_year"] if full_year or not this_year else []
    elif len(money) == 2 and not counts and _POSTS_Q.search(asking) and not _SAVE.search(text):
        prices = [
            i
            for i in money
            if nums[i].role in _PRICE_ROLES
            or _PRICE_AFTER.match(text, nums[i].span[1])
            or _PRICE_BEFORE.search(text, 0, nums[i].span[0])
        ]
        sums = [i for i in money if i not in prices]
        if len(sums) != 1 or len(prices) != 1:
            return _stopped(reading)
        price = prices[0]
        roles = {sums[0]: "budget", price: "cost_per_worker"}
        asked = ["part_year_posts"] + (["full_year_cost"] if full_year and _COST_Q.search(asking) else [])
    else:
        return None  # read on: the whole reading is then dated or stopped (``read_dated``)
    placed = [
        replace(n, role=roles[i], alt_role=None, note="", unit=_UNITS[roles[i]]) if i in roles else n
        for i, n in enumerate(nums)
    ]
    date = ReadNumber(float(months), "months_first_year", "months", span, words.strip(), noun=words.strip())
    placed = sorted([*placed, date], key=lambda n: n.span[0])
    return replace(reading, numbers=placed, asked=asked, ambiguous=[], is_calculation=True)


# "to save DKK 2m … by leaving vacancies unfilled", "for at spare 2 mio. kr.": posts left empty, not hired
_SAVE = _re(r"\b(?:save|saving|spare|spar\w*|vacanc\w*|ubesat\w*|unfilled|holde\s+\w+\s+ledige?|cut|nedlæg\w*)\b")
_PRICE_ROLES = ("cost_per_worker", "price_each", "salary")
# "at DKK 640k a year", "600.000 kr. pr. rådgiver", "… each": a yearly price of one post
_PRICE_AFTER = _re(
    r"\s*(?:a\s+year|per\s+year|om\s+året|pr\.?\s+år|årligt|each|hver|"
    r"(?:pr\.?|per)\s+(?:\w+\s+)?(?:rådgiver|stilling|post|worker|årsværk|fte))\b"
)
# "når en helårsstilling koster 600.000 kr.", "a post costs DKK 640,000": the price of one post
_PRICE_BEFORE = _re(
    r"(?:stilling|rådgiver|årsværk|post|position|worker|fte)\w*\s+(?:koster|costs?)\s+(?:os\s+|us\s+)?$"
)
_UNITS = {"cost_per_worker": "kr_per_worker", "extra_staff": "workers", "budget": "kr"}


def read_dated(reading: Reading, text: str) -> Reading:
    """The whole reading of a question with a start date that none of the shapes above took: one yearly cost
    or saving that starts at the date, or stopped."""
    found = months_paid(text)
    if found is None or any(n.role == "months_first_year" for n in reading.numbers):
        return reading
    months, span, words = found
    return started_flow(reading, asking_text(text), months, span, words) or _stopped(reading)


# One action that starts at the date: staff hired, posts cut, children moved or placements avoided
_ACTIONS = ("extra_staff", "staff_cut", "moved", "avoided")
# A yearly amount asked for and its first year's part
_FIRST_YEAR_OF = {"cost_per_year": "part_year_cost", "savings_per_year": "part_year_savings"}


def started_flow(reading: Reading, asking: str, months: int, span: tuple[int, int], words: str) -> Reading | None:
    """One yearly cost or saving that starts at the date ("flytter 6 børn … pr. 1. juli", "nedlægger 3 stillinger
    pr. 1. oktober", "ned på 27 fra 1. maj"): the first year's part is months ÷ 12 of the whole year's, worked
    out by the same rules as the whole year. Taken only when every number has its role, no percentage is said
    (a pay rise from a date touches pay that runs all year), at most one action is counted (hires and avoided
    placements together: which of them starts at the date?), and only yearly costs or savings are asked."""
    nums = reading.numbers
    if any(n.role is None or n.unit == "pct" for n in nums if n.role != "context"):
        return None
    if any(n.unit.startswith("kr") and n.role not in _UNIT_PRICES for n in nums if n.role != "context"):
        return None  # a one-off or another yearly sum beside the flow: is it paid from the date too?
    if CALENDAR_YEAR.search(asking):
        return None  # "hvad sparer vi i 2026": the date's year or a later, whole one?
    if sum(n.role in _ACTIONS for n in nums) > 1 or (any(n.role == "staff_now" for n in nums) and not any(
        n.role in ("target", "caseload_now") for n in nums
    )):
        return None  # today's staff priced from a date: their pay runs all year
    if not reading.asked or any(a not in _FIRST_YEAR_OF and a not in _COUNTS_ASKED for a in reading.asked):
        return None
    this_year, full_year = _THIS_YEAR.search(asking), _FULL_YEAR.search(asking)
    if not this_year:
        return None  # a date and only a year asked for: the first year or a whole one?
    asked: list[str] = []
    for a in reading.asked:
        asked += [_FIRST_YEAR_OF[a]] if a in _FIRST_YEAR_OF else [a]
        asked += [a] if a in _FIRST_YEAR_OF and full_year else []
    date = ReadNumber(float(months), "months_first_year", "months", span, words.strip(), noun=words.strip())
    placed = sorted([*nums, date], key=lambda n: n.span[0])
    return replace(reading, numbers=placed, asked=asked, ambiguous=[], is_calculation=True)


_UNIT_PRICES = ("cost_per_worker", "cost_per_placement", "saving_per_child", "move_from_cost", "move_to_cost")
_COUNTS_ASKED = ("extra_staff", "staff_needed", "caseload", "moved", "saving_per_child")


def _stopped(reading: Reading, note: str = "part_year") -> Reading:
    """A start date in a shape not read here, or an amount for part of a year: its amounts are asked about,
    never priced as whole years."""
    nums = [replace(n, role=None, alt_role=None, note=note) if n.unit.startswith("kr") else n for n in reading.numbers]
    return replace(reading, numbers=nums, is_calculation=bool(reading.asked))
