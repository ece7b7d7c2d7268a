"""A rulebook's "Quyền và trách nhiệm của <body>" article: the body's duties, its rights aside.

A university's or a board's rules give each party an article "Điều 6. Quyền và trách nhiệm của
ĐHQG-HCM" / "Điều 7. Quyền và trách nhiệm của các cơ sở đào tạo" whose points are the body's
work in bare verbs ("1. Chỉ đạo công tác xây dựng …", "3. Báo cáo ĐHQG-HCM kết quả …"): the
labels count each as a task of the body the title names (dhqg-2062 Điều 6–7), as they do a
"Trách nhiệm của …" article's. The article reads as that duty article ("Điều 6. Trách nhiệm của
ĐHQG-HCM") when its holder is a body — one of government (`is_duty`), a school or a training
institution ("các cơ sở đào tạo", "cơ sở giáo dục"). Not so:

- the learners', the citizens', the members' article ("Quyền và trách nhiệm của người học",
  "… của công dân", "… của tổ chức, cá nhân"): rules of conduct and rights, no body's work;
- a right among the duties ("1. Được cung cấp tài liệu …", "Có quyền đề nghị …", "Yêu cầu ĐHVĐ
  cung cấp …", "Đề nghị …", "Hưởng …", "Từ chối …"): no task, neither the holder's nor the body
  it asks;
- a foreign partner's article ("… của cơ sở đào tạo nước ngoài"): the terms of a contract, the
  issuer assigns it no work;
- "Quyền và nghĩa vụ …", "Quyền lợi …": rights first and foremost, never read here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from notices.text import match_form

# "Quyền và trách nhiệm của …", "Quyền, trách nhiệm của …", "Quyền và nhiệm vụ đối với …",
# "Quyền hạn và trách nhiệm của …", "Trách nhiệm và quyền hạn của …" ("Nhiệm vụ, quyền hạn của …",
# a body's standing mandate, is not read here)
_RIGHTS_DUTY = re.compile(
    r"^(?:quyền(?:\s+hạn)?\s*(?:,|và)\s*(?:trách nhiệm|nhiệm vụ)"
    r"|trách nhiệm\s*(?:,|và)\s*quyền(?:\s+hạn)?)"
    r"\s+(?:của|đối với)\s+(?P<holder>\S.*)$"
)
# a school or a training institution, which `is_duty` leaves to the public's establishments
_SCHOOL = re.compile(
    r"^(?:(?:các|mỗi|từng)\s+)?(?:thủ trưởng\s+)?cơ sở\s+(?:đào tạo|giáo dục)(?![^\W_])"
)
# "cơ sở đào tạo nước ngoài", "cơ sở giáo dục đối tác": a partner, no body of the issuer's
_PARTNER = re.compile(r"(?<![^\W_])(?:nước ngoài|đối tác)(?![^\W_])")
# "Điều 6. " before the title
_NUMBER = re.compile(r"^\**\s*[đð]iều\s+\d{1,3}[a-zđ]?\s*[.:]\s*\**\s*")
# "1. Được …", "b) Có quyền …", "2. Yêu cầu ĐHVĐ cung cấp …": a right, not work
_RIGHT = re.compile(
    r"^\**\s*(?:\d{1,2}[.)]|[a-zđ][)]|[-–+•])?\s*"
    r"(?:được|có quyền|yêu cầu|đề nghị|hưởng|từ chối)(?![^\W_])"
)


def rights_holder(title: str, is_duty: Callable[[str], bool]) -> str | None:
    """The body (as written) a "Quyền và trách nhiệm của X" title gives duties, or None."""
    text = title.strip(" .:*")
    m = _RIGHTS_DUTY.match(match_form(text))
    if m is None:
        return None
    holder = text[m.start("holder") :].strip()
    if _PARTNER.search(m["holder"]):
        return None
    if is_duty(f"Trách nhiệm của {holder}") or _SCHOOL.match(m["holder"]):
        return holder
    return None


def as_rights_heading(paragraph: str, is_duty: Callable[[str], bool]) -> str:
    """The paragraph opening such an article written as the body's duty heading ("Điều 6.
    Trách nhiệm của ĐHQG-HCM"); any other paragraph as it is."""
    text = paragraph.strip()
    m = _NUMBER.match(match_form(text))
    if m is None:
        return paragraph
    holder = rights_holder(text[m.end() :], is_duty)
    if holder is None:
        return paragraph
    return f"{text[: m.end()].strip(' *')} Trách nhiệm của {holder}"


def grants_right(paragraph: str) -> bool:
    """A point that grants a right ("1. Được cơ sở đào tạo cung cấp …", "Có quyền …")."""
    return _RIGHT.match(match_form(paragraph.strip())) is not None
