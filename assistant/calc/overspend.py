"""An overspend (or underspend) said as an amount beside its budget: "et merforbrug, der løb op i 14,3 mio. kr., på et
anbringelsesbudget på 212 mio. kr.", "an overspend to the tune of DKK 9.2m on a placements budget of DKK 115m".

The controller's line in a budget follow-up. The role reader took "løb op i" and "to the tune of" for the end of a
change ("til 14,3 mio.") and the budget for its start, and stated a fall of 93 % where spending rose 7 %. Here an
amount the words name as the overspend (or the underspend) and one they name as the budget give the actual spend
(budget plus overspend, or less the underspend) and the overspend as a share of the budget. Taken only with
exactly those two sums and one of the two asked; the direction is the one the noun says.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.calc import words
from assistant.calc.amounts import Reading, ReadNumber
from assistant.calc.prices import said_as_money
from assistant.calc.words import _re

__all__ = ["DIFFERENCE_AFTER", "PART_OF_TIME", "read_overspend"]


_OVER = r"merforbrug\w*|overskridelse\w*|budgetoverskridelse\w*|overspend\w*|overrun\w*|overshoot\w*"
_UNDER = r"mindreforbrug\w*|underspend\w*|underforbrug\w*"
# the noun of an over- or underspend, with no other number between it and the amount (before it: "et merforbrug,
# der løb op i"; after it: "14,3 mio. kr. i merforbrug")
_NAMED_BEFORE = _re(rf"\b(?P<noun>{_OVER}|{_UNDER})\b[^\d.?!;]{{0,45}}$")
_NAMED_AFTER = _re(rf"^\s*(?:kr\.?|dkk|kroner)?\s*(?:i\s+|in\s+|of\s+|som\s+)?(?P<noun>{_OVER}|{_UNDER})\b")
_BUDGET_BEFORE = _re(r"\b\w*budget\w*\b[^.?!;]{0,35}$|\bramme\w*\s+(?:på|of)\s+$|\bbevilling\w*\b[^\d.?!;]{0,25}$")
_BUDGET_AFTER = _re(r"^\s*(?:kr\.?|dkk|kroner)?\s*(?:\w+\s+)?(?:budget\w*|ramme)\b")
# what is asked: the spend itself, and the overspend in percent
_ACTUAL_Q = _re(
    r"\b(?:faktiske?|reelle?|samlede?|endelige?|actual|total|real|final)\s+(?:\w+\s+)?(?:forbrug\w*|udgift\w*|spend\w*|"
    r"spent|cost\w*|expenditure)|\bhvad\s+(?:blev|var|er)\s+(?:så\s+)?forbruget\b|\bhow\s+much\s+(?:was|did\s+we)\s+"
    r"(?:\w+\s+)?(?:spen[dt]|used)\b|\bwhat\s+(?:was|is)\s+(?:the\s+)?spend(?:ing)?\b"
)
# the spend as it came out: "regnskabet endte på", "forbruget blev", "actual spend was", "we ended up spending"
_ACTUAL_BEFORE = _re(
    r"\b(?:regnskab\w*|forbrug\w*|udgift\w*|spend\w*|spent|outturn|actual\w*)\b[^\d.?!;]{0,30}"
    r"\b(?:endte|landede|blev|lød|var|ended|came|was|were|at|på|til|i)\s+(?:\w+\s+){0,2}?(?:dkk\s*)?$|"
    r"\b(?:endte|landede|ended\s+up|came\s+in)\s+(?:\w+\s+){0,2}?(?:på|at|med|with|spending)\s+(?:dkk\s*)?$"
)
_OVER_Q = _re(
    rf"\b(?:{_OVER}|{_UNDER})\b|\bover\s+(?:or\s+under\s+)?(?:the\s+)?budget\b|\bhvor\s+meget\s+over\b|"
    r"\bover\s+(?:eller\s+under\s+)?budget\w*"
)
_PCT_Q = _re(r"\b(?:procent\w*|percent\w*|pct)\b|%|\bandel\w*|\bshare\b")


# what makes the reading unsafe: a difference said after the amount ("7,7 mio. kr. højere"), spend so far or for part
# of the year, two things set side by side ("mens budgettet for forebyggelse"), a change in the overspend ("steg med"),
# a share of something else than the budget
DIFFERENCE_AFTER = _re(
    r"^\s*(?:kr\.?|dkk|kroner)?\s*(?:\w+\s+)?(?:higher|lower|more|less|over|under|above|below|up|down|mere|mindre|højere|"
    r"lavere|over|under|op|ned|end|than)\b"
)
PART_OF_TIME = _re(
    r"\b(?:so\s+far|to\s+date|year[- ]to[- ]date|ytd|indtil\s+nu|hidtil|ved\s+udgangen\s+af|by\s+the\s+end\s+of|"
    r"halvår\w*|half[- ]year|first\s+half|kvartal\w*|quarter\w*|måned\w*|months?|januar|februar|marts|april|maj|juni|"
    r"juli|august|september|oktober|november|january|february|march|may|june|july|october)\b"
)
_SIDE_BY_SIDE = _re(r"\b(?:mens|hvorimod|while|whereas|whilst)\b")
_CHANGE_OF_GAP = _re(
    r"\b(?:steg|stiger|steget|faldt|falder|faldet|voksede|rose|rises|risen|fell|grew|increased|decreased)\b"
)
_OTHER_BASE_Q = _re(
    r"\b(?:procent|percent\w*|share|andel)\s+(?:\w+\s+){0,2}?(?:af|of)\s+(?:the\s+|det\s+|den\s+)?"
    r"(?:actual|faktiske|forbrug\w*|spend\w*|regnskab\w*|last\s+year|sidste\s+år)"
)


def _unsafe(stated: str, asking: str) -> bool:
    """Words that make a budget and a gap beside it something else than one year's budget and its outturn."""
    return bool(PART_OF_TIME.search(stated) or _SIDE_BY_SIDE.search(stated) or _OTHER_BASE_Q.search(asking))


def _named(text: str, n: ReadNumber, before_start: int) -> str | None:
    """ "over" or "under" when the words next to the amount name it an overspend or an underspend."""
    before = _NAMED_BEFORE.search(text, before_start, n.span[0])
    if before is not None and _CHANGE_OF_GAP.search(before.group(0)):
        return "changed"  # "merforbruget steg med 14,3 mio. kr.": a change in the gap, not the gap
    m = _NAMED_AFTER.match(text[n.span[1] :]) or before
    if m is None:
        return None
    return "under" if re.match(_UNDER, m.group("noun"), re.I) else "over"


def read_overspend(reading: Reading, text: str) -> Reading | None:
    """A budget and an over- or underspend of it, the actual spend or the share asked; None when not that."""
    asking = words.asking_text(text)
    stated = words.stated_text(text)
    pct = bool(_PCT_Q.search(asking))
    if (not _ACTUAL_Q.search(asking) and not pct) or _unsafe(stated, asking):
        return None
    used = [i for i, n in enumerate(reading.numbers) if n.role != "context"]
    if len(used) != 2 or not all(said_as_money(reading.numbers[i]) for i in used):
        return None
    found: dict[int, str] = {}
    for k, i in enumerate(used):
        n = reading.numbers[i]
        if n.span[0] >= len(stated):
            continue  # an amount in the question itself is no overspend said
        start = reading.numbers[used[k - 1]].span[1] if k else 0
        way = _named(text, n, start)
        if way is not None:
            found[i] = way
        elif _BUDGET_BEFORE.search(text, start, n.span[0]) or _BUDGET_AFTER.match(text[n.span[1] :]):
            found[i] = "budget"
        elif _ACTUAL_BEFORE.search(text, start, n.span[0]) and not DIFFERENCE_AFTER.match(text[n.span[1] :]):
            found[i] = "actual"
    if sorted(found.values()) == ["actual", "budget"]:
        return _outturn(reading, found, asking, pct)
    if sorted(found.values()) not in (["budget", "over"], ["budget", "under"]):
        return None
    budget = next(i for i, w in found.items() if w == "budget")
    gap = next(i for i in found if i != budget)
    if reading.numbers[gap].value >= reading.numbers[budget].value:
        return None  # an overspend as large as the budget is no overspend of it: the words were misread
    role = "overspend" if found[gap] == "over" else "underspend"
    asks = (["spend_actual"] if _ACTUAL_Q.search(asking) else []) + ([f"{role}_pct"] if pct else [])
    numbers = list(reading.numbers)
    numbers[budget] = replace(numbers[budget], role="budget", unit="kr", alt_role=None, note="")
    numbers[gap] = replace(numbers[gap], role=role, unit="kr", alt_role=None, note="")
    return replace(reading, numbers=numbers, asked=asks, ambiguous=[], is_calculation=True)


def _outturn(reading: Reading, found: dict[int, str], asking: str, pct: bool) -> Reading | None:
    """A budget and the spend as it came out, the over- or underspend asked: their difference, and its share."""
    if not _OVER_Q.search(asking):
        return None
    budget = next(i for i, w in found.items() if w == "budget")
    actual = next(i for i, w in found.items() if w == "actual")
    numbers = list(reading.numbers)
    numbers[budget] = replace(numbers[budget], role="budget", unit="kr", alt_role=None, note="")
    numbers[actual] = replace(numbers[actual], role="spend_outturn", unit="kr", alt_role=None, note="")
    asks = ["overspend_net"] + (["overspend_net_pct"] if pct else [])
    return replace(reading, numbers=numbers, asked=asks, ambiguous=[], is_calculation=True)
