"""Round 30 (circ) review: what the circular rule must not invent, and the gazette issuer.

The review of branch circ found the widened duty title turning a fee circular's payers and a
price circular's traders into tasks, a Công báo title line overriding the issuer the header block
names (and lower-casing proper names), a focal body's stated role ("là đầu mối …") and an
elected body's oversight read as work, and the ";" split of a duty article's lines cutting off a
duty's own report line and gluing the next line without its ";". Documents invented for these
tests.
"""

from __future__ import annotations

import pytest

from notices import parse_notice
from tests.unit.notices.test_round30_circ import _END, _HEAD


def _tasks(body: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(t.text, t.lead) for t in parse_notice(_HEAD + body + _END).tasks]


def _texts(body: str) -> list[str]:
    return [text for text, _ in _tasks(body)]


# 1. a fee circular's payers and a price circular's traders: rules, no tasks
_PAYERS = """
Điều 3. Đối tượng và trách nhiệm nộp phí

1. Tổ chức, cá nhân có trách nhiệm nộp phí khi nhận bản sao.

2. Doanh nghiệp có trách nhiệm kê khai, nộp phí hằng quý trước ngày 20 của tháng đầu quý sau.
"""

_TRADERS = """
Điều 4. Phạm vi và trách nhiệm niêm yết giá

Việc niêm yết giá áp dụng tại các cơ sở kinh doanh dịch vụ lưu trữ. Cụ thể như sau:

1. Cơ sở kinh doanh dịch vụ có trách nhiệm niêm yết giá tại nơi giao dịch.

2. Thương nhân có trách nhiệm thông báo giá với Sở Tài chính trước ngày 10 hằng tháng.
"""

# counter-example: the same scope title over bodies of government stays their tasks
_BODIES = """
Điều 4. Phạm vi và trách nhiệm niêm yết danh mục hồ sơ

Việc niêm yết áp dụng tại trụ sở các cơ quan hành chính. Cụ thể như sau:

1. Sở Nội vụ có trách nhiệm niêm yết danh mục hồ sơ tại trụ sở.

2. Phòng Nội vụ thuộc Ủy ban nhân dân cấp huyện có trách nhiệm niêm yết danh mục hồ sơ.
"""


_LED_IN = "phí\n\nPhí được nộp tại cơ quan cấp bản sao. Cụ thể như sau:\n\n1."


@pytest.mark.parametrize("body", [_PAYERS, _PAYERS.replace("phí\n\n1.", _LED_IN)])
def test_a_fee_circulars_payers_are_no_tasks(body: str) -> None:
    texts = _texts(body)
    assert not any(t.startswith(("Tổ chức, cá nhân", "Doanh nghiệp")) for t in texts)


def test_a_price_circulars_traders_are_no_tasks() -> None:
    texts = _texts(_TRADERS)
    assert not any(
        t.startswith(("Cơ sở kinh doanh", "Thương nhân", "Việc niêm yết")) for t in texts
    )


def test_a_scope_and_duty_title_over_bodies_keeps_their_tasks() -> None:
    tasks = _tasks(_BODIES)
    leads = {text.split(" có ")[0]: lead for text, lead in tasks}
    assert leads.get("Sở Nội vụ") == ("Sở Nội vụ",)
    assert "Phòng Nội vụ thuộc Ủy ban nhân dân cấp huyện" in leads


# 2-3. the Công báo title line and the issuer
def _gazette(line: str, kind: str = "THÔNG TƯ") -> str:
    return f"""{kind}
{line}
HƯỚNG DẪN CÔNG TÁC LƯU TRỮ

Điều 1. Trách nhiệm của Vụ Tổ chức cán bộ

Vụ Tổ chức cán bộ tổng hợp báo cáo công tác lưu trữ trước ngày 15 tháng 01 hằng năm.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Văn An
"""


_HEADED = "BỘ TÀI CHÍNH\nSố: 05/2010/TT-BTC\nHà Nội, ngày 12 tháng 02 năm 2010\n\n" + _gazette(
    "CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH SỐ 05/2010/TT-BTC NGÀY 12 THÁNG 02 NĂM 2010"
)


def test_the_header_blocks_issuer_stands_over_the_gazette_line() -> None:
    assert parse_notice(_HEADED).issuer == "Bộ Tài chính"


@pytest.mark.parametrize(
    ("line", "issuer"),
    [
        ("CỦA BỘ TRƯỞNG BỘ Y TẾ SỐ 05/2010/QĐ-BYT NGÀY 12 THÁNG 02 NĂM 2010", "Bộ Y tế"),
        ("CỦA BỘ NỘI VỤ SỐ 05/2010/TT-BNV NGÀY 12 THÁNG 02 NĂM 2010", "Bộ Nội vụ"),
        (
            "CỦA NGÂN HÀNG NHÀ NƯỚC VIỆT NAM SỐ 05/2010/TT-NHNN NGÀY 12 THÁNG 02 NĂM 2010",
            "Ngân hàng Nhà nước Việt Nam",
        ),
        (
            "CỦA BỘ KẾ HOẠCH VÀ ĐẦU TƯ SỐ 05/2010/TT-BKH NGÀY 12 THÁNG 02 NĂM 2010",
            "Bộ Kế hoạch và Đầu tư",
        ),
    ],
)
def test_a_gazette_lines_issuer_is_a_known_bodys_name(line: str, issuer: str) -> None:
    kind = "QUYẾT ĐỊNH" if "QĐ" in line else "THÔNG TƯ"
    notice = parse_notice(_gazette(line, kind))
    assert notice.doc_number is not None and notice.doc_number.startswith("05/2010/")
    assert notice.issuer == issuer


@pytest.mark.parametrize(
    "line",
    [
        "CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI SỐ 05/2010/QĐ-UBND NGÀY 12 THÁNG 02 NĂM 2010",
        "CỦA BỘ TÀI CHÍNH - BỘ TƯ PHÁP SỐ 05/2010/TTLT-BTC-BTP NGÀY 12 THÁNG 02 NĂM 2010",
    ],
)
def test_a_gazette_issuer_it_cannot_spell_is_left_unguessed(line: str) -> None:
    notice = parse_notice(_gazette(line))
    assert notice.doc_number is not None and notice.doc_number.startswith("05/2010/")
    issuer = notice.issuer or ""
    assert "thành phố hà nội" not in issuer and "bộ tư pháp" not in issuer


# 4. a focal body's stated role stays no task; its assignment ("Giao … làm đầu mối") is one
def test_a_focal_role_said_without_cơ_quan_stays_no_task() -> None:
    body = """
Điều 19. Tổ chức thực hiện

Văn phòng Bộ là đầu mối theo dõi, đôn đốc việc thực hiện Thông tư này.
"""
    assert not any(t.startswith("Văn phòng Bộ") for t in _texts(body))


# 5-6. the ";" split of a duty article's lines
def test_a_duty_articles_passive_report_line_stays_with_the_duty() -> None:
    body = """
Điều 9. Trách nhiệm của Sở Nội vụ

Sở Nội vụ tổng hợp báo cáo công tác lưu trữ của tỉnh;

Báo cáo được gửi về Bộ Nội vụ trước ngày 15 tháng 01 năm sau.
"""
    tasks = parse_notice(_HEAD + body + _END).tasks
    assert not any(t.text.startswith("Báo cáo được gửi") for t in tasks)
    duty = [t for t in tasks if t.text.startswith("Sở Nội vụ tổng hợp")]
    # the passive line's day is the duty's: "… năm sau" in a standing duty is a yearly report's
    # day since round 30's regime class (the labels of bkhdt-01, btp-05, tn-07), not one date
    assert len(duty) == 1 and duty[0].deadline_phrase == "trước ngày 15 tháng 01 năm sau"
    assert duty[0].deadline_kind.value == "recurring"


def test_a_line_glued_after_a_semicolon_keeps_the_semicolon() -> None:
    body = """
Điều 9. Trách nhiệm của Sở Nội vụ

Sở Nội vụ có trách nhiệm:

Kiện toàn tổ chức lưu trữ cấp tỉnh;

Phân công cán bộ theo dõi công tác lưu trữ;

Nội dung báo cáo gồm số lượng hồ sơ, tài liệu đã chỉnh lý.
"""
    for text in _texts(body):
        assert "lưu trữ Nội dung" not in text


# 8. an elected body's oversight of a regulation stays no task
@pytest.mark.parametrize(
    "line",
    [
        "Thường trực Hội đồng nhân dân tỉnh theo dõi, kiểm tra việc thực hiện Quy định này.",
        "Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh kiểm tra việc thực hiện "
        "Quyết định này.",
    ],
)
def test_an_elected_bodys_oversight_of_a_regulation_stays_no_task(line: str) -> None:
    body = f"\nĐiều 19. Tổ chức thực hiện\n\n{line}\n"
    assert not any(t.startswith(("Thường trực", "Hội đồng nhân dân")) for t in _texts(body))


def test_a_departments_oversight_of_a_regulation_stays_a_task() -> None:
    body = """
Điều 19. Tổ chức thực hiện

Sở Nội vụ theo dõi, kiểm tra việc thực hiện Quy định này.
"""
    assert any(t.startswith("Sở Nội vụ") for t in _texts(body))


# 7. the Prime Minister's symbol ends in a lower-case letter
def test_the_prime_ministers_gazette_line_is_read() -> None:
    line = "CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 05/2010/QĐ-TTg NGÀY 12 THÁNG 02 NĂM 2010"
    notice = parse_notice(_gazette(line, "QUYẾT ĐỊNH"))
    assert notice.doc_number == "05/2010/QĐ-TTg"
    assert str(notice.issued_date) == "2010-02-12"
    assert notice.issuer == "Thủ tướng Chính phủ"
