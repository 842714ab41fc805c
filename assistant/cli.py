"""The ``assistant`` command. Thin: it parses options, calls the package and prints.

Every command has ``--json``; errors become one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

import click
import typer
from pydantic import BaseModel

from assistant.errors import AssistantError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Cited answers and caseload calculations for children and youth social services.",
)

JsonOpt = typer.Option(False, "--json", help="Print one JSON object instead of text.")


def emit(payload: Any, as_json: bool, render: Callable[[Any], str] | None = None) -> None:
    """Print a model/dict as JSON, or as text through ``render``."""
    if as_json:
        if isinstance(payload, BaseModel):
            text = payload.model_dump_json(indent=2)
        else:
            text = json.dumps(_jsonable(payload), ensure_ascii=False, indent=2, default=str)
        typer.echo(text)
    else:
        typer.echo(render(payload) if render else str(payload))


def _jsonable(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


# --- feature commands (each module registers its own commands on ``app``) ---
from assistant import (  # noqa: E402
    cli_audit,  # noqa: F401
    cli_bench,  # noqa: F401
    cli_calc,  # noqa: F401
    cli_core,  # noqa: F401
    cli_precedents,  # noqa: F401
)


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
