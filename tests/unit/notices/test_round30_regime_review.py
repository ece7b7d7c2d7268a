"""Round 30 (regime), review: the regime holder and the "… năm sau" day read only their class.

A review of the branch found wrong readings the new rules made: a negated or qualified duty
("chủ đầu tư không phải gửi …", "… cũng phải gửi …"), a private person's duty after a term
("người vi phạm phải nộp tiền phạt …"), a lead running across a verb into a second person, a
one-off report of a written year made yearly, a "năm sau" day beating a one-off date, "năm sau
khi …" (the year after an event) read as a report's day, and a capitalised co-holder dropped.
Documents invented for these tests.
"""

from __future__ import annotations

from datetime import date

from notices import parse_notice
from notices.deadlines import find_deadlines
from notices.model import DeadlineKind, ParsedTask, Recurrence
from tests.unit.notices.test_round30_regime import END, HEAD


def _tasks(body: str) -> list[ParsedTask]:
    text = HEAD + "Điều 6. Chế độ báo cáo cấp chủ đầu tư\n\n" + body + "\n\n" + END
    return list(parse_notice(text).tasks)


def _with(tasks: list[ParsedTask], opening: str) -> list[ParsedTask]:
    return [t for t in tasks if opening in t.text]


def test_a_negated_duty_is_no_task() -> None:
    tasks = _tasks(
        "Trong thời hạn 15 ngày sau khi kết thúc quý, chủ đầu tư không phải gửi Báo cáo quý "
        "đối với các dự án đã quyết toán."
    )
    assert not _with(tasks, "không phải gửi")


def test_an_adverb_before_the_duty_stays_out_of_the_lead() -> None:
    tasks = _tasks(
        "Sau mỗi quý, chủ đầu tư cũng phải gửi Báo cáo quý về Sở Tài chính.\n\n"
        "Trong thời hạn 20 ngày sau mỗi năm, cơ quan chủ quản vẫn phải gửi báo cáo tổng hợp về "
        "Bộ Tài chính."
    )
    assert [t.lead for t in _with(tasks, "cũng phải gửi")] == [("Chủ đầu tư",)]
    assert [t.lead for t in _with(tasks, "vẫn phải gửi")] == [("Cơ quan chủ quản",)]


def test_a_private_persons_duty_after_a_term_is_no_bodys_task() -> None:
    tasks = _tasks(
        "Trong thời hạn 10 ngày kể từ ngày nhận quyết định xử phạt, người vi phạm phải nộp tiền "
        "phạt vào Kho bạc Nhà nước.\n\n"
        "Trong thời hạn 05 ngày, người lao động phải báo cáo bằng văn bản cho người sử dụng lao "
        "động.\n\n"
        "Trong thời hạn 15 ngày sau khi kết thúc quý, chủ dự án phải gửi Báo cáo quý về Bộ Tài "
        "chính."
    )
    assert all("Người" not in " ".join(t.lead) for t in tasks)
    assert [t.lead for t in _with(tasks, "chủ dự án phải gửi")] == [("Chủ dự án",)]


def test_the_lead_does_not_run_across_a_verb() -> None:
    tasks = _tasks(
        "Trong thời hạn 10 ngày, cơ quan thuế yêu cầu người nộp thuế phải nộp bổ sung hồ sơ."
    )
    assert all("yêu cầu" not in " ".join(t.lead) for t in tasks)


def test_a_report_of_a_written_year_keeps_its_one_date() -> None:
    for text in (
        "Sở Tài chính gửi Báo cáo năm 2032 về Bộ Tài chính trước ngày 15 tháng 01 năm sau.",
        "Sở Tài chính gửi Báo cáo năm 2032 về Bộ Tài chính trước ngày 15/01 năm sau.",
    ):
        hits = find_deadlines(text, year=2032, reference=None)
        assert [(h.kind, h.deadline) for h in hits] == [
            (DeadlineKind.BEFORE_DATE, date(2033, 1, 15))
        ]


def test_a_next_year_day_does_not_beat_a_one_off_date() -> None:
    tasks = _tasks(
        "Sở Tài chính hoàn thành rà soát trước ngày 30/6/2031 và định kỳ gửi báo cáo năm trước "
        "ngày 31 tháng 01 năm sau."
    )
    (task,) = _with(tasks, "hoàn thành rà soát")
    assert (task.deadline, task.deadline_kind) == (date(2031, 6, 30), DeadlineKind.BEFORE_DATE)


def test_the_year_after_an_event_is_no_yearly_day() -> None:
    for text in (
        "nộp báo cáo hoàn thành trước ngày 31 tháng 12 năm sau khi dự án được phê duyệt.",
        "nộp báo cáo trước ngày 31 tháng 12 năm sau kể từ ngày khởi công.",
        "nộp báo cáo trước ngày 31 tháng 12 năm sau năm quyết toán.",
    ):
        hits = find_deadlines(text, year=2031, reference=None)
        assert all(h.kind is not DeadlineKind.RECURRING for h in hits), text


def test_a_capitalised_co_holder_before_the_lower_case_one_leads_too() -> None:
    tasks = _tasks(
        "Trong thời hạn 05 ngày sau khi kết thúc quý, Sở Kế hoạch và Đầu tư, cơ quan chủ quản "
        "phải gửi Báo cáo quý về Bộ Tài chính."
    )
    (task,) = _with(tasks, "cơ quan chủ quản phải gửi")
    assert task.lead == ("Sở Kế hoạch và Đầu tư", "Cơ quan chủ quản")


# Counter-examples: these keep their reading.


def test_a_yearly_report_day_with_no_year_stays_recurring() -> None:
    hits = find_deadlines(
        "chủ dự án phải gửi Báo cáo năm chậm nhất vào ngày 31 tháng 01 của năm sau.",
        year=2031,
        reference=None,
    )
    assert [(h.kind, h.recurrence) for h in hits] == [(DeadlineKind.RECURRING, Recurrence.YEARLY)]


def test_a_holder_whose_term_holds_commas_still_leads_alone() -> None:
    tasks = _tasks(
        "Trong thời hạn 03 tháng kể từ ngày kết thúc thực hiện chương trình, dự án, chủ dự án "
        "phải gửi Báo cáo kết thúc về cơ quan chủ quản."
    )
    assert [t.lead for t in _with(tasks, "Báo cáo kết thúc")] == [("Chủ dự án",)]


def test_a_conditional_update_after_each_period_is_no_task() -> None:
    tasks = _tasks(
        "Sau mỗi kỳ báo cáo, trường hợp số liệu có thay đổi, Sở Tài chính cập nhật trên hệ thống."
    )
    assert not _with(tasks, "trường hợp số liệu")
    tasks = _tasks("Sau mỗi quý, Sở Xây dựng gửi Báo cáo tổng hợp về Ủy ban nhân dân tỉnh.")
    assert [t.lead for t in _with(tasks, "Sở Xây dựng gửi")] == [("Sở Xây dựng",)]


def test_a_term_then_a_decision_issued_is_no_holder() -> None:
    tasks = _tasks(
        "Trong thời hạn 30 ngày, ban hành văn bản gửi Bộ Tài chính để theo dõi.\n\n"
        "Trong thời hạn 10 ngày, hồ sơ được gửi về cơ quan chủ quản."
    )
    assert all("Ban hành" not in " ".join(t.lead) for t in tasks)
    assert not _with(tasks, "hồ sơ được gửi")
