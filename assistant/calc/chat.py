"""Calculation questions in the chat: recognise them, solve them with ``calc``, write the working.

The reading (``calc_question``) gives every number a role; ``calc.known`` turns the roles into known
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
from assistant.calc.fields import FieldError
from assistant.calc.fill import fill_unplaced
from assistant.calc.group_answer import groups_answer
from assistant.calc.known import PLACEMENT_ASKED, known_from, plan
from assistant.calc.plausible import (
    conflicting,
    implausible,
    implausible_high_prices,
    implausible_prices,
    only_echoes,
    unused_numbers,
)
from assistant.calc.question import Reading, ReadNumber, read_shape
from assistant.calc.sheet import LABELS, CalcAnswer, Cite, Sheet, Variant, phrase
from assistant.calc.solver import Value, solve
from assistant.calc.spelling import read_repaired
from assistant.calc.texts import READ, kind_words
from assistant.calc.unasked import say_unread

__all__ = ["CalcAnswer", "answer_calculation", "known_from", "plan"]


def _with_context(known: dict[str, Value], asked: list[str]) -> list[str]:
    """The asked quantities with what makes them readable: today's caseload before a staffing gap, the
    extra staff before what they cost (shown only when found, never asked for)."""
    out = list(asked)
    if {"staff_needed", "extra_staff"} & set(asked) and {"cases", "staff_now"} <= set(known) and "caseload" not in out:
        out.insert(0, "caseload")
    if {"load_cut_pct", "load_cut"} & set(known) and "target" not in out:
        out.insert(1 if out[:1] == ["caseload"] else 0, "target")  # the target the cut gives, before what it needs
    costs = [i for i, n in enumerate(out) if n in ("cost_per_year", "cost_total")]
    if costs and not {"extra_staff", "cost_per_year"} & set(known) and "extra_staff" not in out:
        out.insert(costs[0], "extra_staff")
    return out


def _phrase_of(n: ReadNumber, role: str, sheet: Sheet) -> str:
    shown = sheet.show(role, n.value)
    said = sheet.pick(*READ[role]).format(v=shown, kind=kind_words(n.kind, sheet.lang, "read"), noun=n.noun)
    return " ".join(said.split())


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
        if reading.numbers[low].note == "year_alt":
            word = "I" if lang == "da" else "In"  # "I 2026", "In 2027": two calendar years asked
        return [
            Variant("low", f"{word} {reading.numbers[low].text.strip()}", known_from(reading, {high: "context"})),
            Variant("high", f"{word} {reading.numbers[high].text.strip()}", known_from(reading, {low: "context"})),
        ]
    known = known_from(reading)
    asked = plan(reading, known)
    needs_type = (
        bool(PLACEMENT_ASKED & set(asked))
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
    return [
        Variant(k, title.format(kind_words(k, lang, "plural")), _priced_as(known, k), kind=k) for k in kinds
    ]


def _priced_as(known: dict[str, Value], kind: str) -> dict[str, Value]:
    """The known values of the reading for one placement type: its own price, when the question gave it."""
    own = known.get(f"{kind}_cost")
    return {**known, "cost_per_placement": own} if own is not None else dict(known)


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
    if "network_care" in reading.cues:  # netværkspleje costs less than a foster family: its price is asked for
        for name in ("foster_cost", "move_from_cost", "move_to_cost", "cost_per_placement"):
            if name in out and (name == "foster_cost" or "foster" in (variant.kind, *(reading.move or ()))):
                del out[name]
    return out


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
    if reading is None:
        reading, question = read_repaired(question, language)
    read = reading
    if not read.is_calculation:
        return None
    answer = _answer(read, question, language, cite, named)
    if answer is not None and not answer.calculation.outputs:
        # nothing worked out: two values compared or a price times a count may be what the words left open
        other = read_shape(read, question)
        again = _answer(other, question, language, cite, named) if other is not None else None
        if again is not None and again.calculation.outputs:
            return again
    return answer


def _answer(
    read: Reading, question: str, language: Literal["da", "en"], cite: Cite, named: Sequence[str] | None
) -> CalcAnswer | None:
    if any(n.role is None for n in read.numbers):
        read = fill_unplaced(read, question) or read
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
    except FieldError as exc:
        label = LABELS[exc.field][0 if language == "da" else 1].lower() if exc.field in LABELS else exc.field
        return sheet.invalid(phrase("invalid", language, msg=f"{label}: {exc.describe(language)}"))
    odd = implausible(variants)
    if odd:
        return sheet.implausible(odd, asked)
    small = implausible_prices(variants)
    if small:
        return sheet.implausible(small, asked, key="implausible_price")
    clash = conflicting(variants)
    if clash:
        return sheet.implausible([(name, value) for name, value, _ in clash], asked, key="conflict")
    echoed = only_echoes(variants, read)
    if echoed:
        return sheet.implausible(echoed, asked, key="echo")
    left = unused_numbers(read, variants)
    if left:
        return sheet.unused(left, asked)
    if named is None:
        named = municipalities.find_mentions(question)
    if named:
        solutions = [v.solution for v in variants if v.solution is not None]
        lacking = any(r.value is None for s in solutions for r in s.results)
        given = ("question", "earlier", "derived")
        defaulted = any(x.origin not in given for s in solutions for x in s.values.values())
        if lacking or defaulted:
            return None  # "what would it cost Herning ..." is about the municipality's figures, not our arithmetic
    large = implausible_high_prices(variants) if len(variants) == 1 else []  # two readings show the other one
    if large:
        return sheet.implausible(large, asked, key="implausible_price_high")
    return say_unread(sheet.answer(variants, asked), question, language)
