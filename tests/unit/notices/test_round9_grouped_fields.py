"""Issue 11, round 9 (spent splits fresh and fresh2): a plan row whose fields are grouped.

A plan item may set its work, its bodies and its time as lettered fields, the bodies under a
label of their own ("b) Cơ quan thực hiện:" over "- Đơn vị chủ trì: …", "- Đơn vị phối hợp: …"):
the item is one task led by the "chủ trì" body, and the label is no task. Examples are phrased
for this test, not copied from a corpus document.
"""

from __future__ import annotations

import pytest

from notices import parse_notice

HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÒA MINH\nSố: 52/KH-UBND\nHòa Minh, ngày 10 tháng 3 năm 2026\n\n"
    "KẾ HOẠCH\nPhát triển dữ liệu số năm 2026\n\n"
    "Ủy ban nhân dân tỉnh Hòa Minh ban hành Kế hoạch phát triển dữ liệu số năm 2026 như sau:\n\n"
    "I. NHIỆM VỤ\n\n"
)


@pytest.mark.parametrize(
    ("label", "lead_field", "support_field"),
    [
        ("Cơ quan thực hiện:", "Đơn vị chủ trì", "Đơn vị phối hợp"),
        ("Đơn vị thực hiện:", "Cơ quan chủ trì", "Cơ quan phối hợp"),
        ("Trách nhiệm thực hiện:", "Chủ trì", "Phối hợp"),
    ],
)
def test_grouped_body_fields_make_one_row(label: str, lead_field: str, support_field: str) -> None:
    body = (
        "1. Số hóa hồ sơ đất đai:\n\n"
        "a) Nhiệm vụ: Hoàn thành số hóa hồ sơ địa chính của các xã, phường.\n\n"
        f"b) {label}\n\n"
        f"- {lead_field}: Sở Nông nghiệp và Môi trường.\n\n"
        f"- {support_field}: Ủy ban nhân dân các xã, phường.\n\n"
        "c) Thời gian thực hiện: Hoàn thành trước ngày 30/9/2026.\n\n"
        "2. Kết nối dữ liệu dân cư:\n\n"
        "a) Nhiệm vụ: Kết nối cơ sở dữ liệu chuyên ngành với cơ sở dữ liệu quốc gia về dân cư.\n\n"
        f"b) {label}\n\n"
        f"- {lead_field}: Công an tỉnh.\n\n"
        f"- {support_field}: Các sở, ban, ngành.\n\n"
        "c) Thời gian thực hiện: Quý IV năm 2026.\n\n"
    )
    tasks = parse_notice(HEAD + body).tasks
    assert [t.lead for t in tasks] == [("Sở Nông nghiệp và Môi trường",), ("Công an tỉnh",)], [
        t.text for t in tasks
    ]
    assert "Hoàn thành số hóa hồ sơ địa chính" in tasks[0].text
    assert str(tasks[0].deadline) == "2026-09-30"
