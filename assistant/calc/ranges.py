"""A range ("fra 40-50 sager pr. rådgiver", "35-40 færre medarbejdere", "mellem 3 og 5"): both ends worked out.

The documents give many of their figures as ranges (Herning's 40-50 cases before the change, Odense's 35-40
positions), and people quote them that way. Read alone, the lower number had no role, so the question was
refused; taking either end alone would state a figure the source does not give. The range's ends share the
role of the number that closes it, and the answer is solved once at each end, side by side.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.calc.amounts import Reading, ReadNumber
from assistant.calc.compare import COST_DIFFERENCE_Q, DIFFERENCE_Q
from assistant.calc.words import CASELOAD_AFTER, LEAVE, STAFF_AFTER

__all__ = ["read_range"]

_DASH = re.compile(r"\s*[-–]\s*")
# "mellem 3 og 5 anbringelser", "between 1,100 and 1,300 cases": a range in words
_AND = re.compile(r"\s*(?:kr\.?|dkk|sager|cases)?\s*(?:og|and)\s+(?:dkk\s+)?", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\b(?:mellem|between)\s+(?:dkk\s+)?$", re.IGNORECASE)
# "at 20 cases each, and at 30", "ved 32 sager og ved 25 sager": one role at two values, each worked out
_OR_AT = re.compile(
    r"\s*(?:sager|cases|børn|children)?\s*(?:each|hver|pr\.?\s+\w+|per\s+\w+)?\s*\)?\s*,?\s*"
    # "ved 24 sager pr. rådgiver, hvor mange ved 45": the second asked again
    r"(?:(?:og|and|or|eller)\s+|(?:og\s+)?hvor\s+mange\s+(?:\w+\s+)?|(?:and\s+)?how\s+many\s+(?:\w+\s+)?)"
    r"(?:at|ved|med|på)\s+(?:a\s+caseload\s+of\s+|et\s+sagstal\s+på\s+)?",
    re.IGNORECASE,
)
# "at 35 cases each versus 25 cases each", "ved 35 sager mod 25": two values compared, each worked out
_VERSUS = re.compile(
    r"\s*(?:sager|cases)?\s*(?:each|hver|pr\.?\s+\w+|per\s+\w+)?\s*,?\s*"
    r"(?:versus|vs\.?|over\s+for|mod|compared\s+(?:to|with)|against)\s+"
    r"(?:(?:at|ved|med|på)\s+)?(?:a\s+caseload\s+of\s+|et\s+sagstal\s+på\s+)?",
    re.IGNORECASE,
)
# "med henholdsvis 35 og 25 sager pr. rådgiver", "at 35 and 25 cases respectively"
_RESPECTIVELY_BEFORE = re.compile(r"\b(?:henholdsvis|respectively)\s+$", re.IGNORECASE)
_RESPECTIVELY_AFTER = re.compile(r"\s*(?:sager|cases)?\s*(?:\w+\s+)?respectively\b", re.IGNORECASE)
_AT_BEFORE = re.compile(r"\b(?:at|ved|med|på)\s+(?:a\s+caseload\s+of\s+|et\s+sagstal\s+på\s+)?$", re.IGNORECASE)
_CASELOADS = ("target", "caseload", "caseload_now")
_MIDDLE = re.compile(
    r"\b(?:(?:the\s+)?(?:middle|mid-?point)\s+of\s+(?:the\s+|that\s+|this\s+)?(?:old\s+|former\s+)?"
    r"(?:range|interval|span|band)|midt\s+i\s+(?:spændet|intervallet)|midten\s+af\s+(?:spændet|intervallet)|"
    r"midtpunktet\s+(?:af|i)\s+(?:spændet|intervallet))\b",
    re.IGNORECASE,
)
_NOT_BEFORE = re.compile(r"\b(?:not|ikke|rather\s+than|i\s+stedet\s+for|frem\s+for)\b[^.?!,]{0,20}$", re.IGNORECASE)
_MOST_RATIO = 10  # "1,1-1,3 mio." has its scale on the second number only: ends this far apart are not read


_FEWER_AFTER = re.compile(r"\s*(?:færre|fewer)\b", re.IGNORECASE)


def _high_end(text: str, low: ReadNumber, high: ReadNumber) -> ReadNumber:
    """The upper end with the role the range's words give both: "20-30 børn pr. rådgiver" is a caseload said
    once; "cutting 35-40 staff" is the posts cut, not today's staff."""
    if high.role is None and low.role in _CASELOADS:
        return replace(high, role=low.role, unit=low.unit)
    fewer = _FEWER_AFTER.match(text, high.span[1])  # "35-40 færre medarbejdere"
    staff = STAFF_AFTER.match(text, fewer.end() if fewer else high.span[1])
    cut = fewer or LEAVE.search(text, max(0, low.span[0] - 30), low.span[0])
    if low.role is None and high.role in ("staff_now", None) and cut and staff:
        return replace(high, role="staff_cut", unit="workers")
    return high


def _compared(reading: Reading, text: str) -> None:
    """Two values compared: each is costed in full, then set side by side, with the difference when asked."""
    reading.cues.add("two_values")
    if DIFFERENCE_Q.search(text):
        reading.cues.add("difference_asked")
    if COST_DIFFERENCE_Q.search(text) and "cost_per_year" not in reading.asked:
        reading.asked.append("cost_per_year")  # "forskellen i lønudgift": each value's staff costed


def _two_values(text: str, between: str, low: ReadNumber, high: ReadNumber) -> tuple[bool, ReadNumber]:
    """ "at 20 cases each, and at 30", "35 versus 25", "henholdsvis 35 og 25": one role at two values, each worked
    out (not a range, whose ends are one figure); with the second value as a target when only its caseload words
    ("… versus 25 cases each") say what both are."""
    respectively = _RESPECTIVELY_BEFORE.search(text, 0, low.span[0]) or _RESPECTIVELY_AFTER.match(text, high.span[1])
    at = _AT_BEFORE.search(text, 0, low.span[0])  # "at 35 … versus 25"; never "our caseload is 35 against 30"
    either = bool(
        (at and (_OR_AT.fullmatch(between) or _VERSUS.fullmatch(between)))
        or (_AND.fullmatch(between) and respectively)
    )
    if either and low.role is high.role is None and CASELOAD_AFTER.match(text, high.span[1]):
        high = replace(high, role="target", unit="cases_per_worker")
    return either, high


def read_range(reading: Reading, text: str) -> None:
    """Give the lower end of the first dash range the role of its upper end (in place)."""
    nums = reading.numbers
    for i in range(len(nums) - 1):
        low, high = nums[i], nums[i + 1]
        between = text[low.span[1] : high.span[0]]
        in_words = _AND.fullmatch(between) and _BETWEEN_BEFORE.search(text, 0, low.span[0])
        either, high = _two_values(text, between, low, high)
        if not (_DASH.fullmatch(between) or in_words or either):
            continue
        if not either and low.alt_role == "target" and high.alt_role == "caseload_now":
            # "DS' vejledende sagstal er 20-30": two open caseloads settled as today and target are one range;
            # a range to staff for is a target, one only restated is today's
            role = "target" if {"staff_needed", "extra_staff", "cost_per_year"} & set(reading.asked) else "caseload_now"
            low, high = replace(low, role=role, alt_role=None), replace(high, role=role, alt_role=None)
        high = _high_end(text, low, high)
        if either and low.role is None and high.role in _CASELOADS:  # "at 20 cases each, and at 30"
            low = replace(low, role=high.role, unit=high.unit)
        if (either and high.role not in _CASELOADS) or high.role in (None, "years", "context"):
            continue
        if _DASH.fullmatch(between) and high.role == "value_from" and low.role in _CASELOADS:
            low = replace(low, role=None)  # "Sagstallet gik fra 40-50 ned til 24": the start is the range, not 40 today
        if low.role not in (None, high.role):
            continue
        ends = sorted((low.value, high.value))
        if not 0 < ends[0] <= ends[1] <= ends[0] * _MOST_RATIO or (not either and low.value >= high.value):
            continue
        if any(n.role == high.role for j, n in enumerate(nums) if j not in (i, i + 1)):
            return  # "1.440 sager … 20-30 cases": the range cannot be the cases the question already gave
        if not either and any(not _NOT_BEFORE.search(text, 0, m.start()) for m in _MIDDLE.finditer(text)):
            # "taking the middle of the old range", "midt i spændet": one value, the range's middle, said as such
            mid = (low.value + high.value) / 2
            shown = f"{low.text.strip()}-{high.text.strip()}"
            nums[i] = replace(low, value=mid, role=high.role, unit=high.unit, kind=high.kind, alt_role=None,
                              note="range_mid", noun=shown)  # fmt: skip
            nums[i + 1] = replace(high, role="context", alt_role=None, note="part")
            return
        notes = ("range_alt", "range_alt") if either else ("range_low", "range_high")  # two values, not a range
        nums[i] = replace(low, role=high.role, unit=high.unit, kind=high.kind, alt_role=None, note=notes[0])
        nums[i + 1] = replace(high, alt_role=None, note=notes[1])
        reading.range_pair = (i, i + 1)
        if either:
            _compared(reading, text)
        for j, n in enumerate(nums):  # "regnet fra henholdsvis 40 og 50": the ends named again, not new inputs
            if n.role is None and n.value in (low.value, high.value) and not either:
                nums[j] = replace(n, role="context")
        return
