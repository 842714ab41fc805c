"""Logging to a rotating file under ``data_dir/logs``, with secrets and personal data scrubbed.

Why a file and not the terminal: the people running this are not engineers, so the terminal shows one
readable line per problem while the log keeps what support needs (which files failed and why, how long
answers took, lock contention). Why scrub in the formatter: it sees the final text of every record,
including exception messages, so an API key or a CPR number cannot slip in through an ``%s`` argument
or a library's error message.
"""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

from assistant.config import Settings
from assistant.privacy import mask_personal_data

LOGGER_NAME = "assistant"
LOG_FILE = "assistant.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
REDACTED = "[REDACTED]"

# Shapes of credentials that may appear even when we do not know the value (a key in a URL or header).
_SECRET_SHAPES = (
    re.compile(r"(?i)\b(bearer|basic)(\s+)(\S+)"),
    re.compile(r"()()\bsk-[A-Za-z0-9_-]{8,}"),
    re.compile(r"(?i)\b(api[_-]?key|token|password|passwd|secret|authorization)(\s*[:=]\s*)(\S+)"),
)


def get_logger(name: str = "") -> logging.Logger:
    """A child of the package logger: ``get_logger("ingest")`` -> ``assistant.ingest.read``."""
    return logging.getLogger(f"{LOGGER_NAME}.{name}" if name else LOGGER_NAME)


def redact(text: str, secrets: tuple[str, ...] = ()) -> str:
    """Known secret values and credential-shaped substrings replaced by ``[REDACTED]``."""
    for value in secrets:
        if value:
            text = text.replace(value, REDACTED)
    for shape in _SECRET_SHAPES:
        text = shape.sub(lambda m: f"{m.group(1)}{m.group(2)}{REDACTED}", text)
    return text


class ScrubbingFormatter(logging.Formatter):
    """Formats as usual, then removes secrets and masks personal data in the finished line."""

    def __init__(self, secrets: tuple[str, ...] = ()) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")
        self.secrets = secrets

    def format(self, record: logging.LogRecord) -> str:
        return mask_personal_data(redact(super().format(record), self.secrets)).text


class _AssistantFileHandler(RotatingFileHandler):
    """Marks the handler this module installed, so a second setup replaces it instead of adding one."""


def secret_values(settings: Settings) -> tuple[str, ...]:
    """Every secret the settings hold, as plain strings, for exact-match redaction."""
    key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else ""
    return tuple(v for v in (key,) if len(v) >= 4)


def setup_logging(settings: Settings, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> Path | None:
    """Send the package's log records to ``data_dir/logs/assistant.log``; None when it cannot be written.

    One process logs to one data directory: the most recent setup wins. A read-only data directory
    disables the file log rather than stopping the assistant.
    """
    logger = get_logger()
    path = (Path(settings.data_dir) / "logs" / LOG_FILE).resolve()
    secrets = secret_values(settings)
    for handler in logger.handlers:
        if isinstance(handler, _AssistantFileHandler) and Path(handler.baseFilename) == path:
            handler.setFormatter(ScrubbingFormatter(secrets))
            return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        new = _AssistantFileHandler(
            path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    new.setFormatter(ScrubbingFormatter(secrets))
    for handler in list(logger.handlers):
        if isinstance(handler, _AssistantFileHandler):
            logger.removeHandler(handler)
            handler.close()
    logger.addHandler(new)
    logger.setLevel(logging.INFO)
    return path
