"""Round 20 (nameend): a body's name ends before the duty phrase that follows it.

"Điều 4. Sở Tài chính có nhiệm vụ" over the points of its work, "Kho bạc Nhà nước huyện có nhiệm
vụ:" or "Phòng Y tế có nhiệm vụ tổng hợp …": "có nhiệm vụ" says what the body has to do, as "có
trách nhiệm" does; the name is the words before it. A name that holds "nhiệm vụ" as its own
words ("Ban Chỉ đạo thực hiện nhiệm vụ …", "Tổ công tác nhiệm vụ đặc biệt") stays whole.
Documents invented for these tests.
"""

from __future__ import annotations

from notices import parse_notice
from notices.task_headings import heading_assignees
from tests.unit.notices.test_round19_concl import _HEAD, _SIGN


def _leads(body: str) -> list[tuple[str, ...]]:
    notice = parse_notice(_HEAD + body.strip() + _SIGN)
    return [task.lead for task in notice.tasks]


def test_heading_name_ends_before_duty_phrase() -> None:
    assert heading_assignees("Sở Nông nghiệp và Môi trường có nhiệm vụ") == [
        "Sở Nông nghiệp và Môi trường"
    ]
    assert heading_assignees("Kho bạc Nhà nước khu vực - huyện có nhiệm vụ:") == [
        "Kho bạc Nhà nước khu vực - huyện"
    ]
    assert heading_assignees("Ủy ban nhân dân phường - xã, thị trấn có nhiệm vụ") == [
        "Ủy ban nhân dân phường - xã, thị trấn"
    ]


def test_points_under_duty_heading_lead_with_the_body() -> None:
    leads = _leads(
        """1. Sở Tài chính có nhiệm vụ:

a) Thẩm định dự toán kinh phí bồi thường của dự án trước ngày 30/6/2025.

b) Hướng dẫn chủ đầu tư thanh toán kinh phí theo quy định."""
    )
    assert leads == [("Sở Tài chính",), ("Sở Tài chính",)]


def test_sentence_with_duty_phrase_leads_with_the_body() -> None:
    leads = _leads(
        "1. Ban Quản lý dự án có nhiệm vụ hoàn thành hồ sơ giải phóng mặt bằng trước ngày "
        "30/7/2025."
    )
    assert leads == [("Ban Quản lý dự án",)]


def test_name_holding_duty_words_stays_whole() -> None:
    # counter-examples: "nhiệm vụ" inside the name, not the phrase after it
    assert heading_assignees("Ban Chỉ đạo thực hiện nhiệm vụ chuyển đổi số tỉnh:") == [
        "Ban Chỉ đạo thực hiện nhiệm vụ chuyển đổi số tỉnh"
    ]
    assert heading_assignees("Sở Tài chính có trách nhiệm:") == ["Sở Tài chính"]


def test_duty_phrase_that_says_which_ones_stays_in_the_name() -> None:
    # counter-example: "có nhiệm vụ tương đồng" with no work after it says which units are meant
    leads = _leads(
        "2. Các đơn vị có nhiệm vụ tương đồng hoàn thành báo cáo đánh giá trước ngày 30/7/2025."
    )
    assert leads == [("Các đơn vị có nhiệm vụ tương đồng",)]


def test_duties_listed_after_the_name() -> None:
    assert heading_assignees("Tổ công tác liên ngành có các nhiệm vụ sau:") == [
        "Tổ công tác liên ngành"
    ]
    assert heading_assignees("Trung tâm Y tế huyện có nhiệm vụ như sau:") == [
        "Trung tâm Y tế huyện"
    ]
