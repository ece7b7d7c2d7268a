"""What a meeting agreed to: an agreement alone assigns no work, one followed by work does."""

from __future__ import annotations

import re

from notices.assignees import asks_someone
from notices.deadlines import names_due_date
from notices.imperatives import asks_work
from notices.text import match_form

# "Các Bộ, cơ quan thống nhất chỉ có một cơ quan chủ trì; giao Bộ …": what the meeting agreed on,
# before the clause that assigns; "Đối với một số dự án …, Bộ GTVT đồng ý về chủ trương cho gia
# hạn …": the ministry's own consent ("đồng ý" only to a policy or a paper: "UBND các huyện đồng ý
# về việc tổ chức đối thoại …" takes on work). "Về nhiệm vụ thời gian tới: Thường trực Đảng uỷ cơ
# bản nhất trí với báo cáo …": a topic before a colon is no part of the subject. "… quán triệt Chỉ
# thị … tạo sự thống nhất cao trong nhận thức": unity as the aim of the work, no agreement ("Hội
# nghị có sự thống nhất cao về …" is the meeting's agreement).
_AGREED_TO = (
    r"(?:(?:về\s+)?chủ trương|với\s+(?:(?:các|những)\s+)?(?:dự án|dự thảo|đề xuất|nội dung"
    r"|báo cáo|tờ trình|phương án|kiến nghị|ý kiến|nhiệm vụ|chủ trương|nhân sự))"
)
_AGREED = re.compile(
    r"^(?:[^;:]{0,120}:\s*)?(?:(?:đối với|riêng)\s[^;:]{0,160}?,\s*)?(?P<body>[^;:]{0,100}?)"
    r"(?:(?<=\s)|^)(?<!tạo sự\s)(?<!tạo được sự\s)(?:cơ bản\s+)?"
    r"(?:(?:thống nhất|nhất trí)\s+(?:chỉ|là|rằng|về việc|cao|"
    rf"{_AGREED_TO})|đồng ý\s+{_AGREED_TO})\b"
)


def agrees_only(clause: str) -> bool:
    """A clause that only states what was agreed and asks nobody for anything."""
    text = clause.strip()
    low = match_form(text)
    agreed = _AGREED.match(low)
    return (
        agreed is not None
        and not _works_before(text, agreed.start("body"), agreed.end("body"))
        and not asks_someone(low)
        and not _agrees_then_works(low[agreed.end() :])
    )


def _works_before(text: str, start: int, end: int) -> bool:
    """ "Sở Xây dựng tổ chức kiểm tra hiện trường, đồng ý về chủ trương …": a clause before the
    agreement's comma asks for work, so the sentence is not only an agreement."""
    clauses = text[start:end].split(",")[:-1]
    return any(asks_work(part) for part in clauses)


# ", khẩn trương triển khai …", ", tổ chức đại hội …": the work of the body that agreed; not the
# rest of a list of what it agreed to (", đề xuất của UBND huyện", ", chuyển đổi số").
_WORK_GOES_ON = re.compile(
    r"\s*(?:đồng thời\s+)?(?:khẩn trương|tập trung|chủ động|kịp thời|sớm|tiếp tục|nghiêm túc"
    r"|tổ chức|triển khai|hoàn thành|hoàn thiện|chỉ đạo|thực hiện|ban hành|rà soát)\b(?!\s+của\b)"
)


def _agrees_then_works(rest: str) -> bool:
    """ "Các chi bộ thống nhất với nhân sự do cấp uỷ giới thiệu, tổ chức đại hội trước ngày
    15/10/2026.": after what it agreed to and a comma, the clause names a date or goes on with work
    (", khẩn trương triển khai …"), so the body that agreed is given that work."""
    _, comma, after = rest.partition(",")  # "với nhiệm vụ quý IV, …": a date of what was agreed
    if comma and names_due_date(after, yearless=True):
        return True
    return bool(comma and _WORK_GOES_ON.match(after))
