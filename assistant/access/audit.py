"""The audit trail: who asked, uploaded, removed, evaluated or signed in, and when.

One JSON object per line in ``<data_dir>/audit/audit.jsonl``, only ever appended to, so an auditor can
read it with any tool and a line once written is never rewritten. Each line is one ``os.write`` on a
file opened with ``O_APPEND``: lines from the app and the CLI writing at the same time interleave
whole, never torn. Questions can hold personal or politically sensitive details, so their text is
left out unless ``ASSISTANT_AUDIT_QUESTIONS`` is on, and then it is masked like everything stored.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, ValidationError

from assistant.access.auth import User
from assistant.config import Settings
from assistant.errors import InputError, StoreError
from assistant.privacy import mask_personal_data

AuditAction = Literal["ask", "upload", "remove", "eval", "login"]


class AuditError(StoreError):
    """The audit log cannot be read or written."""


class AuditEvent(BaseModel):
    """One line of the log."""

    time: dt.datetime = Field(default_factory=lambda: dt.datetime.now(dt.UTC))
    user: str
    mode: str  # how the user was identified: none, header, oidc, cli
    role: str
    action: AuditAction
    doc_ids: list[str] = Field(default_factory=list)
    question: str | None = None


def log_path(settings: Settings) -> Path:
    return Path(settings.data_dir) / "audit" / "audit.jsonl"


def record(
    settings: Settings,
    user: User,
    action: AuditAction,
    doc_ids: Iterable[str] = (),
    question: str | None = None,
) -> AuditEvent:
    """Append one event; the question is kept (masked) only when the settings say so."""
    kept = mask_personal_data(question).text if question and settings.audit_questions else None
    event = AuditEvent(
        user=user.name, mode=user.mode, role=user.role, action=action, doc_ids=sorted(set(doc_ids)), question=kept
    )
    path = log_path(settings)
    line = (event.model_dump_json() + "\n").encode("utf-8")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
        try:
            os.write(fd, line)
        finally:
            os.close(fd)
    except OSError as exc:
        raise AuditError(f"cannot write the audit log {path}: {exc.strerror or exc}") from None
    return event


def parse_since(value: str | None) -> dt.datetime | None:
    """``--since``: an ISO date (from its midnight, UTC) or an ISO date and time."""
    if not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise InputError(f"--since '{value}': use an ISO date like 2026-11-01 or 2026-11-01T08:00") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def read(settings: Settings, since: dt.datetime | None = None) -> list[AuditEvent]:
    """Every event at or after ``since``, oldest first; a line that is not an event is an error, not skipped,
    because an auditor must know the log is incomplete."""
    path = log_path(settings)
    if not path.exists():
        return []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise AuditError(f"cannot read the audit log {path}: {exc}") from None
    events = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            event = AuditEvent.model_validate_json(line)
        except ValidationError:
            raise AuditError(f"audit log {path}, line {number}: not a valid audit event") from None
        if since is None or event.time >= since:
            events.append(event)
    return events


def document_changes(events: Sequence[AuditEvent]) -> dict[str, AuditEvent]:
    """The latest upload or removal of each document id: who added or took it away, and when."""
    latest: dict[str, AuditEvent] = {}
    for event in events:
        if event.action in ("upload", "remove"):
            for doc_id in event.doc_ids:
                latest[doc_id] = event
    return latest
