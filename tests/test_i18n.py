"""The one translation table: complete in both languages, placeholders alike, every key a caller names present.

A missing language or a ``{name}`` only one language has would otherwise surface as a KeyError or a raw
brace in front of a caseworker, in the one answer that happens to need that phrase.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from assistant.errors import ConfigError
from assistant.i18n import Section, parse_phrases, phrases, placeholders, source_label, t

PACKAGE = Path(__file__).resolve().parents[1] / "assistant"
TABLE = PACKAGE / "i18n" / "phrases.yaml"


def test_every_phrase_has_both_languages_and_the_same_placeholders() -> None:
    raw = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
    assert len(raw) == len(phrases()) > 600
    for key, entry in raw.items():
        assert set(entry) == {"da", "en"}, key
        assert entry["da"].strip() and entry["en"].strip(), key
        assert placeholders(entry["da"]) == placeholders(entry["en"]), key


def test_keys_appear_once_in_the_file() -> None:
    """YAML keeps the last of two equal keys without a word, so a pasted phrase could hide another."""
    keys = re.findall(r"^([a-z][\w.]*):", TABLE.read_text(encoding="utf-8"), re.M)
    assert len(keys) == len(set(keys)) == len(phrases())


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ({"a.b": {"da": "x"}}, "exactly da and en"),
        ({"a.b": {"da": "x", "en": "y", "de": "z"}}, "exactly da and en"),
        ({"a.b": {"da": "", "en": "y"}}, "empty"),
        ({"a.b": {"da": "{n} sager", "en": "{count} cases"}}, "placeholders"),
        ({"a.b": {"da": "{n sager", "en": "{n} cases"}}, "a.b"),
        ({"A b": {"da": "x", "en": "y"}}, "not a key"),
        (["a"], "mapping"),
    ],
)
def test_a_broken_table_is_refused_as_it_loads(raw: object, problem: str) -> None:
    with pytest.raises(ConfigError, match=problem):
        parse_phrases(raw)


# Modules whose own short lookup adds a prefix: (files, call, prefix).
SHORT_LOOKUPS = (
    (("answers/comparison.py", "answers/comparison_text.py"), "phrase", "comparison."),
    (("calc/sheet.py", "calc/chat.py"), "phrase", "calc.phrase."),
    (("ui/page_eval.py",), "_t", "ui.eval."),
    (("ui/page_precedents.py",), "_t", "ui.precedents."),
)


def test_every_literal_key_a_module_names_exists() -> None:
    """``t("…")``, ``tr("…")``, the short lookups and the sections: a typo is a KeyError only when that line runs."""
    sources = {p: p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts}
    used = {k for s in sources.values() for k in re.findall(r"\btr?\(\s*\"([a-z][\w.]*)\"", s)}
    for files, call, prefix in SHORT_LOOKUPS:
        for name in files:
            found = re.findall(rf"\b{call}\(\s*\"([a-z][\w.]*)\"", sources[PACKAGE / name])
            assert found, name
            used |= {prefix + k for k in found}
    assert len(used) > 150
    assert sorted(k for k in used if k not in phrases()) == []
    prefixes = {k for s in sources.values() for k in re.findall(r"\bSection\(\s*\"([\w.]+)\"", s)}
    assert prefixes and all(len(Section(p)) > 0 for p in prefixes)


def test_lookups() -> None:
    assert t("ui_upload_added", "da", ids="a, b") == "Tilføjet til vidensbasen: a, b"
    assert t("calc.label.cases", "en") == "Number of cases"
    assert source_label("news", "da") == "nyhed" and source_label("unknown_type", "en") == "unknown_type"
    labels = Section("calc.label")
    assert "cases" in labels and "nope" not in labels and labels["cases"] == ("Antal sager", "Number of cases")
    assert "cases_1" not in labels and "cases_1" in Section("calc.symbol")  # a section is its own keys only
    assert list(Section("comparison.header"))[:2] == ["municipality", "period"]  # file order: tables rely on it
    with pytest.raises(KeyError):
        t("no.such.key", "da")


def test_no_phrase_key_is_written_twice() -> None:
    """YAML keeps the last of two equal keys without a word: a second "abstain_amount" once replaced the
    first and broke the refusal that used it."""
    import re
    from collections import Counter
    from pathlib import Path

    import assistant.i18n

    text = (Path(assistant.i18n.__file__).parent / "phrases.yaml").read_text(encoding="utf-8")
    keys = Counter(re.findall(r"^([^\s#][^:\n]*):\s*$", text, flags=re.M))
    assert [k for k, n in keys.items() if n > 1] == []
