"""Round 15, K28: narrowing the one-duty-a-line split (K23) and the opening frame (K26).

A line under a unit's title line that only points at the tasks the plan's appendix gives the
body, or only says what a work is, goes on with the duty above; the paragraphs of a body's
standing role ("Là cơ quan thường trực …") are one task; "Thực hiện Công văn số …; X đã triển
khai …" opens a report and asks nothing. Invented wording.
"""

from __future__ import annotations

from notices import parse_notice
from notices.statements import states_only

_PLAN = """ỦY BAN NHÂN DÂN TỈNH MẪU
Số: 61/KH-UBND
Mẫu, ngày 02 tháng 3 năm 2026
KẾ HOẠCH
Phát triển thương mại điện tử năm 2026
IV. TỔ CHỨC THỰC HIỆN
"""
_TAIL = """Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn Mẫu
"""


def _texts(body: str) -> list[str]:
    return [t.text for t in parse_notice(_PLAN + body + _TAIL).tasks]


def test_pointer_to_appendix_goes_on_with_duty_above() -> None:
    texts = _texts(
        """1. Sở Công Thương
Chủ trì tổ chức tập huấn kỹ năng bán hàng trực tuyến cho các hợp tác xã.
Thực hiện các nhiệm vụ được giao chủ trì tại Phụ lục kèm theo Kế hoạch.
2. Sở Tài chính
Tham mưu bố trí kinh phí thực hiện Kế hoạch.
"""
    )
    assert not any(t.startswith("Thực hiện các nhiệm vụ") for t in texts)
    assert any(t.startswith("Chủ trì tổ chức tập huấn") for t in texts)


def test_duty_lines_still_split() -> None:
    # negative: two duties of their own, one a line, stay two tasks
    texts = _texts(
        """1. Sở Công Thương
Chủ trì tổ chức tập huấn kỹ năng bán hàng trực tuyến cho các hợp tác xã.
Xây dựng cơ sở dữ liệu doanh nghiệp thương mại điện tử của tỉnh.
2. Sở Tài chính
Tham mưu bố trí kinh phí thực hiện Kế hoạch.
"""
    )
    assert any(t.startswith("Xây dựng cơ sở dữ liệu") for t in texts)
    assert any(t.startswith("Chủ trì tổ chức tập huấn") for t in texts)


def test_statement_of_importance_is_no_duty_of_its_own() -> None:
    texts = _texts(
        """1. Sở Công Thương
Xây dựng kế hoạch phát triển hạ tầng thương mại, trình UBND tỉnh trong quý II/2026.
Hoàn thiện hạ tầng logistics là giải pháp then chốt. UBND tỉnh yêu cầu các sở, ngành \
chủ động đề xuất các dự án ưu tiên.
2. Sở Tài chính
Tham mưu bố trí kinh phí thực hiện Kế hoạch.
"""
    )
    assert not any(t.startswith("Hoàn thiện hạ tầng") for t in texts)
    assert any(t.startswith("Xây dựng kế hoạch") for t in texts)


def test_standing_role_paragraphs_are_one_task() -> None:
    texts = _texts(
        """1. Sở Tư pháp
Là cơ quan thường trực của Ban Chỉ đạo, giúp Trưởng ban tổ chức triển khai Kế hoạch. \
Định kỳ 6 tháng tổng hợp, báo cáo UBND tỉnh.
Phối hợp với Sở Tài chính xây dựng dự toán kinh phí cho các hoạt động của Ban Chỉ đạo.
2. Sở Tài chính
Tham mưu bố trí kinh phí thực hiện Kế hoạch.
"""
    )
    assert not any(t.startswith("Phối hợp với Sở Tài chính") for t in texts)
    assert any(t.startswith("Là cơ quan thường trực") for t in texts)


_FRAME = (
    "Thực hiện Công văn số 120/SYT-NVY ngày 10/02/2026 của Sở Y tế về việc tiêm chủng bổ sung"
    " năm 2026; "
)


def test_frame_then_past_report_states_only() -> None:
    done = "Trung tâm Y tế huyện Mẫu đã triển khai rà soát đối tượng tại các trạm y tế xã."
    assert states_only(_FRAME + done, None)


def test_frame_then_request_is_work() -> None:
    # negative: after the citation the letter asks a body for work, or says what it will do
    for rest in (
        "đề nghị các trạm y tế xã rà soát đối tượng, gửi danh sách về Trung tâm trước ngày"
        " 20/3/2026.",
        "Trung tâm Y tế huyện Mẫu đã giao các trạm y tế xã rà soát đối tượng và sẽ báo cáo"
        " trước ngày 20/3/2026.",
    ):
        assert not states_only(_FRAME + rest, None), rest
