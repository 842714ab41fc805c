"""The 98 municipalities: canonical names, aliases, and finding them in text.

Names arrive in many shapes ("Rodovre", "Københavns Kommune", "copenhagen", "Hernings"); everything in
the package goes through ``canonical`` so filters, tags and comparisons agree on one spelling.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd
from rapidfuzz import fuzz, process

from assistant.errors import InputError

DEFAULT_CSV = Path(__file__).resolve().parent.parent / "knowledge" / "municipalities.csv"

# Names people use that are not the official short name.
ALIASES: dict[str, str] = {
    "copenhagen": "København",
    "kobenhavn": "København",
    "koebenhavn": "København",
    "kbh": "København",
    "arhus": "Aarhus",
    "aarhus": "Aarhus",
    "århus": "Aarhus",
    "aalborg": "Aalborg",
    "alborg": "Aalborg",
    "elsinore": "Helsingør",
    "lyngby": "Lyngby-Taarbæk",
    "taastrup": "Høje-Taastrup",
    "ringkøbing": "Ringkøbing-Skjern",
    "ikast": "Ikast-Brande",
    "faaborg": "Faaborg-Midtfyn",
    "bornholms regionskommune": "Bornholm",
}

_SUFFIXES = (" kommune", " kommunes", " municipality", " regionskommune")


@dataclass(frozen=True)
class Municipality:
    """One row of the reference table."""

    code: str
    name: str
    region: str
    population: int | None
    population_year: int | None


def fold(text: str) -> str:
    """Lower-case and strip accents, mapping æ/ø/å the way Danes type them without a Danish keyboard."""
    text = text.lower().strip()
    text = text.replace("æ", "ae").replace("ø", "o").replace("å", "aa")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def _strip_suffix(name: str) -> str:
    low = name.lower().strip()
    for suffix in _SUFFIXES:
        if low.endswith(suffix):
            return name.strip()[: -len(suffix)].strip()
    return name.strip()


@lru_cache(maxsize=4)
def load_table(path: Path = DEFAULT_CSV) -> tuple[Municipality, ...]:
    """Read the reference CSV (kommunekode, municipality, region, population, ...)."""
    try:
        frame = pd.read_csv(path, dtype={"kommunekode": str})
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: cannot read the municipality table ({exc})") from None
    missing = {"kommunekode", "municipality", "region"} - set(frame.columns)
    if missing:
        raise InputError(f"{path}: missing columns {sorted(missing)}")
    rows = []
    for rec in frame.to_dict("records"):
        pop = rec.get("population")
        year = rec.get("population_year")
        rows.append(
            Municipality(
                code=str(rec["kommunekode"]).zfill(4),
                name=str(rec["municipality"]).strip(),
                region=str(rec["region"]).strip(),
                population=int(pop) if pd.notna(pop) else None,
                population_year=int(year) if pd.notna(year) else None,
            )
        )
    return tuple(rows)


def names() -> list[str]:
    """Canonical names of all municipalities."""
    return [m.name for m in load_table()]


@lru_cache(maxsize=1)
def _lookup() -> dict[str, str]:
    table: dict[str, str] = {}
    for name in names():
        table[fold(name)] = name
        table[fold(name).replace("-", " ")] = name
    for alias, name in ALIASES.items():
        table[fold(alias)] = name
    return table


def canonical(name: str) -> str | None:
    """The official name for any reasonable spelling, or None when it is not a municipality."""
    if not name or not name.strip():
        return None
    base = _strip_suffix(name)
    key = fold(base)
    hit = _lookup().get(key)
    if hit:
        return hit
    # Danish genitive: "Hernings", "Københavns"
    if key.endswith("s"):
        return _lookup().get(key[:-1])
    return None


def suggest(name: str, limit: int = 3) -> list[str]:
    """Close matches for a name that is not a municipality."""
    choices = {fold(n): n for n in names()}
    matches = process.extract(fold(_strip_suffix(name)), list(choices), scorer=fuzz.WRatio, limit=limit)
    return [choices[m[0]] for m in matches if m[1] >= 60]


def resolve(name: str) -> str:
    """Canonical name or an InputError that suggests close matches."""
    hit = canonical(name)
    if hit:
        return hit
    hints = suggest(name)
    hint = f" Did you mean: {', '.join(hints)}?" if hints else ""
    raise InputError(f"unknown municipality '{name}'.{hint}")


def get(name: str) -> Municipality:
    """The reference row for a municipality name (any spelling)."""
    canon = resolve(name)
    return next(m for m in load_table() if m.name == canon)


@lru_cache(maxsize=1)
def _mention_pattern() -> re.Pattern[str]:
    variants = sorted(set(names()) | {"Copenhagen", "Københavns", "Århus"}, key=len, reverse=True)
    alt = "|".join(re.escape(v) for v in variants)
    # Capitalised, whole word, optional genitive -s: "Herning", "Hernings", "Vejle Kommune".
    return re.compile(rf"(?<![\w-])({alt})s?(?![\w-])")


def find_mentions(text: str) -> list[str]:
    """Canonical names of the municipalities a text names, in order of first mention."""
    found: list[str] = []
    for match in _mention_pattern().finditer(text):
        canon = canonical(match.group(1))
        if canon and canon not in found:
            found.append(canon)
    return found
