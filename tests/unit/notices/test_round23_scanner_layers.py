"""Round 23 (after fresh18's scoring): a scan whose scanner laid its own Latin OCR over the image
("CQNG HOA xA HQI CHU NGHIA", "phüc") was taken at its word and gave no task; such a page is
read again from its image with the Vietnamese model."""

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


def test_a_latin_ocr_layer_is_told_from_vietnamese_text() -> None:
    assert legacy.latin_ocr_layer(REAL_LAYER)
    assert legacy.latin_ocr_layer(docs.latin_reading(docs.plain_text()))


def test_vietnamese_text_and_plain_codes_are_not_a_latin_ocr_layer() -> None:
    assert not legacy.latin_ocr_layer(docs.plain_text())
    # a born-digital table page marks few words but holds no letter Vietnamese never uses
    codes = " ".join(
        f"QCVN {n:02d}:2015/BTNMT TCVN {n} ISO 9001 mg/l pH COD BOD5 TSS" for n in range(8)
    )
    assert not legacy.latin_ocr_layer(codes + " Sở Tài nguyên và Môi trường chủ trì")
    # too few words to judge
    assert not legacy.latin_ocr_layer("Hnh phüc CQNG HOA")


def test_a_scan_under_a_latin_ocr_layer_is_read_again(font_path: Path) -> None:
    lines = docs.plain_text().split("\n")
    scanned = docs.with_ocr_layer(
        docs.scan_pdf(docs.text_pdf(font_path), dpi=200), lines, latin=True
    )
    assert describe_document(scanned, "scan.pdf").needs_ocr
    tesseract_or_skip()
    text = decode_document(scanned, "scan.pdf")
    for phrase in docs.KEY_PHRASES:
        assert phrase in text
