"""Cleaning: NFC, look-alikes, markdown, tables, merged header columns, page-break rejoining."""

from __future__ import annotations

import unicodedata

import pytest

from notices.normalize import build_paragraphs, clean_lines
from notices.text import match_form


def test_nfd_input_becomes_nfc() -> None:
    nfd = unicodedata.normalize("NFD", "Hiệp Hòa")
    assert clean_lines(nfd) == ["Hiệp Hòa"]


def test_lookalikes_and_invisible_characters() -> None:
    # "Ð" (U+00D0) typed for "Đ", a no-break space, a zero-width space and a BOM
    assert clean_lines("\ufeffÐoan\u00a0Bái\u200b") == ["Đoan Bái"]


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("**trước ngày 30/7/2020**", "trước ngày 30/7/2020"),  # strong emphasis (bac-giang)
        (
            "a) *Tiêu chí 3.2, công khai TTHC*: nghiên cứu",
            "a) Tiêu chí 3.2, công khai TTHC: nghiên cứu",
        ),
        ("**T/M BAN THƯỜNG VỤ  ", "T/M BAN THƯỜNG VỤ"),  # markdown hard break (btv-huyen-uy)
        ("## 2. Nhiệm vụ", "2. Nhiệm vụ"),  # a markdown heading
        ("* Các cơ quan chuyên môn", "- Các cơ quan chuyên môn"),  # a markdown bullet
        ("•  Sở Nội vụ", "• Sở Nội vụ"),  # other bullets stay: "+" nests under "-"
    ],
)
def test_markdown_is_removed(raw: str, clean: str) -> None:
    assert clean_lines(raw) == [clean]


@pytest.mark.parametrize(
    "noise",
    [
        "I:\\Droptbox\\CÔNG2023\\THONGBAO\\26.7 TBKL phiên thứ 1 BCDCCHC.docx",  # ubnd-tinh
        "-----",
        "*",
        "- 2 -",
        "Trang 3/5",
    ],
)
def test_noise_lines_become_breaks(noise: str) -> None:
    assert clean_lines(noise) == [""]


def test_markdown_table_cells_become_lines() -> None:
    table = (
        "| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "|---|---|\n"
        "| Số: 12/TB-UBND | x |"
    )
    lines = [line for line in clean_lines(table) if line]
    assert lines == [
        "ỦY BAN NHÂN DÂN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 12/TB-UBND",
        "x",
    ]


def test_tab_separated_header_cells_are_split_but_a_marker_tab_is_not() -> None:
    assert clean_lines("UBND TỈNH X\tĐộc lập - Tự do - Hạnh phúc") == [
        "UBND TỈNH X",
        "Độc lập - Tự do - Hạnh phúc",
    ]
    assert clean_lines("1.\tGiao Sở Nội vụ chủ trì") == ["1. Giao Sở Nội vụ chủ trì"]


def test_merged_pdf_header_line_is_split() -> None:
    lines = clean_lines(
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH BẮC GIANG Độc lập - Tự do - Hạnh phúc\n"
        "Số: 215/TB-UBND Bắc Giang, ngày 05 tháng 8 năm 2026"
    )
    assert lines == [
        "ỦY BAN NHÂN DÂN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "TỈNH BẮC GIANG",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 215/TB-UBND",
        "Bắc Giang, ngày 05 tháng 8 năm 2026",
    ]


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        # a page break inside a sentence (hiep-hoa): "hoàn thành, hoàn thành" / "vượt mức"
        ("tập trung đảm bảo hoàn thành, hoàn thành\n\nvượt mức các Kế hoạch năm 2024.",
         ["tập trung đảm bảo hoàn thành, hoàn thành vượt mức các Kế hoạch năm 2024."]),
        # a finished sentence is not joined to a lower-case start
        ("thực hiện tốt.\n\nvà tiếp theo", ["thực hiện tốt.", "và tiếp theo"]),
        # never join a heading to its first item, nor to a lower-case line
        ("1.1. Văn phòng HĐND và UBND huyện\n\na) nghiên cứu",
         ["1.1. Văn phòng HĐND và UBND huyện", "a) nghiên cứu"]),
        ("1.5. Phòng Tư pháp\n\ntiếp tục tham mưu", ["1.5. Phòng Tư pháp", "tiếp tục tham mưu"]),
        # soft-wrapped PDF lines join; a short line before a capital ends a paragraph
        ("Giao Sở Nội vụ chủ trì, phối hợp với các sở, ngành có liên quan tổ chức rà soát toàn\n"
         "bộ thủ tục hành chính thuộc phạm vi quản lý, hoàn thành trước ngày 15/8/2026.\n"
         "Sở Tư pháp theo dõi.",
         ["Giao Sở Nội vụ chủ trì, phối hợp với các sở, ngành có liên quan tổ chức rà soát toàn "
          "bộ thủ tục hành chính thuộc phạm vi quản lý, hoàn thành trước ngày 15/8/2026.",
          "Sở Tư pháp theo dõi."]),
    ],
)  # fmt: skip
def test_paragraphs(text: str, paragraphs: list[str]) -> None:
    assert build_paragraphs(clean_lines(text)) == paragraphs


def test_match_form_keeps_offsets_and_unifies_tone_placement() -> None:
    text = "Phòng Văn hoá và Thông tin, Uỷ ban"
    low = match_form(text)
    assert len(low) == len(text)
    assert low == "phòng văn hóa và thông tin, ủy ban"
