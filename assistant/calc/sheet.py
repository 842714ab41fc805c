"""How a calculation answer is written, in Danish or English.

The first line restates how the question was read ("Jeg regner med: 1.200 sager, sagstal i dag 40, mål
30, 600.000 kr. pr. rådgiver."), so a misread number is visible before any result. Then one result per
asked quantity in the order asked (per reading, when the question can be read two ways), what is
missing, the worked steps with the formula and the numbers, every input with its origin ("fra dit
spørgsmål", "fra kilde [n]", "antagelse") and the notes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from assistant.calc.compare import differences
from assistant.calc.presets import load_presets
from assistant.calc.question import Reading, ReadNumber
from assistant.calc.solver import Result, Solution, Step, Value
from assistant.calc.texts import LABELS, PHRASES, READ, SYMBOLS, kind_words
from assistant.calc.wording import Wording
from assistant.errors import AssistantError
from assistant.models import AskedQuantity, CalcInput, Calculation, Language
from assistant.numbers import format_number

Cite = Callable[[str, str], int]
__all__ = ["LABELS", "CalcAnswer", "Cite", "Sheet", "Variant", "phrase"]


@dataclass
class CalcAnswer:
    """The text shown in the chat and the calculation behind it (``ask --json`` prints the latter)."""

    text: str
    calculation: Calculation


@dataclass
class Variant:
    """One reading of the question: the known values it implies and how to name it in the answer."""

    key: str
    title: str
    known: dict[str, Value]
    kind: str = ""  # placement type this reading assumes for a cost per placement
    solution: Solution | None = None


def phrase(key: str, lang: Language, **kwargs: object) -> str:
    da, en = PHRASES[key]
    return (da if lang == "da" else en).format(**kwargs)


@dataclass
class Sheet(Wording):
    """Cited defaults taken while solving, then the answer written from the reading and the solutions."""

    reading: Reading
    lang: Language
    cite: Cite
    notes: list[str] = field(default_factory=list)
    defaults: dict[str, list[int]] = field(default_factory=dict)  # phrase key -> citation numbers
    assumed: dict[str, str] = field(default_factory=dict)  # label of a default -> its wording as an assumption
    _steps: dict[int, str] = field(default_factory=dict)
    parts: bool = False  # the variants are parts of one answer (teams side by side), not readings to pick from

    def cited(self, key: str, phrase_key: str) -> Value:
        """A default from presets.yaml; a source that cannot be cited makes it an assumption."""
        value = load_presets().value(key)
        try:
            n: int | None = self.cite(value.doc_id, value.quote)
        except AssistantError:
            n = None
            self.notes.append(phrase("no_source", self.lang))
        if value.note.get(self.lang):
            self.notes.append(value.note[self.lang])
        cited = self.defaults.setdefault(phrase_key, [])
        if n is not None and n not in cited:
            cited.append(n)
        # "source" only when the quote states this very quantity (presets.yaml says which do).
        origin: Literal["source", "assumption"] = value.origin if n is not None else "assumption"
        label = value.text(self.lang)
        if value.origin == "assumption":
            self.assumed[label] = value.assumption_text(self.lang)
        return Value(value.value, origin, n, label)

    # --- the first line -------------------------------------------------------------------------------
    def _read_one(self, n: ReadNumber) -> str:
        value = self.show(n.role or "", n.value) if n.role else n.text.strip()
        role = "part" if n.note == "part" else n.role or "unknown"
        if n.note in ("compared", "compared_other"):
            role = n.note  # "1.350.000 kr. sammenlignet med 450.000 kr.": neither a start nor an end
        if role == "price_each" and not n.noun:
            role = "price_each_plain"  # "1.131.500 kr. pr. stk.": the question named no unit after the price
        if role == "cases_from" and n.note == "before_rise":
            role = "cases_before_rise"  # "er steget med 12,5 % fra 960 sager": 960 was before, not today
        if role == "years" and n.noun.isdigit():
            role = "years_to_year"  # "1 år frem til 2026": years counted to a calendar year the question names
        said = self.pick(*READ[role]).format(v=value, kind=kind_words(n.kind, self.lang, "read"), noun=n.noun)
        text = " ".join(said.split())
        if role == "staff_cost_total" and n.refers_to is not None:
            text += self.pick(*READ["for_workers"]).format(
                n=format_number(self.reading.numbers[n.refers_to].value, self.lang)
            )
        if role == "moved" and self.reading.move:
            a, b = self.reading.move
            text += self.pick(*READ["moved_kinds"]).format(a=kind_words(a, self.lang, "place"),
                                                           b=kind_words(b, self.lang, "place"))  # fmt: skip
        if n.alt_role:
            text += self.pick(*READ[f"alt_{n.alt_role}"])
        elif n.note == "parts":
            parts = [n.text.strip()] + [m.text.strip() for m in self.reading.numbers if m.note == "part"]
            text += self.pick(*READ["note_parts"]).format(parts=" + ".join(parts))
        elif n.note and n.note not in ("part", "compared", "compared_other", "before_rise"):
            text += self.pick(*READ[f"note_{n.note}"]).format(noun=n.noun)  # "(årsværk: 6 + 2 på halv tid)"
        if n.inferred:
            text += self.pick(*READ["inferred"])
        return text

    def reading_line(self, variants: list[Variant]) -> str:
        # "year 2" names a year, "pr. 1.000" and "0-17 år" name a base and an age: none is an input to restate
        parts = [self._read_one(n) for n in self.reading.numbers if n.note not in ("year_mark", "names")]
        seen: set[tuple[str, float]] = set()
        for v in variants:
            for name, item in (v.solution.values if v.solution else {}).items():
                if item.origin in ("source", "assumption") and (name, item.value) not in seen:
                    seen.add((name, item.value))
                    where = self._where(item.origin, item.citation, item.label)
                    kind = kind_words(v.kind, self.lang, "read") if name == "cost_per_placement" else ""
                    said = " ".join(self.pick(*READ[name]).format(v=self.show(name, item.value), kind=kind).split())
                    parts.append(f"{said} ({where})")
        body = ", ".join(parts)
        return self.pick("Jeg regner med: ", "I read this as: ") + body + ("" if body.endswith(".") else ".")

    # --- results --------------------------------------------------------------------------------------
    def step_text(self, step: Step) -> str:
        """ "Ekstra rådgivere = rådgivere nødvendige − rådgivere i dag = 40 − 30 = 10" (written once)."""
        if id(step) not in self._steps:
            self._steps[id(step)] = self._step_text(step)
        return self._steps[id(step)]

    def _step_text(self, step: Step) -> str:
        name = step.rule.output
        symbolic = step.rule.expr.format(**{i: self.pick(*SYMBOLS[i]) for i in step.inputs})
        numeric = step.rule.expr.format(**{i: self.show(i, x) for i, x in step.inputs.items()})
        head = self.pick(*SYMBOLS[name])
        head = head[0].upper() + head[1:]
        shown = self.show(name, step.exact if step.exact is not None else step.value)
        tail = ""
        if step.exact is not None and step.exact != step.value:
            key = "rounded_down" if step.rule.down else "rounded"
            tail = ", " + phrase(key, self.lang, n=format_number(step.value, self.lang))
        return f"{head} = {symbolic} = {numeric} = {shown}{tail}"

    def missing_text(self, results: list[Result]) -> str:
        lacking = [r for r in results if r.value is None]
        if not lacking:
            return ""
        what = ", ".join(self.pick(*LABELS[r.name]).lower() for r in lacking)
        names: list[str] = []
        for r in lacking:
            names += [shown for m in r.missing if (shown := self.label(m).lower()) not in names]
        text = phrase("missing", self.lang, what=what, names=", ".join(names))
        if any("cost_per_worker" in m.split("|") for r in lacking for m in r.missing):
            text += " " + phrase("own_cost", self.lang)
        return text

    @staticmethod
    def _each_type_priced(variants: list[Variant]) -> bool:
        """Every reading is a placement type the question priced itself: each was asked, none is to pick."""
        return all(v.kind and f"{v.kind}_cost" in v.known for v in variants)

    def label(self, name: str) -> str:
        """A label; "a|b" (either input will do) reads "a eller b"."""
        return self.pick(" eller ", " or ").join(self.pick(*LABELS[n]) for n in name.split("|"))

    # --- the answer -----------------------------------------------------------------------------------
    def _record(
        self, step: Step, suffix: str, prefix: str, texts: tuple[list[str], list[str]], outputs: dict[str, float]
    ) -> None:
        """One step in the working (its numbers), the formulas (its names) and the outputs."""
        steps, formulas = texts
        if step.rule.expr != "{" + ",".join(step.rule.inputs) + "}":  # "total = residential spend": no step
            steps.append(prefix + self.step_text(step))
        sym = self.pick(*SYMBOLS[step.rule.output])
        formulas.append(f"{sym} = " + step.rule.expr.format(**{i: self.pick(*SYMBOLS[i]) for i in step.inputs}))
        outputs[step.rule.output + suffix] = round(step.value, 6)
        if step.rule.output == "net_total" and self.reading.flows is not None:
            outputs.update(self._year_nets(suffix))
        if step.exact is not None:
            outputs[f"{step.rule.output}_exact{suffix}"] = round(step.exact, 6)

    def answer(self, variants: list[Variant], asked: list[str]) -> CalcAnswer:
        lines = [self.reading_line(variants), *self.reading.ambiguous]
        steps: list[str] = []
        inputs: dict[str, CalcInput] = {}
        outputs: dict[str, float] = {}
        quantities: list[AskedQuantity] = []
        formulas: list[str] = []
        several = len(variants) > 1
        for v in variants:
            sol = v.solution
            assert sol is not None
            suffix = f"_{v.key}" if several else ""
            said = " ".join(s for r in sol.shown if (s := self.say(r, sol.values, v.kind)))
            lines.append(f"{v.title}: {said}" if several and said else said)
            for step in sol.steps:
                self._record(step, suffix, f"{v.title}: " if several else "", (steps, formulas), outputs)
            ruled = {st.rule.output for st in sol.steps}
            for name, item in sol.values.items():
                if item.origin == "derived" and item.how is not None and name not in ruled:
                    self._record(item.how, suffix, "", (steps, formulas), outputs)  # worked out while reading
                elif item.origin == "derived" and name not in ruled:
                    outputs.update(self._read_output(name, item, suffix))
                    formulas.append(f"{self.pick(*SYMBOLS[name])} = {self._running()}")
                    steps.append(self._given_formula(name, item.value, item))
                elif item.origin != "derived":
                    label = item.label or self.pick(*LABELS[name])
                    key = name
                    if self.parts or (name in inputs and inputs[name].value != item.value):
                        key, label = name + suffix, f"{label} ({v.title})"
                    inputs[key] = CalcInput(
                        value=item.value,
                        origin=item.origin,
                        citation=item.citation,
                        label=label,
                        unit=self._unit_of(name),
                    )
            quantities += [self._asked(r, sol, v if several else None) for r in sol.results]
        if several and "difference_asked" in self.reading.cues:
            lines.append(self._difference(outputs, (variants[0].key, variants[1].key)))
        by_year, by_year_out = self._cost_by_year(variants[0].solution)
        lines += by_year
        outputs.update(by_year_out)
        lines.append(self.missing_text(variants[0].solution.results if variants[0].solution else []))
        pair = self.reading.range_pair
        if several and pair and self.reading.numbers[pair[0]].note == "range_low":
            lines.append(phrase("range_both", self.lang))  # both ends of a range: neither is the one to pick
        elif several and not self.parts and not pair and not self._each_type_priced(variants):
            lines.append(phrase("pick_one", self.lang))  # two readings of one question: the user says which
        text = [line for line in lines if line]
        if steps:
            text += ["", f"{phrase('calc', self.lang)}:", *[f"- {s}" for s in dict.fromkeys(steps)]]
        if inputs:
            text += ["", f"{phrase('inputs', self.lang)}:"]
            text += [f"- {i.label}: {self.show(self._base(n), i.value)} ({self._origin(i)})" for n, i in inputs.items()]
        notes = self._notes(variants)
        if notes:
            text += ["", *notes]
        calculation = Calculation(
            kind="+".join(asked), inputs=inputs, outputs=outputs, formula="; ".join(dict.fromkeys(formulas)),
            notes=notes, reading=lines[0], asked=quantities, ambiguous=list(self.reading.ambiguous),
        )  # fmt: skip
        return CalcAnswer(text="\n".join(text).replace("kr..", "kr."), calculation=calculation)

    def _difference(self, outputs: dict[str, float], keys: tuple[str, str]) -> str:
        """ "The difference between the two: …", each quantity worked out at both values (added to ``outputs``)."""
        diffs = differences(outputs, keys)
        outputs.update({f"{name}_difference": value for name, value in diffs.items()})
        said = "; ".join(f"{self.pick(*LABELS[n]).lower()} {self.show(n, value)}" for n, value in diffs.items())
        return phrase("compare_difference", self.lang, items=said) if said else ""

    def _base(self, key: str) -> str:
        if key in LABELS:
            return key  # "moved_share" is its own quantity, not a variant of "moved"
        return next((n for n in LABELS if key == n or (key.startswith(n + "_") and key[len(n) + 1 :].isalpha())), key)

    def _asked(self, r: Result, sol: Solution, variant: Variant | None) -> AskedQuantity:
        return AskedQuantity(
            name=r.name, label=self.pick(*LABELS[r.name]), value=r.value, unit=self._unit_of(r.name),
            formula=self.step_text(r.step) if r.step else self._given_formula(r.name, r.value, sol.values.get(r.name)),
            inputs=dict(r.step.inputs) if r.step else self._given_inputs(r, sol),
            steps=[self.step_text(s) for s in r.chain], reading=variant.key if variant else "",
            reading_title=variant.title if variant else "",
            missing=[self.label(m) for m in r.missing],
        )  # fmt: skip

    def _cost_by_year(self, sol: Solution | None) -> tuple[list[str], dict[str, float]]:
        """Each year's cost of a phased hiring, when asked ("the extra payroll in each year"): the staff in post
        that year times one worker's cost, with the calendar year when the question names one."""
        if self.reading.staff_by_year is None or sol is None or "cost_per_worker" not in sol.values:
            return [], {}
        levels, first = self.reading.staff_by_year
        price = sol.values["cost_per_worker"].value
        parts, out = [], {}
        for k, staff in enumerate(levels, start=1):
            label = str(first + k - 1) if first else self.pick("år {k}", "year {k}").format(k=k)
            parts.append(f"{label}: {format_number(staff, self.lang)} × {self.show('cost_per_worker', price)} = "
                         f"{self.show('cost_per_year', staff * price)}")  # fmt: skip
            out[f"cost_year_{k}"], out[f"staff_year_{k}"] = round(staff * price, 6), staff
        return [self.pick("År for år: ", "Year by year: ") + "; ".join(parts) + "."], out

    def _year_nets(self, suffix: str) -> dict[str, float]:
        """Each year's own net (``calc.flows``), as the net sentence states it."""
        flows = self.reading.flows
        if flows is None:
            return {}
        return {f"net_year_{k}{suffix}": round(net, 6) for k, net in enumerate(flows.nets(), start=1)}

    def _read_output(self, name: str, item: Value, suffix: str) -> dict[str, float]:
        """A result the reading worked out itself (``calc.flows``' year the running net turns positive), with
        the running net of each year the working shows."""
        out = {name + suffix: round(item.value, 6)}
        if self.reading.flows is not None:
            for k, net in enumerate(self.reading.flows.running(), start=1):
                out[f"running_net_{k}{suffix}"] = round(net, 6)
        return out

    def _given_formula(self, name: str, value: float | None, item: Value | None) -> str:
        """An asked quantity no rule derived: the running net it was read from, or the number as given."""
        if item is None or value is None:
            return ""
        sym = self.pick(*SYMBOLS[name])
        if item.origin == "derived":
            return f"{sym[0].upper()}{sym[1:]}: {self._running()} → {self.show(name, value)}"
        said = next((n for n in self.reading.numbers if n.role == name), None)
        working = f" = {said.noun}" if said is not None and said.note == "flows" else ""
        return f"{sym[0].upper()}{sym[1:]}{working} = {self.show(name, value)}"

    def _given_inputs(self, r: Result, sol: Solution) -> dict[str, float]:
        item = sol.values.get(r.name)
        return {r.name: item.value} if item is not None and item.origin != "derived" else {}

    def _where(self, origin: str, citation: int | None, label: str) -> str:
        """Where a default came from: "standardværdi fra kilde [1]", or the assumption it is, worded as one."""
        if origin == "assumption" and label in self.assumed:
            return f"{self.assumed[label]} [{citation}]" if citation is not None else self.assumed[label]
        if citation is not None:
            return phrase("default_from", self.lang, n=citation)
        return phrase("assumption", self.lang)

    def _origin(self, item: CalcInput) -> str:
        if item.origin == "source" and item.citation is not None:
            return phrase("source", self.lang, n=item.citation)
        if item.origin == "assumption" and item.label in self.assumed:
            return self._where(item.origin, item.citation, item.label)
        return phrase(item.origin if item.origin in ("question", "earlier", "assumption") else "assumption", self.lang)

    def _notes(self, variants: list[Variant]) -> list[str]:
        joiner = "] og [" if self.lang == "da" else "] and ["
        used = [phrase(k, self.lang, n=joiner.join(map(str, ns))) for k, ns in self.defaults.items() if ns]
        rounded = any(s.rule.whole and not s.rule.down and s.rule.output in ("staff_now", "staff_needed")
                      for v in variants if v.solution for s in v.solution.steps)  # fmt: skip
        extra = [phrase("round_note", self.lang)] if rounded else []
        return list(dict.fromkeys(used + extra + self.notes))

    def _unanswered(self, asked: list[str]) -> list[AskedQuantity]:
        """Every asked quantity listed with no value, for a reply that computes nothing."""
        return [
            AskedQuantity(name=n, label=self.pick(*LABELS[n]), value=None, unit=self._unit_of(n), missing=[])
            for n in asked
            if n in LABELS
        ]

    def unclear(self, asked: list[str]) -> CalcAnswer:
        """No result while a number's role is unknown: the reading, what is unclear, how to write it."""
        return self._no_result("unclear", phrase("unclear", self.lang), self._unanswered(asked))

    def implausible(self, odd: list[tuple[str, float]], asked: list[str], key: str = "implausible") -> CalcAnswer:
        """No result when the working gives a caseload nobody has: the reading, the odd value, a request to
        check the numbers' roles. Stating it would put a wrong figure in front of a budget debate."""
        values = ", ".join(f"{self.label(name).lower()} {self.show(name, value)}" for name, value in odd)
        return self._no_result("implausible", phrase(key, self.lang, values=values), self._unanswered(asked))

    def unused(self, texts: list[str], asked: list[str]) -> CalcAnswer:
        """No result when the working leaves out a number the person gave: a result that ignores it would
        look complete and answer another question."""
        values = ", ".join(f"«{t}»" for t in texts)
        return self._no_result("unused", phrase("unused", self.lang, values=values), self._unanswered(asked))

    def invalid(self, message: str) -> CalcAnswer:
        """A reply that computes nothing because an input is out of range: the reading and the reason."""
        return self._no_result("invalid", message, [])

    def _no_result(self, kind: str, message: str, asked: list[AskedQuantity]) -> CalcAnswer:
        line = self.reading_line([])
        text = "\n".join([line, *self.reading.ambiguous, message])
        calculation = Calculation(kind=kind, inputs={}, outputs={}, formula="", notes=[message], reading=line,
                                  asked=asked, ambiguous=list(self.reading.ambiguous))  # fmt: skip
        return CalcAnswer(text=text, calculation=calculation)
