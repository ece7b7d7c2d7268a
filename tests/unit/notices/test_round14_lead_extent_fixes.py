"""Round 14 (F4, review R4 of K16): lead names and subjects in invented phrasing — a condition
after an opener, "giao cho" only where the clause gives the work, "dự kiến" as drafting, service
words, passive relatives after a level, programme titles, a topic's first word, "các" over a
list, one-per-line Kính gửi groups, "trong tỉnh" as the only scope."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.assignees import analyze
from notices.names import split_assignees
from notices.recipients import letter_recipients as _recipients


def _leads(clause: str) -> list[str]:
    return [a.name for a in analyze(clause).leads]


@pytest.mark.parametrize(
    ("clause", "leads"),
    [
        # a condition after an opener: the body after the condition's comma is still asked
        (
            "Căn cứ kết quả thẩm định, nếu hồ sơ hợp lệ, Sở Xây dựng hoàn thành thủ tục trước "
            "ngày 10/5/2026.",
            ["Sở Xây dựng"],
        ),
        (
            "Trên cơ sở đề nghị của các xã, trường hợp cần thiết, Sở Nội vụ tham mưu bổ sung biên "
            "chế.",
            ["Sở Nội vụ"],
        ),
        (
            "Khi có đề nghị, nếu đủ điều kiện, Bộ Chỉ huy Quân sự tỉnh cử cán bộ tham gia.",
            ["Bộ Chỉ huy Quân sự tỉnh"],
        ),
        # "UBND huyện cấp giấy phép": "cấp" before what is issued is the work
        (
            "Ủy ban nhân dân huyện cấp giấy chứng nhận cho các hộ đủ điều kiện.",
            ["Ủy ban nhân dân huyện"],
        ),
        # "dự kiến <noun>" drafts an estimate: work
        (
            "Phòng Tài chính dự kiến nhu cầu vốn năm sau, gửi Sở Tài chính trước ngày 20/7/2026.",
            ["Phòng Tài chính"],
        ),
        # a passive relative "do/thuộc <level> quản lý" belongs to the name
        (
            "Các cơ sở y tế do tỉnh quản lý rà soát trang thiết bị trước ngày 30/8/2026.",
            ["Các cơ sở y tế do tỉnh quản lý"],
        ),
        # a service word after "dịch vụ" names the service; a predicate's opener is the work
        (
            "Các cơ sở kinh doanh dịch vụ triển khai kiểm tra an toàn thực phẩm.",
            ["Các cơ sở kinh doanh dịch vụ"],
        ),
        (
            "Các đơn vị cung cấp dịch vụ thực hiện công khai giá cước.",
            ["Các đơn vị cung cấp dịch vụ"],
        ),
        # "Dự án"/"Đề án" ending the body's name: a work verb after it is the board's work
        ("Ban Quản lý Dự án tổ chức bàn giao mặt bằng cho nhà thầu.", ["Ban Quản lý Dự án"]),
        ("Tổ giúp việc Đề án rà soát hồ sơ, báo cáo Ban Chỉ đạo.", ["Tổ giúp việc Đề án"]),
        # a topic's first word is its own, even a predicate word
        (
            "Các cơ quan chuyên môn về xây dựng của huyện hướng dẫn chủ đầu tư lập hồ sơ.",
            ["Các cơ quan chuyên môn về xây dựng của huyện"],
        ),
        # "Trong quá trình thực hiện <what>," then who acts
        (
            "Trong quá trình thực hiện Kế hoạch, Sở Y tế theo dõi, tổng hợp kết quả.",
            ["Sở Y tế"],
        ),
        # "giao cho" right after its assigner, the name ended at the work handed over
        (
            "Ủy ban nhân dân huyện giao cho Ủy ban nhân dân xã Hòa Bình quản lý khu đất, "
            "hoàn thành trước ngày 30/6/2026.",
            ["Ủy ban nhân dân xã Hòa Bình"],
        ),
        (
            "Để kịp tiến độ, giao cho Trung tâm Văn hóa huyện chủ trì tổ chức.",
            ["Trung tâm Văn hóa huyện"],
        ),
    ],
)
def test_lead_fixes(clause: str, leads: list[str]) -> None:
    assert _leads(clause) == leads


@pytest.mark.parametrize(
    ("clause", "leads"),
    [
        # what to do if difficulties arise, or if something arises while the work is done
        ("Căn cứ kế hoạch, nếu có khó khăn, vướng mắc, Sở Y tế báo cáo UBND tỉnh.", []),
        (
            "Trong quá trình tổ chức thực hiện, nếu cần sửa đổi, bổ sung nội dung, các sở báo cáo "
            "Sở Tài chính.",
            [],
        ),
        # "dự kiến <verb> vào <time>" tells a plan
        ("Đoàn công tác của Sở dự kiến làm việc tại xã trong tháng 5/2026.", []),
        # "giao cho" inside the object of the clause's own verb gives nothing to that body
        (
            "Sở Tài chính tham mưu Ủy ban nhân dân tỉnh giao cho Sở Xây dựng làm chủ đầu tư.",
            ["Sở Tài chính"],
        ),
        (
            "Sở Nội vụ đề xuất giao cho Trung tâm Lưu trữ lịch sử tiếp nhận hồ sơ.",
            ["Sở Nội vụ"],
        ),
        (
            "Ủy ban nhân dân tỉnh yêu cầu Sở Giao thông vận tải nghiệm thu công trình trước khi "
            "giao cho Công ty Môi trường Đô thị vận hành.",
            ["Sở Giao thông vận tải"],
        ),
        ("Vốn giao cho Ủy ban nhân dân các xã đã được giải ngân hết trong năm 2025.", []),
        # "trực thuộc trung ương" ends the name; "do … quản lý" does not
        (
            "Đề nghị các tỉnh, thành phố trực thuộc trung ương quản lý chặt chẽ nguồn vốn.",
            ["các tỉnh, thành phố trực thuộc trung ương"],
        ),
        ("Ủy ban nhân dân cấp huyện quản lý quỹ đất công.", ["Ủy ban nhân dân cấp huyện"]),
    ],
)
def test_lead_fixes_negative(clause: str, leads: list[str]) -> None:
    assert _leads(clause) == leads


@pytest.mark.parametrize(
    ("phrase", "names"),
    [
        # "các" over a list of bodies: each one named
        ("các Sở Tư pháp, Công an tỉnh", ["Sở Tư pháp", "Công an tỉnh"]),
        ("các Sở Tư pháp; Ủy ban nhân dân các huyện", ["Sở Tư pháp", "Ủy ban nhân dân các huyện"]),
        # a kind in every place, or a lower-case kind, keeps it
        (
            "các Sở Tư pháp của các tỉnh, Bộ Tư pháp",
            ["các Sở Tư pháp của các tỉnh", "Bộ Tư pháp"],
        ),
        (
            "Các hiệp hội CNTT, Sở Khoa học và Công nghệ",
            ["Các hiệp hội CNTT", "Sở Khoa học và Công nghệ"],
        ),
    ],
)
def test_plural_head_over_list(phrase: str, names: list[str]) -> None:
    got = split_assignees(phrase, strict=False)
    assert got is not None
    assert [a.name for a in got] == names


def test_addressee_line_of_two() -> None:
    """A body and one lower-case group on a Kính gửi line are two addressees; a body with groups
    joined by "và" stays one entry."""
    names = _recipients(
        [
            "Kính gửi:",
            "- Sở Tài chính, các ngân hàng thương mại trên địa bàn;",
            "- Sở Nội vụ, các hội và các tổ chức phi chính phủ;",
            "- Công an tỉnh.",
        ]
    )
    assert names == [
        "Sở Tài chính",
        "các ngân hàng thương mại trên địa bàn",
        "Sở Nội vụ, các hội và các tổ chức phi chính phủ",
        "Công an tỉnh",
    ]


def test_in_province_only_scope() -> None:
    """ "trong tỉnh" after a group of places goes; after a kind it is the group's scope."""
    assert _leads("Các hợp tác xã trong tỉnh đăng ký tham gia chương trình.") == [
        "Các hợp tác xã trong tỉnh"
    ]
    assert _leads("Ủy ban nhân dân các xã, phường trong tỉnh rà soát hộ nghèo.") == [
        "Ủy ban nhân dân các xã, phường"
    ]


_NOTICE = """ỦY BAN NHÂN DÂN TỈNH NAM HÀ
Số: 88/UBND-KT
Nam Hà, ngày 05 tháng 3 năm 2026

Kính gửi: Các sở, ngành tỉnh.

1. Trong quá trình thực hiện Chương trình, Sở Công Thương theo dõi, báo cáo UBND tỉnh
trước ngày 15/9/2026.

CHỦ TỊCH
Trần Văn Bình
"""


def test_subject_after_the_work_carried_out() -> None:
    notice = parse_notice(_NOTICE)
    assert [list(t.lead) for t in notice.tasks] == [["Sở Công Thương"]]
    assert str(notice.tasks[0].deadline) == "2026-09-15"


_LETTER = """ỦY BAN NHÂN DÂN TỈNH BẮC HÀ
Số: 123/UBND-KT
Bắc Hà, ngày 02 tháng 3 năm 2026

Kính gửi:
- Các sở, ban, ngành tỉnh;
- UBND các huyện, thành phố.

1. {item}

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn An
"""


@pytest.mark.parametrize(
    ("item", "leads"),
    [
        # the review's inputs (R4), one item of a letter each
        (
            "Căn cứ kết quả kiểm tra, nếu đủ điều kiện, UBND huyện cấp giấy phép xây dựng trước "
            "ngày 30/4/2026.",
            [["UBND huyện"]],
        ),
        (
            "Riêng đối với các dự án trọng điểm, nếu chậm tiến độ, UBND các huyện báo cáo UBND "
            "tỉnh trước ngày 30/6/2026.",
            [["UBND các huyện"]],
        ),
        (
            "Sở Nội vụ trình UBND tỉnh quyết định giao cho Trung tâm Phục vụ hành chính công "
            "quản lý trụ sở, hoàn thành trước ngày 30/5/2026.",
            [["Sở Nội vụ"]],
        ),
        ("Kinh phí giao cho UBND các huyện đã được phân bổ đầy đủ trong năm 2025.", []),
        (
            "UBND các huyện dự kiến nhu cầu kinh phí, gửi Sở Tài chính trước ngày 30/7/2026.",
            [["UBND các huyện"]],
        ),
        (
            "Các doanh nghiệp kinh doanh dịch vụ triển khai các biện pháp phòng cháy, chữa cháy "
            "trước ngày 30/4/2026.",
            [["Các doanh nghiệp kinh doanh dịch vụ"]],
        ),
        (
            "Các trường học do huyện quản lý thực hiện kiểm định chất lượng giáo dục trước ngày "
            "15/7/2026.",
            [["Các trường học do huyện quản lý"]],
        ),
        (
            "Ban Quản lý Dự án triển khai thi công gói thầu số 5, hoàn thành trước ngày "
            "30/9/2026.",
            [["Ban Quản lý Dự án"]],
        ),
        (
            "Giao các Sở Y tế, Công an tỉnh phối hợp kiểm tra cơ sở kinh doanh dược trước ngày "
            "30/5/2026.",
            [["Sở Y tế", "Công an tỉnh"]],
        ),
    ],
)
def test_review_inputs(item: str, leads: list[list[str]]) -> None:
    notice = parse_notice(_LETTER.format(item=item))
    assert [list(t.lead) for t in notice.tasks] == leads
