"""Round 21 (meta): a notice's own date and signer written in shapes the parser missed.

- The place-date line of a ward or a hyphenated province: "Phường 1, ngày 13 tháng 03 năm 2025",
  "Bà Rịa - Vũng Tàu, ngày 27 tháng 02 năm 2019", "Quận 3, ngày …". A number or a document's
  code before ", ngày" is still a citation, not a place ("Công văn số 12/UBND-VP, ngày …").
- The signer's degree before the name: "GS.TS. Sử Đình Thành", "ThS. Lê Hà Như Thảo" (after
  "(đã ký)"), "PGS. TS Nguyễn Văn A"; the name is the signer's without it.
- A legacy (TCVN3) text whose capital toned vowel came out in lower case: "Trần Đăng ánh".
- A family name left on the title's last line: "PHÓ TỔNG GIÁM ĐỐC Phạm" over "Lương Sơn".
- A man's name ending on "Thị" ("Lê Văn Thị") is a name; "Lê Thị" alone is still a speck.

Documents invented for these tests.
"""

from __future__ import annotations

from datetime import date

from notices import parse_notice
from notices.header_repair import repair
from notices.metadata import find_place_date

_BODY = """
KẾ HOẠCH
Triển khai công tác phổ biến pháp luật năm 2025

Ủy ban nhân dân phường ban hành Kế hoạch như sau:

1. Giao Công chức Tư pháp - Hộ tịch chủ trì tổ chức hội nghị phổ biến trước ngày 30/4/2025.

2. Giao Công an phường phối hợp tuyên truyền tại các khu phố trong tháng 5/2025.
"""


def _notice(place_date: str, signer_block: str = "CHỦ TỊCH\n\nNguyễn Văn Hùng") -> str:
    return f"""ỦY BAN NHÂN DÂN
PHƯỜNG 1
Số: 447/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{place_date}
{_BODY}

Nơi nhận:
- UBND thành phố (b/c);
- Lưu: VT.

{signer_block}
"""


# --- place-date lines -------------------------------------------------------------------------


def test_ward_with_number_is_a_place() -> None:
    notice = parse_notice(_notice("Phường 1, ngày 24 tháng 03 năm 2025"))
    assert notice.issued_date == date(2025, 3, 24)


def test_district_with_number_is_a_place() -> None:
    found = find_place_date(["Quận 10, ngày 05 tháng 8 năm 2024"])
    assert found is not None and found.as_date() == date(2024, 8, 5)
    assert found.place == "Quận 10"


def test_hyphenated_province_is_a_place() -> None:
    notice = parse_notice(_notice("Bà Rịa - Vũng Tàu, ngày 27 tháng 02 năm 2019"))
    assert notice.issued_date == date(2019, 2, 27)
    found = find_place_date(["Phan Rang-Tháp Chàm, ngày 3 tháng 6 năm 2024"])
    assert found is not None and found.as_date() == date(2024, 6, 3)


def test_cited_document_before_date_is_not_a_place() -> None:
    # counter-examples: a number or a document's code before ", ngày" is a citation
    assert find_place_date(["Công văn số 12/UBND-VP, ngày 05 tháng 8 năm 2024"]) is None
    assert find_place_date(["Kết luận số 192-KL/TW, ngày 19 tháng 9 năm 2025"]) is None
    assert find_place_date(["Phụ lục 2, ngày 19 tháng 9 năm 2025"]) is None
    assert find_place_date(["Điều 5 - Khoản 2, ngày 19 tháng 9 năm 2025"]) is None


# --- signer's name ----------------------------------------------------------------------------


def test_degree_before_signer_name_is_dropped() -> None:
    notice = parse_notice(
        _notice("Phường 1, ngày 24 tháng 03 năm 2025", "GIÁM ĐỐC\n\nGS.TS. Sử Đình Thành")
    )
    assert notice.signer == "Sử Đình Thành"


def test_degree_after_signed_mark() -> None:
    block = "KT.TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG\n\n(đã ký)\n\nThS. Lê Hà Như Thảo"
    notice = parse_notice(_notice("Phường 1, ngày 24 tháng 03 năm 2025", block))
    assert notice.signer == "Lê Hà Như Thảo"


def test_spaced_degrees_are_dropped() -> None:
    block = "HIỆU TRƯỞNG\n\nPGS. TS Nguyễn Văn An"
    notice = parse_notice(_notice("Phường 1, ngày 24 tháng 03 năm 2025", block))
    assert notice.signer == "Nguyễn Văn An"


def test_unknown_prefix_is_not_a_degree() -> None:
    # counter-example: "Tổ 3." or a heading is no degree; no signer is made up from it
    block = "GIÁM ĐỐC\n\nTổ 3. Sử Đình Thành"
    notice = parse_notice(_notice("Phường 1, ngày 24 tháng 03 năm 2025", block))
    assert notice.signer != "Sử Đình Thành"


def test_legacy_lower_case_toned_initial() -> None:
    block = "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Đăng ánh"
    notice = parse_notice(_notice("Phường 1, ngày 24 tháng 03 năm 2025", block))
    assert notice.signer == "Trần Đăng Ánh"


def test_lower_case_word_after_name_is_not_a_name() -> None:
    # counter-example: a sentence ("Trần Văn đã ký") is no name
    block = "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Văn đã"
    notice = parse_notice(_notice("Phường 1, ngày 24 tháng 03 năm 2025", block))
    assert notice.signer is None


def test_family_name_on_title_line() -> None:
    block = "KT. TỔNG GIÁM ĐỐC\nPHÓ TỔNG GIÁM ĐỐC Phạm\nLương Sơn"
    notice = parse_notice(_notice("Phường 1, ngày 24 tháng 03 năm 2025", block))
    assert notice.signer == "Phạm Lương Sơn"
    assert notice.signer_title == "KT. TỔNG GIÁM ĐỐC PHÓ TỔNG GIÁM ĐỐC"


def test_mans_name_ending_on_thi() -> None:
    notice = parse_notice(_notice("Phường 1, ngày 24 tháng 03 năm 2025", "CHỦ TỊCH\n\nLê Văn Thị"))
    assert notice.signer == "Lê Văn Thị"


def test_short_name_ending_on_thi_is_still_a_speck() -> None:
    # counter-example: "Lê Thị" over the printed name is OCR's reading of the signature
    block = "CHỦ TỊCH\n\nLê Thị\nTrần Thị Bích Thuận"
    notice = parse_notice(_notice("Phường 1, ngày 24 tháng 03 năm 2025", block))
    assert notice.signer == "Trần Thị Bích Thuận"


def test_title_and_name_on_one_line_keep_the_family_name() -> None:
    block = "KT. TỔNG GIÁM ĐỐC PHÓ TỔNG GIÁM ĐỐC Phạm Lương Sơn"
    notice = parse_notice(_notice("Phường 1, ngày 24 tháng 03 năm 2025", block))
    assert notice.signer == "Phạm Lương Sơn"


_APPENDIX = """

Phụ lục
CÁC NHIỆM VỤ TRỌNG TÂM THỰC HIỆN CHỈ THỊ SỐ 20-CT/TU
NGÀY 10/10/2024 CỦA BAN THƯỜNG VỤ TỈNH ỦY
(Kèm theo Kế hoạch số 447/KH-UBND ngày 24/3/2025 của UBND phường)

1. Giao Sở Xây dựng chủ trì rà soát quy hoạch cây xanh đô thị; thời hạn: năm 2025.
"""


def test_appendix_heading_after_signature_is_no_title() -> None:
    block = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Song Tùng" + _APPENDIX
    notice = parse_notice(_notice("Phường 1, ngày 24 tháng 03 năm 2025", block))
    assert notice.signer == "Trần Song Tùng"
    assert notice.signer_title == "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH"


def test_signed_title_after_appendix_heading_still_wins() -> None:
    # counter-example: a last block with a post and a name under it is the signature
    block = "CHỦ TỊCH\n\nTrần Song Tùng" + _APPENDIX + "\nTRƯỞNG BAN\n\nLê Văn Nam\n"
    notice = parse_notice(_notice("Phường 1, ngày 24 tháng 03 năm 2025", block))
    assert notice.signer == "Lê Văn Nam"


def test_glued_party_signature_with_e_signature_time() -> None:
    # a .docx whose recipients, signature and e-signature seal came out as one paragraph
    block = (
        "- HĐND, UBND xã, - Các ban, ngành Mặt trận, đoàn thể xã, - Các đ/c Đảng uỷ viên,"
        " - Các tổ chức Đảng, - Lưu VPĐU. T/M BAN THƯỜNG VỤ BÍ THƯ"
        " Vũ Thị Thuỳ Trang ĐẢNG UỶ XÃ CÔNG HẢI 08-09-2025 17:03:09 +07:00"
    )
    text = _notice("Phường 1, ngày 24 tháng 03 năm 2025", block).replace("Nơi nhận:\n", "")
    text = text.replace("- UBND thành phố (b/c);\n- Lưu: VT.\n", "")
    notice = parse_notice(text)
    assert notice.signer == "Vũ Thị Thùy Trang"


def test_judge_signs() -> None:
    block = "THẨM PHÁN\n\nTrần Bá Đức"
    notice = parse_notice(_notice("Trảng Bom, ngày 20 tháng 12 năm 2024", block))
    assert notice.signer == "Trần Bá Đức"
    assert notice.signer_title == "THẨM PHÁN"


_MORE = "".join(
    f"\n{n}. Giao Tổ dân phố số {n} rà soát hộ gia đình trên địa bàn.\n" for n in range(3, 40)
)


def test_name_alone_after_recipients() -> None:
    # OCR lost the signer's title: the name alone closes the document after the recipients
    text = _notice("Phường 1, ngày 24 tháng 03 năm 2025", "|\nĐoàn Xuân Toản\n|")
    notice = parse_notice(text.replace("\n\nNơi nhận:", _MORE + "\n\nNơi nhận:"))
    assert notice.signer == "Đoàn Xuân Toản"


def test_body_sentence_after_recipients_is_no_name() -> None:
    # counter-examples: a short name, or text after the recipients, is no signer (a long notice
    # with no title block, so the lone-name reading runs)
    for block in ("|\nXuân Toản\n|", "Trân trọng cảm ơn.\nĐoàn Xuân Toản\nPhụ lục kèm theo"):
        text = _notice("Phường 1, ngày 24 tháng 03 năm 2025", block)
        notice = parse_notice(text.replace("\n\nNơi nhận:", _MORE + "\n\nNơi nhận:"))
        assert notice.signer is None


def test_number_label_read_as_dollar() -> None:
    # OCR read the label's S as "$": "$6:990/TB-TCT"
    assert repair("$6:990/TB-TCT") == ["Số: 990/TB-TCT"]
    text = _notice("Phường 1, ngày 24 tháng 03 năm 2025").replace(
        "Số: 447/KH-UBND", "$6:990/TB-TCT"
    )
    assert parse_notice(text).doc_number == "990/TB-TCT"
    # counter-example: an amount in dollars is no number label, and is not rewritten
    for amount in ("$60 000 USD", "$0.5 triệu"):
        assert repair(amount) == [amount]


# A notice's date now read from a ward's or hyphenated place-date line dates its tasks; two
# phrases that name no deadline stay undated.


def test_cycle_day_of_adjacent_year_is_no_deadline() -> None:
    task = "3. Giao Bộ phận Tư pháp tham mưu kiện toàn Hội đồng đánh giá chuẩn tiếp cận pháp luật"
    text = _notice("Phường 1, ngày 24 tháng 03 năm 2025").replace(
        "\n\nNơi nhận:",
        f"\n{task} trước ngày 10 tháng 01 của năm liền kề sau năm đánh giá.\n\nNơi nhận:",
    )
    tasks = [t for t in parse_notice(text).tasks if "Hội đồng đánh giá" in t.text]
    assert tasks and tasks[0].deadline is None


def test_months_at_quarter_end_are_no_deadline() -> None:
    task = "3. Giao các phòng chuyên môn báo cáo giá thị trường về Ủy ban nhân dân phường"
    text = _notice("Bà Rịa - Vũng Tàu, ngày 27 tháng 02 năm 2019").replace(
        "\n\nNơi nhận:",
        f"\n{task}. Đối với các tháng cuối quý (tháng 3, tháng 6), báo cáo 3 tháng, 6 tháng.\n"
        "\nNơi nhận:",
    )
    tasks = [t for t in parse_notice(text).tasks if "giá thị trường" in t.text]
    assert tasks and tasks[0].deadline is None
    # counter-example: "cuối quý" as the task's own time is still the quarter's end
    text = text.replace("Đối với các tháng cuối quý (tháng 3, tháng 6), báo cáo", "Xong cuối quý;")
    tasks = [t for t in parse_notice(text).tasks if "giá thị trường" in t.text]
    assert tasks and tasks[0].deadline == date(2019, 3, 31)
