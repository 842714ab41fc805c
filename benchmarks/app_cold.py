"""Cold start of the app: process start to first answer, and process start to a serving Streamlit server.

The first is measured with Streamlit's AppTest in a fresh process (the app script runs, the chat input
gets a question, the answer renders): everything a first visitor waits for except the browser. The
second starts ``streamlit run`` and polls its health endpoint on loopback.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
_CHILD = """
import json, sys
from streamlit.testing.v1 import AppTest
at = AppTest.from_file(sys.argv[1], default_timeout=300)
at.run()
at.chat_input(key="chat_input").set_value(sys.argv[2]).run()
errors = [str(e.value) for e in at.exception]
print(json.dumps({"errors": errors, "messages": len(at.chat_message)}))
"""


def app_first_answer(data_dir: Path, question: str) -> dict[str, Any]:
    """Seconds from process start to a rendered first answer, through the real app script."""
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(data_dir)}
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD, str(ROOT / "streamlit_app.py"), question],
        env=env,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    seconds = round(time.perf_counter() - t0, 2)
    try:
        out = json.loads(proc.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return {"seconds": None, "error": proc.stderr.strip()[-300:] or "no output"}
    if proc.returncode != 0 or out["errors"] or out["messages"] < 2:
        return {"seconds": None, "error": "; ".join(out["errors"]) or f"{out['messages']} chat messages"}
    return {"seconds": seconds, "error": None}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def server_ready(data_dir: Path, timeout: float = 120.0) -> dict[str, Any]:
    """Seconds from ``streamlit run`` to a healthy server on loopback."""
    port = _free_port()
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(data_dir)}
    cmd = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(ROOT / "streamlit_app.py"),
        "--server.headless",
        "true",
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--browser.gatherUsageStats",
        "false",
    ]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.perf_counter() - t0 < timeout:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1) as resp:
                    if resp.status == 200:
                        return {"seconds": round(time.perf_counter() - t0, 2), "error": None}
            except OSError:
                time.sleep(0.1)
        return {"seconds": None, "error": f"not healthy within {timeout:.0f} s"}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
