"""``assistant bench``: one benchmark scale point (``make bench`` runs all of them plus the baseline)."""

from __future__ import annotations

from pathlib import Path

import typer

from assistant.cli.app import app, emit

_HEADLINE = (
    "chunks", "ingest_chunks_per_s", "embed_chunks_per_s", "retrieve_p50_ms", "retrieve_p95_ms",
    "ask_p50_ms", "ask_p95_ms", "cold_start_s", "rss_mb",
)  # fmt: skip


@app.command()
def bench(
    chunks: int = typer.Option(1000, "--chunks", min=50, help="Size of the synthetic corpus, in chunks."),
    embed_sample: int = typer.Option(256, "--embed-sample", min=1, help="Chunks embedded for real."),
    queries: int = typer.Option(40, "--queries", min=1, help="Questions timed for retrieve and ask."),
    seed: int = typer.Option(20240531, "--seed", help="Random seed of the synthetic corpus."),
    cold: bool = typer.Option(True, "--cold-start/--no-cold-start", help="Time a fresh `assistant ask`."),
    workdir: Path = typer.Option(None, "--workdir", help="Keep corpus and index here (default: a temp dir)."),
    profile: Path = typer.Option(None, "--profile", help="pyinstrument report of the ask loop (.html/.txt)."),
    full: bool = typer.Option(False, "--full", help="Print every measured field, not only the headline."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
) -> None:
    """Measure ingest, embedding, retrieval and ask latency, cold start and memory at one corpus size."""
    from assistant.bench.run import run_point

    result = run_point(
        chunks,
        workdir=workdir,
        embed_sample=embed_sample,
        queries=queries,
        seed=seed,
        measure_cold_start=cold,
        profile_to=profile,
    ).model_dump()
    shown = result if full else {k: result[k] for k in _HEADLINE}

    def render(payload: dict) -> str:
        lines = [f"{k:>36}: {v}" for k, v in payload.items() if k != "vector_method"]
        return "\n".join([*lines, "", "vectors: " + result["vector_method"]])

    emit(shown, as_json, render)
