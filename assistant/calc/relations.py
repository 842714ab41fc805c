"""How the numbers of a calculation question relate, once each has been read alone.

``calc_question`` gives each number a role from the words next to it; some roles only show from two
numbers together: a from-to pair ("fra 40 til 30"), a part and its whole ("290 ud af 1.450"), a count
the next amount is the total for, two prices set against each other after a move, staff leaving out of
today's, and a caseload the other caseload places. ``relate`` runs these passes in a fixed order; each
names the class of phrasing it serves.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.calc import words
from assistant.calc.amount_words import FOR_COUNT_AFTER, OVER_YEARS_AFTER
from assistant.calc.amounts import Ctx, Reading, ReadNumber
from assistant.calc.cuts import relate_cuts
from assistant.calc.dated import pair_by_years
from assistant.calc.each import avoided_per_worker, part_of_count
from assistant.calc.groups import read_groups
from assistant.calc.kinds import pair_prices_with_kinds, share_the_month
from assistant.calc.moves_to import saving_per_moved
from assistant.calc.parts import sum_parts
from assistant.calc.placement_words import KIND_AFTER, KIND_NEAR, MOVE, MOVE_KINDS, MOVE_TO_KIND, kind_of
from assistant.calc.portfolio import OTHER_PERIOD, read_portfolio, spent_on_count
from assistant.calc.prices import POST_YEARLY
from assistant.calc.ranges import read_range
from assistant.calc.settle import PAST_CHANGE
from assistant.calc.staff_relations import (
    _budget_for_affordable,
    _priced_staff,
    _staff_leaving,
    _staff_on_cases,
    _surcharged_pay,
    _unanchored_amounts,
)

__all__ = ["relate"]


def relate(reading: Reading, ctxs: list[Ctx], text: str) -> None:
    """Settle the roles that depend on other numbers, in place."""
    _pair_from_to(reading, ctxs)
    pair_by_years(reading, text)
    _staff_leaving(reading, ctxs)
    _staff_on_cases(reading, ctxs)
    _listed(reading, ctxs)
    read_portfolio(reading, ctxs)
    _share_moved(reading, ctxs, text)
    _settle_caseloads(reading)
    _forward_totals(reading, ctxs)
    spent_on_count(reading, ctxs)
    _count_of_priced(reading, ctxs)
    _respectively(reading, text)
    _respective_counts(reading, text)
    pair_prices_with_kinds(reading, text)
    share_the_month(reading, text)
    _priced_staff(reading)
    _surcharged_pay(reading)
    _unanchored_amounts(reading, text)
    _budget_for_affordable(reading, text)
    relate_cuts(reading, ctxs)
    read_range(reading, text)
    avoided_per_worker(reading, ctxs)
    part_of_count(reading, text)
    reading.groups = read_groups(reading, ctxs, text)
    if not reading.groups:
        _one_value_each(reading)
        sum_parts(reading, text)


def relate_move(reading: Reading, text: str) -> None:
    """Two prices after a move take its placement types in order (needs ``reading.move``)."""
    _versus(reading, text)
    saving_per_moved(reading, text)


SINGLE_ROLES = ("cases", "staff_now", "caseload_now", "target", "cost_per_worker", "years", "cases_carried")


def _one_value_each(reading: Reading) -> None:
    """Two different numbers read as the same single input ("32 ... wait, 20"): neither is used silently."""
    nums = reading.numbers
    for role in SINGLE_ROLES:
        found = [i for i, n in enumerate(nums) if n.role == role and not n.note.startswith("range")]
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
        kinds = [kind_of(m.group(0)) for m in KIND_NEAR.finditer(text, start, a.span[0])]
        ordered = list(dict.fromkeys(kinds))
        if len(ordered) == 2:
            nums[i] = replace(a, role="cost_per_placement", unit="kr_per_child", kind=ordered[0])
            nums[i + 1] = replace(b, role="cost_per_placement", unit="kr_per_child", kind=ordered[1])


_BETWEEN_TWO = words._re(r"\s*(?:og|and|hhv\.?|henholdsvis|,)\s*")


def _respective_counts(reading: Reading, text: str) -> None:
    """ "we have 64 and 30 children respectively", "vi har 42 hhv. 17 børn anbragt": two counts of children placed
    take the two placement types the prices were given for, in the same order; the first count had been left
    without a role and the total read as one type's."""
    nums = reading.numbers
    priced = [n for n in nums if n.role == "cost_per_placement" and n.kind]
    kinds = list(dict.fromkeys(n.kind for n in sorted(priced, key=lambda n: n.span[0])))
    if len(kinds) != 2 or len(priced) != 2:
        return
    for i in range(len(nums) - 1):
        a, b = nums[i], nums[i + 1]
        if a.unit.startswith("kr") or b.unit.startswith("kr") or "pct" in (a.unit, b.unit):
            continue
        if a.role not in (None, "placements_total") or b.role not in (None, "placements_total"):
            continue
        if not _BETWEEN_TWO.fullmatch(text[a.span[1] : b.span[0]]):
            continue
        start, end = words.sentence_bounds(text, a.span[0])
        if not words.RESPECTIVELY.search(text, start, end) or a.value != int(a.value) or b.value != int(b.value):
            continue
        nums[i] = replace(a, role="placements_total", unit="placements", kind=kinds[0], alt_role=None, note="")
        nums[i + 1] = replace(b, role="placements_total", unit="placements", kind=kinds[1], alt_role=None, note="")
        return


_PART_OF_YEAR = words._re(
    r"\b(?:halvår\w*|half[- ]year|first\s+half|kvartal\w*|quarter\w*|måned\w*|months?|monthly|uge\w*|weeks?)\b"
)


def _forward_totals(reading: Reading, ctxs: list[Ctx]) -> None:
    """ "DKK 9m for 15 caseworkers", "3,6 mio. kr. til de 6 rådgivere": an amount the words left open,
    followed by "for"/"til" and a count of workers, is the total for that count."""
    nums = reading.numbers
    for i in range(len(nums) - 1):
        n, nxt = nums[i], nums[i + 1]
        # "Staff costs are DKK 17.4m for 29 workers": no one worker costs 17,4 mio., so it is the 29's together
        around = ctxs[i].clause + ctxs[i].text[n.span[1] : n.span[1] + 80]
        # "for 29 workers over 2 years": not a year's pay
        too_dear = n.role == "cost_per_worker" and n.value > POST_YEARLY[1] and not OTHER_PERIOD.search(around)
        if (
            n.unit.startswith("kr")
            and (n.role is None or too_dear)
            and nxt.role in ("staff_now", "extra_staff")
            and nxt.value != 1
            and FOR_COUNT_AFTER.fullmatch(ctxs[i].after)
        ):
            over = "over_years" if OVER_YEARS_AFTER.match(ctxs[i + 1].after) else ""
            if not over and _PART_OF_YEAR.search(around):
                continue  # "9 mio. for 15 rådgivere i første halvår": not a year's pay, so not divided as one
            nums[i] = replace(n, role="staff_cost_total", unit="kr_total", refers_to=i + 1, note=over)


# "fordobler antallet af rådgivere fra 6 til 12", "raise our caseworkers from 20 to 26": staff named before the pair
_STAFF_BEFORE_PAIR = re.compile(rf"\b(?:{words.STAFF_NOUN})\s+(?:\w+\s+)?(?:fra|from)\s+$", re.I)
_HAVE_BEFORE = re.compile(
    r"\b(?:we\s+have|we've\s+got|vi\s+har|har\s+vi|there\s+are|der\s+er|employ|beskæftiger)\s+$", re.I
)


def _count_of_priced(reading: Reading, ctxs: list[Ctx]) -> None:
    """ "A residential placement runs at DKK 92,000 a month. What do 7 of those cost": placements of the
    type priced before, counted; "… og 25 % overhead. Hvad koster 4 af dem?": workers priced before."""
    nums = reading.numbers
    for i, n in enumerate(nums):
        if n.role is not None or n.unit.startswith("kr") or n.unit == "pct":
            continue
        if not words.OF_THOSE_AFTER.match(ctxs[i].after):
            continue
        priced = [m for m in nums[:i] if m.role == "cost_per_placement"]
        workers = [m for m in nums[:i] if m.role in ("cost_per_worker", "salary")]
        if len(priced) == 1 and not workers:
            nums[i] = replace(n, role="placements_total", unit="placements", kind=priced[0].kind)
        elif len(workers) == 1 and not priced and _HAVE_BEFORE.search(ctxs[i].before):
            nums[i] = replace(n, role="staff_now", unit="workers")  # "we have 27 of them": today's staff
        elif len(workers) == 1 and not priced:
            nums[i] = replace(n, role="extra_staff", unit="workers")  # "hvad koster 4 af dem om året"


def _pair_from_to(reading: Reading, ctxs: list[Ctx]) -> None:
    """ "fra 40 til 30 sager pr. rådgiver", "from 800,000 to 1,000,000 DKK": a start and an end value;
    "290 ud af 1.450": a part and its whole."""
    nums = reading.numbers
    for i in range(len(nums) - 1):
        a, b = nums[i], nums[i + 1]
        share = {"pct_share", "pct_change"} & set(reading.asked)
        part_first = words.PART_OF_BETWEEN.fullmatch(ctxs[i].after)
        whole_lead = words.WHOLE_LEAD_BEFORE.search(ctxs[i].before) and words.WHOLE_THEN_PART_BETWEEN.fullmatch(
            ctxs[i].after
        )  # "Ud af vores 1.250 børnesager er 300"
        if share and (part_first or whole_lead or words.OF_WHICH_BETWEEN.fullmatch(ctxs[i].after)):
            unit = "kr" if "kr" in (a.unit[:2], b.unit[:2]) else "n"
            part, whole = (i, i + 1) if part_first else (i + 1, i)  # "290 ud af 1.450" / "1.140, hvoraf 285"
            nums[part] = replace(nums[part], role="value_part", unit=unit)
            nums[whole] = replace(nums[whole], role="value_whole", unit=unit)
            reading.asked = ["pct_share" if n == "pct_change" else n for n in reading.asked]
            continue
        arrow = words.ARROW_BETWEEN.fullmatch(ctxs[i].after)
        after = ctxs[i].after
        to = words.TO_BETWEEN.match(after) or (
            words.COUNT_AFTER["any"].match(after)
            and words.TO_AFTER_NOUN.fullmatch(after)
            and (b.role is None or (b.unit == a.unit and b.role == a.role))
        )  # "from 85 children in out-of-home placement to 72", "fra 30 rådgivere til 36 rådgivere"
        # "fra 40-50 sager til 24": the range's upper end starts the pair; its "fra" stands before the range
        before = ctxs[i - 1].before if i and words.DASH_BETWEEN.fullmatch(ctxs[i - 1].after) else ctxs[i].before
        if not arrow and not (words.FROM_BEFORE.search(before) and to):
            continue
        window = ctxs[i].text[max(0, a.span[0] - 40) : b.span[1] + 30]
        staff_named = a.role is None and b.role is None and _STAFF_BEFORE_PAIR.search(before)
        if (
            (b.role in ("staff_now", "extra_staff") or staff_named)
            and a.role in (None, "staff_now")
            and "pct_change" not in reading.asked
        ):
            nums[i] = replace(a, role="staff_now", unit="workers")  # "fra 20 til 26 rådgivere"
            nums[i + 1] = replace(b, role="staff_to", unit="workers")
        elif _CHANGE_ASKED & set(reading.asked) and not _cases_with_staff(reading, ctxs[i].before, a, b):
            nums[i] = replace(a, role="value_from", unit=b.unit if b.unit.startswith("kr") else a.unit)
            nums[i + 1] = replace(b, role="value_to")
            end = ctxs[i + 1].after
            per_worker = words.PER_WORKER_AFTER.match(end) or words.CASELOAD_AFTER.match(end)
            reading.caseload_pair = bool(per_worker or words.CASELOAD_WORD.search(window))
        elif (
            a.role is None
            and b.role is None
            and words.CASES_NAMED.search(ctxs[i].before)
            and not words.CASELOAD_WORD.search(ctxs[i].before)
        ):
            # "børnesagerne ventes at stige fra 700 til 770": the cases to plan for are the end value, the
            # start is the cases today's staff carries
            # "er steget fra 600 til 780": the 600 was before the rise, not today's (read "før stigningen")
            before = "before_rise" if PAST_CHANGE.search(ctxs[i].clause + ctxs[i].before[-40:]) else ""
            nums[i] = replace(a, role="cases_from", unit="cases", note=before)
            nums[i + 1] = replace(b, role="cases", unit="cases")
        elif (
            b.role in ("target", "caseload", "caseload_now", "cases")
            or a.role in ("caseload", "caseload_now")
            or (a.role is None and b.role is None and words.CASELOAD_WORD.search(window))
        ):
            nums[i] = replace(a, role="caseload_now", unit="cases_per_worker")
            nums[i + 1] = replace(b, role="target", unit="cases_per_worker")


_CHANGE_ASKED = {"pct_change", "abs_change", "staff_pct", "pct_change_yearly"}


def _cases_with_staff(reading: Reading, before: str, a: ReadNumber, b: ReadNumber) -> bool:
    """ "Sagerne er steget fra 600 til 780, og vi har stadig 24 rådgivere. Hvor mange procent … og hvad er
    sagstallet før og nu?": cases that grew beside the staff who carry them are cases, read as such (the percentage
    is worked out from them too), not two bare values."""
    counted = [n for n in reading.numbers if n.role is None or n.unit == "workers"]
    staff = len(counted) == 3 and any(n.role == "staff_now" for n in counted)  # the pair and one staff count
    cases = words.CASES_NAMED.search(before) and not words.CASELOAD_WORD.search(before)
    caseload_asked = {"caseload", "staff_needed", "extra_staff", "caseload_after"} & set(reading.asked)
    return bool(a.role is None and b.role is None and staff and cases and caseload_asked)


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
        elif prev.role in ("avoided", "moved", "placements_total") and KIND_AFTER.match(ctxs[i].after):
            kind = kind_of(ctxs[i].after[:40])
            nums[i] = replace(nums[i], role=prev.role, unit=prev.unit, kind=kind)


_DIFFERENCE_BEFORE = words._re(r"\b(?:forskellen|difference)\s+(?:mellem|between|of)\s+(?:kr\.?\s*|dkk\s*)?$")
_AND_BETWEEN = words._re(r"\s*(?:kr\.?|dkk|kroner)?\s*(?:om\s+året\s+|a\s+year\s+)?(?:og|and)\s*(?:kr\.?|dkk)?\s*")


def _versus(reading: Reading, text: str) -> None:
    """ "fra opholdssted til plejefamilie – 1.175.000 kr. mod 470.000 kr.": two prices set against each
    other after a move take its two placement types in order (the nearest type word would give both)."""
    if not reading.move:
        return
    nums = reading.numbers
    for i in range(len(nums) - 1):
        a, b = nums[i], nums[i + 1]
        between = text[a.span[1] : b.span[0]]
        # "saves the difference between DKK 1,160,000 and DKK 470,000": the two prices of the move, in its order
        difference = _DIFFERENCE_BEFORE.search(text, 0, a.span[0]) and _AND_BETWEEN.fullmatch(between)
        priced = a.unit.startswith("kr") and b.unit.startswith("kr")
        if priced and (words.VERSUS_BETWEEN.fullmatch(between) or difference):
            nums[i] = replace(a, role="cost_per_placement", unit="kr_per_child", kind=reading.move[0])
            nums[i + 1] = replace(b, role="cost_per_placement", unit="kr_per_child", kind=reading.move[1])


def _share_moved(reading: Reading, ctxs: list[Ctx], text: str) -> None:
    """ "flytte 10 % af dem over i plejefamilie", "if 25% of our 16 residential placements moved to foster
    families": a share of a count of placed children moves, so the count is the whole and the share gives
    the children moved. Without a move and both placement types, the share stays unread (it is asked about)."""
    nums = reading.numbers
    for i, n in enumerate(nums):
        if n.unit != "pct" or n.role is not None:
            continue
        if words.OUT_OF_BEFORE_NEXT.fullmatch(ctxs[i].after) and i + 1 < len(nums):
            whole = i + 1
        elif words.SHARE_OF_THEM_AFTER.match(ctxs[i].after) or _SHARE_MOVED_TO.match(ctxs[i].after):
            # "30 % af dem skal i plejefamilie", "move 40% to foster families": a share of the children counted
            counts = [j for j in range(i) if nums[j].unit in ("placements", "children") and nums[j].kind]
            if not counts:
                continue
            whole = counts[-1]
        else:
            continue
        start, end = words.sentence_bounds(text, n.span[0])
        to = MOVE_TO_KIND.search(text, n.span[1], end)
        kind_from = nums[whole].kind
        kind_to = kind_of(to.group("b")) if to else ""
        several = sum(1 for m in nums if m.unit == "pct") > 1 or _PART_OF_YEAR_WORDS.search(text)
        # "25 % go to foster care and 25 % go home", "for half the year": a verb of going is no move then
        moving = MOVE.search(text, start, end) or (not several and _GOES_TO.search(text, n.span[1], end))
        if not (moving and kind_from and kind_to and kind_from != kind_to):
            continue
        nums[whole] = replace(nums[whole], role="placements_total", unit="placements")
        nums[i] = replace(n, role="moved_share", refers_to=whole)
        reading.move = (kind_from, kind_to)
        if not MOVE_KINDS.search(text):  # the move said by its share alone: its prices read here
            relate_move(reading, text)


_SHARE_MOVED_TO = re.compile(r"\s*(?:%|procent|percent)?\s+(?:to|til|into)\s", re.IGNORECASE)
# "30 % af dem skal i plejefamilie": a share that goes to the other type, said without a verb of moving
_PART_OF_YEAR_WORDS = re.compile(
    r"\b(?:half\s+(?:the|a)\s+year|halvdelen\s+af\s+året|et\s+halvt\s+år|halvår\w*|months?|måneder?|hjem|home)\b",
    re.IGNORECASE,
)
# "halvdelen af dem kommer i plejefamilie", "if a third of them go into foster care": the same, with a verb of going
_GOES_TO = re.compile(
    r"\b(?:(?:skal|should|must|will|vil)\s+(?:\w+\s+)?|(?:kommer|komme|kom|går|gik|go|goes|went|come|comes)\s+"
    r"(?:over\s+)?)(?:i|til|over\s+i|into|to)\s",
    re.IGNORECASE,
)


def _settle_caseloads(reading: Reading) -> None:
    """A caseload the words did not place: the other one decides, or today's staff does, or both readings."""
    nums = reading.numbers
    open_ = [i for i, n in enumerate(nums) if n.role == "caseload"]
    roles = {n.role for n in nums}
    kept = [i for i, n in enumerate(nums) if n.role == "caseload_kept"]
    if len(open_) == 1 and len(kept) == 1 and not roles & {"target", "caseload_now"}:
        # "12 rådgivere med 41 sager hver … holde sagstallet på 35": 35 is only kept once reached; 41 is today's
        nums[open_[0]] = replace(nums[open_[0]], role="caseload_now", alt_role=None)
        nums[kept[0]] = replace(nums[kept[0]], role="target", alt_role=None)
        return
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
