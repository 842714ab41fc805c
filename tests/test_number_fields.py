"""Typed number fields: every Danish way of writing an amount, and a refusal where it could mean two."""

from __future__ import annotations

import pytest

from assistant.i18n import t
from assistant.number_fields import echo, field_text, read_field


@pytest.mark.parametrize("typed", ["600.000", "600 000", "600000", "0,6 mio.", "600.000 kr.", "600k"])
def test_danish_amounts_read_as_six_hundred_thousand(typed: str) -> None:
    reading = read_field(typed, "da", "kr")
    assert reading.value == 600_000 and reading.error is None
    assert echo(reading.value, "da", "kr") == "= 600.000 kr."


@pytest.mark.parametrize(("typed", "value"), [("1.200", 1200), ("1 200", 1200), ("1.200,5", 1200.5), ("1,5", 1.5)])
def test_danish_counts(typed: str, value: float) -> None:
    assert read_field(typed, "da").value == value


@pytest.mark.parametrize(("typed", "lang"), [("1,200", "da"), ("1.5", "da"), ("1.200", "en"), ("1,5", "en")])
def test_a_separator_that_reads_two_ways_is_asked_about(typed: str, lang: str) -> None:
    reading = read_field(typed, lang, "count")  # type: ignore[arg-type]
    assert reading.value is None and reading.error == "num_ambiguous"


def test_unreadable_negative_and_empty() -> None:
    assert read_field("mange", "da").error == "num_unreadable"
    assert read_field("-5", "da").error == "num_negative"
    assert read_field("  ", "da").empty and read_field("", "da").error is None
    assert t("num_unreadable", "da", text="mange").startswith("«mange» er ikke et tal")


def test_defaults_read_the_same_in_both_languages() -> None:
    text = field_text(470_000)
    assert text == "470 000"
    assert read_field(text, "da", "kr").value == read_field(text, "en", "kr").value == 470_000
