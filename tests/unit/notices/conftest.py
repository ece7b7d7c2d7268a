"""Fixtures for the notice parser tests (helpers live in notice_fixtures.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from notice_fixtures import vietnamese_font


@pytest.fixture(scope="session")
def font_path() -> Path:
    path = vietnamese_font()
    if path is None:
        pytest.skip(
            "no TTF font with Vietnamese glyphs found: install the Debian package "
            "fonts-dejavu-core (or `pip install ttf-opensans`) to run the PDF reader test"
        )
    return path
