"""The 98 municipalities: canonical names, aliases, and finding them in text.

Names arrive in many shapes ("Rodovre", "Københavns Kommune", "copenhagen", "Hernings"); everything in
the package goes through ``canonical`` so filters, tags and comparisons agree on one spelling.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from assistant.errors import InputError
from assistant.municipality_table import EXTRA_COLUMNS, Municipality, _header_key, _load_table, fold

DEFAULT_CSV = Path(__file__).resolve().parent.parent / "knowledge" / "municipalities.csv"
_active_csv = DEFAULT_CSV


def use_table(path: Path) -> Path:
    """Make ``path`` (``Settings.municipalities_csv``) the table every lookup reads; returns the one in use.

    Names are looked up in hundreds of places (question reading, tagging, filters), so the table is
    chosen once per process rather than passed to each call. A knowledge folder without its own
    table keeps the bundled one, so a folder of documents alone is still a valid knowledge folder.
    """
    global _active_csv
    chosen = path if path.is_file() else DEFAULT_CSV
    if chosen != _active_csv:
        _active_csv = chosen
        for cached in (_lookup, _mention_pattern, _mention_pattern_any_case):
            cached.cache_clear()
    return _active_csv


def table_in_use() -> Path:
    return _active_csv


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

CRITERIA = ("population", "region", *EXTRA_COLUMNS)
# A different region weighs like a 50 % population difference: region matters (same regional
# agreements, same labour market for social workers) but size matters more for caseload and budgets.
REGION_PENALTY = math.log(1.5)
# A comparable that lacks a value for a criterion is treated as far away on it, not as identical.
MISSING_PENALTY = 1.0


def _strip_suffix(name: str) -> str:
    low = name.lower().strip()
    for suffix in _SUFFIXES:
        if low.endswith(suffix):
            return name.strip()[: -len(suffix)].strip()
    return name.strip()


def load_table(path: Path | None = None) -> tuple[Municipality, ...]:
    """Read the reference CSV (kommunekode, municipality, region, population, ...); the one in use by default.

    Cached per file version, so a user who replaces the CSV with a newer export sees it at once.
    """
    path = path or _active_csv
    try:
        mtime = path.stat().st_mtime
    except OSError as exc:
        raise InputError(f"{path}: cannot read the municipality table ({exc})") from None
    return _load_table(path, mtime)


def names() -> list[str]:
    """Canonical names of all municipalities."""
    return [m.name for m in load_table()]


def _loose(key: str) -> str:
    """A folded key with the keyboard-less spellings merged: "Roedovre", "Rodovre", "Tarnby", "Naestved"."""
    return key.replace("aa", "a").replace("oe", "o").replace("ae", "a").replace("-", " ")


@lru_cache(maxsize=1)
def _lookup() -> dict[str, str]:
    table: dict[str, str] = {}
    for name in names():
        table[_loose(fold(name))] = name  # loosest first, so exact spellings below win any clash
        table[fold(name)] = name
        table[fold(name).replace("-", " ")] = name
    for alias, name in ALIASES.items():
        table[fold(alias)] = name
        table.setdefault(_loose(fold(alias)), name)
    return table


def _find(key: str) -> str | None:
    table = _lookup()
    return table.get(key) or table.get(_loose(key))


def canonical(name: str) -> str | None:
    """The official name for any reasonable spelling, or None when it is not a municipality."""
    if not name or not name.strip():
        return None
    base = _strip_suffix(name)
    key = " ".join(fold(base).split())
    hit = _find(key)
    if hit:
        return hit
    # Danish genitive: "Hernings", "Københavns"
    if key.endswith("s"):
        return _find(key[:-1])
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


# Names that are also everyday Danish words ("vejen" = the road, "tønder" = barrels): only capitalised.
_COMMON_WORD_NAMES = {"vejen", "odder", "skive", "greve", "tønder", "varde"}


@lru_cache(maxsize=1)
def _mention_pattern_any_case() -> re.Pattern[str]:
    return re.compile(_mention_pattern().pattern, re.IGNORECASE)


def find_mentions(text: str, ignore_case: bool = False) -> list[str]:
    """Canonical names of the municipalities a text names, in order of first mention.

    Documents are matched case-sensitively; questions (``ignore_case``) are typed as "herning" too.
    """
    found: list[str] = []
    pattern = _mention_pattern_any_case() if ignore_case else _mention_pattern()
    for match in pattern.finditer(text):
        word = match.group(1)
        if ignore_case and word.islower() and word in _COMMON_WORD_NAMES:
            continue
        canon = canonical(word)
        if canon and canon not in found:
            found.append(canon)
    return found


# --- comparable municipalities -------------------------------------------------------------------


@dataclass(frozen=True)
class Comparable:
    """A municipality similar to the target, with every part of the similarity measure shown.

    ``distance`` is the sum of ``distances``: |ln(population ratio)|, a fixed penalty for another region,
    and |ln(ratio)| for each extra column used. 0 means identical on every criterion used.
    """

    name: str
    code: str
    region: str
    population: int | None
    population_year: int | None
    distance: float
    population_ratio: float | None
    population_band: str | None
    same_region: bool
    distances: dict[str, float] = field(default_factory=dict, compare=False, hash=False)
    extras: dict[str, float] = field(default_factory=dict, compare=False, hash=False)

    @property
    def similarity(self) -> str:
        """One line a user can check: "0.93× population (±10 %, 2023), same region"."""
        parts: list[str] = []
        if self.population_ratio is not None:
            year = f", {self.population_year}" if self.population_year else ""
            parts.append(f"{self.population_ratio:.2f}× population ({self.population_band}{year})")
        parts.append("same region" if self.same_region else f"other region ({self.region})")
        parts += [f"{key} Δ {value:.2f}" for key, value in self.distances.items() if key in EXTRA_COLUMNS]
        return ", ".join(parts)

    def to_dict(self) -> dict[str, object]:
        """JSON-ready, with the similarity line included."""
        return {**asdict(self), "similarity": self.similarity}


def population_band(ratio: float) -> str:
    """A readable band for a population ratio; symmetric, so 0.8× and 1.25× share a band."""
    spread = max(ratio, 1 / ratio) if ratio > 0 else math.inf
    for limit, label in ((1.1, "±10 %"), (1.25, "±25 %"), (1.5, "±50 %"), (2.0, "0.5–2×")):
        if spread <= limit:
            return label
    return "over 2× apart"


def _float(value: int | None) -> float | None:
    return None if value is None else float(value)


def _log_distance(a: float | None, b: float | None) -> float | None:
    if a is None or b is None:
        return None
    if a > 0 and b > 0:
        return abs(math.log(b / a))
    scale = (abs(a) + abs(b)) / 2
    return abs(a - b) / scale if scale else 0.0


def _criteria(by: Sequence[str], table: Sequence[Municipality], use_extras: bool) -> list[str]:
    """Validated criteria; extra columns join automatically when the table has them."""
    present = {key for row in table for key in row.extras}
    chosen: list[str] = []
    for raw in by:
        key = _header_key(raw)
        if key == "extras":
            chosen += sorted(present)
            continue
        if key not in CRITERIA:
            raise InputError(f"by: unknown criterion '{raw}' (use {', '.join(CRITERIA)} or extras)")
        if key in EXTRA_COLUMNS and key not in present:
            raise InputError(f"by: the municipality table has no column for '{key}'")
        chosen.append(key)
    if use_extras:
        chosen += sorted(present)
    if not chosen:
        raise InputError("by: name at least one criterion (population, region)")
    return list(dict.fromkeys(chosen))


def _distances(target: Municipality, other: Municipality, criteria: Sequence[str]) -> dict[str, float]:
    parts: dict[str, float] = {}
    for key in criteria:
        if key == "region":
            parts[key] = 0.0 if other.region == target.region else round(REGION_PENALTY, 4)
            continue
        if key == "population":
            value = _log_distance(_float(target.population), _float(other.population))
        else:
            value = _log_distance(target.extras.get(key), other.extras.get(key))
        parts[key] = MISSING_PENALTY if value is None else round(value, 4)
    return parts


def _target_row(name: str, table: Sequence[Municipality]) -> Municipality:
    canon = resolve(name)
    row = next((m for m in table if m.name == canon), None)
    if row is None:
        raise InputError(f"{canon} is not in the municipality table")
    return row


def comparable(
    name: str,
    n: int = 8,
    by: Sequence[str] = ("population", "region"),
    *,
    path: Path | None = None,
    use_extras: bool = True,
) -> list[Comparable]:
    """The ``n`` municipalities most similar to ``name``, closest first.

    ``by`` names the criteria (population, region, or an extra column); extra columns present in the
    table are added unless ``use_extras`` is False. Ties break on name so results are stable.
    """
    table = load_table(path)
    if not 1 <= n < len(table):
        raise InputError(f"n: use a number from 1 to {len(table) - 1}, not {n}")
    target = _target_row(name, table)
    criteria = _criteria(by, table, use_extras)
    if "population" in criteria and target.population is None:
        raise InputError(f"{target.name} has no population in the table; compare with --by region")
    scored: list[Comparable] = []
    for other in table:
        if other.name == target.name:
            continue
        parts = _distances(target, other, criteria)
        ratio = other.population / target.population if other.population and target.population else None
        scored.append(
            Comparable(
                name=other.name,
                code=other.code,
                region=other.region,
                population=other.population,
                population_year=other.population_year,
                distance=round(sum(parts.values()), 4),
                population_ratio=round(ratio, 3) if ratio is not None else None,
                population_band=population_band(ratio) if ratio is not None else None,
                same_region=other.region == target.region,
                distances=parts,
                extras=dict(other.extras),
            )
        )
    scored.sort(key=lambda c: (c.distance, c.name))
    return scored[:n]
