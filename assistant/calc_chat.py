"""Calculation questions in the chat: recognise them, compute with ``calc``, explain the working.

The answer states the result, the formula with the numbers filled in, and every input with where it
came from: the question, a cited source (``cite`` numbers it, "[n]" goes in the text) or an assumption.
A missing input with a cited default is filled from that source and said so; one without a source is
asked for, never guessed. Questions that are not calculations (lookups that merely contain a year or a
number) give None so the retrieval answer runs instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from assistant import calc, municipalities
from assistant.calc_question import Quantities, read_question
from assistant.calc_sheet import LABELS, CalcAnswer, Cite, Sheet
from assistant.calc_sheet import phrase as _p
from assistant.models import Language
from assistant.numbers import format_number, format_percent

__all__ = ["CalcAnswer", "answer_calculation", "choose"]


def _staff_line(sheet: Sheet, cases: float, target: float, prefix_da: str, prefix_en: str, key: str) -> int:
    """One 'cases ÷ target = x, rounded up to n' step; returns the whole positions."""
    need = calc.fte_needed(cases, target)
    sheet.out(f"{key}_exact", need.fte_exact)
    sheet.out(key, need.fte_needed)
    exact, whole = sheet.n(need.fte_exact), sheet.n(need.fte_needed)
    tail = "" if need.fte_exact == need.fte_needed else f", {_p('rounded', sheet.lang, n=whole)}"
    sheet.step(
        f"{prefix_da} = sager ÷ sagstal = {sheet.n(cases)} ÷ {sheet.n(target)} = {exact}{tail}",
        f"{prefix_en} = cases ÷ caseload = {sheet.n(cases)} ÷ {sheet.n(target)} = {exact}{tail}",
    )
    sheet.notes.append(_p("round_note", sheet.lang))
    return need.fte_needed


def _cost_per_fte(sheet: Sheet, q: Quantities) -> float:
    if q.cost_per_fte is not None:
        return sheet.given("cost_per_fte", q.cost_per_fte)
    value, n = sheet.cited("cost_per_fte", "social_worker_pay_state")
    sheet.default("default_cost", n)
    return value


def _add_cost(sheet: Sheet, q: Quantities, extra: float) -> float:
    """Cost of ``extra`` positions per year (and over the years asked for); returns the cost per year."""
    cost = _cost_per_fte(sheet, q)
    per_year = sheet.out("cost_per_year", calc.staff_cost(extra, cost))
    sheet.formula(
        "udgift pr. år = ekstra stillinger × udgift pr. stilling",
        "cost per year = extra positions × cost per position",
    )
    sheet.step(
        f"Udgift pr. år = {sheet.n(extra)} × {sheet.kr(cost)} = {sheet.kr(per_year)}",
        f"Cost per year = {sheet.n(extra)} × {sheet.kr(cost)} = {sheet.kr(per_year)}",
    )
    if per_year >= 0:
        sheet.say(f"Det koster {sheet.kr(per_year)} om året.", f"It costs {sheet.kr(per_year)} a year.")
    else:
        sheet.say(
            f"Det sparer {sheet.kr(-per_year)} om året i lønudgift.",
            f"It saves {sheet.kr(-per_year)} a year in staff cost.",
        )
    if q.years is not None and q.years != 1:
        years = sheet.given("years", q.years)
        total = sheet.out("cost_total", calc.staff_cost(extra, cost, years))
        sheet.step(
            f"Udgift over {sheet.n(years)} år = {sheet.kr(per_year)} × {sheet.n(years)} = {sheet.kr(total)}",
            f"Cost over {sheet.n(years)} years = {sheet.kr(per_year)} × {sheet.n(years)} = {sheet.kr(total)}",
        )
        sheet.say(
            f"Over {sheet.n(years)} år er det {sheet.kr(total)}.",
            f"Over {sheet.n(years)} years it is {sheet.kr(total)}.",
        )
    return per_year


def _placement_costs(sheet: Sheet, q: Quantities) -> list[tuple[str, float]]:
    """(name, cost per placement) pairs: the question's own, else the cited 2019 averages it asks about."""
    if q.cost_per_placement is not None:
        return [("cost_per_placement", sheet.given("cost_per_placement", q.cost_per_placement))]
    kinds = [k for k in ("foster", "residential") if k in q.cues] or ["foster", "residential"]
    pairs: list[tuple[str, float]] = []
    for kind in kinds:
        value, n = sheet.cited(f"{kind}_cost", f"{kind}_cost")
        sheet.default("default_placement", n)
        pairs.append((f"{kind}_cost", value))
    return pairs


_KIND_WORDS = {
    "cost_per_placement": ("anbringelser", "placements"),
    "foster_cost": ("anbringelser i plejefamilie", "foster-family placements"),
    "residential_cost": ("anbringelser på institution eller opholdssted", "residential placements"),
}


def _add_break_even(sheet: Sheet, q: Quantities, cost_per_year: float) -> None:
    """How many placements (or what % of placement spend) must be avoided for net effect 0."""
    sheet.formula(
        "break-even = udgift pr. år ÷ udgift pr. anbringelse",
        "break-even = cost per year ÷ cost per placement",
    )
    if q.placement_spend is not None:
        spend = sheet.given("placement_spend", q.placement_spend)
        pct = sheet.out(
            "break_even_pct", _positive(calc.break_even_pct(cost_per_year, spend), "placement_spend")
        )
        sheet.step(
            f"Nødvendigt fald = {sheet.kr(cost_per_year)} ÷ {sheet.kr(spend)} = {format_percent(pct, 'da')}",
            f"Reduction needed = {sheet.kr(cost_per_year)} ÷ {sheet.kr(spend)} = {format_percent(pct, 'en')}",
        )
        sheet.say(
            f"Det betaler sig, hvis udgiften til anbringelser falder med mindst {format_percent(pct, 'da')}.",
            f"It pays for itself if placement spend falls by at least {format_percent(pct, 'en')}.",
        )
        return
    options_da, options_en = [], []
    for name, unit_cost in _placement_costs(sheet, q):
        count = _positive(calc.break_even_placements(cost_per_year, unit_cost), name)
        sheet.out(f"break_even_{name.removesuffix('_cost')}", count)
        shown = format_number(count, sheet.lang, 1)
        da, en = _KIND_WORDS[name]
        sheet.step(
            f"Break-even ({da}) = {sheet.kr(cost_per_year)} ÷ {sheet.kr(unit_cost)} = {shown}",
            f"Break-even ({en}) = {sheet.kr(cost_per_year)} ÷ {sheet.kr(unit_cost)} = {shown}",
        )
        options_da.append(f"{shown} {da}")
        options_en.append(f"{shown} {en}")
    sheet.say(
        f"Det betaler sig, hvis I undgår {' eller '.join(options_da)} om året.",
        f"It pays for itself if you avoid {' or '.join(options_en)} a year.",
    )


def _savings(sheet: Sheet, q: Quantities) -> float:
    """Savings per year from placements avoided or a % reduction of placement spend."""
    if q.reduction_pct is not None:
        pct = sheet.given("reduction_pct", q.reduction_pct)
        if q.placement_spend is not None:
            spend = sheet.given("placement_spend", q.placement_spend)
        elif q.placements is None:
            raise _Missing(["placement_spend"])  # the simplest thing to ask for
        else:
            count = sheet.given("placements_total", q.placements)
            unit = sheet.given("cost_per_placement", _require(q.cost_per_placement, "cost_per_placement"))
            spend = sheet.out(
                "placement_spend", calc.PlacementSavings(placements=count, cost_per_placement=unit).spend
            )
            sheet.step(
                f"Udgift til anbringelser = {sheet.n(count)} × {sheet.kr(unit)} = {sheet.kr(spend)}",
                f"Placement spend = {sheet.n(count)} × {sheet.kr(unit)} = {sheet.kr(spend)}",
            )
        saved = sheet.out("savings_per_year", calc.spend_saving(spend, pct))
        sheet.formula(
            "besparelse = udgift til anbringelser × fald i %", "savings = placement spend × reduction %"
        )
        sheet.step(
            f"Besparelse pr. år = {sheet.kr(spend)} × {format_percent(pct, 'da')} = {sheet.kr(saved)}",
            f"Savings per year = {sheet.kr(spend)} × {format_percent(pct, 'en')} = {sheet.kr(saved)}",
        )
    else:
        count = sheet.given("placements", _require(q.placements, "placements"))
        (_name, unit), *others = _placement_costs(sheet, q)
        saved = sheet.out("savings_per_year", calc.placement_saving(count, unit))
        sheet.formula(
            "besparelse = anbringelser undgået × udgift pr. anbringelse",
            "savings = placements avoided × cost per placement",
        )
        sheet.step(
            f"Besparelse pr. år = {sheet.n(count)} × {sheet.kr(unit)} = {sheet.kr(saved)}",
            f"Savings per year = {sheet.n(count)} × {sheet.kr(unit)} = {sheet.kr(saved)}",
        )
        for other_name, other_unit in others:
            alt = sheet.out(
                f"savings_per_year_{other_name.removesuffix('_cost')}",
                calc.placement_saving(count, other_unit),
            )
            da, en = _KIND_WORDS[other_name]
            sheet.step(
                f"Hvis det er {da}: {sheet.n(count)} × {sheet.kr(other_unit)} = {sheet.kr(alt)}",
                f"If they are {en}: {sheet.n(count)} × {sheet.kr(other_unit)} = {sheet.kr(alt)}",
            )
    sheet.say(f"Besparelsen er {sheet.kr(saved)} om året.", f"The saving is {sheet.kr(saved)} a year.")
    return saved


class _Missing(Exception):
    """A needed input that the question does not give and no source can fill."""

    def __init__(self, names: list[str]) -> None:
        super().__init__(", ".join(names))
        self.names = names


def _require(value: float | None, name: str) -> float:
    if value is None:
        raise _Missing([name])
    return value


def _positive(value: float | None, field: str) -> float:
    """A break-even needs a unit cost or spend above 0; calc returns None for 0."""
    if value is None:
        raise calc.FieldError(field, "positive", 0)
    return value


def _caseload(sheet: Sheet, q: Quantities) -> None:
    cases, fte = sheet.given("cases", _require(q.cases, "cases")), sheet.given("fte", _require(q.fte, "fte"))
    load = sheet.out("caseload", calc.caseload(cases, fte))
    sheet.formula("sagstal = sager ÷ årsværk", "caseload = cases ÷ FTE")
    sheet.step(
        f"Sagstal = {sheet.n(cases)} ÷ {sheet.n(fte)} = {sheet.n(load)}",
        f"Caseload = {sheet.n(cases)} ÷ {sheet.n(fte)} = {sheet.n(load)}",
    )
    sheet.say(
        f"Sagstallet er {sheet.n(load)} sager pr. rådgiver.",
        f"The caseload is {sheet.n(load)} cases per social worker.",
    )


def _target(sheet: Sheet, q: Quantities) -> float:
    if q.target is not None:
        return sheet.given("target", q.target)
    key = "ds_handicap_max" if "handicap" in q.cues else "ds_family_max"
    value, n = sheet.cited("target", key)
    sheet.default("default_target", n)
    return value


def _gap(sheet: Sheet, q: Quantities) -> None:
    cases, fte = sheet.given("cases", _require(q.cases, "cases")), sheet.given("fte", _require(q.fte, "fte"))
    target = _target(sheet, q)
    gap = calc.staffing_gap(cases, fte, target)
    sheet.out("current_caseload", gap.current_caseload)
    sheet.formula(
        "årsværk nødvendige = sager ÷ mål for sagstal, rundet op; mangler = nødvendige − i dag",
        "FTE needed = cases ÷ target caseload, rounded up; missing = needed − today",
    )
    sheet.step(
        f"Sagstal i dag = {sheet.n(cases)} ÷ {sheet.n(fte)} = {sheet.n(gap.current_caseload)}",
        f"Caseload today = {sheet.n(cases)} ÷ {sheet.n(fte)} = {sheet.n(gap.current_caseload)}",
    )
    need = _staff_line(sheet, cases, target, "Rådgivere nødvendige", "Social workers needed", "fte_needed")
    today = f"I dag er sagstallet {sheet.n(gap.current_caseload)} sager pr. rådgiver."
    today_en = f"Today the caseload is {sheet.n(gap.current_caseload)} cases per social worker."
    goal = f"For at nå et sagstal på {sheet.n(target)} skal I have {sheet.n(need)} rådgivere"
    goal_en = f"To reach a caseload of {sheet.n(target)} you need {sheet.n(need)} social workers"
    if gap.missing > 0:
        sheet.out("missing_fte", gap.missing)
        sheet.step(
            f"Mangler = {sheet.n(need)} − {sheet.n(fte)} = {sheet.n(gap.missing)}",
            f"Missing = {sheet.n(need)} − {sheet.n(fte)} = {sheet.n(gap.missing)}",
        )
        sheet.say(
            f"{today} {goal}, så I mangler {sheet.n(gap.missing)} rådgivere.",
            f"{today_en} {goal_en}, so you are {sheet.n(gap.missing)} social workers short.",
        )
        if q.cost_per_fte is not None or "cost" in q.cues:
            _add_cost(sheet, q, gap.missing)
    else:
        sheet.out("surplus_fte", gap.surplus)
        sheet.step(
            f"Overskud = {sheet.n(fte)} − {sheet.n(need)} = {sheet.n(gap.surplus)}",
            f"Surplus = {sheet.n(fte)} − {sheet.n(need)} = {sheet.n(gap.surplus)}",
        )
        sheet.say(
            f"{today} {goal}, så I har {sheet.n(gap.surplus)} rådgivere mere end nødvendigt.",
            f"{today_en} {goal_en}, so you have {sheet.n(gap.surplus)} more than needed.",
        )


def _need(sheet: Sheet, q: Quantities) -> None:
    cases = sheet.given("cases", _require(q.cases, "cases"))
    target = _target(sheet, q)
    sheet.formula("årsværk = sager ÷ mål for sagstal, rundet op", "FTE = cases ÷ target caseload, rounded up")
    need = _staff_line(sheet, cases, target, "Rådgivere nødvendige", "Social workers needed", "fte_needed")
    sheet.say(
        f"Med {sheet.n(cases)} sager og et sagstal på {sheet.n(target)} skal I have "
        f"{sheet.n(need)} rådgivere.",
        f"With {sheet.n(cases)} cases and a caseload of {sheet.n(target)} you need "
        f"{sheet.n(need)} social workers.",
    )
    if q.cost_per_fte is not None:
        _add_cost(sheet, q, need)


def _carried(sheet: Sheet, q: Quantities) -> None:
    fte, target = (
        sheet.given("fte", _require(q.fte, "fte")),
        sheet.given("target", _require(q.target, "target")),
    )
    cases = sheet.out("cases_carried", calc.cases_carried(fte, target))
    sheet.formula("sager = årsværk × sagstal", "cases = FTE × caseload")
    sheet.step(
        f"Sager = {sheet.n(fte)} × {sheet.n(target)} = {sheet.n(cases)}",
        f"Cases = {sheet.n(fte)} × {sheet.n(target)} = {sheet.n(cases)}",
    )
    sheet.say(
        f"{sheet.n(fte)} rådgivere med et sagstal på {sheet.n(target)} kan bære {sheet.n(cases)} sager.",
        f"{sheet.n(fte)} social workers at a caseload of {sheet.n(target)} can carry {sheet.n(cases)} cases.",
    )


def _change(sheet: Sheet, q: Quantities) -> None:
    cases = sheet.given("cases", _require(q.cases, "cases"))
    before = sheet.given("from_caseload", _require(q.from_caseload, "from_caseload"))
    after = sheet.given("target", _require(q.target, "target"))
    change = calc.caseload_change(cases, before, after)
    sheet.formula(
        "årsværk = sager ÷ sagstal, rundet op; ekstra = årsværk efter − årsværk før",
        "FTE = cases ÷ caseload, rounded up; extra = FTE after − FTE before",
    )
    fte_from = _staff_line(sheet, cases, before, "Rådgivere i dag", "Social workers today", "fte_from")
    fte_to = _staff_line(sheet, cases, after, "Rådgivere efter", "Social workers after", "fte_to")
    extra = sheet.out("extra_fte", change.extra_fte)
    sheet.step(
        f"Ekstra = {sheet.n(fte_to)} − {sheet.n(fte_from)} = {sheet.n(extra)}",
        f"Extra = {sheet.n(fte_to)} − {sheet.n(fte_from)} = {sheet.n(extra)}",
    )
    sheet.say(
        f"At gå fra {sheet.n(before)} til {sheet.n(after)} sager pr. rådgiver med {sheet.n(cases)} sager "
        f"kræver {sheet.n(fte_to)} i stedet for {sheet.n(fte_from)} rådgivere, altså {sheet.n(extra)} flere.",
        f"Going from {sheet.n(before)} to {sheet.n(after)} cases per social worker with {sheet.n(cases)} "
        f"cases needs {sheet.n(fte_to)} instead of {sheet.n(fte_from)} social workers, that is "
        f"{sheet.n(extra)} more.",
    )
    if q.cost_per_fte is not None or "cost" in q.cues:
        cost = _add_cost(sheet, q, extra)
        if "break_even" in q.cues:
            _add_break_even(sheet, q, cost)


def _hire(sheet: Sheet, q: Quantities) -> None:
    extra = sheet.given("extra_fte", _require(q.extra_fte if q.extra_fte is not None else q.fte, "extra_fte"))
    cost = _add_cost(sheet, q, extra)
    if q.placements is not None or q.reduction_pct is not None:
        saved = _savings(sheet, q)
        net = sheet.out("net_per_year", saved - cost)
        sheet.formula("netto = besparelse − udgift", "net = savings − cost")
        sheet.step(
            f"Netto pr. år = {sheet.kr(saved)} − {sheet.kr(cost)} = {sheet.kr(net)}",
            f"Net per year = {sheet.kr(saved)} − {sheet.kr(cost)} = {sheet.kr(net)}",
        )
        if net < 0:
            sheet.say(
                f"Nettoeffekten er en merudgift på {sheet.kr(-net)} om året.",
                f"The net effect is a net cost of {sheet.kr(-net)} a year.",
            )
        else:
            sheet.say(
                f"Nettoeffekten er en besparelse på {sheet.kr(net)} om året.",
                f"The net effect is a net saving of {sheet.kr(net)} a year.",
            )
    elif "break_even" in q.cues or q.placement_spend is not None:
        _add_break_even(sheet, q, cost)


def _placement_savings(sheet: Sheet, q: Quantities) -> None:
    _savings(sheet, q)


Builder = Callable[[Sheet, Quantities], None]


def choose(q: Quantities) -> tuple[str, Builder] | None:
    """Which calculation the question asks for, or None when it is not a calculation."""
    money_asked = q.cost_per_fte is not None or bool(q.cues & {"cost", "break_even"})
    if q.from_caseload is not None and q.target is not None:
        return "caseload_change", _change
    if q.cases is not None and q.fte is not None and (q.target is not None or "norm" in q.cues):
        return "staffing_gap", _gap
    if q.cases is not None and q.target is not None:
        return "fte_needed", _need
    if q.fte is not None and q.target is not None and "carried" in q.cues:
        return "cases_carried", _carried
    if q.cases is not None and q.fte is not None:
        return "caseload", _caseload
    if (q.extra_fte is not None or q.fte is not None) and money_asked:
        return "staff_cost", _hire
    if (q.placements is not None or q.reduction_pct is not None) and q.cues & {"savings", "cost"}:
        return "placement_savings", _placement_savings
    return None


def _names(names: list[str], lang: Language) -> str:
    return ", ".join(LABELS[n][0 if lang == "da" else 1].lower() for n in names)


def answer_calculation(question: str, language: Literal["da", "en"], cite: Cite) -> CalcAnswer | None:
    """A worked, sourced answer to a calculation question; None when the question is not one."""
    q = read_question(question, language)
    chosen = choose(q)
    if chosen is None:
        return None
    kind, build = chosen
    sheet = Sheet(kind, language, cite)
    try:
        build(sheet, q)
    except _Missing as exc:
        if municipalities.find_mentions(question):
            return None  # "what would it cost Herning ..." is about a source, not our arithmetic
        return sheet.unanswered(_p("missing", language, names=_names(exc.names, language)))
    except calc.FieldError as exc:
        label = _names([exc.field], language) if exc.field in LABELS else exc.field
        return sheet.unanswered(_p("invalid", language, msg=f"{label}: {exc.describe(language)}"))
    defaults = [i for i in sheet.inputs.values() if i.origin != "question"]
    if defaults and municipalities.find_mentions(question):
        return None  # a municipality's own figures are a lookup; do not answer them with national defaults
    return sheet.answer()
