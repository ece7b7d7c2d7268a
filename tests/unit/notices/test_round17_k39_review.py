"""Round 17 review (R39) of the k39 lead spans: names with verb-like words, leadership nouns."""

from __future__ import annotations

import pytest

from notices.assignees import analyze
from notices.task_headings import heading_assignees


def _leads(clause: str) -> list[str]:
    return [a.name for a in analyze(clause).leads]


# F1 (HIGH): an asking heading that is only a body's name is cut at a noun inside the name.
@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Yêu cầu Ban An toàn giao thông tỉnh:", "Ban An toàn giao thông tỉnh"),
        ("Giao Trung tâm Quản lý giao thông công cộng:", "Trung tâm Quản lý giao thông công cộng"),
        (
            "Giao Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh:",
            "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh",
        ),
        ("Đề nghị Ban Chỉ đạo tìm kiếm cứu nạn tỉnh:", "Ban Chỉ đạo tìm kiếm cứu nạn tỉnh"),
        ("Đề nghị Ủy ban nhân dân huyện Cần Giuộc:", "Ủy ban nhân dân huyện Cần Giuộc"),
    ],
)
def test_bare_name_asking_heading_keeps_the_whole_name(heading: str, name: str) -> None:
    assert heading_assignees(heading) == [name]


# F2 (MEDIUM): the new verb cut in asking headings imports the lead scan's misreadings of names.
@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Giao Ban An toàn giao thông tỉnh chủ trì:", "Ban An toàn giao thông tỉnh"),
        ("Giao Ủy ban nhân dân huyện Cần Đước chủ trì tổ chức:", "Ủy ban nhân dân huyện Cần Đước"),
        (
            "Đề nghị Công ty Cổ phần Tư vấn xây dựng Sông Đà hoàn thiện hồ sơ:",
            "Công ty Cổ phần Tư vấn xây dựng Sông Đà",
        ),
        (
            "Giao Công ty TNHH MTV Xây dựng Thành Đạt hoàn thành thi công trước ngày 30/6:",
            "Công ty TNHH MTV Xây dựng Thành Đạt",
        ),
    ],
)
def test_asking_heading_cut_keeps_names_with_verb_like_words(heading: str, name: str) -> None:
    assert heading_assignees(heading) == [name]


# F3 (MEDIUM): "lãnh đạo" after a sentence-initial people noun is the leadership (a noun).
@pytest.mark.parametrize(
    ("clause", "lead"),
    [
        (
            "Cán bộ lãnh đạo Phòng Nội vụ kiểm tra hồ sơ.",
            "Cán bộ lãnh đạo Phòng Nội vụ",
        ),
        (
            "Thành viên lãnh đạo các đơn vị tham gia đoàn kiểm tra.",
            "Thành viên lãnh đạo các đơn vị",
        ),
    ],
)
def test_people_noun_then_lanh_dao_is_the_leadership(clause: str, lead: str) -> None:
    assert _leads(clause) == [lead]


# F4 (LOW): "Tùy viên" (attaché) is a title inside a name, not "tùy theo".
@pytest.mark.parametrize(
    ("clause", "lead"),
    [
        ("Ban Tùy viên quốc phòng tổ chức lễ.", "Ban Tùy viên quốc phòng"),
        (
            "Cơ quan Tùy viên Quốc phòng Việt Nam phối hợp tổ chức.",
            "Cơ quan Tùy viên Quốc phòng Việt Nam",
        ),
    ],
)
def test_tuy_vien_is_not_depending_on(clause: str, lead: str) -> None:
    assert _leads(clause) == [lead]


# F5 (LOW): a lower-case "hệ thống" after "và" is split off even when it is a field of the name.
def test_network_split_needs_a_body_network() -> None:
    assert _leads("Trung tâm Thông tin và hệ thống dữ liệu cập nhật kịp thời.") == [
        "Trung tâm Thông tin và hệ thống dữ liệu"
    ]


# Fixer F39: the same shapes in a lead and a few neighbours that must keep their reading.
@pytest.mark.parametrize(
    ("clause", "lead"),
    [
        ("Phòng Cảnh sát giao thông kiểm tra xe.", "Phòng Cảnh sát giao thông"),
        ("Ban An toàn giao thông tỉnh kiểm tra xe.", "Ban An toàn giao thông tỉnh"),
        ("Công ty Cấp nước Cần Giờ kiểm tra đường ống.", "Công ty Cấp nước Cần Giờ"),
        ("Huyện ủy lãnh đạo UBND huyện triển khai kế hoạch này.", "Huyện ủy"),
        ("Công ty Sông Đà xây dựng Kế hoạch phòng cháy.", "Công ty Sông Đà"),
    ],
)
def test_names_with_verb_like_words_in_leads(clause: str, lead: str) -> None:
    assert _leads(clause) == [lead]


@pytest.mark.parametrize(
    ("heading", "names"),
    [
        ("Giao Sở Y tế kiểm tra các cơ sở trên địa bàn tỉnh:", ["Sở Y tế"]),
        (
            "Giao Sở Giao thông vận tải chủ trì tổ chức hội nghị cấp tỉnh:",
            ["Sở Giao thông vận tải"],
        ),
        ("Giao Công an tỉnh giao thông báo cho các đơn vị:", ["Công an tỉnh"]),
    ],
)
def test_asking_heading_with_work_is_still_cut(heading: str, names: list[str]) -> None:
    assert heading_assignees(heading) == names
