"""Users, roles, private conversations, the audit trail and rate limits, without a browser.

The browser-level proofs (a real proxy, real peers) are in ``tests/e2e/test_auth_browser.py``; here are the
mappings and rules themselves, each with the case that must be refused next to the one allowed.
"""

from __future__ import annotations

import getpass
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

from assistant.access import audit
from assistant.access.auth import (
    AccessDenied,
    HeaderSource,
    LocalSource,
    OidcSource,
    Request,
    User,
    operator,
    peer_problem,
    require,
    role_for,
    source_for,
)
from assistant.access.ratelimit import Limit, RateLimited, RateLimiter
from assistant.cli import main as cli
from assistant.config import load_settings
from assistant.conversation import Conversation, ConversationStore
from assistant.errors import ConfigError
from assistant.models import Answer

PROXY = "10.0.0.5"
EDITOR_HEADERS = {"x-forwarded-email": "anna@kommune.dk", "x-forwarded-groups": "staff, Assistant-Editors"}


def header_settings(tmp_path: Path, **extra: object):
    return load_settings(data_dir=tmp_path / "data", auth="header", auth_proxies=f"{PROXY},192.168.7.0/24", **extra)


# -- settings -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("env", "needle"),
    [
        ({"ASSISTANT_AUTH": "ldap"}, "auth: Input should be 'none', 'header' or 'oidc'"),
        ({"ASSISTANT_AUTH": "header"}, "needs ASSISTANT_AUTH_PROXIES"),
        ({"ASSISTANT_AUTH": "header", "ASSISTANT_AUTH_PROXIES": "10.0.0.5;10.0.0.6"}, "is not an IP address"),
        ({"ASSISTANT_RATE_ASKS": "-1"}, "rate_asks"),
    ],
)
def test_a_wrong_auth_setting_is_one_line_and_exit_2(env: dict[str, str], needle: str, tmp_path: Path) -> None:
    full = {**os.environ, "PYTHONPATH": str(REPO), "ASSISTANT_DATA_DIR": str(tmp_path / "d"), **env}
    proc = subprocess.run([sys.executable, "-m", "assistant", "audit", "--json"], capture_output=True, text=True,
                          env=full, timeout=120, check=False)
    assert proc.returncode == 2
    assert needle in proc.stderr and "Traceback" not in proc.stderr
    assert proc.stderr.count("\n") == 1


def test_default_is_none_mode_with_one_local_user_who_may_do_everything(tmp_path: Path) -> None:
    settings = load_settings(data_dir=tmp_path)
    assert settings.auth == "none"
    user = source_for(settings).identify(Request(headers=EDITOR_HEADERS, peer=PROXY))
    assert user == LocalSource().identify(Request())
    assert user is not None and user.mode == "none" and user.local
    assert all(user.can(a) for a in ("ask", "upload", "remove", "eval", "audit", "settings"))


# -- roles ----------------------------------------------------------------------------------------------------


def test_roles_come_from_groups_highest_first_case_insensitive(tmp_path: Path) -> None:
    settings = load_settings(data_dir=tmp_path)
    assert role_for([], settings) == "reader"
    assert role_for(["ASSISTANT-EDITORS"], settings) == "editor"
    assert role_for(["assistant-editors", "assistant-admins"], settings) == "admin"
    strict = load_settings(data_dir=tmp_path, auth_reader_groups="boern-unge, ledelse")
    assert role_for(["andet"], strict) is None  # reader groups set: others are not let in at all
    assert role_for(["Ledelse"], strict) == "reader"
    assert role_for(["assistant-admins"], strict) == "admin"


@pytest.mark.parametrize(
    ("role", "allowed", "refused"),
    [
        ("reader", {"ask"}, {"upload", "remove", "eval", "audit", "settings"}),
        ("editor", {"ask", "upload", "remove"}, {"eval", "audit", "settings"}),
        ("admin", {"ask", "upload", "remove", "eval", "audit", "settings"}, set()),
    ],
)
def test_each_role_has_the_rights_of_the_ones_below(role: str, allowed: set[str], refused: set[str]) -> None:
    user = User("x@kommune.dk", role, mode="header")  # type: ignore[arg-type]
    assert {a for a in allowed if user.can(a)} == allowed  # type: ignore[arg-type]
    assert not any(user.can(a) for a in refused)  # type: ignore[arg-type]
    for action in refused:
        with pytest.raises(AccessDenied):
            require(user, action)  # type: ignore[arg-type]


# -- header mode ----------------------------------------------------------------------------------------------


def test_header_user_is_believed_only_from_a_proxy_address(tmp_path: Path) -> None:
    source = HeaderSource(header_settings(tmp_path))
    user = source.identify(Request(headers=EDITOR_HEADERS, peer=PROXY))
    assert user == User("anna@kommune.dk", "editor", ("staff", "Assistant-Editors"), "header")
    assert source.identify(Request(headers=EDITOR_HEADERS, peer="192.168.7.20")) is not None  # a network
    assert source.identify(Request(headers=EDITOR_HEADERS, peer=f"::ffff:{PROXY}")) is not None  # IPv4 in IPv6
    for peer in ("10.0.0.6", "127.0.0.1", "192.168.8.1", None, "", "not-an-ip"):
        assert source.identify(Request(headers=EDITOR_HEADERS, peer=peer)) is None, peer


def test_header_mode_needs_a_user_header_and_an_allowed_group(tmp_path: Path) -> None:
    source = HeaderSource(header_settings(tmp_path, auth_reader_groups="boern-unge"))
    assert source.identify(Request(headers={"x-forwarded-groups": "boern-unge"}, peer=PROXY)) is None
    assert source.identify(Request(headers={"X-Forwarded-Email": "  \x00 ", "x-forwarded-groups": "boern-unge"},
                                   peer=PROXY)) is None
    assert source.identify(Request(headers={"X-Forwarded-Email": "bo@k.dk", "x-forwarded-groups": "x"},
                                   peer=PROXY)) is None
    bo = source.identify(Request(headers={"X-FORWARDED-EMAIL": "bo@k.dk\r\n", "x-forwarded-groups": "boern-unge"},
                                 peer=PROXY))
    assert bo is not None and bo.name == "bo@k.dk" and bo.role == "reader"
    outsider = Request(headers={"X-Forwarded-Email": "bo@k.dk", "x-forwarded-groups": "x"}, peer=PROXY)
    assert source.signed_in_without_role(outsider)  # told "no group gives access", not "not signed in"
    assert not source.signed_in_without_role(Request(headers=dict(outsider.headers), peer="10.9.9.9"))
    assert not source.signed_in_without_role(Request(headers={}, peer=PROXY))


def test_a_user_header_sent_twice_is_refused(tmp_path: Path) -> None:
    source = HeaderSource(header_settings(tmp_path))
    twice = Request(headers=EDITOR_HEADERS, repeated=frozenset({"X-Forwarded-Email"}), peer=PROXY)
    assert source.identify(twice) is None
    other = Request(headers=EDITOR_HEADERS, repeated=frozenset({"accept"}), peer=PROXY)
    assert source.identify(other) is not None


def test_header_names_are_configurable(tmp_path: Path) -> None:
    settings = header_settings(tmp_path, auth_user_header="Remote-User", auth_groups_header="Remote-Groups")
    user = HeaderSource(settings).identify(
        Request(headers={"remote-user": "cd", "remote-groups": "assistant-admins"}, peer=PROXY)
    )
    assert user is not None and user.role == "admin"


def test_header_mode_insists_on_seeing_the_proxys_own_address(tmp_path: Path) -> None:
    settings = header_settings(tmp_path)
    assert "FORWARDED_ALLOW_IPS" in (peer_problem(settings, {}) or "")
    assert peer_problem(settings, {"FORWARDED_ALLOW_IPS": "127.0.0.1"}) is not None
    assert peer_problem(settings, {"FORWARDED_ALLOW_IPS": "*"}) is not None
    assert peer_problem(settings, {"FORWARDED_ALLOW_IPS": ""}) is None
    assert peer_problem(load_settings(data_dir=tmp_path), {}) is None  # only header mode cares


# -- oidc mode ------------------------------------------------------------------------------------------------


def test_oidc_claims_map_to_a_user_and_a_role(tmp_path: Path) -> None:
    source = OidcSource(load_settings(data_dir=tmp_path, auth="oidc"))
    claims = {"is_logged_in": True, "email": "eva@kommune.dk", "name": "Eva", "groups": ["assistant-admins"]}
    assert source.identify(Request(claims=claims)) == User("eva@kommune.dk", "admin", ("assistant-admins",), "oidc")
    entra = {"is_logged_in": True, "preferred_username": "fie@kommune.dk", "groups": "assistant-editors"}
    assert source.identify(Request(claims=entra)) == User("fie@kommune.dk", "editor", ("assistant-editors",), "oidc")
    assert source.identify(Request(claims={"is_logged_in": False, "email": "eva@kommune.dk"})) is None
    assert source.identify(Request(claims=None)) is None
    assert source.identify(Request(claims={"is_logged_in": True})) is None  # no usable name


def test_oidc_groups_claim_is_configurable_and_reader_groups_apply(tmp_path: Path) -> None:
    settings = load_settings(data_dir=tmp_path, auth="oidc", auth_groups_claim="roles", auth_reader_groups="Ledelse")
    source = OidcSource(settings)
    assert source.identify(Request(claims={"is_logged_in": True, "sub": "abc", "roles": ["Ledelse"]})) is not None
    assert source.identify(Request(claims={"is_logged_in": True, "sub": "abc", "groups": ["Ledelse"]})) is None


# -- private conversations ------------------------------------------------------------------------------------


def _answer(question: str) -> Answer:
    return Answer(question=question, answer="Svar.", abstained=False, language="da")


def test_a_conversation_is_only_in_its_owners_store(tmp_path: Path) -> None:
    anna, bo = User("anna@kommune.dk", "reader", mode="header"), User("bo@kommune.dk", "admin", mode="oidc")
    mine = ConversationStore.of(tmp_path, anna)
    chat = Conversation()
    chat.add(_answer("Hvad koster en anbringelse?"))
    mine.save(chat)
    assert [c.id for c in mine.all()] == [chat.id]
    for other in (ConversationStore.of(tmp_path, bo), ConversationStore.under(tmp_path)):
        assert other.load(chat.id) is None and other.all() == [] and not other.delete(chat.id)
    assert ConversationStore.of(tmp_path, User("ANNA@kommune.dk", "reader", mode="header")).load(chat.id)
    assert ConversationStore.of(tmp_path, operator()).root == ConversationStore.under(tmp_path).root


def test_stored_questions_are_masked_and_delete_leaves_nothing(tmp_path: Path) -> None:
    store = ConversationStore.of(tmp_path, User("anna@kommune.dk", "reader", mode="header"))
    chat = Conversation()
    chat.add(_answer("Barnet med cpr 010203-1234 og mor på tlf. 22 33 44 55, mail mor@example.com: hvad nu?"))
    store.save(chat)
    stored = next(store.root.glob("*.json")).read_text(encoding="utf-8")
    assert "010203-1234" not in stored and "22 33 44 55" not in stored and "mor@example.com" not in stored
    assert "[CPR]" in stored and "[TELEFON]" in stored and "[E-MAIL]" in stored
    assert store.delete(chat.id)
    leftovers = [p for p in tmp_path.rglob("*") if p.is_file() and "hvad nu" in p.read_text(errors="ignore")]
    assert leftovers == [] and store.load(chat.id) is None


def test_other_users_conversations_need_the_export_setting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path))
    chat = Conversation()
    chat.add(_answer("Hvad er sagstallet?"))
    ConversationStore.of(tmp_path, User("anna@kommune.dk", "reader", mode="header")).save(chat)
    assert _run(["conversations", "--user", "anna@kommune.dk", "--json"]) == ConfigError.exit_code
    assert "ASSISTANT_CONVERSATION_EXPORT" in capsys.readouterr().err
    monkeypatch.setenv("ASSISTANT_CONVERSATION_EXPORT", "true")
    assert _run(["conversations", "--user", "anna@kommune.dk", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [c["id"] for c in listed["conversations"]] == [chat.id]


# -- audit log ------------------------------------------------------------------------------------------------


def _run(argv: list[str]) -> int:
    with pytest.raises(SystemExit) as exited:
        cli.main(argv)
    return int(exited.value.code or 0)


def test_audit_lines_are_appended_without_question_text_unless_configured(tmp_path: Path) -> None:
    settings = load_settings(data_dir=tmp_path)
    anna = User("anna@kommune.dk", "editor", mode="header")
    audit.record(settings, anna, "ask", ["b", "a", "a"], "Hvad med 010203-1234?")
    audit.record(settings, anna, "upload", ["klit"])
    lines = audit.log_path(settings).read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and "010203" not in lines[0] and "Hvad med" not in lines[0]
    first = json.loads(lines[0])
    assert first["user"] == "anna@kommune.dk" and first["action"] == "ask" and first["doc_ids"] == ["a", "b"]
    assert first["question"] is None and first["mode"] == "header" and first["role"] == "editor"
    verbose = load_settings(data_dir=tmp_path, audit_questions=True)
    audit.record(verbose, anna, "ask", [], "Hvad med 010203-1234?")
    assert audit.read(settings)[-1].question == "Hvad med [CPR]?"
    assert [e.action for e in audit.read(settings)] == ["ask", "upload", "ask"]
    assert audit.document_changes(audit.read(settings))["klit"].user == "anna@kommune.dk"


def test_assistant_audit_filters_by_date_and_names_a_broken_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path))
    settings = load_settings(data_dir=tmp_path)
    path = audit.log_path(settings)
    path.parent.mkdir(parents=True)
    old = audit.AuditEvent(user="x", mode="cli", role="admin", action="eval").model_copy(
        update={"time": audit.parse_since("2020-01-01")}
    )
    path.write_text(old.model_dump_json() + "\n", encoding="utf-8")
    audit.record(settings, User("bo@kommune.dk", "admin", mode="oidc"), "login")
    assert _run(["audit", "--since", "2021-06-01", "--json"]) == 0
    events = json.loads(capsys.readouterr().out)["events"]
    assert [(e["user"], e["action"]) for e in events] == [("bo@kommune.dk", "login")]
    assert _run(["audit", "--json"]) == 0 and len(json.loads(capsys.readouterr().out)["events"]) == 2
    assert _run(["audit", "--since", "sidste uge"]) == 2
    assert "--since 'sidste uge'" in capsys.readouterr().err
    with path.open("a", encoding="utf-8") as log:
        log.write("{not json\n")
    assert _run(["audit", "--json"]) == 3
    err = capsys.readouterr().err
    assert "line 3" in err and "Traceback" not in err


def test_cli_actions_are_logged_with_the_os_user(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path / "data"))
    note = tmp_path / "fanoe-note.md"
    note.write_text("# Fanø\n\nFanø Kommune har 17 børnesager pr. rådgiver.\n", encoding="utf-8")
    assert _run(["ingest", str(note), "--json"]) == 0
    assert _run(["remove", "fanoe-note", "--json"]) == 0
    capsys.readouterr()
    events = audit.read(load_settings(data_dir=tmp_path / "data"))
    assert [(e.user, e.mode, e.action, e.doc_ids) for e in events] == [
        (getpass.getuser(), "cli", "upload", ["fanoe-note"]),
        (getpass.getuser(), "cli", "remove", ["fanoe-note"]),
    ]


# -- rate limits ----------------------------------------------------------------------------------------------


def test_rate_limit_counts_per_user_and_frees_up_as_the_window_slides() -> None:
    now = [1000.0]
    limiter = RateLimiter(clock=lambda: now[0])
    limit = Limit(count=2, window=60)
    limiter.hit("anna", "ask", limit)
    now[0] += 10
    limiter.hit("anna", "ask", limit)
    with pytest.raises(RateLimited) as refused:
        limiter.hit("anna", "ask", limit)
    assert refused.value.retry_after == pytest.approx(50)
    limiter.hit("bo", "ask", limit)  # another user has their own count
    limiter.hit("anna", "upload", limit)  # and another action
    now[0] += 50
    limiter.hit("anna", "ask", limit)  # the first one left the window
    for _ in range(100):
        limiter.hit("anna", "ask", Limit(count=0, window=60))  # 0 = no limit
