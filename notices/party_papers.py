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
from dataclasses import dataclass

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
# The letterhead of a Party cell, a Party committee, a congress or a mass organisation
_ORGANISATION = re.compile(
    r"(?<![^\W_])(?:đảng cộng sản|đảng bộ|chi bộ|đảng ủy|đảng uỷ|đại hội|đoàn tncs"
    r"|đoàn thanh niên|hội sinh viên|hội liên hiệp|công đoàn|hội cựu chiến binh|hội nông dân"
    r"|hội phụ nữ|hội liên hiệp phụ nữ|mặt trận tổ quốc)(?![^\W_])"
)
# A congress's own paper: its political report, its orientation for the term
_CONGRESS = re.compile(r"(?<![^\W_])(?:báo cáo chính trị|nhiệm kỳ)(?![^\W_])")
# The title under the letterhead, or the address under the title: the letterhead has ended
_TITLE = re.compile(
    r"^\W*(?:báo cáo|nghị quyết|chương trình|kế hoạch|thông báo|tờ trình|quyết định|hướng dẫn"
    r"|phương hướng|kính gửi)(?![^\W_])"
)
# The signature block and what closes the body: the orientation part has ended
_CLOSING = re.compile(r"^\W*(?:nơi nhận|trên đây|tm\b|t/m\b|thay mặt\b)|kính trình(?![^\W_])")
_ADDRESS = re.compile(r"^\W*kính gửi(?![^\W_])")
_CARRYING_OUT = re.compile(r"(?<![^\W_])tổ chức thực hiện(?![^\W_])")
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
    r"|cán bộ, đảng viên|hội cựu chiến binh|hội phụ nữ|hội nông dân"
    # the state bodies and the Front a Party committee's orientation gives duties too
    r"|ủy ban nhân dân|uỷ ban nhân dân|ubnd|hội đồng nhân dân|hđnd|mặt trận tổ quốc|mặt trận"
    r"|công an|ban chỉ huy quân sự|các đoàn thể|đoàn thể)"
)
# A capital letter: "[A-ZĐÀ-Ỹ]" would take the lower-case "ư ơ ủ ứ ấ" inside that range
_UPPER = "".join(
    c
    for c in map(chr, [*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)])
    if c.isupper()
)
# ("chỉ bộ": OCR's tone on "chi bộ")
# … and the words of its name after the head: "Đảng viên chi bộ", "Ban Kiểm tra Hội sinh viên
# trường", "Chi bộ 5", "Hội Sinh viên Việt Nam Trường", "Chi đoàn ấp 3"
_NAME_WORD = (
    r"(?:"
    + _HEAD
    + r"|(?i:trường|khoa|cơ sở|bộ phận|các cấp|xã|phường|thị trấn|ấp|thôn|bản|khu phố|huyện"
    r"|quận)|[" + _UPPER + r"]\w*|\d+"
    # "Các chi bộ trực thuộc tổ chức …" (not "Chi bộ trực thuộc Đảng ủy Khối …", a statement)
    r"|(?i:trực thuộc)(?=\s+[^\W\d_" + _UPPER + r"]))"
)
_DOER = re.compile(
    r"^(?:(?i:hằng|hàng)\s+(?i:năm|quý|tháng)(?:\s+học)?\s*,?\s*(?:(?i:đảm bảo|bảo đảm)\s+)?)?"
    r"(?P<doer>(?:(?i:các|mỗi|từng|toàn thể)\s+)?" + _HEAD + r"(?:\s+" + _NAME_WORD + r")*"
    # "Mặt trận Tổ quốc và các đoàn thể …"
    r"(?:\s+(?i:và|cùng)\s+(?i:các\s+)?(?i:đoàn thể|tổ chức chính trị - xã hội)"
    r"(?:\s+" + _NAME_WORD + r")*)?)"
    r"\s+(?P<next>[^\W\d_]+(?:\s+[^\W\d_]+)?)"
)
# What follows a name when the sentence tells of it, or sets it a target, instead of work
_NOT_A_DUTY = re.compile(
    r"^(?:được|đã|đang|là|vẫn|còn|hiện|gồm|của|trong|và|với|phấn đấu|đạt|có(?!\s+(?:trách|nhiệm))"
    r"|nhận thấy|nhận định|thống nhất|nhất trí|chiếm|trực thuộc|không|nhiệm kỳ|khóa|khoá"
    r"|luôn|đều)(?![^\W_])"
)

# A congress's, conference's or ceremony's order of business: "CHƯƠNG TRÌNH LÀM VIỆC ĐẠI HỘI …"
_AGENDA = re.compile(
    r"^(?:làm việc\s+)?(?:(?:của|tại)\s+)?(?:đại hội|hội nghị|kỳ họp|phiên họp|lễ|buổi"
    r"|hội thảo|tọa đàm|toạ đàm)(?![^\W_])"
)


# A programme of work named after its event ("Đại hội Thể dục thể thao huyện …", "Lễ hội Văn
# hóa - Du lịch …"): a table naming who leads each row, or a point giving someone work
_WORK_TABLE = re.compile(r"^\|.*(?:chủ trì|đơn vị thực hiện|cơ quan thực hiện|phối hợp)")
_GIVES = re.compile(r"^\W*(?:\d+\s*[.)]\s*)?giao\s")


def is_agenda(type_codes: Sequence[str | None], title: str, paragraphs: Sequence[str]) -> bool:
    """A "Chương trình" that is the order of business of one meeting or ceremony."""
    if "CTr" not in type_codes or not _AGENDA.match(match_form(" ".join(title.split()))):
        return False
    lows = [match_form(p.strip()) for p in paragraphs]
    return not any(_WORK_TABLE.match(low) or _GIVES.match(low) for low in lows)


def _heading(paragraph: str) -> bool:
    """A line that heads what follows: short, no stop, no dash ("- Chi bộ họp …" is a point)."""
    text = paragraph.strip()
    return len(text) <= 160 and not text.endswith((".", ";")) and not _BULLET.match(text)


def _is_orientation(paragraph: str) -> bool:
    return bool(_ORIENTATION.match(match_form(paragraph.strip()))) and _heading(paragraph)


@dataclass(frozen=True)
class _Paper:
    """Where a Party or mass organisation's orientation part opens and ends."""

    start: int
    end: int
    resume: int  # where the usual reading takes over again ("III. TỔ CHỨC THỰC HIỆN")
    # a congress's paper, or one addressed to nobody ("Kính gửi"): no report upward
    own: bool


def _title_index(paragraphs: Sequence[str]) -> int:
    """The paragraph the letterhead ends on: the title or the address, within the first 8."""
    top = paragraphs[:8]
    return next((i for i, p in enumerate(top) if _TITLE.match(match_form(p.strip()))), len(top))


def _paper(paragraphs: Sequence[str]) -> _Paper | None:
    """The orientation part of a paper a Party or mass organisation's letterhead heads, or of a
    congress's own paper ("Báo cáo chính trị", "Phương hướng … nhiệm kỳ …"); else None."""
    starts = [i for i, p in enumerate(paragraphs) if _is_orientation(p)]
    if not starts:
        return None
    title = _title_index(paragraphs)
    letterhead = " ".join(match_form(p) for p in paragraphs[:title])
    top = " ".join(match_form(p) for p in paragraphs[:10])
    opens_on_it = starts[0] <= 2 and "nhiệm kỳ" in top
    congress = opens_on_it or "báo cáo chính trị" in top or "đại hội" in letterhead
    if not (congress or _ORGANISATION.search(letterhead)):
        return None
    # a title "Phương hướng, nhiệm vụ …" over a later "PHẦN II / PHƯƠNG HƯỚNG …": the later
    start = starts[1] if len(starts) > 1 and starts[0] <= title + 2 else starts[0]
    end, resume = _part_end(paragraphs, start)
    addressed = any(_ADDRESS.match(match_form(p)) for p in paragraphs[:start])
    return _Paper(start, end, resume, own=congress or not addressed)


def _part_end(paragraphs: Sequence[str], start: int) -> tuple[int, int]:
    """Where the part ends, and where the usual reading resumes (the end of the paper when the
    signature or the closing "Trên đây …", "… kính trình Đại hội" ends it)."""
    sibling = bool(_ROMAN.match(paragraphs[start]))  # "II. PHƯƠNG HƯỚNG …": "III. …" ends it
    for index in range(start + 1, len(paragraphs)):
        paragraph = paragraphs[index]
        low = match_form(paragraph.strip())
        if _CLOSING.search(low):
            return index, len(paragraphs)
        if not _heading(paragraph) or _is_orientation(paragraph):
            continue
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
        if _PART.match(low) and not _is_orientation(following):
            return index, index  # "PHẦN THỨ BA": the paper goes on to another matter
        if _ROMAN.match(paragraph) and (sibling or _CARRYING_OUT.search(low)):
            return index, index
    return len(paragraphs), len(paragraphs)


def _duty(text: str) -> str | None:
    """The body or members a point's own sentence opens on, when it sets them work."""
    # "CHI BỘ TỔ CHỨC SINH HOẠT …": every word a capital, the name is read on the lower case
    m = _DOER.match(text.lower() if text.isupper() else text)
    if m is None or _NOT_A_DUTY.match(match_form(m["next"])):
        return None
    return text[m.start("doer") : m.end("doer")]


def _located_from(task: ParsedTask, paragraphs: Sequence[str]) -> bool:
    """Does the usual reading's task come from one of these paragraphs?"""
    low = match_form(task.text.strip())
    key = (low[5:] if low.startswith("giao ") else low)[:30]
    return bool(key) and any(key in match_form(p) for p in paragraphs)


def orientation_tasks(
    paragraphs: Sequence[str], context: Context, usual: Sequence[ParsedTask]
) -> tuple[list[ParsedTask], bool] | None:
    """The duties of a Party or mass organisation's orientation, with the usual reading's tasks
    from after it, and whether the paper is its issuer's own (no report upward); None for no
    such paper."""
    paper = _paper(paragraphs)
    if paper is None:
        return None
    tasks: list[ParsedTask] = []
    section_off = point_off = False
    for paragraph in paragraphs[paper.start + 1 : paper.end]:
        low = match_form(paragraph.strip())
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
    after = paragraphs[paper.resume :]
    return [*tasks, *(t for t in usual if after and _located_from(t, after))], paper.own
