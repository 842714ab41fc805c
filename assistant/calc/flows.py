"""Costs and savings that differ from year to year: totals, the net result and the year it turns positive.

"Savings of DKK 3.1m a year only kick in from year 2", "1,5 mio. kr. det første år og 3,3 mio. kr. om året
derefter", "Team costs: 2.4m in 2025, 2.5m in 2026 and 2.65m in 2027", "4 anbringelser det første år og 6
om året de næste to år": an investment case is rarely one level a year, and the role reader has one
yearly level per role. It left the year numbers and the second level without a role and asked. Here each
amount (or count of placements, priced) is put on a side, cost or saving, and on the years it covers:

- the side is the last cost or saving word before it in its sentence ("Placement savings: 1.1m, 2.3m …");
- its years are the year it is said for ("in year 1", "det første år", "i 2026"), from a year on ("fra år
  2", "from year 2"), the years after the last one named ("derefter", "thereafter"), the next N years, or
  every year of the period when said "a year" with no year;
- staff × a price each are a yearly cost; placements × a price each a yearly saving.

The period is the years the question states ("over 4 år", "after year 4"), else the last year named.
Taken only when every number finds a side and years; the year lists are shown in the reading line, so a
misreading is visible. The year the running total turns positive is worked out from the same lists.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from assistant.calc.amounts import Reading, ReadNumber
from assistant.calc.part_year import months_paid
from assistant.calc.series import UNREAD_YEARS, Flows, year_marks
from assistant.calc.words import _re, asking_text, sentence_bounds
from assistant.models import Language
from assistant.numbers import format_number

__all__ = ["Flows", "read_flows"]

_FROM = _re(r"(?:\bfra\s+(?:og\s+med\s+)?|\bfrom\s+|\bstarting\s+(?:in|from)\s+|\bbegynd\w*\s+i\s+)$")
_AFTER = _re(
    r"\b(?:derefter|deretter|herefter|thereafter|after\s+that|the\s+years?\s+after|following\s+years|de\s+følgende\s+år)\b"
)
_NEXT = _re(
    r"\b(?:de\s+næste|de\s+følgende|the\s+next|the\s+following)\s+(?P<n>\d|to|tre|fire|fem|two|three|four|five)\s+(?:år|years)\b"
)
# "over de 3 år", "after 4 years", "efter 5 år", "over the 3 years": the period
_PERIOD = _re(r"\b(?:over|efter|after|within|inden\s+for|i\s+løbet\s+af|for)\s+(?:de\s+|the\s+)?\w+\s+(?:år|years)\b")
# "for all four together", "alle fire", "both of them": a count said again, not a second one
_AGAIN_BEFORE = _re(r"\b(?:all|alle|both|begge|de|the|disse|these)\s+$")
_FROM_TO = _re(r"^\s*(?:til|to)\s*$")
_LABEL = _re(r"\s*:?\s*")  # between a year said as a label and its amount ("år 1 1,2 mio.", "year 2: DKK 2.9m")
_SAME_YEARS = _re(r"\b(?:i\s+de\s+samme\s+år|in\s+the\s+same\s+years|same\s+years)\b")
_NUMBER_WORD = {"to": 2, "tre": 3, "fire": 4, "fem": 5, "two": 2, "three": 3, "four": 4, "five": 5}
_SAVE = _re(
    r"\b(?:spar\w*|besparel\w*|sav(?:e|es|ed|ing|ings)\b|undgå\w*|avoid\w*|færre|fewer|sænke\w*|lower\w*|"
    r"reduc\w*|reduktion\w*|mindre\s+udgift\w*|gevinst\w*|gain\w*)"
)
_COST = _re(r"\b(?:kost\w*|cost\w*|udgift\w*|invest\w*|løn\w*|salar\w*|expens\w*|spend\w*)")
_EACH_AFTER = _re(
    r"\s*(?:kr\.?\s*|dkk\s*)?(?:\)?\s*)?(?:(?:om\s+året|pr\.\s*år|a\s+year|per\s+year|årligt)\s+)?"
    r"(?:hver|each|stk\.?|apiece|pr\.\s*(?:stk|anbringelse|rådgiver)\w*|per\s+(?:placement|worker|caseworker))\b"
)
# "DKK 2.4m a year for all four together", "2,5 mio. i alt": one sum for the staff named, not a price each
_FOR_ALL = _re(
    r"\b(?:i\s+alt|samlet|tilsammen|together|in\s+total|for\s+all|for\s+(?:the\s+)?(?:whole|entire)\s+team|for\s+dem\s+alle)\b"
)
_EACH_BEFORE = _re(
    r"(?:\bá|\bà|\bhver\s+til|\beach\s+(?:costing|worth|at|saving|saves)|\beach|\bhver(?:\s+spar\w*)?)"
    r"\s*(?:dkk\s*|kr\.?\s*)?$"
)
# "om året", "a year", "kr./år", "DKK/yr": a level a year
_YEARLY = _re(
    r"(?:\b(?:om\s+året|a\s+year|per\s+year|pr\.\s*år|årligt|annually|each\s+year|hvert\s+år|a\s+yr)|/\s*(?:år|yr|year))\b"
)
_STAFF = _re(r"\b(?:\w*rådgiver\w*|sagsbehandler\w*|medarbejder\w*|\w*workers?|caseworkers?|staff|hires?|ansatte)\b")
_PLACED = _re(r"\b(?:\w*anbringelse\w*|placements?|pladser|children|børn)\b")
_HORIZON_Q = _re(r"\b(?:efter|after|over)\s+(?:år|year)\s+(?P<n>[1-9])\b")
_BREAK_EVEN_Q = _re(
    r"\b(?:hvilket\s+år|which\s+year|what\s+year|efter\s+hvor\s+mange\s+år|after\s+how\s+many\s+years|"
    r"break[s\-]?\s*even|hviler\s+\w*\s*i\s+sig\s+selv|tjen\w*\s+(?:sig\s+)?(?:selv\s+)?hjem|pays?\s+for\s+itself|"
    r"går\s+i\s+nul|positiv\w*\s+(?:i|from))"
)
_NET_Q = _re(
    r"\b(?:netto\w*|net\b|resultat\w*|result\w*|surplus|deficit|overskud|underskud|balance|samlede\s+regnskab)"
)
_SAVE_Q = _re(r"\b(?:spar\w*|besparel\w*|savings?|save)\b")
_COST_Q = _re(r"\b(?:koste\w*|costs?\b|udgift\w*|omkostning\w*)")
_PER_YEAR_Q = _re(r"\b(?:om\s+året|a\s+year|per\s+year|pr\.\s*år|årlig\w*|annual\w*|yearly|each\s+year|hvert\s+år)\b")


@dataclass
class _Item:
    index: int  # into reading.numbers
    side: str  # "cost" | "save"
    years: list[int] | None  # None: every year of the period (from ``start``)
    start: int = 1
    each: bool = False  # a price each, to multiply a count by
    count: bool = False
    added: float | None = None  # staff "from 5 to 10": the 5 added
    loose: bool = False  # no year and not said "a year"


def _side(text: str, n: ReadNumber, default: str | None) -> str | None:
    """The last cost or saving word before the number in its sentence; else the side carried from before."""
    start, _ = sentence_bounds(text, n.span[0])
    before = text[start : n.span[0]]
    save = [m.start() for m in _SAVE.finditer(before)]
    cost = [m.start() for m in _COST.finditer(before)]
    if not save and not cost:
        return default
    if save and cost and abs(max(save) - max(cost)) < 25:
        return "save"  # "sænke anbringelsesudgifterne med", "reduce placement costs by": a saving
    return "save" if max(save, default=-1) > max(cost, default=-1) else "cost"


def _tie(text: str, n: ReadNumber, marks: list[tuple[int, int, int]], used: set[int]) -> tuple[list[int] | None, int]:
    """(years, first year) a number is said for: a year named right after it, or "fra år 2" before it."""
    start, end = sentence_bounds(text, n.span[0])
    label = [(a, k) for a, b, k in marks if a not in used and b <= n.span[0] and _LABEL.fullmatch(text[b : n.span[0]])]
    if label and not _FROM.search(text[max(start, label[0][0] - 30) : label[0][0]]):
        used.add(label[0][0])  # "år 1 1,2 mio., år 2 3,0 mio.": the year said first, as a label
        return [label[0][1]], label[0][1]
    aside = re.match(r"\s*\w*\s*\([^)]{0,40}\)", text[n.span[1] :])  # "4 anbringelser (470.000 kr. stk.) det første år"
    reach = n.span[1] + 45 + (len(aside.group(0)) if aside else 0)
    after = [(a - n.span[1], k, a) for a, _, k in marks if n.span[1] <= a < min(end, reach) and a not in used]
    if after and not re.search(r"\d", re.sub(r"\([^)]*\)", "", text[n.span[1] : min(after)[2]])):
        _, k, a = min(after)  # a number between them would be the year's own ("1.1m, 2.3m in 2025")
        used.add(a)
        if _FROM.search(text[max(start, a - 30) : a]):
            return None, k
        return [k], k
    before = [(n.span[0] - b, k, a) for a, b, k in marks if start <= a and b <= n.span[0] and n.span[0] - b < 30]
    if before:
        _, k, a = min(before)
        if _FROM.search(text[max(start, a - 30) : a]):
            used.add(a)
            return None, k
    return None, 1


def read_flows(reading: Reading, text: str) -> Reading | None:
    """The question read as yearly costs and savings, or None when it is not that shape exactly."""
    if reading.groups or reading.move or months_paid(text) is not None:
        return None  # a start date: the first year is part of one (``calc.part_year``)
    marks = year_marks(text)
    if not marks and not _AFTER.search(text) and not _NEXT.search(text):
        return None
    nums = reading.numbers
    spans = [(a, b) for a, b, _ in marks] + [m.span() for m in _NEXT.finditer(text)]
    hidden = {i for i, n in enumerate(nums) if any(a <= n.span[0] < b for a, b in spans) or _said_again(text, nums, i)}
    stated = [
        i for i, n in enumerate(nums)
        if i not in hidden and (n.role == "years" or _period(text, n))
    ]  # fmt: skip
    placed = _Placer(text, marks)
    items = [placed.item(i, n) for i, n in enumerate(nums) if i not in hidden and i not in stated]
    if not items or None in items:
        return None
    found = [it for it in items if it is not None]
    if any(it.count and it.side == "cost" and (it.years or it.start > 1) for it in found):
        return None  # staff hired in a year stay on: a phased hiring (``calc.schedule``), not one year's cost
    hidden |= _from_to(found, nums, text)
    found = [it for it in found if it.index not in hidden]
    _same_years(found, placed.listed, text)
    if any(_overlaps(found, side) for side in ("cost", "save")) or UNREAD_YEARS.search(text):
        return None  # "2 a year" beside "1 in year 1" on one side, or "in years 2 and 3": which years is asked
    priced = {it.side for it in found if it.each and _yearly(text, nums[it.index])}
    unpriced = {it.side for it in found if it.each} - priced
    if any(it.loose and (not it.count or it.side in unpriced) for it in found):
        return None  # a count or amount with no year and not said "a year": a one-off or a total
    asking = asking_text(text)
    named = max((max(it.years) for it in found if it.years), default=0)
    horizon_q = _HORIZON_Q.search(asking)
    horizon = int(horizon_q.group(1)) if horizon_q else int(nums[stated[0]].value) if len(stated) == 1 else named
    if len(stated) > 1 or horizon < 2 or named > horizon:
        return None
    flows = _flows(found, nums, horizon, text, reading.language)
    if flows is None:
        return None
    return _reading(reading, found, flows, horizon, asking, hidden | set(stated))


def _period(text: str, n: ReadNumber) -> bool:
    """The number is the period's length ("over de 3 år"), not one said next to it ("over 4 år: 5 rådgivere")."""
    lo = max(0, n.span[0] - 12)
    return any(m.start() + lo <= n.span[0] < m.end() + lo for m in _PERIOD.finditer(text[lo : n.span[1] + 8]))


class _Placer:
    """Puts each number on a side and on its years, carrying the side, the kind of count and the last
    years named from one number to the next within a sentence."""

    def __init__(self, text: str, marks: list[tuple[int, int, int]]) -> None:
        self.text, self.marks = text, marks
        self.used: set[int] = set()
        self.side: str | None = None
        self.kind: str | None = None
        self.sentence = self.count_sentence = -1
        self.last_years: list[int] = []
        self.listed: dict[str, list[int]] = {}

    def item(self, i: int, n: ReadNumber) -> _Item | None:
        text = self.text
        if n.unit == "pct":
            return None
        sentence = sentence_bounds(text, n.span[0])[0]
        self.side = _side(text, n, self.side if sentence == self.sentence else None)
        self.sentence = sentence
        money = n.unit.startswith("kr")
        each = money and bool(
            _EACH_AFTER.match(text, n.span[1]) or _EACH_BEFORE.search(text[max(0, n.span[0] - 25) : n.span[0]])
        )
        if not money:
            self.kind = _count_kind(text, n, self.kind if sentence == self.count_sentence else None)
            self.count_sentence = sentence
            self.side = None if self.kind is None else "cost" if self.kind == "staff" else "save"
        if self.side is None:
            return None
        if each:
            return _Item(i, self.side, None, 1, each=True, count=False)
        years, first = _tie(text, n, self.marks, self.used)
        clause_after = text[n.span[1] : sentence_bounds(text, n.span[0])[1]]
        nxt = _NEXT.match(clause_after.lstrip(" ,").replace("om året ", "")) or _NEXT.search(clause_after[:40])
        if years is None and _AFTER.search(clause_after[:40]) and self.last_years:
            first = max(self.last_years) + 1  # "… og 3,3 mio. kr. om året derefter"
        elif years is None and nxt:
            if not self.last_years:
                return None  # "the next two years" after no year named
            k = _NUMBER_WORD.get(nxt.group("n").lower()) or int(nxt.group("n"))
            years = list(range(max(self.last_years) + 1, max(self.last_years) + 1 + k))
        if years:
            self.last_years = years
            self.listed.setdefault(self.side, []).append(years[0])
        loose = years is None and first == 1 and not _yearly(text, n)
        return _Item(i, self.side, years, first, each=False, count=not money, loose=loose)


def _overlaps(items: list[_Item], side: str) -> bool:
    """A level for every year and another tied to a year on one side: added or meant for the other years?"""
    mine = [it for it in items if it.side == side and not it.each]
    every = [it for it in mine if it.years is None and it.start == 1]
    return bool(every) and len(every) < len(mine)


def _from_to(items: list[_Item], nums: list[ReadNumber], text: str) -> set[int]:
    """ "Double the caseworkers from 5 to 10": the staff added are the difference; the 10 is said for it."""
    for a, b in itertools.pairwise(items):
        between = text[nums[a.index].span[1] : nums[b.index].span[0]]
        if a.count and b.count and a.side == b.side == "cost" and _FROM_TO.match(between):
            a.added = nums[b.index].value - nums[a.index].value
            return {b.index}
    return set()


def _same_years(items: list[_Item], listed: dict[str, list[int]], text: str) -> None:
    """ "Placement savings: 1.1m, 2.3m and 3.4m in the same years": a list tied to the years of the list before it."""
    if not _SAME_YEARS.search(text):
        return
    for side in ("cost", "save"):
        other = listed.get("save" if side == "cost" else "cost", [])
        loose = [it for it in items if it.side == side and it.years is None and not it.each and not it.count]
        if other and len(loose) == len(other):
            for it, k in zip(loose, other, strict=True):
                it.years, it.loose = [k], False


def _said_again(text: str, nums: list[ReadNumber], i: int) -> bool:
    n = nums[i]
    return bool(_AGAIN_BEFORE.search(text[max(0, n.span[0] - 12) : n.span[0]])) and any(
        m.value == n.value for m in nums[:i]
    )


def _count_kind(text: str, n: ReadNumber, carried: str | None) -> str | None:
    """Staff or placements: the noun after the count ("4 fewer residential placements"), the noun just before
    it ("the caseworkers from 5 to 10"), or the kind of the count before it in the sentence ("og 6 om året")."""
    after = text[n.span[1] : n.span[1] + 45]
    hits = [(m.start(), k) for k, pat in (("staff", _STAFF), ("placed", _PLACED)) for m in pat.finditer(after)]
    words_between = lambda i: len(re.findall(r"\w+", after[:i]))  # noqa: E731
    near = [(i, k) for i, k in hits if words_between(i) <= 2]
    if near:
        return min(near)[1]
    if carried is not None:
        return carried
    start = sentence_bounds(text, n.span[0])[0]
    before = text[max(start, n.span[0] - 30) : n.span[0]]
    back = [(m.end(), k) for k, pat in (("staff", _STAFF), ("placed", _PLACED)) for m in pat.finditer(before)]
    return max(back)[1] if back else None


Terms = list[list[str]]  # per year, the working of each amount that falls in it ("4 × 470.000")


def _flows(
    items: list[_Item], nums: list[ReadNumber], horizon: int, text: str, lang: Language
) -> tuple[Flows, Terms, Terms] | None:
    """The yearly series of both sides, with each year's working in the question's own numbers."""
    series = {"cost": [0.0] * horizon, "save": [0.0] * horizon}
    terms: dict[str, Terms] = {"cost": [[] for _ in range(horizon)], "save": [[] for _ in range(horizon)]}
    show = lambda v: format_number(v, lang)  # noqa: E731
    prices = {s: [it for it in items if it.side == s and it.each] for s in ("cost", "save")}
    counts = [it for it in items if it.count]
    if any(len(p) > 1 for p in prices.values()):
        return None
    for s in ("cost", "save"):
        if prices[s] and not any(c.side == s for c in counts):
            return None  # a price each with nothing counted on its side
    # "five caseworkers at DKK 600k each cost DKK 3m a year": the sum is the count times its price said again
    products = {
        (c.side, nums[c.index].value * nums[prices[c.side][0].index].value) for c in counts if prices[c.side]
    }
    for it in items:
        if it.each:
            continue
        value = nums[it.index].value if it.added is None else it.added
        if not it.count and any(side == it.side and abs(value - p) <= 0.005 * p for side, p in products):
            continue  # the same cost twice is not two costs
        said = show(value)
        if it.count:
            price = prices[it.side]
            if not price:
                sums = [x for x in items if x.side == "cost" and not x.each and not x.count]
                if it.side == "cost" and sums and all(_for_all(text, nums[x.index]) for x in sums):
                    continue  # "4 extra caseworkers, DKK 2.4m a year for all four together": the count is context
                return None  # a count with a sum not said to be for all of them: a price each or a total is asked
            said = f"{said} × {show(nums[price[0].index].value)}"
            value *= nums[price[0].index].value
        for k in it.years if it.years is not None else range(it.start, horizon + 1):
            series[it.side][k - 1] += value
            terms[it.side][k - 1].append(said)
    if not any(series["save"]) or not any(series["cost"]):
        return None
    return Flows(tuple(series["cost"]), tuple(series["save"])), terms["cost"], terms["save"]


def _year_list(terms: Terms) -> str:
    """ "4 × 470.000 + 6 × 470.000 + 6 × 470.000": one term a year, a year of several in brackets, 0 for none."""
    return " + ".join(t[0] if len(t) == 1 else f"({' + '.join(t)})" if t else "0" for t in terms)


def _yearly(text: str, n: ReadNumber) -> bool:
    """Said as a level a year: "2,5 mio. om året", "a year", "årligt" just after it, or "om året" before it."""
    start, end = sentence_bounds(text, n.span[0])
    return bool(
        _YEARLY.search(text[n.span[1] : min(end, n.span[1] + 40)])
        or _YEARLY.search(text[max(start, n.span[0] - 30) : n.span[0]])
    )


def _for_all(text: str, n: ReadNumber) -> bool:
    """One sum for the staff named: "2.4m a year for all four together", or what the role reader took for the
    new staff's total ("4 extra workers cost DKK 2.4m a year")."""
    return n.role in ("staff_cost_total", "extra_cost_total") or bool(
        _FOR_ALL.search(text[n.span[0] : sentence_bounds(text, n.span[0])[1]])
    )


def _reading(
    reading: Reading, items: list[_Item], found: tuple[Flows, Terms, Terms], horizon: int, asking: str, hidden: set[int]
) -> Reading:
    flows, cost_terms, save_terms = found
    numbers = list(reading.numbers)
    # the first amount of each side holds its total (a count keeps its words in the year lists' working)
    cost_i = min((it for it in items if it.side == "cost"), key=lambda it: (it.count, it.index)).index
    save_i = min((it for it in items if it.side == "save"), key=lambda it: (it.count, it.index)).index
    for it in items:
        numbers[it.index] = replace(numbers[it.index], role="context", note="year_mark", alt_role=None)
    for i in hidden:
        numbers[i] = replace(numbers[i], role="context", note="year_mark", alt_role=None)
    for i, total, terms, role in (
        (cost_i, flows.costs, cost_terms, "cost_total"),
        (save_i, flows.savings, save_terms, "savings_total"),
    ):
        numbers[i] = replace(
            numbers[i], role=role, unit="kr", value=sum(total), note="flows", noun=_year_list(terms), alt_role=None
        )
    asked: list[str] = []
    if _BREAK_EVEN_Q.search(asking):
        asked.append("breakeven_year")
    if _COST_Q.search(asking) and _PER_YEAR_Q.search(asking) and len(set(flows.costs)) == 1:
        asked.append("cost_per_year")
    elif _COST_Q.search(asking):
        asked.append("cost_total")
    if _SAVE_Q.search(asking):
        asked.append("savings_total")
    if _NET_Q.search(asking) or not asked:
        asked.append("net_total")
    return replace(
        reading, numbers=numbers, asked=asked, ambiguous=[], is_calculation=True, horizon=horizon, flows=flows
    )
