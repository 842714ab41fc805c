"""Savings and lists of results asked: "hvad sparer vi pr. barn og i alt", "Savings per child and in total?", "giv mig
udgift, besparelse og netto".

Apart from ``calc.asked`` (which gathers every ask and settles their names) so each stays short.
"""

from __future__ import annotations

from assistant.calc.words import BOUNDARY, _re

__all__ = ["list_asks", "saving_asks"]

# "Giv mig udgift, besparelse og netto", "what are the cost, the savings and the net?": several asked at once
LIST_ASK = _re(
    r"\b(?:give\s+me|show\s+me|vis\s+(?:mig\s+)?|giv\s+mig|beregn|regn\s+ud|hvad\s+bliver|hvad\s+er|what\s+are|"
    r"what\s+would\s+be|what\s+is|what's|what\s+will\s+be)\b(?P<items>[^?.!]{0,80})"
)
LIST_ITEMS = [
    ("cost_per_year", _re(r"\b(?:the\s+)?(?:cost|costs|udgift\w*|merudgift\w*|omkostning\w*)\b")),
    ("savings_per_year", _re(r"\b(?:the\s+)?(?:savings?|besparelse\w*)\b")),
    ("net_per_year", _re(r"\b(?:the\s+)?(?:net|netto\w*|nettoresultat\w*)\b")),
]
SAVE_Q = _re(
    r"\b(?:hvad|hvor\s+meget|how\s+much|what(?:'s)?)\s+(?:(?!hvis\b|if\b|når\b|when\b|net\b)[\w']+\s+){0,4}?"
    r"(?:spar\w*|besparelse\w*|sav(?:e|es|ed|ing|ings))\b"
)
# "Besparelse pr. barn og i alt over 4 år?", "Savings per child and in total?": a terse ask that opens its sentence
SAVE_Q_TERSE = _re(
    r"(?:^|[.!?:;–—-]\s*)(?:og\s+|and\s+)?(?:the\s+)?(?:(?:annual|yearly|total|årlige?|samlede?)\s+)?"
    r"(?:besparelse\w*|savings?)\b"
    r"(?=(?:[^.!?]|\.(?!\s+(?-i:[A-ZÆØÅ])))*\?)"  # up to the question mark, "pr. barn" included
)
SAVE_Q_AFTER = _re(r"\b(?:spar\w*|sav(?:e|es|ed|ing|ings))\s+(?:os\s+|vi\s+|us\s+|we\s+)?(?:hvor\s+meget|how\s+much)\b")
# "DKK 450,000 per child", "470.000 kr. om året pr. barn": the "per child" of a price, not a saving asked per child
PRICED_BEFORE = _re(
    r"\d(?:\s*(?:kr\.?|dkk|mio\.?|mia\.?|million|m|k))?\s*(?:(?:om\s+året|a\s+year|per\s+year|årligt)\s*)?$"
)
SAVE_SUBASK = _re(
    r"(?P<child>(?:pr\.?|per|for\s+hvert|for\s+each|a)\s+(?:barn|child|anbringelse|placement))|"
    r"(?P<total>\bi\s+alt\b|\bin\s+total\b|\btotal\b|\bsamlet\b|\baltogether\b)|"
    # "pr. barn, om året og over 3 år", "per child and per year": the saving a year (and over the years),
    # listed after another; right after "pr. barn" ("pr. barn om året") it only says the per-child saving is yearly
    r"(?P<year>\bom\s+året\b|\bpr\.?\s+år\b|\bårligt\b|\b(?:per|a)\s+year\b|\bannual(?:ly)?\b|"
    r"\bover\s+(?:de\s+|the\s+)?(?:\d+|\w+)\s+(?:år|years)\b)"
)


def saving_asks(text: str) -> list[tuple[int, str]]:
    hits: list[tuple[int, str]] = []
    for m in [*SAVE_Q.finditer(text), *SAVE_Q_AFTER.finditer(text), *SAVE_Q_TERSE.finditer(text)]:
        rest = BOUNDARY.split(text[m.end() :], maxsplit=1)[0]
        subs: list[tuple[int, str]] = []
        child_end = -9
        for s in SAVE_SUBASK.finditer(rest):
            if s.group("child") and PRICED_BEFORE.search(rest, 0, s.start()):
                continue
            if s.group("child"):
                child_end = s.end()
            elif s.group("year") and (s.start() - child_end <= 2 or not subs):
                continue  # "pr. barn om året"; and a year alone ("hvad sparer vi om året") is the default
            subs.append((m.end() + s.start(), "saving_per_child" if s.group("child") else "savings_per_year"))
        hits += subs or [(m.start(), "savings_per_year")]
    return hits


def list_asks(text: str) -> list[tuple[int, str]]:
    """ "Giv mig udgift, besparelse og netto": two or more results named in one list."""
    hits: list[tuple[int, str]] = []
    for m in LIST_ASK.finditer(text):
        items = m.group("items")
        found = [(m.start("items") + x.start(), name) for name, pat in LIST_ITEMS for x in pat.finditer(items)]
        if len(found) >= 2:  # a list of results, not "hvad er udgiften" alone (read above)
            hits += found
    return hits
