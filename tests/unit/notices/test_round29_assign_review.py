"""Round 29 (assign), review fixes: the numbered-assignment rule fires only on a body doing points.

A body that follows up, checks, sums up or budgets a programme's points ("chủ trì theo dõi, đôn đốc
… thực hiện các nhiệm vụ 1 và 2", "tổng hợp kinh phí thực hiện …", "hướng dẫn, kiểm tra việc
thực hiện …") does not do them; another named programme's numbers ("… thuộc Đề án 06 của Chính
phủ") are not this one's points; the duty after ";" in the allotting sentence stays a task; a time
line finer than a year ("Quý II/2032", "tháng 9/2032") dates its point as written; a point given to
two bodies is led by both (notices.numbered_assignments). Documents invented for these tests.
"""

from __future__ import annotations

from datetime import date

from notices import parse_notice
from notices.model import DeadlineKind, ParsedTask
from tests.unit.notices.test_round29_assign import END, HEAD, _by_start, _doc, _tasks


def _no_point_tasks(tasks: list[ParsedTask]) -> bool:
    return not any(
        task.text.startswith(("Rà soát các quy định", "Biên soạn tài liệu")) for task in tasks
    )


def test_a_body_that_follows_up_or_sums_up_the_points_does_not_take_them() -> None:
    body = _doc(
        (
            "1. Bộ Kế hoạch và Đầu tư chủ trì theo dõi, đôn đốc các bộ, ngành thực hiện "
            "các nhiệm vụ 1 và 2; định kỳ hằng năm báo cáo Thủ tướng Chính phủ."
        ),
        (
            "2. Giao Bộ Tài chính chủ trì, tổng hợp kinh phí thực hiện các nhiệm vụ 1, 2 "
            "trình Thủ tướng Chính phủ trước ngày 30/6/2031."
        ),
        (
            "3. Bộ Tư pháp chủ trì hướng dẫn, kiểm tra việc thực hiện các nội dung tại "
            "điểm 1.1, 1.2 mục II."
        ),
    )
    tasks = _tasks(body)
    assert _no_point_tasks(tasks)
    follow = _by_start(tasks, "Bộ Kế hoạch và Đầu tư chủ trì theo dõi")
    assert follow.lead == ("Bộ Kế hoạch và Đầu tư",)
    budget = _by_start(tasks, "Giao Bộ Tài chính chủ trì, tổng hợp kinh phí")
    assert budget.lead == ("Bộ Tài chính",)
    assert budget.deadline == date(2031, 6, 30)
    assert _by_start(tasks, "Bộ Tư pháp chủ trì hướng dẫn").lead == ("Bộ Tư pháp",)


def test_a_body_chairing_with_others_in_doing_the_points_still_takes_them() -> None:
    body = _doc(
        (
            "1. Bộ Tư pháp chủ trì, phối hợp với Bộ Công Thương trong việc thực hiện các "
            "nhiệm vụ 1 và 2."
        ),
    )
    tasks = _tasks(body)
    assert _by_start(tasks, "Rà soát các quy định").lead == ("Bộ Tư pháp",)
    assert _by_start(tasks, "Biên soạn tài liệu").lead == ("Bộ Tư pháp",)


def test_another_named_programmes_numbers_are_not_this_programmes_points() -> None:
    body = _doc(
        "1. Bộ Tư pháp chủ trì thực hiện các dự án 1 và 2 thuộc Đề án 06 của Chính phủ.",
        (
            "2. Bộ Tài chính chủ trì thực hiện các nhiệm vụ 1, 2 của Chương trình cải cách "
            "hành chính quốc gia."
        ),
    )
    tasks = _tasks(body)
    assert _no_point_tasks(tasks)
    assert _by_start(tasks, "Bộ Tư pháp chủ trì thực hiện các dự án").lead == ("Bộ Tư pháp",)
    assert _by_start(tasks, "Bộ Tài chính chủ trì thực hiện").lead == ("Bộ Tài chính",)


def test_this_programmes_own_name_after_the_numbers_still_gives_the_points() -> None:
    body = _doc(
        (
            "1. Bộ Tư pháp chủ trì thực hiện các nhiệm vụ 1 và 2 của Đề án ban hành kèm "
            "theo Quyết định này."
        ),
    )
    tasks = _tasks(body)
    assert _by_start(tasks, "Rà soát các quy định").lead == ("Bộ Tư pháp",)


def test_the_duty_after_a_semicolon_in_the_allotting_sentence_stays_a_task() -> None:
    body = _doc(
        (
            "1. Bộ Tư pháp chủ trì thực hiện các nhiệm vụ 1 và 2; tổng hợp, báo cáo Thủ "
            "tướng Chính phủ trước ngày 15/12/2031."
        ),
    )
    tasks = _tasks(body)
    assert _by_start(tasks, "Rà soát các quy định").lead == ("Bộ Tư pháp",)
    report = [task for task in tasks if "báo cáo Thủ tướng" in task.text]
    assert len(report) == 1, [task.text[:60] for task in tasks]
    assert report[0].lead == ("Bộ Tư pháp",)
    assert report[0].deadline == date(2031, 12, 15)
    assert "các nhiệm vụ 1 và 2" not in report[0].text


def test_a_time_line_finer_than_a_year_dates_its_point_as_written() -> None:
    head = (
        HEAD.replace("Thời gian thực hiện: 2031 – 2032.", "Thời gian hoàn thành: Quý II/2032.")
        .replace("Thời gian thực hiện: 2031\n", "Thời gian thực hiện: trước ngày 30/9/2031.\n")
        .replace("Thời gian thực hiện: 2032\n", "Thời gian thực hiện: tháng 9/2032.\n")
    )
    body = _doc("1. Bộ Tư pháp chủ trì thực hiện các nhiệm vụ 1 và 2.")
    tasks = list(parse_notice(head + body + END).tasks)
    assert _by_start(tasks, "Rà soát các quy định").deadline == date(2032, 6, 30)
    criteria = _by_start(tasks, "Xây dựng bộ tiêu chí")
    assert (criteria.deadline, criteria.deadline_kind) == (
        date(2031, 9, 30),
        DeadlineKind.BEFORE_DATE,
    )
    assert _by_start(tasks, "Biên soạn tài liệu").deadline == date(2032, 9, 30)
    # a span of years still ends with the last year
    classes = _by_start(tasks, "Tổ chức các lớp bồi dưỡng")
    assert (classes.deadline, classes.deadline_kind) == (
        date(2035, 12, 31),
        DeadlineKind.PERIOD_END,
    )


def test_a_point_given_to_two_bodies_is_led_by_both() -> None:
    body = _doc(
        "1. Bộ Tư pháp chủ trì thực hiện các giải pháp quy định tại điểm 1.1, 1.2 mục II.",
        "2. Bộ Tài chính chủ trì thực hiện các giải pháp quy định tại điểm 1.2, 2.2 mục II.",
    )
    tasks = _tasks(body)
    assert _by_start(tasks, "Rà soát các quy định").lead == ("Bộ Tư pháp",)
    assert _by_start(tasks, "Xây dựng bộ tiêu chí").lead == ("Bộ Tư pháp", "Bộ Tài chính")
    assert _by_start(tasks, "Hằng năm, tổng hợp").lead == ("Bộ Tài chính",)
