"""How the numbers and the results of a calculation answer are worded, in Danish or English.

Apart from ``calc_sheet`` (which writes the whole answer: the reading, the steps, the inputs and their
origins, the notes) so each stays short. ``Wording`` formats a number by its unit ("2.480.000 kr.",
"6 %") and says one result in a sentence whose wording follows the sign and the rule that gave it ("en
merudgift på …", "a saving of …"), never a "−" a budget reader might miss; ``calc_sheet.Sheet`` builds on
it.
"""

from __future__ import annotations

from assistant.calc.amounts import Reading
from assistant.calc.solver import Result, Value
from assistant.calc.texts import SAY, UNITS, kind_words
from assistant.models import Language
from assistant.numbers import format_kr, format_number, format_percent


def _shown_exact(value: float) -> float:
    """One decimal, or two when one would show a whole number that is not: 3,05 placements is not "3" (that
    many would not pay for it)."""
    one = round(value, 1)
    return round(value, 2) if one == round(value) and abs(value - round(value)) > 1e-9 else one


# values of a pair or a whole and its parts: in kroner or counted as their inputs are
_PAIR_VALUES = (
    "value_from", "value_to", "abs_change", "abs_change_yearly", "difference", "value_part", "value_part2",
    "value_whole", "value_rest",
)  # fmt: skip


class Wording:
    """Numbers and result sentences in the reading's language; ``calc_sheet.Sheet`` writes the answer."""

    reading: Reading
    lang: Language

    def pick(self, da: str, en: str) -> str:
        return da if self.lang == "da" else en

    # --- numbers --------------------------------------------------------------------------------------
    def fmt(self, name: str, value: float, unit: str | None = None) -> str:
        kind = unit or UNITS.get(name, "n")
        if kind.startswith("kr"):
            return format_kr(value, self.lang)
        if kind == "pct":
            return format_percent(value, self.lang)
        return format_number(value, self.lang)

    def _unit_of(self, name: str) -> str:
        if name in _PAIR_VALUES:
            number = next((n for n in self.reading.numbers if n.role is not None and n.role.startswith("value_")), None)
            return "kr" if number is not None and number.unit.startswith("kr") else "n"
        return UNITS.get(name, "n")

    def show(self, name: str, value: float) -> str:
        return self.fmt(name, value, self._unit_of(name))

    # --- results --------------------------------------------------------------------------------------
    def say(self, r: Result, values: dict[str, Value], kind: str) -> str:
        """The sentence for one result; a sign flips the wording ("en merudgift"), never shows as "-"."""
        if r.value is None:
            return ""
        key, v = r.name, r.value
        if r.step and "saving_per_child" in r.step.rule.inputs and f"{key}_move" in SAY:
            key += "_move"  # break-even by moving children, not by avoiding placements
        if key == "caseload_after" and r.step and {"staff_to", "cases_from"} & set(r.step.rule.inputs):
            key += "_change"  # staff or cases that changed, not new staff hired
            filled = next((n.note for n in self.reading.numbers if n.note in ("all_posts", "all_back")), None)
            key = f"caseload_after_{filled}" if filled and "staff_to" in r.step.rule.inputs else key
        if r.step and f"{key}_{r.step.rule.inputs[0]}" in SAY:
            # said with the input it comes from: staff a yearly saving or a staff budget pays for, not a budget
            key += f"_{r.step.rule.inputs[0]}"
        if key == "staff_pct" and r.step and r.step.rule.inputs[1] in ("staff_to", "staff_cut"):
            key = "staff_pct_given"  # two staff counts given: their change, not what a caseload would take
        shares = any(n.unit == "pct" and (n.role or "").startswith("value_") for n in self.reading.numbers)
        if key == "abs_change" and shares:
            key = "abs_change_points"  # two shares compared: their difference is in percentage points
        if key == "pct_share" and "value_part2" in values:
            key = "pct_share_first"  # two parts of one whole: each share said with its own amount
        if key == "net_total" and self.reading.flows is not None:
            key = "net_total_flows"  # year by year: each year's own net before the period's
        if key == "pct_change" and any(n.note == "compared" for n in self.reading.numbers):
            key = "pct_change_compared"  # "hvor mange procent dyrere … end": one value against the other
        if key == "breakeven_year" and v == 0:
            key += "_zero"  # the running net stays negative through the period
        elif f"{key}_neg" in SAY:
            key += "_neg" if v < 0 else ("_zero" if v == 0 and f"{key}_zero" in SAY else "")
            v = abs(v)
        if v == 1 and f"{key}_one" in SAY:
            key += "_one"  # "1 rådgiver", not "1 rådgivere"
        exact = values[r.name].exact if r.name in values else None
        return (
            self.pick(*SAY[key])
            .format(
                v=self.show(r.name, v),
                exact=format_number(_shown_exact(exact if exact is not None else v), self.lang),
                exact2=format_number(exact if exact is not None else v, self.lang),
                kind=kind_words(kind, self.lang, "plural"),
                units_noun=next((n.noun for n in self.reading.numbers if n.role == "units"), ""),
                **self._nouns(),
                each_noun=next((n.noun for n in self.reading.numbers if n.role == "amount" and n.noun), "")
                or self.pick("stk.", "item"),
                **{f"in_{k}": self.show(k, x.value) for k, x in values.items()},
                running=self._running(),
                yearly=self._yearly(),
            )
            .replace("kr..", "kr.")
        )

    def _yearly(self) -> str:
        """Each year's own net of a year-by-year case, in words: "år 1: en merudgift på 1.340.000 kr., …"."""
        if self.reading.flows is None:
            return ""
        return self._signed(self.reading.flows.nets(), "år {k}", "year {k}")

    def _running(self) -> str:
        """The running net of a year-by-year case: "efter år 1: en merudgift på 1.300.000 kr., …"."""
        if self.reading.flows is None:
            return ""
        return self._signed(self.reading.flows.running(), "efter år {k}", "after year {k}")

    def _signed(self, values: list[float], da: str, en: str) -> str:
        """A sign in words, never as "−" (a budget reader misses a minus): a net cost or a saving each year."""
        words = ("en merudgift på", "en besparelse på") if self.lang == "da" else ("a net cost of", "a saving of")
        return ", ".join(
            f"{self.pick(da, en).format(k=k)}: {words[v >= 0]} {self.show('net_total', abs(v))}"
            for k, v in enumerate(values, start=1)
        )

    def _nouns(self) -> dict[str, str]:
        """What a rate per 1,000 counts and is of, in the question's words (``calc.rates``)."""
        roles = (("rated", "rated"), ("base", "population"), ("rate", "rate_per_1000"))
        return {f"{r}_noun": next((n.noun for n in self.reading.numbers if n.role == k), "") for r, k in roles}
