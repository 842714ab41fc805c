"""The data that crosses module seams. The JSON the CLI prints is these models serialised."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

SourceType = Literal[
    "official_decision",
    "official_plan",
    "press_release",
    "news",
    "blog_opinion",
    "internal_email",
    "guidance",
]
Language = Literal["da", "en"]
# How an answer is written: quoted from the sources, or phrased by an LLM from them (then verified).
AnswerMode = Literal["extractive", "llm"]


class DocumentMeta(BaseModel):
    """Front matter of a knowledge document (or metadata given on the command line)."""

    id: str
    title: str
    municipality: str | None = None
    municipalities: list[str] = Field(default_factory=list)
    date: dt.date | None = None
    source_type: SourceType = "news"
    source: str = ""
    language: Language = "da"
    notes: str | None = None

    def all_municipalities(self) -> list[str]:
        """The single municipality and the list, merged, order kept."""
        names = ([self.municipality] if self.municipality else []) + list(self.municipalities)
        return list(dict.fromkeys(names))


class Fact(BaseModel):
    """One paragraph of a background note with the source it was compiled from.

    The background notes in ``knowledge/guidance`` are the project's own summaries; what a reader must
    see is the original source of each paragraph (DS, KORA, a seed document), not the note. ``start`` and
    ``end`` are offsets into ``Document.text``; ``date`` is as precise as the source is ("2020",
    "2020-04", "2015-05-15"); ``by`` is the short name a citation shows.
    """

    start: int
    end: int
    source: str
    by: str = ""
    date: str = ""
    url: str | None = None

    @property
    def year(self) -> int | None:
        """The year of the source, when known."""
        head = self.date[:4]
        return int(head) if head.isdigit() else None

    def cite_as(self) -> str:
        """ "Dansk Socialrådgiverforening, 2020": the name and year a citation shows."""
        name = self.by or self.source
        return f"{name}, {self.year}" if self.year else name


class PageMark(BaseModel):
    """Where a page of the original file starts in ``Document.text``; ``ocr`` when its text is machine-read."""

    start: int
    page: int
    ocr: bool = False


class Section(BaseModel):
    """A heading of the original (an agenda item, a numbered or styled heading) and where it starts."""

    start: int
    title: str


class Document(BaseModel):
    """A parsed document: metadata plus the cleaned body that quotes and offsets refer to.

    ``facts`` is empty except for background notes, whose paragraphs each name their own source.
    ``pages`` is empty for formats without pages; ``skipped_pages`` are pages with no text layer that
    OCR could not read (off, or tesseract missing). ``original`` is the stored copy of the file under the
    data directory (never for a file whose personal data was masked); ``source_key`` identifies the
    file's bytes and reading options, so a bulk run can tell an unchanged file without reading it again.
    """

    meta: DocumentMeta
    text: str
    content_hash: str
    path: str | None = None
    facts: list[Fact] = Field(default_factory=list)
    pages: list[PageMark] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    skipped_pages: list[int] = Field(default_factory=list)
    original: str | None = None
    source_key: str | None = None
    masked: int = 0  # personal data values masked in the text (then no original is stored)

    def fact_at(self, offset: int) -> Fact | None:
        """The fact whose paragraph holds ``offset`` (None outside every fact)."""
        return next((f for f in self.facts if f.start <= offset < f.end), None)

    def page_at(self, offset: int) -> PageMark | None:
        """The page that holds ``offset``; None for formats without pages."""
        found: PageMark | None = None
        for mark in self.pages:
            if mark.start > offset:
                break
            found = mark
        return found

    def section_at(self, offset: int) -> str:
        """Title of the section that holds ``offset`` ("" before the first heading, or without headings)."""
        title = ""
        for sec in self.sections:
            if sec.start > offset:
                break
            title = sec.title
        return title

    @property
    def ocr_pages(self) -> list[int]:
        return [m.page for m in self.pages if m.ocr]


class Chunk(BaseModel):
    """A retrievable span of a document; ``text == document.text[start:end]`` always holds."""

    chunk_id: str
    doc_id: str
    text: str
    start: int
    end: int
    municipalities: list[str] = Field(default_factory=list)
    title: str = ""
    date: dt.date | None = None
    source_type: SourceType = "news"
    page_start: int | None = None
    page_end: int | None = None
    ocr: bool = False
    section: str = ""

    @property
    def municipality(self) -> str | None:
        return self.municipalities[0] if self.municipalities else None

    def header(self) -> str:
        """The chunk's contextual header: the document title, and the section (agenda item) it sits in."""
        return f"{self.title} — {self.section}" if self.section else self.title

    def embedding_text(self) -> str:
        """Contextual chunk header: title, section and municipality help a chunk that never names them."""
        where = ", ".join(self.municipalities) if self.municipalities else "Danmark"
        return f"{self.header()} ({where})\n{self.text}"


class Hit(BaseModel):
    """One retrieved chunk with the evidence behind its rank."""

    chunk: Chunk
    score: float
    rank: int = 0
    dense_score: float | None = None
    lexical_score: float | None = None
    dense_rank: int | None = None
    lexical_rank: int | None = None


class Citation(BaseModel):
    """What a ``[n]`` marker in an answer resolves to: a verbatim quote and where it comes from."""

    id: int
    doc_id: str
    title: str
    municipality: str | None
    date: dt.date | None
    source_type: SourceType
    quote: str
    source: str
    original: str | None = None  # a background note's paragraph: its source, "Dansk Socialrådgiverforening, 2020"
    original_source: str | None = None  # that source in full, as the note names it
    url: str | None = None
    page: int | None = None  # page of the original file the quote starts on (PDFs)
    ocr: bool = False  # the quote is machine-read (OCR of a scanned page)
    section: str | None = None  # the agenda item or heading the quote sits under
    file: str | None = None  # the stored original file, to open or download


class Passage(BaseModel):
    """A retrieved chunk as shown in ``ask --json``."""

    rank: int
    doc_id: str
    chunk_id: str
    municipality: str | None
    text: str
    score: float
    page_start: int | None = None  # the pages of the original file the passage spans (PDFs)
    page_end: int | None = None


class CalcInput(BaseModel):
    """One calculator input, its unit and where it came from.

    In an answer a sourced input names its numbered ``citation``; outside one (``assistant calc``, the
    Kalkulator page) a preset's value names its document and quote instead. ``unit`` is "kr", "pct" or
    "n" (a count), as in ``AskedQuantity``.
    """

    value: float
    origin: Literal["question", "earlier", "source", "assumption", "user"]
    citation: int | None = None
    label: str = ""
    unit: str = ""
    doc_id: str | None = None
    quote: str | None = None


class AskedQuantity(BaseModel):
    """One quantity the question asked for, as answered: the value and the working behind it.

    ``value`` is None when an input was missing (``missing`` names it) so the JSON still lists every
    asked quantity in the order asked. ``reading`` names the reading of an ambiguous question the value
    belongs to ("" when the question was read one way only): a stable key ("a", "low") for programs, with
    ``reading_title`` its name in the answer's language ("Læsning 1 (…)", "Ved 20") for people.
    """

    name: str
    label: str
    value: float | None
    unit: str
    formula: str = ""
    inputs: dict[str, float] = Field(default_factory=dict)
    steps: list[str] = Field(default_factory=list)
    reading: str = ""
    reading_title: str = ""
    missing: list[str] = Field(default_factory=list)


class Calculation(BaseModel):
    """A calculation, in an answer (``ask --json``) or on its own (``calc --json``, the Kalkulator page);
    every output is computed by ``calc``, never by an LLM.

    ``reading`` is the one-line restatement of how the question's numbers were read, so a misread role
    is visible before any result; ``asked`` lists every asked quantity in the order the question asks.
    ``rows`` holds a table computed for several values at once (the scenario per target caseload).
    """

    kind: str
    inputs: dict[str, CalcInput]
    outputs: dict[str, float]
    formula: str
    notes: list[str] = Field(default_factory=list)
    reading: str = ""
    asked: list[AskedQuantity] = Field(default_factory=list)
    ambiguous: list[str] = Field(default_factory=list)
    rows: list[dict[str, int | float | None]] = Field(default_factory=list)


class Verification(BaseModel):
    """What the LLM answer verifier found; empty lists and no fallback mean the answer passed."""

    unsupported_numbers: list[str] = Field(default_factory=list)
    uncited_sentences: list[str] = Field(default_factory=list)
    unknown_municipalities: list[str] = Field(default_factory=list)
    fallback: bool = False
    reason: str | None = None


class SourcedValue(BaseModel):
    """One value of a disputed quantity as a source gives it, with the citation of its verbatim quote."""

    value: str
    by: str
    citation: int


class Disagreement(BaseModel):
    """Sources that give different values for the same quantity: all shown, none preferred or averaged."""

    quantity: str
    values: list[SourcedValue]


class Answer(BaseModel):
    """The single object ``assistant ask --json`` prints."""

    question: str
    answer: str
    abstained: bool
    language: Language
    mode: AnswerMode = "extractive"
    citations: list[Citation] = Field(default_factory=list)
    passages: list[Passage] = Field(default_factory=list)
    calculation: Calculation | None = None
    timings_ms: dict[str, float] = Field(default_factory=dict)
    verification: Verification | None = None
    notice: str | None = None
    disagreements: list[Disagreement] = Field(default_factory=list)


class Filters(BaseModel):
    """Metadata filters for retrieval; empty means no filter."""

    municipalities: list[str] = Field(default_factory=list)
    year_from: int | None = None
    year_to: int | None = None
    source_types: list[str] = Field(default_factory=list)

    def is_empty(self) -> bool:
        return not (self.municipalities or self.year_from or self.year_to or self.source_types)
