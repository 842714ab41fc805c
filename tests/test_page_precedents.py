"""The Præcedenser page, driven through Streamlit's AppTest (no browser)."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from assistant.answers import precedents
from assistant.config import Settings
from assistant.ui import page_precedents as page


def _page() -> None:
    from assistant.config import load_settings
    from assistant.ui.page_precedents import render

    render(load_settings())


@pytest.fixture
def app() -> AppTest:
    return AppTest.from_function(_page, default_timeout=60)


def _captions(at: AppTest) -> str:
    return "\n".join(c.value for c in at.caption)


def test_register_table_filters_by_topic_and_search(app: AppTest) -> None:
    app.run()
    assert not app.exception
    total = len(precedents.load_register(Settings().register_path))
    assert len(app.dataframe[0].value) == total
    app.multiselect(key="prec_filter_topics").set_value(["caseload"]).run()
    shown = app.dataframe[0].value
    assert {"Herning", "Vejle", "Stevns"} <= set(shown["Kommune"])
    assert "Odense" not in set(shown["Kommune"])
    app.text_input(key="prec_search").set_value("svensk").run()
    assert set(app.dataframe[0].value["Kommune"]) == {"Herning", "Vejle"}
    assert f"af {total} tiltag" in _captions(app)


def test_timelines_show_odense_2015_to_2019(app: AppTest) -> None:
    app.run()
    labels = [e.label for e in app.expander]
    assert "Odense: 2015–2019" in labels


def test_comparables_for_the_sidebar_municipality_in_english(app: AppTest) -> None:
    app.session_state["ui_lang"] = "en"
    app.session_state["my_municipality"] = "Rødovre"
    app.run()
    assert not app.exception
    assert app.selectbox(key="prec_comparable_for").value == "Rødovre"
    table = app.dataframe[1].value
    assert list(table["Municipality"])[:2] == ["Rødovre", "Tårnby"]
    assert len(table) == 9
    assert "No documented precedent: Tårnby" in _captions(app)
    assert app.get("vega_lite_chart")
    app.slider(key="prec_comparable_n").set_value(4).run()
    assert len(app.dataframe[1].value) == 5


def test_no_criterion_asks_for_one(app: AppTest) -> None:
    app.run()
    app.selectbox(key="prec_comparable_for").set_value("Herning").run()
    app.multiselect(key="prec_by").set_value([]).run()
    assert not app.exception
    assert any("criterion" in i.value or "kriterium" in i.value for i in app.info)


def test_comparables_frame_marks_what_is_documented() -> None:
    frame = page.comparables_frame("Vejle", precedents.load_register(Settings().register_path), 20, ["population"])
    kinds = dict(zip(frame["municipality"], frame["kind"], strict=True))
    assert kinds["Vejle"] == "chosen"
    assert kinds.get("Herning") == "documented"
    assert kinds.get("Horsens") == "named_only"
    chart = page.comparables_chart(frame, "da").to_dict()
    assert chart["mark"]["type"] == "bar"
