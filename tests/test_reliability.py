"""Bad input, crash safety and hostile questions: nothing a user does may lose what is indexed.

Each test works on a private copy of the session index, drives the real CLI (``assistant.cli.main.main``)
and compares what ``ask --json`` returns before and after.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from reliability_support import (
    ASSISTANT_BIN,
    cli_env,
    cli_subprocess,
    copy_index,
    minimal_pdf,
    passages_of,
    run_cli,
)

from assistant.config import load_settings
from assistant.index.indexer import KnowledgeIndex
from assistant.models import Answer
from assistant.service import Assistant

QUESTIONS = [
    "Hvor mange sager havde socialrådgiverne i Herning?",
    "Hvad besluttede Odense om de forebyggende sager?",
    "What did the Task Force find in Stevns?",
]
GOOD_MD = "# Tandpleje i Tønder\n\nTønder Kommune udvider børnetandplejen med to klinikker i 2024.\n"
LATIN1 = "Ærø Kommune: Socialrådgiverne på Ærø får færre sager i år, og økonomien følges nøje.\n"
CP1252 = "Økonomiudvalget i Fanø vedtog planen – den koster 3 € pr. borger og “ingen” blev glemt.\n"
BOILERPLATE = "Spring til indhold\nMenu\nAccepter alle cookies\nDel på Facebook\nTil toppen\n"


@pytest.fixture
def kb_copy(tmp_path: Path, kb_service: Assistant) -> Path:
    return copy_index(Path(kb_service.settings.data_dir), tmp_path / "data")


def _ask_service(service: Assistant) -> list[list[tuple[str, str, str]]]:
    """The same passages as ``_ask_all``, from an index that is open in this process already."""
    return [[(p.doc_id, p.chunk_id, p.text) for p in service.ask(q).passages] for q in QUESTIONS]


def _ask_all(env: dict[str, str]) -> list[list[tuple[str, str, str]]]:
    out = []
    for question in QUESTIONS:
        res = run_cli(["ask", question, "--json"], env)
        assert res.code == 0, res.err
        out.append(passages_of(res.out))
    return out


def _make_inbox(root: Path) -> tuple[Path, dict[str, str]]:
    """A folder with good and bad files; returns it and {bad file name: expected reason fragment}."""
    import docx

    inbox = root / "inbox"
    inbox.mkdir()
    (inbox / "tandpleje.md").write_text(GOOD_MD, encoding="utf-8")
    (inbox / "aeroe-latin1.txt").write_bytes(LATIN1.encode("latin-1"))
    (inbox / "fanoe-cp1252.txt").write_bytes(CP1252.encode("cp1252"))
    (inbox / "notat.pdf").write_bytes(minimal_pdf("Ringsted Kommune har 27 sager pr. raadgiver i 2024."))
    document = docx.Document()
    document.add_paragraph("Struer Kommune opretter et nyt familiehus for 4 mio. kr.")
    document.save(str(inbox / "familiehus.docx"))

    bad = {
        "tom.txt": "empty",
        "junk.pdf": "not a PDF",
        "junk.docx": "not a DOCX",
        "beskadiget.pdf": "corrupt or unreadable PDF",
        "stor.txt": "MB limit",
        "stor-junk.pdf": "MB limit",  # size is checked before the type is parsed
        "kun-menu.txt": "only boilerplate",
        "tandpleje2.md": "same text as tandpleje",
        "regneark.xlsx": "unsupported file type",
    }
    (inbox / "tom.txt").write_bytes(b"")
    (inbox / "junk.pdf").write_bytes(os.urandom(3000))
    (inbox / "junk.docx").write_bytes(os.urandom(3000))
    (inbox / "beskadiget.pdf").write_bytes(minimal_pdf("Halvdelen mangler")[:200])
    (inbox / "stor.txt").write_text("Sagstal og budget. " * 4000, encoding="utf-8")  # ~76 KB
    (inbox / "stor-junk.pdf").write_bytes(os.urandom(80_000))
    (inbox / "kun-menu.txt").write_text(BOILERPLATE, encoding="utf-8")
    (inbox / "tandpleje2.md").write_text(GOOD_MD, encoding="utf-8")
    (inbox / "regneark.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    (inbox / ".DS_Store").write_bytes(b"\x00\x01")  # hidden: ignored, not reported
    return inbox, bad


def test_mixed_folder_reports_each_bad_file_and_keeps_the_index(kb_copy: Path, tmp_path: Path) -> None:
    env = cli_env(kb_copy, ASSISTANT_MAX_FILE_MB="0.06")
    before = _ask_all(env)
    old_index = KnowledgeIndex(load_settings(data_dir=kb_copy))
    old_snap = old_index.snapshot()
    inbox, bad = _make_inbox(tmp_path)
    missing = tmp_path / "findes-ikke.md"

    res = run_cli(["ingest", str(inbox), str(missing)], env)

    assert res.code == 1, "a run with failures must exit non-zero"
    assert "Traceback" not in res.out + res.err
    failed_lines = [line for line in res.out.splitlines() if line.startswith("FAILED ")]
    expected = {**bad, missing.name: "no such file"}
    assert len(failed_lines) == len(expected), res.out
    for name, reason in expected.items():
        lines = [ln for ln in failed_lines if Path(ln.split(":", 1)[0].removeprefix("FAILED ")).name == name]
        assert len(lines) == 1, (name, failed_lines)
        assert reason in lines[0], lines[0]

    new_snap = KnowledgeIndex(load_settings(data_dir=kb_copy)).snapshot()
    added = set(new_snap.docs) - set(old_snap.docs)
    assert added == {"tandpleje", "aeroe-latin1", "fanoe-cp1252", "notat", "familiehus"}
    assert LATIN1.strip() in new_snap.docs["aeroe-latin1"].text
    assert CP1252.strip() in new_snap.docs["fanoe-cp1252"].text
    assert "27 sager" in new_snap.docs["notat"].text
    # What was there is untouched: same documents, same chunks, same answers.
    for doc_id, doc in old_snap.docs.items():
        assert new_snap.docs[doc_id].content_hash == doc.content_hash
    old_chunks = set(old_snap.chunks["chunk_id"])
    assert old_chunks <= set(new_snap.chunks["chunk_id"])
    after = _ask_all(env)
    for question, was, now in zip(QUESTIONS, before, after, strict=True):
        # New documents change BM25's document frequencies, so the last places may trade; the best
        # passages of the old documents keep their order.
        assert [p for p in now if p[1] in old_chunks][:3] == was[:3], question


def test_a_run_of_only_bad_files_changes_nothing(kb_copy: Path, tmp_path: Path) -> None:
    env = cli_env(kb_copy)
    current = (kb_copy / "CURRENT").read_text()
    before = _ask_all(env)
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "tom.md").write_bytes(b"")
    (folder / "x.pdf").write_bytes(b"%PDF-1.7\n garbage")

    res = run_cli(["ingest", str(folder), "--json"], env)

    assert res.code == 1
    payload = json.loads(res.out)
    assert payload["ok"] is False and not payload["added"]
    assert sorted(Path(f["file"]).name for f in payload["failed"]) == ["tom.md", "x.pdf"]
    assert (kb_copy / "CURRENT").read_text() == current
    assert _ask_all(env) == before


def test_an_empty_folder_is_a_clear_input_error(kb_copy: Path, tmp_path: Path) -> None:
    (tmp_path / "tom-mappe").mkdir()
    res = run_cli(["ingest", str(tmp_path / "tom-mappe")], cli_env(kb_copy))
    assert res.code == 2
    assert res.err.startswith("error: no files found in")
    assert len(res.err.strip().splitlines()) == 1


def test_a_renamed_copy_of_an_indexed_document_is_refused(kb_copy: Path, tmp_path: Path) -> None:
    source = Path(__file__).resolve().parent.parent / "knowledge" / "guidance" / "vejledning-barnets-lov.md"
    text = source.read_text(encoding="utf-8").replace("id: vejledning-barnets-lov", "id: barnets-lov-kopi")
    copy = tmp_path / "barnets-lov-kopi.md"
    copy.write_text(text, encoding="utf-8")
    res = run_cli(["ingest", str(copy), "--json"], cli_env(kb_copy))
    assert res.code == 1
    payload = json.loads(res.out)
    assert payload["failed"][0]["reason"].endswith("same text as vejledning-barnets-lov; skipped")
    assert not payload["added"]


# -- crash safety -------------------------------------------------------------------------------------
def _many_small_files(folder: Path, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        (folder / f"notat-{i:03d}.txt").write_text(
            f"Notat {i}: Familieafdelingen registrerede {i * 7 + 3} underretninger i uge {i % 52 + 1} "
            f"og åbnede {i * 3 + 1} nye sager; sagsbehandler nr. {i} fik {i % 9 + 20} sager.\n",
            encoding="utf-8",
        )


def _wait_for_log(log: Path, needle: str, proc: subprocess.Popen[str], timeout_s: float = 90) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if log.exists() and needle in log.read_text(encoding="utf-8", errors="replace"):
            return
        if proc.poll() is not None:
            pytest.fail(f"the ingest ended (exit {proc.returncode}) before '{needle}' was logged")
        time.sleep(0.05)
    pytest.fail(f"'{needle}' never appeared in {log}")


def test_kill_during_ingest_leaves_a_working_index_and_doctor_repairs(
    kb_copy: Path, tmp_path: Path, kb_service: Assistant
) -> None:
    env = cli_env(kb_copy)
    current = (kb_copy / "CURRENT").read_text()
    # Asked of the original, not the copy: this process must open the copy's Chroma only after the kill.
    before = _ask_service(kb_service)
    inbox = tmp_path / "mange"
    _many_small_files(inbox, 150)  # 150 one-chunk documents: three embedding batches of 64
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")} | env
    proc = subprocess.Popen(
        [str(ASSISTANT_BIN), "ingest", str(inbox)],
        env=full_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _wait_for_log(kb_copy / "logs" / "assistant.log", "embedded 64/", proc)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    # The old snapshot is still current and answers exactly as before.
    assert (kb_copy / "CURRENT").read_text() == current
    assert _ask_all(env) == before
    # The vectors the killed run wrote are orphans: doctor finds them, then repairs.
    check = run_cli(["doctor", "--check-only", "--json"], env)
    assert check.code == 1
    found = json.loads(check.out)["before"]
    assert found["orphan_vectors"] >= 64 and found["missing_vectors"] == 0
    repaired = run_cli(["doctor", "--json"], env)
    assert repaired.code == 0, repaired.err
    assert json.loads(repaired.out)["after"] == {**found, "orphan_vectors": 0}
    index = KnowledgeIndex(load_settings(data_dir=kb_copy))
    snap = index.snapshot()
    assert index.store.all_ids() == set(snap.chunks["chunk_id"])
    assert snap.bm25 is not None and snap.bm25.scores["num_docs"] == snap.size
    # The killed process's lock died with it: the next ingest runs.
    again = run_cli(["ingest", str(inbox / "notat-000.txt"), "--json"], env)
    assert again.code == 0, again.err
    assert json.loads(again.out)["added"] == ["notat-000"]


def test_doctor_re_embeds_missing_vectors(kb_copy: Path) -> None:
    env = cli_env(kb_copy)
    index = KnowledgeIndex(load_settings(data_dir=kb_copy))
    victims = sorted(index.snapshot().row_of)[:3]
    index.store.delete(victims)

    check = run_cli(["doctor", "--check-only", "--json"], env)
    assert check.code == 1
    assert json.loads(check.out)["before"]["missing_vectors"] == 3
    repaired = run_cli(["doctor"], env)
    assert repaired.code == 0, repaired.err
    assert "BM25 and Chroma agree" in repaired.out
    assert set(victims) <= index.store.existing(victims)


# -- questions ------------------------------------------------------------------------------------------
HOSTILE = {
    "long": "Hvor mange sager har en socialrådgiver i Herning? " * 200,  # ~10,000 characters
    "punctuation": "?!.,;:-–—…«»()[]{}",
    "greek": "Πόσες υποθέσεις έχει κάθε κοινωνικός λειτουργός στο Herning;",
    "arabic": "كم عدد الحالات لكل أخصائي اجتماعي في الدنمارك؟",
    "sql": "'; DROP TABLE chunks; -- SELECT * FROM documents WHERE 1=1",
    "html": "<script>alert('x')</script><img src=x onerror=alert(1)> sagstal i Vejle",
    "template": "{{7*7}} ${jndi:ldap://example.org/a} %s %n \x00 sagstal",
}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_questions_get_a_clear_answer(kb_service: Assistant, kind: str) -> None:
    question = HOSTILE[kind]
    answer = kb_service.ask(question)
    assert isinstance(answer, Answer)
    assert answer.answer.strip()
    assert answer.abstained or answer.citations, "an answer either abstains or cites"
    assert "<script" not in answer.answer and "onerror" not in answer.answer
    json.loads(answer.model_dump_json())
    if kind == "long":
        assert len(question) >= 10_000
        assert answer.notice, "a cut question says so"


@pytest.mark.parametrize("question", ["", "   \n\t "])
def test_an_empty_question_is_one_clear_error(kb_copy: Path, question: str) -> None:
    res = run_cli(["ask", question], cli_env(kb_copy))
    assert res.code == 2
    assert res.err.strip() == "error: the question is empty"


def test_cli_errors_are_one_line_without_traceback_in_a_real_process(tmp_path: Path) -> None:
    res = cli_subprocess(["ask", "  "], cli_env(tmp_path / "data"), timeout=120)
    assert res.code == 2
    assert res.err.strip() == "error: the question is empty"
    assert "Traceback" not in res.err
