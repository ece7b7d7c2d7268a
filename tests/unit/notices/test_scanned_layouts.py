"""What a scan does to a notice's layout: sub-items glued into one paragraph ("…: 4.1. Giao …:
(i) Chỉ đạo …. (ii) …"), "Đẳng uỷ" for "Đảng uỷ", a "Nơi nhận" list without its title; and an
aside inside a subject ("Cấp uỷ …, nhất là thành phố Hà Nội, … phải đi đầu")."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.assignees import analyze, is_remark
from notices.normalize import build_paragraphs, clean_lines

GLUED = (
    "Ban Bí thư kết luận như sau:\n"
    "1. Về phân công nhiệm vụ: 1.1. Giao Đẳng uỷ Chính phủ: (¡) Chỉ đạo Đảng uỷ Bộ Y tế chủ trì "
    "xây dựng quy trình tiếp nhận trẻ em. (ii) Chỉ đạo Đảng uỷ Bộ Tư pháp rà soát thủ tục. "
    "1.2. Giao Đảng uỷ Quốc hội rà soát các quy định của pháp luật. Năm 1.5 triệu trẻ em được hỗ "
    "trợ. 1.3. Cấp uỷ, chính quyền địa phương các cấp, nhất là thành phố Hà Nội, Thành phố Hồ Chí "
    "Minh phải đi đầu trong chuyển đổi mô hình chăm sóc.\n"
    "- Các tỉnh uỷ, thành uỷ,\n"
    "- Lưu Văn phòng Trung ương Đảng.\n"
)


def test_glued_sub_items_are_split_only_where_the_numbering_goes_on() -> None:
    paragraphs = build_paragraphs(clean_lines(GLUED))
    assert [p[:22] for p in paragraphs] == [
        "Ban Bí thư kết luận nh",
        "1. Về phân công nhiệm ",
        "1.1. Giao Đảng uỷ Chín",
        "(i) Chỉ đạo Đảng uỷ Bộ",
        "(ii) Chỉ đạo Đảng uỷ B",
        "1.2. Giao Đảng uỷ Quốc",  # "Năm 1.5 triệu" stays inside: 1.5 does not follow 1.2
        "1.3. Cấp uỷ, chính quy",
        "- Các tỉnh uỷ, thành u",
        "- Lưu Văn phòng Trung ",
    ]


def test_glued_notice_gives_one_task_per_point_and_stops_at_the_list() -> None:
    tasks = parse_notice(GLUED, year_hint=2025).tasks
    assert [(t.ref, t.lead) for t in tasks] == [
        ("1.1.(i)", ("Đảng ủy Chính phủ",)),
        ("1.1.(ii)", ("Đảng ủy Chính phủ",)),
        ("1.2", ("Đảng ủy Quốc hội",)),
        ("1.3", ("Cấp ủy, chính quyền địa phương các cấp",)),
    ]


@pytest.mark.parametrize(
    ("clause", "leads"),
    [
        ("Các sở, ngành, đặc biệt là Sở Y tế, khẩn trương triển khai.", ["Các sở, ngành"]),
        ("Các địa phương, nhất là các tỉnh miền núi, tập trung chỉ đạo.", ["Các địa phương"]),
        (
            "Cấp ủy, chính quyền địa phương xác định đây là nhiệm vụ trọng tâm.",
            ["Cấp ủy, chính quyền địa phương"],
        ),
    ],
)
def test_an_aside_is_not_a_lead(clause: str, leads: list[str]) -> None:
    assert [a.name for a in analyze(clause).leads] == leads


def test_what_a_goal_demands_is_no_task() -> None:
    assert is_remark(
        "Để đạt mục tiêu năm 2026, đòi hỏi các cơ quan, đơn vị phải nâng cao nhận thức."
    )
    assert not is_remark("Các cơ quan, đơn vị phải nâng cao nhận thức về chuyển đổi số.")
