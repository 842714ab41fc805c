"""A range ("fra 40-50 sager pr. rådgiver", "35-40 færre medarbejdere", "mellem 3 og 5"): both ends worked out.

The documents give many of their figures as ranges (Herning's 40-50 cases before the change, Odense's 35-40
positions), and people quote them that way. Read alone, the lower number had no role, so the question was
refused; taking either end alone would state a figure the source does not give. The range's ends share the
role of the number that closes it, and the answer is solved once at each end, side by side.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.calc.amounts import Reading

__all__ = ["read_range"]

_DASH = re.compile(r"\s*[-–]\s*")
# "mellem 3 og 5 anbringelser", "between 1,100 and 1,300 cases": a range in words
_AND = re.compile(r"\s*(?:kr\.?|dkk|sager|cases)?\s*(?:og|and)\s+(?:dkk\s+)?", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\b(?:mellem|between)\s+(?:dkk\s+)?$", re.IGNORECASE)
_MOST_RATIO = 10  # "1,1-1,3 mio." has its scale on the second number only: ends this far apart are not read


def read_range(reading: Reading, text: str) -> None:
    """Give the lower end of the first dash range the role of its upper end (in place)."""
    nums = reading.numbers
    for i in range(len(nums) - 1):
        low, high = nums[i], nums[i + 1]
        between = text[low.span[1] : high.span[0]]
        in_words = _AND.fullmatch(between) and _BETWEEN_BEFORE.search(text, 0, low.span[0])
        if not (_DASH.fullmatch(between) or in_words):
            continue
        if high.role in (None, "years", "context") or low.role not in (None, high.role):
            continue
        if not 0 < low.value < high.value <= low.value * _MOST_RATIO:
            continue
        if any(n.role == high.role for j, n in enumerate(nums) if j not in (i, i + 1)):
            return  # "1.440 sager … 20-30 cases": the range cannot be the cases the question already gave
        nums[i] = replace(low, role=high.role, unit=high.unit, kind=high.kind, alt_role=None, note="range_low")
        nums[i + 1] = replace(high, alt_role=None, note="range_high")
        reading.range_pair = (i, i + 1)
        for j, n in enumerate(nums):  # "regnet fra henholdsvis 40 og 50": the ends named again, not new inputs
            if n.role is None and n.value in (low.value, high.value):
                nums[j] = replace(n, role="context")
        return
