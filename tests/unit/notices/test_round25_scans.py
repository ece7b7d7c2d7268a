"""Round 25 (scans): a scan's signer whose printed name OCR damaged.

Below the signer's title a scan's seal and signature read as specks, and the printed name under
them loses a family name's case or tone ("“vũ Huy Hoàng", "Hỗ Đức Phớc", "Trân Văn Thuần",
"Nguyên Trung Kiên"), or its family name entirely ("XÃ ô Đức Phớc", a Deputy Prime Minister's
name the recipients list writes in full: "PTTg Hồ Đức Phớc"). Inputs shaped as the OCR text of
the fresh19 scans (ttg-970, ttg-985, ttg-1053, bct-02, hdd-hm-182); documents invented.
"""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.readers.ocr_repair import repair_lines

_HEAD = (
    "BỘ TÀI CHÍNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Số: 970/QĐ-BTC\tHà Nội, ngày 13 tháng 9 năm 2024\n\n"
    "QUYẾT ĐỊNH\nVề việc xuất cấp hạt giống\n\n"
    "Điều 1. Bộ Tài chính xuất cấp 80 tấn hạt giống cho tỉnh Lào Cai.\n"
    "Điều 2. Bộ trưởng Bộ Tài chính chịu trách nhiệm thi hành Quyết định này./.\n\n"
)


def _signer(closing: str) -> str | None:
    return parse_notice(_HEAD + closing).signer


# The recipients with the seal read into their right-hand cells; the title lost to the seal.
_NO_TITLE = (
    "Nơi nhận:\tzZZ6_ c.\n- Như Điều 4;\t/ Sư nì\n- TTgCP, các PTTg;\tH `/⁄44 % VÀ \\\n"
    "- Lưu: VT, KTTH (2). 44\tNo lnc VÀ,\n-\tNI Bế se Là X⁄4\nX x ⁄—\n"
)


@pytest.mark.parametrize(
    ("last", "want"),
    [
        ("Hồ Đức Phóc", "Hồ Đức Phóc"),  # ttg-970: a name after the seal's specks
        ("*_ Hỗ Đức Phớc ---.", "Hồ Đức Phớc"),  # ttg-985: the family name's tone
        ("Trân Văn Thuần", "Trần Văn Thuần"),  # byt-130
        ("Nguyên Trung Kiên", "Nguyễn Trung Kiên"),  # hdd-hm-182
        ('HÀ _Z\n"Trần Xuân Đâng', "Trần Xuân Đâng"),  # ht-1011: a quote and a rule's stroke
    ],
)
def test_a_damaged_name_below_a_lost_title_is_the_signer(last: str, want: str) -> None:
    assert _signer(_NO_TITLE + last + "\n") == want


def test_a_family_name_read_in_lower_case_under_the_title() -> None:
    closing = (
        "Nơi nhận:\tBỘ TRƯỞNG\n- Như trên;\t/ bội `\n- Lưu: VT, PC.\tLà tự\n"
        ";À 2 s\n“vũ Huy Hoàng\n"
    )
    assert _signer(closing) == "Vũ Huy Hoàng"  # bct-02


def test_a_name_cut_short_is_completed_from_the_recipients() -> None:
    closing = (
        "Nơi nhận:\tKT. THỦ TƯỚNG\n- Như Điều 3;\t7Cc6-\n"
        "- Thủ tướng CP, PTTg Hồ Đức Phớc;\t3ĐTHỦ TƯỚNG\n- Bộ KH&ĐT;\tF4 t VN HÀ se -\n"
        "- Lưu: VT, KTTH (3).\tNhề-\nXÃ ô Đức Phớc\n"
    )
    assert _signer(closing) == "Hồ Đức Phớc"  # ttg-1053


# Counter-examples: what the last line of a scan may be without being the signer.


@pytest.mark.parametrize(
    "last",
    [
        "Ông Nguyễn Văn An",  # a person addressed
        "vũ khí và vật liệu nổ",  # a lower-case phrase opening with a family name's letters
        "Hà Nội Mới Đẹp",  # a place
        "Lê Văn",  # two words: no full name
        "ĐỖ VĂN NAM XÃ",  # capitals: the seal, not a name written as one
        "Đức Phớc",  # cut short, and no full form in the document
    ],
)
def test_no_signer_from_a_line_that_is_no_damaged_name(last: str) -> None:
    assert _signer(_NO_TITLE + last + "\n") is None


def test_a_name_far_below_the_title_is_not_the_signer() -> None:
    filler = "".join(f"Dòng phụ lục số {i} ghi chú\n" for i in range(14))
    closing = "Nơi nhận:\tBỘ TRƯỞNG\n- Như trên;\n- Lưu: VT.\n" + filler + "“vũ Huy Hoàng\n"
    assert _signer(closing) is None


def test_a_short_name_with_two_full_forms_is_not_completed() -> None:
    closing = (
        "Nơi nhận:\tKT. THỦ TƯỚNG\n- PTTg Hồ Đức Phớc;\n- Ông Lê Đức Phớc;\n"
        "- Lưu: VT.\tNhề-\nXÃ ô Đức Phớc\n"
    )
    assert _signer(closing) is None


def test_a_short_reading_of_the_seal_gives_way_to_the_full_name_lower_down() -> None:
    closing = (
        "TM. CHÍNH PHỦ\n_THU TƯỜNG\nCông Hộ)\n4 t4 : NG sb\nv3 l.\nSun M\n® ° .\n"
        "1 ¬....ỀẮŠ\n.xsS\n\n7 „ W Z\nX ng -\nNguyễn Tần Dũng\n"
    )
    assert _signer(closing) == "Nguyễn Tần Dũng"  # cp-02


def test_a_short_reading_stays_when_no_full_name_follows() -> None:
    closing = "Nơi nhận:\tGIÁM ĐỐC\n- Như trên;\n- Lưu: VT.\nTrần Hùng\n"
    assert _signer(closing) == "Trần Hùng"


# A list's first number read as a letter after a rule's underscores (ttg-1053's "Điều 1.").


def test_a_first_number_read_as_a_letter_under_a_bare_article() -> None:
    text = "Điều 1.\n___L. Bộ Nông nghiệp xuất cấp 80 tấn hạt giống.\n2. Bộ Tài chính xử lý."
    assert repair_lines(text).split("\n")[1] == "1. Bộ Nông nghiệp xuất cấp 80 tấn hạt giống."


@pytest.mark.parametrize(
    "text",
    [
        "Điều 1.\nI. Bộ Nông nghiệp xuất cấp.\n2. Bộ Tài chính xử lý.",  # a Roman heading
        "Sau đó\nL. Bộ Nông nghiệp xuất cấp.\n2. Bộ Tài chính xử lý.",  # no list opens
        "Điều 1.\nL. Bộ Nông nghiệp xuất cấp.\nĐiều 2. Hiệu lực.\n2. Bộ Tài chính.",  # no "2."
        "Điều 1.\nL. Bộ Nông nghiệp xuất cấp.\n1. Bộ Tài chính.\n2. Bộ Y tế.",  # "1." below
    ],
)
def test_a_letter_stays_where_no_list_opens_on_it(text: str) -> None:
    assert repair_lines(text).split("\n")[1] == text.split("\n")[1]


# The recipients' label with its N lost to a speck (bct-03: "ơi nhận:" beside the seal's specks).


@pytest.mark.parametrize("line", ["ơi nhận:\tm", "Xơi nhận:"])
def test_the_recipients_label_with_its_first_letter_lost(line: str) -> None:
    assert repair_lines(line).startswith("Nơi nhận:")


@pytest.mark.parametrize("line", ["ơi nhận dữ liệu", "phơi nhận:", "Mời nhận: hồ sơ"])
def test_no_recipients_label_without_its_colon_or_inside_a_word(line: str) -> None:
    assert repair_lines(line) == line


# A name OCR left whole, with no title over it, counts only under the seal's specks.


def test_a_whole_name_under_a_typed_line_is_no_scan_signature() -> None:
    closing = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nĐịa chỉ: số 15 đường\nTrần Hưng Đạo\n"
    assert _signer(closing) is None


def test_the_governor_signs_a_state_bank_directive() -> None:
    closing = "Nơi nhận:\n- Như Điều 4;\n- Lưu: VP, CSTT.\n\nTHỐNG ĐỐC\nNguyễn Văn Bình\n"
    assert _signer(closing) == "Nguyễn Văn Bình"  # nhnn-01 (.txt and .doc)
