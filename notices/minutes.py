"""Minutes (Biên bản): what the meeting heard and agreed is its record, not work it hands out.

A biên bản records a meeting: "1. Đồng chí Trần Văn A, Giám đốc Sở, Chủ tịch Hội đồng phổ biến
nội dung cuộc họp …", "2. Đ/c Nguyễn Thị B - Chánh Văn phòng báo cáo thành tích …", "3. Trên
cơ sở xem xét hồ sơ …, Hội đồng thống nhất đề nghị Hội đồng Thi đua - Khen thưởng tỉnh xét tặng
Bằng khen …", "Hội nghị đã biểu quyết 09/09 …". A participant speaking (a person, then what he
presented) and the meeting's own agreement or vote (to propose to a superior, who decides) are
narration, whatever the work verb in them. Minutes whose conclusions assign ("Hội nghị thống nhất
giao Phòng Kế hoạch hoàn thành … trước ngày …", "Đồng chí A đề nghị Phòng B …") keep those.
"""

from __future__ import annotations

import re

from notices.deadlines import names_due_date
from notices.text import match_form

# The document's own type opens its title ("BIÊN BẢN Họp Hội đồng …"); a letter "V/v khắc phục
# tồn tại theo Biên bản kiểm tra" only cites one.
_MINUTES_TITLE = re.compile(r"^[^\w]*biên bản(?![^\W_])")

# "Đồng chí Trần Chí Tiến, Tỉnh ủy viên, … phổ biến …", "Đ/c Nguyễn Văn Nghĩa - Chánh Văn phòng
# báo cáo …", "Ông Lê Văn C trình bày …": a person named (capitalised name) and what he presented.
_SPEAKER = re.compile(
    # the name and title run up to the speaker's verb, never past a request ("… đề nghị Ban Chỉ
    # huy Quân sự xã thông báo …" asks a body; its "thông báo" is that body's work)
    r"^(?:đồng chí|đ/c|ông|bà)\s+(?P<rest>(?:(?!(?<![^\W_])(?:đề nghị|yêu cầu|giao|chỉ đạo)"
    r"(?![^\W_]))[^.;:]){2,240}?)\s(?:phổ biến|báo cáo|trình bày"
    r"|khai mạc|phát biểu|thông qua|quán triệt|tóm tắt|giới thiệu|thông báo|nêu|tuyên bố"
    r"|đọc)(?![^\W_])"
)
# "…, Hội đồng … (đã) thống nhất đề nghị Hội đồng … tỉnh xét …", "Hội nghị nhất trí thông qua
# …", "… biểu quyết 09/09 …": the meeting's agreement or vote; to propose to a superior for its
# consideration is no work to track either.
_AGREES = re.compile(
    r"(?:^|,\s*)(?:hội đồng|hội nghị|cuộc họp|tập thể|các thành viên|đoàn)(?![^\W_])"
    r"[^.;:,]{0,100}?"
    r"\s(?:đã\s+)?(?:thống nhất|nhất trí|biểu quyết|đồng ý)(?![^\W_])"
    r"(?P<then>\s+(?:đề nghị|kiến nghị)\s[^.;:]{2,160}?\s(?:xét|xem xét|công nhận|tặng|khen"
    r"|quyết định|phê duyệt)(?![^\W_])|\s+(?:thông qua|với|về)(?![^\W_])|\s+(?:và\s+)?biểu quyết"
    r"|\s*[.;]|$)"
)
# "đề nghị X <work>": a request to a body for work, whoever makes it; "đề nghị Chủ tịch UBND tỉnh
# xét tặng …" proposes to the one who decides (the consideration opens X's clause, no work of
# X's own before it: "đề nghị Phòng Nội vụ hoàn thiện hồ sơ, trình … xem xét" asks work).
_ASKS = re.compile(r"(?<![^\W_])đề nghị\s+(?P<clause>[^.;:,]{3,200})")
_CONSIDERS = re.compile(
    r"(?<![^\W_])(?:xét|xem xét|công nhận|tặng|khen thưởng|quyết định|phê duyệt|cho ý kiến)"
    r"(?![^\W_])"
)
_OWN_WORK = re.compile(
    r"(?<![^\W_])(?:hoàn thiện|hoàn thành|trình|gửi|tổng hợp|báo cáo|thông báo|triển khai"
    r"|thực hiện|chuẩn bị|rà soát|lập|xây dựng|kiểm tra|tổ chức|chỉ đạo|phối hợp|cung cấp"
    r"|cập nhật|bổ sung|đôn đốc|hướng dẫn|tham mưu)(?![^\W_])"
)
_ASSIGNS = re.compile(r"(?<![^\W_])(?:giao|phân công|yêu cầu|chịu trách nhiệm|có trách nhiệm)\s")


def is_minutes(doc_type: str | None, title: str) -> bool:
    """A biên bản: its type code BB, or "Biên bản …" in its title."""
    return doc_type == "BB" or _MINUTES_TITLE.search(match_form(title)) is not None


def narrates_meeting(text: str) -> bool:
    """A point of minutes that records who spoke or what the meeting agreed, assigning no one
    (no "giao", "yêu cầu", responsibility or due day)."""
    low = match_form(text.strip())
    if _ASSIGNS.search(low) or names_due_date(low, yearless=True):
        return False
    if any(_asks_work(m["clause"]) for m in _ASKS.finditer(low)):
        return False
    speaker = _SPEAKER.match(low)
    if speaker is not None and text.strip()[speaker.start("rest")].isupper():
        return True
    return _AGREES.search(low) is not None


def _asks_work(clause: str) -> bool:
    """The clause after "đề nghị" asks X for work: no consideration by X before X's own work."""
    considers = _CONSIDERS.search(clause)
    work = _OWN_WORK.search(clause)
    return work is not None and (considers is None or work.start() < considers.start())
