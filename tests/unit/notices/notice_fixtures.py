"""Helpers for the notice parser tests: sample notices, hand-written expectations, fonts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from notices import NoticeError, parse_notice
from notices.readers import ocr

ROOT = Path(__file__).resolve().parents[3]
SAMPLES = ROOT / "samples" / "notices"
EXPECTED = Path(__file__).resolve().parent / "expected"
SAMPLE_NAMES = sorted(p.stem for p in SAMPLES.glob("*.txt"))

# Fonts with Vietnamese coverage, in order of preference. fonts-dejavu-core (Debian) is part of
# the project's machine image; the PyPI package `ttf-opensans` would provide one anywhere.
FONT_CANDIDATES = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/TTF/DejaVuSans.ttf"),
    Path("/Library/Fonts/Arial Unicode.ttf"),
    Path("C:/Windows/Fonts/arial.ttf"),
)


def sample_text(name: str) -> str:
    return (SAMPLES / f"{name}.txt").read_text(encoding="utf-8")


def expected(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXPECTED / f"{name}.json").read_text(encoding="utf-8"))
    return data


def vietnamese_font() -> Path | None:
    for candidate in FONT_CANDIDATES:
        if candidate.exists():
            return candidate
    try:  # a font shipped inside a PyPI package, if one is installed
        import ttf_opensans  # type: ignore[import-not-found]

        path = Path(ttf_opensans.__file__).parent / "ttf" / "OpenSans-Regular.ttf"
        return path if path.exists() else None
    except ImportError:
        return None


def tesseract_or_skip() -> None:
    """Skip an OCR test on a machine without Tesseract and its Vietnamese model."""
    try:
        ocr.tesseract_path()
    except NoticeError:
        pytest.skip(
            "tesseract is not installed with its Vietnamese model: install the Debian packages "
            "tesseract-ocr and tesseract-ocr-vie to run the OCR tests"
        )


def task_leads(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """Each task `parse_notice` finds in `text`: its text and its lead."""
    return [(task.text, tuple(task.lead)) for task in parse_notice(text).tasks]


def lead_of(tasks: list[tuple[str, tuple[str, ...]]], start: str) -> tuple[str, ...] | None:
    """The lead of the first task whose text opens with `start`; None when no task does."""
    return next((lead for text, lead in tasks if text.startswith(start)), None)
