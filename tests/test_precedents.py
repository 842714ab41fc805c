"""The precedent register and the comparison answer built from it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.answers import comparison_text as ct
from assistant.answers import precedents as p
from assistant.answers.citations import CitationBook
from assistant.answers.comparison import answer_comparison
from assistant.config import Settings
from assistant.errors import AssistantError, ConfigError, InputError
from assistant.models import Chunk, Document, DocumentMeta, Hit
from assistant.municipalities import canonical
from assistant.numbers import parse_number

CASELOAD_Q = "Hvilke kommuner har prøvet at få sagstallet ned, og hvordan gik det?"
NAMED_ONLY = {"Hedensted", "Rødovre", "Hvidovre", "Horsens", "Brønderslev", "Nyborg", "København"}

REGISTER = p.load_register(Settings().register_path)


@pytest.fixture(scope="module")
def docs() -> dict[str, Document]:
    return p.knowledge_documents(Settings())


@pytest.fixture(scope="module")
def register() -> tuple[p.Precedent, ...]:
    return p.load_register(Settings().register_path)


def _hit(doc: Document, start_text: str, end_text: str | None, municipalities: list[str]) -> Hit:
    start = doc.text.index(start_text)
    end = doc.text.index(end_text, start) if end_text else len(doc.text)
    chunk = Chunk(
        chunk_id=f"{doc.meta.id}:{start}",
        doc_id=doc.meta.id,
        text=doc.text[start:end],
        start=start,
        end=end,
        municipalities=municipalities,
        title=doc.meta.title,
        date=doc.meta.date,
        source_type=doc.meta.source_type,
    )
    return Hit(chunk=chunk, score=1.0)


# --- the register ---------------------------------------------------------------------------------


def test_every_quote_is_verbatim_and_every_claim_backed(
    register: tuple[p.Precedent, ...], docs: dict[str, Document]
) -> None:
    assert p.check_register(register, docs) == []


def test_every_municipality_is_canonical_and_every_doc_exists(
    register: tuple[p.Precedent, ...], docs: dict[str, Document]
) -> None:
    for rec in register:
        assert canonical(rec.municipality) == rec.municipality
        assert all(doc_id in docs for doc_id, _ in rec.quotes())


def test_register_covers_every_seed_document_and_municipality(
    register: tuple[p.Precedent, ...], docs: dict[str, Document]
) -> None:
    seed_docs = {d for d, doc in docs.items() if doc.meta.source_type != "guidance"}
    assert seed_docs <= {r.doc_id for r in register}
    assert {r.municipality for r in register} >= {"Odense", "Herning", "Vejle", "Stevns"} | NAMED_ONLY
    named = {r.municipality for r in register if r.status == "named_only"}
    assert named == NAMED_ONLY
    assert all(not r.figures for r in register if r.status == "named_only")


def test_odense_timeline_spans_2015_to_2019(register: tuple[p.Precedent, ...]) -> None:
    odense = p.timeline(register)["Odense"]
    assert [r.year for r in odense] == sorted(r.year for r in odense)
    ids = [r.id for r in odense]
    assert ids.index("odense-2015-lukning-forebyggende-sager") < ids.index("odense-2019-sammenhaengende-borgerforloeb")


@pytest.mark.parametrize(
    ("raw", "topic"),
    [("caseload", "caseload"), ("Sagstal", "caseload"), ("forebyggende", "prevention"),
     ("Genopretning", "recovery"), ("ansættelse", "hiring"), ("økonomi", "budget")],
)  # fmt: skip
def test_resolve_topic(raw: str, topic: str) -> None:
    assert p.resolve_topic(raw) == topic


def test_filters(register: tuple[p.Precedent, ...]) -> None:
    caseload = {r.municipality for r in p.filter_records(register, topic="sagstal")}
    assert {"Herning", "Vejle", "Stevns"} <= caseload
    assert "Odense" not in caseload
    rodovre = p.filter_records(register, municipality="Rodovre Kommune")
    assert {r.id for r in rodovre} == {"roedovre-2015-samme-tilgang", "roedovre-2023-genopretningsplan"}
    assert p.filter_records(register, municipality="Odense", topic="prevention")
    with pytest.raises(InputError, match="topic"):
        p.filter_records(register, topic="weather")
    with pytest.raises(InputError, match="Rødovre"):
        p.filter_records(register, municipality="Rodovr")


def test_rank_puts_mine_then_comparables_first(register: tuple[p.Precedent, ...]) -> None:
    ranked = p.rank(register, "Rødovre", ["Hvidovre", "Tårnby"])
    names = [r.municipality for r in ranked]
    assert names[:3] == ["Rødovre", "Rødovre", "Hvidovre"]
    assert [r.year for r in ranked[:2]] == [2015, 2023]  # a municipality's block is its timeline
    rest = [r for r in ranked[3:] if r.status != "named_only"]
    assert rest[0].status == "result_documented"


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "precedents.yaml"
    path.write_text(text, encoding="utf-8")
    return path


RECORD = """
- id: x-1
  municipality: {m}
  year: 2015
  period: "2015"
  measure: m
  measure_en: m
  area: a
  area_en: a
  outcome: o
  outcome_en: o
  status: planned
  quote: some quote
  doc_id: d
  source_type: news
"""


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        (RECORD.format(m="Atlantis"), "record 1 (x-1): municipality"),
        (RECORD.format(m="Rodovr"), "did you mean Rødovre"),
        (RECORD.format(m="Vejle") * 2, "duplicate record id 'x-1'"),
        ("id: x", "must be a list"),
        ("- [unclosed", "cannot read"),
        (RECORD.format(m="Vejle").replace("status: planned", "status: rumoured"), "status"),
    ],
)
def test_bad_register_names_file_and_record(tmp_path: Path, text: str, needle: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(ConfigError, match=re.escape(needle)) as err:
        p.load_register(path)
    assert "precedents.yaml" in str(err.value)


def test_missing_register(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        p.load_register(tmp_path / "nope.yaml")


def test_register_accepts_name_variants(tmp_path: Path) -> None:
    (rec,) = p.load_register(_write(tmp_path, RECORD.format(m="Københavns Kommune")))
    assert rec.municipality == "København"


def test_check_register_catches_paraphrase_and_invented_numbers(
    register: tuple[p.Precedent, ...], docs: dict[str, Document]
) -> None:
    herning = next(r for r in register if r.id == "herning-2013-sverigesmodellen")
    bent = herning.model_copy(
        update={"quote": herning.quote.replace("dobbelt", "tre gange"), "outcome": "Sparede 9 mio."}
    )
    problems = p.check_register([bent], docs)
    assert any("not verbatim" in x for x in problems)
    assert any("numbers not in its quote: ['9']" in x for x in problems)
    wrong_doc = herning.model_copy(update={"municipality": "Odense"})
    assert any("not about Odense" in x for x in p.check_register([wrong_doc], docs))


# --- questions ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (CASELOAD_Q, True),
        ("What did comparable municipalities do about caseloads?", True),
        ("Hvad gjorde Herning og Vejle?", True),
        ("Hvilke erfaringer fra andre kommuner er der med genopretningsplaner?", True),
        ("Show Odense's timeline", True),
        ("Hvor mange sager havde socialrådgiverne i Herning, før de fik lavere sagstal?", False),
        ("How is Rødovre preparing its social workers for Barnets Lov?", False),
    ],
)
def test_is_comparison_question(question: str, expected: bool) -> None:
    assert p.is_comparison_question(question) is expected


@pytest.mark.parametrize(
    ("question", "mine"),
    [
        ("Hvad har kommuner, der ligner Rødovre, gjort ved sagstallet?", "Rødovre"),
        ("We are Stevns Kommune: what did comparable municipalities do?", "Stevns"),
        ("Hvilke kommuner har prøvet at få sagstallet ned?", None),
    ],
)
def test_my_municipality_in_question(question: str, mine: str | None) -> None:
    assert p.my_municipality_in(question) == mine


def _cited_markers_resolve(text: str, book: CitationBook) -> None:
    numbers = {int(n) for n in re.findall(r"\[(\d+)\]", text)}
    assert numbers and numbers <= {c.id for c in book.citations}


def test_caseload_question_answers_with_herning_and_vejle(docs: dict[str, Document]) -> None:
    book = CitationBook(docs)
    result = answer_comparison(CASELOAD_Q, "da", [], None, book.cite, register=REGISTER)
    assert result is not None
    assert {"Herning", "Vejle", "Stevns"} <= set(result.municipalities)
    assert result.municipalities[:2] == ["Herning", "Vejle"]
    assert "24 sager" in result.text and "39 sager" in result.text
    assert "| Kommune | Periode | Tiltag | Resultat | Tal | Kildetype | Kilde |" in result.text
    assert "Kun nævnt" in result.text and "Hedensted" in result.text
    assert "Odense" not in result.municipalities  # closing cases to save money is not a caseload measure
    _cited_markers_resolve(result.text, book)
    cited = {c.municipality for c in book.citations}
    assert {"Herning", "Vejle", "Stevns"} <= cited  # a Vejle figure from the Herning blog is Vejle's
    for row in result.rows:
        assert str(row["measure"]).endswith("]") and str(row["result"]).endswith("]")


def test_every_table_row_cites(docs: dict[str, Document]) -> None:
    book = CitationBook(docs)
    result = answer_comparison(CASELOAD_Q, "da", [], None, book.cite, register=REGISTER)
    assert result is not None
    table = [line for line in result.text.splitlines() if line.startswith("| ")][1:]
    assert table and all(re.search(r"\[\d+\] \|$", line) for line in table)


def test_disagreeing_passage_is_shown_beside_the_register(docs: dict[str, Document]) -> None:
    guide = docs["vejledning-sverigesmodellen-herning"]
    hit = _hit(guide, "To kilder giver", "KORAs slutevaluering", ["Herning"])
    book = CitationBook(docs)
    result = answer_comparison(CASELOAD_Q, "da", [hit], None, book.cite, register=REGISTER)
    assert result is not None
    assert "3,7 mio. kr." in result.text and "4,4 mio. kr." in result.text
    passage_rows = [r for r in result.rows if r["origin"] == "passage"]
    assert [r["municipality"] for r in passage_rows] == ["Herning"]
    assert any("4,4 mio. kr." in s for s in passage_rows[0]["conflicts_with"])  # type: ignore[union-attr]
    herning = next(r for r in result.rows if r["record_id"] == "herning-2013-sverigesmodellen")
    assert herning["conflicts"]
    # the sentence that agrees with the register ("4,4 mio. kr.") is not shown as a conflict
    assert not any("sparede Herning 4,4" in str(r["measure"]) for r in passage_rows)
    _cited_markers_resolve(result.text, book)


def test_comparables_first_and_gaps_named_in_english(docs: dict[str, Document]) -> None:
    book = CitationBook(docs)
    question = "What did comparable municipalities do about caseloads?"
    result = answer_comparison(question, "en", [], "Rodovre", book.cite, register=REGISTER)
    assert result is not None
    assert result.municipalities[0] == "Rødovre"
    assert "Municipalities comparable to Rødovre (population 2023" in result.text
    assert "No documented precedent on caseloads in the knowledge base: Tårnby" in result.text
    assert "Rødovre (your municipality)" in result.text
    assert "| Municipality | Period | Measure |" in result.text


def test_named_municipality_without_precedent_is_said(docs: dict[str, Document]) -> None:
    book = CitationBook(docs)
    result = answer_comparison(
        "Hvad gjorde Herning og Esbjerg ved sagstallet?", "da", [], None, book.cite, register=REGISTER
    )
    assert result is not None
    assert set(result.municipalities) == {"Herning"}
    assert "Ingen dokumenteret præcedens i vidensbasen for: Esbjerg" in result.text


def test_a_name_in_a_which_municipalities_question_is_a_reference_not_a_filter(
    docs: dict[str, Document],
) -> None:
    book = CitationBook(docs)
    question = "Hvilke kommuner var på vej med samme tilgang som Herning?"
    result = answer_comparison(question, "da", [], None, book.cite, register=REGISTER)
    assert result is not None
    assert {"Hedensted", "Nyborg", "København", "Herning"} <= set(result.municipalities)
    assert "Odense" not in result.municipalities


def test_minimal_cite_contract_is_enough(docs: dict[str, Document]) -> None:
    book = CitationBook(docs)
    seen: list[tuple[str, str]] = []

    def cite(doc_id: str, quote: str) -> int:
        seen.append((doc_id, quote))
        return book.cite(doc_id, quote)

    result = answer_comparison(CASELOAD_Q, "da", [], None, cite, register=REGISTER)
    assert result is not None and seen
    assert all(quote in docs[doc_id].text for doc_id, quote in seen)


def test_passage_about_a_municipality_outside_the_register(docs: dict[str, Document]) -> None:
    text = "Aarhus Kommune har sænket sagstallet til 22 sager pr. rådgiver i 2021."
    extra = Document(
        meta=DocumentMeta(id="aarhus-note", title="Aarhus", municipality="Aarhus", source_type="news"),
        text=text,
        content_hash="x",
    )
    book = CitationBook({**docs, "aarhus-note": extra})
    hit = _hit(extra, "Aarhus", None, ["Aarhus"])
    result = answer_comparison(CASELOAD_Q, "da", [hit], None, book.cite, register=REGISTER)
    assert result is not None
    row = next(r for r in result.rows if r["municipality"] == "Aarhus")
    assert row["origin"] == "passage" and "22" in str(row["figures"])


def test_nothing_to_compare_gives_none(docs: dict[str, Document]) -> None:
    book = CitationBook(docs)
    assert answer_comparison("Hvor mange sager har Herning?", "da", [], None, book.cite, register=REGISTER) is None
    assert answer_comparison("Hvad gjorde Esbjerg og Kolding?", "da", [], None, book.cite, register=REGISTER) is None


def test_uncitable_records_are_left_out() -> None:
    def refuse(doc_id: str, quote: str) -> int:
        raise AssistantError(f"citation to unknown document '{doc_id}'")

    assert answer_comparison(CASELOAD_Q, "da", [], None, refuse, register=REGISTER) is None


def test_unknown_my_municipality_is_an_input_error(docs: dict[str, Document]) -> None:
    with pytest.raises(InputError, match="Rødovre"):
        answer_comparison(CASELOAD_Q, "da", [], "Rodovr", CitationBook(docs).cite, register=REGISTER)


# --- text helpers ---------------------------------------------------------------------------------


@given(st.text(max_size=200))
def test_topics_in_is_total(text: str) -> None:
    assert set(p.topics_in(text)) <= set(p.TOPICS)


@given(st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False), st.sampled_from(["da", "en"]))
def test_format_value_reads_back(value: object, lang: str) -> None:
    number = float(value)  # type: ignore[arg-type]
    assert parse_number(ct.format_value(number, None, lang), lang) == pytest.approx(number)  # type: ignore[arg-type]


@given(st.floats(min_value=0.1, max_value=1e7), st.floats(min_value=0.1, max_value=1e7))
def test_agrees_on_ranges_is_order_free(a: float, b: float) -> None:
    assert ct.agrees(a, a, b) and ct.agrees(b, a, b) and ct.agrees(a, b, a)


def test_passage_figures_read_units() -> None:
    figures = ct.passage_figures("På 2 år er der sparet kr. 4.4 Mio. og 24 sager, 6 %, 11 socialrådgivere i 2015.")
    assert [(f.kind, f.value) for f in figures] == [("kr", 4.4e6), ("cases", 24), ("pct", 6), ("staff", 11)]


# --- the `assistant precedents` command -----------------------------------------------------------


def test_cli_precedents_json_with_filters_and_timeline() -> None:
    import json

    from typer.testing import CliRunner

    from assistant.cli.main import app

    result = CliRunner().invoke(app, ["precedents", "--municipality", "odense", "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["count"] == 3
    assert {r["municipality"] for r in payload["records"]} == {"Odense"}
    years = [point["year"] for point in payload["timeline"]["Odense"]]
    assert years == [2015, 2015, 2019]
    assert all(point["quote"] for point in payload["timeline"]["Odense"])
    caseload = json.loads(CliRunner().invoke(app, ["precedents", "--topic", "sagstal", "--json"]).output)
    assert {"Herning", "Vejle"} <= {r["municipality"] for r in caseload["records"]}
    assert all("caseload" in r["topics"] for r in caseload["records"])


def test_cli_precedents_table_and_bad_topic() -> None:
    from typer.testing import CliRunner

    from assistant.cli.main import app

    runner = CliRunner()
    result = runner.invoke(app, ["precedents", "--topic", "caseload", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "| Municipality | Period | Measure |" in result.output
    assert "Timeline per municipality:" in result.output and "Lower caseloads, Swedish model" in result.output
    bad = runner.invoke(app, ["precedents", "--topic", "weather"])
    assert isinstance(bad.exception, InputError)
