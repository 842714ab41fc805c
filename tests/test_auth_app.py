"""The app's sign-in gate and limits through Streamlit's AppTest (no browser, no proxy).

AppTest has no WebSocket peer, so in ``header`` mode nobody can be signed in here: that is the point of
the refusal tests. Signed-in header users are tested in ``tests/e2e/test_auth_browser.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REPO, make_settings, write_stevns_note
from streamlit.testing.v1 import AppTest

from assistant.access import audit
from assistant.access.auth import User
from assistant.config import load_settings
from assistant.service import Assistant

APP = str(REPO / "streamlit_app.py")
TIMEOUT = 120


@pytest.fixture
def small_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A one-document index, and the app pointed at it in none mode."""
    src = write_stevns_note(tmp_path / "src")
    data = tmp_path / "data"
    Assistant(make_settings(data)).ingest([src])
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(data))
    monkeypatch.delenv("ASSISTANT_LLM", raising=False)
    for name in ("ASSISTANT_AUTH", "ASSISTANT_AUTH_PROXIES", "FORWARDED_ALLOW_IPS"):
        monkeypatch.delenv(name, raising=False)
    return data


def test_the_second_question_over_the_limit_gets_a_clear_message(small_app: Path, monkeypatch) -> None:
    monkeypatch.setenv("ASSISTANT_RATE_ASKS", "1")
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    assert "Lokal tilstand, ingen login" in [c.value for c in at.sidebar.caption]
    at.chat_input(key="chat_input").set_value("Hvor mange sager gennemgik Stevns?").run(timeout=TIMEOUT)
    assert not at.warning and len(at.session_state["history"]) == 1
    at.chat_input(key="chat_input").set_value("Og hvor mange i alt?").run(timeout=TIMEOUT)
    warning = " ".join(w.value for w in at.warning)
    assert "Du har stillet mange spørgsmål på kort tid. Prøv igen om" in warning
    assert len(at.session_state["history"]) == 1  # the refused question was not answered or stored
    asks = [e for e in audit.read(load_settings(data_dir=small_app)) if e.action == "ask"]
    assert [(e.user, e.mode, e.doc_ids) for e in asks] == [("lokal", "none", ["stevns-note"])]


def test_header_mode_refuses_to_start_while_the_server_rewrites_the_peer(small_app: Path, monkeypatch) -> None:
    monkeypatch.setenv("ASSISTANT_AUTH", "header")
    monkeypatch.setenv("ASSISTANT_AUTH_PROXIES", "127.0.0.1")
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    assert any("FORWARDED_ALLOW_IPS" in e.value for e in at.error)
    assert not at.chat_input
    monkeypatch.setenv("FORWARDED_ALLOW_IPS", "")
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    assert any("Du er ikke logget ind" in e.value for e in at.error)  # no peer at all: nobody is the proxy
    assert not at.chat_input and not at.exception


def test_a_wrong_auth_setting_is_shown_on_the_page_without_a_traceback(small_app: Path, monkeypatch) -> None:
    monkeypatch.setenv("ASSISTANT_AUTH", "ldap")
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    assert any("auth: Input should be 'none', 'header' or 'oidc'" in e.value for e in at.error)
    assert not at.exception


def test_oidc_mode_without_a_session_offers_sign_in_and_says_when_it_is_not_set_up(
    small_app: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("ASSISTANT_AUTH", "oidc")
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    assert any("Log ind med din kommunale konto" in i.value for i in at.info)
    assert not at.chat_input
    at.button(key="auth_login").click().run()
    assert any("Login er ikke sat op på serveren" in e.value for e in at.error)
    assert not at.exception


def _log_page() -> None:
    from assistant.ui import page_audit
    from assistant.ui.resources import current_settings

    page_audit.render(current_settings())


def test_the_log_page_lists_events_and_the_access_settings(small_app: Path, monkeypatch) -> None:
    settings = load_settings(data_dir=small_app)
    audit.record(settings, User("anna@kommune.dk", "editor", mode="header"), "upload", ["klit"])
    monkeypatch.setenv("ASSISTANT_RATE_ASKS", "12")
    at = AppTest.from_function(_log_page, default_timeout=TIMEOUT).run()
    assert not at.exception and at.title[0].value == "Revisionslog"
    events = at.dataframe[0].value
    assert list(events["Bruger"]) == ["anna@kommune.dk"] and list(events["Handling"]) == ["tilføjet"]
    shown = dict(zip(at.dataframe[1].value["Indstilling"], at.dataframe[1].value["Værdi"], strict=True))
    assert shown["ASSISTANT_AUTH"] == "none" and shown["ASSISTANT_RATE_ASKS"] == "12"


def _documents_page() -> None:
    from assistant.ui import page_documents
    from assistant.ui.resources import current_settings

    page_documents.render(current_settings())


def _upload(at: AppTest, name: str) -> AppTest:
    at.file_uploader(key="upload_files").upload(name, b"Fan\xc3\xb8 har 17 sager pr. r\xc3\xa5dgiver.", "text/plain")
    return at.button(key="upload_submit").click().run(timeout=TIMEOUT)


def test_uploads_over_the_limit_get_a_clear_message_and_a_broken_log_line_is_named(
    small_app: Path, monkeypatch
) -> None:
    monkeypatch.setenv("ASSISTANT_RATE_UPLOADS", "1")
    at = _upload(AppTest.from_function(_documents_page, default_timeout=TIMEOUT).run(), "fanoe-a.txt")
    assert any("fanoe-a" in s.value for s in at.success)
    at = _upload(at, "fanoe-b.txt")
    assert any("Du har tilføjet mange dokumenter på kort tid" in w.value for w in at.warning)
    assert [e.doc_ids for e in audit.read(load_settings(data_dir=small_app))] == [["fanoe-a"]]
    with audit.log_path(load_settings(data_dir=small_app)).open("a", encoding="utf-8") as log:
        log.write("not json\n")
    at = AppTest.from_function(_documents_page, default_timeout=TIMEOUT).run()
    assert any("line 2" in w.value for w in at.warning) and not at.exception
    assert at.button(key="upload_submit")  # the page still works
