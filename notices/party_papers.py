"""A Party or mass organisation's congress papers: an orientation's duties, an agenda's none.

A Party cell's political report or a Student Association's "Phương hướng … nhiệm kỳ …" looks
back on the term (an assessment, no work) and then sets out the next one under a heading
"PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP". Of that part, a point is a task only when its
own sentence names who does it: "Đảng viên chi bộ có trách nhiệm tuyên truyền …", "Chi bộ phân
công đảng viên …", "Hội Sinh viên trường đầu tư …", "Hằng năm, đảm bảo Ban Kiểm tra Hội … xây
dựng …". The many points that open on a verb ("Tăng cường công tác giáo dục …", "Lãnh đạo Chi
đoàn …") are the orientation's wording; its forecast, aims, slogans and targets ("II. MỤC TIÊU,
KHẨU HIỆU HÀNH ĐỘNG", "III. MỘT SỐ CHỈ TIÊU", "Chi bộ phấn đấu đạt …") are no work either.

A congress's or ceremony's "CHƯƠNG TRÌNH LÀM VIỆC" lists the steps of its sessions ("Đoàn Chủ
tịch giới thiệu Đoàn Thư ký", "Thư ký trình bày dự thảo Nghị quyết"): nobody is assigned work.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from notices.deadlines import find_deadlines, pick_deadline
from notices.model import DeadlineKind, ParsedTask
from notices.task_basics import Context
from notices.text import match_form

# "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ …", "Phần thứ hai: Phương hướng …", "II- PHƯƠNG HƯỚNG NHIỆM
# VỤ NĂM 2026": the heading that opens the part about the next term (a heading: short, no stop)
_ORIENTATION = re.compile(
    r"^\W*(?:phần(?:\s+thứ)?\s+\S+\s*[:.\-–]?\s*)?(?:[ivx]+\s*[.\-–:)]\s*)?phương hướng(?![^\W_])"
)
_PART = re.compile(r"^\W*phần(?:\s+thứ)?\s+\S+\W*$|^\W*phần(?:\s+thứ)?\s+[ivx\d]+\s*[:.\-–]")
# The header or title of a Party cell, a Party committee, a congress or a mass organisation
_ORGANISATION = re.compile(
    r"(?<![^\W_])(?:đảng cộng sản|đảng bộ|chi bộ|đảng ủy|đảng uỷ|đại hội|đoàn tncs"
    r"|đoàn thanh niên|hội sinh viên|hội liên hiệp|công đoàn|hội cựu chiến binh|hội nông dân"
    r"|hội phụ nữ|hội liên hiệp phụ nữ|mặt trận tổ quốc)(?![^\W_])"
)
# A section of the part that is no work: the forecast, the aims, the slogans, the targets
_NOT_WORK_SECTION = re.compile(
    r"(?<![^\W_])(?:dự báo|tình hình|bối cảnh|mục tiêu|chỉ tiêu|khẩu hiệu|quan điểm|phương châm"
    r"|tầm nhìn)(?![^\W_])"
)
_WORK_SECTION = re.compile(r"(?<![^\W_])(?:nhiệm vụ|giải pháp)(?![^\W_])")
_ROMAN = re.compile(r"^\s*[IVX]+\s*[.\-–:)]\s*\S")
_NUMBERED = re.compile(r"^\s*\d+(?:\.\d+)*\s*[.)]?\s+\S")
_BULLET = re.compile(r"^[-–+•*]")
_MARKER = re.compile(r"^\s*(?:[IVX]+\s*[.\-–:)]|\d+(?:\.\d+)*\s*[.)]?|[a-zđ]\s*[.)]|[-–+•*])\s*")

# The bodies and members a Party or mass organisation's duty names first
_HEAD = (
    r"(?i:đảng viên|chi bộ|chỉ bộ|cấp ủy|cấp uỷ|chi ủy|chi uỷ|đảng ủy|đảng uỷ|đảng bộ"
    r"|ban chấp hành|bch|ban thường vụ|btv|ban kiểm tra|ủy ban kiểm tra|uỷ ban kiểm tra|ban thư ký"
    r"|hội sinh viên|hội liên hiệp thanh niên|hội viên|đoàn viên|chi đoàn|chi hội|liên chi hội"
    r"|liên chi đoàn|đoàn trường|đoàn thanh niên|công đoàn|cán bộ hội|cán bộ đoàn"
    r"|cán bộ, đảng viên|hội cựu chiến binh|hội phụ nữ|hội nông dân)"
)
# ("chỉ bộ": OCR's tone on "chi bộ")
# … and the words of its name after the head: "Đảng viên chi bộ", "Ban Kiểm tra Hội sinh viên
# trường", "Chi bộ 5", "Hội Sinh viên Việt Nam Trường", "Chi đoàn ấp 3"
_NAME_WORD = (
    r"(?:"
    + _HEAD
    + r"|(?i:trường|khoa|cơ sở|bộ phận|các cấp|xã|phường|thị trấn|ấp|thôn|bản|khu phố|huyện"
    r"|quận)|[A-ZĐÀ-Ỹ]\w*|\d+)"
)
_DOER = re.compile(
    r"^(?:(?i:hằng|hàng)\s+(?i:năm|quý|tháng)(?:\s+học)?\s*,?\s*(?:(?i:đảm bảo|bảo đảm)\s+)?)?"
    r"(?P<doer>(?:(?i:các|mỗi|từng|toàn thể)\s+)?" + _HEAD + r"(?:\s+" + _NAME_WORD + r")*)"
    r"\s+(?P<next>[^\W\d_]+(?:\s+[^\W\d_]+)?)"
)
# What follows a name when the sentence tells of it, or sets it a target, instead of work
_NOT_A_DUTY = re.compile(
    r"^(?:được|đã|đang|là|vẫn|còn|hiện|gồm|của|trong|và|với|phấn đấu|đạt|có(?!\s+(?:trách|nhiệm)))"
    r"(?![^\W_])"
)

# A congress's, conference's or ceremony's order of business: "CHƯƠNG TRÌNH LÀM VIỆC ĐẠI HỘI …"
_AGENDA = re.compile(
    r"^(?:làm việc\s+)?(?:(?:của|tại)\s+)?(?:đại hội|hội nghị|kỳ họp|phiên họp|lễ|buổi"
    r"|hội thảo|tọa đàm|toạ đàm)(?![^\W_])"
)


def is_agenda(type_codes: Sequence[str | None], title: str) -> bool:
    """A "Chương trình" that is the order of business of one meeting or ceremony."""
    return "CTr" in type_codes and bool(_AGENDA.match(match_form(" ".join(title.split()))))


def _heading(paragraph: str) -> bool:
    """A line that heads what follows: short, no stop, no dash ("- Chi bộ họp …" is a point)."""
    text = paragraph.strip()
    return len(text) <= 160 and not text.endswith((".", ";")) and not _BULLET.match(text)


def _orientation_start(paragraphs: Sequence[str]) -> int | None:
    """Where the part about the next term opens, in a Party or mass organisation's paper."""
    for index, paragraph in enumerate(paragraphs):
        low = match_form(paragraph.strip())
        if not (_ORIENTATION.match(low) and _heading(paragraph)):
            continue
        # the paper is the orientation itself, or one a Party or mass organisation heads
        above = " ".join(match_form(p) for p in paragraphs[: max(index, 12)] if p.isupper())
        if index <= 2 or _ORGANISATION.search(above):
            return index
        return None
    return None


def _duty(text: str) -> str | None:
    """The body or members a point's own sentence opens on, when it sets them work."""
    m = _DOER.match(text)
    if m is None or _NOT_A_DUTY.match(match_form(m["next"])):
        return None
    return m["doer"]


def orientation_tasks(paragraphs: Sequence[str], context: Context) -> list[ParsedTask] | None:
    """The duties of a Party or mass organisation's orientation, or None for no such paper."""
    start = _orientation_start(paragraphs)
    if start is None:
        return None
    tasks: list[ParsedTask] = []
    section_off = point_off = False
    for paragraph in paragraphs[start + 1 :]:
        low = match_form(paragraph.strip())
        if _PART.match(low) and _heading(paragraph) and not _ORIENTATION.match(low):
            break  # "PHẦN THỨ BA": the paper goes on to another matter
        if _heading(paragraph) and (_ROMAN.match(paragraph) or _NUMBERED.match(paragraph)):
            off = bool(_NOT_WORK_SECTION.search(low)) and not _WORK_SECTION.search(low)
            if _ROMAN.match(paragraph):
                section_off, point_off = off, False
            else:
                point_off = off
            continue
        if section_off or point_off or _heading(paragraph):
            continue
        text = _MARKER.sub("", paragraph.strip(), count=1)
        doer = _duty(text)
        if doer is None:
            continue
        hit = pick_deadline(find_deadlines(text, year=context.year, reference=context.reference))
        tasks.append(
            ParsedTask(
                ref=str(len(tasks) + 1),
                text=text,
                lead=(doer,),
                deadline=hit.deadline if hit else None,
                deadline_kind=hit.kind if hit else DeadlineKind.NONE,
                deadline_phrase=hit.phrase if hit else None,
                recurrence=hit.recurrence if hit else None,
            )
        )
    return tasks
