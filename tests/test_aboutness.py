"""Municipality tags say what a chunk is about: measured against a hand-labelled list of every chunk.

The list (tests/data/chunk_municipalities.yaml) was written by reading each chunk of knowledge/; the
tagger is never run to produce it. Precision and recall over (chunk, municipality) pairs must be >= 0.95.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import REPO

from assistant.ingest.aboutness import chunk_about
from assistant.ingest.chunking import chunk_document
from assistant.ingest.read import collect_paths, read_document
from assistant.models import Chunk

LABELS = Path(__file__).parent / "data" / "chunk_municipalities.yaml"


def _key(doc_id: str, text: str) -> tuple[str, str]:
    return doc_id, " ".join(text.split())[:70]


@pytest.fixture(scope="module")
def knowledge_chunks() -> list[Chunk]:
    paths = collect_paths([REPO / "knowledge" / "documents", REPO / "knowledge" / "guidance"])
    return [c for p in paths for c in chunk_document(read_document(p))]


@pytest.fixture(scope="module")
def labels() -> dict[tuple[str, str], set[str]]:
    rows = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    return {(r["doc_id"], r["starts"]): set(r["about"]) for r in rows}


def test_every_chunk_is_labelled(knowledge_chunks: list[Chunk], labels: dict[tuple[str, str], set[str]]) -> None:
    keys = [_key(c.doc_id, c.text) for c in knowledge_chunks]
    assert len(set(keys)) == len(keys), "two chunks share a label key"
    missing = [k for k in keys if k not in labels]
    assert not missing, f"chunks with no hand label (label them by reading them): {missing}"
    stale = set(labels) - set(keys)
    assert not stale, f"labels for chunks that no longer exist: {sorted(stale)}"


def test_tag_precision_and_recall(knowledge_chunks: list[Chunk], labels: dict[tuple[str, str], set[str]]) -> None:
    tp = fp = fn = 0
    wrong: list[str] = []
    for chunk in knowledge_chunks:
        truth = labels[_key(chunk.doc_id, chunk.text)]
        tagged = set(chunk.municipalities)
        tp += len(tagged & truth)
        fp += len(tagged - truth)
        fn += len(truth - tagged)
        if tagged != truth:
            wrong.append(f"{chunk.chunk_id}: tagged {sorted(tagged)}, about {sorted(truth)}")
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    print(f"tag precision {precision:.3f}, recall {recall:.3f} over {len(knowledge_chunks)} chunks; {wrong}")
    assert precision >= 0.95, wrong
    assert recall >= 0.95, wrong


def test_a_list_of_other_municipalities_is_not_about_the_documents_own() -> None:
    text = "I maj 2015 blev Hedensted, Rødovre og København nævnt som kommuner på vej med samme tilgang."
    assert chunk_about(text, ["Herning"]) == ["Hedensted", "Rødovre", "København"]


def test_a_general_fact_in_a_background_note_is_about_no_municipality() -> None:
    assert chunk_about("KORA blev i 2017 lagt sammen med SFI til VIVE.", ["Herning"], in_fact=True) == []
    said = "Modellen forudsætter blandt andet, at socialrådgiverne har højst 25 børnesager."
    assert chunk_about(said, ["Herning"], in_fact=True) == ["Herning"]


def test_a_signature_is_about_nobody_and_a_plain_paragraph_keeps_its_context() -> None:
    assert chunk_about("FlemmingLeer\nDenmarkonline.dk", ["Vejle"]) == []
    said = "Det er derfor besluttet, at der skal lukkes ca. 20 % af de forebyggende sager."
    assert chunk_about(said, ["Odense"]) == ["Odense"]
