"""Work written after an appeal to everyone, after a transitional "cho đến khi …" provision or in
an event field's value is still an assignment (reviewer round 12, findings on 010d367 and
7eebaea)."""

from __future__ import annotations

from datetime import date

import pytest

from notices import parse_notice
from notices.statements import states_only

ISSUED = date(2025, 10, 6)

_HEAD = """ỦY BAN NHÂN DÂN
XÃ PHÚ LỘC
Số: 77/TB-UBND
Phú Lộc, ngày 06 tháng 10 năm 2025

THÔNG BÁO
Kết luận của Chủ tịch UBND xã tại phiên họp thường kỳ tháng 10

"""


@pytest.mark.parametrize(
    "sentence",
    [
        # the provision is followed by a report due on a date
        "Đội kiểm tra liên ngành tiếp tục hoạt động cho đến khi hết mùa mưa bão, tổng hợp và gửi "
        "báo cáo về Ủy ban nhân dân xã trước ngày 15/01/2026.",
        # a deadline right after the provision
        "Ban quản lý chợ tạm vẫn hoạt động đến khi chợ mới khánh thành, hoàn thành việc bàn giao "
        "mặt bằng chậm nhất ngày 30/12/2025.",
        # the call opens the sentence, an assignment follows the semicolon
        "Kêu gọi mọi người dân giữ gìn vệ sinh môi trường; giao Hội Phụ nữ xã ra quân dọn dẹp "
        "các tuyến đường trước ngày 20/10/2025.",
        "Ủy ban nhân dân xã kêu gọi toàn thể nhân dân hưởng ứng phong trào; Đoàn Thanh niên xã "
        "báo cáo kết quả ra quân.",
    ],
)
def test_work_after_a_call_or_a_provision_stays(sentence: str) -> None:
    assert not states_only(sentence, ISSUED)


@pytest.mark.parametrize(
    "sentence",
    [
        # a provision alone, or a call followed only by more appeal, is still no task
        "Các tổ tự quản tiếp tục hoạt động cho đến khi thôn mới được thành lập, bảo đảm an ninh "
        "trật tự ổn định.",
        "Kêu gọi đồng bào trên địa bàn đoàn kết; chung sức xây dựng quê hương giàu đẹp.",
    ],
)
def test_a_bare_call_or_provision_still_states(sentence: str) -> None:
    assert states_only(sentence, ISSUED)


def test_a_call_later_in_the_sentence_does_not_drop_earlier_work() -> None:
    sentence = (
        "Trạm Y tế xã tổ chức tiêm chủng mở rộng trước ngày 25/10/2025; kêu gọi toàn dân đưa "
        "trẻ đi tiêm đúng lịch."
    )
    assert not states_only(sentence, ISSUED)


_MEETING = """1. Công an xã tăng cường tuần tra ban đêm, báo cáo trước ngày 30/10/2025.
2. Tổ chức Lễ kỷ niệm ngày thành lập xã:
- Thời gian: 07 giờ 30 ngày 15/11/2025.
- Địa điểm: Hội trường Ủy ban nhân dân xã.
- Nội dung: Ban Văn hóa xã soạn thảo diễn văn, gửi Chủ tịch UBND xã trước ngày 05/11/2025.
3. Giao Văn phòng UBND xã theo dõi, đôn đốc.

CHỦ TỊCH
Trần Văn Bình
"""


def test_an_event_field_that_assigns_with_a_deadline_stays_a_task() -> None:
    notice = parse_notice(_HEAD + _MEETING, year_hint=2025)
    found = {(task.lead, task.deadline) for task in notice.tasks}
    assert (("Ban Văn hóa xã",), date(2025, 11, 5)) in found
    # the other fields still describe the event
    assert not any("Hội trường" in task.text or "07 giờ" in task.text for task in notice.tasks)
