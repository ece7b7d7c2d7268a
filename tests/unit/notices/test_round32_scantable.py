"""Round 32 (scantable): a scanned task table read as rows.

A national action plan's appendix (STT | Nội dung hành động | Hành động cụ thể | Bộ ngành chủ trì
| Bộ ngành phối hợp | Thời hạn hoàn thành) gives each "Hành động cụ thể" row its own lead and
time, while the first two columns span several of them: the rules under those rows stop at the
third column. A table whose second rule stopped short was never opened (a page continuing the
table starts so), and the page came out as interleaved lines. And a decision issuing such a plan
prints its name after the signature as OCR reads it: a speck before "KẾ HOẠCH", or the two words
glued ("KEHOẠCH")."""

from __future__ import annotations

import io
import itertools
from pathlib import Path

import pytest
from notice_fixtures import tesseract_or_skip
from PIL import Image, ImageDraw, ImageFont

from notices import parse_notice
from notices.readers import decode_document, ocr
from notices.readers.ruled_tables import find_tables

WIDTH, HEIGHT = 3508, 2480  # A4 landscape at 300 dpi
LEFT, RIGHT = 200, 3300
# STT | Nội dung hành động | Hành động cụ thể | Bộ ngành chủ trì | Bộ ngành phối hợp | Thời hạn
COLUMNS = (LEFT, 380, 1200, 2100, 2600, 3000, RIGHT)


def _spanning_page(rules: list[tuple[int, bool]]) -> Image.Image:
    """A landscape page with one ruled table: `rules` are (y, full), a rule that is not full
    starting at the third column (the first two columns' cells span the rows it parts); every
    column border runs the table's height, each cell holds a few lines of word blocks."""
    image = Image.new("L", (WIDTH, HEIGHT), 255)
    draw = ImageDraw.Draw(image)
    for y, full in rules:
        draw.rectangle((LEFT if full else COLUMNS[2], y - 1, RIGHT, y + 1), fill=0)
    top, bottom = rules[0][0], rules[-1][0]
    for x in COLUMNS:
        draw.rectangle((x - 1, top, x + 1, bottom), fill=0)
    for (upper, _), (lower, _) in itertools.pairwise(rules):
        for left, right in itertools.pairwise(COLUMNS):
            for y in range(upper + 20, lower - 40, 50):
                for x in range(left + 15, right - 80, 90):
                    draw.rectangle((x, y, x + 60, y + 28), fill=0)
    return image


def test_a_table_whose_first_columns_span_its_rows_is_found_whole() -> None:
    # the header row, then two actions of three and two rows each
    image = _spanning_page(
        [(300, True), (420, True), (700, False), (950, False), (1200, True), (1500, False),
         (1800, True)]
    )  # fmt: skip
    (table,) = find_tables(image)
    assert len(table.rows) == 6
    assert table.grid == pytest.approx(COLUMNS, abs=3)


def test_a_continued_table_opening_a_page_with_a_short_rule_is_found() -> None:
    # the page goes on with the rows of an action begun on the page before
    image = _spanning_page([(250, True), (600, False), (900, False), (1300, True), (1700, True)])
    (table,) = find_tables(image)
    assert len(table.rows) == 4
    assert table.grid == pytest.approx(COLUMNS, abs=3)


def test_a_short_rule_under_a_page_wide_one_with_no_borders_makes_no_table() -> None:
    # a rule under the header block, a shorter one under the title: no cell borders between
    image = Image.new("L", (WIDTH, HEIGHT), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((LEFT, 300, RIGHT, 302), fill=0)
    draw.rectangle((1200, 600, RIGHT, 602), fill=0)
    draw.rectangle((1200, 900, RIGHT, 902), fill=0)
    for y in range(350, 1400, 60):
        for x in range(LEFT + 30, RIGHT - 130, 130):
            draw.rectangle((x, y, x + 100, y + 30), fill=0)
    assert find_tables(image) == []


def test_a_heading_row_whose_letters_touch_its_rules_is_one_cell_across() -> None:
    image = _spanning_page([(300, True), (700, True), (740, True), (1100, True)])
    draw = ImageDraw.Draw(image)
    draw.rectangle((COLUMNS[0] + 3, 702, RIGHT - 3, 738), fill=255)  # the heading's row …
    for x in range(COLUMNS[0] + 20, 2000, 23):  # … filled by its letters' stems
        draw.rectangle((x, 702, x + 3, 738), fill=0)
    (table,) = find_tables(image)
    assert len(table.rows) == 3
    assert table.grid == pytest.approx(COLUMNS, abs=3)
    assert len(table.rows[1].borders) < len(COLUMNS) + 2  # no dozen thin columns


# A decision issuing a plan, its signature, then the plan as OCR read its name.
DECISION = """THỦ TƯỚNG CHÍNH PHỦ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 88/QĐ-TTg\tĐộc lập - Tự do - Hạnh phúc
Hà Nội, ngày 12 tháng 3 năm 2026
QUYẾT ĐỊNH
Ban hành Kế hoạch hành động về phòng, chống buôn lậu hàng giả giai đoạn 2026 - 2030
THỦ TƯỚNG CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hành động về phòng, chống buôn lậu hàng giả
giai đoạn 2026 - 2030.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.
Điều 3. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ chịu trách nhiệm thi hành Quyết định này.
Nơi nhận:\tKT. THỦ TƯỚNG
- Như Điều 3;\tPHÓ THỦ TƯỚNG
- Lưu: VT, KTTH
\tTrần Văn Bình
{name}
Hành động về phòng, chống buôn lậu hàng giả giai đoạn 2026 - 2030
(Kèm theo Quyết định số 88/QĐ-TTg
ngày 12 tháng 3 năm 2026 của Thủ tướng Chính phủ)
I. TỔ CHỨC THỰC HIỆN
1. Trách nhiệm của Bộ Công Thương
- Rà soát, sửa đổi quy định về kiểm tra chất lượng hàng hóa lưu thông trên thị trường;
- Tổng hợp báo cáo Thủ tướng Chính phủ kết quả thực hiện Kế hoạch trước ngày 15 tháng 12 năm 2026.
2. Trách nhiệm của Bộ Tài chính
- Hướng dẫn cơ quan hải quan kiểm soát hàng hóa nhập khẩu qua các cửa khẩu biên giới.
"""


@pytest.mark.parametrize("name", [",\nKẾ HOẠCH", "KEHOẠCH", ". KẾHOẠCH"])
def test_a_plan_whose_scanned_name_holds_a_speck_or_glued_words_is_read(name: str) -> None:
    notice = parse_notice(DECISION.format(name=name))
    assert [(t.lead, str(t.deadline)) for t in notice.tasks] == [
        (("Bộ Công Thương",), "None"),
        (("Bộ Công Thương",), "2026-12-15"),
        (("Bộ Tài chính",), "None"),
    ]


def test_a_glued_name_without_the_attached_note_opens_no_plan() -> None:
    # the name and title but no "(Kèm theo …)" note: nothing says a plan is attached
    text = DECISION.format(name="KEHOẠCH").replace(
        "(Kèm theo Quyết định số 88/QĐ-TTg\nngày 12 tháng 3 năm 2026 của Thủ tướng Chính phủ)\n",
        "",
    )
    assert parse_notice(text).tasks == ()


def _action_table_scan(font_path: Path) -> bytes:
    """A landscape 300-dpi page of an action plan's appendix, scanned 0.6 degrees askew: one
    action in the first two columns spanning two rows of specific actions, each with its own
    lead and time; saved as an image-only PDF."""
    image = Image.new("L", (WIDTH, HEIGHT), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(font_path), 40)
    draw.text((LEFT, 150), "Phụ lục", font=font, fill=0)
    draw.text(
        (LEFT, 210), "(Kèm theo Kế hoạch hành động về phòng, chống buôn lậu hàng giả)", font=font
    )
    header = (["STT"], ["Nội dung hành động"], ["Hành động cụ thể"], ["Bộ ngành", "chủ trì"],
              ["Bộ ngành", "phối hợp"], ["Thời hạn", "hoàn thành"])  # fmt: skip
    rows = [
        (["Rà soát, sửa đổi quy định về", "kiểm tra chất lượng hàng hóa", "lưu thông"],
         ["Bộ Công Thương"], ["Bộ Tài chính;", "Bộ Công an"], ["6/2027"]),
        (["Xây dựng cơ sở dữ liệu về", "hàng giả, hàng nhái"], ["Bộ Công an"], ["Bộ Tư pháp"],
         ["12/2027"]),
    ]  # fmt: skip
    top = 330
    rules = [(top, True)]
    height = 40 + 55 * 2
    for left, lines in zip(COLUMNS, header, strict=False):
        for index, line in enumerate(lines):
            draw.text((left + 20, top + 20 + 55 * index), line, font=font, fill=0)
    rules.append((top + height, True))
    first = rules[-1][0]
    action = ["Hoàn thiện khuôn khổ", "pháp lý về chống", "buôn lậu, hàng giả"]
    draw.text((COLUMNS[0] + 20, first + 20), "1", font=font, fill=0)
    for index, line in enumerate(action):
        draw.text((COLUMNS[1] + 20, first + 20 + 55 * index), line, font=font, fill=0)
    for number, (content, lead, support, time) in enumerate(rows):
        upper = rules[-1][0]
        cells = (content, lead, support, time)
        for left, lines in zip(COLUMNS[2:], cells, strict=False):
            for index, line in enumerate(lines):
                draw.text((left + 20, upper + 20 + 55 * index), line, font=font, fill=0)
        lower = upper + 40 + 55 * max(len(c) for c in cells)
        rules.append((lower, number == len(rows) - 1))
    for y, full in rules:
        draw.rectangle((LEFT if full else COLUMNS[2], y - 1, RIGHT, y + 1), fill=0)
    for x in COLUMNS:
        draw.rectangle((x - 1, rules[0][0], x + 1, rules[-1][0]), fill=0)
    tilted = image.rotate(0.6, resample=Image.Resampling.BICUBIC, fillcolor=255)
    out = io.BytesIO()
    tilted.save(out, format="PDF", resolution=300)
    return out.getvalue()


def test_a_scanned_action_table_gives_one_task_a_specific_action(font_path: Path) -> None:
    """A few seconds: one page read by Tesseract, then by column strips."""
    tesseract_or_skip()
    text = decode_document(_action_table_scan(font_path), "scan.pdf")
    assert ocr.PSM == 6
    tasks = parse_notice(text, year_hint=2026).tasks
    assert [(t.lead, str(t.deadline)) for t in tasks] == [
        (("Bộ Công Thương",), "2027-06-30"),
        (("Bộ Công an",), "2027-12-31"),
    ]
    assert "kiểm tra chất lượng hàng hóa" in tasks[0].text
    assert "cơ sở dữ liệu" in tasks[1].text


# The appendix as the OCR reader writes it: a Markdown block a page, specks between the pages.
APPENDIX = """Phụ lục
(Kèm theo Kế hoạch hành động về phòng, chống buôn lậu hàng giả)

| STT | Nội dung hành động | Hành động cụ thể | Bộ ngành chủ trì | Bộ ngành phối hợp | Thời hạn hoàn thành |
| 1 | Hoàn thiện khuôn khổ pháp lý về chống buôn lậu | Rà soát, sửa đổi quy định về kiểm tra chất lượng hàng hóa lưu thông | Bộ Công Thương | Bộ Tài chính; Bộ Công an | 6/2027 |
|  |  | Xây dựng cơ sở dữ liệu về hàng giả, hàng nhái | Bộ Công an | Bộ Tư pháp | 12/2027 |
{gap}
|  |  | Tổ chức tập huấn nghiệp vụ cho lực lượng quản lý thị trường | Bộ Công Thương | Bộ Công an | Liên tục |
|  | - | Tăng cường kiểm tra hàng hóa nhập khẩu tại cửa khẩu | Bộ Tài chính |  | 12/2026 |
"""  # noqa: E501


@pytest.mark.parametrize("gap", ["\n2\n", "\n:\n-\t3\n\n", "\nch”\ttơ\nl\n\n4\n"])
def test_a_specific_action_column_gives_each_row_and_the_next_page_goes_on(gap: str) -> None:
    tasks = parse_notice(APPENDIX.format(gap=gap), year_hint=2026).tasks
    assert [(t.lead, str(t.deadline)) for t in tasks] == [
        (("Bộ Công Thương",), "2027-06-30"),
        (("Bộ Công an",), "2027-12-31"),
        (("Bộ Công Thương",), "None"),
        (("Bộ Tài chính",), "2026-12-31"),
    ]
    assert "rà soát, sửa đổi quy định" in tasks[0].text
    assert "hoàn thiện khuôn khổ" not in tasks[0].text  # the action, not the row's own work


def test_a_page_of_text_between_two_blocks_ends_the_table() -> None:
    # three lines of running text: the second block is no page of the first table
    gap = (
        "\nCác bộ, ngành chủ động bố trí kinh phí thực hiện các nhiệm vụ được giao\n"
        "trong dự toán ngân sách hằng năm của cơ quan, đơn vị mình theo quy định\n"
        "hiện hành và báo cáo kết quả thực hiện về Bộ Công Thương để tổng hợp\n\n"
    )
    tasks = parse_notice(APPENDIX.format(gap=gap), year_hint=2026).tasks
    assert [(t.lead, str(t.deadline)) for t in tasks][:2] == [
        (("Bộ Công Thương",), "2027-06-30"),
        (("Bộ Công an",), "2027-12-31"),
    ]
    assert not any("tập huấn nghiệp vụ" in t.text and t.text.startswith("Giao") for t in tasks)


@pytest.mark.parametrize(
    "header",
    [
        # the first column names each row's work: it stays the content
        "| STT | Nội dung công việc | Sản phẩm | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |",
        # both say "cụ thể": the first stays
        "| STT | Nhiệm vụ cụ thể | Giải pháp cụ thể | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |",  # noqa: E501
    ],
)
def test_a_work_column_without_a_specific_one_beside_it_stays_the_content(header: str) -> None:
    text = f"""{header}
| 1 | Kiểm tra an toàn thực phẩm tại các chợ đầu mối | Báo cáo kết quả | Sở Công Thương | Sở Y tế | Quý II/2026 |
| 2 | Tuyên truyền phòng chống hàng giả trên báo đài | Tin bài | Sở Văn hóa và Thể thao |  | Tháng 9/2026 |
"""  # noqa: E501
    tasks = parse_notice(text, year_hint=2026).tasks
    assert [t.lead for t in tasks] == [("Sở Công Thương",), ("Sở Văn hóa và Thể thao",)]
    assert "kiểm tra an toàn thực phẩm" in tasks[0].text
    assert "tuyên truyền phòng chống" in tasks[1].text
