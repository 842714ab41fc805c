"""Priced units: a price for one of something times a count, a sum over a count, a sum over a price.

Budget questions outside staffing take three plain shapes: "family therapy costs DKK 55,000 per family;
the cost for 80 families?", "how many foster placements can DKK 6.3m fund at DKK 420,000 each?", "the
average cost per case with 1,250 cases and a budget of DKK 187.5m?". The role reader knows staff, cases
and placements by their nouns, so it left "80 families" without a role and asked what it stood for, or
read two amounts as two prices and computed nothing. This pass reads the shape instead of the noun.

It is taken only when the question names no staff (their questions have their own reading), every number
finds its place in the shape (one price, one count, one sum, years), the price is marked as one unit's
("per family", "each", "en plejefamilie koster", a day or month rate), and the question asks for exactly
the quantity the shape gives. A count and a price said of two different things ("55.000 kr. pr. familie"
and "80 børn") do not fit. Anything else keeps the role reader's reading, which asks rather than guesses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from assistant import municipalities
from assistant.calc import cues, words
from assistant.calc.amounts import Reading, ReadNumber
from assistant.calc.prices import PERIOD_NOTES, period_of
from assistant.calc.words import asking_text, sentence_bounds

__all__ = ["PRICED_ASKED", "read_priced"]

# asks about a net result, break-even or payback mean more than a price times a count: "hvor mange skal vi undgå,
# før det betaler sig" is a break-even, never "what the sum pays for"
_OTHER_ASKS = frozenset({"break_even", "break_even_pct", "net_per_year", "net_total", "moves_needed", "payback_years"})
PRICED_ASKED = ("units_cost", "units_cost_total", "one_cost_total", "units_affordable", "amount_each", "one_year_cost")


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


_NOUN = r"[a-zæøå][\w-]*"
_PERIOD = r"(?:år|året|year|måned|måneden|month|døgn|døgnet|dag|dagen|day|uge|ugen|week)"
# "55.000 kr. pr. familie", "DKK 14,000 per month per young person", "at DKK 420,000 per year each"
_PER_AFTER = _re(
    r"\s*(?:kr\.?|dkk|kroner)?\s*(?:(?:om|i|a|an|per|pr\.?)\s+(?:året|år|year|måneden|måned|month|døgnet|døgn|dagen|dag|day|"
    r"ugen|uge|week)"
    rf"\s*)?(?:(?:pr\.?|per|for\s+hver|for\s+each|for\s+every)\s+(?!{_PERIOD}\b)(?P<noun>(?:ung\s+|young\s+|anbragt\s+)?{_NOUN})|"
    r"(?P<each>each|hver|stykket|apiece|per\s+styk|pr\.?\s+styk))"
)
# "à 450.000 kr.", "at DKK 420,000", "til 1,1 mio. kr. hver": a unit price by the word before it
_EACH_BEFORE = _re(r"(?:\bà|\bá|\bat|\btil)\s*$")
# "en plejefamilie koster 450.000 kr.", "family therapy costs DKK 55,000": one of something and its price
_ONE_COSTS_BEFORE = _re(
    rf"\b(?:en|et|én|ét|a|an|one)\s+(?:{_NOUN}\s+)?{_NOUN}\s+(?:koster|costs|kostede|cost)\s+(?:os\s+|us\s+)?"
    r"(?:ca\.?\s+|about\s+|around\s+|omkring\s+)?$"
)
# "prisen pr. plejefamilie er 450.000 kr.", "the cost per family is DKK 55,000": the unit named before the amount,
# in the same clause
_PER_BEFORE = _re(
    rf"\b(?:pris\w*|udgift\w*|omkostning\w*|takst\w*|cost|price|spend\w*|rate)\s+(?:pr\.?|per)\s+(?!{_PERIOD}\b)"
    rf"(?P<noun>(?:anbragt\s+|young\s+)?{_NOUN})\b[^.?!;:,\d]{{0,40}}$"
)
_TOTAL_AFTER = _re(r"\s*(?:kr\.?|dkk|kroner)?\s*(?:i\s+alt|in\s+total|samlet|altogether|tilsammen)\b")
# the noun a count counts: "80 families", "20 young people", "90 anbragte", "1.250 sager"
_COUNT_NOUN = _re(rf"\s+(?P<noun>(?:(?:nye|new|flere|more|young|placed)\s+|anbragte\s+(?=børn|unge))?{_NOUN})")
_NOT_COUNTED = _re(
    r"(?:år|året|years?|måned\w*|months?|uger?|weeks?|dage?|days?|døgn|timer?|hours?|procent|percent|pct|"
    r"kr|kroner|dkk|mio|mia|millioner|million|mill|gange|times|%)$"
)
_CHILDREN = _re(r"^(?:børn|barn|barnet|children|child|kids?|unge?|young|anbragt\w*|placed|youths?)")
_STAFF = words.STAFF_NAMED

# What is asked, read in the sentence that asks it.
_EACH_Q = _re(
    r"\b(?:gennemsnit\w*|average|i\s+snit|per\s+head)\b|"
    rf"\b(?:hvor\s+meget|how\s+much|hvad|what)\b[^.?!]{{0,40}}?\b(?:pr\.?|per)\s+(?!{_PERIOD}\b){_NOUN}|"
    rf"\b(?:udgift\w*|pris\w*|beløb\w*|cost|price|amount|spend\w*)\s+(?:pr\.?|per)\s+(?!{_PERIOD}\b)(?:{_NOUN}\s+)?{_NOUN}"
)
# the one thing a sum is shared over, as the question names it: "pr. anbragt barn", "per family"
_EACH_NOUN = _re(rf"\b(?:pr\.?|per)\s+(?!{_PERIOD}\b)(?P<noun>(?:anbragt\s+|young\s+)?{_NOUN})")
_MANY_Q = _re(r"\b(?:hvor\s+mange|how\s+many)\b(?!\s+(?:år|years?|procent|percent|gange|times|måneder|months)\b)")
_TOTAL_Q = _re(
    r"\b(?:hvad\s+(?:koster|kostede|vil\s+\w+\s+koste|bliver\s+(?:udgiften|prisen|regningen|det))|"
    r"what\W*(?:s|is|does|will|would)?\b[^?.!]{0,40}\bcost|what\s+would\s+\w+\s+cost|"
    r"(?:annual|yearly|total|samlede?|årlige?)\s+(?:cost|udgift|pris|regning)\w*|cost\s+(?:for|of)\b|"
    r"koster\s+det|udgiften\s+(?:til|for|ved)|i\s+alt|in\s+total|altogether|tilsammen)"
)
# "hvad bliver det til på et år", "what's that over 52 weeks", "what is the annual cost": a year of a rate
_YEAR_Q = _re(
    r"\b(?:om\s+året|på\s+et\s+år|for\s+et\s+(?:helt\s+)?år|et\s+helt\s+år|årlig\w*|a\s+year|per\s+year|"
    r"(?:a|one|the)\s+(?:full\s+|whole\s+)?year|annual\w*|yearly|52\s+(?:uger|weeks)|365\s+(?:dage|days))\b"
)
_YEAR_LENGTH = _re(r"\b(?:52\s+(?:uger|weeks)|365\s+(?:dage|days)|12\s+(?:måneder|months))\b")
# "hvad koster 4 af dem", "what do 3 of them cost": a count of the thing priced, the noun not said again
_OF_THEM = _re(r"\s*(?:af\s+dem|of\s+them|of\s+those)\b")


def _stem(noun: str) -> str:
    return noun.lower().split()[-1][:4]


def _same_thing(a: str, b: str) -> bool:
    """Whether a price's noun and a count's noun name the same thing ("familie"/"families", "young
    person"/"young people", "barn"/"children")."""
    if not a or not b or _OF_THEM.fullmatch(" " + b):
        return True  # "4 af dem": the thing priced
    if _CHILDREN.match(a) and _CHILDREN.match(b):
        return True
    return _prefix_same(_stem(a), _stem(b)) or _prefix_same(a.lower().split()[0], b.lower().split()[0])


def _prefix_same(a: str, b: str) -> bool:
    """Four letters alike, or a short noun the start of the other ("sag"/"sager")."""
    n = min(4, len(a), len(b))
    return n >= 3 and a[:n] == b[:n]


def _rate(n: ReadNumber, before: str, after: str) -> str:
    """The period a price was said for and made yearly by (``calc.prices``), even where a later pass
    re-marked the amount ("daily rate DKK 2,600" read as "each")."""
    return n.note if n.note in PERIOD_NOTES else period_of(before, after, n.value)


def _price(n: ReadNumber, text: str) -> tuple[bool, str, str]:
    """Whether an amount is one unit's price, the noun it prices ("" when not said) and its period."""
    before, after = text[max(0, n.span[0] - 60) : n.span[0]], text[n.span[1] : n.span[1] + 60]
    rate = _rate(n, before, after)
    if n.note == "day_too_large":
        return False, "", ""  # a day's price of 60.000 kr. was not made yearly (``calc.prices``): asked about
    per = _PER_AFTER.match(after)
    if per:
        return True, per.group("noun") or "", rate
    if _TOTAL_AFTER.match(after):
        return False, "", ""
    named = _PER_BEFORE.search(before)
    if named:
        return True, named.group("noun"), rate
    return bool(rate or _EACH_BEFORE.search(before) or _ONE_COSTS_BEFORE.search(before)), "", rate


def _yearly(i: int, reading: Reading, rates: dict[int, str], text: str) -> bool:
    """Whether a price is one for a year: said so ("om året", "a year") or a rate made yearly."""
    return bool(rates.get(i)) or bool(words.CUES["per_year"].match(text, reading.numbers[i].span[1]))


@dataclass
class _Parts:
    """The numbers of a question sorted by the part they can play in the shape."""

    prices: list[tuple[int, str]] = field(default_factory=list)  # (index, noun priced)
    rates: dict[int, str] = field(default_factory=dict)  # index -> period a price was made yearly from
    sums: list[int] = field(default_factory=list)
    counts: list[tuple[int, str]] = field(default_factory=list)  # (index, noun counted)
    years: list[int] = field(default_factory=list)
    one: int | None = None  # "for ét barn" beside a count: the price of one, asked too


def _parts(reading: Reading, text: str) -> _Parts | None:
    """Each number as a price, a sum, a count or years; None when one is none of them or a part repeats."""
    parts = _Parts()
    for i, n in enumerate(reading.numbers):
        if n.role == "context":
            continue
        if n.role == "years":
            parts.years.append(i)
        elif n.unit.startswith("kr"):
            is_price, noun, parts.rates[i] = _price(n, text)
            (parts.prices.append((i, noun)) if is_price else parts.sums.append(i))
        elif n.unit == "pct":
            return None
        elif of_them := _OF_THEM.match(text, n.span[1]):
            parts.counts.append((i, of_them.group(0).strip()))  # "hvad koster 4 af dem": the thing priced
        else:
            found = _COUNT_NOUN.match(text, n.span[1])
            noun = found.group("noun") if found else ""
            if not noun or _NOT_COUNTED.match(noun.split()[-1]) or cues.AGE_RANGE_AFTER.match(text, n.span[1]):
                return None
            parts.counts.append((i, noun))
    ones = [c for c in parts.counts if reading.numbers[c[0]].value == 1 and reading.numbers[c[0]].text.isalpha()]
    if len(parts.counts) == 2 and len(ones) == 1:
        parts.counts.remove(ones[0])  # "for ét barn og for 9 børn": the one is the price's own, the 9 the count
        parts.one = ones[0][0]
    lists = (parts.prices, parts.sums, parts.counts, parts.years)
    return None if any(len(x) > 1 for x in lists) else parts


def _shape(p: _Parts, asking: str) -> tuple[dict[int, str], list[str]] | None:
    """The roles and the asked quantities of the one shape the parts and the ask fit, if any."""
    # a rate made yearly ("3.450 kr. om ugen") asked for a year ("hvad bliver det til på et år"): one's year
    a_year = bool(p.prices) and bool(p.rates.get(p.prices[0][0])) and bool(_YEAR_Q.search(asking))
    one_year = ["one_year_cost"] if a_year or p.one is not None else []
    # "hvad er det om året pr. barn, og hvad koster de 14 børn": a year's price per child is asked, not an average
    each_asked = _EACH_Q.search(asking) and not a_year
    if p.prices and p.counts and not p.sums and (_TOTAL_Q.search(asking) or a_year) and not each_asked:
        (price, p_noun), (c, c_noun) = p.prices[0], p.counts[0]
        if not _same_thing(p_noun, c_noun):
            return None
        asked = ["units_cost", "units_cost_total"] if p.years else ["units_cost"]
        return {price: "price_each", c: "units"}, one_year + asked
    if a_year and not p.counts and not p.sums and not p.years:
        return {p.prices[0][0]: "price_each"}, one_year
    if p.prices and p.years and not p.sums and not p.counts and _TOTAL_Q.search(asking):
        return {p.prices[0][0]: "price_each"}, ["one_cost_total"]
    if p.prices and p.sums and not p.counts and not p.years and _MANY_Q.search(asking):
        return {p.prices[0][0]: "price_each", p.sums[0]: "amount"}, ["units_affordable"]
    if p.sums and p.counts and not p.prices and not p.years and _EACH_Q.search(asking):
        return {p.sums[0]: "amount", p.counts[0][0]: "units"}, ["amount_each"]
    return None


# a price followed by the count it is for: "850.000 kr. om måneden for 8 børn", "DKK 2m a year for 6 children"
_FOR_COUNT = re.compile(
    r"\s*(?:kr\.?|dkk|kroner)?\s*(?:(?:om|a|per|pr\.?)\s+(?:måneden|month|året|year|uge|week|døgn|day)\s+)?(?:for|til|on|på)\s+"
    r"(?:de\s+|the\s+|vores\s+|our\s+|alle\s+|all\s+)?\d[\d.,]*\s+(?:\w+\s+)?(?:børn|kids|children|unge|anbringelser|placements)\b",
    re.I,
)


def read_priced(reading: Reading, text: str) -> Reading | None:
    """The question read as priced units, or None when it does not fit the shape exactly."""
    if _STAFF.search(text) or reading.groups or reading.move or _OTHER_ASKS & set(reading.asked):
        return None
    reading = _inhabitants_counted(reading, text)
    p = _parts(reading, text)
    if p is None:
        return None
    if any(_FOR_COUNT.match(text, reading.numbers[i].span[1]) for i, _ in p.prices):
        return None  # "DKK 850,000 a month for 8 kids": the sum for all eight, not one child's price (asked about)
    asking = asking_text(text)
    other_period = cues.OTHER_PERIOD.search(_YEAR_LENGTH.sub("", asking))  # "et år med 52 uger" is a year
    if other_period or (cues.OTHER_PERIOD.search(text) and not any(p.rates.values())):
        return None  # "hvad koster 2 børn i et halvt år", "prisen pr. barn pr. måned": not a year's figure
    if p.years and p.prices and not _yearly(p.prices[0][0], reading, p.rates, text):
        return None  # a price not said to be yearly ("koster 55.000 kr. pr. familie") is not one to total over years
    shape = _shape(p, asking)
    if shape is None:
        return None
    roles, asked = shape
    if p.years:
        roles[p.years[0]] = "years"
    if p.one is not None:
        roles[p.one] = "context"  # "for ét barn": said by the price of one, not a count
    nouns = dict(p.prices + p.counts)
    each = _EACH_NOUN.search(asking)
    if "amount_each" in asked and each:
        nouns[p.sums[0]] = each.group("noun")  # "4.500.000 kr. i alt" shared "pr. anbragt barn"
    numbers = [
        replace(n, role=roles[i], alt_role=None, note=p.rates.get(i, ""), noun=nouns.get(i, ""))
        if i in roles
        else n
        for i, n in enumerate(reading.numbers)
    ]
    return replace(reading, numbers=numbers, asked=asked, ambiguous=[], is_calculation=True)


# "hvor meget er det pr. indbygger", "how much is that per resident / per capita": a sum shared over a population
_PER_INHABITANT_Q = _re(r"\b(?:pr\.?|per)\s+(?:indbygger|borger|inhabitant|resident|capita)\b")
_INHABITANTS_AFTER = _re(r"\s+(?:indbygger\w*|borger\w*|inhabitants?|residents?)\b")


def _inhabitants_counted(reading: Reading, text: str) -> Reading:
    """The population a sum is shared over, when a share per inhabitant is asked: the role reader sets a count of
    inhabitants aside as background, since nothing a social worker does is counted by it."""
    if not _PER_INHABITANT_Q.search(asking_text(text)):
        return reading
    found = [
        i for i, n in enumerate(reading.numbers) if n.role == "context" and _INHABITANTS_AFTER.match(text, n.span[1])
    ]
    if len(found) != 1 or not _our_population(text, reading.numbers[found[0]]):
        return reading
    numbers = list(reading.numbers)
    numbers[found[0]] = replace(numbers[found[0]], role=None, alt_role=None)
    return replace(reading, numbers=numbers)


_GROWN_BY = _re(
    r"\b(?:(?:vokset|voksede|steget|steg|faldet|faldt|øget|grown|grew|increased|risen|rose|fallen|fell|dropped)\s+"
    r"(?:med|by)|flere|more|færre|fewer)\s+$"
)


def _our_population(text: str, n: ReadNumber) -> bool:
    """The inhabitants are the ones the sum is spent on: not another place's ("Aarhus har 360.000 indbyggere"),
    not a growth ("vokset med 2.000 indbyggere"), not a population dated apart from the spend."""
    start, end = sentence_bounds(text, n.span[0])
    years = set(words.CALENDAR_YEAR.findall(text))
    if _GROWN_BY.search(text, 0, n.span[0]) or (words.CALENDAR_YEAR.search(text, start, end) and len(years) > 1):
        return False
    if _OTHER_POPULATION.search(text, start, n.span[0]):
        return False  # "nabokommunen/regionen/landet/den gennemsnitlige kommune har 60.000 indbyggere"
    return not municipalities.find_mentions(text[start : n.span[0]], ignore_case=True)


_OTHER_POPULATION = _re(
    r"\b(?:nabo\w*|neighbou?r\w*|region\w*|danmark|denmark|landet|country|national\w*|landsplan|gennemsnit\w*|"
    r"average|sammenlignings\w*|comparable|andre|other|hele\s+landet)\b"
)
