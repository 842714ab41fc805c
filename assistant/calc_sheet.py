"""How a calculation answer is written: inputs with their origin, worked steps, notes, in Danish or English.

``Sheet`` is filled by the question handlers in ``calc_chat`` and turns into the ``CalcAnswer``: a short
result, the formula with the numbers filled in, and every input marked "fra dit spørgsmål" / "from your
question", "fra kilde [n]" / "from source [n]" or "antagelse" / "assumption".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from assistant.calc_presets import load_presets
from assistant.errors import AssistantError
from assistant.models import CalcInput, Calculation, Language
from assistant.numbers import format_kr, format_number, format_percent

Cite = Callable[[str, str], int]


@dataclass
class CalcAnswer:
    """The text shown in the chat and the calculation behind it (``ask --json`` prints the latter)."""

    text: str
    calculation: Calculation


LABELS: dict[str, tuple[str, str]] = {
    "cases": ("Antal sager", "Number of cases"),
    "fte": ("Socialrådgivere (årsværk)", "Social workers (FTE)"),
    "extra_fte": ("Ekstra socialrådgivere (årsværk)", "Additional social workers (FTE)"),
    "from_caseload": ("Sagstal i dag", "Caseload today"),
    "target": ("Mål for sagstal", "Target caseload"),
    "cost_per_fte": ("Årlig udgift pr. stilling", "Annual cost per position"),
    "cost_per_placement": ("Årlig udgift pr. anbringelse", "Annual cost per placement"),
    "placement_spend": ("Årlig udgift til anbringelser", "Annual placement spend"),
    "placements": ("Anbringelser undgået pr. år", "Placements avoided per year"),
    "placements_total": ("Anbringelser i alt", "Placements in total"),
    "reduction_pct": ("Fald i anbringelsesudgiften", "Reduction of placement spend"),
    "years": ("Antal år", "Number of years"),
}
MONEY = {"cost_per_fte", "cost_per_placement", "placement_spend", "foster_cost", "residential_cost"}
PHRASES: dict[str, tuple[str, str]] = {
    "question": ("fra dit spørgsmål", "from your question"),
    "source": ("fra kilde [{n}]", "from source [{n}]"),
    "assumption": ("antagelse", "assumption"),
    "calc": ("Beregning", "Calculation"),
    "inputs": ("Input", "Inputs"),
    "rounded": ("rundet op til {n}", "rounded up to {n}"),
    "round_note": (
        "Stillinger rundes op til hele stillinger, så ingen får flere sager end målet.",
        "Positions are rounded up to whole positions so that nobody carries more than the target.",
    ),
    "missing": (
        "For at regne det ud mangler jeg: {names}. Skriv tallet i spørgsmålet, så regner jeg det ud.",
        "To work this out I need: {names}. Put the number in your question and I will work it out.",
    ),
    "understood": ("Det har jeg forstået", "What I understood"),
    "invalid": ("Jeg kan ikke regne med de tal: {msg}", "I cannot calculate with those numbers: {msg}"),
    "no_source": (
        "Kilden er ikke i vidensbasen, så tallet er en antagelse.",
        "The source is not in the knowledge base, so the figure is an assumption.",
    ),
    "default_cost": (
        "Du skrev ikke udgiften pr. stilling, så jeg har brugt statens løn til en socialrådgiver fra kilde "
        "[{n}]. Den er en nedre grænse; skriv jeres egen udgift pr. stilling for et retvisende tal.",
        "You did not give the cost per position, so I used the state pay of a social worker from source "
        "[{n}]. It is a lower bound; give your own cost per position for a realistic figure.",
    ),
    "default_target": (
        "Du skrev ikke et mål for sagstallet, så jeg har brugt den øvre grænse i DS' vejledende sagstal "
        "fra kilde [{n}].",
        "You did not give a target caseload, so I used the upper end of the DS guiding caseload "
        "from source [{n}].",
    ),
    "default_placement": (
        "Du skrev ikke udgiften pr. anbringelse, så jeg har brugt landsgennemsnittet for 2019 "
        "fra kilde [{n}].",
        "You did not give the cost per placement, so I used the 2019 national average from source [{n}].",
    ),
}


def phrase(key: str, lang: Language, **kwargs: object) -> str:
    da, en = PHRASES[key]
    return (da if lang == "da" else en).format(**kwargs)


class Sheet:
    """Collects inputs (with origin), outputs, worked steps and notes, then writes the answer."""

    def __init__(self, kind: str, lang: Language, cite: Cite) -> None:
        self.kind, self.lang, self.cite = kind, lang, cite
        self.inputs: dict[str, CalcInput] = {}
        self.outputs: dict[str, float] = {}
        self.steps: list[str] = []
        self.formulas: list[str] = []
        self.notes: list[str] = []
        # "You did not give X, so I used source [n]" comes first; phrase key -> citation numbers.
        self.defaults: dict[str, list[int]] = {}
        self.summary: list[str] = []

    def given(self, name: str, value: float) -> float:
        label = LABELS[name][0 if self.lang == "da" else 1]
        self.inputs[name] = CalcInput(value=value, origin="question", label=label)
        return value

    def cited(self, name: str, key: str) -> tuple[float, int | None]:
        """Use a cited default from presets.yaml; a source that cannot be cited makes it an assumption."""
        value = load_presets().value(key)
        try:
            n: int | None = self.cite(value.doc_id, value.quote)
        except AssistantError:
            n = None
            self.notes.append(phrase("no_source", self.lang))
        origin: Literal["source", "assumption"] = "source" if n is not None else "assumption"
        self.inputs[name] = CalcInput(
            value=value.value, origin=origin, citation=n, label=value.text(self.lang)
        )
        if value.note.get(self.lang):
            self.notes.append(value.note[self.lang])
        return value.value, n

    def out(self, name: str, value: float) -> float:
        self.outputs[name] = round(float(value), 6)  # 7.249999999999999 -> 7.25
        return value

    def fmt(self, name: str, value: float) -> str:
        if name in MONEY or name.startswith(("cost", "savings", "net")):
            return format_kr(value, self.lang)
        if name == "reduction_pct" or name.endswith("pct"):
            return format_percent(value, self.lang)
        return format_number(value, self.lang)

    def n(self, value: float) -> str:
        return format_number(value, self.lang)

    def kr(self, value: float) -> str:
        return format_kr(value, self.lang)

    def step(self, da: str, en: str) -> None:
        self.steps.append(da if self.lang == "da" else en)

    def say(self, da: str, en: str) -> None:
        # "... 4.550.000 kr." already ends the sentence; do not print "kr.."
        self.summary.append((da if self.lang == "da" else en).replace("kr..", "kr."))

    def default(self, key: str, n: int | None) -> None:
        cited = self.defaults.setdefault(key, [])
        if n is not None and n not in cited:
            cited.append(n)

    def input_lines(self) -> list[str]:
        return [
            f"- {item.label}: {self.fmt(name, item.value)} ({self._origin(item)})"
            for name, item in self.inputs.items()
        ]

    def formula(self, da: str, en: str) -> None:
        self.formulas.append(da if self.lang == "da" else en)

    def _origin(self, item: CalcInput) -> str:
        if item.origin == "source" and item.citation is not None:
            return phrase("source", self.lang, n=item.citation)
        return phrase(item.origin if item.origin in ("question", "assumption") else "assumption", self.lang)

    def answer(self) -> CalcAnswer:
        lines = [" ".join(self.summary), "", f"{phrase('calc', self.lang)}:"]
        lines += [f"- {s}" for s in self.steps]
        lines += ["", f"{phrase('inputs', self.lang)}:", *self.input_lines()]
        joiner = "] og [" if self.lang == "da" else "] and ["
        used = [
            phrase(key, self.lang, n=joiner.join(map(str, ns))) for key, ns in self.defaults.items() if ns
        ]
        notes = list(dict.fromkeys(used + self.notes))
        if notes:
            lines += ["", *notes]
        calculation = Calculation(
            kind=self.kind,
            inputs=self.inputs,
            outputs=self.outputs,
            formula="; ".join(self.formulas),
            notes=notes,
        )
        return CalcAnswer(text="\n".join(lines).strip(), calculation=calculation)

    def unanswered(self, message: str) -> CalcAnswer:
        """A reply that computes nothing: what is missing or wrong, and what was understood."""
        lines = [message]
        if self.inputs:
            lines += ["", f"{phrase('understood', self.lang)}:", *self.input_lines()]
        text = "\n".join(lines)
        calculation = Calculation(kind=self.kind, inputs=self.inputs, outputs={}, formula="", notes=[message])
        return CalcAnswer(text=text, calculation=calculation)
