"""Round 31 (points) review: look-alikes of a body's duty point that stay rules, and the leads of
the points kept (`notices.duty_points`). Documents invented for these tests."""

from __future__ import annotations

import pytest

from notices import parse_notice
from tests.unit.notices.test_round31_points import HEAD, TAIL

_TITLE = "Về cơ chế hỗ trợ phát triển các dự án điện sinh khối tại Việt Nam"


def _tasks(body: str) -> list[tuple[str, tuple[str, ...]]]:
    text = (
        HEAD.format(title=_TITLE, short="về cơ chế hỗ trợ")
        + "\nĐiều 3. Cấp phép và quản lý\n\n"
        + body
        + "\n\n2. Khuyến khích huy động các nguồn kinh phí hợp pháp khác.\n"
        + TAIL
    )
    return [(task.text, tuple(task.lead)) for task in parse_notice(text).tasks]


def _of(body: str, start: str) -> list[tuple[str, tuple[str, ...]]]:
    return [task for task in _tasks(body) if task[0].startswith(start)]


@pytest.mark.parametrize(
    "body",
    [
        # accountability, no work (finding 1)
        "1. Ủy ban nhân dân cấp tỉnh chịu trách nhiệm toàn diện trước Thủ tướng Chính phủ về "
        "quyết định của mình.",
        "1. Ủy ban nhân dân cấp huyện chịu trách nhiệm trước Ủy ban nhân dân tỉnh về quản lý đất "
        "đai trên địa bàn.",
        # "giao" in the body's name or in "bàn giao" (finding 2)
        "1. Sở Giao thông vận tải có ý kiến bằng văn bản về phương án tổ chức giao thông.",
        "1. Sở Giao thông vận tải tiếp nhận hồ sơ đề nghị của chủ đầu tư.",
        "1. Sở Tài chính tiếp nhận hồ sơ và bàn giao cho Sở Xây dựng.",
        # a step timed from a request or a filing (finding 4)
        "1. Sở Xây dựng thẩm định trong thời hạn 15 ngày làm việc kể từ ngày có văn bản đề nghị "
        "của chủ đầu tư.",
        "1. Sở Xây dựng thẩm định trong thời hạn 10 ngày kể từ khi nhận hồ sơ.",
        # a condition on the power (finding 5)
        "1. Sở Xây dựng chỉ cấp giấy phép khi chủ đầu tư có đủ hồ sơ hợp lệ.",
    ],
)
def test_a_look_alike_of_a_duty_point_stays_a_rule(body: str) -> None:
    assert _of(body, body[3:20]) == []


def test_a_councils_make_up_stays_a_rule() -> None:
    body = (
        "1. Hội đồng thẩm định gồm các thành viên sau:\n\na) Sở Tài chính: 01 lãnh đạo sở làm "
        "Chủ tịch Hội đồng;\n\nb) Sở Xây dựng: 01 lãnh đạo sở làm thành viên."
    )
    assert _of(body, "Sở") == []
    assert (
        _of("1. Sở Công Thương: là cơ quan thường trực của Ban Chỉ đạo phát triển điện.", "Sở")
        == []
    )


@pytest.mark.parametrize(
    ("body", "lead"),
    [
        (
            "1. Hội đồng nhân dân tỉnh quyết định mức hỗ trợ cụ thể từ ngân sách địa phương.",
            "Hội đồng nhân dân tỉnh",
        ),
        (
            "1. Bộ Quốc phòng quyết định việc sử dụng đất quốc phòng theo quy định của pháp luật "
            "về đất đai.",
            "Bộ Quốc phòng",
        ),
    ],
)
def test_a_body_deciding_leads_its_point_without_the_verb(body: str, lead: str) -> None:
    tasks = _of(body, body[3:20])
    assert tasks
    assert tasks[0][1][0] == lead


@pytest.mark.parametrize(
    ("body", "start"),
    [
        (
            "1. Sở Công Thương theo dõi.\n\nViệc hỗ trợ thực hiện theo quy định hiện hành của "
            "pháp luật về ngân sách.",
            "Sở Công Thương theo dõi",
        ),
        (
            "1. Bộ Tài chính có trách nhiệm:\n\n- Bố trí kinh phí hỗ trợ;\n\n- Hướng dẫn thanh "
            "quyết toán.\n\nKinh phí thực hiện từ nguồn ngân sách trung ương và các nguồn hợp "
            "pháp khác.",
            "Hướng dẫn thanh quyết toán",
        ),
    ],
)
def test_an_unmarked_rule_paragraph_after_a_kept_point_stays_out(body: str, start: str) -> None:
    tasks = _tasks(body)
    assert any(text.startswith(start) for text, _ in tasks)
    assert not any("nguồn" in text or "Việc hỗ trợ" in text for text, _ in tasks)
