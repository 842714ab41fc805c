"""Benchmark machinery at tiny scale: the corpus generator, the sampled embedder, one scale point.

No timed assertions: these tests check that the benchmark measures what it says (real chunk counts,
real vs synthetic vectors, every promised field), never how fast the machine is.
"""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import numpy as np
import pytest
from conftest import make_settings
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from assistant import municipalities
from assistant.bench.corpus import _vary_number, generate, seed_paragraphs, vary, write_corpus
from assistant.bench.run import SampledEmbedder, bench_questions, percentiles, run_point
from assistant.cli.main import app
from assistant.ingest.chunking import chunk_spans

HEADLINE = {
    "chunks", "ingest_chunks_per_s", "embed_chunks_per_s", "retrieve_p50_ms", "retrieve_p95_ms",
    "ask_p50_ms", "ask_p95_ms", "cold_start_s", "rss_mb",
}  # fmt: skip


def test_generator_is_deterministic_per_seed() -> None:
    first = [d.body for d in itertools.islice(generate(7), 5)]
    again = [d.body for d in itertools.islice(generate(7), 5)]
    other = [d.body for d in itertools.islice(generate(8), 5)]
    assert first == again
    assert first != other


def test_generated_documents_are_varied_danish_municipal_text() -> None:
    docs = list(itertools.islice(generate(), 60))
    names = set(municipalities.names())
    assert len({d.municipality for d in docs}) > 20
    assert {d.municipality for d in docs} <= names
    assert len({d.date.year for d in docs}) > 5
    text = "\n".join(d.body for d in docs)
    assert re.search(r"\b\d{1,3}(\.\d{3})+\b", text), "Danish thousands separators kept"
    assert re.search(r"\b\d+,\d+\b", text), "Danish decimal commas kept"
    assert not re.search(r"\b(29|[3-9]\d)\. (januar|februar|marts|april|maj|juni|juli)", text), "impossible date"
    seed_text = "\n".join(seed_paragraphs())
    # Prose is reused, not invented: a long run of seed words survives in most documents.
    assert sum(any(s[:40] in seed_text for s in d.body.split("\n\n")[1:]) for d in docs) > 40


@given(st.integers(min_value=1, max_value=10**7))
def test_vary_number_keeps_the_written_format(value: int) -> None:
    import random

    rng = random.Random(value)
    danish_thousands = f"{value + 1000:,}".replace(",", ".")
    assert re.fullmatch(r"\d{1,3}(\.\d{3})+", _vary_number(danish_thousands, rng))
    decimal = f"{value % 1000},{value % 10}"
    assert re.fullmatch(r"\d+,\d", _vary_number(decimal, rng))
    assert _vary_number(str(value), rng).isdigit()


def test_vary_swaps_municipality_and_keeps_other_words() -> None:
    import random

    out = vary("Herning Kommune ansatte 11 socialrådgivere i marts 2014.", "Aabenraa", 2020, random.Random(1))
    assert out.split(" Kommune")[0] in municipalities.names()
    assert "ansatte" in out and "socialrådgivere i marts" in out
    assert re.search(r"marts (2018|2019|2020|2021)\.$", out), out


def test_write_corpus_reaches_the_requested_chunk_count(tmp_path: Path) -> None:
    docs = write_corpus(tmp_path, chunks=120)
    files = sorted(tmp_path.glob("*.md"))
    assert len(files) == docs > 5
    total = 0
    for f in files:
        body = f.read_text(encoding="utf-8").split("---\n", 2)[2]
        total += len(chunk_spans(body.strip(), max_chars=700))
    assert total >= 120


class _Counting:
    name = "fake"
    dim = 8

    def __init__(self) -> None:
        self.passages = 0

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        self.passages += len(texts)
        rng = np.random.default_rng(len(texts))
        vecs = rng.normal(size=(len(texts), self.dim)).astype(np.float32)
        return vecs / np.linalg.norm(vecs, axis=1, keepdims=True)

    def embed_query(self, text: str) -> np.ndarray:
        return np.ones(self.dim, dtype=np.float32) / np.sqrt(self.dim)


def test_sampled_embedder_embeds_only_the_sample_for_real() -> None:
    real = _Counting()
    emb = SampledEmbedder(real, sample=5, seed=1)
    first = emb.embed_passages([f"t{i}" for i in range(3)])
    rest = emb.embed_passages([f"u{i}" for i in range(10)])
    assert real.passages == 5 and len(emb.bank) == 5 and emb.synthetic == 8
    assert first.shape == (3, 8) and rest.shape == (10, 8)
    assert np.allclose(np.linalg.norm(rest, axis=1), 1.0, atol=1e-5)
    # every synthetic vector is a perturbed copy of one real vector
    bank = np.asarray(emb.bank)
    assert (rest[2:] @ bank.T).max(axis=1).min() > 0.5
    assert np.array_equal(emb.embed_query("q"), real.embed_query("q"))


def test_percentiles_and_questions() -> None:
    assert percentiles([]) == (0.0, 0.0)
    assert percentiles([1.0, 2.0, 3.0, 4.0, 100.0]) == (3.0, 80.8)
    qs = bench_questions(7)
    assert len(qs) == 7 and all(isinstance(q, str) and q for q in qs)
    assert qs == bench_questions(7)


def test_run_point_at_tiny_scale(tmp_path: Path) -> None:
    result = run_point(
        200, make_settings(tmp_path / "unused"), workdir=tmp_path / "w", embed_sample=8, queries=3,
        measure_cold_start=False,
    )  # fmt: skip
    assert 180 <= result.chunks <= 260
    # every chunk and every distinct quotable text gets a vector: 8 real, the rest perturbed copies (units that
    # repeat a text, as the generated corpus's stock sentences do, share one)
    assert result.statement_units > result.chunks
    assert result.embedded_for_real == 8
    assert result.bridge_words > 0
    assert result.chunks < result.synthetic_vectors + 8 <= result.chunks + result.statement_units + result.bridge_words
    assert result.retrieve_p95_ms >= result.retrieve_p50_ms > 0
    assert result.ask_p95_ms >= result.ask_p50_ms > 0
    assert result.cold_start_s is None and result.rss_mb > 0 and result.index_mb > 0
    assert "first 8 chunks embedded for real" in result.vector_method


@pytest.mark.slow
def test_bench_command_prints_the_promised_fields(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path / "data"))
    args = ["bench", "--chunks", "200", "--embed-sample", "8", "--queries", "2", "--json",
            "--workdir", str(tmp_path / "w")]  # fmt: skip
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 0, res.output
    payload = json.loads(res.output)
    assert set(payload) == HEADLINE
    assert payload["cold_start_s"] > 0 and payload["chunks"] >= 180
