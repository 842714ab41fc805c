"""Two values dated by their years: a change from the earlier to the later, in whatever order they are said.

"Vi havde 64 anbragte børn i 2022 og 56 i 2024 – hvor mange procent færre?", "94 mio. kr. i 2024 mod 80
mio. kr. i 2021": the years, not the words "fra … til", say which value the change starts from.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.calc.amounts import Reading

__all__ = ["pair_by_years"]

_IN_YEAR_AFTER = re.compile(r"[^.?!\d]{0,30}?\b(?:i|in|for)\s+((?:19|20)\d\d)\b", re.IGNORECASE)


def pair_by_years(reading: Reading, text: str) -> None:
    """ "64 anbragte børn i 2022 og 56 i 2024 – hvor mange procent færre": two values dated by their years are
    a change from the earlier to the later, whatever order they are said in."""
    nums = reading.numbers
    if not {"pct_change", "abs_change"} & set(reading.asked) or any(n.role in ("value_from", "value_to") for n in nums):
        return
    dated = [(i, _IN_YEAR_AFTER.match(text, n.span[1])) for i, n in enumerate(nums) if n.role != "context"]
    if len(dated) != 2 or not all(m for _, m in dated):
        return
    (a, ma), (b, mb) = dated
    if ma is None or mb is None or ma.group(1) == mb.group(1):
        return
    first, last = (a, b) if int(ma.group(1)) < int(mb.group(1)) else (b, a)
    unit = nums[a].unit or nums[b].unit
    nums[first] = replace(nums[first], role="value_from", unit=unit, alt_role=None)
    nums[last] = replace(nums[last], role="value_to", unit=unit, alt_role=None)
