"""The words that name a placement type and a move between types, as named regular expressions (Danish
and English).

Apart from ``calc.words`` (the nouns and cues every reading needs) so each list stays short: these read
which type a phrase names ("plejefamilie", "residential care"), a count or price tied to a type, and
children moved from one type to the other ("flytte 5 børn fra institution til plejefamilie", "converted
to foster care", "instead of a residential institution").
"""

from __future__ import annotations

from assistant.calc.words import _FOSTER, _RESIDENTIAL, _re

# --- placement types ---------------------------------------------------------------------------------
# "… kr. pr. barn om året på institution", "… kr. i plejefamilie": only unit words between, no comma
KIND_AFTER_AMOUNT = _re(
    r"(?:\s*(?:kr\.?|dkk|pr\.|pr|per|barn(?:et)?|child|om|året|a|year|årligt|annually|each|hver|stykket))*"
    rf"\s+(?:på|i|in|at|for)\s+(?:en\s+|et\s+|a\s+|an\s+)?(?P<k>{_RESIDENTIAL}|{_FOSTER})"
)
KIND_NEAR = _re(rf"(?:{_RESIDENTIAL}|{_FOSTER})\w*")
_KIND_RESIDENTIAL = _re(_RESIDENTIAL)
_KIND_FOSTER = _re(_FOSTER)


def kind_of(text: str) -> str:
    """ "residential", "foster" or "" for the placement type a phrase names (the last one named)."""
    res = max((m.end() for m in _KIND_RESIDENTIAL.finditer(text)), default=-1)
    fos = max((m.end() for m in _KIND_FOSTER.finditer(text)), default=-1)
    if res == fos == -1:
        return ""
    return "residential" if res > fos else "foster"


MOVE = _re(
    r"\b(?:flytte\w*|flyt|move[sd]?|moving|omplacere\w*|overføre\w*|overflytte\w*|transfer\w*|skifte\w*|"
    r"omlægge\w*)\b"
)
_ART = r"(?:en\s+|et\s+|a\s+|an\s+|the\s+)?"
# "5 børn fra institution", "4 unge ud af opholdssted", "8 children from residential care": a move.
MOVE_FROM_AFTER = _re(rf"\s*(?:[\w-]+\s+){{0,2}}?(?:fra|from|ud\s+af|out\s+of)\s+{_ART}(?:{_RESIDENTIAL}|{_FOSTER})")
MOVE_KINDS = _re(
    rf"\b(?:fra|from|ud\s+af|out\s+of)\s+{_ART}(?P<a>{_RESIDENTIAL}|{_FOSTER})\w*.{{0,90}}?\s"
    rf"(?:til|to|into|over\s+i|over\s+til|over\s+to)\s+{_ART}(?P<b>{_RESIDENTIAL}|{_FOSTER})"
)

# "3 anbringelser på døgninstitution bliver lavet om til plejefamilieanbringelser": a placement converted
MOVE_CONVERT = _re(
    rf"(?P<a>{_RESIDENTIAL}|{_FOSTER})\w*\s+(?:\w+\s+){{0,2}}?(?:bliver\s+|blive\s+|be\s+|are\s+|is\s+)?"
    rf"(?:lavet\s+om|laves\s+om|lave\s+om|omlagt|omlægges|konverteret|konverteres|converted|switched|changed|turned)"
    rf"\s+(?:om\s+)?(?:til|to|into)\s+{_ART}(?P<b>{_RESIDENTIAL}|{_FOSTER})"
)
# "4 children go to foster care instead of a residential institution": the type named first is the new one
MOVE_INSTEAD = _re(
    rf"(?:til|to|into|in|i|på|at)\s+{_ART}(?P<b>{_RESIDENTIAL}|{_FOSTER})[\w-]*(?:\s+[\w.,-]+){{0,4}}?,?\s+"
    rf"(?:i\s+stedet\s+for|instead\s+of|rather\s+than)\s+(?:i\s+|in\s+|på\s+|at\s+)?{_ART}(?:(?:[\w-]+\s+){{0,2}}?)"
    rf"(?P<a>{_RESIDENTIAL}|{_FOSTER})"
)
# "10 of those children were in foster care … instead", "5 af dem kom i plejefamilie i stedet": the children of
# the type just counted, somewhere else instead (the type they leave is the other one)
MOVE_OF_THOSE = _re(
    r"\s*\b(?:af|of)\s+(?:de|those|them|these|disse|dem)\b(?:\s+(?:børn\w*|children|kids))?\s+(?:were|was|var|blev|kom|"
    rf"could\s+be|kunne\s+være|went)\s+(?:placed\s+|anbragt\s+)?(?:in|i|på|into|til|to)\s+{_ART}"
    rf"(?P<b>{_RESIDENTIAL}|{_FOSTER})[^.?!]{{0,60}}?\b(?:instead|i\s+stedet)\b"
)
# "3 af institutionsbørnene kom i plejefamilie", "4 of the residential children moved to foster care"
MOVE_OF_KINDS = _re(
    # "3 af institutionsbørnene kom i plejefamilie", "5 af børnene på døgninstitution flyttes til plejefamilie"
    rf"\s*\b(?:af|of)\s+(?:de\s+|the\s+)?(?:(?:børnene|børn|children|kids|dem|them)\s+(?:på|i|in|at)\s+{_ART})?"
    rf"\w*?(?P<a>{_RESIDENTIAL}|{_FOSTER})\w*.{{0,40}}?\b(?:kom|komme|kommer|flyttes?|"
    rf"flyttede|move[sd]?|went|go|går|gik|overgår)\s+(?:over\s+)?(?:i|til|to|into|in)\s+{_ART}(?P<b>{_RESIDENTIAL}|{_FOSTER})"
)
# "flytter 4 af dem til plejefamilie", "move 4 of them to foster families", "if 4 of the children go into
# foster care": a part of a count already given moves to the type named after it
MOVE_OF_THEM = _re(
    r"\s*\b(?:af|of)\s+(?:dem|them|those|these|disse|de|the|børnene)(?:\s+(?:børn\w*|children|kids))?\b"
    rf"[^.?!,;]{{0,40}}?\b(?:til|to|into|over\s+i|over\s+til|i|in)\s+{_ART}(?P<b>{_RESIDENTIAL}|{_FOSTER})"
    r"(?![\w-]*(?:team|område|afdeling|enhed|unit)|\s+(?:team|unit|department|section|afdeling)\b)"
)
# "4 af dem kan ikke …", "only 4 of them", "all but 4", "the rest", "de øvrige": not the children who move
NOT_THE_MOVED = _re(
    r"\b(?:ikke|not|cannot|can't|kan\s+ikke|kun|only|all\s+but|alle\s+undtagen|except|undtagen|resten|the\s+rest|"
    r"øvrige|remaining|others|andre|hjem|home|retur)\b"
)
# "4 færre i plejefamilie", "2 fewer in residential care": placements avoided, named by type only
FEWER_KIND_AFTER = _re(rf"\s*(?:færre|fewer)\s+(?:på|i|in|into|at)?\s*{_ART}(?:{_RESIDENTIAL}|{_FOSTER})")
# the placement type a share moves to: "over i plejefamilie", "to foster families"
MOVE_TO_KIND = _re(rf"\b(?:til|to|into|over\s+i|over\s+til|i)\s+{_ART}(?P<b>{_RESIDENTIAL}|{_FOSTER})")
# "3 anbringelser i plejefamilie og 1 på institution": a count whose noun is left out, named by its type.
KIND_AFTER = _re(rf"\s*(?:på|i|in|into|at)?\s*{_ART}(?:{_RESIDENTIAL}|{_FOSTER})")
# "34 børn anbragt på opholdssted", "58 children in foster care": children placed now, by type
IN_CARE_AFTER = _re(
    r"\s*(?:(?:er|are|is|var|were)\s+)?"
    rf"(?:anbragt\w*|placed|in\s+care|(?:i|på|in)\s+(?:en\s+|a\s+)?(?:{_RESIDENTIAL}|{_FOSTER})\w*)"
)
