"""Round 14 (K16): where a lead name ends, in invented phrasing: names cut short at a word that
belongs to them, names running on into the work, and the name after "giao cho"."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.assignees import analyze
from notices.names import split_assignees


def _leads(clause: str) -> list[str]:
    return [a.name for a in analyze(clause).leads]


@pytest.mark.parametrize(
    ("clause", "leads"),
    [
        # what a specialised unit is specialised in belongs to its name
        (
            "Các đơn vị chuyên trách về chuyển giao tri thức của các Bộ, ngành tổ chức tập huấn "
            "cho cán bộ.",
            ["Các đơn vị chuyên trách về chuyển giao tri thức của các Bộ, ngành"],
        ),
        (
            "Các cơ quan chuyên môn về y tế của huyện chủ trì kiểm tra các cơ sở.",
            ["Các cơ quan chuyên môn về y tế của huyện"],
        ),
        # a kind named by what the group does, over a list of group nouns or the last member
        (
            "Các cơ sở, doanh nghiệp cung cấp dịch vụ tư vấn: Chủ động xây dựng quy trình mới.",
            ["Các cơ sở, doanh nghiệp cung cấp dịch vụ tư vấn"],
        ),
        (
            "Các doanh nghiệp viễn thông, các doanh nghiệp cung cấp dịch vụ số: Nâng cao chất "
            "lượng mạng.",
            ["Các doanh nghiệp viễn thông", "các doanh nghiệp cung cấp dịch vụ số"],
        ),
        # a programme named after a board: its title opens with a verb
        (
            "Ban Quản lý Đề án hỗ trợ khởi nghiệp cho thanh niên tổ chức Hội thảo giới thiệu.",
            ["Ban Quản lý Đề án hỗ trợ khởi nghiệp cho thanh niên"],
        ),
        # "tổ chức Hội nghị" is the verb, not "tổ chức hội" (an association)
        (
            "Hội Nông dân tỉnh tổ chức Hội nghị tổng kết trước ngày 15/12/2026.",
            ["Hội Nông dân tỉnh"],
        ),
        # a name that ends in its level is whole: a lower-case work verb after it is the work
        (
            "Đề nghị các tỉnh, thành phố trực thuộc trung ương phân bổ, sử dụng nguồn vốn đúng "
            "quy định.",
            ["các tỉnh, thành phố trực thuộc trung ương"],
        ),
        (
            "Ủy ban nhân dân huyện quản lý chặt chẽ quỹ đất công.",
            ["Ủy ban nhân dân huyện"],
        ),
        # the heads of the prosecution and the courts are titles
        (
            "Đề nghị Viện trưởng Viện kiểm sát nhân dân huyện, Chánh án Tòa án nhân dân huyện "
            "chỉ đạo giải quyết dứt điểm các vụ án tồn đọng.",
            ["Viện trưởng Viện kiểm sát nhân dân huyện", "Chánh án Tòa án nhân dân huyện"],
        ),
        # "giao cho" + a capitalised body: whom the work is given to
        (
            "Giao cho Trung tâm Dịch vụ nông nghiệp huyện làm việc với các hợp tác xã.",
            ["Trung tâm Dịch vụ nông nghiệp huyện"],
        ),
        # the province a notice is about is no part of the name
        (
            "Chủ tịch Ủy ban nhân dân các huyện, thị xã trong tỉnh có trách nhiệm kiểm tra.",
            ["Chủ tịch Ủy ban nhân dân các huyện, thị xã"],
        ),
    ],
)
def test_lead_extent(clause: str, leads: list[str]) -> None:
    assert _leads(clause) == leads


@pytest.mark.parametrize(
    ("clause", "leads"),
    [
        # "về" after a plain body still ends the name (a topic of the work follows)
        ("Sở Y tế về việc tiêm chủng báo cáo kết quả.", ["Sở Y tế"]),
        # a kind verb after a named body is the body's work
        ("Sở Công Thương cung cấp số liệu cho Cục Thống kê.", ["Sở Công Thương"]),
        # "giao cho" + lower-case people lends something, it names no lead
        ("Giao cho các hộ dân quản lý, bảo vệ diện tích rừng.", []),
        # a work verb after a name that does not end in a level still goes by the lexicon
        ("Ban quản lý dự án huyện chủ trì thi công.", ["Ban quản lý dự án huyện"]),
    ],
)
def test_lead_extent_negative(clause: str, leads: list[str]) -> None:
    assert _leads(clause) == leads


@pytest.mark.parametrize(
    ("phrase", "names"),
    [
        # a plural head over one named kind keeps its "các": one kind of body in every place
        ("Các hiệp hội du lịch", ["Các hiệp hội du lịch"]),
        ("các Sở Văn hóa và Thể thao của các tỉnh", ["các Sở Văn hóa và Thể thao của các tỉnh"]),
        # over two or more members it is an enumeration
        ("các Sở Tài chính, Xây dựng", ["Sở Tài chính", "Sở Xây dựng"]),
        ("các Sở Nội vụ, Tư pháp và Y tế", ["Sở Nội vụ", "Sở Tư pháp", "Sở Y tế"]),
        # "các" is over a lower-case noun of the same kind after the comma
        (
            "các đơn vị sự nghiệp, doanh nghiệp Nhà nước thuộc UBND huyện",
            ["các đơn vị sự nghiệp, doanh nghiệp Nhà nước thuộc UBND huyện"],
        ),
        ("các Hiệp hội, doanh nghiệp du lịch", ["các Hiệp hội, doanh nghiệp du lịch"]),
        # a body with its level after the comma is a name of its own
        ("Các phòng chuyên môn, công an xã", ["Các phòng chuyên môn", "Công an xã"]),
    ],
)
def test_plural_heads(phrase: str, names: list[str]) -> None:
    got = split_assignees(phrase, strict=False)
    assert got is not None
    assert [a.name for a in got] == names


@pytest.mark.parametrize(
    ("clause", "leads"),
    [
        # "Trong quá trình thực hiện" says when; the subject comes after it, comma or not
        (
            "Trong quá trình thực hiện Giám đốc các sở chủ động phối hợp với Sở Nội vụ tháo gỡ.",
            ["Giám đốc các sở"],
        ),
        (
            "Trong quá trình triển khai, các phòng chuyên môn chủ động đề xuất giải pháp.",
            ["các phòng chuyên môn"],
        ),
        # no body after it: no lead
        ("Trong quá trình thực hiện, cần bảo đảm an toàn lao động.", []),
        # a time phrase, its comma, then who acts
        (
            "Kết thúc mỗi đợt khảo sát, các đoàn công tác gửi báo cáo về Sở Y tế.",
            ["các đoàn công tác"],
        ),
        (
            "Trước ngày 10/11/2026, Ủy ban nhân dân các xã gửi số liệu về Sở Tài chính.",
            ["Ủy ban nhân dân các xã"],
        ),
        ("Sau khi hoàn thành, các trường học báo cáo Phòng Văn hóa - Xã hội.", ["các trường học"]),
        # the phrase, then the work with no body: no lead
        ("Kết thúc đợt thi đua, tổ chức tổng kết và khen thưởng.", []),
        # a condition after the time phrase: who would ask is no lead of an assignment
        (
            "Trong quá trình thực hiện, nếu có vướng mắc, các phòng báo cáo Ủy ban nhân dân xã.",
            [],
        ),
        ("Trong quá trình thực hiện nếu có vướng mắc, các phòng báo cáo Ủy ban nhân dân xã.", []),
        # "Sau khi nghe báo cáo …" tells the meeting; the bodies it heard are no leads
        ("Sau khi nghe báo cáo của Sở Y tế, Sở Tài chính, Chủ tịch UBND tỉnh kết luận:", []),
        # "dự kiến" tells a plan, it assigns nothing
        ("Ban Thường trực Ủy ban MTTQ xã dự kiến tổ chức hội nghị vào ngày 10/3/2026.", []),
    ],
)
def test_subject_after_when(clause: str, leads: list[str]) -> None:
    assert _leads(clause) == leads


_LETTER = """ỦY BAN NHÂN DÂN TỈNH NAM HÀ
SỞ NỘI VỤ
Số: 512/SNV-VP
Nam Hà, ngày 03 tháng 10 năm 2026

Kính gửi:
- Các sở, cơ quan thuộc UBND tỉnh;
- Văn phòng Tỉnh ủy, các Ban của Đảng và các đoàn thể tỉnh;
- Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh;
- Các hội: Hội Nông dân, Hội Cựu chiến binh.

Đề nghị các đơn vị gửi báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 20/10/2026.

GIÁM ĐỐC
Lê Văn Tâm
"""


def test_addressee_lines_as_written() -> None:
    """A Kính gửi list of one addressee a line: a body with the lower-case groups it goes with
    is one entry; capitalised bodies, an enumeration under a colon are one name each."""
    notice = parse_notice(_LETTER)
    assert len(notice.tasks) == 1
    assert list(notice.tasks[0].lead) == [
        "Các sở, cơ quan thuộc UBND tỉnh",
        "Văn phòng Tỉnh ủy, các Ban của Đảng và các đoàn thể tỉnh",
        "Công an tỉnh",
        "Bộ Chỉ huy Quân sự tỉnh",
        "Hội Nông dân",
        "Hội Cựu chiến binh",
    ]
