"""An answer's text as blocks a reader sees: paragraphs, and tables where the text holds a Markdown table.

A comparison answer carries its table as Markdown pipe rows, which the CLI prints as they are. The app
and the Word note must show a real table instead; both read the same blocks from here, so a cell means
the same thing everywhere and no face parses pipes of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

_RULE_CHARS = set("|-: ")


@dataclass
class TextBlock:
    """Lines of ordinary answer text (bullets, emphasis and citation markers included)."""

    text: str


@dataclass
class TableBlock:
    """A table: header cells and rows of cells, each cell still holding its ``[n]`` markers."""

    header: list[str]
    rows: list[list[str]] = field(default_factory=list)


def _cells(line: str) -> list[str]:
    body = line.strip()
    body = body[1:] if body.startswith("|") else body
    body = body[:-1] if body.endswith("|") else body
    # A pipe inside a cell is written "\|"; split on the others only.
    cells, current, escaped = [], "", False
    for ch in body:
        if escaped:
            current += ch if ch == "|" else "\\" + ch
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "|":
            cells.append(current.strip())
            current = ""
        else:
            current += ch
    cells.append(current.strip())
    return cells


def _is_rule(line: str) -> bool:
    stripped = line.strip()
    return stripped.startswith("|") and "-" in stripped and set(stripped) <= _RULE_CHARS


def _table(lines: list[str]) -> TableBlock | None:
    if len(lines) < 2 or not _is_rule(lines[1]):
        return None
    header = _cells(lines[0])
    rows = [_cells(line) for line in lines[2:]]
    rows = [(row + [""] * len(header))[: len(header)] for row in rows]
    return TableBlock(header=header, rows=rows)


def split_blocks(text: str) -> list[TextBlock | TableBlock]:
    """The text cut into paragraphs and tables, in order; text with no table is one block."""
    blocks: list[TextBlock | TableBlock] = []
    plain: list[str] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        if lines[i].lstrip().startswith("|"):
            j = i
            while j < len(lines) and lines[j].lstrip().startswith("|"):
                j += 1
            table = _table(lines[i:j])
            if table is not None:
                if "".join(plain).strip():
                    blocks.append(TextBlock("\n".join(plain).strip("\n")))
                plain = []
                blocks.append(table)
                i = j
                continue
        plain.append(lines[i])
        i += 1
    if "".join(plain).strip():
        blocks.append(TextBlock("\n".join(plain).strip("\n")))
    return blocks
