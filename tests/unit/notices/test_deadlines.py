"""Deadline phrases: each row names the notice phrasing it covers; most dates are not deadlines."""

from __future__ import annotations

from datetime import date

import pytest

from notices.deadlines import find_deadlines, names_due_date, pick_deadline
from notices.model import DeadlineKind, Recurrence

NOTICE_DATE = date(2026, 7, 20)

D = DeadlineKind


@pytest.mark.parametrize(
    ("text", "kind", "deadline", "phrase", "recurrence"),
    [
        # "trước ngày 15/8/2026": the task is late from 15/8 on
        ("báo cáo UBND tỉnh trước ngày 15/8/2026.", D.BEFORE_DATE, date(2026, 8, 15),
         "trước ngày 15/8/2026", None),
        # "hoàn thành trước ngày …" keeps the completion verb in the phrase
        ("; hoàn thành trước ngày 30/8/2026.", D.BEFORE_DATE, date(2026, 8, 30),
         "hoàn thành trước ngày 30/8/2026", None),
        # "thời gian hoàn thành trước ngày …" (bac-giang)
        ("; thời gian hoàn thành trước ngày 30/9/2026.", D.BEFORE_DATE, date(2026, 9, 30),
         "thời gian hoàn thành trước ngày 30/9/2026", None),
        # "trước 31/10/2026" without "ngày"
        ("gửi Sở Nội vụ trước 31/10/2026", D.BEFORE_DATE, date(2026, 10, 31),
         "trước 31/10/2026", None),
        # day and month in words
        ("trình UBND tỉnh trước ngày 05 tháng 9 năm 2026", D.BEFORE_DATE, date(2026, 9, 5),
         "trước ngày 05 tháng 9 năm 2026", None),
        # no year: the notice's year
        ("gửi kết quả trước ngày 15/8", D.BEFORE_DATE, date(2026, 8, 15), "trước ngày 15/8", None),
        # no year and already past in the notice year: next year ("trước ngày 15/01" in July)
        ("nộp hồ sơ trước ngày 15/01", D.BEFORE_DATE, date(2027, 1, 15), "trước ngày 15/01", None),
        # "chậm nhất ngày 27/10/2026": due that day (bac-son)
        ("gửi về Phòng Kinh tế chậm nhất ngày 27/10/2026.", D.ON_DATE, date(2026, 10, 27),
         "chậm nhất ngày 27/10/2026", None),
        # "chậm nhất đến ngày …"
        ("báo cáo chậm nhất đến ngày 15/9/2026", D.ON_DATE, date(2026, 9, 15),
         "chậm nhất đến ngày 15/9/2026", None),
        # "chậm nhất là ngày …", dotted date
        ("chậm nhất là ngày 01.12.2026", D.ON_DATE, date(2026, 12, 1),
         "chậm nhất là ngày 01.12.2026", None),
        # "hạn chót" / "thời hạn hoàn thành:"
        ("Thời hạn hoàn thành: ngày 30/11/2026.", D.ON_DATE, date(2026, 11, 30),
         "Thời hạn hoàn thành: ngày 30/11/2026", None),
        ("hạn chót 20/8/2026", D.ON_DATE, date(2026, 8, 20), "hạn chót 20/8/2026", None),
        # "hoàn thành trong ngày …", "đến hết ngày …"
        ("hoàn thành trong ngày 25/7/2026", D.ON_DATE, date(2026, 7, 25),
         "hoàn thành trong ngày 25/7/2026", None),
        ("thực hiện đến hết ngày 31/12/2026", D.ON_DATE, date(2026, 12, 31),
         "đến hết ngày 31/12/2026", None),
        # go-live: preparation late from the go-live day (bac-giang)
        ("chuẩn bị điều kiện để đi vào hoạt động từ ngày 01/10/2026", D.BEFORE_DATE,
         date(2026, 10, 1), "để đi vào hoạt động từ ngày 01/10/2026", None),
        # "trong tháng 10 năm 2026" → the month's last day
        ("tổ chức tập huấn trong tháng 10 năm 2026", D.PERIOD_END, date(2026, 10, 31),
         "trong tháng 10 năm 2026", None),
        ("hoàn thành trong tháng 11/2026", D.PERIOD_END, date(2026, 11, 30),
         "hoàn thành trong tháng 11/2026", None),
        ("xong trước cuối tháng 9", D.PERIOD_END, date(2026, 9, 30), "trước cuối tháng 9", None),
        # quarters: "quý IV" → 31/12 of the notice year; "quý III/2026"; "quý 2 năm 2027"
        ("hoàn thành trong quý IV", D.PERIOD_END, date(2026, 12, 31), "hoàn thành trong quý IV",
         None),
        ("triển khai trong quý III/2026", D.PERIOD_END, date(2026, 9, 30),
         "trong quý III/2026", None),
        ("hoàn thành quý 2 năm 2027", D.PERIOD_END, date(2027, 6, 30),
         "hoàn thành quý 2 năm 2027", None),
        # year ends: "cuối năm 2026", "từ nay đến cuối năm", "trong 6 tháng cuối năm"
        ("phấn đấu đến cuối năm 2026 đạt 100%", D.PERIOD_END, date(2026, 12, 31),
         "đến cuối năm 2026", None),
        ("từ nay đến cuối năm phải hoàn thành", D.PERIOD_END, date(2026, 12, 31),
         "từ nay đến cuối năm", None),
        ("các nhiệm vụ trong 06 tháng cuối năm 2026", D.PERIOD_END, date(2026, 12, 31),
         "trong 06 tháng cuối năm 2026", None),
        # "trong năm 2026" counts only with hoàn thành/xong in the clause
        ("hoàn thành việc số hóa trong năm 2026", D.PERIOD_END, date(2026, 12, 31),
         "trong năm 2026", None),
        # "cuối quý" relative to the notice date (July → 30/9)
        ("báo cáo kết quả vào cuối quý", D.PERIOD_END, date(2026, 9, 30), "cuối quý", None),
        # recurring: deadline null, recurrence set
        ("định kỳ hằng quý báo cáo", D.RECURRING, None, "định kỳ hằng quý", Recurrence.QUARTERLY),
        ("báo cáo định kỳ hàng tháng", D.RECURRING, None, "định kỳ hàng tháng",
         Recurrence.MONTHLY),
        ("định kỳ 6 tháng đánh giá", D.RECURRING, None, "định kỳ 6 tháng", Recurrence.HALF_YEARLY),
        ("tổng kết hằng năm", D.RECURRING, None, "hằng năm", Recurrence.YEARLY),
        ("báo cáo trước ngày 31 tháng 3 hằng năm", D.RECURRING, None,
         "trước ngày 31 tháng 3 hằng năm", Recurrence.YEARLY),
        ("trước ngày 15/12 hằng năm", D.RECURRING, None, "trước ngày 15/12 hằng năm",
         Recurrence.YEARLY),
        ("gửi báo cáo trước ngày 20 hằng tháng", D.RECURRING, None, "trước ngày 20 hằng tháng",
         Recurrence.MONTHLY),
        ("báo cáo trước ngày 15 của tháng cuối quý", D.RECURRING, None,
         "trước ngày 15 của tháng cuối quý", Recurrence.QUARTERLY),
        # bare "định kỳ báo cáo": recurring, period left to the import preview (ubnd-tinh)
        ("định kỳ báo cáo Ban Chỉ đạo.", D.RECURRING, None, "định kỳ", None),
        # a recurrence with a due day written without a year: "Hằng năm, … trước ngày 15/12"
        ("Hằng năm, báo cáo trước ngày 15/12", D.RECURRING, None, "Hằng năm", Recurrence.YEARLY),
        # a "Thời hạn:" / "Thời gian thực hiện:" cell, as in tables of tasks
        ("Thời hạn: tháng 10/2026", D.PERIOD_END, date(2026, 10, 31), "Thời hạn: tháng 10/2026",
         None),
        ("Thời gian thực hiện: Quý III/2026", D.PERIOD_END, date(2026, 9, 30),
         "Thời gian thực hiện: Quý III/2026", None),
        ("Thời hạn: năm 2027", D.PERIOD_END, date(2027, 12, 31), "Thời hạn: năm 2027", None),
        ("hoàn thành chậm nhất trong tháng 9/2026", D.PERIOD_END, date(2026, 9, 30),
         "chậm nhất trong tháng 9/2026", None),
        # ongoing
        ("thường xuyên kiểm tra, đôn đốc", D.ONGOING, None, "thường xuyên", None),
        ("cập nhật liên tục dữ liệu", D.ONGOING, None, "liên tục", None),
    ],
)  # fmt: skip
def test_deadline_phrase(
    text: str,
    kind: DeadlineKind,
    deadline: date | None,
    phrase: str,
    recurrence: Recurrence | None,
) -> None:
    hit = pick_deadline(find_deadlines(text, year=2026, reference=NOTICE_DATE))
    assert hit is not None
    assert (hit.kind, hit.deadline, hit.phrase, hit.recurrence) == (
        kind,
        deadline,
        phrase,
        recurrence,
    )


@pytest.mark.parametrize(
    "text",
    [
        "theo Kế hoạch số 01/KH-UBND ngày 04/01/2026 của UBND tỉnh",  # a reference to a document
        "Quyết định số 1118/QĐ-UBND ngày 03/6/2026",  # a reference
        "Ngày 07/3/2026, Chủ tịch UBND huyện tổ chức Hội nghị",  # the meeting date
        "tính đến 18/10/2026, tổng số hồ sơ",  # an as-of date
        "kết quả 6 tháng đầu năm 2026",  # a past report period
        "so với năm 2025 tăng 12,58%",  # comparison and a percentage
        "xếp thứ 6/10 huyện, thành phố; 9/63 tỉnh",  # ranks
        "giai đoạn 2021 - 2025, tầm nhìn đến năm 2030",  # a plan period
        "tự đảm bảo một phần chi thường xuyên",  # recurrent spending, not "ongoing"
        "chưa thường xuyên rà soát",  # a criticism, not an order
        "để thực hiện tốt các chỉ số trong năm 2026",  # a year without hoàn thành
        "trước hạn, đúng hạn",  # no date
        "khẩn trương thực hiện ngay",  # urgency has no date
        "kết quả quý I/2026",  # a past quarter
        "trong tháng 5 năm 2026 đã tiếp nhận 300 hồ sơ",  # a past month
    ],
)
def test_not_a_deadline(text: str) -> None:
    hits = find_deadlines(text, year=2026, reference=NOTICE_DATE)
    assert hits == [], hits


def test_dated_deadline_beats_ongoing_and_recurring() -> None:
    text = "thường xuyên theo dõi, định kỳ hằng quý báo cáo, hoàn thành trước ngày 30/9/2026"
    hit = pick_deadline(find_deadlines(text, year=2026, reference=NOTICE_DATE))
    assert hit is not None and hit.deadline == date(2026, 9, 30)


def test_invalid_dates_are_ignored() -> None:
    assert find_deadlines("trước ngày 31/2/2026", year=2026, reference=NOTICE_DATE) == []
    assert find_deadlines("trước ngày 12/13/2026", year=2026, reference=NOTICE_DATE) == []


def test_without_any_year_a_dated_phrase_keeps_its_kind() -> None:
    hit = pick_deadline(find_deadlines("trong quý IV", year=None, reference=None))
    assert hit is not None and hit.kind is D.PERIOD_END and hit.deadline is None


@pytest.mark.parametrize(
    ("text", "yearless", "expected"),
    [
        ("báo cáo Sở Nội vụ trước ngày 30/6/2026", False, True),
        ("hoàn thành trong tháng 12/2025", False, True),
        ("báo cáo trước ngày 30/6", False, False),  # no year: undated unless any year stands in
        ("báo cáo trước ngày 30/6", True, True),
        ("báo cáo định kỳ hằng năm", True, False),  # a recurrence is not a date
        ("thực hiện thường xuyên", True, False),
        ("theo Kế hoạch số 12/KH-UBND ngày 05/3/2026 của UBND tỉnh", False, False),
    ],
)
def test_names_due_date_is_the_one_test_of_a_due_date(
    text: str, yearless: bool, expected: bool
) -> None:
    assert names_due_date(text, yearless=yearless) is expected
