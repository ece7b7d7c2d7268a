"""Office scans as found (round 14): number, date and signer of a scan whose number and day were
written in by hand, and OCR's specks in the signature block and running text. Invented text."""

from __future__ import annotations

from datetime import date

from notices import parse_notice
from notices.issuer import _from_header
from notices.metadata import find_number, find_place_date
from notices.readers.ocr_restore import repair_opening
from notices.signature import find_signature

_HEADER = (
    "UBND TỈNH HÀ NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "SỞ CÔNG THƯƠNG\tĐộc lập - Tự do - Hạnh phúc\n"
    "{number}\tPhủ Lý, ngày {day} tháng {month} năm 2013\n"
    "V/v rà soát chợ truyền thống\n\n"
    "Kính gửi: UBND các huyện, thành phố.\n\n"
)
_BODY = (
    "Căn cứ Quyết định số 215/2011/QĐ-UBND ngày 04/5/2011 của UBND tỉnh về\n"
    "số 88/2012/NĐ-CP của Chính phủ về phát triển chợ;\n"
    "Sở Công Thương đề nghị UBND các huyện, thành phố rà soát các chợ truyền thống, báo cáo\n"
    "về Sở Công Thương trước ngày 20/6/2013.\n\n"
)
_SIGNED = "Nơi nhận:\tGIÁM ĐỐC\n- Như trên;\n- Lưu: VT.\n\nTrần Đình Khang\n"


def _notice(number: str, day: str, month: str, signed: str = _SIGNED) -> str:
    return _HEADER.format(number=number, day=day, month=month) + _BODY + signed


def _lines(text: str) -> list[str]:
    return text.split("\n")


# --- the date line: printed month misread as letters, handwritten day unreadable ---


def test_printed_month_read_as_letters_still_dates_the_notice() -> None:
    parsed = parse_notice(_notice("Số: 77/SCT-QLTM", "21", "II"))
    assert parsed.issued_date == date(2013, 11, 21)


def test_month_read_as_l1_or_I0() -> None:
    found = find_place_date(["Phủ Lý, ngày 09 tháng l1 năm 2013"])
    assert found is not None and (found.day, found.month) == (9, 11)
    found = find_place_date(["Phủ Lý, ngày 09 tháng I0 năm 2013"])
    assert found is not None and found.month == 10


def test_unreadable_handwritten_day_keeps_month_and_year_but_no_date() -> None:
    found = find_place_date(["Phủ Lý, ngày#J tháng 11 năm 2013"])
    assert found is not None
    assert (found.day, found.month, found.year) == (None, 11, 2013)
    assert found.as_date() is None
    parsed = parse_notice(_notice("Số: 77/SCT-QLTM", "#Ÿ", "11"))
    assert parsed.issued_date is None  # never a wrong date


def test_garbled_month_and_day_give_the_year_only() -> None:
    found = find_place_date(["Phủ Lý, ngàyðtháng/0 năm 2013"])
    assert found is not None and (found.day, found.month, found.year) == (None, None, 2013)


def test_a_cited_date_in_a_sentence_is_no_date_line() -> None:
    assert find_place_date(["Thực hiện Công văn của Sở, ngày l1 tháng 3 năm 2013 về việc"]) is None


# --- the number: a handwritten number OCR misread; citations are not the number ---


def test_garbled_handwritten_number_is_null_not_a_cited_number() -> None:
    parsed = parse_notice(_notice("Số: #Ÿ2 /SCT-QLTM", "21", "11"))
    assert parsed.doc_number is None


def test_garbled_number_keeps_the_type_code() -> None:
    found = find_number(["Số: A4Ÿ /KH-UBND"])
    assert found == find_number(["Số: /KH-UBND"])
    assert found.number is None and found.doc_type == "KH"


def test_wrapped_citation_in_the_body_is_not_the_number() -> None:
    text = (
        "UBND TỈNH HÀ NAM\nSỞ CÔNG THƯƠNG\n\nV/v rà soát chợ\n\n"
        "Căn cứ Nghị định\nsố 88/2012/NĐ-CP của Chính phủ về phát triển chợ;\n"
        "Căn cứ Công văn\nsố 0415/CV ngày 12/3/2013 của Công ty Minh An về việc\n"
    )
    assert find_number(_lines(text)).number is None


def test_a_plain_number_line_is_still_read() -> None:
    assert find_number(["Số: 77/SCT-QLTM"]).number == "77/SCT-QLTM"
    assert find_number(["Số: 12/2013/QĐ-UBND"]).number == "12/2013/QĐ-UBND"


# --- the signature block of a scan: OCR's title and specks before the name ---


def test_director_title_with_ocr_tones_and_speck_before_the_name() -> None:
    lines = _lines(
        "Trân trọng./.\n"
        "Nơi nhận:\tGIÁM ĐÓC\n- Như trên;\t^Õ\\ CHỦ „y\n- Lưu: VT.\tyV —k\n"
        "- Phòng KH;\t“F Trần Đình Khang\n"
    )
    signer, title = find_signature(lines)
    assert signer == "Trần Đình Khang"
    assert title == "GIÁM ĐÓC"


def test_speck_rule_needs_a_family_name_and_three_words() -> None:
    lines = _lines("Nơi nhận:\tGIÁM ĐỐC\n- Như trên;\n- Lưu: VT.\n\nxY Mai Hoa\n")
    assert find_signature(lines)[0] is None  # two words after a speck: too thin to be a name
    lines = _lines("Nơi nhận:\tGIÁM ĐỐC\n- Như trên;\n- Lưu: VT.\n\nxyz Trần Đình Khang\n")
    assert find_signature(lines)[0] is None  # a three-letter word is no speck


# --- OCR line repair: a border's "|" glued to a word, a misread salutation ---


def test_glued_border_bar_is_dropped() -> None:
    assert repair_opening("Đơn vị chủ trì: Sở |Công Thương.") == "Đơn vị chủ trì: Sở Công Thương."
    assert (
        repair_opening("Giao Sở Y tế |- cơ quan thường trực")
        == "Giao Sở Y tế - cơ quan thường trực"
    )
    assert repair_opening("tự chấm điểm|cho từng nội dung") == "tự chấm điểm cho từng nội dung"


def test_cell_separators_stay() -> None:
    assert repair_opening("STT | Tên đơn vị | Ghi chú") == "STT | Tên đơn vị | Ghi chú"
    assert repair_opening("Tổng | 12") == "Tổng | 12"


def test_misread_salutation_is_written_back() -> None:
    assert repair_opening("———Knhgửi: - Các sở, ngành;") == "Kính gửi: - Các sở, ngành;"
    assert repair_opening("Kinh gửi: UBND các huyện") == "Kính gửi: UBND các huyện"


def test_salutation_rule_needs_the_colon() -> None:
    line = "Kinh gửi tiết kiệm tăng trong quý"
    assert repair_opening(line) == line


def test_speck_before_the_title_is_no_recipient_dash() -> None:
    lines = _lines(
        "Trân trọng./.\n"
        "Nơi nhận:\tZ5. IÁM ĐÓC\n- Như trên.\tv 7. MÔ\n- Lưu VT.\tSN =ÄU TỔ ¡ /J\n"
        "Âh yác cò\nLê Quang Vinh\n"
    )
    assert find_signature(lines)[0] == "Lê Quang Vinh"


def test_a_noisy_recipient_line_in_sentence_case_stays_a_recipient() -> None:
    lines = _lines("Nơi nhận:\tGIÁM ĐỐC\n- Như trên;\nz Lưu: VT.\n\nLê Quang Vinh\n")
    assert find_signature(lines) == ("Lê Quang Vinh", "GIÁM ĐỐC")


def test_misread_salutation_after_a_speck_cell() -> None:
    assert repair_opening("ì\t——Knhgửi: - Các sở;") == "Kính gửi: - Các sở;"
    line = "Mục 2\tKinh gửi: các sở"  # a real first cell is not a speck
    assert repair_opening(line) == line


def test_printed_number_digits_read_as_letters() -> None:
    assert find_number(["Số: l5/TB-UBND"]).number == "15/TB-UBND"
    assert find_number(["Số: 1O4 /SNV-VP"]).number == "104/SNV-VP"
    assert find_number(["Số: lI/TB-UBND"]).number is None  # no digit at all: not read as one
    assert find_number(["Số: ..../QĐ-UBND"]).number is None


def test_specks_with_a_dot_and_a_family_name_without_tones() -> None:
    lines = _lines(
        "Nơi nhận:\tKT. BỘ TRƯỞNG\n- Như trên;\tTHỨ TRƯỞNG\n- Lưu: VT.\t2À l\n"
        "ï\tQK. Vu Đình Toàn\n"
    )
    assert find_signature(lines)[0] == "Vu Đình Toàn"
    lines = _lines("Nơi nhận:\tGIÁM ĐỐC\n- Như trên;\n- Lưu: VT.\n\nQK. Mạnh Cường\n")
    assert find_signature(lines)[0] is None  # two words after a speck: not enough


# --- the header: a body's long name wrapped over the lines of its cell (OCR keeps the lines) ---


def test_wrapped_body_name_goes_on_over_its_lines() -> None:
    lines = ["UBND TỈNH HÀ NAM", "BAN CHỈ ĐẠO CHƯƠNG", "TRÌNH PHÁT TRIỂN NÔNG", "THÔN MỚI"]
    assert _from_header(lines) == "Ban Chỉ đạo chương trình phát triển nông thôn mới tỉnh Hà Nam"


def test_wrapped_name_after_a_connective() -> None:
    lines = ["UBND TỈNH HÀ NAM", "BAN VÌ SỰ TIẾN BỘ CỦA", "PHỤ NỮ"]
    assert _from_header(lines) == "Ban Vì sự tiến bộ của phụ nữ tỉnh Hà Nam"


def test_body_under_parents_is_not_a_wrap() -> None:
    assert _from_header(["UBND TỈNH HÀ NAM", "SỞ Y TẾ"]) == "Sở Y tế tỉnh Hà Nam"
    assert _from_header(["BỘ TÀI CHÍNH", "TỔNG CỤC THUẾ", "CỤC THUẾ TỈNH HÀ NAM"]) == (
        "Cục Thuế tỉnh Hà Nam"
    )
    # a line above that opens no body's name (OCR's misread party name) is not wrapped onto
    lines = ["BAN CHẤP HÀNH", "ĐẢẲNG CỘNG SẢN VIỆT NAM", "TRUNG ƯƠNG", "VĂN PHÒNG"]
    assert _from_header(lines) == "Văn phòng Trung ương"
