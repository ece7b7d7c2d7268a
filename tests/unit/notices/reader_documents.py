"""Documents the reader tests are made from: one notice as a text PDF, a scan, a phone photo, in
legacy font encodings (TCVN3, VNI) as PDF, .txt and .docx, and as an old .doc."""

from __future__ import annotations

import functools
import io
import shutil
import subprocess
import tempfile
import textwrap
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

HEADER = [
    ("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("HUYỆN HIỆP HÒA", "Độc lập - Tự do - Hạnh phúc"),
    ("Số: 215/TB-UBND", "Hiệp Hòa, ngày 20 tháng 10 năm 2023"),
]
TITLE = [
    "THÔNG BÁO",
    "Kết luận của Chủ tịch UBND huyện tại cuộc họp giao ban tháng 10 năm 2023",
]
BODY = [
    "Ngày 18/10/2023, Chủ tịch UBND huyện chủ trì cuộc họp giao ban và kết luận như sau:",
    "1. Giao Phòng Nội vụ chủ trì, phối hợp với Văn phòng HĐND và UBND huyện rà soát quy chế "
    "làm việc, báo cáo kết quả chậm nhất ngày 27/10/2023.",
    "2. Phòng Tài chính - Kế hoạch tham mưu phân bổ kinh phí cải cách hành chính, hoàn thành "
    "trước ngày 15/11/2023.",
    "3. UBND các xã, thị trấn thường xuyên kiểm tra, đôn đốc việc thực hiện.",
]
FOOTER = [("Nơi nhận:", "KT. CHỦ TỊCH"), ("- Như trên;", "PHÓ CHỦ TỊCH"), ("- Lưu: VT.", "")]
SIGNER = "Nguyễn Văn Hùng"

# What the parser must find in every form of this notice.
KEY_PHRASES = ["Phòng Nội vụ chủ trì", "chậm nhất ngày 27/10/2023", "Tài chính - Kế hoạch"]
TASKS = [
    ("1", ("Phòng Nội vụ",), date(2023, 10, 27)),
    ("2", ("Phòng Tài chính - Kế hoạch",), date(2023, 11, 15)),
    ("3", ("UBND các xã, thị trấn",), None),
]


def plain_text() -> str:
    header = "\n".join(f"{left}\t{right}" for left, right in HEADER)
    return "\n\n".join([header, *TITLE, *BODY, "\n".join(f"{a}\t{b}" for a, b in FOOTER), SIGNER])


def words() -> list[str]:
    """Every word of the notice, for measuring how much of it OCR recovers."""
    return plain_text().split()


@functools.cache
def text_pdf(font: Path, encode: Callable[[str], str] = str) -> bytes:
    """The notice laid out as an A4 notice is: two header columns, body lines, signature on the
    right. `encode` turns each line into what a legacy font stores (TCVN3/VNI as Latin-1).
    Made once per (font, encode): many reader tests start from the same PDF."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.add_font("DejaVu", fname=str(font))
    pdf.set_font("DejaVu", size=12)
    for left, right in HEADER:
        y = pdf.get_y()
        pdf.set_xy(12, y)
        pdf.cell(75, 7, encode(left), align="C")
        pdf.set_xy(95, y)
        pdf.cell(105, 7, encode(right), align="C")
        pdf.ln(7)
    pdf.ln(8)
    for line in TITLE:
        pdf.cell(0, 7, encode(line), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    for paragraph in BODY:
        for line in textwrap.wrap(paragraph, 80):
            pdf.cell(0, 6.5, encode(line), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.ln(4)
    for left, right in FOOTER:
        y = pdf.get_y()
        pdf.set_xy(12, y)
        pdf.cell(60, 6, encode(left))
        pdf.set_xy(115, y)
        pdf.cell(80, 6, encode(right), align="C")
        pdf.ln(6)
    pdf.ln(14)
    pdf.set_x(115)
    pdf.cell(80, 6, encode(SIGNER), align="C")
    return bytes(pdf.output())


def page_image(pdf: bytes, dpi: int) -> object:
    """The first page rendered, as a scanner would deliver it (grayscale)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        return document[0].render(scale=dpi / 72, grayscale=True).to_pil()
    finally:
        document.close()


def scan_pdf(pdf: bytes, dpi: int = 200, stamp: str | None = None) -> bytes:
    """The page printed and scanned: an image-only PDF (Pillow). With `stamp`, a digital
    signature's few words are added as a text layer, as signed scans carry."""
    from PIL import Image

    image = page_image(pdf, dpi)
    assert isinstance(image, Image.Image)
    buffer = io.BytesIO()
    image.save(buffer, format="PDF", resolution=dpi)
    if stamp is None:
        return buffer.getvalue()
    return _with_stamp(buffer.getvalue(), stamp)


def _scan_under_text(scan: bytes) -> Any:
    """An A4 FPDF page with the scan's first page as its full-page image, ready for text."""
    import pypdfium2 as pdfium
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    with tempfile.TemporaryDirectory() as folder:
        image = Path(folder, "page.png")
        document = pdfium.PdfDocument(scan)
        document[0].render(scale=150 / 72).to_pil().save(image)
        document.close()
        pdf.image(str(image), x=0, y=0, w=210, h=297)
    return pdf


def with_visible_text(scan: bytes, lines: list[str], font: Path) -> bytes:
    """A born-digital page on a full-page background image (a letterhead or watermark): its
    text typed and visible over the picture."""
    pdf = _scan_under_text(scan)
    pdf.add_font("body", fname=str(font))
    pdf.set_font("body", size=10)
    pdf.set_xy(12, 20)
    for line in lines:
        for part in textwrap.wrap(line, 95):
            pdf.cell(0, 5, part, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _with_stamp(scan: bytes, stamp: str) -> bytes:
    pdf = _scan_under_text(scan)
    pdf.set_font("helvetica", size=7)
    pdf.set_xy(140, 280)
    pdf.cell(60, 4, stamp)
    return bytes(pdf.output())


def latin_reading(line: str, *, umlauts: bool = True) -> str:
    """How a scanner's Latin OCR reads Vietnamese: an acute or grave mark kept where Latin-1 has
    the letter, ư and ơ read as ü and ö (or as u and o), every other mark lost ("phüc", "tuyen",
    "giáo")."""
    import unicodedata

    out = []
    for char in line.replace("đ", "d").replace("Đ", "D"):
        base, *marks = unicodedata.normalize("NFD", char)
        composed = unicodedata.normalize("NFC", base + marks[0]) if len(marks) == 1 else ""
        if "\u031b" in marks and umlauts:  # the horn of ư, ơ
            out.append({"u": "ü", "o": "ö", "U": "Ü", "O": "Ö"}.get(base, base))
        elif len(marks) == 1 and marks[0] in "\u0301\u0300" and ord(composed) <= 0xFF:
            out.append(composed)
        else:
            out.append(base)
    return "".join(out)


def with_ocr_layer(
    scan: bytes, lines: list[str], *, latin: bool = False, umlauts: bool = True
) -> bytes:
    """A scan whose scanner added its own OCR as an invisible text layer over the image, as
    office scanners without the Vietnamese model do: the words with every mark lost (or, with
    `latin`, read as a Latin OCR reads them)."""
    import unicodedata

    from fpdf.enums import TextMode

    pdf = _scan_under_text(scan)
    pdf.set_font("helvetica", size=11)
    pdf.text_mode = TextMode.INVISIBLE
    pdf.set_xy(12, 20)
    for line in lines:
        if latin:
            ascii_line = latin_reading(line, umlauts=umlauts)
        else:
            bare = unicodedata.normalize("NFD", line.replace("đ", "d").replace("Đ", "D"))
            ascii_line = "".join(c for c in bare if ord(c) < 0x80)
        for part in textwrap.wrap(ascii_line, 90):
            pdf.cell(0, 6, part, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def phone_jpeg(pdf: bytes, dpi: int = 110) -> bytes:
    """A phone photo: lower resolution, JPEG, stored sideways with EXIF orientation 6 (the
    viewer turns it 90° clockwise)."""
    from PIL import Image

    image = page_image(pdf, dpi)
    assert isinstance(image, Image.Image)
    sideways = image.rotate(90, expand=True)  # counter-clockwise, undone by orientation 6
    exif = Image.Exif()
    exif[0x0112] = 6
    buffer = io.BytesIO()
    sideways.convert("RGB").save(buffer, format="JPEG", quality=80, exif=exif)
    return buffer.getvalue()


def docx_bytes(runs: list[list[tuple[str, str | None]]]) -> bytes:
    """A .docx whose paragraphs are runs of (text, font name)."""
    import docx

    document = docx.Document()
    for paragraph_runs in runs:
        paragraph = document.add_paragraph()
        for text, font in paragraph_runs:
            run = paragraph.add_run(text)
            if font:
                run.font.name = font
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def notice_docx(encode: Callable[[str], str] = str, font: str | None = None) -> bytes:
    """The notice as a .docx: a two-column header table, body paragraphs, signature table;
    every run in `font` after `encode` (a legacy font stores Latin-1 characters)."""
    import docx

    document = docx.Document()

    def put(paragraph: object, text: str) -> None:
        run = paragraph.add_run(encode(text))  # type: ignore[attr-defined]
        if font:
            run.font.name = font

    def table(rows: list[tuple[str, str]]) -> None:
        grid = document.add_table(rows=1, cols=2)
        left, right = grid.rows[0].cells
        for index, (a, b) in enumerate(rows):
            put(left.paragraphs[0] if index == 0 else left.add_paragraph(), a)
            put(right.paragraphs[0] if index == 0 else right.add_paragraph(), b)

    table(HEADER)
    for line in [*TITLE, *BODY]:
        put(document.add_paragraph(), line)
    table([*FOOTER, ("", SIGNER)])
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def docx_to_doc(docx: bytes) -> bytes | None:
    """The .docx saved as Word 97–2003 by LibreOffice; None when soffice is not installed."""
    done = docx_to_docs(docx)
    return None if done is None else done[0]


def docx_to_docs(*docx: bytes) -> list[bytes] | None:
    """Each .docx saved as Word 97–2003 by one LibreOffice start (it takes seconds); None when
    soffice is not installed."""
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    with tempfile.TemporaryDirectory() as folder:
        sources = [Path(folder, f"notice-{n}.docx") for n in range(len(docx))]
        for source, data in zip(sources, docx, strict=True):
            source.write_bytes(data)
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{folder}/profile",
                "--headless",
                "--convert-to",
                "doc",
                "--outdir",
                folder,
                *map(str, sources),
            ],
            capture_output=True,
            timeout=180,
            check=True,
        )
        return [source.with_suffix(".doc").read_bytes() for source in sources]
