"""Questions typed as notes: the asked quantities named by nouns alone, with no question word.

"Antal ekstra stillinger og merudgift ved 615.000 kr./år?", "Extra staff + yearly cost @ 605,000 kr?",
"Flere rådgivere?": people preparing a budget meeting type like this. Each noun names one asked
quantity, in the order written. Split from ``calc.asked`` (the phrasings with a question word).
"""

from __future__ import annotations

from assistant.calc.words import STAFF_NOUN, _re, sentence_bounds

__all__ = ["TERSE_EXTRA_Q", "terse_list"]

# "Extra workers?", "Flere rådgivere?": the extra staff asked in two words
TERSE_EXTRA_Q = _re(rf"(?:^|[.!?:;–—-]\s*)(?:extra|additional|more|new|flere|ekstra|nye)\s+(?:{STAFF_NOUN})\s*\?")

# "Antal ekstra stillinger og merudgift ved 615.000 kr./år?", "Extra staff + yearly cost @ 605,000 kr?": a
# question made only of the nouns it wants (no "hvad", "how"), each noun one asked quantity, in order
INTERROGATIVE = _re(r"\b(?:hvad|hvor|hvilke[nt]?|hvordan|hvorfor|what|how|which|why)\b")
TERSE_ITEMS = [
    ("extra_staff", _re(rf"\b(?:antal\s+)?(?:ekstra|flere|nye|extra|additional|more|new)\s+(?:\w+\s+)?"
                        rf"(?:{STAFF_NOUN}|stillinger|staff|positions)\b")),
    ("staff_needed", _re(rf"\b(?:{STAFF_NOUN}|staff)\s+(?:nødvendige|needed|required)\b")),
    ("cost_per_year", _re(r"\b(?:merudgift\w*|ekstraudgift\w*|(?:årlig\w*\s+)?udgift\w*|"
                          r"(?:yearly\s+|annual\s+|extra\s+)?costs?)\b")),
    ("savings_per_year", _re(r"\b(?:besparelse\w*|savings?)\b")),
    ("net_per_year", _re(r"\b(?:netto\w*|net)\b")),
    ("caseload", _re(r"\b(?:sagstal\w*|caseloads?)\b")),
]  # fmt: skip


def terse_list(text: str) -> list[tuple[int, str]]:
    """The asked nouns of a last sentence that is a question without a question word."""
    start, end = sentence_bounds(text, len(text.rstrip()) - 1)
    last = text[start : end + 1]
    if not last.rstrip().endswith("?") or INTERROGATIVE.search(last):
        return []
    found = sorted((m.start(), name) for name, pattern in TERSE_ITEMS for m in pattern.finditer(last))
    # a note opens with what it wants ("Antal ekstra stillinger og merudgift …?"); a sentence that opens
    # otherwise is a yes/no question ("Steg udgiften pr. anbringelse til …?", "Did a placement cost …?")
    if not found or last[: found[0][0]].strip(" \t\n-–—:;,.!"):
        return []
    return [(start + pos, name) for pos, name in found[:4]]
