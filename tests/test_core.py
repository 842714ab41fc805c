"""The core path on the real knowledge base: retrieval, answers, citations, abstention, JSON contract."""

from __future__ import annotations

import json

import pytest
import yaml
from conftest import REPO
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from typer.testing import CliRunner

from assistant.cli.main import app
from assistant.errors import InputError
from assistant.ingest.chunking import chunk_spans
from assistant.ingest.spans import sentence_spans
from assistant.models import Filters
from assistant.service import Assistant
from assistant.text import detect_language, expand_query

# The dev split: per-question assertions are tuning; the test split is reported by `make eval`.
STARTER = [
    q
    for q in yaml.safe_load((REPO / "eval" / "questions.yaml").read_text(encoding="utf-8"))
    if q.get("split", "dev") == "dev"
]
LOOKUPS = [q for q in STARTER if q["kind"] == "lookup" and q.get("passages")][:20]
# Far from the domain: every one must abstain. Near-domain ones (ids d-, d2-, d7- to d12-) are held to a rate,
# not one by one (test_near_domain_out_of_scope_rate); d7-d10 were written apart from the code and are near misses.
_NEAR = (
    "d-", "d2-", "d7-", "d8-", "d9-", "d10-", "d11-", "d12-", "d13-", "d14-", "d15-", "d16-", "d17-", "d18-", "d19-",
    "d20-", "d21-", "d22-", "d23-", "d24-", "d25-", "d26-", "d27-", "d28-", "d29-",
)  # fmt: skip
OUT_OF_SCOPE = [q for q in STARTER if q["kind"] == "out_of_scope" and not q["id"].startswith(_NEAR)]
NEAR_DOMAIN = [q for q in STARTER if q["kind"] == "out_of_scope" and q["id"].startswith(_NEAR)]


def test_knowledge_base_indexed(kb_service: Assistant) -> None:
    snap = kb_service.index.snapshot()
    assert len(snap.docs) >= 12
    assert snap.size > 40
    # every chunk is an exact span of its document
    for row in range(snap.size):
        chunk = snap.chunk(row)
        assert snap.docs[chunk.doc_id].text[chunk.start : chunk.end] == chunk.text


def test_multi_municipality_document_tags_chunks(kb_service: Assistant) -> None:
    chunks = kb_service.index.snapshot().chunks
    blog = chunks[chunks.doc_id == "herning-vejle-2015-sagstal-blog"]
    tags = set("|".join(blog.municipalities).split("|"))
    assert {"Herning", "Vejle"} <= tags
    vejle_table = blog[blog.text.str.contains("39 sager")]
    assert all("Vejle" in t for t in vejle_table.municipalities)


@pytest.mark.parametrize("case", LOOKUPS, ids=[q["id"] for q in LOOKUPS])
def test_lookup_expected_passage_in_top5(kb_service: Assistant, case: dict) -> None:
    answer = kb_service.ask(case["question"])
    texts = [" ".join(p.text.split()).lower() for p in answer.passages[:5]]
    wanted = [" ".join(p.split()).lower() for p in case["passages"]]
    assert any(w in t for w in wanted for t in texts), f"{case['id']}: none of {wanted} in top 5"
    assert not answer.abstained


@pytest.mark.parametrize("case", OUT_OF_SCOPE, ids=[q["id"] for q in OUT_OF_SCOPE])
def test_out_of_scope_abstains(kb_service: Assistant, case: dict) -> None:
    answer = kb_service.ask(case["question"])
    assert answer.abstained, answer.answer
    assert answer.citations == []
    phrase = "Ingen kilde" if case["lang"] == "da" else "No source"
    assert phrase in answer.answer


def test_near_domain_out_of_scope_rate(kb_service: Assistant) -> None:
    """Questions next to the knowledge base ("Hvad koster en vuggestueplads i Herning?") mostly abstain.

    The floor is a regression guard at the measured level (32 of 46 on 2026-11-26, 35 of 53 with the d7 block,
    50 of 73 with d8 and d9, 67 of 83 with d10 and the rules of retrieval/answer_types, see eval/RESULTS.md),
    not a goal: these are the hardest questions for an evidence-based abstention.
    """
    abstained = [kb_service.ask(q["question"]).abstained for q in NEAR_DOMAIN]
    assert len(abstained) >= 40
    assert sum(abstained) / len(abstained) >= 0.75, [
        q["id"] for q, a in zip(NEAR_DOMAIN, abstained, strict=True) if not a
    ]


def test_citations_are_verbatim_and_labelled(kb_service: Assistant) -> None:
    answer = kb_service.ask("Hvor mange sager havde socialrådgiverne i Herning, før de fik lavere sagstal?")
    docs = kb_service.index.snapshot().docs
    assert answer.citations
    for cit in answer.citations:
        assert cit.quote in docs[cit.doc_id].text
        assert f"[{cit.id}]" in answer.answer
        assert cit.source_type in {
            "blog_opinion",
            "guidance",
            "news",
            "press_release",
            "official_plan",
            "official_decision",
            "internal_email",
        }
    assert "24 sager" in answer.answer


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Hvordan forbereder Rødovre socialrådgiverne på Barnets Lov?", "da"),
        ("How is Rødovre preparing its social workers for Barnets Lov?", "en"),
        ("What did Odense's administration set up for Sammenhængende Borgerforløb?", "en"),
        ("hvor mange sager har en rådgiver i herning nu", "da"),
    ],
)
def test_answer_language_follows_question(kb_service: Assistant, question: str, lang: str) -> None:
    assert detect_language(question) == lang
    answer = kb_service.ask(question)
    assert answer.language == lang
    lead = "Det siger kilderne" if lang == "da" else "This is what the sources say"
    assert answer.answer.startswith(lead)


def test_filters_restrict_passages(kb_service: Assistant) -> None:
    only = kb_service.ask("Hvad er sagstallet?", Filters(municipalities=["Vejle"]))
    assert only.passages and all(
        "Vejle" in kb_service.index.snapshot().chunks.set_index("chunk_id").loc[p.chunk_id, "municipalities"]
        for p in only.passages
    )
    recent = kb_service.ask("genopretningsplan", Filters(year_from=2020))
    assert recent.passages and all(p.doc_id.startswith(("roedovre", "vejledning")) for p in recent.passages)
    plans = kb_service.ask("genopretningsplan", Filters(source_types=["official_plan"]))
    assert {p.doc_id for p in plans.passages} == {"roedovre-genopretningsplan-2023-2025"}


def test_unknown_municipality_filter_is_an_input_error(kb_service: Assistant) -> None:
    with pytest.raises(InputError, match="Did you mean"):
        kb_service.ask("sagstal", Filters(municipalities=["Rodovr"]))


def test_empty_question_is_an_input_error(kb_service: Assistant) -> None:
    with pytest.raises(InputError):
        kb_service.ask("   ")


def test_ask_json_contract(kb_service: Assistant, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(kb_service.settings.data_dir))
    result = CliRunner().invoke(app, ["ask", "Hvor mange sager pr. sagsstamme skulle lukkes i Odense?", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) >= {
        "question",
        "answer",
        "abstained",
        "language",
        "mode",
        "citations",
        "passages",
        "calculation",
        "timings_ms",
    }
    assert data["mode"] == "extractive" and data["calculation"] is None
    assert set(data["citations"][0]) >= {
        "id",
        "doc_id",
        "title",
        "municipality",
        "date",
        "source_type",
        "quote",
        "source",
    }
    assert [p["rank"] for p in data["passages"]] == list(range(1, len(data["passages"]) + 1))
    assert set(data["passages"][0]) >= {"rank", "doc_id", "chunk_id", "municipality", "text", "score"}
    assert set(data["timings_ms"]) >= {"retrieve", "answer", "total"}
    assert "5 sager" in data["answer"]


def test_documents_json_rows_are_the_shared_table(kb_service: Assistant, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(kb_service.settings.data_dir))
    result = CliRunner().invoke(app, ["documents", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)["documents"]
    assert rows == [r.model_dump(mode="json") for r in kb_service.document_rows()]
    assert list(rows[0]) == [
        "id", "title", "municipality", "date", "source_type", "chunks", "pages", "ocr_pages", "original"
    ]  # fmt: skip
    assert sum(r["chunks"] for r in rows) == kb_service.index.snapshot().size


def test_calculation_question_is_never_an_abstention(kb_service: Assistant) -> None:
    answer = kb_service.ask("Hvad bliver sagstallet, hvis 14 socialrådgivere deler 560 sager?")
    assert not answer.abstained
    assert answer.calculation is not None
    assert "40" in answer.answer


@hsettings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Ca. 5 sager.",
                "Den 1. september 2015 lukkes",
                "kr. 4.4 Mio. blev sparet!",
                "Hvad nu?",
                "\n\n",
                " ",
                "Socialrådgiverne i Herning kommune.",
                "f.eks. Vejle",
            ]
        ),
        min_size=1,
        max_size=30,
    )
)
def test_chunk_and_sentence_spans_are_exact(parts: list[str]) -> None:
    text = "".join(parts)
    for span in sentence_spans(text) + chunk_spans(text, max_chars=200):
        piece = text[span.start : span.end]
        assert piece == piece.strip() and piece
    covered = "".join(text[s.start : s.end] for s in sentence_spans(text))
    assert "".join(covered.split()) == "".join(text.split())


@pytest.mark.parametrize(
    ("question", "danish"),
    [
        ("How much was spent on placements?", "anbringelse"),
        ("What do our social workers' caseloads look like?", "socialrådgiver"),
        ("How many municipalities have a guiding caseload?", "kommune"),
        ("Which children's cases were closed?", "børnesag"),
    ],
)
def test_english_plurals_and_possessives_reach_the_glossary(question: str, danish: str) -> None:
    assert danish in expand_query(question).split()


def test_danish_abbreviations_do_not_split_sentences() -> None:
    text = "Der skal lukkes ca. 20 % (ca. 5 sager på hver sagsstamme) med virkning fra 1. september 2015. Næste."
    spans = sentence_spans(text)
    assert len(spans) == 2
    assert text[spans[0].start : spans[0].end].endswith("2015.")


def test_query_terms_without_danish_letters_or_with_typos_are_repaired(kb_service: Assistant) -> None:
    from assistant.retrieval.hybrid import repair_terms

    snap = kb_service.index.snapshot()
    assert repair_terms(snap, ["raadgiv", "familieomraad"]) == ["rådgiv", "familieområd"]
    assert repair_terms(snap, ["2015", "zzzzqqq"]) == ["2015", "zzzzqqq"]
    # without fuzzy guesses (what abstention reads) only ASCII spellings are repaired
    assert repair_terms(snap, ["raadgiv", "kommuneskat"], fuzzy=False) == ["rådgiv", "kommuneskat"]
    # equally close candidates: the same answer every time, whatever the vocabulary's order
    assert len({tuple(repair_terms(snap, ["sagsstame", "plejefamli"])) for _ in range(3)}) == 1
    answer = kb_service.ask("Vejle sagsantal pr raadgiver familieomraadet")
    assert not answer.abstained and "39 sager" in answer.answer
