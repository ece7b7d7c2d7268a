"""Round 27 (letters), review: a dash lead-in is a point's own only where the letter shows it.

The first cut took any dash "… như sau:" after any arabic "1." for one of the body's points:
a plan's numbered aims, a report's figures or a list of cited documents above the real dash
intro were read as the body (finding 1: the aims became tasks; finding 2: the body opened at
"1. Kết quả …"). And it missed the same shape under Roman sections, lettered or "(1)" points
(findings 3, 4), and a dash lead-in whose words hold "yêu cầu" (findings 5, 6). A dash lead-in is
now a point's own when any item ("I.", "2.", "b)", "(2)") stands above it and the item is a
heading, or the letter asked "… nội dung sau:" above its items, or the dash paragraph is a task
sentence before its "Trong đó, … như sau:".
"""

from __future__ import annotations

import pytest

from notices.body import split_body
from tests.unit.notices.test_round25_leads import HEAD, SIGN
from tests.unit.notices.test_round27_letters import _ASKS, _starts

_CARE = (
    "- Nhân viên y tế trường học theo dõi sức khỏe học sinh hằng ngày. Trong đó, chú trọng một "
    "số việc như sau:"
)
_SUB_POINTS = (
    "+ Lập sổ theo dõi học sinh có biểu hiện sốt, ho.\n\n"
    "+ Báo cáo ngay trạm y tế phường khi phát hiện trường hợp nghi nhiễm.\n\n"
)
_MORE = (
    "- Các trường rà soát danh sách học sinh đang ở các địa phương có dịch.\n\n"
    "- Các trường kiểm tra hệ thống nước sạch, xà phòng rửa tay.\n\n"
    "- Phòng GDĐT các quận, huyện báo cáo Sở kết quả trước ngày 10/3/2021.\n\n"
)


def _letter(first: str, second: str, third: str, dash: str = _CARE) -> str:
    """The letter's ask, then three points, the second a heading over a dash lead-in."""
    return (
        f"{HEAD}{_ASKS}\n\n{first} Các trường tổ chức tổng vệ sinh, khử khuẩn toàn bộ phòng học."
        f"\n\n{second} Đối với công tác y tế trường học\n\n{dash}\n\n{_SUB_POINTS}"
        f"{third} Các trường bố trí phòng cách ly tạm thời cho học sinh.\n\n{_MORE}{SIGN}"
    )


def test_a_plans_numbered_aims_stay_front_matter() -> None:
    # finding 1: "1. Mục đích …", "2. Yêu cầu …" above the plan's own dash intro ask no work
    text = (
        f"{HEAD}Thực hiện Kế hoạch số 45/KH-UBND của UBND Thành phố, Sở GDĐT xây dựng kế "
        "hoạch triển khai.\n\n"
        "1. Mục đích: Nâng cao nhận thức của cán bộ, giáo viên về phòng chống dịch bệnh.\n\n"
        "2. Yêu cầu: Triển khai đồng bộ, hiệu quả, đúng tiến độ.\n\n"
        "- Để thực hiện tốt kế hoạch, Sở GDĐT phân công nhiệm vụ cụ thể như sau:\n\n"
        "+ Phòng Chính trị tư tưởng chủ trì tổ chức tập huấn trước ngày 15/3/2021.\n\n"
        f"+ Văn phòng Sở bảo đảm kinh phí thực hiện.\n\n{SIGN}"
    )
    starts = _starts(text)
    assert starts[0] == "Phòng Chính trị tư tưởng chủ t"
    assert not any(start.startswith(("Mục đích", "Yêu cầu")) for start in starts)


@pytest.mark.parametrize(
    "above",
    [
        "1. Kết quả đạt được: năm 2020, 100% trường học đã hoàn thành kiểm tra cơ sở vật chất."
        "\n\n2. Tồn tại: một số trường chưa bố trí phòng y tế theo quy định.",
        "Căn cứ các văn bản sau:\n\n1. Công văn số 12/UBND-VX ngày 10/02/2021 của UBND Thành "
        "phố.\n\n2. Công văn số 34/BGDĐT-GDTC ngày 15/02/2021 của Bộ GDĐT.",
    ],
    ids=["report", "cited"],
)
def test_a_dash_intro_below_numbered_background_opens_the_body(above: str) -> None:
    # finding 2: a report's figures or the cited documents are front matter, as on main
    text = (
        f"{HEAD}{above}\n\n"
        "- Trong thời gian tới, Sở GDĐT giao các đơn vị thực hiện các nhiệm vụ sau đây:\n\n"
        "+ Các trường rà soát, bố trí phòng y tế trước ngày 30/4/2021.\n\n"
        "+ Phòng GDĐT các quận, huyện kiểm tra, báo cáo Sở trước ngày 15/5/2021.\n\n"
        f"{SIGN}"
    )
    _front, body = split_body(text.split("\n\n"))
    assert body[0] == "+ Các trường rà soát, bố trí phòng y tế trước ngày 30/4/2021."


def test_a_dash_lead_in_under_roman_sections_is_a_points_own() -> None:
    # finding 3: sections only, no arabic "1." above the dash lead-in
    text = (
        f"{HEAD}{_ASKS}\n\nI. Công tác tuyên truyền\n\n"
        "- Các trường tổ chức tuyên truyền Luật Phòng, chống ma túy đến học sinh.\n\n"
        f"II. Công tác phòng dịch\n\n{_CARE}\n\n{_SUB_POINTS}{_MORE}{SIGN}"
    )
    starts = _starts(text)
    assert starts[0] == "Các trường tổ chức tuyên truyề"
    assert "Nhân viên y tế trường học theo" in starts


@pytest.mark.parametrize("markers", [("a)", "b)", "c)"), ("(1)", "(2)", "(3)")], ids=str)
def test_a_dash_lead_in_under_lettered_or_bracketed_points_is_a_points_own(
    markers: tuple[str, str, str],
) -> None:
    # finding 4: "a) …" or "(1) …" points above the dash lead-in
    starts = _starts(_letter(*markers))
    assert starts[0] == "Các trường tổ chức tổng vệ sin"
    assert "Nhân viên y tế trường học theo" in starts
    assert "Lập sổ theo dõi học sinh có bi" in starts


@pytest.mark.parametrize(
    "dash",
    [
        "- Nhân viên y tế trường học theo dõi sức khỏe học sinh hằng ngày, đáp ứng yêu cầu phòng "
        "dịch. Trong đó, chú trọng một số việc như sau:",
        "- Sở GDĐT yêu cầu nhân viên y tế trường học thực hiện như sau:",
    ],
    ids=["noun", "request"],
)
def test_a_dash_lead_in_holding_yeu_cau_is_a_points_own(dash: str) -> None:
    # findings 5, 6: "đáp ứng yêu cầu" (a noun) or a request nested under "2. Đối với …"
    starts = _starts(_letter("1.", "2.", "3.", dash))
    assert starts[0] == "Các trường tổ chức tổng vệ sin"
    assert "Lập sổ theo dõi học sinh có bi" in starts
