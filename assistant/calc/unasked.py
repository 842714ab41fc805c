"""Asks in a question that no quantity was read for: "…, og hvor mange procent er det?" must not vanish.

A question that asks two things and gets one answer reads as if the second had been answered or did not
matter. Each asked clause (a sentence ending in "?", split again at ", og hvad" / "and how") that holds a
question word but where no asked quantity was read is returned, so the answer can say it was not worked
out. Yes/no clauses ("går det i nul?") are answered by the figures and are not returned.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from assistant.calc.asked import asked_hits
from assistant.calc.sheet import CalcAnswer, phrase
from assistant.calc.words import _re
from assistant.models import Language

__all__ = ["say_unread", "unread_asks", "unread_pct_asks"]

_WH = _re(r"\b(?:hvad|hvor|hvilke\w*|hvilken|hvornår|what|what's|how|which|when)\b")
# where one asked clause ends and the next begins
_ASK_END = re.compile(r"\?|(?<=\.)\s+(?=[A-ZÆØÅ])|\n")
_NEXT_ASK = _re(
    r",?\s+(?:og|and)\s+(?=(?:med\s+|by\s+)?(?:hvad|hvor|what|how|which)\b)|,\s+(?=(?:hvad|hvor|what|how)\b)"
)


_CHANGE_IN_PCT = _re(
    r"\b(?:fall|drop|rise|increase|decrease|change|reduction|fald\w*|stigning\w*|ændring\w*|nedgang\w*)\b[^?]{0,20}"
    r"\b(?:in\s+percent|i\s+procent)\b"
)
_PCT = _re(r"\b(?:procent\w*|percent\w*|pct)\b|%")


def unread_pct_asks(text: str) -> list[str]:
    """Asked clauses about a percentage that nothing was read for ("…, and by what percent did the staff
    grow?"). Only these are said in the answer: other unread clauses are mostly answered by a quantity
    shown beside the asked ones ("how many is that on top of what we have?"), so naming them would be noise."""
    return [c for c in unread_asks(text) if _PCT.search(c)]


def unread_asks(text: str) -> list[str]:
    """The asked clauses of ``text`` that no asked quantity of their own was read in, as written: none
    read at all, or only one an earlier clause asked too (two "by what percent" fold into one answer)."""
    hits = asked_hits(text)
    out: list[str] = []
    seen: set[str] = set()
    start = 0
    for end_m in _ASK_END.finditer(text):
        if end_m.group(0) == "?":
            out += _unread_in(text, start, end_m.end(), hits, seen)
        start = end_m.end()
    return out


def _unread_in(text: str, start: int, end: int, hits: list[tuple[int, str]], seen: set[str]) -> list[str]:
    cuts = [start] + [m.end() for m in _NEXT_ASK.finditer(text, start, end)] + [end]
    out = []
    for a, b in pairwise(cuts):
        clause = text[a:b].strip(" ,")
        names = {name for pos, name in hits if a <= pos < b}
        if _WH.search(clause) and not names - seen:
            out.append(clause)
        seen |= names
    return out


# quantities a shape reads by its own words (``calc.pairs``, ``calc.amount_pct``), each answering one clause
_BY_SHAPE = (
    "pct_change", "pct_amount", "pct_share", "pct_share2", "amount_before_cut", "amount_before_rise", "cut_size",
    "rise_size", "overspend_pct", "underspend_pct", "overspend_net_pct", "turnover_pct",
)  # fmt: skip


def say_unread(result: CalcAnswer, question: str, lang: Language) -> CalcAnswer:
    """A second ask the reading did not catch is said under the results, never dropped in silence."""
    unread = unread_pct_asks(question)
    # a percentage a shape read by its own cues ("how many times as expensive, and how much more in percent")
    # answers one such clause: it is shown, not unread
    read = {name for _, name in asked_hits(question)}
    answered = {a.name for a in result.calculation.asked if a.value is not None}
    # read by ``calc.pairs``' own cues ("hvad er 4,5 % af 86,4 mio. kr. i kroner": the amount, answered)
    shown = [k for k in answered if k in _BY_SHAPE and k not in read]
    unread = unread[len(shown) :]
    if "pct_change" in answered:  # "what is the fall in percent?": the change in percent is shown
        unread = [u for u in unread if not _CHANGE_IN_PCT.search(u)]
    if not unread:
        return result
    note = phrase("not_worked_out", lang, asks="; ".join(f"«{u}»" for u in unread))
    head, _, rest = result.text.partition("\n\n")
    return replace(result, text=f"{head}\n{note}" + (f"\n\n{rest}" if rest else ""))
