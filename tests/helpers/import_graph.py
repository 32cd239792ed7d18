"""The package's import graph read from its source: every import, at module level or inside a
function, as an edge between two of the package's own modules.

Imports inside functions are how cycles hide (the interpreter resolves them late, so nothing
fails at start), which is why the graph is built by parsing, not by importing.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Edge:
    """One import of `target` written in `source` at `line`."""

    source: str
    target: str
    line: int


def module_names(package_dir: Path) -> dict[str, Path]:
    """Every module of the package by dotted name (a package by its own name)."""
    root = package_dir.parent
    names = {}
    for path in package_dir.rglob("*.py"):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def _resolve(node: ast.ImportFrom, importer: str, is_package: bool) -> str:
    if node.level == 0:
        return node.module or ""
    base = importer.split(".")
    drop = node.level - 1 if is_package else node.level
    base = base[: len(base) - drop] if drop else base
    return ".".join([*base, node.module] if node.module else base)


def imports_of(name: str, path: Path, known: Iterable[str]) -> Iterator[Edge]:
    """The package's own modules that `name` imports anywhere in its source."""
    known_set = set(known)
    prefix = name.split(".", maxsplit=1)[0] + "."
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith(prefix):
                    yield Edge(name, _closest(alias.name, known_set), node.lineno)
        elif isinstance(node, ast.ImportFrom):
            module = _resolve(node, name, path.name == "__init__.py")
            if not (module + ".").startswith(prefix):
                continue
            for alias in node.names:
                candidate = f"{module}.{alias.name}"
                target = candidate if candidate in known_set else _closest(module, known_set)
                yield Edge(name, target, node.lineno)


def _closest(dotted: str, known: set[str]) -> str:
    parts = dotted.split(".")
    while parts and ".".join(parts) not in known:
        parts.pop()
    return ".".join(parts) or dotted


def graph(package_dir: Path) -> list[Edge]:
    """Every import edge between two modules of the package."""
    modules = module_names(package_dir)
    return [
        edge
        for name, path in sorted(modules.items())
        for edge in imports_of(name, path, modules)
        if edge.target != edge.source
    ]


def cycles(edges: Iterable[Edge]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan), each a cycle."""
    successors: dict[str, set[str]] = {}
    for edge in edges:
        successors.setdefault(edge.source, set()).add(edge.target)
        successors.setdefault(edge.target, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def visit(start: str) -> None:
        nonlocal counter
        work = [(start, iter(sorted(successors[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(successors[child]))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))

    for node in sorted(successors):
        if node not in index:
            visit(node)
    return found
