"""The shipped knowledge base: every document's front matter, body and verbatim link to its seed."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant.ingest.cleaning import clean_text, is_boilerplate
from assistant.models import DocumentMeta
from assistant.municipalities import canonical

REPO = Path(__file__).resolve().parent.parent
KNOWLEDGE = REPO / "knowledge"
SEEDS = REPO.parent / "shared" / "seeds"
DOC_FILES = sorted((KNOWLEDGE / "documents").glob("*.md")) + sorted((KNOWLEDGE / "guidance").glob("*.md"))

# Seed file -> document id; the verbatim guarantee is checked against these.
SEED_IDS = {
    "000_68c46f3c2093029b.txt": "odense-2015-mail-lukning-af-forebyggende-sager",
    "001_dacb94e0c08007b7.txt": "odense-2019-sammenhaengende-borgerforloeb",
    "002_82e56634e95efcc0.txt": "herning-vejle-2015-sagstal-blog",
    "003_8678fb8c5aa97d63.txt": "roedovre-genopretningsplan-2023-2025",
    "004_51b4e4c690629006.txt": "stevns-2018-genopretningsplan-task-force",
}
GUIDANCE_IDS = {
    "vejledning-ds-sagstal",
    "vejledning-sverigesmodellen-herning",
    "vejledning-anbringelsesudgifter-2019",
    "vejledning-tilsyn-task-force-ankestyrelsen",
    "vejledning-barnets-lov",
    "vejledning-socialraadgiverloen",
    "vejledning-myndighed-og-budget",
}


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Front matter between the leading '---' lines, and the raw body after it."""
    assert text.startswith("---\n"), "file must start with a '---' line"
    head, sep, body = text[4:].partition("\n---\n")
    assert sep, "front matter has no closing '---' line"
    front = yaml.safe_load(head)
    assert isinstance(front, dict)
    return front, body


def load(path: Path) -> tuple[DocumentMeta, str]:
    front, body = split_front_matter(path.read_text(encoding="utf-8"))
    return DocumentMeta(**front), body


@pytest.fixture(params=DOC_FILES, ids=lambda p: p.stem)
def doc(request: pytest.FixtureRequest) -> tuple[Path, DocumentMeta, str]:
    path: Path = request.param
    meta, body = load(path)
    return path, meta, body


def test_the_knowledge_base_is_complete() -> None:
    stems = {p.stem for p in DOC_FILES}
    assert set(SEED_IDS.values()) <= stems
    assert stems >= GUIDANCE_IDS
    assert {p.stem for p in (KNOWLEDGE / "guidance").glob("*.md")} >= GUIDANCE_IDS


def test_ids_are_unique() -> None:
    ids = [load(p)[0].id for p in DOC_FILES]
    assert len(ids) == len(set(ids))


def test_id_is_file_stem(doc: tuple[Path, DocumentMeta, str]) -> None:
    path, meta, _ = doc
    assert meta.id == path.stem


def test_required_metadata(doc: tuple[Path, DocumentMeta, str]) -> None:
    path, meta, _ = doc
    assert meta.title.strip()
    assert meta.date is not None
    assert meta.source.strip()
    assert meta.language == "da"
    if path.parent.name == "guidance":
        assert meta.source_type == "guidance"
    else:
        assert meta.source_type != "guidance"
        assert meta.all_municipalities(), "a seed document names its municipality"


def test_body_is_clean_and_non_empty(doc: tuple[Path, DocumentMeta, str]) -> None:
    _, meta, body = doc
    text = body.strip("\n")
    assert text.strip()
    assert clean_text(body) == text, "body must already be in clean_text form"
    bad = [line for line in text.split("\n") if is_boilerplate(line)]
    assert not bad
    assert meta.title in text.split("\n"), "the title is the document's own headline, verbatim"


def test_municipalities_are_canonical(doc: tuple[Path, DocumentMeta, str]) -> None:
    _, meta, _ = doc
    for name in meta.all_municipalities():
        assert canonical(name) == name


@pytest.mark.parametrize("path", sorted((KNOWLEDGE / "guidance").glob("*.md")), ids=lambda p: p.stem)
def test_guidance_paragraphs_cite_a_source(path: Path) -> None:
    _, body = load(path)
    paragraphs = body.strip("\n").split("\n\n")[1:]  # the first paragraph is the title line
    assert paragraphs
    for para in paragraphs:
        lines = para.split("\n")
        assert len(lines) >= 2 and lines[-1].startswith("Kilde: "), para


@pytest.mark.parametrize("seed_name", sorted(SEED_IDS))
def test_seed_body_is_verbatim(seed_name: str) -> None:
    if not SEEDS.is_dir():
        pytest.skip(f"seed folder {SEEDS} is not present (it lives beside the repository in shared/)")
    _, body = load(KNOWLEDGE / "documents" / f"{SEED_IDS[seed_name]}.md")
    seed = (SEEDS / seed_name).read_text(encoding="utf-8")
    assert body.strip("\n") == clean_text(seed)


def test_import_script_output_is_up_to_date() -> None:
    if not SEEDS.is_dir():
        pytest.skip(f"seed folder {SEEDS} is not present (it lives beside the repository in shared/)")
    import importlib.util

    spec = importlib.util.spec_from_file_location("import_seeds", REPO / "scripts" / "import_seeds.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--check"]) == 0


class _UniqueKeyLoader(yaml.SafeLoader):
    """A YAML loader that refuses duplicate keys, which plain YAML silently overwrites."""


def _construct_unique(loader: _UniqueKeyLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    keys = [loader.construct_object(k) for k, _ in node.value]
    dupes = {k for k in keys if keys.count(k) > 1}
    if dupes:
        raise yaml.constructor.ConstructorError(
            None, None, f"duplicate keys {sorted(dupes)}", node.start_mark
        )
    return loader.construct_mapping(node)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_unique)


def _documents_text() -> str:
    paths = [p for d in ("documents", "guidance") for p in sorted((KNOWLEDGE / d).glob("*.md"))]
    return " ".join(p.read_text(encoding="utf-8") for p in paths)


def test_glossary_parses() -> None:
    data = yaml.load((KNOWLEDGE / "glossary.yaml").read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)
    terms = data["terms"]
    assert len(terms) >= 40
    # The glossary translates into the documents' own words: each entry reaches them with at least one term
    # whose every word begins a word of the documents ("børnefaglig undersøgelse" finds "børnefaglige
    # undersøgelse"), so no entry is there for a question alone.
    words = set(re.findall(r"[\wæøå-]+", _documents_text().lower()))
    for english, danish in terms.items():
        assert isinstance(english, str) and english == english.strip().lower()
        assert isinstance(danish, list) and danish
        assert all(isinstance(d, str) and d.strip() for d in danish)
        assert any(
            all(any(w.startswith(part) for w in words) for part in d.lower().split()) for d in danish
        ), f"no term of '{english}' occurs in the documents"
    assert "sagstal" in terms["caseload"]
    assert "anbringelse" in terms["placement"]
