"""Round 13 (K14): leads of tasks the parser finds, by class, in invented phrasing."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.assignees import analyze
from notices.names import split_assignees

_PARTY_PLAN = """ĐẢNG ĐOÀN HỘI ĐỒNG NHÂN DÂN TỈNH
Số: 41-KH/ĐĐ
Ninh Bình, ngày 12 tháng 3 năm 2026

KẾ HOẠCH
Triển khai chương trình chuyển đổi số trong các cơ quan dân cử

I. PHÂN CÔNG NHIỆM VỤ
1. Các Tổ đảng ở Thường trực các Ban, các Tổ đại biểu theo chức năng, nhiệm vụ được giao thực \
hiện các nhiệm vụ sau:
a) Tổ đảng ở Ủy ban Văn hóa, Xã hội
- Chủ trì thẩm tra các đề án về phát triển nguồn nhân lực số của tỉnh.
- Giám sát việc số hóa hồ sơ tại các trường học trên địa bàn.
b) Tổ đảng ở Ủy ban Kinh tế, Ngân sách
- Chủ trì thẩm tra dự toán kinh phí cho các dự án chuyển đổi số năm 2026.
c) Tổ đảng ở Ủy ban KT,NS&ĐT
- Rà soát các nghị quyết về cơ chế hỗ trợ doanh nghiệp công nghệ số.

T/M ĐẢNG ĐOÀN
BÍ THƯ
Trần Văn Hòa
"""


@pytest.mark.parametrize(
    ("phrase", "names"),
    [
        ("Ủy ban Khoa học, Công nghệ", ["Ủy ban Khoa học, Công nghệ"]),
        ("Tổ đảng ở Ủy ban Kinh tế, Ngân sách", ["Tổ đảng ở Ủy ban Kinh tế, Ngân sách"]),
        ("Thường trực Ủy ban KT,NS&ĐT", ["Thường trực Ủy ban KT,NS&ĐT"]),
        # after the committee's fields, a body of its own is one more name
        (
            "Ủy ban Pháp luật, Tư pháp, Văn phòng Quốc hội",
            ["Ủy ban Pháp luật, Tư pháp", "Văn phòng Quốc hội"],
        ),
        ("Ủy ban Đối ngoại, Ủy ban Xã hội", ["Ủy ban Đối ngoại", "Ủy ban Xã hội"]),
        ("Ủy ban nhân dân huyện, Công an huyện", ["Ủy ban nhân dân huyện", "Công an huyện"]),
        # a plural head still lists its members
        ("các Sở Nội vụ, Tư pháp", ["Sở Nội vụ", "Sở Tư pháp"]),
    ],
)
def test_a_committee_named_by_two_fields_is_one_name(phrase: str, names: list[str]) -> None:
    found = split_assignees(phrase)
    assert found is not None
    assert [n.name for n in found] == names


def test_a_sub_heading_naming_a_committee_by_its_fields_leads_its_bullets() -> None:
    notice = parse_notice(_PARTY_PLAN)
    leads = [task.lead for task in notice.tasks]
    assert leads == [
        ("Tổ đảng ở Ủy ban Văn hóa, Xã hội",),
        ("Tổ đảng ở Ủy ban Văn hóa, Xã hội",),
        ("Tổ đảng ở Ủy ban Kinh tế, Ngân sách",),
        ("Tổ đảng ở Ủy ban KT,NS&ĐT",),
    ]


@pytest.mark.parametrize(
    ("clause", "leads"),
    [
        ("Hội đồng bầu cử tỉnh tổng hợp kết quả bầu cử.", ["Hội đồng bầu cử tỉnh"]),
        ("Tổ bầu cử khu vực 2 niêm yết danh sách cử tri trước ngày.", ["Tổ bầu cử khu vực 2"]),
        ("Ban bầu cử số 5 tiếp nhận hồ sơ từ các Tổ bầu cử.", ["Ban bầu cử số 5"]),
    ],
)
def test_an_election_board_is_named_whole(clause: str, leads: list[str]) -> None:
    assert [a.name for a in analyze(clause).leads] == leads


def test_a_verb_and_its_partners_are_no_name() -> None:
    assert split_assignees("Giám đốc các bệnh viện chủ trì, phối hợp với Sở Y tế, Công an") is None
    assert split_assignees("Trưởng các phòng chuyên môn phối hợp chặt chẽ với Văn phòng") is None
    # the partners alone are still names
    names = split_assignees("Sở Y tế, Công an tỉnh")
    assert names is not None and [n.name for n in names] == ["Sở Y tế", "Công an tỉnh"]


_LETTER = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 812/BNNMT-TCCB
Hà Nội, ngày 4 tháng 2 năm 2026

Kính gửi: Các đơn vị thuộc Bộ

1. Bộ Nông nghiệp và Môi trường thống nhất hướng dẫn như sau:
a) Đề nghị Giám đốc các trung tâm chủ trì, phối hợp với Sở Nông nghiệp và Môi trường các tỉnh \
và các đơn vị có liên quan:
- Rà soát danh sách viên chức đủ điều kiện xét thăng hạng năm 2026.
- Gửi hồ sơ đề nghị về Vụ Tổ chức cán bộ trước ngày 15/3/2026.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Lê Văn Nam
"""


def test_a_lead_in_asking_a_head_to_lead_with_partners_leads_by_the_head() -> None:
    notice = parse_notice(_LETTER)
    assert notice.tasks
    assert {task.lead for task in notice.tasks} == {("Giám đốc các trung tâm",)}


@pytest.mark.parametrize(
    ("clause", "leads"),
    [
        (
            "An toàn bức xạ - hạt nhân: Sở Khoa học và Công nghệ chủ trì kiểm tra các cơ sở "
            "X-quang.",
            ["Sở Khoa học và Công nghệ"],
        ),
        (
            "Đo lường - chất lượng hàng đóng gói: Ủy ban nhân dân các xã chủ động phối hợp với "
            "Chi cục Quản lý thị trường kiểm tra.",
            ["Ủy ban nhân dân các xã"],
        ),
    ],
)
def test_the_subject_after_a_topic_label_leads(clause: str, leads: list[str]) -> None:
    assert [a.name for a in analyze(clause).leads] == leads


@pytest.mark.parametrize(
    "clause",
    [
        "Kết quả kiểm tra: các xã đã hoàn thành việc rà soát.",  # a statement, no work
        "Thời gian thực hiện: Sở Y tế báo cáo trước ngày 10/5.",  # the label names work
        "Nhiệm vụ: Các đơn vị được giao lập dự toán kinh phí.",  # a field of a plan's row
        "Mạng truyền số liệu: Bộ Công an sẽ phối hợp hướng dẫn kết nối.",  # how it will work
    ],
)
def test_a_topic_label_that_is_no_topic_keeps_its_reading(clause: str) -> None:
    assert analyze(clause).leads == []
