"""Staff or cases given in parts by team or department, summed: "20 rådgivere i familieafdelingen og 10 i
handicapafdelingen, 900 sager i alt".

Two counts of the same thing are otherwise asked about (``relations._one_value_each``): "40 rådgivere, men
4 rådgivere er på barsel" must not be added up. Parts are summed only when each count names its own team
or department, nothing in the sentence says one is a subset (on leave, of whom, half-time), and the other
quantity (the cases for staff in parts, the staff for cases in parts) is given once for all of them. A
count with its noun left out after the first ("24 rådgivere i team nord og 18 i team syd") is a part too.
"""

from __future__ import annotations

from dataclasses import replace

from assistant.calc.amounts import Reading, ReadNumber
from assistant.calc.words import _re, sentence_bounds

__all__ = ["sum_parts"]

_PLACE = _re(  # Danish compounds carry the place last: "handicapafdelingen", "familieteamet"
    r"\w*(?:team\w*|afdeling\w*|departments?|units?|gruppe\w*|groups?|distrikt\w*|districts?|enhed\w*|"
    r"område\w*|areas?|sektion\w*|sections?)\b"
)
_SUBSET = _re(
    r"\b(?:af\s+dem|hvoraf|heraf|of\s+(?:them|whom|these|those)|men|but|barsel|leave|sygemeld\w*|sick|går|"
    r"leaving|nyansat\w*|hired|halv\s+tid|halvtid\w*|half[- ]time|part[- ]time|deltid\w*|ledere?|leaders?)\b"
)
_JOINED = _re(r"^[^.?!\d]{0,40}?(?:,|\bog\b|\band\b|\bsamt\b|\bplus\b)[^.?!\d]{0,12}$")
_OTHER = {"workers": "cases", "cases": "staff_now"}  # the quantity given once for all the parts
_ROLE = {"workers": "staff_now", "cases": "cases"}


def sum_parts(reading: Reading, text: str) -> None:
    """Sum the counts of staff (or of cases) given per team into one, in place."""
    nums = reading.numbers
    for unit, role in _ROLE.items():
        parts = [
            i
            for i, n in enumerate(nums)
            if (n.unit == unit and n.role in (None, role))
            or (
                n.role is None
                and n.unit == ""
                and i
                and nums[i - 1].unit == unit
                and _JOINED.match(_between(text, nums, i))
            )
        ]
        unplaced = [i for i in parts if nums[i].role is None]
        if len(parts) < 2 or not unplaced or len(parts) - len(unplaced) > 1:
            continue
        if any(n.role is None for j, n in enumerate(nums) if j not in parts):
            continue
        if sum(1 for n in nums if n.role == _OTHER[unit]) != 1:
            continue
        windows = [_window(text, nums, i) for i in parts]
        start, end = sentence_bounds(text, nums[parts[0]].span[0])
        sentences = text[start : max(end, nums[parts[-1]].span[1])]
        if not all(_PLACE.search(w) for w in windows) or _SUBSET.search(sentences):
            continue
        total = sum(nums[i].value for i in parts)
        first = parts[0]
        nums[first] = replace(nums[first], role=role, unit=unit, value=total, note="parts")
        for i in parts[1:]:
            nums[i] = replace(nums[i], role="context", unit=unit, note="part")
        return


def _between(text: str, nums: list[ReadNumber], i: int) -> str:
    return text[nums[i - 1].span[1] : nums[i].span[0]]


def _window(text: str, nums: list[ReadNumber], i: int) -> str:
    """The words that go with the ``i``-th number: from the one before it to the next one."""
    lo = nums[i - 1].span[1] if i else 0
    hi = nums[i + 1].span[0] if i + 1 < len(nums) else len(text)
    return text[max(lo, nums[i].span[0] - 40) : min(hi, nums[i].span[1] + 40)]
