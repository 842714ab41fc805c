"""Reading a calculation question: every number gets a role and a unit, the asked quantities their order.

A wrong figure said with confidence is the worst failure here, so the reading never settles a role by
position alone. Each number is read from the words next to it: the noun it counts ("1.050 børnesager",
"4 more social workers"), the cue before it ("et sagstal på 35", "komme ned på 30", "når en rådgiver
koster"), and markers after it ("hver", "i alt", "pr. stilling", "each"). What the words cannot settle is
put in ``ambiguous`` (and, where two readings are both plausible, in ``alt_role``) for the answer to
ask about or to show both ways. Years ("i 2015") get no role, so a lookup that merely contains a year
is not a calculation. Pure regular expressions: cheap, and it must not raise on any input.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.calc import cues, words
from assistant.calc.absence import read_absence
from assistant.calc.amounts import Ctx, Reading, ReadNumber
from assistant.calc.asked import asked_in
from assistant.calc.asked_direct import CASES_AHEAD_Q
from assistant.calc.asked_quantities import CHILDREN_CARRIED_Q
from assistant.calc.background import set_background_apart
from assistant.calc.benchmark import read_benchmark
from assistant.calc.budget_shares import read_budget_shares
from assistant.calc.budget_use import read_budget_use
from assistant.calc.context import about_population
from assistant.calc.count_roles import _PRICE_OF_ONE, _count_role, _load_cut
from assistant.calc.dated import years_of_a_change, years_of_a_period, years_of_a_pool
from assistant.calc.flows import read_flows
from assistant.calc.forecast import read_forecast
from assistant.calc.inputs import is_input
from assistant.calc.moves_to import read_move_to
from assistant.calc.overspend import read_overspend
from assistant.calc.pairs import read_pair
from assistant.calc.part_time import part_time_staff
from assistant.calc.part_year import part_of_a_year, read_dated, read_part_year
from assistant.calc.per_post import price_of_each_post
from assistant.calc.placement_words import (
    MOVE_CONVERT,
    MOVE_INSTEAD,
    MOVE_KINDS,
    MOVE_OF_KINDS,
    MOVE_OF_THOSE,
    kind_of,
)
from assistant.calc.portfolio import fraction_of_placed
from assistant.calc.price_rise import read_price_rise
from assistant.calc.priced import read_priced
from assistant.calc.prices import period_prices, yearly_amount
from assistant.calc.rates import read_rate
from assistant.calc.relations import relate, relate_move
from assistant.calc.schedule import read_schedule, read_yearly_hires
from assistant.calc.settle import (
    above_the_target,
    case_growth,
    caseload_after_change,
    change_of_two_amounts,
    implied_ask,
    moves_a_year,
    one_value_per_kind,
    placed_instead,
    staff_changed_already,
    staff_raised_to,
)
from assistant.calc.stay import read_stay
from assistant.calc.turnover import read_turnover
from assistant.calc.two_pairs import read_two_pairs
from assistant.calc.vacancies import vacant_posts
from assistant.calc.vacant_months import read_vacant_months
from assistant.models import Language
from assistant.numbers import NumberMention, find_numbers, format_number, parse_number

__all__ = ["ReadNumber", "Reading", "ambiguity_notes", "read_question", "read_shape"]

# numbers left open on purpose: what they stand for is asked, never filled in or read by shape
ASKED_ON_PURPOSE = frozenset({"part_unknown", "vacant_unknown", "fte_unknown", "fraction_unread"})
# Things counted in whole units (staff may be part-time FTE): "1,200 sager" in Danish is 1.2, so ask.
WHOLE_ROLES = {"cases", "avoided", "placements_total", "moved", "staff_cut"}


_EXTRA_ASKED = re.compile(r"\b(?:ekstra|extra|mere|more|merudgift\w*|additional)\b", re.I)
def _contexts(text: str, found: list[NumberMention]) -> list[Ctx]:
    out = []
    for i, m in enumerate(found):
        prev_end = found[i - 1].end if i else 0
        nxt = found[i + 1].start if i + 1 < len(found) else len(text)
        start = max((b.end() for b in words.BOUNDARY.finditer(text, 0, m.start)), default=0)
        out.append(
            Ctx(
                text=text,
                m=m,
                before=text[max(prev_end, m.start - 80) : m.start],
                after=text[m.end : min(nxt, m.end + 80)],
                clause=text[start : m.start],
                index=i,
            )
        )
    return out


_LOAD_PCT_Q = re.compile(r"\b(?:sagstal\w*|case\s*loads?)\b", re.I)
_PCT_CLAUSE = re.compile(r"(?:procent|percent)\w*[^,?;]*", re.I)
_HALF_TIME = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:på\s+halv\s+tid|halvtids\w*|half[- ]time|part[- ]time\s+\(?50\s*%)", re.I
)


def _word_numbers(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """Numbers the number reader leaves: "one placement", "undgå en anbringelse", "en fireårig periode"."""
    out: list[NumberMention] = []

    def taken(start: int, end: int) -> bool:
        return any(m.start < end and start < m.end for m in [*found, *out])

    for one in words.ONE_COUNT.finditer(text):
        group = "n" if one.group("n") else "m"
        if taken(one.start(group), one.end(group)):
            continue  # already read as a number word
        if words.COSTS_AFTER_NOUN.match(text, one.end(group)) or _PRICE_OF_ONE.search(text, 0, one.start(group)):
            continue  # "One social worker costs 0.55 million", "hvad koster én anbringelse": a unit, not a count
        out.append(NumberMention(one.group(group), one.start(group), one.end(group), 1.0, 1.0, word=True))
    for span in YEARS_ADJECTIVE.finditer(text):  # "en fireårig budgetperiode", "a four-year plan"
        lang: Language = "da" if span.group("da") else "en"
        start, end = span.span(lang)
        if not taken(start, end):  # the number reader gives the word's value, in the word's language
            value = parse_number(span.group(lang), lang)
            out.append(NumberMention(span.group(lang), start, end, value, value, word=True))
    return out


# "fireårig", "treårige", "four-year": a number of years written into one adjective
YEARS_ADJECTIVE = words._re(
    r"\b(?:(?P<da>to|tre|fire|fem|seks|syv|otte|ni|ti)årig\w*|(?P<en>two|three|four|five|six|seven|eight|nine|ten)-year\b)"
)
_PAIR_BETWEEN = re.compile(r"\s*(?:kr\.?|dkk)?\s*(?:til|to|og|and|[-–]|->|→)\s*(?:kr\.?\s*|dkk\s*)?$", re.I)


def _share_scale(reading: Reading, ctxs: list[Ctx]) -> None:
    """ "fra 120 til 114 mio. kr.", "from 80 to 92 million": the scale word is said once, after the second
    number, and belongs to both. Read alone the first was 120 kr. and the fall "94.999.900 %". The scale is
    the one the number reader found (millions or more), not read again here."""
    nums = reading.numbers
    for i in range(len(nums) - 1):
        a, b, m, n = nums[i], nums[i + 1], ctxs[i].m, ctxs[i + 1].m
        if m.scale != 1 or m.unit == "pct" or n.scale < 10**6:
            continue  # "skåret med 5 % til 38 mio. kr.": a percentage is not the lower end of an amount
        if not _PAIR_BETWEEN.fullmatch(ctxs[i].text[m.end : n.start]):
            continue
        if a.value < 10_000 and 0.1 <= a.value * n.scale / b.value <= 10:
            nums[i] = replace(a, value=a.value * n.scale, unit=b.unit)


# Inputs that have one value; two different numbers read in one of them are not settled by order.


def ambiguity_notes(reading: Reading) -> list[str]:
    """Say, in the question's language, which numbers could not be given one role."""
    da = reading.language == "da"
    notes: list[str] = []
    two_ways: list[str] = []
    for n in reading.numbers:
        shown = n.text.strip()
        if n.note == "fraction":
            notes.append(
                f"{shown} er ikke et helt tal; mente du {format_number(n.value * 1000, reading.language)}?"
                if da
                else f"{shown} is not a whole number; did you mean {format_number(n.value * 1000, reading.language)}?"
            )
        elif n.role is None:
            notes.append(
                f"Jeg ved ikke, hvad {shown} står for i spørgsmålet."
                if da
                else f"I do not know what {shown} stands for in the question."
            )
        elif n.alt_role:
            two_ways.append(shown)
    if two_ways:
        joined = (" og " if da else " and ").join(two_ways)
        notes.append(
            f"{joined} kan læses på to måder, så jeg viser begge."
            if da
            else f"{joined} can be read two ways, so I show both."
        )
    return notes


_YEARLY_RISE_AFTER = words._re(rf"\s*(?:{words._YEARLY})")


def _pct_role(c: Ctx, text: str) -> str | None:
    """A percentage's role: a surcharge, a reduction, or None (growth, a share, or a fall not named)."""
    m = c.m
    # "stige 2 % om året" is growth and "25 % af vores 16" a share of a count: neither is a reduction
    up_or_of = (
        words.PCT_UP_BEFORE.search(c.before)
        or words.OUT_OF_BEFORE_NEXT.fullmatch(c.after)
        or words.SHARE_OF_THEM_AFTER.match(c.after)
    )
    start, end = words.sentence_bounds(text, m.start)
    sentence = text[start:end]
    if _load_cut(c):
        return "load_cut_pct"  # "Sagstallet skal ned med 20 %": a cut of today's caseload, not of a spend
    if words.SURCHARGE_NEAR.search(sentence) and cues.INCLUDED_BEFORE.search(c.before):
        role: str | None = "context"  # "600.000 kr. inkl. 20 % overhead": already in the price
    elif words.SURCHARGE_NEAR.search(sentence) and not _YEARLY_RISE_AFTER.match(text, m.end):
        # "25 % oven i til overhead": added to a price; never "stiger 3 % om året … (oven i året før)", a yearly rise
        role = "surcharge_pct"
    elif up_or_of or not words.FALL_CUE.search(sentence):
        role = None  # a percentage with no fall named may be growth, a share or a surcharge: asked about
    else:
        role = "reduction_pct"
    return role


def read_question(question: str, language: Language) -> Reading:
    """Every number's role and unit, the asked quantities in order, and what could not be settled."""
    text = question if isinstance(question, str) else ""
    reading = Reading(language=language, cues={k for k, cue in words.CUES.items() if cue.search(text)})
    try:
        # Years never get a role; "nul"/"zero" as a word is an idiom ("gå i nul"), not an input.
        mentions = find_numbers(text, language)
        found = [m for m in mentions if is_input(text, m, [e for e in mentions if e.end <= m.start])]
    except (ValueError, ArithmeticError):
        return reading
    found = sorted(found + _word_numbers(text, found), key=lambda m: m.start)
    reading.asked = asked_in(text)
    ctxs = _contexts(text, found)
    for c in ctxs:
        m = c.m
        if about_population(c.text, m.start, m.end, reading.asked):  # "58.000 indbyggere": used in nothing
            reading.numbers.append(ReadNumber(m.value, "context", "", (m.start, m.end), m.text))
        elif (
            m.unit == "kr"
            or (m.scale >= 1000 and not words.COUNT_AFTER["any"].match(c.after))
            or (m.value >= 10_000 and not words.COUNT_AFTER["any"].match(c.after))
        ):
            reading.numbers.append(yearly_amount(c, reading.numbers))
        elif m.unit == "pct":
            reading.numbers.append(ReadNumber(m.value, _pct_role(c, text), "pct", (m.start, m.end), m.text))
        else:
            role, unit, kind = _count_role(c)
            read = ReadNumber(m.value, role, unit, (m.start, m.end), m.text, kind)
            if unit == "workers" and _HALF_TIME.match(c.after):  # "2 rådgivere på halv tid": one full-time post
                read = replace(read, value=m.value / 2, note="half_time")
            reading.numbers.append(read)
    _share_scale(reading, ctxs)
    set_background_apart(reading, text)  # "Vejle havde i 2015 39 sager … Vi har i dag 1.131 sager": Vejle's aside
    period_prices(reading, text)
    relate(reading, ctxs, text)
    fraction_of_placed(reading, text)  # "halvdelen af de 28 … den anden halvdel": each type's count
    part_time_staff(reading, text)  # "6 full-timers and 2 on half time": today's staff in FTE
    # "vi ansætter 4 pr. 1. september": part of a year's pay; costs and savings year by year, not one level
    early = (
        read_vacant_months(reading, text) or read_forecast(reading, text) or read_part_year(reading, text)
        or read_flows(reading, text) or read_budget_shares(reading, text) or read_overspend(reading, text)
        or read_turnover(reading, text) or read_stay(reading, text) or read_budget_use(reading, text)
    )  # fmt: skip
    if early is not None:
        early.ambiguous = ambiguity_notes(early)
        return early
    read_schedule(reading, text)  # "3 in year 1, 3 more in year 2": counts tied to their years
    read_yearly_hires(reading, text)  # "2 nye rådgivere hvert år i 4 år": 2, 4, 6, 8 in post
    read_two_pairs(reading, text)  # "cases from 912 to 1.023, staff from 24 to 31": each pair what it counts
    caseload_after_change(reading, text)
    staff_changed_already(reading, text)  # "er vokset fra 11 til 14 stillinger": today's staff are the 14
    reading.numbers = [
        replace(n, role=None, note="fraction") if n.role in WHOLE_ROLES and not _whole_or_expected(n) else n
        for n in reading.numbers
    ]
    _read_move(reading, text)
    if "caseload" in reading.asked and CHILDREN_CARRIED_Q.search(text) and not reading.move:
        # "hvor mange børn har hver rådgiver … 1.150 børn": the caseload counted in children, who are the cases
        reading.numbers = [
            replace(n, role="cases", unit="cases") if n.role is None and n.unit == "children" else n
            for n in reading.numbers
        ]
    if reading.asked == ["case_cost"]:  # a cost per case at each caseload: which is today's does not matter
        reading.numbers = [replace(n, alt_role=None) for n in reading.numbers]
    _staff_pair_for_load(reading, text)
    moves_a_year(reading, text)
    case_growth(reading, text)
    _cases_ahead_need_a_rise(reading, text)
    change_of_two_amounts(reading, text)
    staff_raised_to(reading, text)
    vacant_posts(reading, text)
    read_absence(reading, text)  # "sygefraværet ligger på 8 %": the staff at work and their caseload
    above_the_target(reading, text)
    implied_ask(reading, text)
    price_of_each_post(reading, text)  # "DKK 2.36m a year for 4 new posts: per post?"
    read_benchmark(reading, text)  # "the gap to the national average of DKK 1.16m": a yardstick, not our price
    _one_price_by_period(reading)
    years_of_a_pool(reading, text)  # "4,2 mio. kr. i alt til 2026 og 2027": the sum of two years
    years_of_a_period(reading, text)  # "samlet over budgetperioden 2025-2028": four budget years
    years_of_a_change(reading, text)  # "fra 80 til 100 over 5 år": the years a yearly rise is compounded over
    one_value_per_kind(reading)
    # a number of years alone ("hvad sparede Herning på to år?") prices nothing: a lookup, not a calculation
    reading.is_calculation = (
        bool(reading.asked)
        and any(n.role and n.role not in ("context", "years") for n in reading.numbers)
        and not _a_band_counted(reading)
    )
    reading = read_dated(reading, text)  # a start date no early shape took: one flow from the date, or stopped
    reading.ambiguous = ambiguity_notes(reading)
    if not reading.is_calculation or any(n.role is None for n in reading.numbers):
        return read_shape(reading, text) or reading
    return reading


def _read_move(reading: Reading, text: str) -> None:
    """Children moved between placement types: from and to, named, left to the prices, or "of those" instead."""
    move = (
        MOVE_KINDS.search(text)
        or MOVE_OF_KINDS.search(text)
        or MOVE_CONVERT.search(text)
        or MOVE_INSTEAD.search(text)
    )
    moving = reading.first("moved") or reading.first("moved_share") or placed_instead(reading, text)
    those = MOVE_OF_THOSE.search(text) if not move and moving else None
    if those is not None:
        to = kind_of(those.group("b"))
        reading.move = ("foster" if to == "residential" else "residential", to)
        relate_move(reading, text)
    elif move and (moving or {"moves_needed", "break_even"} & set(reading.asked)):
        reading.move = (kind_of(move.group("a")), kind_of(move.group("b")))
        if reading.move[0] == reading.move[1]:
            # "fra netværkspleje til plejefamilie": two kinds this reader counts as one; their prices cannot
            # be told apart, so they are asked about (a saving of 0 kr. was stated where it costs more)
            reading.move = None
            reading.numbers = [replace(n, role=None) if n.role == "cost_per_placement" else n for n in reading.numbers]
        else:
            relate_move(reading, text)
            # "the saving per year and what does it add up to": the saving's total; not "the new total cost" of a
            # portfolio, nor the staff's cost beside a move
            other = any(n.role in ("extra_staff", "cost_per_worker", "staff_now", "placements_total")
                        for n in reading.numbers)  # fmt: skip
            saving = "savings_per_year" in reading.asked and not other
            if saving or _EXTRA_ASKED.search(words.asking_text(text)):
                # "hvad koster det ekstra … i stedet for": the move's yearly difference, an extra cost when dearer
                asked = reading.asked
                reading.asked = list(dict.fromkeys("savings_per_year" if a == "cost_per_year" else a for a in asked))
    elif not move:
        read_move_to(reading, text)  # "if 3 kids move to foster care": the other priced type is left


def _cases_ahead_need_a_rise(reading: Reading, text: str) -> None:
    """ "Hvor mange sager har vi næste år?" with no rise in the cases read: not answered with today's count."""
    rise = any(n.role == "case_growth_pct" for n in reading.numbers)
    if "cases" in reading.asked and not rise and CASES_AHEAD_Q.search(words.asking_text(text)):
        reading.asked.remove("cases")


def _a_band_counted(reading: Reading) -> bool:
    """ "What share of workplaces were inside 20-30 cases": a band that says what a source counted, not an
    input; the share is a finding to look up."""
    pair = reading.range_pair
    return pair is not None and set(reading.asked) <= {"pct_share"} and all(
        j in pair or n.role in (None, "context", "years") for j, n in enumerate(reading.numbers)
    )


def _whole_or_expected(n: ReadNumber) -> bool:
    """A count that must be whole, or placements avoided as an expected number ("undgå 2,5 anbringelser om
    året" in a business case is an average, not a typo for 2.500)."""
    return n.value == int(n.value) or (n.role == "avoided" and n.value < 20)


def _one_price_by_period(reading: Reading) -> None:
    """A year's price by the week or day is one unit's: beside a count ("what does it cost a day to keep 4
    children …") the total's rate would be meant, which is not worked out here, so the ask is dropped."""
    periods = {"price_per_week", "price_per_day"}
    if not periods & set(reading.asked):
        return
    counted = any(n.role not in (None, "context") and n.unit in _COUNTED_UNITS for n in reading.numbers)
    if counted or any(n.role is None and not n.unit.startswith("kr") for n in reading.numbers):
        reading.asked = [a for a in reading.asked if a not in periods]


_COUNTED_UNITS = ("workers", "placements", "children", "cases", "n")


def _staff_pair_for_load(reading: Reading, text: str) -> None:
    """ "fra 30 til 36 rådgivere … hvor mange procent falder sagstallet": the caseload moves the other way
    from the staff, so the staff's own change is not the answer. With the cases given, the staff are today's and
    the staff after, and the caseload's own change is worked out; otherwise the pair is asked about."""
    asking = words.asking_text(text)
    if "pct_change" not in reading.asked or not _LOAD_PCT_Q.search(asking):
        return
    if any(words.STAFF_NAMED.search(m.group(0)) for m in _PCT_CLAUSE.finditer(asking)):
        return  # the staff's own change asked too ("the percentage increase in staff, … the caseload"): it stands
    pair = [n for n in reading.numbers if n.role in ("value_from", "value_to")]
    if not any(n.unit == "workers" for n in pair):
        return
    if len(pair) == 2 and sum(1 for n in reading.numbers if n.role == "cases") == 1:
        # "we go from 41 to 45 caseworkers with 1,230 cases … the percentage reduction in caseload": the caseload
        # before and after, and its own change
        staff = {"value_from": "staff_now", "value_to": "staff_to"}
        reading.numbers = [
            replace(n, role=staff[str(n.role)], unit="workers", alt_role=None) if n in pair else n
            for n in reading.numbers
        ]
        reading.asked = list(dict.fromkeys(
            a for name in reading.asked
            for a in (("caseload", "caseload_after", "caseload_change_pct") if name == "pct_change" else (name,))
        ))  # fmt: skip
        return
    reading.numbers = [replace(n, role=None) if n in pair else n for n in reading.numbers]


def read_shape(reading: Reading, text: str) -> Reading | None:
    """The question read by what it does with its numbers, where the role reader left one open or worked out
    nothing: a rate per 1,000, a rising price, a price times a count ("55.000 kr. pr. familie … for 80
    familier"), two values side by side ("what share of a DKK 250m budget is DKK 40m")."""
    if any(n.note in ASKED_ON_PURPOSE for n in reading.numbers):
        return None  # "hvoraf nogle er på deltid", "half are in foster care" with the rest unsaid: asked, not shaped
    if part_of_a_year(reading, text):
        return None  # a start part-way through a year: read by ``calc.part_year`` or asked about, never a whole year
    for shape in (read_rate, read_price_rise, read_priced, read_pair):
        other = shape(reading, text)
        if other is not None:
            return other
    return None
