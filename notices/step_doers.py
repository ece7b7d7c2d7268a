"""Who does a procedure's step: one of the issuer's units, or an applicant who files.

Shared by `notices.unit_steps` ("Bước N:" lines) and `notices.step_tables` (a step table's doer
column), so a step reads the same wherever the procedure prints it. An applicant files ("Tổ
chức, cá nhân nộp hồ sơ …", "Doanh nghiệp gửi văn bản đề nghị …", "SV nộp đơn …"); a step that
takes in or answers an application ("Bộ phận Một cửa nhận hồ sơ …", "… trả kết quả") makes the
procedure one run per application too. Rules run on the match form (`notices.text.match_form`);
the patterns are used with `match`, at a position.
"""

from __future__ import annotations

import re

from notices.name_kinds import assignee_start
from notices.text import match_form

# an office or a role by its initials: "ĐVCM", "CBGD", "P.ĐTĐH", "P. KHTC"
INITIALS = re.compile(r"(?:[A-ZĐ]\.\s?)?[A-ZĐ][A-ZĐ&]{1,9}(?![\w.])")
# who files in a procedure run per application, by word or by the initials a school writes for
# its students and learners ("SV", "HV", "HS", "TS"), and what filing is
APPLICANT = re.compile(
    r"(?<![^\W_])(?:các\s+)?(?:tổ chức|cá nhân|công dân|người|thí sinh|sinh viên|học sinh|học viên"
    r"|doanh nghiệp|hộ gia đình|chủ đầu tư|nhà đầu tư|viên chức|cán bộ|nhà thầu"
    r"|sv|hv|hs|ts|ncs)(?![^\W_])"
)
# what an applicant files: a file, an application, a letter of request, a form, a declaration
_FILES = re.compile(
    r"(?<![^\W_])(?:nộp|gửi|kê khai|đăng ký|làm)(?:\s+\S+){0,3}?\s+"
    r"(?:hồ sơ|đơn|văn bản|giấy|phiếu|tờ khai|bản khai|yêu cầu|đề nghị)(?![^\W_])"
    r"|(?<![^\W_])truy cập(?![^\W_])"
)
# a step that answers an application: "Bộ phận Một cửa …", "… trả kết quả cho công dân": the
# procedure runs for each applicant
_ANSWERS = re.compile(r"(?<![^\W_])(?:trả kết quả|một cửa)(?![^\W_])")
# a step that takes a file in ("Phòng Tổ chức cán bộ tiếp nhận hồ sơ đề nghị …"): an applicant's,
# unless one of the issuer's units sent it in an earlier step (`notices.unit_steps`)
_RECEIVES = re.compile(r"(?<![^\W_])(?:tiếp )?nhận hồ sơ(?![^\W_])")
# a unit's step that sends a file on: "Các khoa, phòng lập danh sách … và gửi Phòng …"
_SENDS = re.compile(r"(?<![^\W_])(?:gửi|chuyển|nộp)(?![^\W_])")
_LOOK = 160


def applicant_at(text: str) -> bool:
    """The step's doer (at the start of `text`) is an applicant or the public."""
    return APPLICANT.match(match_form(text.strip())) is not None


def files(text: str) -> bool:
    """An applicant's step that files something ("SV nộp đơn …", "Doanh nghiệp gửi văn bản đề
    nghị …"), or a step that answers an application."""
    low = match_form(text.strip())
    return (APPLICANT.match(low) is not None and _FILES.search(low[:_LOOK]) is not None) or (
        _ANSWERS.search(low[:_LOOK]) is not None
    )


def receives(text: str) -> bool:
    """A step that takes a file in ("… tiếp nhận hồ sơ …")."""
    return _RECEIVES.search(match_form(text.strip())[:_LOOK]) is not None


def sends(text: str) -> bool:
    """A step that sends something on ("… và gửi Phòng Tổ chức cán bộ")."""
    return _SENDS.search(match_form(text.strip())) is not None


def unit_at(text: str, pos: int = 0, low: str | None = None) -> bool:
    """An office, a council or a unit by its initials begins at `pos` (an applicant's initials,
    "SV", "HV", are no office)."""
    low = match_form(text) if low is None else low
    if APPLICANT.match(low, pos):
        return False
    if INITIALS.match(text, pos):
        return True
    return assignee_start(text, low, pos) in ("org", "group")
