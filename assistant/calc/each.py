"""Placements avoided per worker: "each of the 5 new caseworkers prevents 1 placement", "hver ny rådgiver
forebygger 1 anbringelse om året".

Read alone, "1 placement" was one placement in total, so five workers were set against one placement's
saving and a 2 mio. kr. gain came out as a 2 mio. kr. cost. A count of avoided placements said of *each*
worker is multiplied by the new workers, and the first line says so.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.calc.amounts import Ctx, Reading
from assistant.calc.words import STAFF_NOUN

__all__ = ["avoided_per_worker", "part_of_count"]

# "each (of the 5 new) caseworker(s) (is expected to) prevent(s)", "hver (ny) rådgiver forebygger/undgår"
_EACH_WORKER = re.compile(
    rf"\b(?:each|every|hver|hvert)\s+(?:of\s+the\s+|af\s+de\s+)?(?:\d+\s+)?(?:new\s+|nye?\s+|extra\s+|ekstra\s+)?"
    rf"(?:{STAFF_NOUN})\b[^.?!\d]{{0,40}}$|"
    rf"\b(?:{STAFF_NOUN}),?\s+(?:each|hver)\s+(?:expected\s+to|forventes\s+at|skal|should|will|vil)?[^.?!\d]{{0,30}}$",
    re.I,
)


# "8 caseworkers … and each of them avoids 0.5 placements", "hver af dem forebygger": the new workers named before
_EACH_OF_THEM = re.compile(r"\b(?:each\s+of\s+them|hver\s+af\s+dem|hver\s+især)\b[^.?!\d]{0,40}$", re.I)
_SENTENCE_END = re.compile(r"[?!]|\.\s+(?=[A-ZÆØÅ])")


def avoided_per_worker(reading: Reading, ctxs: list[Ctx]) -> None:
    """Multiply a per-worker avoided count by the new workers (in place)."""
    nums = reading.numbers
    staff = [n for n in nums if n.role == "extra_staff"]
    avoided = [i for i, n in enumerate(nums) if n.role == "avoided"]
    if len(staff) != 1 or not avoided or len(avoided) > 2:
        return
    i = avoided[0]
    start = max(0, nums[i].span[0] - 80)
    before = ctxs[i].text[start : nums[i].span[0]]
    named_before = staff[0].span[0] < nums[i].span[0]  # "8 caseworkers … each of them avoids": the new workers
    if not (_EACH_WORKER.search(before) or (named_before and _EACH_OF_THEM.search(before))):
        return
    end = next((m.start() for m in _SENTENCE_END.finditer(ctxs[i].text, nums[i].span[1])), len(ctxs[i].text))
    for j in avoided:  # "each of them avoids 0.5 foster and 0.25 residential placements": both per worker
        if nums[j].span[0] < end:
            nums[j] = replace(nums[j], value=nums[j].value * staff[0].value, note="per_worker")


# "move half of our 10 children", "flyt halvdelen af vores 10 børn": the count is the whole, a part moves
_PART_OF = re.compile(
    r"\b(?P<part>half|halvdelen|a\s+third|one\s+third|en\s+tredjedel|a\s+quarter|one\s+quarter|en\s+fjerdedel)\s+"
    r"(?:of|af)\s+(?:our|the|those|vores|de|disse)?\s*$",
    re.I,
)
_PARTS = {"half": ("half", 2), "halvdelen": ("half", 2), "third": ("third", 3), "tredjedel": ("third", 3),
          "quarter": ("quarter", 4), "fjerdedel": ("quarter", 4)}  # fmt: skip


def part_of_count(reading: Reading, text: str) -> None:
    """A count of children moved or placements avoided said as a part of a whole: the part, said so."""
    nums = reading.numbers
    for i, n in enumerate(nums):
        if n.role not in ("moved", "avoided"):
            continue
        found = _PART_OF.search(text, max(0, n.span[0] - 40), n.span[0])
        if found:
            note, parts = _PARTS[found.group("part").split()[-1].lower()]
            nums[i] = replace(n, value=n.value / parts, note=note)
