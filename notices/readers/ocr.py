"""Scans and photos → text with Tesseract (`tesseract -l vie`, run as a subprocess).

The page is read from Tesseract's word boxes (TSV output), rebuilt into lines and tables by
`ocr_layout.lines_from_tsv`; this module runs Tesseract and gets the image ready for it.

Page segmentation mode 6 (one uniform block): on the project's real-document corpus
(tests/notice_corpus) mode 3 (automatic layout) dropped the whole body of a slightly tilted,
unevenly lit phone photo as a non-text region (27.8 % of its words read, against 98.3 % with
mode 6) and was never better elsewhere; mode 11 (sparse text) lost words on scans (95.1 % vs
99.3 %). Mode 6 reads the two header columns as one line with a wide gap, which the word
positions turn into a tab, like the separate blocks of mode 3.

Resolution (measured on the test notice, bench/README.md): a scanned page is rendered at its
image's own resolution, kept within 200–400 dpi (`pdf_reader._scan_dpi`): re-rendering a noisy
200-dpi scan at 300 or 400 dpi turned its specks into blobs (words recovered 0.98 → 0.74 / 0.69).
A page without an image (text drawn in a font whose characters are nonsense) renders at 300
dpi: 8-pt type lost 3 % of its words at 200 dpi and none at 300; 400 dpi read no better and
took 1.2–2.2× as long.
"""

from __future__ import annotations

import bisect
import logging
import os
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from typing import Any

from notices.errors import ErrorCode, NoticeError
from notices.readers.column_strips import column_strips as _column_strips
from notices.readers.legacy import vietnamese_score
from notices.readers.ocr_layout import Word, lines_from_tsv, tsv_words
from notices.readers.ruled_tables import (
    RuledTable,
    find_tables,
    may_hold_table,
    table_rows,
    without_streaks,
)
from notices.readers.scan_orientation import upright_scan as upright_scan

log = logging.getLogger(__name__)

DPI = 300
PSM = 6
MAX_OCR_PAGES = 30
PAGE_TIMEOUT_S = 90.0
TESSERACT_ENV = "NHACVIEC_TESSERACT"
_MIN_PHOTO_WIDTH = 2000  # px; a phone photo below this is upscaled so small type stays legible
_MAX_SIDE = 5000  # px; larger images are scaled down (Tesseract time grows with the area)

MISSING_OCR = (
    "Máy chủ chưa cài phần mềm đọc bản scan (OCR): quản trị viên cần cài gói tesseract-ocr và "
    "tesseract-ocr-vie (sudo apt-get install tesseract-ocr tesseract-ocr-vie)."
)


def tesseract_path() -> str:
    """The tesseract executable with the Vietnamese model, or NoticeError(MISSING_TOOL)."""
    path = os.environ.get(TESSERACT_ENV) or shutil.which("tesseract")
    if not path:
        raise NoticeError(ErrorCode.MISSING_TOOL, MISSING_OCR)
    try:
        listed = subprocess.run(  # noqa: S603 - our tool path, no user text
            [path, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        raise NoticeError(ErrorCode.MISSING_TOOL, MISSING_OCR) from None
    languages = {line.strip() for line in (listed.stdout + listed.stderr).splitlines()}
    if "vie" not in languages:
        raise NoticeError(ErrorCode.MISSING_TOOL, MISSING_OCR)
    return path


def prepare_photo(image: Any, *, tesseract: str | None = None) -> Any:
    """A phone photo made ready for OCR: turned upright (EXIF), grayscale, the page found,
    straightened and evenly lit (`photo.straighten`), small ones upscaled."""
    from PIL import Image, ImageOps

    from notices.readers.photo import straighten

    image = ImageOps.exif_transpose(image)
    image = image.convert("L")
    if max(image.size) > _MAX_SIDE:
        factor = _MAX_SIDE / max(image.size)
        image = image.resize(
            (round(image.width * factor), round(image.height * factor)),
            Image.Resampling.LANCZOS,
        )
    image = straighten(image, tesseract=tesseract)
    width, height = image.size
    if width < _MIN_PHOTO_WIDTH:
        factor = _MIN_PHOTO_WIDTH / max(1, width)
        image = image.resize(
            (round(width * factor), round(height * factor)), Image.Resampling.LANCZOS
        )
    elif max(width, height) > _MAX_SIDE:
        factor = _MAX_SIDE / max(width, height)
        image = image.resize(
            (round(width * factor), round(height * factor)), Image.Resampling.LANCZOS
        )
    return image


def ocr_image(image: Any, *, tesseract: str, page: int = 1) -> str:
    """Text of one page image (Pillow), lines rebuilt from word positions; a ruled table read
    column by column (`_column_strips`) and written back row by row. A page whose tables show
    more rows once its scanner streaks are painted over and it is levelled (`level_page`: scanned a
    degree askew, its rules no longer run along one row of pixels) is read so; any other page
    as it came: turning resamples the image, and on pages of running text Tesseract read the
    turned copy no better (it lost "II." before a heading on a real scan levelled by 1.1°)."""
    tables: list[RuledTable] = []
    if may_hold_table(image):  # a page of running text skips the search (a few ms)
        tables = find_tables(image)
        levelled = level_page(without_streaks(image))
        if levelled is not image:
            found = find_tables(levelled)
            if table_rows(found) > table_rows(tables):
                image, tables = levelled, found
    tsv = _tesseract_tsv(image, tesseract=tesseract, page=page)
    strips = _read_strips(_column_strips(image, tables), tesseract=tesseract, page=page)
    return lines_from_tsv(tsv, tables, strips if tables else None)


# A page whose OCR has fewer Vietnamese syllables than this share is read turned half round too
# (an upright page reads 0.8-1.0 even when scanned badly; one turned over reads 0.3 from the
# letters that look alike upside down: "uueu", "Bueu1"), and the turned reading is kept when
# it has this much more of them.
_TURN_BACK_BELOW = 0.5
_TURN_BACK_GAIN = 0.2


def read_turning_back(image: Any, *, tesseract: str, page: int = 1) -> str:
    """`ocr_image` of a page already turned upright, read once more turned half round when its
    reading is not Vietnamese, that reading kept when it is clearly more so. Orientation is
    judged from the ink and Tesseract's orientation script, and both can be fooled: a scanner's
    black edges down both sides make every row "inked" and osd then calls an upright page upside
    down, sure of it (fresh24's kn-917); a sideways photo turned the wrong quarter is
    upside down."""
    text = ocr_image(image, tesseract=tesseract, page=page)
    score = vietnamese_score(text)
    if len(text.split()) < 3 or score >= _TURN_BACK_BELOW:
        return text
    again = ocr_image(
        image.rotate(180, expand=True, fillcolor=255), tesseract=tesseract, page=page
    )
    return again if vietnamese_score(again) >= score + _TURN_BACK_GAIN else text


# The column strips of a page are stacked one under another, this far apart, into one image that
# Tesseract reads in a single run (a run per strip cost a second or two each: a page of three
# four-column tables took five times as long as the page alone).
_STRIP_GAP = 60  # px of white between two stacked strips
_STRIP_MARGIN = 20  # px of white left of every strip


def _read_strips(
    strips: Sequence[tuple[Any, float, float]], *, tesseract: str, page: int
) -> list[Word]:
    """The words of every strip, placed where they stand on the page, from one Tesseract run
    over the strips stacked."""
    if not strips:
        return []
    from PIL import Image

    width = max(strip.width for strip, _, _ in strips) + 2 * _STRIP_MARGIN
    height = sum(strip.height + _STRIP_GAP for strip, _, _ in strips) + _STRIP_GAP
    canvas = Image.new("L", (width, height), 255)
    tops: list[int] = []
    y = _STRIP_GAP
    for strip, _, _ in strips:
        canvas.paste(strip, (_STRIP_MARGIN, y))
        tops.append(y)
        y += strip.height + _STRIP_GAP
    words: list[Word] = []
    for key, left, top, width_, height_, text in tsv_words(
        _tesseract_tsv(canvas, tesseract=tesseract, page=page)
    ):
        index = bisect.bisect_right(tops, top + height_ / 2) - 1
        if index < 0:
            continue
        _, dx, dy = strips[index]
        words.append(
            (key, dx + left - _STRIP_MARGIN, dy + top - tops[index], width_, height_, text)
        )
    return words


# A sheet fed into a scanner a degree askew: over a 2,500-pixel line the text drifts by more
# than its own height, so Tesseract, reading one uniform block, runs neighbouring lines together,
# and a ruled table's rules are no longer straight enough to be found. Pages tilted less than
# this are read as they are (turning resamples the image and costs a little sharpness).
_MIN_SKEW = 0.2  # degrees
_SKEW_SIDE = 1200  # px: the long side of the copy the tilt is measured on


def level_page(image: Any) -> Any:
    """`image` turned so its text lines run level (`photo.skew_angle`), when it is tilted by
    `_MIN_SKEW` degrees or more; else `image` itself."""
    from notices.readers.photo import ink_of, skew_angle

    angle = skew_angle(ink_of(image, _SKEW_SIDE))
    if abs(angle) < _MIN_SKEW:
        return image
    from PIL import Image

    turned = image.convert("L")
    return turned.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)


def _tesseract_tsv(image: Any, *, tesseract: str, page: int) -> str:
    with tempfile.TemporaryDirectory(prefix="nhacviec-ocr-") as folder:
        source = os.path.join(folder, "page.png")
        image.save(source, format="PNG")
        command = [tesseract, source, "stdout", "-l", "vie", "--psm", str(PSM), "tsv"]
        environment = {**os.environ, "OMP_THREAD_LIMIT": "1"}  # pages are the unit of work
        try:
            done = subprocess.run(  # noqa: S603 - our tool path and temporary file
                command,
                capture_output=True,
                timeout=PAGE_TIMEOUT_S,
                check=False,
                env=environment,
            )
        except subprocess.TimeoutExpired:
            raise NoticeError(
                ErrorCode.UNREADABLE,
                f"Đọc trang {page} của bản scan quá lâu (hơn {PAGE_TIMEOUT_S:.0f} giây): "
                "hãy gửi bản rõ hơn hoặc bản .docx.",
            ) from None
        except OSError:
            raise NoticeError(ErrorCode.MISSING_TOOL, MISSING_OCR) from None
    if done.returncode != 0:
        log.warning("tesseract failed on page %d: %s", page, done.stderr[-500:])
        raise NoticeError(
            ErrorCode.UNREADABLE, f"Không nhận dạng được chữ ở trang {page} của bản scan."
        )
    return done.stdout.decode("utf-8", "replace")


def render_pdf_page(document: Any, index: int, *, dpi: int = DPI) -> Any:
    """One page of an open pypdfium2 document as a grayscale Pillow image."""
    page = document[index]
    try:
        bitmap = page.render(scale=dpi / 72, grayscale=True)
        return bitmap.to_pil()
    finally:
        page.close()
