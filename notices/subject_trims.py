"""Trims of a scanned assignee phrase: where the name after "giao cho" ends at the work handed
over, and the words that name the kind of agency."""

from __future__ import annotations

import re

from notices.subject_words import END, HEAD_BEFORE, TOKEN, Span

_AGENCY_KINDS = re.compile(
    r"(?<=cơ quan)(?:\s+(?:tham mưu|giúp việc|quản lý(?:\s+nhà nước)?)\s*(?:,|và)?)+(?=\s)",
    re.IGNORECASE,
)


def without_agency_kinds(text: str) -> str:
    """ "Thủ trưởng các cơ quan thuộc Bộ" for "… các cơ quan tham mưu, quản lý nhà nước thuộc
    Bộ": the words that name the kind of agency are no verbs of the line."""
    return _AGENCY_KINDS.sub("", text)


# "giao cho UBND xã Tân Lập quản lý diện tích đất …", "giao cho Trung tâm … quản lý trụ sở": what
# is handed over is run by the body; a lower-case "quản lý", "sử dụng" … right after a head noun
# ("Ban quản lý", "cơ quan quản lý") belongs to the name.
_HANDED_WORK = re.compile(
    r"(?:quản lý|sử dụng|khai thác|vận hành|bảo quản|trông coi|thuê|nhận)" + END
)
_GROUP_HEAD_BEFORE = re.compile(r"(?<![^\W_])(?:cơ quan|đơn vị|tổ chức|doanh nghiệp)\s+$")


def handed_work(text: str, low: str, start: int, span: Span) -> Span:
    """The name after "giao cho" ends at the work done with what is handed over; work words
    inside the name ("Trung tâm Quản lý và khai thác …", "Bộ phận tiếp nhận …") do not end it."""
    named_end = -1  # where the last work word inside the name ends
    for m in TOKEN.finditer(low, start, span.end):
        pos = m.start()
        if pos == start or not (work := _HANDED_WORK.match(low, pos)):
            continue
        if (
            not text[pos].islower()
            or HEAD_BEFORE.search(low, start, pos)
            or _GROUP_HEAD_BEFORE.search(low, start, pos)
            or _FIRST_SYLLABLE.search(low, start, pos)
            or (named_end >= 0 and _JOINED.fullmatch(low, named_end, pos))
        ):
            named_end = work.end()
            continue
        return Span(pos, work.group(), work.end())
    return span


# "Bộ phận tiếp nhận …", "Trung tâm Tiếp nhận …": "nhận" and "thuê" close a compound begun by
# the syllable before them, inside the name.
_FIRST_SYLLABLE = re.compile(r"(?<![^\W_])(?:tiếp|thu|xác|công|giao|bàn|cho)\s+$")
# "Công ty … Quản lý khai thác …", "Trung tâm Quản lý và khai thác …": a work word inside the
# name, then another joined to it, still names the body.
_JOINED = re.compile(r"\s*(?:(?:và|,)\s*)?")
