"""What Tesseract does to Vietnamese letters that carry two marks, and how the OCR reader undoes
it before the parser sees the text (notices.readers.ocr_restore: restore_case, restore_tones),
and the space it drops after a heading's number and a misread "V/v" (repair_opening)."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.readers import ocr_layout, ocr_restore


def _tsv(lines: list[str]) -> str:
    """Tesseract TSV for the given lines, one word box per word, one line under the other."""
    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\t" + (
        "left\ttop\twidth\theight\tconf\ttext"
    )
    rows = [header]
    for number, line in enumerate(lines, start=1):
        left = 100
        for word in line.split():
            width = 30 * len(word)
            rows.append(f"5\t1\t1\t1\t{number}\t1\t{left}\t{50 * number}\t{width}\t40\t95\t{word}")
            left += width + 20
    return "\n".join(rows)


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        # a doubly marked small vowel read as its capital inside a word
        ("kiểm tra tiẾn độ thi công", "kiểm tra tiến độ thi công"),
        ("2. ChỈ đạo các phòng", "2. Chỉ đạo các phòng"),
        # a whole short syllable read in capitals in running text
        ("báo cáo BỘ Xây dựng trước", "báo cáo Bộ Xây dựng trước"),
        ("3. VỀ việc cấp phép", "3. Về việc cấp phép"),
        ("và chịu trách nhiệm VỀ SỐ lượng đã nêu", "và chịu trách nhiệm về số lượng đã nêu"),
        ("với các CƠ quan khác", "với các Cơ quan khác"),
    ],
)
def test_capitals_made_of_marked_small_vowels_are_lowered(read: str, meant: str) -> None:
    assert ocr_layout.lines_from_tsv(_tsv([read])) == meant


@pytest.mark.parametrize(
    "line",
    [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",  # a heading in capitals
        "VIỆT NAM Độc lập - Tự do",  # a name in capitals before the motto
        "Lào Cai, ngày 5 tháng 3",
        "Hà NỘI, ngày 12 tháng 7",  # a place name, left for the header reader
        "Số: 45/KH-SNN gửi UBND tỉnh",
        "Ban Chỉ đạo 389 TỈNH",  # no lower-case word after it
    ],
)
def test_words_written_in_capitals_stay(line: str) -> None:
    assert ocr_layout.lines_from_tsv(_tsv([line])) == line


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("đồng thời yêu câu Sở Y tế", "đồng thời yêu cầu Sở Y tế"),
        ("Đê nghị Phòng Kinh tế khân trương", "Đề nghị Phòng Kinh tế khẩn trương"),
        ("Tô chức tông hợp kết quả", "Tổ chức tổng hợp kết quả"),
        ("phối hợp với Bảo hiêm xã hội tỉnh", "phối hợp với Bảo hiểm xã hội tỉnh"),
        ("ỦY BAN NHÂN DÂN THÀNH PHÔ", "ỦY BAN NHÂN DÂN THÀNH PHỐ"),  # capitals stay capitals
    ],
)
def test_tone_marks_lost_from_known_phrases_are_put_back(read: str, meant: str) -> None:
    assert ocr_layout.lines_from_tsv(_tsv([read])) == meant


@pytest.mark.parametrize(
    "line",
    [
        "trả lời câu hỏi của cử tri",  # "câu" alone is a word
        "đời sống công nhân khu công nghiệp",  # not "công nhận"
        "phân bố dân cư",  # another tone, not a lost one
    ],
)
def test_words_that_lost_no_mark_stay(line: str) -> None:
    assert ocr_layout.lines_from_tsv(_tsv([line])) == line


def test_a_scanned_request_keeps_its_assignee() -> None:
    """A request whose 'yêu cầu' and body name lost their tones is still a task for that body."""
    lines = [
        "Sau khi xem xét báo cáo, Ủy ban nhân dân tỉnh yêu câu Bảo hiêm xã hội tỉnh khân",
        "trương rà soát hồ sơ chi trả trước ngày 15 tháng 9 năm 2026.",
    ]
    header = ["ỦY BAN NHÂN DÂN TỈNH X", "Số: 7/TB-UBND", "THÔNG BÁO", ""]
    text = "\n".join([*header, *ocr_layout.lines_from_tsv(_tsv(lines)).split("\n")])
    tasks = parse_notice(text).tasks
    assert [task.lead for task in tasks] == [("Bảo hiểm xã hội tỉnh",)]


def _row(line: int, boxes: list[tuple[int, str]]) -> list[str]:
    return [
        f"5\t1\t1\t1\t{line}\t1\t{x}\t{50 * line}\t{30 * len(t)}\t40\t95\t{t}" for x, t in boxes
    ]


def test_a_speck_far_right_of_a_line_does_not_end_its_sentence() -> None:
    """A stamp's edge read as "." or "¬" a wide gap after the words is dropped, so the item
    goes on on the next line; a cell with words after a gap stays a cell."""
    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\t" + (
        "left\ttop\twidth\theight\tconf\ttext"
    )
    rows = [
        *_row(1, [(100, "c)"), (180, "Phối"), (320, "hợp"), (440, "với"), (1500, ".")]),
        *_row(2, [(100, "Sở"), (180, "Xây"), (300, "dựng."), (1500, "¬"), (1600, ":")]),
        *_row(3, [(100, "Nơi"), (200, "nhận:"), (1400, "KT."), (1500, "GIÁM"), (1650, "ĐỐC")]),
    ]
    assert ocr_layout.lines_from_tsv("\n".join([header, *rows])) == (
        "c) Phối hợp với\nSở Xây dựng.\nNơi nhận:\tKT. GIÁM ĐỐC"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Ông Nguyễn Chu Tri dự họp và phát biểu",  # a name after a family name
        "Đồng chí Nguyễn Văn Phong, Phó Chủ tịch UBND xã",  # "văn phong" is a name, a style
        "Bà Nguyễn Thị Hương dẫn đầu đoàn công tác",
        "Thương vụ Việt Nam tại Nhật Bản hỗ trợ doanh nghiệp",  # a trade office
        "Chương trình thu hút đông viên chức trẻ",
    ],
)
def test_names_and_words_whose_toneless_form_is_their_own_are_kept(text: str) -> None:
    assert ocr_restore.restore_tones(text) == text


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("III.KẾT QUẢ THỰC HIỆN", "III. KẾT QUẢ THỰC HIỆN"),
        ("IX.Tổ chức thực hiện", "IX. Tổ chức thực hiện"),
        ("4.Phòng Tư pháp rà soát", "4. Phòng Tư pháp rà soát"),
        ("2.3.Ủy ban nhân dân các xã", "2.3. Ủy ban nhân dân các xã"),
    ],
)
def test_the_space_after_a_heading_number_is_put_back(read: str, meant: str) -> None:
    assert ocr_layout.lines_from_tsv(_tsv([read])) == meant


@pytest.mark.parametrize("line", ["2.500 hộ dân", "V.v: xin ý kiến", "TP.HCM", "IV.B", "I.đoạn"])
def test_numbers_and_abbreviations_with_a_dot_stay(line: str) -> None:
    assert ocr_layout.lines_from_tsv(_tsv([line])) == line


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("V/w xin ý kiến dự thảo quy chế", "V/v xin ý kiến dự thảo quy chế"),
        ("V/y tăng cường phòng cháy", "V/v tăng cường phòng cháy"),
        ("Vív triển khai tiêm chủng", "V/v triển khai tiêm chủng"),
        ("Vlv: rà soát hồ sơ đất đai", "V/v rà soát hồ sơ đất đai"),
    ],
)
def test_a_misread_subject_opener_is_written_back(read: str, meant: str) -> None:
    assert ocr_layout.lines_from_tsv(_tsv([read])) == meant


@pytest.mark.parametrize("line", ["Vì vậy cần khẩn trương", "V/w Hà Nội", "Vi vu"])
def test_words_that_only_look_like_a_subject_opener_stay(line: str) -> None:
    assert ocr_layout.lines_from_tsv(_tsv([line])) == line


@pytest.mark.parametrize("garbled", ["VỆTNM", "TẾT NA Nã", "ViỆT NAN", "h lAbb"])
def test_the_mottos_second_row_misread_is_written_back(garbled: str) -> None:
    lines = [
        "SỞ Y TẾ TỈNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA",
        f"QUẢNG BÌNH\t{garbled}",
        "\tĐộc lập - Tự do - Hạnh phúc",
    ]
    assert ocr_restore.restore_motto(lines)[1] == "QUẢNG BÌNH\tVIỆT NAM"


@pytest.mark.parametrize(
    "below",
    [
        "QUẢNG BÌNH\tĐộc lập",
        "QUẢNG BÌNH\tĐộc lập - Tự do - Hạnh phúc",
        "QUẢNG BÌNH",
        "Số: 12\t3/5",
    ],
)
def test_a_row_under_the_motto_that_is_not_its_second_row_stays(below: str) -> None:
    lines = ["SỞ Y TẾ TỈNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA", below]
    assert ocr_restore.restore_motto(lines) == lines


def test_a_garbled_motto_row_no_longer_joins_the_issuer() -> None:
    lines = [
        "SỞ Y TẾ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA",
        "TỈNH QUẢNG BÌNH\tTẾT NA Nã",
        "\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 88/SYT-NVY\tQuảng Bình, ngày 9 tháng 9 năm 2024",
        "V/v tiêm chủng mở rộng",
        "Kính gửi: Trung tâm Y tế các huyện.",
        "Sở Y tế đề nghị Trung tâm Y tế các huyện rà soát đối tượng tiêm chủng.",
    ]
    notice = parse_notice("\n".join(ocr_restore.restore_motto(lines)))
    assert notice.issuer is not None and "tết" not in notice.issuer.lower()
