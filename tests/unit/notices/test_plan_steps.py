"""A plan's steps and sections: "Bước 1: X làm …" bullets, a step whose dash a scan lost, OCR's
"~" dash and "S.1." for "5.1.", purpose and scope sections that assign nothing, and a heading
that names the body doing the bullets under it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from notices import parse_notice
from notices.clauses import is_step, split_label

INVENTED = Path(__file__).resolve().parent / "invented"


def test_plan_steps_and_assignment_sections() -> None:
    text = (INVENTED / "ke-hoach-so-2026-steps-sections.txt").read_text(encoding="utf-8")
    tasks = parse_notice(text).tasks
    rows = [(t.ref, t.text[:20], list(t.lead), t.deadline) for t in tasks]
    assert rows == [
        ("3.-1", "Bước 1: Khoa Kiểm so", ["Khoa Kiểm soát bệnh truyền nhiễm"], None),
        ("3.-2", "Bước 2: Phòng Kế hoạ", ["Phòng Kế hoạch - Tài chính"], None),
        ("3.-3", "Giai đoạn 3: Các trạ", ["Các trạm y tế xã, phường"], None),
        ("5.1.-1", "Tiếp nhận, bảo quản ", ["Khoa Dược - Vật tư y tế"], None),
        ("5.1.-2", "Báo cáo tình hình sử", ["Khoa Dược - Vật tư y tế"], date(2026, 4, 30)),
        ("5.2.-1", "Rà soát đối tượng tr", ["Các trạm y tế xã, phường"], None),
        ("5.2.-2", "Theo dõi, xử trí phả", ["Các trạm y tế xã, phường"], None),
    ]


@pytest.mark.parametrize(
    ("text", "label", "body"),
    [
        ("Bước 1: Phòng Đào tạo cung cấp danh sách", "Bước 1", "Phòng Đào tạo cung cấp danh sách"),
        ("Bước Š: Sinh viên truy cập hệ thống", "Bước Š", "Sinh viên truy cập hệ thống"),
        ("Giai đoạn 2: Sở Xây dựng thẩm định", "Giai đoạn 2", "Sở Xây dựng thẩm định"),
        ("Đợt 1 : các xã rà soát hồ sơ", "Đợt 1", "các xã rà soát hồ sơ"),
    ],
)
def test_step_labels_are_peeled_off(text: str, label: str, body: str) -> None:
    assert is_step(text)
    assert split_label(text) == (label, body)


@pytest.mark.parametrize(
    "text",
    [
        "Bước đầu, Sở Nội vụ rà soát: danh sách",  # "bước đầu" is an adverb, not a step
        "Giai đoạn 2026 - 2030, các sở tập trung: đầu tư",
    ],
)
def test_phrases_that_only_start_like_a_step(text: str) -> None:
    assert not is_step(text)


def test_descriptive_sections_give_no_task_but_a_request_heading_does() -> None:
    text = (
        "KẾ HOẠCH\nThực hiện chuyển đổi số năm 2026\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Các sở, ngành triển khai đồng bộ, hiệu quả.\n"
        "II. YÊU CẦU CÁC SỞ, NGÀNH\n1. Sở Khoa học và Công nghệ chủ trì xây dựng nền tảng.\n"
    )
    tasks = parse_notice(text).tasks
    assert [(t.ref, list(t.lead)) for t in tasks] == [
        ("II.1", ["Sở Khoa học và Công nghệ"]),
    ]


def test_the_focal_point_is_a_lead() -> None:
    from notices.assignees import analyze

    roles = analyze("Trung tâm Quản lý chất lượng là đầu mối theo dõi, đôn đốc, tổng hợp kết quả.")
    assert [a.name for a in roles.leads] == ["Trung tâm Quản lý chất lượng"]
