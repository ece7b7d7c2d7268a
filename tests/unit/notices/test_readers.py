"""Readers on real files made here: .txt in several encodings, .docx and text/scanned .pdf."""

from __future__ import annotations

import io
import unicodedata
import zipfile
from datetime import date
from pathlib import Path

import pytest
from notice_fixtures import sample_text

from notices import ErrorCode, NoticeError, parse_notice
from notices.readers import MAX_BYTES, decode_document, read_document

BODY = [
    "Ngày 10/7/2026, Chủ tịch UBND tỉnh chủ trì cuộc họp và kết luận như sau:",
    "Giao Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp rà soát thủ tục hành chính, "
    "hoàn thành trước ngày 15/8/2026.",
    "UBND các huyện, thành phố thường xuyên kiểm tra, đôn đốc việc thực hiện.",
]


DOUBLE_ENCODED = (
    "Hiệp Hoà, ngày tháng 3 năm 2024. Giao Phòng Nội vụ thực hiện.".encode()
    .decode("cp1252", "replace")
    .encode()
)
TCVN3 = (
    b"U\xfb ban nh\xa9n d\xa9n huy\xd6n. Giao ph\xdfng N\xe9i v\xf4 "
    b"th\xf9c hi\xd6n k\xd5 ho\xb9ch."
)


def _cp1258(text: str) -> bytes:
    """Windows-1258 keeps base letters with â, ê, ô, ơ, ư, ă, đ and a separate tone mark."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        decomposed = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tones))
        tone = "".join(c for c in decomposed if c in tones)
        out.extend((base + tone).encode("cp1258"))
    return bytes(out)


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("utf-8"),
        lambda t: t.encode("utf-8-sig"),
        lambda t: t.encode("utf-16"),  # with BOM
        lambda t: t.encode("utf-16-le"),  # without BOM
        lambda t: unicodedata.normalize("NFD", t).encode("utf-8"),  # decomposed (macOS, cp1258)
        _cp1258,
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16le-nobom", "utf8-nfd", "cp1258"],
)
def test_text_encodings(encode: object) -> None:
    text = sample_text("hiep-hoa-2024-cchc-dti-ddci")
    assert callable(encode)
    decoded = decode_document(encode(text), "notice.txt")
    assert parse_notice(decoded).tasks == parse_notice(text).tasks


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", ErrorCode.EMPTY),
        (b"   \n\t  ", ErrorCode.EMPTY),
        (bytes(range(256)) * 40, ErrorCode.BINARY),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 200, ErrorCode.CORRUPT),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 200, ErrorCode.CORRUPT),  # a broken photo
        (b"\x00\x00\x00\x18ftypheic" + b"\x00" * 200, ErrorCode.UNSUPPORTED),  # iPhone photo
        (b"%PDF-1.4\nthis is not really a pdf", ErrorCode.CORRUPT),
        (b"PK\x03\x04broken zip", ErrorCode.CORRUPT),
        # Latin-1 letters Vietnamese never uses, that no legacy reading turns into Vietnamese
        (b"Gr\xf6\xdfe \xfcber \xe6\xf8\xe5 \xa4\xa5\xa6 " * 20, ErrorCode.MOJIBAKE),
    ],
)  # fmt: skip
def test_bad_bytes_are_refused_with_a_clear_message(data: bytes, code: ErrorCode) -> None:
    with pytest.raises(NoticeError) as raised:
        decode_document(data, "upload.txt")
    assert raised.value.code is code
    assert raised.value.message and "\n" not in raised.value.message
    assert unicodedata.is_normalized("NFC", raised.value.message)


def test_double_encoded_utf8_and_tcvn3_text_are_converted() -> None:
    """UTF-8 read as Windows-1252 and saved again ("Hiá»‡p HoÃ "), and TCVN3 (ABC) bytes."""
    assert decode_document(DOUBLE_ENCODED, "a.txt").startswith("Hiệp Hoà, ngày tháng 3")
    assert decode_document(TCVN3, "a.txt") == (
        "Uỷ ban nhân dân huyện. Giao phòng Nội vụ thực hiện kế hoạch."
    )


def test_wrong_extension_is_sniffed_by_content(tmp_path: Path) -> None:
    with pytest.raises(NoticeError) as raised:
        decode_document(b"just text", "notice.pdf")
    assert raised.value.code is ErrorCode.CORRUPT
    path = tmp_path / "notice.docx.txt"
    path.write_bytes(_docx_bytes())
    assert "Giao Sở Nội vụ" in read_document(path)


def test_oversized_and_missing_files(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(NoticeError) as raised:
        read_document(big)
    assert raised.value.code is ErrorCode.TOO_LARGE and "10 MB" in raised.value.message
    with pytest.raises(NoticeError) as raised:
        read_document(tmp_path / "absent.txt")
    assert raised.value.code is ErrorCode.UNREADABLE
    with pytest.raises(NoticeError) as raised:
        read_document(tmp_path)
    assert raised.value.code is ErrorCode.UNREADABLE


def test_a_zip_that_is_not_word_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("content.xml", "<x/>")
    with pytest.raises(NoticeError) as raised:
        decode_document(buffer.getvalue(), "notice.docx")
    assert raised.value.code is ErrorCode.UNSUPPORTED


def _docx_bytes() -> bytes:
    """A notice as Word writes it: a two-column header table, auto-numbered items, a signature
    table with "Nơi nhận" on the left."""
    import docx

    document = docx.Document()
    header = document.add_table(rows=1, cols=2)
    left, right = header.rows[0].cells
    left.text = "ỦY BAN NHÂN DÂN"
    left.add_paragraph("TỈNH NINH BÌNH")
    left.add_paragraph("Số: 88/TB-UBND")
    right.text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    right.add_paragraph("Độc lập - Tự do - Hạnh phúc")
    right.add_paragraph("Ninh Bình, ngày 12 tháng 7 năm 2026")
    document.add_paragraph("THÔNG BÁO")
    document.add_paragraph("Kết luận của Chủ tịch UBND tỉnh về cải cách hành chính")
    document.add_paragraph(BODY[0])
    document.add_paragraph(BODY[1], style="List Number")  # "1." comes from Word's numbering
    document.add_paragraph(BODY[2], style="List Number")
    document.add_paragraph("Đôn đốc các xã hoàn thành số hóa hồ sơ.", style="List Bullet")
    footer = document.add_table(rows=1, cols=2)
    receivers, signature = footer.rows[0].cells
    receivers.text = "Nơi nhận:"
    receivers.add_paragraph("- Như trên;")
    receivers.add_paragraph("- Lưu: VT.")
    signature.text = "KT. CHỦ TỊCH"
    signature.add_paragraph("PHÓ CHỦ TỊCH")
    signature.add_paragraph("")
    signature.add_paragraph("Đinh Văn Điệp")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_reader_keeps_document_order_tables_and_numbering(tmp_path: Path) -> None:
    path = tmp_path / "thong-bao.docx"
    path.write_bytes(_docx_bytes())
    text = read_document(path)
    assert text.index("ỦY BAN NHÂN DÂN") < text.index("THÔNG BÁO") < text.index("1. Giao Sở")
    assert "2. UBND các huyện" in text and "- Đôn đốc các xã" in text
    notice = parse_notice(text)
    assert (notice.doc_number, notice.issuer, notice.place, notice.issued_date) == (
        "88/TB-UBND", "UBND tỉnh Ninh Bình", "Ninh Bình", date(2026, 7, 12),
    )  # fmt: skip
    assert (notice.signer, notice.signer_title) == ("Đinh Văn Điệp", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH")
    first, second = notice.tasks[:2]
    assert (first.ref, first.lead, first.support, first.deadline) == (
        "1", ("Sở Nội vụ",), ("Sở Tư pháp",), date(2026, 8, 15),
    )  # fmt: skip
    assert (second.ref, second.lead, second.deadline_kind.value) == (
        "2", ("UBND các huyện, thành phố",), "ongoing",
    )  # fmt: skip


def test_docx_table_of_tasks_becomes_items() -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("THÔNG BÁO")
    document.add_paragraph("Ngày 02/8/2026, Chủ tịch UBND tỉnh kết luận như sau:")
    table = document.add_table(rows=3, cols=4)
    cells = [
        ["TT", "Nội dung", "Cơ quan chủ trì", "Thời hạn"],
        ["1", "Ban hành quy chế phối hợp", "Sở Nội vụ", "Tháng 9/2026"],
        ["2", "Cập nhật dữ liệu dân cư", "Công an tỉnh", "Hằng tháng"],
    ]
    for row, values in zip(table.rows, cells, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    notice = parse_notice(decode_document(buffer.getvalue(), "tb.docx"))
    assert [(t.ref, t.lead, t.deadline_kind.value, t.deadline) for t in notice.tasks] == [
        ("1", ("Sở Nội vụ",), "period_end", date(2026, 9, 30)),
        ("2", ("Công an tỉnh",), "recurring", None),
    ]


def test_every_row_of_a_docx_table_is_read() -> None:
    """A two-row header table (issuer | motto, then number | place and date) and any other
    table: every cell of every row comes out. Cells were once recognised by id(), which lxml
    hands out again once a row's cells are freed: every row after the first was dropped."""
    import docx

    document = docx.Document()
    header = document.add_table(rows=2, cols=2)
    texts = [
        ["ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ["Số: 141/KH-UBND", "Bắc Ninh, ngày 20 tháng 11 năm 2025"],
    ]
    for row, values in zip(header.rows, texts, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    other = document.add_table(rows=0, cols=2)
    for n in range(60):
        cells = other.add_row().cells
        cells[0].text, cells[1].text = f"trái {n}", f"phải {n}"
    buffer = io.BytesIO()
    document.save(buffer)
    text = decode_document(buffer.getvalue(), "kh.docx")
    assert "Số: 141/KH-UBND" in text and "Bắc Ninh, ngày 20 tháng 11 năm 2025" in text
    assert all(f"trái {n}" in text and f"phải {n}" in text for n in range(60))
    assert parse_notice(text).doc_number == "141/KH-UBND"


def test_empty_docx_is_refused() -> None:
    import docx

    buffer = io.BytesIO()
    docx.Document().save(buffer)
    with pytest.raises(NoticeError) as raised:
        decode_document(buffer.getvalue(), "empty.docx")
    assert raised.value.code is ErrorCode.EMPTY


def _pdf_with_text(font: Path) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.add_font("DejaVu", fname=str(font))
    pdf.set_font("DejaVu", size=11)
    header = [
        ("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("TỈNH NINH BÌNH", "Độc lập - Tự do - Hạnh phúc"),
        ("Số: 88/TB-UBND", "Ninh Bình, ngày 12 tháng 7 năm 2026"),
    ]
    for left, right in header:  # two columns on one baseline, as a real header is laid out
        y = pdf.get_y()
        pdf.set_xy(12, y)
        pdf.cell(70, 7, left, align="C")
        pdf.set_xy(100, y)
        pdf.cell(100, 7, right, align="C")
        pdf.ln(7)
    pdf.ln(6)
    pdf.cell(0, 7, "THÔNG BÁO", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 7, "Kết luận của Chủ tịch UBND tỉnh", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for paragraph in (BODY[0], f"1. {BODY[1]}", f"2. {BODY[2]}"):
        pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    for line in ("Nơi nhận:", "- Lưu: VT."):
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(120)
    pdf.cell(70, 6, "KT. CHỦ TỊCH", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(120)
    pdf.cell(70, 6, "PHÓ CHỦ TỊCH", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(14)
    pdf.set_x(120)
    pdf.cell(70, 6, "Đinh Văn Điệp", align="C")
    return bytes(pdf.output())


def test_pdf_reader_splits_the_two_column_header(font_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "thong-bao.pdf"
    path.write_bytes(_pdf_with_text(font_path))
    text = read_document(path)
    assert "Hạnh phúc" in text
    notice = parse_notice(text)
    assert (notice.doc_number, notice.issuer, notice.place, notice.issued_date) == (
        "88/TB-UBND", "UBND tỉnh Ninh Bình", "Ninh Bình", date(2026, 7, 12),
    )  # fmt: skip
    assert notice.signer == "Đinh Văn Điệp"
    assert [(t.ref, t.lead, t.deadline) for t in notice.tasks] == [
        ("1", ("Sở Nội vụ",), date(2026, 8, 15)),
        ("2", ("UBND các huyện, thành phố",), None),
    ]


def test_pdf_without_text_layer_is_refused() -> None:
    from fpdf import FPDF

    from notices.readers import ocr

    try:
        ocr.tesseract_path()
    except NoticeError:
        pytest.skip("tesseract-ocr with tesseract-ocr-vie is not installed: no OCR to try")

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 120, 80, style="F")  # a scan is an image; a drawn shape has no text either
    with pytest.raises(NoticeError) as raised:
        decode_document(bytes(pdf.output()), "scan.pdf")
    assert raised.value.code is ErrorCode.NO_TEXT_LAYER
    assert "lớp chữ" in raised.value.message


def test_password_protected_pdf_is_refused() -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(0, 10, "Thong bao")
    pdf.set_encryption(owner_password="owner", user_password="secret")
    with pytest.raises(NoticeError) as raised:
        decode_document(bytes(pdf.output()), "locked.pdf")
    assert raised.value.code is ErrorCode.ENCRYPTED


def test_unicode_text_laid_out_with_no_break_spaces_is_read() -> None:
    """A Unicode text exported from Word or a web page keeps its layout in no-break spaces
    (U+00A0): spaces, not letters of a legacy font, so the text is no mojibake."""
    line = "Số:\u00a001/2010/TT-TTCP\u00a0\u00a0\u00a0\u00a0Hà Nội, ngày 22 tháng 01 năm 2010\n"
    body = "Giao Thanh tra tỉnh tổng hợp, báo cáo kết quả kê khai.\n"
    text = decode_document((line * 3 + body).encode("utf-8"), "notice.txt")
    assert text.endswith(body)
    # a TCVN3 text laid out the same way is still read as TCVN3
    assert decode_document(TCVN3 + b"\xa0\xa0\n", "a.txt").startswith("Uỷ ban nhân dân huyện.")
