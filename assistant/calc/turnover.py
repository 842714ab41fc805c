"""Staff turnover: "sidste år sagde 9 af vores 25 rådgivere op", "9 of our 25 caseworkers left last year", and what
each departure costs to replace.

Turnover among social workers is one of the figures a children's services committee is shown, and a resignation
has a price (recruitment, onboarding, agency cover). The role reader had no role for staff who left in the past:
"recruitment" made the 25 caseworkers new hires, and the gap-filler made the price of a resignation a year's pay
and the 9 who left a number of years (a confident 40,5 mio. kr. where 1,62 mio. kr. was right). Here the count
who left "of" the staff gives the turnover in percent, and with a price said per departure, their cost. Taken
only when the leaving is said with a verb of leaving in the past, the two counts are tied by "af"/"of", and no
other number is left.
"""

from __future__ import annotations

from dataclasses import replace

from assistant.calc import words
from assistant.calc.amounts import Reading
from assistant.calc.prices import said_as_money
from assistant.calc.words import _re

__all__ = ["read_turnover"]


# "9 af vores 25 rådgivere sagde op", "9 of our 25 caseworkers left": the count who left, of the staff
_OF_STAFF = _re(r"^\s*(?:af|of|ud\s+af|out\s+of)\s+(?:vores|de|the|our|all|alle)?\s*$")
_STAFF_AFTER = _re(rf"^\s*(?:{words.STAFF_NOUN})\b")
_LEFT = _re(
    r"\b(?:left|quit|resigned|handed\s+in\s+(?:their\s+)?notice|moved\s+on|stopped|departed|sagde\s+op|har\s+sagt\s+op|"
    r"sagde\b[^.?!]{0,40}\bop|"
    r"stoppede|er\s+stoppet|forlod|fratrådte|er\s+fratrådt|rejste|skiftede\s+job|opsagde)\b"
)
# the price of one departure: "each resignation costs", "hver opsigelse koster", "per leaver", "pr. fratrædelse"
_PER_LEAVER = _re(
    r"\b(?:each|every|per|a|hver|pr\.?)\s+(?:\w+\s+)?(?:resignation|departure|leaver|replacement|opsigelse|fratrædelse|"
    r"genbesættelse|udskiftning|afgang)\w*\b"
)
# part of a year, or one group of hires rather than the staff: "i første halvår", "the 25 we hired", "who started"
_NOT_A_YEAR_OF_ALL = _re(
    r"\b(?:halvår\w*|half[- ]year|first\s+half|kvartal\w*|quarter\w*|måned\w*|months?|uger?|weeks?|"
    r"(?:vi|we|som|that|who)\s+(?:\w+\s+)?(?:ansatte|hired|recruited|rekrutterede|started|startede|began|begyndte)|"
    r"nyansatte|new\s+(?:hires|recruits|starters)|nye\s+(?:rådgivere|medarbejdere))\b"
)
_RATE_Q = _re(r"\b(?:turnover|personaleomsætning\w*|udskiftning\w*|procent\w*|percent\w*|share|andel\w*|rate)\b|%")
_COST_Q = _re(r"\b(?:cost|koste\w*|kostede|udgift\w*|price|pris\w*|bill|regning\w*)\b")


def read_turnover(reading: Reading, text: str) -> Reading | None:
    """The staff who left of today's staff, and the price of a departure; None when the question is not that."""
    used = [i for i, n in enumerate(reading.numbers) if n.role != "context"]
    counts = [i for i in used if not said_as_money(reading.numbers[i]) and reading.numbers[i].unit != "pct"]
    if len(counts) != 2:
        return None
    a, b = (reading.numbers[i] for i in counts)
    if not (_OF_STAFF.match(text[a.span[1] : b.span[0]]) and _STAFF_AFTER.match(text[b.span[1] :])):
        return None
    if _NOT_A_YEAR_OF_ALL.search(text):
        return None  # "i første halvår", "of the 25 we hired in 2022": not a year's turnover of the whole staff
    start, end = words.sentence_bounds(text, a.span[0])
    if not _LEFT.search(text, start, end) or a.value > b.value or a.value != int(a.value):
        return None
    asking = words.asking_text(text)
    sums = [i for i in used if i not in counts]
    price = [i for i in sums if _PER_LEAVER.search(text, *words.sentence_bounds(text, reading.numbers[i].span[0]))]
    if len(sums) != len(price) or len(price) > 1:
        return None  # a sum that is no departure's price: not this reading
    asked = (["turnover_pct"] if _RATE_Q.search(asking) else []) + (
        ["turnover_cost"] if price and _COST_Q.search(asking) else []
    )
    if not asked:
        return None
    numbers = list(reading.numbers)
    numbers[counts[0]] = replace(a, role="staff_quit", unit="workers", alt_role=None, note="")
    numbers[counts[1]] = replace(b, role="staff_now", unit="workers", alt_role=None, note="")
    if price:
        numbers[price[0]] = replace(numbers[price[0]], role="cost_per_leaver", unit="kr", alt_role=None, note="")
    return replace(reading, numbers=numbers, asked=asked, ambiguous=[], is_calculation=True)
