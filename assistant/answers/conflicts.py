"""Sources that disagree: every sourced value for the same quantity, side by side, never averaged.

Why: Herning's savings are 4,4 mio. kr. (DR), 3,7 mio. kr. (KORA's mid-term evaluation) and 6,7 mio. kr.
net (KORA's final evaluation). An answer that quotes one of them reads as settled when it is not, and an
average would be a number no source wrote. So when an answer cites a figure that the precedent register
lists with ``conflicts``, the answer gains a short block naming every value with its source and a
citation of its verbatim quote, and ``Answer.disagreements`` carries the same for ``--json`` and the
briefing note.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from assistant.answers.citations import CitationBook
from assistant.answers.precedents import Figure, Precedent
from assistant.models import Citation, Disagreement, Language, SourcedValue

HEAD = {
    "da": "Kilderne giver forskellige tal for {quantity}. Alle vises side om side; de er ikke lagt sammen "
    "eller gennemsnitlige, og ingen af dem er foretrukket:",
    "en": "The sources give different figures for {quantity}. All are shown side by side; they are not "
    "added up or averaged, and none is preferred:",
}


@dataclass(frozen=True)
class Claim:
    """One sourced value: the figure, who gives it, and the verbatim quote that states it."""

    figure: Figure
    by: str
    doc_id: str
    quote: str


@dataclass(frozen=True)
class ConflictGroup:
    """Every sourced value for one quantity, and the quotes whose citation should show them all."""

    municipality: str
    quantity: str
    quantity_en: str
    claims: tuple[Claim, ...]
    triggers: tuple[tuple[str, str], ...]  # (doc_id, quote)
    cues: tuple[str, ...] = ()

    def asked_in(self, question: str, named: Sequence[str]) -> bool:
        """A question that names the municipality and asks about the quantity ("Hvad sparede Herning?")."""
        words = re.findall(r"\w+", question.lower())
        return self.municipality in named and any(w.startswith(c) for w in words for c in self.cues)

    def name(self, language: Language) -> str:
        return self.quantity if language == "da" else self.quantity_en


def conflict_groups(records: Iterable[Precedent]) -> list[ConflictGroup]:
    """One group per register figure that lists other sourced values for its quantity."""
    groups: list[ConflictGroup] = []
    for rec in records:
        for fig in rec.figures:
            if not fig.conflicts:
                continue
            first = Claim(fig, fig.by or rec.doc_id, fig.doc_id or rec.doc_id, fig.quote)
            others = [Claim(o, o.by or o.doc_id or rec.doc_id, o.doc_id or rec.doc_id, o.quote) for o in fig.conflicts]
            claims = (first, *others)
            triggers = [(c.doc_id, c.quote) for c in claims] + [(r.doc_id, r.quote) for r in fig.same]
            groups.append(
                ConflictGroup(
                    municipality=rec.municipality,
                    quantity=fig.quantity or f"{rec.municipality}: {fig.label}",
                    quantity_en=fig.quantity_en or f"{rec.municipality}: {fig.label_en}",
                    claims=claims,
                    triggers=tuple(triggers),
                    cues=tuple(c.lower() for c in fig.cues),
                )
            )
    return groups


def _cites(citation: Citation, doc_id: str, quote: str) -> bool:
    """A citation of the same passage: the same document, and one quote inside the other."""
    if citation.doc_id != doc_id:
        return False
    cited, wanted = " ".join(citation.quote.split()), " ".join(quote.split())
    return wanted in cited or cited in wanted


def triggered(
    groups: Sequence[ConflictGroup], citations: Sequence[Citation], question: str = "", named: Sequence[str] = ()
) -> list[ConflictGroup]:
    """The groups one of whose values the answer already cites, or that the question asks about."""
    return [
        g
        for g in groups
        if any(_cites(c, d, q) for c in citations for d, q in g.triggers) or g.asked_in(question, named)
    ]


def _citation_of(book: CitationBook, claim: Claim) -> int | None:
    """The number of a citation the answer already has whose quote holds the claim's quote."""
    wanted = " ".join(claim.quote.split())
    return next(
        (c.id for c in book.citations if c.doc_id == claim.doc_id and wanted in " ".join(c.quote.split())), None
    )


def show_disagreements(
    groups: Sequence[ConflictGroup],
    book: CitationBook,
    language: Language,
    question: str = "",
    named: Sequence[str] = (),
) -> tuple[str, list[Disagreement]]:
    """The block an answer gains (empty when nothing it cites or asks about is disputed) and the same as data.

    Every value is cited with its own verbatim quote, so the block holds no number a source did not write.
    """
    chosen = triggered(groups, book.citations, question, named)
    lines: list[str] = []
    found: list[Disagreement] = []
    for group in chosen:
        values: list[SourcedValue] = []
        # A claim whose document is not in this index cannot be cited, so it is not shown.
        claims = [c for c in group.claims if c.doc_id in book.docs and c.quote in book.docs[c.doc_id].text]
        if len(claims) < 2:
            continue
        for claim in claims:
            number = _citation_of(book, claim) or book.cite(claim.doc_id, claim.quote, municipality=group.municipality)
            values.append(SourcedValue(value=claim.figure.display(language), by=claim.by, citation=number))
        found.append(Disagreement(quantity=group.name(language), values=values))
        lines.append(HEAD[language].format(quantity=group.name(language)))
        lines += [f"- {v.value} — {v.by} [{v.citation}]" for v in values]
    return "\n".join(lines), found
