"""LLM answers through the real LangChain OpenAI client against a canned server on loopback.

Covers what a municipality's vLLM/OpenAI-compatible endpoint can do to us: answer well, hallucinate a
number, hang past the timeout, fail with HTTP 500 or 429, or not be there at all.
"""

from __future__ import annotations

import datetime as dt
import logging
import socket
from pathlib import Path

import pytest
from llm_server import Reply, chat_server, passages_in, quote_first_passage
from pydantic import SecretStr

from assistant.answers.llm import llm_answer
from assistant.config import Settings, load_settings
from assistant.models import Answer, Chunk, Citation, Hit

SECRET = "sk-test-secret-0123456789"
HERNING = (
    "Socialrådgiverne er gået fra 40 til 50 sager til 24 sager i Herning kommune. "
    "På 2 år er der sparet kr. 4.4 Mio. Antallet af anbringelser er reduceret med 6 %."
)
VEJLE = "Antal sager pr. rådgiver (Vejle kommune) 39 sager 45 sager."
QUESTION = "Hvor mange sager har socialrådgiverne i Herning?"


def make_hit(doc_id: str, text: str, municipality: str, rank: int) -> Hit:
    chunk = Chunk(
        chunk_id=f"{doc_id}#0",
        doc_id=doc_id,
        text=text,
        start=0,
        end=len(text),
        municipalities=[municipality],
        title=doc_id.title(),
        date=dt.date(2015, 5, 21),
        source_type="news",
    )
    return Hit(chunk=chunk, score=1.0 / rank, rank=rank)


@pytest.fixture
def hits() -> list[Hit]:
    return [make_hit("herning", HERNING, "Herning", 1), make_hit("vejle", VEJLE, "Vejle", 2)]


@pytest.fixture
def extractive() -> Answer:
    quote = "Socialrådgiverne er gået fra 40 til 50 sager til 24 sager i Herning kommune."
    citation = Citation(
        id=1,
        doc_id="herning",
        title="Herning",
        municipality="Herning",
        date=None,
        source_type="news",
        quote=quote,
        source="",
    )
    return Answer(
        question=QUESTION, answer=f"«{quote}» [1]", abstained=False, language="da", citations=[citation]
    )


@pytest.fixture(autouse=True)
def _loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """A proxy in the environment must not intercept the loopback server."""
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)


def settings_for(tmp_path: Path, base_url: str, timeout: float = 10.0) -> Settings:
    return load_settings(
        data_dir=tmp_path,
        llm="openai-compatible",
        llm_base_url=base_url,
        llm_model="fake-model",
        llm_api_key=SecretStr(SECRET),
        llm_timeout=timeout,
    )


def test_success_through_the_real_client(
    tmp_path: Path, hits: list[Hit], extractive: Answer, caplog: pytest.LogCaptureFixture
) -> None:
    reply = "Herning gik fra 40 til 50 sager til 24 sager pr. rådgiver [1]. Vejle har 39 sager [2]."
    with caplog.at_level(logging.DEBUG), chat_server([reply]) as server:
        answer = llm_answer(settings_for(tmp_path, server.base_url), QUESTION, "da", hits, extractive)
    assert answer.mode == "llm"
    assert answer.answer == reply
    assert [c.doc_id for c in answer.citations] == ["herning", "vejle"]
    assert answer.verification is not None and not answer.verification.fallback
    # What went over the wire: the configured model, rules first, passages as data, the key as auth.
    (body,) = server.requests
    assert body["model"] == "fake-model"
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    assert passages_in(body) == {1: HERNING, 2: VEJLE}
    assert server.headers[0]["authorization"] == f"Bearer {SECRET}"
    assert SECRET not in caplog.text and SECRET not in answer.model_dump_json()


def test_hallucinated_number_is_dropped(tmp_path: Path, hits: list[Hit], extractive: Answer) -> None:
    reply = "Herning har 24 sager pr. rådgiver [1]. Herning sparede 12 mio. kr. på 2 år [1]."
    with chat_server([reply]) as server:
        answer = llm_answer(settings_for(tmp_path, server.base_url), QUESTION, "da", hits, extractive)
    assert answer.mode == "llm" and answer.answer == "Herning har 24 sager pr. rådgiver [1]."
    assert answer.verification is not None and answer.verification.unsupported_numbers == ["12 mio. kr."]
    assert answer.notice is not None


def test_only_hallucinations_fall_back(tmp_path: Path, hits: list[Hit], extractive: Answer) -> None:
    with chat_server(["Herning sparede 12 mio. kr. på 2 år [1]."]) as server:
        answer = llm_answer(settings_for(tmp_path, server.base_url), QUESTION, "da", hits, extractive)
    assert answer.mode == "extractive" and answer.answer == extractive.answer
    assert answer.verification is not None and answer.verification.fallback


@pytest.mark.parametrize(
    ("reply", "reason"),
    [
        (Reply(status=500, content="internal error"), "HTTP 500"),
        (Reply(status=429, content="slow down"), "rate limited"),
    ],
)
def test_http_errors_fall_back_without_retrying(
    tmp_path: Path, hits: list[Hit], extractive: Answer, reply: Reply, reason: str
) -> None:
    with chat_server([reply, "Herning har 24 sager [1]."]) as server:
        answer = llm_answer(settings_for(tmp_path, server.base_url), QUESTION, "da", hits, extractive)
    assert len(server.requests) == 1  # max_retries=0: a failing server is not hammered
    assert answer.mode == "extractive" and answer.answer == extractive.answer
    assert answer.verification is not None and answer.verification.fallback
    assert answer.verification.reason is not None and answer.verification.reason.startswith(reason)
    assert answer.notice == "LLM utilgængelig – viser det kildenære svar."


def test_timeout_falls_back(tmp_path: Path, hits: list[Hit], extractive: Answer) -> None:
    with chat_server([Reply(content="Herning har 24 sager [1].", delay=20)]) as server:
        answer = llm_answer(
            settings_for(tmp_path, server.base_url, timeout=1), QUESTION, "en", hits, extractive
        )
    assert answer.mode == "extractive"
    assert answer.verification is not None and answer.verification.reason is not None
    assert answer.verification.reason.startswith("timeout")
    assert answer.notice is not None and answer.notice.startswith("LLM unavailable")


def test_server_not_running_falls_back(tmp_path: Path, hits: list[Hit], extractive: Answer) -> None:
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    answer = llm_answer(
        settings_for(tmp_path, f"http://127.0.0.1:{port}/v1"), QUESTION, "da", hits, extractive
    )
    assert answer.mode == "extractive"
    assert answer.verification is not None and answer.verification.reason is not None
    assert answer.verification.reason.startswith("connection error")


def test_quote_first_passage_helper_gives_a_verifiable_answer(
    tmp_path: Path, hits: list[Hit], extractive: Answer
) -> None:
    """The helper the end-to-end ``assistant ask`` test uses must itself produce a passing answer."""
    with chat_server(quote_first_passage) as server:
        answer = llm_answer(settings_for(tmp_path, server.base_url), QUESTION, "da", hits, extractive)
    assert answer.mode == "llm"
    assert answer.answer == "Socialrådgiverne er gået fra 40 til 50 sager til 24 sager i Herning kommune [1]."


def test_answer_mode_is_chosen_per_call(kb_service: object) -> None:
    """One Assistant with an LLM configured answers either way; the extractive call never calls out."""
    from assistant.errors import InputError
    from assistant.index.indexer import KnowledgeIndex
    from assistant.service import Assistant

    assert isinstance(kb_service, Assistant)
    question = "Hvor mange sager havde socialrådgiverne i Herning?"
    with pytest.raises(InputError, match="ASSISTANT_LLM"):
        kb_service.ask(question, mode="llm")  # none configured
    with chat_server(quote_first_passage) as server:
        settings = kb_service.settings.model_copy(
            update={"llm": "openai-compatible", "llm_base_url": server.base_url, "llm_model": "fake-model"}
        )
        index = KnowledgeIndex(settings, store=kb_service.index.store, embedder=kb_service.index.embedder)
        service = Assistant(settings, index=index)
        plain = service.ask(question, mode="extractive")
        assert plain.mode == "extractive" and not server.requests
        default = service.ask(question)  # an LLM is configured, so it is the default
        assert len(server.requests) == 1 and default.mode == "llm"
