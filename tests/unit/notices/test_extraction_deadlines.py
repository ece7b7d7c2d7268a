"""Deadlines the parser got wrong on unseen documents (issue 11): hours before the day, dates
broken across lines, dates that are not deadlines, cycles that are not the task's, lead-ins.

Each phrasing is written for this test; several per class, none copied from a corpus document.
"""

from __future__ import annotations

from datetime import date

import pytest

from notices import parse_notice
from notices.deadlines import find_deadlines, pick_deadline
from notices.model import DeadlineKind, Recurrence

REFERENCE = date(2025, 6, 2)


def _pick(text: str) -> tuple[str, date | None, Recurrence | None] | None:
    hit = pick_deadline(find_deadlines(text, year=2025, reference=REFERENCE))
    return (hit.kind.value, hit.deadline, hit.recurrence) if hit else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an hour before the day: the day is the deadline
        ("gửi hồ sơ về Sở Nội vụ trước 14 giờ ngày 08 tháng 10 năm 2025",
         ("before_date", date(2025, 10, 8), None)),
        ("nộp báo cáo trước 17h00 ngày 15/11/2025", ("before_date", date(2025, 11, 15), None)),
        ("chậm nhất 16 giờ 30 phút ngày 20/11/2025", ("on_date", date(2025, 11, 20), None)),
        ("hoàn thành trước 9h ngày 01/12/2025", ("before_date", date(2025, 12, 1), None)),
        # a date the line break cut, joined with a space
        ("chậm nhất ngày 15/ 11/2025", ("on_date", date(2025, 11, 15), None)),
        ("trước ngày 30 tháng 6 năm 2025", ("before_date", date(2025, 6, 30), None)),
        # a named period after "định kỳ" is one dated task
        ("báo cáo định kỳ tháng 8/2026 về tình hình thực hiện",
         ("period_end", date(2026, 8, 31), None)),
        ("báo cáo định kỳ quý III năm 2025", ("period_end", date(2025, 9, 30), None)),
        ("báo cáo định kỳ 6 tháng đầu năm 2026 trước ngày 15/6/2026",
         ("before_date", date(2026, 6, 15), None)),
        ("báo cáo định kỳ 6 tháng đầu năm 2026", ("period_end", date(2026, 6, 30), None)),
        # a cycle of the task itself stays a cycle
        ("định kỳ hằng tháng báo cáo UBND tỉnh", ("recurring", None, Recurrence.MONTHLY)),
        ("hằng quý tổng hợp kết quả gửi Sở Tài chính", ("recurring", None, Recurrence.QUARTERLY)),
        ("báo cáo kết quả hằng quý", ("recurring", None, Recurrence.QUARTERLY)),
        ("gửi báo cáo trước ngày 20 hằng tháng", ("recurring", None, Recurrence.MONTHLY)),
        # a period word that describes the object is no cycle of the task
        ("xây dựng kế hoạch 5 năm và hằng năm về đào tạo", None),
        ("bố trí ngân sách hằng năm để thực hiện đề án", None),
        ("tham mưu giao chỉ tiêu biên chế hằng năm cho các đơn vị", None),
        ("lập dự toán kinh phí hằng năm của chương trình", None),
        ("tổ chức hội thi hai năm một lần", None),
        # dates that are not deadlines: a meeting, a referenced document, a past event
        ("Ngày 12/9/2025, đồng chí Phó Chủ tịch UBND tỉnh chủ trì cuộc họp", None),
        ("thực hiện theo Kế hoạch số 45/KH-UBND ngày 10/3/2025 của UBND tỉnh", None),
        ("quán triệt Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương", None),
        ("từ ngày 1/7/2025 đã vận hành chính quyền địa phương hai cấp", None),
        ("đến ngày 30/9/2025, toàn tỉnh đã giải ngân 65% kế hoạch vốn", None),
    ],
)  # fmt: skip
def test_deadline_phrases(text: str, expected: tuple[str, date | None, object] | None) -> None:
    assert _pick(text) == expected


def _notice(body: str) -> str:
    return (
        "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 12/TB-UBND\n"
        "Lạng Sơn, ngày 02 tháng 6 năm 2025\n\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n\n"
        "Chủ tịch UBND tỉnh kết luận như sau:\n" + body
    )


def test_one_deadline_for_an_enumerated_list_dates_each_lead() -> None:
    notice = parse_notice(
        _notice(
            "1. Sở Tài chính, Sở Xây dựng, Sở Công Thương và UBND huyện Chi Lăng rà soát danh mục "
            "dự án, hoàn thành trước ngày 30/6/2025.\n"
        )
    )
    [task] = notice.tasks
    assert task.lead == ("Sở Tài chính", "Sở Xây dựng", "Sở Công Thương", "UBND huyện Chi Lăng")
    assert task.deadline == date(2025, 6, 30)


def test_a_lead_in_deadline_dates_the_items_under_it() -> None:
    notice = parse_notice(
        _notice(
            "1. Các nhiệm vụ sau hoàn thành trong tháng 9/2025:\n"
            "a) Sở Y tế rà soát trạm y tế xã.\n"
            "b) Sở Giáo dục và Đào tạo sắp xếp điểm trường, hoàn thành trước ngày 15/8/2025.\n"
            "2. Sở Nội vụ tổng hợp kết quả.\n"
        )
    )
    rows = [(t.ref, t.lead, t.deadline) for t in notice.tasks]
    assert rows == [
        ("1.a", ("Sở Y tế",), date(2025, 9, 30)),
        ("1.b", ("Sở Giáo dục và Đào tạo",), date(2025, 8, 15)),  # its own date wins
        ("2", ("Sở Nội vụ",), None),  # no deadline invented for an undated item
    ]


def test_an_intro_deadline_dates_every_item() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nHUYỆN VĂN QUAN\nSố: 7/CV-UBND\nVăn Quan, ngày 5 tháng 6 năm 2025\n"
        "Kính gửi: Các phòng chuyên môn thuộc UBND huyện\n\n"
        "Để kịp tổng hợp, UBND huyện yêu cầu các cơ quan sau báo cáo trước ngày 20/6/2025:\n"
        "1. Phòng Nội vụ báo cáo biên chế.\n"
        "2. Phòng Tư pháp báo cáo công tác hộ tịch.\n"
    )
    notice = parse_notice(text)
    assert [(t.lead, t.deadline) for t in notice.tasks] == [
        (("Phòng Nội vụ",), date(2025, 6, 20)),
        (("Phòng Tư pháp",), date(2025, 6, 20)),
    ]


def test_sub_bullet_deadlines_stay_with_their_item_and_take_the_year() -> None:
    notice = parse_notice(
        _notice(
            "1. Sở Giao thông vận tải đôn đốc nhà thầu thi công các đoạn tuyến:\n"
            "- Đoạn Km161 - Km171: hoàn thành trước 30/7;\n"
            "- Đoạn Km171 - Km180: hoàn thành trong tháng 10;\n"
            "- Đoạn Km180 - Km186: thi công dứt điểm các hạng mục còn lại.\n"
        )
    )
    rows = [(t.lead, t.deadline, t.deadline_kind) for t in notice.tasks]
    assert rows == [
        (("Sở Giao thông vận tải",), date(2025, 7, 30), DeadlineKind.BEFORE_DATE),
        (("Sở Giao thông vận tải",), date(2025, 10, 31), DeadlineKind.PERIOD_END),
        (("Sở Giao thông vận tải",), None, DeadlineKind.NONE),
    ]


def test_a_cycle_and_a_dated_report_of_one_lead_are_two_tasks() -> None:
    notice = parse_notice(
        _notice(
            "1. Sở Tài chính định kỳ hằng quý báo cáo tiến độ giải ngân; báo cáo tổng kết năm "
            "trước ngày 15/12/2025.\n"
        )
    )
    assert [(t.recurrence, t.deadline) for t in notice.tasks] == [
        (Recurrence.QUARTERLY, None),
        (None, date(2025, 12, 15)),
    ]
