"""Background notes as sourced facts: each paragraph's "Kilde:" line becomes metadata of that paragraph.

Why: the notes in ``knowledge/guidance`` are the project's own write-ups. Quoted as they stand, a reader
takes them for official guidance, and their "Kilde: …" lines get chosen as statements in their own right.
So the line after a paragraph that starts with "Kilde:" is read as that paragraph's source and taken out
of the indexed text: it is never chunked, embedded or quoted, and every citation of the paragraph names
the original source instead.

A marker is a YAML mapping (``Kilde: {by: Dansk Socialrådgiverforening, date: 2020-04, url: …, source:
"…"}``) or, in a background note, plain text (``Kilde: KORA, april 2015``). Plain "Kilde:" lines in other
documents are left alone: they are part of a quoted source, whose words are never changed.
"""

from __future__ import annotations

import datetime as dt
import re

import yaml

from assistant.errors import InputError
from assistant.models import Fact

_MARKER = re.compile(r"^[ \t]*Kilde:[ \t]*(.*?)[ \t]*(?:\r?\n|\Z)", re.M)
_FIELDS = {"by", "source", "date", "url"}


def _fields(raw: str, name: str) -> dict[str, str] | None:
    """The marker's fields; None when it is plain text, not a mapping."""
    if not raw.startswith("{"):
        return None
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        raise InputError(f"{name}: malformed 'Kilde:' line ({str(exc).splitlines()[0]})") from None
    if not isinstance(data, dict) or not data.get("source"):
        raise InputError(f"{name}: a 'Kilde: {{…}}' line needs at least 'source'")
    unknown = set(data) - _FIELDS
    if unknown:
        raise InputError(f"{name}: unknown field(s) {sorted(unknown)} in a 'Kilde:' line (use {sorted(_FIELDS)})")
    out = {k: str(v).strip() for k, v in data.items() if v is not None}
    if isinstance(data.get("date"), dt.date):
        out["date"] = data["date"].isoformat()
    return out


def _paragraph_start(text: str, end: int) -> int:
    """Start of the paragraph that ends at ``end``: after the last blank line before it."""
    blank = text.rfind("\n\n", 0, end)
    start = 0 if blank < 0 else blank + 2
    while start < end and text[start].isspace():
        start += 1
    return start


def split_facts(text: str, name: str, plain: bool = False) -> tuple[str, list[Fact]]:
    """The text without its "Kilde:" marker lines, and one ``Fact`` per paragraph that had one.

    ``plain`` also reads plain-text markers (background notes); otherwise only YAML markers are read.
    Offsets in the facts refer to the returned text.
    """
    out: list[str] = []
    facts: list[Fact] = []
    cursor = 0
    for match in _MARKER.finditer(text):
        raw = match.group(1)
        fields = _fields(raw, name)
        if fields is None and not plain:
            continue
        if fields is None:
            fields = {"source": raw}
        kept = text[cursor : match.start()]
        out.append(kept)
        body = "".join(out)
        end = len(body.rstrip())
        start = _paragraph_start(body, end)
        if start >= end:
            raise InputError(f"{name}: a 'Kilde:' line with no paragraph before it")
        facts.append(Fact(start=start, end=end, **fields))
        cursor = match.end()
    out.append(text[cursor:])
    return "".join(out), facts
