"""Citation bookkeeping: every ``[n]`` in an answer resolves to a verbatim quote of a document."""

from __future__ import annotations

from assistant.errors import AssistantError
from assistant.models import Citation, Document


class CitationBook:
    """Numbers citations in the order they are first used and refuses quotes that are not verbatim."""

    def __init__(self, docs: dict[str, Document]) -> None:
        self._docs = docs
        self._keys: dict[tuple[str, str], int] = {}
        self.citations: list[Citation] = []

    @property
    def docs(self) -> dict[str, Document]:
        """The documents quotes are checked against (the answer's snapshot)."""
        return self._docs

    def cite(self, doc_id: str, quote: str, municipality: str | None = None) -> int:
        """Register ``quote`` from ``doc_id`` and return its number; the same quote keeps its number."""
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
            )
        )
        self._keys[key] = number
        return number
