"""A price that rises: by an amount or a percentage for a number of children, or by a percentage a year.

"Taksten stiger med 45.000 kr. om året pr. barn; vi har 12 børn anbragt", "foster fees go up 2.5 % from DKK
1,180,000 per child; we have 20 children: the extra annual cost?", "institutionstaksten stiger fra 1.150.000
kr. til 1.196.000 kr.: hvor mange procent, og hvad koster det ekstra for 15 børn?", "en plads kostede
1.160.000 kr. i 2019; stiger prisen 3 % om året, hvad koster den i 2022?". Budget forecasts are made of
these. The role reader read the rise as a yearly price (and refused 45.000 kr. as too little for a year),
the percentage as a cut, and a count of children beside two prices without a role. Here the shape is read
by the rise verb:

- a rise in kroner per unit, times the units: the extra cost a year;
- a rise in percent of one unit price, times the units: the same;
- a price from and to, times the units: the percentage and the extra cost a year;
- a rise in percent a year of a price or a budget, over a number of years (stated, or between two calendar
  years): the value compounded.

Taken only when every number finds its place and the ask fits; anything else keeps the role reader's reading.
"""

from __future__ import annotations

from dataclasses import replace

from assistant.calc.amounts import Reading, ReadNumber
from assistant.calc.grown_years import SPAN_ASKED, years_asked
from assistant.calc.words import CALENDAR_YEAR, _re, asking_text

__all__ = ["RISE_ASKED", "read_price_rise"]

RISE_ASKED = (
    "rise_cost", "grown_value", "rise_each", "price_after", "units_cost_after", "grown_pct", "grown_diff",
    "grown_units_cost",
)  # fmt: skip

_RISE = _re(
    r"\b(?:stiger|stige|steget|\w*stigning\w*|går\s+op|gik\s+op|hæves|øges|forhøje\w*|rise[sd]?|rising|go(?:es)?\s+up|"
    r"went\s+up|(?:has|have)\s+gone\s+up|increase[sd]?|grows?|grew|grown|growth|rais(?:e|es|ed|ing)|hike[sd]?|"
    r"vokse[rt]?|voksede|vækst|"
    # "hvor meget dyrere er de så til 2019-prisen": a price from one to another, asked as how much dearer
    r"dyrere|more\s+expensive|costlier|pricier)\b"
)
_YEARLY_AFTER = _re(
    r"\s*(?:\w*(?:growth|vækst|rise|increase|stigning)\s+)?(?:om\s+året|a\s+year|per\s+year|pr\.?\s+år|årligt|annually|each\s+year|every\s+year|hvert\s+år)\b"
)
# "a 2% increase in each of 2026, 2027 and 2028, compounded", "2 % hvert år", "med renters rente": a yearly rise
_COMPOUNDED = _re(
    r"[^.?!]{0,40}?\b(?:in\s+each\s+of|each\s+year|every\s+year|hvert\s+af|hvert\s+år|compound\w*|"
    r"renters\s+rente|år\s+for\s+år|year\s+on\s+year)\b"
)
# "in each of 2026, 2027 and 2028", "i hvert af årene 2026, 2027 og 2028": the years a rise is paid in
_EACH_OF_YEARS = _re(
    r"\b(?:in\s+each\s+of|i\s+hvert\s+af(?:\s+årene)?|i\s+hvert\s+år\s+af)\s+(?:the\s+years\s+)?"
    r"(?:(?:19|20)\d\d(?:\s*,\s*|\s+(?:and|og)\s+))+(?:19|20)\d\d\b"
)
# "not compounded", "ikke med renters rente", "simple interest": a rise on the first price only
_NOT_COMPOUNDED = _re(
    r"\b(?:not|ikke)\s+(?:\w+\s+)?(?:compound\w*|renters\s+rente)|\bsimple\s+(?:interest|rise|increase)"
)
_COUNT_NOUN = _re(
    r"\s+(?:such\s+|sådanne\s+|af\s+dem\s+|of\s+them\s+)?(?:(?:anbragte|placed|foster|fostered|residential)\s+)?"
    r"(?:flere\s+)?(?:\w*børn|barn|children|child|kids|unge|young|familier|"
    r"families|\w*anbringelse\w*|placements?|\w*pladser|places|sager|cases|\w*rådgiver\w*|caseworkers?|"
    r"social\s+workers?|workers?|medarbejdere|stillinger|posts?)\b"
)  # "46 plejebørn", "28 foster children": a compound or an adjective before the counted noun
_STAFF_COUNT = _re(r"\s+(?:\w*rådgiver\w*|caseworkers?|social\s+workers?|workers?|medarbejdere|stillinger|posts?)\b")
_EXTRA_Q = _re(
    r"\b(?:merudgift\w*|ekstra|extra|mer(?:e)?pris|additional|koste\w*|cost\w*|betyder|udgift\w*|"
    r"new\s+(?:annual\s+|yearly\s+)?(?:price|rate|fee)|spend\w*\s+go\s+up)\b"
)
# "hvad bliver prisen", "what's the new price": the price after the rise, asked beside its cost
_NEW_PRICE_Q = _re(
    r"\b(?:hvad\s+bliver\s+(?:den\s+nye\s+)?pris(?:en)?|ny(?:e)?\s+(?:årlige?\s+)?pris\w*|"
    r"new\s+(?:annual\s+|yearly\s+)?(?:price|rate|fee))\b"
)
# "hvad koster 12 plejefamilieanbringelser så", "what will 9 such placements cost in total": the units at the new
# price; "merudgift", "extra", "how much more": the rise alone
_TOTAL_Q = _re(
    r"\b(?:samlede?|i\s+alt|in\s+total|total|tilsammen|altogether)\b|\b(?:koste[rt]?|cost)\s+(?:de\s+|the\s+)?\d"
)
_MORE_Q = _re(
    r"\b(?:merudgift\w*|ekstra|extra|additional|mere|more|higher|højere|meromkostning\w*|difference|forskel\w*)\b|"
    r"\b(?:total|samlede?)\s+(?:increase|stigning|rise)\b|\bincrease\s+in\s+(?:cost|spend\w*)\b|"
    # "hvor meget stiger vores samlede udgift", "how much does our total spend go up": the rise, not the new total
    r"\bhvor\s+meget\s+stiger\b|\bhow\s+much\s+(?:does|will|would)\s+(?:[\w']+\s+){0,4}?(?:rise|increase|go\s+up)\b"
)
# "hvad koster en plads så", "what will one placement cost after the rise": the price of one after it
_ONE_AFTER_Q = _re(
    r"\b(?:hvad\s+koster\s+(?:en|én|et|ét)\s+\w+\s+(?:så|efter)|what\s+will\s+(?:one|a|each)\s+\w+\s+cost|"
    r"cost\s+after\s+the\s+(?:rise|increase))\b"
)
_PCT_ASK = _re(
    r"\b(?:hvor\s+mange\s+procent|how\s+many\s+percent|what\s+percent\w*|by\s+what\s+percent\w*|percentage|"
    r"(?:increase|rise|stigning\w*)\s+in\s+percent|(?:increase|rise|stigning\w*)\s+i\s+procent)\b"
)
_VALUE_Q = _re(r"\b(?:hvad\s+(?:koster|bliver|er)|what\s+(?:will|would|does|do|is)|how\s+much)\b")
_PCT_Q = _re(r"\b(?:procent\w*|percent\w*|pct)\b|%")
_FROM_TO = _re(r"\b(?:fra|from)\b[^?!]{0,40}?\b(?:til|to)\b")
_HORIZON = _re(r"\b(?:om|i|in|over|efter|after)\s+(?P<n>\w+)\s+(?:år|years?)\b")


def _years_between(text: str) -> int | None:
    """The years of rises between two calendar years ("kostede … i 2019 … hvad koster den i 2024"), or the years
    listed after "in each of" ("in each of 2026, 2027 and 2028": three). More years named than that (a decision
    year, a start year beside a price year) leave the horizon open: asked about, not guessed."""
    listed = _EACH_OF_YEARS.search(text)
    if listed:
        return len(CALENDAR_YEAR.findall(listed.group(0)))
    years = sorted({int(y) for y in CALENDAR_YEAR.findall(text)})
    return years[-1] - years[0] if len(years) == 2 and 0 < years[-1] - years[0] <= 30 else None


def _is_count(text: str, n: ReadNumber) -> bool:
    return not n.unit.startswith("kr") and n.unit != "pct" and bool(_COUNT_NOUN.match(text, n.span[1]))


def _counted(text: str, n: ReadNumber) -> str:
    found = _COUNT_NOUN.match(text, n.span[1])
    return found.group(0).strip() if found else ""


def read_price_rise(reading: Reading, text: str) -> Reading | None:
    """The question read as a rising price, or None when it is not that shape exactly."""
    rise = _RISE.search(text)
    if rise is None or reading.groups or reading.move:
        return None
    numbers = [(i, n) for i, n in enumerate(reading.numbers) if n.role != "context"]
    money = [i for i, n in numbers if n.unit.startswith("kr")]
    pcts = [i for i, n in numbers if n.unit == "pct"]
    counts = [i for i, n in numbers if _is_count(text, n)]
    years = [i for i, n in numbers if n.role == "years"]
    if len(money) + len(pcts) + len(counts) + len(years) != len(numbers):
        return None  # a number this shape has no place for
    asking = asking_text(text)
    roles: dict[int, str] = {}
    asked: list[str] = []
    pct_end = reading.numbers[pcts[0]].span[1] if len(pcts) == 1 else 0
    yearly = len(pcts) == 1 and (_YEARLY_AFTER.match(text, pct_end) or _COMPOUNDED.match(text, pct_end))
    if len(pcts) == 1 and len(money) == 1 and yearly and _NOT_COMPOUNDED.search(text):
        return None  # a rise on the first price only, said so: not this compounding
    # "lønudgiften til vores 10 rådgivere er 6 mio. kr.": staff counted before the sum are who it is for, not units
    for_whom = [i for i in counts if _STAFF_COUNT.match(text, reading.numbers[i].span[1])]
    for_whom = [i for i in for_whom if money and _for_whom(text, reading.numbers[i], reading.numbers[money[0]])]
    one_rise = len(pcts) == 1 and len(money) == 1
    grown = _grown_in_years(reading, text, money[0], pcts[0], counts, for_whom) if one_rise and yearly else None
    if grown is not None and not years and _VALUE_Q.search(asking):
        return grown
    if for_whom:
        return None  # a sum for staff counted before it is no price each to multiply
    if one_rise and yearly:
        horizon = reading.numbers[years[0]].value if len(years) == 1 else _years_between(text)
        if len(counts) > 1 or horizon is None or not _VALUE_Q.search(asking):
            return None
        roles = {money[0]: "value_from", pcts[0]: "growth_pct"}
        if years:
            roles[years[0]] = "years"
        asked = ["grown_value"]
        if counts:  # "what will 12 placements cost that year": the count at the grown price
            roles[counts[0]] = "units"
            asked.append("grown_units_cost")
        # "og hvor mange procent dyrere er det samlet", "hvor meget er det mere end i dag": the rise over the years
        later = asking[_VALUE_Q.search(asking).end() :]  # type: ignore[union-attr]
        pct_asked = bool(_PCT_ASK.search(later))
        asked += ["grown_pct"] if pct_asked else []
        # the rise in kroner is one unit's; beside a count it would be read as all of theirs, so it is not given
        asked += ["grown_diff"] if _MORE_Q.search(later) and not pct_asked and not counts else []
        reading = replace(reading, horizon=int(horizon))
    elif len(counts) == 1 and len(pcts) == 1 and len(money) == 1 and not years and _EXTRA_Q.search(asking):
        roles = {money[0]: "price_each", pcts[0]: "rise_pct", counts[0]: "units"}
        new_price = _NEW_PRICE_Q.search(asking) or _ONE_AFTER_Q.search(asking)
        total = _TOTAL_Q.search(asking) and not _MORE_Q.search(asking)
        asked = ["price_after"] if new_price or total else []
        asked += ["units_cost_after"] if total else ["rise_each", "rise_cost"]
    elif len(counts) == 1 and len(money) == 1 and not pcts and not years and _EXTRA_Q.search(asking):
        start = reading.numbers[money[0]].span[0]
        if start < rise.start() or not _RISE.search(text, max(0, start - 40), start):
            return None  # a price said before the rise or apart from it ("I år koster en plads 1,2 mio.")
        roles = {money[0]: "rise_each", counts[0]: "units"}
        asked = ["rise_cost"]
    elif len(counts) == 1 and len(money) == 2 and not pcts and not years and _FROM_TO.search(text):
        first, second = sorted(money, key=lambda i: reading.numbers[i].span[0])
        roles = {first: "value_from", second: "value_to", counts[0]: "units"}
        asked = (["pct_change"] if _PCT_Q.search(asking) else []) + ["abs_change", "rise_cost"]
    else:
        return None
    return _placed(reading, roles, asked, text)


# "10 rådgivere til 590.000 kr.", "5 caseworkers at DKK 600k": the price of each, right after the count
_ONE_PRICED = _re(
    r"\b(?:one|a|an|each|en|én|et|hver)\s+(?:[\w-]+\s+){0,2}?(?:costs?|koster)\s+(?:os\s+|us\s+)?(?:dkk\s+)?$"
)
_EACH_AFTER = _re(
    r"\s*(?:kr\.?|dkk)?\s*(?:hver|each|stykket|apiece|pr\.?\s+(?:rådgiver|stk|person)|per\s+(?:worker|caseworker|person))\b"
)
_EACH_PRICED = _re(r"\s+\S+\s+(?:til|à|á|a|at|@|på)\s+(?:dkk\s+)?")


def _for_whom(text: str, count: ReadNumber, money: ReadNumber) -> bool:
    """Staff counted before a sum that is theirs in total ("lønudgiften til vores 10 rådgivere er 6 mio. kr."), not
    staff priced each right after their count ("10 rådgivere til 590.000 kr. hver")."""
    if count.span[0] > money.span[0] or _ONE_PRICED.search(text, max(0, money.span[0] - 40), money.span[0]):
        return False  # "One caseworker costs DKK 600,000": the price of one, whoever was counted before
    each = _EACH_PRICED.fullmatch(text[count.span[1] : money.span[0]]) or _EACH_AFTER.match(text, money.span[1])
    return not each


def _grown_in_years(
    reading: Reading, text: str, money: int, pct: int, counts: list[int], for_whom: list[int]
) -> Reading | None:
    """The price grown to each calendar year asked, or summed over a span of them, for a count when one is said;
    None when the years asked are two calendar years in all (read by the horizon between them) or none."""
    spans = years_asked(reading, text, money) if _years_between(text) is None or SPAN_ASKED.search(text) else None
    units = [i for i in counts if i not in for_whom]
    if spans is None or len(units) > 1:
        return None
    reading, asked = spans
    counts = units
    roles = {money: "value_from", pct: "growth_pct", **{i: "context" for i in for_whom}}
    if counts:
        roles[counts[0]] = "units"
        asked = ["grown_units_cost" if asked[0] == "grown_value" else "grown_sum_units"]
    return _placed(reading, roles, asked, text)


def _placed(reading: Reading, roles: dict[int, str], asked: list[str], text: str) -> Reading | None:
    """The reading with each number in the role given it, or None when a number is left without one."""
    placed = [
        replace(n, role=roles[i], alt_role=None, note="", unit=_unit(roles[i], n), noun=_counted(text, n))
        if i in roles
        else n
        for i, n in enumerate(reading.numbers)
    ]
    if any(n.role is None for n in placed):
        return None
    return replace(reading, numbers=placed, asked=asked, ambiguous=[], is_calculation=True)


def _unit(role: str, n: ReadNumber) -> str:
    if role in ("growth_pct", "rise_pct"):
        return "pct"
    return {"years": n.unit, "units": "n"}.get(role, "kr")
