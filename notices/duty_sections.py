"""The sections of an issued rulebook that share its work out among named units.

A decision that issues a Quy trình, Quy chế or Quy định prints the rulebook after its signature,
often in Roman sections rather than articles: "I/ Mục đích, yêu cầu", "II. Quy trình chi tiết"
(the criteria and its "Bước 1. Phòng Đào tạo lập danh sách …" steps), "IV. TỔ CHỨC THỰC HIỆN"
over "1. Phòng Đào tạo" / "- Xét …, lập danh sách …" and "2. Các Khoa/Bộ môn" / "- …". The
steps describe the procedure every time it runs (a procedural rule, like a regulation's article
on the sequence of steps); the section that gives each named unit its duties is the work the
decision hands out, and restates the steps unit by unit. So when a rulebook has such a section,
its other sections are rules and leave the body, as `notices.regulation.drop_rules` does for a
regulation's titled articles. A plan's sections (KẾ HOẠCH: "II. NHIỆM VỤ, GIẢI PHÁP") are work
and stay; a rulebook none of whose sections names units over their duties is left as it was.
"""

from __future__ import annotations

import re

from notices.markers import MarkerKind, find_marker
from notices.regulation import DUTY_OF, is_duty, is_execution
from notices.text import match_form

# "Ban hành Quy trình xét cảnh báo học vụ …", "V/v ban hành Quy chế phối hợp …": a decision that
# issues a rulebook (a statute's "Quy chế tổ chức và hoạt động" too: its sections are rules).
_ISSUES_RULEBOOK = re.compile(
    r"^(?:v/v\s+|về việc\s+)?ban hành\s+(?:kèm theo\s+)?(?:các\s+)?"
    r"(?:quy trình|quy chế|quy định|nội quy)(?![^\W_])"
)
# a standalone rulebook's own type (the "QUY CHẾ" / "QUY ĐỊNH" line over its title)
_RULEBOOK_TYPES = frozenset({"QC", "QyĐ"})
# "IV. TỔ CHỨC THỰC HIỆN", "I/ Mục đích, yêu cầu", "**III/ QUY TRÌNH CHI TIẾT** (…)": a Roman
# section's heading, its numeral followed by a dot, a slash or a bracket.
_SECTION = re.compile(r"^\W{0,3}(?P<numeral>[IVXL]{1,6})\s*[./)]\s*\**\s*(?P<title>\S.*)$")
_TITLE_WORDS = 30
# "Trách nhiệm của các đơn vị", "Phân công nhiệm vụ": a section title that gives duties out
_SHARES_OUT = re.compile(rf"^(?:{DUTY_OF}|phân công\s+(?:nhiệm vụ|thực hiện|trách nhiệm))")
# A unit's heading is a name alone: "1. Phòng Đào tạo", "4. Các Khoa/Bộ môn:"
_HEADING_WORDS = 14
# a rulebook shares its work out among units with at least this many unit headings
_MIN_UNITS = 2


def _section_title(paragraph: str) -> str | None:
    """The title of the Roman section this paragraph opens, or None."""
    m = _SECTION.match(paragraph.strip())
    if m is None or len(m["title"].split()) > _TITLE_WORDS:
        return None
    return m["title"].strip(" *:")


def _unit_heading(paragraph: str) -> bool:
    """A numbered or lettered heading that is a unit's name alone ("2. Phòng Chính trị và Công
    tác HSSV"), not a topic ("1. Cảnh báo học vụ:") nor a sentence."""
    marker = find_marker(paragraph)
    if marker is None or marker.kind not in (MarkerKind.NUMBER, MarkerKind.LETTER):
        return False
    name = paragraph[marker.length :].strip(" *")
    if not name or name.endswith((".", ";")) or len(name.split()) > _HEADING_WORDS:
        return False
    return is_duty(name.rstrip(":"))


def _sections(body: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, title) of each Roman section of the body, in order."""
    starts = [(i, t) for i, p in enumerate(body) if (t := _section_title(p)) is not None]
    if not starts:
        return []
    ends = [i for i, _ in starts[1:]] + [len(body)]
    return [(start, end, title) for (start, title), end in zip(starts, ends, strict=True)]


def _assigns(title: str) -> bool:
    low = match_form(title)
    return is_execution(title) or _SHARES_OUT.match(low) is not None


def is_rulebook(title: str, type_codes: tuple[str | None, ...]) -> bool:
    """The document issues (or is) a procedure, a regulation or a set of rules."""
    if any(code in _RULEBOOK_TYPES for code in type_codes):
        return True
    return _ISSUES_RULEBOOK.match(match_form(title.strip(" *"))) is not None


def keep_duty_sections(
    body: list[str], *, title: str, type_codes: tuple[str | None, ...]
) -> list[str]:
    """The body of a rulebook without its sections of rules, when one of its sections gives
    named units their duties: what precedes the first section (the issuing decision's articles)
    stays, and so do the sections that share work out ("IV. TỔ CHỨC THỰC HIỆN", "Trách nhiệm
    của các đơn vị") or hold the units' headings themselves."""
    if not is_rulebook(title, type_codes):
        return body
    sections = _sections(body)
    if len(sections) < 2:
        return body
    units = {
        start: sum(_unit_heading(p) for p in body[start + 1 : end]) for start, end, _ in sections
    }
    if not any(count >= _MIN_UNITS for count in units.values()):
        return body
    kept = list(body[: sections[0][0]])
    for start, end, section in sections:
        if units[start] >= _MIN_UNITS or _assigns(section):
            kept.extend(body[start:end])
    return kept
