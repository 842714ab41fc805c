"""Citations as a reader meets them: one entry per document with all its quotes, no internal names.

An answer cites a document once per quote, so a comparison answer can carry twenty markers from three
documents; one panel per document keeps the sources readable. The metadata field ``source`` also holds
notes for the maintainers (seed file names, document ids, "DOMAIN.md"): those stay in the JSON output
and are cut from what the app and the briefing note show. Web addresses the source names become links,
so the original is one click away.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from assistant.models import Citation

# Maintainers' notes inside a source line, cut for readers (the JSON output keeps the full line).
_INTERNAL = (
    re.compile(r"\s*Samlet fra projektets domænenoter \(DOMAIN\.md\)\.?", re.I),
    re.compile(r"Projektets domænenoter \(DOMAIN\.md\);?\s*", re.I),
    re.compile(r";?\s*seed file [\w.-]+", re.I),
    re.compile(r";?\s*(?:via )?dokument(?:erne)? [a-z0-9-]+(?:(?:,| og) [a-z0-9-]+)*\.?", re.I),
    re.compile(r"\s*via\s*$", re.I),
)
_DOMAIN = re.compile(r"\b(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:dk|com|org|net|eu)\b", re.I)


@dataclass
class SourceGroup:
    """One cited document: what a reader needs to judge it, and every quote the answer took from it."""

    doc_id: str  # for keys and the JSON output only, never shown
    title: str
    municipalities: list[str]
    date: dt.date | None
    source_type: str
    source: str
    links: list[str]
    quotes: list[tuple[int, str]] = field(default_factory=list)
    # a background note's paragraph names the source it was compiled from: citation number -> that source
    originals: dict[int, str] = field(default_factory=dict)
    pages: dict[int, int] = field(default_factory=dict)  # citation number -> page of the original file
    sections: dict[int, str] = field(default_factory=dict)  # citation number -> agenda item or heading
    ocr: set[int] = field(default_factory=set)  # citation numbers whose quote is machine-read
    file: str | None = None  # the stored original, to download or open at a page

    @property
    def ids(self) -> list[int]:
        return [number for number, _ in self.quotes]


def public_source(source: str) -> str:
    """The ``source`` line without maintainers' notes; an empty string when nothing else is left."""
    text = source
    for pattern in _INTERNAL:
        text = pattern.sub("", text)
    text = re.sub(r"\s*;\s*(?=[;.]|$)", "", text).strip(" ;,")
    return text if re.search(r"\w", text) else ""


def source_links(source: str) -> list[str]:
    """Web addresses named in a source line, as https links, in order and without repeats."""
    found = [m.group(0).lower() for m in _DOMAIN.finditer(public_source(source))]
    return [f"https://{d}" for d in dict.fromkeys(found)]


def group_citations(citations: Sequence[Citation]) -> list[SourceGroup]:
    """Citations merged per document, in the order of each document's first marker."""
    groups: dict[str, SourceGroup] = {}
    for cit in citations:
        group = groups.get(cit.doc_id)
        if group is None:
            group = groups[cit.doc_id] = SourceGroup(
                doc_id=cit.doc_id,
                title=cit.title,
                municipalities=[],
                date=cit.date,
                source_type=cit.source_type,
                source=public_source(cit.source),
                links=source_links(cit.source),
            )
        if cit.municipality and cit.municipality not in group.municipalities:
            group.municipalities.append(cit.municipality)
        group.quotes.append((cit.id, cit.quote))
        if cit.original_source:
            group.originals[cit.id] = cit.original_source + (f" ({cit.url})" if cit.url else "")
        if cit.page:
            group.pages[cit.id] = cit.page
        if cit.section:
            group.sections[cit.id] = cit.section
        if cit.ocr:
            group.ocr.add(cit.id)
        group.file = group.file or cit.file
    return list(groups.values())


def panel_of(groups: Sequence[SourceGroup]) -> dict[int, int]:
    """Citation number -> position of its document's panel (1-based), for links from ``[n]`` markers."""
    return {number: i + 1 for i, group in enumerate(groups) for number in group.ids}
