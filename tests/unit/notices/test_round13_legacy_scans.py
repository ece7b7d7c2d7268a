"""Round 13: legacy-font text files that lost tasks their Unicode copy gives.

A TCVN3 (.VnTime) file cannot store a capital carrying a tone ("Ủy", "Ấp", "Ổn"): it reads back in
lower case, and a heading "3. ủy ban nhân dân các huyện" names no body. Windows punctuation in
the bytes 0x80-0x9F ("…", "“", "–") was read as control characters.
"""

from __future__ import annotations

from notices import parse_notice
from notices.readers import decode_document, legacy


def _tcvn3_file(text: str) -> bytes:
    return legacy.to_tcvn3(text).encode("cp1252")


PLAN = """ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH BẮC SƠN\tĐộc lập - Tự do - Hạnh phúc
Số: 41/KH-UBND\tBắc Sơn, ngày 02 tháng 3 năm 2026

KẾ HOẠCH
Phòng chống cháy rừng mùa khô năm 2026

I. NHIỆM VỤ CỤ THỂ
1. Sở Nông nghiệp và Môi trường
- Chủ trì kiểm tra các điểm có nguy cơ cháy rừng cao, hoàn thành trước ngày 30/4/2026.
2. Ủy ban nhân dân các xã, phường
- Ổn định lực lượng canh gác rừng tại chỗ trong suốt mùa khô.
- Tổ chức diễn tập chữa cháy rừng ở mỗi thôn giáp rừng.
3. Ủy ban Mặt trận Tổ quốc tỉnh
- Vận động Nhân dân tham gia bảo vệ rừng.

\tKT. CHỦ TỊCH
\tPHÓ CHỦ TỊCH
\tLê Văn Khoa
"""


def test_a_tcvn3_heading_opening_with_a_toned_capital_keeps_its_capital() -> None:
    text = decode_document(_tcvn3_file(PLAN), "ke-hoach.txt")
    assert "2. Ủy ban nhân dân các xã, phường" in text
    assert "- Ổn định lực lượng" in text
    assert "3. Ủy ban Mặt trận" in text


def test_the_tasks_under_such_a_heading_are_found_with_their_body() -> None:
    from_legacy = parse_notice(decode_document(_tcvn3_file(PLAN), "ke-hoach.txt"))
    from_unicode = parse_notice(PLAN)
    assert len(from_legacy.tasks) == len(from_unicode.tasks) >= 4
    assert [t.lead for t in from_legacy.tasks] == [t.lead for t in from_unicode.tasks]


def test_hard_wrapped_lines_and_words_inside_a_sentence_stay_small() -> None:
    wrapped = (
        "Các doanh nghiệp cần nâng cao năng lực để đáp\n"
        "ứng các yêu cầu của thị trường, ấn định thời hạn và\n"
        "ổn định sản xuất. Ấn phẩm phát hành trong quý II; đề nghị ủy ban nhân dân xã hỗ trợ."
    )
    text = decode_document(_tcvn3_file(wrapped), "thu.txt")
    assert "đáp\nứng các yêu cầu" in text
    assert "ấn định thời hạn" in text and "\nổn định sản xuất" in text
    assert "sản xuất. Ấn phẩm" in text  # a new sentence
    assert "đề nghị Ủy ban nhân dân xã" in text  # the head of a body's name


def test_letters_with_a_capital_code_are_left_as_typed() -> None:
    text = decode_document(_tcvn3_file("Giao nhiệm vụ cho các đơn vị.\nđ) ăn ở tại chỗ."), "a.txt")
    assert "\nđ) ăn ở tại chỗ." in text


def test_windows_punctuation_in_a_legacy_file_is_kept() -> None:
    body = (
        "Phát triển kinh tế – xã hội theo mô hình “ba nhà”, thuế, phí và các nghĩa vụ khác… "
        "khẩn trương nộp đủ."
    )
    text = decode_document(_tcvn3_file(body), "b.txt")
    assert text == body
    assert "\x85" not in text and "\x96" not in text
