"""A month's share of what was asked a year: "hvad sparer vi så om året og pr. måned?", "what is that a month?".

A committee weighs a yearly saving against a monthly budget line, so the month is often asked beside the year, or
after a yearly figure the question gives ("En socialrådgiver koster 585 t.kr. om året. Hvad er det pr. måned?").
The month said on its own named no quantity, so it was dropped without a word. Here it is read as the twelfth of
the yearly money quantity asked before it (a saving, a cost, a net result), or, with none asked before it, of
one worker's yearly cost.
"""

from __future__ import annotations

from assistant.calc.words import STAFF_NOUN, _re

__all__ = ["month_asks", "settle_months"]

# "… og pr. måned?", "hvad er det om måneden", "and per month?", "what is that a month": a month, no noun
_MONTH_OF_IT_Q = _re(
    r"\b(?:og|and)\s+(?:hvad\s+(?:er|bliver)\s+det\s+|what\s+(?:is|'s)\s+(?:that|it)\s+)?(?:pr\.?|per|om|a)\s+"
    r"måned(?:en)?\s*(?=\?|$)|"
    r"\b(?:og|and)\s+(?:pr\.?|per|a)\s+month\s*(?=\?|$)|"
    r"\b(?:hvad|hvor\s+meget)\s+(?:er|bliver|svarer)\s+det\s+(?:til\s+)?(?:pr\.?|om|per)\s+måned(?:en)?\b|"
    r"\bwhat\s+(?:is|does)\s+(?:that|it)\s+(?:come\s+to\s+)?(?:a|per|each)\s+month\b|"
    r"\bhow\s+much\s+is\s+(?:that|it)\s+(?:a|per)\s+month\b"
)
# the yearly quantity a bare month asks the twelfth of
_MONTH_OF = {
    "savings_per_year": "savings_per_month",
    "cost_per_year": "cost_per_year_month",
    "net_per_year": "net_per_month",
}
_MARK = "month_of_it"


def month_asks(text: str) -> list[tuple[int, str]]:
    """Where a bare month is asked; settled by ``settle_months`` once the other names are known."""
    return [(m.start(), _MARK) for m in _MONTH_OF_IT_Q.finditer(text)]


# a sum for another span than a year ("i et kvartal", "i alt"), or a share beside it: its month is not a twelfth
_NOT_A_YEAR = _re(r"\b(?:kvartal\w*|quarter\w*|halvår\w*|half[- ]year|first\s+half|i\s+alt|in\s+total|samlet)\b|%")
_ONE_WORKER_PRICE = _re(
    rf"\b(?:en|én|one|a|an|each|hver)\s+(?:\w+\s+)?(?:{STAFF_NOUN})\s+(?:\w+\s+){{0,2}}?(?:koster|costs?)\b"
)
_SAVING = _re(r"\b(?:besparelse\w*|spare\w*|sparede|saving\w*|save[sd]?)\b")


def settle_months(names: list[str], text: str) -> list[str]:
    """Each bare month as the twelfth of the yearly quantity asked before it, or (with none before it) of the
    saving the question states, else of one worker's cost."""
    out: list[str] = []
    for name in names:
        if name != _MARK:
            out.append(name)
            continue
        before = next((_MONTH_OF[n] for n in reversed(out) if n in _MONTH_OF), None)
        if before is None and not _NOT_A_YEAR.search(text):
            # "En rådgiver koster 585 t.kr. om året. Hvad er det pr. måned?": one worker's month; "vi sparer 2,4 mio.
            # kr. om året": the saving's. Anything else ("4 rådgivere til 585.000 kr.") is not guessed.
            if _SAVING.search(text):
                before = "savings_per_month"
            elif _ONE_WORKER_PRICE.search(text):
                before = "cost_per_month"
        if before is not None and before not in out:
            out.append(before)
    return out
