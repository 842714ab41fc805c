"""Quantities given year by year: hires phased in, placements avoided that rise over the years.

"3 from January in year 1, 3 more in year 2 and the last 3 in year 3", "2 rådgivere i 2025, 2 mere i 2026
og yderligere 2 i 2027", "første år undgår vi ingen anbringelser, andet år 1 og tredje år 3". One level a
year was all the reader had, so these were refused or read as one count. Here each count is tied to the
year it is said for, and the series becomes what the sums need:

- hires stay once hired: the staff in post in a year are the hires so far, and the staff-years over the
  period their sum ("2 + 4 + 6 = 12");
- placements avoided are that year's: their placement-years are the counts' sum ("0 + 1 + 3 = 4").

The period is the last year named (or the years the question states, if more). Taken only when at least
two counts are tied to two different years and every count of the series is of one kind (staff or
placements); the working is shown in the reading line.
"""

from __future__ import annotations

from dataclasses import replace

from assistant.calc.amounts import Reading, ReadNumber
from assistant.calc.series import BOTH_YEARS, first_calendar_year, year_marks
from assistant.calc.words import STAFF_NOUN, _re, asking_text, sentence_bounds
from assistant.numbers import format_number

__all__ = ["read_schedule", "read_yearly_hires"]

_ZERO = _re(r"\b(?:ingen|none|no|nul|zero)\b")
# hires and avoided placements, said with their verbs: "212 anbringelser i 2023 og 236 i 2024" is a change,
# "30 rådgivere i 2023 og 36 i 2024" too, not a series to add up
_HIRE = _re(
    r"\b(?:ansæt\w*|hire[sd]?|hiring|indfas\w*|phase[sd]?\s+in|recruit\w*|opnormer\w*|add(?:s|ed|ing)?|"
    r"tilføj\w*|ekstra|extra|nye|new|(?:og|and)\s+[\w.,]+\s+(?:mere|more))\b"
)
_AVOID = _re(r"\b(?:undgå\w*|avoid\w*|færre|fewer|forebygg\w*|prevent\w*)\b")
# "2, 5 and 8 (cumulative totals)", "i alt 4 i 2026": counts said as the staff in post, not as that year's hires
_LEVELS = _re(r"\b(?:cumulative\w*|kumulativ\w*|akkumuler\w*|in\s+post|i\s+alt\s+ansat\w*|totals?\s+in\s+post)\b")
_CHANGE_ASKED = frozenset({"pct_change", "abs_change", "value_to", "staff_pct"})
# "what's the extra payroll in each year", "hvad er merudgiften i 2025, i 2026 og i alt", "år for år"
_EACH_YEAR_Q = _re(
    r"\b(?:in\s+each\s+year|each\s+year|every\s+year|per\s+year\s+and\s+in\s+total|hvert\s+år|år\s+for\s+år|"
    r"year\s+by\s+year)\b|\b(?:i|in)\s+20\d\d\s*,\s*(?:i\s+|in\s+)?20\d\d\b"
)
_COST_ASK = _re(r"\b(?:\w*udgift\w*|lønudgift\w*|lønsum\w*|omkostning\w*|koste\w*|cost\w*|payroll|pay\s+bill)\b")
_YEAR_ASK = _re(r"\b(?:i|in)\s+(?:år|year)\s+(?P<n>[1-5])\b|\b(?:i|in)\s+(?P<c>20\d\d)\b")


_NEAR = 45  # characters between a year and its count: "3 from January in year 1", "andet år 1"


def _sentence_of(text: str, pos: int) -> int:
    return sentence_bounds(text, pos)[0]


def _series(reading: Reading, text: str) -> list[tuple[int, int | None, float]] | None:
    """(year, index of the number or None for "ingen", count) for each year named with a count beside it.

    A count stands on one side of its year throughout a series: before it ("1 in year 1, 2 in year 2") or
    after it ("andet år 1 og tredje år 3"). Both are tried; the side that gives more years a count is
    taken, and a tie is no reading (which count goes with which year is then not clear)."""
    marks = year_marks(text)
    if len(marks) < 2:
        return None
    inside = [(a, b) for a, b, _ in marks]
    counts = [
        (i, n) for i, n in enumerate(reading.numbers)
        if not n.unit.startswith("kr") and n.unit not in ("pct", "years") and n.role != "years"
        and not any(a <= n.span[0] < b for a, b in inside)
    ]  # fmt: skip
    before = _tied(text, marks, counts, after=False)
    after = _tied(text, marks, counts, after=True)
    if len(before) == len(after):
        return None
    out = max(before, after, key=len)
    years = [y for y, _, _ in out]
    if len(out) < 2 or len(set(years)) != len(years) or all(i is None for _, i, _ in out):
        return None
    return sorted(out)


def _tied(
    text: str, marks: list[tuple[int, int, int]], counts: list[tuple[int, ReadNumber]], after: bool
) -> list[tuple[int, int | None, float]]:
    """Each year's count on one side of it, within its sentence and before the next (or after the last) year."""
    out: list[tuple[int, int | None, float]] = []
    taken: set[int] = set()
    for j, (start, end, year) in enumerate(marks):
        if after:
            lo, hi = end, marks[j + 1][0] if j + 1 < len(marks) else min(len(text), end + _NEAR)
        else:
            lo, hi = max(marks[j - 1][1] if j else 0, start - _NEAR), start
        here = _sentence_of(text, end)  # inside the sentence: at its first letter the boundary is not yet seen
        near = [(abs(n.span[0] - end) if after else abs(start - n.span[1]), i, n) for i, n in counts
                if lo <= n.span[0] < hi and i not in taken and _sentence_of(text, n.span[1]) == here]  # fmt: skip
        near = [x for x in near if x[0] <= _NEAR]
        if near:
            _, i, n = min(near)
            taken.add(i)
            out.append((year, i, n.value))
        elif _ZERO.search(text, lo, hi):
            out.append((year, None, 0.0))
    return out


def read_schedule(reading: Reading, text: str) -> None:
    """Tie counts to the years they are said for and sum them over the period, in place."""
    if _CHANGE_ASKED & set(reading.asked) or any(n.role in ("value_from", "value_to") for n in reading.numbers):
        return  # values dated by year and compared: a change, read elsewhere
    series = _series(reading, text)
    if series is None or BOTH_YEARS.search(text):
        return  # "3 i både år 3 og år 4": one count for several years is not tied to one
    nums = reading.numbers
    indices = [i for _, i, _ in series if i is not None]
    units = {nums[i].unit for i in indices}
    first_at = nums[indices[0]].span
    around = text[max(0, first_at[0] - 40) : first_at[1] + 25]  # what the first count of the series counts
    placed = bool(_AVOID.search(around)) and units <= {"placements", "", "children"}
    staff = not placed and bool(_HIRE.search(text)) and units <= {"workers", ""}
    if not (staff or placed):
        return
    stated = next((n.value for n in nums if n.role == "years"), 0.0)
    horizon = int(max(stated, max(y for y, _, _ in series)))
    by_year = {y: v for y, _, v in series}
    lang = reading.language
    others = [i for i, n in enumerate(nums) if i not in indices and n.role in ("extra_staff", "staff_now")]
    cumulative = staff and bool(_LEVELS.search(text))
    if staff:
        levels = _in_post(by_year, horizon, cumulative)
        role, total, final = "staff_years", sum(levels), levels[-1]
        if any(nums[i].value != final for i in others):
            return  # "9 new caseworkers" beside a series that adds up to another number: which is meant is asked
        for i in others:
            nums[i] = replace(nums[i], role="context", note="part")  # the series' total, said first
    else:
        if _one_year_asked(reading, text, indices):
            return
        levels = [by_year.get(year, 0.0) for year in range(1, horizon + 1)]
        role, total, final = "avoided_years", sum(levels), levels[-1]
    if cumulative:
        shown = " + ".join(format_number(v, lang) for v in levels)
    elif staff:  # the staff in post each year as the hires so far, in the question's own numbers
        steps = [format_number(by_year.get(year, 0.0), lang) for year in range(1, horizon + 1)]
        shown = " + ".join(" + ".join(steps[: k + 1]).join("()") if k else steps[0] for k in range(horizon))
    else:
        shown = " + ".join(format_number(v, lang) for v in levels)
    first = indices[0]
    nums[first] = replace(nums[first], role=role, unit="n", value=total, note="schedule", noun=shown, alt_role=None)
    for i in indices[1:]:
        nums[i] = replace(nums[i], role="context", note="part")
    marks = [(a, b) for a, b, _ in year_marks(text)]
    for i, n in enumerate(nums):
        # "year 2": the year a count is said for; "over those two years": the period, taken as the horizon
        if any(a <= n.span[0] < b for a, b in marks) or (n.role == "years" and n.value == horizon):
            nums[i] = replace(n, role="context", note="year_mark")  # "year 2": the year a count is said for
    reading.horizon = horizon
    if staff:
        reading.final_staff = final
        _asked_by_year(reading, text, levels)
    if not reading.asked and _COST_ASK.search(asking_text(text)):
        reading.asked = ["cost_total"]  # "Hvad er den samlede ekstra lønudgift for 2025-2027?"
    reading.asked = [_for_series(a, staff) for a in reading.asked]
    reading.asked = list(dict.fromkeys(reading.asked))


_MORE_IN_SERIES = _re(r"\b(?:more|yderligere|additional|further|another|endnu|oveni|flere\s+til)\b")


def _one_year_asked(reading: Reading, text: str, indices: list[int]) -> bool:
    """ "Avoid 3 in 2026 and 3 more in 2027. What is the saving in 2027?": whether 2026's stay avoided in 2027 is
    not said, and the sum over the period answers another question: the counts are asked about, in place."""
    if not _YEAR_ASK.search(asking_text(text)) or not _MORE_IN_SERIES.search(text):
        return False  # "2 færre i år 2 og 4 færre i år 3": each year's own count, no doubt about carrying over
    for i in indices:
        reading.numbers[i] = replace(reading.numbers[i], role=None, note="year_unclear")
    return True


def _asked_by_year(reading: Reading, text: str, levels: list[float]) -> None:
    """Each year's cost asked ("the extra payroll in each year"): stated beside the total, with the staff in
    post each year; one year asked ("i 2027"): that year's cost first."""
    asking = asking_text(text)
    if _EACH_YEAR_Q.search(asking):
        reading.staff_by_year = (tuple(levels), first_calendar_year(text))
        reading.asked = [a for a in reading.asked if a != "cost_last_year"] or ["cost_total"]
    elif _YEAR_ASK.search(asking) and "cost_last_year" not in reading.asked:
        reading.asked = ["cost_last_year", *reading.asked]


def _in_post(by_year: dict[int, float], horizon: int, cumulative: bool) -> list[float]:
    """The staff in post each year: the hires so far, or ("2, 5 and 8 (cumulative totals)") the counts given."""
    level, levels = 0.0, []
    for year in range(1, horizon + 1):
        level = by_year.get(year, level) if cumulative else level + by_year.get(year, 0.0)
        levels.append(level)
    return levels


def _for_series(name: str, staff: bool) -> str:
    """An asked yearly figure over a series is its total over the period."""
    if staff and name == "cost_per_year":
        return "cost_total"
    if not staff and name == "savings_per_year":
        return "savings_total"
    if name == "net_per_year":
        return "net_total"
    return name


_MORE = r"(?:(?:nye|new|more|extra|ekstra|flere|additional)\s+)?"
# "2 more workers on 1 January every year", "2 nye rådgivere hvert år": hires that recur, with no number between the
# count and the year it recurs in; not "3 nye rådgivere om året" (what three cost a year)
_EVERY_YEAR_AFTER = _re(
    # "3 rådgivere om året i 4 år", "2 caseworkers a year for 3 years": a hire a year for a span (with a verb of hiring)
    rf"\s*{_MORE}(?:(?:{STAFF_NOUN})\s+)?(?:om\s+året|a\s+year|per\s+year|each\s+year|every\s+year|hvert\s+år)\s+"
    r"(?:i|for|over|in\s+each\s+of)\s+(?:de\s+næste\s+|the\s+next\s+)?\w+\s+(?:år|years)\b|"
    rf"\s*{_MORE}(?:(?:{STAFF_NOUN})\b)?(?:\s+(?:pr\.|per|on|fra|from|den)\s+1\.?\s+(?:januar|january))?"
    r"[^.?!\d]{0,30}?\b(?:every\s+year|each\s+year|hvert\s+år)\b"
)
# "Hvert år i 4 år ansætter vi 2 …", "Every year for 4 years we hire 2 …": the recurrence said before the count
_EVERY_YEAR_BEFORE = _re(
    r"\b(?:hvert\s+år|every\s+year|each\s+year)(?:\s+(?:i|for|over)\s+(?:de\s+næste\s+|the\s+next\s+)?\w+\s+(?:år|years))?"
    r"\s*,?\s*(?:ansætter\s+vi|we\s+(?:will\s+)?(?:hire|add|recruit)|we\s+take\s+on)\s+$"
)
_NOT_KEPT = _re(
    r"\b(?:ad\s+gangen|at\s+a\s+time|kontrakt\w*|contracts?|midlertidig\w*|temporar\w*|tidsbegræns\w*|fixed[- ]term|"
    r"hvert\s+andet\s+år|every\s+(?:other|second)\s+year|half[- ]year|halvt\s+år|halvår\w*|erstat\w*|replac\w*|"
    r"retir\w*|pension\w*|går\s+på\s+pension|stopper|leave[sd]?|quit\w*)\b"
)
_LAST_YEAR_Q = _re(r"\b(?:det\s+sidste\s+år|i\s+sidste\s+år\s+af\s+perioden|(?:in\s+)?the\s+(?:last|final)\s+year)\b")
_HIRE_VERB = _re(r"\b(?:ansæt\w*|hire[sd]?|hiring|recruit\w*|rekrutter\w*|take\s+on|add(?:s|ed|ing)?)\b")
_SPAN = _re(r"\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b")


def read_yearly_hires(reading: Reading, text: str) -> None:
    """Hires that recur every year ("vi ansætter 2 nye rådgivere hvert år i 4 år") stay once hired: the staff in
    post grow 2, 4, 6, 8 and the period's staff-years are their sum. Read as one hire of 2, the period cost 4,8 mio.
    where it is 12 mio. With no period said, the yearly cost changes every year, so the count is asked about."""
    nums = reading.numbers
    hires = [
        i for i, n in enumerate(nums)
        if n.role == "extra_staff"
        and (_EVERY_YEAR_AFTER.match(text, n.span[1]) or _EVERY_YEAR_BEFORE.search(text, 0, n.span[0]))
        and _HIRE_VERB.search(text, sentence_bounds(text, n.span[0])[0], n.span[0] + 40)
    ]  # fmt: skip
    if len(hires) != 1:
        return
    i = hires[0]
    if _NOT_KEPT.search(text) or any(n.role == "one_off" for n in nums):
        # "kun for et år ad gangen", "one-year contracts", "hvert andet år", "replace 2 who retire", a one-off per hire:
        # whether the hires stay, and what each costs in its first year, is not the plain sum, so it is asked
        nums[i] = replace(nums[i], role=None, note="every_year")
        return
    stated = [n.value for n in nums if n.role == "years"]
    spans = [int(m.group(2)) - int(m.group(1)) + 1 for m in _SPAN.finditer(text)]
    horizon = int(stated[0]) if len(stated) == 1 else spans[0] if len(spans) == 1 and 1 < spans[0] <= 11 else 0
    if horizon < 2:
        nums[i] = replace(nums[i], role=None, note="every_year")
        return
    each = nums[i].value
    levels = [each * k for k in range(1, horizon + 1)]
    lang = reading.language
    shown = " + ".join(format_number(v, lang) for v in levels)
    nums[i] = replace(nums[i], role="staff_years", unit="n", value=sum(levels), note="schedule", noun=shown)
    for k, n in enumerate(nums):
        if n.role == "years" and n.value == horizon:
            nums[k] = replace(n, role="context", note="year_mark")
    reading.horizon = horizon
    reading.final_staff = levels[-1]
    _asked_by_year(reading, text, levels)
    asking = asking_text(text)
    if _LAST_YEAR_Q.search(asking) and "cost_last_year" not in reading.asked:
        reading.asked = ["cost_last_year", *reading.asked]  # "hvad koster de det sidste år"
    # "hvor mange nye rådgivere har vi så": the hires in post at the end
    asked = ["staff_final" if a == "extra_staff" else _for_series(a, True) for a in reading.asked]
    reading.asked = list(dict.fromkeys(asked))
