"""The doer a programme's point names in a trailing parenthesis: "… tháng 3/2010 trình Chính phủ
(Vụ Tổ chức cán bộ chủ trì);", "Thời gian hoàn thành trước 31/01/2010 (chịu trách nhiệm thực
hiện: Vụ trưởng Vụ Hợp tác quốc tế Trần Bá Việt Dũng)." The sentence itself names nobody (a
text to draft, an action without subject); the bracket says who carries it out. Who directs
("(chịu trách nhiệm chỉ đạo triển khai: Thứ trưởng …)") or who takes part ("(phối hợp: …)") is
no doer."""

from __future__ import annotations

import re

from notices.assignees import analyze
from notices.duty_persons import is_person_name
from notices.markers import MarkerKind
from notices.structure import Item
from notices.text import match_form

_POINTS = (MarkerKind.NUMBER, MarkerKind.PAREN, MarkerKind.LETTER)
_BRACKET = re.compile(r"\(([^()]{3,240})\)")
# "(Vụ Giáo dục Đại học chủ trì)", "(Vụ … chủ trì, phối hợp với Vụ … thực hiện)"
_LEADS = re.compile(r"^(?P<name>[^\W\d_][^,;:]{2,120}?)\s+chủ trì(?:\s*$|\s*,\s*phối hợp\b)")
# "(chịu trách nhiệm thực hiện: Vụ trưởng Vụ Hợp tác quốc tế …)"
_CHARGED = re.compile(
    r"^(?:chịu trách nhiệm|trách nhiệm|đơn vị|cơ quan)\s+thực hiện\s*:\s*(?P<name>.+)$"
)


def paren_doers(item: Item, paragraphs: list[str]) -> list[str] | None:
    """The leads a "(… chủ trì)" or "(chịu trách nhiệm thực hiện: …)" in a numbered point's
    first paragraph names, or None; a named person's name after his title is left out ("Vụ
    trưởng Vụ Hợp tác quốc tế"). A section ("II. Rà soát …") is no point, and a bracket on a
    later line ("Thời gian hoàn thành … (chịu trách nhiệm thực hiện: …)") only says who does
    the work the first line names, which a first line without a work verb leaves unread."""
    if item.marker is None or item.marker.kind not in _POINTS or not paragraphs:
        return None
    for paragraph in paragraphs[:1]:
        for found in _BRACKET.finditer(paragraph):
            inner = found.group(1).strip()
            low = match_form(inner)
            lead = _LEADS.match(inner) if _LEADS.match(low) else None
            charged = _CHARGED.match(low)
            if lead is not None:
                name = lead["name"].strip()
            elif charged is not None:
                name = inner[charged.start("name") :].strip(" .;")
            else:
                continue
            leads = [
                a.name for a in analyze(f"{name} chủ trì thực hiện.").leads if not a.is_person
            ]
            if leads:
                return [_without_person(n) for n in leads]
    return None


def _without_person(name: str) -> str:
    """ "Vụ trưởng Vụ Hợp tác quốc tế Trần Bá Việt Dũng" → "Vụ trưởng Vụ Hợp tác quốc tế"."""
    words = name.split()
    for size in (5, 4, 3, 2):
        if len(words) > size + 2 and is_person_name(" ".join(words[-size:])):
            return " ".join(words[:-size])
    return name
