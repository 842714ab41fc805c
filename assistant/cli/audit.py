"""The operator's commands about users: ``audit`` reads the audit trail, ``conversations`` lists and
deletes saved conversations (another user's only when the municipality turned export on)."""

from __future__ import annotations

import typer

from assistant.access import audit
from assistant.access.auth import User, operator
from assistant.cli.app import app, emit
from assistant.config import load_settings
from assistant.conversation import ConversationStore
from assistant.errors import ConfigError, InputError


@app.command("audit")
def audit_cmd(
    since: str = typer.Option(None, "--since", help="Only events from this ISO date (or date and time) on."),
    user: str = typer.Option(None, "--user", help="Only this user's events."),
    action: str = typer.Option(None, "--action", help="Only ask, upload, remove, eval or login."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
) -> None:
    """Read the audit log: who asked, uploaded, removed, evaluated or signed in, and when."""
    settings = load_settings()
    events = audit.read(settings, audit.parse_since(since))
    if action and action not in ("ask", "upload", "remove", "eval", "login"):
        raise InputError(f"--action '{action}': use ask, upload, remove, eval or login")
    events = [e for e in events if (not user or e.user == user) and (not action or e.action == action)]

    def render(_: object) -> str:
        lines = [
            f"{e.time.isoformat(timespec='seconds')}  {e.user} ({e.mode})  {e.action}  {', '.join(e.doc_ids)}".rstrip()
            for e in events
        ]
        return "\n".join(lines) or "no events"

    emit({"log": str(audit.log_path(settings)), "events": events}, as_json, render)


@app.command()
def conversations(
    user: str = typer.Option(None, "--user", help="A signed-in user's conversations (needs export on)."),
    delete: str = typer.Option(None, "--delete", help="Delete this conversation for good."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
) -> None:
    """List (or delete) saved conversations: the operator's own, or a user's when export is turned on."""
    settings = load_settings()
    if user and not settings.conversation_export:
        raise ConfigError(
            "other users' conversations are private; the municipality must set ASSISTANT_CONVERSATION_EXPORT=true"
        )
    owner = User(user, "reader", mode="header") if user else operator()
    store = ConversationStore.of(settings.data_dir, owner)
    if delete:
        if not store.delete(delete):
            raise InputError(f"no saved conversation with id '{delete}'")
        emit({"deleted": delete}, as_json, lambda _: f"deleted {delete}")
        return
    items = [
        {"id": c.id, "title": c.title, "updated": c.updated.isoformat(timespec="seconds"), "answers": len(c.answers)}
        for c in store.all()
    ]
    lines = [f"{c['id']}  {c['updated']}  {c['title']}" for c in items]
    emit({"user": owner.name, "conversations": items}, as_json, lambda _: "\n".join(lines) or "no conversations")
