"""Municipality names in every shape people type them, and comparable municipalities."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant import municipalities as m
from assistant.errors import InputError
from assistant.municipality_table import _number


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Rødovre", "Rødovre"),
        ("Rodovre", "Rødovre"),
        ("Roedovre", "Rødovre"),
        ("rødovre kommune", "Rødovre"),
        ("Rødovre Kommunes", "Rødovre"),
        ("Københavns Kommune", "København"),
        ("København", "København"),
        ("copenhagen", "København"),
        ("Hernings", "Herning"),
        ("TÅRNBY", "Tårnby"),
        ("Tarnby", "Tårnby"),
        ("Naestved", "Næstved"),
        ("Aeroe", "Ærø"),
        ("lyngby-taarbæk kommune", "Lyngby-Taarbæk"),
        ("Lyngby Taarbæk", "Lyngby-Taarbæk"),
        ("  Vejle   Kommune ", "Vejle"),
        ("Bornholms Regionskommune", "Bornholm"),
    ],
)
def test_canonical_normalises_spellings(raw: str, expected: str) -> None:
    assert m.canonical(raw) == expected


@pytest.mark.parametrize("raw", ["", "   ", "Atlantis", "Region Hovedstaden", "Sverige"])
def test_canonical_rejects_non_municipalities(raw: str) -> None:
    assert m.canonical(raw) is None


def test_every_official_name_and_its_folded_form_round_trip() -> None:
    for name in m.names():
        assert m.canonical(name) == name
        assert m.canonical(m.fold(name)) == name
        assert m.canonical(name + " Kommune") == name


def test_table_has_98_municipalities_with_2023_population() -> None:
    table = m.load_table()
    assert len(table) == 98
    assert all(row.population and row.population_year == 2023 for row in table)


def test_resolve_suggests_close_matches() -> None:
    with pytest.raises(InputError) as err:
        m.resolve("Rodovr")
    assert "Rødovre" in str(err.value)
    assert "Rodovr" in str(err.value)


def test_find_mentions_reads_genitive_lists() -> None:
    text = "Hedensted, Rødovre, Hvidovre, Horsens, Brønderslev, Nyborg & Københavns kommuner er på vej"
    assert m.find_mentions(text) == [
        "Hedensted",
        "Rødovre",
        "Hvidovre",
        "Horsens",
        "Brønderslev",
        "Nyborg",
        "København",
    ]


def test_comparable_default_is_population_within_region() -> None:
    result = m.comparable("Rodovre")
    assert len(result) == 8
    assert "Rødovre" not in [c.name for c in result]
    assert [c.distance for c in result] == sorted(c.distance for c in result)
    assert all(c.same_region for c in result)
    assert result[0].population_band == "±10 %"
    assert result[0].population_year == 2023
    assert set(result[0].distances) == {"population", "region"}
    assert "population" in result[0].similarity and "same region" in result[0].similarity


def test_comparable_population_only_ignores_region() -> None:
    result = m.comparable("Herning", n=10, by=("population",))
    assert {c.region for c in result} != {"Region Midtjylland"}
    assert all(set(c.distances) == {"population"} for c in result)


def test_comparable_region_only_keeps_the_region_first() -> None:
    result = m.comparable("Stevns", n=16, by=["region"])
    assert all(c.region == "Region Sjælland" and c.distance == 0 for c in result)
    assert [c.name for c in result] == sorted(c.name for c in result)


def test_comparable_distance_is_symmetric() -> None:
    herning_in_vejle = next(c for c in m.comparable("Vejle", n=97) if c.name == "Herning")
    vejle_in_herning = next(c for c in m.comparable("Herning", n=97) if c.name == "Vejle")
    assert herning_in_vejle.distance == vejle_in_herning.distance


@pytest.mark.parametrize(
    ("kwargs", "needle"),
    [
        ({"name": "Atlantis"}, "unknown municipality"),
        ({"name": "Odense", "by": ("size",)}, "by: unknown criterion"),
        ({"name": "Odense", "by": ("children_0_17",)}, "no column"),
        ({"name": "Odense", "n": 0}, "n: use"),
        ({"name": "Odense", "n": 98}, "n: use"),
    ],
)
def test_comparable_bad_input(kwargs: dict[str, object], needle: str) -> None:
    with pytest.raises(InputError, match=needle):
        m.comparable(**kwargs)  # type: ignore[arg-type]


def _write_csv(path: Path, header: str, rows: list[str], sep: str = ",") -> Path:
    path.write_text(header.replace(",", sep) + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_extra_columns_are_used_when_present(tmp_path: Path) -> None:
    csv = _write_csv(
        tmp_path / "kommuner.csv",
        "kommunekode;municipality;region;population;population_year;Børn 0-17;Udgiftsbehovsindeks",
        [
            '0175;Rødovre;Region Hovedstaden;"42.563";2024;"9.000";"101,5"',
            '0185;Tårnby;Region Hovedstaden;"43.042";2024;"5.000";"90,0"',
            '0190;Furesø;Region Hovedstaden;"42.077";2024;"9.100";"101,0"',
        ],
        sep=";",
    )
    table = m.load_table(csv)
    assert table[0].population == 42563
    assert table[0].extras == {"children_0_17": 9000.0, "expenditure_need_index": 101.5}
    result = m.comparable("Rødovre", n=2, path=csv)
    assert [c.name for c in result] == ["Furesø", "Tårnby"]  # Tårnby is closer in population only
    assert {"children_0_17", "expenditure_need_index"} <= set(result[0].distances)
    assert result[0].population_year == 2024
    without = m.comparable("Rødovre", n=2, path=csv, use_extras=False)
    assert [c.name for c in without] == ["Tårnby", "Furesø"]


def test_missing_columns_name_the_file(tmp_path: Path) -> None:
    csv = _write_csv(tmp_path / "bad.csv", "code,name", ["0101,København"])
    with pytest.raises(InputError, match=r"bad\.csv: missing columns"):
        m.load_table(csv)


@given(st.floats(min_value=0.01, max_value=100.0))
def test_population_band_is_symmetric(ratio: float) -> None:
    assert m.population_band(ratio) == m.population_band(1 / ratio)


@given(st.integers(min_value=0, max_value=10_000_000))
def test_danish_thousands_parse(value: int) -> None:
    danish = f"{value:,}".replace(",", ".")
    assert _number(danish) == value
    assert _number(f"{value},5") == value + 0.5


# --- the `assistant comparable` command -----------------------------------------------------------


def test_cli_comparable_json_lists_measure_and_precedents() -> None:
    import json

    from typer.testing import CliRunner

    from assistant.cli.main import app

    result = CliRunner().invoke(app, ["comparable", "Københavns Kommune", "--n", "12", "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["municipality"] == "København"
    assert payload["population_year"] == 2023
    assert payload["criteria"] == ["population", "region"]
    assert len(payload["comparables"]) == 12
    first = payload["comparables"][0]
    assert {"similarity", "distance", "population_ratio", "population_band", "same_region"} <= set(first)
    assert set(payload["with_precedents"]) | set(payload["without_precedents"]) == {
        c["name"] for c in payload["comparables"]
    }
    odense = next(c for c in payload["comparables"] if c["name"] == "Odense")
    assert odense["documented"] and "odense-2019-sammenhaengende-borgerforloeb" in odense["precedents"]
    assert "Odense" in payload["with_precedents"]


def test_cli_comparable_text_and_errors() -> None:
    from typer.testing import CliRunner

    from assistant.cli.main import app

    runner = CliRunner()
    text = runner.invoke(app, ["comparable", "Rodovre", "--by", "population"])
    assert text.exit_code == 0, text.output
    assert "Tårnby" in text.output and "No documented precedent" in text.output
    bad = runner.invoke(app, ["comparable", "Rodovr"])
    assert isinstance(bad.exception, InputError) and "Rødovre" in str(bad.exception)
    bad_by = runner.invoke(app, ["comparable", "Vejle", "--by", "size"])
    assert isinstance(bad_by.exception, InputError) and "by:" in str(bad_by.exception)
