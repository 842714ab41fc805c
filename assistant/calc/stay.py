"""A placement priced by the year or the month, for a stay of some months: "hvad koster 9 anbringelser i 7
måneder?", "for a child placed for 18 months, how much cheaper is the foster family over the whole stay?".

Placements are often short and providers quote monthly prices, so a committee asks what a stay of so many months
costs. The role reader had no role for a number of months that is not a start date, so the months and the count
were left unread and the question was refused. Here the months are the stay, a count of children or placements
(or none: one child) is how many stay, and the answer is the price of the stay, or, with two types priced, how
much the cheaper one saves over it. Taken only when every other number is a type's price.
"""

from __future__ import annotations

from dataclasses import replace

from assistant.calc import words
from assistant.calc.amounts import Reading
from assistant.calc.words import _re

__all__ = ["read_stay"]

# "i 7 måneder", "over 18 months", "for 18 months", "an 18-month stay": the length of the stay, not a date
_MONTHS_AFTER = _re(r"^[\s-]*(?:måneder|mdr\.?|months?)\b(?![\s-]*(?:old|gammel|gamle)\b)")  # not "a 7-month-old"
# "på" only after a stay ("et ophold på 18 måneder"): "et barn på 7 måneder" is the child's age
_SPAN_BEFORE = _re(
    r"\b(?:i|over|for|across|during|gennem|placed\s+for|anbragt\s+i|an?|"
    r"(?:ophold\w*|anbringelse\w*|periode\w*)\s+på)\s+$"
)
_NOT_A_STAY = _re(
    r"\b(?:har\s+været|have\s+been|has\s+been|had\s+been|allerede|already|siden|ago|waiting|venter|ventet|"
    r"starts?\s+in|begins?\s+in|om\s+\d+\s+måneder|in\s+\d+\s+months?'?\s*time)\b"
)
# "9 such placements", "9 anbringelser", "three siblings", "3 børn": how many stay
_COUNT_AFTER = _re(
    rf"^\s*(?:such\s+|af\s+dem\s+|of\s+them\s+)?(?:{words.PLACEMENT_NOUN}|{words.CHILD_NOUN}|siblings|søskende)\b"
)
# "hvad er det om året", "what is that per year", "the annual cost of each": the yearly price asked too
_YEAR_Q = _re(r"\b(?:per|a|om|pr\.?)\s+(?:year|året|år)\b|\b(?:annual|yearly|årlig\w*)\b|\bpå\s+et\s+år\b")
_REST_OF_CLAUSE = _re(r"^[^,.?!;]*")  # the price's own words ("… a year for a foster family"), not an ask
_MONTH_Q = _re(r"\b(?:per|a|om|pr\.?|each)\s+(?:month|måned(?:en)?)\b|\bmonthly\b|\bmånedlig\w*")
_CHEAPER_Q = _re(
    r"\b(?:cheaper|billigere|saving|save|spare\w*|besparelse\w*|difference|forskel\w*|less|mindre|dearer|dyrere|more)\b"
)


def read_stay(reading: Reading, text: str) -> Reading | None:
    """The months of a stay and how many stay, beside one or two types' prices; None when it is not that."""
    nums = reading.numbers
    prices = [i for i, n in enumerate(nums) if n.role == "cost_per_placement" and n.kind]
    rest = [i for i, n in enumerate(nums) if i not in prices and n.role != "context"]
    asked_from = len(words.stated_text(text))  # the stay is asked about ("what do 9 cost over 7 months?")
    months = [
        i for i in rest if _MONTHS_AFTER.match(text[nums[i].span[1] :]) and _span(text, nums[i].span[0], asked_from)
    ]
    if _NOT_A_STAY.search(text):
        return None  # "have been placed for 8 months", "om 3 måneder", "3 months ago": time gone by or to wait
    if not prices or len(prices) > 2 or len(months) != 1:
        return None
    counts = [i for i in rest if i not in months and _COUNT_AFTER.match(text[nums[i].span[1] :])]
    if len(rest) != len(months) + len(counts) or len(counts) > 1:
        return None  # another number this reading has no place for
    kinds = {nums[i].kind for i in prices}
    if len(kinds) != len(prices):
        return None  # two prices for one type
    numbers = list(nums)
    stay = nums[months[0]]
    numbers[months[0]] = replace(stay, role="stay_months", unit="months", alt_role=None, note="")
    for i in counts:
        numbers[i] = replace(nums[i], role="stay_children", unit="children", alt_role=None, note="")
    if len(prices) == 2:
        if not _CHEAPER_Q.search(words.asking_text(text)):
            return None
        asked = ["stay_saving"]  # the two types' prices apart, over the stay (``calc.known`` puts each type's)
    else:
        # a year or a month of the price asked, in the words after the price ("470k a year … what's that per month")
        after = _REST_OF_CLAUSE.sub("", text[max(nums[i].span[1] for i in prices) :], count=1)
        said = [
            name
            for name, q in (("placement_year_cost", _YEAR_Q), ("placement_month_cost", _MONTH_Q))
            if q.search(after)
        ]
        asked = [*said, "stay_cost"]
    if not counts:
        asked = [a.replace("stay_", "stay_one_") if a.startswith("stay_") else a for a in asked]
    return replace(reading, numbers=numbers, asked=asked, ambiguous=[], is_calculation=True)


def _span(text: str, start: int, asked_from: int) -> bool:
    """The months are a stretch of time ("i 7 måneder"), not a date or an age ("7 måneder gammel"), and asked about."""
    return start >= asked_from and bool(_SPAN_BEFORE.search(text, max(0, start - 20), start))
