"""Round 22, scanocr, after its review: the rules the class added narrowed where they overreached.

- A rule's extent measured at a light grey ran on through any grey touching it (a scanner's
  shadow down the page's edge, a crease beside the rule, a paper background darker than the grey):
  the table's rules seemed to end at the page's edge and the whole table was lost.
- A column strip kept clear of a border held by one row alone (a header's border off the body's,
  a letter's stem read as one), and shaved the first letter off every cell of the column.
- The note under an attached plan's name without its bracket, or with its words misread.
- `may_hold_table` halving a page by keeping any pixel of ink passed pages of running text.
"""

from __future__ import annotations

import itertools

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from notices.readers.column_strips import column_strips
from notices.readers.ruled_tables import find_tables, may_hold_table
from tests.unit.notices.test_round22_scanocr import _plan_tasks

_SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
WIDTH, HEIGHT = 1700, 2200  # A4 at 200 dpi
COLUMNS = (200, 290, 900, 1250, 1520)
_ROWS = (
    ("TT", "Nội dung công việc", "Cơ quan chủ trì", "Thời hạn"),
    ("1", "Rà soát phương án ứng phó bão mạnh", "Sở Nông nghiệp và MT", "30/4/2027"),
    ("2", "Kiểm tra an toàn công trình thi công", "Sở Xây dựng", "31/5/2027"),
    ("3", "Bảo đảm an ninh vùng ngập lụt", "Công an tỉnh", "15/6/2027"),
    ("4", "Tuyên truyền kỹ năng phòng tránh", "Báo Ninh Bình", "30/6/2027"),
)
TOP, ROW = 400, 90
BOTTOM = TOP + len(_ROWS) * ROW


def _plan_page(background: int = 255, crease: int = 0, header_border: int = 0) -> Image.Image:
    """A page with a plan's table of 5 rows and 4 columns, rules and borders 3 px of dark grey.
    `crease`: a 1-px grey line across the page 2 px above the third rule; `header_border`: the
    header row's border of the third column that far right of the body rows'."""
    image = Image.new("L", (WIDTH, HEIGHT), background)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(_SERIF, 26)
    for index, row in enumerate(_ROWS):
        top = TOP + index * ROW
        draw.rectangle((COLUMNS[0], top, COLUMNS[-1], top + 2), fill=40)
        for left, cell in zip(COLUMNS, row, strict=False):
            draw.text((left + 8, top + 28), cell, font=font, fill=0)
    if crease:
        draw.line((0, TOP + 2 * ROW - 2, WIDTH, TOP + 2 * ROW - 2), fill=crease)
    draw.rectangle((COLUMNS[0], BOTTOM, COLUMNS[-1], BOTTOM + 2), fill=40)
    for x in COLUMNS:
        draw.rectangle((x, TOP, x + 2, BOTTOM + 2), fill=40)
    if header_border:
        x = COLUMNS[2]
        draw.rectangle((x - 1, TOP + 3, x + 3, TOP + ROW - 1), fill=255)
        draw.rectangle((x + header_border, TOP, x + header_border + 2, TOP + ROW), fill=40)
    return image


def _shadowed(image: Image.Image, darkest: int, reach: int = 240) -> Image.Image:
    """`image` under a scanner's shadow down its left edge: `darkest` at the edge, paling to 200
    `reach` px in."""
    values = np.asarray(image).astype(int)
    for x in range(reach):
        values[:, x] = np.minimum(values[:, x], int(darkest + (200 - darkest) * x / reach))
    return Image.fromarray(values.astype("uint8"))


def _the_plan_table(image: Image.Image) -> None:
    (table,) = find_tables(image)
    assert len(table.rows) == len(_ROWS)
    assert abs(table.left - COLUMNS[0]) <= 5 and abs(table.right - COLUMNS[-1] - 2) <= 5
    assert len(table.grid) == len(COLUMNS)


def test_a_clean_page_s_table_is_found() -> None:
    _the_plan_table(_plan_page())


def test_a_grey_shadow_down_the_page_s_edge_leaves_the_table_whole() -> None:
    _the_plan_table(_shadowed(_plan_page(), darkest=140))
    _the_plan_table(_shadowed(_plan_page(), darkest=120))  # dark enough to be ink at the edge


def test_a_grey_crease_beside_a_rule_leaves_the_table_whole() -> None:
    _the_plan_table(_plan_page(crease=170))


def test_a_grey_paper_leaves_the_table_whole() -> None:
    _the_plan_table(_plan_page(background=185))


# --- a border held by one row --------------------------------------------------------------


def test_a_border_one_row_holds_off_the_others_moves_no_strip() -> None:
    image = _plan_page(header_border=10)
    (table,) = find_tables(image)
    lefts = [left for _, left, _ in column_strips(image, [table])]
    assert abs(lefts[2] - (COLUMNS[2] + 5)) <= 3  # the body rows' border, not the header's


def test_a_letter_stem_in_a_tight_row_moves_no_strip() -> None:
    left, right = 230, 1530
    columns, rules = (left, 330, 810, 1170, right), (370, 414, 458, 502, 546, 590)
    image = Image.new("L", (WIDTH, HEIGHT), 255)
    draw = ImageDraw.Draw(image)
    for y in rules:
        draw.rectangle((left, y, right, y + 1), fill=0)
    for x in columns:
        draw.rectangle((x, rules[0], x + 1, rules[-1]), fill=0)
    for top, _ in itertools.pairwise(rules):
        for start, end in itertools.pairwise(columns):
            for x in range(start + 10, end - 50, 60):
                draw.rectangle((x, top + 10, x + 40, top + 34), fill=0)
    draw.rectangle((340, rules[2] + 8, 342, rules[2] + 37), fill=0)  # a "1" opening a cell
    tables = find_tables(image)
    lefts = [x0 for _, x0, _ in column_strips(image, tables)]
    assert abs(lefts[1] - 335) <= 3


# --- the attached plan's note ----------------------------------------------------------------


def test_a_note_without_its_bracket_or_with_its_words_misread_still_opens_the_plan() -> None:
    typed = _plan_tasks("(Kèm theo Quyết định số 88/QĐ-UBND ngày 12/02/2027 của UBND tỉnh)")
    assert len(typed) == 3
    for note in (
        "Kèm theo Quyêt định sô 88/QĐ-UBND ngày 12/02/2027 của UBND tỉnh)",
        "{Kèm theo Quyêt định sô 88/QĐ-UBND ngày 12/02/2027 của UBND tỉnh)",
        "(Kèm thco Quyết định số 88/QĐ-UBND ngày 12/02/2027 của UBND tỉnh)",
        "(Kèm theo Quvết định số 88/QĐ-UBND ngày 12/02/2027 của UBND tỉnh)",
    ):
        assert _plan_tasks(note) == typed, note


# --- pages of running text hold no table ----------------------------------------------------


def test_a_page_of_running_text_holds_no_table() -> None:
    font = ImageFont.truetype(_SERIF, 38)  # 38-px type at 200 dpi, lines 1.5 apart
    image = Image.new("L", (WIDTH, HEIGHT), 255)
    draw = ImageDraw.Draw(image)
    line = (
        "Thực hiện Kế hoạch số 15/KH-UBND ngày 03/3/2027 của UBND tỉnh về phòng chống thiên tai,"
    )
    for y in range(150, 2050, 57):
        draw.text((200, y), line, font=font, fill=0)
    assert not may_hold_table(image)
