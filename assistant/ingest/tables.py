"""Tables in page text kept row by row, each row written as "kolonne: værdi" pairs.

A PDF table read as plain text becomes one cell per line, so a row's figures lose their row and their
column. The layout text of a page keeps columns apart with runs of spaces; a run of such lines with
the same number of cells is a table, its first line the header. Each data row becomes one paragraph,
"Post: Anbringelser; Budget 2025: 61.200", so a question about one cell finds a row that names both
its row and its column. A table that goes on over a page break keeps the header of the page before
(a repeated header row is dropped). The words are the document's own: only their arrangement changes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_GAP = re.compile(r"[ \t]{3,}")
MAX_HEADER_CELL = 60  # a longer "cell" is prose with a wide gap, not a column header


@dataclass(frozen=True)
class Carry:
    """A table that ran to the end of a page: its header, for the rows that go on on the next page."""

    header: tuple[str, ...]


def cells(line: str) -> list[str]:
    """The cells of a layout line (one cell when it has no column gap)."""
    return [" ".join(c.split()) for c in _GAP.split(line.strip()) if c.strip()]


def render_row(header: tuple[str, ...], row: list[str]) -> str:
    """ "Post: Anbringelser; Budget 2025: 61.200" — every value with its column name."""
    return "; ".join(f"{h}: {c}" for h, c in zip(header, row, strict=True))


def _blocks(lines: list[str]) -> list[tuple[int, int]]:
    """Runs of at least two consecutive lines with the same number (>= 2) of cells: [start, end)."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        n = len(cells(lines[i]))
        j = i + 1
        while n >= 2 and j < len(lines) and len(cells(lines[j])) == n:
            j += 1
        if n >= 2 and j - i >= 2:
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _first_content(lines: list[str]) -> int:
    return next((i for i, line in enumerate(lines) if line.strip()), len(lines))


def _last_content(lines: list[str]) -> int:
    return max((i for i, line in enumerate(lines) if line.strip()), default=-1)


def rows_as_text(layout: str, carry: Carry | None = None) -> tuple[str, Carry | None]:
    """A page's layout text with whitespace runs collapsed and tables written row by row.

    Returns the page text and the header to carry when the page ends inside a table.
    """
    lines = layout.splitlines()
    out: list[str] = []
    next_carry: Carry | None = None
    cursor = 0
    first, last = _first_content(lines), _last_content(lines)
    for start, end in _blocks(lines):
        out.extend(" ".join(line.split()) for line in lines[cursor:start])
        table = [cells(line) for line in lines[start:end]]
        header = tuple(table[0])
        body = table[1:]
        continued = carry is not None and start == first and len(carry.header) == len(header)
        if continued and carry is not None:
            body = table if header != carry.header else table[1:]
            header = carry.header
        if not continued and any(len(h) > MAX_HEADER_CELL for h in header):
            out.extend(" ".join(line.split()) for line in lines[start:end])  # prose with wide gaps
        else:
            out.append("")
            for row in body:
                out.extend([render_row(header, row), ""])
            if end - 1 == last:
                next_carry = Carry(header)
        cursor = end
    out.extend(" ".join(line.split()) for line in lines[cursor:])
    return "\n".join(out), next_carry


def html_or_docx_rows(rows: list[list[str]]) -> list[str]:
    """Rows of a structured table (HTML, DOCX): the first row is the header when it has a name per column."""
    clean = [[" ".join(c.split()) for c in row] for row in rows if any(c.strip() for c in row)]
    if len(clean) < 2:
        return [" | ".join(c for c in row if c) for row in clean]
    header = tuple(clean[0])
    if not all(header):
        return [" | ".join(c for c in row if c) for row in clean]
    return [render_row(header, row) if len(row) == len(header) else " | ".join(row) for row in clean[1:]]
