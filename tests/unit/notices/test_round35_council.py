"""Round 35 (council): a People's Council resolution that sets the tasks of a period.

A provincial council (Hội đồng nhân dân) adopts, each half-year, a resolution on the tasks and
solutions of the next period. Its points name no doer ("1. Đẩy nhanh tiến độ giải ngân …"): the
council decides, it does not carry out, and its execution article ("Hội đồng nhân dân tỉnh giao
Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết") names who does; the lead-in names the period
("… phương hướng, nhiệm vụ … 6 tháng cuối năm 2025, trong đó …:", "Cụ thể trong năm 2026 cần
thực hiện tốt các nhiệm vụ sau:") by whose end the points are due. Its own decisions ("Hội đồng
nhân dân tỉnh thống nhất đánh giá …") are no work. A fee resolution's collectors are rules of the
fee, and its execution formula written as one sentence ("Giao … triển khai thực hiện; Ban … giám
sát thực hiện Nghị quyết này.") is no task. Counter-examples: a question-session resolution's
term ("nhiệm kỳ 2021-2026") dates nothing, a People's Committee plan with the same lead-in is no
council's, a "Cụ thể, <body> …:" sentence keeps its own body, work before ";" or a report after it
stays work. Documents invented for these tests.
"""

from __future__ import annotations

from datetime import date

from notice_fixtures import task_leads as _tasks

from notices import DeadlineKind, parse_notice
from notices.carry_out_only import carries_out_only
from notices.council_resolutions import is_council_resolution
from notices.lead_ins import intro_assignees
from notices.text import match_form

_HALF_YEAR = """HỘI ĐỒNG NHÂN DÂN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH BẾN TRE                            Độc lập - Tự do - Hạnh phúc

Số: 21/NQ-HĐND                     Bến Tre, ngày 10 tháng 7 năm 2025

NGHỊ QUYẾT
Về phương hướng, nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2025

HỘI ĐỒNG NHÂN DÂN TỈNH BẾN TRE
KHÓA X, KỲ HỌP THỨ MƯỜI
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;
Xét Báo cáo của Ủy ban nhân dân tỉnh; báo cáo thẩm tra của các Ban Hội đồng nhân dân tỉnh và ý
kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.

QUYẾT NGHỊ:

Điều 1. Hội đồng nhân dân tỉnh thống nhất đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm
2025, với những nội dung chủ yếu sau:
Kinh tế của tỉnh tiếp tục tăng trưởng khá, thu ngân sách đạt 56% dự toán, an sinh xã hội được
bảo đảm.
Điều 2. Hội đồng nhân dân tỉnh thống nhất thông qua phương hướng, nhiệm vụ phát triển kinh tế -
xã hội 6 tháng cuối năm 2025, trong đó tập trung một số nhiệm vụ chủ yếu sau:
1. Đẩy nhanh tiến độ giải ngân vốn đầu tư công, tháo gỡ vướng mắc về giải phóng mặt bằng của
các dự án trọng điểm.
2. Tăng cường quản lý thu ngân sách, chống thất thu thuế, thu hồi nợ đọng thuế.
3. Nâng cao chất lượng khám, chữa bệnh tại tuyến cơ sở; phòng, chống dịch bệnh mùa mưa.
Điều 3. Hội đồng nhân dân tỉnh giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.
Hội đồng nhân dân tỉnh giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân
tỉnh và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.
Nghị quyết này đã được Hội đồng nhân dân tỉnh Bến Tre Khóa X, Kỳ họp thứ Mười thông qua ngày 10
tháng 7 năm 2025./.

Nơi nhận:                                   CHỦ TỊCH
- Thường trực Tỉnh ủy;
- UBND tỉnh;
- Lưu: VT.                                  Trần Văn Minh
"""

_YEAR = """HỘI ĐỒNG NHÂN DÂN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH KON TUM                            Độc lập - Tự do - Hạnh phúc

Số: 40/NQ-HĐND                     Kon Tum, ngày 12 tháng 12 năm 2025

NGHỊ QUYẾT
Về tình hình thực hiện nhiệm vụ năm 2025 và nhiệm vụ năm 2026

HỘI ĐỒNG NHÂN DÂN TỈNH KON TUM
KHÓA XII, KỲ HỌP THỨ TÁM
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;

QUYẾT NGHỊ:

Điều 1. Tán thành Báo cáo của Ủy ban nhân dân tỉnh về tình hình thực hiện nhiệm vụ năm 2025 và
nhiệm vụ năm 2026.
I. Về tình hình thực hiện nhiệm vụ năm 2025
Tăng trưởng kinh tế ước đạt 7,1%, các chỉ tiêu chủ yếu đều đạt và vượt kế hoạch.
II. Về nhiệm vụ năm 2026
Hội đồng nhân dân tỉnh thống nhất với các nhiệm vụ chủ yếu mà Ủy ban nhân dân tỉnh đã đề ra và
yêu cầu Ủy ban nhân dân tỉnh tăng cường chỉ đạo các ngành, các cấp thực hiện thắng lợi kế
hoạch. Cụ thể trong năm 2026 cần thực hiện tốt các nhiệm vụ, giải pháp trọng tâm sau:
1. Lĩnh vực kinh tế
1.1. Rà soát, điều chỉnh kế hoạch vốn đầu tư công của các dự án chậm giải ngân.
1.2. Sở Tài chính chủ trì cân đối nguồn vốn cho các công trình chuyển tiếp.
2. Lĩnh vực xã hội
2.1. Triển khai kế hoạch giảm nghèo bền vững cho đồng bào dân tộc thiểu số.
Điều 2. Giao Ủy ban nhân dân tỉnh tiếp thu ý kiến của đại biểu Hội đồng nhân dân tỉnh để chỉ
đạo, điều hành, triển khai thực hiện kế hoạch năm 2026.
Nghị quyết này đã được Hội đồng nhân dân tỉnh Kon Tum Khóa XII, Kỳ họp thứ Tám thông qua ngày
12 tháng 12 năm 2025./.

Nơi nhận:                                   CHỦ TỊCH
- UBND tỉnh;
- Lưu: VT.                                  Nguyễn Văn Hòa
"""

_FEE = """HỘI ĐỒNG NHÂN DÂN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH SÓC TRĂNG                          Độc lập - Tự do - Hạnh phúc

Số: 15/2025/NQ-HĐND                Sóc Trăng, ngày 08 tháng 7 năm 2025

NGHỊ QUYẾT
Quy định về lệ phí cấp giấy phép xây dựng trên địa bàn tỉnh Sóc Trăng

HỘI ĐỒNG NHÂN DÂN TỈNH SÓC TRĂNG
KHÓA X - KỲ HỌP THỨ 20
Căn cứ Luật Phí và lệ phí ngày 25 tháng 11 năm 2015;

QUYẾT NGHỊ:

Điều 1. Quy định về lệ phí cấp giấy phép xây dựng, cụ thể như sau:
1. Đối tượng nộp: tổ chức, hộ gia đình, cá nhân được cấp giấy phép xây dựng.
2. Mức thu: 75.000 đồng/giấy phép.
3. Thu, nộp lệ phí
a) Sở Xây dựng thu lệ phí cấp giấy phép xây dựng đối với công trình do Sở cấp phép.
b) Đơn vị thu lệ phí nộp toàn bộ số tiền thu được vào ngân sách nhà nước.
Điều 2. Giao Ủy ban nhân dân tỉnh triển khai thực hiện; Ban Kinh tế - Ngân sách và đại biểu Hội
đồng nhân dân tỉnh giám sát thực hiện Nghị quyết này.
Nghị quyết này đã được Hội đồng nhân dân tỉnh Sóc Trăng khóa X - kỳ họp thứ 20 thông qua ngày
08 tháng 7 năm 2025./.

Nơi nhận:                                   CHỦ TỊCH
- UBND tỉnh;
- Lưu: VT.                                  Lâm Văn Mẫn
"""

_QUESTIONS = """HỘI ĐỒNG NHÂN DÂN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH VĨNH PHÚC                          Độc lập - Tự do - Hạnh phúc

Số: 33/NQ-HĐND                     Vĩnh Phúc, ngày 15 tháng 7 năm 2025

NGHỊ QUYẾT
Về chất vấn và trả lời chất vấn tại kỳ họp thứ mười

HỘI ĐỒNG NHÂN DÂN TỈNH VĨNH PHÚC
KHÓA XVII, KỲ HỌP THỨ MƯỜI
Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân ngày 20 tháng 11 năm 2015;

QUYẾT NGHỊ:

Điều 1. Hội đồng nhân dân tỉnh thống nhất với nội dung chất vấn và trả lời chất vấn tại kỳ họp
thứ mười, nhiệm kỳ 2021-2026, cụ thể như sau:
1. Về quản lý đất đai:
- Ủy ban nhân dân tỉnh chỉ đạo rà soát các dự án chậm đưa đất vào sử dụng, kiên quyết thu hồi
các dự án vi phạm.
- Đề nghị Ủy ban nhân dân tỉnh báo cáo kết quả xử lý tại kỳ họp cuối năm.
Điều 2. Hội đồng nhân dân tỉnh giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.
Nghị quyết này đã được Hội đồng nhân dân tỉnh Vĩnh Phúc khóa XVII, kỳ họp thứ mười thông qua
ngày 15 tháng 7 năm 2025./.

Nơi nhận:                                   CHỦ TỊCH
- UBND tỉnh;
- Lưu: VT.                                  Hoàng Thị Thúy Lan
"""

_PLAN = """ỦY BAN NHÂN DÂN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH BẾN TRE                          Độc lập - Tự do - Hạnh phúc

Số: 210/KH-UBND                     Bến Tre, ngày 10 tháng 7 năm 2025

KẾ HOẠCH
Thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2025

Ủy ban nhân dân tỉnh thống nhất thông qua phương hướng, nhiệm vụ 6 tháng cuối năm 2025 và yêu
cầu các sở, ngành tập trung thực hiện các nhiệm vụ sau:
1. Đẩy nhanh tiến độ giải ngân vốn đầu tư công của các dự án trọng điểm.
2. Tăng cường quản lý thu ngân sách, chống thất thu thuế.

Nơi nhận:                                   TM. ỦY BAN NHÂN DÂN
- Các sở, ngành;                            CHỦ TỊCH
- Lưu: VT.                                  Trần Ngọc Tam
"""


def test_a_half_year_resolutions_points_are_the_executors_by_the_periods_end() -> None:
    notice = parse_notice(_HALF_YEAR)
    assert [(t.text[:30], t.lead, t.deadline, t.deadline_kind) for t in notice.tasks] == [
        (
            "Đẩy nhanh tiến độ giải ngân vố",
            ("Ủy ban nhân dân tỉnh",),
            date(2025, 12, 31),
            DeadlineKind.PERIOD_END,
        ),
        (
            "Tăng cường quản lý thu ngân sá",
            ("Ủy ban nhân dân tỉnh",),
            date(2025, 12, 31),
            DeadlineKind.PERIOD_END,
        ),
        (
            "Nâng cao chất lượng khám, chữa",
            ("Ủy ban nhân dân tỉnh",),
            date(2025, 12, 31),
            DeadlineKind.PERIOD_END,
        ),
    ]


def test_the_councils_own_assessment_is_no_task() -> None:
    texts = [text for text, _ in _tasks(_HALF_YEAR)]
    assert not any(text.startswith("Hội đồng nhân dân tỉnh thống nhất") for text in texts)


def test_a_cu_the_sentence_goes_on_with_the_request_before_it() -> None:
    notice = parse_notice(_YEAR)
    points = {t.text[:30]: (t.lead, t.deadline) for t in notice.tasks if t.ref.startswith("II.")}
    assert points == {
        "Rà soát, điều chỉnh kế hoạch v": (("Ủy ban nhân dân tỉnh",), date(2026, 12, 31)),
        "Sở Tài chính chủ trì cân đối n": (("Sở Tài chính",), date(2026, 12, 31)),
        "Triển khai kế hoạch giảm nghèo": (("Ủy ban nhân dân tỉnh",), date(2026, 12, 31)),
    }


def test_a_fee_resolution_assigns_nothing() -> None:
    assert parse_notice(_FEE).tasks == ()


def test_a_question_sessions_term_dates_nothing() -> None:
    notice = parse_notice(_QUESTIONS)
    first = notice.tasks[0]
    assert (first.text[:30], first.lead, first.deadline) == (
        "Ủy ban nhân dân tỉnh chỉ đạo r",
        ("Ủy ban nhân dân tỉnh",),
        None,
    )


def test_a_committees_plan_with_a_period_lead_in_is_no_councils() -> None:
    notice = parse_notice(_PLAN)
    assert [(t.lead, t.deadline) for t in notice.tasks] == [
        (("các sở, ngành",), None),
        (("các sở, ngành",), None),
    ]


def test_a_cu_the_sentence_naming_its_own_body_keeps_it() -> None:
    intro = (
        "Ủy ban nhân dân tỉnh yêu cầu các sở, ngành tăng cường phối hợp. "
        "Cụ thể, Sở Y tế thực hiện các nội dung sau:"
    )
    assert intro_assignees(intro) == ["Sở Y tế"]


def test_a_resolution_of_the_government_is_no_councils() -> None:
    lines = [
        "CHÍNH PHỦ",
        "NGHỊ QUYẾT",
        "QUYẾT NGHỊ:",
        "Hội đồng nhân dân các cấp giám sát việc thực hiện Nghị quyết này.",
    ]
    assert not is_council_resolution(("NQ", None), lines)
    assert is_council_resolution(("NQ", None), ["HỘI ĐỒNG NHÂN DÂN TỈNH AN GIANG", "QUYẾT NGHỊ:"])


def test_the_one_sentence_execution_formula_is_no_work() -> None:
    formula = (
        "Giao Ủy ban nhân dân tỉnh triển khai thực hiện; Ban Kinh tế - Ngân sách và đại biểu "
        "Hội đồng nhân dân tỉnh giám sát thực hiện Nghị quyết này."
    )
    assert carries_out_only(match_form(formula))


def test_work_or_a_report_beside_the_carrying_out_stays_work() -> None:
    for sentence in (
        "Giao Sở Xây dựng triển khai thực hiện; báo cáo kết quả về Ủy ban nhân dân tỉnh trước "
        "ngày 30/6/2026.",
        "Giao Sở Xây dựng lập quy hoạch chi tiết khu đô thị mới và triển khai thực hiện; Ban "
        "Kinh tế - Ngân sách Hội đồng nhân dân tỉnh giám sát thực hiện Nghị quyết này.",
    ):
        assert not carries_out_only(match_form(sentence)), sentence
