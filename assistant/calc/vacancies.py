"""Vacant posts: "38 posts, 5 of them vacant", "31 normeringer, men 4 stillinger står vakante".

The reader took the posts for today's staff and left the vacant count without a role, so it asked; the
caseload a manager means is the one the staff in post carry, and "fully staffed" is the caseload with every
post filled. Here the staff in post (the posts less the vacant ones, or the count said as "de 27 besatte")
are today's staff and the posts are the staff after; the reading line says both ("33 rådgivere i dag (i
stilling: 38 − 5)"). Taken only when the counts add up and nothing else is unread.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.calc import words
from assistant.calc.amounts import Reading
from assistant.numbers import format_number

__all__ = ["vacant_posts"]

# "what if we fill half the vacancies", "hvis vi besætter 2 af dem": some posts filled, not all
_SOME_FILLED = re.compile(
    r"\b(?:half|halvdelen|halvt|some|nogle|part\s+of|dele?\s+af|a\s+third|a\s+quarter|en\s+del)\b|\d\s*%|"
    r"\b(?:fill|filled|besætte\w*|genbesætte\w*)\s+(?:\w+\s+)?\d",
    re.I,
)

_VACANT_AFTER = re.compile(
    r"\s*(?:(?:af\s+dem|of\s+them|of\s+which|heraf|hvoraf)\s+)?(?:[^\W\d][\w-]*\s+){0,3}?"
    rf"(?:{words.VACANT}|empty|tomme|open\s+(?:posts?|positions?))\b",
    re.I,
)


def vacant_posts(reading: Reading, text: str) -> None:
    """Posts and the vacant among them: today's staff are those in post, the posts the staff when filled."""
    if not {"caseload", "caseload_after"} & set(reading.asked):
        return
    nums = reading.numbers
    counts = [i for i, n in enumerate(nums) if not n.unit.startswith("kr") and n.unit != "pct" and n.role != "cases"]
    vacant = [i for i in counts if _VACANT_AFTER.match(text, nums[i].span[1])]
    if len(vacant) != 1 or sum(1 for n in nums if n.role == "cases") != 1:
        return
    v = vacant[0]
    posts = [i for i in counts if i < v and words.STAFF_AFTER.match(text, nums[i].span[1])]
    if len(posts) != 1 or nums[posts[0]].value <= nums[v].value:
        return
    p = posts[0]
    rest = [i for i in counts if i not in (p, v)]
    in_post = nums[p].value - nums[v].value
    lang = reading.language
    if len(rest) == 1 and nums[rest[0]].value == in_post:  # "De 27 besatte rådgivere"
        said = rest[0]
        nums[said] = replace(nums[said], role="staff_now", alt_role=None, unit="workers", note="")
        nums[v] = replace(nums[v], role="context", alt_role=None, note="part")
    elif not rest:
        shown = f"{format_number(nums[p].value, lang)} − {format_number(nums[v].value, lang)}"
        nums[v] = replace(nums[v], role="staff_now", alt_role=None, unit="workers", value=in_post,
                          note="in_post", noun=shown)  # fmt: skip
    else:
        return
    if _SOME_FILLED.search(words.asking_text(text)):
        nums[p] = replace(nums[p], role="context", alt_role=None, note="part")  # the staff after: not the posts
        return
    nums[p] = replace(nums[p], role="staff_to", alt_role=None, unit="workers", note="all_posts")
