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
# "(Vụ Giáo dục Đại học chủ trì)", "(Vụ … chủ trì, phối hợp với Vụ … thực hiện)", "(do Vụ …
# chủ trì)", "(Vụ … chủ trì thực hiện)", "(Vụ A chủ trì, Vụ B phối hợp)", "(Phòng A, Phòng B chủ
# trì)"; "(Đoàn kiểm tra … do đồng chí Phó Chủ tịch … chủ trì)": the body, not who heads it
_LEADS = re.compile(
    r"^(?:do\s+)?(?P<name>[^\W\d_][^;:]{2,160}?)(?:\s+do\s+[^;:]{2,120}?)?\s+chủ trì"
    r"(?:\s+thực hiện)?(?:\s*$|\s*,\s*(?:phối hợp\b|[^,;:]{2,120}\s+phối hợp\s*$))",
    re.IGNORECASE,
)
# who chairs a meeting is no doer: "(đồng chí Chủ tịch UBND tỉnh chủ trì)", "(Phó Chủ tịch Trần
# Anh Dũng chủ trì)"
_CHAIR = re.compile(
    r"^(?:do\s+)?(?:đồng chí|đ/c|ông|bà|lãnh đạo|chủ tịch|phó chủ tịch|bí thư|phó bí thư"
    r"|giám đốc|phó giám đốc|thủ trưởng|bộ trưởng|thứ trưởng)\b"
)
# a schedule's slot ("Sáng thứ Hai (17/3/2025): …") or an event ("Hội nghị …", "Tiếp công dân
# …") a body hosts: the bracket says who chairs it, not who must do work
_MARKER = re.compile(r"^\W*(?:\d{1,2}|[a-zđ]|[ivx]{1,4})[.)]\s*")
_EVENT = re.compile(
    r"^(?:sáng|chiều|tối|trưa|thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|ngày\s+\d"
    r"|\d{1,2}\s*(?:giờ|h)\b|hội nghị|hội thảo|họp|cuộc họp|tiếp công dân|lễ|buổi)"
)
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
        if _EVENT.match(_MARKER.sub("", match_form(paragraph))):
            return None
        for found in _BRACKET.finditer(paragraph):
            inner = found.group(1).strip()
            low = match_form(inner)
            if _CHAIR.match(low):
                continue
            lead = _LEADS.match(inner) if _LEADS.match(low) else None
            charged = _CHARGED.match(low)
            if lead is not None:
                name = lead["name"].strip()
            elif charged is not None:
                name = inner[charged.start("name") :].strip(" .;")
            else:
                continue
            name = _without_person(name)
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
        if len(words) <= size + 2 or words[-size - 1] in _PLACES:
            continue  # "Phòng Kinh tế huyện Ý Yên": a place's name
        if is_person_name(" ".join(words[-size:])):
            return " ".join(words[:-size])
    return name


_PLACES = frozenset(("huyện", "tỉnh", "xã", "quận", "phường", "thị", "trấn", "phố", "thị xã"))
