"""Round 35 (recall), the review's findings: an acceptance notice sent to the investor lists the
contractor's duties too, and the contractor is not the company addressed; a closing whose first
clause reports an earlier assignment ("Thực hiện chỉ đạo của Bộ đã giao …; … biết./.") is no
assignment of the writer's own. Documents invented for these tests.
"""

from __future__ import annotations

from notice_fixtures import lead_of
from notice_fixtures import task_leads as _tasks

_ACCEPTANCE = """UBND TỈNH YÊN BÁI                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ CÔNG THƯƠNG                        Độc lập - Tự do - Hạnh phúc

Số: 415/SCT-KTAT                      Yên Bái, ngày 12 tháng 6 năm 2026

THÔNG BÁO
Kết quả kiểm tra công tác nghiệm thu hoàn thành công trình trạm biến áp

Kính gửi: Công ty Cổ phần Điện lực Văn Chấn

Căn cứ kết quả kiểm tra ngày 05/6/2026, Sở Công Thương chấp thuận kết quả nghiệm thu hoàn thành
công trình trạm biến áp 110 kV Văn Chấn, như sau:
1. Yêu cầu đối với nhà thầu thi công
a) Khắc phục các tồn tại về hệ thống tiếp địa trước ngày 30/6/2026.
2. Yêu cầu đối với chủ đầu tư
a) Lưu trữ đầy đủ hồ sơ hoàn thành công trình theo quy định.
Sở Công Thương thông báo để đơn vị biết, thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Đỗ Văn Hải
"""

_LETTER = """ỦY BAN NHÂN DÂN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH PHÚ YÊN                          Độc lập - Tự do - Hạnh phúc

Số: 12/UBND-KT                        Phú Yên, ngày 10 tháng 3 năm 2025
V/v báo cáo tình hình luân chuyển hồ sơ

Kính gửi: Sở Tài chính.

Bộ Tài chính đề nghị các địa phương báo cáo tình hình luân chuyển hồ sơ trong năm 2024.

{body}

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Văn Hùng
"""


def test_contractor_is_not_the_investor_addressed() -> None:
    tasks = _tasks(_ACCEPTANCE)
    assert lead_of(tasks, "Lưu trữ đầy đủ") == ("Công ty Cổ phần Điện lực Văn Chấn",)
    assert lead_of(tasks, "Khắc phục các tồn tại") != ("Công ty Cổ phần Điện lực Văn Chấn",)


def test_reported_assignment_then_copy_stays_a_closing() -> None:
    body = (
        "Thực hiện chỉ đạo của Bộ đã giao Sở Tài chính tổng hợp; Ủy ban nhân dân tỉnh đề nghị "
        "các đơn vị biết./."
    )
    tasks = _tasks(_LETTER.format(body=body))
    assert not [text for text, _lead in tasks if text.startswith("Thực hiện chỉ đạo")]


def test_own_assignment_then_copy_is_still_a_task() -> None:
    body = (
        "Qua xem xét, Chủ tịch Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì báo cáo trước ngày "
        "20/3/2025; đồng thời, gửi Ủy ban nhân dân tỉnh biết, theo dõi./."
    )
    assert lead_of(_tasks(_LETTER.format(body=body)), "Qua xem xét") == ("Sở Tài chính",)
