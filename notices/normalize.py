"""Raw notice text to lines (notices.lines), lines to paragraphs (notices.paragraphs)."""

from __future__ import annotations

from notices.lines import clean_lines
from notices.paragraphs import build_paragraphs

__all__ = ["build_paragraphs", "clean_lines"]
