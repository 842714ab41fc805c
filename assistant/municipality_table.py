"""The municipality reference table as a file: a CSV export read into rows, and the folding every name goes
through.

Apart from ``municipalities`` (the table in use, names and aliases, finding them in text, comparable
municipalities) so each stays short: a Danish export's numbers ("42.563", "1.050,5") and semicolons,
the optional columns a newer export may carry under any of several headers, and ``fold``, which every
name comparison and header key uses.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from assistant.errors import InputError

# Optional columns a newer export may carry, under any of these (folded, snake_case) headers. They are
# used for similarity when present, so a user who adds them gets better comparables without code changes.
EXTRA_COLUMNS: dict[str, tuple[str, ...]] = {
    "expenditure_need_index": (
        "expenditure_need_index",
        "expenditure_need",
        "need_index",
        "udgiftsbehov",
        "udgiftsbehovsindeks",
        "udgiftsbehov_indeks",
    ),
    "children_0_17": ("children_0_17", "children", "born_0_17", "boern_0_17", "antal_born_0_17"),
    "spending_per_child": (
        "spending_per_child",
        "udgift_pr_barn",
        "udgifter_pr_barn",
        "net_spending_per_child",
        "nettoudgift_pr_barn",
    ),
}


@dataclass(frozen=True)
class Municipality:
    """One row of the reference table."""

    code: str
    name: str
    region: str
    population: int | None
    population_year: int | None
    extras: dict[str, float] = field(default_factory=dict, compare=False, hash=False)


def fold(text: str) -> str:
    """Lower-case and strip accents, mapping æ/ø/å the way Danes type them without a Danish keyboard."""
    text = text.lower().strip()
    text = text.replace("æ", "ae").replace("ø", "o").replace("å", "aa")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def _header_key(header: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", fold(str(header))).strip("_")


def _number(value: object) -> float | None:
    """A cell as a number; Danish exports write 1.050,5 where pandas expects 1050.5."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, int | float):
        return float(value)
    text = str(value).strip().replace(" ", "").replace("\xa0", "")
    if not text or text in {"..", "-"}:
        return None
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"-?\d{1,3}(\.\d{3})+", text):
        text = text.replace(".", "")
    try:
        return float(text)
    except ValueError:
        return None


def _extra_columns(columns: Sequence[str]) -> dict[str, str]:
    """Map each known extra criterion to the CSV header that carries it."""
    found: dict[str, str] = {}
    for column in columns:
        key = _header_key(column)
        for criterion, variants in EXTRA_COLUMNS.items():
            if key in variants and criterion not in found:
                found[criterion] = column
    return found


def _read_frame(path: Path) -> pd.DataFrame:
    # Everything as text: pandas would read the Danish "42.563" as 42.563; ``_number`` knows better.
    try:
        frame = pd.read_csv(path, dtype=str)
        if len(frame.columns) == 1:  # a Danish export separated by semicolons
            frame = pd.read_csv(path, dtype=str, sep=";")
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: cannot read the municipality table ({exc})") from None
    return frame


@lru_cache(maxsize=4)
def _load_table(path: Path, mtime: float) -> tuple[Municipality, ...]:
    frame = _read_frame(path)
    missing = {"kommunekode", "municipality", "region"} - set(frame.columns)
    if missing:
        raise InputError(f"{path}: missing columns {sorted(missing)}")
    extra_cols = _extra_columns([str(c) for c in frame.columns])
    rows = []
    for rec in frame.to_dict("records"):
        pop = _number(rec.get("population"))
        year = _number(rec.get("population_year"))
        extras = {key: v for key, col in extra_cols.items() if (v := _number(rec.get(col))) is not None}
        rows.append(
            Municipality(
                code=str(rec["kommunekode"]).zfill(4),
                name=str(rec["municipality"]).strip(),
                region=str(rec["region"]).strip(),
                population=int(pop) if pop is not None else None,
                population_year=int(year) if year is not None else None,
                extras=extras,
            )
        )
    return tuple(rows)
