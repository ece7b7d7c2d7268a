"""Round 22, scanocr: scans whose OCR gave far fewer tasks than the same document typed.

- The note under an attached plan's name read with a lost mark ("(Kèm theo Quyêt định số …)"):
  the decision's signature ended the body and the plan after it was never read.
- A greyscale scan's thin rules, dark in places and pale in others: the page seemed to hold no
  rule (`may_hold_table` halved it by averaging) and the rules of one table seemed to end at
  different places (`find_tables`), so its rows were read across as running lines.
- A table scanned askew: a column's border drifts across the rows and its last rule rises above
  the table's bottom edge in one column; both were left in the column strips and read as signs.
- A speck inside a cell read as a bar glued in a word ("4đ|triệu"): the Markdown row gained a
  cell and its deadline column moved.
"""

from __future__ import annotations

import itertools

import numpy as np
from PIL import Image, ImageDraw

from notices import parse_notice
from notices.heading_words import repair_headings
from notices.readers import ocr, ocr_layout
from notices.readers.ruled_tables import RuledTable, TableRow, find_tables, may_hold_table

# --- the attached plan's note -----------------------------------------------------------------

_DECISION = """ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH NINH BÌNH\tĐộc lập - Tự do - Hạnh phúc
Số: 88/QĐ-UBND\tNinh Bình, ngày 12 tháng 2 năm 2027
QUYẾT ĐỊNH
Ban hành Kế hoạch phòng, chống thiên tai năm 2027
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;
Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng, chống thiên tai năm 2027.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng UBND tỉnh, Thủ trưởng các sở, ngành và Chủ tịch UBND các huyện
chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:\tCHỦ TỊCH
- Như Điều 3;
- Lưu: VT, NN.
\tPhạm Quang Ngọc
ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH NINH BÌNH\tĐộc lập - Tự do - Hạnh phúc
KẾ HOẠCH
Phòng, chống thiên tai năm 2027
{note}
I. MỤC ĐÍCH, YÊU CẦU
Chủ động phòng ngừa, giảm thiểu thiệt hại do thiên tai gây ra.
II. NHIỆM VỤ
1. Sở Nông nghiệp và Môi trường chủ trì rà soát phương án ứng phó với bão mạnh, siêu bão,
hoàn thành trước ngày 30/4/2027.
2. Sở Xây dựng kiểm tra an toàn các công trình đang thi công trong mùa mưa bão, hoàn thành
trong tháng 5/2027.
3. Công an tỉnh xây dựng phương án bảo đảm an ninh, trật tự tại các vùng bị ngập lụt.
"""


def _plan_tasks(note: str) -> list[str]:
    return [task.text for task in parse_notice(_DECISION.format(note=note)).tasks]


def test_a_plan_whose_note_lost_a_mark_is_read_after_the_signature() -> None:
    typed = _plan_tasks("(Kèm theo Quyết định số 88/QĐ-UBND ngày 12/02/2027 của UBND tỉnh)")
    scanned = _plan_tasks("(Kèm theo Quyêt định sô 88/QĐ-UBND ngày 12/02/2027 của UBND tỉnh)")
    assert len(typed) == 3
    assert scanned == typed
    assert scanned[0].startswith("Sở Nông nghiệp và Môi trường chủ trì rà soát")


def test_the_note_s_document_name_is_spelt_back_and_nothing_else_moves() -> None:
    assert repair_headings(["(Kém theo Nghi quyêt số 5/NQ-HĐND ngày 2/3/2026)"]) == [
        "(Kèm theo Nghị quyết số 5/NQ-HĐND ngày 2/3/2026)"
    ]
    assert repair_headings(["(KÈM THEO QUYÊT ĐỊNH SỐ 7/QĐ-UBND)"]) == [
        "(KÈM THEO QUYẾT ĐỊNH SỐ 7/QĐ-UBND)"
    ]
    # a sentence citing a decision, not a note, and a note already right: left as they are
    kept = ["Căn cứ Quyêt định số 12/QĐ-UBND ngày 3/4/2026;", "(Kèm theo Công văn số 9/SYT)"]
    assert repair_headings(kept) == kept


# --- thin pale rules of a greyscale scan ------------------------------------------------------

WIDTH, HEIGHT = 1700, 2200  # A4 at 200 dpi
LEFT, RIGHT = 230, 1530
COLUMNS = (LEFT, 330, 810, 1170, RIGHT)
RULES = (370, 540, 830, 1080)


def _grey_table(pale: dict[int, tuple[int, int]]) -> Image.Image:
    """A page with a ruled table whose horizontal rules are two pixels of dark grey, paler than
    ink (but still grey) over the stretch `pale[y]` of the rule at y; cells hold text blocks."""
    image = Image.new("L", (WIDTH, HEIGHT), 255)
    draw = ImageDraw.Draw(image)
    for y in RULES:
        draw.rectangle((LEFT, y, RIGHT, y + 1), fill=100)
        if y in pale:
            start, end = pale[y]
            draw.rectangle((start, y, end, y + 1), fill=170)
    for x in COLUMNS:
        draw.rectangle((x, RULES[0], x + 1, RULES[-1]), fill=60)
    for top, bottom in itertools.pairwise(RULES):
        for left, right in itertools.pairwise(COLUMNS):
            for y in range(top + 15, bottom - 30, 35):
                for x in range(left + 10, right - 50, 60):
                    draw.rectangle((x, y, x + 40, y + 18), fill=0)
    return image


def test_a_table_of_thin_rules_pale_at_either_end_is_found_whole() -> None:
    # the first rule pales toward its right end, the second at its left end, the last near it
    image = _grey_table({370: (1250, 1510), 540: (240, 520), 1080: (400, 520)})
    (table,) = find_tables(image)
    assert len(table.rows) == 3
    assert table.left <= LEFT + 5 and table.right >= RIGHT - 5
    assert len(table.grid) == len(COLUMNS)


def test_rules_of_different_lengths_still_make_no_one_table() -> None:
    # a rule that really stops short (not pale: no grey beyond it) still ends the table there
    image = _grey_table({})
    draw = ImageDraw.Draw(image)
    draw.rectangle((LEFT - 5, 538, 900, 545), fill=255)  # the second rule gone left of x=900
    draw.rectangle((900, 540, 1000, 541), fill=255)
    assert all(len(table.rows) < 3 for table in find_tables(image))


def test_a_page_with_rules_a_pixel_wide_may_hold_a_table() -> None:
    image = Image.new("L", (WIDTH, HEIGHT), 255)
    draw = ImageDraw.Draw(image)
    for y in (401, 603, 905):  # one row of grey each, at an odd row: halving paled it to 172
        draw.line((LEFT, y, RIGHT, y), fill=90)
    assert may_hold_table(image)


def test_a_page_of_words_with_a_short_underline_holds_no_table() -> None:
    image = Image.new("L", (WIDTH, HEIGHT), 255)
    draw = ImageDraw.Draw(image)
    draw.line((700, 201, 1000, 201), fill=90)  # the rule under a title
    for y in range(300, 2000, 40):
        for x in range(LEFT, RIGHT - 60, 85):
            draw.rectangle((x, y, x + 65, y + 20), fill=0)
    assert not may_hold_table(image)


# --- a table scanned askew: its borders and last rule kept out of the column strips ------------


def test_strips_keep_clear_of_a_drifting_border_and_of_the_last_rule() -> None:
    drift = (0, 3, 6, 9)  # px a border stands further right in each row down the table
    tops = (300, 500, 700, 900)
    bottom = 1100
    image = Image.new("L", (1200, 1300), 255)
    draw = ImageDraw.Draw(image)
    rows = []
    for index, top in enumerate(tops):
        end = tops[index + 1] if index + 1 < len(tops) else bottom
        borders = tuple(float(x + drift[index]) for x in (100, 200, 700, 1100))
        rows.append(TableRow(float(top), float(end), borders))
        for x in borders:
            draw.rectangle((x - 1, top, x + 1, end), fill=0)
        draw.rectangle((100, top - 1, 1100, top + 1), fill=0)
    # the last rule, tilted: 5 px above the table's bottom at the right, on it at the left
    draw.line((100, bottom, 1100, bottom - 5), fill=0, width=3)
    table = RuledTable(100.0, 1100.0, tuple(rows))
    for strip, _, _ in ocr._column_strips(image, [table]):
        ink = np.asarray(strip) < 128
        assert not ink[:, :2].any()
        assert not ink[:, -2:].any()  # no border at either edge
        assert not ink[-12:].any()  # nor the last rule along the bottom


# --- a bar inside a cell's word ----------------------------------------------------------------

_ROWS = RuledTable(
    100.0,
    1000.0,
    (
        TableRow(100.0, 200.0, (100.0, 200.0, 700.0, 1000.0)),
        TableRow(200.0, 300.0, (100.0, 200.0, 700.0, 1000.0)),
    ),
)


def _tsv(words: list[tuple[float, float, str]]) -> str:
    head = "level page_num block_num par_num line_num word_num left top width height conf text"
    rows = [head.replace(" ", "\t")]
    for number, (left, top, text) in enumerate(words, start=1):
        width = 20 * len(text)
        rows.append(f"5\t1\t1\t1\t{number}\t1\t{left}\t{top}\t{width}\t30\t90\t{text}")
    return "\n".join(rows)


def test_a_bar_read_inside_a_cell_s_word_adds_no_cell() -> None:
    words = [
        (120, 130, "TT"), (250, 130, "Nội"), (330, 130, "dung"), (750, 130, "Thời"),
        (850, 130, "gian"),
        (130, 230, "2"), (250, 230, "Phạt"), (350, 230, "12tr|đồng"), (750, 230, "Quý"),
        (840, 230, "IV/2026|"),
    ]  # fmt: skip
    lines = ocr_layout.lines_from_tsv(_tsv(words), [_ROWS]).split("\n")
    assert lines == ["| TT | Nội dung | Thời gian |", "| 2 | Phạt 12tr đồng | Quý IV/2026 |"]
