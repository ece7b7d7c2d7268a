"""Ruled tables on scanned pages (`notices.readers.ruled_tables`, `ocr_layout.lines_from_tsv`):
rows and cells found from the printed rules, a scanner streak told from a border, a page scanned
askew levelled first, each row written as one Markdown line the parser reads as a task table;
and a unit heading whose note lost its closing bracket to OCR."""

from __future__ import annotations

import io
import itertools
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from notice_fixtures import tesseract_or_skip
from PIL import Image, ImageDraw, ImageFont

from notices import parse_notice
from notices.readers import decode_document, ocr, ocr_layout
from notices.readers.ruled_tables import RuledTable, TableRow, find_tables, may_hold_table
from notices.table_headings import heading_body

WIDTH, HEIGHT = 2480, 3508  # A4 at 300 dpi
LEFT, RIGHT = 240, 2300
COLUMNS = (LEFT, 380, 1500, 1900, RIGHT)  # TT | Nhiệm vụ | Chỉ tiêu | Thời gian
STREAK = 1700  # a scanner streak down the whole page, through the "Chỉ tiêu" column


def _page(rows: list[int], second: list[int] | None = None, streak: bool = True) -> Image.Image:
    """A blank page with one ruled table (horizontal rules at `rows`), optionally a second
    below a gap, text-like blocks in the cells and around, and a streak."""
    image = Image.new("L", (WIDTH, HEIGHT), 255)
    draw = ImageDraw.Draw(image)
    # a line of "words" above the table: blocks with gaps, wider than a rule's minimum in all
    for x in range(LEFT, RIGHT - 100, 130):
        draw.rectangle((x, 300, x + 100, 330), fill=0)
    for table in filter(None, (rows, second)):
        for y in table:
            draw.rectangle((LEFT, y - 1, RIGHT, y + 1), fill=0)
        for x in COLUMNS:
            draw.rectangle((x - 1, table[0], x + 1, table[-1]), fill=0)
        for top, bottom in itertools.pairwise(table):
            for left, right in itertools.pairwise(COLUMNS):
                for y in range(top + 20, bottom - 40, 50):  # a cell's lines of text
                    for x in range(left + 15, right - 80, 90):
                        draw.rectangle((x, y, x + 60, y + 28), fill=0)
    if streak:
        draw.rectangle((STREAK - 1, 0, STREAK + 1, HEIGHT), fill=0)
    return image


def test_rows_and_columns_come_from_the_rules_and_a_streak_is_no_border() -> None:
    image = _page([600, 700, 900, 1200], second=[1500, 1600, 1900])
    tables = find_tables(image)
    assert len(tables) == 2  # the gap between them holds no borders: two tables
    first, second = tables
    assert [row.top for row in first.rows] == pytest.approx([600, 700, 900], abs=3)
    assert first.bottom == pytest.approx(1200, abs=3)
    assert len(second.rows) == 2
    for table in tables:
        assert table.grid == pytest.approx(COLUMNS, abs=3)
        assert table.streaks == pytest.approx((STREAK,), abs=3)
        assert table.left == pytest.approx(LEFT, abs=4)


def test_a_page_of_running_text_has_no_table() -> None:
    image = Image.new("L", (WIDTH, HEIGHT), 255)
    draw = ImageDraw.Draw(image)
    for y in range(300, 3000, 60):  # lines of words, and an underline under a title
        for x in range(LEFT, RIGHT - 100, 130):
            draw.rectangle((x, y, x + 100, y + 30), fill=0)
    draw.rectangle((900, 250, 1500, 252), fill=0)
    assert find_tables(image) == []


def test_a_table_under_a_two_row_rule_is_not_split_by_the_double_rule() -> None:
    image = _page([600, 604, 700, 900], streak=False)  # a rule drawn double at the top
    (table,) = find_tables(image)
    assert len(table.rows) == 2


def test_a_page_scanned_askew_is_levelled_and_its_table_found() -> None:
    straight = _page([600, 700, 900, 1200, 1500])
    tilted = straight.rotate(1.0, resample=Image.Resampling.BICUBIC, fillcolor=255)
    assert len(find_tables(tilted)) == 0 or len(find_tables(tilted)[0].rows) < 4
    (table,) = find_tables(ocr.level_page(tilted))
    assert len(table.rows) == 4
    assert len(table.grid) == len(COLUMNS)


def test_a_level_page_is_left_as_it_is() -> None:
    image = _page([600, 700, 900])
    assert ocr.level_page(image) is image


TSV_COLUMNS = (
    *("level", "page_num", "block_num", "par_num", "line_num", "word_num"),
    *("left", "top", "width", "height", "conf", "text"),
)


def _tsv(words: Sequence[tuple[float, float, str]], height: float = 30) -> str:
    """Tesseract TSV of words at (left, top), one per line key."""
    head = "\t".join(TSV_COLUMNS)
    rows = [head]
    for number, (left, top, text) in enumerate(words, start=1):
        width = 20 * len(text)
        rows.append(f"5\t1\t1\t1\t{number}\t1\t{left}\t{top}\t{width}\t{height}\t90\t{text}")
    return "\n".join(rows)


TABLE = RuledTable(
    100.0,
    1000.0,
    (
        TableRow(100.0, 200.0, (100.0, 200.0, 700.0, 1000.0)),
        TableRow(200.0, 400.0, (100.0, 200.0, 700.0, 1000.0)),
        TableRow(400.0, 480.0, (100.0, 1000.0)),  # one cell across: a group's heading
        TableRow(480.0, 600.0, (100.0, 200.0, 1000.0)),  # a border the seal hid
    ),
)


def test_words_in_a_table_become_one_markdown_line_a_row() -> None:
    words = [
        (110, 40, "Giao"), (200, 40, "Phòng"), (330, 40, "Nội"), (420, 40, "vụ:"),  # above
        (120, 130, "TT"), (250, 130, "Nhiệm"), (390, 130, "vụ"), (750, 130, "Thời"),
        (850, 130, "gian"),
        (130, 220, "1"), (250, 220, "Rà"), (310, 220, "soát"), (450, 220, "hồ"),
        (250, 270, "sơ"), (310, 270, "tồn"), (400, 270, "đọng"), (750, 220, "Tháng"),
        (880, 220, "6/2024"), (712, 300, "|"),  # a border read as a bar
        (250, 420, "II."), (330, 420, "NHÓM"), (460, 420, "KHÁC"),
        (130, 500, "2."), (250, 500, "Báo"), (330, 500, "cáo"), (750, 500, "Quý"),
        (840, 500, "III/2024"),
        (110, 700, "Nơi"), (200, 700, "nhận:"),  # below
    ]  # fmt: skip
    text = ocr_layout.lines_from_tsv(_tsv(words), [TABLE])
    assert text.split("\n") == [  # the number read "2." is written "2", not an item's marker
        "Giao Phòng Nội vụ:",
        "",
        "| TT | Nhiệm vụ | Thời gian |",
        "| 1 | Rà soát hồ sơ tồn đọng | Tháng 6/2024 |",
        "| II. NHÓM KHÁC |  |  |",
        "| 2 | Báo cáo | Quý III/2024 |",
        "",
        "Nơi nhận:",
    ]


def _placed(strip: str, dx: float, dy: float) -> list[tuple[Any, ...]]:
    """A column strip's words moved to where the strip stands on the page."""
    return [(k, dx + x, dy + y, w, h, t) for k, x, y, w, h, t in ocr_layout.tsv_words(strip)]


def test_column_strips_replace_the_page_words_inside_the_table() -> None:
    page = _tsv([(110, 40, "Trên"), (250, 130, "Nhiêm"), (250, 220, "Ra")])
    strip = _tsv([(0, 30, "Nhiệm"), (140, 30, "vụ"), (0, 120, "Rà"), (60, 120, "soát")])
    text = ocr_layout.lines_from_tsv(page, [TABLE], _placed(strip, 250.0, 100.0))
    assert "|  | Nhiệm vụ |  |" in text
    assert "|  | Rà soát |  |" in text  # the strip's words fill the cells
    assert "Nhiêm" not in text


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("2. Phòng Bưu chính, Viễn thông (6 NV trọng lâm: —", "Phòng Bưu chính, Viễn thông"),
        ("3. Trung tâm Y tế huyện (5 nhiệm vụ Mw", "Trung tâm Y tế huyện"),
        ("1. Văn phòng Sở (5 nhiệm vụ):", "Văn phòng Sở"),
    ],
)
def test_a_unit_heading_whose_note_lost_its_bracket_still_names_the_unit(
    heading: str, body: str
) -> None:
    assert heading_body(heading) == body


def test_a_sentence_with_an_open_bracket_names_no_unit() -> None:
    assert heading_body("Sở Tư pháp chủ trì thẩm định (theo quy định") is None


def _scan_of_a_unit_table(font_path: Path) -> bytes:
    """A 300-dpi page: a unit heading and its task table whose cells wrap over several lines,
    a streak down the page, the sheet fed 0.8 degrees askew; saved as an image-only PDF."""
    image = Image.new("L", (WIDTH, HEIGHT), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(font_path), 40)
    bold = ImageFont.truetype(str(font_path), 42)
    draw.text((LEFT, 250), "KẾ HOẠCH CÔNG TÁC NĂM 2024", font=bold, fill=0)
    draw.text((LEFT, 420), "1. Phòng Văn hóa và Thông tin (3 nhiệm vụ):", font=bold, fill=0)
    rows = [
        ("TT", ["Nhiệm vụ"], ["Chỉ tiêu"], ["Thời gian", "hoàn thành"]),
        ("1", ["Kiểm tra các cơ sở kinh doanh", "dịch vụ karaoke trên địa bàn"],
         ["Ít nhất", "02 đợt"], ["Tháng 6/2024"]),
        ("2", ["Tổ chức Hội thi tuyên truyền", "lưu động cấp huyện"], ["01 hội thi"],
         ["Quý III/2024"]),
        ("3", ["Cập nhật cơ sở dữ liệu di tích", "của huyện"], ["100%"], ["Tháng 11/2024"]),
    ]  # fmt: skip
    top = 520
    edges = [top]
    for number, content, target, time in rows:
        height = 40 + 55 * max(len(content), len(target), len(time))
        cells = ([number], content, target, time)
        for left, lines in zip(COLUMNS, cells, strict=False):
            for index, line in enumerate(lines):
                draw.text((left + 20, edges[-1] + 20 + 55 * index), line, font=font, fill=0)
        edges.append(edges[-1] + height)
    for y in edges:
        draw.rectangle((LEFT, y - 1, RIGHT, y + 1), fill=0)
    for x in COLUMNS:
        draw.rectangle((x - 1, edges[0], x + 1, edges[-1]), fill=0)
    draw.rectangle((STREAK - 1, 0, STREAK + 1, HEIGHT), fill=0)
    tilted = image.rotate(0.8, resample=Image.Resampling.BICUBIC, fillcolor=255)
    out = io.BytesIO()
    tilted.save(out, format="PDF", resolution=300)
    return out.getvalue()


def test_a_scanned_unit_table_gives_one_task_a_row(font_path: Path) -> None:
    """A few seconds: one page read by Tesseract, then by column strips."""
    tesseract_or_skip()
    text = decode_document(_scan_of_a_unit_table(font_path), "scan.pdf")
    tasks = parse_notice(text, year_hint=2024).tasks
    assert [(t.lead, str(t.deadline)) for t in tasks] == [
        (("Phòng Văn hóa và Thông tin",), "2024-06-30"),
        (("Phòng Văn hóa và Thông tin",), "2024-09-30"),
        (("Phòng Văn hóa và Thông tin",), "2024-11-30"),
    ]
    assert tasks[0].text.endswith(
        "kiểm tra các cơ sở kinh doanh dịch vụ karaoke trên địa bàn; thời hạn: Tháng 6/2024."
    )


def test_a_page_of_text_is_not_taken_for_a_tilted_table() -> None:
    image = Image.new("L", (WIDTH, HEIGHT), 255)
    draw = ImageDraw.Draw(image)
    for y in range(300, 3000, 60):
        for x in range(LEFT, RIGHT - 100, 130):
            draw.rectangle((x, y, x + 100, y + 30), fill=0)
    assert not may_hold_table(image)
    tilted = _page([600, 700, 900, 1200]).rotate(1.2, fillcolor=255)
    assert may_hold_table(tilted)


def test_a_rule_broken_by_the_scan_or_stopping_at_a_spanning_cell_keeps_the_table_whole() -> None:
    image = _page([600, 700, 900, 1200, 1500], streak=False)
    draw = ImageDraw.Draw(image)
    draw.rectangle((1000, 895, 1012, 905), fill=255)  # a 12 px gap in one rule
    draw.rectangle((COLUMNS[-2] + 3, 1195, RIGHT - 3, 1205), fill=255)  # a cell spanning 2 rows
    (table,) = find_tables(image)
    assert len(table.rows) == 4
    assert table.grid == pytest.approx(COLUMNS, abs=3)
    assert table.streaks == ()  # the table's sides and borders are no streaks


def test_a_page_frame_or_a_boxed_paragraph_is_no_table() -> None:
    image = Image.new("L", (WIDTH, HEIGHT), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((100, 100, WIDTH - 100, HEIGHT - 100), outline=0, width=3)  # the page frame
    draw.rectangle((100, 600, WIDTH - 100, 603), fill=0)  # a rule under the header block
    draw.rectangle((LEFT, 1000, RIGHT, 1800), outline=0, width=3)  # a boxed note ...
    draw.rectangle((LEFT, 1100, RIGHT, 1102), fill=0)  # ... with a rule under its title
    for y in range(1150, 1750, 60):
        for x in range(LEFT + 30, RIGHT - 130, 130):
            draw.rectangle((x, y, x + 100, y + 30), fill=0)
    assert find_tables(image) == []


def test_only_a_rule_s_own_rows_are_whitened_in_a_strip() -> None:
    import numpy as np

    from notices.readers.column_strips import rule_rows

    values = np.full((40, 100), 255, dtype=np.uint8)
    values[20:22, :] = 0  # the rule
    values[14:16, 10:14] = 0  # the dot under a vowel just above it
    assert rule_rows(values, 20) == [19, 20, 21, 22]  # the rule and its grey edges


def test_page_words_fill_a_cell_the_strips_left_empty() -> None:
    page = _tsv([(130, 220, "1"), (250, 220, "Ra")])
    strip = _tsv([(0, 120, "Rà"), (60, 120, "soát")])  # the number column's strip read nothing
    text = ocr_layout.lines_from_tsv(page, [TABLE], _placed(strip, 250.0, 100.0))
    assert "| 1 | Rà soát |  |" in text


def test_a_scanner_streak_is_painted_over_and_the_rules_it_crossed_stay_whole() -> None:
    import numpy as np

    from notices.readers.ruled_tables import without_streaks

    image = _page([600, 700, 900])  # its streak runs from the top edge to the bottom one
    clean = np.asarray(without_streaks(image)) < 128
    assert not clean[:, STREAK].all()  # the streak is gone ...
    assert clean[700, STREAK - 6 : STREAK + 6].all()  # ... the rule it crossed is not
    table_only = _page([600, 700, 900], streak=False)
    assert without_streaks(table_only) is table_only  # borders stop at the table: no streak
