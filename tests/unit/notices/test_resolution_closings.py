"""Resolutions of a council or a Party conference (dev round P2b): the issuer's call on everyone
and a transitional provision are no tasks; a body asked to make a call, or told to keep working
on something, still is."""

from __future__ import annotations

from datetime import date

import pytest

from notices.assignees import analyze
from notices.parser import parse_notice
from notices.statements import states_only

ISSUED = date(2026, 4, 20)


@pytest.mark.parametrize(
    "sentence",
    [
        # the issuer's own appeal to the whole Party, people and army
        "Hội nghị kêu gọi toàn Đảng, toàn dân và toàn quân đoàn kết, vượt qua thử thách để hoàn "
        "thành các mục tiêu năm 2026.",
        "Hội đồng nhân dân thành phố kêu gọi đồng bào, chiến sĩ trên địa bàn chung sức xây dựng "
        "nông thôn mới.",
        "Tỉnh ủy tha thiết kêu gọi các tầng lớp nhân dân phát huy truyền thống cách mạng.",
        # how long the old bodies go on existing
        "Ủy ban nhân dân các huyện trước khi hợp nhất tiếp tục hoạt động cho đến khi Ủy ban nhân "
        "dân huyện mới được thành lập.",
        "Các trường sáp nhập vẫn hoạt động đến hết ngày 31 tháng 8 năm 2026.",
    ],
)
def test_calls_on_everyone_and_transitional_provisions_state(sentence: str) -> None:
    assert states_only(sentence, ISSUED)


@pytest.mark.parametrize(
    "sentence",
    [
        # a body asked to make the appeal has work of its own
        "Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh kêu gọi nhân dân ủng hộ đồng bào vùng lũ.",
        "Hội Chữ thập đỏ tỉnh chủ trì vận động, kêu gọi nhân dân đóng góp quỹ nhân đạo.",
        # continuing a piece of work is work
        "Sở Y tế tiếp tục theo dõi tình hình dịch bệnh cho đến khi có chỉ đạo mới.",
        # asked to keep a body running until a date: the ask is work
        "Giao Ủy ban nhân dân xã bảo đảm trạm y tế tiếp tục hoạt động cho đến khi bàn giao xong.",
    ],
)
def test_a_body_asked_to_appeal_or_to_keep_working_still_has_work(sentence: str) -> None:
    assert not states_only(sentence, ISSUED)


_RESOLUTION = """HỘI ĐỒNG NHÂN DÂN TỈNH BẮC HÀ
Số: 15/NQ-HĐND
Bắc Hà, ngày 20 tháng 4 năm 2026
NGHỊ QUYẾT
VỀ VIỆC SÁP NHẬP CÁC TRƯỜNG TRUNG HỌC

QUYẾT NGHỊ:

Điều 1. Tổ chức thực hiện

1. Giao Sở Giáo dục và Đào tạo hoàn thành phương án bố trí giáo viên trước ngày 30/6/2026.

2. Các trường trước sáp nhập tiếp tục hoạt động cho đến khi trường mới chính thức khai giảng.

3. Hội đồng nhân dân tỉnh kêu gọi toàn dân chung sức chăm lo cho sự nghiệp giáo dục.

CHỦ TỊCH
Nguyễn Văn An
"""


def test_a_resolution_keeps_only_its_assignment() -> None:
    notice = parse_notice(_RESOLUTION)
    assert [task.lead for task in notice.tasks] == [("Sở Giáo dục và Đào tạo",)]


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        (
            "Giao ban thường vụ các huyện ủy, thị ủy khẩn trương hoàn thiện phương án nhân sự.",
            "ban thường vụ các huyện ủy, thị ủy",
        ),
        (
            "Giao ban thường vụ các đảng ủy trực thuộc tỉnh chỉ đạo tổng kết công tác năm.",
            "ban thường vụ các đảng ủy trực thuộc tỉnh",
        ),
    ],
)
def test_a_party_standing_committee_in_lower_case_is_a_lead(sentence: str, lead: str) -> None:
    roles = analyze(sentence)
    assert [assignee.name for assignee in roles.leads] == [lead]


def test_a_regular_briefing_is_still_no_body() -> None:
    assert not analyze("Giao ban thường kỳ hằng tuần do Chủ tịch xã chủ trì.").leads
