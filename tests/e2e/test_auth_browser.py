"""End to end in ``header`` mode: a real Streamlit server, a loopback reverse proxy and Chromium.

One server and one proxy for the whole module (``auth_support``): the proxy connects from 127.0.0.2,
the only address the app trusts; the browser reaches the app either through the proxy or straight on
127.0.0.1. Playwright sets the user and group headers per browser context, so each context is one
person. The knowledge base is one document, so the server is up in seconds.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from auth_support import LoopbackProxy, free_port, start_streamlit, stop
from conftest import REPO
from oidc_support import LoopbackIdP

from assistant.access.auth import User
from assistant.cli import main as cli
from assistant.config import load_settings
from assistant.service import Assistant

pytestmark = pytest.mark.e2e

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO / "test-artifacts" / "e2e"
# `make screenshots` refreshes the committed pictures; a plain run leaves the tree clean.
SCREENSHOTS = REPO / "docs" / "screenshots" if os.environ.get("ASSISTANT_SCREENSHOTS") else ARTIFACTS
WAIT_MS = 45_000
QUESTION = "Hvor mange børnesager havde hver socialrådgiver i Herning før Sverigesmodellen?"
UPLOAD = "# Klitmodellen i Fanø\n\nFanø Kommune indførte i 2024 Klitmodellen med højst 17 børnesager pr. rådgiver.\n"
EDITORS, ADMINS = "assistant-editors", "assistant-admins"


@dataclass
class HeaderApp:
    direct: str  # Streamlit itself, reached from 127.0.0.1 (not a proxy address)
    proxy: str  # the loopback proxy, which reaches Streamlit from 127.0.0.2 (the trusted address)
    data: Path
    env: dict[str, str]


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A one-document knowledge base, indexed once for both servers of this module."""
    root = tmp_path_factory.mktemp("auth")
    knowledge = root / "knowledge"
    shutil.copytree(REPO / "knowledge", knowledge, ignore=shutil.ignore_patterns("guidance"))
    for doc in (knowledge / "documents").iterdir():
        if not doc.name.startswith("herning-"):
            doc.unlink()
    data = root / "data"
    Assistant(load_settings(data_dir=data, knowledge_dir=knowledge)).rebuild()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return {"ASSISTANT_DATA_DIR": str(data), "ASSISTANT_KNOWLEDGE_DIR": str(knowledge)}


@pytest.fixture(scope="module")
def header_app(prepared: dict[str, str]) -> Iterator[HeaderApp]:
    data = Path(prepared["ASSISTANT_DATA_DIR"])
    env = {**prepared, "ASSISTANT_AUTH": "header", "ASSISTANT_AUTH_PROXIES": "127.0.0.2", "FORWARDED_ALLOW_IPS": ""}
    proc, url = start_streamlit(REPO, env, ARTIFACTS / "server-header.log")
    proxy = LoopbackProxy(url).start()
    try:
        yield HeaderApp(direct=url, proxy=proxy.url, data=data, env=env)
    finally:
        proxy.stop()
        stop(proc)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (run `make chromium`)")
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=15_000)  # the machine is shared; 5 s is too tight for an answer
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(
            executable_path=str(CHROMIUM), headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-sync"],
        )
        try:
            yield chromium
        finally:
            chromium.close()


@contextmanager
def person(browser: Any, email: str | None, groups: str = "") -> Iterator[Any]:
    """A browser context whose every request (the WebSocket included) carries this person's headers."""
    headers = {"X-Forwarded-Email": email, "X-Forwarded-Groups": groups} if email else {}
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, extra_http_headers=headers)
    page = context.new_page()
    page.set_default_timeout(WAIT_MS)
    try:
        yield page
    finally:
        context.close()


def _open(page: Any, url: str) -> None:
    from playwright.sync_api import expect

    page.goto(url)
    # The first page of a fresh server loads the embedder; on a loaded machine that takes a while.
    expect(page.get_by_role("heading").first).to_be_visible(timeout=WAIT_MS)
    _idle(page)


def _idle(page: Any) -> None:
    from playwright.sync_api import expect

    expect(page.get_by_role("button", name="Stop")).to_have_count(0)
    expect(page.locator("[data-stale='true']")).to_have_count(0)


def _shot(page: Any, name: str) -> None:
    _idle(page)
    page.wait_for_timeout(400)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))


def _nav(page: Any) -> str:
    return str(page.get_by_test_id("stSidebarNav").inner_text())


def _audit(app: HeaderApp, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    """``assistant audit --json``: the command's entry point, run here to spare a second interpreter."""
    for name, value in app.env.items():
        monkeypatch.setenv(name, value)
    capsys.readouterr()
    with pytest.raises(SystemExit) as exited:
        cli.main(["audit", "--since", "2000-01-01", "--json"])
    printed = capsys.readouterr()
    assert exited.value.code == 0, printed.err
    return list(json.loads(printed.out)["events"])


def test_a_reader_sees_no_document_controls_and_no_evaluation(header_app: HeaderApp, browser: Any) -> None:
    from playwright.sync_api import expect

    with person(browser, "admin@kommune.dk", ADMINS) as admin:
        _open(admin, f"{header_app.proxy}/dokumenter")
        assert "Evaluering" in _nav(admin) and "Log" in _nav(admin)  # the same check fails for a reader below
        expect(admin.get_by_role("button", name="Tilføj til vidensbasen")).to_be_visible()

    with person(browser, "laeser@kommune.dk") as reader:
        _open(reader, f"{header_app.proxy}/dokumenter")
        expect(reader.get_by_role("heading", name="Dokumenter i vidensbasen")).to_be_visible()
        expect(reader.get_by_test_id("stSidebar")).to_contain_text("Logget ind som laeser@kommune.dk (læser)")
        expect(reader.get_by_test_id("stDataFrame").first).to_be_visible()
        expect(reader.get_by_text("Kun redaktører kan tilføje og fjerne dokumenter.")).to_be_visible()
        expect(reader.get_by_test_id("stFileUploaderDropzoneInput")).to_have_count(0)
        expect(reader.get_by_role("button", name="Tilføj til vidensbasen")).to_have_count(0)
        expect(reader.get_by_role("heading", name="Fjern et dokument")).to_have_count(0)
        expect(reader.get_by_role("button", name="Fjern dokument")).to_have_count(0)
        nav = _nav(reader)
        assert "Evaluering" not in nav and "Log" not in nav and "Dokumenter" in nav
        _shot(reader, "auth-reader-documents")
        # Typing the address does not open it either: Streamlit only runs pages in the menu.
        _open(reader, f"{header_app.proxy}/evaluering")
        expect(reader.get_by_role("heading", name="Evaluering")).to_have_count(0)
        expect(reader.get_by_role("button", name="Kør evaluering")).to_have_count(0)
        _open(reader, f"{header_app.proxy}/log")
        expect(reader.get_by_role("heading", name="Revisionslog")).to_have_count(0)


def test_one_user_cannot_list_or_open_another_users_conversation(header_app: HeaderApp, browser: Any) -> None:
    from playwright.sync_api import expect

    with person(browser, "anna@kommune.dk") as anna:
        _open(anna, header_app.proxy)
        box = anna.get_by_test_id("stChatInputTextArea")
        box.fill(QUESTION)
        box.press("Enter")
        expect(anna.get_by_test_id("stChatMessage").filter(has_text="Det siger kilderne").last).to_be_visible()
        _idle(anna)
        anna.wait_for_url(re.compile(r"samtale=[0-9a-f]{12}"))
        conversation_id = anna.url.split("samtale=")[1][:12]
        expect(anna.get_by_test_id("stSidebar").get_by_role("button", name=QUESTION[:30])).to_be_visible()
        # Anna herself gets it back from the address (the control for the check below).
        _open(anna, f"{header_app.proxy}/?samtale={conversation_id}")
        expect(anna.get_by_test_id("stChatMessage").filter(has_text=QUESTION).first).to_be_visible()

    with person(browser, "bo@kommune.dk", ADMINS) as bo:  # an administrator: no exception for them
        _open(bo, f"{header_app.proxy}/?samtale={conversation_id}")
        expect(bo.get_by_text("Samtalen findes ikke blandt dine samtaler")).to_be_visible()
        expect(bo.get_by_test_id("stChatMessage")).to_have_count(0)
        expect(bo.get_by_text("Ingen gemte samtaler endnu")).to_be_visible()
        assert QUESTION[:30] not in bo.locator("body").inner_text()
        assert "samtale=" not in bo.url
        _shot(bo, "auth-other-users-conversation")

    anna_file = header_app.data / "conversations" / "users" / User("anna@kommune.dk", "reader").key
    assert (anna_file / f"{conversation_id}.json").exists()
    assert not (header_app.data / "conversations" / f"{conversation_id}.json").exists()


def test_an_editors_upload_and_removal_are_in_the_audit_log(
    header_app: HeaderApp, browser: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from playwright.sync_api import expect

    note = tmp_path / "klit-note.md"
    note.write_text(UPLOAD, encoding="utf-8")
    with person(browser, "redaktoer@kommune.dk", EDITORS) as editor:
        _open(editor, f"{header_app.proxy}/dokumenter")
        assert "Evaluering" not in _nav(editor)  # editors manage documents, not evaluations
        editor.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(str(note))
        expect(editor.get_by_test_id("stForm")).to_contain_text("klit-note.md")
        editor.get_by_role("button", name="Tilføj til vidensbasen").click()
        expect(editor.get_by_test_id("stAlertContentSuccess").first).to_contain_text("klit-note")
        _idle(editor)
        table = editor.get_by_test_id("stDataFrame").first
        expect(table).to_be_visible()
        remove = editor.get_by_test_id("stSelectbox").last  # "Dokument" under "Fjern et dokument"
        remove.click()
        editor.keyboard.type("klit-note")
        editor.keyboard.press("Enter")
        _idle(editor)
        editor.get_by_text("Ja, fjern det fra vidensbasen").click()
        _idle(editor)
        editor.get_by_role("button", name="Fjern dokument").click()
        expect(editor.get_by_test_id("stAlertContentSuccess").first).to_contain_text("klit-note")
        _idle(editor)
        changes = editor.get_by_test_id("stDataFrame").last  # "Seneste ændringer": who did what
        expect(changes).to_be_visible()
        changes.scroll_into_view_if_needed()
        _shot(editor, "auth-editor-documents")

    events = _audit(header_app, monkeypatch, capsys)
    mine = [e for e in events if e["user"] == "redaktoer@kommune.dk"]
    assert [e["action"] for e in mine if e["action"] != "login"] == ["upload", "remove"], mine
    assert all(e["doc_ids"] == ["klit-note"] and e["mode"] == "header" and e["role"] == "editor"
               for e in mine if e["action"] != "login")
    assert any(e["action"] == "login" for e in mine)
    assert not any(e.get("question") for e in events), "question text is logged only when configured"

    with person(browser, "admin@kommune.dk", ADMINS) as admin:  # the whole trail, for administrators
        _open(admin, f"{header_app.proxy}/log")
        expect(admin.get_by_role("heading", name="Revisionslog")).to_be_visible()
        log = admin.get_by_test_id("stDataFrame").first
        expect(log).to_be_visible()
        rows = log.locator("[role='row']")
        expect(rows.filter(has_text="redaktoer@kommune.dk").filter(has_text="fjernet")).to_have_count(1)
        expect(rows.filter(has_text="redaktoer@kommune.dk").filter(has_text="tilføjet")).to_have_count(1)
        _shot(admin, "auth-admin-log")


def test_headers_from_an_address_that_is_not_the_proxy_are_ignored(header_app: HeaderApp, browser: Any) -> None:
    from playwright.sync_api import expect

    # The same administrator headers that open everything through the proxy ...
    with person(browser, "admin@kommune.dk", ADMINS) as through_proxy:
        _open(through_proxy, header_app.proxy)
        expect(through_proxy.get_by_test_id("stChatInput")).to_be_visible()
    # ... sent straight to the app from 127.0.0.1 open nothing.
    with person(browser, "admin@kommune.dk", ADMINS) as direct:
        _open(direct, header_app.direct)
        expect(direct.get_by_text("Du er ikke logget ind.")).to_be_visible()
        expect(direct.get_by_test_id("stChatInput")).to_have_count(0)
        expect(direct.get_by_test_id("stSidebarNav")).to_have_count(0)
        _shot(direct, "auth-direct-refused")
        _open(direct, f"{header_app.direct}/dokumenter")
        expect(direct.get_by_role("heading", name="Dokumenter i vidensbasen")).to_have_count(0)
    # Through the proxy but without a user header: no one is signed in either.
    with person(browser, None) as nobody:
        _open(nobody, header_app.proxy)
        expect(nobody.get_by_text("Du er ikke logget ind.")).to_be_visible()
        expect(nobody.get_by_test_id("stChatInput")).to_have_count(0)


# -- oidc: Streamlit's st.login against a loopback identity provider ------------------------------------------


@pytest.fixture(scope="module")
def oidc_app(prepared: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[HeaderApp, Any]]:
    idp = LoopbackIdP().start()
    port = free_port()
    secrets = tmp_path_factory.mktemp("oidc") / "secrets.toml"
    secrets.write_text(idp.secrets_toml(f"http://127.0.0.1:{port}"), encoding="utf-8")
    env = {**prepared, "ASSISTANT_AUTH": "oidc"}
    proc, url = start_streamlit(REPO, env, ARTIFACTS / "server-oidc.log", port, ("--secrets.files", str(secrets)))
    try:
        yield HeaderApp(direct=url, proxy=url, data=Path(prepared["ASSISTANT_DATA_DIR"]), env=env), idp
    finally:
        stop(proc)
        idp.stop()


def test_oidc_sign_in_maps_the_id_tokens_claims_to_user_and_role(
    oidc_app: tuple[HeaderApp, Any], browser: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from playwright.sync_api import expect

    app, idp = oidc_app
    idp.next_claims = {"sub": "eva-1", "email": "eva@kommune.dk", "name": "Eva", "groups": ["assistant-editors"]}
    with person(browser, None) as eva:
        _open(eva, app.direct)
        expect(eva.get_by_text("Log ind med din kommunale konto")).to_be_visible()
        expect(eva.get_by_test_id("stChatInput")).to_have_count(0)
        _shot(eva, "auth-oidc-sign-in")
        eva.get_by_role("button", name="Log ind").click()
        sidebar = eva.get_by_test_id("stSidebar")
        expect(sidebar).to_contain_text("Logget ind som eva@kommune.dk (redaktør)")
        expect(eva.get_by_role("heading", name="Spørg vidensbasen")).to_be_visible()
        expect(eva.get_by_test_id("stChatInput")).to_be_visible()
        nav = _nav(eva)
        assert "Dokumenter" in nav and "Evaluering" not in nav
        _shot(eva, "auth-oidc-signed-in")
        sidebar.get_by_role("button", name="Log ud").click()
        expect(eva.get_by_text("Log ind med din kommunale konto")).to_be_visible()
    logins = [e for e in _audit(app, monkeypatch, capsys) if e["action"] == "login" and e["mode"] == "oidc"]
    assert [(e["user"], e["role"]) for e in logins] == [("eva@kommune.dk", "editor")]
