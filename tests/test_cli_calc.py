"""``assistant calc``: caseload, target, scenario and presets, as text and as JSON."""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from assistant.cli.main import app, main
from assistant.errors import AssistantError
from assistant.models import Calculation

runner = CliRunner()


def run_json(*args: str) -> dict:  # type: ignore[type-arg]
    result = runner.invoke(app, ["calc", *args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_caseload_json_and_text() -> None:
    payload = run_json("caseload", "--cases", "560", "--fte", "14")
    assert payload["outputs"] == {"caseload": 40}
    cases = payload["inputs"]["cases"]
    assert (cases["value"], cases["origin"], cases["unit"], cases["citation"]) == (560, "user", "n", None)
    # The one calculation shape, as in ``ask --json``: the asked quantity with its formula and inputs.
    (asked,) = Calculation.model_validate(payload).asked
    assert (asked.name, asked.value, asked.formula) == ("caseload", 40, "caseload = cases / fte")
    assert asked.inputs == {"cases": 560, "fte": 14}
    text = runner.invoke(app, ["calc", "caseload", "--cases", "560", "--fte", "14"]).output
    assert text.strip() == "Sagstal: 40 sager pr. rådgiver (560 ÷ 14)"


def test_target_reads_danish_numbers() -> None:
    # 1.050 / 25 = 42 today; 1.050 / 35 = 30 needed; 5 missing; 5 x 650.000 = 3.250.000
    payload = run_json(
        "target", "--cases", "1.050", "--fte", "25", "--target", "35", "--cost-per-fte", "650.000"
    )
    out = payload["outputs"]
    assert (out["current_caseload"], out["fte_needed"], out["missing_fte"], out["surplus_fte"]) == (
        42,
        30,
        5,
        0,
    )
    assert out["cost_per_year"] == 3_250_000
    assert payload["inputs"]["cost_per_fte"]["unit"] == "kr"
    assert [q["name"] for q in payload["asked"]] == ["current_caseload", "fte_needed", "missing_fte",
                                                     "surplus_fte", "cost_per_year"]  # fmt: skip
    text = runner.invoke(
        app, ["calc", "target", "--cases", "1050", "--fte", "25", "--target", "35", "--lang", "en"]
    )
    assert "FTE needed (rounded up)" in text.output and "Missing" in text.output


SCENARIO = [
    "scenario", "--cases", "900", "--fte", "22", "--cost-per-fte", "650000", "--placements", "40",
    "--cost-per-placement", "800.000", "--reduction-pct", "6", "--targets", "25 30 35",
]  # fmt: skip


def test_scenario_rows_worked_by_hand() -> None:
    # Target 30: 900 / 30 = 30 positions, 8 more, 8 x 650,000 = 5,200,000. Spend 40 x 800,000 = 32,000,000,
    # 6 % = 1,920,000 saved; net -3,280,000 a year, -13,120,000 over 4 years; break-even 6.5 placements,
    # 16.25 %; never paid back.
    payload = run_json(*SCENARIO)
    rows = {row["target_caseload"]: row for row in payload["rows"]}
    assert sorted(rows) == [25, 30, 35]
    row = rows[30]
    assert (row["fte_needed"], row["extra_fte"], row["cost_per_year"]) == (30, 8, 5_200_000)
    assert (row["savings_per_year"], row["net_per_year"], row["net_cumulative"]) == (
        1_920_000,
        -3_280_000,
        -13_120_000,
    )
    assert (row["break_even_placements"], row["break_even_pct"], row["payback_year"]) == (6.5, 16.25, None)
    assert row["break_even_foster"] is None  # no foster cost given: no value, not NaN
    assert payload["kind"] == "scenario" and payload["inputs"]["years"]["value"] == 4  # years are inputs too
    assert Calculation.model_validate({k: v for k, v in payload.items() if k != "written"}).rows == payload["rows"]


def test_scenario_text_table_is_localised() -> None:
    text = runner.invoke(app, ["calc", *SCENARIO]).output
    header = text.splitlines()[0]
    assert header.split()[0] == "Sagstal"
    assert "5.200.000" in text and "-3.280.000" in text


def test_preset_adds_cited_inputs_and_its_target() -> None:
    payload = run_json(
        "scenario", "--cases", "900", "--fte", "22", "--cost-per-fte", "650000", "--placements", "40",
        "--cost-per-placement", "800000", "--preset", "herning-2015",
        "--preset", "national-placement-costs-2019",
    )  # fmt: skip
    pct = payload["inputs"]["reduction_pct"]
    assert (pct["value"], pct["origin"], pct["doc_id"]) == (6, "source", "herning-vejle-2015-sagstal-blog")
    assert pct["quote"] == "Antallet af anbringelser er reduceret med 6 %."
    assert payload["inputs"]["residential_cost"]["value"] == 1_160_000
    assert 24 in [row["target_caseload"] for row in payload["rows"]]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_scenario_writes_the_table(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"scenarier{suffix}"
    payload = run_json(*SCENARIO, "--out", str(out))
    assert payload["written"] == str(out)
    if suffix == ".csv":
        assert out.read_bytes().decode("utf-8-sig").startswith("Sagstal;")
    else:
        sheet = openpyxl.load_workbook(io.BytesIO(out.read_bytes())).active
        assert sheet is not None and sheet["A1"].value == "Sagstal"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["caseload", "--cases", "560", "--fte", "0"], "--fte: must be greater than 0, got 0"),
        (["caseload", "--cases", "abc", "--fte", "14"], "--cases: 'abc' is not a number"),
        (
            ["caseload", "--cases", "1.000.000.000.000", "--fte", "14"],
            "--cases: 1,000,000,000,000 is implausibly",
        ),
        (["target", "--cases", "900", "--fte", "22", "--target", "0"], "--target: must be greater than 0"),
        (["caseload", "--cases", "560", "--fte", "14", "--lang", "de"], "--lang 'de': use da or en"),
        ([*SCENARIO, "--reduction-pct", "150"], "--reduction-pct: 150 is implausibly large"),
        ([*SCENARIO, "--out", "table.pdf"], "--out table.pdf: use a .csv or .xlsx"),
        ([*SCENARIO, "--preset", "nope"], "unknown preset 'nope'"),
    ],
)
def test_invalid_input_names_the_option(args: list[str], message: str) -> None:
    result = runner.invoke(app, ["calc", *args])
    assert result.exit_code != 0
    assert isinstance(result.exception, AssistantError)
    assert message in str(result.exception)


def test_main_turns_errors_into_one_line_and_exit_code_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["calc", "caseload", "--cases", "560", "--fte", "0"])
    assert info.value.code == 2
    assert capsys.readouterr().err.strip() == "error: --fte: must be greater than 0, got 0"


def test_presets_command_lists_cited_values() -> None:
    payload = run_json("presets")
    pay = payload["values"]["social_worker_pay_state"]
    assert (pay["value"], pay["doc_id"], pay["lower_bound"]) == (
        482_946,
        "vejledning-socialraadgiverloen",
        True,
    )
    assert "herning-2015" in payload["presets"]
