"""The calculator model: hand-worked examples, properties, invalid input, table/chart/export, presets."""

from __future__ import annotations

import io
import math
from pathlib import Path

import openpyxl
import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from assistant.calc.formulas import (
    PlacementSavings,
    caseload,
    caseload_change,
    cases_carried,
    fte_needed,
    placement_saving,
    spend_saving,
    staff_cost,
    staffing_gap,
)
from assistant.calc.presets import load_presets, parse_presets
from assistant.calc.scenario import break_even_pct, break_even_placements, outlook, scenario_table
from assistant.calc.table import scenario_chart, table_csv, table_excel
from assistant.config import PROJECT_ROOT
from assistant.errors import ConfigError, InputError
from assistant.numbers import numbers_in

# --- worked examples (arithmetic written out by hand) ----------------------------------------------


def test_caseload_560_cases_14_workers() -> None:
    # 560 / 14 = 40
    assert caseload(560, 14) == 40


def test_gap_1050_cases_25_workers_target_35() -> None:
    # today 1050 / 25 = 42; needed 1050 / 35 = 30 exactly; 30 - 25 = 5 missing
    gap = staffing_gap(1050, 25, 35)
    assert (gap.current_caseload, gap.fte_exact, gap.fte_needed) == (42, 30, 30)
    assert (gap.missing, gap.surplus) == (5, 0)


def test_gap_rounds_up_and_reports_surplus() -> None:
    # 1000 / 35 = 28.57 -> 29 positions; with 32 today there are 3 too many
    gap = staffing_gap(1000, 32, 35)
    assert gap.fte_exact == pytest.approx(28.571, abs=1e-3)
    assert (gap.fte_needed, gap.missing, gap.surplus) == (29, 0, 3)


def test_going_from_40_to_30_with_900_cases() -> None:
    # 900 / 40 = 22.5 -> 23 positions; 900 / 30 = 30 positions; 30 - 23 = 7 more; 7 x 650,000 = 4,550,000
    change = caseload_change(900, 40, 30)
    assert (change.fte_from_exact, change.fte_from, change.fte_to_exact, change.fte_to) == (22.5, 23, 30, 30)
    assert change.extra_fte == 7
    assert staff_cost(change.extra_fte, 650_000) == 4_550_000


def test_hire_cost_per_year_and_over_years() -> None:
    # 4 x 620,000 = 2,480,000 a year; over 3 years 7,440,000
    assert staff_cost(4, 620_000) == 2_480_000
    assert staff_cost(4, 620_000, years=3) == 7_440_000


def test_cases_carried() -> None:
    # 20 workers x 30 cases = 600
    assert cases_carried(20, 30) == 600


def test_float_noise_does_not_add_a_position() -> None:
    # 21 / 1.4 is 15.000000000000002 in floating point: 15 positions, not 16
    assert 21 / 1.4 > 15
    assert fte_needed(21, 1.4).fte_needed == 15
    assert fte_needed(900, 30).fte_needed == 30


def test_outlook_with_percentage_reduction() -> None:
    # 8 extra x 650,000 = 5,200,000 a year. Spend 40 x 800,000 = 32,000,000; 6 % of it = 1,920,000.
    # Net -3,280,000 a year; 4 years -13,120,000. Break-even: 5,200,000 / 800,000 = 6.5 placements,
    # 5,200,000 / 32,000,000 = 16.25 %; foster 5,200,000 / 470,000 = 11.06; residential / 1,160,000 = 4.48.
    savings = PlacementSavings(
        placements=40,
        cost_per_placement=800_000,
        reduction_pct=6,
        foster_cost=470_000,
        residential_cost=1_160_000,
    )
    result = outlook(8, 650_000, savings, years=4)
    assert (result.cost_per_year, result.savings_per_year, result.net_per_year) == (
        5_200_000,
        1_920_000,
        -3_280_000,
    )
    assert result.cumulative == -13_120_000
    assert result.break_even.placements_average == 6.5
    assert result.break_even.reduction_pct == pytest.approx(16.25)
    assert result.break_even.placements_foster == pytest.approx(11.0638, abs=1e-4)
    assert result.break_even.placements_residential == pytest.approx(4.4828, abs=1e-4)
    assert result.payback_year is None


def test_payback_with_a_ramp() -> None:
    # 2 x 500,000 = 1,000,000 a year. 1.5 residential placements x 1,160,000 = 1,740,000 at full effect.
    # Ramp 2 years: year 1 saves 870,000 (net -130,000), year 2 saves 1,740,000 (net +740,000, total 610,000).
    savings = PlacementSavings(residential_avoided=1.5, residential_cost=1_160_000)
    result = outlook(2, 500_000, savings, years=3, ramp_years=2)
    assert [r.savings for r in result.rows] == [870_000, 1_740_000, 1_740_000]
    assert [r.cumulative for r in result.rows] == [-130_000, 610_000, 1_350_000]
    assert result.payback_year == 2


def test_foster_and_residential_savings_add_up() -> None:
    # 2 x 470,000 + 1 x 1,160,000 = 2,100,000
    savings = PlacementSavings(
        foster_avoided=2, foster_cost=470_000, residential_avoided=1, residential_cost=1_160_000
    )
    assert savings.per_year() == 2_100_000


def test_savings_and_break_even_building_blocks() -> None:
    # 3 x 1,160,000 = 3,480,000; 6 % of 100,000,000 = 6,000,000; 5,200,000 / 32,000,000 = 16.25 %
    assert placement_saving(3, 1_160_000) == 3_480_000
    assert spend_saving(100_000_000, 6) == 6_000_000
    assert break_even_pct(5_200_000, 32_000_000) == pytest.approx(16.25)
    assert break_even_placements(5_200_000, 800_000) == 6.5
    # No spend or unit cost: no break-even (None), never a division by zero; fewer staff: nothing to avoid.
    assert break_even_pct(5_200_000, 0) is None and break_even_placements(5_200_000, 0) is None
    assert break_even_placements(-1_300_000, 800_000) == 0


def test_scenario_table_rows() -> None:
    # 900 cases, 22 today, 650,000 per position. Target 30: 30 needed, 8 extra, 5,200,000.
    # Target 45: 20 needed, 2 fewer, -1,300,000 (a saving), paid back in year 1.
    table = scenario_table(900, 22, 650_000, PlacementSavings(residential_cost=1_160_000), targets=[30, 45])
    rows = table.to_dict("records")
    assert [r["fte_needed"] for r in rows] == [30, 20]
    assert [r["extra_fte"] for r in rows] == [8, -2]
    assert [r["cost_per_year"] for r in rows] == [5_200_000, -1_300_000]
    assert rows[0]["break_even_residential"] == pytest.approx(4.48)
    assert rows[1]["break_even_residential"] == 0
    assert rows[1]["payback_year"] == 1
    assert table["payback_year"].isna().tolist() == [True, False]
    assert table["break_even_pct"].isna().all()  # no placement spend given: no percentage, and no NaN float


def test_chart_and_exports() -> None:
    table = scenario_table(
        900,
        22,
        650_000,
        PlacementSavings(placements=40, cost_per_placement=800_000, reduction_pct=6),
        targets=[25, 30, 35],
    )
    spec = scenario_chart(table, "da").to_dict()
    assert spec["mark"]["type"] == "line"
    series = {row["series"] for row in spec["datasets"][next(iter(spec["datasets"]))]}
    assert series == {"Udgift pr. år (kr.)", "Besparelse pr. år (kr.)", "Netto pr. år (kr.)"}

    csv = table_csv(table, "da").decode("utf-8-sig").splitlines()
    assert csv[0].startswith("Sagstal;Årsværk (præcist);")
    assert csv[2].startswith("30,0;30,0;30;8,0;5200000,0;")
    assert table_csv(table, "en").decode("utf-8-sig").startswith("Caseload,FTE (exact),")

    sheet = openpyxl.load_workbook(io.BytesIO(table_excel(table, "en"))).active
    assert sheet is not None
    assert sheet["A1"].value == "Caseload" and sheet["A3"].value == 30
    # Exports say what the table was computed from, with each input's origin.
    inputs = [("Cases today", 1200.0, "typed by the user"), ("Cost per foster placement", 470000.0, "national")]
    book = openpyxl.load_workbook(io.BytesIO(table_excel(table, "en", inputs)))
    assert book.sheetnames == ["Scenarios", "Inputs"] and book["Inputs"]["B2"].value == 1200
    last = table_csv(table, "da", inputs).decode("utf-8-sig").splitlines()[-1]
    assert last == "Cost per foster placement;470000,0;national"


# --- properties ------------------------------------------------------------------------------------

CASES = st.floats(0, 1_000_000, allow_nan=False)
TARGET = st.floats(1, 1_000, allow_nan=False)
COST = st.floats(1, 10_000_000, allow_nan=False)


@given(CASES, TARGET)
def test_fte_needed_carries_all_cases_and_is_minimal(cases: float, target: float) -> None:
    need = fte_needed(cases, target)
    # Up to the float-noise guard in calc._ceil (1e-9 of a position).
    assert need.fte_needed * target >= cases - 1e-9 * target
    assert (need.fte_needed - 1) * target < cases or need.fte_needed == 0


@given(st.integers(-1000, 1000), st.integers(-1000, 1000), COST)
def test_cost_is_monotonic_in_fte(a: int, b: int, cost: float) -> None:
    low, high = sorted((a, b))
    assert staff_cost(low, cost) <= staff_cost(high, cost)


@given(st.integers(1, 200), COST, st.floats(10_000, 5_000_000), st.floats(1, 1000))
def test_break_even_makes_net_effect_zero(
    extra: int, cost: float, unit_cost: float, placements: float
) -> None:
    base = PlacementSavings(foster_cost=unit_cost, placements=placements, cost_per_placement=unit_cost)
    be = outlook(extra, cost, base).break_even
    assert be.placements_foster is not None and be.reduction_pct is not None
    at_count = PlacementSavings(foster_avoided=be.placements_foster, foster_cost=unit_cost)
    assert outlook(extra, cost, at_count).net_per_year == pytest.approx(0, abs=0.02 + 1e-9 * extra * cost)
    if be.reduction_pct <= 100:
        at_pct = PlacementSavings(
            placements=placements, cost_per_placement=unit_cost, reduction_pct=be.reduction_pct
        )
        assert outlook(extra, cost, at_pct).net_per_year == pytest.approx(0, abs=0.02 + 1e-9 * extra * cost)


@given(CASES, st.floats(0.1, 100_000), TARGET, COST, st.floats(0, 100), st.integers(1, 20))
def test_no_nan_or_infinity_ever_comes_out(
    cases: float, fte: float, target: float, cost: float, pct: float, years: int
) -> None:
    savings = PlacementSavings(placements=10, cost_per_placement=cost, reduction_pct=pct)
    table = scenario_table(cases, fte, cost, savings, targets=[target], years=years)
    for name, column in table.items():
        assert all(math.isfinite(float(v)) for v in column.dropna()), name
        # "No value" (no unit cost given, not paid back) is pd.NA in a nullable column, never a float NaN.
        assert not column.isna().any() or str(column.dtype) in ("Float64", "Int64"), name


# --- invalid input ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: caseload(560, 0), "fte: must be greater than 0"),
        (lambda: caseload(560, -3), "fte: must be greater than 0"),
        (lambda: fte_needed(560, 0), "target: must be greater than 0"),
        (lambda: caseload(10**12, 14), "cases: 1,000,000,000,000 is implausibly large"),
        (lambda: caseload(float("nan"), 14), "cases: must be a finite number"),
        (lambda: caseload(560, float("inf")), "fte: must be a finite number"),
        (lambda: caseload("560", 14), "cases: expected a number"),  # type: ignore[arg-type]
        (lambda: staff_cost(4, -1), "cost_per_fte: must be at least 0"),
        (lambda: staff_cost(4, 620_000, years=0), "years: must be greater than 0"),
        (lambda: PlacementSavings(reduction_pct=120), "reduction_pct: 120 is implausibly large"),
        (lambda: caseload_change(900, 0, 30), "from_caseload: must be greater than 0"),
        (lambda: scenario_table(900, 22, 650_000, targets=[]), "targets: give at least one"),
    ],
)
def test_invalid_input_names_the_field(call, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError) as info:
        call()
    assert str(info.value).startswith(message)


# --- presets: every cited value is quoted verbatim from its knowledge document ---------------------


def _knowledge_bodies() -> dict[str, str]:
    """doc id -> body for every knowledge document (front matter between the leading '---' lines)."""
    bodies: dict[str, str] = {}
    for path in sorted((PROJECT_ROOT / "knowledge").glob("*/*.md")):
        text = path.read_text(encoding="utf-8")
        if not text.startswith("---"):
            continue
        _, front, body = text.split("---", 2)
        meta = yaml.safe_load(front)
        bodies[str(meta["id"])] = body
    return bodies


def test_preset_quotes_are_verbatim_and_state_the_value() -> None:
    bodies = _knowledge_bodies()
    presets = load_presets()
    assert {"foster_cost", "residential_cost", "social_worker_pay_state", "herning_caseload_after"} <= set(
        presets.values
    )
    for key, cited in presets.values.items():
        assert cited.doc_id in bodies, f"{key}: no knowledge document '{cited.doc_id}'"
        assert cited.quote in bodies[cited.doc_id], f"{key}: quote is not verbatim in {cited.doc_id}"
        assert cited.value in numbers_in(cited.quote, "da"), f"{key}: the quote does not state {cited.value}"


def test_preset_quotes_survive_ingestion() -> None:
    # Answers cite through CitationBook, which checks quotes against the ingested text, not the raw file.
    from assistant.ingest.read import read_document

    docs = {d.meta.id: d for d in map(read_document, (PROJECT_ROOT / "knowledge").glob("*/*.md"))}
    for key, cited in load_presets().values.items():
        assert cited.quote in docs[cited.doc_id].text, key


def test_preset_values_match_the_brief() -> None:
    p = load_presets()
    assert p.value("social_worker_pay_state").lower_bound is True
    assert p.resolve("herning-2015")["target"].value == 24
    assert p.resolve("herning-2015")["reduction_pct"].value == 6
    assert (p.value("ds_family_min").value, p.value("ds_family_max").value) == (20, 30)  # DS 2020, the newest
    assert (p.value("ds_family_2015_min").value, p.value("ds_family_2015_max").value) == (30, 35)
    assert (p.value("foster_cost").value, p.value("residential_cost").value) == (470_000, 1_160_000)


def test_presets_file_errors_are_config_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="unknown values"):
        parse_presets({"values": {}, "presets": {"x": {"label": {"da": "x"}, "inputs": {"target": "nope"}}}})
    with pytest.raises(ConfigError, match="unknown preset 'nope'"):
        load_presets().resolve("nope")
    bad = tmp_path / "presets.yaml"
    bad.write_text("values: [1, 2", encoding="utf-8")
    with pytest.raises(ConfigError, match="cannot read"):
        load_presets(bad)


def test_scenario_rows_without_extra_staff_claim_no_placement_savings() -> None:
    """Raising caseloads must not look profitable because of savings that lower caseloads bring."""
    savings = PlacementSavings(foster_avoided=2, foster_cost=470_000)
    table = scenario_table(900, 30, 650_000, savings, targets=[25, 30, 45])
    by_target = table.set_index("target_caseload")
    assert by_target.loc[25, "extra_fte"] == 6 and by_target.loc[25, "savings_per_year"] == 940_000
    assert by_target.loc[30, "extra_fte"] == 0 and by_target.loc[30, "savings_per_year"] == 0
    assert by_target.loc[45, "extra_fte"] == -10 and by_target.loc[45, "savings_per_year"] == 0
    assert by_target.loc[45, "net_per_year"] == 6_500_000  # only the staff cost difference
