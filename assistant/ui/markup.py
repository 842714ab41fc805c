"""Escaping for text that comes from documents, so a quote can never become markup.

``st.markdown`` never renders raw HTML here (no ``unsafe_allow_html`` anywhere), but Markdown itself
can still turn document text into links, images, headings or LaTeX. Every document-derived string is
backslash-escaped; only the emphasis and citation markers that ``answer.py`` writes are put back.
"""

from __future__ import annotations

import re

# CommonMark lets any ASCII punctuation be escaped; these are the ones that change rendering in
# Streamlit's Markdown (including ``$`` for LaTeX and ``:`` for its colour/icon directives).
_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:=^&\"'])")
_BOLD = re.compile(r"\\\*\\\*(.{1,120}?)\\\*\\\*")
_BULLET = re.compile(r"^\\- ", re.M)
_MARKER = re.compile(r"\\\[(\d{1,3})\\\]")

SOURCE_COLORS: dict[str, str] = {
    "official_decision": "green",
    "official_plan": "green",
    "press_release": "blue",
    "news": "orange",
    "blog_opinion": "violet",
    "internal_email": "red",
    "guidance": "gray",
}
SOURCE_ICONS: dict[str, str] = {
    "official_decision": ":material/gavel:",
    "official_plan": ":material/account_balance:",
    "press_release": ":material/campaign:",
    "news": ":material/newspaper:",
    "blog_opinion": ":material/forum:",
    "internal_email": ":material/mail_lock:",
    "guidance": ":material/menu_book:",
}


def escape_markdown(text: str) -> str:
    """``text`` shown literally by ``st.markdown`` (line breaks kept as paragraph breaks)."""
    return _SPECIAL.sub(r"\\\1", text)


def quote_block(text: str) -> str:
    """A verbatim quote as an escaped Markdown block quote."""
    lines = [line.strip() for line in text.strip().splitlines()]
    return "\n>\n".join("> " + escape_markdown(line) for line in lines if line)


def answer_markdown(text: str, citation_ids: set[int], links: dict[int, str] | None = None) -> str:
    """The answer escaped, then its own bullets, **emphasis** and ``[n]`` markers restored as markup.

    With ``links`` (citation number -> in-page address) a marker is a link to its source panel.
    """
    out = escape_markdown(text)
    out = _BULLET.sub("- ", out)
    out = _BOLD.sub(lambda m: f"**{m.group(1)}**", out)

    def marker(match: re.Match[str]) -> str:
        number = int(match.group(1))
        if number not in citation_ids:
            return match.group(0)
        if links and number in links:
            return f"[:blue-badge[{number}]]({links[number]})"
        return f":blue-badge[{number}]"

    return _MARKER.sub(marker, out)


def badge(source_type: str, label: str) -> str:
    """A coloured inline badge for a source type, for labels that accept Markdown."""
    color = SOURCE_COLORS.get(source_type, "gray")
    return f":{color}-badge[{escape_markdown(label)}]"


def table_markdown(header: list[str], rows: list[list[str]], citation_ids: set[int],
                   links: dict[int, str] | None = None) -> str:
    """A Markdown table that Streamlit renders as an HTML table; every cell escaped, markers restored."""

    def cell(text: str) -> str:
        return answer_markdown(text, citation_ids, links).replace("\n", " ") or " "

    lines = ["| " + " | ".join(cell(h) for h in header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)
