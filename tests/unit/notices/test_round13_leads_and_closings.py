"""Round 13: a letter sent down that only mentions reporting upward keeps its tasks; village
units (xóm, khóm, bản, buôn) lead work as thôn and ấp do; a name ending in a dashed field ends
before a verb the lexicon does not know."""

from __future__ import annotations

import pytest

from notices.explain import UPWARD_REPORT
from notices.parser import parse_notice
from notices.upward import reports_as_purpose

_LETTER = """ỦY BAN NHÂN DÂN
HUYỆN QUẾ VÕ
Số: 318/UBND-VHTT
Quế Võ, ngày 04 tháng 4 năm 2025

V/v kiểm tra di tích trước mùa lễ hội

Kính gửi: Ủy ban nhân dân các xã, thị trấn.

Để chuẩn bị mùa lễ hội năm 2025, Ủy ban nhân dân huyện đề nghị Ủy ban nhân dân các xã, thị trấn
kiểm tra hiện trạng các di tích trên địa bàn, gửi kết quả về Phòng Văn hóa và Thông tin trước
ngày 20/4/2025.

{closing}

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Minh Đức
"""


@pytest.mark.parametrize(
    "closing",
    [
        "Ủy ban nhân dân huyện đề nghị các xã, thị trấn quan tâm thực hiện để tổng hợp, kính báo "
        "cáo Ủy ban nhân dân tỉnh./.",
        "Yêu cầu các đơn vị thực hiện đúng thời hạn để Ủy ban nhân dân huyện kịp tổng hợp, kính "
        "báo cáo Thường trực Huyện ủy xem xét, chỉ đạo./.",
        "Đề nghị các xã, thị trấn gửi hồ sơ đầy đủ để Phòng Văn hóa và Thông tin kính trình Ủy "
        "ban nhân dân huyện xem xét, quyết định./.",
    ],
)
def test_a_report_upward_that_is_only_the_purpose_keeps_the_tasks(closing: str) -> None:
    notice = parse_notice(_LETTER.format(closing=closing))
    assert len(notice.tasks) >= 1
    assert UPWARD_REPORT not in notice.notes


@pytest.mark.parametrize(
    "closing",
    [
        "Ủy ban nhân dân huyện kính báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo./.",
        "Để kịp thời triển khai, Ủy ban nhân dân huyện kính trình Ủy ban nhân dân tỉnh xem xét, "
        "quyết định./.",
    ],
)
def test_the_letter_own_report_upward_still_assigns_nothing(closing: str) -> None:
    notice = parse_notice(_LETTER.format(closing=closing))
    assert notice.tasks == ()
    assert UPWARD_REPORT in notice.notes


def test_reports_as_purpose_reads_the_closing_only() -> None:
    asks = "Đề nghị các phòng hoàn thành hồ sơ để Sở kính trình Ủy ban nhân dân tỉnh./."
    assert reports_as_purpose(["Nội dung.", asks])
    assert not reports_as_purpose([asks, "Sở Tư pháp kính báo cáo Bộ Tư pháp./."])
    assert not reports_as_purpose(["Sở Tư pháp kính báo cáo Bộ Tư pháp xem xét./."])


_PLAN = """ỦY BAN NHÂN DÂN
XÃ PHÚ LƯƠNG
Số: 27/KH-UBND
Phú Lương, ngày 02 tháng 6 năm 2025

KẾ HOẠCH
Ra quân làm đường giao thông nông thôn năm 2025

Ủy ban nhân dân xã ban hành kế hoạch ra quân như sau:

1. Nhiệm vụ

a) {item}

Nơi nhận:
- Như trên;
- Lưu: VT.

CHỦ TỊCH
Hoàng Thị Lan
"""


@pytest.mark.parametrize(
    ("item", "lead"),
    [
        ("Xóm Trại Cau huy động ngày công làm đường trước ngày 15/7/2025.", "Xóm Trại Cau"),
        (
            "Giao xóm Bãi Dài vận động các hộ hiến đất làm đường trước ngày 15/7/2025.",
            "Xóm Bãi Dài",
        ),
        ("Các xóm bố trí nhân lực ra quân trước ngày 15/7/2025.", "Các xóm"),
        ("Khóm Bình Yên ra quân dọn vệ sinh trước ngày 15/7/2025.", "Khóm Bình Yên"),
        ("Xóm 3 tổ chức ra quân làm đường trước ngày 15/7/2025.", "Xóm 3"),
        ("Giao bản Co Mạ ra quân sửa chữa đường trước ngày 15/7/2025.", "Bản Co Mạ"),
        ("Bản 7 ra quân sửa chữa đường liên bản trước ngày 15/7/2025.", "Bản 7"),
        ("Giao buôn Ea Sar vận động nhân dân góp công trước ngày 15/7/2025.", "Buôn Ea Sar"),
    ],
)
def test_villages_lead_their_work(item: str, lead: str) -> None:
    notice = parse_notice(_PLAN.format(item=item))
    assert [t.lead for t in notice.tasks] == [(lead,)]


def test_a_common_word_spelt_like_a_village_is_no_lead() -> None:
    item = "Bản đồ tuyến đường được niêm yết tại trụ sở xã trước ngày 15/7/2025."
    notice = parse_notice(_PLAN.format(item=item))
    assert all(not t.lead or not t.lead[0].startswith("Bản") for t in notice.tasks)


_DECISION = """ỦY BAN NHÂN DÂN
HUYỆN LẠNG GIANG
Số: 902/UBND-TCKH
Lạng Giang, ngày 08 tháng 8 năm 2025

V/v kinh phí sửa chữa nhà văn hóa thôn

Kính gửi: Các cơ quan, đơn vị liên quan.

Chủ tịch Ủy ban nhân dân huyện có ý kiến như sau:

1. Giao {unit} {verb} trước ngày 30/8/2025.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Vũ Văn Hải
"""


@pytest.mark.parametrize("unit", ["Phòng Tài chính - Kế hoạch", "Phòng Kinh tế - Hạ tầng"])
@pytest.mark.parametrize(
    "verb", ["cân đối nguồn vốn sửa chữa", "dự trù kinh phí sửa chữa", "khảo sát hiện trạng"]
)
def test_a_dashed_field_ends_the_name_before_a_verb(unit: str, verb: str) -> None:
    # "dự trù" is in no verb list: the whole dashed field is what ends the name
    notice = parse_notice(_DECISION.format(unit=unit, verb=verb))
    assert [t.lead for t in notice.tasks] == [(unit,)]


def test_balancing_the_budget_is_a_verb() -> None:
    notice = parse_notice(_DECISION.format(unit="Phòng Nội vụ", verb="cân đối biên chế"))
    assert [t.lead for t in notice.tasks] == [("Phòng Nội vụ",)]


@pytest.mark.parametrize(
    "unit",
    [
        "Phòng Văn hóa - Thông tin huyện",
        "Phòng Tài chính - Kế hoạch và Phòng Nội vụ",
        "Phòng Lao động - Thương binh và Xã hội",
    ],
)
def test_what_may_follow_a_dashed_field_stays_in_the_name(unit: str) -> None:
    notice = parse_notice(_DECISION.format(unit=unit, verb="rà soát hồ sơ"))
    leads = [name for t in notice.tasks for name in t.lead]
    assert " ".join(leads).replace(" và ", " ").startswith(unit.split(" và ")[0])


@pytest.mark.parametrize(
    ("item", "leads"),
    [
        ("Giao thôn 4 sửa chữa nhà văn hóa trước ngày 15/7/2025.", ("Thôn 4",)),
        ("Giao xóm 11 vận động các hộ hiến đất trước ngày 15/7/2025.", ("Xóm 11",)),
        ("Giao ấp 1 và ấp 6 ra quân làm đường trước ngày 15/7/2025.", ("Ấp 1", "Ấp 6")),
        ("Giao tổ dân phố 9 rà soát hộ nghèo trước ngày 15/7/2025.", ("Tổ dân phố 9",)),
    ],
)
def test_a_numbered_village_in_lower_case_leads(item: str, leads: tuple[str, ...]) -> None:
    notice = parse_notice(_PLAN.format(item=item))
    assert [t.lead for t in notice.tasks] == [leads]


def test_a_numbered_room_is_no_village() -> None:
    notice = parse_notice(_PLAN.format(item="Giao phòng 2 bố trí chỗ ngồi trước ngày 15/7/2025."))
    assert all("Phòng 2" not in t.lead for t in notice.tasks)
