"""Round 29 (rendit): renditions of one notice that read differently.

A notice as plain text, as a Word file built from it, as a PDF printed from Word, should give the
same tasks. What differed: a numbered body heading run together with its first sentence ("2. UBND
xã An Phú. Thu hồi …", a Word paragraph that joined the text's two lines); a header row whose
cells a Word file ran into one paragraph between rules ("… ------- Số: 12/QĐ-SNN |CỘNG HÒA …");
a Word table's heading row merged across the table, its text repeated in every cell; a dash
point's "-" left alone on its line by a scrape; a PDF whose font lost some glyphs from its
Unicode map (they read as wide spaces: "K OA" for "KHOA", "ông việc" for "Công việc").
Documents invented for these tests.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from notices import parse_notice
from notices.readers.lost_glyphs import mark_lost, restore_lost
from tests.unit.notices.test_addressee_leads import HEAD as LETTER_HEAD
from tests.unit.notices.test_round25_scans import _HEAD, _NO_TITLE, _signer

# A district letter's closing up to the signer's name, shared with the review's tests.
CLOSING = """Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

"""

_LETTER = (
    LETTER_HEAD
    + """
Kính gửi: Các cơ quan, đơn vị trên địa bàn huyện.

Để thực hiện kết luận thanh tra, Chủ tịch UBND huyện chỉ đạo các cơ quan, đơn vị thực hiện \
các nội dung như sau:

{items}

"""
    + CLOSING
    + "Nguyễn Văn An\n"
)


def _tasks(items: str) -> list[tuple[str, tuple[str, ...]]]:
    notice = parse_notice(_LETTER.format(items=items))
    return [(t.text[:30], t.lead) for t in notice.tasks]


def test_numbered_body_heading_glued_to_its_sentence_reads_as_two_lines() -> None:
    glued = (
        "1. UBND xã An Phú. Thu hồi số tiền 12.500.000 đồng theo kết luận thanh tra.\n\n"
        "2. Trung tâm Phát triển quỹ đất. Tập hợp, xác định chi phí bồi thường còn dang dở "
        "và quyết toán với phòng Tài chính.\n\n"
        "3. Kho bạc nhà nước huyện. Chấn chỉnh, khắc phục các tồn tại đã nêu trong kết luận."
    )
    lines = (
        "1. UBND xã An Phú.\nThu hồi số tiền 12.500.000 đồng theo kết luận thanh tra.\n\n"
        "2. Trung tâm Phát triển quỹ đất.\nTập hợp, xác định chi phí bồi thường còn dang dở "
        "và quyết toán với phòng Tài chính.\n\n"
        "3. Kho bạc nhà nước huyện.\nChấn chỉnh, khắc phục các tồn tại đã nêu trong kết luận."
    )
    got = _tasks(glued)
    assert [lead for _, lead in got] == [
        ("UBND xã An Phú",),
        ("Trung tâm Phát triển quỹ đất",),
        ("Kho bạc nhà nước huyện",),
    ]
    assert got == _tasks(lines)


def test_a_sentence_after_a_numbered_topic_or_body_sentence_is_left_alone() -> None:
    # a topic heading is no body; a body that does something is a sentence, not a heading
    assert (
        _tasks(
            "1. Kết quả đạt được. Năm 2029 toàn huyện đã thu hồi được phần lớn số tiền sai phạm."
        )
        == []
    )
    got = _tasks(
        "1. Sở Y tế kiểm tra các cơ sở khám bệnh. Các bệnh viện báo cáo kết quả trước ngày "
        "15/12/2029."
    )
    assert all(lead != ("Sở Y tế kiểm tra các cơ sở khám bệnh",) for _, lead in got)
    # the stop of an abbreviation inside the name ("TP.") is no heading's end
    got = _tasks("2. Ủy ban nhân dân TP. An Hòa quy định mức thu cụ thể theo từng khu vực.")
    assert len(got) == 1 and got[0][1][0].startswith("Ủy ban nhân dân TP. An Hòa")
    # a name whose own words are capitalised work words stays whole
    got = _tasks(
        "2. Ban Quản lý dự án Đầu tư xây dựng huyện chủ trì thi công các công trình trường học."
    )
    assert [lead for _, lead in got] == [("Ban Quản lý dự án Đầu tư xây dựng huyện",)]


_RULED_HEADER = """SỞ NÔNG NGHIỆP TỈNH AN HÒA ---------------- Số: 112/QĐ-SNN |CỘNG HÒA XÃ HỘI \
CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------------------------------- An Hòa, ngày 21 \
tháng 01 năm 2030 | |

QUYẾT ĐỊNH
Về việc kiểm tra công tác phòng, chống dịch bệnh gia súc

GIÁM ĐỐC SỞ NÔNG NGHIỆP

Căn cứ Luật Thú y ngày 19 tháng 6 năm 2015;

QUYẾT ĐỊNH:

Điều 1. Giao Chi cục Chăn nuôi và Thú y kiểm tra công tác phòng, chống dịch tại các huyện.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

GIÁM ĐỐC

Trần Văn Bình
"""


def test_header_row_whose_cells_a_word_file_ran_together_between_rules() -> None:
    notice = parse_notice(_RULED_HEADER)
    assert notice.doc_number == "112/QĐ-SNN"


def test_header_pieces_without_rules_keep_their_number() -> None:
    text = re.sub(r" -{4,} | \|", "\n", _RULED_HEADER)
    assert parse_notice(text).doc_number == "112/QĐ-SNN"


def _word_table_notice() -> bytes:
    """A Word letter whose task table has heading rows merged across the table."""
    import io

    import docx

    document = docx.Document()
    for line in LETTER_HEAD.strip().splitlines():
        document.add_paragraph(line)
    document.add_paragraph("Kính gửi: Các phòng, ban thuộc Sở.")
    document.add_paragraph("Sở phân công thực hiện các nhiệm vụ như sau:")
    rows = [
        ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian hoàn thành"],
        ["I Xây dựng cơ sở dữ liệu chuyên ngành"],
        [
            "1",
            "Xây dựng đề án vị trí việc làm của các đơn vị",
            "Phòng Tổ chức cán bộ",
            "Quý I/2030",
        ],
        ["II Đầu tư xây dựng cơ sở vật chất kỹ thuật"],
        ["1", "Nâng cấp trụ sở làm việc của Sở", "Văn phòng Sở", "Năm 2031"],
    ]
    table = document.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        if len(row) == 1:
            table.cell(r, 0).merge(table.cell(r, 3)).text = row[0]
            continue
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for line in ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "GIÁM ĐỐC", "Lê Văn Cường"]:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_merged_heading_row_of_a_word_task_table_is_no_task() -> None:
    from notices.readers import decode_document

    text = decode_document(_word_table_notice(), "phan-cong.docx")
    assert "Giao II " not in text and "Giao I " not in text  # the heading leads no row
    notice = parse_notice(text)
    leads = [t.lead for t in notice.tasks]
    assert leads == [("Phòng Tổ chức cán bộ",), ("Văn phòng Sở",)]


def test_a_lone_dash_line_opens_the_point_below_it() -> None:
    lone = _tasks(
        "1. Phòng Tài chính - Kế hoạch:\n\n-\nPhân công, chỉ đạo các bộ phận thực hiện tổng "
        "kiểm kê tài sản công.\n\n-\nTham mưu xây dựng kế hoạch kiểm kê của huyện."
    )
    joined = _tasks(
        "1. Phòng Tài chính - Kế hoạch:\n\n- Phân công, chỉ đạo các bộ phận thực hiện tổng "
        "kiểm kê tài sản công.\n\n- Tham mưu xây dựng kế hoạch kiểm kê của huyện."
    )
    assert len(joined) == 2
    assert lone == joined


def _char(text: str, x0: float, width: float, font: str = "Bold", size: float = 13.0) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + width, "width": width, "size": size,
            "top": 100.0, "fontname": font}  # fmt: skip


def test_wide_spaces_touching_letters_are_lost_glyphs() -> None:
    # "K?OA" (an "H" 0.778 wide), then a true space and "TP"
    chars = [
        _char("K", 10, 10.1),
        _char(" ", 20.1, 10.1),
        _char("O", 30.2, 10.1),
        _char("A", 40.3, 9.4),
        _char(" ", 49.7, 3.25),
        _char("T", 52.95, 8.6),
    ]
    widths = mark_lost(SimpleNamespace(chars=chars))
    assert chars[1]["text"] != " " and chars[4]["text"] == " "
    assert widths["K"] == {777}
    text = "".join(c["text"] for c in chars) + "\nKhoa Công nghệ"
    assert restore_lost(text, widths).startswith("KHOA T")


def test_a_gap_a_layout_left_is_no_lost_glyph() -> None:
    chars = [_char("A", 10, 9.4), _char(" ", 40, 10.1), _char("B", 80, 8.6)]
    assert mark_lost(SimpleNamespace(chars=chars)) == {}
    assert chars[1]["text"] == " "


def test_lost_letters_take_the_documents_word_of_their_width() -> None:
    lost = chr(0xE000 + 722)  # a "C" or an "Đ" wide, not a "P" (0.611 in that font)
    widths = {"P": {611}, "T": {667}}
    text = f"2. {lost}hương trình\nChương trình văn nghệ; Phương án; Phương án"
    assert restore_lost(text, widths).startswith("2. Chương trình")
    # a word no word of the document explains keeps the space the text layer had
    assert restore_lost(f"{lost}ựa chọn", widths) == " ựa chọn"
    # more letters lost than kept: left as spaces, not guessed
    assert restore_lost(f"{lost}{lost}I Tốt", widths) == "  I Tốt"


# Scans' metadata: the seal takes a family name's first letters, OCR the spaces of a name or of a
# department's line. Reuses round 25's scanned decision and its seal-damaged recipients.
@pytest.mark.parametrize(
    ("last", "want"),
    [
        ("£ê Hoàng Anh", "Lê Hoàng Anh"),  # the "L" read as "£"
        ("— êHoàngAnh", "Lê Hoàng Anh"),  # the spaces lost as well
        ("ên Văn Hải\n\n2", "Nguyễn Văn Hải"),  # "Nguy" under the seal, a page number below
    ],
)
def test_a_family_name_cut_by_the_seal_is_completed(last: str, want: str) -> None:
    assert _signer(_NO_TITLE + last + "\n") == want


@pytest.mark.parametrize("last", ["an Văn Hải", "o Văn Hải", "ương Văn Hải nhận"])
def test_a_cut_that_several_family_names_end_with_is_left(last: str) -> None:
    # "an" ends "Phan" and "Trần" read without its mark; "o" ends "Võ", "Đỗ", "Hồ", "Ngô"
    assert _signer(_NO_TITLE + last + "\n") is None


@pytest.mark.parametrize("line", ["SỞYTÉ .", "SƠ Y TÈ", "SỞY TẾ"])
def test_a_departments_line_that_lost_its_spaces_or_marks(line: str) -> None:
    head = f"UBND TỈNH KIÊN GIANG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{line}\tĐộc lập - Tự do"
    text = _HEAD.replace(_HEAD.split("\n\n")[0], head + "\nSố: 970/QĐ-SYT\tKiên Giang, ngày 13 "
                         "tháng 9 năm 2024")  # fmt: skip
    issuer = parse_notice(text + "GIÁM ĐỐC\n\nTrần Văn Bình\n").issuer or ""
    assert issuer.lower().startswith("sở y tế")


def test_a_departments_line_read_right_keeps_its_case() -> None:
    from notices.header_caps import restore_org_words

    assert restore_org_words("Sở Y tế") == "Sở Y tế"
    assert restore_org_words("SỞ Y TẾ") == "SỞ Y TẾ"
