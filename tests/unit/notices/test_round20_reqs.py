"""Round 20 (reqs): a letter's "Yêu cầu chung:" heading holds its requests, not a plan's aims.

A letter (công văn) whose intro asks its addressees ("UBND tỉnh yêu cầu các sở, ngành … thực
hiện một số nội dung sau:") may head its first group of points "1. Yêu cầu chung:" or "Một
số yêu cầu:": the points are the work asked of the addressees. A plan's "I. MỤC ĐÍCH, YÊU CẦU"
over "1. Mục đích" / "2. Yêu cầu" (README rule K20) states aims and gives no task, and so does a
"Yêu cầu" heading beside a "Mục đích" heading, or one in a plan, or under an intro that asks
nobody. Documents invented for these tests.
"""

from __future__ import annotations

from notices import parse_notice

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH AN HÒA
Số: 2210/UBND-KT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Hòa, ngày 12 tháng 11 năm 2026

V/v tăng cường quản lý mua sắm công

Kính gửi:
- Các sở, ban, ngành thuộc tỉnh;
- Ủy ban nhân dân các xã, phường.

{intro}

{body}

Nơi nhận:
- Như trên;
- Lưu: VT, KT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Văn Hải
"""

_ASKS = (
    "Để nâng cao hiệu quả mua sắm công, UBND tỉnh yêu cầu các sở, ban, ngành, UBND các xã, "
    "phường thực hiện một số nội dung sau:"
)
_INFORMS = "UBND tỉnh thông tin về công tác mua sắm công năm 2026 như sau:"

_GENERAL = """1. Yêu cầu chung:

- Rà soát danh mục tài sản cần mua sắm trong năm, bảo đảm đúng tiêu chuẩn, định mức.

- Công khai kế hoạch mua sắm trên Hệ thống mạng đấu thầu quốc gia.

2. Sở Tài chính:

- Hướng dẫn các đơn vị lập dự toán mua sắm trước ngày 15/12/2026."""


def _texts(text: str) -> list[str]:
    return [t.text for t in parse_notice(text).tasks]


def test_general_requirements_of_a_letter_are_its_requests() -> None:
    parsed = parse_notice(_LETTER.format(intro=_ASKS, body=_GENERAL))
    texts = [t.text for t in parsed.tasks]
    assert any(t.startswith("Rà soát danh mục tài sản") for t in texts)
    assert any(t.startswith("Công khai kế hoạch mua sắm") for t in texts)
    review = next(t for t in parsed.tasks if t.text.startswith("Rà soát danh mục"))
    assert "các sở, ban, ngành" in review.lead
    assert any(t.startswith("Hướng dẫn các đơn vị lập dự toán") for t in texts)


def test_bare_requirements_label_of_a_letter() -> None:
    body = _GENERAL.replace("1. Yêu cầu chung:", "1. Yêu cầu:")
    texts = _texts(_LETTER.format(intro=_ASKS, body=body))
    assert any(t.startswith("Rà soát danh mục tài sản") for t in texts)


def test_letter_requirements_beside_a_purpose_stay_aims() -> None:
    general = _GENERAL.replace("2. Sở Tài chính:", "3. Sở Tài chính:")
    body = "1. Mục đích:\n\n- Nâng cao hiệu quả sử dụng ngân sách nhà nước.\n\n" + general.replace(
        "1. Yêu cầu chung:", "2. Yêu cầu:"
    )
    texts = _texts(_LETTER.format(intro=_ASKS, body=body))
    assert not any(t.startswith("Rà soát danh mục tài sản") for t in texts)
    assert not any(t.startswith("Công khai kế hoạch mua sắm") for t in texts)
    assert any(t.startswith("Hướng dẫn các đơn vị lập dự toán") for t in texts)


def test_letter_that_asks_nobody_keeps_requirements_as_aims() -> None:
    texts = _texts(_LETTER.format(intro=_INFORMS, body=_GENERAL))
    assert not any(t.startswith("Rà soát danh mục tài sản") for t in texts)


_PLAN = """ỦY BAN NHÂN DÂN
TỈNH AN HÒA
Số: 215/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Hòa, ngày 12 tháng 11 năm 2026

KẾ HOẠCH
Tăng cường quản lý mua sắm công năm 2027

{intro}

{heading}

- Bám sát chỉ đạo của Trung ương, bảo đảm tiết kiệm, hiệu quả.

- Triển khai đồng bộ, công khai, minh bạch trong mua sắm công.

II. NHIỆM VỤ

1. Sở Tài chính chủ trì hướng dẫn các đơn vị lập dự toán mua sắm trước ngày 15/12/2026.

Nơi nhận:
- Các sở, ngành;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Trần Văn Hải
"""


def test_plan_requirements_section_gives_no_task() -> None:
    texts = _texts(_PLAN.format(intro=_ASKS, heading="I. YÊU CẦU"))
    assert not any(t.startswith("Bám sát chỉ đạo") for t in texts)
    assert not any(t.startswith("Triển khai đồng bộ") for t in texts)
    assert any(t.startswith("Sở Tài chính chủ trì hướng dẫn") for t in texts)


def test_plan_aims_and_requirements_section_gives_no_task() -> None:
    intro = "UBND tỉnh ban hành Kế hoạch với các nội dung sau:"
    heading = "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\nNâng cao hiệu quả mua sắm.\n\n2. Yêu cầu"
    texts = _texts(_PLAN.format(intro=intro, heading=heading))
    assert not any(t.startswith("Bám sát chỉ đạo") for t in texts)
    assert any(t.startswith("Sở Tài chính chủ trì hướng dẫn") for t in texts)
