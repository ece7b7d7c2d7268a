"""Round 13 fixes: a closing reports upward only as the purpose of work when its verb opens a
clause and asks a body below the issuer; a department's header is the province's level; a
vertical agency is no superior of People's Committees; communes named "Hội …"; a document after
"bản" is no village; a dashed field's lower-case noun stays in the unit's name."""

from __future__ import annotations

import pytest

from notices.explain import UPWARD_REPORT
from notices.levels import Level, name_level, place_level
from notices.name_kinds import assignee_start
from notices.parser import parse_notice
from notices.text import match_form
from notices.upward import reports_as_purpose

_DISTRICT_TO_PROVINCE = """ỦY BAN NHÂN DÂN
HUYỆN ĐỒNG HỶ
Số: 615/UBND-NN
Đồng Hỷ, ngày 14 tháng 10 năm 2025

V/v {subject}

Kính gửi: {to}

Đợt mưa lớn từ ngày 08/10/2025 làm hư hỏng nhiều đoạn kênh mương nội đồng trên địa bàn huyện.

{closing}

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lương Văn Tâm
"""


def _upward(closing: str, to: str = "Ủy ban nhân dân tỉnh Thái Nguyên.") -> None:
    notice = parse_notice(
        _DISTRICT_TO_PROVINCE.format(subject="kênh mương bị hư hỏng", to=to, closing=closing)
    )
    assert notice.tasks == ()
    assert UPWARD_REPORT in notice.notes


@pytest.mark.parametrize(
    "closing",
    [
        # "giao" inside a compound is no asking verb
        "Đề nghị Ủy ban nhân dân tỉnh chỉ đạo Sở Nông nghiệp và Môi trường hỗ trợ kinh phí.\n\n"
        "Các tuyến đường giao thông nội đồng bị sạt lở đã được huyện huy động nhân lực để thông "
        "tuyến tạm thời, kính báo cáo Ủy ban nhân dân tỉnh./.",
        "Đề nghị Ủy ban nhân dân tỉnh quan tâm hỗ trợ kinh phí sửa chữa.\n\n"
        "Ủy ban nhân dân huyện đã bàn giao hiện trường cho đơn vị thi công để khắc phục, kính "
        "báo cáo Ủy ban nhân dân tỉnh./.",
        "Đề nghị Ủy ban nhân dân tỉnh quan tâm hỗ trợ kinh phí sửa chữa.\n\n"
        "Phần kinh phí được giao năm 2025 đã chi hết để sửa chữa các công trình, kính báo cáo "
        "Ủy ban nhân dân tỉnh./.",
        # "đề nghị" as a noun ("Xét đề nghị của …", "theo đề nghị của …")
        "Xét đề nghị của Phòng Nông nghiệp và Môi trường, để kịp khôi phục sản xuất, Ủy ban nhân "
        "dân huyện kính trình Ủy ban nhân dân tỉnh xem xét, hỗ trợ./.",
        "Theo đề nghị của các xã bị thiệt hại, để kịp khôi phục sản xuất, Ủy ban nhân dân huyện "
        "kính báo cáo Ủy ban nhân dân tỉnh xem xét./.",
    ],
)
def test_a_compound_or_a_noun_is_no_asking_verb(closing: str) -> None:
    _upward(closing)


@pytest.mark.parametrize(
    ("closing", "to"),
    [
        (
            "Đề nghị Ủy ban nhân dân tỉnh bố trí 3 tỷ đồng để huyện nạo vét kênh trước vụ Đông "
            "Xuân, Ủy ban nhân dân huyện kính báo cáo Ủy ban nhân dân tỉnh./.",
            "Ủy ban nhân dân tỉnh Thái Nguyên.",
        ),
        (
            "Đề nghị Sở Nông nghiệp và Môi trường thẩm định phương án để kính trình Ủy ban nhân "
            "dân tỉnh phê duyệt./.",
            "Sở Nông nghiệp và Môi trường tỉnh Thái Nguyên.",
        ),
        (
            "Ủy ban nhân dân huyện kính đề nghị Ủy ban nhân dân tỉnh giao Sở Tài chính bố trí vốn "
            "để huyện sửa chữa kênh, kính báo cáo Ủy ban nhân dân tỉnh./.",
            "Ủy ban nhân dân tỉnh Thái Nguyên.",
        ),
    ],
)
def test_asking_the_superior_is_the_letter_own_request(closing: str, to: str) -> None:
    _upward(closing, to)


def test_a_commune_asking_its_district_assigns_nothing() -> None:
    text = """ỦY BAN NHÂN DÂN
XÃ PHÚC XUÂN
Số: 52/UBND
Phúc Xuân, ngày 03 tháng 11 năm 2025

V/v đề nghị hỗ trợ sửa chữa cầu tràn

Kính gửi: Ủy ban nhân dân huyện Đại Từ.

Cầu tràn qua suối Khe Cốc bị lũ cuốn trôi một nhịp, nhân dân đi lại khó khăn.

Ủy ban nhân dân xã đề nghị Ủy ban nhân dân huyện hỗ trợ kinh phí để xã sớm sửa chữa cầu, kính
báo cáo Ủy ban nhân dân huyện./.
"""
    notice = parse_notice(text)
    assert notice.tasks == ()
    assert UPWARD_REPORT in notice.notes


_PROVINCE_DOWN = """ỦY BAN NHÂN DÂN
TỈNH THÁI NGUYÊN
Số: 2210/UBND-KT
Thái Nguyên, ngày 20 tháng 10 năm 2025

V/v tổng hợp thiệt hại do mưa lũ

Kính gửi: Các sở, ban, ngành; Ủy ban nhân dân các huyện, thành phố.

Yêu cầu các sở, ngành và Ủy ban nhân dân các huyện, thành phố rà soát thiệt hại, gửi Sở Nông
nghiệp và Môi trường trước ngày 30/10/2025 để tổng hợp, kính báo cáo Thủ tướng Chính phủ./.
"""


def test_a_province_asking_its_departments_keeps_the_task() -> None:
    notice = parse_notice(_PROVINCE_DOWN)
    assert len(notice.tasks) == 1
    assert UPWARD_REPORT not in notice.notes


@pytest.mark.parametrize(
    ("header", "closing", "expected"),
    [
        (
            ["ỦY BAN NHÂN DÂN", "HUYỆN ĐỒNG HỶ"],
            "Đề nghị Ủy ban nhân dân các xã gửi số liệu để tổng hợp, kính báo cáo Ủy ban nhân "
            "dân tỉnh./.",
            True,
        ),
        (
            ["ỦY BAN NHÂN DÂN", "HUYỆN ĐỒNG HỶ"],
            "Đề nghị các đơn vị gửi số liệu để huyện tổng hợp, kính báo cáo Ủy ban nhân dân "
            "tỉnh./.",
            True,
        ),
        (
            ["ỦY BAN NHÂN DÂN", "HUYỆN ĐỒNG HỶ"],
            "Đề nghị Ủy ban nhân dân tỉnh hỗ trợ giống để nhân dân gieo cấy lại, kính báo cáo Ủy "
            "ban nhân dân tỉnh./.",
            False,
        ),
        (
            ["ỦY BAN NHÂN DÂN", "XÃ PHÚC XUÂN"],
            "Đề nghị Ủy ban nhân dân huyện hỗ trợ để xã sửa chữa cầu, kính báo cáo Ủy ban nhân "
            "dân huyện./.",
            False,
        ),
        (
            ["ỦY BAN NHÂN DÂN", "HUYỆN ĐỒNG HỶ"],
            "Đề nghị Sở Xây dựng thẩm định để kính trình Ủy ban nhân dân tỉnh phê duyệt./.",
            False,
        ),
        (
            ["ỦY BAN NHÂN DÂN", "HUYỆN ĐỒNG HỶ"],
            "Đường giao thông liên xã đã thông tuyến để nhân dân đi lại, kính báo cáo Ủy ban nhân "
            "dân tỉnh./.",
            False,
        ),
    ],
)
def test_reports_as_purpose_reads_whom_it_asks(
    header: list[str], closing: str, expected: bool
) -> None:
    assert reports_as_purpose(["Nội dung.", closing], header) is expected


# A department writes to its province's People's Committee: upward, whatever its field's words.
_DEPARTMENT_UP = """{header}
Số: 845/{code}
Thái Nguyên, ngày 05 tháng 11 năm 2025

V/v đề nghị phê duyệt kinh phí

Kính gửi: Ủy ban nhân dân tỉnh.

Sở đã tổng hợp nhu cầu kinh phí hỗ trợ các cơ sở trợ giúp xã hội năm 2026.
Đề nghị Ủy ban nhân dân tỉnh phê duyệt kinh phí 4 tỷ đồng.
Giao Phòng Bảo trợ xã hội hoàn thiện hồ sơ trước ngày 20/11/2025.
"""


@pytest.mark.parametrize(
    ("header", "code"),
    [
        ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "SLĐTBXH-BTXH"),
        ("SỞ Y TẾ", "SYT-KHTC"),
    ],
)
def test_a_department_header_without_a_place_writes_upward(header: str, code: str) -> None:
    notice = parse_notice(_DEPARTMENT_UP.format(header=header, code=code))
    assert notice.tasks == ()
    assert UPWARD_REPORT in notice.notes


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("xã hội xuân", Level.COMMUNE),
        ("ubnd xã hội xuân", Level.COMMUNE),
        ("ủy ban nhân dân xã hội xuân", Level.COMMUNE),
        ("đảng ủy xã hội xuân", Level.COMMUNE),
        ("xa hoi xuan", Level.COMMUNE),
        ("bảo hiểm xã hội huyện đại từ", Level.DISTRICT),
        ("phòng lao động - thương binh và xã hội huyện", Level.DISTRICT),
        ("bảo hiểm xã hội việt nam", None),
        ("xã hội hóa công tác giáo dục", None),
    ],
)
def test_a_commune_named_hoi_is_a_commune(text: str, level: Level | None) -> None:
    assert place_level(text) is level


def test_a_department_name_is_the_province_level() -> None:
    assert name_level(match_form("Sở Lao động - Thương binh và Xã hội")) is Level.PROVINCE


def test_a_report_of_a_commune_named_hoi_keeps_its_own_asks() -> None:
    text = """ỦY BAN NHÂN DÂN
XÃ HỘI XUÂN
Số: 21/BC-UBND
Hội Xuân, ngày 10 tháng 12 năm 2025

BÁO CÁO
Kết quả thu quỹ phòng, chống thiên tai năm 2025

Năm 2025, toàn xã thu được 86% kế hoạch quỹ phòng, chống thiên tai.
Ủy ban nhân dân xã đề nghị:
1. Các thôn đôn đốc các hộ còn nợ nộp quỹ trước ngày 25/12/2025.
2. Công chức Tài chính - Kế toán đối chiếu số liệu với Kho bạc.
Trên đây là báo cáo kết quả thu quỹ phòng, chống thiên tai năm 2025 của xã Hội Xuân.
"""
    notice = parse_notice(text)
    assert [t.lead for t in notice.tasks] == [("Các thôn",), ("Công chức Tài chính - Kế toán",)]


@pytest.mark.parametrize(
    "header",
    ["BẢO HIỂM XÃ HỘI VIỆT NAM\nBẢO HIỂM XÃ HỘI TỈNH THÁI NGUYÊN", "THUẾ TỈNH THÁI NGUYÊN"],
)
def test_a_vertical_agency_report_asks_no_people_committee(header: str) -> None:
    text = f"""{header}
Số: 710/BC-VP
Thái Nguyên, ngày 12 tháng 11 năm 2025

BÁO CÁO
Tình hình thực hiện nhiệm vụ 10 tháng năm 2025

Kết quả 10 tháng đạt 88% kế hoạch năm.
Đề nghị Ủy ban nhân dân các huyện chỉ đạo các xã đôn đốc các đơn vị, hoàn thành trước ngày
31/12/2025.
Trên đây là báo cáo tình hình thực hiện nhiệm vụ 10 tháng năm 2025.
"""
    notice = parse_notice(text)
    assert notice.tasks == ()


@pytest.mark.parametrize(
    "item",
    [
        "bản Cam kết không tái lấn chiếm hành lang an toàn giao thông;",
        "bản Đăng ký nhu cầu vay vốn có xác nhận của trưởng thôn;",
        "bản Sao Căn cước của chủ hộ;",
        "bản Kê khai tài sản, thu nhập;",
        "bản Thuyết minh phương án sản xuất.",
    ],
)
def test_a_document_after_ban_is_no_village(item: str) -> None:
    assert assignee_start(item, match_form(item), 0) is None


@pytest.mark.parametrize(
    "item",
    [
        "bản Khe Mạ phối hợp với Trạm Y tế xã phun thuốc.",
        "buôn Ea Tul và buôn Ea Bar rà soát hộ nghèo.",
        "bản Phiêng Pằn, bản Co Sâu dọn vệ sinh.",
        "bản Nậm Ty tổ chức họp dân.",
    ],
)
def test_a_named_village_still_leads(item: str) -> None:
    assert assignee_start(item, match_form(item), 0) == "org"


_CONCLUSION = """ỦY BAN NHÂN DÂN
HUYỆN ĐẠI TỪ
Số: 88/TB-UBND
Đại Từ, ngày 02 tháng 12 năm 2025

THÔNG BÁO
Kết luận của Chủ tịch Ủy ban nhân dân huyện tại cuộc họp về chỉnh trang đô thị

1. {unit} {verb} trước ngày 25/12/2025.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đào Thị Mai
"""


@pytest.mark.parametrize(
    ("unit", "verb"),
    [
        ("Phòng Kinh tế - Hạ tầng đô thị", "lắp đặt đèn chiếu sáng các tuyến phố"),
        ("Phòng Quản lý - Hạ tầng kỹ thuật đô thị huyện", "lập hồ sơ chỉnh trang vỉa hè"),
        ("Trung tâm Văn hóa - Thông tin thể thao huyện", "treo cờ trên các tuyến phố"),
        (
            "Trưởng phòng Tài chính - Kế hoạch kiêm Giám đốc Ban Quản lý dự án",
            "dự trù kinh phí chỉnh trang",
        ),
    ],
)
def test_a_field_noun_after_the_dash_stays_in_the_name(unit: str, verb: str) -> None:
    notice = parse_notice(_CONCLUSION.format(unit=unit, verb=verb))
    assert [t.lead for t in notice.tasks] == [(unit,)]
