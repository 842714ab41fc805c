"""The answer for teams, years or areas side by side, each read as one group (``calc.groups``).

Apart from ``chat`` because a group answer is a set of small answers, one per group, with the groups
together and the change between them added as steps of their own; the ordinary answer is one reading.
"""

from __future__ import annotations

from assistant.calc import formulas as calc
from assistant.calc import groups as calc_groups
from assistant.calc.question import Reading
from assistant.calc.rule import Rule
from assistant.calc.sheet import LABELS, CalcAnswer, Sheet, Variant
from assistant.calc.solver import Step, Value, solve
from assistant.models import Language

__all__ = ["groups_answer"]


def _given(value: float, name: str, lang: Language) -> Value:
    return Value(value, "question", label=LABELS[name][0 if lang == "da" else 1])


def groups_answer(question: str, read: Reading, sheet: Sheet) -> CalcAnswer:
    """Teams or years side by side: a caseload each, the groups together and the change when asked."""
    lang, groups = read.language, read.groups
    word = "Gruppe" if lang == "da" else "Group"
    if groups[0].target:
        return _target_groups_answer(question, read, sheet, word)
    variants = [
        Variant(f"g{k}", g.label or f"{word} {k}", {"cases": _given(g.cases, "cases", lang),
                                                    "staff_now": _given(g.staff, "staff_now", lang)})
        for k, g in enumerate(groups, 1)
    ]  # fmt: skip
    for v in variants:
        v.solution = solve(["caseload"], v.known)
    asked = ["caseload"] * len(groups)
    if calc_groups.asks_combined(question):
        both = Variant("all", "Samlet" if lang == "da" else "Combined", {})
        sums = [_sum_step("cases", [g.cases for g in groups]), _sum_step("staff_now", [g.staff for g in groups])]
        both.known = {s.rule.output: Value(s.value, "derived") for s in sums}
        both.solution = solve(["caseload"], both.known)
        both.solution.steps[:0] = sums
        variants.append(both)
        asked.append("caseload")
    if calc_groups.asks_change(question):
        loads = [calc.caseload(g.cases, g.staff) for g in (groups[0], groups[-1])]
        ends = {"value_from": Value(loads[0], "derived"), "value_to": Value(loads[1], "derived")}
        change = Variant("change", "Ændring i sagstal" if lang == "da" else "Change in caseload", ends)
        change.solution = solve(["abs_change"], change.known)
        variants.append(change)
        asked.append("abs_change")
    if len(groups) == 2 and calc_groups.asks_equal_cases(question):
        # the cases the group above the common caseload hands over: its cases less what it carries at that caseload
        common = sum(g.cases for g in groups) / sum(g.staff for g in groups)
        k, high = max(enumerate(groups, 1), key=lambda kg: calc.caseload(kg[1].cases, kg[1].staff))
        name = high.label or f"{word} {k}"
        move = Variant("move", f"Flyt fra {name}" if lang == "da" else f"Move from {name}", {
            "cases": _given(high.cases, "cases", lang), "staff_now": _given(high.staff, "staff_now", lang),
            "target": Value(common, "derived", label=LABELS["target"][0 if lang == "da" else 1]),
        })  # fmt: skip
        move.solution = solve(["cases_to_move"], move.known)
        variants.append(move)
        asked.append("cases_to_move")
    sheet.parts = True
    return sheet.answer(variants, asked)


def _target_groups_answer(question: str, read: Reading, sheet: Sheet, word: str) -> CalcAnswer:
    """Areas each with cases and a target: the staff each needs, rounded up each (staff is not shared
    between areas), and their sum when the question asks for all of them."""
    lang = read.language
    variants = [
        Variant(f"g{k}", g.label or f"{word} {k}", {"cases": _given(g.cases, "cases", lang),
                                                    "target": _given(g.target, "target", lang)})
        for k, g in enumerate(read.groups, 1)
    ]  # fmt: skip
    for v in variants:
        v.solution = solve(["staff_needed"], v.known)
    asked = ["staff_needed"] * len(variants)
    if calc_groups.asks_combined(question):
        each = [v.solution.values["staff_needed"].value for v in variants if v.solution]
        total = _sum_step("staff_needed_total", each)
        both = Variant("all", "Samlet" if lang == "da" else "Combined", {})
        both.known = {"staff_needed_total": Value(total.value, "derived")}
        both.solution = solve(["staff_needed_total"], both.known)
        both.solution.steps[:0] = [total]
        variants.append(both)
        asked.append("staff_needed_total")
    sheet.parts = True
    return sheet.answer(variants, asked)


def _sum_step(name: str, parts: list[float]) -> Step:
    """ "Sager = sager 1 + sager 2 = 405 + 1.020 = 1.425": a group total written as a step of its own."""
    names = tuple(f"{name}_{k}" for k in range(1, len(parts) + 1))
    rule = Rule(name, names, lambda *xs: sum(xs), " + ".join("{" + n + "}" for n in names))
    return Step(rule, dict(zip(names, parts, strict=True)), float(sum(parts)))
