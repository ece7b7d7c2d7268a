"""An item's line of work before a colon, and fields stated once after a list of points.

A topic before ":" gives the item to the body named after it only when it is a short title of
work and a clause with its own verb follows; partners, recipients and examples after a colon
are no lead. Fields closing a list are shared only when the heading names nobody and they stand
alone under the last point.
"""

from __future__ import annotations

from datetime import date

import pytest

from notices import parse_notice
from notices.assignees import analyze
from notices.structure import Item
from notices.task_rows import Row, row_fields

_HEAD = (
    "ỦY BAN NHÂN DÂN\nXÃ PHÚ LỘC\nSố: 31/TB-UBND\nPhú Lộc, ngày 14 tháng 11 năm 2025\n\n"
    "THÔNG BÁO\nKết luận của Chủ tịch UBND xã tại cuộc họp giao ban tháng 11\n\n"
    "Chủ tịch UBND xã giao:\n"
)


def _lead_of(text: str, words: str) -> tuple[str, ...]:
    return next(t for t in parse_notice(text).tasks if words in t.text).lead


def test_partners_after_a_colon_under_a_body_heading_are_not_the_lead() -> None:
    text = _HEAD + (
        "1. Công chức Tư pháp - Hộ tịch:\n"
        "- Đẩy mạnh phối hợp với các lực lượng: Công an xã, Ban Chỉ huy Quân sự xã trong giải "
        "quyết đơn thư của công dân.\n"
    )
    assert _lead_of(text, "đơn thư") == ("Công chức Tư pháp - Hộ tịch",)


def test_a_recipient_after_a_colon_is_not_the_lead() -> None:
    text = _HEAD + (
        "1. Công chức Văn hóa - Xã hội:\n"
        "- Chủ trì thống kê hộ nghèo năm 2025, nộp danh sách về: Văn phòng HĐND và UBND xã "
        "trước ngày 05/12/2025.\n"
    )
    task = next(t for t in parse_notice(text).tasks if "hộ nghèo" in t.text)
    assert task.lead == ("Công chức Văn hóa - Xã hội",)
    assert task.deadline == date(2025, 12, 5)


def test_examples_after_a_colon_with_no_verb_of_their_own_are_not_the_lead() -> None:
    text = _HEAD + (
        "1. Tổ chức hội diễn văn nghệ quần chúng mừng Xuân: Trường Mầm non Phú Lộc và Trường "
        "Tiểu học Phú Lộc làm điểm trong tháng 01/2026.\n"
        "2. Công an xã rà soát nhân khẩu tạm trú, báo cáo trước ngày 30/11/2025.\n"
    )
    leads = [t.lead for t in parse_notice(text).tasks if "văn nghệ" in t.text]
    assert not any("Trường" in name for lead in leads for name in lead)


_ROWS_UNDER_A_BODY = _HEAD + (
    "1. Phòng Văn hóa - Thông tin:\n"
    "1.1. Cập nhật bản tin trên trang thông tin điện tử của xã.\n"
    "1.2. Tổ chức giải bóng chuyền hơi của xã.\n"
    "- Đơn vị chủ trì: Đoàn Thanh niên xã.\n"
    "- Thời gian thực hiện: Quý II/2026.\n"
)


def test_fields_closing_a_list_under_a_named_body_stay_with_the_last_point() -> None:
    task = next(t for t in parse_notice(_ROWS_UNDER_A_BODY).tasks if "bản tin" in t.text)
    assert task.lead == ("Phòng Văn hóa - Thông tin",)
    assert task.deadline is None


_PLAN = (
    "ỦY BAN NHÂN DÂN\nXÃ PHÚ LỘC\nSố: 12/KH-UBND\nPhú Lộc, ngày 14 tháng 11 năm 2025\n\n"
    "KẾ HOẠCH\nChuyển đổi số năm 2026\n\nII. NHIỆM VỤ\n"
)


def test_fields_with_work_beside_them_are_that_points_own() -> None:
    text = _PLAN + (
        "1. Nền tảng số\n"
        "1.1. Cài đặt ứng dụng định danh điện tử cho người dân.\n"
        "1.2. Mở lớp hướng dẫn kỹ năng số.\n"
        "- Mời các tổ công nghệ số cộng đồng tham gia giảng dạy.\n"
        "- Đơn vị chủ trì: Công an xã.\n"
    )
    leads = [t.lead for t in parse_notice(text).tasks if "định danh" in t.text]
    assert ("Công an xã",) not in leads


def test_a_points_own_date_outranks_the_shared_time_field() -> None:
    text = _PLAN + (
        "1. Dữ liệu số\n"
        "1.1. Số hóa sổ hộ tịch trước ngày 15/01/2026.\n"
        "1.2. Cập nhật dữ liệu đất đai.\n"
        "- Thời gian thực hiện: Quý II/2026.\n"
        "- Đơn vị chủ trì: Văn phòng UBND xã.\n"
    )
    tasks = parse_notice(text).tasks
    own = next(t for t in tasks if "hộ tịch" in t.text)
    assert own.lead == ("Văn phòng UBND xã",)
    assert own.deadline == date(2026, 1, 15)
    shared = next(t for t in tasks if "đất đai" in t.text)
    assert shared.deadline == date(2026, 6, 30)


def test_shared_fields_are_looked_up_once_per_list(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = 0

    def counted(item: Item) -> Row | None:
        nonlocal calls
        calls += 1
        return row_fields(item)

    monkeypatch.setattr("notices.tasks.row_fields", counted)
    points = "".join(f"1.{i}. Kiểm tra hồ sơ thửa đất số {i}.\n" for i in range(1, 61))
    parse_notice(_PLAN + "1. Rà soát đất công\n" + points)
    assert calls < 3 * 60  # one look per point, not one per later sibling of every point


def test_a_summoning_verb_ends_the_subject() -> None:
    roles = analyze("Công an xã triệu tập các hộ có liên quan để đối thoại")
    assert [a.name for a in roles.leads] == ["Công an xã"]
    roles = analyze("Ban Chỉ huy Quân sự xã kiến nghị xử lý các trường hợp vi phạm")
    assert [a.name for a in roles.leads] == ["Ban Chỉ huy Quân sự xã"]


def test_a_conciliation_team_keeps_its_name() -> None:
    roles = analyze("Tổ hòa giải thôn Bắc hòa giải tranh chấp ranh giới đất")
    assert [a.name for a in roles.leads] == ["Tổ hòa giải thôn Bắc"]
