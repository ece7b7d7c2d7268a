"""A numbered title that says whose duties the paragraphs below are ("2. Trách nhiệm chung của
các thành viên tham gia sử dụng hệ thống …"), however long the name in it."""

from __future__ import annotations

import re

from notices.text import match_form

# "Trách nhiệm của", "Trách nhiệm chung của", "Nhiệm vụ cụ thể của", "Nhiệm vụ, quyền hạn của",
# "Trách nhiệm đối với": what follows is the body, not work
DUTY_TITLE = (
    r"(?:trách nhiệm|nhiệm vụ)(?:\s*(?:,|và)\s*(?:trách nhiệm|nhiệm vụ|quyền hạn))?"
    r"(?:\s+(?:chung|cụ thể|chính|riêng))?\s+(?:của|đối với)"
)
_DUTY_TITLE = re.compile(rf"^{DUTY_TITLE}\s+\S")
# a holder may be named at length ("… của bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, …")
_TITLE_WORDS = 34


def is_duty_title(line: str) -> bool:
    """The line is such a title: no stop, colon or ";" of its own and at most 34 words (a
    sentence that goes on, "Trách nhiệm của các đơn vị là …", is no title)."""
    text = line.strip()
    if text.endswith((".", ";", ":", ",")) or ";" in text:
        return False
    return len(text.split()) <= _TITLE_WORDS and _DUTY_TITLE.match(match_form(text)) is not None


# "Có trách nhiệm bảo mật tài khoản …" on a line of its own under such a title: the body's duty,
# though no work verb opens it
_HAS_DUTY = re.compile(r"^có\s+trách nhiệm\s+(?!(?:về|với|trước)(?![^\W_]))[^\W\d_]")


def states_duty(clause: str) -> bool:
    """The clause opens with "Có trách nhiệm" and the work it names."""
    return _HAS_DUTY.match(match_form(clause.strip())) is not None
