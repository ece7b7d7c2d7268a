"""Round 19 (plan) review: the reward, "có sự thống nhất", quoted-title, "trình" and measures
rules narrowed to the wording they were written for."""

from __future__ import annotations

from datetime import date

import pytest

from notices.agreements import agrees_only
from notices.deadlines import find_deadlines
from notices.model import DeadlineKind
from notices.remarks import is_assessment
from tests.unit.notices.test_round19_plan import _plan


def _hits(text: str) -> list[tuple[DeadlineKind, date | None]]:
    return [
        (h.kind, h.deadline) for h in find_deadlines(text, year=2026, reference=date(2026, 3, 10))
    ]


# --- 1. a body that does work towards a reward keeps its task ----------------------------------


def test_body_proposing_rewards_is_no_assessment() -> None:
    assert not is_assessment("Sở Nội vụ tổng hợp, đề xuất các tập thể, cá nhân được khen thưởng.")
    assert not is_assessment(
        "Ban Thi đua - Khen thưởng tỉnh thẩm định hồ sơ để các tập thể, cá nhân được khen thưởng."
    )


def test_rewarded_subject_alone_is_still_an_assessment() -> None:
    assert is_assessment(
        "Các tập thể, cá nhân có thành tích xuất sắc được biểu dương, khen thưởng theo quy định."
    )


def test_work_so_that_examples_are_rewarded_stays_under_its_heading() -> None:
    notice = _plan(
        "II. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ\n\n"
        "- Kịp thời phát hiện, nhân rộng các gương điển hình để được biểu dương, khen thưởng theo "
        "quy định.\n\n2. Sở Tài chính bố trí kinh phí.\n"
    )
    found = [t for t in notice.tasks if t.text.startswith("Kịp thời phát hiện")]
    assert [t.lead for t in found] == [("Sở Nội vụ",)]


def test_named_body_appraising_for_rewards_keeps_its_task() -> None:
    notice = _plan(
        "II. TỔ CHỨC THỰC HIỆN\n\n1. Sở Tài chính bố trí kinh phí.\n\n"
        "2. Ban Thi đua - Khen thưởng tỉnh thẩm định hồ sơ để các tập thể, cá nhân được khen "
        "thưởng kịp thời.\n"
    )
    assert any(t.text.startswith("Ban Thi đua - Khen thưởng tỉnh thẩm định") for t in notice.tasks)


# --- 2. "có sự thống nhất" is a meeting's agreement ---------------------------------------------


def test_meeting_agreement_with_su_stays_agreement() -> None:
    assert agrees_only("Hội nghị đã có sự thống nhất cao về chủ trương xây dựng trường học.")


def test_agreed_clause_before_the_assignment_is_no_task() -> None:
    notice = _plan(
        "1. Các sở, ngành có sự thống nhất chỉ có một cơ quan chủ trì; giao Sở Xây dựng làm đầu "
        "mối tổng hợp.\n\n2. Sở Tài chính bố trí kinh phí.\n"
    )
    leads = [t.lead for t in notice.tasks]
    assert ("Sở Xây dựng",) in leads
    assert len(notice.tasks) == 2, [t.text[:60] for t in notice.tasks]


# --- 3. a quoted directive in a report keeps its deadline --------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "Tại buổi làm việc, Chủ tịch UBND tỉnh kết luận “Sở Y tế hoàn thành trước ngày "
            "30/6/2026”.",
            date(2026, 6, 30),
        ),
        (
            "Thủ tướng Chính phủ chỉ thị “các địa phương xong trước ngày 30/6/2026”.",
            date(2026, 6, 30),
        ),
        (
            "Theo Kế hoạch số 8/KH-UBND, Sở Tư pháp nhắc các phòng về “thời hạn gửi báo cáo trước "
            "ngày 15/4/2026”.",
            date(2026, 4, 15),
        ),
    ],
)
def test_quoted_directive_keeps_its_deadline(text: str, due: date) -> None:
    assert [d for _, d in _hits(text)] == [due]


def test_quoted_title_after_its_number_still_dates_nothing() -> None:
    assert (
        _hits(
            "Thực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh về việc “Chuyển đổi số đến năm "
            "2030”, Sở Thông tin tổ chức hội nghị."
        )
        == []
    )


def test_unclosed_straight_quote_does_not_hide_a_deadline() -> None:
    # an OCR text lost the closing quote: the next straight quote is far on, after the deadline
    assert [
        d
        for _, d in _hits(
            'Thực hiện Đề án "Phát triển du lịch, Sở Văn hóa báo cáo kết quả trước ngày 30/6/2026 '
            'cho UBND tỉnh; tham gia chương trình "Tuần văn hóa" của tỉnh.'
        )
    ] == [date(2026, 6, 30)]


# --- 4. "trình" submits only as a word of its own, before the year ---------------------------


@pytest.mark.parametrize(
    "noun", ["lộ trình", "quá trình", "quy trình", "tiến trình", "lịch trình"]
)
def test_trinh_compounds_are_no_submission(noun: str) -> None:
    assert _hits(f"Thực hiện theo {noun} UBND tỉnh đề ra trong năm 2026.") == []


def test_recurring_submission_is_not_a_year_end() -> None:
    assert _hits("Định kỳ trình UBND tỉnh kết quả thực hiện trong năm 2026.") == [
        (DeadlineKind.RECURRING, None)
    ]


def test_submission_in_an_earlier_clause_dates_no_later_work() -> None:
    assert (
        _hits(
            "Sở Tư pháp tham mưu UBND tỉnh trình HĐND tỉnh ban hành Nghị quyết; tổ chức tuyên "
            "truyền trong năm 2026."
        )
        == []
    )


# --- 5. an event's "Hình thức … và biện pháp …" field heading describes -------------------------


def test_reward_form_and_sanction_heading_still_describes() -> None:
    notice = _plan(
        "I. NỘI DUNG\n\n1. Hội thi đọc sách\n\na) Hình thức khen thưởng và biện pháp xử lý vi "
        "phạm\n\n- Ban Tổ chức trao giấy khen cho các thí sinh đạt giải.\n\n"
        "- Thí sinh vi phạm quy chế bị hủy kết quả.\n\n"
        "II. TỔ CHỨC THỰC HIỆN\n\n1. Sở Tài chính bố trí kinh phí.\n"
    )
    assert [t.lead for t in notice.tasks] == [("Sở Tài chính",)]
