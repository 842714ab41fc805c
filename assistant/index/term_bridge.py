"""The corpus's Danish words with their e5 vectors: a bridge from an English question's words to BM25 terms.

Why: BM25 matches words, and an English question shares almost none with Danish documents; the glossary
covers the domain's key terms, not "dismissals" (afskedigelser), "steering group" (styregruppe) or
"concretely" (konkret). multilingual-e5 places a word near its translation, so each English word of a
question is looked up among the corpus's own words and the nearest ones join the BM25 query. Single-word
vectors are noisy, so only close neighbours within a small margin of the best are taken (chosen on the dev
split: English mrr5 0.722 → 0.753 there, 0.636 → 0.649 on the unseen d16 block).

Why at ingest, beside the snapshot: the words belong to one snapshot's documents; embedding them at
question time would cost seconds. Words kept from the previous snapshot keep their vectors. The
vocabulary is capped (most frequent first) so the lookup stays a small dot product at 100k chunks.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from assistant.index.statement_store import embed_missing
from assistant.text import stopwords

__all__ = ["TermBridge", "build_bridge", "corpus_words"]

WORDS_FILE = "bridge_words.json"
VECTOR_FILE = "bridge_vectors.npy"
MOST_WORDS = 30_000
# Chosen on dev (see the module docstring): a neighbour must be this close, and within MARGIN of the best.
LEAST_SIMILARITY = 0.84
MARGIN = 0.01
PER_WORD = 2
_WORD = re.compile(r"[a-zæøå]{4,}")
EmbedFn = Callable[[Sequence[str]], np.ndarray]
# Word vectors already made in this process, by (embedder, word): an index rebuilt from scratch (a new data
# folder, a server restart's first ingest, the test suite's many small indexes) embeds each word once.
_SEEN: dict[tuple[str, str], np.ndarray] = {}


def corpus_words(texts: Iterable[str], most: int = MOST_WORDS) -> list[str]:
    """Words of four letters or more, stop words left out, the most frequent first (ties alphabetical)."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(_WORD.findall(text.lower()))
    stop = stopwords()
    ranked = sorted((w for w in counts if w not in stop), key=lambda w: (-counts[w], w))
    return ranked[:most]


@dataclass
class TermBridge:
    """Corpus words and their L2-normalised passage vectors, one row per word."""

    words: list[str]
    vectors: np.ndarray  # (n, dim) float16
    embedder: str
    _matrix: np.ndarray | None = field(default=None, repr=False)

    def nearest(self, query: np.ndarray) -> list[str]:
        """The corpus words nearest one query word's vector: at most ``PER_WORD``, each at least
        ``LEAST_SIMILARITY`` and within ``MARGIN`` of the best."""
        if not self.words:
            return []
        if self._matrix is None:  # float32 once: converting the float16 store on every word cost more than the product
            self._matrix = np.asarray(self.vectors, dtype=np.float32)
        sims = self._matrix @ np.asarray(query, dtype=np.float32)
        top = np.argsort(-sims)[:PER_WORD]
        best = float(sims[top[0]])
        return [self.words[i] for i in top if sims[i] >= LEAST_SIMILARITY and sims[i] >= best - MARGIN]

    def save(self, folder: Path) -> None:
        (folder / WORDS_FILE).write_text(
            json.dumps({"embedder": self.embedder, "words": self.words}, ensure_ascii=False), encoding="utf-8"
        )
        np.save(folder / VECTOR_FILE, self.vectors)

    @classmethod
    def load(cls, folder: Path) -> TermBridge | None:
        """None for a snapshot written before the bridge existed (English questions then use the glossary)."""
        if not (folder / WORDS_FILE).exists() or not (folder / VECTOR_FILE).exists():
            return None
        meta = json.loads((folder / WORDS_FILE).read_text(encoding="utf-8"))
        return cls(list(meta["words"]), np.load(folder / VECTOR_FILE), str(meta.get("embedder", "")))


def build_bridge(
    texts: Iterable[str], embed: EmbedFn, embedder: str, previous: TermBridge | None = None, batch: int = 256
) -> TermBridge:
    """The bridge for a corpus, embedding only the words the previous snapshot's bridge lacks."""
    words = corpus_words(texts)
    known: dict[str, int] = {}
    if previous is not None and previous.embedder == embedder and previous.vectors.shape[1]:
        known = {w: i for i, w in enumerate(previous.words)}
    kept = previous.vectors if known and previous is not None else None

    def reuse(word: str) -> np.ndarray | None:
        if kept is not None and word in known:
            return np.asarray(kept[known[word]])
        return _SEEN.get((embedder, word))

    vectors, fresh = embed_missing(words, embed, reuse, batch)
    if len(_SEEN) + len(fresh) > MOST_WORDS * 2:
        _SEEN.clear()
    _SEEN.update(((embedder, w), v.astype(np.float16)) for w, v in fresh.items())
    return TermBridge(words, vectors, embedder)
