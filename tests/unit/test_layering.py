"""Imports point inward: the inner packages never import a channel library or the edge (bot),
handlers and notices never touch the database, the parser knows nothing of the core, and storage
gets what it needs from the core (folded text included), never from the parser."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHANNEL_LIBS = {"telegram", "httpx", "starlette", "uvicorn", "bot"}
FORBIDDEN = {
    "handlers": CHANNEL_LIBS | {"sqlalchemy", "alembic", "storage", "scheduler"},
    "notices": CHANNEL_LIBS | {"sqlalchemy", "alembic", "storage", "scheduler", "handlers"},
    "storage": CHANNEL_LIBS | {"scheduler", "notices"},
    "scheduler": CHANNEL_LIBS,
}


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_inner_packages_import_inward_only(package: str) -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(imported_roots(path) & FORBIDDEN[package])
        for path in (ROOT / package).rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_checker_sees_a_forbidden_import(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text("import telegram\nfrom sqlalchemy.orm import Session\n")
    assert imported_roots(sample) == {"telegram", "sqlalchemy"}
