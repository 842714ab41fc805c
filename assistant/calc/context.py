"""Numbers about the municipality, not about the sum: its inhabitants and children, and its notifications.

Why: a politician sets the scene before asking ("Kommunen har 52.000 indbyggere, heraf ca. 11.500 under 18
år … hvad er sagstallet?"), and a number the reader cannot place stops every result. These numbers take
part in no formula of ``calc`` when the question asks about cases, staff and their cost, so they are read
as context and shown as "bruges ikke" in the first line, where a misreading would be seen.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.calc.words import _re, asking_text

__all__ = ["about_population"]

# "58.000 indbyggere", "42,000 residents": numbers about the municipality, not inputs to the arithmetic
CONTEXT_AFTER = _re(
    r"\s*(?:indbyggere|borgere|residents|inhabitants|citizens|people|persons|elever|pupils|skoler|schools|kommuner|"
    r"municipalities|km2|km²)\b"
)

# "Population 61,200", "indbyggertal på 52.000": the municipality's size, said before the number
POPULATION_BEFORE = _re(
    r"\b(?:population|indbyggertal\w*|befolkning\w*|pop\.)\s*(?:of|på|er|is|:)?\s*(?:ca\.?\s*|about\s+|approx\.?\s*|omkring\s+)?$"
)
# "21% under 18", "13,100 are 0-17", "11.500 under 18 år": the children among the inhabitants
POPULATION_PART_AFTER = _re(
    r"\s*%?\s*(?:(?:er|are|is)\s+)?(?:under\s+1[5-8]\b|0\s*[-–]\s*1[78]\b)|"
    # "11,300 children aged 0-17", "11.300 børn og unge på 0-17 år": the municipality's children, not its cases
    r"\s+(?:children|kids|børn)(?:\s+(?:og|and)\s+(?:unge|young\s+people))?\s+(?:aged|på|i\s+alderen)\s+0\s*[-–]\s*1[78]\b"
)
# the age in "21% under 18", "are 0-17": a limit of age, not a count
AGE_LIMIT_BEFORE = _re(r"(?:\d\s*%?|\b(?:are|er|is))\s+(?:under|over)\s+$")
AGE_SPAN_BEFORE = _re(r"\b0\s*[-–]\s*$")  # the 17 of "0-17"
# the age ends there ("under 18.", "over 60 år"), not "under 30 sager pr. rådgiver"
AGE_END_AFTER = _re(r"\s*(?:års?\b|years?\b|[.,;:)?!]|$)")
AGE_SPAN_AFTER = _re(r"\s*[-–]\s*1[78]\b")  # "0-17": the ages of children


# "1.911 notifications last year", "64% of our notifications", "1.312 underretninger (op 18 %)": the flow of
# notifications beside a question about cases and staff, when nothing asked is about notifications
NOTIFICATIONS_AFTER = _re(
    r"\s*(?:(?:nye|new)\s+)?(?:underretning\w*|notifications?|indberetning\w*)\b|"
    r"\s*%?\s+(?:af|of)\s+(?:vores\s+|our\s+|the\s+|de\s+)?(?:underretning\w*|notifications?)\b"
)
NOTIFICATIONS_PCT_BEFORE = _re(r"\b(?:underretning\w*|notifications?)\s*\(\s*(?:op|up|ned|down)?\s*(?:med\s+|by\s+)?$")
NOTIFICATIONS_ASKED = _re(r"\b(?:underretning\w*|notifications?|indberetning\w*)\b")


# asked quantities about cases, staff and their cost: a flow of notifications beside them is context
_CASE_ASKS = frozenset({"caseload", "staff_needed", "extra_staff", "cost_per_year", "cases", "caseload_after"})


def about_population(text: str, start: int, end: int, asked: Sequence[str] = ()) -> bool:
    """A number about the municipality's inhabitants or its notifications, used in no sum: "58.000 indbyggere",
    "Population 61,200", "about 21% under 18", "of whom 13,100 are 0-17" (and the ages themselves), "1.911
    notifications last year" when nothing asked is about notifications."""
    before = text[max(0, start - 40) : start]
    notified = NOTIFICATIONS_AFTER.match(text, end) or NOTIFICATIONS_PCT_BEFORE.search(before)
    return bool(
        CONTEXT_AFTER.match(text, end)
        or POPULATION_BEFORE.search(before)
        or POPULATION_PART_AFTER.match(text, end)
        or (AGE_LIMIT_BEFORE.search(before) and AGE_END_AFTER.match(text, end) is not None)
        or AGE_SPAN_BEFORE.search(before)
        or (text[start:end] == "0" and AGE_SPAN_AFTER.match(text, end) is not None)
        or (notified and set(asked) <= _CASE_ASKS and not NOTIFICATIONS_ASKED.search(asking_text(text)))
    )

