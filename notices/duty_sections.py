"""The sections of an issued rulebook that share its work out among named units.

A decision that issues a Quy trình, Quy chế or Quy định prints the rulebook after its signature,
often in Roman sections rather than articles: "I/ Mục đích, yêu cầu", "II. Quy trình chi tiết"
(the criteria and its "Bước 1. Phòng Đào tạo lập danh sách …" steps), "IV. TỔ CHỨC THỰC HIỆN"
over "1. Phòng Đào tạo" / "- Xét …, lập danh sách …" and "2. Các Khoa/Bộ môn" / "- …". The
steps describe the procedure every time it runs (a procedural rule, like a regulation's article
on the sequence of steps), wherever the procedure is printed; the section that gives each named
unit its duties is the work the decision hands out, and restates the steps unit by unit. So when
a rulebook has such a section, its sections that are plainly rules (purposes, scope, criteria,
definitions, the procedure itself) leave the body, as `notices.regulation.drop_rules` does for a
regulation's titled articles; any other section ("NỘI DUNG PHỐI HỢP", "THỜI GIAN THỰC HIỆN",
"CHẾ ĐỘ BÁO CÁO") and an appendix after the last one stay. A plan's sections (KẾ HOẠCH) are work
and stay; a rulebook none of whose sections names units over their duties keeps its sections.
"""

from __future__ import annotations

import re

from notices.deadlines import find_deadlines, is_dated
from notices.licences import is_licence, name_holder
from notices.markers import MarkerKind, find_marker
from notices.regulation import is_duty
from notices.text import match_form
from notices.unit_headings import section_title, unit_headings
from notices.unit_steps import with_unit_steps

# "Ban hành Quy trình xét cảnh báo học vụ …", "V/v ban hành Quy chế phối hợp …", "Phê duyệt Quy
# trình nội bộ giải quyết thủ tục hành chính …": a decision that issues a rulebook (a statute's
# "Quy chế tổ chức và hoạt động" too: its sections are rules).
_ISSUES_RULEBOOK = re.compile(
    r"^(?:v/v\s+|về việc\s+)?(?:ban hành|phê duyệt)\s+(?:kèm theo\s+)?(?:các\s+)?"
    r"(?:quy trình|quy chế|quy định|nội quy)(?![^\W_])"
)
# a standalone rulebook's own type (the "QUY CHẾ" / "QUY ĐỊNH" line over its title)
_RULEBOOK_TYPES = frozenset({"QC", "QyĐ"})
# "PHỤ LỤC" / "Phụ lục I": the appendix after the rulebook's last section is none of its sections
_APPENDIX = re.compile(r"^\W{0,3}(?:PHỤ LỤC|Phụ lục)(?:\s+[IVX\d]{1,4})?(?![^\W_])")
# The parts of a section title that say it holds rules: "I. MỤC ĐÍCH, YÊU CẦU", "II. PHẠM VI VÀ
# ĐỐI TƯỢNG ÁP DỤNG", "II. TIÊU CHÍ CHẤM ĐIỂM", "I. QUY ĐỊNH CHUNG", "III/ QUY TRÌNH CHI TIẾT"
# (the procedure's steps), "Giải thích từ ngữ", "Ký hiệu viết tắt". A title with any other part
# ("ĐỐI TƯỢNG, THỜI GIAN, ĐỊA ĐIỂM") may hold work and stays.
_RULE_PART = re.compile(
    r"^(?:mục đích|mục tiêu|yêu cầu|ý nghĩa|phạm vi|đối tượng|tiêu chí|tiêu chuẩn|nguyên tắc"
    r"|giải thích từ ngữ|định nghĩa|(?:những\s+)?quy định chung|tài liệu tham chiếu"
    r"|(?:ký hiệu|từ ngữ|chữ)\s+viết tắt|căn cứ|quy trình|các bước)(?![^\W_])"
)
_TITLE_PARTS = re.compile(r"\s*(?:[,;/]|\s-\s|\svà\s)\s*")
# a rulebook shares its work out among units with at least this many unit headings
_MIN_UNITS = 2
# "Bước 1. Bộ phận Một cửa nhận hồ sơ …", "Bước 2: …": a procedure's step
_STEP = re.compile(r"^\W{0,3}bước\s+[^\s:.)]{1,4}\s*[.:)]")


def _sections(body: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, title) of each Roman section of the body, in order; the last one ends at an
    appendix."""
    appendix = next((i for i, p in enumerate(body) if _APPENDIX.match(p.strip())), len(body))
    starts = [(i, t) for i, p in enumerate(body[:appendix]) if (t := section_title(p))]
    if not starts:
        return []
    ends = [i for i, _ in starts[1:]] + [appendix]
    return [(start, end, title) for (start, title), end in zip(starts, ends, strict=True)]


def _rules(title: str, paragraphs: list[str]) -> bool:
    """A section plainly of rules, by every part of its title, with no dated sentence in it."""
    low = match_form(re.sub(r"\([^()]*\)", " ", title).replace("*", " ")).strip(" .:")
    if not all(_RULE_PART.match(part) for part in _TITLE_PARTS.split(low) if part):
        return False
    return not any(
        is_dated(hit) for p in paragraphs for hit in find_deadlines(p, year=None, reference=None)
    )


def drop_steps(body: list[str]) -> list[str]:
    """The body of a procedure without its steps ("Bước 1. …") and the paragraphs and dashes
    that go on from a step, up to the next numbered point, section or appendix."""
    if (steps := with_unit_steps(body, is_duty)) is not None:
        return steps  # the steps are the units' own work: tasks (notices.unit_steps)
    kept: list[str] = []
    in_step = False
    for paragraph in body:
        if _STEP.match(match_form(paragraph.strip(" *"))):
            in_step = True
            continue
        if in_step:
            marker = find_marker(paragraph.strip(" *"))
            ends = marker is not None and marker.kind != MarkerKind.BULLET
            if not (ends or section_title(paragraph) or _APPENDIX.match(paragraph.strip())):
                continue
            in_step = False
        kept.append(paragraph)
    return kept


def is_rulebook(title: str, type_codes: tuple[str | None, ...]) -> bool:
    """The document issues (or is) a procedure, a regulation or a set of rules."""
    if any(code in _RULEBOOK_TYPES for code in type_codes):
        return True
    return _ISSUES_RULEBOOK.match(match_form(title.strip(" *"))) is not None


def keep_duty_sections(
    body: list[str], *, title: str, type_codes: tuple[str | None, ...]
) -> list[str]:
    """The body of a rulebook without its procedure's steps and, when one of its sections gives
    named units their duties, without its sections of rules: what precedes the first section
    (the issuing decision's articles) stays, and so do the sections not plainly of rules and an
    appendix after the last one. A licence's lead-in that calls its holder "chủ giấy phép" names
    the holder first (notices.licences)."""
    if is_licence(title, type_codes, body):
        body = name_holder(body)
    if not is_rulebook(title, type_codes):
        return body
    body = drop_steps(body)
    sections = _sections(body)
    if len(sections) < 2:
        return body
    if not any(
        unit_headings(body[start + 1 : end], is_duty) >= _MIN_UNITS for start, end, _ in sections
    ):
        return body
    kept = list(body[: sections[0][0]])
    for start, end, section in sections:
        if not _rules(section, body[start + 1 : end]):
            kept.extend(body[start:end])
    return kept + body[sections[-1][1] :]
