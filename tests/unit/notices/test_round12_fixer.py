"""Regressions of the round-11 precision and lead-name rules: a genuine assignment they dropped
or merged keeps its lead and deadline."""

from __future__ import annotations

from datetime import date

import pytest

from notices import parse_notice
from notices.assignees import analyze
from notices.statements import states_only

ISSUED = date(2025, 11, 3)

_HEAD = """ỦY BAN NHÂN DÂN
HUYỆN NGA SƠN
Số: 301/TB-UBND
Nga Sơn, ngày 03 tháng 11 năm 2025

THÔNG BÁO
Ý kiến kết luận của Chủ tịch UBND huyện

"""


def _tasks(body: str) -> list[tuple[str, tuple[str, ...], date | None, str]]:
    notice = parse_notice(_HEAD + body, year_hint=2025)
    return [(t.ref, t.lead, t.deadline, t.text) for t in notice.tasks]


def test_a_deadline_after_a_colon_is_no_phone_number() -> None:
    sentence = "Trung tâm Y tế huyện lập danh sách trạm y tế xuống cấp, thời hạn: 20/12/2025."
    assert not states_only(sentence, ISSUED)
    # a body and only its telephone number is still a contact line
    assert states_only("Phòng Lao động: 0237.3862.456 – 0237.3862.789.", ISSUED)


@pytest.mark.parametrize(
    "sentence",
    [
        "Các trường học thực hiện các nhiệm vụ khác nêu tại Kế hoạch số 12/KH-PGD, báo cáo kết "
        "quả trước ngày 20/12/2025.",
        "Ban Chỉ huy Quân sự huyện thực hiện các nhiệm vụ khác về công tác tuyển quân, hoàn "
        "thành trước ngày 15/01/2026.",
    ],
)
def test_other_duties_with_a_plan_a_topic_or_a_deadline_are_work(sentence: str) -> None:
    assert not states_only(sentence, ISSUED)


def test_a_field_point_that_assigns_dated_work_is_a_task() -> None:
    body = """II. NỘI DUNG
1. Nội dung:
- Đoàn Thanh niên xã tổ chức giải bóng đá thanh niên trước ngày 25/11/2025.
- Tuyên truyền rộng rãi trong nhân dân.
2. Thời gian: Tháng 11 năm 2025.
3. Địa điểm: Sân vận động xã.
"""
    tasks = _tasks(body)
    assert [(lead, deadline) for _, lead, deadline, _ in tasks] == [
        (("Đoàn Thanh niên xã",), date(2025, 11, 25))
    ]


def test_a_dated_or_given_sentence_over_points_stays_a_task() -> None:
    body = """1. Giao Phòng Nội vụ hướng dẫn các xã rà soát biên chế, xong trước ngày 28/11/2025.
a) UBND xã Nga Yên báo cáo số liệu trong tháng 11/2025.
b) UBND xã Nga Thanh báo cáo số liệu trong tháng 12/2025.
2. Phát triển du lịch: Phòng Văn hóa lập đề án du lịch, trình UBND huyện trước ngày 10/12/2025.
a) UBND xã Nga Thiện khảo sát điểm du lịch.
b) Ban Quản lý di tích huyện tổ chức quảng bá điểm đến.
"""
    tasks = _tasks(body)
    leads = {ref: (lead, deadline) for ref, lead, deadline, _ in tasks}
    assert leads["1"] == (("Phòng Nội vụ",), date(2025, 11, 28))
    assert leads["2"][0] == ("Phòng Văn hóa",)
    assert {"1.a", "1.b", "2.a", "2.b"} <= set(leads)


def test_a_title_described_by_its_field_then_a_second_title_are_two_leads() -> None:
    roles = analyze(
        "Đồng chí Phó Chủ tịch UBND huyện, phụ trách khối nội chính và Chánh Thanh tra huyện "
        "kiểm tra việc giải quyết đơn thư."
    )
    assert [a.name for a in roles.leads] == ["Phó Chủ tịch UBND huyện", "Chánh Thanh tra huyện"]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Ban Thường vụ Huyện ủy, UBND huyện chỉ đạo sơ kết mô hình dân vận khéo.",
            ["Ban Thường vụ Huyện ủy", "UBND huyện"],
        ),
        (
            "Thường trực Đảng ủy, HĐND phường giám sát việc tiếp công dân.",
            ["Thường trực Đảng ủy", "HĐND phường"],
        ),
        # a standing body of one council shared by a council of the same kind stays one name
        (
            "Thường trực HĐND, UBND xã rà soát kiến nghị cử tri.",
            ["Thường trực HĐND, UBND xã"],
        ),
    ],
)
def test_a_party_committee_and_a_state_council_are_two_leads(
    sentence: str, names: list[str]
) -> None:
    assert [a.name for a in analyze(sentence).leads] == names


def test_an_invitation_clause_leaves_the_next_bodys_work() -> None:
    body = (
        "1. Khuyến khích các doanh nghiệp tham gia chương trình bình ổn giá; Phòng Kinh tế "
        "theo dõi giá cả thị trường.\n"
    )
    tasks = _tasks(body)
    assert [lead for ref, lead, _, _ in tasks if ref == "1"] == [("Phòng Kinh tế",)]
    # an invitation alone is still no task
    assert states_only("Khuyến khích các hợp tác xã liên kết tiêu thụ nông sản.", ISSUED)
