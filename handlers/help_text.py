"""The Vietnamese help and onboarding texts."""

from __future__ import annotations

from handlers.domain import Official, Role

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
    "«duyệt 12» — xác nhận hoàn thành (hoặc đồng ý gia hạn)",
    "«trả lại 12 thiếu minh chứng»",
    "«việc PCT Nghị chỉ đạo», «quá hạn của xã Long Đống», «tỷ lệ hoàn thành của các xã»",
]


def help_text(official: Official) -> str:
    lines = [f"Chào {official.name}. Bạn có thể hỏi (có dấu hay không dấu đều được):"]
    lines += [f"- {item}" for item in _STAFF]
    if official.has(Role.LEADER, Role.CHAIR, Role.ADMIN):
        lines += [f"- {item}" for item in _REVIEWER]
    return "\n".join(lines)


def not_understood(official: Official) -> str:
    return "Xin lỗi, tôi chưa hiểu câu này.\n" + help_text(official)
