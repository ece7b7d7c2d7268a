"""A notice pasted into a chat often loses its blank lines: the title must still end where the
body's first heading or point begins, or every task is read as part of the title."""

from __future__ import annotations

from datetime import date

from notices import parse_notice
from notices.metadata import find_type_and_title

PLAN = """ỦY BAN NHÂN DÂN
XÃ TÂN PHÚ
Số: 88/KH-UBND
Tân Phú, ngày 12 tháng 3 năm 2027
KẾ HOẠCH
Tổ chức Tết trồng cây và ra quân vệ sinh môi trường
năm 2027
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao ý thức bảo vệ môi trường trong nhân dân.
II. TỔ CHỨC THỰC HIỆN
1. Trưởng các thôn vận động nhân dân tham gia, hoàn thành trước ngày 25/3/2027.
2. Công chức Địa chính - Xây dựng xã chuẩn bị cây giống trước ngày 20/3/2027.
"""


def test_the_title_ends_at_the_first_heading() -> None:
    code, title = find_type_and_title(PLAN.splitlines())
    assert code == "KH"
    assert title == "Tổ chức Tết trồng cây và ra quân vệ sinh môi trường năm 2027"


def test_the_tasks_under_it_are_found() -> None:
    notice = parse_notice(PLAN)
    assert [(t.lead, t.deadline) for t in notice.tasks] == [
        (("Trưởng các thôn",), date(2027, 3, 25)),
        (("Công chức Địa chính - Xây dựng xã",), date(2027, 3, 20)),
    ]


def test_a_title_wrapped_over_a_date_or_a_year_range_stays_whole() -> None:
    lines = [
        "THÔNG BÁO",
        "Kết luận của Chủ tịch UBND huyện tại cuộc họp ngày",
        "15/10/2027 về tiến độ giải phóng mặt bằng giai đoạn",
        "2026 - 2030",
        "",
        "Ngày 15/10/2027, Chủ tịch UBND huyện chủ trì cuộc họp.",
    ]
    assert find_type_and_title(lines)[1] == (
        "Kết luận của Chủ tịch UBND huyện tại cuộc họp ngày 15/10/2027 về tiến độ giải phóng "
        "mặt bằng giai đoạn 2026 - 2030"
    )


def test_a_commune_title_joining_two_fields_by_a_dash_stays_one_name() -> None:
    """ "Công chức Địa chính - Xây dựng xã": the second field opens with a verb-like word, and
    neither the inline splitter nor the subject scan may cut the title there."""
    notice = parse_notice(
        "KẾ HOẠCH\nPhòng chống sạt lở\n\n"
        "1. Công chức Tư pháp - Hộ tịch xã rà soát hồ sơ trước ngày 05/4/2027.\n"
        "2. Công chức Địa chính - Xây dựng phường Tân An kiểm tra hiện trường.\n"
        "3. Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí."
    )
    assert [t.lead for t in notice.tasks] == [
        ("Công chức Tư pháp - Hộ tịch xã",),
        ("Công chức Địa chính - Xây dựng phường Tân An",),
        ("Phòng Tài chính - Kế hoạch",),
    ]


def test_a_title_wrapped_at_a_year_range_dash_goes_on() -> None:
    lines = [
        "KẾ HOẠCH",
        "Bảo tồn làng nghề truyền thống giai đoạn 2027",
        "- 2031 trên địa bàn xã",
        "I. MỤC ĐÍCH",
    ]
    assert find_type_and_title(lines)[1] == (
        "Bảo tồn làng nghề truyền thống giai đoạn 2027 - 2031 trên địa bàn xã"
    )


def test_the_lead_in_of_a_conclusion_is_not_part_of_its_title() -> None:
    lines = [
        "KẾT LUẬN",
        "của Thường trực Đảng ủy về công tác chuyển đổi số quý I",
        "Tại phiên họp ngày 02/4/2027, Thường trực Đảng ủy kết luận như sau:",
        "1. Văn phòng Đảng ủy hoàn thiện cổng thông tin trước ngày 30/4/2027.",
    ]
    assert find_type_and_title(lines) == (
        "KL",
        "của Thường trực Đảng ủy về công tác chuyển đổi số quý I",
    )


def test_a_subject_line_printed_before_the_motto_ends_there() -> None:
    lines = [
        "UBND TỈNH BÌNH ĐỊNH",
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "Số: 77/SNNMT-CNTY",
        "V/v phòng, chống bệnh dại trên đàn chó",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Quy Nhơn, ngày 04 tháng 3 năm 2027",
    ]
    assert find_type_and_title(lines) == ("CV", "V/v phòng, chống bệnh dại trên đàn chó")


def test_a_subject_wrapped_at_a_lower_case_thuc_hien_goes_on() -> None:
    """ "Thực hiện Kế hoạch số …," opens a letter's body; "thực hiện …" in lower case is the
    subject line wrapping."""
    lines = ["V/v báo cáo kết quả", "thực hiện Kế hoạch số 12/KH-UBND", "", "Kính gửi: Sở Nội vụ"]
    assert find_type_and_title(lines)[1] == "V/v báo cáo kết quả thực hiện Kế hoạch số 12/KH-UBND"


def test_a_supplier_leads_before_supplying() -> None:
    notice = parse_notice(
        "THÔNG BÁO\nKết luận giao ban\n\n1. Chi cục Thú y cung ứng vắc xin cho các xã trước ngày "
        "10/4/2027."
    )
    assert notice.tasks[0].lead == ("Chi cục Thú y",)
