"""Conversations: follow-ups that inherit what they leave out, and saved chats that survive a reload.

A person asks "og hvad hvis vi kun går ned til 30?" right after a worked calculation, or "hvad kostede
det?" after an answer about Herning. Read alone, neither can be answered. Without an LLM, this module
carries over what the earlier turns settled:

- a calculation's inputs: the follow-up's numbers replace the earlier ones in the same role (a new
  target replaces the old target), the rest is kept, and the asked quantities are kept when the
  follow-up asks none;
- the municipality and topic: a short follow-up that names no municipality is searched together with
  the question it follows.

The answer always says what it carried over ("Jeg bruger 1.200 sager og 30 rådgivere fra før"), so
nothing is silently assumed. A number whose role the follow-up cannot settle is never merged.

Conversations are JSON files under ``<data_dir>/conversations/``; the app lists them in the sidebar and
the CLI can continue one with ``assistant ask --conversation ID``. A signed-in user's conversations live
in a folder of their own (``conversations/users/<key>/``) and a store only ever looks in one folder, so
nobody can list or open another person's conversation, not even by guessing its id. Questions are
stored with CPR numbers, e-mail addresses and phone numbers masked (``privacy``).
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field, ValidationError

from assistant import municipalities
from assistant.access.auth import User
from assistant.calc.question import Reading, read_question
from assistant.calc.sheet import Sheet
from assistant.calc.texts import READ, kind_words
from assistant.i18n import t
from assistant.models import Answer, AnswerMode, Filters, Language
from assistant.privacy import mask_personal_data
from assistant.text import detect_language

if TYPE_CHECKING:
    from assistant.service import Assistant

# "Og …", "Men …", "Hvad nu hvis …", "And …", "What if …": a turn that leans on the one before.
_LEANS = re.compile(r"^\s*(?:og|men|så|hvad\s+(?:nu\s+)?hvis|hvad\s+med|and|but|so|what\s+if|what\s+about)\b", re.I)
# A question that ends on a pronoun points back at something said before ("Hvad kostede det?"); in the
# middle of a question the same words are mostly articles ("Hvad er det vejledende sagstal?").
_POINTS_BACK = re.compile(
    r"\b(?:det|den|de|dem|deres|it|that|they|them|those)\s*[?.!]*\s*$"
    r"|\b(?:did|does|do|was|were|is|are|has|have)\s+(?:it|they|that)\b",  # "What did it cost?"
    re.I,
)
_SHORT_WORDS = 9  # a follow-up that leans on the topic is short; a long question stands on its own
_ID = re.compile(r"^[0-9a-f]{12}$")


@dataclass
class FollowUp:
    """What to ask after reading the earlier turns: the text to search, a merged reading, what was carried."""

    question: str  # the person's own words, shown and stored as the question
    search: str  # the text the assistant answers (the question, with the earlier topic when it leans on it)
    reading: Reading | None = None  # a calculation reading with earlier inputs carried over
    carried: str = ""  # the sentence saying what was carried over; empty when nothing was


# -- calculations -------------------------------------------------------------------------------------------


def merge_readings(new: Reading, old: Reading) -> Reading:
    """``new`` completed from ``old``: numbers in roles ``new`` does not give, and ``old``'s asked quantities.

    Only settled, self-contained numbers are carried (no open role, no second reading, no reference to
    another number), so a merge never invents a link the earlier question did not make.
    """
    given = {n.role for n in new.numbers if n.role}
    kept = [
        replace(n, carried=True)
        for n in old.numbers
        if n.role and n.role not in given and n.alt_role is None and n.refers_to is None
    ]
    shift = len(kept)
    numbers = kept + [
        replace(n, refers_to=None if n.refers_to is None else n.refers_to + shift) for n in new.numbers
    ]
    asked = new.asked or old.asked
    return Reading(
        language=new.language,
        numbers=numbers,
        asked=list(asked),
        is_calculation=bool(asked) and any(n.role for n in numbers),
        ambiguous=list(new.ambiguous),
        cues=old.cues | new.cues,
        move=new.move or old.move,
    )


def _carried_inputs(merged: Reading, new: Reading, language: Language) -> list[str]:
    sheet = Sheet(merged, language, lambda *_args, **_kwargs: 0)
    out = []
    for n in merged.numbers:
        if not n.carried or not n.role or n.role not in READ:
            continue
        shown = sheet.show(n.role, n.value)
        text = sheet.pick(*READ[n.role]).format(v=shown, kind=kind_words(n.kind, language, "read"))
        out.append(" ".join(text.split()))
    return out


def _join(items: list[str], language: Language) -> str:
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {t('conv_and', language)} " + items[-1]


def calculation_context(earlier: Sequence[Answer]) -> Reading | None:
    """The calculation the conversation is in: the last one, completed by the follow-ups that built on it."""
    current: Reading | None = None
    for answer in earlier:
        if answer.calculation is None:
            continue
        reading = read_question(answer.question, answer.language)
        if current is not None and _builds_on(reading, answer.question):
            current = merge_readings(reading, current)
        elif reading.is_calculation:
            current = reading
    return current


def _builds_on(reading: Reading, question: str) -> bool:
    """A calculation follow-up: it gives settled numbers, and either asks nothing itself or leans back."""
    settled = [n for n in reading.numbers if n.role]
    unsettled = [n for n in reading.numbers if not n.role]
    if not settled or unsettled:
        return False
    return not reading.is_calculation or bool(_LEANS.match(question))


# -- topic and municipality ---------------------------------------------------------------------------------


def _topic_of(earlier: Sequence[Answer]) -> Answer | None:
    """The last answered question that stands on its own (not a follow-up, not an abstention)."""
    for answer in reversed(earlier):
        if not answer.abstained and answer.calculation is None:
            return answer
    return None


def _leans_on_topic(question: str) -> bool:
    words = question.split()
    if len(words) > _SHORT_WORDS or municipalities.find_mentions(question, ignore_case=True):
        return False
    return bool(_LEANS.match(question) or _POINTS_BACK.search(question))


# -- the one entry point ------------------------------------------------------------------------------------


def resolve(question: str, earlier: Sequence[Answer]) -> FollowUp:
    """How to answer ``question`` after ``earlier`` (oldest first); a first question is taken as it is."""
    language = detect_language(question)
    follow = FollowUp(question=question, search=question)
    if not earlier:
        return follow
    reading = read_question(question, language)
    context = calculation_context(earlier)
    if context is not None and _builds_on(reading, question):
        merged = merge_readings(reading, context)
        if merged.is_calculation:
            items = _carried_inputs(merged, reading, language)
            follow.reading = merged
            follow.carried = t("conv_carried", language, items=_join(items, language)) if items else ""
            return follow
    if reading.is_calculation:
        return follow
    topic = _topic_of(earlier)
    if topic is not None and _leans_on_topic(question):
        named = municipalities.find_mentions(topic.question, ignore_case=True)
        if named:
            # The municipality is what the follow-up leaves out; its own words say what is asked now.
            where = "i" if language == "da" else "in"
            follow.search = f"{question.rstrip(' ?')} {where} {_join(named, language)}?"
            follow.carried = t("conv_carried_municipality", language, names=_join(named, language))
        else:
            follow.search = f"{question} ({topic.question})"
            follow.carried = t("conv_carried_topic", language, topic=topic.question)
    return follow


def with_carried(answer: Answer, follow: FollowUp) -> Answer:
    """The answer as the person sees it: their own question, and first what was carried over."""
    answer.question = follow.question
    if follow.carried:
        answer.answer = f"{follow.carried}\n\n{answer.answer}"
    return answer


# -- saved conversations ------------------------------------------------------------------------------------


class Conversation(BaseModel):
    """One saved chat: its answers in order, and a title taken from the first question."""

    id: str = Field(default_factory=lambda: uuid.uuid4().hex[:12])
    title: str = ""
    updated: dt.datetime = Field(default_factory=lambda: dt.datetime.now(dt.UTC))
    answers: list[Answer] = Field(default_factory=list)

    def add(self, answer: Answer) -> None:
        """Append ``answer``; its question is masked first, since this is what gets stored."""
        answer.question = mask_personal_data(answer.question).text
        self.answers.append(answer)
        self.title = self.title or " ".join(answer.question.split())[:80]
        self.updated = dt.datetime.now(dt.UTC)


class ConversationStore:
    """Conversations as one JSON file each under ``root``; a broken file is skipped, never fatal."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    @classmethod
    def under(cls, data_dir: Path) -> ConversationStore:
        """The operator's conversations: the single local user's in the app, and the CLI's."""
        return cls(Path(data_dir) / "conversations")

    @classmethod
    def of(cls, data_dir: Path, user: User) -> ConversationStore:
        """``user``'s own conversations; the local user and the CLI share the operator's folder."""
        if user.local:
            return cls.under(data_dir)
        return cls(Path(data_dir) / "conversations" / "users" / user.key)

    def _path(self, conversation_id: str) -> Path | None:
        return self.root / f"{conversation_id}.json" if _ID.match(conversation_id) else None

    def save(self, conversation: Conversation) -> None:
        path = self._path(conversation.id)
        if path is None or not conversation.answers:
            return  # an empty chat is not worth a file
        self.root.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(conversation.model_dump_json(), encoding="utf-8")
        tmp.replace(path)  # atomic: a reader never sees half a file

    def load(self, conversation_id: str) -> Conversation | None:
        path = self._path(conversation_id)
        if path is None or not path.exists():
            return None
        try:
            return Conversation.model_validate_json(path.read_text(encoding="utf-8"))
        except (ValidationError, OSError, ValueError):
            return None

    def all(self) -> list[Conversation]:
        """Every readable conversation, the most recently used first."""
        found = [self.load(p.stem) for p in self.root.glob("*.json")] if self.root.exists() else []
        return sorted((c for c in found if c is not None), key=lambda c: c.updated, reverse=True)

    def delete(self, conversation_id: str) -> bool:
        path = self._path(conversation_id)
        if path is None or not path.exists():
            return False
        path.unlink()  # the file is gone; nothing else holds the questions (the audit log has no text)
        path.with_suffix(".tmp").unlink(missing_ok=True)
        return True


def ask(
    service: Assistant,
    question: str,
    earlier: Sequence[Answer],
    filters: Filters | None = None,
    my_municipality: str | None = None,
    mode: AnswerMode | None = None,
) -> Answer:
    """Answer ``question`` as the next turn after ``earlier``: the path the app and the CLI share."""
    follow = resolve(question, earlier)
    answer = service.ask(follow.search, filters, my_municipality, reading=follow.reading, mode=mode)
    return with_carried(answer, follow)
