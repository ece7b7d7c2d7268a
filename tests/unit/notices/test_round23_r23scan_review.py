"""Round 23 (r23scan) review: osd on the whole sideways page, the signature's stroke dropped
only after the execution article, close variants of a broken "Công ty", "Hợp tác xã" and
"trách nhiệm", a lost "1." looked for only inside its own section, one osd per page."""

from __future__ import annotations

import random
import shutil
from pathlib import Path
from typing import Any

import pytest

from notices import parse_notice
from notices.readers import ocr, photo, scan_orientation
from notices.readers.ocr_repair import repair_lines
from tests.unit.notices.test_round23_r23scan import _DECISION, _LICENCE, _text_page

# --- a bilevel page on its side: osd on the whole page ---------------------------------------

_SERIF = Path("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf")
_WORDS = str.split(
    "các trường gửi danh sách giáo viên dự thi về phòng giáo dục và đào tạo tập trung tại ủy "
    "ban nhân dân tỉnh thực hiện kế hoạch năm học báo cáo kết quả trước ngày tháng"
)


def _typed_page(seed: int) -> Any:
    """A 300 dpi A4 page of 40 px serif text, made 1-bit as a bilevel scanner stores it."""
    from PIL import Image, ImageDraw, ImageFont

    pick = random.Random(seed)
    font = ImageFont.truetype(str(_SERIF), 40)
    page = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(page)
    for y in range(250, 3200, 62):
        words = " ".join(pick.choice(_WORDS) for _ in range(14))
        draw.text((220, y), words.capitalize(), font=font, fill=0)
    return page.point(lambda v: 255 if v > 128 else 0).convert("1")


@pytest.mark.skipif(
    shutil.which("tesseract") is None or not _SERIF.exists(), reason="tesseract and a font"
)
@pytest.mark.parametrize(("seed", "stored"), [(2, 90), (1, 270)])
def test_a_bilevel_page_on_its_side_is_turned_by_real_osd(seed: int, stored: int) -> None:
    page = _typed_page(seed)
    sideways = page.rotate(stored, expand=True, fillcolor=255)
    righted = ocr.upright_scan(sideways, tesseract="tesseract")
    assert righted.size == page.size
    assert righted.tobytes() == page.tobytes()


def _counting_osd(tmp_path: Path, rotate: int, confidence: float = 7.5) -> tuple[str, Path]:
    calls = tmp_path / "calls"
    fake = tmp_path / "tesseract"
    fake.write_text(
        f"#!/bin/sh\necho x >> {calls}\n"
        f"echo 'Rotate: {rotate}'\necho 'Orientation confidence: {confidence}'\n"
    )
    fake.chmod(0o755)
    return str(fake), calls


@pytest.mark.parametrize("osd_says", [0, 180])
def test_a_sideways_looking_page_asks_osd_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, osd_says: int
) -> None:
    monkeypatch.setattr(photo, "marks_above", lambda ink: 0.9)  # no clear marks either
    sideways = _text_page().rotate(90, expand=True, fillcolor=255)
    tesseract, calls = _counting_osd(tmp_path, osd_says)
    righted = ocr.upright_scan(sideways, tesseract=tesseract)
    assert len(calls.read_text().split()) == 1
    if osd_says == 0:
        assert righted is sideways
    else:
        assert righted.tobytes() == sideways.rotate(180, expand=True).tobytes()


def test_the_orientation_helpers_are_public() -> None:
    import inspect

    source = inspect.getsource(scan_orientation)
    assert "photo._" not in source
    assert callable(photo.orientation) and callable(photo.small_copy)


# --- a short token after a full stop is kept outside the execution article -------------------


@pytest.mark.parametrize(
    "text",
    [
        "1. Các trường gửi danh sách giáo viên dự thi về Phòng Giáo dục và Đào tạo. 9h00\n"
        "ngày 18/12/2026 tập trung giáo viên dự thi tại Trường THCS Ngũ Hiệp.",
        "Đề nghị các đồng chí có mặt lúc. 8h30",
        "Người tiếp xúc gần được cách ly tại nhà. F1",
        "Học sinh nộp bài qua ứng dụng. Zalo",
        "Nhà trường lắp đặt hệ thống. Wifi",
        "Giáo viên mang hồ sơ về phòng. A1",
        "Giao Phòng Kinh tế chủ trì thực hiện. Fax",
        "Tập kết vật tư tại dãy nhà. A3\tTM. ỦY BAN NHÂN DÂN",
    ],
)
def test_a_short_token_after_a_full_stop_stays_outside_the_execution_article(text: str) -> None:
    assert repair_lines(text) == text


@pytest.mark.parametrize("speck", ["bằ", "bằ z", "»", "—", "tÝ"])
def test_any_stroke_after_the_execution_sentence_is_dropped(speck: str) -> None:
    text = repair_lines(_DECISION.format(speck=speck))
    assert "thi hành Quyết định này.\n" in text
    assert parse_notice(text).tasks == ()


def test_a_next_sentence_after_the_execution_sentence_stays() -> None:
    text = (
        "Điều 3. Các đơn vị chịu trách nhiệm thi hành Quyết định này. Quyết\n"
        "định có hiệu lực kể từ ngày ký."
    )
    assert repair_lines(text) == text


# --- close variants of a broken "Công ty", "Hợp tác xã", "trách nhiệm" -------------------------


@pytest.mark.parametrize(
    "misread",
    ["Công  íy cổ phần Xi măng Hướng Dương", "Công †y cổ phần Xi măng Hướng Dương",
     "Công ỉy cổ phần Xi măng Hướng Dương", "Cong íy cổ phần Xi măng Hướng Dương",
     "Công tv cổ phần Xi măng Hướng Dương", "Hợp íác xã Xi măng Hướng Dương"],
)  # fmt: skip
def test_close_variants_of_a_broken_company_lead_the_duties(misread: str) -> None:
    tasks = parse_notice(repair_lines(_LICENCE.format(company=misread))).tasks
    assert len(tasks) == 3
    assert all(task.lead and "Hướng Dương" in task.lead[0] for task in tasks)


def test_a_broken_t_in_trach_nhiem_is_mended() -> None:
    text = _LICENCE.format(company="Công ty cổ phần Xi măng Hướng Dương")
    text = text.replace("có trách nhiệm:", "có írách nhiệm:")
    tasks = parse_notice(repair_lines(text)).tasks
    assert len(tasks) == 3
    assert tasks[0].lead == ("Công ty cổ phần Xi măng Hướng Dương",)


@pytest.mark.parametrize(
    "line",
    ["bảo đảm công lý", "Nguyễn Công Ly", "ích lợi của hợp tác", "Công tác xã hội", "Cong tv"],
)
def test_words_like_a_broken_company_stay(line: str) -> None:
    assert repair_lines(line) == line


# --- a lost "1." is looked for only inside its own section -------------------------------------


@pytest.mark.parametrize("heading", ["II. NỘI DUNG", "Điều 2. Tổ chức thực hiện"])
def test_a_lost_first_number_is_not_read_from_the_next_section(heading: str) -> None:
    lines = ["B. NHIỆM VỤ", "'. Mục tiêu", "a) Nâng cao chất lượng", heading, "2. Giao phòng …"]
    assert repair_lines("\n".join(lines)) == "\n".join(lines)


# --- a lost "1.": the parse it changes (a list after a numbered section loses its first item) ---

_SURVEY = """SỞ Y TẾ TỈNH KIÊN GIANG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1870/KH-SYT\tKiên Giang, ngày 10 tháng 10 năm 2026
KẾ HOẠCH
Khảo sát nhân lực điều dưỡng năm 2026
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Nắm tình hình nhân lực điều dưỡng tại các bệnh viện.
2. Yêu cầu
Số liệu đầy đủ, chính xác.
3. Nội dung
- Các khoa cung cấp thông tin theo mẫu.
- Tổ khảo sát tổng hợp, báo cáo Ban Giám đốc Sở Y tế.
4. Thời gian tiến hành
Thực hiện cùng đợt kiểm tra bệnh viện năm 2026.

II. TỔ CHỨC THỰC HIỆN
{first} Kế hoạch này được lồng ghép với đợt kiểm tra bệnh viện cuối năm 2026. Các thành
viên Đoàn kiểm tra triển khai và tiến hành khảo sát theo nội dung kế hoạch.
2. Giao phòng Nghiệp vụ Y là đầu mối tổng hợp số liệu và báo cáo Ban Giám đốc Sở./.
Nơi nhận:\tGIÁM ĐỐC
- Lưu: VT.\tLê Văn Hòa
"""


@pytest.mark.parametrize("speck", ["¬.", "'.", "|."])
def test_a_lost_first_number_gives_back_the_first_item_task(speck: str) -> None:
    tasks = parse_notice(repair_lines(_SURVEY.format(first=speck))).tasks
    assert [task.lead for task in tasks] == [
        ("Các khoa",),
        ("Tổ",),
        ("Các thành viên Đoàn kiểm tra",),
        ("Phòng Nghiệp vụ Y",),
    ]
