"""The shared Typer ``app`` and the ``--json`` printer every command module registers on.

Command modules import this; only ``cli.main`` imports the command modules, so nothing imports back up.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import typer
from pydantic import BaseModel

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
