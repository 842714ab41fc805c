"""The app's pages driven through Streamlit's AppTest (no browser), plus its escaping and upload guards.

Read-only tests share the session's knowledge-base index (``kb_service``); tests that upload or remove
documents get their own small index so they cannot disturb the others.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import docx
import pytest
from conftest import REPO, make_settings, write_stevns_note
from hypothesis import given
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from assistant.errors import InputError
from assistant.i18n import phrases
from assistant.ingest.read import MetaOverrides
from assistant.service import Assistant
from assistant.ui.markup import answer_markdown, escape_markdown, quote_block
from assistant.ui.page_documents import ingest_uploads
from assistant.ui.uploads import UPLOAD_TYPES, delete_upload, safe_name, save_upload, uploads_dir

APP = str(REPO / "streamlit_app.py")
HERNING = "Hvor mange sager havde socialrådgiverne i Herning, før de fik lavere sagstal?"
TIMEOUT = 120


def _documents_page() -> None:
    from assistant.ui import page_documents
    from assistant.ui.resources import current_settings

    page_documents.render(current_settings())


def _calculator_page() -> None:
    from assistant.ui import page_calculator
    from assistant.ui.resources import current_settings

    page_calculator.render(current_settings())


@pytest.fixture
def kb_env(kb_service: Assistant, monkeypatch: pytest.MonkeyPatch) -> Assistant:
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(kb_service.settings.data_dir))
    monkeypatch.delenv("ASSISTANT_LLM", raising=False)
    return kb_service


@pytest.fixture
def small_service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Assistant:
    """A tiny index of its own (one document), so uploads and removals stay in this test."""
    src = write_stevns_note(tmp_path / "src")
    service = Assistant(make_settings(tmp_path / "data"))
    assert service.ingest([src]).added == ["stevns-note"]
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(service.settings.data_dir))
    return service


def _docx_bytes(text: str) -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _ask(at: AppTest, question: str) -> AppTest:
    return at.chat_input(key="chat_input").set_value(question).run(timeout=TIMEOUT)


CALC_QUESTION = (
    "Vi har 1.200 børnesager og 30 rådgivere. Hvad koster det at komme ned på 35 sager pr. rådgiver, "
    "når en rådgiver koster 600.000 kr.?"
)


# -- chat -------------------------------------------------------------------------------------------------


def test_chat_answers_with_numbered_citations_that_expand_to_quotes(kb_env: Assistant) -> None:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    assert not at.exception
    assert at.title[0].value == "Spørg vidensbasen"
    _ask(at, HERNING)
    assert not at.exception
    answer = at.session_state["history"][-1]
    assert not answer.abstained and answer.citations
    body = next(m.value for m in at.markdown if "Det siger kilderne" in m.value)
    # Each marker links to its document's panel; one panel per document, whatever its number of quotes.
    assert "24" in body and "[:blue-badge[1]](#kilde-ans0-1)" in body
    labels = [e.label for e in at.expander if e.label.startswith("\\[1")]
    assert labels and "Herning" in labels[0] and "-badge[" in labels[0]
    docs = {c.doc_id for c in answer.citations}
    assert len([e for e in at.expander if e.label.startswith("\\[")]) == len(docs)
    assert not any(d in e.label for e in at.expander for d in docs)  # no internal ids on screen
    quotes = [m.value for m in at.markdown if m.value.startswith("**[1]**") and "\n> " in m.value]
    assert escape_markdown(answer.citations[0].quote.split()[0]) in quotes[0]
    assert {b.key for b in at.get("download_button")} >= {"ans0_docx", "ans0_md"}


def test_example_question_is_asked_when_clicked(kb_env: Assistant) -> None:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    at.button(key="example_0").click().run(timeout=TIMEOUT)
    assert not at.exception
    history = at.session_state["history"]
    assert [a.question for a in history] == [phrases()["ui_example_1"].da]
    assert not [b for b in at.button if b.key == "example_0"]  # examples are for an empty chat only


def test_abstention_has_its_own_clear_state(kb_env: Assistant) -> None:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    _ask(at, "Hvordan bliver vejret i morgen i Aarhus?")
    assert at.session_state["history"][-1].abstained
    assert any("Ingen kilde dækker spørgsmålet" in w.value for w in at.warning)
    assert not [e for e in at.expander if e.label.startswith("\\[")]


def test_english_switch_translates_the_interface(kb_env: Assistant) -> None:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    at.radio(key="ui_lang").set_value("en").run()
    assert at.title[0].value == "Ask the knowledge base"
    assert at.sidebar.selectbox(key="my_municipality").label == "My municipality"
    _ask(at, "How many cases did social workers in Herning have before the lower caseload?")
    answer = at.session_state["history"][-1]
    assert answer.language == "en" and not answer.abstained
    assert any("quotes in Danish" in m.value for m in at.markdown)


def test_sidebar_filters_reach_retrieval(kb_env: Assistant) -> None:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    assert "Odense" in at.multiselect(key="filter_municipalities").options
    at.multiselect(key="filter_municipalities").set_value(["Odense"]).run()
    at.multiselect(key="filter_source_types").set_value(["internal_email"]).run()
    _ask(at, "Hvor mange forebyggende sager skulle lukkes?")
    answer = at.session_state["history"][-1]
    assert answer.citations
    assert all(c.municipality == "Odense" and c.source_type == "internal_email" for c in answer.citations)
    # The year range survives a rerun without Streamlit complaining about defaults and state.
    assert at.slider(key="filter_years").value[0] <= 2015
    assert not at.exception


def test_sessions_keep_their_own_history(kb_env: Assistant) -> None:
    first = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    _ask(first, HERNING)
    second = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    assert len(first.session_state["history"]) == 1
    assert "history" not in second.session_state or second.session_state["history"] == []
    _ask(first, "Hvad koster en anbringelse på en døgninstitution?")
    assert len(first.session_state["history"]) == 2
    assert first.expander(key="export_many")  # a note over several answers appears with two of them


def test_new_conversation_keeps_the_old_one_saved_and_delete_removes_it(kb_env: Assistant) -> None:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    _ask(at, HERNING)
    first = at.session_state["conversation"].id
    assert at.query_params["samtale"] in (first, [first])
    at.button(key="new_conversation").click().run()
    assert at.session_state["history"] == []
    assert at.button(key="open_conversation_0").label.startswith("Hvor mange sager")
    at.button(key="open_conversation_0").click().run()
    assert at.session_state["conversation"].id == first and len(at.session_state["history"]) == 1
    at.button(key="delete_conversation").click().run()
    assert at.session_state["history"] == [] and not kb_env.settings.data_dir.joinpath(
        "conversations", f"{first}.json").exists()


def test_a_follow_up_recomputes_with_the_earlier_inputs(kb_env: Assistant) -> None:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    _ask(at, CALC_QUESTION)
    _ask(at, "Og hvad hvis vi kun går ned til 30?")
    assert not at.exception
    follow = at.session_state["history"][-1]
    assert follow.question == "Og hvad hvis vi kun går ned til 30?" and follow.calculation is not None
    assert "Jeg bruger 1.200 sager, 30 rådgivere i dag og 600.000 kr. pr. rådgiver fra før." in follow.answer
    assert "6.000.000 kr." in follow.answer  # 10 more social workers at 600.000 kr.


def test_a_chat_calculation_without_a_result_shows_no_empty_tables(kb_env: Assistant) -> None:
    # the cut is not in the working, so nothing is computed: no empty inputs table, no empty formula box
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    _ask(at, "Rådgiverbudgettet på 24 mio. kr. skæres med 10 %. Hvor mange stillinger à 600.000 kr. svarer det til?")
    assert not at.exception
    assert at.session_state["history"][-1].calculation.kind == "unused"
    assert all(not t.value.empty for t in at.table)
    assert not any("Formel" in m.value for m in at.markdown)


def test_a_chat_calculation_opens_in_the_calculator(kb_env: Assistant) -> None:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    _ask(at, CALC_QUESTION)
    at.button(key="ans0_to_calc").click().run(timeout=TIMEOUT)
    assert not at.exception
    assert at.title[0].value == "Sagstal og budget"
    assert at.text_input(key="calc_cases").value == "1 200"
    assert at.text_input(key="calc_cost_per_fte").value == "600 000"
    table = at.table[0].value
    assert "35" in list(table["Sagstal"]) and not at.warning


def test_answer_again_replaces_the_last_answer_and_copy_offers_plain_text(kb_env: Assistant) -> None:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    _ask(at, HERNING)
    assert any("24 sager" in c.value and "**" not in c.value for c in at.code)  # the copy box
    at.button(key="regenerate").click().run(timeout=TIMEOUT)
    assert not at.exception
    assert [a.question for a in at.session_state["history"]] == [HERNING]


def test_a_saved_conversation_comes_back_after_a_reload(kb_env: Assistant) -> None:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    _ask(at, HERNING)
    saved = at.session_state["conversation"].id
    again = AppTest.from_file(APP, default_timeout=TIMEOUT)
    again.query_params["samtale"] = saved  # a reload is a new session with the same address
    again.run()
    assert [a.question for a in again.session_state["history"]] == [HERNING]


# -- documents --------------------------------------------------------------------------------------------


def test_documents_table_lists_every_document_with_chunk_counts(kb_env: Assistant) -> None:
    at = AppTest.from_function(_documents_page, default_timeout=TIMEOUT).run()
    assert not at.exception
    table = at.dataframe[0].value
    snap = kb_env.index.snapshot()
    assert len(table) == len(snap.docs)
    assert int(table["Tekststykker"].sum()) == snap.size
    assert {"Titel", "Kommune", "Dato", "Kildetype", "Tekststykker"} <= set(table.columns)
    row = table[table["Id"] == "herning-vejle-2015-sagstal-blog"].iloc[0]
    assert row["Kildetype"] == "blog/debatindlæg" and "Herning" in row["Kommune"]


def test_upload_form_adds_a_docx_with_its_metadata(small_service: Assistant) -> None:
    at = AppTest.from_function(_documents_page, default_timeout=TIMEOUT).run()
    data = _docx_bytes("Fanø Kommune indførte Klitmodellen med højst 17 sager pr. rådgiver i 2024.")
    at.file_uploader(key="upload_files").upload("../../Klit model.docx", data, "application/octet-stream")
    at.selectbox(key="upload_municipality").set_value("Fanø")
    at.selectbox(key="upload_source_type").set_value("official_decision")
    at.button(key="upload_submit").click().run(timeout=TIMEOUT)
    assert not at.exception
    assert any("klit-model" in s.value for s in at.success)
    doc = small_service.index.snapshot().docs["klit-model"]
    assert doc.meta.municipality == "Fanø" and doc.meta.source_type == "official_decision"
    assert Path(doc.path or "").parent == uploads_dir(small_service.settings).resolve()
    assert "klit-model" in set(at.dataframe[0].value["Id"])


def test_bad_upload_is_reported_and_the_index_is_left_alone(small_service: Assistant) -> None:
    before = small_service.index.snapshot().name
    at = AppTest.from_function(_documents_page, default_timeout=TIMEOUT).run()
    at.file_uploader(key="upload_files").upload("budget.pdf", b"this is no pdf", "application/pdf")
    at.button(key="upload_submit").click().run(timeout=TIMEOUT)
    errors = " ".join(e.value for e in at.error)
    assert "budget.pdf" in errors and "PDF" in errors
    assert small_service.index.snapshot().name == before
    assert not list(uploads_dir(small_service.settings).glob("*.pdf"))


def test_an_unsupported_file_is_refused_in_words_on_the_danish_page(small_service: Assistant) -> None:
    at = AppTest.from_function(_documents_page, default_timeout=TIMEOUT).run()
    at.file_uploader(key="upload_files").upload("virus.exe", b"MZ", "application/octet-stream")
    at.button(key="upload_submit").click().run(timeout=TIMEOUT)
    errors = " ".join(e.value for e in at.error)
    assert "virus.exe: filtypen .exe kan ikke bruges" in errors and "not supported" not in errors
    assert any("virus.exe" in t.value for t in at.toast)


def test_remove_needs_confirmation_then_removes(small_service: Assistant) -> None:
    at = AppTest.from_function(_documents_page, default_timeout=TIMEOUT).run()
    at.selectbox(key="remove_doc").set_value("stevns-note").run()
    assert at.button(key="remove_button").disabled
    at.checkbox(key="remove_confirm").check().run()
    at.button(key="remove_button").click().run(timeout=TIMEOUT)
    assert not at.exception
    assert any("stevns-note" in s.value for s in at.success)
    assert "stevns-note" not in small_service.index.snapshot().docs


def test_ingest_uploads_keeps_good_files_and_names_bad_ones(small_service: Assistant) -> None:
    files = [("notes/../Plan 2025.md", "Plan for Fanø 2025 med 12 sager.".encode()), ("virus.exe", b"MZ")]
    report = ingest_uploads(small_service, files, MetaOverrides(municipality="Fanø"))
    assert report.added == ["plan-2025"]
    assert [f["file"] for f in report.failed] == ["virus.exe"]
    assert (uploads_dir(small_service.settings) / "plan-2025.md").is_file()


# -- calculator -------------------------------------------------------------------------------------------


def test_calculator_asks_for_own_figures_then_shows_scenarios(kb_env: Assistant) -> None:
    at = AppTest.from_function(_calculator_page, default_timeout=TIMEOUT).run()
    assert not at.exception
    assert any("Skriv antal sager" in i.value for i in at.info)
    at.text_input(key="calc_cases").set_value("600")
    at.text_input(key="calc_fte").set_value("20")
    at.text_input(key="calc_cost_per_fte").set_value("650.000").run()
    assert not at.exception
    assert any(c.value == "= 650.000 kr." for c in at.caption)  # the parsed value is echoed
    table = at.table[0].value
    row = table[table["Sagstal"] == "25"].iloc[0]
    assert row["Årsværk (rundet op)"] == "24" and row["Ekstra årsværk"] == "4"
    assert row["Udgift pr. år (kr.)"] == "2.600.000"
    # The cited national default is offered with its verbatim quote (escaped like all document text).
    assert any(escape_markdown("470.000 kr.") in c.value for c in at.caption)


def test_calculator_reports_an_implausible_figure(kb_env: Assistant) -> None:
    at = AppTest.from_function(_calculator_page, default_timeout=TIMEOUT).run()
    at.text_input(key="calc_cases").set_value("5.000.000")
    at.text_input(key="calc_fte").set_value("20")
    at.text_input(key="calc_cost_per_fte").set_value("650000").run()
    assert any("Antal sager i dag" in e.value and "urealistisk" in e.value for e in at.error)
    assert not at.table


@pytest.mark.parametrize("typed", ["1,200", "1.5", "seks hundrede tusind kroner?"])
def test_calculator_refuses_a_number_it_cannot_read_one_way(kb_env: Assistant, typed: str) -> None:
    at = AppTest.from_function(_calculator_page, default_timeout=TIMEOUT).run()
    at.text_input(key="calc_cases").set_value("600")
    at.text_input(key="calc_fte").set_value("20")
    at.text_input(key="calc_cost_per_fte").set_value(typed).run()
    assert not at.exception
    assert any(typed in e.value for e in at.error)  # said next to the field, never guessed
    assert not at.table


# -- escaping, uploads, translation table -----------------------------------------------------------------


def test_document_text_cannot_become_markup() -> None:
    nasty = "[klik](javascript:alert(1)) ![x](http://evil/x.png) <script>x</script> # H $x$ :red[y]"
    escaped = escape_markdown(nasty)
    assert not re.search(r"(?<!\\)[\[\]()<>#$:!]", escaped)
    assert quote_block("linje 1\n\nlinje 2") == "> linje 1\n>\n> linje 2"


def test_answer_markup_restores_only_its_own_markers() -> None:
    text = "Det siger kilderne:\n- **Herning** (blog, 2015): «fra 40 til 24 [7] sager» [1]"
    out = answer_markdown(text, {1})
    assert out.startswith("Det siger kilderne\\:\n- **Herning**")
    assert out.endswith(":blue-badge[1]") and "\\[7\\]" in out


@given(st.text(max_size=40))
def test_escaped_text_has_no_live_markup(text: str) -> None:
    escaped = escape_markdown(text)
    assert not re.search(r"(?<!\\)[\[\]()<>`*_#$]", escaped.replace("\\\\", ""))


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("../../etc/passwd.md", "passwd.md"),
        ("C:\\Users\\x\\Plan 2025.PDF", "plan-2025.pdf"),
        ("Rødovre plan.docx", "roedovre-plan.docx"),
        ("..docx", "dokument.docx"),
    ],
)
def test_safe_name_strips_folders_and_odd_characters(original: str, expected: str) -> None:
    assert safe_name(original) == expected


@pytest.mark.parametrize("original", ["run.exe", "noext", "evil.md.sh", "a.docx\x00.exe"])
def test_safe_name_rejects_other_types(original: str) -> None:
    with pytest.raises(InputError):
        safe_name(original)


@given(st.text(min_size=1, max_size=60), st.sampled_from(UPLOAD_TYPES))
def test_safe_name_never_escapes_the_folder(stem: str, suffix: str) -> None:
    name = safe_name(f"{stem}.{suffix}")
    assert "/" not in name and "\\" not in name and not name.startswith(".")
    assert name.endswith(f".{suffix}")


def test_save_upload_checks_bytes_before_writing(tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "data", max_file_mb=0.001)
    with pytest.raises(InputError, match="limit"):
        save_upload(settings, "big.txt", b"x" * 2000)
    with pytest.raises(InputError, match="empty"):
        save_upload(settings, "empty.txt", b"")
    with pytest.raises(InputError, match="DOCX"):
        save_upload(settings, "fake.docx", b"hello")
    path = save_upload(settings, "../ok.txt", b"hello")
    assert path == (uploads_dir(settings) / "ok.txt").resolve() and path.read_bytes() == b"hello"
    assert not delete_upload(settings, str(tmp_path / "elsewhere.txt"))
    assert delete_upload(settings, str(path)) and not path.exists()


def test_every_ui_phrase_exists_in_both_languages() -> None:
    sources = "\n".join(p.read_text(encoding="utf-8") for p in (REPO / "assistant" / "ui").glob("*.py"))
    sources += (REPO / "assistant" / "answers" / "export.py").read_text(encoding="utf-8")
    used = set(re.findall(r"\btr?\(\s*\"((?:ui|export)_[a-z0-9_]+)\"", sources))
    used |= set(re.findall(r"\"(ui_example_\d)\"", sources))
    assert len(used) > 50
    missing = [k for k in used if k not in phrases()]  # both languages: checked as the table loads
    assert not missing


def test_concurrent_questions_on_the_shared_service_do_not_mix(kb_service: Assistant) -> None:
    """Sessions share one cached Assistant; answers asked at the same time equal those asked alone."""
    from concurrent.futures import ThreadPoolExecutor

    questions = [HERNING, "Hvad koster en anbringelse på en døgninstitution?", "Hvordan bliver vejret?"]
    alone = [kb_service.ask(q).answer for q in questions]
    with ThreadPoolExecutor(max_workers=3) as pool:
        together = list(pool.map(lambda q: kb_service.ask(q).answer, questions * 2))
    assert together == alone * 2


def test_calculation_results_show_the_asked_quantities_with_labels_and_units() -> None:
    """The results table names what was asked in the reader's words, never internal keys like staff_now_exact."""
    from assistant.calc.chat import answer_calculation
    from assistant.ui.answer_view import calculation_frames

    result = answer_calculation(
        "Vi har 1.200 sager ved et sagstal på 40. Hvor mange ekstra rådgivere skal vi have for at komme ned på 30, "
        "og hvad koster det, når en rådgiver koster 600.000 kr.?",
        "da",
        lambda doc_id, quote: 1,
    )
    assert result is not None
    _, outputs = calculation_frames(result.calculation, "da")
    shown = outputs.to_dict("records")
    labels = [next(iter(row.values())) for row in shown]
    values = [list(row.values())[1] for row in shown]
    assert not any("_" in label for label in labels), labels
    assert "6.000.000 kr." in values and "10" in values


def test_results_of_a_range_are_named_in_the_readers_language() -> None:
    """A range's two results were labelled "(low)" and "(high)", English on a Danish page: the variant's title."""
    from assistant.calc.chat import answer_calculation
    from assistant.ui.answer_view import calculation_frames

    result = answer_calculation(
        "Vores sagstal er 34. DS' vejledende sagstal er omkring 20-30. Hvor mange procent ligger vi over?",
        "da",
        lambda doc_id, quote: 1,
    )
    assert result is not None
    assert [a.reading for a in result.calculation.asked] == ["low", "high"]  # the stable keys stay for programs
    _, outputs = calculation_frames(result.calculation, "da")
    labels = [next(iter(row.values())) for row in outputs.to_dict("records")]
    assert [label.rsplit("(", 1)[1] for label in labels] == ["Ved 20)", "Ved 30)"], labels


def test_a_calculation_on_screen_lists_its_inputs_once() -> None:
    from assistant.ui.answer_view import without_input_list

    text = "Beregning:\n- a = 1\n\nInput:\n- Antal sager: 1.200\n\nStillinger rundes op."
    assert without_input_list(text) == "Beregning:\n- a = 1\n\n\nStillinger rundes op."
