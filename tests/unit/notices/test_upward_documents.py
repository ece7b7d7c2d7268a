"""Documents sent upward (a submission, a report, a letter to a superior) assign nothing; the same
wording sent down by the superior does."""

from __future__ import annotations

import pytest

from notices.explain import UPWARD_REPORT
from notices.parser import parse_notice
from notices.upward import writes_upward

_SUBMISSION = """UBND TỈNH QUẢNG NGÃI
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 412/TTr-SVHTTDL
Quảng Ngãi, ngày 03 tháng 3 năm 2025

TỜ TRÌNH
Về việc tổ chức Hội thi văn nghệ quần chúng năm 2025

Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh

Sở Văn hóa, Thể thao và Du lịch đã làm việc với các địa phương về nội dung hội thi và đề xuất
như sau:

1. Giao Sở Tài chính thẩm định, bố trí kinh phí tổ chức hội thi trước ngày 15/4/2025.

2. Giao Ủy ban nhân dân các huyện chọn đội tham gia, gửi danh sách về Sở trước ngày 30/4/2025.

3. Sở Văn hóa, Thể thao và Du lịch sẽ chủ trì xây dựng thể lệ và báo cáo kết quả sau hội thi.

Kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết định./.

GIÁM ĐỐC
Lê Văn Khánh
"""

# The chairman's letter that grants the submission: the same two assignments, now given.
_GRANTED = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số: 1093/UBND-KGVX
Quảng Ngãi, ngày 10 tháng 3 năm 2025

Kính gửi:
- Sở Tài chính;
- Ủy ban nhân dân các huyện.

Xét đề nghị của Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số 412/TTr-SVHTTDL, Chủ tịch Ủy
ban nhân dân tỉnh có ý kiến như sau:

1. Giao Sở Tài chính thẩm định, bố trí kinh phí tổ chức hội thi trước ngày 15/4/2025.

2. Giao Ủy ban nhân dân các huyện chọn đội tham gia, gửi danh sách về Sở trước ngày 30/4/2025.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Phạm Thị Hoa
"""


def test_a_submission_assigns_nothing_and_says_why() -> None:
    notice = parse_notice(_SUBMISSION)
    assert notice.tasks == ()
    assert UPWARD_REPORT in notice.notes


def test_the_superior_granting_it_assigns_the_same_work() -> None:
    notice = parse_notice(_GRANTED)
    assert len(notice.tasks) == 2
    assert UPWARD_REPORT not in notice.notes


def test_a_submission_known_only_by_its_number() -> None:
    # no closing formula, no addressee line: the type code TTr is enough
    closing = "Kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết định./."
    text = _SUBMISSION.replace(closing, "")
    text = text.replace("TỜ TRÌNH\n", "").replace("Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh\n", "")
    assert parse_notice(text).tasks == ()


_REPORT = """ỦY BAN NHÂN DÂN
TỈNH KON TUM
Số: 88/BC-UBND
Kon Tum, ngày 20 tháng 6 năm 2025

BÁO CÁO
Kết quả thực hiện dự toán thu, chi ngân sách 6 tháng đầu năm 2025

I. KẾT QUẢ THỰC HIỆN

Tổng thu ngân sách trên địa bàn 6 tháng đạt 1.520 tỷ đồng, bằng 48% dự toán.

II. NHIỆM VỤ, GIẢI PHÁP 6 THÁNG CUỐI NĂM

1. Tập trung chỉ đạo các cơ quan thu phấn đấu thu ngân sách năm 2025 vượt dự toán được giao.

2. Đẩy nhanh tiến độ giải ngân vốn đầu tư công, bảo đảm giải ngân 100% kế hoạch trước ngày
31/12/2025.

3. Sở Tài chính tiếp tục rà soát các khoản chi thường xuyên để tiết kiệm.
"""


def test_a_report_of_results_and_the_sender_s_own_solutions_assigns_nothing() -> None:
    notice = parse_notice(_REPORT)
    assert notice.tasks == ()
    assert UPWARD_REPORT in notice.notes


def test_a_report_keeps_what_it_assigns_to_its_own_bodies_in_so_many_words() -> None:
    text = _REPORT.replace(
        "3. Sở Tài chính tiếp tục rà soát các khoản chi thường xuyên để tiết kiệm.",
        "3. Giao Sở Tài chính rà soát các khoản chi thường xuyên, báo cáo trước ngày 15/7/2025.",
    )
    notice = parse_notice(text)
    assert [task.lead for task in notice.tasks] == [("Sở Tài chính",)]
    assert UPWARD_REPORT not in notice.notes


_TO_MINISTRY = """ỦY BAN NHÂN DÂN
TỈNH GIA LAI
Số: 2210/UBND-KT
Gia Lai, ngày 05 tháng 8 năm 2025
V/v kế hoạch đầu tư công trung hạn giai đoạn 2026-2030

Kính gửi: Bộ Tài chính.

Thực hiện Công văn số 7001/BTC-ĐT của Bộ Tài chính, Ủy ban nhân dân tỉnh Gia Lai xây dựng kế
hoạch đầu tư công trung hạn giai đoạn 2026-2030 như sau:

1. Dự kiến bố trí 12.400 tỷ đồng vốn ngân sách địa phương cho 85 dự án chuyển tiếp.

2. Ưu tiên bố trí vốn hoàn thành các công trình giao thông kết nối vùng trước năm 2028.

3. Đề nghị Bộ Tài chính xem xét, tổng hợp trình cấp có thẩm quyền bổ sung vốn ngân sách trung
ương cho tỉnh.

Ủy ban nhân dân tỉnh Gia Lai gửi Bộ Tài chính tổng hợp./.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Võ Ngọc Thành
"""


def test_a_province_s_plan_sent_to_a_ministry_assigns_nothing() -> None:
    assert parse_notice(_TO_MINISTRY).tasks == ()


def test_the_same_letter_to_its_own_departments_keeps_its_tasks() -> None:
    text = _TO_MINISTRY.replace("Kính gửi: Bộ Tài chính.", "Kính gửi: Sở Tài chính; Sở Xây dựng.")
    assert parse_notice(text).tasks != ()


@pytest.mark.parametrize(
    "closing",
    [
        "Kính trình lãnh đạo xem xét, cho ý kiến chỉ đạo./.",
        "Nay Sở Tư pháp kính trình Ủy ban nhân dân tỉnh xem xét, phê chuẩn kết quả Đại hội./.",
        # the attachment note closes the same paragraph
        "Sở Nội vụ kính trình Chủ tịch UBND tỉnh xem xét, cho phép đổi tên Hội. (Kèm theo dự thảo "
        "Quyết định)./.",
        "Ủy ban nhân dân tỉnh kính báo cáo Bộ Nội vụ xem xét, tổng hợp./.",
    ],
)
def test_closings_that_submit(closing: str) -> None:
    body = ["1. Về hồ sơ: đầy đủ theo quy định.", closing]
    assert writes_upward(type_codes=("CV", None), title="", header=[], recipients=None, body=body)


@pytest.mark.parametrize(
    "closing",
    [
        # asking a subordinate to report is work
        "Đề nghị các sở báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo./.",
        "Giao Sở Nội vụ tổng hợp, trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết định./.",
        # the formula mid-letter, before what it reports
        "Sở Tài chính kính báo cáo Ủy ban nhân dân tỉnh nội dung sau:",
    ],
)
def test_closings_that_do_not_submit(closing: str) -> None:
    body = ["1. Về hồ sơ: đầy đủ theo quy định.", closing]
    assert not writes_upward(
        type_codes=("CV", None), title="", header=[], recipients=None, body=body
    )


@pytest.mark.parametrize(
    ("header", "recipients", "upward"),
    [
        (["UBND TỈNH NINH BÌNH"], ["Bộ Xây dựng"], True),
        (["ỦY BAN NHÂN DÂN", "TỈNH AN GIANG"], ["Thủ tướng Chính phủ", "Bộ Tài chính"], True),
        (["UBND TỈNH HÀ NAM", "SỞ Y TẾ"], ["Ủy ban nhân dân tỉnh"], True),
        (["UBND TỈNH HÀ NAM", "SỞ Y TẾ"], ["Chủ tịch UBND tỉnh Hà Nam"], True),
        (["ỦY BAN NHÂN DÂN", "TỈNH CÀ MAU"], ["Ban Thường vụ Tỉnh ủy"], True),
        (["ỦY BAN NHÂN DÂN", "TỈNH CÀ MAU"], ["Thường trực Hội đồng nhân dân tỉnh"], True),
        (["UBND TỈNH CÀ MAU", "SỞ TÀI CHÍNH"], ["Kiểm toán nhà nước khu vực V"], True),
        (
            ["UBND TỈNH CÀ MAU", "SỞ TÀI CHÍNH"],
            ["Ban Chỉ đạo Trung ương về phòng, chống tham nhũng"],
            True,
        ),
        # a ministry's office writes to ministries as a peer and assigns
        (["VĂN PHÒNG CHÍNH PHỦ"], ["Bộ Công Thương"], False),
        # downward, or mixed with a subordinate
        (["UBND TỈNH HÀ NAM", "SỞ Y TẾ"], ["Ủy ban nhân dân các xã, phường"], False),
        (["UBND TỈNH NINH BÌNH"], ["Bộ Xây dựng", "Sở Xây dựng"], False),
        # a city under the Sở's own province is a lower level; another province is no superior
        (["UBND TỈNH BÌNH THUẬN", "SỞ NỘI VỤ"], ["UBND thành phố Phan Thiết"], False),
        (["UBND TỈNH BÌNH THUẬN", "SỞ NỘI VỤ"], ["Chủ tịch UBND tỉnh Ninh Thuận"], False),
        (["UBND TỈNH BÌNH THUẬN", "SỞ NỘI VỤ"], ["Chủ tịch UBND tỉnh Bình Thuận"], True),
        # a province writing to the province's people's committee is not a department writing up
        (["ỦY BAN NHÂN DÂN", "TỈNH AN GIANG"], ["Ủy ban nhân dân tỉnh Kiên Giang"], False),
    ],
)
def test_addressees_above_the_issuer(
    header: list[str], recipients: list[str], upward: bool
) -> None:
    found = writes_upward(
        type_codes=("CV", None), title="", header=header, recipients=recipients, body=["…"]
    )
    assert (found is not None) is upward


_BUDGET_PLAN = """ỦY BAN NHÂN DÂN
TỈNH PHÚ YÊN
Số: 301/KH-UBND
Phú Yên, ngày 14 tháng 7 năm 2025

KẾ HOẠCH
Tài chính 05 năm tỉnh Phú Yên giai đoạn 2026 - 2030

I. MỤC TIÊU

Phấn đấu thu ngân sách nhà nước trên địa bàn tăng bình quân 10%/năm.

II. GIẢI PHÁP

1. Tăng cường quản lý thu, chống thất thu ngân sách; khai thác nguồn thu từ đất đai.

2. Cơ cấu lại chi ngân sách theo hướng tăng chi đầu tư phát triển, bố trí đủ vốn đối ứng.

3. Ủy ban nhân dân tỉnh sẽ rà soát, sắp xếp lại các khoản chi chưa thật sự cần thiết.
"""


def test_a_province_s_financial_plan_assigns_nothing() -> None:
    assert parse_notice(_BUDGET_PLAN).tasks == ()


def test_a_plan_that_organises_drawing_up_the_financial_plan_keeps_its_tasks() -> None:
    text = _BUDGET_PLAN.replace(
        "Tài chính 05 năm tỉnh Phú Yên",
        "Triển khai xây dựng kế hoạch tài chính 05 năm tỉnh Phú Yên",
    ).replace(
        "3. Ủy ban nhân dân tỉnh sẽ rà soát,",
        "3. Sở Tài chính chủ trì hướng dẫn các sở lập dự toán trước ngày 15/8/2025; rà soát,",
    )
    assert parse_notice(text).tasks != ()


_WEEKLY = """UBND TỈNH ĐIỆN BIÊN
SỞ XÂY DỰNG
Số: 77/SXD-VP
Điện Biên, ngày 07 tháng 11 năm 2025

Kết quả công tác tháng 10 và nhiệm vụ tháng 11 năm 2025 như sau:

1. Hoàn thành thẩm định 12 hồ sơ thiết kế; cấp 35 giấy phép xây dựng.

2. Phòng Hạ tầng tiếp tục thẩm định các dự án chuyển tiếp, hoàn thành trước ngày 30/11/2025.

3. Giao Phòng Kinh tế kiểm tra chất lượng công trình trường học trước ngày 20/11/2025.

Trên đây là kết quả công tác tháng 10 của Sở Xây dựng, trân trọng báo cáo./.
"""


@pytest.mark.parametrize(
    "closing",
    [
        "Trên đây là kết quả công tác tháng 10 của Sở Xây dựng, trân trọng báo cáo./.",
        "Trên đây là báo cáo kết quả công tác tháng 10 của Sở Xây dựng./.",
        "Sở Xây dựng kính báo cáo./.",
    ],
)
def test_a_letter_closing_as_a_report_keeps_only_its_own_assignment(closing: str) -> None:
    text = _WEEKLY.replace(
        "Trên đây là kết quả công tác tháng 10 của Sở Xây dựng, trân trọng báo cáo./.", closing
    )
    notice = parse_notice(text)
    assert [task.lead for task in notice.tasks] == [("Phòng Kinh tế",)]


def test_the_same_letter_closing_with_a_request_keeps_its_work() -> None:
    text = _WEEKLY.replace(
        "Trên đây là kết quả công tác tháng 10 của Sở Xây dựng, trân trọng báo cáo./.",
        "Đề nghị các phòng triển khai thực hiện./.",
    )
    assert len(parse_notice(text).tasks) >= 2


_EXPLANATION = """UBND TỈNH CÀ MAU
SỞ TÀI CHÍNH
Số: 415/STC-NS
V/v giải trình số liệu quyết toán ngân sách năm 2024
Cà Mau, ngày 03 tháng 3 năm 2025

Kính gửi: Đoàn kiểm toán

1. Số thu tiền sử dụng đất chênh lệch 12 tỷ đồng do ghi thu, ghi chi tiền bồi thường.

2. Sở Tài chính sẽ phối hợp với Kho bạc điều chỉnh số liệu trước ngày 31/3/2025.
"""


def test_a_letter_that_explains_assigns_nothing() -> None:
    assert parse_notice(_EXPLANATION).tasks == ()


def test_a_letter_that_asks_for_an_explanation_keeps_its_work() -> None:
    text = _EXPLANATION.replace("V/v giải trình số liệu", "V/v đề nghị giải trình số liệu")
    assert parse_notice(text).tasks != ()


# Round 13 (F1): bodies that only look like superiors, subjects that only begin with "trình",
# codes that only look like a Tờ trình, reports that assign downward, plans that only begin with
# a budget word. Each downward letter must keep its work.


def _letter(
    header: str, number: str, subject: str, addressees: str, place: str = "Hòa Bình"
) -> str:
    return (
        f"{header}\nSố: {number}\n{subject}\n{place}, ngày 12 tháng 5 năm 2025\n\n"
        f"Kính gửi: {addressees}\n\n"
        "Để bảo đảm tiến độ công tác năm 2025, đề nghị các đơn vị thực hiện các nội dung sau:\n\n"
        "1. Kiểm tra, tổng hợp các vướng mắc tại cơ sở, gửi kết quả trước ngày 10/6/2025.\n\n"
        "2. Cử cán bộ đầu mối theo dõi, báo cáo tiến độ hằng tháng.\n\n"
        "Đề nghị các đơn vị quan tâm thực hiện./.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐinh Văn Tâm\n"
    )


_PROVINCE_HEAD = "ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH"


@pytest.mark.parametrize(
    "addressees",
    [
        "- Bộ Chỉ huy Quân sự tỉnh;\n- Bộ Chỉ huy Bộ đội Biên phòng tỉnh.",
        "Bộ đội Biên phòng tỉnh.",
        "Bộ phận Một cửa của Ủy ban nhân dân tỉnh.",
    ],
)
def test_a_province_s_own_bodies_named_bo_are_no_ministry(addressees: str) -> None:
    text = _letter(_PROVINCE_HEAD, "1201/UBND-NC", "V/v tuần tra khu vực biên giới", addressees)
    assert len(parse_notice(text).tasks) == 2


@pytest.mark.parametrize(
    "addressees",
    ["Bộ Quốc phòng.", "Bộ trưởng Bộ Nội vụ.", "Các bộ, ngành trung ương."],
)
def test_ministries_named_by_their_field_are_above_a_province(addressees: str) -> None:
    text = _letter(_PROVINCE_HEAD, "1201/UBND-NC", "V/v tuần tra khu vực biên giới", addressees)
    assert parse_notice(text).tasks == ()


@pytest.mark.parametrize(
    "subject",
    [
        "V/v trình tự, thủ tục đăng ký đất đai lần đầu",
        "V/v trình diễn giống ngô mới vụ Hè Thu",
        "V/v trình bày văn bản theo Nghị định 30/2020/NĐ-CP",
        "V/v trình chiếu phim tài liệu kỷ niệm ngày thành lập tỉnh",
    ],
)
def test_subjects_that_only_begin_with_trinh_submit_nothing(subject: str) -> None:
    text = _letter(_PROVINCE_HEAD, "1202/UBND-KT", subject, "Ủy ban nhân dân các xã, phường.")
    assert len(parse_notice(text).tasks) == 2


def test_a_subject_that_submits_a_file_still_submits() -> None:
    text = _letter(
        "UBND TỈNH HÒA BÌNH\nSỞ NỘI VỤ",
        "455/SNV-TCBC",
        "V/v trình hồ sơ đề nghị khen thưởng",
        "Ủy ban nhân dân các xã, phường.",
    )
    assert parse_notice(text).tasks == ()


def test_an_inspectorate_letter_numbered_ttr_is_no_submission() -> None:
    text = _letter(
        "UBND TỈNH HÒA BÌNH\nTHANH TRA TỈNH",
        "318/TTr-NV1",
        "V/v kiểm tra việc giải quyết đơn thư tồn đọng",
        "Ủy ban nhân dân các huyện, thành phố.",
    )
    assert len(parse_notice(text).tasks) == 2


@pytest.mark.parametrize(
    ("header", "addressees"),
    [
        # a province's Party committee to a city's: a lower level
        ("ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY HÒA BÌNH", "Ban Thường vụ Thành ủy Hòa Bình."),
        # a province's council to a city's council
        ("HỘI ĐỒNG NHÂN DÂN\nTỈNH HÒA BÌNH", "Thường trực Hội đồng nhân dân thành phố Hòa Bình."),
        # the province's People's Committee to a city's council or Party committee
        (_PROVINCE_HEAD, "Thường trực Hội đồng nhân dân thành phố Hòa Bình."),
        (_PROVINCE_HEAD, "Ban Thường vụ Thành ủy Hòa Bình."),
        # a province's Party committee to its own council, or to itself
        ("ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY HÒA BÌNH", "Thường trực Hội đồng nhân dân tỉnh."),
        (
            "ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY HÒA BÌNH",
            "Ban Thường vụ Tỉnh ủy.",
        ),
    ],
)
def test_party_committees_and_councils_below_or_beside_the_issuer(
    header: str, addressees: str
) -> None:
    text = _letter(header, "140/HĐND-VP", "V/v chuẩn bị nội dung giám sát", addressees)
    assert len(parse_notice(text).tasks) == 2


@pytest.mark.parametrize(
    ("header", "recipients", "upward"),
    [
        (["UBND TỈNH HÒA BÌNH", "SỞ Y TẾ"], ["Ủy ban nhân dân thành phố"], False),
        (["UBND THÀNH PHỐ HẢI PHÒNG", "SỞ Y TẾ"], ["Ủy ban nhân dân thành phố"], True),
        (["ỦY BAN NHÂN DÂN", "TỈNH HÒA BÌNH"], ["Ban Thường vụ Tỉnh ủy Hòa Bình"], True),
        (["ỦY BAN NHÂN DÂN", "TỈNH HÒA BÌNH"], ["Thường trực Tỉnh ủy Sơn La"], False),
        (["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG"], ["Thường trực Thành ủy"], True),
        # a council and a district's Party committee write up to the province's Party committee
        (["HỘI ĐỒNG NHÂN DÂN", "TỈNH HÒA BÌNH"], ["Ban Thường vụ Tỉnh ủy"], True),
        (["ĐẢNG BỘ TỈNH HÒA BÌNH", "HUYỆN ỦY LẠC SƠN"], ["Ban Thường vụ Tỉnh ủy"], True),
        (["ĐẢNG BỘ TỈNH HÒA BÌNH", "TỈNH ỦY"], ["Ban Thường vụ Tỉnh ủy"], False),
    ],
)
def test_own_level_and_place_of_a_superior(
    header: list[str], recipients: list[str], upward: bool
) -> None:
    found = writes_upward(
        type_codes=("CV", None), title="", header=header, recipients=recipients, body=["…"]
    )
    assert (found is not None) is upward


_COMMUNE_REPORT = """ỦY BAN NHÂN DÂN
XÃ HÒA SƠN
Số: 61/BC-UBND
Hòa Sơn, ngày 20 tháng 11 năm 2025

BÁO CÁO
Tình hình thu quỹ đền ơn đáp nghĩa năm 2025

Đến nay toàn xã đã thu được 78% chỉ tiêu; hai thôn thu đạt thấp.

Để hoàn thành chỉ tiêu năm 2025, Ủy ban nhân dân xã đề nghị:

1. Các thôn tiếp tục vận động các hộ gia đình đóng góp, hoàn thành trước ngày 15/12/2025.

2. Công chức Văn hóa - Xã hội tổng hợp danh sách đóng góp trước ngày 20/12/2025.

3. Đề nghị Ủy ban nhân dân huyện hỗ trợ kinh phí cho các gia đình chính sách khó khăn.

Trên đây là báo cáo tình hình thu quỹ của Ủy ban nhân dân xã./.
"""


def test_a_commune_report_keeps_what_it_asks_of_its_own_hamlets_and_officers() -> None:
    notice = parse_notice(_COMMUNE_REPORT)
    leads = [task.lead for task in notice.tasks]
    assert leads == [("Các thôn",), ("Công chức Văn hóa - Xã hội",)], leads


def test_a_commune_report_asking_each_point_of_its_own_bodies() -> None:
    text = _COMMUNE_REPORT.replace(
        "Để hoàn thành chỉ tiêu năm 2025, Ủy ban nhân dân xã đề nghị:\n\n", ""
    ).replace("1. Các thôn tiếp tục", "1. Đề nghị các thôn tiếp tục")
    notice = parse_notice(text)
    assert [task.lead for task in notice.tasks] == [("các thôn",)]


def test_a_province_report_asking_the_ministry_keeps_nothing() -> None:
    text = _REPORT.replace(
        "II. NHIỆM VỤ, GIẢI PHÁP 6 THÁNG CUỐI NĂM",
        "II. KIẾN NGHỊ\n\nỦy ban nhân dân tỉnh đề nghị:",
    ).replace(
        "3. Sở Tài chính tiếp tục rà soát các khoản chi thường xuyên để tiết kiệm.",
        "3. Bộ Tài chính bổ sung có mục tiêu cho tỉnh 200 tỷ đồng trước ngày 30/9/2025.",
    )
    assert parse_notice(text).tasks == ()


def test_a_plan_titled_with_a_budget_that_organises_the_work_keeps_its_tasks() -> None:
    text = _BUDGET_PLAN.replace(
        "Tài chính 05 năm tỉnh Phú Yên giai đoạn 2026 - 2030",
        "Dự toán thu, chi ngân sách năm 2026 và tổ chức thực hiện",
    ).replace(
        "3. Ủy ban nhân dân tỉnh sẽ rà soát,",
        "3. Sở Tài chính hướng dẫn các sở lập dự toán trước ngày 15/8/2025; rà soát,",
    )
    assert parse_notice(text).tasks != ()
