"""Bounded loopback load test: concurrent ``ask`` calls against the Chroma server-mode setup.

What it measures: an administration runs one app process (Streamlit serves each session from a
thread) against one Chroma server. So N threads in one process share one ``Assistant`` and ask
questions from ``eval/questions.yaml``; each level of concurrency runs a fixed number of requests
and stops at a time limit. Errors and latency percentiles go to ``benchmarks/results.json`` under
``server_load`` (read-modify-write under a file lock; other keys are left alone).

Bounded and local by construction: a Chroma server is started on 127.0.0.1 in a temporary folder
unless ``--url`` names one, and a non-loopback ``--url`` is refused.

    .venv/bin/python benchmarks/load_server.py                 # 1, 4, 8, 16 clients; 200 requests each
    .venv/bin/python benchmarks/load_server.py --levels 1,4,8 --requests 32 --max-seconds 60
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np
import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results.json"
CHROMA_BIN = Path(sys.executable).parent / "chroma"
LOOPBACK = ("127.0.0.1", "localhost", "::1")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def heartbeat(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1) as resp:
            return bool(resp.status == 200)
    except OSError:
        return False


def start_server(path: Path, wait_s: float = 30.0) -> tuple[subprocess.Popen[bytes], str]:
    """``chroma run`` on a free loopback port; returns the process and its URL once it answers."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = open(path.parent / "chroma.log", "ab")  # noqa: SIM115 - lives as long as the server
    proc = subprocess.Popen(
        [str(CHROMA_BIN), "run", "--path", str(path), "--port", str(port), "--host", "127.0.0.1"],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"chroma run exited with {proc.returncode}")
        if heartbeat(url):
            return proc, url
        time.sleep(0.1)
    proc.kill()
    raise SystemExit(f"chroma run did not answer within {wait_s} s")


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)


def questions() -> list[str]:
    cases = yaml.safe_load((ROOT / "eval" / "questions.yaml").read_text(encoding="utf-8"))
    return [c["question"] for c in cases]


def run_level(service: Any, clients: int, requests: int, max_seconds: float, qs: list[str]) -> dict[str, Any]:
    """``requests`` asks from ``clients`` threads; requests not started before the deadline are skipped."""
    latencies: list[float] = []
    errors: dict[str, int] = {}
    skipped = 0
    lock = threading.Lock()
    deadline = time.monotonic() + max_seconds

    def one(i: int) -> None:
        nonlocal skipped
        if time.monotonic() > deadline:
            with lock:
                skipped += 1
            return
        t0 = time.perf_counter()
        try:
            service.ask(qs[i % len(qs)])
        except Exception as exc:  # counted, not raised: the point is how many fail
            kind = f"{type(exc).__name__}: {str(exc).splitlines()[0][:120] if str(exc) else ''}"
            with lock:
                errors[kind] = errors.get(kind, 0) + 1
            return
        with lock:
            latencies.append((time.perf_counter() - t0) * 1000)

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        list(pool.map(one, range(requests)))
    wall = time.perf_counter() - started
    lat = np.asarray(latencies) if latencies else np.asarray([np.nan])
    return {
        "clients": clients,
        "requests": requests,
        "completed": len(latencies),
        "errors": sum(errors.values()),
        "error_kinds": errors,
        "skipped_at_time_limit": skipped,
        "p50_ms": round(float(np.percentile(lat, 50)), 1),
        "p95_ms": round(float(np.percentile(lat, 95)), 1),
        "max_ms": round(float(np.max(lat)), 1),
        "wall_s": round(wall, 2),
        "throughput_per_s": round(len(latencies) / wall, 2) if wall > 0 else 0.0,
    }


def write_results(entry: dict[str, Any], path: Path = RESULTS) -> None:
    """Read-modify-write of one key, under a lock, replaced atomically: other writers keep their keys."""
    from filelock import FileLock

    with FileLock(str(Path(tempfile.gettempdir()) / "kommune-assistant-results.lock"), timeout=60):
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        data["server_load"] = entry
        tmp = path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, path)


def measure(url: str, data_dir: Path, levels: list[int], requests: int, max_seconds: float) -> dict[str, Any]:
    from assistant.config import load_settings
    from assistant.service import Assistant

    settings = load_settings(data_dir=data_dir, chroma_url=url, knowledge_dir=ROOT / "knowledge")
    service = Assistant(settings)
    t0 = time.perf_counter()
    service.ensure_index()
    build_s = time.perf_counter() - t0
    qs = questions()
    service.warm_up(qs[0])  # model load and first connection are cold start, not load
    results = []
    for clients in levels:
        print(f"[load] {clients} clients x {requests} requests ...", flush=True)
        result = run_level(service, clients, requests, max_seconds, qs)
        print(
            f"[load] {clients}: p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms, "
            f"errors {result['errors']}, {result['throughput_per_s']}/s",
            flush=True,
        )
        results.append(result)
    import chromadb

    return {
        "levels": results,
        "index_chunks": service.index.snapshot().size,
        "index_build_s": round(build_s, 1),
        "setup": "one process, threads sharing one Assistant, Chroma server on loopback (chroma run)",
        "embedder": settings.embedder,
        "chromadb": chromadb.__version__,
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "measured_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--levels", default="1,4,8,16", help="Comma-separated numbers of concurrent clients.")
    parser.add_argument("--requests", type=int, default=200, help="Requests per level (at most 1000).")
    parser.add_argument("--max-seconds", type=float, default=120.0, help="Time limit per level.")
    parser.add_argument("--url", default=None, help="A running loopback Chroma server; default: start one.")
    parser.add_argument("--data-dir", type=Path, default=None, help="Index folder; default: a temporary one.")
    parser.add_argument("--results", type=Path, default=RESULTS, help="JSON file to update.")
    parser.add_argument("--nice", type=int, default=10, help="Lower this process's CPU priority (shared machine).")
    args = parser.parse_args(argv)
    levels = [int(x) for x in args.levels.split(",") if x.strip()]
    if not levels or max(levels) > 64 or min(levels) < 1 or not 1 <= args.requests <= 1000:
        parser.error("levels must be 1..64 clients and requests 1..1000")
    if args.url and urlparse(args.url).hostname not in LOOPBACK:
        parser.error("--url must be a loopback address (127.0.0.1 or localhost)")
    if args.nice:
        os.nice(args.nice)

    with tempfile.TemporaryDirectory(prefix="assistant-load-") as tmp:
        server = None
        url = args.url
        if url is None:
            (Path(tmp) / "chroma").mkdir()
            server, url = start_server(Path(tmp) / "chroma")
        try:
            entry = measure(url, args.data_dir or Path(tmp) / "data", levels, args.requests, args.max_seconds)
        finally:
            if server is not None:
                stop_server(server)
    write_results(entry, args.results)
    print(f"[load] wrote server_load to {args.results}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
