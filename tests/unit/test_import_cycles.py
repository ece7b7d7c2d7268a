"""No import cycle among the project's own modules, counting imports inside functions and under
`if TYPE_CHECKING` too: a cycle hidden there still ties the modules together."""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("bot", "handlers", "notices", "storage", "scheduler")


def module_files(root: Path, packages: Iterable[str]) -> dict[str, Path]:
    """Dotted module name → file, for every .py file under the given top-level packages."""
    files: dict[str, Path] = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            parts = path.relative_to(root).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            files[".".join(parts)] = path
    return files


def _resolve(name: str, known: Mapping[str, Path]) -> str | None:
    """The most specific project module a dotted name refers to (a class drops off the end)."""
    while name and name not in known:
        name = name.rpartition(".")[0]
    return name or None


def imports_of(module: str, path: Path, known: Mapping[str, Path]) -> set[str]:
    """Project modules `module` imports anywhere in its file: top level, inside functions,
    under `if TYPE_CHECKING`. `from x import y` points at x.y when y is a submodule."""
    is_package = path.name == "__init__.py"
    targets: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets |= {t for alias in node.names if (t := _resolve(alias.name, known))}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = module if is_package else module.rpartition(".")[0]
                for _ in range(node.level - 1):
                    package = package.rpartition(".")[0]
                base = f"{package}.{base}" if base else package
            for alias in node.names:
                target = _resolve(f"{base}.{alias.name}", known) or _resolve(base, known)
                if target:
                    targets.add(target)
    targets.discard(module)
    return targets


def import_graph(root: Path, packages: Iterable[str]) -> dict[str, set[str]]:
    known = module_files(root, packages)
    return {module: imports_of(module, path, known) for module, path in known.items()}


def strongly_connected(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative so a deep import chain cannot hit the recursion limit."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, successors = work[-1]
            for succ in successors:
                if succ not in index:
                    index[succ] = low[succ] = len(index)
                    stack.append(succ)
                    on_stack.add(succ)
                    work.append((succ, iter(sorted(graph.get(succ, ())))))
                    break
                if succ in on_stack:
                    low[node] = min(low[node], index[succ])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component: list[str] = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    components.append(sorted(component))
    return components


def cycles(root: Path, packages: Iterable[str]) -> list[list[str]]:
    return sorted(c for c in strongly_connected(import_graph(root, packages)) if len(c) > 1)


def test_the_project_has_no_import_cycle() -> None:
    assert cycles(ROOT, PACKAGES) == []


def test_the_checker_sees_hidden_and_submodule_cycles(tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    # A package re-exporting a submodule that imports a sibling: importing pkg.sub.other
    # runs pkg/sub/__init__.py first, but that is no cycle of the modules' own making.
    (pkg / "sub" / "__init__.py").write_text("from pkg.sub.leaf import VALUE\n")
    (pkg / "sub" / "leaf.py").write_text("from pkg.sub.other import X\nVALUE = X\n")
    (pkg / "sub" / "other.py").write_text("X = 1\n")
    # A cycle hidden in a function body, closed through `from pkg import a` (a submodule).
    (pkg / "a.py").write_text("from pkg.b import helper\n")
    (pkg / "b.py").write_text("def helper():\n    from pkg import a\n    return a\n")
    # A cycle closed by an import under TYPE_CHECKING and a relative import.
    (pkg / "c.py").write_text("import typing\nif typing.TYPE_CHECKING:\n    import pkg.d\n")
    (pkg / "d.py").write_text("from .c import something\n")
    # A name that is no submodule (VALUE) points at the package that defines it.
    (pkg / "e.py").write_text("from pkg.sub import VALUE\nimport pkg.sub.leaf\n")
    assert cycles(tmp_path, ["pkg"]) == [["pkg.a", "pkg.b"], ["pkg.c", "pkg.d"]]


def test_strongly_connected_finds_a_long_loop() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set()}
    assert sorted(strongly_connected(graph)) == [["a", "b", "c"], ["d"]]
