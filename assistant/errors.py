"""One small error hierarchy, so the CLI and the app can turn any failure into one readable line."""

from __future__ import annotations


class AssistantError(Exception):
    """Base for every error the user should see as a message rather than a traceback."""

    exit_code = 1


class InputError(AssistantError):
    """The user gave something we cannot use: a bad file, a bad number, an unknown municipality."""

    exit_code = 2


class ConfigError(AssistantError):
    """A setting is wrong (unknown embedder, malformed URL, unreadable data directory)."""

    exit_code = 2


class StoreError(AssistantError):
    """The index or the vector store cannot be read or written (server down, locked, corrupt)."""

    exit_code = 3


class LockedError(StoreError):
    """Another process is changing the index right now."""

    exit_code = 4
