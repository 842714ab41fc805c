"""Staff given partly part-time, counted in full-time equivalents: "6 full-timers and 2 people on half time",
"14 fuldtidsrådgivere og 3 på 30 timer om ugen (fuld tid er 37 timer)", "4 på 80 %".

A caseload is cases per full-time equivalent, so a part-time worker counts with the share of a full week
they work. The share is read from the words: half time, a percentage, or hours a week against the
full-time week the question states. A week in hours with no full-time week stated is not guessed (37 hours
is the usual Danish week, but a team may count otherwise): the question is left to ask.

Taken only when every staff count is a full-time or a part-time group, at least one is part-time, and no
other number is read as today's staff. The groups become one count of today's staff in FTE, shown with
its working ("6 + 2 × 50 %"); the percentages and hours become context.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.calc.amounts import Reading, ReadNumber
from assistant.calc.words import STAFF_NOUN, _re
from assistant.numbers import format_number

__all__ = ["FTE_Q", "part_time_staff"]

_SHARE = (
    r"(?:(?:på|on|at|working)\s+)?(?:(?P<half>halv\s+tid|halvtid\w*|half[- ]time)|"
    r"(?P<pct>\d{1,3})\s*(?:%|procent|percent)(?:\s+(?:tid|time|stilling\w*|of\s+full[- ]time))?|"
    r"(?P<fte>0[.,]\d{1,2})\s*(?:ftes?|årsværk)\b|"
    r"(?P<hours>\d{1,2}(?:[.,]\d{1,2})?)(?:\s+|-)(?:timer|hours?|t)\b(?:\s+(?:om|a|per|pr\.?|i)\s+(?:ugen|week))?)"
)
# "2 people on half time", "3 på 30 timer om ugen", "4 deltidsansatte på 80 %": a count and its share of a week
_PART_AFTER = _re(rf"\s+(?:[^\W\d][\w-]*\s+){{0,3}}?{_SHARE}")  # words, not another count, before the share
_PART_WORD = _re(r"\s+(?:deltids\w*|part[- ]tim\w*)\b")
# "6 full-timers", "14 fuldtidsrådgivere", "10 rådgivere på fuld tid", "8 full-time caseworkers"
_FULL_AFTER = _re(
    rf"\s+(?:fuldtids\w*|full[- ]tim\w*(?:\s+(?:{STAFF_NOUN}))?|(?:(?:{STAFF_NOUN})\.?\s+)?(?:på|on)\s+fuld\s*tid|"
    rf"(?:{STAFF_NOUN})\s+(?:full[- ]time))\b"
)
# "fuld tid er 37 timer", "a full week is 37 hours", "37 timer er fuld tid"
_WEEK = _re(
    r"fuld\s*tid\w*\s*(?:er|is|=|svarer\s+til)\s*(?P<a>\d{1,2}(?:[.,]\d)?)\s*(?:timer|hours|t|h)\b|"
    r"full[- ]time\s+(?:week\s+)?(?:is|being|=)\s+(?P<b>\d{1,2}(?:[.,]\d)?)\s+hours|"
    r"(?P<c>\d{1,2}(?:[.,]\d)?)\s+(?:timer|hours)\s+(?:er|is)\s+(?:a\s+)?(?:fuld\s*tid|full[- ]time)|"
    # "8 full-timers (37 h)", "resten på fuld tid (37 timer)", "37 timer = 1 årsværk"
    r"(?:fuld\s*tid\w*|full[- ]tim\w*)\s*\(\s*(?P<d>\d{1,2}(?:[.,]\d)?)\s*(?:h|t|timer|hours)\.?\s*\)|"
    r"(?P<e>\d{1,2}(?:[.,]\d)?)\s*(?:timer|hours|h|t)\s*(?:=|svarer\s+til|equals?)\s*(?:1|et|one)\s+"
    r"(?:årsværk|fte|full[- ]time)"
)
_STAFF = ("staff_now", "extra_staff")
# "vil have op på fuld tid", "gå op til fuld tid", "bring them up to full time", "opnormere dem": the part-time
# group's hours rise; the added staff is the hours they lack, not the group's FTE
_NOT_RAISED = _re(
    r"\b(?:ikke|not|don't|doesn't|won't|can't|cannot|kan\s+ikke|vil\s+ikke|never|aldrig|instead\s+of|i\s+stedet\s+for|"
    r"rather\s+than|frem\s+for)\b"
)
_SOME_OF_THEM = _re(
    r"\b(?:half|halvdelen|some|nogle|one|én|en|two|to|three|tre|a\s+few|et\s+par|part)\s+(?:of\s+(?:them|these|those)|af\s+"
    r"(?:dem|disse))\b"
)
_TO_FULL = _re(
    # "hvis de går på fuld tid", "if they go full time"
    r"\b(?:går|gå|gik|kommer|komme|go|goes|going|went)\s+(?:over\s+)?(?:(?:på|til|to)\s+)?"
    r"(?:fuld\s*tid|full[- ]time)\b|"
    r"\b(?:op\s+(?:på|til)|over\s+på|til)\s+fuld\s*tid\b|\bopnormer\w*|\b(?:up|increas\w*|rais\w*|mov\w*|go)\s+"
    r"(?:\w+\s+){0,2}?to\s+full[- ]time\b"
)
_SUBSET = _re(r"\b(?:of\s+(?:them|whom|these|those)|af\s+dem|hvoraf|heraf)\b")
FTE_Q = _re(
    r"\bhow\s+many\s+(?:full[- ]time\s+equivalents?|ftes?)\b|\bhvor\s+mange\s+(?:årsværk|fuldtidsstillinger)\b|"
    r"\bfull[- ]time\s+equivalents?\b"
)


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def _count(n: ReadNumber) -> float:
    """The head count a number gives ("2 rådgivere på halv tid" was halved by the reader: counted again here)."""
    return n.value * 2 if n.note == "half_time" else n.value


# "8 fuldtidsrådgivere og nogle på deltid", "plus a few part-timers": part-time staff with no number
_SOME_PART_TIME = re.compile(
    r"\b(?:og|plus|and|samt)\s+(?:nogle|enkelte|et\s+par|flere|some|a\s+few|several|a\s+couple)\s+"
    r"(?:\w+\s+)?(?:på\s+deltid|deltid\w*|part[- ]tim\w*)",
    re.IGNORECASE,
)
# "7 rådgivere, hvoraf nogle er på deltid", "some of them work part-time": the count is everyone, the FTE unknown
_SOME_OF_THEM_PART_TIME = re.compile(
    r"\b(?:(?:hvoraf|heraf|of\s+whom|of\s+which)\s+(?:nogle|enkelte|flere|some|a\s+few|several)|"
    r"(?:nogle|enkelte|flere|some|a\s+few|several)\s+(?:af\s+dem|of\s+them|of\s+whom))\s+"
    r"(?:\w+\s+){0,2}?(?:på\s+deltid|deltid\w*|part[- ]tim\w*)",
    re.IGNORECASE,
)


def part_time_staff(reading: Reading, text: str) -> None:
    """Full-time and part-time groups of staff counted as one number of FTE, in place."""
    some = _SOME_PART_TIME.search(text) or _SOME_OF_THEM_PART_TIME.search(text)
    if some:  # the FTE are not known: today's staff is asked for, not the head count taken
        note = "part_unknown" if some.re is _SOME_PART_TIME else "fte_unknown"
        nums = reading.numbers
        reading.numbers = [replace(n, role=None, note=note) if n.role in _STAFF else n for n in nums]
        return
    week = _WEEK.search(text)
    full_week = next((_number(g) for g in week.groups() if g), None) if week else None
    groups: list[tuple[int, float, str]] = []  # (index, share of a week, how it is shown)
    used: set[tuple[int, int]] = set()  # the spans of the numbers that give a share or the week
    if week:
        used.add(week.span(next(k for k in ("a", "b", "c", "d", "e") if week.group(k))))
    nums = reading.numbers
    if not _collect(nums, text, reading.language, full_week, groups, used):
        return
    if not any(how for _, _, how in groups) or (len(groups) == 1 and nums[groups[0][0]].note == "half_time"):
        return  # no part-time group, or the one half-time group the reader has already counted
    roles = {nums[i].role for i, _, _ in groups} - {None, "context"}
    if len(roles) > 1 or any(n.role in _STAFF for i, n in enumerate(nums) if i not in {g[0] for g in groups}):
        return  # today's staff and new hires, or another count of staff: not one group to add up
    if "extra_staff" in roles and any(nums[i].role is None for i, _, _ in groups):
        return  # "4 part-timers … we hire 1 full-time worker": the hire is not the part-timers' group
    heads = {i: _count(nums[i]) for i, _, _ in groups}
    if _raised(text):
        _raise_to_full(reading, text, groups, heads, used)
        return
    for k, (i, _, how) in enumerate(groups):
        if how and k and _SUBSET.search(text, nums[groups[k - 1][0]].span[1], nums[i].span[1] + 30):
            heads[groups[k - 1][0]] -= heads[i]  # "40 social workers, 4 of them half-time": 36 full-time
    if any(v < 0 for v in heads.values()):
        return
    lang = reading.language
    total = sum(heads[i] * share for i, share, _ in groups)
    shown = " + ".join(_shown(format_number(heads[i], lang), how) for i, _, how in groups)
    first = groups[0][0]
    costed = {"cost_per_year", "cost_total"} & set(reading.asked)
    counted = any(n.role in ("cases", "caseload_now", "target") for n in nums)
    # "Hvad koster 6 halvtidsstillinger": posts with no role, priced and with no cases, are posts to add
    role = next(iter(roles), None) or ("extra_staff" if costed and not counted else "staff_now")
    nums[first] = replace(nums[first], role=role, unit="workers", value=total, note="fte_parts", noun=shown)
    for i, _, _ in groups[1:]:
        nums[i] = replace(nums[i], role="context", note="part")
    for i, n in enumerate(nums):
        if any(a <= n.span[0] < b for a, b in used):
            nums[i] = replace(n, role="context", note="part")  # a share or the week: said in the working above
    if FTE_Q.search(text):
        asked = [a for a in reading.asked if a not in ("staff_affordable", "staff_now")]
        reading.asked = ["fte_total", *asked]


def _raised(text: str) -> bool:
    """Part-timers brought up to full time: said, and not denied ("de vil ikke op på fuld tid", "instead of raising
    them": those are counted as they are)."""
    raised = _TO_FULL.search(text)
    return raised is not None and not _NOT_RAISED.search(text, max(0, raised.start() - 40), raised.start())


def _raise_to_full(
    reading: Reading,
    text: str,
    groups: list[tuple[int, float, str]],
    heads: dict[int, float],
    used: set[tuple[int, int]],
) -> None:
    """One part-time group brought up to full time adds the hours it lacks: 3 on 25 of 37 hours add
    3 × (1 − 25/37) = 0,97 FTE, not their 2,03. With other groups beside it, which one rises is not guessed:
    the staff is asked."""
    nums = reading.numbers
    if len(groups) != 1 or _SOME_OF_THEM.search(text):  # "half of them", "én af dem": who rises is not said
        reading.numbers = [replace(n, role=None, note="part_unknown") if n.role in _STAFF else n for n in nums]
        return
    i, share, how = groups[0]
    lacking = heads[i] * (1 - share)
    shown = f"{format_number(heads[i], reading.language)} × (1 − {how})"
    nums[i] = replace(nums[i], role="extra_staff", unit="workers", value=lacking, note="fte_parts", noun=shown)
    for k, n in enumerate(nums):
        if any(a <= n.span[0] < b for a, b in used):
            nums[k] = replace(n, role="context", note="part")
    if FTE_Q.search(text) or _RAISE_Q.search(text):
        rest = [a for a in reading.asked if a not in ("staff_affordable", "staff_now", "fte_total")]
        reading.asked = ["fte_added", *rest]


# "hvor mange årsværk svarer opnormeringen til", "how many FTE does that add"
_RAISE_Q = _re(
    r"\bhvor\s+mange\s+(?:årsværk|stillinger)\b|\bhow\s+many\s+(?:ftes?|full[- ]time\s+equivalents?|posts)\b"
)


def _collect(
    nums: list[ReadNumber],
    text: str,
    lang: str,
    full_week: float | None,
    groups: list[tuple[int, float, str]],
    used: set[tuple[int, int]],
) -> bool:
    """The full-time and part-time groups of staff, in place; False when a part-time share is not said."""
    for i, n in enumerate(nums):
        if n.unit in ("pct", "years") or n.unit.startswith("kr") or any(a <= n.span[0] < b for a, b in used):
            continue
        part = _PART_AFTER.match(text, n.span[1]) if n.unit in ("workers", "") else None  # not "150 anbringelser"
        if part and not (part.group("hours") and full_week is None):
            share, shown, key = _share(part, full_week, lang)
            used.add(part.span(key))
            groups.append((i, share, shown))
        elif _FULL_AFTER.match(text, n.span[1]) or (n.role in _STAFF and not _PART_WORD.match(text, n.span[1])):
            groups.append((i, 1.0, ""))
        elif _PART_WORD.match(text, n.span[1]):
            return False  # "3 deltidsansatte" with no share said: not guessed
    return True


def _shown(count: str, how: str) -> str:
    """ "6", "2 på halv tid", "4 × 80 %", "3 × 30/37": one group in the working."""
    if not how:
        return count
    return f"{count} {how}" if how in ("på halv tid", "half-time") else f"{count} × {how}"


def _share(part: re.Match[str], full_week: float | None, lang: str) -> tuple[float, str, str]:
    """A part-time group's share of a full week, how to show it (in the question's words: no figure it did
    not give), and which group of the match gave it."""
    if part.group("half"):
        return 0.5, "på halv tid" if lang == "da" else "half-time", "half"
    if part.group("pct"):
        pct = float(part.group("pct"))
        return pct / 100, f"{part.group('pct')} %", "pct"
    if part.group("fte"):
        fte = part.group("fte")
        return _number(fte), f"{fte} FTE" if lang == "en" else f"{fte} årsværk", "fte"
    hours = _number(part.group("hours"))
    assert full_week is not None
    return hours / full_week, f"{part.group('hours')}/{format_number(full_week, 'da')}", "hours"
