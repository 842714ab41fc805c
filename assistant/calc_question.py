"""Reading a calculation question: which number is the cases, the staff, the target, the cost.

Each number in the question gets a role from the words around it ("1.050 børnesager", "25 rådgivere",
"et sagstal på 35", "650.000 kr. pr. stilling", "620,000 DKK each"). Years ("i 2015") never get a role,
so a lookup question that merely contains a year is not mistaken for a calculation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.models import Language
from assistant.numbers import NumberMention, find_numbers

_STAFF = (
    r"(?:fuldtids)?(?:social)?rådgiver(?:e|ne)?|sagsbehandler(?:e|ne)?|medarbejder(?:e|ne)?|ansatte|"
    r"stilling(?:er)?|årsværk|(?:full[- ]time\s+)?(?:social\s+|case\s*)?workers?|caseworkers?|"
    r"advis[eo]rs?|ftes?|staff|positions?|posts?"
)
_MORE = r"(?:(?:flere|ekstra|nye|yderligere|more|extra|additional|new)\s+)?"
_CASES = r"(?:børne|familie|handicap|ungde?)?sag(?:er|erne)?|(?:children'?s\s+|child\s+|open\s+)?cases"
_PER = r"\s*(?:pr\.?|per|om|for hver|for each|a|each)\s+"
_PLACEMENTS = (
    r"(?:færre\s+|fewer\s+)?(?:(?:residential|institutional|foster(?:[- ]family)?|out-of-home)\s+)?"
    r"(?:anbringelse(?:r|rne|n)?|placements?|children in care)"
)

_RE_CASES = re.compile(rf"\s*(?:{_CASES})\b", re.I)
_RE_CASELOAD = re.compile(rf"\s*(?:{_CASES}){_PER}(?:{_STAFF})\b", re.I)
_RE_STAFF = re.compile(rf"\s*({_MORE})(?:{_STAFF})\b(\s+(?:mere|ekstra|til|more|extra))?", re.I)
_RE_PLACEMENTS = re.compile(rf"\s*(?:{_PLACEMENTS})\b", re.I)
_RE_YEARS = re.compile(r"\s*(?:år|years?)\b", re.I)
_RE_TARGET_BEFORE = re.compile(
    r"(?:sagstal(?:let)?|sagsstammer?|caseloads?|target|mål(?:et)?)\s+"
    r"(?:på|til|of|to|at|af|om|ned på|down to)?\s*(?:højst|maks(?:imalt)?|max(?:imum)?|at most|under)?\s*$",
    re.I,
)
_RE_FROM_BEFORE = re.compile(r"(?:fra|from)\s*$", re.I)
_RE_CASELOAD_FROM_BEFORE = re.compile(r"(?:sagstal(?:let)?|sagsstammer?|caseloads?)\s+(?:fra|from)\s*$", re.I)
_RE_TO_BETWEEN = re.compile(r"^\s*(?:til|to|ned til|down to)\s*$", re.I)
_RE_HIRE_BEFORE = re.compile(r"(?:ansætte|ansætter|ansat|hire|hiring|add|adding|tilføje|få)\s+$", re.I)
_RE_PER_PLACEMENT = re.compile(
    rf"^\s*(?:om året\s+|a year\s+|per year\s+)?(?:{_PER}|for en\s+|for one\s+)(?:{_PLACEMENTS})", re.I
)
_RE_SPEND_AFTER = re.compile(
    rf"^\s*(?:om året\s+|a year\s+|per year\s+)?(?:på|on|til|for)\s+(?:{_PLACEMENTS})", re.I
)
_RE_PLACEMENT_BEFORE = re.compile(
    rf"(?:{_PLACEMENTS})\s+(?:koster|costs?|til|at|på)(?:\s+(?:i gennemsnit|on average|ca\.|about))?\s*$",
    re.I,
)
_RE_SPEND_BEFORE = re.compile(
    r"(?:anbringelsesudgift\w*|placement spend\w*|spend on placements)\D{0,20}$", re.I
)
_RE_MONEY_TAIL = re.compile(
    rf"^(?:{_PER}(?:{_STAFF}|år|year)|\s*each\b|\s*om året|\s*årligt|\s*a year)", re.I
)

CUES = {
    "cost": re.compile(
        r"\b(kost\w*|cost\w*|udgift\w*|pris\w*|price\w*|betale|pay|spend\w*|budget\w*|afford)", re.I
    ),
    "break_even": re.compile(
        r"(betale? sig|betaler sig|tjene sig hjem|tjener sig hjem|break[- ]?even|pays? for (?:it|them)sel|"
        r"pay off|hvor mange anbringelser|how many placements|hvor mange procent|what percentage|"
        r"how much .* fall)",
        re.I,
    ),
    "savings": re.compile(
        r"(spar\w*|besparelse\w*|\bsav(?:e|es|ing|ings)\b|undgå\w*|avoid\w*|færre|fewer|prevent)", re.I
    ),
    "carried": re.compile(r"(hvor mange sager|how many cases)", re.I),
    "norm": re.compile(r"(vejledende|\bDS\b|socialrådgiverforening|\bnorm|guiding|recommend|anbefal)", re.I),
    "foster": re.compile(r"(plejefamilie|foster)", re.I),
    "residential": re.compile(r"(institution|opholdssted|døgn|residential)", re.I),
    "handicap": re.compile(r"handicap", re.I),
}


@dataclass
class Quantities:
    """The roles found in a question; ``None`` means the question does not give it."""

    cases: float | None = None
    fte: float | None = None
    extra_fte: float | None = None
    target: float | None = None
    from_caseload: float | None = None
    cost_per_fte: float | None = None
    cost_per_placement: float | None = None
    placement_spend: float | None = None
    placements: float | None = None
    reduction_pct: float | None = None
    years: float | None = None
    cues: set[str] = field(default_factory=set)

    def given(self) -> dict[str, float]:
        """The roles that have a value, in a fixed order."""
        names = [
            "cases", "fte", "extra_fte", "from_caseload", "target", "cost_per_fte", "cost_per_placement",
            "placement_spend", "placements", "reduction_pct", "years",
        ]  # fmt: skip
        return {n: v for n in names if (v := getattr(self, n)) is not None}

    def put(self, role: str, value: float) -> None:
        """Keep the first value per role: "25 rådgivere ... hvor mange rådgivere" names the role twice."""
        if getattr(self, role) is None:
            setattr(self, role, value)


def _money_role(text: str, m: NumberMention) -> str:
    after, before = text[m.end : m.end + 60], text[max(0, m.start - 60) : m.start]
    if _RE_PER_PLACEMENT.match(after) or _RE_PLACEMENT_BEFORE.search(before):
        return "cost_per_placement"
    if _RE_SPEND_AFTER.match(after) or _RE_SPEND_BEFORE.search(before):
        return "placement_spend"
    return "cost_per_fte"


def _count_role(text: str, m: NumberMention, nxt: NumberMention | None) -> str | None:
    after, before = text[m.end : m.end + 60], text[max(0, m.start - 60) : m.start]
    between = text[m.end : nxt.start] if nxt else ""
    if (
        nxt is not None
        and _RE_TO_BETWEEN.match(between)
        and (
            # "fra 40 til 30 sager pr. rådgiver", "sagstallet fra 40 til 30", "fra 40 til 30 sager"
            _RE_CASELOAD.match(text, nxt.end)
            or _RE_CASELOAD_FROM_BEFORE.search(before)
            or (_RE_FROM_BEFORE.search(before) and _RE_CASES.match(text, nxt.end))
        )
    ):
        return "from_caseload"
    if _RE_TARGET_BEFORE.search(before) or _RE_CASELOAD.match(after):
        return "target"
    if _RE_CASES.match(after):
        return "cases"
    staff = _RE_STAFF.match(after)
    if staff:
        extra = staff.group(1) or staff.group(2) or _RE_HIRE_BEFORE.search(before)
        return "extra_fte" if extra else "fte"
    if _RE_PLACEMENTS.match(after):
        return "placements"
    if _RE_YEARS.match(after):
        return "years"
    if m.value >= 10_000 and _RE_MONEY_TAIL.match(after):
        return _money_role(text, m)  # "650000 pr. stilling": kroner without the unit
    return None


def read_question(question: str, language: Language) -> Quantities:
    """Roles for every number in the question (years excluded), plus the cue words it contains."""
    found = [m for m in find_numbers(question, language) if not m.is_year]
    q = Quantities(cues={name for name, cue in CUES.items() if cue.search(question)})
    forced: str | None = None
    for i, m in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        if forced:
            role: str | None = forced  # the "30" in "fra 40 til 30"
        elif m.unit == "kr":
            role = _money_role(question, m)
        elif m.unit == "pct":
            role = "reduction_pct"
        else:
            role = _count_role(question, m, nxt)
        forced = "target" if role == "from_caseload" else None
        if role is not None:
            q.put(role, m.value)
    return q
