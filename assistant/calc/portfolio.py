"""Placements counted by type and the money spent on them: "64 børn anbragt: 41 i plejefamilie og resten på
institution", "DKK 10.2m a year for 8 kids in residential care".

Apart from ``calc.relations`` because they read one thing, a portfolio of placements: the typed counts (and the
rest of a total as the other type), and a spend with the count it paid for (so a price is the spend over the
count, never a national default beside it).
"""

from __future__ import annotations

from dataclasses import replace

from assistant.calc import words
from assistant.calc.amount_words import ON_COUNT_BETWEEN, SPENT_VERB_BEFORE
from assistant.calc.amounts import Ctx, Reading, ReadNumber
from assistant.calc.fractions import FRACTION_WORD, fraction_of
from assistant.calc.placement_words import KIND_AFTER, kind_of
from assistant.calc.prices import PLACEMENT_YEARLY
from assistant.numbers import format_number

__all__ = ["OTHER_PERIOD", "fraction_of_placed", "read_portfolio", "spent_on_count"]

OTHER_PERIOD = words._re(
    r"\b(?:over\s+(?:\w+\s+)?(?:år|years?)|\d+\s+(?:år|years)|halvår\w*|half[- ]year|first\s+half|kvartal\w*|"
    r"quarter\w*|måned\w*|months?|monthly|uge\w*|weeks?)\b"
)


def _a_year_each(amount: float, count: float) -> bool:
    """Whether a sum divides into a year's price of one placement: then it is the count's together."""
    return count > 1 and PLACEMENT_YEARLY[0] <= amount / count <= PLACEMENT_YEARLY[1]


def spent_on_count(reading: Reading, ctxs: list[Ctx]) -> None:
    """ "spent DKK 9.7 billion on 13,459 placements", "DKK 10.2m a year for 8 kids in residential care": a spend and
    the placements it paid for. Without a verb of spending the sum must divide into a price one placement can have,
    so "1.160.000 kr. for 1 barn" stays a price and a stray count is not taken for the children paid for. A sum read
    as one placement's price that no placement costs ("DKK 850,000 a month for 8 kids", 10,2 mio. a year) is the
    count's together. Two such sums ("10.2m for 8 in residential care and 3.3m for 7 in foster care") are asked
    about: the second had been read as the first type's price. A sum for another period than a year is not a
    year's spend."""
    nums = reading.numbers
    pairs = [
        i for i in range(len(nums) - 1)
        if nums[i].unit.startswith("kr")
        and nums[i].role in (None, "cost_per_placement", "placement_spend")
        and nums[i + 1].unit in ("placements", "children")
        and ON_COUNT_BETWEEN.fullmatch(ctxs[i].after)
    ]  # fmt: skip
    taken = []
    for i in pairs:
        n, nxt = nums[i], nums[i + 1]
        spent = SPENT_VERB_BEFORE.search(ctxs[i].before) or _a_year_each(n.value, nxt.value)
        if n.role == "cost_per_placement":
            spent = n.value > PLACEMENT_YEARLY[1] and _a_year_each(n.value, nxt.value)
        if n.role == "placement_spend":
            spent = True  # read as a spend already; counted so that two of them are seen
        yearly = n.note in ("monthly", "weekly", "daily", "quarterly") or not OTHER_PERIOD.search(
            ctxs[i].clause + ctxs[i].text[n.span[1] : n.span[1] + 60]
        )
        if spent and yearly:
            taken.append(i)
    if taken and len(pairs) > 1:
        for i in pairs:
            nums[i] = replace(nums[i], role=None, kind="")
        return
    for i in taken:
        nums[i] = replace(nums[i], role="placement_spend", unit="kr_per_year", kind="")
        nums[i + 1] = replace(nums[i + 1], role="placements_total", unit="placements")


def read_portfolio(reading: Reading, ctxs: list[Ctx]) -> None:
    """ "Vi har 20 anbringelser: 8 på institution à 1,16 mio. og 12 i plejefamilie à 470.000", "41 children in
    foster families at 480k each and 17 in residential care at 1.2m each": children placed now, counted
    by type. A bare count named by its type after such a count (a price may stand between) is one too;
    a total that the typed counts add up to is only their sum."""
    nums = reading.numbers
    if not any(n.role == "placements_total" for n in nums):
        return
    for i, n in enumerate(nums):
        # not "40 % på døgninstitution": a share of the children, not a count of them
        after = KIND_AFTER.match(ctxs[i].after) if n.role is None else None
        if after and not n.unit.startswith("kr") and n.unit != "pct":
            earlier = [m for m in nums[:i] if not m.unit.startswith("kr")]
            if earlier and earlier[-1].role == "placements_total":
                # the type right after the count ("41 i plejefamilie og resten på institution": foster care)
                nums[i] = replace(n, role="placements_total", unit="placements", kind=kind_of(after.group(0)))
    typed = [n for n in nums if n.role == "placements_total" and n.kind]
    for i, n in enumerate(nums):
        if n.role == "placements_total" and not n.kind and typed and n.value == sum(t.value for t in typed):
            nums[i] = replace(n, role="context")  # "20 anbringelser: 8 … og 12 …"
    _the_rest(reading, ctxs)


# "og resten på institution", "the rest in residential care", "de øvrige i plejefamilie": the other type's count
_REST_OF_KIND = words._re(
    rf"\b(?:resten|the\s+rest|the\s+remainder|the\s+others|de\s+øvrige|de\s+andre)\s+(?:\w+\s+){{0,2}}?"
    rf"(?:på|i|in|at)\s+(?:en\s+|et\s+|a\s+)?(?P<k>{words._RESIDENTIAL}|{words._FOSTER})"
)


def _the_rest(reading: Reading, ctxs: list[Ctx]) -> None:
    """ "64 børn anbragt: 41 i plejefamilie … og resten på institution": the total less the one type counted is the
    other type's count (23), so the portfolio has both; without it the residential price stood alone."""
    nums = reading.numbers
    whole = [i for i, n in enumerate(nums) if n.role == "placements_total" and not n.kind]
    typed = [i for i, n in enumerate(nums) if n.role == "placements_total" and n.kind]
    if len(whole) != 1 or len(typed) != 1 or not ctxs:
        return
    rest = _REST_OF_KIND.search(ctxs[0].text, nums[typed[0]].span[1])
    if rest is None or kind_of(rest.group("k")) == nums[typed[0]].kind:
        return
    total, part = nums[whole[0]], nums[typed[0]]
    if part.value >= total.value:
        return
    shown = f"{format_number(total.value, reading.language)} − {format_number(part.value, reading.language)}"
    nums[whole[0]] = replace(
        total, value=total.value - part.value, kind=kind_of(rest.group("k")), note="rest_of", noun=shown
    )


# "halvdelen af de 28", "hver tredje af de 186", "of our 60 placed children, a third are": a fraction of a count
_FRACTION_BEFORE = words._re(r"(?:af|of)\s+(?:de|the|our|vores|disse|these)?\s*$")
_FRACTION_AFTER = words._re(r"^[^.;?!\d]{0,40}?$")
# the other part: "den anden halvdel er på opholdssted", "resten er i plejefamilie", "the rest in foster care"
_OTHER_OF_KIND = words._re(
    rf"\b(?:resten|the\s+rest|the\s+remainder|the\s+others|de\s+øvrige|de\s+andre|den\s+anden\s+halvdel|"
    rf"the\s+other\s+half)\s+(?:\w+\s+){{0,3}}?(?:på|i|in|at)\s+(?:en\s+|et\s+|a\s+)?"
    rf"(?P<k>{words._RESIDENTIAL}|{words._FOSTER})"
)


# the fraction's part placed somewhere: "er i plejefamilie", "are in residential care", "bor på institution"
_PART_PLACED = words._re(
    rf"[^.;?!]*?\b(?:er|is|are|bor|lives?|live|sidder|befinder\s+sig)\s+(?:\w+\s+){{0,2}}?(?:på|i|in|at)\s+"
    rf"(?:en\s+|et\s+|a\s+)?(?:{words._RESIDENTIAL}|{words._FOSTER})"
)


def fraction_of_placed(reading: Reading, text: str) -> None:
    """A count of placements split by a fraction word: the fraction's part is the type named next to it, the rest
    (when said) the other type. The whole count read as one type had priced all 28 children as foster care and
    left the other half's price unused. A fraction that gives no whole count, or no type, leaves the count to be
    asked about."""
    nums = reading.numbers
    for i, n in enumerate(nums):
        if n.role != "placements_total":
            continue
        start, end = words.sentence_bounds(text, n.span[0])
        before = [m for m in FRACTION_WORD.finditer(text, start, n.span[0])
                  if _FRACTION_BEFORE.search(text, m.end(), n.span[0])]  # fmt: skip
        after = [m for m in FRACTION_WORD.finditer(text, n.span[1], end)
                 if _FRACTION_AFTER.match(text[n.span[1] : m.start()])]  # fmt: skip
        found = (before or after)[:1]
        if not found:
            continue
        if not _PART_PLACED.match(text, max(n.span[1], found[0].end()), end):
            continue  # "half of the 28 children in foster care are teenagers": a trait of them, not their type
        part, whole = fraction_of(found[0])
        count = n.value * part / whole
        other = _OTHER_OF_KIND.search(text, found[0].end())
        rest_kind = kind_of(other.group("k")) if other is not None else ""
        if rest_kind == n.kind:
            return  # "halvdelen … i plejefamilie i kommunen, resten i plejefamilie uden for": all of them one type
        if not n.kind or count != int(count) or count <= 0 or count >= n.value or not rest_kind or other is None:
            # "a third of 50", no type, or the rest's type not said: the count is asked about, not taken whole
            nums[i] = replace(n, role=None, note="fraction_unread")
            return
        lang = reading.language
        shown = f"{format_number(n.value, lang)} × {part}/{whole}"
        left = f"{format_number(n.value, lang)} − {format_number(count, lang)}"
        nums[i] = replace(n, value=count, note="rest_of", noun=shown)
        rest = ReadNumber(n.value - count, "placements_total", "placements", other.span("k"), other.group("k"),
                          kind=rest_kind, note="rest_of", noun=left)  # fmt: skip
        reading.numbers = sorted([*nums, rest], key=lambda x: x.span[0])
        return
