"""The precedent register: what municipalities did, each claim backed by a verbatim quote.

``knowledge/precedents.yaml`` is curated by hand, one record per measure a document describes. This
module loads and checks it, derives topics from each record's own words (so tags cannot drift from
the text), lays out a timeline per municipality, ranks records with the user's comparable
municipalities first, and writes the comparison answer chat uses (register plus retrieved passages;
a passage that disagrees with the register is shown beside it, never merged into it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from assistant import municipalities
from assistant.answers import comparison_text as ct
from assistant.config import Settings
from assistant.errors import ConfigError, InputError
from assistant.models import Document, Language, SourceType

if TYPE_CHECKING:
    from assistant.municipalities import Comparable

Status = Literal["result_documented", "implemented", "planned", "named_only"]
STATUS_ORDER: dict[str, int] = {"result_documented": 0, "implemented": 1, "planned": 2, "named_only": 3}

# Topic -> word stems (folded: æ->ae, ø->o, å->aa) found in a record's measure/area or in a question.
_TOPIC_STEMS = {
    "caseload": "sagstal|sagsantal|antal sager|antallet af sager|sager pr|faerre sager|sagsstamme|caseload|"
    "cases per|number of cases|svensk model|svenske model|sverigesmodel|swedish model|"
    "samme tilgang|same approach",  # in the knowledge base "the same approach" is Herning's lower caseloads
    "prevention": "forebyg|prevent|tidlig indsats|tidlige indsatser|early intervention",
    "recovery": "genopret|recovery|task force|taskforce",
    "hiring": "ansaet|ansat|flere socialraadgivere|dobbelt saa mange socialraadgivere|bemanning|rekrutt|hire|"
    "hiring|more social workers|as many social workers|staffing|recruit",
    "budget": "budget|bespar|spare|omkostning|okonomi|effektivis|afskedig|saving|cost|lay-off|financ",
    "quality": "sagsbehandling|kompetence|kvalitet|jura|case handling|quality|training",
    "placements": "anbring|placement|hjemtag",
}
TOPICS: dict[str, tuple[str, ...]] = {topic: tuple(stems.split("|")) for topic, stems in _TOPIC_STEMS.items()}
TOPIC_ALIASES = {
    "sagstal": "caseload", "caseloads": "caseload", "forebyggelse": "prevention",
    "forebyggende": "prevention", "genopretning": "recovery", "genopretningsplan": "recovery",
    "ansaettelse": "hiring", "ansaettelser": "hiring", "okonomi": "budget", "besparelser": "budget",
    "kvalitet": "quality", "anbringelser": "placements",
}  # fmt: skip


def topics_in(text: str) -> tuple[str, ...]:
    """The topics whose stems occur in ``text``, in the fixed order of ``TOPICS``."""
    folded = municipalities.fold(text)
    return tuple(topic for topic, stems in TOPICS.items() if any(stem in folded for stem in stems))


def resolve_topic(name: str) -> str:
    """A topic key for "caseload", "sagstal", "Forebyggelse", ...; InputError listing the topics otherwise."""
    key = municipalities.fold(name).strip()
    if key in TOPICS:
        return key
    if key in TOPIC_ALIASES:
        return TOPIC_ALIASES[key]
    found = topics_in(key)
    if len(found) == 1:
        return found[0]
    raise InputError(f"topic: unknown topic '{name}' (use one of: {', '.join(TOPICS)})")


class QuoteRef(BaseModel):
    """Another place in the knowledge base that states the same figure (a quote that should trigger it)."""

    model_config = ConfigDict(extra="forbid")

    doc_id: str
    quote: str = Field(min_length=3)


class Figure(BaseModel):
    """A key figure of a precedent with the verbatim quote it comes from.

    ``conflicts`` lists other sourced values for the same quantity (each with its own ``by``, ``doc_id``
    and quote): an answer that cites any of them shows all of them side by side (``assistant.answers.conflicts``).
    ``by`` names who gives the figure; ``same`` lists other quotes that state this very figure.
    """

    model_config = ConfigDict(extra="forbid")

    label: str
    label_en: str
    value: float
    value_to: float | None = None
    unit: str
    unit_en: str
    quote: str = Field(min_length=3)
    doc_id: str | None = None
    by: str | None = None
    quantity: str | None = None
    quantity_en: str | None = None
    same: list[QuoteRef] = Field(default_factory=list)
    conflicts: list[Figure] = Field(default_factory=list)
    cues: list[str] = Field(default_factory=list)  # word stems of a question about this quantity ("spar")

    @property
    def kind(self) -> str:
        return ct.unit_kind(self.unit)

    def matches(self, kind: str, value: float) -> bool:
        """Whether a passage's figure (``kind``, ``value`` in base units) states this same figure."""
        scale = ct.unit_scale(self.unit)
        high = None if self.value_to is None else self.value_to * scale
        return kind == self.kind and ct.agrees(value, self.value * scale, high)

    def display(self, language: Language) -> str:
        """ "24 sager pr. socialrådgiver (sager pr. socialrådgiver efter)" in the answer's language."""
        unit, label = (self.unit, self.label) if language == "da" else (self.unit_en, self.label_en)
        value = ct.format_value(self.value, self.value_to, language)
        return f"{value}{'' if unit == '%' and language == 'en' else ' '}{unit} ({label})"


class Precedent(BaseModel):
    """One documented measure of one municipality."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    municipality: str
    year: int = Field(ge=1970, le=2100)
    period: str
    period_en: str | None = None
    measure: str
    measure_en: str
    area: str
    area_en: str
    outcome: str
    outcome_en: str
    status: Status
    quote: str = Field(min_length=3)
    outcome_quote: str | None = None
    figures: list[Figure] = Field(default_factory=list)
    doc_id: str
    source_type: SourceType
    notes: str | None = None

    @field_validator("municipality")
    @classmethod
    def _canonical(cls, value: str) -> str:
        canon = municipalities.canonical(value)
        if canon is None:
            hints = municipalities.suggest(value)
            raise ValueError(
                f"unknown municipality '{value}'" + (f" (did you mean {hints[0]}?)" if hints else "")
            )
        return canon

    @property
    def topics(self) -> tuple[str, ...]:
        return topics_in(" ".join((self.measure, self.measure_en, self.area, self.area_en)))

    @property
    def documented(self) -> bool:
        """False when the municipality is only named, with no measure or figure of its own."""
        return self.status != "named_only"

    def say(self, name: Literal["measure", "area", "outcome", "period"], language: Language) -> str:
        if name == "period":
            return self.period if language == "da" else self.period_en or self.period
        return str(getattr(self, name if language == "da" else f"{name}_en"))

    def quotes(self) -> list[tuple[str, str]]:
        """Every (doc_id, quote) this record relies on."""
        pairs = [(self.doc_id, self.quote)]
        if self.outcome_quote:
            pairs.append((self.doc_id, self.outcome_quote))
        for fig in self.figures:
            pairs.append((fig.doc_id or self.doc_id, fig.quote))
            pairs += [(ref.doc_id, ref.quote) for ref in fig.same]
            pairs += [(other.doc_id or self.doc_id, other.quote) for other in fig.conflicts]
        return pairs


def load_register(path: Path) -> tuple[Precedent, ...]:
    """The validated register; cached per file version so an edited file is read again.

    The path comes from ``Settings.register_path``, never a default: a deployment with its own
    knowledge folder must get its own register everywhere, answers included.
    """
    try:
        mtime = path.stat().st_mtime
    except OSError:
        raise ConfigError(f"{path}: the precedent register does not exist") from None
    return _load(path, mtime)


def _errors(exc: ValidationError) -> str:
    return "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())


@lru_cache(maxsize=4)
def _load(path: Path, mtime: float) -> tuple[Precedent, ...]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(
            f"{path}: cannot read the precedent register ({str(exc).splitlines()[0]})"
        ) from None
    if data is None:
        return ()
    if not isinstance(data, list):
        raise ConfigError(f"{path}: the precedent register must be a list of records")
    records: list[Precedent] = []
    for number, raw in enumerate(data, 1):
        ident = raw.get("id") if isinstance(raw, dict) else None
        try:
            records.append(Precedent.model_validate(raw))
        except ValidationError as exc:
            raise ConfigError(f"{path}: record {number} ({ident or 'no id'}): {_errors(exc)}") from None
    seen: set[str] = set()
    for record in records:
        if record.id in seen:
            raise ConfigError(f"{path}: duplicate record id '{record.id}'")
        seen.add(record.id)
    return tuple(records)


def knowledge_documents(settings: Settings) -> dict[str, Document]:
    """The knowledge documents by id, parsed exactly as ingest parses them (quotes refer to this text)."""
    from assistant.ingest.read import read_document  # heavy parsers; only needed to check the register

    docs: dict[str, Document] = {}
    for folder in (settings.documents_dir, settings.guidance_dir):
        for path in sorted(folder.glob("*.md")) if folder.is_dir() else []:
            doc = read_document(path, max_mb=settings.max_file_mb)
            docs[doc.meta.id] = doc
    return docs


def _digits(text: str) -> set[str]:
    return set(re.findall(r"\d+", text))


def check_register(records: Iterable[Precedent], docs: Mapping[str, Document]) -> list[str]:
    """Problems that would put words in a source's mouth; empty when every claim is backed verbatim."""
    problems: list[str] = []
    for rec in records:
        for doc_id, quote in rec.quotes():
            doc = docs.get(doc_id)
            if doc is None:
                problems.append(f"{rec.id}: unknown document '{doc_id}'")
            elif quote not in doc.text:
                problems.append(f"{rec.id}: quote not verbatim in {doc_id}: {quote[:60]!r}")
        doc = docs.get(rec.doc_id)
        if doc is not None:
            if doc.meta.source_type != rec.source_type:
                problems.append(
                    f"{rec.id}: source_type {rec.source_type} but {rec.doc_id} is {doc.meta.source_type}"
                )
            if rec.municipality not in doc.meta.all_municipalities():
                problems.append(f"{rec.id}: {rec.doc_id} is not about {rec.municipality}")
        for name, backing in (("measure", rec.quote), ("outcome", rec.outcome_quote or rec.quote)):
            for lang in ("da", "en"):
                extra = _digits(rec.say(name, lang)) - _digits(backing)  # type: ignore[arg-type]
                if extra:
                    problems.append(
                        f"{rec.id}: {name} ({lang}) has numbers not in its quote: {sorted(extra)}"
                    )
    return problems


def filter_records(
    records: Iterable[Precedent], municipality: str | None = None, topic: str | None = None
) -> list[Precedent]:
    """Records of one municipality and/or one topic (any spelling of either)."""
    canon = municipalities.resolve(municipality) if municipality else None
    key = resolve_topic(topic) if topic else None
    return [
        r for r in records if (canon is None or r.municipality == canon) and (key is None or key in r.topics)
    ]


def timeline(records: Iterable[Precedent]) -> dict[str, list[Precedent]]:
    """Records per municipality in time order: Odense 2015 (closing cases) before Odense 2019."""
    grouped: dict[str, list[Precedent]] = {}
    for rec in sorted(records, key=lambda r: (municipalities.fold(r.municipality), r.year, r.id)):
        grouped.setdefault(rec.municipality, []).append(rec)
    return grouped


def rank(records: Iterable[Precedent], my: str | None, comparables: Sequence[str] = ()) -> list[Precedent]:
    """My municipality, then its comparables by similarity, then the rest (those with results first).

    A municipality's records stay together, in time order, so each block reads as its timeline.
    """
    pool = list(records)
    order = {name: i for i, name in enumerate(comparables)}
    best: dict[str, int] = {}
    for r in pool:
        best[r.municipality] = min(best.get(r.municipality, 9), STATUS_ORDER[r.status])

    def key(r: Precedent) -> tuple[int, int, int, str, int, int, str]:
        name = r.municipality
        group = 0 if name == my else 1 if name in order else 2
        return (
            group,
            order.get(name, 0),
            best[name],
            municipalities.fold(name),
            r.year,
            STATUS_ORDER[r.status],
            r.id,
        )

    return sorted(pool, key=key)


def comparable_precedents(
    name: str,
    records: Sequence[Precedent],
    n: int = 8,
    by: Sequence[str] = ("population", "region"),
    csv: Path | None = None,
) -> list[tuple[Comparable, list[Precedent]]]:
    """Comparable municipalities, each with its precedents (empty when none is documented)."""
    found = municipalities.comparable(name, n=n, by=by, path=csv)
    return [(c, [r for r in records if r.municipality == c.name]) for c in found]


# --- the comparison answer in chat ----------------------------------------------------------------

_COMPARISON = re.compile(
    r"\b(hvilke (andre )?kommuner|andre kommuner|sammenlign\w*|lignende kommuner|kommuner,? (som|der) "
    r"(ligner|har)|præcedens\w*|erfaringer? fra|hvem har (prøvet|gjort|forsøgt)|tidslinje|"
    r"which (other )?municipalities|other municipalities|comparable|compare\w*|similar municipalities|"
    r"precedents?|who has tried|municipalities (that|which) have|timeline)\b",
    re.I,
)
_MY_CUE = re.compile(
    r"\b(ligner|sammenlignelige? med|på størrelse med|comparable to|similar to|like|vi er|we are|"
    r"jeg er fra|vi kommer fra|min kommune|vores kommune|my municipality|our municipality)\b[\s,:]*",
    re.I,
)


# "Which municipalities ... like Herning?" asks for a list: a name in it is a reference point, not a filter.
LISTING = re.compile(
    r"\b(hvilke (andre )?kommuner|andre kommuner|which (other )?municipalities|other municipalities)\b", re.I
)


@dataclass
class ComparisonAnswer:
    """What chat shows for "what did other municipalities do": summary, table rows, who is in it."""

    text: str
    rows: list[dict[str, object]]
    municipalities: list[str]


def is_comparison_question(question: str) -> bool:
    """Questions about what several or comparable municipalities did, or a municipality over time."""
    return bool(_COMPARISON.search(question)) or len(municipalities.find_mentions(question)) >= 2


def my_municipality_in(question: str) -> str | None:
    """ "kommuner, der ligner Rødovre" / "we are Rødovre": the user's own municipality, if named as such."""
    for cue in _MY_CUE.finditer(question):
        found = municipalities.find_mentions(question[cue.end() : cue.end() + 40])
        if found:
            return found[0]
    return None


def select(records: Iterable[Precedent], topics: Sequence[str], named: Sequence[str]) -> list[Precedent]:
    """Records on the question's topics and about the municipalities it names (all, when it names none)."""
    pool = [r for r in records if not named or r.municipality in named]
    on_topic = [r for r in pool if not topics or set(topics) & set(r.topics)]
    return on_topic or (pool if named else [])
