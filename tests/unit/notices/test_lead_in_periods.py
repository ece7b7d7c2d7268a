"""Deadlines a notice states once for many points: a "từ nay đến …" period in a heading, and a
closing paragraph that dates "các nội dung nêu trên"; long "Về …" topic headings in bold."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from notices import parse_notice
from notices.assignees import is_remark
from notices.deadlines import find_deadlines

INVENTED = Path(__file__).resolve().parent / "invented"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("nhiệm vụ trọng tâm từ nay đến tháng 6/2027", date(2027, 6, 30)),
        ("từ nay đến tháng 9 năm 2026", date(2026, 9, 30)),
        ("từ nay đến hết quý II năm 2026", date(2026, 6, 30)),
        ("từ nay đến năm 2030", date(2030, 12, 31)),
        ("từ nay tới cuối năm 2026", date(2026, 12, 31)),
    ],
)
def test_from_now_until_is_a_period_end(phrase: str, expected: date) -> None:
    hits = find_deadlines(phrase, year=2025, reference=date(2025, 12, 1))
    assert [(h.deadline, h.kind.value) for h in hits] == [(expected, "period_end")]


@pytest.mark.parametrize(
    "phrase", ["kết quả từ tháng 6/2022 đến nay", "tính đến tháng 6/2025, toàn tỉnh có"]
)
def test_a_look_back_is_no_deadline(phrase: str) -> None:
    assert find_deadlines(phrase, year=2025, reference=date(2025, 12, 1)) == []


def test_closing_deadline_and_heading_period_date_the_points() -> None:
    text = (INVENTED / "cong-van-ubnd-tinh-2026-closing-deadline.txt").read_text(encoding="utf-8")
    tasks = parse_notice(text).tasks
    assert [(t.ref, t.text[:22], t.deadline, t.deadline_kind.value) for t in tasks] == [
        ("1.-1", "Rà soát, lập danh mục ", date(2026, 6, 30), "period_end"),
        ("1.-2", "Đề xuất phương án sử d", date(2026, 6, 30), "period_end"),
        ("2.-1", "Cập nhật dữ liệu dân c", date(2026, 9, 30), "period_end"),
        ("2.-2", "Thường xuyên kiểm tra ", date(2026, 9, 30), "period_end"),  # section's date
    ]
    assert {t.lead for t in tasks} == {("Ủy ban nhân dân các xã, phường",)}


def test_a_closing_that_asks_for_a_report_stays_a_task() -> None:
    text = (
        "Kính gửi: Sở Nội vụ; Sở Tài chính.\n\n"
        "Ủy ban nhân dân tỉnh đề nghị các cơ quan thực hiện một số nội dung sau:\n"
        "1. Rà soát biên chế được giao.\n"
        "2. Đề xuất phương án bố trí kinh phí.\n"
        "Các cơ quan báo cáo kết quả thực hiện các nội dung nêu trên trước ngày 15/3/2026./.\n"
    )
    tasks = parse_notice(text, year_hint=2026).tasks
    assert tasks[0].deadline is None  # the report's date is not spread over the points
    assert tasks[-1].deadline == date(2026, 3, 15)
    assert "Các cơ quan báo cáo kết quả" in tasks[-1].text


def test_bold_topic_heading_is_not_a_task_and_ends_its_paragraph() -> None:
    text = (
        "Hội nghị đã thống nhất phương hướng, nhiệm vụ như sau:\n"
        "**1. Về tổ chức thực hiện chức năng, nhiệm vụ được phân cấp, phân quyền, phân định\n"
        "thẩm quyền ở cấp xã từ nay đến tháng 6/2027**\n"
        "Văn phòng Trung ương Đảng và các văn phòng tỉnh uỷ, thành uỷ cụ thể hoá để tổ chức "
        "thực hiện, cần tập trung một số nhiệm vụ trọng tâm sau:\n"
        "(1) Tiếp tục nâng cao chất lượng công tác tham mưu, tổng hợp.\n"
    )
    tasks = parse_notice(text, year_hint=2026).tasks
    assert [(t.ref, t.text[:20], t.lead, t.deadline) for t in tasks] == [
        (
            "1.(1)",
            "Tiếp tục nâng cao ch",
            ("Văn phòng Trung ương Đảng", "các văn phòng tỉnh ủy, thành ủy"),
            date(2027, 6, 30),
        )
    ]


def test_a_notice_without_kinh_gui_leads_by_its_closing_addressee() -> None:
    """The assessment gives no task, points naming nobody go to the addressee the closing names
    ("thông báo để Ủy ban nhân dân tỉnh Lai Châu và các Bộ … biết"), a "Về …" topic names nobody
    and a long "Về kiến nghị …:" topic is a heading over the answer below it."""
    text = (INVENTED / "vpcp-2026-closing-addressee-topics.txt").read_text(encoding="utf-8")
    tasks = parse_notice(text).tasks
    province = ("Ủy ban nhân dân tỉnh Lai Châu",)
    assert [(t.ref, t.text[:20], t.lead, t.support) for t in tasks] == [
        ("II.1", "Rà soát, điều chỉnh ", province, ()),
        ("II.2", "Đẩy nhanh giải ngân ", province, ()),
        ("II.3.-1", "Tiếp tục kiện toàn t", province, ()),
        ("II.3.-2", "Bố trí đủ công chức ", province, ()),
        ("III.1", "Bộ Tài chính chủ trì", ("Bộ Tài chính",), ("Bộ Xây dựng",)),
    ]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("bảo đảm tiến độ hoàn thành Dự án vào năm 2026", date(2026, 12, 31)),
        ("phấn đấu hoàn thành trong năm 2026", date(2026, 12, 31)),
    ],
)
def test_finishing_in_a_year_is_its_last_day(phrase: str, expected: date) -> None:
    hits = find_deadlines(phrase, year=2025, reference=date(2025, 11, 26))
    assert [(h.deadline, h.kind.value) for h in hits] == [(expected, "period_end")]


def test_a_year_the_work_merely_happens_in_is_no_deadline() -> None:
    assert find_deadlines("tổ chức hội nghị vào năm 2026", year=2025, reference=None) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Trường hợp vượt thẩm quyền, có văn bản đề nghị Bộ quản lý ngành, lĩnh vực xem xét.",
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo về Sở Nội vụ để tổng hợp.",
        "Nếu phát sinh vướng mắc, kịp thời phản ánh về Văn phòng Ủy ban nhân dân tỉnh.",
    ],
)
def test_conditional_requests_are_no_task(sentence: str) -> None:
    assert is_remark(sentence)


def test_a_condition_followed_by_work_is_still_work() -> None:
    assert not is_remark("Trường hợp chậm tiến độ, Sở Xây dựng chủ trì kiểm tra, xử lý.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Bộ Chính trị, Ban Bí thư cơ bản nhất trí với Tờ trình của Đảng uỷ Chính phủ.",
        "Cơ bản thống nhất với Báo cáo của Ban cán sự đảng Bộ Tư pháp.",
        "Ban Thường vụ Tỉnh ủy đồng ý với đề xuất của Ban Tổ chức Tỉnh ủy.",
    ],
)
def test_agreeing_with_a_report_is_no_task(sentence: str) -> None:
    assert is_remark(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thống nhất với đề xuất của Sở Tài chính; giao Sở Tài chính hoàn thiện hồ sơ.",
        "Sở Tài chính thống nhất với Sở Nội vụ hoàn thiện phương án.",
    ],
)
def test_agreement_followed_by_work_is_still_work(sentence: str) -> None:
    assert not is_remark(sentence)
