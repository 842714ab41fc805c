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
from dataclasses import dataclass, field, replace

from assistant import calc_words as words
from assistant.calc_amounts import WORKER_COST, Ctx, ReadNumber, money_role
from assistant.models import Language
from assistant.numbers import NumberMention, find_numbers, format_number

__all__ = ["ReadNumber", "Reading", "read_question"]

# Things counted in whole units (staff may be part-time FTE): "1,200 sager" in Danish is 1.2, so ask.
WHOLE_ROLES = {"cases", "avoided", "placements_total", "moved", "staff_cut"}


@dataclass
class Reading:
    """How a question was read: numbers with roles, asked quantities in order, what stays unsettled."""

    language: Language
    numbers: list[ReadNumber] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)
    is_calculation: bool = False
    ambiguous: list[str] = field(default_factory=list)
    cues: set[str] = field(default_factory=set)
    move: tuple[str, str] | None = None  # (from kind, to kind) of children moved between placements

    def first(self, role: str) -> ReadNumber | None:
        """The first number read in ``role``."""
        return next((n for n in self.numbers if n.role == role), None)


def _repeats_a_count(text: str, m: NumberMention, earlier: list[NumberMention]) -> bool:
    """ "Hvad koster de fem?", "what do the five cost": a number said again after "de"/"the" points back at
    a count already given; reading it as a second count would double it."""
    return bool(words.BACK_REFERENCE.search(text, 0, m.start)) and any(e.value == m.value for e in earlier)


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


def _nearest(cue_a: re.Pattern[str], cue_b: re.Pattern[str], window: str) -> str | None:
    """Which of two cues stands closest before the end of ``window`` ("a", "b" or None)."""
    a = max((m.end() for m in cue_a.finditer(window)), default=-1)
    b = max((m.end() for m in cue_b.finditer(window)), default=-1)
    if a == b == -1:
        return None
    return "a" if a > b else "b"


def _caseload_role(c: Ctx) -> str:
    """Today's caseload or the target; "caseload" when the words do not say which."""
    for window in (c.before, c.clause):
        side = _nearest(words.TARGET_CUE, words.NOW_CUE, window)
        if side:
            return "target" if side == "a" else "caseload_now"
    return "caseload"


def _count_role(c: Ctx) -> tuple[str | None, str, str]:
    """(role, unit, placement kind) of a number that counts something or is a caseload."""
    if words.CASELOAD_AFTER.match(c.after):
        return _caseload_role(c), "cases_per_worker", ""
    if words.COUNT_AFTER["cases"].match(c.after):
        if words.EACH_BEFORE_CASES.search(c.before):
            return _caseload_role(c), "cases_per_worker", ""
        if words.CAP_BEFORE.search(c.before) and not words.NOW_CUE.search(c.before[-25:]):
            return "target", "cases_per_worker", ""
        if words.CARRY_BEFORE.search(c.before):
            return "cases_carried", "cases", ""
        return "cases", "cases", ""
    staff = words.STAFF_AFTER.match(c.after)
    if staff:
        extra = (
            words.MORE_WORD.search(staff.group(0))
            or words.MORE_AFTER.match(c.text, c.m.end + staff.end())  # the text, so "til 32" sees the 32
            or words.HIRE_BEFORE.search(c.before)
        )
        return ("extra_staff" if extra else "staff_now"), "workers", ""
    placement = words.PLACEMENT_AFTER.match(c.after) or words.CHILD_AFTER.match(c.after)
    if placement:
        return _placement_role(c, placement)
    if words.YEARS_AFTER.match(c.after):
        return "years", "years", ""
    fewer = words.FEWER_KIND_AFTER.match(c.after)
    if fewer:
        return "avoided", "placements", words.kind_of(fewer.group(0))  # "4 færre i plejefamilie"
    if words.TEAM_BEFORE.search(c.before):
        return "staff_now", "workers", ""  # "vores team på 12"
    if words.BARE_MORE_AFTER.match(c.text, c.m.end) and words.STAFF_NAMED.search(c.text, 0, c.m.start):
        return "extra_staff", "workers", ""  # "what would 5 more cost" after the workers are named
    if words.HIRE_BEFORE.search(c.before):
        return "extra_staff", "workers", ""  # "ansætter 3 mere", "hire 4" (also after "caseload be if we")
    if words.COST_VERB_AFTER.match(c.after) and words.STAFF_NAMED.search(c.text, 0, c.m.start):
        return "extra_staff", "workers", ""  # "what would five cost" after the workers are named
    if words.CASELOAD_BEFORE.search(c.before) or words.TARGET_END.search(c.before):
        return _caseload_role(c), "cases_per_worker", ""
    return None, "", ""


def _placement_role(c: Ctx, noun: re.Match[str]) -> tuple[str | None, str, str]:
    kind = words.kind_of(noun.group(0)) or words.kind_of(c.after[noun.end() : noun.end() + 30])
    near = c.before[-40:] + noun.group(0)
    if (
        words.MOVE.search(c.before[-40:])
        or words.MOVE.search(c.after)
        or words.MOVE_FROM_AFTER.match(c.after, noun.end())
    ):
        return "moved", "children", kind
    if noun.group("fewer") or words.CUES["avoid"].search(near):
        return "avoided", "placements", kind
    if noun.re is words.CHILD_AFTER and not words.CUES["avoid"].search(c.clause):
        return None, "children", kind  # "5 børn" with no move or avoid: we do not know what they are
    if words.PLACEMENT_TOTAL_CUE.search(near):
        return "placements_total", "placements", kind
    return "avoided", "placements", kind


# Inputs that have one value; two different numbers read in one of them are not settled by order.
SINGLE_ROLES = ("cases", "staff_now", "caseload_now", "target", "cost_per_worker", "years", "cases_carried")


def _one_value_each(reading: Reading) -> None:
    """Two different numbers read as the same single input ("32 ... wait, 20"): neither is used silently."""
    nums = reading.numbers
    for role in SINGLE_ROLES:
        found = [i for i, n in enumerate(nums) if n.role == role]
        if len({nums[i].value for i in found}) > 1:
            for i in found:
                nums[i] = replace(nums[i], role=None, alt_role=None)


def _respectively(reading: Reading, text: str) -> None:
    """ "from residential to foster care at DKK 1.1m and DKK 400,000 respectively": two unit costs take
    the placement types in the order they were named before them."""
    nums = reading.numbers
    for i in range(len(nums) - 1):
        a, b = nums[i], nums[i + 1]
        if not (a.unit.startswith("kr") and b.unit.startswith("kr")):
            continue
        sentence_end = next((m.start() for m in words.BOUNDARY.finditer(text, b.span[1])), len(text))
        if not words.RESPECTIVELY.search(text, a.span[0] - 15, sentence_end):
            continue
        start = max((m.end() for m in words.BOUNDARY.finditer(text, 0, a.span[0])), default=0)
        kinds = [words.kind_of(m.group(0)) for m in words.KIND_NEAR.finditer(text, start, a.span[0])]
        ordered = list(dict.fromkeys(kinds))
        if len(ordered) == 2:
            nums[i] = replace(a, role="cost_per_placement", unit="kr_per_child", kind=ordered[0])
            nums[i + 1] = replace(b, role="cost_per_placement", unit="kr_per_child", kind=ordered[1])


def _forward_totals(reading: Reading, ctxs: list[Ctx]) -> None:
    """ "DKK 9m for 15 caseworkers", "3,6 mio. kr. til de 6 rådgivere": an amount the words left open,
    followed by "for"/"til" and a count of workers, is the total for that count."""
    nums = reading.numbers
    for i in range(len(nums) - 1):
        n, nxt = nums[i], nums[i + 1]
        if (
            n.unit.startswith("kr")
            and n.role is None
            and nxt.role in ("staff_now", "extra_staff")
            and nxt.value != 1
            and words.FOR_COUNT_AFTER.fullmatch(ctxs[i].after)
        ):
            over = "over_years" if words.OVER_YEARS_AFTER.match(ctxs[i + 1].after) else ""
            nums[i] = replace(n, role="staff_cost_total", unit="kr_total", refers_to=i + 1, note=over)


def _unanchored_amounts(reading: Reading, text: str) -> None:
    """An amount tied to no noun in a question about staff only: a cost per worker, said as read."""
    money_asked = {"cost_per_year", "cost_total", "break_even", "break_even_pct"} & set(reading.asked)
    if (
        not money_asked
        or reading.cues & {"foster", "residential"}
        or words.NOUNS_BEFORE_AMOUNT["placement"].search(text)
    ):
        return
    if any(n.role in ("cost_per_worker", "staff_cost_total", "cost_per_year") for n in reading.numbers):
        return
    loose = [i for i, n in enumerate(reading.numbers) if n.role is None and n.unit.startswith("kr")]
    if len(loose) == 1 and WORKER_COST[0] <= reading.numbers[loose[0]].value <= WORKER_COST[1]:
        i = loose[0]
        reading.numbers[i] = replace(reading.numbers[i], role="cost_per_worker", unit="kr_per_worker", note="each")


def _pair_from_to(reading: Reading, ctxs: list[Ctx]) -> None:
    """ "fra 40 til 30 sager pr. rådgiver", "from 800,000 to 1,000,000 DKK": a start and an end value;
    "290 ud af 1.450": a part and its whole."""
    nums = reading.numbers
    for i in range(len(nums) - 1):
        a, b = nums[i], nums[i + 1]
        if words.PART_OF_BETWEEN.fullmatch(ctxs[i].after) and {"pct_share", "pct_change"} & set(reading.asked):
            unit = "kr" if "kr" in (a.unit[:2], b.unit[:2]) else "n"
            nums[i] = replace(a, role="value_part", unit=unit)
            nums[i + 1] = replace(b, role="value_whole", unit=unit)
            reading.asked = ["pct_share" if n == "pct_change" else n for n in reading.asked]
            continue
        if not (words.FROM_BEFORE.search(ctxs[i].before) and words.TO_BETWEEN.match(ctxs[i].after)):
            continue
        window = ctxs[i].text[max(0, a.span[0] - 40) : b.span[1] + 30]
        if b.role in ("staff_now", "extra_staff") and a.role in (None, "staff_now") and "pct_change" not in reading.asked:
            nums[i] = replace(a, role="staff_now", unit="workers")  # "fra 20 til 26 rådgivere"
            nums[i + 1] = replace(b, role="staff_to", unit="workers")
        elif "pct_change" in reading.asked:
            nums[i] = replace(a, role="value_from", unit=b.unit if b.unit.startswith("kr") else a.unit)
            nums[i + 1] = replace(b, role="value_to")
        elif (
            b.role in ("target", "caseload", "caseload_now", "cases")
            or a.role in ("caseload", "caseload_now")
            or (a.role is None and b.role is None and words.CASELOAD_WORD.search(window))
        ):
            nums[i] = replace(a, role="caseload_now", unit="cases_per_worker")
            nums[i + 1] = replace(b, role="target", unit="cases_per_worker")


def _listed(reading: Reading, ctxs: list[Ctx]) -> None:
    """A number listed right after another ("og", ",") with its noun left out is the same kind of number:
    "sagstal 40 og 30" gives two caseloads, neither settled; "3 i plejefamilie og 1 på institution" two
    counts of placements, each with its type."""
    nums = reading.numbers
    caseloads = ("caseload", "caseload_now", "target")
    for i in range(1, len(nums)):
        prev, joined = nums[i - 1], words.LIST_JOINER.fullmatch(ctxs[i].before)
        if nums[i].role is not None or not joined:
            continue
        if prev.role in caseloads:
            nums[i - 1] = replace(prev, role="caseload")
            nums[i] = replace(nums[i], role="caseload", unit="cases_per_worker")
        elif prev.role in ("avoided", "moved", "placements_total") and words.KIND_AFTER.match(ctxs[i].after):
            kind = words.kind_of(ctxs[i].after[:40])
            nums[i] = replace(nums[i], role=prev.role, unit=prev.unit, kind=kind)


def _versus(reading: Reading, text: str) -> None:
    """ "fra opholdssted til plejefamilie – 1.175.000 kr. mod 470.000 kr.": two prices set against each
    other after a move take its two placement types in order (the nearest type word would give both)."""
    if not reading.move:
        return
    nums = reading.numbers
    for i in range(len(nums) - 1):
        a, b = nums[i], nums[i + 1]
        if a.unit.startswith("kr") and b.unit.startswith("kr") and words.VERSUS_BETWEEN.fullmatch(text[a.span[1] : b.span[0]]):
            nums[i] = replace(a, role="cost_per_placement", unit="kr_per_child", kind=reading.move[0])
            nums[i + 1] = replace(b, role="cost_per_placement", unit="kr_per_child", kind=reading.move[1])


def _staff_leaving(reading: Reading, ctxs: list[Ctx]) -> None:
    """ "two of our 14 social workers leave", "skærer 4 af vores 37 rådgivere": staff cut from today's."""
    nums = reading.numbers
    for i in range(len(nums) - 1):
        a, b = nums[i], nums[i + 1]
        if a.role is None and b.role == "staff_now" and words.OUT_OF_BEFORE_NEXT.fullmatch(ctxs[i].after):
            sentence = ctxs[i].clause + ctxs[i].text[a.span[0] : b.span[1] + 40]
            if words.LEAVE.search(sentence):
                nums[i] = replace(a, role="staff_cut", unit="workers")


def _staff_on_cases(reading: Reading, ctxs: list[Ctx]) -> None:
    """ "vi er 24 om 1.080 sager", "28 on 980 cases": a bare count sharing the cases is today's staff."""
    nums = reading.numbers
    for i in range(len(nums) - 1):
        if nums[i].role is None and nums[i + 1].role == "cases" and words.SHARING_BETWEEN.fullmatch(ctxs[i].after):
            if not any(n.role == "staff_now" for n in nums):
                nums[i] = replace(nums[i], role="staff_now", unit="workers")


def _settle_caseloads(reading: Reading) -> None:
    """A caseload the words did not place: the other one decides, or today's staff does, or both readings."""
    nums = reading.numbers
    open_ = [i for i, n in enumerate(nums) if n.role == "caseload"]
    roles = {n.role for n in nums}
    if len(open_) == 2 and not roles & {"target", "caseload_now"}:
        a, b = open_
        nums[a] = replace(nums[a], role="caseload_now", alt_role="target")
        nums[b] = replace(nums[b], role="target", alt_role="caseload_now")
        return
    for i in open_:
        if "target" in roles:
            nums[i] = replace(nums[i], role="caseload_now")
        elif "caseload_now" in roles:
            nums[i] = replace(nums[i], role="target")
        else:
            nums[i] = replace(nums[i], role="target")
            cases, staff = reading.first("cases"), reading.first("staff_now")
            if cases and staff and staff.value and abs(cases.value / staff.value - nums[i].value) < 0.5:
                nums[i] = replace(nums[i], role="caseload_now")  # it is today's caseload, restated


def _priced_staff(reading: Reading) -> None:
    """Which counted workers are priced: "Hvad koster 4 rådgivere?" prices the 4 when there is nothing to
    staff against; "HR says 4 social workers cost 2.4 million in total" after today's staff is a price quote."""
    nums = reading.numbers
    for n in nums:
        ref = n.refers_to
        today = ref is not None and nums[ref].role == "staff_now"
        if (
            n.role == "staff_cost_total"
            and ref is not None
            and today
            and any(m.role == "staff_now" for m in nums[:ref])
        ):
            nums[ref] = replace(nums[ref], role="priced_staff")
    for n in nums:
        ref = n.refers_to
        if (
            n.role == "staff_cost_total"
            and ref is not None
            and nums[ref].role == "extra_staff"
            and any(m.role == "extra_staff" and m.value != nums[ref].value for m in nums[ref + 1 :])
        ):
            nums[ref] = replace(nums[ref], role="priced_staff")  # "3 cost 1.89m in total; what would five cost?"
    money_asked = set(reading.asked) & {"cost_per_year", "cost_total", "net_per_year", "net_total",
                                         "break_even", "break_even_pct", "cost_per_worker"}  # fmt: skip
    roles = {n.role for n in reading.numbers}
    if money_asked and not roles & {"cases", "target", "caseload_now", "extra_staff", "staff_to", "staff_cut"}:
        reading.numbers = [replace(n, role="extra_staff") if n.role == "staff_now" else n for n in reading.numbers]


def _notes(reading: Reading) -> None:
    """Say, in the question's language, which numbers could not be given one role."""
    da = reading.language == "da"
    two_ways: list[str] = []
    for n in reading.numbers:
        shown = n.text.strip()
        if n.note == "fraction":
            reading.ambiguous.append(
                f"{shown} er ikke et helt tal; mente du {format_number(n.value * 1000, reading.language)}?"
                if da
                else f"{shown} is not a whole number; did you mean {format_number(n.value * 1000, reading.language)}?"
            )
        elif n.role is None:
            reading.ambiguous.append(
                f"Jeg ved ikke, hvad {shown} står for i spørgsmålet."
                if da
                else f"I do not know what {shown} stands for in the question."
            )
        elif n.alt_role:
            two_ways.append(shown)
    if two_ways:
        joined = (" og " if da else " and ").join(two_ways)
        reading.ambiguous.append(
            f"{joined} kan læses på to måder, så jeg viser begge."
            if da
            else f"{joined} can be read two ways, so I show both."
        )


def read_question(question: str, language: Language) -> Reading:
    """Every number's role and unit, the asked quantities in order, and what could not be settled."""
    text = question if isinstance(question, str) else ""
    reading = Reading(language=language, cues={k for k, cue in words.CUES.items() if cue.search(text)})
    try:
        # Years never get a role; "nul"/"zero" as a word is an idiom ("gå i nul"), not an input.
        found = [
            m
            for m in find_numbers(text, language)
            if not m.is_year
            and not (m.word and m.value == 0)
            and not (m.word and m.value == 1 and words.OF_THEM.match(text, m.end))  # "hvad koster én af dem"
            and not (m.word and m.value == 1 and words.COSTS_AFTER_NOUN.match(text, m.end))  # "one worker costs"
            and not (m.word and m.value == 1 and words.ONE_ASKED.search(text, 0, m.start) and words.ONE_ASKED_END.match(text, m.end))
            and not _repeats_a_count(text, m, find_numbers(text[: m.start], language))
        ]
    except (ValueError, ArithmeticError):
        return reading
    for one in words.ONE_COUNT.finditer(text):
        group = "n" if one.group("n") else "m"
        if any(m.start < one.end(group) and one.start(group) < m.end for m in found):
            continue  # already read as a number word
        if words.COSTS_AFTER_NOUN.match(text, one.end(group)):
            continue  # "One social worker costs 0.55 million": a unit price's subject, not a count
        found.append(NumberMention(one.group(group), one.start(group), one.end(group), 1.0, 1.0, word=True))
    found.sort(key=lambda m: m.start)
    reading.asked = words.asked_in(text)
    ctxs = _contexts(text, found)
    for c in ctxs:
        m = c.m
        if (
            m.unit == "kr"
            or (m.scale >= 1000 and not words.COUNT_AFTER["any"].match(c.after))
            or (m.value >= 10_000 and not words.COUNT_AFTER["any"].match(c.after))
        ):
            read = money_role(c, reading.numbers)
            if words.MONTHLY_AFTER.match(c.after):  # "95.000 kr. om måneden": a year is twelve of them
                read = replace(read, value=read.value * 12, note="monthly")
            reading.numbers.append(read)
        elif m.unit == "pct":
            reading.numbers.append(ReadNumber(m.value, "reduction_pct", "pct", (m.start, m.end), m.text))
        else:
            role, unit, kind = _count_role(c)
            reading.numbers.append(ReadNumber(m.value, role, unit, (m.start, m.end), m.text, kind))
    _pair_from_to(reading, ctxs)
    _staff_leaving(reading, ctxs)
    _staff_on_cases(reading, ctxs)
    _listed(reading, ctxs)
    _settle_caseloads(reading)
    _forward_totals(reading, ctxs)
    _respectively(reading, text)
    _priced_staff(reading)
    _unanchored_amounts(reading, text)
    _one_value_each(reading)
    reading.numbers = [
        replace(n, role=None, note="fraction") if n.role in WHOLE_ROLES and n.value != int(n.value) else n
        for n in reading.numbers
    ]
    move = words.MOVE_KINDS.search(text)
    if move and (reading.first("moved") or "moves_needed" in reading.asked):
        reading.move = (words.kind_of(move.group("a")), words.kind_of(move.group("b")))
        _versus(reading, text)
    _notes(reading)
    reading.is_calculation = bool(reading.asked) and any(n.role for n in reading.numbers)
    return reading
