"""The price of one post from a sum for several: "DKK 2.36m a year for 4 new caseworker posts: per post?",
"Lønbudgettet er 23,4 mio. kr. og dækker 39 årsværk. Hvad koster et årsværk i gennemsnit?".

The role reader took the sum for money set aside (and asked for a caseload), for the price of one worker (and
refused it as too large), or for a placement's price. Asked for the price of one post, with one sum and one
count of posts or staff and nothing else, the sum is the staff's total cost and the count what it is shared
over; the reading line says both ("14.600.000 kr. i alt, 25 rådgivere, som beløbet dækker").
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.calc import words
from assistant.calc.amounts import Reading
from assistant.calc.prices import POST_YEARLY, said_as_money

__all__ = ["price_of_each_post"]

_POST = r"(?:stilling|post|position|årsværk|fte|rådgiver|caseworker|social\s+worker|worker|medarbejder|head)\w*"
# "per post", "pr. stilling", "pr. styk", "apiece", "hvad koster et årsværk", "average cost per post"
_PER_POST_Q = re.compile(
    rf"\b(?:pr\.?|per)\s+{_POST}|\b(?:pr\.?\s+styk|stykket|apiece)\b|"
    rf"\b(?:koste[rt]?|costs?)\s+(?:os\s+|us\s+)?(?:et|en|ét|én|one|a|each)\s+{_POST}|"
    rf"\b(?:gennemsnit\w*|average)\b[^?]{{0,30}}\b{_POST}|\b{_POST}[^?]{{0,30}}\b(?:i\s+gennemsnit|on\s+average)\b",
    re.I,
)
# a sum that is not the posts' pay for one year: training, a surplus, a pay rise, a cut, IT, half of it, part of a
# year, a period of years, agency cover
_NOT_PAY = re.compile(
    r"\b(?:efteruddannelse\w*|uddannelse\w*|training|kursus\w*|courses?|overskud\w*|surplus|lønforhøjelse\w*|"
    r"lønstigning\w*|pay\s+rise|raise|skåret|skære\w*|cut|besparelse\w*|spare\w*|savings?|kontor\w*|office|"
    r"halvdelen|half|halvår\w*|kvartal\w*|quarter\w*|måned\w*|months?|resten\s+af\s+året|rest\s+of\s+the\s+year|"
    r"agency|vikar\w*|"
    r"cover\w*)\b|\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\b|\b(?:over|for|i|in)\s+(?:\w+\s+)?(?:to|tre|fire|two|three|four|\d)\s+(?:år|years)\b",
    re.I,
)
_IT = re.compile(r"\bIT\b")  # case matters: "it funds 25 posts" is no IT budget
_HOW_MANY_Q = re.compile(r"\b(?:hvor\s+mange|how\s+many|hvor\s+meget|how\s+much\s+more)\b", re.I)
_COUNT_ROLES = ("extra_staff", "staff_now", "priced_staff")
_SUM_ROLES = (
    None, "budget", "staff_budget", "cost_per_worker", "cost_per_placement", "cost_per_year", "staff_cost_total",
)  # fmt: skip
# "DKK 560,000 per head", "600.000 kr. pr. rådgiver": the price said of one, not the price of one asked
_AMOUNT_BEFORE = re.compile(
    r"\d[\d.,]*(?:\s*(?:m\b|mio\.?|million|tusind|thousand|k\b|t\.?\s*kr\.?|kr\.?|kroner|dkk)){0,2}\s*"
    r"(?:om\s+året|a\s+year|årligt)?\s*$",
    re.I,
)


def price_of_each_post(reading: Reading, text: str) -> None:
    """One sum and one count of posts, and the price of one asked: the sum over the count (in place)."""
    asking = words.asking_text(text)
    asked_of_one = [m for m in _PER_POST_Q.finditer(asking) if not _AMOUNT_BEFORE.search(asking, 0, m.start())]
    if not asked_of_one or _HOW_MANY_Q.search(asking):
        return
    used = [i for i, n in enumerate(reading.numbers) if n.role != "context"]
    sums = [i for i in used if said_as_money(reading.numbers[i])]
    counts = [i for i in used if i not in sums and reading.numbers[i].unit != "pct"]
    more = _more_at_that_price(reading, text, sums, counts) if len(counts) == 2 else None
    if more is not None:
        counts = [i for i in counts if i != more]
    if len(sums) != 1 or len(counts) != 1 or len(used) != 2 + (more is not None):
        return
    total, posts = reading.numbers[sums[0]], reading.numbers[counts[0]]
    if total.role not in _SUM_ROLES or posts.role not in _COUNT_ROLES or posts.value < 1:
        return
    if posts.value != int(posts.value) or not POST_YEARLY[0] <= total.value / posts.value <= POST_YEARLY[1]:
        return  # a sum that is no year's pay for each of them (a cut, a training budget, a whole department)
    if _NOT_PAY.search(text) or _IT.search(text):
        return  # a sum for something else than the posts' yearly pay, or for part of a year or several years
    reading.numbers[sums[0]] = replace(total, role="staff_cost_total", unit="kr", alt_role=None, note="")
    reading.numbers[counts[0]] = replace(posts, role="priced_staff", unit="workers", alt_role=None, note="")
    reading.asked = ["cost_per_worker"]
    if more is not None:  # "… og hvis vi ansætter 2 mere til samme pris": their cost, and the new total if asked
        reading.numbers[more] = replace(reading.numbers[more], role="extra_staff", unit="workers", alt_role=None)
        reading.asked += ["cost_per_year", *(["payroll_with_extra"] if _NEW_TOTAL_Q.search(asking) else [])]


# "2 mere til samme pris", "another 2 posts on the same terms", "2 ekstra": more posts at the price worked out
_POSTS = rf"(?:{words.STAFF_NOUN}|posts?|positions?|fte)"
# what may follow "2 mere/ekstra": the end of the ask, the same terms, a time of the year; not a noun ("2 flere timer",
# "2 more weeks of holiday"), leave, sickness or part time
_AFTER_MORE = (
    r"(?=\s*(?:[,.?!]|$|(?:til|på|at|on)\s+(?:samme|the\s+same)\b|(?:og|and|hvis|if|så|so)\b|"
    r"(?:om|a|per|pr\.?)\s+(?:året|year)\b|(?:i\s+alt|in\s+total)\b|(?:cost|koste)\b))"
)
_MORE_AFTER = re.compile(
    rf"^\s*(?:{_POSTS}\s+)?(?:mere|flere|yderligere|more|ekstra|extra|additional){_AFTER_MORE}|"
    rf"^\s*(?:ekstra|nye|yderligere|more|extra|additional|new)\s+{_POSTS}{_AFTER_MORE}",
    re.I,
)
_NOT_A_HIRE = re.compile(
    r"\b(?:barsel\w*|orlov|leave|syge?\w*|sick|part[- ]time|deltid\w*|halv\s+tid|halvt\s+år|half\s+a\s+year|"
    r"timer?|hours?|uger?s?|weeks?|ferie|holiday|studenter\w*|students?|fuldtids\w*)\b",
    re.I,
)
_MORE_BEFORE = re.compile(r"\b(?:another|yderligere|endnu|further)\s+$", re.I)
# the pay total with them: "hvad bliver lønsummen så i alt", "the new total payroll"
_NEW_TOTAL_Q = re.compile(
    r"\blønsum\w*|\blønbudget\w*\s+(?:så\s+)?i\s+alt|\b(?:new|total)\s+(?:pay|wage|salary)\s*(?:bill|total)|"
    r"\b(?:new\s+)?total\s+payroll\b|\bpayroll\s+(?:then|in\s+total|altogether)\b|\bthe\s+new\s+total\b|"
    r"\b(?:det\s+)?nye\s+(?:samlede\s+)?(?:beløb|total\w*)\b",
    re.I,
)


def _more_at_that_price(reading: Reading, text: str, sums: list[int], counts: list[int]) -> int | None:
    """The later of two counts, when it is more posts at the price the sum gives ("hvis vi ansætter 2 mere
    til samme pris"): the posts priced come before it, the sum with them."""
    if len(sums) != 1:
        return None
    later = max(counts)
    n = reading.numbers[later]
    if n.value != int(n.value) or later < sums[0] or n.role not in (None, "extra_staff", "staff_now"):
        return None
    asking = words.asking_text(text)
    if n.span[0] < text.rfind(asking):
        return None  # "heraf 2 ekstra fra puljen", "vi har 2 ekstra på kontrakt": said of today, not asked about
    after, before = text[n.span[1] : n.span[1] + 60], text[max(0, n.span[0] - 20) : n.span[0]]
    if _NOT_A_HIRE.search(text[n.span[1] : n.span[1] + 40]):
        return None  # "2 mere går på barsel", "2 more part-time", "i et halvt år"
    posts_after = re.match(rf"\s*{_POSTS}{_AFTER_MORE}", after, re.I)
    return later if _MORE_AFTER.search(after) or (_MORE_BEFORE.search(before) and posts_after) else None
