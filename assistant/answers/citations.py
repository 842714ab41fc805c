"""Citation bookkeeping: every ``[n]`` in an answer resolves to a verbatim quote of a document."""

from __future__ import annotations

from assistant.errors import AssistantError
from assistant.i18n import source_label
from assistant.models import Citation, Document, Language


def source_kind(cit: Citation, lang: Language) -> str:
    """How a citation names its source: a background note's paragraph names its original source first.

    "DR P1 Orientering, 2015; baggrundsnote (sammenfattet af projektet)": the reader sees who said it and
    that the words are the project's summary, never an official "vejledning".
    """
    kind = source_label(cit.source_type, lang)
    return f"{cit.original}; {kind}" if cit.original else kind


class CitationBook:
    """Numbers citations in the order they are first used and refuses quotes that are not verbatim."""

    def __init__(self, docs: dict[str, Document]) -> None:
        self._docs = docs
        self._keys: dict[tuple[str, str], int] = {}
        self.citations: list[Citation] = []

    @classmethod
    def resume(cls, docs: dict[str, Document], citations: list[Citation]) -> CitationBook:
        """A book that goes on from citations made elsewhere (an LLM answer), numbering after them.

        Citations of a background note that do not yet name their original source get it here.
        """
        book = cls(docs)
        for cit in citations:
            doc = docs.get(cit.doc_id)
            # A whole chunk may start with the note's title: the fact is where the quote ends.
            at = doc.text.find(cit.quote) + len(cit.quote) - 1 if doc is not None and cit.quote in doc.text else -1
            fact = doc.fact_at(at) if doc is not None and at >= 0 else None
            if fact is not None and cit.original is None:
                cit = cit.model_copy(
                    update={"original": fact.cite_as(), "original_source": fact.source, "url": fact.url}
                )
            book.citations.append(cit)
            book._keys[(cit.doc_id, cit.quote)] = cit.id
        return book

    @property
    def docs(self) -> dict[str, Document]:
        """The documents quotes are checked against (the answer's snapshot)."""
        return self._docs

    def cite(self, doc_id: str, quote: str, municipality: str | None = None, at: int | None = None) -> int:
        """Register ``quote`` from ``doc_id`` and return its number; the same quote keeps its number.

        ``at`` is where the quote was taken from: minutes repeat sentences ("Indstillingen blev
        godkendt."), and the page and agenda item must be those of the passage quoted, not the first.
        """
        key = (doc_id, quote)
        if key in self._keys:
            return self._keys[key]
        doc = self._docs.get(doc_id)
        if doc is None:
            raise AssistantError(f"citation to unknown document '{doc_id}'")
        if quote not in doc.text:
            # A quote that is not verbatim would put words in a source's mouth: refuse it loudly.
            raise AssistantError(f"quote is not verbatim in '{doc_id}': {quote[:80]!r}")
        meta = doc.meta
        offset = at if at is not None and doc.text.startswith(quote, at) else doc.text.index(quote)
        # A background note's paragraph is cited with the source it was compiled from.
        fact = doc.fact_at(offset)
        page = doc.page_at(offset)
        number = len(self.citations) + 1
        self.citations.append(
            Citation(
                id=number,
                doc_id=doc_id,
                title=meta.title,
                municipality=municipality or meta.municipality or next(iter(meta.municipalities), None),
                date=meta.date,
                source_type=meta.source_type,
                quote=quote,
                source=meta.source,
                original=fact.cite_as() if fact else None,
                original_source=fact.source if fact else None,
                url=fact.url if fact else None,
                page=page.page if page else None,
                ocr=bool(page and page.ocr),
                section=doc.section_at(offset) or None,
                file=doc.original,
            )
        )
        self._keys[key] = number
        return number
