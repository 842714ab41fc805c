"""Helpers for the reliability, privacy, concurrency and server-mode tests.

``run_cli`` drives ``assistant.cli.main.main`` in this process, so it sees exactly the exit codes and
one-line errors a user sees, without paying a Python start-up per call. ``cli_subprocess`` is for
the cases a process boundary matters (a kill, a traceback on stderr).
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from assistant.config import PROJECT_ROOT

ASSISTANT_BIN = Path(sys.executable).parent / "assistant"
CHROMA_BIN = Path(sys.executable).parent / "chroma"
KNOWLEDGE = PROJECT_ROOT / "knowledge"


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@contextlib.contextmanager
def patched_env(env: dict[str, str]) -> Iterator[None]:
    """Set environment variables for the block; values of None are removed."""
    saved = {k: os.environ.get(k) for k in env}
    try:
        for key, value in env.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        yield
    finally:
        for key, old in saved.items():
            if old is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = old


def run_cli(args: list[str], env: dict[str, str]) -> CliResult:
    """``assistant <args>`` through ``main`` in this process; the exit code from its ``sys.exit``."""
    from assistant.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    code = 0
    with patched_env(env), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            main(args)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    return CliResult(code, out.getvalue(), err.getvalue())


def cli_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """The environment of one test's assistant: its data dir, the repo's knowledge base."""
    env = {"ASSISTANT_DATA_DIR": str(data_dir), "ASSISTANT_KNOWLEDGE_DIR": str(KNOWLEDGE)}
    env.update(extra)
    return env


def cli_subprocess(args: list[str], env: dict[str, str], timeout: float = 120) -> CliResult:
    """``assistant <args>`` in a fresh process."""
    full = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    full.update(env)
    proc = subprocess.run(
        [str(ASSISTANT_BIN), *args], env=full, capture_output=True, text=True, timeout=timeout, check=False
    )
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


def copy_index(src: Path, dst: Path) -> Path:
    """A private copy of an index data dir (snapshots + embedded Chroma), without its logs."""
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("logs", "*.lock"))
    return dst


def passages_of(cli_json: str) -> list[tuple[str, str, str]]:
    """(doc_id, chunk_id, text) of ``ask --json`` passages, in rank order."""
    import json

    payload = json.loads(cli_json)
    return [(p["doc_id"], p["chunk_id"], p["text"]) for p in payload["passages"]]


def minimal_pdf(text: str) -> bytes:
    """A small valid one-page PDF whose text layer is ``text`` (ASCII), with a correct xref table."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ChromaServer:
    """A real ``chroma run`` on loopback, restartable on the same port and data path."""

    def __init__(self, path: Path, port: int | None = None) -> None:
        self.path = path
        self.port = port or free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = path.parent / f"chroma-{self.port}.log"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, wait_s: float = 30.0) -> None:
        with open(self.log, "ab") as log:
            args = ["run", "--path", str(self.path), "--port", str(self.port), "--host", "127.0.0.1"]
            self.proc = subprocess.Popen(
                [str(CHROMA_BIN), *args],
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + wait_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"chroma run exited with {self.proc.returncode}; see {self.log}")
            if self.alive():
                return
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"chroma run did not answer its heartbeat within {wait_s} s; see {self.log}")

    def alive(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.url}/api/v2/heartbeat", timeout=1) as resp:
                return bool(resp.status == 200)
        except OSError:
            return False

    def stop(self) -> None:
        if self.proc is None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
        self.proc = None
