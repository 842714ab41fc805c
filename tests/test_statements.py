"""Quotable units: boilerplate never offered, lead-ins carry their lists, spans stay verbatim; stored vectors reused."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.index.statement_store import StatementTable, background_similarity, build_statements
from assistant.ingest.read import read_document
from assistant.ingest.spans import sentence_spans
from assistant.ingest.statements import document_units, is_boilerplate
from assistant.models import Chunk, Document, DocumentMeta, Hit
from assistant.retrieval.evidence import Candidate, select

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"

BOILERPLATE = [
    "Kilde: Dansk Socialrådgiverforening, 'Nye og lavere sagstal fra DS', socialraadgiverne.dk",
    "Med venlig hilsen",
    "Venlig hilsen Jens",
    "Best regards,",
    "SE MAILEN: Odense kommune lukker børnesager for at spare penge",
    "29. juni 2015 08:34",
    "(15. maj 2015)",
    "Indslag af: Karen Sigrid Jacobsen.",
    "Tlf.: [TELEFON]",
    "Date: 15. juni 2018",
    "Kære medarbejdere.",
    "Odense Kommune",
    "XXX",
    "Genopretningsplan 2023-2025",  # a heading: one short line without closing punctuation
]
STATEMENTS = [
    "Task Forcen har gennemgået 20 tilfældigt udvalgte sager.",
    "Socialrådgiverne er gået fra 40 til 50 sager til 24 sager i Herning kommune.",
    "Planen indeholder tre overordnede indsatsområder med tilhørende konkrete tiltag:",
    "Det koster 4,4 mio. kr.",
]


@pytest.mark.parametrize("line", BOILERPLATE)
def test_boilerplate_is_never_a_statement(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", STATEMENTS)
def test_sentences_that_say_something_are_statements(line: str) -> None:
    assert not is_boilerplate(line)


def test_a_lead_in_carries_its_numbered_list() -> None:
    text = (
        "Planen indeholder tre overordnede indsatsområder med tilhørende konkrete tiltag:\n\n"
        "- 1. Sikker drift og høj faglig kvalitet i myndighedsafdelingen*\n"
        "- 2. Tæt økonomistyring og øget økonomisk bevidsthed i myndighedsafdelingen*\n"
        "- 3. Helhedsorienteret tilgang til udsatte børn og unge.*\n\n"
        "Genopretningen af myndighedsafdelingen vil have den højeste ledelsesmæssige opmærksomhed."
    )
    units = [text[u.start : u.end] for u in document_units(text)]
    assert units[0].startswith("Planen indeholder") and units[0].rstrip().endswith("unge.*")
    assert "- 2. Tæt økonomistyring" in units[0]
    assert units[1].startswith("Genopretningen")
    assert not any(u.strip() in ("- 1.", "1.") for u in units)


def test_a_lead_in_carries_the_paragraph_that_answers_it() -> None:
    text = (
        "Opgaven er at finde sager, som kan lukkes ud fra følgende kriterier:\n\n"
        "Manglende progression – manglende motivation – eller tæt på afslutning.\n\n"
        "I bedes mandag og tirsdag prioritere tid til det."
    )
    units = [text[u.start : u.end] for u in document_units(text)]
    assert units[0].endswith("tæt på afslutning.") and len(units) == 2


def test_a_list_number_at_the_start_of_a_line_is_not_a_sentence_end() -> None:
    text = "- 1. Sikker drift og høj faglig kvalitet\n- 2. Tæt økonomistyring"
    assert [text[s.start : s.end] for s in sentence_spans(text)] == [
        "- 1. Sikker drift og høj faglig kvalitet",
        "- 2. Tæt økonomistyring",
    ]


def test_signature_block_and_headline_of_the_odense_mail_are_dropped() -> None:
    doc = read_document(KNOWLEDGE / "documents" / "odense-2015-mail-lukning-af-forebyggende-sager.md")
    units = [doc.text[u.start : u.end] for u in document_units(doc.text, doc.meta.title)]
    joined = "\n".join(units)
    assert "Med venlig hilsen" not in joined and "SE MAILEN" not in joined and "Kære medarbejdere" not in joined
    assert any(u.startswith("Opgaven er at finde") and "Manglende progression" in u for u in units)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(BOILERPLATE + STATEMENTS + ["- a", "1. b", "", "Kort.", "ord ord ord ord:"]), max_size=12)
)
def test_units_are_ordered_verbatim_spans(parts: list[str]) -> None:
    text = "\n\n".join(parts)
    units = document_units(text)
    assert all(0 <= u.start < u.end <= len(text) for u in units)
    assert all(a.end <= b.start for a, b in itertools.pairwise(units))
    assert all(text[u.start : u.end] == text[u.start : u.end].strip() for u in units)


def _docs() -> tuple[dict[str, Document], pd.DataFrame]:
    text = "Første sætning om sager. Anden sætning om rådgivere.\n\nTredje sætning om anbringelser i Herning."
    doc = Document(meta=DocumentMeta(id="d1", title="T"), text=text, content_hash="h")
    chunks = pd.DataFrame({"doc_id": ["d1", "d1"], "start": [0, 54], "end": [53, len(text)]})
    return {"d1": doc}, chunks


class CountingEmbed:
    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        self.seen.extend(texts)
        rng = np.random.default_rng(len(self.seen))
        vecs = rng.normal(size=(len(texts), 8)).astype(np.float32)
        return vecs / np.linalg.norm(vecs, axis=1, keepdims=True)


def test_units_are_embedded_once_and_reused(tmp_path: Path) -> None:
    docs, chunks = _docs()
    embed = CountingEmbed()
    first = build_statements(docs, chunks, embed, "e5")
    assert len(embed.seen) == 3 and list(first.rows_of(0)) == [0, 1] and list(first.rows_of(1)) == [2]
    again = build_statements(docs, chunks, embed, "e5", previous=first)
    assert len(embed.seen) == 3, "unchanged units keep their vectors"
    assert np.array_equal(np.asarray(again.vectors), np.asarray(first.vectors))
    build_statements(docs, chunks, embed, "other-model", previous=first)
    assert len(embed.seen) == 6, "another embedder's vectors are never reused"
    first.save(tmp_path)
    loaded = StatementTable.load(tmp_path, n_chunks=2)
    assert loaded is not None and loaded.embedder == "e5" and len(loaded.frame) == 3
    sims = loaded.similarities([0, 2], np.asarray(first.vectors[0], dtype=np.float32))
    assert sims[0] == pytest.approx(1.0, abs=1e-2)
    assert -1.0 <= background_similarity(loaded, np.asarray(first.vectors[0], dtype=np.float32)) <= 1.0


def test_a_snapshot_without_units_loads_as_none(tmp_path: Path) -> None:
    assert StatementTable.load(tmp_path, n_chunks=3) is None


def _cand(doc: Document, sentence: str, score: float) -> Candidate:
    start = doc.text.index(sentence)
    chunk = Chunk(chunk_id="d1:0", doc_id="d1", text=doc.text, start=0, end=len(doc.text))
    return Candidate(Hit(chunk=chunk, score=1.0, rank=1), start, start + len(sentence), sentence, 0.9, 0.5, score)


def test_two_quotes_around_one_skipped_unit_become_one_verbatim_quote() -> None:
    """The skipped unit is often the list that answers the question (a sentence window)."""
    text = (
        "Task Forcen har gennemgået 20 sager. Det handler om mangelfuld:\n  • journalisering af sager\n"
        "  • overlevering mellem medarbejdere\nTask Forcen konkluderer dog også noget godt.\n\n\n"
        "Et helt andet afsnit om noget andet end sagerne. Og en sætning mere om budgettet i år."
    )
    doc = Document(meta=DocumentMeta(id="d1", title="T"), text=text, content_hash="h")
    docs = {"d1": doc}
    first = _cand(doc, "Task Forcen konkluderer dog også noget godt.", 2.0)
    second = _cand(doc, "Task Forcen har gennemgået 20 sager.", 1.5)
    far = _cand(doc, "Og en sætning mere om budgettet i år.", 1.4)
    chosen = select([first, second, far], limit=3, docs=docs, window=60)
    quotes = [c.text for c in chosen]
    assert quotes[0] == text[: text.index("godt.") + len("godt.")]  # the list between is quoted
    assert all(q in text for q in quotes)
    assert len(chosen) == 2  # a paragraph break is never bridged


@pytest.mark.parametrize(
    ("opening", "carried"),
    [
        ("Den har et samlet ansvar for arbejdet med projektet.", True),  # a pronoun and its verb point back
        ("Desuden er der nedsat en projektgruppe til opgaven.", True),
        ("This means that the group answers to the council.", True),
        ("Den administrerende direktør leder arbejdet med projektet.", False),  # an article, not a pronoun
        ("Det er vigtigt at arbejde med de sager hver uge.", False),  # a dummy subject points nowhere
    ],
)
def test_a_sentence_that_points_back_is_quoted_with_the_one_before(opening: str, carried: bool) -> None:
    lead = "Der er nu nedsat en styregruppe bestående af direktøren og chefgruppen."
    text = f"{lead} {opening}\n\n\nEt andet afsnit."
    doc = Document(meta=DocumentMeta(id="d1", title="T"), text=text, content_hash="h")
    chosen = select([_cand(doc, opening, 2.0)], limit=1, docs={"d1": doc}, window=60)
    assert chosen[0].text == (f"{lead} {opening}" if carried else opening)


def test_pointing_back_is_followed_through_a_chain_of_sentences() -> None:
    lead = "Der er nu nedsat en styregruppe bestående af direktøren og chefgruppen."
    middle = "Den har et samlet ansvar for arbejdet."
    last = "Desuden er der nedsat en projektgruppe."
    text = f"Indledning om noget andet.\n\n\n{lead} {middle} {last}"
    doc = Document(meta=DocumentMeta(id="d1", title="T"), text=text, content_hash="h")
    chosen = select([_cand(doc, last, 2.0)], limit=1, docs={"d1": doc}, window=60)
    assert chosen[0].text == f"{lead} {middle} {last}"


def test_pointing_back_never_costs_a_quote_its_own_sentence() -> None:
    # B points back into A, C back into B: grown back, C could not join the quote A+B (over BRIDGE_CHARS, 900)
    # and was dropped as a repeat, and its figure with it
    lead = "Der er nu nedsat en styregruppe bestående af direktøren og chefgruppen" + " og flere andre" * 17 + "."
    middle = "Den har et samlet ansvar for arbejdet" + " med sagerne" * 17 + "."
    last = "Desuden er der ansat 12 medarbejdere i projektgruppen" + " til opgaven" * 16 + "."
    after = "Planen gælder fra januar og evalueres efter et år af udvalget og af forvaltningen i fællesskab her."
    text = f"{lead} {middle} {last} {after}"
    doc = Document(meta=DocumentMeta(id="d1", title="T"), text=text, content_hash="h")
    chosen = select([_cand(doc, middle, 2.0), _cand(doc, last, 1.9)], limit=2, docs={"d1": doc}, window=350)
    assert any("12 medarbejdere" in c.text for c in chosen)  # the figure stays quoted
    assert all(c.text in text for c in chosen)
