"""Word automatic numbering ("1.", "1.1.", "a)", bullets) rendered back into paragraph text.

Real notices often number items with Word's list feature, so the "1." is not in the paragraph
text; without it the parser would see no item structure.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True, slots=True)
class _Level:
    fmt: str  # decimal, lowerLetter, upperRoman, bullet, none…
    text: str  # "%1.", "%1.%2.", "%1)"
    start: int


@dataclass(slots=True)
class Numbering:
    """Level definitions per list id and the running counters while reading in order."""

    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)

    @classmethod
    def of(cls, document: Any) -> Numbering:
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return cls()
        abstract: dict[str, dict[int, _Level]] = {}
        for node in root.iter(f"{_W}abstractNum"):
            levels: dict[int, _Level] = {}
            for lvl in node.iter(f"{_W}lvl"):
                levels[int(lvl.get(f"{_W}ilvl", "0"))] = _Level(
                    fmt=_val(lvl, "numFmt", "decimal"),
                    text=_val(lvl, "lvlText", ""),
                    start=int(_val(lvl, "start", "1") or 1),
                )
            abstract[node.get(f"{_W}abstractNumId", "")] = levels
        out = cls()
        for num in root.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            if ref is not None:
                out.levels[num.get(f"{_W}numId", "")] = abstract.get(ref.get(f"{_W}val", ""), {})
        return out

    def label(self, paragraph: Any) -> str:
        """ "1.1. " for a numbered paragraph, "- " for a bullet, "" otherwise."""
        num_id, ilvl = _num_pr(paragraph)
        if num_id is None or num_id not in self.levels:
            return ""
        levels = self.levels[num_id]
        level = levels.get(ilvl)
        if level is None or level.fmt == "none":
            return ""
        if level.fmt == "bullet":
            return "- "
        counters = self.counters.setdefault(num_id, {})
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        text = level.text
        for k in range(ilvl + 1):
            lv = levels.get(k)
            value = counters.get(k, lv.start if lv else 1)
            text = text.replace(f"%{k + 1}", _format(value, lv.fmt if lv else "decimal"))
        return f"{text} " if text else ""


def _val(node: Any, tag: str, default: str) -> str:
    child = node.find(f"{_W}{tag}")
    return str(child.get(f"{_W}val", default)) if child is not None else default


def _num_pr(paragraph: Any) -> tuple[str | None, int]:
    for owner in (paragraph._p, getattr(paragraph.style, "element", None)):
        if owner is None:
            continue
        ppr = owner.find(f"{_W}pPr")
        num_pr = ppr.find(f"{_W}numPr") if ppr is not None else None
        if num_pr is None:
            continue
        num_id = num_pr.find(f"{_W}numId")
        ilvl = num_pr.find(f"{_W}ilvl")
        if num_id is None or num_id.get(f"{_W}val") == "0":
            return None, 0
        return num_id.get(f"{_W}val"), int(ilvl.get(f"{_W}val", "0")) if ilvl is not None else 0
    return None, 0


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _format(value: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letter = _LETTERS[(value - 1) % 26] * ((value - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman.lower() if fmt == "lowerRoman" else roman
    return str(value)


def _roman(value: int) -> str:
    numerals = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for number, numeral in numerals:
        while value >= number:
            out += numeral
            value -= number
    return out or "0"
