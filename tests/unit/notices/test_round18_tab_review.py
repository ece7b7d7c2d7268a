"""Reviewer r_tab: inputs the k_tab rules should not change (each fails on k_tab)."""

from __future__ import annotations

from datetime import date

from notices import parse_notice
from notices.model import DeadlineKind
from tests.unit.notices.test_round18_tab import _SIGN

_HEAD = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
Số: {so}

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 10 tháng 3 năm 2026

{kind}
{title}

"""


def _plan(body: str, after: str = "") -> str:
    return (
        _HEAD.format(so="77/KH-UBND", kind="KẾ HOẠCH", title="Công tác năm 2026")
        + body
        + _SIGN
        + after
    )


def _one(notice, start: str):
    found = [t for t in notice.tasks if start in t.text]
    assert len(found) == 1, [t.text[:60] for t in notice.tasks]
    return found[0]


_TTHC = """QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này danh mục 02 thủ tục hành chính lĩnh vực hộ tịch.

Điều 2. Giao Sở Tư pháp chủ trì cập nhật thủ tục lên Cổng dịch vụ công trước ngày 31/3/2026.

Điều 3. Quyết định này có hiệu lực thi hành từ ngày ký./.
"""
_TTHC_LIST = """DANH MỤC THỦ TỤC HÀNH CHÍNH LĨNH VỰC HỘ TỊCH
(Kèm theo Quyết định số 500/QĐ-UBND ngày 10 tháng 3 năm 2026 của Chủ tịch UBND tỉnh)

| STT | Mã số | Tên thủ tục hành chính | Lĩnh vực | Cơ quan thực hiện |
| --- | --- | --- | --- | --- |
| 1 | 1.001193 | Đăng ký khai sinh | Hộ tịch | UBND cấp xã |
| 2 | 1.000894 | Đăng ký kết hôn | Hộ tịch | UBND cấp xã |
"""


def test_listing_of_procedures_gives_no_tasks() -> None:
    text = (
        _HEAD.format(
            so="500/QĐ-UBND", kind="QUYẾT ĐỊNH", title="Về việc công bố thủ tục hành chính"
        )
        + _TTHC
        + _SIGN
        + _TTHC_LIST
    )
    notice = parse_notice(text)
    assert [t.lead for t in notice.tasks] == [("Sở Tư pháp",)]


def test_in_force_date_of_a_referenced_text_dates_nothing() -> None:
    body = """I. NỘI DUNG

1. Sở Y tế bảo đảm kinh phí thực hiện Thông tư số 05/2026/TT-BYT có hiệu lực từ ngày 15/5/2026.

2. Sở Tư pháp chủ trì phổ biến các văn bản, bảo đảm Nghị định có hiệu lực từ ngày 01/7/2026 \
được thực hiện thống nhất trên địa bàn.
"""
    notice = parse_notice(_plan(body))
    assert _one(notice, "kinh phí").deadline is None
    assert _one(notice, "phổ biến").deadline is None


_TABLE = """II. TỔ CHỨC THỰC HIỆN

| STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện |
| --- | --- | --- | --- | --- |
| 1 | Tổ chức kiểm tra hằng năm | Sở Nội vụ | Các sở | Hằng năm, vào 15/12/2026 |
| 2 | Họp giao ban | Văn phòng UBND tỉnh | Các sở | Định kỳ hằng quý, vào 25/3/2026 |
| 3 | Báo cáo định kỳ 6 tháng, năm | Sở Nội vụ | Các sở | 6/2026 và 12/2026 |
| 4 | Tổng hợp ý kiến cử tri | Văn phòng HĐND/UBND tỉnh | Các sở | Quý II/2026 |
"""


def test_recurring_time_cell_stays_recurring() -> None:
    notice = parse_notice(_plan(_TABLE))
    assert _one(notice, "kiểm tra hằng năm").deadline_kind is DeadlineKind.RECURRING
    assert _one(notice, "giao ban").deadline_kind is DeadlineKind.RECURRING
    assert _one(notice, "6 tháng, năm").deadline_kind is DeadlineKind.RECURRING


def test_office_of_two_councils_is_one_body() -> None:
    notice = parse_notice(_plan(_TABLE))
    assert _one(notice, "ý kiến cử tri").lead == ("Văn phòng HĐND/UBND tỉnh",)


def test_dated_step_with_its_own_body_keeps_that_body() -> None:
    body = """I. NỘI DUNG

1. Sơ kết công tác

a) Phân công: Sở Nội vụ.

b) Thời gian thực hiện:

- Các sở, ngành gửi báo cáo về Sở Nội vụ trước ngày 15/6/2026.

- Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/6/2026.
"""
    notice = parse_notice(_plan(body))
    assert any("Các sở, ngành" in " ".join(t.lead) for t in notice.tasks)
    assert date(2026, 6, 15) in [t.deadline for t in notice.tasks]


# Fixer f_tab: the same findings in their other shapes.

_PROCEDURES_APPENDIX = """PHỤ LỤC
DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC ĐƠN GIẢN HÓA
(Kèm theo Kế hoạch số 77/KH-UBND ngày 10 tháng 3 năm 2026 của UBND tỉnh)

| STT | Mã số | Tên thủ tục hành chính | Cơ quan chủ trì | Thời gian thực hiện |
| --- | --- | --- | --- | --- |
| 1 | 2.000815 | Cấp giấy phép kinh doanh rượu | Sở Công Thương | Quý II/2026 |
| 2 | 1.004227 | Cấp phép xây dựng nhà ở riêng lẻ | Sở Xây dựng | Quý III/2026 |
"""


def test_catalogue_of_procedures_in_an_appendix_gives_no_tasks() -> None:
    body = """I. NỘI DUNG

1. Sở Tư pháp chủ trì theo dõi việc đơn giản hóa thủ tục tại Phụ lục, báo cáo trong Quý III/2026.
"""
    notice = parse_notice(_plan(body, _PROCEDURES_APPENDIX))
    assert [t.lead for t in notice.tasks] == [("Sở Tư pháp",)]


def test_listing_of_work_after_the_signature_is_still_read() -> None:
    after = """DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2026
(Kèm theo Kế hoạch số 77/KH-UBND ngày 10 tháng 3 năm 2026 của UBND tỉnh)

| STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Thời gian thực hiện |
| --- | --- | --- | --- |
| 1 | Xây dựng cơ sở dữ liệu đất đai | Sở Nông nghiệp và Môi trường | Quý IV/2026 |
"""
    notice = parse_notice(
        _plan("I. NỘI DUNG\n\n1. Triển khai các nhiệm vụ tại Danh mục kèm theo.\n", after)
    )
    assert ("Sở Nông nghiệp và Môi trường",) in [t.lead for t in notice.tasks]


def test_readiness_date_opening_its_field_still_dates() -> None:
    body = """I. NỘI DUNG

1. Xây dựng Nghị định hướng dẫn Luật

- Đơn vị chủ trì: Sở Tư pháp.

- Thời gian ban hành: Bảo đảm văn bản có hiệu lực từ ngày 01/7/2026.
"""
    notice = parse_notice(_plan(body))
    assert _one(notice, "Nghị định hướng dẫn").deadline == date(2026, 7, 1)


def test_two_names_of_one_office_stay_one_body() -> None:
    table = """II. TỔ CHỨC THỰC HIỆN

| STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Thời gian thực hiện |
| --- | --- | --- | --- |
| 1 | Rà soát hạ tầng chợ | Phòng Kinh tế/Phòng Kinh tế - Hạ tầng | Quý III/2026 |
| 2 | Quảng bá điểm đến | UBND cấp xã/Sở Văn hóa, Thể thao và Du lịch | Quý IV/2026 |
"""
    notice = parse_notice(_plan(table))
    assert _one(notice, "hạ tầng chợ").lead == ("Phòng Kinh tế/Phòng Kinh tế - Hạ tầng",)
    assert len(_one(notice, "điểm đến").lead) == 2


def test_assignment_field_with_support_and_role_division() -> None:
    body = """I. NỘI DUNG

1. Tuyên truyền Luật Phòng, chống ma túy

a) Nội dung: Tổ chức tuyên truyền Luật trên địa bàn tỉnh.

b) Phân công: Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ.

c) Thời gian thực hiện: Quý II/2026.

2. Điều hành kế hoạch

a) Nội dung: Điều hành chung việc triển khai kế hoạch.

b) Phân công: Giám đốc Sở phụ trách chung, Phó Giám đốc phụ trách trực tiếp.
"""
    notice = parse_notice(_plan(body))
    task = _one(notice, "Tổ chức tuyên truyền")
    assert task.lead == ("Sở Tư pháp",)
    assert task.support == ("Sở Nội vụ",)
    assert all("Phó Giám đốc" not in " ".join(t.lead) for t in notice.tasks)
