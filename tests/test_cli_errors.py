"""Wrong command lines give one readable line and a non-zero exit, never a traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["ask", "--bogus"], "No such option"),
        (["nonexistent-command"], "No such command"),
        (["ask"], "Missing argument"),
        (["calc", "caseload", "--cases", "abc", "--fte", "2"], "not a number"),
        (["ask", "sagstal", "--municipality", "Rodovr"], "Did you mean"),
        (["ask", "sagstal", "--mode", "poetry"], "use extractive or llm"),
        (["ask", "sagstal", "--mode", "llm"], "ASSISTANT_LLM"),  # no LLM configured
    ],
)
def test_bad_command_lines(args: list[str], needle: str, tmp_path) -> None:
    env = {"ASSISTANT_DATA_DIR": str(tmp_path / "d"), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "-m", "assistant", *args], capture_output=True, text=True, env=env, timeout=120
    )
    assert proc.returncode != 0
    assert needle in proc.stderr + proc.stdout
    assert "Traceback" not in proc.stderr


def test_bad_setting_is_a_config_error(tmp_path) -> None:
    env = {"ASSISTANT_DATA_DIR": str(tmp_path / "d"), "ASSISTANT_EMBEDDER": "word2vec", "PATH": "/usr/bin:/bin"}
    proc = subprocess.run(
        [sys.executable, "-m", "assistant", "ask", "sagstal"], capture_output=True, text=True, env=env, timeout=120
    )
    assert proc.returncode == 2
    assert "embedder" in proc.stderr and "Traceback" not in proc.stderr
