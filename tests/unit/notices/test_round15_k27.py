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


# Review R27 (fixer F27): results reported, "only managed to", accounts of contacts and
# meetings, and a heading's list of bodies one name per body.


@pytest.mark.parametrize(
    "clause",
    [
        "Lực lượng Công an tỉnh phát hiện, bắt giữ 15 đối tượng buôn bán ma túy",
        "Lực lượng chức năng kiểm tra 300 cơ sở, xử phạt 45 cơ sở vi phạm",
        "Lực lượng lao động trong các khu công nghiệp tăng 5%",
        "Lực lượng vũ trang tỉnh tổ chức diễn tập khu vực phòng thủ đạt kết quả tốt",
        "Cùng với Sở Y tế tổ chức thành công Tháng hành động vì an toàn thực phẩm",
        "Chủ các cơ sở kinh doanh cam kết thực hiện đúng quy định",
        "Chỉ tổ chức được 3 lớp tập huấn trong năm",
        "Chỉ triển khai được 60% khối lượng công việc",
        "Họp với các hộ dân nhưng chưa thống nhất phương án đền bù",
        "Họp với các hộ dân 3 lần, các hộ chưa đồng ý",
        "Liên hệ nhiều lần nhưng doanh nghiệp không hợp tác để xử lý dứt điểm",
    ],
)
def test_result_or_account_is_not_work(clause: str) -> None:
    assert not asks_work(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "Lực lượng Công an xã phối hợp với các thôn tổ chức tuần tra",
        "Lực lượng dân quân xã tuần tra tối thiểu 2 lượt/tuần tại các điểm nóng",
        "Cùng Sở Tài chính thẩm định phương án giá",
        "Họp cùng Sở Xây dựng để bàn phương án di dời",
    ],
)
def test_work_kept_beside_results(clause: str) -> None:
    assert asks_work(clause)


_HEAD = (
    "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\nSố: 12/UBND-VP\nQuảng Nam, ngày 05 tháng 3 năm 2026\n\n"
    "Kính gửi: Các sở, ban, ngành; UBND các huyện, thị xã, thành phố.\n\n"
)


def test_report_paragraphs_give_no_tasks() -> None:
    body = (
        "Trong năm 2025, tình hình an ninh trật tự trên địa bàn tỉnh cơ bản ổn định.\n"
        "Lực lượng Công an tỉnh phát hiện, bắt giữ 15 đối tượng buôn bán ma túy.\n"
        "Lực lượng Bộ đội Biên phòng tỉnh phối hợp với Hải quan bắt giữ 3 vụ buôn lậu.\n"
        "Cùng với Sở Y tế tổ chức thành công Tháng hành động vì an toàn thực phẩm.\n"
        "Chỉ tổ chức được 3 lớp tập huấn trong năm.\n"
        "Đề nghị các đơn vị báo cáo kết quả trước ngày 30/3/2026.\n"
    )
    texts = [task.text for task in parse_notice(_HEAD + body).tasks]
    assert len(texts) == 1
    assert texts[0].startswith("Đề nghị các đơn vị")


def test_findings_under_unit_headings_give_no_tasks() -> None:
    body = (
        "UBND tỉnh thông báo kết quả kiểm tra như sau:\n1. Sở Xây dựng:\n"
        "- Lực lượng thanh tra xây dựng phát hiện 25 công trình vi phạm.\n"
        "- Chỉ tổ chức được 3 đợt kiểm tra trong năm 2025.\n"
        "2. UBND huyện Duy Xuyên:\n"
        "- Liên hệ nhiều lần nhưng doanh nghiệp không hợp tác để xử lý dứt điểm.\n"
        "3. Yêu cầu:\nSở Xây dựng khẩn trương khắc phục các tồn tại trước ngày 30/4/2026.\n"
    )
    texts = [task.text for task in parse_notice(_HEAD + body).tasks]
    assert not any(t.startswith(("Lực lượng", "Chỉ tổ chức", "Liên hệ")) for t in texts)


def test_heading_list_one_name_per_body() -> None:
    assert heading_assignees(
        "Báo Quảng Nam, Đài Phát thanh - Truyền hình tỉnh, Cổng Thông tin điện tử tỉnh:"
    ) == ["Báo Quảng Nam", "Đài Phát thanh - Truyền hình tỉnh", "Cổng Thông tin điện tử tỉnh"]
    assert heading_assignees(
        "Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam và các phương"
        " tiện thông tin đại chúng ở Trung ương và địa phương:"
    ) == [
        "Đài Truyền hình Việt Nam",
        "Đài Tiếng nói Việt Nam",
        "Thông tấn xã Việt Nam",
        "các phương tiện thông tin đại chúng ở Trung ương và địa phương",
    ]


@pytest.mark.parametrize(
    "heading",
    [
        "Ủy ban nhân dân huyện Duy Xuyên, Thăng Bình, Quế Sơn, Hiệp Đức năm 2025:",
        "Ủy ban nhân dân các xã, thị trấn, các nội dung sau:",
        "Ủy ban nhân dân các xã Tam Thăng, Tam Phú và các hộ dân bị ảnh hưởng:",
    ],
)
def test_heading_list_with_tail_names_nobody(heading: str) -> None:
    assert heading_assignees(heading) is None
