"""The Vietnamese help and onboarding texts."""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from handlers.domain import Official, Role
from notices.text import fold

ONBOARDING = (
    "Xin chào! Đây là nhacviec, trợ lý nhắc việc của UBND.\n"
    "Tài khoản chat này chưa được liên kết với cán bộ nào, nên chưa xem được việc.\n"
    "Hãy xin Văn phòng HĐND và UBND một mã mời, rồi gửi: /start MÃ_MỜI"
)

_STAFF = [
    "«việc đến hạn tuần này» hoặc /tuannay",
    "«hôm nay cần làm gì», «việc tháng sau», «đến hạn 30/11»",
    "«quá hạn» hoặc /quahan",
    "«việc của tôi», «việc của phòng nội vụ», «nhiệm vụ tiêu chí 7.3.1»",
    "«xem 12» — chi tiết việc số 12",
    "«xong 12 đã gửi báo cáo số 45» (kèm ảnh/tệp minh chứng nếu có)",
    "«gia hạn 12 đến 15/12 vì chờ số liệu»",
    "«tìm số hóa hồ sơ»",
    "«thống kê»",
]

_REVIEWER = [
    "«chờ duyệt» — báo cáo và đề nghị gia hạn đang chờ bạn",
    "«duyệt 12» — xác nhận hoàn thành (hoặc đồng ý gia hạn)",
    "«trả lại 12 thiếu minh chứng», «không đồng ý gia hạn 12 vì …»",
    "«giao việc 12 cho chị Lan» — giao cho một cán bộ của đơn vị chủ trì",
    "«sửa hạn 12 thành 30/12», «đổi chủ trì việc 12 sang Phòng Tư pháp», «hủy việc 12 vì …»",
    "«việc PCT Nghị chỉ đạo», «quá hạn của xã Long Đống», «tỷ lệ hoàn thành của các xã»",
]


def help_text(official: Official) -> str:
    lines = [f"Chào {official.name}. Bạn có thể hỏi (có dấu hay không dấu đều được):"]
    lines += [f"- {item}" for item in _STAFF]
    if official.has(Role.LEADER, Role.CHAIR, Role.ADMIN):
        lines += [f"- {item}" for item in _REVIEWER]
    return "\n".join(lines)


def not_understood(official: Official, text: str = "") -> str:
    """Not the whole help: the two or three commands closest to what was typed."""
    closest = suggestions(official, text)
    return (
        "Xin lỗi, tôi chưa hiểu câu này. Có phải bạn muốn:\n"
        + "\n".join(f"- «{command}»" for command in closest)
        + "\nGõ «hướng dẫn» để xem mọi câu hỏi được."
    )


def suggestions(official: Official, text: str, limit: int = 3) -> list[str]:
    """The example commands most like `text` (folded, word by word); the first ones when
    nothing is alike."""
    commands = [c for line in _lines(official) for c in _QUOTED.findall(line)]
    scored = process.extract(
        fold(text), [fold(c) for c in commands], scorer=fuzz.token_set_ratio, limit=limit
    )
    if not text.strip() or not scored or scored[0][1] < _ALIKE:
        return commands[:limit]
    return [commands[index] for _, _, index in scored]


def greeting(official: Official, text: str) -> str:
    words = fold(text)
    if any(w in words for w in ("cam on", "thank", "tks")):
        return "Dạ, không có gì ạ. Cần gì anh/chị cứ nhắn."
    if words.strip(" .!") in ("ok", "oke", "okay", "vang", "da", "da vang", "duoc", "nhe"):
        return "Dạ vâng."
    return f"Chào {official.name}! Gõ «hướng dẫn» để xem những câu có thể hỏi."


def _lines(official: Official) -> list[str]:
    if official.has(Role.LEADER, Role.CHAIR, Role.ADMIN):
        return _STAFF + _REVIEWER
    return list(_STAFF)


_QUOTED = re.compile(r"«([^»]+)»")
_ALIKE = 40
