"""Round 10 precision (classes read from the spent fresh4 split): which sentences are tasks."""

from __future__ import annotations

import pytest

from notices.assignees import is_remark
from notices.explain import UPWARD_REPORT, no_task_reason
from notices.letter_closings import reports_upward
from notices.parser import parse_notice

_REPORT = """SỞ NỘI VỤ
Số: 215/SNV-TCBC
Hà Tĩnh, ngày 12 tháng 11 năm 2025

Kính gửi: Ủy ban nhân dân tỉnh Hà Tĩnh.

Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh tại Công văn số 5120/UBND-NC, Sở Nội vụ đã rà soát
số lượng người làm việc tại các đơn vị sự nghiệp công lập và đề xuất như sau:

1. Giao Sở Tài chính bố trí kinh phí thực hiện chế độ cho người lao động trước ngày 31/12/2025.

2. Giao Ủy ban nhân dân các xã, phường rà soát, sắp xếp lại vị trí việc làm.

Sở Nội vụ kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./.

GIÁM ĐỐC
Trần Văn Bình
"""


def test_a_letter_that_submits_its_proposals_upward_assigns_nothing() -> None:
    notice = parse_notice(_REPORT)
    assert notice.tasks == ()
    # and the sender is told why, not only that nothing was found
    assert UPWARD_REPORT in notice.notes
    assert "gửi cấp trên" in no_task_reason(notice)


def test_the_same_letter_closing_with_a_request_keeps_its_tasks() -> None:
    text = _REPORT.replace(
        "Sở Nội vụ kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./.",
        "Đề nghị các cơ quan, đơn vị nghiêm túc thực hiện./.",
    )
    assert len(parse_notice(text).tasks) == 2


@pytest.mark.parametrize(
    "closing",
    [
        "Bộ Công Thương kính báo cáo Thủ tướng Chính phủ xem xét, chỉ đạo./.",
        "Ủy ban nhân dân tỉnh xin báo cáo Bộ Nội vụ./.",
        "Cục Thuế kính trình Bộ trưởng xem xét, phê duyệt./.",
    ],
)
def test_closings_that_report_or_submit_upward(closing: str) -> None:
    assert reports_upward(["Nội dung đề xuất như trên.", closing])


@pytest.mark.parametrize(
    "closing",
    [
        # A request to report is work, not the writer reporting.
        "Đề nghị các Sở gửi báo cáo về Sở Nội vụ trước ngày 20/12/2025./.",
        "Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.",
        # A report formula in the middle of the letter is not its closing.
        "Bộ Tài chính kính báo cáo Thủ tướng Chính phủ nội dung sau:",
    ],
)
def test_other_closings_are_not_reports_upward(closing: str) -> None:
    assert not reports_upward(["Nội dung như trên.", closing])


# A closing exhortation may pile up its manner words and name the document by its kind; a
# liability under a condition ("… phải chịu trách nhiệm trực tiếp nếu để xảy ra …") warns.
@pytest.mark.parametrize(
    "sentence",
    [
        "Yêu cầu các sở, ngành, địa phương nghiêm túc, khẩn trương triển khai thực hiện Chỉ thị "
        "này./.",
        "Đề nghị các đơn vị chủ động và tích cực thực hiện Quyết định này.",
        "Người đứng đầu cơ quan phải chịu trách nhiệm cá nhân nếu để xảy ra tình trạng chậm trễ "
        "trong giải quyết hồ sơ.",
        "Chủ tịch Ủy ban nhân dân cấp xã chịu trách nhiệm trực tiếp nếu để xảy ra cháy rừng trên "
        "địa bàn.",
    ],
)
def test_a_closing_exhortation_or_a_liability_is_no_task(sentence: str) -> None:
    assert is_remark(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Yêu cầu Sở Giao thông vận tải khẩn trương triển khai thực hiện dự án cầu Hàm Luông.",
        "Chủ tịch Ủy ban nhân dân cấp xã chịu trách nhiệm trực tiếp chỉ đạo phòng cháy rừng.",
    ],
)
def test_work_with_the_same_words_stays_a_task(sentence: str) -> None:
    assert not is_remark(sentence)


_GAZETTE = """CHÍNH PHỦ
Số: 88/NQ-CP
Hà Nội, ngày 02 tháng 6 năm 2026

NGHỊ QUYẾT

QUYẾT NGHỊ:

1. Giao Bộ Nội vụ chủ trì hướng dẫn việc sắp xếp đơn vị sự nghiệp công lập
trong lĩnh vực văn hóa.
Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Cơ quan: VĂN PHÒNG CHÍNH PHỦ
Ngày ký: 2026-06-05 09:10:11 +07:00

CÔNG BÁO/Số 301/Ngày 05-06-2026

2. Giao Ủy ban nhân dân các tỉnh rà soát, báo cáo kết quả sắp xếp trước ngày 30/9/2026.

TM. CHÍNH PHỦ
THỦ TƯỚNG
"""


def test_a_signature_stamp_and_running_head_are_no_part_of_the_text() -> None:
    tasks = parse_notice(_GAZETTE).tasks
    assert [t.ref for t in tasks] == ["1", "2"]
    assert tasks[0].text.endswith("trong lĩnh vực văn hóa.")
    assert "Ký bởi" not in " ".join(t.text for t in tasks)
    assert "CÔNG BÁO" not in " ".join(t.text for t in tasks)
