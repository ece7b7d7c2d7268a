"""Round 26 (scanmeta) review findings.

1. A surname TRƯƠNG before PHONG/KHOA is a name, not a damaged "TRƯỞNG PHÒNG".
2. A task row whose cell opens with "Cộng hòa …" in running text keeps its row.
3. A <br> signature row opened by T/M or Q. is written out like the KT. one.
"""

from __future__ import annotations

import pytest

from notices import parse_notice
from tests.unit.notices.test_round25_scans import _HEAD
from tests.unit.notices.test_round26_scanmeta import _LETTER_HEAD

_RECIPIENTS = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\n"


@pytest.mark.parametrize(
    "closing",
    [
        _RECIPIENTS + "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nTRƯƠNG PHONG\n",
        _RECIPIENTS + "GIÁM ĐỐC\n\nTRƯƠNG KHOA\n",
        "Nơi nhận:\tBỘ TRƯỜNG\n- Như trên;\n- Lưu: VT.\n\nTRƯƠNG PHONG\n",
    ],
)
def test_a_surname_truong_is_no_damaged_post(closing: str) -> None:
    signer = parse_notice(_HEAD + closing).signer
    assert signer is not None
    assert signer.upper() in {"TRƯƠNG PHONG", "TRƯƠNG KHOA"}


def test_a_task_row_naming_a_republic_keeps_its_row() -> None:
    text = (
        "SỞ Y TẾ TỈNH LONG AN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 812/SYT-NVY\tLong An, ngày 09 tháng 3 năm 2022\n\n"
        "KẾ HOẠCH\nPhòng chống sốt xuất huyết\n\nNhiệm vụ cụ thể như sau:\n\n"
        "| Nội dung<br>công việc | Thời gian<br>hoàn thành |\n|---|---|\n"
        "| Trung tâm Y tế huyện rà soát<br>hồ sơ bệnh nhân | Trước ngày 15/4/2022 |\n"
        "| Cộng hòa Pháp hỗ trợ; Trung tâm Y tế huyện tổ chức<br>phun hóa chất"
        " | Trước ngày 30/4/2022 |\n"
        "| Trung tâm Y tế huyện báo cáo<br>kết quả | Trước ngày 10/5/2022 |\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nTrương Văn Lộc\n"
    )
    tasks = parse_notice(text).tasks
    phun = [t for t in tasks if "phun hóa chất" in t.text]
    assert phun
    assert all(str(t.deadline) == "2022-04-30" for t in phun)


@pytest.mark.parametrize(
    "signature",
    [
        "| - Như trên;<br>- Lưu VP. | T/M BAN THƯỜNG VỤ<br>PHÓ BÍ THƯ<br><br>Nguyễn Văn Tám |",
        "| - Như trên;<br>- Lưu: VT. | Q. GIÁM ĐỐC<br><br>Nguyễn Văn Tám |",
    ],
)
def test_a_br_signature_row_with_any_signing_prefix(signature: str) -> None:
    assert parse_notice(_LETTER_HEAD + signature + "\n|---|---|\n").signer == "Nguyễn Văn Tám"
