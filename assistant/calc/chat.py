"""Calculation questions in the chat: recognise them, solve them with ``calc``, write the working.

The reading (``calc_question``) gives every number a role; this module turns the roles into known
quantities, adds what the question implies (staff needed next to today's staff gives the gap; a number
of years gives the total over them), and lets ``calc_solver`` derive each asked quantity. A number
read two ways gives two readings solved side by side; a placement of unknown type with no cost given is
worked out for foster families and institutions both. A missing input with a cited default is filled
from that source and said so; one without a source is asked for, never guessed, and when a number's
role is unknown no default is used at all (that number may be the missing input).

Questions that are not calculations (lookups that merely contain a year or a number) give None so the
retrieval answer runs instead; so do questions about a named municipality that lack an input or need a
national default, since they ask about that municipality's own figures.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal

from assistant import municipalities
from assistant.calc import formulas as calc
from assistant.calc.group_answer import groups_answer
from assistant.calc.question import Reading, ReadNumber, read_question
from assistant.calc.sheet import LABELS, CalcAnswer, Cite, Sheet, Variant, phrase
from assistant.calc.solver import Value, solve
from assistant.calc.staff_pct import caseload_pair_ends
from assistant.calc.texts import CASELOADS, READ, kind_words
from assistant.calc.unasked import say_unread
from assistant.models import Language

__all__ = ["CalcAnswer", "answer_calculation", "known_from", "plan"]

_TOTALS = {
    "cost_per_year": "cost_total", "savings_per_year": "savings_total", "net_per_year": "net_total",
    "net_first_year": "net_total", "portfolio_spend": "spend_total", "placement_spend": "spend_total",
}  # fmt: skip
_MONEY_ASKED = {"cost_per_year", "cost_total", "net_per_year", "net_total", "break_even", "break_even_pct"}
_STAFF = {"staff_now", "extra_staff", "cost_per_worker", "staff_cost_total", "cases", "budget"}
_COUNTED = {"placements_total", "avoided", "moved", "moved_share", "placements_foster", "placements_residential"}
_PLACEMENT_ASKED = {"savings_per_year", "savings_total", "net_per_year", "net_total", "break_even"}


def _given(value: float, name: str, lang: Language, earlier: bool = False) -> Value:
    """A value the person gave: in this question, or in an earlier one of the conversation."""
    return Value(value, "earlier" if earlier else "question", label=LABELS[name][0 if lang == "da" else 1])


def known_from(reading: Reading, roles: dict[int, str] | None = None) -> dict[str, Value]:
    """The quantities a reading gives (``roles`` overrides some numbers' roles: the other reading)."""
    lang, over = reading.language, roles or {}
    known: dict[str, Value] = {}
    costs: dict[str, float] = {}
    avoided: list[ReadNumber] = []

    def put(name: str, value: float, earlier: bool = False) -> None:
        known.setdefault(name, _given(value, name, lang, earlier))

    for i, n in enumerate(reading.numbers):
        role = over.get(i, n.role)
        extra_total = role == "extra_cost_total" or (
            role == "staff_cost_total"
            and n.refers_to is not None
            and over.get(n.refers_to, reading.numbers[n.refers_to].role) == "extra_staff"
        )
        if extra_total and n.note == "over_years":
            known.setdefault("cost_total", _given(n.value, "cost_total", lang))  # per year = total ÷ years
        elif role == "extra_cost_total":
            known.setdefault("cost_per_year", _given(n.value, "staff_cost_total", lang))
        elif role == "staff_cost_total" and n.refers_to is not None and n.note == "over_years":
            continue  # a period total for other staff: not divided by a guess at what it covers
        elif role == "staff_cost_total" and n.refers_to is not None:
            count = reading.numbers[n.refers_to]
            if over.get(n.refers_to, count.role) == "extra_staff":
                # the total for the new staff is their cost a year
                known.setdefault("cost_per_year", _given(n.value, "staff_cost_total", lang))
            else:
                put("staff_cost_total", n.value)
                put("priced_staff", count.value)
        elif role == "cost_per_placement":
            costs.setdefault(n.kind, n.value)
        elif role == "avoided":
            avoided.append(n)
        elif role == "placements_total" and n.kind:
            put(f"placements_{n.kind}", n.value)  # a portfolio by type: priced in _placement_costs
            put("placements_total", n.value)
        elif role == "savings_given":  # a saving for a whole period is yearly only once divided by it
            put("savings_period" if n.note == "over_years" else "savings_per_year", n.value)
        elif role is not None and role != "context":
            put(role, n.value, n.carried)
    if {"placements_foster", "placements_residential"} <= set(known):
        known.pop("placements_total", None)  # two types: no single count stands for all of them
    _placement_costs(reading, known, costs, avoided, put)
    _implied_known(reading, known, over, put)
    priced = "cost_per_worker" in known
    if "cost_per_worker" in reading.asked and {"budget", "extra_staff"} <= set(known) and not priced:
        # "udgiften til 12 nye rådgivere er budgetteret til 7,2 mio. Hvad er det pr. rådgiver?"
        known["staff_cost_total"] = _given(known.pop("budget").value, "staff_cost_total", lang)
        known["priced_staff"] = _given(known.pop("extra_staff").value, "priced_staff", lang)
    return known


def _implied_known(
    reading: Reading, known: dict[str, Value], over: dict[int, str], put: Callable[[str, float], None]
) -> None:
    """What the words imply beyond each number: "hvor mange procent flere rådgivere" makes a from-to pair of
    caseloads the caseload before and after; "holde sagstallet på 30" is today's caseload and the target;
    "how many workers would the saving pay for" spends the saving."""
    for i, n in enumerate(reading.numbers):
        if over.get(i, n.role) == "caseload_kept":
            put("caseload_now", n.value)
            put("target", n.value)
    if "staff_affordable" in reading.asked and "savings_per_year" in known and "budget" not in known:
        put("budget", known["savings_per_year"].value)  # "how many workers would the saving pay for"
    if "staff_affordable" in reading.asked and "cost_per_year" in known and not {"budget", "extra_staff"} & set(known):
        put("budget", known["cost_per_year"].value)  # "kræver 2,2 mio. kr. årligt …, hvor mange stillinger dækker det"
    if "staff_pct" not in reading.asked:
        return
    read_roles = [(over.get(i, n.role), n.unit) for i, n in enumerate(reading.numbers)]
    for name, i in caseload_pair_ends(read_roles, reading.caseload_pair).items():
        put(name, reading.numbers[i].value)
        if not {"pct_change", "abs_change"} & set(reading.asked):
            known.pop(name.replace("load", "value"), None)  # the pair is the two caseloads, said once


def _placement_costs(
    reading: Reading,
    known: dict[str, Value],
    costs: dict[str, float],
    avoided: list[ReadNumber],
    put: Callable[[str, float], None],
) -> None:
    """Match unit costs to the placements they price: by type, else the only cost given."""
    # a portfolio by type, or "the yearly difference per child": each type's own price, no move
    if {"placements_foster", "placements_residential"} & set(known) or "price_gap" in reading.asked:
        for kind in ("residential", "foster"):
            if kind in costs:
                put(f"{kind}_cost", costs[kind])
    if reading.move and ({"moved", "moved_share"} & set(known) or {"moves_needed", "break_even"} & set(reading.asked)):
        for name, kind in zip(("move_from_cost", "move_to_cost"), reading.move, strict=True):
            if kind in costs:
                put(name, costs[kind])
        return
    kinds = {n.kind for n in avoided}
    if {"foster", "residential"} <= kinds:
        for n in avoided:
            if n.kind:
                put(f"avoided_{n.kind}", n.value)
        for kind in ("residential", "foster"):
            if kind in costs or "" in costs:
                put(f"{kind}_cost", costs.get(kind, costs.get("", 0.0)))
        return
    if avoided:
        put("avoided", sum(n.value for n in avoided))
    kind = next((n.kind for n in avoided if n.kind), "")
    if not kind:  # the placements counted name their type: "60 børn anbragt på døgninstitution"
        counted = {n.kind for n in reading.numbers if n.role == "placements_total" and n.kind}
        kind = counted.pop() if len(counted) == 1 else ""
    single = next(iter(costs.values())) if len(costs) == 1 else None
    cost = costs.get(kind) if kind in costs else costs.get("", single)
    if cost is not None:
        put("cost_per_placement", cost)


def _as_answered(name: str, known: dict[str, Value], cues: set[str] | None = None) -> tuple[list[str], str]:
    """What an asked quantity is, given the inputs: (quantities shown before it, the quantity)."""
    keys = set(known)
    portfolio = {"placements_foster", "placements_residential"} & keys
    before: list[str] = []
    if name in ("cost_per_year", "placement_spend") and portfolio and not _STAFF & keys:
        before = ["foster_spend", "residential_spend"] if len(portfolio) == 2 else []
        if "moved" in keys:
            before.append("portfolio_spend")  # "what do they cost, and what would it cost if 3 moved"
        return before, "portfolio_spend_after" if "moved" in keys else "portfolio_spend"
    if name == "cost_per_year" and "cost_per_placement" in keys and not (_STAFF | _COUNTED) & keys:
        return before, "placement_year_cost"  # "92.500 kr. om måneden for et barn. Hvad løber det op i på et år?"
    if name == "moves_needed" and not {"savings_per_year", "savings_given"} & keys and _STAFF & keys:
        return before, "break_even"  # "how many must we move to pay for 3 extra social workers"
    if name == "net_per_year" and "one_off" in keys and "first_year" in (cues or set()):
        return before, "net_first_year"  # "nettoresultatet det første år": the one-off is paid in it
    if name == "pct_share" and "staff_cut" in keys and "value_part" not in keys:
        return before, "cut_pct"  # "what percentage of the staff is cut"
    if name == "cost_per_placement" and len(portfolio) == 2:
        return before, "portfolio_average"  # "the average per placed child"
    if name == "cost_per_year" and "placements_total" in keys and not _STAFF & keys:
        return before, "placement_spend"  # "total annual bill for 58 children in foster care at 465,000 each"
    if name in ("extra_staff", "staff_needed") and "budget" in keys and "target" not in keys:
        return before, "staff_affordable"  # "hvor mange flere bliver vi" for money given: what it pays for
    if name == "break_even" and "placement_spend" in keys and "cost_per_placement" not in keys:
        return before, "break_even_pct"  # a spend but no unit cost: the break-even is a share of the spend
    return before, name


def _implied(name: str, known: dict[str, Value]) -> list[str]:
    """Quantities an answered one implies: the gap after staff needed, the caseload after a change."""
    keys = set(known)
    out: list[str] = []
    if name == "break_even" and ("avoided" in keys or {"avoided_foster", "avoided_residential"} <= keys):
        out.append("net_per_year")  # "kan det betale sig, hvis vi undgår 3": the answer is the net result
    if name == "staff_needed" and {"staff_now", "caseload_now"} & keys:
        out.append("extra_staff")
    if name == "caseload" and {"staff_cut", "cut_amount", "budget_cut_pct"} & keys:
        out.append("caseload_after_cut")  # "the caseload before and after two leave"
    if name == "caseload" and "budget" in keys and {"staff_now", "caseload_now"} & keys:
        out.append("caseload_after")  # "hvad bliver sagstallet med 3 mio. kr. ekstra?"
    if name == "caseload" and "extra_staff" in keys and not {"target", "caseload_now"} & keys:
        out.append("caseload_after")  # "hvad bliver sagstallet, hvis vi ansætter 5 flere?"
    if name in _TOTALS and "years" in keys:
        out.append(_TOTALS[name])
    return out


def plan(reading: Reading, known: dict[str, Value]) -> list[str]:
    """The quantities to answer, in order: the asked ones and what they imply."""
    out: list[str] = []
    for asked in reading.asked:
        before, name = _as_answered(asked, known, reading.cues)
        out += [*before, name, *_implied(name, known)]
    if "cost_per_worker" in known and not _MONEY_ASKED & set(out) and {"extra_staff", "staff_needed"} & set(out):
        out.append("cost_per_year")  # the price was given for a reason
        if "years" in known:
            out.append("cost_total")
    return list(dict.fromkeys(out))


def _with_context(known: dict[str, Value], asked: list[str]) -> list[str]:
    """The asked quantities with what makes them readable: today's caseload before a staffing gap, the
    extra staff before what they cost (shown only when found, never asked for)."""
    out = list(asked)
    if {"staff_needed", "extra_staff"} & set(asked) and {"cases", "staff_now"} <= set(known) and "caseload" not in out:
        out.insert(0, "caseload")
    costs = [i for i, n in enumerate(out) if n in ("cost_per_year", "cost_total")]
    if costs and not {"extra_staff", "cost_per_year"} & set(known) and "extra_staff" not in out:
        out.insert(costs[0], "extra_staff")
    return out


def _phrase_of(n: ReadNumber, role: str, sheet: Sheet) -> str:
    shown = sheet.show(role, n.value)
    return " ".join(sheet.pick(*READ[role]).format(v=shown, kind=kind_words(n.kind, sheet.lang, "read")).split())


def _variants(reading: Reading, sheet: Sheet) -> list[Variant]:
    """One reading, or two when a number reads both ways or a placement type is open."""
    lang = reading.language
    alts = {i: n.alt_role for i, n in enumerate(reading.numbers) if n.alt_role}
    if alts:
        first = ", ".join(_phrase_of(reading.numbers[i], reading.numbers[i].role or "", sheet) for i in alts)
        second = ", ".join(_phrase_of(reading.numbers[i], role, sheet) for i, role in alts.items())
        word = "Læsning" if lang == "da" else "Reading"
        return [
            Variant("a", f"{word} 1 ({first})", known_from(reading)),
            Variant("b", f"{word} 2 ({second})", known_from(reading, alts)),
        ]
    if reading.range_pair:  # "40-50 sager": solved at each end of the range
        low, high = reading.range_pair
        word = "Ved" if lang == "da" else "At"
        return [
            Variant("low", f"{word} {reading.numbers[low].text.strip()}", known_from(reading, {high: "context"})),
            Variant("high", f"{word} {reading.numbers[high].text.strip()}", known_from(reading, {low: "context"})),
        ]
    known = known_from(reading)
    asked = plan(reading, known)
    needs_type = (
        bool(_PLACEMENT_ASKED & set(asked))
        and "cost_per_placement" not in known
        and "move_from_cost" not in known  # a move prices both types: no type to ask about
        and ("avoided" in known or "break_even" in asked)
    )
    if not needs_type:
        priced = next((n.kind for n in reading.numbers if n.role == "cost_per_placement"), "")
        return [Variant("", "", known, kind=priced)]
    kind = next((n.kind for n in reading.numbers if n.role == "avoided" and n.kind), "")
    named = [k for k in ("foster", "residential") if k in reading.cues]
    kinds = [kind] if kind else named if len(named) == 1 else ["foster", "residential"]
    if len(kinds) == 1:
        return [Variant("", "", known, kind=kinds[0])]
    title = "Hvis det er {}" if lang == "da" else "If they are {}"
    return [Variant(k, title.format(kind_words(k, lang, "plural")), dict(known), kind=k) for k in kinds]


def _defaults(reading: Reading, sheet: Sheet, variant: Variant) -> dict[str, Callable[[], Value]]:
    """Cited defaults the solver may take; none while a number's role is unknown (it may be the input).

    The cost of a social worker has none: the only sourced figure is the state's pay, a lower bound far
    below the municipal cost with pension and overhead, and a budget figure computed from it would look
    right and be wrong. The answer asks for the municipality's own figure instead.
    """
    given = {v.value for v in variant.known.values()}
    if any(n.role is None for n in reading.numbers) or any(
        n.role == "cost_per_placement" and n.value not in given for n in reading.numbers
    ):
        return {}  # a unit cost the question gives but no placement took may be the one a default would fill
    out: dict[str, Callable[[], Value]] = {
        "residential_cost": lambda: sheet.cited("residential_cost", "default_placement"),
        "foster_cost": lambda: sheet.cited("foster_cost", "default_placement"),
    }
    if "norm" in reading.cues:
        key = "ds_handicap_max" if "handicap" in reading.cues else "ds_family_max"
        out["target"] = lambda: sheet.cited(key, "default_target")
    if variant.kind and f"{variant.kind}_cost" not in variant.known:  # a given price of the type is never replaced
        kind = variant.kind
        out["cost_per_placement"] = lambda: sheet.cited(f"{kind}_cost", "default_placement")
    if reading.move:
        for name, kind in zip(("move_from_cost", "move_to_cost"), reading.move, strict=True):
            if kind:
                out[name] = (lambda k: lambda: sheet.cited(f"{k}_cost", "default_placement"))(kind)
    return out


# A caseload worked out below or above these is no caseload a social worker has: one of the numbers was read
# in the wrong role ("ned på DS' 40 sager" taken as 40 cases gave 3,3 cases per worker), so nothing is stated.
_CASELOAD_RANGE = (8.0, 150.0)


# A year's price below these is no price for a social worker or a placement: a month's or a day's price typed
# without saying so ("en rådgiver koster 45.000 kr."), which read as yearly would understate every cost.
_LEAST_YEARLY = {
    "cost_per_worker": 150_000.0, "cost_per_placement": 50_000.0, "residential_cost": 50_000.0,
    "foster_cost": 50_000.0, "move_from_cost": 50_000.0, "move_to_cost": 50_000.0,
}  # fmt: skip


def _implausible_prices(variants: list[Variant]) -> list[tuple[str, float]]:
    """Given yearly prices too small to be yearly: the sign of a month's or a day's price."""
    return list(dict.fromkeys(
        (name, value.value)
        for v in variants
        for name, value in v.known.items()
        if name in _LEAST_YEARLY and 0 < value.value < _LEAST_YEARLY[name]
    ))  # fmt: skip


def _implausible(variants: list[Variant]) -> list[tuple[str, float]]:
    """Caseloads outside what social work has, worked out or read ("1.000" read as the target): the sign
    of a misread role, not a result to state."""
    low, high = _CASELOAD_RANGE
    for v in variants:  # today's caseload from the cases and staff given, asked or not ("25 rådgivere og 30 sager")
        cases, staff = v.known.get("cases"), v.known.get("staff_now")
        if cases and staff and staff.value > 0 and not low <= cases.value / staff.value <= high:
            return [("caseload", cases.value / staff.value)]
    return list(dict.fromkeys(
        (name, value.value)
        for v in variants if v.solution is not None
        for name, value in v.solution.values.items()
        if name in CASELOADS and value.origin in ("derived", "question") and not low <= value.value <= high
    ))  # fmt: skip


def answer_calculation(
    question: str,
    language: Literal["da", "en"],
    cite: Cite,
    reading: Reading | None = None,
    named: Sequence[str] | None = None,
) -> CalcAnswer | None:
    """A worked, sourced answer to a calculation question; None when the question is not one.

    ``reading`` and ``named`` (the municipalities the question names) come from the answer path's
    ``Query``, so the question is not read again; alone, the function reads it itself.
    """
    read = reading if reading is not None else read_question(question, language)
    if not read.is_calculation:
        return None
    sheet = Sheet(read, language, cite)
    if any(n.role is None for n in read.numbers):
        return sheet.unclear(plan(read, known_from(read)))  # a number we cannot place may change every result
    if read.groups:
        return groups_answer(question, read, sheet)
    variants = _variants(read, sheet)
    asked = plan(read, variants[0].known)
    try:
        for v in variants:
            wanted = plan(read, v.known)
            v.solution = solve(_with_context(v.known, wanted), v.known, _defaults(read, sheet, v), set(wanted))
    except calc.FieldError as exc:
        label = LABELS[exc.field][0 if language == "da" else 1].lower() if exc.field in LABELS else exc.field
        return sheet.invalid(phrase("invalid", language, msg=f"{label}: {exc.describe(language)}"))
    odd = _implausible(variants)
    if odd:
        return sheet.implausible(odd, asked)
    small = _implausible_prices(variants)
    if small:
        return sheet.implausible(small, asked, key="implausible_price")
    if named is None:
        named = municipalities.find_mentions(question)
    if named:
        solutions = [v.solution for v in variants if v.solution is not None]
        lacking = any(r.value is None for s in solutions for r in s.results)
        given = ("question", "earlier", "derived")
        defaulted = any(x.origin not in given for s in solutions for x in s.values.values())
        if lacking or defaulted:
            return None  # "what would it cost Herning ..." is about the municipality's figures, not our arithmetic
    return say_unread(sheet.answer(variants, asked), question, language)
