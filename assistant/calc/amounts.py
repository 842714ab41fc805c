"""Reading an amount of kroner in a calculation question: what it is the price of, each or in total.

The words before the amount name what it prices (a worker, a placement, a placement type, an effort as a
whole); markers before and after it say whether it is a unit price ("á", "at", "hver", "per head") or a
total ("i alt", "for all of them", "over 4 år"). When the words do not settle each against in total, a
plausible yearly cost of one worker decides, and when both readings are plausible both are kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from assistant.calc import cues, words
from assistant.calc.amount_words import (
    BUDGET_BEFORE,
    BUDGET_GET_BEFORE,
    BUDGET_MORE_AFTER,
    BUDGET_MORE_BEFORE,
    EACH_AFTER,
    EFFORT_AFTER,
    LATER_TOTAL_AFTER,
    MONTHLY_AFTER,
    NOUNS_BEFORE_AMOUNT,
    ONE_OFF_AFTER,
    ONE_OFF_BEFORE,
    OVER_YEARS_AFTER,
    OVER_YEARS_LATER,
    PER_PLACEMENT_SUBJECT,
    PER_UNIT_AFTER,
    PLURAL_STAFF_BEFORE,
    PRICE_BEFORE,
    RAISE_BEFORE,
    SALARY_BEFORE,
    SAVE_BEFORE,
    SINGULAR_SUBJECT,
    SPEND_AFTER,
    SPEND_BEFORE,
    SPEND_VERB,
    SPEND_WITH_BEFORE,
    STAFF_COST_AFTER,
    TOTAL_NEAR,
    UNIT_PRICE_BEFORE,
    YEARLY_BEFORE,
)
from assistant.calc.asked import AFFORD_Q
from assistant.calc.groups import Group
from assistant.calc.placement_words import KIND_AFTER_AMOUNT, KIND_NEAR, kind_of
from assistant.calc.series import Flows
from assistant.calc.staff_asks import STAFF_Q_AFFORD
from assistant.models import Language
from assistant.numbers import NumberMention

__all__ = ["WORKER_COST", "Ctx", "ReadNumber", "Reading", "kind_of_near", "money_role"]

# Plausible annual cost of one social worker. Used only to choose between "each"
# and "in total" when the question says neither; an amount plausible both ways is asked about.
WORKER_COST = (250_000.0, 1_000_000.0)


@dataclass(frozen=True)
class ReadNumber:
    """A number in the question with the role it plays; ``role`` None means it could not be settled."""

    value: float
    role: str | None
    unit: str
    span: tuple[int, int]
    text: str
    kind: str = ""  # placement type: "foster", "residential" or "" (not said)
    alt_role: str | None = None  # the other plausible reading, shown beside the first
    refers_to: int | None = None  # index of the count an amount "each"/"in total" belongs to
    note: str = ""  # why an unmarked amount was read as it was (said in the answer)
    carried: bool = False  # taken from an earlier question of the conversation, not this one
    inferred: bool = False  # placed by what the question lacks, not by its words (``calc.fill``)
    noun: str = ""  # what a priced unit or count is of, in the question's words ("familier"; ``calc.priced``)


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
    groups: list[Group] = field(default_factory=list)  # teams or years side by side, each with cases and staff
    caseload_pair: bool = False  # the from-to pair is two caseloads ("fra 40 til 25 pr. rådgiver")
    range_pair: tuple[int, int] | None = None  # the two ends of a dash range ("40-50 sager"), solved at each
    horizon: int | None = None  # the years a year-by-year series spans (``calc.schedule``)
    final_staff: float | None = None  # staff in post in the series' last year (``calc.schedule``)
    flows: Flows | None = None  # costs and savings year by year (``calc.flows``)
    # staff in post each year of a phased hiring, with the first calendar year named, when each year's cost is
    # asked ("the extra payroll in each year", "i 2025, i 2026 og i alt")
    staff_by_year: tuple[tuple[float, ...], int | None] | None = None

    def first(self, role: str) -> ReadNumber | None:
        """The first number read in ``role``."""
        return next((n for n in self.numbers if n.role == role), None)


@dataclass
class Ctx:
    """The words around one number: from the previous number to the next, and its sentence."""

    text: str
    m: NumberMention
    before: str
    after: str
    clause: str
    index: int


def money_role(c: Ctx, numbers: list[ReadNumber]) -> ReadNumber:
    """Role of an amount of kroner: per worker, in total, per placement, spend, savings, from/to."""
    m, kind = c.m, kind_of_after(c.after) or kind_of_near(c.before)
    base = ReadNumber(m.value, None, "kr", (m.start, m.end), m.text, kind)
    early = _once_or_saved(c, base)
    if early is not None:
        return early
    if SPEND_AFTER.match(c.after) or SPEND_BEFORE.search(c.before):
        return replace(base, role="placement_spend", unit="kr_per_year")
    # "each avoided placement saves DKK 1.5m"; not "pr. anbringelse, og hvor mange rådgivere til 300.000 kr."
    if PER_PLACEMENT_SUBJECT.search(c.clause) and _last_noun(c.before) != "staff":
        kind = kind or kind_of(c.clause[-60:])
        return replace(base, role="cost_per_placement", unit="kr_per_child", kind=kind)
    # "pr. rådgiver", "per placement"; "1.240.000 kr. for en institutionsplads": the price of one
    per = PER_UNIT_AFTER.match(c.after) or (_FOR_ONE_KIND.match(c.after) if kind else None)
    if SAVE_BEFORE.search(c.before) and not per and not _EACH_NOW.match(c.after):
        # not "sparer 1,2 mio. pr. undgået anbringelse", nor "hvad sparer vi ved 600.000 kr. pr. stilling": unit prices
        return replace(base, role="savings_given", unit="kr_per_year")
    if per:
        if "staff" in per.groupdict() and per.group("staff"):
            return replace(base, role="cost_per_worker", unit="kr_per_worker")
        return replace(base, role="cost_per_placement", unit="kr_per_child", kind=kind or kind_of(per.group(0)))
    spent = _money_for(c, base)
    if spent is not None:
        return spent
    noun = _noun_priced(c)
    count = _counted(numbers, c.index)
    one_costs = words.ONE_COSTS_BEFORE.search(c.before)  # "if one costs DKK 580,000": the price of one
    total = not one_costs and (TOTAL_NEAR.search(c.before[-25:]) or LATER_TOTAL_AFTER.match(c.after))
    each = EACH_AFTER.match(c.after) or one_costs or cues.AVERAGE_BEFORE.search(c.before)
    if noun == "staff" or (noun is None and SALARY_BEFORE.search(c.before)):
        return _worker_amount(base, c, count, bool(total), bool(each), numbers)
    if noun == "effort":  # "En ekstra indsats koster 2,35 mio. kr. om året": the effort's cost
        if OVER_YEARS_AFTER.match(c.after):
            return replace(base, role="cost_total", unit="kr_total")
        if words.CUES["per_year"].match(c.after) or YEARLY_BEFORE.search(c.before):
            return replace(base, role="cost_per_year", unit="kr_per_year")
        return replace(base, unit="kr")
    if noun in ("placement", "kind", "child"):
        # "34 børn … koster i alt 39,1 mio.": a spend on the children counted in its own sentence, not "Institution
        # koster 1.300.000 kr." said after them
        same = count is not None and words.sentence_bounds(c.text, c.m.start)[0] <= numbers[count].span[0]
        spend = total or (SPEND_VERB.search(c.before) and same)
        if count is not None and numbers[count].role == "placements_total" and spend and not each:
            return replace(base, role="placement_spend", unit="kr_per_year")  # "34 børn … koster i alt 39,1 mio."
        if total and count is not None and numbers[count].role in ("avoided", "moved"):
            return replace(base, role=None, unit="kr")  # a total for N placements: ask, do not divide
        return replace(base, role="cost_per_placement", unit="kr_per_child")
    return replace(base, unit="kr_per_year" if words.CUES["per_year"].match(c.after) else "kr")


_FOR_ONE_KIND = words._re(
    rf"\s*(?:kr\.?|dkk|kroner)?\s*(?:(?:om\s+året|a\s+year|årligt)\s+)?(?:for|til)\s+(?:en|et|a|an|one|én|ét)\s+"
    rf"(?:{words._RESIDENTIAL}|{words._FOSTER})"
)
# "the saving at DKK 900k each": a price of one, not the saving
_EACH_NOW = words._re(r"\s*(?:kr\.?|dkk)?\s*(?:each|hver|apiece|stykket|pr\.?\s*stk\.?|per\s+piece)(?!\w)")
# a yearly sum said to be pay: "2,4 mio. kr. om året i ekstra løn", "DKK 1.8m a year in extra salaries"
_PAY_AFTER = words._re(
    r"\s*(?:kr\.?|dkk|kroner)?\s*(?:om\s+året|a\s+year|per\s+year|årligt|yearly|annually)\s+(?:i|in|til|on|for)\s+"
    r"(?:(?:ekstra\s+|extra\s+|additional\s+|nye?\s+|new\s+)(?:løn\w*|salar\w*|wages|pay|personale\w*|staff\w*)|"
    # "DKK 1.5m a year in running costs", "1,2 mio. kr. om året i drift": what the effort costs every year
    r"(?:running|operating|ongoing)\s+costs?|drift\w*)\b|"
    # "tilbuddet koster 650.000 kr. om året at drive", "DKK 650,000 a year to run"
    r"\s*(?:kr\.?|dkk|kroner)?\s*(?:om\s+året|a\s+year|per\s+year|årligt|yearly|annually)\s+(?:at\s+drive|to\s+run|to\s+operate)\b"
)


# "en engangsudgift på 45.000 kr. pr. person", "a one-off DKK 40k per new hire": paid once for each one hired
_EACH_HIRE_AFTER = words._re(
    r"\s*(?:kr\.?|dkk)?\s*(?:(?:pr\.?|per|for\s+hver|for\s+each)\s+(?:ny\s+|new\s+)?(?:person|medarbejder\w*|rådgiver\w*|"
    r"ansat\w*|nyansat\w*|hire|head|worker|caseworker|social\s+worker|stilling)\b|each\b|hver\b|stykket\b)"
)


def _once_or_saved(c: Ctx, base: ReadNumber) -> ReadNumber | None:
    """A one-off sum (never yearly), or a saving on placements ("spare 3,6 mio. om året på anbringelser")."""
    saved = SAVE_BEFORE.search(c.before)  # "… engangsudgift og sparer 100.000 kr.": the verb is nearer
    yearly = words.CUES["per_year"].match(c.after)  # "(engangsbeløb) plus 1,2 mio. kr. om året": a level a year
    if not saved and ((ONE_OFF_BEFORE.search(c.before) and not yearly) or ONE_OFF_AFTER.match(c.after)):
        if _EACH_HIRE_AFTER.match(c.after):
            return replace(base, role="one_off_each", unit="kr_per_worker")  # "45.000 kr. pr. person": per hire
        return replace(base, role="one_off", unit="kr_total")
    if saved and SPEND_AFTER.match(c.after):
        return replace(base, role="savings_given", unit="kr_per_year")
    if not saved and _PAY_AFTER.match(c.after):  # "2,4 mio. kr. om året i ekstra løn": what the new staff cost
        return replace(base, role="cost_per_year", unit="kr_per_year")
    if saved and OVER_YEARS_AFTER.match(c.text, c.m.end):  # "sparede 4,4 mio. kr. over 2 år": the period's saving
        return replace(base, role="savings_given", unit="kr_total", note="over_years")
    return None


def _money_for(c: Ctx, base: ReadNumber) -> ReadNumber | None:
    """Money set aside, an effort's price named after the amount, or added staff cost in total."""
    if _is_budget(c):
        period = OVER_YEARS_AFTER.match(c.text, c.m.end) or OVER_YEARS_LATER.match(c.text, c.m.end)
        return replace(base, role="budget", unit="kr", note="over_years" if period else "")
    effort = EFFORT_AFTER.match(c.after)
    if effort and not NOUNS_BEFORE_AMOUNT["placement"].search(c.clause[-30:]):
        return replace(base, role="cost_per_year", unit="kr_per_year") if effort.group("yearly") else base
    if RAISE_BEFORE.search(c.before) or STAFF_COST_AFTER.match(c.after):
        # "3 mio. a year of extra staff"; "3,6 mio. til ekstra rådgivere over de næste 3 år": a pool for the period
        over = "over_years" if OVER_YEARS_LATER.match(c.text, c.m.end) else ""
        return replace(base, role="extra_cost_total", unit="kr_total", note=over)
    return None


_PAYS_FOR_AFTER = words._re(
    r"\s*(?:kr\.?|dkk|kroner)?\s*(?:pay\s+for|fund|finance|cover|buy|betale|dække|finansiere)\b"
)
# "if each costs 482,946 a year", "hvis hver koster 640.000 kr.": the price of one of the staff the question names
_EACH_COSTS_BEFORE = words._re(r"\b(?:each|hver|every\s+one)\s+(?:costs?|koster)\s+(?:us\s+|os\s+)?(?:dkk\s*)?$")


def _noun_priced(c: Ctx) -> str | None:
    """The noun an amount prices: the last before it in its clause, or the staff a bare "each costs" is said of."""
    noun = _last_noun(c.before) or _last_noun(c.clause)
    if noun is None and _EACH_COSTS_BEFORE.search(c.before) and words.STAFF_NAMED.search(c.text):
        return "staff"
    return noun


# "hvor mange stillinger på 680.000 kr.", "posts at DKK 640,000": the price of one post, never money to spend
_POST_PRICE_BEFORE = words._re(
    rf"\b(?:stilling\w*|årsværk|posts?|positions?|{words.STAFF_NOUN})\s+(?:på|til|at|à|á)\s*(?:dkk\s*)?$"
)


def _is_budget(c: Ctx) -> bool:
    """Money set aside or added ("afsat 3 mio. kr.", "we get an extra DKK 3m"), not the price of anything."""
    if _POST_PRICE_BEFORE.search(c.before):
        return False
    if BUDGET_BEFORE.search(c.before):
        return True
    if _PAYS_FOR_AFTER.match(c.after) and AFFORD_Q.search(c.text[: c.m.end + 40]):
        return True  # "how many social workers does DKK 4.5m pay for", "hvor mange rådgivere kan 3,5 mio. kr. betale"
    sentence = c.clause + c.text[c.m.start : c.m.end + 160]
    if STAFF_Q_AFFORD.search(sentence) and SPEND_WITH_BEFORE.search(c.before):
        return True  # "hvor mange rådgivere kan vi ansætte for 3 mio. kr.", "can we hire with DKK 3m"
    return bool(
        BUDGET_GET_BEFORE.search(c.before)
        and (BUDGET_MORE_BEFORE.search(c.before) or BUDGET_MORE_AFTER.match(c.after))
    )


def kind_of_after(after: str) -> str:
    """The placement type right after an amount ("1.160.000 kr. pr. barn om året på institution").

    It is the amount's own phrase, so it beats a type named before it, which may belong to the question's
    first sentence ("… til plejefamilie? Vi regner med 1.160.000 kr. … på institution").
    """
    found = KIND_AFTER_AMOUNT.match(after)
    return kind_of(found.group("k")) if found else ""


def kind_of_near(before: str) -> str:
    """The placement type named closest before an amount ("institution koster 1.160.000 kr.")."""
    found = list(KIND_NEAR.finditer(before[-45:]))
    return kind_of(found[-1].group(0)) if found else ""


def _last_noun(before: str) -> str | None:
    """What the nearest noun before an amount is about: staff, placement, placement kind, child, cases."""
    best: tuple[int, str] | None = None
    for name, pattern in NOUNS_BEFORE_AMOUNT.items():
        for hit in pattern.finditer(before):
            if best is None or hit.end() > best[0]:
                best = (hit.end(), name)
    return best[1] if best else None


def _counted(numbers: list[ReadNumber], index: int) -> int | None:
    """The count an amount can refer to: the closest earlier number that counts workers or placements."""
    for i in range(index - 1, -1, -1):
        if numbers[i].role in ("extra_staff", "staff_now", "avoided", "moved", "placements_total"):
            return i
    return None


def _worker_amount(
    base: ReadNumber, c: Ctx, count: int | None, total: bool, each: bool, numbers: list[ReadNumber]
) -> ReadNumber:
    """An amount said about social workers: each, in total, or unsettled (then both readings)."""
    staff_count = count if count is not None and numbers[count].role in ("extra_staff", "staff_now") else None
    per_worker = replace(base, role="cost_per_worker", unit="kr_per_worker")
    if (
        staff_count is None
        and not SINGULAR_SUBJECT.search(c.before)
        and PLURAL_STAFF_BEFORE.search(c.before)
        and not each
        and not UNIT_PRICE_BEFORE.search(c.before)  # "new caseworkers at DKK 575,000 each": a unit price
    ):
        later = OVER_YEARS_LATER.match(c.text, c.m.end)
        over = "over_years" if OVER_YEARS_AFTER.match(c.text, c.m.end) or later else ""
        return replace(base, role="extra_cost_total", unit="kr_total", note=over)  # "de ekstra rådgivere koster"
    if staff_count is None or numbers[staff_count].value == 1:
        return per_worker  # "en rådgiver koster 600.000 kr.": no count to share it between
    as_total = replace(base, role="staff_cost_total", unit="kr_total", refers_to=staff_count)
    yearly = base.value * (12 if MONTHLY_AFTER.match(c.after) else 1)  # "at DKK 50k a month": 600k a year
    each_ok = WORKER_COST[0] <= yearly <= WORKER_COST[1]
    unit_mark = each or bool(UNIT_PRICE_BEFORE.search(c.before))
    if unit_mark and not total:
        if each or each_ok:
            return per_worker  # "á 575.000 kr. over 3 år", "at DKK 600,000 each": a unit price for any period
        return replace(per_worker, alt_role="staff_cost_total", refers_to=staff_count)  # "at DKK 2.4m": too much each
    if not unit_mark and OVER_YEARS_AFTER.match(c.text, c.m.end):
        return replace(as_total, note="over_years")  # a total for the whole period, never per worker a year
    if total and not unit_mark:
        return as_total
    if not total and (PRICE_BEFORE.search(c.before) or SINGULAR_SUBJECT.search(c.before)):
        return per_worker  # "til 600.000 kr." after a count is a unit price in Danish, "at" in English
    # no marker, or both ("á 0,55 mio. kr. i alt"): a plausible cost of one worker decides, else both readings
    n = numbers[staff_count].value
    total_ok = WORKER_COST[0] <= yearly / n <= WORKER_COST[1]
    if total_ok and not each_ok:
        return replace(as_total, note="total")
    if each_ok and not total_ok:
        return replace(per_worker, note="each")
    return replace(per_worker, alt_role="staff_cost_total", refers_to=staff_count)
