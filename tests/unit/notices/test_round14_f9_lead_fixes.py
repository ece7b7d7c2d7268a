"""Round 14 (F9, review R9 of F4): "giao cho" after an approval or continuation word, lower-case
syllables inside a name after "giao cho", "dự kiến" as a plan told unless a drafting noun follows,
"các" kept over a kind present in every place."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.assignees import analyze


def _leads(clause: str) -> list[str]:
    return [a.name for a in analyze(clause).leads]


@pytest.mark.parametrize(
    ("clause", "leads"),
    [
        # "Thống nhất/Đồng ý/Chấp thuận/Tiếp tục giao cho X": the approval gives the work to X
        (
            "Thống nhất giao cho Phòng Văn hóa - Thông tin chủ trì tổ chức lễ hội, báo cáo trước "
            "ngày 12/6/2026.",
            ["Phòng Văn hóa - Thông tin"],
        ),
        ("Tiếp tục giao cho Sở Xây dựng chủ trì theo dõi tiến độ.", ["Sở Xây dựng"]),
        ("Đồng ý giao cho Sở Nội vụ chủ trì thẩm định hồ sơ.", ["Sở Nội vụ"]),
        ("Chấp thuận giao cho UBND xã Bình Minh làm chủ đầu tư.", ["UBND xã Bình Minh"]),
        (
            "Thường trực HĐND huyện thống nhất giao cho Phòng Kinh tế chủ trì, hướng dẫn.",
            ["Phòng Kinh tế"],
        ),
        # lower-case syllables inside a name after "giao cho" stay in the name
        (
            "Giao cho Trung tâm Tiếp nhận và Trả kết quả thành phố hướng dẫn công dân.",
            ["Trung tâm Tiếp nhận và Trả kết quả thành phố"],
        ),
        (
            "Giao cho Bộ phận tiếp nhận và trả kết quả phường niêm yết thủ tục.",
            ["Bộ phận tiếp nhận và trả kết quả phường"],
        ),
        (
            "Giao cho Công ty TNHH MTV Quản lý khai thác thủy lợi miền Nam kiểm tra kênh mương.",
            ["Công ty TNHH MTV Quản lý khai thác thủy lợi miền Nam"],
        ),
        (
            "Giao cho Trung tâm Quản lý và khai thác công trình công cộng rà soát hồ sơ.",
            ["Trung tâm Quản lý và khai thác công trình công cộng"],
        ),
        # the work handed over still ends a complete name
        ("Giao cho UBND phường Hòa Bình nhận bàn giao trụ sở.", ["UBND phường Hòa Bình"]),
        (
            "UBND tỉnh giao cho Sở Công Thương quản lý nhà nước về chợ trên địa bàn.",
            ["Sở Công Thương"],
        ),
        # "dự kiến <drafting noun>" is work
        ("Phòng Nội vụ dự kiến danh mục vị trí việc làm, gửi Sở Nội vụ.", ["Phòng Nội vụ"]),
    ],
)
def test_leads(clause: str, leads: list[str]) -> None:
    assert _leads(clause) == leads


@pytest.mark.parametrize(
    "clause",
    [
        # "dự kiến <verb>" tells a plan, with or without a time
        "UBND xã dự kiến khánh thành nhà văn hóa vào cuối năm 2027.",
        "Trung tâm Y tế dự kiến tiếp nhận 300 liều vắc xin.",
        "Sở Tài chính dự kiến bố trí khoảng 50 tỷ đồng cho chương trình.",
        # an approval that gives nothing to a body
        "Thống nhất giao cho các hộ dân quản lý diện tích rừng.",
    ],
)
def test_descriptive(clause: str) -> None:
    assert _leads(clause) == []


@pytest.mark.parametrize(
    ("clause", "leads"),
    [
        # a kind present in every place keeps its "các"
        (
            "Các Trung tâm Y tế huyện, Bệnh viện Đa khoa tỉnh tăng cường thu dung người bệnh.",
            ["Các Trung tâm Y tế huyện", "Bệnh viện Đa khoa tỉnh"],
        ),
        (
            "Các Ban Huyện ủy, Văn phòng Huyện ủy triển khai thực hiện.",
            ["Các Ban Huyện ủy", "Văn phòng Huyện ủy"],
        ),
        (
            "Các Trường Trung học cơ sở, Trung tâm Giáo dục nghề nghiệp huyện rà soát học sinh.",
            ["Các Trường Trung học cơ sở", "Trung tâm Giáo dục nghề nghiệp huyện"],
        ),
        # specific bodies under one "các": each named
        (
            "Giao các Sở Công Thương, Công an tỉnh phối hợp kiểm tra thị trường.",
            ["Sở Công Thương", "Công an tỉnh"],
        ),
    ],
)
def test_plural_heads(clause: str, leads: list[str]) -> None:
    assert _leads(clause) == leads


def test_lower_case_work_pair_in_name() -> None:
    clause = "Giao cho Trung tâm quản lý và khai thác chợ huyện kiểm tra quầy hàng."
    assert _leads(clause) == ["Trung tâm quản lý và khai thác chợ huyện"]


_LETTER = """ỦY BAN NHÂN DÂN HUYỆN AN HÒA
Số: 45/UBND-VP
An Hòa, ngày 10 tháng 4 năm 2026

Kính gửi: Các cơ quan, đơn vị thuộc huyện.

1. {item}

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Bình"""


@pytest.mark.parametrize(
    ("item", "tasks"),
    [
        (
            "Thống nhất giao cho Phòng Nội vụ chủ trì rà soát biên chế, báo cáo trước ngày "
            "25/5/2026.",
            [(["Phòng Nội vụ"], "2026-05-25")],
        ),
        ("UBND huyện dự kiến khánh thành cầu vào giữa năm 2027.", []),
    ],
)
def test_in_a_letter(item: str, tasks: list[tuple[list[str], str]]) -> None:
    notice = parse_notice(_LETTER.format(item=item))
    assert [(list(t.lead), str(t.deadline)) for t in notice.tasks] == tasks
