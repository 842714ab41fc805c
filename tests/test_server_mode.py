"""Chroma server mode against a real ``chroma run`` on loopback: same results, clear failure, recovery.

The server is seeded with the vectors of the session index (the same deterministic embedder would
compute the same numbers; seeding saves re-embedding the whole knowledge base), then the real CLI
builds, ingests, asks and evaluates with ``ASSISTANT_CHROMA_URL`` set.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import yaml
from reliability_support import ChromaServer, cli_env, cli_subprocess, run_cli

from assistant.config import PROJECT_ROOT, load_settings
from assistant.errors import StoreError
from assistant.index.embeddings import embedder_slug
from assistant.index.store import ChromaStore
from assistant.service import Assistant

pytestmark = pytest.mark.server

QUESTION = "Hvor mange sager havde socialrådgiverne i Herning?"
EVAL_EVERY = 9  # a fixed sample of the eval set keeps the two runs under a few seconds each


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChromaServer]:
    server = ChromaServer(tmp_path_factory.mktemp("chroma-server") / "db")
    server.start()
    try:
        yield server
    finally:
        server.stop()


def _collection(settings_prefix: str, embedder: str) -> str:
    return f"{settings_prefix}_{embedder_slug(embedder)}"


@pytest.fixture(scope="module")
def server_data(
    chroma_server: ChromaServer, kb_service: Assistant, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """A data dir whose vectors live on the server, built by `assistant index` in server mode."""
    import chromadb

    settings = kb_service.settings
    name = _collection(settings.collection_prefix, settings.embedder)
    from assistant.index.store import _chroma_settings

    path = Path(settings.data_dir) / "chroma"
    client = chromadb.PersistentClient(path=str(path), settings=_chroma_settings())
    local = client.get_collection(name)
    rows = local.get(include=["embeddings", "metadatas"])
    remote = ChromaStore(name, url=chroma_server.url)
    remote.upsert(rows["ids"], np.asarray(rows["embeddings"], dtype=np.float32), rows["metadatas"])

    data = tmp_path_factory.mktemp("server-data")
    res = run_cli(["index", "--json"], cli_env(data, ASSISTANT_CHROMA_URL=chroma_server.url))
    assert res.code == 0, res.err
    assert json.loads(res.out)["chunks"] == kb_service.index.snapshot().size
    assert not (data / "chroma").exists(), "server mode keeps no local vectors"
    return data


def _eval_sample(tmp_path: Path) -> Path:
    cases = yaml.safe_load((PROJECT_ROOT / "eval" / "questions.yaml").read_text(encoding="utf-8"))
    path = tmp_path / "sample.yaml"
    path.write_text(yaml.safe_dump(cases[::EVAL_EVERY], allow_unicode=True), encoding="utf-8")
    return path


def _comparable(results_file: Path) -> tuple[dict[str, float], list[dict[str, object]]]:
    payload = json.loads(results_file.read_text(encoding="utf-8"))
    summary = {k: v for k, v in payload["summary"].items() if not k.endswith("_ms")}
    rows = []
    for r in payload["results"]:
        answer = {k: v for k, v in r["answer"].items() if k != "timings_ms"}
        rows.append({"id": r["id"], "scores": r["scores"], "answer": answer})
    return summary, rows


def test_server_mode_gives_the_same_eval_results_as_embedded(
    server_data: Path, chroma_server: ChromaServer, kb_service: Assistant, tmp_path: Path
) -> None:
    sample = _eval_sample(tmp_path)
    server_env = cli_env(server_data, ASSISTANT_CHROMA_URL=chroma_server.url)
    embedded_env = cli_env(Path(kb_service.settings.data_dir))

    on_server = run_cli(["eval", str(sample), "--out", str(tmp_path / "server.json"), "--json"], server_env)
    embedded = run_cli(["eval", str(sample), "--out", str(tmp_path / "local.json"), "--json"], embedded_env)

    assert on_server.code == 0 and embedded.code == 0, on_server.err + embedded.err
    assert json.loads(on_server.out)["config"]["chroma"] == "server"
    assert json.loads(embedded.out)["config"]["chroma"] == "embedded"
    server_summary, server_rows = _comparable(tmp_path / "server.json")
    embedded_summary, embedded_rows = _comparable(tmp_path / "local.json")
    assert server_summary["questions"] >= 15
    assert server_summary == embedded_summary
    assert server_rows == embedded_rows


def test_ingest_and_ask_in_server_mode(
    server_data: Path, chroma_server: ChromaServer, tmp_path: Path
) -> None:
    env = cli_env(server_data, ASSISTANT_CHROMA_URL=chroma_server.url)
    settings = load_settings(data_dir=server_data, chroma_url=chroma_server.url)
    remote = ChromaStore(_collection(settings.collection_prefix, settings.embedder), url=chroma_server.url)
    before = remote.count()
    note = tmp_path / "tandpleje-toender.md"
    note.write_text(
        "---\nmunicipality: Tønder\ndate: 2024-02-01\nsource_type: news\n---\n# Tandpleje i Tønder\n\n"
        "Tønder Kommune udvider børnetandplejen med to nye klinikker i 2024, oplyser kommunen.\n",
        encoding="utf-8",
    )

    res = run_cli(["ingest", str(note), "--json"], env)

    assert res.code == 0, res.err
    assert json.loads(res.out)["added"] == ["tandpleje-toender"]
    assert remote.count() == before + 1, "the new chunk's vector went to the server"
    asked = run_cli(["ask", "Hvor mange klinikker får børnetandplejen i Tønder?", "--json"], env)
    answer = json.loads(asked.out)
    assert answer["citations"] and answer["citations"][0]["doc_id"] == "tandpleje-toender", (
        asked.err,
        answer.get("answer"),
        [p["doc_id"] for p in answer.get("passages", [])],
    )
    doctor = run_cli(["doctor", "--check-only", "--json"], env)
    assert doctor.code == 0 and json.loads(doctor.out)["ok"] is True


def test_server_down_is_one_clear_error_and_a_retry_works_once_it_is_back(
    server_data: Path, chroma_server: ChromaServer
) -> None:
    env = cli_env(server_data, ASSISTANT_CHROMA_URL=chroma_server.url)
    service = Assistant(load_settings(data_dir=server_data, chroma_url=chroma_server.url))
    first = service.ask(QUESTION)
    assert first.citations

    chroma_server.stop()
    try:
        res = cli_subprocess(["ask", QUESTION], env)
        assert res.code == StoreError.exit_code == 3
        assert "Traceback" not in res.err
        lines = res.err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: "), res.err
        assert chroma_server.url in lines[0] and "not reachable" in lines[0] and "chroma run" in lines[0]
        with pytest.raises(StoreError, match="not reachable"):
            service.ask(QUESTION)
    finally:
        chroma_server.start()

    # The same long-lived service (an app session) recovers, and so does a new CLI run.
    again = service.ask(QUESTION)
    assert [p.chunk_id for p in again.passages] == [p.chunk_id for p in first.passages]
    assert run_cli(["ask", QUESTION, "--json"], env).code == 0
