"""The README stays the map: every CLI command appears in it, and the two opening commands come first."""

from __future__ import annotations

import typer
from conftest import REPO

from assistant.cli.main import app

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme() -> None:
    group = typer.main.get_command(app)
    commands = getattr(group, "commands", {})
    assert len(commands) >= 10
    missing = [name for name in commands if f"assistant {name}" not in README]
    assert not missing, f"commands not shown in README: {missing}"


def test_readme_opens_with_make_run_and_make_test() -> None:
    first_block = README.split("```")[1]
    assert "make run" in first_block and "make test" in first_block


def test_readme_links_exist() -> None:
    import re

    for target in re.findall(r"\]\(([^)#]+)\)", README):
        if not target.startswith("http"):
            assert (REPO / target).exists(), f"README links to missing {target}"
