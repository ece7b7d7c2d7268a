"""Round 11 (recall and dated deadlines): duty verbs a point may open with, a plan row's time field
that spans months or quarters."""

from __future__ import annotations

from datetime import date

import pytest

from notices import parse_notice
from notices.deadlines import find_deadlines, pick_deadline

_HEAD = (
    "ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\nSố: 31/KH-UBND\nTân Phú, ngày 4 tháng 11 năm 2025\n\n"
    "KẾ HOẠCH\nTổ chức hội nghị cử tri năm 2025\n\nIII. TỔ CHỨC THỰC HIỆN\n"
    "1. Văn phòng HĐND và UBND xã\n"
    "- Chuẩn bị hội trường, âm thanh phục vụ hội nghị.\n"
)


def _texts(point: str) -> list[str]:
    return [t.text for t in parse_notice(_HEAD + f"- {point}\n").tasks]


@pytest.mark.parametrize(
    "point",
    [
        "Triệu tập các thành viên tổ công tác họp định kỳ.",
        "Kiến nghị xử lý kịp thời các trường hợp vi phạm quy chế hội nghị.",
        "Trực tiếp hòa giải các tranh chấp đất đai nhỏ ở thôn, bản.",
    ],
)
def test_a_duty_verb_opens_a_task_under_a_body(point: str) -> None:
    assert point in _texts(point)


_REF = date(2025, 11, 4)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Thời gian thực hiện: Từ tháng 12/2025 đến tháng 3/2026.", date(2026, 3, 31)),
        ("Thời hạn: tháng 01/2026 - tháng 5/2026", date(2026, 5, 31)),
        ("Từ tháng 11/2025 đến tháng 02/2026", date(2026, 2, 28)),  # a row's field read alone
        ("Thời gian hoàn thành: Quý IV/2025 và Quý II/2026;", date(2026, 6, 30)),
        ("hoàn thành trong quý I, quý II năm 2026", date(2026, 6, 30)),
        ("Thời gian hoàn thành: Dự kiến tháng 12/2025", date(2025, 12, 31)),
        ("Quí II-2026", date(2026, 6, 30)),  # the older spelling, a hyphen before the year
    ],
)
def test_a_span_of_periods_is_due_at_the_end_of_the_last(text: str, due: date) -> None:
    hit = pick_deadline(find_deadlines(text, year=2025, reference=_REF))
    assert hit is not None and hit.deadline == due


def test_a_span_of_months_a_document_is_about_is_no_deadline() -> None:
    text = "Căn cứ bản tin dự báo mùa mưa (từ tháng 12/2025 đến tháng 5/2026) của Đài khí tượng"
    assert find_deadlines(text, year=2025, reference=_REF) == []


_PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 40/KH-UBND\nNinh Bình, ngày 6 tháng 11 năm 2025\n\n"
    "KẾ HOẠCH\nPhòng, chống úng ngập mùa mưa năm 2026\n\nIII. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Xây dựng\n- Kiểm tra các tuyến cống chính trước mùa mưa.\n"
    "2. Ban Quản lý các công trình thủy lợi:\n"
    "Là đơn vị đầu mối chịu trách nhiệm chính về vận hành hệ thống tiêu nước, cụ thể:\n"
    "- Nạo vét các kênh tiêu trước ngày 30/4/2026.\n"
    "- Bố trí lực lượng trực 24/24 giờ trong mùa mưa.\n"
)


def test_points_after_a_role_sentence_are_the_heading_bodys_work() -> None:
    tasks = {t.text: t.lead for t in parse_notice(_PLAN).tasks}
    body = ("Ban Quản lý các công trình thủy lợi",)
    assert tasks.get("Nạo vét các kênh tiêu trước ngày 30/4/2026.") == body
    assert tasks.get("Bố trí lực lượng trực 24/24 giờ trong mùa mưa.") == body


def test_a_cycle_before_the_subject_leaves_the_subject_named() -> None:
    from notices.assignees import analyze

    roles = analyze("Định kỳ hằng quý, Sở Tài chính và các phường tổng hợp số liệu gửi UBND tỉnh")
    assert [a.name for a in roles.leads] == ["Sở Tài chính", "các phường"]


_TOPICS = (
    "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 77/TB-UBND\nLạng Sơn, ngày 7 tháng 11 năm 2025\n\n"
    "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại cuộc họp về chuyển đổi số\n\n"
    "1. Hoàn thiện cơ sở dữ liệu dân cư: Công an tỉnh khẩn trương làm sạch dữ liệu, hoàn thành "
    "trong tháng 12 năm 2025.\n"
    "2. Nguồn kinh phí: Hằng năm, căn cứ nhiệm vụ được giao, các sở, ngành lập dự toán gửi Sở "
    "Tài chính.\n"
)


def test_a_line_of_work_before_the_body_it_is_given_to() -> None:
    tasks = parse_notice(_TOPICS).tasks
    first = next(t for t in tasks if "làm sạch dữ liệu" in t.text)
    assert first.lead == ("Công an tỉnh",)
    assert not any("dự toán" in t.text for t in tasks)  # a funding note is no work topic


_ROWS = (
    "ỦY BAN NHÂN DÂN\nXÃ AN HÒA\nSố: 9/KH-UBND\nAn Hòa, ngày 10 tháng 11 năm 2025\n\n"
    "KẾ HOẠCH\nPhổ biến pháp luật năm 2026\n\nII. NHIỆM VỤ\n"
    "1. Tuyên truyền pháp luật\n"
    "1.1. Biên soạn tài liệu hỏi đáp pháp luật cho người dân.\n"
    "1.2. Phát thanh các chuyên mục pháp luật trên loa truyền thanh xã.\n"
    "- Thời gian thực hiện: Quý I/2026.\n"
    "- Đơn vị chủ trì: Công chức Tư pháp - Hộ tịch.\n"
    "2. Hòa giải ở cơ sở\n"
    "- Kiện toàn các tổ hòa giải ở thôn.\n"
    "Đơn vị chủ trì tham mưu thực hiện: Ủy ban Mặt trận Tổ quốc xã.\n"
    "Thời gian thực hiện: Quý II/2026.\n"
)


def test_fields_stated_after_a_list_of_work_are_each_points() -> None:
    first = next(t for t in parse_notice(_ROWS).tasks if t.text.startswith("Biên soạn"))
    assert first.lead == ("Công chức Tư pháp - Hộ tịch",)
    assert first.deadline == date(2026, 3, 31)


def test_a_lead_field_that_advises_names_the_lead() -> None:
    task = next(t for t in parse_notice(_ROWS).tasks if "tổ hòa giải" in t.text)
    assert task.lead == ("Ủy ban Mặt trận Tổ quốc xã",)


_TARGET = (
    "VĂN PHÒNG CHÍNH PHỦ\nSố: 700/TB-VPCP\nHà Nội, ngày 12 tháng 11 năm 2025\n\n"
    "THÔNG BÁO\nKết luận về tiến độ các dự án cấp nước\n\nII. NHIỆM VỤ\n"
    "1. Hoàn thành đưa vào vận hành 12 nhà máy nước sạch vùng ven biển trong năm 2026\n"
    "a) Bộ Xây dựng đôn đốc các chủ đầu tư đẩy nhanh thi công các hạng mục còn lại.\n"
    "b) Ủy ban nhân dân các tỉnh bàn giao mặt bằng cho các nhà thầu.\n"
)


def test_a_target_with_its_year_dates_the_points_under_it() -> None:
    tasks = [t for t in parse_notice(_TARGET).tasks if t.ref.startswith("1.")]
    assert len(tasks) == 2
    assert all(t.deadline == date(2026, 12, 31) for t in tasks)
