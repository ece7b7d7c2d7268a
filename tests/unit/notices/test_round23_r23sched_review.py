"""Round 23 (r23sched), review: the reviewer's inputs for the schedule-table rules.

A second table after a schedule (its own header) is no continuation of it; a time anchored to
another date ("Sau 05 ngày làm việc kể từ ngày 10/3/2026") gives no date; a team named by its
work is one name only in the "Giao … chủ trì:" sentence a table row writes; "<=" is a duration
note; a short row's run-on leaves the time cell out (the unitables convention). Public entry
points only, so every test runs on main too. Documents invented for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from notices import parse_notice
from notices.assignees import analyze

_HEAD = """SỞ Y TẾ TỈNH AN GIANG
Số: 420/KH-SYT
An Giang, ngày 02 tháng 3 năm 2026

KẾ HOẠCH
Kiểm tra công tác phòng, chống dịch năm 2026

II. Nội dung

"""

_SCHEDULE = """| STT | Nội dung công việc | Thời gian | Đơn vị thực hiện |
| 01 | Kiểm tra các cơ sở khám bệnh, chữa bệnh tư nhân | Trước ngày 15/4/2026 | Phòng Nghiệp vụ Y |
| 02 | Tổng hợp kết quả kiểm tra báo cáo Giám đốc Sở | Trước ngày 30/4/2026 | Thanh tra Sở |
"""

_MEMBERS = """| STT | Họ và tên | Chức vụ | Đơn vị công tác |
| 1 | Nguyễn Văn An | Phó Giám đốc | Sở Y tế |
| 2 | Trần Thị Bình | Trưởng phòng | Sở Y tế |
| 3 | Lê Văn Cường | Chánh Thanh tra | Sở Y tế |
"""

_BUDGET = """| STT | Nội dung chi | Số lượng | Thành tiền (đồng) |
| 1 | Hóa chất diệt muỗi | 500 lít | 150.000.000 |
| 2 | Máy phun hóa chất | 02 máy | 80.000.000 |
"""

_TAIL = """
III. Tổ chức thực hiện

Các đơn vị triển khai thực hiện theo kế hoạch./.

GIÁM ĐỐC
Trần Văn Bình
"""


@pytest.mark.parametrize(
    ("between", "second"),
    [
        ("\nThành phần Đoàn kiểm tra\n\n", _MEMBERS),
        ("\n\n", _MEMBERS),
        ("\nDỰ TOÁN KINH PHÍ THỰC HIỆN\n\n", _BUDGET),
    ],
)
def test_a_second_table_with_its_own_header_is_no_continuation(between: str, second: str) -> None:
    tasks = parse_notice(_HEAD + _SCHEDULE + between + second + _TAIL).tasks
    # the schedule's two rows only (the last may run on over the text after it, as on main)
    assert [task.lead for task in tasks] == [("Phòng Nghiệp vụ Y",), ("Thanh tra Sở",)]
    assert not any("chủ trì: nguyễn" in t.text.lower() for t in tasks)
    assert not any("150.000.000" in lead for task in tasks for lead in task.lead)


def _row(time: str) -> str:
    return (
        _HEAD
        + "| STT | Nội dung công việc | Thời gian | Đơn vị thực hiện | Phối hợp |\n"
        + f"| 01 | Thẩm định hồ sơ đề nghị cấp phép hoạt động | {time} | Phòng Nghiệp vụ Y |"
        + " Thanh tra Sở |\n"
        + _TAIL
    )


def _deadline(time: str) -> date | None:
    tasks = [t for t in parse_notice(_row(time)).tasks if "Phòng Nghiệp vụ Y" in t.lead]
    assert tasks
    return tasks[0].deadline


@pytest.mark.parametrize(
    "time",
    [
        "Sau 05 ngày làm việc kể từ ngày 10/3/2026",
        "Không quá 05 ngày làm việc sau ngày 20/5/2026",
        "Trước 15 ngày làm việc so với ngày 30/6/2026",
        "Dự kiến 3 ngày sau 10/7/2026",
    ],
)
def test_a_time_anchored_to_another_date_is_not_due_on_it(time: str) -> None:
    assert _deadline(time) is None


@pytest.mark.parametrize(
    ("time", "due"),
    [
        ("22/5/2026 ~ 30/5/2026 <= 5 ngày", date(2026, 5, 30)),
        ("26/4/2026 - 21/5 ≤ 20 ngày làm việc", date(2026, 5, 21)),
        ("Ngày 05/6/2026 và 12/6/2026 (≤ 2 ngày)", date(2026, 6, 12)),
        ("Dự kiến từ 10/7/2026 đến 20/7/2026", date(2026, 7, 20)),
        ("Truoc ngay 10/6/2026 ≤ 3 ngay", date(2026, 6, 10)),
    ],
)
def test_time_cells_with_a_duration_are_due_by_their_dates(time: str, due: date) -> None:
    assert _deadline(time) == due


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Tổ kiểm tra tiến hành kiểm tra tại các cơ sở và chủ trì tổng hợp kết quả, gửi về Sở"
            " trước ngày 15/7/2026.",
            "Tổ kiểm tra",
        ),
        (
            "Tổ thẩm định kiểm tra hồ sơ do đồng chí Phó Giám đốc chủ trì và báo cáo kết quả.",
            "Tổ thẩm định",
        ),
        ("Tổ kiểm tra báo cáo kết quả cho đơn vị chủ trì trước ngày 30/6/2026.", "Tổ kiểm tra"),
    ],
)
def test_a_team_in_prose_ends_at_its_verb(sentence: str, name: str) -> None:
    assert [lead.name for lead in analyze(sentence).leads] == [name]


def test_a_team_name_with_its_short_form_is_one_name() -> None:
    sentence = (
        "Giao Tổ xây dựng kế hoạch lựa chọn nhà thầu (Tổ KHLCNT) chủ trì: lập kế hoạch"
        " lựa chọn nhà thầu."
    )
    names = [lead.name for lead in analyze(sentence).leads]
    assert names and names[0].startswith("Tổ xây dựng kế hoạch lựa chọn nhà thầu")


def test_a_short_row_runs_on_without_its_time_cell() -> None:
    text = (
        _HEAD
        + "| TT | Nội dung | Thời gian | Người phụ trách |\n"
        + "| 1 | Khai giảng | 05/9/2026 | Hiệu trưởng |\n"
        + "| 2 | Tổng kết học kỳ I và báo cáo kết quả | 15/01/2027 | Phó Hiệu trưởng |\n"
        + _TAIL
    )
    texts = [task.text for task in parse_notice(text).tasks]
    assert any("khai giảng | Hiệu trưởng" in t for t in texts), texts
    assert not any("| 05/9/2026 |" in t for t in texts)
