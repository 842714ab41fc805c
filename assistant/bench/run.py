"""One benchmark scale point: ingest throughput, embedding rate, retrieval and ``ask`` latency, cold
start and peak memory over a synthetic corpus of N chunks.

Everything is measured through the code users run (``Assistant.ingest`` on files, ``Retriever.retrieve``,
``Assistant.ask``, a fresh ``assistant ask`` process). The one shortcut: embedding 100k chunks with the
default model on two CPU cores takes hours, so only the first ``embed_sample`` chunks are embedded for
real (that is where the embedding rate comes from) and every other chunk gets a perturbed copy of a real
vector. Ingest throughput is therefore reported without embedding time, next to the measured embedding
rate and the end-to-end rate the two imply.
"""

from __future__ import annotations

import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from pydantic import BaseModel

from assistant.bench.corpus import DEFAULT_SEED, write_corpus
from assistant.config import PROJECT_ROOT, Settings, load_settings
from assistant.index.embeddings import Embedder, get_embedder
from assistant.index.indexer import KnowledgeIndex
from assistant.service import Assistant

NOISE_SIGMA = 0.025  # per dimension; for 384 dimensions a copy keeps cosine ~0.9 to its real vector
VECTOR_METHOD = (
    "first {real} chunks embedded for real; the other {fake} get the real vector of a sample chunk picked "
    "by crc32(text), plus Gaussian noise (sigma {sigma} per dimension, cosine ~0.9 to the original), "
    "re-normalised"
)
FALLBACK_QUESTIONS = (
    "Hvor mange sager har en socialrådgiver i Herning?",
    "How much did Herning save with the Swedish model?",
    "Hvad kostede en anbringelse i en plejefamilie i 2019?",
    "What did the Task Force find in Stevns?",
    "Hvornår trådte Barnets Lov i kraft?",
)


class BenchResult(BaseModel):
    """One scale point; the first nine fields are the ones ``assistant bench --json`` promises."""

    chunks: int
    ingest_chunks_per_s: float
    embed_chunks_per_s: float
    retrieve_p50_ms: float
    retrieve_p95_ms: float
    ask_p50_ms: float
    ask_p95_ms: float
    cold_start_s: float | None
    rss_mb: float
    documents: int
    ingest_docs_per_s: float
    ingest_with_embedding_chunks_per_s: float
    index_mb: float
    ask_rss_mb: float | None = None
    queries: int
    embedder: str
    embedded_for_real: int
    synthetic_vectors: int
    statement_units: int = 0  # quotable units, each embedded at ingest too (chunks and units share the embedder)
    bridge_words: int = 0  # corpus words embedded for English questions (``index.term_bridge``)
    vector_method: str
    retrieve_parts_p50_ms: dict[str, float]
    seed: int
    load_average: list[float]  # 1/5/15 min when the point finished: latency on a shared machine needs it


class SampledEmbedder:
    """Real vectors for the first ``sample`` passages, perturbed copies of them for the rest; real queries."""

    def __init__(self, real: Embedder, sample: int, seed: int = DEFAULT_SEED) -> None:
        self.real = real
        self.name = real.name
        self.dim = real.dim
        self.sample = max(1, sample)
        self.bank: list[np.ndarray] = []
        self.embed_seconds = 0.0
        self.synthetic_seconds = 0.0
        self.synthetic = 0
        self._rng = np.random.default_rng(seed)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        n_real = min(len(texts), self.sample - len(self.bank))
        if n_real > 0:
            t0 = time.perf_counter()
            vecs = self.real.embed_passages(list(texts[:n_real]))
            self.embed_seconds += time.perf_counter() - t0
            out[:n_real] = vecs
            self.bank.extend(vecs)
        n_real = max(0, n_real)
        if n_real < len(texts):
            t0 = time.perf_counter()
            out[n_real:] = self._copies(texts[n_real:])
            self.synthetic_seconds += time.perf_counter() - t0
            self.synthetic += len(texts) - n_real
        return out

    def _copies(self, texts: Sequence[str]) -> np.ndarray:
        bank = np.asarray(self.bank, dtype=np.float32)
        picks = [zlib.crc32(t.encode("utf-8")) % len(bank) for t in texts]
        vecs = bank[picks] + self._rng.normal(0.0, NOISE_SIGMA, (len(texts), self.dim)).astype(np.float32)
        return vecs / np.linalg.norm(vecs, axis=1, keepdims=True)

    def embed_query(self, text: str) -> np.ndarray:
        return self.real.embed_query(text)


def bench_questions(count: int, seed: int = DEFAULT_SEED) -> list[str]:
    """Realistic questions: the eval set minus calculations (which skip most retrieval), seeded order."""
    path = PROJECT_ROOT / "eval" / "questions.yaml"
    try:
        from assistant.evals.metrics import load_cases

        pool = [c.question for c in load_cases(path) if c.kind != "calculation"]
    except Exception:  # the eval file is optional for a benchmark; its own test guards it
        pool = list(FALLBACK_QUESTIONS)
    random.Random(seed).shuffle(pool)
    return (pool * (count // max(1, len(pool)) + 1))[:count]


def percentiles(values: Sequence[float]) -> tuple[float, float]:
    """p50 and p95, rounded to 0.1 ms."""
    if not values:
        return 0.0, 0.0
    return round(float(np.percentile(values, 50)), 1), round(float(np.percentile(values, 95)), 1)


def _timed(fn: Callable[[str], Any], questions: Sequence[str]) -> tuple[list[float], list[Any]]:
    times, outs = [], []
    for q in questions:
        t0 = time.perf_counter()
        outs.append(fn(q))
        times.append((time.perf_counter() - t0) * 1000)
    return times, outs


def folder_mb(folder: Path) -> float:
    return round(sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1024 / 1024, 1)


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident memory so far (Linux reports kB)."""
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)


# The child reports its own high-water mark: RUSAGE_CHILDREN would count the parent's pages it held
# between fork and exec, and ru_maxrss survives exec, but /proc's VmHWM belongs to the new image only.
_CHILD = (
    "import atexit, sys\n"
    "def _hwm():\n"
    "    for line in open('/proc/self/status'):\n"
    "        if line.startswith('VmHWM:'):\n"
    "            sys.stderr.write('\\nBENCH_VMHWM_KB=' + line.split()[1] + '\\n')\n"
    "atexit.register(_hwm)\n"
    "from assistant.cli.main import main\n"
    "main()\n"
)  # the last two lines are exactly what the `assistant` console script runs


def cold_start(data_dir: Path, question: str, runs: int = 3) -> tuple[float, float | None]:
    """Median wall time of a fresh ``assistant ask --json`` process, and its peak RSS in MB."""
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(data_dir)}
    times, peaks = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-c", _CHILD, "ask", question, "--json"], env=env, capture_output=True, text=True
        )
        times.append(time.perf_counter() - t0)
        if proc.returncode != 0:
            raise RuntimeError(f"cold-start `assistant ask` failed: {proc.stderr.strip()[-500:]}")
        json.loads(proc.stdout)  # it must have printed one answer
        peaks += [int(x.split("=")[1]) / 1024 for x in proc.stderr.split() if x.startswith("BENCH_VMHWM_KB=")]
    return round(float(np.median(times)), 2), (round(max(peaks), 1) if peaks else None)


def run_point(
    chunks: int,
    base: Settings | None = None,
    workdir: Path | None = None,
    embed_sample: int = 256,
    queries: int = 40,
    seed: int = DEFAULT_SEED,
    measure_cold_start: bool = True,
    profile_to: Path | None = None,
) -> BenchResult:
    """Build a synthetic index of about ``chunks`` chunks in ``workdir`` (default: a temp dir); measure it."""
    base = base or load_settings()
    own_dir = workdir is None
    root = Path(tempfile.mkdtemp(prefix="assistant-bench-")) if workdir is None else workdir
    try:
        return _measure(chunks, base, root, embed_sample, queries, seed, measure_cold_start, profile_to)
    finally:
        if own_dir:
            shutil.rmtree(root, ignore_errors=True)


def _measure(
    chunks: int,
    base: Settings,
    root: Path,
    embed_sample: int,
    queries: int,
    seed: int,
    measure_cold_start: bool,
    profile_to: Path | None,
) -> BenchResult:
    data = root / "data"
    if data.exists():
        shutil.rmtree(data)  # a point always measures a fresh ingest
    settings = load_settings(**{**base.model_dump(), "data_dir": data})
    documents = write_corpus(root / "corpus", chunks, settings.chunk_chars, seed)
    embedder = SampledEmbedder(get_embedder(settings.embedder), embed_sample, seed)  # model load: not ingest
    service = Assistant(settings, KnowledgeIndex(settings, embedder=embedder))

    t0 = time.perf_counter()
    report = service.ingest([root / "corpus"])
    ingest_s = time.perf_counter() - t0
    if report.failed:
        raise RuntimeError(f"synthetic corpus failed to ingest: {report.failed[:3]}")
    snap = service.index.snapshot()
    size = snap.size
    units = len(snap.statements.frame) if snap.statements is not None else 0
    bridge = len(snap.bridge.words) if snap.bridge is not None else 0
    without_embedding = max(1e-9, ingest_s - embedder.embed_seconds - embedder.synthetic_seconds)
    ingest_rate = size / without_embedding
    embed_rate = len(embedder.bank) / max(1e-9, embedder.embed_seconds)
    vectors_per_chunk = 1.0 + units / max(1, size)  # a chunk's vector plus its units' vectors

    questions = bench_questions(queries, seed)
    k = max(settings.top_k, 8)  # what answer_question asks the retriever for
    service.warm_up(questions[0])  # a benchmark of steady state; cold start is measured apart
    retrieve_ms, results = _timed(lambda q: service.retriever.retrieve(q, k=k), questions)
    parts = {
        name: round(float(np.median([r.timings_ms.get(name, 0.0) for r in results])), 2)
        for name in ("bm25", "embed_query", "dense", "fuse")
    }
    ask_ms = _profiled(lambda: _timed(service.ask, questions)[0], profile_to)

    cold, child_rss = cold_start(data, questions[0]) if measure_cold_start else (None, None)
    r50, r95 = percentiles(retrieve_ms)
    a50, a95 = percentiles(ask_ms)
    return BenchResult(
        chunks=size,
        ingest_chunks_per_s=round(ingest_rate, 1),
        embed_chunks_per_s=round(embed_rate, 1),
        retrieve_p50_ms=r50,
        retrieve_p95_ms=r95,
        ask_p50_ms=a50,
        ask_p95_ms=a95,
        cold_start_s=cold,
        rss_mb=peak_rss_mb(),
        documents=documents,
        ingest_docs_per_s=round(documents / without_embedding, 1),
        ingest_with_embedding_chunks_per_s=round(1.0 / (1.0 / ingest_rate + vectors_per_chunk / embed_rate), 1),
        index_mb=folder_mb(data),
        ask_rss_mb=child_rss,
        queries=len(questions),
        embedder=settings.embedder,
        embedded_for_real=len(embedder.bank),
        synthetic_vectors=embedder.synthetic,
        statement_units=units,
        bridge_words=bridge,
        vector_method=VECTOR_METHOD.format(real=len(embedder.bank), fake=embedder.synthetic, sigma=NOISE_SIGMA),
        retrieve_parts_p50_ms=parts,
        seed=seed,
        load_average=[round(x, 2) for x in os.getloadavg()],
    )


def _profiled(fn: Callable[[], list[float]], profile_to: Path | None) -> list[float]:
    """Run ``fn``; with ``profile_to``, under pyinstrument, writing its text report there."""
    if profile_to is None:
        return fn()
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.001)
    profiler.start()
    try:
        return fn()
    finally:
        profiler.stop()
        profile_to.parent.mkdir(parents=True, exist_ok=True)
        if profile_to.suffix.lower() in (".html", ".htm"):
            profile_to.write_text(profiler.output_html(), encoding="utf-8")
        else:
            profile_to.write_text(profiler.output_text(unicode=True, show_all=False), encoding="utf-8")
