"""Round 14 review of the scan rules: a number line with its subject on the same line, a sub-body
under its parent in a three-level header, a handwritten day read as a stroke, an address under
the signer's title, an OCR table row's cell bars, a number with a letter suffix. Invented text."""

from __future__ import annotations

from notices import parse_notice
from notices.issuer import _from_header
from notices.metadata import find_number, find_place_date
from notices.readers.ocr_restore import repair_opening
from notices.signature import find_signature


def _lines(text: str) -> list[str]:
    return text.split("\n")


def _head(number_line: str, parent: str = "ỦY BAN NHÂN DÂN\nHUYỆN YÊN PHONG") -> list[str]:
    return _lines(f"{parent}\n{number_line}\nYên Phong, ngày 04 tháng 6 năm 2025\nTHÔNG BÁO\n")


# --- the document's own number with its subject or body on the same line ---


def test_own_number_with_its_subject_on_the_same_line() -> None:
    found = find_number(_head("Số: 817/UBND-NN về việc phòng chống dịch tả lợn"))
    assert (found.number, found.doc_type) == ("817/UBND-NN", "CV")


def test_own_number_followed_by_whose_it_is() -> None:
    found = find_number(_head("Số: 63/TB-UBND của UBND huyện Yên Phong"))
    assert (found.number, found.doc_type) == ("63/TB-UBND", "TB")


def test_own_decision_number_followed_by_what_it_rules() -> None:
    found = find_number(_head("Số: 27/2025/QĐ-UBND quy định về quản lý chợ"))
    assert found.number == "27/2025/QĐ-UBND"


def test_wrapped_citation_after_a_document_kind_is_no_number() -> None:
    text = "UBND TỈNH HÀ NAM\nSỞ NỘI VỤ\n\nThực hiện Kế hoạch\nsố 41/KH-UBND ngày 2/3/2025;\n"
    assert find_number(_lines(text)).number is None
    text = "UBND TỈNH HÀ NAM\nSỞ NỘI VỤ\n\nCăn cứ\nsố 41/KH-UBND của UBND tỉnh;\n"
    assert find_number(_lines(text)).number is None


def test_wrapped_citation_in_lower_case_is_no_number() -> None:
    text = "UBND TỈNH HÀ NAM\nSỞ NỘI VỤ\n\nThực hiện văn bản của UBND tỉnh\nsố 41/UBND-VX;\n"
    assert find_number(_lines(text)).number is None


def test_an_unread_number_leaves_the_type_to_the_title() -> None:
    text = "\n".join(_head("Số: 07b/BC-SNV")) + (
        "\nKết luận của Giám đốc tại cuộc họp giao ban\n"
        "1. Phòng Nông nghiệp rà soát đàn lợn, báo cáo trước ngày 30/6/2025.\n"
    )
    parsed = parse_notice(text)
    assert (parsed.doc_number, parsed.doc_type) == (None, "TB")
    text = text.replace("Số: 07b/BC-SNV", "Số: 07/BC-SNV")  # a read number's code stays first
    assert parse_notice(text).doc_type == "BC"


# --- three-level headers: a different sub-body under the body above is no wrap ---


def test_sub_body_under_a_department_is_not_glued_on() -> None:
    cases = [
        (["UBND TỈNH HÀ NAM", "SỞ VĂN HÓA VÀ THỂ THAO", "BẢO TÀNG TỈNH"], "Bảo tàng"),
        (["BỘ NÔNG NGHIỆP", "CỤC KIỂM LÂM", "VƯỜN QUỐC GIA BẠCH MÃ"], "Vườn"),
        (["SỞ Y TẾ HÀ NAM", "BỆNH VIỆN ĐA KHOA TỈNH", "KHOA NỘI"], "Khoa"),
        (["TỔNG CÔNG TY ĐIỆN LỰC", "CÔNG TY ĐIỆN LỰC HÀ NAM", "XÍ NGHIỆP LƯỚI ĐIỆN"], "Xí"),
        (["BỘ QUỐC PHÒNG", "QUÂN KHU 3", "LỮ ĐOÀN 242"], "Lữ"),
        (["UBND QUẬN HAI BÀ TRƯNG", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "MẦM NON HOA MAI"], "Mầm"),
    ]
    for lines, opening in cases:
        issuer = _from_header(lines)
        assert issuer is not None and issuer.startswith(opening), (lines, issuer)


def test_wrapped_name_split_inside_a_word_still_goes_on() -> None:
    assert _from_header(["UBND TỈNH HÀ NAM", "BAN QUẢN LÝ CÁC KHU", "CÔNG NGHIỆP"]) == (
        "Ban Quản lý các khu công nghiệp tỉnh Hà Nam"
    )
    lines = ["UBND TỈNH HÀ NAM", "BAN ĐIỀU HÀNH CHƯƠNG", "TRÌNH HỖ TRỢ NÔNG DÂN CHO", "HỘ NGHÈO"]
    assert (
        _from_header(lines)
        == "Ban Điều hành chương trình hỗ trợ nông dân cho hộ nghèo tỉnh Hà Nam"
    )


# --- a handwritten day left blank and read as a stroke ---


def test_a_lone_stroke_for_the_day_is_no_day() -> None:
    for stroke in ("l", "I", "|"):
        found = find_place_date([f"Phủ Lý, ngày {stroke} tháng 4 năm 2024"])
        assert found is not None and (found.day, found.month) == (None, 4)
    found = find_place_date(["Phủ Lý, ngày l8 tháng 4 năm 2024"])  # a printed 18 misread
    assert found is not None and found.day == 18


# --- the signature block: an address is no name after specks ---


def test_address_under_the_title_is_no_signer() -> None:
    text = "Nơi nhận:\tGIÁM ĐỐC\n- Như trên;\n- Lưu: VT.\n\nĐC: 45 Trần Hưng Đạo\nPhạm Thị Lan\n"
    assert find_signature(_lines(text))[0] == "Phạm Thị Lan"
    text = "Nơi nhận:\tGIÁM ĐỐC\n- Như trên;\n- Lưu: VT.\n\n15 Trần Hưng Đạo\nPhạm Thị Lan\n"
    assert find_signature(_lines(text))[0] == "Phạm Thị Lan"


# --- an OCR table row: its cell bars stay ---


def test_bars_of_a_table_row_stay() -> None:
    line = "2 |Lập danh sách hộ nghèo |Phòng Lao động |Quý III/2025"
    assert repair_opening(line) == line
    assert repair_opening("Giao Sở |Nội vụ chủ trì") == "Giao Sở Nội vụ chủ trì"


def test_number_and_title_of_a_parsed_notice() -> None:
    text = "\n".join(_head("Số: 817/UBND-NN về việc phòng chống dịch")) + (
        "\n1. Phòng Nông nghiệp rà soát đàn lợn, báo cáo trước ngày 30/6/2025.\n"
    )
    assert parse_notice(text).doc_number == "817/UBND-NN"


def test_a_programme_is_named_on_the_next_line() -> None:
    lines = ["UBND TỈNH HÀ NAM", "BAN CHỈ ĐẠO CHƯƠNG TRÌNH", "GIẢM NGHÈO CHO HỘ NÔNG DÂN"]
    assert _from_header(lines) == "Ban Chỉ đạo chương trình giảm nghèo cho hộ nông dân tỉnh Hà Nam"


def test_a_line_opening_with_what_the_body_does_goes_on() -> None:
    lines = ["UBND TỈNH HÀ NAM", "TỔ CÔNG TÁC LIÊN NGÀNH", "KIỂM TRA AN TOÀN THỰC PHẨM"]
    assert _from_header(lines) == "Tổ công tác liên ngành kiểm tra an toàn thực phẩm tỉnh Hà Nam"
    # OCR's tones: "CHÍ ĐẠO" for "CHỈ ĐẠO", "QUYÉT" for "QUYẾT"
    lines = ["TỈNH ỦY HÀ NAM", "BỘ PHẬN THƯỜNG TRỰC", "CHÍ ĐẠO THỰC HIỆN NGHỊ", "QUYÉT SỐ 5"]
    issuer = _from_header(lines) or ""
    assert issuer.lower() == "bộ phận thường trực chí đạo thực hiện nghị quyét số 5 tỉnh ủy hà nam"
