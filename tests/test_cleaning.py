"""clean_text may drop whole furniture lines and tidy blanks, but never change a word it keeps."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.ingest.cleaning import BOILERPLATE_PATTERNS, clean_text, is_boilerplate

FURNITURE = [
    "Info om EUs bøvl med cookies",
    "Denne blog benytter cookies & latterlige EU har bestemt, at du skal informeres om cookies.",
    "Det kan du gøre her i / Politik om personlige oplysninger",
    "Der er åbenbart ikke grænser for EUs detailregulering. Det næste bliver vel censur...",
    "Spring til indhold",
    "Gå til hovedindhold",
    "Skip to main content",
    "Hør indslaget her (Åbner i nyt vindue):",
    "Hør indslaget her (åbner i nyt vindue)",
    "Read the report (opens in a new window)",
    "Facebook",
    "Twitter",
    "  LinkedIn  ",
    "Del på Facebook",
    "Del",
    "Del dette:",
    "Share this:",
    "Spred Socialpolitik !",
    "Udskriv",
    "Print this page",
    "Vi bruger cookies for at forbedre din oplevelse.",
    "This website uses cookies to improve your experience.",
    "Accepter alle cookies",
    "Afvis alle",
    "Cookieindstillinger",
    "Cookie policy",
    "Privatlivspolitik",
    "Tilbage til toppen",
    "Nyhed",
]

ARTICLE_TEXT = [
    "SE MAILEN: Odense kommune lukker børnesager for at spare penge",
    "Kære medarbejdere.",
    "Via",
    "&",
    "Læs mere her:",
    "Del 2:",
    "x",
    "Godkendt",
    "Kontakt",
    "Sidst opdateret",
    "15.06.2018",
    "Vedhæftede filer",
    "Kommunen har vedtaget en ny politik om personlige oplysninger for borgere i familieafdelingen, "
    "og den gælder fra 1. januar.",
    "Antallet af anbringelser er reduceret med 6 %.",
    "Spred budskabet om tidlig indsats til alle skoler i kommunen.",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_lines_are_boilerplate(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", ARTICLE_TEXT)
def test_article_lines_are_kept(line: str) -> None:
    assert not is_boilerplate(line)
    assert clean_text(line) == line


def test_patterns_are_compiled() -> None:
    assert BOILERPLATE_PATTERNS
    assert all(hasattr(p, "fullmatch") for p in BOILERPLATE_PATTERNS)


def test_blank_lines_are_never_boilerplate() -> None:
    assert not is_boilerplate("")
    assert not is_boilerplate(" \u00a0\t")


def test_line_endings_bom_and_nul() -> None:
    assert clean_text("\ufeffA\r\nB\x00C\r\n") == "A\nBC"


def test_lone_carriage_returns_are_line_breaks() -> None:
    assert clean_text("A\rB") == "A\nB"


def test_drops_furniture_and_tidies_blanks() -> None:
    raw = "\n\nSpring til indhold\nNyhed\n\nOverskrift\n\n\n\n\nTekst.  \n\nFacebook\nTwitter\n\n"
    assert clean_text(raw) == "Overskrift\n\nTekst."


def test_removing_a_line_between_blanks_leaves_one_blank() -> None:
    assert clean_text("A\n\nDel dette:\n\nB") == "A\n\nB"


def test_whitespace_only_lines_count_as_blank() -> None:
    assert clean_text("A\n\u00a0\nB\n \n\n\t\nC") == "A\n\nB\n\nC"


def test_leading_whitespace_of_kept_lines_is_kept() -> None:
    text = "Punkter:\n  • overholdelse af lovgivningen,"
    assert clean_text(text) == text


def test_empty_and_all_furniture_inputs() -> None:
    assert clean_text("") == ""
    assert clean_text("Facebook\nTwitter\n\n") == ""


# Text built from real lines, furniture, odd whitespace and control characters.
_pieces = st.sampled_from(
    [*FURNITURE, *ARTICLE_TEXT, "", " ", "\u00a0", "\t", "\ufeff", "\x00", "\r", "\r\n", "\n\n\n"]
)
_texts = st.one_of(
    st.lists(_pieces, max_size=30).map("\n".join),
    st.text(max_size=300),
    st.lists(st.one_of(_pieces, st.text(max_size=20)), max_size=20).map("\n".join),
)


def _output_lines(text: str) -> list[str]:
    out = clean_text(text)
    return out.split("\n") if out else []


def _input_lines(text: str) -> set[str]:
    normalised = text.replace("\ufeff", "").replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")
    return {line.rstrip() for line in normalised.split("\n")}


@given(_texts)
def test_every_kept_line_is_an_input_line(text: str) -> None:
    lines = _input_lines(text)
    for line in _output_lines(text):
        assert line in lines


@given(_texts)
def test_exactly_the_non_furniture_lines_are_kept_in_order(text: str) -> None:
    normalised = text.replace("\ufeff", "").replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")
    expected = [ln.rstrip() for ln in normalised.split("\n") if ln.strip() and not is_boilerplate(ln)]
    assert [ln for ln in _output_lines(text) if ln] == expected


@given(_texts)
def test_no_kept_line_is_boilerplate(text: str) -> None:
    assert not any(is_boilerplate(line) for line in _output_lines(text))


@given(_texts)
def test_idempotent(text: str) -> None:
    once = clean_text(text)
    assert clean_text(once) == once


@given(_texts)
def test_shape_of_output(text: str) -> None:
    out = clean_text(text)
    assert "\n\n\n" not in out
    assert not out.startswith("\n")
    assert not out.endswith("\n")
    assert "\r" not in out and "\ufeff" not in out and "\x00" not in out


@given(st.lists(st.sampled_from(ARTICLE_TEXT), min_size=1, max_size=10))
def test_article_paragraphs_survive_unchanged(paragraphs: list[str]) -> None:
    text = "\n\n".join(paragraphs)
    assert clean_text(text) == text
