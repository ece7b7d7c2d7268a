"""Scanned signature blocks (round 15): OCR's reading of a hand signature or a seal as a short
"name" just above the printed one ("TA Thị", "Cò Xếy", "Hà AI"). Invented text."""

from __future__ import annotations

from notices.names_under_title import _full_name_below
from notices.signature import find_signature
from notices.signed_names import malformed_name as _malformed_name


def _block(*signer_lines: str) -> list[str]:
    return [
        "Các đơn vị báo cáo về Sở Xây dựng trước ngày 15/7/2021./.",
        "",
        "Nơi nhận:\tGIÁM ĐỐC",
        "- Như trên;",
        "- Lưu: VT, QLN.",
        *signer_lines,
    ]


def test_short_speck_name_over_the_printed_name_gives_way() -> None:
    signer, title = find_signature(_block("x._xkS.", '- UBND tỉnh;\t"LA Văn', "Đỗ Văn Kiên Trung"))
    assert signer == "Đỗ Văn Kiên Trung"
    assert title == "GIÁM ĐỐC"


def test_two_words_without_a_family_name_give_way_to_a_full_name() -> None:
    signer, _ = find_signature(_block("4| KrÊ lễ", "Mò\tXếp,", "HÀ TĨNH", "Vũ Thanh Hòa"))
    assert signer == "Vũ Thanh Hòa"


def test_capitals_inside_a_lower_case_name_are_no_name() -> None:
    signer, _ = find_signature(_block("Lý OU"))
    assert signer is None


def test_ocr_title_giam_doc_with_hook_accent() -> None:
    signer, title = find_signature(
        [
            "Đề nghị các đơn vị thực hiện./.",
            "",
            "Nơi nhận:",
            "- Như trên;",
            "GIẢM ĐỐC",
            "",
            "Phan Hữu Lộc",
        ]
    )
    assert (signer, title) == ("Phan Hữu Lộc", "GIẢM ĐỐC")


# --- what stays as it was ---


def test_short_name_without_family_name_kept_when_nothing_better() -> None:
    signer, _ = find_signature(_block("Y Khiêm"))
    assert signer == "Y Khiêm" or signer is None  # a one-letter first word was never a name
    signer, _ = find_signature(_block("Bế Ngọc"))
    assert signer == "Bế Ngọc"


def test_two_word_name_with_family_name_is_not_replaced() -> None:
    signer, _ = find_signature(_block("Lê Hưng", "Nguyễn Văn Bình Minh"))
    assert signer == "Lê Hưng"


def test_name_in_capitals_is_not_malformed() -> None:
    assert not _malformed_name("TRẦN THỊ MAI")
    assert not _malformed_name("Nguyễn Thị Thu")
    assert _malformed_name("Đào Thị")


def test_full_name_below_a_title_line_is_not_taken() -> None:
    assert _full_name_below(["PHÓ GIÁM ĐỐC", "Vũ Thanh Hòa"]) is None
    assert _full_name_below(["Thanh Hòa"]) is None  # no family name, two words


def test_ocr_mixed_case_deputy_title_before_the_post() -> None:
    lines = _block("pHỏ GIẢM ĐỐC", "lš/ ¿ XÉ) ^^", "đ ` ZẮ>", "M‡-Z” Đinh Công Hậu")
    signer, title = find_signature([x for x in lines if x != "Nơi nhận:\tGIÁM ĐỐC"])
    assert signer == "Đinh Công Hậu"
    assert title == "PHÓ GIẢM ĐỐC"


def test_typed_deputy_title_in_lower_case_is_left_alone() -> None:
    signer, _ = find_signature(
        ["Đề nghị thực hiện./.", "", "Nơi nhận:", "- Như trên;", "Phó Giám đốc", "Đinh Công Hậu"]
    )
    assert signer is None
