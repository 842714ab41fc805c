"""Phrasings that ask for one quantity wherever they stand: "hvor mange færre anbringelser er det", "hvad bliver det
på et år", "how many cases will we have in 3 years", "how much above the national average".

Apart from ``calc.asked`` (which gathers every ask and settles their names) so each stays short.
"""

from __future__ import annotations

from assistant.calc.words import _re

__all__ = [
    "BENCH_GAP_Q",
    "CASELOAD_HAPPENS_Q",
    "CASES_AHEAD_Q",
    "CASES_Q",
    "FEWER_Q",
    "PER_DAY_Q",
    "PER_WEEK_Q",
    "POSTS_FREED_Q",
    "POSTS_Q",
    "THAT_MANY_Q",
    "YEAR_PRICE_Q",
]

# Phrasings that ask for one quantity wherever they stand.
# "hvor mange færre anbringelser er det", "how many fewer placements is that": the placements avoided
FEWER_Q = _re(
    r"\bhvor\s+mange\s+færre\s+(?:\w+\s+)?(?:anbringelser|børn|placeringer)\b|"
    r"\bhow\s+many\s+fewer\s+(?:\w+\s+)?(?:placements|children|kids)\b"
)
# "Hvad bliver det på et år?", "Hvad er årsprisen?", "what is that a year": a price made yearly
YEAR_PRICE_Q = _re(
    r"\bhvad\s+(?:bliver|er)\s+det\s+(?:på|for|om)\s+(?:et\s+)?år(?:et)?\b|\bårspris\w*|\bårlig\w*\s+pris\w*\b|"
    r"\bwhat\s+(?:is|does)\s+(?:that|it)\s+(?:come\s+to\s+)?(?:per|a|in\s+a)\s+year\b|\b(?:annual|yearly)\s+price\b"
)
# "Hvor mange sager har vi i alt?", "total number of cases": the cases today's staff carry
_AHEAD = (
    r"(?:om|efter|in|after|within)\s+(?:\d+|et|to|tre|fire|fem|seks|one|two|three|four|five|six)\s+(?:år|years?)\b|"
    r"(?:i|in|by)\s+(?:19|20)\d\d\b|næste\s+år\b|next\s+year\b"
)
# the cases at a time ahead ("hvor mange sager har vi om 2 år", "hvor mange sager bliver der (i 2027)?", "how many
# cases will we have in 3 years"): a time ahead or the end of the question, never "pr. rådgiver" or "i gennemsnit".
# Only a rise read in the cases answers it (``calc.question`` drops the ask otherwise, never answering with today's)
_CASES_AHEAD = (
    rf"\bhvor\s+mange\s+sager\s+(?:har\s+vi|vil\s+vi\s+have|vil\s+der\s+være|får\s+vi|bliver\s+der|står\s+vi\s+med|"
    rf"ender\s+vi\s+(?:på|med))\s+(?:så\s+)?"
    rf"(?:{_AHEAD})(?!\s+(?:pr\.?|per|hver|til\s+hver|i\s+gennemsnit|i\s+snit)\b)|"
    r"\bhvor\s+mange\s+sager\s+bliver\s+der\s*(?:så\s*)?(?:\?|,\s*og\s+hvad\b)|"
    rf"\bhow\s+many\s+cases\s+will\s+(?:we\s+have|there\s+be)(?:\s+(?:then\s+|by\s+then\s+)?"
    rf"(?:{_AHEAD}|and\b)|\s*[,?])(?!\s+(?:per|each|on\s+average)\b)|"
    # "how many will we have in 2 years", "hvor mange har vi om 2 år": the cases left unsaid after a rise in them
    rf"\bhow\s+many\s+will\s+(?:we\s+have|there\s+be)\s+(?:{_AHEAD})|"
    rf"\bhvor\s+mange\s+(?:har\s+vi|vil\s+vi\s+have|vil\s+der\s+være|er\s+der)\s+(?:så\s+)?(?:{_AHEAD})"
)
CASES_AHEAD_Q = _re(_CASES_AHEAD)
CASES_Q = _re(
    r"\bhvor\s+mange\s+sager\s+(?:har\s+vi|er\s+der|er\s+det|bliver\s+det)\s+(?:så\s+)?i\s+alt\b|"
    r"\bhvor\s+mange\s+sager\s+har\s+vi\s+(?:så\s+)?nu\b|\bhow\s+many\s+cases\s+do\s+we\s+have\s+now\b|"
    r"\btotal\s+(?:number\s+of\s+)?cases\b|\bhow\s+many\s+cases\s+(?:in\s+total|altogether|is\s+that|do\s+we\s+have\s+in\s+total)\b|"
    + _CASES_AHEAD
)
# "hvor mange sager er det", "how many is that": with cases closed, the ones closed
THAT_MANY_Q = _re(
    r"\bhvor\s+mange\s+(?:sager\s+)?(?:er|bliver)\s+det\b(?!\s+(?:så\s+)?(?:i\s+(?:procent|alt)|pr\.?|per|hver))|"
    r"\bhow\s+many\s+(?:cases\s+)?(?:is\s+that|would\s+that\s+be|does\s+that\s+make)\b(?!\s+(?:per|each|in\s+total))"
)
# "hvad sker der så med sagstallet", "what happens to the caseload"
CASELOAD_HAPPENS_Q = _re(
    r"\bhvad\s+sker\s+der\s+(?:så\s+)?med\s+sagstallet\b|\bwhat\s+happens\s+to\s+(?:the\s+|our\s+)?caseloads?\b|"
    # "what does the caseload drop to", "hvad falder sagstallet til"
    r"\bwhat\s+(?:does|would|will)\s+(?:the\s+|our\s+)?caseloads?\s+"
    r"(?:drop|fall|go\s+down|come\s+down|rise|go\s+up|increase|decrease|change)\s+to\b|"
    r"\bhvad\s+(?:falder|stiger|ændres)\s+sagstallet\s+(?:så\s+)?til\b|"
    # "what does the caseload per worker go from and to", "hvad går sagstallet fra og til"
    r"\bcaseloads?\s+(?:per\s+\w+\s+)?go\s+from\s+and\s+to\b|\bsagstallet\s+(?:\w+\s+){0,2}?fra\s+og\s+til\b"
)
# "how many full-time posts does that free up", "hvor mange årsværk frigør det": the closed cases in posts
POSTS_FREED_Q = _re(
    r"\b(?:posts?|positions?|ftes?|full[- ]time\s+(?:posts?|equivalents?)|social\s+workers?|workers?)\s+"
    r"(?:\w+\s+){0,2}?free[sd]?\s+up|\bfree\s+up\s+(?:\w+\s+){0,2}?(?:posts?|positions?|ftes?)\b|"
    r"\bfrigør\w*\s+(?:det|de|vi|der)?\s*(?:\w+\s+){0,2}?(?:stillinger|årsværk|rådgivere)\b|"
    r"\bhvor\s+mange\s+(?:stillinger|årsværk|rådgivere)\s+(?:\w+\s+){0,2}?frigør\w*"
)
# "how many caseworker posts is that", "how many posts at DKK 480k", "hvor mange stillinger svarer det til"
POSTS_Q = _re(
    r"\bhow\s+many\s+(?:\w+\s+)?(?:posts|positions|ftes)\b(?!\s+(?:do|does|must|should|will|would)\s+we\s+(?:need|have))|"
    r"\bhvor\s+mange\s+(?:\w+\s+)?(?:stillinger|årsværk)\s+(?:svarer\s+det\s+til|er\s+det|bliver\s+det)\b"
)
# "hvad koster en døgnanbringelse til 1.160.000 kr. om året pr. uge og pr. dag": a year's price by the week, the day
PER_WEEK_Q = _re(
    r"\b(?:hvad\s+koster|what\s+does|what's|what\s+is|how\s+much)\b[^?]{0,80}?\b(?:pr\.?\s+uge|om\s+ugen|per\s+week|a\s+week)\b"
)
PER_DAY_Q = _re(
    r"\b(?:hvad\s+koster|what\s+does|what's|what\s+is|how\s+much)\b[^?]{0,100}?\b(?:pr\.?\s+(?:dag|døgn)|om\s+dagen|i\s+døgnet|"
    r"per\s+day|a\s+day|daily\s+(?:rate|price|cost)|døgnpris\w*|døgntakst\w*|dagspris\w*)\b"
)
# "how much above the national average is that", "hvor meget dyrere end landsgennemsnittet": a gap to a yardstick
BENCH_GAP_Q = _re(
    r"\bhow\s+much\s+(?:above|below|over|under|more|less|higher|lower|dearer|cheaper)\b[^?.]{0,40}?"
    r"\b(?:national\s+average|average\s+in\s+denmark|benchmark)|"
    r"\bhvor\s+meget\s+(?:over|under|mere|mindre|højere|lavere|dyrere|billigere)\b[^?.]{0,40}?\blandsgennemsnit"
)
