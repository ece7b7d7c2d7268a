"""Round 21 (plangroup): fields closing a group of work items in a plan are every item's.

A department's plan lists the work of a heading as dashes and names who leads it once, after
the last dash: "Lãnh đạo phụ trách: Phó giám đốc …" "Đơn vị chủ trì: Phòng …; Đơn vị phối hợp:
…". Those fields are the whole group's (since the heading or the previous fields), not the last
dash's alone; an item that names its own lead keeps it, but the group's "Thời gian thực hiện"
still dates it. Fields after each item (each item its own row), a closing field after a single
item, fields written before the items and a document's table-like rows change nothing.
Documents invented for these tests.
"""

from __future__ import annotations

from datetime import date

from notices import parse_notice
from notices.model import DeadlineKind, ParsedTask

_HEAD = """UBND TỈNH YÊN BÁI
SỞ CÔNG THƯƠNG

Số: 412/KH-SCT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Yên Bái, ngày 15 tháng 4 năm 2026

KẾ HOẠCH
Thực hiện Đề án phát triển công nghiệp chế biến giai đoạn 2026-2030

Căn cứ chức năng, nhiệm vụ được giao, Sở Công Thương xây dựng Kế hoạch thực hiện, cụ thể như sau:

I. MỤC ĐÍCH, YÊU CẦU

Cụ thể hóa các nhiệm vụ của Đề án thành các nhiệm vụ cụ thể thuộc chức năng của Sở.

II. NHIỆM VỤ TRỌNG TÂM

"""

_SIGN = """

Nơi nhận:
- UBND tỉnh (B/c);
- Các phòng trực thuộc Sở;
- Lưu: VT.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Lê Văn Minh
"""

_GROUPS = """1. Phát triển công nghiệp chế biến nông, lâm sản

- Tham mưu UBND tỉnh xây dựng chính sách thu hút các dự án chế biến sâu gỗ rừng trồng.

- Phối hợp xây dựng danh mục dự án ưu tiên thu hút đầu tư chế biến quế, chè, dược liệu.

- Đôn đốc, hướng dẫn doanh nghiệp đổi mới thiết bị, giảm tiêu hao năng lượng.

Lãnh đạo phụ trách: Phó giám đốc Hoàng Văn Bình.

Đơn vị chủ trì: Phòng Quản lý Công nghiệp; Đơn vị phối hợp: Phòng Quản lý Thương mại.

2. Bảo đảm cung ứng điện cho sản xuất

- Tham mưu đẩy nhanh tiến độ các dự án điện mặt trời mái nhà tại các cụm công nghiệp.

- Rà soát nhu cầu cấp điện cho các cụm công nghiệp mới, đề xuất bố trí kinh phí đầu tư.

Lãnh đạo phụ trách: Phó giám đốc Nguyễn Thị Lan.

Đơn vị chủ trì: Phòng Quản lý Năng lượng; Đơn vị phối hợp: Phòng Quản lý Công nghiệp.
"""


def _tasks(body: str) -> list[ParsedTask]:
    return list(parse_notice(_HEAD + body.strip() + _SIGN).tasks)


def _task(tasks: list[ParsedTask], start: str) -> ParsedTask:
    found = [t for t in tasks if t.text.startswith(start)]
    assert found, f"no task opens with {start!r}: {[t.text[:50] for t in tasks]}"
    return found[0]


def test_closing_fields_lead_every_dash_of_their_group() -> None:
    tasks = _tasks(_GROUPS)
    for start in ("Tham mưu UBND tỉnh xây dựng", "Phối hợp xây dựng danh mục", "Đôn đốc, hướng"):
        assert _task(tasks, start).lead == ("Phòng Quản lý Công nghiệp",)
    for start in ("Tham mưu đẩy nhanh", "Rà soát nhu cầu cấp điện"):
        assert _task(tasks, start).lead == ("Phòng Quản lý Năng lượng",)


def test_the_split_support_field_is_no_task() -> None:
    tasks = _tasks(_GROUPS)
    assert not [t for t in tasks if t.text.startswith(("Đơn vị phối hợp", "Lãnh đạo phụ trách"))]
    assert len([t for t in tasks if t.ref.startswith("II.")]) == 5


_TIMED = """1. Tăng cường công tác dân vận chính quyền

a) Cấp ủy, chính quyền các cấp tiếp tục quán triệt các nghị quyết, kết luận về công tác dân vận.

b) Tiếp tục quán triệt chủ trương, chính sách về thực hiện dân chủ ở cơ sở trong tình hình mới.

Cơ quan thực hiện: Các phòng, đơn vị thuộc Sở;

Thời gian thực hiện: Thường xuyên.
"""


def test_an_item_naming_its_own_lead_keeps_it_and_takes_the_group_time() -> None:
    tasks = _tasks(_TIMED)
    own = _task(tasks, "Cấp ủy, chính quyền các cấp")
    assert own.lead == ("Cấp ủy, chính quyền các cấp",)
    assert own.deadline is None and own.deadline_kind is DeadlineKind.ONGOING
    other = _task(tasks, "Tiếp tục quán triệt chủ trương")
    assert other.lead == ("Các phòng, đơn vị thuộc Sở",)
    assert other.deadline_kind is DeadlineKind.ONGOING


_TRAILING_TIME = """1. Phát triển cụm công nghiệp

- Tham mưu thành lập các cụm công nghiệp mới theo quy hoạch được duyệt.

- Đôn đốc hoàn thiện hạ tầng kỹ thuật tại các cụm công nghiệp đã thành lập.

Đơn vị chủ trì: Phòng Quản lý Công nghiệp; Thời gian thực hiện: Trước ngày 30/11/2026.
"""


def test_a_time_field_split_from_the_lead_line_dates_the_whole_group() -> None:
    tasks = _tasks(_TRAILING_TIME)
    for start in ("Tham mưu thành lập", "Đôn đốc hoàn thiện"):
        task = _task(tasks, start)
        assert task.lead == ("Phòng Quản lý Công nghiệp",)
        assert task.deadline == date(2026, 11, 30)


# Counter-examples: shapes that must not change.

_EACH_OWN = """1. Hỗ trợ pháp lý cho doanh nghiệp

- Xây dựng, cập nhật cơ sở dữ liệu văn bản pháp luật liên quan đến doanh nghiệp.

Đơn vị chủ trì thực hiện: Sở Tư pháp.

Thời gian thực hiện: Quý II/2026.

- Tổ chức lớp tập huấn pháp luật cho người quản lý doanh nghiệp trên địa bàn tỉnh.

Đơn vị chủ trì: Sở Kế hoạch và Đầu tư.

Thời gian thực hiện: Quý III/2026.
"""


def test_fields_after_each_item_stay_that_items() -> None:
    tasks = _tasks(_EACH_OWN)
    first = _task(tasks, "Xây dựng, cập nhật cơ sở dữ liệu")
    assert first.lead == ("Sở Tư pháp",)
    assert first.deadline == date(2026, 6, 30)
    second = _task(tasks, "Tổ chức lớp tập huấn")
    assert second.lead == ("Sở Kế hoạch và Đầu tư",)
    assert second.deadline == date(2026, 9, 30)


_SINGLE = """1. Khảo sát nhu cầu hỗ trợ của doanh nghiệp

- Điều tra, khảo sát nhu cầu hỗ trợ của các doanh nghiệp công nghiệp trên địa bàn tỉnh.

Lãnh đạo phụ trách: Phó giám đốc Hoàng Văn Bình.

Đơn vị chủ trì: Phòng Quản lý Công nghiệp.

2. Tổ chức Hội nghị sơ kết thực hiện Kế hoạch

Đơn vị thực hiện: Văn phòng Sở.

Thời gian thực hiện: Quý IV/2026.
"""


def test_a_closing_field_after_a_single_item_and_a_heading_row() -> None:
    tasks = _tasks(_SINGLE)
    assert _task(tasks, "Điều tra, khảo sát").lead == ("Phòng Quản lý Công nghiệp",)
    meeting = _task(tasks, "Tổ chức Hội nghị sơ kết")
    assert meeting.lead == ("Văn phòng Sở",)
    assert meeting.deadline == date(2026, 12, 31)
    assert len([t for t in tasks if t.ref.startswith("II.")]) == 2


_OWN_NAMED_UNTIMED = """1. Nâng cao nhận thức về xây dựng pháp luật

- Các phòng chuyên môn tiếp tục nâng cao nhận thức về công tác xây dựng pháp luật.

- Tăng cường giáo dục chính trị, tư tưởng cho công chức làm công tác pháp chế.

Đơn vị chủ trì: Văn phòng Sở.
"""


def test_an_item_naming_its_own_lead_with_no_group_time_is_unchanged() -> None:
    tasks = _tasks(_OWN_NAMED_UNTIMED)
    assert _task(tasks, "Các phòng chuyên môn tiếp tục").lead == ("Các phòng chuyên môn",)
    assert _task(tasks, "Tăng cường giáo dục chính trị").lead == ("Văn phòng Sở",)


_HEADING_CONTENT = """1. Xây dựng cơ sở dữ liệu ngành Công Thương trên địa bàn tỉnh, gồm:

- Dữ liệu về các cụm công nghiệp, doanh nghiệp trong cụm;

- Dữ liệu về nguồn điện, lưới điện và tiêu thụ điện.

Đơn vị chủ trì: Phòng Quản lý Năng lượng; Đơn vị phối hợp: Văn phòng Sở.

Thời gian thực hiện: Quý III/2026.
"""


def test_fields_closing_a_headings_content_points_are_the_headings() -> None:
    tasks = _tasks(_HEADING_CONTENT)
    assert [t.text[:40] for t in tasks if t.ref.startswith("II.")] == [
        "Xây dựng cơ sở dữ liệu ngành Công Thương"
    ]
    task = _task(tasks, "Xây dựng cơ sở dữ liệu")
    assert task.lead == ("Phòng Quản lý Năng lượng",)
    assert task.deadline == date(2026, 9, 30)
    assert "Dữ liệu về nguồn điện" in task.text


_FIELDS_FIRST = """1. Phát triển công nghiệp chế biến

Đơn vị chủ trì: Phòng Quản lý Công nghiệp.

- Tham mưu xây dựng chính sách thu hút dự án chế biến sâu gỗ rừng trồng.

- Đôn đốc doanh nghiệp đổi mới thiết bị, giảm tiêu hao năng lượng.

2. Bảo đảm cung ứng điện

Đơn vị chủ trì: Phòng Quản lý Năng lượng.

- Tham mưu đẩy nhanh các dự án điện mặt trời mái nhà.

- Rà soát nhu cầu cấp điện cho các cụm công nghiệp mới.
"""


def test_fields_written_before_the_items_stay_the_headings_row() -> None:
    tasks = _tasks(_FIELDS_FIRST)
    assert len(tasks) == 2  # the dashes are no tasks of their own
    assert [(t.ref, t.lead) for t in tasks] == [
        ("II.1", ("Phòng Quản lý Công nghiệp",)),
        ("II.2", ("Phòng Quản lý Năng lượng",)),
    ]
    assert "Đôn đốc doanh nghiệp đổi mới thiết bị" in tasks[0].text
    assert "Rà soát nhu cầu cấp điện" in tasks[1].text
