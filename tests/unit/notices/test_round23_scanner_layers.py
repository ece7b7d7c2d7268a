"""Round 23 (after fresh18's scoring): a scan whose scanner laid its own Latin OCR, invisible,
over the image ("CQNG HOA xA HQI CHU NGHIA", "phüc") was taken at its word and gave no task;
such a page is read again from its image with the Vietnamese model. Typed text over a
background picture (a letterhead, a watermark) is not: it is drawn visible."""

from __future__ import annotations

from pathlib import Path

import reader_documents as docs
from notice_fixtures import tesseract_or_skip

from notices.readers import decode_document, describe_document, legacy

# Lines of a real Hoàng Mai scan's layer (hm-1986, page 1; fresh18, spent).
REAL_LAYER = """CQNG HOA xA HQI CHU NGHIA V4T NAM
Kinh gfri: - Uy ban M4t 14n T6 qu6c Vi@ Nam Qun Va
cac To ehüc chinh fri xA hOi;
- Các phàng, ban, don vj thuOc Qi4n;
Truâc tinh hinh djch bênh trên th gioi dik bin rat phfrc tp, ca mc môi
tang cao cü 100 gi& thI có 1 friu ca mc, djch bnh không phi thuQc vào thai
gian và thai tMt, nguyen nhân phát ten lay Ian djch bnh có th trong khOng khI.
Mi nuàc có mt chUng lthac nhau, có th bj dQt bi&n gen cite nên ngày càng
nguy him và rt d lay nhim nhanh trong cong d6ng.
Tai Vit Nam, hien dã xut hiên ca lay nhim frong cong d6ng t.i mOt s6
tinh, thành ph6 Dà Nkg, Quãng Nam, Quãng Ngài, Tharih ph6 H CM Minh,...)
chin xác djnh dirge ngu6n lay nhim. Ha NOi cfing da xuát hin ca lay nhim
trong cong d6ng, là dja phuang eó nguy co lay nhi&n eao do nhiu ngu&i dã di
du ljch, cong táe,...tai thành phO Dà N&ng."""


def test_a_latin_ocr_layer_is_marked_far_less_than_vietnamese() -> None:
    assert legacy.poorly_marked(REAL_LAYER)
    assert legacy.poorly_marked(docs.latin_reading(docs.plain_text()))
    assert legacy.poorly_marked(docs.latin_reading(docs.plain_text(), umlauts=False))
    assert not legacy.poorly_marked(docs.plain_text())
    assert not legacy.poorly_marked("Hnh phüc CQNG HOA")  # too few words to judge


def _scan(font_path: Path) -> bytes:
    return docs.scan_pdf(docs.text_pdf(font_path), dpi=150)


def test_a_scan_under_a_latin_ocr_layer_is_read_again(font_path: Path) -> None:
    lines = docs.plain_text().split("\n")
    scanned = docs.with_ocr_layer(_scan(font_path), lines, latin=True)
    assert describe_document(scanned, "scan.pdf").needs_ocr
    tesseract_or_skip()
    text = decode_document(scanned, "scan.pdf")
    for phrase in docs.KEY_PHRASES:
        assert phrase in text


def test_a_latin_layer_without_umlauts_is_read_again_too(font_path: Path) -> None:
    """Another scanner reads ư and ơ as u and o: no letter foreign to Vietnamese, few marks."""
    lines = docs.plain_text().split("\n")
    scanned = docs.with_ocr_layer(_scan(font_path), lines, latin=True, umlauts=False)
    assert describe_document(scanned, "scan.pdf").needs_ocr


def test_typed_text_over_a_background_picture_keeps_its_layer(font_path: Path) -> None:
    """A letterhead or watermark image under visible text, with a German name, a degree sign
    and a copyright sign, or a page of codes marked far less than prose: read as typed."""
    lines = [
        *docs.plain_text().split("\n"),
        "Chuyên gia Jürgen Müller (Göttingen) trình bày; nhiệt độ phòng 24°C; © 2026 Sở Y tế.",
    ]
    page = docs.with_visible_text(_scan(font_path), lines, font_path)
    assert not describe_document(page, "letterhead.pdf").needs_ocr
    codes = [
        f"Chỉ tiêu {n}: QCVN {n:02d}:2015/BTNMT TCVN ISO mg/l pH COD BOD TSS đạt" for n in range(8)
    ]
    table = docs.with_visible_text(
        _scan(font_path), [*codes, "Sở Tài nguyên và Môi trường"], font_path
    )
    assert legacy.poorly_marked("\n".join(codes))  # marked far less than prose, yet typed
    assert not describe_document(table, "codes.pdf").needs_ocr
    assert "Jürgen Müller" in decode_document(page, "letterhead.pdf")
