"""Guidance that points at rules, an award rule, obeying rules, a role, a contact or a request
only for difficulties: none names work to track."""

from __future__ import annotations

import re

from notices.assignees import asks_someone
from notices.difficulties import DIFFICULTY, HANDLES_DIFFICULTIES
from notices.letter_closings import answer_closes
from notices.statement_words import DOC, WORK_VERB

# "Về đối tượng …: thực hiện tương tự như nội dung điểm 2.2 khoản 2 Mục I Hướng dẫn số 01-HD/…",
# "Thực hiện theo Mục III Kế hoạch số 13-KH/TU và Mục II Hướng dẫn số 01-HD/BTCTU.": guidance
# that only says which rules apply.
_PART = r"(?:tiết|điểm|khoản|mục|điều|chương|phần|phụ lục)\s+[\w.]{1,8},?\s+"
_FOLLOWS_RULE = re.compile(
    r"^(?:được\s+)?(?:thực hiện|áp dụng)\s+(?:tương tự\s+(?:như\s+)?|theo\s+(?:đúng\s+)?)"
    r"(?:(?:các\s+)?(?:nội dung|quy định|hướng dẫn)\s+(?:tại\s+)?)?"
    rf"(?:{_PART})+(?:(?:của|tại)\s+)?"
)
# A document named by its kind and number ("Hướng dẫn số 01-HD/BTCTU", "Kế hoạch số 13-KH/TU").
_NUMBERED_DOC = re.compile(rf"(?:{DOC}|hướng dẫn)\s+(?:số\s+)?[\w./-]*\d[\w./-]*")
# "Chủ tịch Ủy ban nhân dân thành phố xem xét tặng Bằng khen …", "Căn cứ vào kết quả …, Ủy ban
# nhân dân cấp xã quyết định khen thưởng … theo quy định", "Người đứng đầu … xem xét, quyết định
# đánh giá, xếp loại chất lượng đối với công chức thuộc thẩm quyền quản lý": who awards or grades
# within its own authority, an emulation or evaluation rule rather than a piece of work.
_DECIDES_AWARD = re.compile(
    r"^(?:(?:căn cứ|trên cơ sở)\s[^;]{0,240}?,\s*)?(?P<subject>[^;:]{3,240}?)\s+"
    r"(?:xem xét,?\s*(?:quyết định\s+)?|quyết định\s+)"
    r"(?:tặng|trao tặng|khen thưởng|công nhận danh hiệu|đánh giá,?\s*xếp loại)\b"
)
_NOT_A_SUBJECT = re.compile(r"\b(?:phối hợp|trình|tham mưu|đề nghị|đề xuất|giao|yêu cầu)\b")
# "Tất cả lực lượng, phương tiện … phải tuân thủ nghiêm quy định an toàn …; không để xảy ra tai
# nạn …", "Tuân thủ đầy đủ các quy định pháp luật về an toàn thông tin": obeying rules is no task.
_COMPLIES = re.compile(
    r"^(?:[^;:]{0,160}?\s)?(?:phải|cần|có trách nhiệm)?\s*(?:tuân thủ|chấp hành)\s+"
    r"(?:nghiêm(?: túc| ngặt)?\s+|đầy đủ\s+|đúng\s+)?(?:các\s+)?"
    r"(?:quy định|quy trình|quy chế|hướng dẫn|nguyên tắc|pháp luật|chế độ|nội quy)\b"
)
_THEN_NOT_LET = re.compile(r"^[^;]*(?:;\s*(?:không|tránh)\s+để\s+(?:xảy ra|phát sinh)[^;]*)*$")
# "Là cầu nối giữa doanh nghiệp với cơ quan quản lý nhà nước …": a role, not work ("Là cơ quan
# thường trực, chủ trì tham mưu …" names its work and stays).
_ROLE = re.compile(r"^là\s")
_ROLE_WORK = re.compile(r"phối hợp|đầu mối|thường trực|chịu trách nhiệm")
_ROLE_SCOPE = re.compile(r"\btrong\s+(?:việc|công tác|quá trình)\b")
_TAKING_PART = re.compile(r"\btham gia\s+(?:thực hiện|triển khai)\b")
# A telephone number: "0243.974.62.25", "0211 386 25 90", "(0233) 3852417", "+84 912 345 678"
# (9 to 12 digits in groups; a date "15/12/2025" is none).
_PHONE = r"(?:\+84|\(?0)(?:[\s.)]*\d){8,11}(?!\d)"
# "Đầu mối hỗ trợ nghiệp vụ: số điện thoại (…); địa chỉ thư điện tử (…)": whom to call.
_CONTACT = re.compile(
    r"^[^:;]{0,80}:\s*(?:số\s+)?(?:điện thoại|đt|thư điện tử|email|e-mail|hotline|địa chỉ)\b"
    # "Công ty Thoát nước: 0243.974.62.25 – 0243.976.22.45.": a body and only its number(s)
    rf"|^[^:;]{{2,120}}:\s*{_PHONE}(?:\s*[,;/–—-]\s*{_PHONE})*\s*[.;]?$"
)


def rule_or_role(low: str) -> bool:
    """Guidance that points at rules, an award rule, obeying rules, a role, a
    request only for difficulties, an answer's closing: none names work to track."""
    if DIFFICULTY.match(low) or answer_closes(low):
        return True
    if HANDLES_DIFFICULTIES.match(low) or _CONTACT.match(low):
        return True
    rule = _FOLLOWS_RULE.match(low)
    if rule is not None:
        rest = _NUMBERED_DOC.sub(" ", low[rule.end() :])
        if not WORK_VERB.search(rest) and not asks_someone(rest):
            return True
    award = _DECIDES_AWARD.match(low)
    if award is not None and not _NOT_A_SUBJECT.search(award["subject"]):
        return True
    complies = _COMPLIES.match(low)
    if complies is not None:
        # "Tất cả lực lượng tham gia thực hiện Kế hoạch này phải tuân thủ …": the subject's
        # "tham gia thực hiện" says who, not what work
        subject = _TAKING_PART.sub(" ", low[: complies.end()])
        if not WORK_VERB.search(subject):
            return _THEN_NOT_LET.match(low) is not None
    if not _ROLE.match(low):
        return False
    role = _ROLE_SCOPE.split(low, maxsplit=1)[0]  # "… trong việc đề xuất cơ chế": its scope
    return not (WORK_VERB.search(role) or _ROLE_WORK.search(role))
