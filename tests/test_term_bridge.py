"""The term bridge (``index.term_bridge``): corpus words with vectors, reused between snapshots, and the
Danish words an English question's words add to its BM25 query."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from assistant.index import term_bridge
from assistant.index.term_bridge import TermBridge, build_bridge, corpus_words
from assistant.retrieval.hybrid import bridged_terms


@pytest.fixture(autouse=True)
def _fresh_word_cache() -> None:
    term_bridge._SEEN.clear()  # each test counts the words it embeds itself


class WordVectors:
    """A fake embedder: each word's vector is fixed by a table, so neighbours are known in advance."""

    name = "fake"
    dim = 3

    def __init__(self, table: dict[str, list[float]]) -> None:
        self.table = {w: np.asarray(v, dtype=np.float32) / np.linalg.norm(v) for w, v in table.items()}
        self.embedded: list[str] = []

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        self.embedded += list(texts)
        return np.stack([self.table.get(t, np.asarray([0.0, 0.0, 1.0], dtype=np.float32)) for t in texts])

    def embed_query(self, text: str) -> np.ndarray:
        return self.table.get(text, np.asarray([0.0, 0.0, 1.0], dtype=np.float32))


TABLE = {
    "afskedigelser": [1.0, 0.0, 0.0],
    "dismissals": [0.99, 0.05, 0.0],
    "styregruppe": [0.0, 1.0, 0.0],
    "steering": [0.05, 0.99, 0.0],
    "budget": [0.7, 0.7, 0.0],
}


def test_corpus_words_drop_stop_words_and_short_words_and_rank_by_frequency() -> None:
    words = corpus_words(["Afskedigelser og afskedigelser i en styregruppe", "styregruppe, styregruppe"])
    assert words == ["styregruppe", "afskedigelser"]


def test_a_word_of_the_question_brings_its_nearest_danish_word_only_when_close() -> None:
    embedder = WordVectors(TABLE)
    bridge = build_bridge(["afskedigelser styregruppe budget"], embedder.embed_passages, "fake")
    assert bridge.nearest(embedder.embed_query("dismissals")) == ["afskedigelser"]
    assert bridge.nearest(np.asarray([0.0, 0.0, 1.0], dtype=np.float32)) == []  # nothing near: nothing added
    terms = bridged_terms(bridge, "Which dismissals did the steering group decide?", embedder)
    assert terms and all(t.startswith(("afskedig", "styregrup")) for t in terms)


def test_a_rebuilt_bridge_embeds_only_new_words_and_survives_a_save(tmp_path: Path) -> None:
    embedder = WordVectors(TABLE)
    first = build_bridge(["afskedigelser styregruppe"], embedder.embed_passages, "fake")
    embedder.embedded.clear()
    second = build_bridge(["afskedigelser styregruppe budget"], embedder.embed_passages, "fake", first)
    assert embedder.embedded == ["budget"]
    second.save(tmp_path)
    loaded = TermBridge.load(tmp_path)
    assert loaded is not None and loaded.words == second.words and loaded.embedder == "fake"
    assert np.allclose(np.asarray(loaded.vectors, dtype=np.float32), np.asarray(second.vectors, dtype=np.float32))
    other = build_bridge(["afskedigelser"], embedder.embed_passages, "another model", second)
    assert other.embedder == "another model"  # vectors of one model are never reused for another
    embedder.embedded.clear()
    build_bridge(["afskedigelser styregruppe budget"], embedder.embed_passages, "fake")
    assert embedder.embedded == []  # a fresh index in the same process reuses the words already embedded


def test_a_snapshot_without_a_bridge_loads_as_none(tmp_path: Path) -> None:
    assert TermBridge.load(tmp_path) is None
