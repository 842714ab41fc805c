"""Removing web-page furniture from document text without touching the words that remain.

Quotes in answers are verbatim spans of the cleaned text, so cleaning may only *drop* whole lines
(cookie banners, skip links, share buttons), strip trailing whitespace and tidy blank lines; it never
rewrites a line that is kept. A line is dropped only when it is site furniture as a whole; anything
that could be article text stays, because a lost sentence costs more than a stray "Facebook".
"""

from __future__ import annotations

import re

_FLAGS = re.IGNORECASE

# Each pattern must match the WHOLE line (after trimming and collapsing inner whitespace).
BOILERPLATE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, _FLAGS)
    for p in (
        # --- skip links and navigation ---
        r"(?:spring|gå|hop) (?:direkte )?til (?:hoved)?(?:indhold(?:et)?|navigation(?:en)?|menu(?:en)?)",
        r"skip (?:to|navigation)(?: (?:main )?content| navigation| menu)?",
        r"(?:tilbage )?til toppen(?: af siden)?|back to top|til top",
        r"menu|luk menu|åbn menu|hovedmenu|main menu|navigation|brødkrumme|breadcrumb",
        r"søg|søg på siden|search|luk|close|forside|nyhed|nyheder",
        r"(?:åbner|aabner) i (?:et )?nyt (?:vindue|faneblad)|opens in (?:a )?new (?:window|tab)",
        # Link labels that only announce a new window: "Hør indslaget her (Åbner i nyt vindue):"
        r".{0,60}\((?:åbner|aabner) i (?:et )?nyt (?:vindue|faneblad)\)\s*[:.]?",
        r".{0,60}\(opens in (?:a )?new (?:window|tab)\)\s*[:.]?",
        r"læs mere|read more",
        # --- cookie and consent banners ---
        r"(?:info|information|oplysninger|læs mere|mere) om .{0,40}cookies?[.!]?",
        r"(?:denne|dette|vores) (?:hjemme)?(?:side|site|blog|websted|website|portal) "
        r"(?:bruger|benytter|anvender) cookies\b.{0,300}",
        r"(?:vi|[\w.-]+\.dk) (?:bruger|benytter|anvender) cookies\b.{0,300}",
        r"(?:this|our) (?:web)?(?:site|blog|page) uses cookies\b.{0,300}",
        r"we use cookies\b.{0,300}",
        r"(?:accepter|acceptér)(?: alle)?(?: cookies)?",
        r"(?:godkend|tillad|afvis) (?:alle|kun nødvendige|nødvendige)(?: cookies)?|(?:godkend|afvis) cookies",
        r"kun nødvendige(?: cookies)?|nødvendige cookies|jeg accepterer|ok,? jeg forstår",
        r"(?:accept|allow|reject|decline)(?: all| necessary| only necessary)?(?: cookies)?|got it",
        r"cookie-?\s?(?:indstillinger|præferencer|politik|erklæring|settings|preferences|policy)",
        r"(?:administrer|tilpas|ændr) (?:samtykke|cookies|indstillinger)|manage (?:consent|cookies)",
        r"privatlivs-? og cookiepolitik|cookie- og privatlivspolitik",
        # "Det kan du gøre her i / Politik om personlige oplysninger"
        r".{0,40}(?:politik om personlige oplysninger|privatlivspolitik|persondatapolitik"
        r"|privacy policy|privatlivserklæring)[.!]?",
        # The rest of the cookie widget on the blog behind seed 002 (a one-off, kept explicit).
        r"der er åbenbart ikke grænser for eus detailregulering\..{0,60}",
        # --- share, print and social buttons ---
        r"(?:facebook|twitter|linkedin|instagram|youtube|pinterest|reddit|whatsapp|messenger|tiktok)",
        r"(?:del|share)(?: på| on| via| til)? ?(?:facebook|twitter|x|linkedin|e-?mail|mail|sms)",
        r"(?:følg os|follow us)(?: på| on)? ?(?:facebook|twitter|x|linkedin|instagram|youtube)?",
        # A share widget's heading: "Del dette:", "Share this:", "Spred Socialpolitik !". Not "Del 2:".
        r"(?:del dette|del denne (?:artikel|side)|del artiklen|share this(?: article| page)?) ?:?",
        r"spred(?: \S+){1,2} ?!",
        r"del|del artikel(?:en)?|del (?:denne )?side(?:n)?|share|share this|share article",
        r"udskriv|udskriv side(?:n)?|print|print (?:this )?page|printvenlig version|printer-friendly version",
        r"(?:send|tip) (?:til )?en ven|kopier link|copy link|link kopieret",
        r"annonce|reklame|advertisement|sponsoreret indhold",
    )
)


def _normalise_line(line: str) -> str:
    return " ".join(line.split())


def is_boilerplate(line: str) -> bool:
    """True when the whole line is site furniture (cookie banner, skip link, share button, ...)."""
    probe = _normalise_line(line)
    if not probe:
        return False
    return any(p.fullmatch(probe) for p in BOILERPLATE_PATTERNS)


def _normalise_text(text: str) -> str:
    text = text.replace("\ufeff", "").replace("\x00", "")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def clean_text(text: str) -> str:
    """Drop boilerplate lines and tidy blank lines; every kept line is an input line, right-trimmed.

    Runs of blank lines become one blank line, leading and trailing blank lines go. Whitespace-only
    lines count as blank. The result has no trailing newline, and ``clean_text`` is idempotent.
    """
    kept: list[str] = []
    for raw in _normalise_text(text).split("\n"):
        line = raw.rstrip()
        if line and is_boilerplate(line):
            continue
        if not line and (not kept or not kept[-1]):
            continue  # leading blank, or a second blank in a row
        kept.append(line)
    while kept and not kept[-1]:
        kept.pop()
    return "\n".join(kept)


EDGE_LINES = 3  # running headers and footers sit in the first or last few lines of a page


def _edge_key(line: str) -> str:
    """A line with its numbers blanked: "Side 14 af 120" and "Side 15 af 120" are the same footer."""
    return re.sub(r"\d+", "#", _normalise_line(line))


def running_lines(pages: list[str], share: float = 0.5) -> set[str]:
    """Header and footer lines that repeat at the edge of most pages of a PDF ("Side 14 af 120").

    They are page furniture, not text: left in, every chunk of a 200-page referat would carry the
    committee's name and a page number, and they would outweigh the words of the passage itself.
    Returned as keys of ``_edge_key``; only documents of at least six pages have running lines.
    """
    if len(pages) < 6:
        return set()
    counts: dict[str, int] = {}
    for page in pages:
        lines = [ln for ln in page.split("\n") if ln.strip()]
        edge = {_edge_key(ln) for ln in lines[:EDGE_LINES] + lines[-EDGE_LINES:]}
        for key in edge:
            counts[key] = counts.get(key, 0) + 1
    return {key for key, n in counts.items() if n >= max(3, share * len(pages))}


def drop_running_lines(page: str, keys: set[str]) -> str:
    """The page without its running header and footer lines (only at its edges; the words between stay)."""
    if not keys:
        return page
    lines = page.split("\n")
    content = [i for i, ln in enumerate(lines) if ln.strip()]
    edges = set(content[:EDGE_LINES] + content[-EDGE_LINES:])
    return "\n".join(ln for i, ln in enumerate(lines) if not (i in edges and _edge_key(ln) in keys))
