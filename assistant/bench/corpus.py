"""A synthetic Danish corpus for benchmarks, grown from the seed documents with a fixed random seed.

Why not random words: BM25 posting lists, the chunker's sentence rules and the embedding distribution
all depend on real Danish prose. So every synthetic document is a shuffle of real seed paragraphs in
which municipality names, years, dates and numbers are replaced (Danish formats kept: "4,4 mio.",
"1.160.000 kr.", "27. juni"), under a title and front matter like a real municipal document.
The same seed and size always give the same corpus, so two benchmark runs measure the same work.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from assistant import municipalities
from assistant.config import PROJECT_ROOT, SOURCE_TYPES
from assistant.ingest.read import split_front_matter
from assistant.text import DANISH_MONTHS

# The five seed documents plus the guidance notes, whose figures bring Danish thousands ("470.000 kr.").
SEED_DIRS = (PROJECT_ROOT / "knowledge" / "documents", PROJECT_ROOT / "knowledge" / "guidance")
DEFAULT_SEED = 20240531
MONTHS = DANISH_MONTHS
TITLES = (
    "Notat om sagstal i {m} Kommune {y}",
    "{m} Kommune: status på genopretningsplanen for børneområdet {y}",
    "Budgetopfølgning for udsatte børn og unge i {m} {y}",
    "Evaluering af forebyggende indsatser i {m} Kommune",
    "Referat fra Børne- og Familieudvalget i {m}, {y}",
    "{m} ansætter flere socialrådgivere ({y})",
)
_DATE = re.compile(r"\b(\d{1,2})\. (" + "|".join(MONTHS) + r")( \d{4})?\b")
_YEAR = re.compile(r"\b(20[0-2]\d)\b")
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:\.\d{3})+|\d+,\d+|\d+)(?![\w])")


@dataclass(frozen=True)
class SyntheticDoc:
    """One generated document: front matter fields plus the body."""

    doc_id: str
    title: str
    municipality: str
    date: dt.date
    source_type: str
    body: str

    def markdown(self) -> str:
        """The document as a knowledge file (YAML front matter + body), as a user would ingest it."""
        meta = {
            "id": self.doc_id,
            "title": self.title,
            "municipality": self.municipality,
            "date": self.date.isoformat(),
            "source_type": self.source_type,
            "source": "synthetic benchmark corpus (assistant.bench.corpus)",
            "language": "da",
        }
        front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
        return f"---\n{front}---\n\n{self.body}\n"


def seed_paragraphs(seed_dirs: tuple[Path, ...] = SEED_DIRS) -> list[str]:
    """Paragraphs of the knowledge documents' bodies long enough to carry content (headings dropped)."""
    paras: list[str] = []
    for path in sorted(p for folder in seed_dirs for p in folder.glob("*.md")):
        _, body = split_front_matter(path.read_text(encoding="utf-8"), path.name)
        paras.extend(p.strip() for p in re.split(r"\n\s*\n", body) if len(p.strip()) >= 80)
    if not paras:
        raise FileNotFoundError(f"no seed paragraphs under {', '.join(map(str, seed_dirs))}")
    return paras


def _vary_number(token: str, rng: random.Random) -> str:
    """A new number in the same written format: thousands with dots, decimals with a comma."""
    if "." in token:  # Danish thousands: 1.160.000
        value = int(token.replace(".", ""))
        new = max(1000, int(value * rng.uniform(0.5, 1.6)))
        return f"{new:,}".replace(",", ".")
    if "," in token:  # Danish decimal: 4,4
        whole, frac = token.split(",")
        scaled = float(f"{whole}.{frac}") * rng.uniform(0.5, 1.6)
        return f"{scaled:.{len(frac)}f}".replace(".", ",")
    value = int(token)
    if value == 0:
        return token
    return str(max(1, round(value * rng.uniform(0.5, 1.6))))


@lru_cache(maxsize=1)
def _names_pattern() -> re.Pattern[str]:
    alternatives = "|".join(re.escape(n) for n in sorted(municipalities.names(), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


def vary(text: str, municipality: str, year: int, rng: random.Random) -> str:
    """Replace municipality names, dates, years and numbers; everything else stays verbatim."""
    names = municipalities.names()

    def muni(match: re.Match[str]) -> str:
        return municipality if rng.random() < 0.7 else rng.choice(names)

    def date(match: re.Match[str]) -> str:
        tail = f" {year + rng.randint(-1, 1)}" if match.group(3) else ""
        return f"{rng.randint(1, 28)}. {rng.choice(MONTHS)}{tail}"

    def year_sub(match: re.Match[str]) -> str:
        return str(year + rng.randint(-2, 1))

    def number(match: re.Match[str]) -> str:
        token = match.group(0)
        return token if _YEAR.fullmatch(token) else _vary_number(token, rng)

    text = _names_pattern().sub(muni, text)
    text = _NUMBER.sub(number, text)  # before dates, so a date's day is written once, by ``date``
    text = _DATE.sub(date, text)
    return _YEAR.sub(year_sub, text)


def generate(seed: int = DEFAULT_SEED, paragraphs: list[str] | None = None) -> Iterator[SyntheticDoc]:
    """An endless, deterministic stream of synthetic documents."""
    rng = random.Random(seed)
    pool = paragraphs or seed_paragraphs()
    names = municipalities.names()
    n = 0
    while True:
        n += 1
        municipality = rng.choice(names)
        year = rng.randint(2014, 2024)
        date = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
        title = rng.choice(TITLES).format(m=municipality, y=year)
        picked = rng.sample(pool, k=min(len(pool), rng.randint(3, 9)))
        body = "\n\n".join([title, *(vary(p, municipality, year, rng) for p in picked)])
        yield SyntheticDoc(f"syn-{n:06d}", title, municipality, date, rng.choice(SOURCE_TYPES), body)


def write_corpus(folder: Path, chunks: int, chunk_chars: int = 700, seed: int = DEFAULT_SEED) -> int:
    """Write synthetic ``.md`` files until they make ``chunks`` chunks; returns the number of documents.

    Counted with the real chunker on the raw body; cleaning at ingest can shift the final count a little,
    which is why the benchmark reports the count the index actually holds.
    """
    from assistant.ingest.chunking import chunk_spans

    folder.mkdir(parents=True, exist_ok=True)
    total, docs = 0, 0
    for doc in generate(seed):
        if total >= chunks:
            break
        (folder / f"{doc.doc_id}.md").write_text(doc.markdown(), encoding="utf-8")
        total += len(chunk_spans(doc.body, max_chars=chunk_chars))
        docs += 1
    return docs
