"""Round 23, r23scan: bilevel scans that lose much of what their typed version gives.

- A plan's landscape appendix table scanned with its portrait pages stands on its side in the
  PDF: read as it is, every row of the table was nonsense. Such a page (its ink lines up in
  columns, not rows) is turned as Tesseract's orientation script says, when it is sure.
- On a 1-bit scan the small "t" of "Công ty" loses part of its bar and is read "í", "f", "£":
  "Điều 2. Công íy cổ phần … có trách nhiệm:" no longer names the company bound by the duties.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from notices import parse_notice
from notices.readers import ocr
from notices.readers.ocr_repair import repair_lines

# --- a page scanned on its side ---------------------------------------------------------------


def _text_page() -> Any:
    """A portrait page of "text": twelve lines, each a body band with tone marks above it."""
    from PIL import Image, ImageDraw

    page = Image.new("L", (700, 900), 255)
    draw = ImageDraw.Draw(page)
    for row in range(12):
        y = 120 + 55 * row
        for x in range(60, 620, 46):  # words of a line, with the gaps between them
            draw.rectangle((x, y, x + 36, y + 12), fill=0)
            draw.rectangle((x + 10, y - 9, x + 16, y), fill=0)
    return page


def _fake_osd(tmp_path: Path, rotate: int, confidence: float = 7.5) -> str:
    fake = tmp_path / "tesseract"
    fake.write_text(
        f"#!/bin/sh\necho 'Rotate: {rotate}'\necho 'Orientation confidence: {confidence}'\n"
    )
    fake.chmod(0o755)
    return str(fake)


@pytest.mark.parametrize(("stored", "osd_says"), [(90, 90), (270, 270)])
def test_a_page_scanned_on_its_side_is_turned_upright(
    tmp_path: Path, stored: int, osd_says: int
) -> None:
    page = _text_page()
    sideways = page.rotate(stored, expand=True, fillcolor=255)
    righted = ocr.upright_scan(sideways, tesseract=_fake_osd(tmp_path, osd_says))
    assert righted.size == page.size
    assert righted.tobytes() == page.tobytes()


def test_a_sideways_page_osd_is_unsure_of_stays_as_it_is(tmp_path: Path) -> None:
    sideways = _text_page().rotate(90, expand=True, fillcolor=255)
    unsure = _fake_osd(tmp_path, 90, confidence=0.8)
    assert ocr.upright_scan(sideways, tesseract=unsure) is sideways


def test_a_sideways_looking_page_osd_reads_upright_stays_as_it_is(tmp_path: Path) -> None:
    sideways = _text_page().rotate(90, expand=True, fillcolor=255)
    assert ocr.upright_scan(sideways, tesseract=_fake_osd(tmp_path, 0)) is sideways


def test_an_upright_page_is_not_turned_whatever_osd_would_say(tmp_path: Path) -> None:
    page = _text_page()
    assert ocr.upright_scan(page, tesseract=_fake_osd(tmp_path, 90)) is page


# --- "Công ty" read with a broken t ----------------------------------------------------------

_LICENCE = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 415/GP-BTNMT\tHà Nội, ngày 14 tháng 5 năm 2009
GIẤY PHÉP KHAI THÁC KHOÁNG SẢN
BỘ TRƯỞNG BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Căn cứ Luật Khoáng sản ngày 20 tháng 3 năm 1996;
Xét hồ sơ xin khai thác đá vôi tại mỏ Hang Nước, xã Yên Lâm;
QUYẾT ĐỊNH:
Điều 1. Cho phép {company} khai thác đá vôi bằng phương pháp lộ thiên tại
mỏ Hang Nước, xã Yên Lâm, huyện Yên Mô, tỉnh Ninh Bình.
Điều 2. {company} có trách nhiệm:
1. Tiến hành hoạt động khai thác đá vôi theo đúng toạ độ, diện tích, trữ lượng
quy định tại Điều 1 của Giấy phép này;
2. Thực hiện việc ký quỹ để phục hồi môi trường trong khai thác khoáng sản
theo quy định của pháp luật;
3. Báo cáo định kỳ hoạt động khoáng sản cho cơ quan quản lý nhà nước có
thẩm quyền theo quy định.
Điều 3. Giấy phép có hiệu lực kể từ ngày ký./.
Nơi nhận:\tKT. BỘ TRƯỞNG
- UBND tỉnh Ninh Bình;\tTHỨ TRƯỞNG
- Lưu: VT, ĐCKS.\tNguyễn Xuân Cường
"""


@pytest.mark.parametrize(
    "misread",
    ["Công íy cổ phần Xi măng Hướng Dương", "Công £y cổ phân Xi măng Hướng Dương",
     "Công fy TNHH Xi măng Hướng Dương", "CÔNG £Y CỔ PHẦN XI MĂNG HƯỚNG DƯƠNG"],
)  # fmt: skip
def test_a_company_read_with_a_broken_t_leads_the_licence_duties(misread: str) -> None:
    text = repair_lines(_LICENCE.format(company=misread))
    tasks = parse_notice(text).tasks
    assert len(tasks) == 3
    assert all(task.lead and "ty" in task.lead[0].lower() for task in tasks)
    assert tasks[0].text.startswith("Tiến hành hoạt động khai thác")


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("Điều 2. Công íy cổ phần Đá mài có", "Điều 2. Công ty cổ phần Đá mài có"),
        ("các công fy, doanh nghiệp", "các công ty, doanh nghiệp"),
        ("giao Công\n£y TNHH Minh Phát", "giao Công\nty TNHH Minh Phát"),
        # not a broken "ty": left as read
        ("bảo đảm công lý và lẽ phải", "bảo đảm công lý và lẽ phải"),
        ("ông Nguyễn Công Ly, Trưởng phòng", "ông Nguyễn Công Ly, Trưởng phòng"),
        ("Công ty cổ phần Đá mài", "Công ty cổ phần Đá mài"),
        ("Công íyên", "Công íyên"),
        ("Thành Công fy2", "Thành Công fy2"),
    ],
)  # fmt: skip
def test_only_a_misread_ty_after_cong_is_mended(read: str, meant: str) -> None:
    assert repair_lines(read) == meant


# --- a list's first number lost in a speck -----------------------------------------------------

_PLAN = """UBND TỈNH HẬU GIANG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ Y TẾ\tĐộc lập - Tự do - Hạnh phúc
Số: 318/KH-SYT\tHậu Giang, ngày 05 tháng 3 năm 2018
KẾ HOẠCH
Tiêm vắc xin sởi - rubella bổ sung năm 2018
I. MỤC ĐÍCH
Bảo đảm tỷ lệ tiêm chủng đạt trên 95% ở trẻ em từ 1 đến 5 tuổi.
II. TỔ CHỨC THỰC HIỆN
{first} Kế hoạch này được lồng ghép với đợt tiêm chủng mở rộng của tỉnh. Trung tâm
Y tế dự phòng tỉnh xây dựng kế hoạch chi tiết và tập huấn cho cán bộ y tế tuyến
huyện, hoàn thành trước ngày 20/3/2018.
2. Trung tâm Y tế các huyện tổ chức tiêm tại trạm y tế xã, báo cáo kết quả
về Sở Y tế trước ngày 30/4/2018.
3. Phòng Nghiệp vụ Y kiểm tra việc tiêm chủng tại các huyện, báo cáo Giám đốc Sở.
Nơi nhận:\tGIÁM ĐỐC
- Như trên;
- Lưu: VT.\tTrần Văn Hùng
"""


@pytest.mark.parametrize("speck", ["¬.", "~.", "_.", "|.", "'."])
def test_a_list_first_number_read_as_a_speck_is_written_back(speck: str) -> None:
    text = repair_lines(_PLAN.format(first=speck))
    assert "\n1. Kế hoạch này được lồng ghép" in text
    tasks = parse_notice(text).tasks
    assert len(tasks) == 3
    assert tasks[0].lead == ("Trung tâm Y tế dự phòng tỉnh",)
    assert tasks[0].deadline == date(2018, 3, 20)


@pytest.mark.parametrize(
    "lines",
    [
        # no "2." below: not a list's first item
        ["II. TỔ CHỨC THỰC HIỆN", "¬. Kế hoạch này thay thế Kế hoạch số 12/KH-SYT.", "Nơi nhận:"],
        # "1." is already there below: the sign is something else
        ["Các đơn vị thực hiện như sau:", "~. Ghi chú", "1. Sở Tài chính …", "2. Sở Nội vụ …"],
        # not opening a list (running text above)
        ["trên địa bàn tỉnh, cụ thể", "¬. Kế hoạch này …", "2. Giao Sở Y tế …"],
        # a lower-case word after the dot
        ["III. KINH PHÍ", "¬. kinh phí do ngân sách bảo đảm", "2. Nguồn xã hội hóa …"],
    ],
)
def test_a_sign_before_a_dot_stays_when_no_list_opens_there(lines: list[str]) -> None:
    assert repair_lines("\n".join(lines)) == "\n".join(lines)


# --- a signature's stroke after the execution article's full stop -----------------------------

_DECISION = """BỘ GIÁO DỤC VÀ ĐÀO TẠO\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 2207/QĐ-BGDĐT\tHà Nội, ngày 09 tháng 8 năm 2024
QUYẾT ĐỊNH
Về việc phê duyệt danh mục tài liệu giáo dục địa phương
BỘ TRƯỞNG BỘ GIÁO DỤC VÀ ĐÀO TẠO
Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;
QUYẾT ĐỊNH:
Điều 1. Phê duyệt danh mục tài liệu giáo dục địa phương tỉnh Lào Cai.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng, Vụ trưởng Vụ Giáo dục Trung học, Thủ trưởng các đơn vị
có liên quan chịu trách nhiệm thi hành Quyết định này. {speck}

Nơi nhận:\tKT. BỘ TRƯỞNG
- Như Điều 3;\tTHỨ TRƯỞNG
- Lưu: VT, Vụ GDTrH.\tPhạm Ngọc Thưởng
"""


@pytest.mark.parametrize("speck", ["bằz", "J5w", "fỷ", "4k"])
def test_a_signature_stroke_after_the_execution_article_is_dropped(speck: str) -> None:
    text = repair_lines(_DECISION.format(speck=speck))
    assert "thi hành Quyết định này.\n" in text
    assert parse_notice(text).tasks == ()


@pytest.mark.parametrize(
    "line",
    [
        "các đơn vị báo cáo kết quả về Sở trước ngày 20/4. Sở",  # a word of the next sentence
        "tổ chức tổng kết vào tháng 12 năm 2026. Tổ",
        "theo Công văn số 12/UBND. a1",  # no lower-case word before the stop
        "triển khai thực hiện./.",
        "giao nhiệm vụ cho các phòng. Chị",
    ],
)
def test_a_word_after_a_full_stop_stays(line: str) -> None:
    assert repair_lines(line) == line
