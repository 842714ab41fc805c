"""How many staff a question asks about, and which count: more, needed, today, affordable, or cut.

"hvor mange rådgivere …" says little by itself: the words after it ("mangler vi", "skal vi have", "har vi",
"kan vi ansætte for det", "skal vi nedlægge") say which count is meant. Apart from ``calc.asked`` so each
stays short; ``calc.asked`` gathers these hits with its own.
"""

from __future__ import annotations

from assistant.calc.words import STAFF_NAMED, STAFF_NOUN, _re

__all__ = ["CUT_POSTS_Q", "STAFF_Q_AFFORD", "staff_asks", "staff_noun_asks"]

STAFF_Q = _re(
    rf"\b(?:hvor\s+mange|how\s+many)\s+(?P<mid>(?:[\w'-]+\s+){{0,3}}?)(?:{STAFF_NOUN})\b(?=(?P<tail>[^?!]{{0,60}}))"
)  # the tail looked at, not taken: "hvor mange årsværk er det, …, og hvor mange rådgivere skal vi ansætte" asks twice
# ", og hvad koster ...", "and what would ...": where the next asked quantity begins
NEXT_ASK = _re(r",?\s+(?:og|and)\s+(?:hvad|hvor|what|how)\b|,\s+(?:hvad|hvor|what|how)\b")
STAFF_Q_EXTRA = _re(
    r"\b(?:mangler|missing|short|mere(?!\s+end)|more(?!\s+than)|ekstra|extra|flere|additional|yderligere|nye|new|"
    # "hvor mange rådgivere skal vi ansætte", "how many caseworkers must we hire": the hires, not the staff needed
    r"ansætte|ansættes|nyansætte|hire|recruit|rekruttere)\b"
)
STAFF_Q_NEED = _re(
    r"\b(?:skal|kræv\w*|behøv\w*|brug\w*|nødvendig\w*|need\w*|require\w*|take|takes|must|should|have\s+til)\b|"
    # "how many social workers for 860 cases if …", "hvor mange rådgivere til 900 sager": staff a load needs
    r"^\s*(?:for|til)\s+[\d.,]+\s+(?:\w+\s+)?(?:sag\w*|cases?)\b"
)
# "hvor mange rådgivere kan vi ansætte for det", "how many social workers can we afford": staff a budget buys
STAFF_Q_AFFORD = _re(
    r"\bfår\s+(?:man|vi|i|de)\s+(?:så\s+)?for\b|"  # "hvor mange årsværk får man for 1,2 mio."
    r"\b(?:kan|kunne|could|can)\s+(?:vi|i|de|we|you|they|man)\s+(?:så\s+|then\s+)?(?:\w+\s+)?"
    r"(?:ansætte|få|hyre|hire|afford|employ|recruit|pay\s+for|finansiere|betale(?:\s+for)?|fund)\b|"
    r"\b(?:giver|svarer|rækker)\s+(?:det|pengene|beløbet)\b|"
    r"\b(?:does|would|will)\s+(?:that|it|this|the\s+money)\s+(?:correspond\s+to|equal|amount\s+to)\b|"
    # "hvor mange hele stillinger kan 2,2 mio. kr. om året betale", "how many posts can DKK 2.2m pay for"
    r"\b(?:kan|can|could)\s+(?:dkk\s+)?[\d.,]+\s*(?:mio\.?|m|mill\w*)?\s*(?:kr\.?\s*)?(?:\w+\s+){0,3}?"
    r"(?:betale|dække|finansiere|pay\s+for|fund|cover)\b|"
    r"\bkan\s+der\s+(?:\w+\s+)?(?:finansieres|ansættes|betales)\b|\b(?:does|would|will)\s+(?:that|it|the\s+money)\s+"
    r"(?:buy|fund|pay\s+for|cover)\b|\b(?:er\s+der|is\s+there)\s+(?:penge|råd|money)\b|"
    r"\bkan\s+(?:rammen|budgettet|beløbet|pengene|puljen|bevillingen|det|de)\s+(?:bære|dække|finansiere|betale|rumme)\b|"
    r"\b(?:kan|kunne|vil|ville)\s+(?:det|den|de)\s+(?:\w+\s+)?(?:beløb|besparelse|sum|ramme|pulje)\w*\s+"
    r"(?:betale|dække|finansiere|bære)\b|"
    r"\b(?:can|could|will|would)\s+(?:the\s+)?(?:budget|envelope|money|pot|grant|total|saving|savings)\s+"
    r"(?:cover|fund|pay\s+for|carry|support)\b|\b(?:kan|vil|ville|kunne)\s+(?:besparelsen|beløbet|summen)\s+(?:betale\s+for|"
    r"finansiere|dække)\b"
)
STAFF_Q_NOW = _re(r"\s*(?:har\s+vi|do\s+we\s+have|have\s+we|er\s+der|are\s+there|do\s+we\s+currently)\b")
IS_THAT = _re(
    r"\s*(?:is\s+that|er\s+det|(?:would|will)\s+(?:that|it)\s+be|(?:ville|vil)\s+det\s+(?:så\s+)?(?:være|blive))\b"
)
CASES_PER = _re(r"\b(?:cases|sager)\b")
# "hvor mange skulle der så til", "how many would it take": the staff a target needs (said of staff only)
NEED_THERE_Q = _re(
    r"\bhvor\s+mange\s+(?:skal|skulle)\s+der\s+(?:så\s+)?til\b|\bhow\s+many\s+(?:would|will)\s+(?:it|that)\s+take\b"
)
# "nedlægger rådgiverstillinger", "cut 3 posts", "lay off caseworkers": posts taken away, not hired
CUT_POSTS_Q = _re(
    r"\b(?:nedlæg\w*|skære\s+(?:\w+\s+)?ned|cut(?:ting)?|lay(?:ing)?\s+off|fyre\w*|afskedige\w*)\s+"
    r"(?:\w+\s+){0,2}?(?:\w*stilling\w*|posts?|positions?|jobs?|\w*rådgiver\w*|caseworkers?|social\s+workers?|staff)\b"
)
# "how many caseworker posts do we have to cut", "hvor mange stillinger skal vi nedlægge": posts cut to save a sum
POSTS_CUT_Q = _re(
    r"\b(?:how\s+many|hvor\s+mange)\s+(?:\w+\s+){0,2}?(?:\w*stilling\w*|posts?|positions?|jobs?|\w*rådgiver\w*|"
    r"caseworkers?|social\s+workers?|staff)\s+(?:[\w.,]+\s+){0,4}?(?:nedlægge\w*|cut|lay\s+off|fyre|afskedige|ryger|"
    r"forsvinder|must\s+go|have\s+to\s+go|are\s+lost|går\s+tabt)\b"
)
# "What's the shortfall?", "hvor mange mangler vi?": the staff missing for a target
SHORTFALL_Q = _re(
    r"\b(?:what(?:'s|\s+is)\s+the\s+(?:staffing\s+)?shortfall|(?:staffing|staff)\s+shortfall|"
    r"hvor\s+mange\s+mangler\s+(?:vi|i|der))\b"
)
# "Headcount needed to hit 30?", "hvilken normering kræver det": the staff a target needs, asked by a noun
HEADCOUNT_Q = _re(
    r"\b(?:headcount|staffing(?:\s+level)?|FTEs?|normering(?:en)?|bemanding(?:en)?)\s+(?:needed|required|kræves|der\s+kræves)\b"
)


def staff_noun_asks(text: str) -> list[tuple[int, str]]:
    """Staff asked by a phrase of its own: "how many would it take", "headcount needed", "posts to cut"."""
    hits = [(m.start(), "staff_needed") for m in NEED_THERE_Q.finditer(text)] if STAFF_NAMED.search(text) else []
    hits += [(m.start(), "staff_needed") for m in HEADCOUNT_Q.finditer(text)]
    hits += [(m.start(), "extra_staff") for m in SHORTFALL_Q.finditer(text)]
    return hits + [(m.start(), "posts_cut") for m in POSTS_CUT_Q.finditer(text)]


def staff_asks(text: str) -> list[tuple[int, str]]:
    """ "hvor mange rådgivere …": the words after it say which count (more, needed, today, affordable)."""
    hits: list[tuple[int, str]] = []
    for m in STAFF_Q.finditer(text):
        mid = m.group("mid")
        if CASES_PER.search(mid):
            continue  # "how many cases per worker": a caseload, read above
        tail = NEXT_ASK.split(m.group("tail"), maxsplit=1)[0]  # not into the next asked quantity
        if STAFF_Q_AFFORD.search(tail):
            hits.append((m.start(), "staff_affordable"))
        elif STAFF_Q_EXTRA.search(mid) or STAFF_Q_EXTRA.search(tail):
            hits.append((m.start(), "extra_staff"))
        elif STAFF_Q_NOW.match(tail) and not STAFF_Q_NEED.search(tail):
            hits.append((m.start(), "staff_now"))
        elif STAFF_Q_NEED.search(tail):
            hits.append((m.start(), "staff_needed"))
        elif IS_THAT.match(tail):
            hits.append((m.start(), "staff_affordable"))  # "at 600k per FTE, how many FTEs is that"
    return hits
