"""Round 19 (concl) review: upward proposals by bodies whose names hold a verb, work clauses before
an agreement, "Kế hoạch và Đầu tư" names before "xây dựng", a body's agreement to do something
itself, and requests after an agreement. Documents invented for these tests."""

from __future__ import annotations

from datetime import date

from notices import parse_notice
from tests.unit.notices.test_round19_concl import _HEAD, _SIGN, _tasks


def _dated(body: str) -> list[tuple[tuple[str, ...], date | None]]:
    notice = parse_notice(_HEAD + body.strip() + _SIGN)
    return [(task.lead, task.deadline) for task in notice.tasks]


def test_named_bodies_proposing_upward_give_no_task() -> None:
    for body in (
        "Ban Quản lý dự án xây dựng huyện kiến nghị Ủy ban nhân dân tỉnh xem xét bổ sung vốn.",
        "Ban Bồi thường giải phóng mặt bằng huyện kiến nghị Ủy ban nhân dân tỉnh xem xét.",
        "Nhà thầu thi công kiến nghị Chủ đầu tư xem xét điều chỉnh đơn giá.",
        "Cục Quản lý đầu tư xây dựng kiến nghị Bộ trưởng xem xét bổ sung vốn.",
    ):
        assert _tasks("1. Sở Tài chính hoàn thành báo cáo.\n\n2. " + body) == [
            (("Sở Tài chính",), "Sở Tài chính hoàn thành báo cáo.")
        ], body


def test_body_handling_proposals_still_works() -> None:
    tasks = _tasks("1. Sở Tài chính rà soát kiến nghị của các huyện về nguồn vốn đầu tư công.")
    assert [lead for lead, _ in tasks] == [("Sở Tài chính",)]


def test_work_before_an_agreement_stays_work() -> None:
    assert _dated(
        "1. Đối với dự án đường huyện 12, Sở Xây dựng tổ chức kiểm tra thực địa, đồng ý về chủ"
        " trương điều chỉnh thiết kế trước ngày 30/7/2025."
    ) == [(("Sở Xây dựng",), date(2025, 7, 30))]
    assert _dated(
        "1. Đối với dự án đường huyện 12, UBND huyện Cần Giuộc khẩn trương vận động người dân,"
        " đồng ý với phương án bồi thường trước ngày 30/7/2025."
    ) == [(("UBND huyện Cần Giuộc",), date(2025, 7, 30))]


def test_plan_and_investment_names_before_xay_dung() -> None:
    point = "\n\n- Khẩn trương hoàn thiện dự toán năm 2026."
    assert _tasks("1. Giao Phòng Tài chính - Kế hoạch và Đầu tư xây dựng" + point)[0][0] == (
        "Phòng Tài chính - Kế hoạch và Đầu tư",
    )
    assert _tasks("1. Giao Sở Kế hoạch và Đầu tư xây dựng:" + point)[0][0] == (
        "Sở Kế hoạch và Đầu tư",
    )
    assert _tasks("1. Giao Cục Quản lý đầu tư xây dựng" + point)[0][0] in (
        ("Cục Quản lý đầu tư",),
        ("Cục Quản lý đầu tư xây dựng",),
    )


def test_agreeing_to_an_assignment_is_the_assignees_task() -> None:
    tasks = _tasks(
        "1. Chủ tịch UBND tỉnh đồng ý về việc giao Sở Xây dựng chủ trì thẩm định hồ sơ."
    )
    assert [lead for lead, _ in tasks] == [("Sở Xây dựng",)]


def test_body_agreeing_to_do_something_itself_is_work() -> None:
    assert _dated(
        "1. UBND các huyện đồng ý về việc tổ chức đối thoại với người dân trước ngày 30/7/2025."
    ) == [(("UBND các huyện",), date(2025, 7, 30))]
    assert _dated("1. Các chủ đầu tư đồng ý là sẽ hoàn thành trước ngày 30/9/2025.") == [
        (("Các chủ đầu tư",), date(2025, 9, 30))
    ]


def test_request_after_an_agreement_is_work() -> None:
    assert _dated(
        "1. Thống nhất với đề xuất của Sở Xây dựng, yêu cầu Sở Tài chính bố trí vốn."
    ) == [(("Sở Tài chính",), None)]
    assert _dated(
        "1. Thống nhất với đề xuất của Sở Xây dựng, đề nghị Sở Tài chính bố trí vốn trước ngày"
        " 30/7/2025."
    ) == [(("Sở Tài chính",), date(2025, 7, 30))]


def test_contractor_by_trade_and_another_body_lead_together() -> None:
    tasks = _tasks("1. Nhà thầu thi công và Ban Quản lý dự án khẩn trương hoàn thiện hồ sơ.")
    assert tasks[0][0] == ("Nhà thầu thi công", "Ban Quản lý dự án")


def test_agreement_before_kien_nghi_is_work() -> None:
    tasks = _tasks(
        "1. Ủy ban nhân dân tỉnh thống nhất và cho ý kiến sớm đối với các vụ việc qua thanh tra"
        " kết luận kiến nghị chuyển cơ quan điều tra."
    )
    assert [lead for lead, _ in tasks] == [("Ủy ban nhân dân tỉnh",)]
