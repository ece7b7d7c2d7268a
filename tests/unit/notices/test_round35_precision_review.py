"""Round 35 (precision), review: two rules of the round narrowed.

"X chỉ đạo và hướng dẫn Y thực hiện … sau:" gives X as the points' lead only inside a numbered
point (a body given a duty there); the letter's own sentence "UBND huyện chỉ đạo và hướng dẫn các
xã … sau:" is the writer guiding its addressees, who do the points. A link line is no task only
under the report it sends; a numbered point of the letter's own ("2. Cập nhật tại địa chỉ: …",
"3. Đăng ký theo đường link: …") is work. Documents invented for these tests.
"""

from __future__ import annotations

from notice_fixtures import lead_of
from notice_fixtures import task_leads as _tasks

_HEAD = """ỦY BAN NHÂN DÂN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN TÂN AN                         Độc lập - Tự do - Hạnh phúc

Số: 88/UBND-VX                       Tân An, ngày 05 tháng 4 năm 2027
V/v triển khai công tác

Kính gửi: Ủy ban nhân dân các xã, thị trấn

"""
_TAIL = """
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn An
"""

_WRITER_DIRECTS = (
    _HEAD
    + """Ủy ban nhân dân huyện chỉ đạo và hướng dẫn các xã, thị trấn thực hiện các nội dung sau:

1. Tổ chức tuyên truyền phòng bệnh sốt xuất huyết trên loa truyền thanh.

2. Báo cáo kết quả về Phòng Y tế huyện trước ngày 15/5/2027.
"""
    + _TAIL
)

_OWN_LINK_POINTS = (
    _HEAD
    + """Ủy ban nhân dân huyện đề nghị Ủy ban nhân dân các xã, thị trấn thực hiện các nội dung sau:

1. Rà soát danh sách hộ nghèo, hộ cận nghèo trên địa bàn trước ngày 15/5/2027.

2. Cập nhật tại địa chỉ: https://csdl.tanan.gov.vn.

3. Đăng ký theo đường link: https://forms.gle/abc123
"""
    + _TAIL
)


def test_writer_that_directs_and_guides_leaves_the_points_to_the_guided() -> None:
    tasks = _tasks(_WRITER_DIRECTS)
    assert lead_of(tasks, "Tổ chức tuyên truyền") == ("các xã, thị trấn",)
    assert lead_of(tasks, "Báo cáo kết quả") == ("các xã, thị trấn",)


def test_letters_own_numbered_link_points_stay_tasks() -> None:
    tasks = _tasks(_OWN_LINK_POINTS)
    assert len(tasks) == 3
    assert lead_of(tasks, "Cập nhật tại địa chỉ") is not None
    assert lead_of(tasks, "Đăng ký theo đường link") is not None
