"""Round 15, K27: points under a unit heading that open with a contact, a meeting, "only", a
holder or force as subject, or "together with" a body; a heading that lists bodies."""

from __future__ import annotations

import pytest

from notices.imperatives import asks_work
from notices.parser import parse_notice
from notices.task_headings import heading_assignees


@pytest.mark.parametrize(
    "clause",
    [
        "Liên hệ Sở Văn hóa để được cấp tài liệu tuyên truyền cho các khu dân cư",
        "Họp với các hộ dân để thống nhất phương án di dời",
        "Chỉ cấp phép khai thác khi có đủ hồ sơ đánh giá tác động môi trường",
        "Các chủ đầu tư công trình thủy lợi bố trí người trực theo dõi mực nước",
        "Chủ các cơ sở căn cứ vào quy chuẩn để đề xuất phương án di dời",
        "Lực lượng Công an xã và Tổ dân phòng tăng cường tuần tra ban đêm",
        "Cùng với Ủy ban nhân dân các xã tổ chức ra quân dọn vệ sinh",
    ],
)
def test_work_opening(clause: str) -> None:
    assert asks_work(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "Liên hệ: bà Trần Thị B, điện thoại 0987 654 321",
        "Cùng với sự phát triển của du lịch, lượng rác thải tăng nhanh",
        "Lực lượng dân quân đã triển khai ba đợt ra quân",
        "Chỉ tiêu giao năm nay đạt 90%",
        "Chỉ có hai xã gửi báo cáo đúng hạn",
    ],
)
def test_not_work(clause: str) -> None:
    assert not asks_work(clause)


def test_heading_listing_bodies() -> None:
    assert heading_assignees("Ủy ban nhân dân các Phường, Xã, Thị trấn:") == [
        "Ủy ban nhân dân các Phường, Xã, Thị trấn"
    ]
    named = heading_assignees(
        "Đài Truyền hình Hải Phòng, Báo Hải Phòng và các cơ quan báo chí ở Trung ương, địa phương:"
    )
    assert named is not None
    assert named[0].startswith("Đài Truyền hình Hải Phòng")


def test_heading_not_listing_bodies() -> None:
    assert heading_assignees("Tình hình, kết quả:") is None
    # no colon: not a heading over points
    assert heading_assignees("Ủy ban nhân dân các Phường, Xã, Thị trấn") is None


_DIRECTIVE = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
Số: 15/CT-UBND
CHỈ THỊ
Về việc tăng cường phòng chống dịch bệnh gia cầm
Để chủ động phòng chống dịch bệnh, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
1. Sở Nông nghiệp và Môi trường:
- Chủ trì hướng dẫn các huyện tiêm phòng vắc xin cho đàn gia cầm.
2. Đài Truyền hình tỉnh, Báo Hà Nam và các cơ quan thông tin đại chúng ở Trung ương và địa phương:
- Tăng thời lượng đưa tin về các biện pháp phòng bệnh cho gia cầm.
- Đẩy mạnh việc giới thiệu các mô hình chăn nuôi an toàn sinh học.
3. Tình hình, diễn biến dịch bệnh ở các tỉnh lân cận:
- Dịch bệnh năm nay diễn biến phức tạp.
"""


def test_long_heading_listing_bodies_gives_its_points() -> None:
    texts = [task.text for task in parse_notice(_DIRECTIVE).tasks]
    assert any(t.startswith("Tăng thời lượng") for t in texts)
    assert any(t.startswith("Đẩy mạnh việc giới thiệu") for t in texts)
    assert not any(t.startswith("Dịch bệnh năm nay") for t in texts)
