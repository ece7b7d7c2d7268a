"""Round 20 (struct) review: where "paragraphs after a dash list go back to the item" and the
generic-title rule must not apply. Documents invented for these tests."""

from __future__ import annotations

import datetime as dt

from notices import parse_notice
from tests.unit.notices.test_round20_struct import _HEAD, _SIGN

P = "Tổ chức tiêm chủng mở rộng cho trẻ em trên địa bàn."


def _notice_tasks(body: str) -> list[tuple[str, tuple[str, ...], dt.date | None]]:
    notice = parse_notice(_HEAD + body + _SIGN)
    return [(t.text, t.lead, t.deadline) for t in notice.tasks]


def _frame(*lines: str) -> str:
    return "\n\n".join(["1. Trách nhiệm của Ủy ban nhân dân các huyện", P, *lines]) + "\n"


def _with(tasks: list[tuple[str, tuple[str, ...], dt.date | None]], part: str) -> list:
    return [t for t in tasks if part in t[0]]


def test_a_lead_in_naming_a_body_keeps_its_dashes() -> None:
    tasks = _notice_tasks(
        _frame(
            "Giao Phòng Y tế huyện thực hiện các nội dung sau:",
            "- Kiểm tra việc bảo quản vắc xin tại các trạm y tế.",
            "- Tổng hợp số liệu tiêm chủng hằng tuần.",
            "Bố trí kinh phí cho công tác tiêm chủng trên địa bàn.",
        )
    )
    for part in ("Kiểm tra việc bảo quản", "Tổng hợp số liệu"):
        found = _with(tasks, part)
        assert found and all(lead == ("Phòng Y tế huyện",) for _, lead, _ in found), found
    assert not any(text.startswith("Giao Phòng Y tế") for text, _, _ in tasks)


def test_a_dated_lead_in_keeps_its_date_on_the_dashes() -> None:
    tasks = _notice_tasks(
        _frame(
            "Trước ngày 30/11/2026, hoàn thành các nội dung sau:",
            "- Kiểm tra việc bảo quản vắc xin tại các trạm y tế.",
            "- Tổng hợp số liệu tiêm chủng hằng tuần.",
            "Báo cáo kết quả tiêm chủng về Sở Y tế hằng tháng.",
        )
    )
    found = _with(tasks, "Kiểm tra việc bảo quản")
    assert found and all(d == dt.date(2026, 11, 30) for _, _, d in found), found
    first = _with(tasks, "Tổ chức tiêm chủng mở rộng")
    assert first and all(d != dt.date(2026, 11, 30) for _, _, d in first), first


def _last_dash_date(after: str) -> list:
    tasks = _notice_tasks(
        _frame(
            "Tổ chức các hoạt động truyền thông sau:",
            "- Treo băng rôn, khẩu hiệu tại trụ sở các xã.",
            "- Tuyên truyền trên loa truyền thanh của các thôn.",
            after,
        )
    )
    return [d for _, _, d in _with(tasks, "Tuyên truyền trên loa")]


def test_a_time_paragraph_after_the_list_stays_with_the_last_dash() -> None:
    assert _last_dash_date("Thời gian hoàn thành trong tháng 11 năm 2026.") == [
        dt.date(2026, 11, 30)
    ]
    assert _last_dash_date("Thời gian thực hiện: từ nay đến hết ngày 31/12/2026.") == [
        dt.date(2026, 12, 31)
    ]


def test_an_in_which_paragraph_after_the_list_stays_with_the_last_dash() -> None:
    after = "Trong đó: tập huấn tại 12 xã, thị trấn, hoàn thành trước ngày 20/11/2026."
    assert _last_dash_date(after) == [dt.date(2026, 11, 20)]


def test_a_person_heading_keeps_the_proposal_over_its_dashes() -> None:
    body = "\n\n".join(
        [
            "1. Ông Trần Văn B - Trưởng trạm y tế",
            "Báo cáo tình hình dịch bệnh trên địa bàn xã.",
            "Đề nghị UBND xã chỉ đạo các thôn thực hiện các việc sau:",
            "- Phun hóa chất diệt muỗi tại các khu vực có ổ dịch.",
            "- Vận động người dân diệt lăng quăng.",
            "Trạm y tế sẽ cử cán bộ hướng dẫn các thôn.",
        ]
    )
    tasks = _notice_tasks(body + "\n")
    for part in ("Phun hóa chất", "Vận động người dân"):
        found = _with(tasks, part)
        assert found and all(lead == ("UBND xã",) for _, lead, _ in found), found
    assert not any(text.startswith("Đề nghị UBND xã") for text, _, _ in tasks)


def test_a_generic_heading_that_is_no_duty_title_names_its_units() -> None:
    body = (
        "2. Đối với các cơ quan, đơn vị có liên quan\n\n"
        "Phối hợp với Trung tâm Y tế huyện tuyên truyền về tiêm chủng.\n"
    )
    found = _with(_notice_tasks(body), "Phối hợp với Trung tâm Y tế")
    assert found and all(lead == ("các cơ quan, đơn vị có liên quan",) for _, lead, _ in found), (
        found
    )


def test_a_long_duty_title_names_the_body_before_its_field_of_work() -> None:
    body = (
        "1. Trách nhiệm của Phòng Giáo dục và Đào tạo trong việc quản lý sổ điểm điện tử\n\n"
        "Kiểm tra việc nhập điểm của các trường hằng tháng.\n"
    )
    found = _with(_notice_tasks(body), "Kiểm tra việc nhập điểm")
    assert found and all(lead == ("Phòng Giáo dục và Đào tạo",) for _, lead, _ in found), found
