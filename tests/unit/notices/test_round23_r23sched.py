"""Round 23 (r23sched): a Sở's schedule table of a procedure, one task per row.

"STT | Công việc | Thời gian | Người thực hiện & kết quả": the doer column names the product
beside the doer and still leads each row; a time cell that notes a step's duration ("≤ 20 ngày
làm việc") or its planned days ("Dự kiến 10/7/2026") is due by its dates; a short row reads on
in the row's order, its time cell before the doer; "SYT" (Sở Y tế) is a body. Documents invented
for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from notices import parse_notice
from notices.assignees import analyze
from notices.model import DeadlineKind
from notices.schedule_times import schedule_time

_PLAN = """SỞ Y TẾ TỈNH AN GIANG
Số: 415/KH-SYT
An Giang, ngày 02 tháng 3 năm 2026

KẾ HOẠCH
Mua sắm trang thiết bị y tế năm 2026

I. Mục tiêu

Bảo đảm đủ trang thiết bị cho các cơ sở khám bệnh, chữa bệnh trong tỉnh.

II. Nội dung kế hoạch

| STT | Công việc | Thời gian | Người thực hiện & kết quả |
|---|---|---|---|
| 1 | Tổng hợp nhu cầu trang thiết bị của các đơn vị | 05/3/2026 – 20/3/2026 | Phòng Kế hoạch |
| 2 | Thẩm định danh mục | 23/3/2026 – 10/4/2026 ≤ 15 ngày làm việc | Hội đồng thẩm định |
| 3 | Phê duyệt dự toán | ≤ 5 ngày Dự kiến 17/4/2026 | Giám đốc SYT |
| 4 | Đăng thông báo mời thầu trên mạng đấu thầu | Trước ngày 30/4/2026 ≤ 3 ngày | SYT |
| 5 | Ký kết hợp đồng với nhà thầu | 7 ngày làm việc sau khi có kết quả | Các bệnh viện tỉnh |

III. Tổ chức thực hiện

Đề nghị các đơn vị triển khai thực hiện theo đúng tiến độ của kế hoạch./.

GIÁM ĐỐC
Trần Văn Bình
"""


def test_schedule_rows_are_tasks_of_their_doers() -> None:
    tasks = parse_notice(_PLAN).tasks
    got = [(task.lead, task.deadline, task.deadline_kind) for task in tasks[:5]]
    assert got == [
        (("Phòng Kế hoạch",), date(2026, 3, 20), DeadlineKind.ON_DATE),
        (("Hội đồng thẩm định",), date(2026, 4, 10), DeadlineKind.ON_DATE),
        (("Giám đốc SYT",), date(2026, 4, 17), DeadlineKind.ON_DATE),
        (("SYT",), date(2026, 4, 30), DeadlineKind.BEFORE_DATE),
        (("Các bệnh viện tỉnh",), None, DeadlineKind.NONE),
    ]


def test_short_row_reads_on_without_its_time_cell() -> None:
    # the unitables convention: time and number cells are left out of the run-on (review)
    texts = [task.text for task in parse_notice(_PLAN).tasks]
    assert any("phê duyệt dự toán | Giám đốc SYT" in t for t in texts)
    # a long row is its work alone
    assert any(t.endswith("tổng hợp nhu cầu trang thiết bị của các đơn vị; thời hạn: 20/3/2026.")
               for t in texts)  # fmt: skip


@pytest.mark.parametrize(
    ("cell", "dates"),
    [
        ("26/4/2026 – 21/5/2026 ≤ 20 ngày làm (trả lại hồ sơ ≤ 5 ngày)", "21/5/2026"),
        ("04/6/2026-15/6/2026 ≤ 10 (ngày làm việc)", "15/6/2026"),
        ("Trước ngày 25/5/2026 ≤ 3 ngày làm việc", "Trước ngày 25/5/2026"),
        ("≤ 10 ngày Dự kiến 10/7/2026", "10/7/2026"),
        ("≥ 20 ngày Dự kiến 23/7/2026 ~ 14/8/2026", "14/8/2026"),
        ("Đăng ít nhất 01 kỳ sau khi được phê duyệt Dự kiến 20/7/2026", "20/7/2026"),
    ],
)
def test_duration_notes_leave_the_dates(cell: str, dates: str) -> None:
    assert schedule_time(cell) == dates


@pytest.mark.parametrize(
    "cell",
    [
        "≤ 5 ngày làm việc",  # a duration alone: no date
        "01/3/2026 – 05/3/2026",  # no note: the table's own reader takes the span
        "Tháng 3/2026",
        "Quý II/2026",
        "Từ 15/3/2026 đến 30/4/2026",
    ],
)
def test_cells_without_a_note_stay(cell: str) -> None:
    assert schedule_time(cell) == cell


_EVENTS = """SỞ Y TẾ TỈNH AN GIANG
Số: 416/KH-SYT

KẾ HOẠCH
Tổ chức Hội nghị tổng kết năm 2025

| Thời gian | Nội dung | Người thực hiện & kết quả |
|---|---|---|
| 08h00 ngày 15/01/2026 | Khai mạc hội nghị | Giám đốc Sở Y tế |
| 08h30 ngày 15/01/2026 | Báo cáo tổng kết công tác năm 2025 | Phòng Nghiệp vụ Y |

GIÁM ĐỐC
Trần Văn Bình
"""


def test_a_running_order_with_the_same_doer_column_gives_no_row_tasks() -> None:
    # a plain "Nội dung" after its time is an agenda (what happens when), not work given
    texts = [task.text for task in parse_notice(_EVENTS).tasks]
    assert not any("chủ trì: khai mạc" in text for text in texts)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Giao Tổ xây dựng hồ sơ mời thầu chủ trì: lập hồ sơ mời thầu; thời hạn: 15/6/2026.",
            "Tổ xây dựng hồ sơ mời thầu",
        ),
        ("Giao Tổ tiếp nhận hồ sơ chủ trì: tiếp nhận hồ sơ dự thầu.", "Tổ tiếp nhận hồ sơ"),
        (
            "Giao Các Tổ kiểm tra liên ngành chủ trì: kiểm tra các cơ sở bán lẻ thuốc.",
            "Các Tổ kiểm tra liên ngành",
        ),
    ],
)
def test_a_team_named_by_its_work_keeps_its_verb(sentence: str, name: str) -> None:
    assert [lead.name for lead in analyze(sentence).leads] == [name]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # no later "chủ trì": the verb after the team is its predicate
        ("Tổ công tác xây dựng kế hoạch kiểm tra, chủ trì tổng hợp kết quả.", "Tổ công tác"),
        ("Phòng Kế hoạch xây dựng dự toán chủ trì: x.", "Phòng Kế hoạch"),
    ],
)
def test_other_names_still_end_at_their_verb(sentence: str, name: str) -> None:
    assert [lead.name for lead in analyze(sentence).leads] == [name]


# A scan's table over a page break: the OCR writes each page's rows as a block of its own; the
# second block has no header, a row the OCR read outside the ruling may stand between them.
_SCAN = """SỞ Y TẾ TỈNH AN GIANG
Số: 417/KH-SYT

KẾ HOẠCH
Tiêm chủng mở rộng năm 2026

1. Lịch triển khai

| STT | Nội dung công việc | Thời gian | Đơn vị thực hiện |
| 01 | Rà soát đối tượng tiêm chủng tại các xã | Trước ngày 15/3/2026 | Trạm Y tế các xã |
| 02 | Tiếp nhận và cấp phát vắc xin | 16/3/2026 – 20/3/2026 | Trung tâm Kiểm soát bệnh tật |

|

2

| 03 | Tổ chức buổi tiêm chủng | Tháng 4/2026 | Trạm Y tế các xã |
| 04 | Báo cáo kết quả tiêm chủng về Sở Y tế | Trước ngày 10/5/2026 | Trung tâm Y tế các huyện |

2. Tổ chức thực hiện

Các đơn vị triển khai thực hiện theo kế hoạch./.
"""

_NEW_TABLE = """SỞ Y TẾ TỈNH AN GIANG
Số: 418/KH-SYT

KẾ HOẠCH
Kiểm tra chất lượng bệnh viện năm 2026

| STT | Nội dung công việc | Thời gian | Đơn vị thực hiện |
| 01 | Tự kiểm tra, đánh giá chất lượng | Trước ngày 15/11/2026 | Các bệnh viện |

2. Lịch kiểm tra các đơn vị:

| 01 | Bệnh viện đa khoa tỉnh | 20/11/2026 | Đoàn kiểm tra số 1 |
| 02 | Trung tâm Y tế huyện Tri Tôn | 22/11/2026 | Đoàn kiểm tra số 2 |
"""


def test_rows_after_a_page_break_go_on_under_the_header() -> None:
    tasks = parse_notice(_SCAN).tasks
    got = [(task.lead, task.deadline) for task in tasks[:4]]
    assert got == [
        (("Trạm Y tế các xã",), date(2026, 3, 15)),
        (("Trung tâm Kiểm soát bệnh tật",), date(2026, 3, 20)),
        (("Trạm Y tế các xã",), date(2026, 4, 30)),
        (("Trung tâm Y tế các huyện",), date(2026, 5, 10)),
    ]


def test_a_block_after_a_heading_is_no_continuation() -> None:
    # a numbered heading between the blocks starts new text: the second block is no task rows
    texts = [task.text for task in parse_notice(_NEW_TABLE).tasks]
    assert not any("Đoàn kiểm tra số 1 chủ trì" in text for text in texts)
