"""A question naming a municipality ranks that municipality's own document before a note retelling it."""

from __future__ import annotations

from pathlib import Path

from assistant.config import load_settings
from assistant.retrieval.query import read_query
from assistant.service import Assistant

_OWN = """---
id: odense-mail
title: Mail til rådgiverne
municipality: Odense
date: 2015-06-01
source_type: internal_email
---
Vi skal lukke de forebyggende sager, hvor der er manglende progression og manglende motivation hos familien.
"""

# The retelling repeats the question's words more often than the source does, as guidance notes tend to.
_RETELLING = """---
id: note-om-odense
title: Note om lukning af forebyggende sager
date: 2019-01-10
source_type: guidance
---
Odense lukkede forebyggende sager i 2015. Odense valgte forebyggende sager med manglende progression, og
Odense lukkede de forebyggende sager hurtigt.
"""


def _service(tmp_path: Path, **overrides: object) -> Assistant:
    knowledge = tmp_path / "knowledge"
    for folder, name, text in (("documents", "odense-mail.md", _OWN), ("guidance", "note.md", _RETELLING)):
        (knowledge / folder).mkdir(parents=True, exist_ok=True)
        (knowledge / folder / name).write_text(text, encoding="utf-8")
    service = Assistant(load_settings(data_dir=tmp_path / "data", knowledge_dir=knowledge, **overrides))
    service.rebuild()
    return service


def test_named_municipalitys_own_document_comes_first(tmp_path: Path) -> None:
    question = read_query("Hvilke forebyggende sager skulle Odense lukke?")
    without = _service(tmp_path / "plain", own_document_bonus=0.0).retriever.retrieve(question)
    assert without.hits[0].chunk.doc_id == "note-om-odense"  # the retelling wins on words alone
    ranked = _service(tmp_path / "own").retriever.retrieve(question)
    assert ranked.hits[0].chunk.doc_id == "odense-mail"


def test_question_naming_no_municipality_is_not_moved(tmp_path: Path) -> None:
    question = read_query("Hvilke forebyggende sager blev lukket?")
    plain = _service(tmp_path / "plain", own_document_bonus=0.0).retriever.retrieve(question)
    ranked = _service(tmp_path / "own").retriever.retrieve(question)
    assert [h.chunk.doc_id for h in ranked.hits] == [h.chunk.doc_id for h in plain.hits]
