"""The ``assistant`` command. Thin: it parses options, calls the package and prints.

Every command has ``--json``; errors become one line on stderr and a non-zero exit, never a traceback.
Importing the command modules here registers their commands on the shared ``app``.
"""

from __future__ import annotations

import sys

import click
import typer

from assistant.cli import audit, bench, calc, core, precedents
from assistant.cli.app import app
from assistant.errors import AssistantError

COMMAND_GROUPS = (audit, bench, calc, core, precedents)
__all__ = ["COMMAND_GROUPS", "app", "main"]


def _click_classes(name: str) -> tuple[type[BaseException], ...]:
    """Typer 0.2x vendors its own click; accept the exception from either copy."""
    found: list[type[BaseException]] = [getattr(click.exceptions, name)]
    try:
        from typer._click import exceptions as vendored

        found.append(getattr(vendored, name))
    except (ImportError, AttributeError):
        pass
    return tuple(found)


_EXIT: tuple[type[BaseException], ...] = (*_click_classes("Exit"), typer.Exit)
_ABORT: tuple[type[BaseException], ...] = (*_click_classes("Abort"), typer.Abort)
_CLICK_ERRORS = _click_classes("ClickException")


def main(argv: list[str] | None = None) -> None:
    """Entry point: map package errors to exit codes and one readable line."""
    try:
        app(args=argv, standalone_mode=False)
    except AssistantError as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except _EXIT as exc:
        sys.exit(getattr(exc, "exit_code", 0))
    except _CLICK_ERRORS as exc:
        exc.show()  # type: ignore[attr-defined]
        sys.exit(getattr(exc, "exit_code", 2))
    except _ABORT:
        typer.echo("aborted", err=True)
        sys.exit(130)
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(130)
    sys.exit(0)
