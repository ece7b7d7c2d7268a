"""Round 18 (tab): task tables and field blocks in text.

A list attached after the signature without its "PHỤ LỤC" line ("DANH MỤC …" over a "(Kèm theo
Kế hoạch số …)" note) still gives its task table's rows; a task table's time cell is read as
the deadline it names ("6/2026" a month, "1/2026 và 8/2026" the later month, "Hoàn thành … vào
31/1/2026" the day); a lead cell "A/B" names two bodies; a drafting item's "Thời gian ban hành:
Bảo đảm văn bản có hiệu lực từ ngày …" dates it. Documents invented for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from notices import parse_notice
from notices.deadlines import parse_date
from notices.model import DeadlineKind

_HEAD = """ỦY BAN NHÂN DÂN
TỈNH {tinh}
Số: {so}/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{tinh_title}, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
{tieu_de}

"""

_SIGN = """
Trên đây là Kế hoạch của Ủy ban nhân dân tỉnh./.

|
Nơi nhận:
- Như trên;
- Lưu: VT, KT.
|
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn Bình
|

"""


def _plan(body: str, after: str, *, tinh: str = "QUẢNG TRỊ", so: str = "77") -> str:
    head = _HEAD.format(
        tinh=tinh, so=so, tinh_title=tinh.title(), tieu_de="Phát triển du lịch nông thôn năm 2026"
    )
    return head + body + _SIGN + after


_BODY = """I. MỤC ĐÍCH, YÊU CẦU

Phát huy tiềm năng du lịch nông thôn của tỉnh, gắn với xây dựng nông thôn mới.

II. TỔ CHỨC THỰC HIỆN

1. Sở Du lịch chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp báo cáo Ủy ban nhân \
dân tỉnh.
"""

_LISTING = """DANH MỤC NHIỆM VỤ PHÁT TRIỂN DU LỊCH NÔNG THÔN NĂM 2026
(Kèm theo Kế hoạch số 77/KH-UBND ngày 10 tháng 3 năm 2026 của UBND tỉnh Quảng Trị)

| STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện |
| --- | --- | --- | --- | --- |
| I | HẠ TẦNG DU LỊCH | | | |
| 1. | Nâng cấp bãi đỗ xe, nhà vệ sinh tại các điểm du lịch cộng đồng | UBND các huyện | Sở Xây \
dựng | Năm 2026 |
| 2. | Lắp đặt biển chỉ dẫn song ngữ tại các làng nghề | Sở Du lịch | UBND các huyện | 2026–2027 |
| II | QUẢNG BÁ | | | |
| 1. | Tổ chức đoàn famtrip giới thiệu sản phẩm du lịch nông thôn | UBND huyện Cam Lộ/Sở Du lịch \
| Hiệp hội Du lịch | Quý II/2026 |
| 2. | Hướng dẫn các hộ kinh doanh bảo đảm an toàn thực phẩm | UBND các xã | Các hộ kinh doanh | \
Thường xuyên |
"""


def _by_start(notice, start: str):
    found = [task for task in notice.tasks if start in task.text]
    assert len(found) == 1, [task.text[:60] for task in notice.tasks]
    return found[0]


def test_listing_without_appendix_line_gives_its_rows() -> None:
    notice = parse_notice(_plan(_BODY, _LISTING))
    parking = _by_start(notice, "bãi đỗ xe")
    assert parking.lead == ("UBND các huyện",)
    assert parking.deadline == date(2026, 12, 31)
    signs = _by_start(notice, "biển chỉ dẫn")
    assert signs.deadline == date(2027, 12, 31)
    food = _by_start(notice, "an toàn thực phẩm")
    assert food.lead == ("UBND các xã",)
    assert len(notice.tasks) == 5  # the body's task and the table's four rows


def test_slash_in_lead_cell_names_two_bodies() -> None:
    notice = parse_notice(_plan(_BODY, _LISTING))
    famtrip = _by_start(notice, "famtrip")
    assert famtrip.lead == ("UBND huyện Cam Lộ", "Sở Du lịch")
    assert famtrip.deadline == date(2026, 6, 30)


def test_listing_of_projects_without_table_gives_nothing() -> None:
    # a list of projects set out as numbered lines, no task table: the list names no work
    after = """DANH MỤC CÁC DỰ ÁN KÊU GỌI ĐẦU TƯ
(Kèm theo Kế hoạch số 77/KH-UBND ngày 10 tháng 3 năm 2026 của UBND tỉnh Quảng Trị)

1. Khu du lịch sinh thái hồ Khe Sanh, quy mô 50 ha.

2. Làng văn hóa du lịch cộng đồng Vĩnh Linh, quy mô 12 ha.
"""
    notice = parse_notice(_plan(_BODY, after))
    assert [task.text[:9] for task in notice.tasks] == ["Sở Du lịc"]


def test_listing_without_note_is_not_read() -> None:
    # "DANH MỤC" with no "(Kèm theo …)" note names no attached list
    after = _LISTING.replace(
        "(Kèm theo Kế hoạch số 77/KH-UBND ngày 10 tháng 3 năm 2026 của UBND tỉnh Quảng Trị)\n", ""
    )
    notice = parse_notice(_plan(_BODY, after))
    assert len(notice.tasks) == 1


_WORK_TABLE = """1. Mục tiêu

Nâng cao chất lượng đào tạo của Trường.

2. Kế hoạch triển khai

| STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn thực hiện | Sản phẩm dự \
kiến |
| --- | --- | --- | --- | --- | --- |
| 1 | Lấy ý kiến người học về giảng dạy | Phòng Khảo thí | Các Khoa | 6/2026 | Báo cáo |
| 2 | Khảo sát sinh viên tốt nghiệp | Phòng Đào tạo | Các Khoa | 1/2026 và 9/2026 | Báo cáo |
| 3 | Lấy ý kiến học phần | Phòng Khảo thí | Các Khoa | Kỳ 1: 3/2026 Kỳ 2: 10/2026 | Báo cáo |
| 4 | Xây dựng kế hoạch cải tiến chất lượng | Văn phòng | Các Khoa | Hoàn thành xây dựng kế \
hoạch vào 28/2/2026 | Kế hoạch |
| 5 | Báo cáo kết quả cải tiến | Văn phòng | Các Khoa | 31/11/2026 | Báo cáo |
| 6 | Nộp minh chứng kiểm định | Các Khoa | Phòng Khảo thí | Trước 15/5/2026 | Hồ sơ |
| 7 | Cập nhật dữ liệu xếp hạng | Phòng Khảo thí | Các Khoa | Theo yêu cầu của Đại học | Dữ liệu |
| 8 | Tổ chức hội thảo chia sẻ kinh nghiệm | Phòng Đào tạo | Các Khoa | Tháng 3-4/2026 | Kỷ yếu |
| 9 | Rà soát đề cương học phần | Các Khoa | Phòng Đào tạo | 15/3 - 30/4/2026 | Đề cương |
"""

_SCHOOL = """ĐẠI HỌC QUỐC GIA HÀ NỘI
TRƯỜNG ĐẠI HỌC KỸ THUẬT
Số: 12/KH-ĐHKT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 15 tháng 01 năm 2026

KẾ HOẠCH
Đảm bảo chất lượng năm 2026

"""


@pytest.mark.parametrize(
    ("start", "due", "kind"),
    [
        ("ý kiến người học", date(2026, 6, 30), DeadlineKind.PERIOD_END),
        ("sinh viên tốt nghiệp", date(2026, 9, 30), DeadlineKind.PERIOD_END),
        ("ý kiến học phần", date(2026, 10, 31), DeadlineKind.PERIOD_END),
        ("kế hoạch cải tiến", date(2026, 2, 28), DeadlineKind.ON_DATE),
        ("kết quả cải tiến", date(2026, 11, 30), DeadlineKind.ON_DATE),
        ("minh chứng", date(2026, 5, 15), DeadlineKind.BEFORE_DATE),
        ("dữ liệu xếp hạng", None, DeadlineKind.NONE),
        ("hội thảo chia sẻ", date(2026, 4, 30), DeadlineKind.PERIOD_END),
        ("đề cương học phần", date(2026, 4, 30), DeadlineKind.ON_DATE),
    ],
)
def test_time_cells(start: str, due: date | None, kind: DeadlineKind) -> None:
    notice = parse_notice(_SCHOOL + _WORK_TABLE)
    task = _by_start(notice, start)
    assert task.deadline == due
    assert task.deadline_kind is kind


def test_day_past_month_end_is_its_last_day() -> None:
    assert parse_date("31/11/2026", None) == (date(2026, 11, 30), True)
    assert parse_date("30/2/2026", None) == (date(2026, 2, 28), True)
    assert parse_date("32/1/2026", None) is None
    assert parse_date("15/13/2026", None) is None


_DRAFTING = """I. MỤC ĐÍCH, YÊU CẦU

Bảo đảm triển khai thi hành Luật kịp thời, thống nhất.

II. NỘI DUNG

1. Xây dựng văn bản quy định chi tiết thi hành Luật

a) Nghị định quy định chi tiết một số điều của Luật.

- Đơn vị chủ trì: Bộ Xây dựng

- Thời gian ban hành: Bảo đảm văn bản có hiệu lực từ ngày 01/7/2026.

b) Thông tư hướng dẫn hồ sơ, thủ tục cấp phép.

- Đơn vị chủ trì: Bộ Xây dựng

- Thời hạn ban hành: trước ngày 30/9/2026.

c) Thông tư quy định định mức chi phí.

- Đơn vị chủ trì: Bộ Tài chính

- Thời gian ban hành: Năm 2026.
"""

_DECISION_HEAD = """THỦ TƯỚNG CHÍNH PHỦ
Số: 99/QĐ-TTg

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 20 tháng 01 năm 2026

KẾ HOẠCH
Triển khai thi hành Luật Xây dựng năm 2025

"""


@pytest.mark.parametrize(
    ("start", "lead", "due", "kind"),
    [
        ("chi tiết một số điều", "Bộ Xây dựng", date(2026, 7, 1), DeadlineKind.BEFORE_DATE),
        ("hồ sơ, thủ tục", "Bộ Xây dựng", date(2026, 9, 30), DeadlineKind.BEFORE_DATE),
        ("định mức chi phí", "Bộ Tài chính", date(2026, 12, 31), DeadlineKind.PERIOD_END),
    ],
)
def test_drafting_items_dated_by_issue_time(
    start: str, lead: str, due: date, kind: DeadlineKind
) -> None:
    notice = parse_notice(_DECISION_HEAD + _DRAFTING)
    task = _by_start(notice, start)
    assert task.lead == (lead,)
    assert task.deadline == due
    assert task.deadline_kind is kind


def test_in_force_date_stated_as_fact_dates_nothing() -> None:
    text = (
        _DECISION_HEAD
        + """I. NỘI DUNG

1. Luật Xây dựng năm 2025 có hiệu lực từ ngày 01/7/2026. Bộ Xây dựng chủ trì tổ chức tập huấn \
Luật cho cán bộ, công chức.
"""
    )
    notice = parse_notice(text)
    task = _by_start(notice, "tập huấn")
    assert task.deadline is None


_STEPS = """I. NỘI DUNG

1. Rà soát các văn bản quy phạm pháp luật về xây dựng

a) Nội dung: Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh rà soát văn bản thuộc thẩm \
quyền, kiến nghị sửa đổi, bổ sung cho phù hợp với Luật.

b) Phân công: Bộ Xây dựng và các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh.

c) Thời gian thực hiện:

- Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh gửi kết quả rà soát về Bộ Xây dựng trước \
ngày 15/4/2026.

- Bộ Xây dựng tổng hợp kết quả rà soát, báo cáo Thủ tướng Chính phủ trước ngày 30/5/2026.

2. Tổ chức hội nghị phổ biến Luật

- Cơ quan chủ trì: Bộ Xây dựng.

- Thời gian thực hiện: Quý III năm 2026.
"""


def test_field_block_with_timetable_of_steps_is_one_task() -> None:
    notice = parse_notice(_DECISION_HEAD + _STEPS)
    assert len(notice.tasks) == 2
    review = _by_start(notice, "rà soát văn bản thuộc thẩm quyền")
    assert review.lead[0] == "Bộ Xây dựng"
    assert "Ủy ban nhân dân các tỉnh" in review.lead
    # a timetable of steps: the row falls due at its first step (as ttg-2623 is labelled)
    assert review.deadline == date(2026, 4, 15)
    assert review.deadline_kind is DeadlineKind.BEFORE_DATE
    meeting = _by_start(notice, "hội nghị phổ biến")
    assert meeting.lead == ("Bộ Xây dựng",)
    assert meeting.deadline == date(2026, 9, 30)


def test_steps_without_lead_field_stay_tasks() -> None:
    # no "Phân công" / "Cơ quan chủ trì" field: no row, each dated step names its own body
    text = _DECISION_HEAD + _STEPS.replace(
        "b) Phân công: Bộ Xây dựng và các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh.\n\n", ""
    )
    notice = parse_notice(text)
    summary = _by_start(notice, "tổng hợp kết quả rà soát")
    assert summary.lead == ("Bộ Xây dựng",)
    assert summary.deadline == date(2026, 5, 30)
