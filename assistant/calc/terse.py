"""Questions typed as notes: the asked quantities named by nouns alone, with no question word.

"Antal ekstra stillinger og merudgift ved 615.000 kr./år?", "Extra staff + yearly cost @ 605,000 kr?",
"Flere rådgivere?": people preparing a budget meeting type like this. Each noun names one asked
quantity, in the order written. Split from ``calc.asked`` (the phrasings with a question word).
"""

from __future__ import annotations

import re

from assistant.calc.words import STAFF_NOUN, _re, sentence_bounds

__all__ = ["TERSE_EXTRA_Q", "imperative_list", "terse_list"]

# "Extra workers?", "Flere rådgivere?": the extra staff asked in two words
TERSE_EXTRA_Q = _re(rf"(?:^|[.!?:;–—-]\s*)(?:extra|additional|more|new|flere|ekstra|nye)\s+(?:{STAFF_NOUN})\s*\?")

# "Antal ekstra stillinger og merudgift ved 615.000 kr./år?", "Extra staff + yearly cost @ 605,000 kr?": a
# question made only of the nouns it wants (no "hvad", "how"), each noun one asked quantity, in order
INTERROGATIVE = _re(r"\b(?:hvad|hvor|hvilke[nt]?|hvordan|hvorfor|what|how|which|why)\b")
_LEAD = _re(r"^(?:nuværende|current|today'?s|present)$")
TERSE_ITEMS = [
    ("extra_staff", _re(rf"\b(?:antal\s+)?(?:ekstra|flere|nye|extra|additional|more|new)\s+(?:\w+\s+)?"
                        rf"(?:{STAFF_NOUN}|stillinger|staff|positions|hires|ansættelser)\b")),
    ("staff_needed", _re(rf"\b(?:{STAFF_NOUN}|staff)\s+(?:nødvendige|needed|required)\b")),
    ("cost_per_year", _re(r"\b(?:merudgift\w*|ekstraudgift\w*|(?:årlig\w*\s+)?udgift\w*|"
                          r"(?:yearly\s+|annual\s+|extra\s+)?costs?)\b")),
    ("savings_per_year", _re(r"\b(?:besparelse\w*|savings?)\b")),
    ("net_per_year", _re(r"\b(?:netto\w*|net)\b")),
    ("caseload", _re(r"\b(?:sagstal\w*|caseloads?)\b")),
]  # fmt: skip


# "Please calculate the current caseload, the additional FTEs and the annual cost.", "Beregn sagstallet og
# merudgiften.": a request in the imperative asks for the nouns after it as a question would
_IMPERATIVE = _re(
    r"(?:^|(?<=[.!?:;])\s*)(?:please\s+|venligst\s+)?(?:calculate|compute|work\s+out|estimate|give\s+me|show\s+me|"
    r"beregn|udregn|regn\s+(?:\w+\s+){0,3}?ud|opgør|giv\s+mig|vis\s+mig)\b"
)
_ARTICLE = _re(r"\b(?:the|a|an|og|and|også|also|både|both|os|us|me|mig)\b")


def terse_list(text: str) -> list[tuple[int, str]]:
    """The asked nouns of every sentence that is a question without a question word ("caseload? staff
    needed @ 28? extra hires?"), or a request in the imperative ("Please calculate the caseload …")."""
    out: list[tuple[int, str]] = []
    for mark in re.finditer(r"\?", text):
        start, _ = sentence_bounds(text, mark.start())
        out += _terse_in(text[start : mark.end()], start)
    return out


def imperative_list(text: str) -> list[tuple[int, str]]:
    """The asked nouns of every request in the imperative ("Please calculate the current caseload, the
    additional FTEs required and the annual cost.", "Beregn sagstallet, antal ekstra rådgivere og
    merudgiften.")."""
    out: list[tuple[int, str]] = []
    for verb in _IMPERATIVE.finditer(text):
        _, end = sentence_bounds(text, verb.end())
        out += _terse_in(text[verb.end() : end + 1], verb.end())
    return out


def _terse_in(sentence: str, start: int) -> list[tuple[int, str]]:
    dash = max((m.end() for m in re.finditer(r"\s[—–-]\s+|:\s+", sentence)), default=0)
    sentence, start = sentence[dash:], start + dash  # "Going to 20 cases per worker — extra staff cost …?"
    if INTERROGATIVE.search(sentence):
        return []
    found = sorted((m.start(), name) for name, pattern in TERSE_ITEMS for m in pattern.finditer(sentence))
    # a note opens with what it wants ("Antal ekstra stillinger og merudgift …?"); a sentence that opens
    # otherwise is a yes/no question ("Steg udgiften pr. anbringelse til …?", "Did a placement cost …?")
    lead = _LEAD.sub("", _ARTICLE.sub("", sentence[: found[0][0]]).strip(" \t\n-–—:;,.!")) if found else "x"
    if lead:
        return []
    return [(start + pos, name) for pos, name in found[:4]]
