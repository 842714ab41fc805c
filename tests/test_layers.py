"""The package's flow, checked: a module may import only from its own layer's package or from below.

The layers (docs/architecture.md) run from the shared core up to the two faces, the CLI and the app.
Every import counts, function-level ones included, since a deferred import is still a dependency;
``if TYPE_CHECKING:`` imports are skipped because they never run. Two packages on one layer (ingest,
calc and access) may not import each other either: they are independent steps of the flow. The core
modules (layer 0) may use each other; the cycle test keeps that honest.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "assistant"

# Lowest first. A top-level module not listed here is a mistake the first test reports.
LAYERS: tuple[tuple[str, ...], ...] = (
    (
        "errors",
        "models",
        "config",
        "text",
        "numbers",
        "number_words",
        "figures",
        "municipalities",
        "municipality_table",
        "i18n",
        "logs",
        "privacy",
        "number_fields",
    ),
    ("access", "ingest", "calc"),
    ("index",),
    ("retrieval",),
    ("answers",),
    ("service",),
    ("conversation", "evals"),
    ("bench",),
    ("cli", "ui"),
)
RANK = {unit: rank for rank, units in enumerate(LAYERS) for unit in units}
ENTRY_POINTS = {"__init__", "__main__"}


def unit_of(module: str) -> str:
    """``assistant.index.store`` -> ``index``; ``assistant.config`` -> ``config``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _type_checking_lines(tree: ast.Module) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                lines.update(range(child.lineno, (child.end_lineno or child.lineno) + 1))
    return lines


def imports_of(path: Path) -> list[tuple[int, str]]:
    """Every ``assistant.*`` module that ``path`` imports at run time, with the line."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _type_checking_lines(tree)
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if getattr(node, "lineno", None) in skip:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and not node.level:
            if node.module == "assistant" or node.module.startswith("assistant."):
                # ``from pkg import name``: the module ``pkg.name`` when there is one, else ``pkg``.
                found.extend((node.lineno, _resolve(node.module, alias.name)) for alias in node.names)
        elif isinstance(node, ast.Import):
            found.extend((node.lineno, a.name) for a in node.names if a.name.startswith("assistant."))
    return found


def _resolve(package: str, name: str) -> str:
    candidate = PACKAGE.parent.joinpath(*package.split("."), name)
    if candidate.with_suffix(".py").exists() or (candidate / "__init__.py").exists():
        return f"{package}.{name}"
    return package


def modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts)


def test_every_module_has_a_layer() -> None:
    units = {unit_of(module_name(p)) for p in modules() if module_name(p) != "assistant.__init__"}
    assert units - ENTRY_POINTS <= set(RANK), f"put these in LAYERS: {sorted(units - ENTRY_POINTS - set(RANK))}"


@pytest.mark.parametrize("path", modules(), ids=lambda p: module_name(p))
def test_imports_only_go_down(path: Path) -> None:
    name = module_name(path)
    unit = unit_of(name) if name != "assistant.__init__" else "__init__"
    if unit in ENTRY_POINTS:
        return
    upward = []
    for line, imported in imports_of(path):
        other = unit_of(imported)
        if other == unit or other in ENTRY_POINTS:
            continue
        if RANK[other] > RANK[unit] or RANK[other] == RANK[unit] > 0:
            upward.append(f"line {line}: {imported} ({other}, layer {RANK[other]}) from layer {RANK[unit]}")
    assert not upward, f"{name} imports up or sideways:\n" + "\n".join(upward)


def test_no_import_cycles_between_modules() -> None:
    """Within a package too: a cycle hidden in a function-level import is still a cycle."""
    graph = {module_name(p): {m for _, m in imports_of(p)} for p in modules()}
    known = set(graph)
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            target = nxt if nxt in known else f"{nxt}.__init__" if f"{nxt}.__init__" in known else None
            if target is None:
                continue
            if state.get(target) == 1:
                return [*stack[stack.index(target) :], target]
            if target not in state and (cycle := visit(target)):
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            pytest.fail(" -> ".join(cycle))


def test_no_noqa_e402() -> None:
    """Imports sit at the top; an import placed late to dodge a cycle is the cycle this file forbids."""
    offenders = [
        str(p.relative_to(PACKAGE.parent))
        for p in [*modules(), *PACKAGE.parent.joinpath("scripts").glob("*.py")]
        if "noqa: E402" in p.read_text(encoding="utf-8")
    ]
    assert not offenders
