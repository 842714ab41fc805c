"""Cited defaults and presets for the calculator, read from ``knowledge/presets.yaml``.

A default is a number a knowledge document states, with the document id and a verbatim quote, so an
answer that uses it can cite it like any passage. Figures with no source (the full cost of one social
worker including overhead) are deliberately absent: they are typed by the user or shown as assumptions.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ValidationError, model_validator

from assistant.errors import ConfigError
from assistant.models import Language
from assistant.numbers import find_numbers

PRESETS_PATH = Path(__file__).resolve().parents[2] / "knowledge" / "presets.yaml"


class CitedValue(BaseModel):
    """A number from a knowledge document; ``lower_bound`` marks a figure that understates the real one.

    ``origin`` is ``source`` only when the quote states exactly the quantity the calculator uses the
    value for; a figure that stands in for another quantity (the state pay of a social worker for the
    full cost of a municipal one) is an ``assumption``, and ``assumed`` is how an answer words it.
    """

    key: str
    value: float
    unit: str
    doc_id: str
    quote: str
    label: dict[Language, str]
    note: dict[Language, str] = {}
    lower_bound: bool = False
    origin: Literal["source", "assumption"] = "source"
    assumed: dict[Language, str] = {}

    def text(self, lang: Language) -> str:
        return self.label.get(lang) or next(iter(self.label.values()))

    def assumption_text(self, lang: Language) -> str:
        """ "antaget: statslig løn 482.946 kr. som nedre grænse; angiv jeres egen" (empty for a sourced value)."""
        return self.assumed.get(lang) or next(iter(self.assumed.values()), "")

    @model_validator(mode="after")
    def _origin_is_honest(self) -> CitedValue:
        if self.origin == "assumption" and not self.assumed:
            raise ValueError(f"{self.key}: an assumption needs 'assumed' wording")
        if self.origin == "source" and not quote_states(self.quote, self.value):
            raise ValueError(f"{self.key}: the quote does not state {self.value:g}; make it an assumption")
        return self


def quote_states(quote: str, value: float) -> bool:
    """Whether a quote writes this number ("kr. 4.4 Mio." states 4.400.000; "20-30" states 20 and 30)."""
    return any(math.isclose(m.value, value, rel_tol=1e-9) for m in find_numbers(quote, "da"))


class Preset(BaseModel):
    """A named set of calculator inputs, each pointing at a cited value by key."""

    key: str
    label: dict[Language, str]
    inputs: dict[str, str]


class Presets(BaseModel):
    """Everything in presets.yaml, checked: every preset input names a known value."""

    values: dict[str, CitedValue]
    presets: dict[str, Preset]

    def value(self, key: str) -> CitedValue:
        try:
            return self.values[key]
        except KeyError:
            raise ConfigError(f"presets.yaml: no value named '{key}'") from None

    def resolve(self, preset: str) -> dict[str, CitedValue]:
        """Calculator field -> cited value for one preset."""
        try:
            chosen = self.presets[preset]
        except KeyError:
            names = ", ".join(sorted(self.presets))
            raise ConfigError(f"unknown preset '{preset}' (known: {names})") from None
        return {field: self.value(key) for field, key in chosen.inputs.items()}


def parse_presets(data: object, where: str = "presets.yaml") -> Presets:
    """Validate the YAML structure; keys are copied into the models so each value knows its name."""
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: expected a mapping with 'values' and 'presets'")
    try:
        values = {k: CitedValue(key=k, **v) for k, v in (data.get("values") or {}).items()}
        presets = {k: Preset(key=k, **v) for k, v in (data.get("presets") or {}).items()}
        result = Presets(values=values, presets=presets)
    except (ValidationError, TypeError) as exc:
        raise ConfigError(f"{where}: {exc}") from None
    for preset in result.presets.values():
        unknown = [key for key in preset.inputs.values() if key not in result.values]
        if unknown:
            raise ConfigError(f"{where}: preset '{preset.key}' names unknown values {unknown}")
    return result


_active_path = PRESETS_PATH


def use_presets(path: Path) -> Path:
    """Make ``path`` (``Settings.presets_path``) the file the chat's defaults come from; returns the one in use.

    A knowledge folder without its own presets keeps the bundled ones.
    """
    global _active_path
    _active_path = path if path.is_file() else PRESETS_PATH
    return _active_path


def load_presets(path: Path | None = None) -> Presets:
    """The presets file in use (or ``path``), parsed once per file."""
    return _load_presets(path or _active_path)


@lru_cache(maxsize=4)
def _load_presets(path: Path) -> Presets:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read {path}: {exc}") from None
    return parse_presets(data, str(path))
