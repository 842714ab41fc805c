"""The vector store behind a Protocol: Chroma embedded (default) or a Chroma server, same code.

Embeddings are always passed in; Chroma's own default embedding function would download a model, so
collections are created with ``embedding_function=None`` and queried only with vectors.
"""

from __future__ import annotations

import time
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
    """A Chroma collection; ``url`` selects a server (HttpClient), otherwise a PersistentClient.

    A server can be restarting or briefly unreachable, so server calls are retried a few times with
    a growing pause, reopening the collection in between (a restarted server hands out a new
    connection, a wiped one a new empty collection that ``doctor`` refills). After the last attempt
    the user gets one line saying which server is down and how to start it.
    """

    BATCH = 2000
    ATTEMPTS = 3
    PAUSE_S = 0.5

    def __init__(self, collection: str, path: Path | None = None, url: str | None = None) -> None:
        self.where_label = url or str(path)
        self._name = collection
        self._path = path
        self._url = url
        self._col: Any = None
        try:
            self._retrying(self._open)
        except Exception as exc:
            reason = _reason(exc, url)
            raise StoreError(f"cannot open the Chroma store at {self.where_label}: {reason}") from None

    def _open(self) -> Any:
        import chromadb

        if self._url:
            parsed = urlparse(self._url)
            client = chromadb.HttpClient(
                host=parsed.hostname or "127.0.0.1",
                port=parsed.port or 8000,
                ssl=parsed.scheme == "https",
                settings=_chroma_settings(),
            )
        else:
            assert self._path is not None
            self._path.mkdir(parents=True, exist_ok=True)
            client = chromadb.PersistentClient(path=str(self._path), settings=_chroma_settings())
        self._col = client.get_or_create_collection(
            self._name, embedding_function=None, metadata={"hnsw:space": "cosine"}
        )
        return self._col

    def _retrying(self, fn: Any) -> Any:
        """Run ``fn``; in server mode retry connection failures, reopening the collection first."""
        attempts = self.ATTEMPTS if self._url else 1
        for attempt in range(attempts):
            try:
                if self._col is None and fn is not self._open:
                    self._open()
                return fn()
            except Exception as exc:
                if attempt + 1 >= attempts or not _transient(exc):
                    raise
                self._col = None
                time.sleep(self.PAUSE_S * 2**attempt)
        raise AssertionError("unreachable")

    def _call(self, what: str, **kwargs: Any) -> Any:
        try:
            return self._retrying(lambda: getattr(self._col, what)(**kwargs))
        except Exception as exc:
            reason = _reason(exc, self._url)
            raise StoreError(f"Chroma {what} failed at {self.where_label}: {reason}") from None

    def upsert(self, ids: Sequence[str], vectors: np.ndarray, metadatas: Sequence[dict[str, Any]]) -> None:
        for start in range(0, len(ids), self.BATCH):
            end = start + self.BATCH
            self._call(
                "upsert",
                ids=list(ids[start:end]),
                embeddings=vectors[start:end],
                metadatas=list(metadatas[start:end]),
            )

    def delete(self, ids: Sequence[str]) -> None:
        for start in range(0, len(ids), self.BATCH):
            self._call("delete", ids=list(ids[start : start + self.BATCH]))

    def existing(self, ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(ids), self.BATCH):
            res = self._call("get", ids=list(ids[start : start + self.BATCH]), include=[])
            found.update(res["ids"])
        return found

    def all_ids(self) -> set[str]:
        found: set[str] = set()
        offset = 0
        while True:
            res = self._call("get", include=[], limit=self.BATCH, offset=offset)
            found.update(res["ids"])
            if len(res["ids"]) < self.BATCH:
                return found
            offset += self.BATCH

    def count(self) -> int:
        return int(self._call("count"))

    def query(self, vector: np.ndarray, n: int, where: dict[str, Any] | None) -> list[tuple[str, float]]:
        res = self._call(
            "query",
            query_embeddings=[vector],
            n_results=max(1, n),
            where=where or None,
            include=["distances"],
        )
        ids = res["ids"][0] if res["ids"] else []
        dists = res["distances"][0] if res.get("distances") else [1.0] * len(ids)
        # cosine distance -> similarity, comparable across queries for abstention
        return [(i, 1.0 - float(d)) for i, d in zip(ids, dists, strict=False)]


_TRANSIENT = ("ReadError", "WriteError", "RemoteProtocolError", "ReadTimeout", "PoolTimeout", "NotFoundError")


def _transient(exc: BaseException) -> bool:
    """Worth another try: the server is unreachable, dropped the connection, or lost the collection."""
    name = type(exc).__name__
    text = str(exc).lower()
    return (
        "connect" in name.lower()
        or "connect" in text
        or name in _TRANSIENT
        or ("collection" in text and "does not exist" in text)
    )


def _reason(exc: BaseException, url: str | None = None) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if "Connect" in type(exc).__name__ or "connect" in text.lower():
        port = urlparse(url).port if url else None
        start = f"`chroma run --path <server data folder> --port {port or 8000}`"
        return (
            f"the Chroma server is not reachable ({text}); start it with {start}, "
            "or unset ASSISTANT_CHROMA_URL to use the embedded store"
        )
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
