"""Deadlines read in their sentence: a countdown is no deadline; "trong năm …" counts as a period
end when the sentence says the work is to be completed, however long the sentence."""

from __future__ import annotations

from datetime import date

import pytest

from notices.deadlines import find_deadlines, pick_deadline
from notices.model import DeadlineKind, Recurrence

NOTICE_DATE = date(2025, 11, 18)


@pytest.mark.parametrize(
    "text",
    [
        # how much time is left, said to urge the work on
        "Từ nay đến hết năm 2025 chỉ còn gần 2 tháng, một số dự án hiện còn khối lượng lớn",
        "Từ nay đến cuối năm 2025 chỉ còn khoảng 45 ngày, yêu cầu các sở tập trung",
        "từ nay đến hết quý IV năm 2025 còn 02 tháng nữa nên các địa phương phải khẩn trương",
        "Từ nay đến hết tháng 12/2025, thì chỉ còn hơn một tháng",
    ],
)
def test_a_countdown_is_no_deadline(text: str) -> None:
    hits = find_deadlines(text, year=2025, reference=NOTICE_DATE)
    assert hits == [], hits


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        # the same phrases as time limits of the work
        ("hoàn thành từ nay đến hết năm 2025", date(2025, 12, 31)),
        ("Từ nay đến cuối năm 2025, các sở hoàn thành việc rà soát", date(2025, 12, 31)),
        ("triển khai từ nay đến hết quý IV năm 2025", date(2025, 12, 31)),
    ],
)
def test_the_same_phrases_still_date_work(text: str, deadline: date) -> None:
    hit = pick_deadline(find_deadlines(text, year=2025, reference=NOTICE_DATE))
    assert hit is not None and hit.deadline == deadline


@pytest.mark.parametrize(
    "text",
    [
        "Hoàn thành 100% thủ tục hành chính liên quan đến doanh nghiệp được thực hiện trực tuyến, "
        "thông suốt, liền mạch, hiệu quả, giảm tối đa giấy tờ trong năm 2025 (Phụ lục II).",
        "Chủ tịch Ủy ban nhân dân các tỉnh tập trung chỉ đạo rà soát, điều chỉnh quy trình nội "
        "bộ, "
        "hoàn thành mục tiêu 100% thủ tục được thực hiện không phụ thuộc vào địa giới hành chính "
        "trong phạm vi cấp tỉnh (theo Phụ lục III kèm theo) trong năm 2025.",
        "Hoàn tất việc số hóa toàn bộ hồ sơ địa chính, cơ sở dữ liệu đất đai, bản đồ địa hình và "
        "kết nối với hệ thống thông tin giải quyết thủ tục hành chính của tỉnh vào năm 2026.",
    ],
)
def test_completion_anywhere_in_the_sentence_dates_the_year(text: str) -> None:
    hit = pick_deadline(find_deadlines(text, year=2025, reference=NOTICE_DATE))
    assert hit is not None
    assert hit.kind is DeadlineKind.PERIOD_END
    assert hit.deadline is not None and hit.deadline.month == 12 and hit.deadline.day == 31


def test_completion_in_an_earlier_sentence_does_not_date_the_year() -> None:
    text = (
        "Năm 2024, tỉnh đã hoàn thành 95% chỉ tiêu về cải cách hành chính theo kế hoạch được "
        "giao. "
        "Các sở, ngành tiếp tục theo dõi, đánh giá việc thực hiện các chỉ số cải cách hành chính "
        "trong năm 2025."
    )
    assert find_deadlines(text, year=2025, reference=NOTICE_DATE) == []


@pytest.mark.parametrize(
    "text",
    [
        "Tăng cường kiểm tra về bình đẳng giới trong Tháng hành động. Xử lý nghiêm vi phạm",
        "tổ chức các hoạt động tình nguyện trong Tháng Thanh niên",
        "vận động ủng hộ trong Tháng Nhân đạo",
    ],
)
def test_a_named_month_campaign_is_no_deadline(text: str) -> None:
    assert find_deadlines(text, year=2025, reference=NOTICE_DATE) == []


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("hoàn thành trong Tháng này", date(2025, 11, 30)),
        ("báo cáo kết quả cuối Quý này", date(2025, 12, 31)),
        ("hoàn thành trong tháng này", date(2025, 11, 30)),
    ],
)
def test_this_month_or_quarter_still_dates_work(text: str, deadline: date) -> None:
    hit = pick_deadline(find_deadlines(text, year=2025, reference=NOTICE_DATE))
    assert hit is not None and hit.deadline == deadline


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        # a start is no deadline; the end of a range of quarters is
        ("Thời gian thực hiện: từ quý II/2026.", None),
        ("bắt đầu từ quý III năm 2026, các sở triển khai", None),
        ("triển khai từ quý II đến quý IV/2026", date(2026, 12, 31)),
        ("hoàn thành trong quý II/2026", date(2026, 6, 30)),
    ],
)
def test_a_quarter_after_tu_is_when_work_starts(text: str, deadline: date | None) -> None:
    hit = pick_deadline(find_deadlines(text, year=2026, reference=NOTICE_DATE))
    assert (hit.deadline if hit else None) == deadline


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        # a milestone set for a day is due that day
        (
            "Bộ Xây dựng đẩy nhanh thủ tục và khởi công dự án mở rộng cao tốc Trung Lương - Mỹ "
            "Thuận vào ngày 19 tháng 12 năm 2025.",
            date(2025, 12, 19),
        ),
        ("tổ chức lễ khánh thành cầu Phong Châu vào ngày 30/12/2025", date(2025, 12, 30)),
        ("Sở Giao thông đưa vào khai thác tuyến tránh vào ngày 15/12/2025", date(2025, 12, 15)),
        ("thông xe toàn tuyến vào ngày 31 tháng 12 năm 2025", date(2025, 12, 31)),
        # a day that only places an event, or a milestone already done, is no deadline
        ("Hội nghị sơ kết được tổ chức vào ngày 25/11/2025 tại Hà Nội", None),
        ("Dự án đã khánh thành vào ngày 2/9, các sở tiếp tục theo dõi vận hành", None),
        ("Đoàn công tác làm việc với tỉnh vào ngày 20/12/2025", None),
    ],
)
def test_a_milestone_on_a_day_is_due_that_day(text: str, deadline: date | None) -> None:
    hit = pick_deadline(find_deadlines(text, year=2025, reference=NOTICE_DATE))
    assert (hit.deadline if hit else None) == deadline
    assert hit is None or hit.kind is DeadlineKind.ON_DATE


@pytest.mark.parametrize(
    ("text", "kind", "deadline"),
    [
        # "định kỳ" with a day of a month and no year: that day every year
        (
            "Các sở xây dựng kế hoạch chi tiết hằng năm và định kỳ báo cáo kết quả thực hiện "
            "trước ngày 20/11 về Sở Khoa học và Công nghệ",
            DeadlineKind.RECURRING,
            None,
        ),
        (
            "Các sở định kỳ rà soát, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12",
            DeadlineKind.RECURRING,
            None,
        ),
        # with the year written, it is that one day
        ("định kỳ báo cáo trước ngày 20/11/2025", DeadlineKind.BEFORE_DATE, date(2025, 11, 20)),
    ],
)
def test_a_periodic_report_by_a_day_of_a_month_is_yearly(
    text: str, kind: DeadlineKind, deadline: date | None
) -> None:
    hit = pick_deadline(find_deadlines(text, year=2025, reference=NOTICE_DATE))
    assert hit is not None and (hit.kind, hit.deadline) == (kind, deadline)
    if kind is DeadlineKind.RECURRING:
        assert hit.recurrence is Recurrence.YEARLY
