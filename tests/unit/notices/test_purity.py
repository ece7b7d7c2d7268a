"""`notices` stays pure: stdlib and its own modules; python-docx, pdfplumber, pypdfium2, Pillow
and numpy (photo straightening) in readers only."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[3] / "notices"
READER_ONLY = {"docx", "pdfplumber", "pypdfium2", "PIL", "numpy"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: p.name)
def test_module_imports(path: Path) -> None:
    allowed = set(sys.stdlib_module_names) | {"notices"}
    if "readers" in path.parts:
        allowed |= READER_ONLY
    assert _imports(path) <= allowed, path


def test_parser_has_no_clock_or_io() -> None:
    for path in PACKAGE.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        for forbidden in ("date.today(", "datetime.now(", "open(", "time.time("):
            assert forbidden not in source, f"{path.name}: {forbidden}"
