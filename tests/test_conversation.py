"""Follow-ups without an LLM: calculation inputs and the municipality carried over, and saved chats."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.calc.chat import answer_calculation
from assistant.cli.main import app
from assistant.conversation import Conversation, ConversationStore, resolve
from assistant.models import Answer, Calculation
from assistant.service import Assistant

FIRST = (
    "Vi har 1.200 børnesager og 30 rådgivere. Hvad koster det at komme ned på 35 sager pr. rådgiver, "
    "når en rådgiver koster 600.000 kr.?"
)


def _answer(question: str, calc: bool = False, language: str = "da") -> Answer:
    calculation = Calculation(kind="chat", inputs={}, outputs={}, formula="") if calc else None
    return Answer(question=question, answer="…", abstained=False, language=language, calculation=calculation)


def test_a_new_target_reuses_cases_staff_and_cost() -> None:
    follow = resolve("Og hvad hvis vi kun går ned til 30?", [_answer(FIRST, calc=True)])
    assert follow.reading is not None and follow.reading.is_calculation
    assert follow.carried == "Jeg bruger 1.200 sager, 30 rådgivere i dag og 600.000 kr. pr. rådgiver fra før."
    result = answer_calculation(follow.question, "da", lambda *_: 1, reading=follow.reading)
    assert result is not None and "6.000.000 kr." in result.text and "mål 30" in result.text
    # the carried inputs say where they come from; the new target is this question's
    origins = {name: item.origin for name, item in result.calculation.inputs.items()}
    assert origins["cases"] == origins["staff_now"] == origins["cost_per_worker"] == "earlier"
    assert origins["target"] == "question"
    assert "Antal sager: 1.200 (fra et tidligere spørgsmål)" in result.text


def test_follow_ups_chain_and_a_full_question_stands_alone() -> None:
    turns = [_answer(FIRST, calc=True), _answer("Og hvad hvis vi kun går ned til 30?", calc=True)]
    follow = resolve("Og hvis en rådgiver koster 700.000 kr.?", turns)
    assert follow.reading is not None
    assert {n.role: n.value for n in follow.reading.numbers}["target"] == 30  # from the second turn
    alone = resolve("Vi har 500 sager og 10 rådgivere. Hvor mange rådgivere mangler vi for at nå 25?", turns)
    assert alone.reading is None and alone.carried == ""


def test_a_short_follow_up_keeps_the_municipality() -> None:
    earlier = [_answer("Hvor mange sager havde socialrådgiverne i Herning, før de fik lavere sagstal?")]
    follow = resolve("Hvad kostede det?", earlier)
    assert follow.search == "Hvad kostede det i Herning?"
    assert follow.carried == "Jeg går ud fra, at du stadig spørger om Herning."
    assert resolve("Hvad gjorde Vejle?", earlier).carried == ""  # names its own municipality
    assert resolve("Hvad er det vejledende sagstal?", earlier).carried == ""  # stands on its own
    assert resolve("Og i 2019?", earlier).search == "Og i 2019 i Herning?"
    assert resolve("Hvad kostede det?", []).search == "Hvad kostede det?"


def test_english_follow_up_is_said_in_english() -> None:
    earlier = [_answer("How many cases did social workers in Herning have?", language="en")]
    follow = resolve("What did it cost?", earlier)
    assert follow.carried == "I assume you are still asking about Herning." and follow.search.endswith("in Herning?")


def test_store_saves_lists_loads_and_deletes(tmp_path: Path) -> None:
    store = ConversationStore.under(tmp_path)
    chat = Conversation()
    store.save(chat)
    assert store.all() == []  # an empty chat is not saved
    chat.add(_answer("Hvad kostede det?"))
    store.save(chat)
    assert [c.title for c in store.all()] == ["Hvad kostede det?"]
    assert store.load(chat.id) == chat
    assert store.load("../../etc/passwd") is None  # ids are checked before they become paths
    (tmp_path / "conversations" / "0123456789ab.json").write_text("{broken", encoding="utf-8")
    assert len(store.all()) == 1
    assert store.delete(chat.id) and store.all() == []


def test_cli_continues_a_conversation(kb_service: Assistant, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(kb_service.settings.data_dir))
    first = CliRunner().invoke(app, ["ask", FIRST, "--conversation", "new", "--json"])
    assert first.exit_code == 0, first.output
    chat = json.loads(first.output)["conversation_id"]
    follow = CliRunner().invoke(app, ["ask", "Og hvad hvis vi kun går ned til 30?", "--conversation", chat, "--json"])
    data = json.loads(follow.output)
    assert data["conversation_id"] == chat and "6.000.000 kr." in data["answer"] and "fra før" in data["answer"]
    missing = CliRunner().invoke(app, ["ask", "Hvad så?", "--conversation", "0123456789ab"])
    assert missing.exit_code != 0 and "no saved conversation" in str(missing.exception or missing.output)
