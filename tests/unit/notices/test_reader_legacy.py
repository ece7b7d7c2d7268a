"""Legacy font encodings (TCVN3, VNI) and double-encoded UTF-8: tables, detection, and every
reader (.txt, .docx, PDF text layer) giving back Unicode the parser finds the tasks in."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import reader_documents as docs
from notice_fixtures import SAMPLE_NAMES, sample_text

from notices import ErrorCode, NoticeError, parse_notice
from notices.readers import decode_document, legacy

TONES = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]
VOWELS = "aăâeêioôơuưy"
# Every lowercase vowel form that is not plain ASCII (66), then đ: with capitals, 134 letters.
LOWER = [
    letter
    for letter in (unicodedata.normalize("NFC", v + t) for v in VOWELS for t in TONES)
    if not letter.isascii()
] + ["đ"]


def test_every_vietnamese_letter_is_covered() -> None:
    assert len(LOWER) == 67 and len(set(LOWER) | {c.upper() for c in LOWER}) == 134


@pytest.mark.parametrize("letter", LOWER + [c.upper() for c in LOWER])
def test_vni_round_trips_every_letter(letter: str) -> None:
    encoded = legacy.to_vni(letter)
    assert encoded != letter or letter in "íìÍÌ"  # VNI keeps í/ì at their Latin-1 places
    assert all(ord(c) < 0x100 for c in encoded)
    assert legacy.from_vni(encoded) == letter
    assert legacy.from_vni(f"Nh{encoded}m") == f"Nh{letter}m"


@pytest.mark.parametrize("letter", LOWER)
def test_tcvn3_round_trips_every_letter(letter: str) -> None:
    encoded = legacy.to_tcvn3(letter)
    assert all(ord(c) < 0x100 for c in encoded)
    assert encoded != letter or letter == "ý"  # ý keeps its Latin-1 place in TCVN3
    assert legacy.from_tcvn3(f"nh{encoded}m") == f"nh{letter}m"


@pytest.mark.parametrize("letter", [c.upper() for c in LOWER])
def test_tcvn3_capitals_come_back_from_their_word_or_font(letter: str) -> None:
    """Ă Â Ê Ô Ơ Ư Đ have codes of their own; other capitals were typed with a capital font
    (.VnTimeH) on the lowercase codes: a word of capitals, or the font, says which."""
    encoded = legacy.to_tcvn3(letter)
    assert legacy.from_tcvn3(f"NH{encoded}M") == f"NH{letter}M"
    assert legacy.from_tcvn3(f"UBND {encoded}", capitals=None) == f"UBND {letter}"
    assert legacy.from_tcvn3(encoded, capitals=True) == letter


@pytest.mark.parametrize(
    ("legacy_text", "unicode_text"),
    [
        ("Th«ng b¸o kÕt luËn", "Thông báo kết luận"),
        ("UBND TØNH B¾C NINH", "UBND TỈNH BẮC NINH"),
        ("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"),
        ("Sè: 215/TB-UBND", "Số: 215/TB-UBND"),  # a code is not a context of capitals
        ("HUYÖN HIÖP HßA\tHiÖp Hßa, ngµy 20", "HUYỆN HIỆP HÒA\tHiệp Hòa, ngày 20"),
        ("Ph\u00adêng", "Phường"),  # ư is the soft hyphen's code
    ],
)
def test_tcvn3_phrases(legacy_text: str, unicode_text: str) -> None:
    assert legacy.from_tcvn3(legacy_text) == unicode_text


@pytest.mark.parametrize(
    ("font", "expected"),
    [
        (".VnTime", ("tcvn3", False)),
        (".VnTimeH", ("tcvn3", True)),
        ("ABCDEF+.VnArialH,Bold", ("tcvn3", True)),
        ("VnTime", ("tcvn3", False)),
        ("VNI-Times", ("vni", False)),
        ("BCDEFG+VNI-Helve-Condense", ("vni", False)),
        ("Times New Roman", None),
        ("DejaVuSans", None),
        (None, None),
    ],
)
def test_font_names_say_the_encoding(font: str | None, expected: object) -> None:
    assert legacy.font_encoding(font) == expected


@pytest.mark.parametrize(
    ("word", "valid"),
    [
        ("Thông", True), ("nghiệp", True), ("TỈNH", True), ("quyết", True), ("giữa", True),
        ("khuyến", True), ("hoà", True), ("Th«ng", False), ("Thoâng", False), ("UBND", False),
        ("baùo", False), ("lµm", False), ("Größe", False), ("thưởng", True), ("hàá", False),
    ],
)  # fmt: skip
def test_vietnamese_syllables(word: str, valid: bool) -> None:
    assert legacy.is_syllable(word) is valid


def test_scores_pick_the_right_reading_per_line() -> None:
    unicode_line = "Giao Phòng Nội vụ chủ trì thực hiện."
    mixed = "\n".join(
        [unicode_line, legacy.to_tcvn3(unicode_line), legacy.to_vni(unicode_line), "Lê Văn Hà"]
    )
    assert legacy.repair_text(mixed) == "\n".join([unicode_line] * 3 + ["Lê Văn Hà"])
    assert legacy.vietnamese_score(unicode_line) == 1.0
    assert legacy.vietnamese_score(legacy.to_tcvn3(unicode_line)) < 0.5


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_real_unicode_notices_are_left_alone(name: str) -> None:
    """Unicode Vietnamese is full of Latin-1 letters (à, á, â, ê, ô…) that the legacy tables
    also map: no line of a real notice may be "converted"."""
    text = sample_text(name)
    assert legacy.repair_text(text) == text
    assert not legacy.looks_unreadable([text])


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_real_notices_typed_in_legacy_fonts_come_back(name: str) -> None:
    """VNI keeps every letter. TCVN3's lowercase fonts have no code for a capital toned vowel
    ("Ủy" is stored as "ủy"), so a few words may come back in lower case, never otherwise
    wrong."""
    text = sample_text(name)
    assert legacy.repair_text(legacy.to_vni(text)) == text
    words = text.split()
    back = legacy.repair_text(legacy.to_tcvn3(text)).split()
    assert len(back) == len(words)
    differing = [(a, b) for a, b in zip(words, back, strict=True) if a != b]
    assert all(a.lower() == b.lower() for a, b in differing), differing
    assert len(differing) <= 0.005 * len(words)


def _notice_text(text: str) -> None:
    for phrase in docs.KEY_PHRASES:
        assert phrase in text, phrase
    notice = parse_notice(text)
    assert [(t.ref, t.lead, t.deadline) for t in notice.tasks] == docs.TASKS
    assert notice.doc_number == "215/TB-UBND"


@pytest.mark.parametrize("encode", [legacy.to_tcvn3, legacy.to_vni], ids=["tcvn3", "vni"])
def test_txt_in_a_legacy_encoding(encode: object) -> None:
    assert callable(encode)
    data = encode(docs.plain_text()).encode("latin-1")
    _notice_text(decode_document(data, "thong-bao.txt"))


def _as_windows_reads_cp1252(data: bytes) -> str:
    """Windows maps the five bytes cp1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) to
    the C1 controls of the same number; "Đ" (C4 90) needs that."""
    return "".join(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in data)


def test_txt_double_encoded_utf8() -> None:
    data = _as_windows_reads_cp1252(docs.plain_text().encode("utf-8")).encode("utf-8")
    text = decode_document(data, "thong-bao.txt")
    assert "Phòng Nội vụ chủ trì" in text


@pytest.mark.parametrize(
    ("encode", "font"),
    [(legacy.to_tcvn3, ".VnTime"), (legacy.to_vni, "VNI-Times"), (legacy.to_tcvn3, None)],
    ids=["tcvn3-font", "vni-font", "tcvn3-unnamed-font"],
)
def test_docx_in_a_legacy_font(encode: object, font: str | None) -> None:
    assert callable(encode)
    _notice_text(decode_document(docs.notice_docx(encode, font), "thong-bao.docx"))


def test_docx_mixing_fonts_is_converted_run_by_run() -> None:
    """A heading in .VnTimeH (capitals on lowercase codes), a Unicode run and a .VnTime run in
    one paragraph, a VNI paragraph."""
    data = docs.docx_bytes(
        [
            [("uû ban nh©n d©n tØnh", ".VnTimeH")],
            [("Giao ", "Times New Roman"), ("Phßng Néi vô chñ tr×", ".VnTime"), (", xong.", None)],
            [("Haïn choùt ngaøy 27/10/2023.", "VNI-Times")],
        ]
    )
    text = decode_document(data, "mixed.docx")
    assert text.split("\n\n") == [
        "UỶ BAN NHÂN DÂN TỈNH",
        "Giao Phòng Nội vụ chủ trì, xong.",
        "Hạn chót ngày 27/10/2023.",
    ]


def test_unconvertible_docx_is_refused_in_one_line() -> None:
    gibberish = "¤¥¦ ÿþý ©®ª «¬ µ¶· ¹º» ¼½¾ " * 10
    with pytest.raises(NoticeError) as raised:
        decode_document(docs.docx_bytes([[(gibberish, None)]] * 3), "x.docx")
    assert raised.value.code is ErrorCode.MOJIBAKE
    assert "\n" not in raised.value.message and "Unicode" in raised.value.message


@pytest.mark.parametrize("encode", [legacy.to_tcvn3, legacy.to_vni], ids=["tcvn3", "vni"])
def test_pdf_text_layer_in_a_legacy_font(font_path: Path, encode: object) -> None:
    """The text layer holds the legacy bytes as Latin-1 characters, as pdfplumber sees them."""
    assert callable(encode)
    pdf = docs.text_pdf(font_path, encode)
    text = decode_document(pdf, "thong-bao.pdf")
    assert text.splitlines()[:3] == [f"{a}\t{b}" for a, b in docs.HEADER]
    _notice_text(text)
    notice = parse_notice(text)
    assert (notice.issuer, notice.signer) == ("UBND huyện Hiệp Hòa", docs.SIGNER)


def _font_named(font: Path, name: str, folder: Path) -> Path:
    """DejaVu Sans renamed as a legacy font, so the PDF names it as a real .VnTime file does."""
    from fontTools.ttLib import TTFont  # comes with matplotlib

    renamed = TTFont(str(font))
    for record in renamed["name"].names:
        if record.nameID in (1, 4, 6, 16):  # family, full name, PostScript name
            record.string = name
    path = folder / f"{name}.ttf"
    renamed.save(str(path))
    return path


def test_pdf_fonts_named_vntime_vntimeh_and_vni_are_converted_by_name(
    font_path: Path, tmp_path: Path
) -> None:
    """A heading typed in .VnTimeH stores capitals on the lowercase codes: only the font says
    so. Words of each font are converted by the font's own table, within one line too."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    for name in (".VnTimeH", ".VnTime", "VNI-Times"):
        pdf.add_font(name, fname=str(_font_named(font_path, name, tmp_path)))
    pdf.set_font(".VnTimeH", size=12)
    pdf.cell(0, 7, legacy.to_tcvn3("ủy ban nhân dân tỉnh bắc ninh"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(".VnTime", size=12)
    pdf.write(7, legacy.to_tcvn3("Giao Phòng Nội vụ chủ trì, "))  # flows on one line
    pdf.set_font("VNI-Times", size=12)
    pdf.write(7, legacy.to_vni("Sở Tư pháp phối hợp."))
    text = decode_document(bytes(pdf.output()), "a.pdf")
    assert text.splitlines() == [
        "ỦY BAN NHÂN DÂN TỈNH BẮC NINH",
        "Giao Phòng Nội vụ chủ trì, Sở Tư pháp phối hợp.",
    ]


@pytest.mark.parametrize(
    ("text", "unreadable"),
    [
        ("(cid:12)(cid:40) (cid:7) " * 5, True),  # pdfminer: glyphs without a Unicode map
        ("Th«ng b¸o kÕt luËn cña Chñ tÞch UBND huyÖn vÒ c«ng t¸c c¶i c¸ch hµnh chÝnh", True),
        ("\ue001\ue002 \ue003\ue004 " * 10 + "abc", True),  # private-use codes
        ("The committee reviewed the quarterly report and agreed on next steps today.", False),
        ("UBND HĐND TB-UBND CCHC DDCI PAPI SIPAS PCI ICT", False),  # codes only: not gibberish
        ("Giao Phòng Nội vụ chủ trì, phối hợp với các cơ quan liên quan thực hiện.", False),
    ],
)
def test_what_counts_as_gibberish(text: str, unreadable: bool) -> None:
    assert legacy.looks_unreadable([text], minimum_words=3) is unreadable


def test_the_latin_letter_oi_a_font_put_for_u_horn_is_read_as_u_horn() -> None:
    """Some PDF fonts map "ư" to "ƣ" (Latin OI), which Vietnamese never uses: "THƢƠNG"."""
    assert legacy.repair_text("Sở Công Thƣơng đƣợc giao; BỘ CÔNG THƢƠNG") == (
        "Sở Công Thương được giao; BỘ CÔNG THƯƠNG"
    )


def test_a_text_without_marks_is_told_from_vietnamese_and_from_short_text() -> None:
    marked = "Giao Phòng Nội vụ chủ trì, phối hợp với các cơ quan rà soát quy chế làm việc. " * 4
    bare = "CQNG HOA XA HQI CHU NGHIA VIET NAM DQc lap Tg do Hanh phuc bien ban kiem tra " * 4
    assert legacy.lacks_marks(bare)
    assert not legacy.lacks_marks(marked)
    assert not legacy.lacks_marks("CONG HOA XA HOI")  # too few words to judge
