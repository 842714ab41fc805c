"""Two values set side by side: a share of a whole, a percentage dearer or cheaper, a difference, a
percentage of an amount in kroner.

"What share of a DKK 250m budget is DKK 40m?", "hvor mange procent dyrere er en institutionsplads til 1,35
mio. kr. end en plejefamilie til 450.000 kr.?", "what is the difference in annual cost between an
institution at DKK 1.5m and foster care at DKK 400k?", "budgettet på 140 mio. kr. skal skæres med 5 %; hvor
mange kroner er det?". The role reader reads each amount by the noun before it (a price per placement, a
budget), so two amounts compared had no start and end, no part and whole, and it asked or computed nothing.
Here the pair is read by what the question does with it, not by its nouns:

- a share: the part is the smaller of two values of one kind (a share above the whole is no share);
- a percentage dearer, cheaper, higher or lower: the base is the value after "end", "than", "compared
  with", "i forhold til";
- a difference: the larger less the smaller, said as a difference;
- a percentage of an amount asked in kroner: the amount times the percentage.

Taken only when the question holds exactly the two numbers the shape needs and asks what the shape gives;
anything else keeps the role reader's reading.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant import municipalities
from assistant.calc import cues, words
from assistant.calc.amount_pct import read_amount_and_percent, rest_asked
from assistant.calc.amounts import Reading, ReadNumber
from assistant.calc.overspend import DIFFERENCE_AFTER, PART_OF_TIME

__all__ = ["PAIR_ROLES", "read_pair", "said_as_whole"]

Shape = tuple[dict[int, str], list[str]]
PAIR_ROLES = frozenset(
    {"value_part", "value_part2", "value_whole", "value_rest", "value_from", "value_to", "amount", "pct_of"}
    | {"amount_changed", "pct_changed"}
)


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


_COMPARED = _re(
    r"\b(?:end|than|compared\s+(?:with|to)|i\s+forhold\s+til|sammenlignet\s+med|relative\s+to|versus|vs\.?|"
    r"in\s+relation\s+to)\s"
)
_PERCENT = _re(r"\b(?:procent\w*|percent\w*|pct)\b|%")
_DIFFERENCE_Q = _re(
    r"\b(?:forskel(?:len)?|difference|gap)\b|\bhvor\s+meget\s+(?:mere|dyrere|billigere|mindre|højere|lavere)\b|"
    r"\bhow\s+much\s+(?:more|cheaper|less|dearer|higher|lower)\b"
)
# "how much more expensive in percent": the comparative belongs to the percentage, not to a difference
_IN_PERCENT = _re(r"[^?,;]{0,50}?\b(?:in|i)\s+(?:procent|percent)\b")
_RATIO_Q = _re(r"\bhvor\s+mange\s+gange\b|\bhow\s+many\s+times\b|\bwhat\s+multiple\b")
# two values compared, not a part and its whole: "how many times as expensive", "hvor meget dyrere"
_COMPARING = _re(
    rf"{_RATIO_Q.pattern}|\bhvor\s+meget\s+(?:mere|dyrere|billigere|mindre|højere|lavere)\b|"
    r"\bhow\s+much\s+(?:more|cheaper|less|dearer|higher|lower)\b"
)  # not "forskellen", "the difference": said beside a share, it asks the difference as well
# "hvor mange kroner er det", "how much is that in DKK", "what does that come to in kroner"

# the words that make a value the whole a share is of: "af et budget på", "ud af", "of a DKK 200m budget"
_WHOLE_BEFORE = _re(
    r"(?:\b(?:ud\s+af|out\s+of|af|of)(?:\s+(?:et|en|vores|de|det|a|an|the|our|all|alle|i\s+alt|in\s+total))?|"
    r"budget\w*(?:\s+(?:er|is|var|was))?(?:\s+(?:på|of))?|\bi\s+alt|\bin\s+total|\bsamlet|\btotal|"
    # "Budgettet til forebyggende foranstaltninger er 48,5 mio. kr.": the budget named, then what it is for
    r"\bbudget\w*\s+(?:til|for)\s+[^.?!\d]{0,50}?\s(?:er|is|var|was|på|of))\s*(?:dkk\s*)?$"
)
_WHOLE_AFTER = _re(r"\s*(?:kr\.?|kroner)?\s*(?:i\s+alt|in\s+total|total|samlet|budget\w*|sager|cases)\b")


def said_as_whole(text: str, n: ReadNumber) -> bool:
    """Whether the words name the larger value as the whole; two spends side by side are parts of a sum
    the question does not give, and a share of the larger would be a wrong figure."""
    return bool(_WHOLE_BEFORE.search(text[max(0, n.span[0] - 80) : n.span[0]]) or _WHOLE_AFTER.match(text, n.span[1]))


_CONTENT = re.compile(r"[a-zæøå]{5,}", re.I)


def _stems(words_in: str) -> set[str]:
    return {w.lower()[:6] for w in _CONTENT.findall(words_in)}


_ON_AFTER = _re(
    r"\s*(?:kr\.?|kroner|dkk)?\s*(?:om\s+året\s+|a\s+year\s+)?(?:på|til|on|for|to|in|i)\s+"
    r"([^,;.?!\d]*?)(?=\s+(?:og|and)\b|[,;.?!]|$)"
)


def _own_words(text: str, n: ReadNumber, prev_end: int, stop: int) -> str:
    """The words that name what an amount is for: "6 mio. kr. på forebyggelse" (after it, led by "på",
    "on", "til"), else "Spending on foster care is DKK 6m" (before it, back to the number before)."""
    after = _ON_AFTER.match(text[:stop], n.span[1])
    if after:
        return after.group(1)
    return text[prev_end : n.span[0]]


def _part_named(text: str, values: list[tuple[int, ReadNumber]]) -> int | None:
    """Of two values side by side, the one the asking sentence names ("hvor stor en andel … går til
    forebyggelse" and "6 mio. kr. på forebyggelse"); None unless exactly one shares a word with the ask."""
    asks = [m.start() for m in re.finditer(r"\?", text)]
    if not asks:
        return None
    start = max((m.end() for m in re.finditer(r"(?<=[.!?])\s+", text) if m.end() < asks[-1]), default=0)
    asked = _stems(text[start : asks[-1]])
    hits = []
    prev_end = 0
    for (k, n), nxt in zip(values, [*values[1:], None], strict=True):
        stop = min(start, nxt[1].span[0]) if nxt else start
        if n.span[0] < start and asked & _stems(_own_words(text, n, prev_end, stop)):
            hits.append(k)
        prev_end = n.span[1]
    return hits[0] if len(hits) == 1 else None


def _kind(n: ReadNumber) -> str:
    if n.unit.startswith("kr"):
        return "kr"
    if n.unit == "pct":
        return "pct"
    return "years" if n.role == "years" else "n"


def _base_after_comparison(text: str, pair: list[tuple[int, ReadNumber]]) -> int | None:
    """Index of the value said after "end"/"than"/"compared with": the base a percentage is of."""
    found = _COMPARED.search(text)
    if not found:
        return None
    after = [i for i, n in pair if n.span[0] >= found.end()]
    before = [i for i, n in pair if n.span[0] < found.start()]
    return after[0] if len(after) == 1 and len(before) == 1 else None


def _compared(text: str, values: list[tuple[int, ReadNumber]], low_high: tuple[int, int]) -> Shape | None:
    """A comparison of two values: how many times, how many percent and how much one is above the other.
    The base is the value after "end"/"than"; a difference alone needs none (the larger less the smaller)."""
    base = _base_after_comparison(text, values)
    asks = [(m.start(), name) for name, cue in (("ratio", _RATIO_Q), ("difference", _DIFFERENCE_Q))
            for m in cue.finditer(text) if not _IN_PERCENT.match(text, m.end())]  # fmt: skip
    if _PERCENT.search(text) and (base is not None or asks):
        # "how many times as expensive is it, and how much more is that in percent": with no "than" the
        # percentage is of the smaller value, as the times are
        asks += [(m.start(), "pct_change") for m in _PERCENT.finditer(text)][:1]
    asked = list(dict.fromkeys(name for _, name in sorted(asks)))
    if not asked or (base is None and not set(asked) <= {"difference", "ratio", "pct_change"}):
        return None
    if base is None:  # "hvor mange gange dyrere er institutionen": the larger against the smaller
        low, high = low_high
        return {low: "value_from", high: "value_to"}, asked
    other = next(k for k, _ in values if k != base)
    return {base: "value_from", other: "value_to"}, asked


_BUDGETED_BEFORE = _re(r"(?:budget\w*|\bafsat\w*|\bplanned|\ballocated|\bbevilg\w*|\bramme\w*)\b[^\d]{0,30}$")
_IN_KRONER = _re(r"\b(?:i|in)\s+(?:kroner|kr\.?|dkk)\b|\bhvor\s+mange\s+(?:kroner|penge)\b|\bhow\s+much\b")


def _overrun(text: str, values: list[tuple[int, ReadNumber]]) -> Shape | None:
    """Spend set against its budget: the budget is the start, the spend the end, asked in percent or kroner."""
    budgeted = [k for k, n in values if _BUDGETED_BEFORE.search(text, max(0, n.span[0] - 40), n.span[0])]
    if len(budgeted) != 1:
        return None
    stated = words.stated_text(text)
    if PART_OF_TIME.search(stated) or any(DIFFERENCE_AFTER.match(text[n.span[1] :]) for _, n in values):
        return None  # spend so far set against a year's budget, or "7,7 mio. kr. højere": no outturn to compare
    spend = next(k for k, _ in values if k != budgeted[0])
    asks = [(m.start(), "pct_change") for m in _PERCENT.finditer(text)][:1]
    asks += [(m.start(), "abs_change") for m in _IN_KRONER.finditer(text)][:1]
    asked = [name for _, name in sorted(asks)]
    return ({budgeted[0]: "value_from", spend: "value_to"}, asked) if asked else None


def _staff_spend_share(text: str, values: list[tuple[int, ReadNumber]]) -> bool:
    """ "What percentage of a DKK 180m budget is the DKK 27m spent on caseworker salaries": two sums of money
    and a share asked, the larger said as the whole; the staff are what the part is spent on, not a count."""
    if not all(n.unit.startswith("kr") for _, n in values) or not _PERCENT.search(words.asking_text(text)):
        return False
    whole = max(values, key=lambda v: v[1].value)[1]
    return said_as_whole(text, whole)


_BUDGET_WORD = re.compile(r"\bbudget\w*", re.I)


_PCT_ROLES = ("pct_of", "pct_changed")


def _money_and_percent(reading: Reading, values: list[tuple[int, ReadNumber]], text: str) -> Shape | None:
    """An amount and a percentage (``calc.amount_pct``): the percentage of the amount, or the amount before."""
    (i, a), (j, _) = values
    amount, pct = (i, j) if _kind(a) == "kr" else (j, i)
    return read_amount_and_percent(text, reading, amount, pct)


def _share(text: str, reading: Reading, values: list[tuple[int, ReadNumber]]) -> Shape | None:
    """A share of two values: of the one said as the whole, or of the two together when one part is named."""
    (i, a), (j, b) = values
    part, whole = (i, j) if a.value <= b.value else (j, i)
    stated = text.replace(words.asking_text(text), "")
    if len(_BUDGET_WORD.findall(stated)) >= 2 and said_as_whole(text, reading.numbers[part]):
        return None  # "budgettet til anbringelser er … og budgettet til forebyggelse er …": two budgets, no whole
    if said_as_whole(text, reading.numbers[whole]):
        # "… og hvor mange penge er der tilbage til alt det andet?": the rest of the whole is asked too
        rest = ["value_rest"] if rest_asked(text) else []
        return {part: "value_part", whole: "value_whole"}, ["pct_share", *rest]
    named = _part_named(text, values)  # "6 mio. på forebyggelse og 54 mio. på anbringelser": the whole is their sum
    if named is None or len(set(municipalities.find_mentions(stated, ignore_case=False))) >= 2:
        return None  # "Horsens spends DKK 135m; Vejle spends DKK 158m": two places' spends, not parts of one sum
    return {named: "value_part", (j if named == i else i): "value_rest"}, ["pct_share"]


def _pair_shape(
    reading: Reading, text: str, values: list[tuple[int, ReadNumber]], kinds: tuple[str, str]
) -> Shape | None:
    """What two values do together: a percentage of an amount, an overrun, a share, or a comparison."""
    (i, a), (j, _) = values
    if sorted(kinds) == ["kr", "pct"]:
        return _money_and_percent(reading, values, text)
    if kinds[0] != kinds[1] or kinds[0] not in ("kr", "n"):
        return None
    if kinds[0] == "kr" and cues.OVERRUN.search(words.asking_text(text)):
        return _overrun(text, values)
    if not _COMPARING.search(text) and (
        "pct_share" in reading.asked or (_PERCENT.search(text) and not _COMPARED.search(text))
    ):
        # "Af et budget på 240 mio. går 156 mio. til anbringelser. Hvor mange procent er det?": a share
        return _share(text, reading, values)
    return _compared(text, values, (i, j) if a.value <= values[1][1].value else (j, i))


def read_pair(reading: Reading, text: str) -> Reading | None:
    """The question read as two values set side by side, or None when it is not that."""
    if reading.groups or reading.move:
        return None
    values = [(i, n) for i, n in enumerate(reading.numbers) if n.role != "context"]
    if len(values) != 2:
        return None
    (i, a), (j, b) = values
    if reading.range_pair and {i, j} == set(reading.range_pair):
        return None  # "inside 20-30 cases": the two ends of one band are not a part and its whole
    if words.STAFF_NAMED.search(text) and not _staff_spend_share(text, values):
        return None  # staff questions have their own reading
    kinds = (_kind(a), _kind(b))
    shape = _pair_shape(reading, text, values, kinds)
    if shape is None:
        return None
    roles, asked = shape
    if not asked:
        return None
    unit = "kr" if kinds[0] == "kr" else "n"
    base = _base_after_comparison(text, values) if {"pct_change", "ratio"} & set(asked) else None
    if base is None and "pct_change" in asked and _COMPARING.search(text):
        base = next(k for k, role in roles.items() if role == "value_from")  # the smaller, as the times are of
    notes: dict[int, str] = {}
    if base is not None:  # said in the answer: what the percentage is of
        notes = {k: "compared" if k == base else "compared_other" for k in roles}
    numbers = [
        replace(n, role=roles[k], alt_role=None, note=notes.get(k, ""), unit="pct" if roles[k] in _PCT_ROLES else unit)
        if k in roles
        else n
        for k, n in enumerate(reading.numbers)
    ]
    return replace(reading, numbers=numbers, asked=asked, ambiguous=[], is_calculation=True)
