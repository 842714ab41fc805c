"""Readings settled once every number has a role: the same placement type given twice, children placed
"i stedet for" another type, and a caseload said for the staff after a change.

Each corrects a role the first reading gave that would make a confident wrong figure (a type's second price
dropped from a total, a total of children that are the ones compared, a caseload set against the wrong staff).
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.calc import words
from assistant.calc.amounts import Reading, ReadNumber
from assistant.calc.dated import add_year_range
from assistant.calc.placement_words import MOVE_INSTEAD, kind_of

__all__ = [
    "case_growth", "caseload_after_change", "change_of_two_amounts", "moves_a_year", "one_value_per_kind",
    "placed_instead",
]  # fmt: skip

# "went from 5 to 9 caseworkers and each now carries 25", "efter ændringen har hver 25 sager"
_NOW_AFTER_CHANGE = re.compile(r"\b(?:now|nu|today|i\s+dag|efter\s+\w+|after\s+\w+|since\s+then|siden)\b", re.I)


def caseload_after_change(reading: Reading, text: str) -> None:
    """Staff from one number to another and a caseload said for now, after the pair: the caseload of the
    staff after the change, which gives the cases; read as today's it was set against the staff before."""
    nums = reading.numbers
    to = next((i for i, n in enumerate(nums) if n.role == "staff_to"), None)
    load = [i for i, n in enumerate(nums) if n.role in ("caseload_now", "target")]
    if to is None or len(load) != 1 or load[0] < to or any(n.role == "cases" for n in nums):
        return
    start = words.sentence_bounds(text, nums[load[0]].span[0])[0]
    between = (max(start, nums[to].span[1]), nums[load[0]].span[0])
    if _NOW_AFTER_CHANGE.search(text, *between) and not words.TARGET_CUE.search(text[between[0] : between[1]]):
        nums[load[0]] = replace(nums[load[0]], role="load_after", alt_role=None)


def placed_instead(reading: Reading, text: str) -> ReadNumber | None:
    """ "9 børn på opholdssted … i stedet for i plejefamilie": the children placed are the ones compared."""
    instead = MOVE_INSTEAD.search(text)
    if instead is None:
        return None
    kind = kind_of(instead.group("b"))
    here = [i for i, n in enumerate(reading.numbers) if n.role == "placements_total" and n.kind == kind]
    if len(here) != 1:
        return None
    reading.numbers[here[0]] = replace(reading.numbers[here[0]], role="moved")
    return reading.numbers[here[0]]


_KINDED = ("placements_total", "cost_per_placement", "avoided", "moved")


def one_value_per_kind(reading: Reading) -> None:
    """Two counts or prices of one placement type ("18 in residential care at DKK 1.16m and 7 at opholdssteder
    at DKK 1.05m", both read as residential): the solver keeps one value a role, so the other would be left
    out of a total without a word. Neither is read, and the answer asks about them."""
    if reading.range_pair is not None:
        return
    values: dict[tuple[str, str], list[float]] = {}
    for n in reading.numbers:
        if n.role in _KINDED and n.kind and n.note not in ("part", "schedule"):
            values.setdefault((n.role, n.kind), []).append(n.value)
    # two of them, even of one value ("10 in residential care … 10 more in residential care"): a count said again
    # with "the"/"those" never gets here (``calc.inputs``)
    twice = {key for key, seen in values.items() if len(seen) > 1}
    reading.numbers = [
        replace(n, role=None, alt_role=None, note="kind_twice") if (n.role, n.kind) in twice else n
        for n in reading.numbers
    ]  # which of them is the type's is not known, so neither is taken, nor guessed at later


# "move 2 children a year … over 3 years", "flytter 2 børn om året i 3 år": a count that recurs each year
_A_YEAR_AFTER = re.compile(
    r"\s*(?:\w+\s+){0,4}?(?:a\s+year|per\s+year|each\s+year|every\s+year|om\s+året|hvert\s+år|årligt|pr\.?\s+år)\b",
    re.I,
)


def moves_a_year(reading: Reading, text: str) -> None:
    """Children moved "a year" over several years: a moved child stays moved, so the children moved add up
    year by year (2, 4, 6) and a saving a year times the years is too small. Whether the count grows or
    stays is asked, not guessed (it had said 4,14 mio. kr. over 3 years where 8,28 mio. kr. was meant)."""
    if not any(n.role == "years" for n in reading.numbers):
        return
    reading.numbers = [
        replace(n, role=None, alt_role=None, note="count_a_year")
        if n.role == "moved" and _A_YEAR_AFTER.match(text, n.span[1]) and not words.PCT_WORD.search(n.text)
        else n
        for n in reading.numbers
    ]


_CHANGE_ASKED = frozenset({"abs_change", "pct_change"})
# "98 mio. kr. sidste år", "DKK 12m last year": the earlier of two amounts
_EARLIER_AFTER = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:sidste\s+år|i\s+fjor|last\s+year|the\s+year\s+before|året\s+før)\b", re.I
)


def change_of_two_amounts(reading: Reading, text: str) -> None:
    """Two amounts, one said for last year, and only their change asked ("var 98 mio. kr. sidste år og er
    budgetteret til 91,5 mio. kr. i år. Hvor stort er faldet i kroner og i procent?"): last year's is where the
    change starts, whatever roles their nouns gave them (a spend and a budget, which nothing subtracts)."""
    if not reading.asked or not set(reading.asked) <= _CHANGE_ASKED:
        return
    used = [i for i, n in enumerate(reading.numbers) if n.role not in ("context", "years")]
    if len(used) != 2 or not all(reading.numbers[i].unit.startswith("kr") for i in used):
        return
    if any(reading.numbers[i].role in ("value_from", "value_to") for i in used):
        return
    first, second = used
    earlier = [i for i in used if _EARLIER_AFTER.match(text, reading.numbers[i].span[1])]
    if len(earlier) != 1:
        return  # not one amount said for last year: two prices compared, which ``calc.pairs`` reads
    if earlier[0] == second:
        first, second = second, first
    for i, role in ((first, "value_from"), (second, "value_to")):
        reading.numbers[i] = replace(reading.numbers[i], role=role, alt_role=None, note="")


# "Cases are projected to rise 11.5 %", "sagsantallet forventes at stige tilsvarende (18 %)", "12 % flere sager"
_CASES_RISE = re.compile(
    r"\b(?:cases|sager(?:ne)?|sagsantal(?:let)?|sagsmængde(?:n)?|antallet\s+af\s+sager|caseload\s+volume|"
    r"case\s+(?:numbers|counts?|volumes?)|volume)\b[^.?!]{0,60}?"
    r"\b(?:stig\w*|steg\w*|rise[sn]?|rising|rose|increas\w*|grow\w*|grew|vokse\w*|vokset|øge\w*|go(?:es)?\s+up|went\s+up)\b|"
    r"\b(?:stig\w*|steg\w*|rise[sn]?|rising|increas\w*|grow\w*|vokse\w*|øge\w*)\b[^.?!]{0,60}?"
    r"\b(?:cases|sager(?:ne)?|sagsantal\w*|sagsmængde\w*)\b|"
    r"%\s+(?:flere|more)\s+sager|%\s+more\s+cases|"
    # "I 2025 var der 842 sager, og i 2026 forventer vi 7 % flere": the cases said before the rise
    r"\b(?:cases|sager(?:ne)?)\b[^.?!]{0,60}?%\s+(?:flere|more)\b",
    re.I,
)


# a rise already happened ("grew", "steg", "er steget", "has risen"): the caseload asked is after it
_PAST_RISE = re.compile(
    r"\b(?:grew|rose|went\s+up|ha(?:ve|s)\s+(?:grown|risen|increased|gone\s+up)|increased|steg|voksede|"
    r"(?:er|har)\s+(?:steget|vokset|øget))\b",
    re.I,
)
_FUTURE = re.compile(r"\b(?:forvent\w*|expect\w*|næste\s+år|next\s+year|vil|will|kommer\s+til)\b", re.I)
_NOW_BEFORE = re.compile(r"\b(?:nu|now|today|i\s+dag|currently|at\s+present)\b[^.?!\d]{0,15}$", re.I)
_FROM_BEFORE = re.compile(r"\b(?:from|fra)\s+(?:(?:de|the|today's|nuværende|dagens)\s+){0,2}$", re.I)


_PAST_CHANGE = re.compile(
    rf"{_PAST_RISE.pattern}|\b(?:fell|dropped|went\s+(?:down|from)|ha(?:ve|s)\s+(?:fallen|dropped|gone\s+(?:down|from)|"
    r"shrunk|been\s+(?:reduced|cut|expanded))|decreased|shrank|was\s+(?:reduced|cut|expanded)|faldt|gik\s+fra|"
    r"(?:er|har|blev)\s+(?:faldet|skåret\s+ned|gået\s+fra|reduceret|udvidet|opnormeret))\b",
    re.I,
)
PAST_CHANGE = _PAST_CHANGE  # for ``calc.relations``: a from-to already had ("er steget fra 600 til 780")
# "hvad var sagstallet før", "before and after": the caseload at both ends is asked, not only today's
_THEN_Q = re.compile(r"\b(?:før|efter|before|after|previously|tidligere|dengang|was|var)\b", re.I)
_STAFF_CHANGE_ASKED = frozenset(
    {"caseload_after", "caseload_change_pct", "pct_change", "abs_change", "extra_staff", "staff_pct"}
)


def staff_changed_already(reading: Reading, text: str) -> None:
    """ "teamet, som siden januar er vokset fra 11 til 14 stillinger, har 455 sager: hvad er sagstallet?": a change
    of staff already had, so today's staff are the ones after it; the caseload asked is theirs, not the one of the
    staff before (41,36 had been said as today's where 32,5 was)."""
    nums = reading.numbers
    now = [i for i, n in enumerate(nums) if n.role == "staff_now"]
    to = [i for i, n in enumerate(nums) if n.role == "staff_to"]
    if len(now) != 1 or len(to) != 1 or "caseload" not in reading.asked or _STAFF_CHANGE_ASKED & set(reading.asked):
        return
    other_pairs = any(n.role in ("value_from", "value_to", "cases_from") for n in nums)
    if sum(n.role == "cases" for n in nums) != 1 or other_pairs:
        return  # the cases changed too ("from 380 to 455"): which cases go with which staff is not read here
    start, end = words.sentence_bounds(text, nums[now[0]].span[0])
    said = text[max(start, nums[now[0]].span[0] - 40) : nums[to[0]].span[1]]
    if not _PAST_CHANGE.search(said) or _FUTURE.search(text, start, end) or _THEN_Q.search(words.asking_text(text)):
        return
    nums[now[0]] = replace(nums[now[0]], role="context", alt_role=None, note="before_rise")
    nums[to[0]] = replace(nums[to[0]], role="staff_now", alt_role=None, note="")
    reading.asked = [a for a in reading.asked if a != "caseload_after"]


# "hvor mange sager har vi om 3 år", "in 3 years": how far ahead a yearly rise is counted, asked; or said with the
# rise itself ("6 % om året i 2 år", "6% a year for 2 years")
_AHEAD_BEFORE = re.compile(r"\b(?:in|om|efter|after|within|over\s+(?:de\s+næste|the\s+next))\s+$", re.I)
_WITH_RISE_BEFORE = re.compile(
    r"(?:om\s+året|a\s+year|per\s+year|each\s+year|årligt)\s+(?:(?:i|for|over)\s+)?(?:de\s+næste\s+|the\s+next\s+)?$",
    re.I,
)  # "6 % om året i 3 år", "6 % om året de næste 3 år", "3% a year for the next 2 years"
_YEARS_AFTER = re.compile(r"\s+(?:år|years?)\b", re.I)
# what rises in the percentage's clause: the cases, or another noun (a clause with neither, "de stiger", looks back)
_RISER = re.compile(
    r"\b(?:(?P<cases>sager(?:ne)?|sagsantal\w*|sagsmængde\w*|cases|caseloads?|case\s+(?:numbers|counts?|volumes?)|volume)|"
    r"(?P<other>[a-zæøå]{4,}(?:en|et|erne|ne|s)|[a-z]{4,}s))\b",
    re.I,
)
_NOT_CASES = re.compile(r"\b(?:ikke|not|no\s+longer)\b|\b(?:i|in)\s+[A-ZÆØÅ][a-zæøå]+\b")
_ANNUAL = re.compile(r"\b(?:årlig\w*|annual|yearly|annually)\b", re.I)
_SINCE_LAST = re.compile(r"\s*(?:\w+\s+)?(?:end|than|siden|since|fra|from|compared)\s+(?:sidste|last|i\s*fjor)", re.I)


def _years_ahead(text: str, n: ReadNumber, pct_end: int) -> bool:
    if n.role not in (None, "context", "years") or not _YEARS_AFTER.match(text, n.span[1]):
        return False
    with_rise = n.span[0] - pct_end < 25 and _WITH_RISE_BEFORE.search(text, 0, n.span[0])
    asked = n.span[0] >= text.rfind(words.asking_text(text))
    return bool(with_rise or (asked and _AHEAD_BEFORE.search(text, 0, n.span[0])))


# "vokser 3 % om året i 2026 og 2027", "grow 4% a year over 2026-2028": the rise's own years, named
_CALENDAR_SPAN = re.compile(
    r"\s*(?:%|procent|percent)?\s*(?:om\s+året|a\s+year|per\s+year|each\s+year|årligt)\s+(?:i|in|for|over|across)\s+"
    r"(?:årene\s+|the\s+years\s+|both\s+)?((?:19|20)\d\d)\s*(?:-|–|og|and|to|til)\s*((?:19|20)\d\d)\b",
    re.I,
)


def _calendar_span(reading: Reading, text: str, pct_end: int) -> list[int]:
    """The years a yearly rise runs, named as calendar years: both ends counted (2026 and 2027 are two years of
    growth), added as the number of years; [] when none are named."""
    m = _CALENDAR_SPAN.match(text, pct_end)
    if m is None or not 0 < int(m.group(2)) - int(m.group(1)) <= 10:
        return []
    inside = range(int(m.group(1)), int(m.group(2)))  # every year of the span but its last
    if any(int(y) in inside for y in re.findall(r"\b((?:19|20)\d\d)\b", words.asking_text(text))):
        return []  # "… 2026 to 2028 … how many in 2027?": a year inside the span is asked, not its end
    added = add_year_range(reading, m)
    return [i for i, n in enumerate(reading.numbers) if n is added]


def _a_rise_in_cases(text: str, start: int, pct: tuple[int, int]) -> bool:
    """The percentage is a rise in the cases still to come: its clause (or the one before, after "de"/"they")
    names the cases, not only the population, the children, waiting times or costs; no negation, no other place,
    not a rise already had ("7 % flere end sidste år")."""
    clauses = re.split(r",\s*|\s+og\s+|\s+and\s+", text[start : pct[0]])
    after = text[pct[1] : pct[1] + 30]
    if _NOT_CASES.search(clauses[-1] + after[:20]) or _SINCE_LAST.match(after):
        return False
    if re.match(r"\s*(?:flere|more)\s+(?!sager\b|cases\b)[a-zæøå]", after, re.I):
        return False
    for clause in reversed(clauses):
        found = {m.lastgroup for m in _RISER.finditer(clause)}
        if "cases" in found or "other" in found:  # "our children's caseload …": the cases, wherever in the clause
            return "cases" in found
    return bool(re.match(r"\s*(?:flere|more)\s+(?:sager|cases)\b", after, re.I))


def case_growth(reading: Reading, text: str) -> None:
    """One percentage said as a rise in the cases, beside today's cases: the cases grow from today's by it
    (and the caseload after is worked out from the grown cases). A rise filled in as a cut of the caseload
    had given a caseload falling where it rises."""
    nums = reading.numbers
    pcts = [i for i, n in enumerate(nums) if n.unit == "pct" and n.role in (None, "reduction_pct")]
    if len(pcts) != 1 or any(n.role == "cases_from" for n in nums):
        return
    start, end = words.sentence_bounds(text, nums[pcts[0]].span[0])
    if not _CASES_RISE.search(text, max(0, start - 1), end):
        return
    if _SINCE_LAST.match(text, nums[pcts[0]].span[1]) and nums[pcts[0]].role is None:
        # "842 sager, hvilket er 7 % flere end sidste år": a rise already had, told as background
        nums[pcts[0]] = replace(nums[pcts[0]], role="context", alt_role=None)
        return
    if not _a_rise_in_cases(text, start, nums[pcts[0]].span):
        return
    yearly = bool(_A_YEAR_AFTER.match(text, nums[pcts[0]].span[1])) or bool(
        _ANNUAL.search(text, max(start, nums[pcts[0]].span[0] - 30), min(end, nums[pcts[0]].span[1] + 25))
    )  # "6 % om året", "a 3% annual increase", "en årlig stigning på 3 %"
    span = [i for i, n in enumerate(nums) if _years_ahead(text, n, nums[pcts[0]].span[1])]
    if len({nums[i].value for i in span}) == 1:  # "6 % om året de næste 3 år … hvor mange sager om 3 år": one span
        for i in span[1:]:
            nums[i] = replace(nums[i], role="context", note="part", alt_role=None)
        span = span[:1]
    if yearly and not span:
        span = _calendar_span(reading, text, nums[pcts[0]].span[1])
        nums = reading.numbers
        pcts = [i for i, n in enumerate(nums) if n.unit == "pct" and n.role in (None, "reduction_pct")]
    if yearly and len(span) != 1:
        return  # "6 % om året" with no one number of years to compound over: not read
    # today's cases: counted as cases, or the one bare count the rise starts "from" ("rise 11.5% … from 1,260")
    cases = [i for i, n in enumerate(nums) if n.role == "cases"] or [
        i for i, n in enumerate(nums) if n.role is None and n.unit != "pct" and _FROM_BEFORE.search(text, 0, n.span[0])
    ]
    derived = not cases and {"staff_now", "caseload_now"} <= {n.role for n in nums}
    if len(cases) != 1 and not derived:
        return
    if any(n.role == "extra_staff" for n in nums):
        return  # "sagsmængden stiger 10 %, og vi ansætter 2": the caseload after needs both, which no rule takes
    nums[pcts[0]] = replace(nums[pcts[0]], role="case_growth_pct", alt_role=None)
    if yearly:  # "840 cases, growing 4% a year: how many in 3 years": compounded over the years said
        nums[span[0]] = replace(nums[span[0]], role="growth_years", alt_role=None)
        nums[pcts[0]] = replace(nums[pcts[0]], note="a_year")
    pct = nums[pcts[0]].span
    near = text[max(start, pct[0] - 40) : min(end, pct[1] + 40)]
    past = _PAST_RISE.search(near) and not _FUTURE.search(text, max(0, start - 1), end)
    now_said = bool(cases) and _NOW_BEFORE.search(text, max(0, nums[cases[0]].span[0] - 25), nums[cases[0]].span[0])
    based = bool(cases) and not now_said and (
        start <= nums[cases[0]].span[0] or _FROM_BEFORE.search(text, 0, nums[cases[0]].span[0])
    )  # "Our 600 cases grew by 15%", "fra 960 sager"; not "og vi har nu 1.080": the count after the rise
    if past and not based and not yearly:  # not "Our 600 cases grew by 15%": the cases the rise was of
        # "We have 900 cases … Cases went up 15% last year": the cases said are today's, after the rise; the rise is
        # background (read forward it gave a caseload of 34,5 where 30 is right)
        nums[pcts[0]] = replace(nums[pcts[0]], role="context", alt_role=None, note="")
        return
    if past:
        # "cases grew 12% this year from 850 … what's the caseload now": the grown cases are today's, so the
        # caseload asked is the one after the rise, not last year's
        reading.asked = list(dict.fromkeys("caseload_after" if a == "caseload" else a for a in reading.asked))
    if cases:
        before = "before_rise" if past else ""  # a rise already had: the count said is from before it
        nums[cases[0]] = replace(nums[cases[0]], role="cases_from", unit="cases", alt_role=None, note=before)



# "hvor mange procent ligger vi over grænsen", "how far above the target are we in percent": the share is of the
# target, where the change to the target (``pct_change`` of a caseload) is of today's caseload
_PCT_ABOVE_Q = re.compile(
    r"\b(?:procent|pct|percent(?:age)?)\b[^.?!]{0,40}?\b(?:over|above|højere\s+end|higher\s+than)\b|"
    r"%\s+(?:over|above)\b|"
    # "hvor mange sager over målet …, og hvor mange procent er det": the share of what was just asked
    r"\b(?:procent|percent(?:age)?)\s+(?:er|is)\s+(?:det|that)\b|\bwhat\s+percentage\s+is\s+that\b",
    re.I,
)  # not "under"/"below": "hvor mange procent skal sagstallet ned for at komme under målet" is the fall
_UPPER = re.compile(r"\b(?:øvre|øverste|højeste|upper|top|highest)\b", re.I)
_LOWER = re.compile(r"\b(?:nedre|nederste|laveste|lower|bottom|lowest)\b", re.I)


def above_the_target(reading: Reading, text: str) -> None:
    """Today's caseload against a target, asked as "how many percent over it": the target is the base.

    "Vores sagstal er 34 … DS' vejledende sagstal er 20-30. Hvor mange procent ligger vi over den øvre grænse?"
    was answered with the fall from 34 to each end (−41 % and −12 %), a figure of another question; "how many
    cases above the target are we, and how many percent is that" with the fall from today's caseload. The end of
    a range the question names is the one compared; with no end named, both ends are.
    """
    asked = set(reading.asked)
    if "pct_change" not in asked or not asked <= {"pct_change", "over_target"}:
        return
    asking = words.asking_text(text)
    if not _PCT_ABOVE_Q.search(asking):
        return  # "hvor mange procent skal sagstallet ned": the change from today's caseload
    nums = reading.numbers
    now = [i for i, n in enumerate(nums) if n.role in ("caseload_now", "caseload")]
    targets = [i for i, n in enumerate(nums) if n.role == "target"]
    if len(now) != 1 or not targets or len(targets) > 2:
        return
    if len(targets) == 2:
        low, high = sorted(targets, key=lambda i: nums[i].value)
        end = high if _UPPER.search(asking) else low if _LOWER.search(asking) else None
        if end is not None:
            other = low if end == high else high
            nums[other] = replace(nums[other], role="context", alt_role=None, note="")
            nums[end] = replace(nums[end], note="")
            reading.range_pair = None
        # no end named: a range is worked out at both ends ("Ved 20: … Ved 30: …"), the two readings side by side
    reading.asked = [("over_target_pct" if name == "pct_change" else name) for name in reading.asked]


# what a bare ask of cases and staff can only mean: each one's share of the cases
_BARE_CASELOAD = re.compile(
    r"\b(?:hver|each|apiece|everyone|everybody|carry\w*|sagstal\w*|caseloads?)\b|->|=\s*\?|/\s*\d|"
    rf"\b(?:pr\.?|per)\s+(?:næse|mand|head|person|{words.STAFF_NOUN})\b",
    re.I,
)
_OTHER_QUANTITY = re.compile(
    r"(?<![-\w])timer\b|\b(?:hours?|minutter|minutes?|kr\.?|kroner|dkk|procent|percent\w*|for\s+mange|too\s+many|short|"
    r"mangler|extra|ekstra|more|flere|over|under|above|below)\b",
    re.I,
)
_HOW_MANY_STAFF = re.compile(rf"\b(?:hvor\s+mange|how\s+many)\s+(?:\w+\s+)?(?:{words.STAFF_NOUN})\b", re.I)


def implied_ask(reading: Reading, text: str) -> None:
    """A question whose numbers make one quantity only, asked with no word for it: that quantity.

    "19 rådgivere, 600 sager, hvor mange har de hver?", "cases 530, staff 17 -> caseload?", "quick one - 17
    caseworkers, 578 cases, what's everyone carrying?": cases and staff make a caseload and nothing else.
    "1.480 sager, mål 26 pr. rådgiver, hvor mange rådgivere?": cases and a target make the staff needed. The
    reading line says what was read, so a misread shows. Any other number, or no question mark, asks nothing.
    """
    if reading.asked or "?" not in text:
        return
    asking = words.asking_text(text)
    if _OTHER_QUANTITY.search(asking):
        return  # "how many hours a week does each case get", "how many workers too many": something else
    roles = sorted(str(n.role) for n in reading.numbers if n.role != "context")
    if roles == ["cases", "staff_now"] and _BARE_CASELOAD.search(asking):
        reading.asked = ["caseload"]
    elif roles == ["cases", "target"] and _HOW_MANY_STAFF.search(asking):
        reading.asked = ["staff_needed"]


# "går op til 40 rådgivere", "go up to 40 workers", "increase to 40 staff": the staff after, not 40 new ones
_UP_TO_BEFORE = re.compile(
    r"\b(?:(?:går|gå|kommer|komme|skrue\w*)\s+op\s+(?:til|på)|op\s+på|øge\w*\s+til|"
    r"(?:go(?:es)?|going|went|get|gets)\s+up\s+to|increas\w*\s+(?:\w+\s+)?to|grow\w*\s+(?:\w+\s+)?to|rise\s+to)\s+$",
    re.I,
)


_NEW_AFTER = re.compile(r"\s*(?:nye|new|extra|ekstra|additional|flere|more)\b", re.I)


def staff_raised_to(reading: Reading, text: str) -> None:
    """ "32 rådgivere … Hvis vi går op til 40 rådgivere": a count of staff the staff go up to is the staff
    after, so the extra staff are 8, not 40 (the reading line said "40 nye rådgivere"); "900 cases and 30
    workers. If we go up to 36 workers" left both counts unread."""
    nums = reading.numbers
    staff = [
        i for i, n in enumerate(nums)
        if n.role in ("staff_now", "extra_staff") or (n.role is None and words.STAFF_AFTER.match(text, n.span[1]))
    ]  # fmt: skip
    if len(staff) != 2 or any(n.role in ("staff_to", "staff_cut") for n in nums):
        return
    first, second = (nums[i] for i in staff)
    if second.value <= first.value or first.role == "extra_staff":
        return
    if _NEW_AFTER.match(text, second.span[1]):
        return  # "går op til 40 nye rådgivere": the user said they are new
    if _UP_TO_BEFORE.search(text[max(0, second.span[0] - 40) : second.span[0]]):
        nums[staff[0]] = replace(first, role="staff_now", alt_role=None, unit="workers")
        nums[staff[1]] = replace(second, role="staff_to", alt_role=None, unit="workers")
