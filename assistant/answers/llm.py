"""Optional LLM answers through LangChain, verified against the passages before they are shown.

The extractive answer always exists first; the LLM only rephrases it from the same retrieved passages.
Whatever goes wrong (timeout, connection, rate limit, HTTP 500, an answer the verifier cannot back up)
ends in the extractive answer with a visible notice, never an error page. Misconfiguration (unknown
backend, no model name, package missing) is a ConfigError: it will not fix itself, so it is shown.
"""

from __future__ import annotations

import html
import logging
import re
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage
from langchain_core.prompts import ChatPromptTemplate
from pydantic import SecretStr

from assistant import numbers
from assistant.answers.verify import (
    CALC_ID,
    SentenceCheck,
    Source,
    check_sentences,
    citations_in,
    renumber,
    summarize,
    without_instructions,
)
from assistant.config import PROJECT_ROOT, Settings
from assistant.errors import ConfigError
from assistant.i18n import t
from assistant.models import Answer, Calculation, Citation, Hit, Language, Verification

logger = logging.getLogger(__name__)

PROMPTS_DIR = PROJECT_ROOT / "prompts"
PROMPT_VERSION = "v1"
NO_ANSWER = "NO_ANSWER"
BACKENDS = ("openai-compatible", "ollama")


@dataclass(frozen=True)
class AnswerPrompt:
    """One versioned prompt file: the chat template and the phrases that go with it."""

    version: str
    language: Language
    template: ChatPromptTemplate
    calculation_intro: str
    calc_marker: str


# --- prompts --------------------------------------------------------------------------------------


@lru_cache(maxsize=8)
def load_prompt(
    language: Language, version: str = PROMPT_VERSION, directory: Path = PROMPTS_DIR
) -> AnswerPrompt:
    """Read ``prompts/answer.<version>.<language>.yaml`` into a ChatPromptTemplate."""
    path = directory / f"answer.{version}.{language}.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read the answer prompt ({exc})") from None
    missing = {"system", "human", "calculation_intro", "calc_marker"} - set(data or {})
    if missing:
        raise ConfigError(f"{path}: missing keys {sorted(missing)}")
    template = ChatPromptTemplate.from_messages([("system", data["system"]), ("human", data["human"])])
    expected = {"passages", "calculation", "question"}
    if set(template.input_variables) != expected:
        raise ConfigError(f"{path}: the human part must use exactly {sorted(expected)}")
    return AnswerPrompt(
        version=str(data.get("version", version)),
        language=language,
        template=template,
        calculation_intro=str(data["calculation_intro"]),
        calc_marker=str(data["calc_marker"]),
    )


def escape_data(text: str) -> str:
    """Neutralise markup in document text so no passage can close its own block or forge another."""
    return html.escape(text, quote=False)


def _attr(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def format_passages(hits: list[Hit]) -> str:
    """Number the passages 1..n inside ``<passage>`` delimiters; ids are what ``[n]`` refers to."""
    blocks = []
    for number, hit in enumerate(hits, start=1):
        chunk = hit.chunk
        attrs = (
            f'id="{number}" municipality="{_attr(", ".join(chunk.municipalities))}" '
            f'source_type="{_attr(chunk.source_type)}" date="{_attr(chunk.date)}" '
            f'title="{_attr(chunk.title)}"'
        )
        blocks.append(f"<passage {attrs}>\n{escape_data(chunk.text)}\n</passage>")
    return "\n".join(blocks)


def _figure(value: float, language: Language) -> str:
    if value and abs(value) < 1:
        text = f"{value:.4g}"
        return text.replace(".", ",") if language == "da" else text
    return numbers.format_number(value, language)


def format_calculation(calculation: Calculation | None, language: Language, intro: str) -> str:
    """The calculator's figures as a data block the LLM may repeat but never recompute."""
    if calculation is None:
        return ""
    lines = [intro, f'<calculation kind="{_attr(calculation.kind)}">']
    lines.append(f"formula: {escape_data(calculation.formula)}")
    for name, item in calculation.inputs.items():
        label = escape_data(item.label or name)
        lines.append(f"input {label} = {_figure(item.value, language)} ({item.origin})")
    for name, value in calculation.outputs.items():
        lines.append(f"output {escape_data(name)} = {_figure(value, language)}")
    lines.extend(f"note: {escape_data(note)}" for note in calculation.notes)
    lines.append("</calculation>")
    return "\n".join(lines) + "\n"


def build_messages(
    question: str,
    language: Language,
    hits: list[Hit],
    calculation: Calculation | None = None,
    version: str = PROMPT_VERSION,
) -> list[BaseMessage]:
    """System rules first, then the passages as delimited data, then the question."""
    prompt = load_prompt(language, version)
    return prompt.template.format_messages(
        passages=format_passages(hits),
        calculation=format_calculation(calculation, language, prompt.calculation_intro),
        question=escape_data(question),
    )


# --- chat models ----------------------------------------------------------------------------------


def build_chat_model(settings: Settings) -> BaseChatModel:
    """The LangChain chat model named by ``ASSISTANT_LLM``; heavy imports happen only here."""
    backend = (settings.llm or "").strip().lower()
    if backend not in BACKENDS:
        raise ConfigError(
            f"ASSISTANT_LLM: unknown LLM backend {settings.llm!r}; use one of {', '.join(BACKENDS)}"
        )
    if not settings.llm_model:
        raise ConfigError(f"ASSISTANT_LLM_MODEL is required with ASSISTANT_LLM={backend} (the model's name)")
    if backend == "openai-compatible":
        try:
            from langchain_openai import ChatOpenAI
        except ImportError:
            raise ConfigError(
                "ASSISTANT_LLM=openai-compatible needs langchain-openai: pip install langchain-openai"
            ) from None
        # A local server needs no key, but the client insists on one. Never fall back to OPENAI_API_KEY
        # from the environment: that would send a real key to whatever base URL is configured.
        key = settings.llm_api_key or SecretStr("not-needed")
        return ChatOpenAI(
            model=settings.llm_model,
            base_url=settings.llm_base_url,
            api_key=key,
            timeout=settings.llm_timeout,
            max_retries=0,
            temperature=0,
        )
    try:
        from langchain_ollama import ChatOllama
    except ImportError:
        raise ConfigError(
            "ASSISTANT_LLM=ollama needs langchain-ollama: pip install langchain-ollama"
        ) from None
    client: dict[str, Any] = {"timeout": settings.llm_timeout}
    if settings.llm_api_key is not None:  # an Ollama behind an authenticating proxy
        client["headers"] = {"Authorization": f"Bearer {settings.llm_api_key.get_secret_value()}"}
    return ChatOllama(
        model=settings.llm_model, base_url=settings.llm_base_url, temperature=0, client_kwargs=client
    )


def reply_text(message: BaseMessage) -> str:
    """The text of a chat reply, without a reasoning model's ``<think>`` block."""
    content = message.content
    if isinstance(content, list):
        content = "".join(
            part if isinstance(part, str) else str(part.get("text", ""))
            for part in content
            if isinstance(part, str) or part.get("type") == "text"
        )
    return re.sub(r"<think>.*?(?:</think>|$)", "", str(content), flags=re.DOTALL).strip()


def describe_failure(exc: BaseException) -> str:
    """A short reason for the JSON: kind of failure and the exception class, never its payload."""
    name = type(exc).__name__
    status = getattr(exc, "status_code", None)
    if "Timeout" in name or isinstance(exc, TimeoutError):
        kind = "timeout"
    elif "RateLimit" in name or status == 429:
        kind = "rate limited (HTTP 429)"
    elif isinstance(status, int):
        kind = f"HTTP {status}"
    elif "Connect" in name or isinstance(exc, ConnectionError):
        kind = "connection error"
    else:
        kind = "LLM call failed"
    return f"{kind} ({name})"


# --- answers --------------------------------------------------------------------------------------


def fallback(extractive: Answer, language: Language, key: str, verification: Verification) -> Answer:
    """The extractive answer, marked as such, with the reason in ``verification`` and a visible notice."""
    verification.fallback = True
    notice = t(f"llm.notice.{key}", language)
    if extractive.notice:
        notice = f"{notice} {extractive.notice}"
    update = {"mode": "extractive", "verification": verification, "notice": notice}
    return extractive.model_copy(update=update)


def _citation(number: int, hit: Hit, extractive: Answer) -> Citation:
    chunk = hit.chunk
    # Chunks carry no source URL; the extractive answer's citations of the same document do.
    source = next((c.source for c in extractive.citations if c.doc_id == chunk.doc_id and c.source), "")
    return Citation(
        id=number,
        doc_id=chunk.doc_id,
        title=chunk.title,
        municipality=chunk.municipality,
        date=chunk.date,
        source_type=chunk.source_type,
        quote=chunk.text,
        source=source,
    )


def _carry_calc_citations(
    calculation: Calculation | None, extractive: Answer, citations: list[Citation]
) -> Calculation | None:
    """Keep the sources behind calculator inputs, renumbered after the LLM's own citations."""
    if calculation is None:
        return None
    by_id = {c.id: c for c in extractive.citations}
    inputs = {}
    for name, item in calculation.inputs.items():
        old = by_id.get(item.citation) if item.citation is not None else None
        if old is None:
            inputs[name] = item
            continue
        same = next((c for c in citations if c.doc_id == old.doc_id and c.quote == old.quote), None)
        if same is None:
            same = old.model_copy(update={"id": len(citations) + 1})
            citations.append(same)
        inputs[name] = item.model_copy(update={"citation": same.id})
    return calculation.model_copy(update={"inputs": inputs})


def _join(text: str, kept: list[tuple[int, int]]) -> str:
    """Kept sentence spans joined with the kind of break that stood between them."""
    out = ""
    previous_end: int | None = None
    for start, end in kept:
        if previous_end is not None:
            gap = text[previous_end:start]
            out += "\n\n" if "\n\n" in gap else "\n" if "\n" in gap else " "
        out += text[start:end]
        previous_end = end
    return out


def llm_answer(
    settings: Settings,
    question: str,
    language: Language,
    hits: list[Hit],
    extractive: Answer,
    chat_model: BaseChatModel | None = None,
) -> Answer:
    """An LLM answer whose every sentence is cited and backed by its passages, or the extractive one."""
    if extractive.abstained or not hits:
        return extractive
    model = chat_model if chat_model is not None else build_chat_model(settings)
    messages = build_messages(question, language, hits, extractive.calculation)
    started = time.perf_counter()
    try:
        reply = model.invoke(messages)
    except Exception as exc:  # any provider failure means: show the extractive answer instead
        reason = describe_failure(exc)
        logger.warning("LLM answer failed, showing the extractive answer: %s", reason)
        return fallback(extractive, language, "unavailable", Verification(reason=reason))
    elapsed_ms = round((time.perf_counter() - started) * 1000, 2)
    text = reply_text(reply)
    if text.strip(" .").upper() == NO_ANSWER:
        return fallback(extractive, language, "no_answer", Verification(reason="the LLM found no answer"))
    sources = {
        number: Source(without_instructions(hit.chunk.text), tuple(hit.chunk.municipalities))
        for number, hit in enumerate(hits, start=1)
    }
    checks = check_sentences(text, sources, question, extractive.calculation, language)
    verification = summarize(checks)
    if not any(c.supported for c in checks):
        verification.reason = "no sentence of the LLM answer is supported by the passages it cites"
        logger.info("LLM answer rejected by the verifier: %s", verification.model_dump_json())
        return fallback(extractive, language, "unverified", verification)
    return _verified_answer(text, checks, verification, hits, extractive, language, elapsed_ms)


def _verified_answer(
    text: str,
    checks: list[SentenceCheck],
    verification: Verification,
    hits: list[Hit],
    extractive: Answer,
    language: Language,
    elapsed_ms: float,
) -> Answer:
    """The LLM answer from its supported sentences, citations renumbered 1..m in order of use."""
    kept = [c for c in checks if c.supported]
    body = _join(text, [(c.sentence.start, c.sentence.end) for c in kept])
    used = [i for i in citations_in(body) if i != CALC_ID]
    mapping = {old: new for new, old in enumerate(used, start=1)}
    citations = [_citation(mapping[old], hits[old - 1], extractive) for old in used]
    calculation = _carry_calc_citations(extractive.calculation, extractive, citations)
    notices = []
    dropped = len(checks) - len(kept)
    if dropped:
        verification.reason = f"dropped {dropped} unsupported sentence(s)"
        notices.append(t("llm.notice.dropped", language, n=dropped))
    if extractive.notice:
        notices.append(extractive.notice)
    return Answer(
        question=extractive.question,
        answer=renumber(body, mapping, load_prompt(language).calc_marker),
        abstained=False,
        language=language,
        mode="llm",
        citations=citations,
        passages=extractive.passages,
        calculation=calculation,
        timings_ms={**extractive.timings_ms, "llm": elapsed_ms},
        verification=verification,
        notice=" ".join(notices) or None,
    )
