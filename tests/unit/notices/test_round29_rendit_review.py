"""Round 29 (rendit), review: the branch's repairs narrowed where they broke right readings.

A numbered item whose body name holds a mixed-case abbreviation ("UBND Tp. Rạch Giá chỉ đạo …")
is no heading glued to its sentence; a Word table's merged row of work (a body, an action, a
date) is no section heading; a department's line read right ("SỞ GIAO THÔNG VẬN TẢI") keeps its
own punctuation, and a "Số" line is no department; a PDF's lost letter is not guessed inside a
person's name, nor from a word no width and no clear majority decide. Documents invented.
"""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.header_caps import restore_org_words
from notices.readers.lost_glyphs import restore_lost
from tests.unit.notices.test_round29_rendit import CLOSING, _tasks

# 1. an abbreviation's stop inside a body's name is no end of a heading


@pytest.mark.parametrize(
    ("item", "lead"),
    [
        (
            "1. UBND Tp. Rạch Giá chỉ đạo các phường rà soát hộ nghèo trước ngày 30/4/2026.",
            "UBND Tp. Rạch Giá",
        ),
        (
            "1. UBND Tx. Kiên Lương phối hợp kiểm tra mỏ đá trước ngày 30/5/2026.",
            "UBND Tx. Kiên Lương",
        ),
        (
            "1. UBND Tp. Rạch Giá\nchỉ đạo các phường rà soát hộ nghèo trước ngày 30/4/2026.",
            "UBND Tp. Rạch Giá",
        ),
    ],
)
def test_a_mixed_case_abbreviation_keeps_the_task(item: str, lead: str) -> None:
    got = _tasks(item)
    assert len(got) == 1
    assert got[0][1] == (lead,)


def test_a_title_abbreviation_in_a_task_keeps_the_task() -> None:
    got = _tasks(
        "1. Trường Cao đẳng Y tế do ThS. Lê Văn Bình phụ trách rà soát chương trình đào tạo."
    )
    assert len(got) == 1


def test_a_body_heading_closed_by_a_short_name_still_splits() -> None:
    # counter-example: "An" is the name's last word, its stop the heading's
    got = _tasks("1. UBND xã An Phú. Thu hồi số tiền 12.500.000 đồng theo kết luận thanh tra.")
    assert got and got[0][1] == ("UBND xã An Phú",)


# 2. a merged row of work is a task, a short merged heading still none

_TABLE = """| STT | Nội dung công việc | Đơn vị chủ trì | Thời hạn |
| --- | --- | --- | --- |
| 1 | Rà soát hộ nghèo, cận nghèo năm 2026 | Phòng Lao động | 30/4/2026 |
| {merged} | {merged} | {merged} | {merged} |
| 2 | Tổ chức Hội khỏe Phù Đổng cấp huyện | Phòng Giáo dục | 20/5/2026 |
"""


def _table_leads(merged: str) -> list[tuple[str, ...]]:
    notice = parse_notice(_LETTER_TABLE.format(items=_TABLE.format(merged=merged)))
    return [t.lead for t in notice.tasks]


def test_a_merged_row_of_work_is_a_task() -> None:
    leads = _table_leads("UBND các xã báo cáo kết quả thực hiện về Văn phòng trước ngày 30/6/2026")
    assert ("UBND các xã",) in leads
    assert len(leads) == 3


def test_a_merged_heading_row_is_still_no_task() -> None:
    leads = _table_leads("II Đầu tư xây dựng cơ sở vật chất kỹ thuật")
    assert leads == [("Phòng Lao động",), ("Phòng Giáo dục",)]


# 3. a department's line read right is kept as read


@pytest.mark.parametrize(
    "line",
    [
        "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
        "SỞ LAO ĐỘNG THƯƠNG BINH VÀ XÃ HỘI",
        "SỞ GIAO THÔNG VẬN TẢI",
        "SỞ GIAO THÔNG - VẬN TẢI",
        "SỞ KẾ HOẠCH, TÀI CHÍNH",
        "Số tài chính",
    ],
)
def test_a_departments_line_read_right_is_not_rewritten(line: str) -> None:
    assert restore_org_words(line) == line


@pytest.mark.parametrize(("line", "want"), [("SỞYTẾ", "SỞ Y TẾ"), ("SO Y TE", "SỞ Y TẾ")])
def test_a_departments_line_that_lost_spaces_or_marks_is_still_named(line: str, want: str) -> None:
    assert restore_org_words(line) == want


# 4. a lost letter is not guessed in a name, nor without a width or a clear majority

_L = chr(0xE000 + 722)  # a "C" or an "Đ" of Times New Roman Bold


def test_a_lost_letter_in_a_signers_name_keeps_its_space() -> None:
    text = (
        "Nâng cấp tuyến đường liên xã và đường huyện; đường tránh.\n"
        f"KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn {_L}ường"
    )
    assert restore_lost(text, {"D": {722}}).endswith("Nguyễn Văn  ường")


@pytest.mark.parametrize(
    "text",
    [
        f"{_L}hương trình công tác. Phương án phòng chống lụt bão.",
        f"Đề nghị {_L}ung cấp hồ sơ. Công ty bổ sung.",
        f"Phòng {_L}ài chính kiểm tra.",
    ],
)
def test_no_width_known_no_lone_guess(text: str) -> None:
    assert _L not in restore_lost(text, {})
    assert restore_lost(text, {}).count("  ") + restore_lost(text, {}).startswith(" ") >= 1


def test_a_word_the_document_spells_often_is_still_restored() -> None:
    # counter-example: "công" many times, nothing else of that shape
    text = f"{_L}ông việc: công tác, công văn, công khai."
    assert restore_lost(text, {}).startswith("Công việc")
    assert restore_lost(text, {"C": {722}}).startswith("Công việc")


# the letter's template: a notice whose body holds a Markdown table
_LETTER_TABLE = (
    """ỦY BAN NHÂN DÂN
HUYỆN CHÂU THÀNH
-------
Số: 45/TB-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Châu Thành, ngày 12 tháng 3 năm 2026

THÔNG BÁO
Kết luận của Chủ tịch UBND huyện tại cuộc họp giao ban

Chủ tịch UBND huyện phân công thực hiện như sau:

{items}

"""
    + CLOSING
    + "Trần Minh Tâm\n"
)
