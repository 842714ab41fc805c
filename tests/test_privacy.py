"""Personal data is masked before indexing (opt-out logged); secrets never reach a log or the screen."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reliability_support import KNOWLEDGE, cli_env, run_cli

from assistant.config import load_settings
from assistant.index.indexer import KnowledgeIndex
from assistant.ingest.read import read_document
from assistant.logs import REDACTED, get_logger, redact, setup_logging
from assistant.privacy import MASKS, cpr_birth_date, is_public_mailbox, mask_personal_data
from assistant.service import Assistant

# Synthetic CPR numbers: real dates, made-up serials.
CPR_DASH = "150487-1234"
CPR_PLAIN = "0203041237"
EMAIL = "mette.jensen@gmail.com"
PHONE = "20 30 40 50"
NOTE = (
    "# Notat om underretning i Hjørring\n\n"
    f"Underretningen om barnet med CPR-nr. {CPR_DASH} kom fra skolen den 3. marts. "
    f"Moderen (CPR {CPR_PLAIN}) kan kontaktes på {EMAIL} eller tlf. {PHONE}. "
    "Hjørring Kommune behandler underretningen inden for 24 timer.\n\n"
    "Kommunens hovedpostkasse er post@hjoerring.dk og hovednummer 72 33 33 33.\n"
)
RAW_VALUES = (CPR_DASH, CPR_PLAIN, "0203041237", EMAIL, PHONE)


def _cpr_century(seventh: int, yy: int) -> int:
    if seventh <= 3:
        return 1900
    if seventh in (4, 9):
        return 2000 if yy <= 36 else 1900
    return 2000 if yy <= 57 else 1800


@st.composite
def cpr_parts(draw: st.DrawFn) -> tuple[str, str, dt.date | None]:
    """Six date digits (valid or not), a serial, and the date they encode (None if invalid)."""
    day, month, yy = draw(st.integers(0, 39)), draw(st.integers(0, 14)), draw(st.integers(0, 99))
    serial = draw(st.integers(0, 9999))
    digits = f"{day:02d}{month:02d}{yy:02d}"
    tail = f"{serial:04d}"
    try:
        date: dt.date | None = dt.date(_cpr_century(serial // 1000, yy) + yy, month, day)
    except ValueError:
        date = None
    return digits, tail, date


@given(
    cpr_parts(),
    st.booleans(),
    st.sampled_from(["CPR ", "cpr.nr. ", "(", "barnet "]),
    st.sampled_from([" ", ".", ")"]),
)
def test_cpr_numbers_with_a_real_date_are_masked_and_nothing_else_changes(
    parts: tuple[str, str, dt.date | None], dash: bool, before: str, after: str
) -> None:
    digits, tail, date = parts
    number = f"{digits}-{tail}" if dash else digits + tail
    text = f"Sag om {before}{number}{after}afsluttet."
    masked = mask_personal_data(text)
    if date is None:
        assert masked.text == text, "an impossible date is a number, not a CPR number"
    else:
        assert masked.text == text.replace(number, MASKS["cpr"])
        assert masked.counts["cpr"] == 1
    assert cpr_birth_date(digits + tail) == date


def test_leap_day_depends_on_the_century_digit() -> None:
    assert mask_personal_data("290200-4123").text == "[CPR]"  # 2000 is a leap year
    assert mask_personal_data("290200-1123").text == "290200-1123"  # 1900 is not
    assert mask_personal_data("310490-1234").text == "310490-1234"  # no 31 April


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="0123456789@")))
def test_text_without_digits_or_at_signs_is_never_changed(text: str) -> None:
    assert mask_personal_data(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Skriv til mette.jensen@gmail.com i dag", "Skriv til [E-MAIL] i dag"),
        ("Kontakt: søren_å@hotmail.dk.", "Kontakt: [E-MAIL]."),
        ("Skriv til post@odense.dk eller borgerservice@vejle.dk", None),
        ("Tlf.: 56 57 50 10", "Tlf.: [TELEFON]"),
        ("mob: 51777372, mail: pola@odense.dk", "mob: [TELEFON], mail: [E-MAIL]"),
        ("Ring til Mette på 20 30 40 50 i morgen", "Ring til Mette på [TELEFON] i morgen"),
        ("Ring på +45 20304050", "Ring på [TELEFON]"),
        ("Kommunens hovednummer, tlf. 72 36 36 36", None),
        ("Sagstal 39 45 30 35 i tabellen", None),  # figures in a table are not phone numbers
        ("Budgettet er 12345678 kr.", None),
        ("Sagstal 30-35 og 40-45 pr. rådgiver", None),
    ],
)
def test_emails_and_phone_numbers(text: str, expected: str | None) -> None:
    assert mask_personal_data(text).text == (text if expected is None else expected)


def test_public_mailboxes_are_not_personal() -> None:
    assert is_public_mailbox("Post@Odense.dk")
    assert not is_public_mailbox("pola@odense.dk")


def test_the_knowledge_base_loses_only_contact_details() -> None:
    """No false positives on real text: every changed line is a contact line."""
    for path in sorted(KNOWLEDGE.glob("*/*.md")):
        body = path.read_text(encoding="utf-8")
        masked = mask_personal_data(body).text
        for old, new in zip(body.splitlines(), masked.splitlines(), strict=True):
            if old != new:
                assert any(cue in old.lower() for cue in ("tlf", "mob", "mail", "@")), (path.name, old)


# -- in the index and in answers ----------------------------------------------------------------------
def _index_bytes(data_dir: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(data_dir.rglob("*")) if p.is_file())


def test_personal_data_never_reaches_the_index_or_answers(empty_service: Assistant, tmp_path: Path) -> None:
    note = tmp_path / "notat-hjoerring.md"
    note.write_text(NOTE, encoding="utf-8")

    report = empty_service.ingest([note])

    assert report.ok and report.added == ["notat-hjoerring"]
    doc = empty_service.index.snapshot().docs["notat-hjoerring"]
    assert doc.text.count("[CPR]") == 2 and "[E-MAIL]" in doc.text and "[TELEFON]" in doc.text
    assert "post@hjoerring.dk" in doc.text and "72 33 33 33" in doc.text
    stored = _index_bytes(Path(empty_service.settings.data_dir))  # snapshots, Chroma, logs
    for value in RAW_VALUES:
        assert value.encode() not in stored, value
    answer = empty_service.ask("Hvem sendte underretningen om barnet i Hjørring?")
    shown = answer.model_dump_json()
    assert not answer.abstained and "[CPR]" in shown
    for value in RAW_VALUES:
        assert value not in shown


def test_keep_personal_data_opts_out_and_is_logged(tmp_path: Path) -> None:
    note = tmp_path / "notat-hjoerring.md"
    note.write_text(NOTE, encoding="utf-8")
    data = tmp_path / "data"

    res = run_cli(["ingest", str(note), "--keep-personal-data"], cli_env(data))

    assert res.code == 0, res.err
    assert "--keep-personal-data" in res.err
    doc = KnowledgeIndex(load_settings(data_dir=data)).snapshot().docs["notat-hjoerring"]
    assert CPR_DASH in doc.text and EMAIL in doc.text
    log = (data / "logs" / "assistant.log").read_text(encoding="utf-8")
    assert "notat-hjoerring.md: personal data kept unmasked (--keep-personal-data)" in log
    assert CPR_DASH not in log, "the log itself stays free of personal data"


def test_masking_happens_after_cleaning_and_keeps_the_rest_verbatim(tmp_path: Path) -> None:
    page = tmp_path / "side.html"
    page.write_text(
        "<html><body><nav>Menu</nav><p>Sagsbehandler: tlf. 22 94 04 33.</p>"
        f"<p>Barnet ({CPR_DASH}) er anbragt i plejefamilie siden 2021.</p></body></html>",
        encoding="utf-8",
    )
    doc = read_document(page)
    expected = "Sagsbehandler: tlf. [TELEFON].\n\nBarnet ([CPR]) er anbragt i plejefamilie siden 2021."
    assert doc.text == expected
    assert CPR_DASH in read_document(page, keep_personal_data=True).text


# -- logs -------------------------------------------------------------------------------------------
SECRET = "sk-test-0123456789abcdefSECRET"


def test_secrets_are_redacted_from_the_log_file(tmp_path: Path) -> None:
    settings = load_settings(data_dir=tmp_path / "data", llm_api_key=SECRET)
    path = setup_logging(settings)
    assert path == (tmp_path / "data" / "logs" / "assistant.log").resolve()
    log = get_logger("test")
    log.warning("request failed with key %s", SECRET)
    log.warning("Authorization: Bearer abc.def.ghi and api_key=xyz123 and %s", "sk-otherKEY12345678")
    log.info("child %s", CPR_DASH)
    try:
        raise RuntimeError(f"upstream said: invalid key {SECRET}")
    except RuntimeError:
        log.exception("LLM call failed")
    for handler in logging.getLogger("assistant").handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert SECRET not in text and "abc.def.ghi" not in text and "xyz123" not in text
    assert "sk-otherKEY12345678" not in text and CPR_DASH not in text
    assert text.count(REDACTED) >= 5 and "[CPR]" in text


def test_redact_leaves_ordinary_text_alone() -> None:
    text = "Herning sparede 4,4 mio. kr. over 2 år; nøgletal: 24 sager."
    assert redact(text, (SECRET,)) == text


def test_the_log_rotates(tmp_path: Path) -> None:
    settings = load_settings(data_dir=tmp_path / "data")
    path = setup_logging(settings, max_bytes=2_000, backups=2)
    assert path is not None
    log = get_logger("test")
    for i in range(200):
        log.info("linje %d med lidt tekst, så filen fylder", i)
    files = sorted(p.name for p in path.parent.iterdir())
    assert files == ["assistant.log", "assistant.log.1", "assistant.log.2"]
    assert all(p.stat().st_size <= 2_100 for p in path.parent.iterdir())


def test_no_secret_in_any_output_of_a_cli_run(tmp_path: Path) -> None:
    note = tmp_path / "notat.md"
    note.write_text("# Notat\n\nVejle Kommune har 39 sager pr. rådgiver.\n", encoding="utf-8")
    data = tmp_path / "data"
    env = cli_env(data, ASSISTANT_LLM_API_KEY=SECRET)
    runs = [run_cli(["ingest", str(note), "--json"], env), run_cli(["ingest", str(tmp_path / "x.md")], env)]
    assert [r.code for r in runs] == [0, 1]
    assert (data / "logs" / "assistant.log").exists()
    for res in runs:
        assert SECRET not in res.out + res.err
    assert SECRET.encode() not in _index_bytes(data)
