"""The one translation table: every user-facing phrase, in Danish and English, from ``phrases.yaml``.

The phrases are data, not code, so a wording fix touches one file and a phrase cannot hide in a
module's private table. The file is read once per process and checked as it is read: a phrase that
lacks a language, or whose two languages ask for different ``{placeholders}``, would otherwise only
fail (or print a raw ``{name}``) when a reader reaches that one answer.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator, Mapping
from functools import cache
from importlib import resources
from typing import NamedTuple

import yaml

from assistant.errors import ConfigError
from assistant.models import Language

LANGUAGES: tuple[Language, ...] = ("da", "en")
_KEY = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*")


class Phrase(NamedTuple):
    """One phrase in both languages; a tuple, so ``da, en = phrase`` and ``pick(*phrase)`` read naturally."""

    da: str
    en: str

    def text(self, lang: Language) -> str:
        return self.en if lang == "en" else self.da


def placeholders(text: str) -> set[str]:
    """The ``{name}`` fields of a format string, so the two languages can be held to the same set."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def parse_phrases(raw: object, where: str = "phrases.yaml") -> dict[str, Phrase]:
    """The table from its YAML form, refusing anything a lookup could trip over later."""
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: expected a mapping of key -> {{da, en}}")
    table: dict[str, Phrase] = {}
    for key, entry in raw.items():
        if not isinstance(key, str) or not _KEY.fullmatch(key):
            raise ConfigError(f"{where}: {key!r} is not a key (lower case, digits, _ and dots)")
        if not isinstance(entry, dict) or set(entry) != set(LANGUAGES):
            raise ConfigError(f"{where}: {key} must have exactly da and en")
        if not all(isinstance(entry[lang], str) and entry[lang] for lang in LANGUAGES):
            raise ConfigError(f"{where}: {key} has an empty or non-text phrase")
        try:
            same = placeholders(entry["da"]) == placeholders(entry["en"])
        except ValueError as exc:  # an unbalanced brace
            raise ConfigError(f"{where}: {key}: {exc}") from exc
        if not same:
            raise ConfigError(f"{where}: {key}: da and en use different placeholders")
        table[key] = Phrase(entry["da"], entry["en"])
    return table


@cache
def phrases() -> Mapping[str, Phrase]:
    """Every phrase by key, in the file's order (read once; the C loader when PyYAML has it)."""
    text = resources.files(__package__).joinpath("phrases.yaml").read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return parse_phrases(yaml.load(text, Loader=loader))


def t(key: str, lang: Language, **kwargs: object) -> str:
    """The phrase ``key`` in ``lang``, formatted with ``kwargs``; an unknown key is a KeyError (a bug)."""
    return phrases()[key].text(lang).format(**kwargs)


def source_label(source_type: str, lang: Language) -> str:
    """Human label for a source type, so a reader sees at once how much weight a claim carries."""
    found = phrases().get(f"source_type.{source_type}")
    return found.text(lang) if found else source_type


class Section(Mapping[str, Phrase]):
    """The phrases under one dotted prefix, by their short key: a view for code that looks words up by
    the name of a quantity or column, so it needs no copy of the table."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix + "."

    def __getitem__(self, key: str) -> Phrase:
        return phrases()[self.prefix + key]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.prefix + key in phrases()

    def __iter__(self) -> Iterator[str]:
        return iter(_short_keys(self.prefix))

    def __len__(self) -> int:
        return len(_short_keys(self.prefix))

    def text(self, key: str, lang: Language, default: str | None = None) -> str:
        """The phrase in ``lang``; ``default`` (when given) for a key the section lacks."""
        if default is not None and key not in self:
            return default
        return self[key].text(lang)


@cache
def _short_keys(prefix: str) -> tuple[str, ...]:
    return tuple(k[len(prefix) :] for k in phrases() if k.startswith(prefix) and "." not in k[len(prefix) :])
