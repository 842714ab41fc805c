"""``ASSISTANT_KNOWLEDGE_DIR`` moves all reference data, not only the documents.

The register, the municipality table, the calculator's presets and the glossary are read from the
configured folder (``Settings.register_path`` and its siblings). Before, the answer path read the
project's own register whatever the setting said: a deployment with its own knowledge folder got
another municipality's precedents in its comparison tables.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from reliability_support import copy_index

from assistant import municipalities
from assistant.calc import presets
from assistant.config import PROJECT_ROOT, load_settings
from assistant.service import Assistant, use_reference_data

QUESTION = "Hvad har andre kommuner gjort for at sænke sagstallet?"


@pytest.fixture
def own_knowledge(tmp_path: Path, kb_service: Assistant) -> Iterator[Path]:
    """A copy of knowledge/ a test may change; the session's reference data is put back afterwards."""
    folder = tmp_path / "knowledge"
    shutil.copytree(PROJECT_ROOT / "knowledge", folder)
    yield folder
    use_reference_data(kb_service.settings)


def _service(folder: Path, kb_service: Assistant, tmp_path: Path) -> Assistant:
    data = copy_index(Path(kb_service.settings.data_dir), tmp_path / "data")
    return Assistant(load_settings(data_dir=data, knowledge_dir=folder))


def test_a_changed_register_changes_the_comparison_answer(
    own_knowledge: Path, kb_service: Assistant, tmp_path: Path
) -> None:
    before = kb_service.ask(QUESTION).answer
    assert "**Stevns**" in before  # the project's register has Stevns's recovery plan

    path = own_knowledge / "precedents.yaml"
    records = yaml.safe_load(path.read_text(encoding="utf-8"))
    path.write_text(
        yaml.safe_dump([r for r in records if r["municipality"] != "Stevns"], allow_unicode=True), encoding="utf-8"
    )
    after = _service(own_knowledge, kb_service, tmp_path).ask(QUESTION).answer

    assert "**Herning**" in after  # still a comparison answer from the register
    assert "**Stevns**" not in after


def test_the_municipality_table_and_presets_come_from_the_folder(
    own_knowledge: Path, kb_service: Assistant, tmp_path: Path
) -> None:
    csv = own_knowledge / "municipalities.csv"
    lines = csv.read_text(encoding="utf-8").splitlines()
    herning = next(i for i, line in enumerate(lines) if ",Herning," in line)
    old = municipalities.get("Herning").population
    assert old is not None
    lines[herning] = lines[herning].replace(str(old), str(old + 1), 1)
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (own_knowledge / "presets.yaml").write_text(
        (PROJECT_ROOT / "knowledge" / "presets.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )

    _service(own_knowledge, kb_service, tmp_path)

    assert municipalities.table_in_use() == csv
    assert municipalities.get("Herning").population == old + 1
    assert presets.load_presets() is presets.load_presets(own_knowledge / "presets.yaml")


def test_a_folder_of_documents_alone_keeps_the_bundled_reference_data(
    own_knowledge: Path, kb_service: Assistant, tmp_path: Path
) -> None:
    for name in ("municipalities.csv", "presets.yaml", "glossary.yaml", "precedents.yaml"):
        (own_knowledge / name).unlink()
    service = _service(own_knowledge, kb_service, tmp_path)

    assert municipalities.table_in_use() == municipalities.DEFAULT_CSV
    answer = service.ask(QUESTION)  # no register: cited passages, no comparison table, no error
    assert not answer.abstained and "| Kommune |" not in answer.answer
