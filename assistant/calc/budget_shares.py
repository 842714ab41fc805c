"""Two parts of one budget: each part's share and what is left for the rest.

"Budgettet er 212 mio. kr. Anbringelser tager 131,4 mio. kr. og forebyggelse 38,2 mio. kr. Hvor mange procent går
til hver, og hvad er der tilbage?" is how a budget line is read aloud in a committee. The role reader took each
sum as the price of a placement (the word "anbringelser" stands next to them), so it refused with an implausible
price. Here three sums of money, the largest said as the whole ("budgettet er", "i alt", "of a DKK 212m budget")
and the two others together no more than it, with a share asked, give each part's share of the whole and, when
asked, the rest. Staff named beside them, or any other number, and it is not this shape.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant import municipalities
from assistant.calc import words
from assistant.calc.amount_pct import rest_asked
from assistant.calc.amounts import Reading
from assistant.calc.overspend import DIFFERENCE_AFTER, PART_OF_TIME
from assistant.calc.pairs import said_as_whole
from assistant.calc.prices import said_as_money

__all__ = ["read_budget_shares"]

_SHARE_Q = re.compile(
    r"\b(?:procent\w*|percent\w*|pct|andel\w*|shares?|proportion)\b|%|\bhvor\s+stor\s+en\s+del\b|"
    r"\bhow\s+much\s+of\s+the\s+budget\b",
    re.I,
)


# what makes three sums something else than a whole and two parts of it side by side: a part of a part ("heraf"),
# a change ("38,2 mio. kr. mere end sidste år"), several places, parts for other periods, a share of another base
_NESTED = re.compile(r"\b(?:heraf|hvoraf|deraf|of\s+which|of\s+whom|including|inklusive|inkl\.?|herunder)\b", re.I)
_OTHER_BASE_Q = re.compile(
    r"\b(?:procent\w*|percent\w*|share|andel\w*)\s+(?:\w+\s+){0,2}?(?:af|of)\s+(?:the\s+|det\s+|den\s+|our\s+|vores\s+)?"
    r"(?!(?:\w+\s+)?(?:budget\w*|total\w*|whole|hele|samlede?)\b)\w+",
    re.I,
)


def _not_parts(reading: Reading, text: str, asking: str) -> bool:
    stated = words.stated_text(text)
    places = set(municipalities.find_mentions(stated, ignore_case=False))
    changed = any(DIFFERENCE_AFTER.match(text[n.span[1] :]) for n in reading.numbers)
    return bool(
        _NESTED.search(stated) or changed or len(places) >= 2 or _OTHER_BASE_Q.search(asking)
        or PART_OF_TIME.search(stated) or len(set(words.CALENDAR_YEAR.findall(stated))) >= 2
    )  # fmt: skip


def read_budget_shares(reading: Reading, text: str) -> Reading | None:
    """A whole and two parts of it, a share asked; None when the question is not that."""
    asking = words.asking_text(text)
    if not _SHARE_Q.search(asking) or words.STAFF_NAMED.search(text) or _not_parts(reading, text, asking):
        return None
    used = [i for i, n in enumerate(reading.numbers) if n.role != "context"]
    if len(used) != 3 or not all(said_as_money(reading.numbers[i]) for i in used):
        return None
    whole = max(used, key=lambda i: reading.numbers[i].value)
    first, second = (i for i in used if i != whole)
    values = [reading.numbers[i].value for i in used]
    if sorted(values)[1] == sorted(values)[2] or not said_as_whole(text, reading.numbers[whole]):
        return None  # two equal largest, or no sum said as the whole: two budgets side by side, not parts of one
    if reading.numbers[first].value + reading.numbers[second].value > reading.numbers[whole].value:
        return None  # parts that add to more than the whole are not its parts
    if any(said_as_whole(text, reading.numbers[i]) for i in (first, second)):
        return None  # "budgettet til anbringelser er …, budgettet til forebyggelse er …": budgets side by side
    roles = {whole: "value_whole", first: "value_part", second: "value_part2"}
    numbers = [
        replace(n, role=roles[k], unit="kr", alt_role=None, note="") if k in roles else n
        for k, n in enumerate(reading.numbers)
    ]
    asked = ["pct_share", "pct_share2"] + (["value_rest"] if rest_asked(text) else [])
    return replace(reading, numbers=numbers, asked=asked, ambiguous=[], is_calculation=True)
