"""Round 30 (reports): a report's forward section is its issuer's programme of work.

A Sở's or a committee's report (Báo cáo) looks back on a period and then sets out the next one
under "Phương hướng, nhiệm vụ năm …", "Chương trình công tác …", "Một số công tác trọng tâm tháng
…" or "Nhiệm vụ chủ yếu". When the report is also sent down to the issuer's own units ("Nơi
nhận: … Các phòng chuyên môn, đơn vị trực thuộc"), that section is the programme they carry out:
each point is a task of the issuer (or of the body the point names), one per dash, numbered
point or lettered heading; the account of what was done, the figures and the proposals upward
("Kiến nghị, đề xuất") stay no task. A report sent only upward ("UBND tỉnh (b/c)") lists the
sender's intentions and still gives none. Documents invented for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from notices import parse_notice
from notices.explain import UPWARD_REPORT
from notices.model import DeadlineKind, ParsedNotice

_HEAD = """UBND TỈNH ĐỒNG NAI                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ GIÁO DỤC VÀ ĐÀO TẠO                 Độc lập - Tự do - Hạnh phúc

Số: 512/BC-SGDĐT                     Đồng Nai, ngày 15 tháng 12 năm 2025

BÁO CÁO
Kết quả công tác năm 2025 và phương hướng, nhiệm vụ năm 2026

I. KẾT QUẢ THỰC HIỆN NĂM 2025

1. Công tác tuyển sinh:

- Sở đã tổ chức kỳ tuyển sinh lớp 10 an toàn, đúng quy chế.

- Các trường đã hoàn thành kế hoạch năm học đúng tiến độ.

2. Công tác thi đua: Toàn ngành có 45 tập thể được tặng Bằng khen.
"""

_FORWARD = """
II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026

1. Công tác tuyển sinh:

- Xây dựng kế hoạch tuyển sinh lớp 10 năm học 2026-2027 trình UBND tỉnh phê duyệt.

- Rà soát mạng lưới trường lớp trên địa bàn các huyện.

2. Nâng cao chất lượng dạy và học ở các cấp học

Tiếp tục đổi mới phương pháp dạy học, kiểm tra đánh giá theo chương trình mới. Tăng cường
bồi dưỡng đội ngũ giáo viên cốt cán.

3. Một số công tác thường xuyên:

- Giải quyết chế độ, chính sách cho cán bộ, giáo viên theo quy định.

- Trường Cao đẳng Sư phạm tổ chức bồi dưỡng giáo viên mầm non trong hè.

III. KIẾN NGHỊ, ĐỀ XUẤT

Đề nghị UBND tỉnh bố trí kinh phí xây dựng thêm phòng học cho các huyện.

Trên đây là báo cáo kết quả công tác năm 2025 và phương hướng, nhiệm vụ năm 2026 của Sở
Giáo dục và Đào tạo./.
"""

_DOWN = """
Nơi nhận:                                            GIÁM ĐỐC
- UBND tỉnh (b/c);
- Sở Nội vụ;
- Các phòng chuyên môn, đơn vị trực thuộc Sở;
- Lưu: VT, KHTC.                                      Trần Văn Bình
"""

_UP = """
Nơi nhận:                                            GIÁM ĐỐC
- UBND tỉnh (b/c);
- Lưu: VT, KHTC.                                      Trần Văn Bình
"""

_YEAR_REPORT = _HEAD + _FORWARD + _DOWN

# A monthly report: its next month's programme under a lead-in that names the Sở and the month
_MONTH_REPORT = """UBND TỈNH AN GIANG                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ Y TẾ                                  Độc lập - Tự do - Hạnh phúc

Số: 2210/BC-SYT                     An Giang, ngày 20 tháng 11 năm 2025

BÁO CÁO
Tình hình thực hiện công tác y tế tháng 11-2025
và chương trình công tác tháng 12-2025

Phần I
TÌNH HÌNH THỰC HIỆN CÔNG TÁC Y TẾ THÁNG 11-2025

1. Trong tháng, toàn tỉnh ghi nhận 120 ca sốt xuất huyết, giảm 15% so với cùng kỳ.

2. Các bệnh viện đã khám cho 85.000 lượt người bệnh.

Phần II
MỘT SỐ CÔNG TÁC TRỌNG TÂM THÁNG 12-2025

Ngoài các nhiệm vụ thường xuyên, trong tháng 12-2025, Sở Y tế tập trung chỉ đạo thực hiện
một số nhiệm vụ sau:

1. Chỉ đạo các đơn vị trực thuộc tăng cường giám sát, phòng chống dịch bệnh mùa đông xuân.

2. Tổ chức kiểm tra an toàn thực phẩm dịp Tết Nguyên đán.

3. Tổ chức tổng kết công tác y tế năm 2025.

Trên đây là báo cáo tình hình thực hiện nhiệm vụ tháng 11-2025 và một số công tác trọng tâm
tháng 12-2025, đề nghị các phòng chức năng, các đơn vị trực thuộc xây dựng kế hoạch thực
hiện./.

Nơi nhận:                                            GIÁM ĐỐC
- VP UBND tỉnh;
- Các phòng CN, các ĐV trực thuộc;
- Lưu: VT.                                           Lê Thị Hoa
"""

# A year's main tasks as lettered headings written "a-", "3.1-": a heading with plain
# paragraphs is one task starting at the heading, a heading with dashes gives one per dash
_MAIN_TASKS = """UBND TỈNH AN GIANG                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ Y TẾ                                  Độc lập - Tự do - Hạnh phúc

Số: 2301/BC-SYT                     An Giang, ngày 25 tháng 11 năm 2025

BÁO CÁO
Tình hình hoạt động ngành y tế năm 2025 và đăng ký chỉ tiêu năm 2026

I. Tình hình công tác y tế năm 2025

Ngành y tế đã hoàn thành 15/16 chỉ tiêu kế hoạch.

II. Chỉ tiêu kế hoạch năm 2026

1. Số bác sĩ trên vạn dân: 9,5.

2. Nhiệm vụ chủ yếu

2.1- Phòng chống dịch bệnh

a- Kiểm soát các bệnh truyền nhiễm

- Giám sát chặt chẽ dịch bệnh tại các cửa khẩu, không để dịch lớn xảy ra.

- Đẩy mạnh tiêm chủng mở rộng cho trẻ em dưới 1 tuổi.

b- Củng cố mạng lưới y tế cơ sở, nâng cao chất lượng khám chữa bệnh

Tiếp tục nâng cao năng lực các trạm y tế xã. Phát triển mô hình quản lý bệnh mạn tính tại
cộng đồng.

Mở rộng các kỹ thuật y tế cho tuyến huyện.

2.2- Phát triển nguồn nhân lực y tế

Xây dựng kế hoạch đào tạo liên tục cho cán bộ y tế các tuyến./.

Nơi nhận:                                            GIÁM ĐỐC
- VP UBND tỉnh;
- Các phòng CN và các ĐV trực thuộc;
- Lưu: VT.                                           Lê Thị Hoa
"""


def _starts(notice: ParsedNotice, openings: list[str]) -> bool:
    """Do the tasks open, in order, with these words?"""
    texts = [task.text for task in notice.tasks]
    return len(texts) == len(openings) and all(map(str.startswith, texts, openings))


@pytest.fixture
def year_report() -> ParsedNotice:
    return parse_notice(_YEAR_REPORT)


def test_forward_section_points_are_the_issuers_tasks(year_report: ParsedNotice) -> None:
    assert _starts(
        year_report,
        [
            "Xây dựng kế hoạch tuyển sinh lớp 10 năm h",
            "Rà soát mạng lưới trường lớp trên địa bàn",
            "Nâng cao chất lượng dạy và học ở các cấp ",
            "Giải quyết chế độ, chính sách cho cán bộ,",
            "Trường Cao đẳng Sư phạm tổ chức bồi dưỡng",
        ],
    )
    leads = [task.lead for task in year_report.tasks]
    assert leads[:4] == [("Sở Giáo dục và Đào tạo",)] * 4
    assert leads[4] == ("Trường Cao đẳng Sư phạm",)  # a point naming its doer keeps it
    assert UPWARD_REPORT not in year_report.notes


def test_heading_with_paragraphs_is_one_task_with_its_text(year_report: ParsedNotice) -> None:
    task = year_report.tasks[2]
    assert "Tiếp tục đổi mới phương pháp dạy học" in task.text
    assert task.deadline_kind is DeadlineKind.NONE  # "năm 2026" only names the programme


def test_routine_heading_makes_its_points_ongoing(year_report: ParsedNotice) -> None:
    kinds = [task.deadline_kind for task in year_report.tasks]
    assert kinds == [DeadlineKind.NONE] * 3 + [DeadlineKind.ONGOING] * 2


def test_review_and_proposals_upward_stay_no_task(year_report: ParsedNotice) -> None:
    texts = " ".join(task.text for task in year_report.tasks)
    assert "đã tổ chức kỳ tuyển sinh" not in texts
    assert "bố trí kinh phí" not in texts


def test_monthly_programme_is_dated_by_its_lead_in_month() -> None:
    notice = parse_notice(_MONTH_REPORT)
    assert _starts(
        notice,
        [
            "Chỉ đạo các đơn vị trực thuộc tăng cường ",
            "Tổ chức kiểm tra an toàn thực phẩm dịp Tế",
            "Tổ chức tổng kết công tác y tế năm 2025.",
        ],
    )
    assert {task.lead for task in notice.tasks} == {("Sở Y tế",)}
    assert {(task.deadline, task.deadline_kind) for task in notice.tasks} == {
        (date(2025, 12, 31), DeadlineKind.PERIOD_END)
    }


def test_lettered_headings_written_with_a_hyphen() -> None:
    notice = parse_notice(_MAIN_TASKS)
    assert _starts(
        notice,
        [
            "Giám sát chặt chẽ dịch bệnh tại các cửa k",
            "Đẩy mạnh tiêm chủng mở rộng cho trẻ em dư",
            "Củng cố mạng lưới y tế cơ sở, nâng cao ch",
            "Phát triển nguồn nhân lực y tế Xây dựng k",
        ],
    )
    assert "Mở rộng các kỹ thuật y tế" in notice.tasks[2].text
    assert {task.lead for task in notice.tasks} == {("Sở Y tế",)}


def test_ocr_damaged_heading_and_recipient_still_read() -> None:
    text = _YEAR_REPORT.replace("II. PHƯƠNG HƯỚNG", "IH. PHƯƠNG HƯỚNG").replace(
        "Các phòng chuyên môn, đơn vị trực thuộc Sở", "Các phòng CN, các ÐV trực thuộc"
    )
    assert len(parse_notice(text).tasks) == 5


# Counter-examples: the rule must not touch these


def test_report_sent_only_upward_gives_no_task() -> None:
    # the sender's intentions in a report to its superior (fresh8 bg-115, fresh17 gl-phumybac)
    notice = parse_notice(_HEAD + _FORWARD + _UP)
    assert notice.tasks == ()
    assert UPWARD_REPORT in notice.notes


def test_report_without_forward_section_gives_no_task() -> None:
    closing = "\nTrên đây là báo cáo kết quả công tác năm 2025 của Sở Giáo dục và Đào tạo./.\n"
    notice = parse_notice(_HEAD + closing + _DOWN)
    assert notice.tasks == ()


def test_submission_with_a_forward_section_gives_no_task() -> None:
    # a Tờ trình proposes, even when copied to the issuer's units
    text = (_HEAD + _FORWARD + _DOWN).replace("512/BC-SGDĐT", "512/TTr-SGDĐT")
    text = text.replace("BÁO CÁO\n", "TỜ TRÌNH\n")
    assert parse_notice(text).tasks == ()
