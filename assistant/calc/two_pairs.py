"""Two changes in one question: staff from A to B and cases from C to D.

"Sagerne steg fra 912 til 1.023, og rådgiverne fra 24 til 31. Hvor mange procent ændrede sagstallet sig?"
The change reader pairs a start with an end, one pair per question, so it answered with the first pair's
change (the cases' 12 %), a confident wrong figure where the caseload fell 13 %. Here each pair is tied to
what it counts, by the noun said with it: the staff pair becomes staff today and after, the cases pair the
cases before and after, and the solver works out the caseload before and after, its change and the staff's.
Two pairs whose nouns cannot be told apart (or that count anything else) keep no role, so the answer asks
which number is which instead of choosing a pair.
"""

from __future__ import annotations

from dataclasses import replace

from assistant.calc.amounts import Reading, ReadNumber
from assistant.calc.words import CASES_NAMED, STAFF_NAMED, _re, sentence_bounds

__all__ = ["read_two_pairs"]

_NEAR = 40  # characters around a pair in which its noun is said: "fra 24 til 31 rådgivere", "rådgiverne fra 24"
_CASELOAD_ASK = _re(r"\bsagstal\w*|\bcaseloads?\b|\bsager\s+pr\.?\s|\bcases\s+per\b")


_CLAUSE = _re(r",|;|\s(?:og|and|mens|while|whereas)\s")


def _named(part: str) -> str | None:
    staff, cases = STAFF_NAMED.search(part), CASES_NAMED.search(part)
    if staff and cases:
        return "staff" if staff.start() < cases.start() else "cases"
    return "staff" if staff else "cases" if cases else None


def _noun_of(text: str, start: int, end: int) -> str | None:
    """ "staff" or "cases" for a pair said between ``start`` and ``end``: the noun in its own clause, after the
    pair ("fra 24 til 31 rådgivere") or else before it ("rådgiverne fra 24 til 31", "cases rose from …")."""
    lo, hi = sentence_bounds(text, start)
    after = text[end : min(hi, end + _NEAR)]
    cut = _CLAUSE.search(after)
    named = _named(after[: cut.start()] if cut else after)
    if named:
        return named
    before = text[max(lo, start - _NEAR) : start]
    cuts = list(_CLAUSE.finditer(before))
    return _named(before[cuts[-1].end() :] if cuts else before)


def read_two_pairs(reading: Reading, text: str) -> None:
    """Tie two from-to pairs to staff and cases, in place; unplace them when that cannot be told."""
    nums = reading.numbers
    starts = [i for i, n in enumerate(nums) if n.role == "value_from"]
    ends = [i for i, n in enumerate(nums) if n.role == "value_to"]
    if len(starts) != 2 or len(ends) != 2 or any(nums[i].note for i in starts + ends):
        return  # one pair, or the two ends of a range ("fra 40-50 til 24"), read elsewhere
    pairs = sorted(zip(sorted(starts, key=lambda i: nums[i].span), sorted(ends, key=lambda i: nums[i].span),
                       strict=True))  # fmt: skip
    nouns = [_noun_of(text, nums[a].span[0], nums[b].span[1]) for a, b in pairs]
    if sorted(n or "" for n in nouns) != ["cases", "staff"]:
        for i in starts + ends:  # which start goes with which end, and what each counts, is asked
            nums[i] = replace(nums[i], role=None, alt_role=None)
        return
    roles = {"staff": ("staff_now", "staff_to", "workers"), "cases": ("cases_from", "cases", "cases")}
    for (a, b), noun in zip(pairs, nouns, strict=True):
        start_role, end_role, unit = roles[noun or ""]
        nums[a] = _placed(nums[a], start_role, unit)
        nums[b] = _placed(nums[b], end_role, unit)
    asks = {"pct_change": "pct_change", "abs_change": "caseload_after"}
    if _CASELOAD_ASK.search(text):  # the change asked is the caseload's: before and after, then in percent
        asked = [a for a in reading.asked if a not in asks]
        reading.asked = list(dict.fromkeys([*asked, "caseload", "caseload_after"]
                                           + (["pct_change"] if "pct_change" in reading.asked else [])))  # fmt: skip


def _placed(n: ReadNumber, role: str, unit: str) -> ReadNumber:
    return replace(n, role=role, unit=unit, alt_role=None)
