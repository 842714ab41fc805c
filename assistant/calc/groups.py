"""Two or three groups, each with its own cases and staff: teams side by side, or the same team two years.

The reader has one slot for the cases and one for the staff, so "405 sager på 9 rådgivere, og familie-
teamet har 1.020 sager på 31" used to leave every number unread. Here a question whose numbers are all
pairs of cases and staff (each pair in one clause, the same order every time) and that asks only for
caseloads is read as groups: one caseload per group, the groups together when asked ("samlet",
"combined"), and the change from the first group to the last when asked ("steget eller faldet"). Any
other number, or another asked quantity, leaves the question to the ordinary reading, which asks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from assistant.calc.words import BOUNDARY, _re

if TYPE_CHECKING:
    from assistant.calc.amounts import Ctx, Reading, ReadNumber

__all__ = ["Group", "asks_change", "asks_combined", "asks_equal_cases", "read_groups"]

PAIR = {("cases", "staff_now"), ("staff_now", "cases")}
# "Familieområdet har 780 sager og skal ned på 30 pr. rådgiver, handicapområdet 410 og skal ned på 40"
TARGET_PAIR = ("cases", "target")
# what names a group in its clause: a team, a year, a unit
LABEL = _re(
    r"\b(?:team\s+(?:nord|syd|øst|vest|north|south|east|west|[a-d]|\d)\b|[\wæøå]*team(?:et|s)?|[\wæøå]+\s+team|"
    r"sidste\s+år|i\s+år|forrige\s+år|last\s+year|this\s+year|"
    r"[\wæøå]*afdeling(?:en)?|[\wæøå]*område(?:t)?|[\wæøå]+\s+(?:unit|department|area)|"
    r"[\wæøå]*(?:gruppe|enhed)(?:n|en)?)\b"
)
COMBINED = _re(
    r"\b(?:samlet|samlede|tilsammen|i\s+alt|for\s+(?:hele\s+)?afdelingen|begge\s+\w+\s+(?:samlet|tilsammen)|"
    r"combined|together|overall|in\s+total|for\s+the\s+(?:whole\s+)?(?:department|unit))\b"
)
CHANGE = _re(
    r"\b(?:steget|faldet|stiger|falder|gået\s+(?:op|ned)|ændret|risen|fallen|gone\s+(?:up|down)|increased|"
    r"decreased|changed|up\s+or\s+down|higher\s+or\s+lower|højere\s+eller\s+lavere)\b"
)
# "the two teams", "begge år": the number of groups said again, not an input
GROUP_COUNT_AFTER = _re(r"\s+(?:teams?|hold|grupper|years|år|units|afdelinger)\b")
ASKED_OK = {"caseload"}
TARGET_ASKED_OK = {"staff_needed"}


@dataclass(frozen=True)
class Group:
    """One group's name as the question gives it ("" when it gives none), its cases and its staff or the
    target caseload it must reach (``target`` 0 when the group gives its staff)."""

    label: str
    cases: float
    staff: float
    target: float = 0.0


def read_groups(reading: Reading, ctxs: list[Ctx], text: str) -> list[Group]:
    """The groups of a question made of case-and-staff pairs; [] when it is not one."""
    targets = bool(reading.asked) and set(reading.asked) <= TARGET_ASKED_OK
    if not reading.asked or (set(reading.asked) - ASKED_OK and not targets):
        return []
    nums = reading.numbers
    keep = [
        i
        for i, n in enumerate(nums)
        if not (n.role is None and n.value in (2, 3) and GROUP_COUNT_AFTER.match(ctxs[i].after))
    ]
    roles = [nums[i].role for i in keep]
    if len(keep) not in (4, 6):
        return []
    pairs = [(keep[k], keep[k + 1]) for k in range(0, len(keep), 2)]
    orders = {(nums[a].role, nums[b].role) for a, b in pairs}
    if len(orders) != 1 or not orders <= ({TARGET_PAIR} if targets else PAIR) or None in roles:
        return []
    groups = []
    named = _named_apart(nums, pairs, text)
    for a, b in pairs:
        between = text[nums[a].span[1] : nums[b].span[0]]
        if BOUNDARY.search(between) or (_clause_break(between, targets) and not named):
            return []
        cases, staff = (a, b) if nums[a].role == "cases" else (b, a)
        label = _label(ctxs[a].clause[-60:] if ctxs[a].clause else ctxs[a].before)
        if targets:
            groups.append(Group(label, nums[cases].value, 0.0, nums[staff].value))
        else:
            groups.append(Group(label, nums[cases].value, nums[staff].value))
    for i, n in enumerate(nums):
        if i not in keep:
            nums[i] = replace(n, role="context")
    return groups


def _named_apart(nums: list[ReadNumber], pairs: list[tuple[int, int]], text: str) -> bool:
    """Each pair opens with a name of its own ("Team Nord har 11 rådgivere og 352 sager, Team Syd har 9 …",
    "North team: 14 workers, 476 cases."): then an "og" or a comma inside a pair does not split it."""
    labels, start = [], 0
    for a, b in pairs:
        labels.append(_label(text[start : nums[a].span[0]]).lower())
        start = nums[b].span[1]
    return all(labels) and len(set(labels)) == len(labels)


def _clause_break(between: str, target: bool = False) -> bool:
    """A comma or "og"/"and" between the two numbers of a pair: they may belong to different groups. A
    target is said with its own verb ("780 sager og skal ned på 30"), so there only a comma breaks."""
    return bool(re.search(r"," if target else r",|\bog\b|\band\b", between))


def _label(before: str) -> str:
    found = list(LABEL.finditer(before))
    if not found:
        return ""
    word = found[-1].group(0)
    return word[0].upper() + word[1:]


def asks_combined(text: str) -> bool:
    return bool(COMBINED.search(text))


def asks_change(text: str) -> bool:
    return bool(CHANGE.search(text))


# "hvor mange sager skal flyttes …, for at de to teams får samme sagstal", "to equalise caseloads"
EQUAL = _re(
    r"\b(?:samme\s+sagstal|lige\s+(?:mange\s+sager|store?\s+sagstal)|udligne\w*|the\s+same\s+caseloads?|"
    r"equali[sz]e\w*|even\s+out|balance\s+(?:the\s+)?caseloads?)\b"
)
MOVE_CASES = _re(
    r"\b(?:hvor\s+mange\s+sager|how\s+many\s+cases)\b[^?]{0,60}?\b(?:flytte\w*|move[sd]?|shift\w*|overføre\w*)"
)


def asks_equal_cases(text: str) -> bool:
    """Cases to move between two groups so both carry the same caseload."""
    return bool(EQUAL.search(text) and MOVE_CASES.search(text))
