"""What a reading gives and what it asks: the known quantities and the plan of quantities to answer.

The reading gives every number a role; here the roles become the solver's known quantities (a total for
the new staff is their cost a year, a cost per placement is matched to the placements it prices) and the
asked quantities become the plan, with what each implies (staff needed next to today's staff gives the
gap; a number of years gives the total over them).
"""

from __future__ import annotations

from collections.abc import Callable

from assistant.calc.question import Reading, ReadNumber
from assistant.calc.rule import Rule
from assistant.calc.sheet import LABELS
from assistant.calc.solver import Step, Value
from assistant.calc.staff_pct import caseload_pair_ends
from assistant.models import Language

__all__ = ["COUNTED", "PLACEMENT_ASKED", "STAFF", "known_from", "plan"]

_TOTALS = {
    "cost_per_year": "cost_total", "savings_per_year": "savings_total", "net_per_year": "net_total",
    "net_first_year": "net_total", "portfolio_spend": "spend_total", "placement_spend": "spend_total",
}  # fmt: skip
_MONEY_ASKED = {
    "cost_per_year", "cost_total", "net_per_year", "net_total", "break_even", "break_even_pct", "payroll_after",
}  # fmt: skip
_TODAY = {"staff_now", "caseload_now", "extra_staff", "staff_cost_total", "budget"}  # staff or a sum already there
STAFF = {"staff_now", "extra_staff", "cost_per_worker", "staff_cost_total", "cases", "budget"}
COUNTED = {"placements_total", "avoided", "moved", "moved_share", "placements_foster", "placements_residential"}
# "sparer 4,4 mio. over 2 år", "3,6 mio. til ekstra rådgivere over de næste 3 år": (for the period, a year)
_FOR_PERIOD = {"savings_given": ("savings_period", "savings_per_year"), "budget": ("budget_period", "budget")}
_CHANGED = {"moved", "moved_share", "avoided", "reduction_pct", "avoided_foster", "avoided_residential"}
PLACEMENT_ASKED = {"savings_per_year", "savings_total", "net_per_year", "net_total", "break_even"}


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
        elif role in _FOR_PERIOD:  # a saving or a pool for a whole period is yearly only once divided by it
            period, yearly = _FOR_PERIOD[role]
            put(period if n.note == "over_years" else yearly, n.value, n.carried)
        elif role is not None and role != "context":
            put(role, n.value, n.carried)
    _series_values(reading, known)
    _given_as_said(reading, known, put)
    if {"placements_foster", "placements_residential"} <= set(known):
        known.pop("placements_total", None)  # two types: no single count stands for all of them
    _one_off_of_which_staff(reading, known)
    _placement_costs(reading, known, costs, avoided, put)
    _implied_known(reading, known, over, put)
    priced = "cost_per_worker" in known
    if "cost_per_worker" in reading.asked and {"budget", "extra_staff"} <= set(known) and not priced:
        # "udgiften til 12 nye rådgivere er budgetteret til 7,2 mio. Hvad er det pr. rådgiver?"
        known["staff_cost_total"] = _given(known.pop("budget").value, "staff_cost_total", lang)
        known["priced_staff"] = _given(known.pop("extra_staff").value, "priced_staff", lang)
    return known


def _one_off_of_which_staff(reading: Reading, known: dict[str, Value]) -> None:
    """A one-off per person beside two staff counts ("for all 30 workers; we hire 4"): which it is for is asked."""
    if "one_off_each" in known and sum(1 for n in reading.numbers if n.unit == "workers") != 1:
        known.pop("one_off_each")
        known["one_off_open"] = Value(0.0, "question")


def _given_as_said(reading: Reading, known: dict[str, Value], put: Callable[[str, float], None]) -> None:
    """Inputs some rules take only as the question said them, never as worked out."""
    rise_ahead = any(n.role == "cases_from" and n.note != "before_rise" for n in reading.numbers)
    if rise_ahead and "staff_now" not in known and any(n.role == "caseload_now" for n in reading.numbers):
        # cases that grow beside a caseload the question gives: the caseload kept when no target is named (one
        # worked out from today's staff is no caseload to keep, and leaves a bare number to be the target); not
        # beside a staff count of its own (which would contradict it) nor after a rise already had
        put("caseload_given", known["caseload_now"].value)
    staff = known.get("staff_now")
    if staff is not None and staff.value != int(staff.value):
        # "18,86 årsværk": hires to a target are whole people on top of a part of one, not the whole staff
        # rounded up less the part (22 − 18,86 = 3,14 where 3 hires reach it)
        put("staff_now_fte", staff.value)


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
    if "case_growth_pct" in known and "cases_from" not in known and {"staff_now", "caseload_now"} <= set(known):
        # a rise in cases with only the staff and their caseload given: today's cases are the two multiplied
        today = known["staff_now"].value * known["caseload_now"].value
        known["cases_from"] = Value(today, "derived", label=LABELS["cases_from"][0 if reading.language == "da" else 1])
    covered = "cost_per_year" in known and "savings_per_year" not in known and not STAFF & set(known)
    if "moves_needed" in reading.asked and reading.move and covered:
        put("savings_per_year", known["cost_per_year"].value)  # "how many moves to cover DKK 2.4m a year": saved
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
    # "how many residential placements at 1.16m must we avoid … and if foster at 470,000 instead": both
    # types priced for a break-even, each worked out in turn (``calc.chat`` makes one reading per type)
    both_priced = (
        "break_even" in reading.asked and not avoided and {"foster", "residential"} <= set(costs)
        and "each_type" in reading.cues and "type_mix" not in reading.cues
    )  # fmt: skip
    two_prices = {"price_gap", "stay_saving", "stay_one_saving"} & set(reading.asked)
    if {"placements_foster", "placements_residential"} & set(known) or two_prices or both_priced:
        for kind in ("residential", "foster"):
            if kind in costs:
                put(f"{kind}_cost", costs[kind])
    if reading.move and ({"moved", "moved_share"} & set(known) or {"moves_needed", "break_even"} & set(reading.asked)):
        _spend_prices_the_kind(reading, known, costs)
        _move_costs(reading.move, costs, avoided, put)
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
    asked_kinds = [k for k in ("residential", "foster") if f"asks_{k}" in reading.cues]
    one_asked = len(asked_kinds) == 1 and "type_mix" not in reading.cues and not both_priced
    if not kind and "break_even" in reading.asked and one_asked:
        kind = asked_kinds[0]  # "hvor mange institutionsanbringelser skal vi undgå": the type asked, at its own price
    single = next(iter(costs.values())) if len(costs) == 1 else None
    cost = costs.get(kind) if kind in costs else costs.get("", single)
    if cost is not None:
        put("cost_per_placement", cost)


def _spend_prices_the_kind(reading: Reading, known: dict[str, Value], costs: dict[str, float]) -> None:
    """ "34,8 mio. on 30 residential placements … if 10 of them were in foster care at 470.000": the type the children
    leave is priced by the spend over its count, not by a national default the question never named (the default
    1,16 mio. beside a spend of 33 mio. for 30 had stated a spend of 34,8 mio.)."""
    assert reading.move is not None
    leave = reading.move[0]
    counted = [n for n in reading.numbers if n.role == "placements_total"]
    if leave in costs or "placement_spend" not in known or len(counted) != 1 or counted[0].kind != leave:
        return
    if counted[0].value <= 0:
        return
    spend = known["placement_spend"].value
    price = spend / counted[0].value
    costs[leave] = price
    args = {"placement_spend": spend, "placements_total": counted[0].value}
    for name in ("move_from_cost", f"{leave}_cost"):  # the move's price before, and the type's in a portfolio
        how = Step(Rule(name, tuple(args), lambda s, n: s / n, "{placement_spend} ÷ {placements_total}"), args, price)
        known[name] = Value(price, "derived", label=LABELS[name][0 if reading.language == "da" else 1], how=how)


def _series_values(reading: Reading, known: dict[str, Value]) -> None:
    """The period a year-by-year series spans (shown as an input: the answer says "over 3 år") and the staff in
    post in its last year: the sum of the question's hires, listed as an input like the staff-years beside it,
    so the "8" in "8 × 580.000 kr." can be traced to the question."""
    if reading.horizon is not None and "years" not in known:  # "i 2025 … i 2027": the years the question spans
        known["years"] = _given(float(reading.horizon), "years", reading.language)
    if reading.final_staff is not None:
        known.setdefault("staff_final", _given(reading.final_staff, "staff_final", reading.language))
    if reading.flows is not None:  # worked out from the year lists the reading line shows (``calc.flows``)
        year = reading.flows.breakeven_year()
        label = LABELS["breakeven_year"][0 if reading.language == "da" else 1]
        known["breakeven_year"] = Value(float(year or 0), "derived", label=label)


def _move_costs(
    move: tuple[str, str], costs: dict[str, float], avoided: list[ReadNumber], put: Callable[[str, float], None]
) -> None:
    """The two types' prices of a move, and the price of placements avoided beside it ("2 fewer
    institutional placements … plus 3 kids moved")."""
    for name, kind in zip(("move_from_cost", "move_to_cost"), move, strict=True):
        if kind in costs:
            put(name, costs[kind])
    if avoided:
        put("avoided", sum(n.value for n in avoided))
        kind = next((n.kind for n in avoided if n.kind), "")
        if kind in costs or len(costs) == 1:
            put("cost_per_placement", costs.get(kind, next(iter(costs.values()))))


def _as_portfolio(name: str, keys: set[str], cues: set[str]) -> tuple[list[str], str] | None:
    """An asked quantity of a portfolio of placements by type: its spend, after a move, one type's share, the
    average; None when the question holds no such portfolio or asks something else."""
    portfolio = {"placements_foster", "placements_residential"} & keys
    if not portfolio:
        return None
    moved = bool({"moved", "moved_share"} & keys)
    if name in ("cost_per_year", "placement_spend") and "placement_spend" in keys and not moved:
        return [], "placement_spend"  # the spend the question gives, not one priced again from a default
    if name in ("cost_per_year", "placement_spend") and not STAFF & keys:
        before = ["foster_spend", "residential_spend"] if len(portfolio) == 2 else []
        if moved:
            before.append("portfolio_spend")  # "what do they cost, and what would it cost if 3 moved"
        return before, "portfolio_spend_after" if moved else "portfolio_spend"
    shares = [k for k in ("residential", "foster") if f"share_{k}" in cues]
    of_spend = "share_of_count" not in cues  # "andel af børnene": the children's share, not asked of the spend
    if name == "pct_share" and len(portfolio) == 2 and len(shares) == 1 and "value_part" not in keys and of_spend:
        # "hvor stor en andel går til døgninstitution": one type's spend of the portfolio's
        return [f"{shares[0]}_spend", "portfolio_spend"], f"{shares[0]}_share_pct"
    if name in ("pct_share", "pct_change") and len(portfolio) == 2 and len(shares) == 1 and not of_spend:
        # "hvor mange procent af anbringelserne er i plejefamilie": one type's share of the children placed
        return [], f"{shares[0]}_count_share_pct"
    if name == "cost_per_placement" and len(portfolio) == 2:
        return [], "portfolio_average"  # "the average per placed child"
    return None


def _as_answered(name: str, known: dict[str, Value], cues: set[str] | None = None) -> tuple[list[str], str]:
    """What an asked quantity is, given the inputs: (quantities shown before it, the quantity)."""
    keys = set(known)
    before: list[str] = []
    of_portfolio = _as_portfolio(name, keys, cues or set())
    if of_portfolio is not None:
        return of_portfolio
    if name == "cost_per_year" and "cost_per_placement" in keys and not (STAFF | COUNTED) & keys:
        return before, "placement_year_cost"  # "92.500 kr. om måneden for et barn. Hvad løber det op i på et år?"
    if name == "moves_needed" and not {"savings_per_year", "savings_given"} & keys and STAFF & keys:
        return before, "break_even"  # "how many must we move to pay for 3 extra social workers"
    once = bool({"one_off", "one_off_each", "one_off_open"} & keys)
    if name == "cost_per_year" and once and "first_year" in (cues or set()) and not SAVED & keys:
        return before, "cost_first_year"  # "udgiften det første år" with a one-off: it is paid in that year
    if name == "net_per_year" and once and "first_year" in (cues or set()):
        return before, "net_first_year"  # "nettoresultatet det første år": the one-off is paid in it
    of_spend = "placement_spend" in keys and "other_base" not in (cues or set())  # not "af merforbruget"
    if name == "pct_share" and "value_part" not in keys and of_spend and _CHANGED & keys:
        # "hvor meget frigør det, og hvor stor en del af budgettet er det": the saving's share of the placement spend
        return ["savings_per_year"], "saving_share_pct"
    if name == "pct_share" and "staff_cut" in keys and "value_part" not in keys:
        return before, "cut_pct"  # "what percentage of the staff is cut"
    if name == "pct_change" and "staff_cut" in keys and not {"cases", "caseload_now", "value_from"} & keys:
        return before, "cut_pct"  # "cutting 5 out of a team of 40 – what percentage cut is that": no caseload named
    if name == "cost_per_year" and "placements_total" in keys and not STAFF & keys:
        return before, "placement_spend"  # "total annual bill for 58 children in foster care at 465,000 each"
    if name in ("extra_staff", "staff_needed") and {"budget", "budget_period"} & keys and "target" not in keys:
        return before, "staff_affordable"  # "hvor mange flere bliver vi" for money given: what it pays for
    of_staff = _as_staff(name, keys, cues or set())
    if of_staff is not None:
        return of_staff
    if name == "cost_per_year" and _all_staff(keys, cues):
        return before, "payroll_after"  # no staff today, "what do they cost in total": all the staff needed
    if name == "case_cost" and {"caseload_now", "target"} & keys:
        # a cost per case at each caseload the question names: today's, the target, or both (today's caseload
        # also as its cases over its staff: "27 of them and 945 cases … now, and at a caseload of 25")
        both = "target" in keys and ("caseload_now" in keys or {"cases", "staff_now"} <= keys)
        return (["case_cost_now"] if both else []), "case_cost_target" if "target" in keys else "case_cost_now"
    if name == "break_even" and "placement_spend" in keys and "cost_per_placement" not in keys:
        return before, "break_even_pct"  # a spend but no unit cost: the break-even is a share of the spend
    return before, name


SAVED = {"savings_per_year", "savings_given", "avoided", "moved", "moved_share", "savings_total"}


def _as_staff(name: str, keys: set[str], cues: set[str]) -> tuple[list[str], str] | None:
    """An asked quantity of staff read in the light of what else is given: a sum per post cut, the staff to keep
    the caseload from before a rise, the extra beyond what a staff budget pays for; None for none of those."""
    if name == "budget_left" and {"value_whole", "value_part"} <= keys and "budget" not in keys:
        return [], "value_rest"  # "heraf går 88 mio. til anbringelser … hvor mange kroner er der tilbage"
    if name == "cost_per_year" and "new_total" in cues and {"staff_now", "extra_staff", "cost_per_worker"} <= keys:
        return [], "payroll_with_extra"  # "we have 30 … and hire 4 more: the new yearly total" is all 34's pay
    if name == "budget_left" and {"budget", "staff_cost_total"} <= keys and "extra_staff" not in keys:
        return [], "budget_after_staff"  # "26 rådgivere koster i alt 7 mio. … hvad er der tilbage af 42 mio.": 35 mio.
    per_post = name in ("cost_per_worker", "savings_per_year", "caseload") and "per_post" in cues
    if {"cut_amount", "staff_cut"} <= keys and per_post and "cases" not in keys:
        return [], "cut_per_post"  # "17,5 mio. kr. ved at skære 35 stillinger … pr. stilling": the sum per post
    unread = {"staff_left", "extra_staff"} & keys  # staff left or hired beside a rise: not read with the old caseload
    kept = "keep_caseload" in cues and {"cases_from", "cases", "staff_now"} <= keys and not unread
    if name == "extra_staff" and kept and "staff_to" in keys:
        return ["staff_kept"], "extra_kept_after"  # "we went from 24 to 26 … keep the old caseload": beyond the 26
    if name in ("extra_staff", "staff_needed") and kept and "staff_cut" in keys:
        return ["staff_kept"], "extra_kept_left"  # "24 rådgivere, og 2 går på pension … holde det gamle sagstal"
    if name == "staff_needed" and kept:
        # "hvor mange rådgivere for at holde det gamle sagstal": the old caseload kept
        return ([], "staff_kept") if "staff_to" not in keys else (["staff_kept"], "extra_kept_after")
    if name == "extra_staff" and kept:
        return ["staff_kept"], "extra_kept"
    fte = "fte_asked" in cues and "staff_now_fte" in keys and {"cases", "target"} <= keys
    if name == "extra_staff" and fte:
        return [], "fte_lacking"  # "hvor mange årsværk mangler vi" beside 24,5 årsværk: 3,5, not 4 persons
    if name == "cost_per_year" and fte:
        return [], "fte_lacking_cost"
    if name == "extra_staff" and "staff_budget" in keys and not _TODAY & keys:
        return ["staff_affordable"], name  # no staff named: the extra are beyond what the staff budget pays for
    return None


def _all_staff(keys: set[str], cues: set[str] | None) -> bool:
    """The total cost asked of the staff a target needs, with no staff today to set it against."""
    costed_all = {"all_staff_cost", "two_values"} & (cues or set())  # "what do they cost"; two caseloads compared
    return {"cases", "target", "cost_per_worker"} <= keys and not _TODAY & keys and bool(costed_all)


def _implied(name: str, known: dict[str, Value]) -> list[str]:
    """Quantities an answered one implies: the gap after staff needed, the caseload after a change."""
    keys = set(known)
    out: list[str] = []
    if name == "break_even" and ("avoided" in keys or {"avoided_foster", "avoided_residential"} <= keys):
        out.append("net_per_year")  # "kan det betale sig, hvis vi undgår 3": the answer is the net result
    if name == "staff_needed" and {"staff_now", "caseload_now"} & keys:
        out.append("extra_staff")
    if name == "staff_kept" and not {"staff_to", "staff_cut"} & keys:
        out.append("extra_kept")
    if name == "cost_first_year" and "years" in keys:
        out.append("cost_total_one_off")  # "udgiften det første år, og samlet over 3 år"
    if name == "caseload" and {"staff_cut", "cut_amount", "budget_cut_pct", "staff_cut_pct"} & keys:
        out.append("caseload_after_cut")  # "the caseload before and after two leave"
    if name == "caseload" and {"budget", "budget_period"} & keys and {"staff_now", "caseload_now"} & keys:
        out.append("caseload_after")  # "hvad bliver sagstallet med 3 mio. kr. ekstra?"
    if name == "caseload" and ("staff_to" in keys or "cases_from" in keys):
        out.append("caseload_after")  # "fra 30 til 36 rådgivere … sagstallet før og efter"
    if name == "caseload" and "extra_staff" in keys and "target" not in keys and (
        "caseload_now" not in keys or "staff_now" in keys
    ):
        # "hvad bliver sagstallet, hvis vi ansætter 5 flere?"; "24 rådgivere med 32 sager hver … 4 stillinger
        # mere": today's caseload is given, so the one asked is the caseload after
        out.append("caseload_after")
    if name in _TOTALS and "years" in keys:
        out.append(_TOTALS[name])
    if name == "cost_per_worker" and "years" in keys and "cost_per_year" in keys:
        out.append("cost_total")  # "4,2 mio. a year for 7: per caseworker, and the total over 3 years?"
    return out


def plan(reading: Reading, known: dict[str, Value]) -> list[str]:
    """The quantities to answer, in order: the asked ones and what they imply."""
    out: list[str] = []
    for asked in reading.asked:
        before, name = _as_answered(asked, known, reading.cues)
        out += [*before, name, *_implied(name, known)]
    if "value_rest" in out and not {"value_from", "value_to"} & set(known):
        out = [name for name in out if name != "abs_change"]  # "hvor mange kroner er der tilbage": the rest only
    if {"one_off", "one_off_each"} & set(known) and not SAVED & set(known):
        # a cost over the period with a one-off: the one-off is part of it (the running cost alone left it out)
        out = ["cost_total_one_off" if name == "cost_total" else name for name in out]
    if "cut_per_post" in out:
        out = [name for name in out if name != "cost_per_year"]  # "what cost per employee": the sum per post cut
    afters = {"caseload_after", "caseload_after_cut", "caseload_left", "caseload_kept"}
    if "before_after" in reading.cues and "caseload" in out and not afters & set(out):
        out.append("caseload_after")  # "sagstallet før og efter" with no change read: the after is asked for
    if "cost_per_worker" in known and not _MONEY_ASKED & set(out) and {"extra_staff", "staff_needed"} & set(out):
        out.append("cost_per_year")  # the price was given for a reason
        if "years" in known:
            out.append("cost_total")
    return list(dict.fromkeys(out))
