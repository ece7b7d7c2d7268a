"""Round 19 (ocr): specks in a scan's left margin and misread bullet dashes before an item's
first word, an item number read with a comma, and a scanned page fed in upside down."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from notices.readers import ocr, ocr_layout, ocr_restore
from notices.readers.ocr_repair import repair_lines

_HEADER = (
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
)
_HEIGHT = 40  # px: the usual height of a line of body text below


def _row(line: int, left: float, width: float, height: float, text: str, top: float = 0) -> str:
    y = 60 * line + top
    return f"5\t1\t1\t1\t{line}\t1\t{left:.0f}\t{y:.0f}\t{width:.0f}\t{height:.0f}\t90\t{text}"


def _words(line: int, left: float, text: str) -> list[str]:
    """Body words of a line from `left`, 20 px apart, 28 px a letter, full line height."""
    rows = []
    for word in text.split():
        rows.append(_row(line, left, 28 * len(word), _HEIGHT, word))
        left += 28 * len(word) + 20
    return rows


def _page(*lines: list[str]) -> str:
    """A page: three lines of running text at the margin (x=200) to fix its left edge, then
    the given rows."""
    rows = [_HEADER]
    for number in range(1, 4):
        rows += _words(number, 200, "các cơ quan đơn vị liên quan thực hiện nghiêm túc nội dung")
    for row in lines:
        rows += row
    return "\n".join(rows)


def _last_lines(tsv: str, count: int) -> list[str]:
    return ocr_layout.lines_from_tsv(tsv).split("\n")[-count:]


@pytest.mark.parametrize(
    ("speck", "meant"),
    [
        # a speck (a few pixels each way) read as "___" or ":" before the dash
        (_row(4, 260, 3, 3, "___", top=30), "- Chủ trì hướng dẫn kiểm tra"),
        (_row(4, 300, 3, 3, ":", top=30), "- Chủ trì hướng dẫn kiểm tra"),
        # a smudge far out in the margin, read as "¬." or a quote
        (_row(4, 40, 80, 16, "¬.", top=10), "- Chủ trì hướng dẫn kiểm tra"),
        (_row(4, 60, 30, 28, '"'), "- Chủ trì hướng dẫn kiểm tra"),
    ],
)
def test_specks_before_a_dash_item_are_dropped(speck: str, meant: str) -> None:
    dash = _row(4, 330, 11, 4, "-", top=22)
    tsv = _page([speck, dash, *_words(4, 356, "Chủ trì hướng dẫn kiểm tra")])
    assert _last_lines(tsv, 1) == [meant]


@pytest.mark.parametrize(
    "misread",
    [
        # a faint dash read as a colon, a tilde or an underscore (shaped like a dash)
        _row(5, 330, 11, 4, ":", top=22),
        _row(5, 330, 12, 5, "~", top=20),
        _row(5, 330, 8, 4, "~", top=20),  # short: a fifth of the line's height
        _row(5, 330, 12, 4, "_", top=30),
        # a dash with a smudge before it, read as one blot ending in a dash-like mark
        _row(5, 260, 80, 30, "___-", top=5),
        _row(5, 270, 60, 28, "__„", top=5),
        _row(5, 260, 80, 28, "~", top=5),
    ],
)
def test_a_misread_bullet_dash_is_written_back(misread: str) -> None:
    tsv = _page([misread, *_words(5, 356, "Tổng hợp và lập báo cáo kết quả")])
    assert _last_lines(tsv, 1) == ["- Tổng hợp và lập báo cáo kết quả"]


def test_a_short_word_in_the_margin_is_dropped_before_an_item() -> None:
    # "sẻ", "số": specks read as a syllable, far left of the text's own left edge
    tsv = _page(
        [_row(4, 40, 36, 26, "sẻ"), _row(4, 330, 11, 4, "-", top=22)],
        _words(4, 356, "Đăng tải tài liệu"),
    )
    assert _last_lines(tsv, 1) == ["- Đăng tải tài liệu"]


def test_a_lone_speck_before_a_continuation_line_is_dropped() -> None:
    tsv = _page([_row(4, 60, 3, 3, ".", top=30), *_words(4, 200, "ngày 16/3/2018 của UBND tỉnh")])
    assert _last_lines(tsv, 1) == ["ngày 16/3/2018 của UBND tỉnh"]


@pytest.mark.parametrize(
    ("rows", "meant"),
    [
        # a real bullet, a list marker and a word in the margin that is a marker stay as read
        (
            [_row(4, 330, 11, 4, "-", top=22), *_words(4, 356, "Phối hợp với Sở")],
            "- Phối hợp với Sở",
        ),
        (_words(4, 100, "1. Sở Nội vụ chủ trì"), "1. Sở Nội vụ chủ trì"),
        (
            [_row(4, 60, 30, 40, "a)"), *_words(4, 200, "Chủ trì thực hiện")],
            "a)\tChủ trì thực hiện",
        ),
        # a full stop-sized speck before a number is a speck, not a dash
        ([_row(4, 257, 8, 8, ".", top=30), *_words(4, 287, "3. Sở Tài chính")], "3. Sở Tài chính"),
        # a word of three letters or more in the margin is text
        ([_row(4, 40, 90, 40, "Số:"), *_words(4, 300, "12/UBND-VP")], "Số:\t12/UBND-VP"),
        # a speck before a dash that goes on a sentence: the line stays as read
        (
            [
                _row(4, 154, 6, 8, ";", top=20),
                _row(4, 183, 30, 4, "—", top=22),
                *_words(4, 220, "trong tỉnh rà soát"),
            ],
            "; — trong tỉnh rà soát",
        ),
        # a quote that opens a line close to its word is text
        (_words(4, 200, "“Ngày hội"), "“Ngày hội"),
    ],
)
def test_words_that_open_a_line_are_kept(rows: list[str], meant: str) -> None:
    assert _last_lines(_page(rows), 1) == [meant]


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("__1. Thủ trưởng các sở", "1. Thủ trưởng các sở"),
        ("-.4.UBND huyện Can Lộc:", "4. UBND huyện Can Lộc:"),
        ("__a) Chủ trì tổ chức triển khai", "a) Chủ trì tổ chức triển khai"),
        ("„Tổng hợp và lập báo cáo", "- Tổng hợp và lập báo cáo"),
        ("~Rà soát các nhiệm vụ", "- Rà soát các nhiệm vụ"),
        # left alone: a quote, a bare number, a lower-case word after a mark
        ("„tổng hợp” là", "„tổng hợp” là"),
        ("1.000 hộ dân", "1.000 hộ dân"),
    ],
)
def test_specks_glued_to_a_marker(read: str, meant: str) -> None:
    assert ocr_restore.repair_opening(read) == meant


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        (
            "4. Sở Xây dựng bảo đảm tiến độ.\n5, Giám đốc Sở Y tế chịu",
            "4. Sở Xây dựng bảo đảm tiến độ.\n5. Giám đốc Sở Y tế chịu",
        ),
        (
            "nhân dân;\n5, Thường xuyên theo dõi\n6. Báo cáo",
            "nhân dân;\n5. Thường xuyên theo dõi\n6. Báo cáo",
        ),
        (
            "I. MỤC ĐÍCH, YÊU CẦU\n1,Phát huy kết quả;\n2, Bảo đảm",
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Phát huy kết quả;\n2. Bảo đảm",
        ),
        ("\n9, Bộ Tài chính:\n10. Bộ Y tế:", "\n9. Bộ Tài chính:\n10. Bộ Y tế:"),
        # a sentence going on: "khoản 1, Khoản 2" split over two lines; a lower-case word
        (
            "theo quy định tại khoản\n1, Khoản 2 của Điều này",
            "theo quy định tại khoản\n1, Khoản 2 của Điều này",
        ),
        ("ngày 12.\n3, các đơn vị", "ngày 12.\n3, các đơn vị"),
        ("nội dung.\n10,KLTW171.DOC", "nội dung.\n10,KLTW171.DOC"),
    ],
)
def test_an_item_number_read_with_a_comma(read: str, meant: str) -> None:
    assert repair_lines(read) == meant


def _lines_page() -> Any:
    from PIL import Image, ImageDraw

    page = Image.new("L", (600, 800), 255)
    draw = ImageDraw.Draw(page)
    for row in range(10):  # lines of "text": a body band with tone marks above it
        y = 100 + 60 * row
        draw.rectangle((50, y, 550, y + 12), fill=0)
        for x in range(60, 540, 30):
            draw.rectangle((x, y - 10, x + 8, y), fill=0)
    return page


def _fake_osd(tmp_path: Path, rotate: int) -> str:
    fake = tmp_path / "tesseract"
    fake.write_text(f"#!/bin/sh\necho 'Rotate: {rotate}'\necho 'Orientation confidence: 12.5'\n")
    fake.chmod(0o755)
    return str(fake)


def test_an_upside_down_scanned_page_is_turned(tmp_path: Path) -> None:
    page = _lines_page()
    turned = page.rotate(180)
    # marks above the lines: upright, left as it is without asking osd
    assert ocr.upright_scan(page, tesseract=_fake_osd(tmp_path, 180)) is page
    # marks below the lines: osd is asked, and the page turned back when it says so
    righted = ocr.upright_scan(turned, tesseract=_fake_osd(tmp_path, 180))
    assert righted.tobytes() == page.tobytes()
    assert ocr.upright_scan(turned, tesseract=_fake_osd(tmp_path, 0)) is turned
