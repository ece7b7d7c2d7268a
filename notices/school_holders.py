"""The school's institution and people named by a duty heading of a joint or school guide.

A guide from a Sở Giáo dục (with a Sở Y tế, say) or a school's own notice shares its measures out
under headings that name who keeps them: "1. Đối với nhà trường", "Trách nhiệm của nhà trường",
"4. Đối với phụ huynh học sinh", "Đối với cha mẹ học sinh", "Trách nhiệm của gia đình học sinh"
over dashes that name nobody. Each dash is work of the institution or the people the heading
names. The name readers know schools by their kind ("Trường THCS …", "các trường học") but not
the bare "nhà trường" (most often the writer itself: "Nhà trường đề nghị …") nor the pupils'
parents, so a heading naming them named no one and its dashes gave nothing.

Only such a heading reads them (`school_holder`): "Quyền của cha mẹ học sinh" (rights), "Đối
với nhà trường có học sinh khuyết tật, …" (a case: a long phrase or one that goes on) and a
sentence that asks ("Đề nghị phụ huynh …", read by the name readers) are no holder.
"""

from __future__ import annotations

import re

from notices.duty_titles import DUTY_TITLE
from notices.text import match_form

# "Đối với", "Trách nhiệm của", "Nhiệm vụ của": a heading whose words name the holder
_HEAD = re.compile(rf"^(?:đối với|{DUTY_TITLE})\s+")
# "nhà trường", "phụ huynh", "phụ huynh học sinh", "cha mẹ học sinh", "cha mẹ trẻ", "gia đình học
# sinh", "PHHS", "CMHS"; perhaps "các" before and "và …" another of them after
_HOLDER = (
    r"(?:nhà trường|phụ huynh(?:\s+(?:học sinh|hs|trẻ(?:\s+em)?))?"
    r"|cha mẹ(?:\s+(?:học sinh|hs|trẻ(?:\s+em)?))?"
    r"|gia đình(?:\s+(?:học sinh|hs|trẻ(?:\s+em)?))|phhs|cmhs)"
)
_HOLDERS = re.compile(
    rf"^(?:(?:các|toàn thể)\s+)?{_HOLDER}(?:\s*(?:,|và)\s*(?:các\s+)?{_HOLDER})*$"
)


_JOIN = re.compile(r"\s*,\s*|\s+và\s+")


def school_holder(heading: str) -> list[str] | None:
    """The holders a duty heading names when they are a school's institution or its pupils'
    parents ("Đối với nhà trường" → ["nhà trường"], "Trách nhiệm của cha mẹ học sinh:" → ["cha
    mẹ học sinh"], "Đối với nhà trường và phụ huynh học sinh" → both), as written; None for any
    other heading."""
    text = heading.strip().rstrip(":").strip()
    low = match_form(text)
    head = _HEAD.match(low)
    if head is None:
        return None
    name = text[head.end() :].strip()
    if _HOLDERS.match(match_form(name)) is None:
        return None
    return [part for part in _JOIN.split(name) if part]


def is_school_holder(name: str) -> bool:
    """`name` is one a school holder heading gives ("nhà trường", "phụ huynh học sinh")."""
    return _HOLDERS.match(match_form(name.strip())) is not None


# "- Mức đóng góp quỹ hội: 200.000 đồng/năm." under "b) Đối với cha mẹ học sinh" in minutes: a
# figure the holders agreed to, no work
_FIGURE = re.compile(r"^[-–—+]?\s*[^:]{2,60}:\s*[\d.,]+\s*(?:đồng|nghìn|triệu|%)")
# "1. Hồ sơ tuyển sinh" over "b) Đối với cha mẹ học sinh": what an applicant hands in, by whom
# applies, no duty of the parents
_FILES_TOPIC = re.compile(r"^(?:[\divxlc]+[.)]\s*|[a-zđ]\)\s*)?(?:hồ sơ|thủ tục)(?![^\W_])")


def holders_figure(paragraph: str, holders: list[str] | None) -> bool:
    """`paragraph` only states a figure ("Mức đóng góp: 200.000 đồng/năm") under a school holder
    heading's `holders`."""
    return (
        bool(holders)
        and all(is_school_holder(name) for name in holders or [])
        and _FIGURE.match(match_form(paragraph.strip())) is not None
    )


def files_topic(heading: str) -> bool:
    """A heading on the files or the procedure of an application ("1. Hồ sơ tuyển sinh"): a
    holder heading under it says whose case its points are."""
    return _FILES_TOPIC.match(match_form(heading.strip())) is not None
