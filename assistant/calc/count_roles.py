"""The role of a number that counts something or is a caseload, read from the words next to it.

Apart from ``calc_question`` (which finds the numbers, reads amounts and percentages, and runs the passes
after) so each stays short. A count gets its role from the noun after it ("1.050 børnesager", "4 more
social workers", "3 anbringelser på opholdssted") and the cue before it ("et sagstal på 35", "komme ned
på 30", "flytte 5 børn fra institution"); a caseload is today's or the target by the nearest cue, and
"caseload" when the words do not say which.
"""

from __future__ import annotations

import re

from assistant.calc import cues, words
from assistant.calc.amounts import Ctx
from assistant.calc.moves_to import MOVE_VERBS
from assistant.calc.placement_words import (
    FEWER_KIND_AFTER,
    IN_CARE_AFTER,
    MOVE,
    MOVE_CONVERT,
    MOVE_FROM_AFTER,
    MOVE_INSTEAD,
    MOVE_OF_KINDS,
    MOVE_OF_THEM,
    MOVE_OF_THOSE,
    NOT_THE_MOVED,
    kind_of,
)


def _nearest(cue_a: re.Pattern[str], cue_b: re.Pattern[str], window: str) -> str | None:
    """Which of two cues stands closest before the end of ``window`` ("a", "b" or None)."""
    a = max((m.end() for m in cue_a.finditer(window)), default=-1)
    b = max((m.end() for m in cue_b.finditer(window)), default=-1)
    if a == b == -1:
        return None
    return "a" if a > b else "b"


def _load_cut(c: Ctx) -> bool:
    """Whether the number is how much today's caseload falls by ("ned med 20 %", "20 % færre sager pr.
    rådgiver"), not a caseload itself."""
    by = cues.LOAD_BY_BEFORE.search(c.before)
    return bool(by and words.FALL_CUE.search(c.clause[-70:])) or bool(
        c.m.unit == "pct" and cues.LOAD_FEWER_AFTER.match(c.after)
    )


_AT_BEFORE = re.compile(r"\b(?:at|på|ved)\s+$", re.I)
_EACH_AFTER = re.compile(r"\s*(?:each|hver|apiece)\b", re.I)
_STATED_LOAD_BEFORE = re.compile(
    r"(?:^|[.;:?!–—]\s*)(?:(?:our|the|vores|current|nuværende)\s+)?(?:case\s*load|sagstal(?:let)?)\s*(?::|=|is|er)?\s*$",
    re.I,
)


# "32 per worker now", "31 sager pr. rådgiver i dag", "28 each at the moment": today's caseload, said right after it
_NOW_AFTER_LOAD = re.compile(
    rf"\s*(?:cases?\s+|sager\s+)?(?:per|pr\.?|a|each|hver)\s*(?:(?:{words.STAFF_NOUN})\s+)?"
    r"(?:now|today|currently|at\s+the\s+moment|nu|i\s+dag|lige\s+nu|p\.t\.)(?!\w)",
    re.I,
)


def _caseload_role(c: Ctx) -> str:
    """Today's caseload or the target; "caseload" when the words do not say which."""
    if words.KEEP_BEFORE.search(c.before):
        return "caseload_kept"  # "vi vil holde sagstallet på 30": today's caseload and the target both
    if _STATED_LOAD_BEFORE.search(c.before):
        return "caseload_now"  # "caseload 33, 27 workers", "Sagstal: 33": stated at the start, not a cue later on
    if _NOW_AFTER_LOAD.match(c.after):
        return "caseload_now"  # "32 per worker now, and we want 26": the cue after it is about the next number
    for window in (c.before, c.clause):
        side = _nearest(words.TARGET_CUE, words.NOW_CUE, window)
        if side:
            return "target" if side == "a" else "caseload_now"
    if words.AVERAGE_CASES_AFTER.match(c.after):
        return "caseload_now"  # "31 cases on average", "32 sager i gennemsnit": what they carry, not a goal
    if words.HOLD_CUE.search(c.before) and not words.CAP_BEFORE.search(c.before):
        return "caseload_now"  # "Hver af vores 30 rådgivere har 25 sager"
    return "caseload"


_PRICE_OF_ONE = re.compile(r"\b(?:koster|kostede|cost|costs|pris(?:en)?\s+(?:på|for)|price\s+of)\s+$", re.I)
_ONE_STAFF_AFTER = re.compile(rf"\s*(?:{words.STAFF_NOUN})\b(?!\s+(?:ekstra|mere|til|oveni|more|extra))", re.I)
_MOST_CASELOAD = 100  # "ned på 900 sager" is a count of cases; "ned på 40 sager" a caseload


def _unit_or_cut(c: Ctx) -> tuple[str | None, str, str] | None:
    """ "Hvad koster én anbringelse", "når én koster 575.000 kr.": a unit, not a count; "sænke sagstallet
    med 5": five fewer cases each, not a caseload."""
    price_of_one = _PRICE_OF_ONE.search(c.before) and (
        words.PLACEMENT_AFTER.match(c.after) or _ONE_STAFF_AFTER.match(c.after)
    )  # "hvad koster én rådgiver": the price of one worker asked
    if c.m.value == 1 and (price_of_one or (c.m.word and words.COST_VERB_AFTER.match(c.after))):
        return "context", "", ""
    if _load_cut(c):
        return "load_cut", "cases_per_worker", ""
    if _AT_BEFORE.search(c.before) and _EACH_AFTER.match(c.after):
        return _caseload_role(c), "cases_per_worker", ""  # "how many caseworkers for 860 cases at 22 each"
    if words.MORE_CASES_AFTER.match(c.after):
        return None, "cases", ""  # cases added: not staff hired ("get 60 new cases"), and not the cases
    if words.CAP_AFTER.match(c.after):
        return "target", "cases_per_worker", ""  # "a 24-case cap"
    if words.TEAM_OF_BEFORE.search(c.before) and not words.COUNT_AFTER["any"].match(c.after):
        return "staff_now", "workers", ""  # "out of a team of 40": today's staff, the noun said before
    return None


_CURRENT_BEFORE = words._re(r"\b(?:de|vores|the|our)\s+(?:nuværende|current|existing|eksisterende)\s+$")
_CASES_WORD = words._re(r"\b(?:sager(?:ne)?|cases|børn(?:ene)?|children)\b")
def _staff_clause(c: Ctx) -> bool:
    """Staff are named in the question and the clause up to the number is not about cases or children."""
    part = re.split(r"[,.?!;:]\s", c.text[: c.m.start])[-1]  # "…, hvor mange der skal ansættes ud over de nuværende"
    return bool(words.STAFF_NAMED.search(c.text)) and not _CASES_WORD.search(part)


_LIMIT_OF_BEFORE = words._re(
    r"\b(?:ceiling|cap|limit|grænse(?:n)?|loft(?:et)?|sagsloft(?:et)?|norm(?:en)?)\s+(?:of|på|at)\s+$"
)
# "er der ansat 34 socialrådgivere", "there are 34 caseworkers employed": the staff in post, not hires
_EMPLOYED_NOW_BEFORE = words._re(r"\b(?:er|var)\s+(?:der\s+)?(?:[\w.,]+\s+){0,6}?ansat\s+$")


# the noun of each thing counted so far: "them" in "4 of them" is the last one ("700 sager … 4 af dem" are cases)
_LAST_COUNTED = words._re(
    rf"\b(?:(?P<child>{words.CHILD_NOUN})|(?P<placement>{words.PLACEMENT_NOUN})|{words.STAFF_NOUN}|{words.CASE_NOUN})\b"
)
_GO_VERB = words._re(rf"\b(?:{MOVE_VERBS})\b")  # the verbs of moving a move "to" a type is read by


def _part_of_children_moved(c: Ctx) -> bool:
    """ "flytter 4 af dem til plejefamilie": a part of the children counted last moves to a type. "Them" is
    the last thing counted: after "20 rådgivere og 700 sager" it is cases or staff, and nothing moves."""
    of_them = MOVE_OF_THEM.match(c.text, c.m.end)
    if of_them is None or not (MOVE.search(c.before[-25:]) or _GO_VERB.search(of_them.group(0))):
        return False
    if NOT_THE_MOVED.search(c.text) or words.STAFF_NAMED.search(c.text):
        return False  # "4 af dem kan ikke …", "all but 4", "the rest", "home", or staff who could be "them"
    counted = [m.lastgroup for m in _LAST_COUNTED.finditer(c.text, 0, c.m.start)]
    return bool(counted) and counted[-1] in ("child", "placement")


def _count_role(c: Ctx) -> tuple[str | None, str, str]:
    """(role, unit, placement kind) of a number that counts something or is a caseload."""
    early = _unit_or_cut(c)
    if early is not None:
        return early
    if words.CASELOAD_AFTER.match(c.after) or words.PER_WORKER_AFTER.match(c.after):
        return _caseload_role(c), "cases_per_worker", ""
    if words.COUNT_AFTER["cases"].match(c.after):
        return _cases_role(c)
    staff = words.STAFF_AFTER.match(c.after)
    if staff:
        extra = (
            words.MORE_WORD.search(staff.group(0))
            or words.MORE_AFTER.match(c.text, c.m.end + staff.end())  # the text, so "til 32" sees the 32
            or (words.HIRE_BEFORE.search(c.before) and not _EMPLOYED_NOW_BEFORE.search(c.before))
        )
        return ("extra_staff" if extra else "staff_now"), "workers", ""  # half-time: read_question halves it
    if (
        MOVE_FROM_AFTER.match(c.after)
        or MOVE_OF_KINDS.match(c.text, c.m.end)
        or MOVE_OF_THOSE.match(c.text, c.m.end)
        or _part_of_children_moved(c)
    ):
        # "move 5 from residential", "3 af institutionsbørnene kom i plejefamilie", "flytter 4 af dem til plejefamilie"
        return "moved", "children", ""
    placement = words.PLACEMENT_AFTER.match(c.after) or words.CHILD_AFTER.match(c.after)
    if placement:
        return _placement_role(c, placement)
    if words.YEARS_AFTER.match(c.after):
        return _years_role(c)
    fewer = FEWER_KIND_AFTER.match(c.after)
    if fewer:
        return "avoided", "placements", kind_of(fewer.group(0))  # "4 færre i plejefamilie"
    if words.TEAM_BEFORE.search(c.before):
        return "staff_now", "workers", ""  # "vores team på 12"
    if words.BARE_MORE_AFTER.match(c.text, c.m.end) and words.STAFF_NAMED.search(c.text, 0, c.m.start):
        return "extra_staff", "workers", ""  # "what would 5 more cost" after the workers are named
    if words.TARGET_END.search(c.before):
        return _caseload_role(c), "cases_per_worker", ""  # "to get to 24 each": a caseload, not 24 hired
    if words.HIRE_BEFORE.search(c.before):
        return "extra_staff", "workers", ""  # "ansætter 3 mere", "hire 4" (also after "caseload be if we")
    if words.COST_VERB_AFTER.match(c.after) and words.STAFF_NAMED.search(c.text, 0, c.m.start):
        return "extra_staff", "workers", ""  # "what would five cost" after the workers are named
    if words.CASELOAD_BEFORE.search(c.before) or words.TARGET_END.search(c.before):
        return _caseload_role(c), "cases_per_worker", ""
    return _labelled(c)


_LABEL_UNITS = {
    "cases": "cases",
    "staff_now": "workers",
    "target": "cases_per_worker",
    "caseload_now": "cases_per_worker",
}


def _labelled(c: Ctx) -> tuple[str | None, str, str]:
    """A number after its label in a note ("Sager: 980", "staff 24", "target 20"), when nothing else read it."""
    for role, label in cues.LABEL_BEFORE.items():
        if label.search(c.before):
            return role, _LABEL_UNITS[role], ""
    if _CURRENT_BEFORE.search(c.before) and c.m.value < 1_000 and _staff_clause(c):
        return "staff_now", "workers", ""  # "hvor mange der skal ansættes ud over de nuværende 17": staff in post
    if _LIMIT_OF_BEFORE.search(c.before) and c.m.value <= _MOST_CASELOAD:
        return "target", "cases_per_worker", ""  # "at the DS ceiling of 30": a caseload limit, the noun left out
    return None, "", ""


def _years_role(c: Ctx) -> tuple[str | None, str, str]:
    """Years to total over, unless they are an age ("2 unge på 16 år") or time gone by ("i 5 år", "ago")."""
    past = cues.PAST_YEARS_BEFORE.search(c.before) or cues.AGO_AFTER.match(c.after)
    if cues.AGE_BEFORE.search(c.before) or past:
        return "context", "", ""
    return "years", "years", ""


def _cases_role(c: Ctx) -> tuple[str | None, str, str]:
    """A number of cases: the cases, a caseload said before its cases, a cap, or what a team can carry."""
    if (
        words.EACH_BEFORE_CASES.search(c.before)
        or words.EACH_OF_STAFF.search(c.clause)
        or words.ONE_CARRIES_BEFORE.search(c.before)
        or words.AVERAGE_CASES_AFTER.match(c.after)
        or words.AVERAGING_BEFORE.search(c.before)
    ):
        return _caseload_role(c), "cases_per_worker", ""
    if words.CAP_BEFORE.search(c.before) and not words.NOW_CUE.search(c.before[-25:]):
        return "target", "cases_per_worker", ""
    if words.TARGET_END.search(c.before) and c.m.value <= _MOST_CASELOAD:
        return "target", "cases_per_worker", ""  # "komme ned på (DS') 40 sager": a caseload, not a count of cases
    if words.CARRY_BEFORE.search(c.before):
        return "cases_carried", "cases", ""
    return "cases", "cases", ""


def _placement_role(c: Ctx, noun: re.Match[str]) -> tuple[str | None, str, str]:
    kind = kind_of(noun.group(0)) or kind_of(c.after[noun.end() : noun.end() + 30])
    near = c.before[-40:] + noun.group(0)
    if (
        MOVE.search(c.before[-40:])
        or MOVE.search(c.after)
        or MOVE_FROM_AFTER.match(c.after, noun.end())
        or MOVE_CONVERT.search(c.after)
        or MOVE_INSTEAD.search(c.after)
    ):
        return "moved", "children", kind
    avoid = [m.end() for m in words.CUES["avoid"].finditer(near)]
    have = [m.end() for m in words.PLACEMENT_TOTAL_CUE.finditer(c.before[-40:])]
    if avoid and have and max(have) > max(avoid) and not noun.group("fewer"):
        # "hvad sparer vi, hvis vi har 30 børn på opholdssted": the nearer cue says what the count is
        return "placements_total", "placements", kind or kind_of(c.after[noun.end() : noun.end() + 30])
    if noun.group("fewer") or avoid:
        return "avoided", "placements", kind
    care = IN_CARE_AFTER.match(c.after, noun.end())
    if care and not words.CUES["avoid"].search(near):
        return "placements_total", "placements", kind or kind_of(care.group(0))  # "58 children in foster care"
    placed = re.search(r"\b(?:anbragte|placed)\b", noun.group(0), re.IGNORECASE)  # "118 anbragte børn": placements
    if noun.re is words.CHILD_AFTER and not placed and not words.CUES["avoid"].search(c.clause):
        return None, "children", kind  # "5 børn" with no move or avoid: we do not know what they are
    if words.PLACEMENT_TOTAL_CUE.search(near):
        return "placements_total", "placements", kind
    if not words.CUES["avoid_verb"].search(c.clause + c.after):
        return None, "placements", kind  # "58 anbringelser" with nothing avoided or saved: not read as avoided
    return "avoided", "placements", kind
