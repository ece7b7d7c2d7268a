"""Lines and clauses of an item that are no work of their own: citations, date lines and
time-only clauses, timetable step times, lines that go on with the duty above."""

from __future__ import annotations

import re

from notices.text import match_form

# "Căn cứ Thông tư số 11/2025/TT-BGDĐT …;": the citation of a document ("Căn cứ các tiêu chí …
# để phân cấp …" is an instruction and stays).
BASIS = re.compile(
    r"^(?:\S{1,6}\s+)?căn cứ\s+(?:vào\s+)?(?:hiến pháp|bộ luật|luật|pháp lệnh|nghị định|thông tư"
    r"|quyết định|công văn|văn bản|kế hoạch|chỉ thị|nghị quyết|thông báo|kết luận|quy định"
    r"|hướng dẫn|báo cáo|tờ trình|công điện)\b"
    r"(?=\s+(?:số\s|\d)|[^,;]{0,120}?\bngày\s+\d)"  # a citation names its number or date
)


# "Hoàn thành trước ngày 30/6/2026.", "Thời gian hoàn thành: …" on a line of its own dates the
# duty above it.
STEP_TIME = re.compile(r"^\s*([^:;.]{6,60}?)\s*:\s")
DATE_LINE = re.compile(
    r"(?:(?:thời gian|thời hạn)(?:\s+hoàn thành)?\s*:"
    r"|(?:thời gian\s+|thời hạn\s+)?hoàn thành"
    r"\s+(?:trước|xong|trong|chậm nhất)|trước ngày|chậm nhất"
    # "Đảm bảo hoàn thành trong quý I/2026.": the date of the duty above, when the line ends
    # with it ("Đảm bảo hoàn thành trong năm 2026 việc số hóa …" is a duty of its own)
    r"|(?:đảm bảo|bảo đảm)\s+hoàn thành\s+(?:trong|trước)\s+(?=[^,;:]*\d)"
    r"\S+(?:\s+\S+){0,3}?\s*\.?\s*$)"
)


# A line that goes on with the duty above it rather than starting one: a pointer to the tasks
# the plan's appendix or another part gives the body ("Triển khai nhiệm vụ được giao chủ trì tại
# Phụ lục của Kế hoạch.") and a statement of what a work is ("Phát triển … là nhiệm vụ quan
# trọng.", "… là giải pháp then chốt").
STAYS_WITH_DUTY = re.compile(
    r"^(?:(?:tổ chức\s+)?(?:triển khai|thực hiện)(?:\s+(?:các|những))?\s+nhiệm vụ\s+"
    r"(?:được giao\s+)?(?:chủ trì\s+|phối hợp\s+)?(?:tại|theo|nêu tại|ghi tại)\s+"
    r"(?:các\s+)?(?:phụ lục|mục)\b"
    r"|[^,.;:]{3,120}?\slà\s+(?:một\s+)?(?:nhiệm vụ|giải pháp|yêu cầu|mục tiêu|khâu)"
    r"\s+(?:quan trọng|then chốt|trọng tâm|hàng đầu|cấp bách|cấp thiết|thường xuyên|lâu dài"
    r"|chiến lược|đột phá|chủ yếu)\b)"
)

# "1. Sở Tư pháp" then "Là cơ quan thường trực của Ban …, giúp …" and a second paragraph: the
# body's standing role, whose paragraphs are one task.
STANDING_ROLE = re.compile(r"^là\s+(?:cơ quan|đơn vị|đầu mối)\b")


# thành: Quý III/2025"): no work of its own. "thời gian: trước ngày 15/12/2025 gửi báo cáo
# tổng kết năm" holds work of its own after the time.
_TIME_LABEL = re.compile(
    r"^(?:thời hạn|thời gian(?:\s+(?:hoàn thành|thực hiện))?|hạn hoàn thành|tiến độ"
    r"(?:\s+(?:hoàn thành|thực hiện))?)\s*:"
)
_TIME_TOKEN = re.compile(
    r"^(?:\d+|\d{1,2}h\d{0,2}|[ivx]+|trước|trong|chậm|nhất|ngày|tháng|quý|năm|đến|từ|cuối|đầu"
    r"|giữa|hết|hoàn|thành|xong|muộn|hơn|là|giờ|phút|sáng|chiều|lúc)$"
)
# A note in brackets after the time ("(theo dấu bưu điện)", "(giờ hành chính)"): no work.
_TIME_NOTE = re.compile(r"\([^()]*\)")


def only_time(clause: str) -> bool:
    """A time label whose value is a time and nothing more."""
    text = match_form(clause.strip())
    label = _TIME_LABEL.match(text)
    if label is None:
        return False
    rest = _TIME_NOTE.sub(" ", text[label.end() :])
    tokens = re.findall(r"[^\s,.;:/()–—-]+", rest)
    return all(_TIME_TOKEN.match(token) for token in tokens)
