"""Round 27 (letters): a dash point's own "… như sau:" is no intro to the letter.

A department's letter asks its addressees to do "một số nội dung sau:" (no "như sau", so the
body is found at its first numbered point), then a dash point under "2. …" leads its own
sub-points: "- Tổ chức, cá nhân … thực hiện …. Trong đó, chú trọng một số trách nhiệm như sau:".
That dash lead-in was read as the letter's intro, and every point above it was lost to the front
matter. A dash point after a numbered one is one of the body's points, whatever it ends with, as
a numbered or lettered point already was. Counter-examples: a dash "… như sau:" before any
numbered point still opens the body, and a decree's articles keep their own reading.
"""

from __future__ import annotations

from notices import parse_notice
from tests.unit.notices.test_round25_leads import HEAD, SIGN

_ASKS = (
    "Sở GDĐT yêu cầu các đơn vị trực thuộc và phòng GDĐT các quận, huyện thực hiện nghiêm túc "
    "một số nội dung sau:"
)
_POINTS = (
    "1. Tổ chức tổng vệ sinh, khử khuẩn toàn bộ phòng học, khu nội trú và bếp ăn.\n\n"
    "2. Đối với công tác y tế trường học\n\n"
    "- Nhân viên y tế trường học theo dõi sức khỏe học sinh hằng ngày theo hướng dẫn của ngành "
    "y tế. Trong đó, chú trọng một số việc như sau:\n\n"
    "+ Lập sổ theo dõi học sinh có biểu hiện sốt, ho.\n\n"
    "+ Báo cáo ngay trạm y tế phường khi phát hiện trường hợp nghi nhiễm.\n\n"
    "3. Bố trí phòng cách ly tạm thời cho học sinh có biểu hiện sốt.\n\n"
    "4. Tổ chức tập huấn phòng dịch cho giáo viên, nhân viên nhà trường.\n\n"
    "5. Tuyên truyền cha mẹ học sinh theo dõi sức khỏe con em tại nhà.\n\n"
    "6. Rà soát danh sách học sinh, giáo viên đang ở các địa phương có dịch.\n\n"
    "7. Kiểm tra hệ thống nước sạch, xà phòng rửa tay tại các khu vệ sinh.\n\n"
)


def _starts(text: str) -> list[str]:
    return [task.text[:30] for task in parse_notice(text).tasks]


def test_points_above_a_dash_lead_in_stay_in_the_body() -> None:
    starts = _starts(f"{HEAD}{_ASKS}\n\n{_POINTS}Các đơn vị nghiêm túc thực hiện./.{SIGN}")
    assert starts[0] == "Tổ chức tổng vệ sinh, khử khuẩ"
    assert "Rà soát danh sách học sinh, gi" in starts


def test_the_dash_lead_in_keeps_its_own_points() -> None:
    starts = _starts(f"{HEAD}{_ASKS}\n\n{_POINTS}{SIGN}")
    assert "Lập sổ theo dõi học sinh có bi" in starts
    assert "Báo cáo ngay trạm y tế phường " in starts


def test_a_dash_intro_before_any_numbered_point_still_opens_the_body() -> None:
    # counter-example: no numbered point above it, the dash paragraph is the letter's own intro
    body = (
        "- Thực hiện Công văn số 12/UBND-VX của UBND Thành phố, Sở GDĐT đề nghị các đơn vị thực "
        "hiện như sau:\n\n"
        "1. Rà soát danh sách học sinh đang ở các địa phương có dịch.\n\n"
        "2. Báo cáo kết quả về Sở trước ngày 05/3/2021.\n\n"
    )
    starts = _starts(f"{HEAD}{body}{SIGN}")
    assert starts == ["Rà soát danh sách học sinh đan", "Báo cáo kết quả về Sở trước ng"]
