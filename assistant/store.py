"""The vector store behind a Protocol: Chroma embedded (default) or a Chroma server, same code.

Embeddings are always passed in; Chroma's own default embedding function would download a model, so
collections are created with ``embedding_function=None`` and queried only with vectors.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlparse

import numpy as np

from assistant.errors import StoreError


class VectorStore(Protocol):
    """The operations the index needs from a vector database."""

    def upsert(self, ids: Sequence[str], vectors: np.ndarray, metadatas: Sequence[dict[str, Any]]) -> None: ...

    def delete(self, ids: Sequence[str]) -> None: ...

    def existing(self, ids: Sequence[str]) -> set[str]: ...

    def all_ids(self) -> set[str]: ...

    def count(self) -> int: ...

    def query(
        self, vector: np.ndarray, n: int, where: dict[str, Any] | None
    ) -> list[tuple[str, float]]: ...


def _chroma_settings() -> Any:
    from chromadb.config import Settings as ChromaSettings

    return ChromaSettings(anonymized_telemetry=False, allow_reset=False)


class ChromaStore:
    """A Chroma collection; ``url`` selects a server (HttpClient), otherwise a PersistentClient."""

    BATCH = 2000

    def __init__(self, collection: str, path: Path | None = None, url: str | None = None) -> None:
        import chromadb

        self.where_label = url or str(path)
        try:
            if url:
                parsed = urlparse(url)
                client = chromadb.HttpClient(
                    host=parsed.hostname or "127.0.0.1",
                    port=parsed.port or 8000,
                    ssl=parsed.scheme == "https",
                    settings=_chroma_settings(),
                )
            else:
                assert path is not None
                path.mkdir(parents=True, exist_ok=True)
                client = chromadb.PersistentClient(path=str(path), settings=_chroma_settings())
            self._col = client.get_or_create_collection(
                collection, embedding_function=None, metadata={"hnsw:space": "cosine"}
            )
        except Exception as exc:
            raise StoreError(f"cannot open the Chroma store at {self.where_label}: {_reason(exc)}") from None

    def _call(self, what: str, fn: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except Exception as exc:
            raise StoreError(f"Chroma {what} failed at {self.where_label}: {_reason(exc)}") from None

    def upsert(self, ids: Sequence[str], vectors: np.ndarray, metadatas: Sequence[dict[str, Any]]) -> None:
        for start in range(0, len(ids), self.BATCH):
            end = start + self.BATCH
            self._call(
                "upsert",
                self._col.upsert,
                ids=list(ids[start:end]),
                embeddings=vectors[start:end],
                metadatas=list(metadatas[start:end]),
            )

    def delete(self, ids: Sequence[str]) -> None:
        for start in range(0, len(ids), self.BATCH):
            self._call("delete", self._col.delete, ids=list(ids[start : start + self.BATCH]))

    def existing(self, ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(ids), self.BATCH):
            res = self._call("get", self._col.get, ids=list(ids[start : start + self.BATCH]), include=[])
            found.update(res["ids"])
        return found

    def all_ids(self) -> set[str]:
        found: set[str] = set()
        offset = 0
        while True:
            res = self._call("get", self._col.get, include=[], limit=self.BATCH, offset=offset)
            found.update(res["ids"])
            if len(res["ids"]) < self.BATCH:
                return found
            offset += self.BATCH

    def count(self) -> int:
        return int(self._call("count", self._col.count))

    def query(self, vector: np.ndarray, n: int, where: dict[str, Any] | None) -> list[tuple[str, float]]:
        res = self._call(
            "query",
            self._col.query,
            query_embeddings=[vector],
            n_results=max(1, n),
            where=where or None,
            include=["distances"],
        )
        ids = res["ids"][0] if res["ids"] else []
        dists = res["distances"][0] if res.get("distances") else [1.0] * len(ids)
        # cosine distance -> similarity, comparable across queries for abstention
        return [(i, 1.0 - float(d)) for i, d in zip(ids, dists, strict=False)]


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if "Connect" in type(exc).__name__ or "connect" in text.lower():
        return f"server not reachable ({text}); is `chroma run` started?"
    return text[:300]


def chunk_metadata(
    doc_id: str, year: int | None, source_type: str, munis: Iterable[str]
) -> dict[str, Any]:
    """Flat metadata Chroma can filter on: one boolean flag per municipality tag."""
    meta: dict[str, Any] = {"doc_id": doc_id, "source_type": source_type, "year": year or 0}
    for name in munis:
        meta[municipality_flag(name)] = True
    return meta


def municipality_flag(name: str) -> str:
    """Metadata key for "this chunk is about ``name``"."""
    from assistant.municipalities import fold

    return "m_" + "".join(c if c.isalnum() else "_" for c in fold(name))
