"""Round 30 (turned back): a scanned page that orientation detection turned the wrong way.

fresh24's kn-917 is an upright 1-bit scan with the scanner's black edges down both sides: every
row of the page holds ink, so the marks-above test sees one "line", Tesseract's orientation
script says "Rotate: 180" with confidence 7, the page is turned over and its OCR is gibberish,
and the whole document was refused as "lỗi phông". A page whose OCR reads as gibberish is read
once more turned half round, and that reading is kept when it is Vietnamese. A fake `tesseract`
that answers the orientation question wrongly (and passes every other call to the real one)
stands for the misjudgement; the OCR itself is real.
"""

from __future__ import annotations

import io
import os
import shutil
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from notices.readers import ocr, pdf_reader, read_image
from tests.unit.notices.notice_fixtures import tesseract_or_skip, vietnamese_font

_LINES = (
    "ỦY BAN NHÂN DÂN HUYỆN KRÔNG NÔ",
    "Kính gửi: Phòng Kinh tế - Hạ tầng huyện.",
    "Ủy ban nhân dân huyện có ý kiến chỉ đạo như sau:",
    "1. Yêu cầu Phòng Kinh tế - Hạ tầng chủ trì, phối hợp với",
    "Ủy ban nhân dân thị trấn rà soát các hộ kinh doanh tại chợ,",
    "đề xuất phương án sắp xếp và báo cáo kết quả về",
    "Ủy ban nhân dân huyện trước ngày 28 tháng 6 năm 2026.",
)


def _page(*, edges: bool, lines: tuple[str, ...] = _LINES) -> Image.Image:
    """An upright letter page at 200 dpi; `edges`: the scanner's black bands down the page's
    left and right sides."""
    font_path = vietnamese_font()
    if font_path is None:
        pytest.skip("no TrueType font with Vietnamese letters on this machine")
    page = Image.new("L", (1654, 2339), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(font_path), 34)
    for row, line in enumerate(lines):
        draw.text((160, 260 + 70 * row), line, font=font, fill=0)
    if edges:
        draw.rectangle((0, 0, 22, page.height), fill=0)
        draw.rectangle((page.width - 22, 0, page.width, page.height), fill=0)
    return page


def _scan_pdf(*, edges: bool) -> bytes:
    """A one-page 1-bit scan of `_page`."""
    out = io.BytesIO()
    _page(edges=edges).convert("1").save(out, format="PDF", resolution=200)
    return out.getvalue()


def _wrong_osd(tmp_path: Path, rotate: int) -> str:
    """A `tesseract` whose orientation script says `rotate` (sure of it) and that runs the real
    Tesseract for everything else."""
    real = shutil.which("tesseract")
    assert real is not None
    fake = tmp_path / "tesseract"
    fake.write_text(
        "#!/bin/sh\n"
        'case "$*" in\n'
        f"  *osd*) echo 'Rotate: {rotate}'; echo 'Orientation confidence: 7.17' ;;\n"
        f'  *) exec {real} "$@" ;;\n'
        "esac\n"
    )
    fake.chmod(0o755)
    return str(fake)


@pytest.fixture
def wrong_osd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tesseract_or_skip()
    if sys.platform == "win32":
        pytest.skip("a shell-script tesseract")
    monkeypatch.setenv(ocr.TESSERACT_ENV, _wrong_osd(tmp_path, 180))


def test_a_page_turned_over_by_a_wrong_orientation_is_read_turned_back(wrong_osd: None) -> None:
    text = pdf_reader.read_pdf(_scan_pdf(edges=True))
    assert "Phòng Kinh tế" in text
    assert "28 tháng 6 năm 2026" in text


def test_a_scanned_image_turned_over_by_a_wrong_orientation_is_read_turned_back(
    wrong_osd: None,
) -> None:
    # the same misjudgement on an image sent as a file (a scanner's PNG, a photo): the photo
    # path asks osd too, and its reading is checked the same way
    out = io.BytesIO()
    _page(edges=True).save(out, format="PNG")
    text = read_image(out.getvalue())
    assert "Phòng Kinh tế" in text
    assert "28 tháng 6 năm 2026" in text


def test_an_upright_page_read_well_is_read_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # counter-example: a page whose OCR is Vietnamese is not read a second time
    tesseract_or_skip()
    real = shutil.which("tesseract")
    assert real is not None
    log = tmp_path / "calls"
    fake = tmp_path / "tesseract"
    fake.write_text(f'#!/bin/sh\necho "$*" >> {log}\nexec {real} "$@"\n')
    fake.chmod(0o755)
    monkeypatch.setenv(ocr.TESSERACT_ENV, str(fake))
    text = pdf_reader.read_pdf(_scan_pdf(edges=False))
    assert "Phòng Kinh tế" in text
    reads = [line for line in log.read_text().splitlines() if " tsv" in line]
    assert len(reads) == 1, os.linesep.join(reads)


def test_an_upright_page_in_another_language_keeps_its_reading() -> None:
    # counter-example: an English page reads as no Vietnamese either way; it is read turned
    # over once and its upright reading is kept, since the turned one is no more Vietnamese
    tesseract_or_skip()
    english = (
        "Minutes of the provincial working group",
        "The secretariat will circulate the",
        "draft report to every member by next Friday.",
    )
    page = _page(edges=False, lines=english)
    text = ocr.read_turning_back(page, tesseract=ocr.tesseract_path(), page=1)
    assert "secretariat" in text
