"""Header and signature shapes written out by hand, the way readers really leave them: minutes
(Biên bản) without a place-date line, a digitally signed PDF's stamp, OCR that lost every mark,
narrow cells that wrap, a seal read as text, number labels as OCR misreads them."""

from __future__ import annotations

from datetime import date

import pytest

from notices import parse_notice
from notices.header import doc_type_prefix, head_pieces, organisation_lines, repair
from notices.metadata import find_meeting_date, find_number, find_place_date
from notices.normalize import clean_lines
from notices.signature import find_signature

BODY = """
1. Giao Phòng Văn hóa - Xã hội chủ trì tổng hợp ý kiến, hoàn thành trước ngày 20/8/2025.

2. Công chức Tư pháp - Hộ tịch rà soát hồ sơ chứng thực.
"""

MINUTES = (
    "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "XÃ ĐỒNG ĐĂNG\tĐộc lập - Tự do - Hạnh phúc\n\n"
    "BIÊN BẢN HỌP\n"
    "Ban Chỉ đạo chuyển đổi số xã\n\n"
    "Hôm nay, vào lúc 14 giờ 00 ngày 05/8/2025, tại Hội trường UBND xã Đồng Đăng, Ban Chỉ đạo "
    "chuyển đổi số xã họp. Cuộc họp thống nhất như sau:\n"
    + BODY
    + "\nCuộc họp kết thúc vào lúc 16 giờ 30 phút cùng ngày.\n\n"
    "THƯ KÝ\tCHỦ TRÌ\n\n"
    "Lò Thị Hoa\tNguyễn Văn Tuấn\n"
)


@pytest.mark.parametrize("tabs", ["\t", " "])  # the minutes as a PDF gives them, and pasted
def test_minutes_are_recognised_with_their_meeting_date_and_chair(tabs: str) -> None:
    notice = parse_notice(MINUTES.replace("\t", tabs))
    assert (notice.doc_type, notice.title) == ("BB", "HỌP Ban Chỉ đạo chuyển đổi số xã")
    assert (notice.issued_date, notice.issued_date_is_meeting) == (date(2025, 8, 5), True)
    assert notice.issuer == "UBND xã Đồng Đăng"
    assert (notice.signer, notice.signer_title) == ("Nguyễn Văn Tuấn", "CHỦ TRÌ")
    assert notice.tasks[0].lead == ("Phòng Văn hóa - Xã hội",)


@pytest.mark.parametrize(
    ("line", "code", "rest"),
    [
        ("BIÊN BẢN", "BB", ""),
        ("BIÊN BẢN LÀM VIỆC", "BB", "LÀM VIỆC"),
        ("BIÊN BẢN HỌP BAN CHỈ ĐẠO", "BB", "HỌP BAN CHỈ ĐẠO"),
        ("Biên bản", "BB", ""),
        ("THÔNG BÁO KẾT LUẬN", "TB", "KẾT LUẬN"),
        ("QUYẾT ĐỊNH", "QĐ", ""),
        ("CÔNG ĐIỆN", "CĐ", ""),
        ("NGHỊ QUYẾT", "NQ", ""),
    ],
)
def test_type_line(line: str, code: str, rest: str) -> None:
    assert doc_type_prefix(line) == (code, rest)


@pytest.mark.parametrize(
    "line",
    [
        "Kế hoạch số 45/KH-UBND ngày 20/01/2025 của UBND tỉnh",  # running text, not a type line
        "SỞ KẾ HOẠCH VÀ ĐẦU TƯ",  # an issuer whose name holds a type word
        "Báo cáo kết quả thực hiện",
    ],
)
def test_not_a_type_line(line: str) -> None:
    assert doc_type_prefix(line) is None


@pytest.mark.parametrize(
    ("paragraph", "meeting"),
    [
        ("Hôm nay, vào lúc 14 giờ 00 ngày 05/8/2025, tại trụ sở UBND xã", date(2025, 8, 5)),
        ("Vào hồi 8 giờ 30 phút, thứ Ba, ngày 12 tháng 8 năm 2025, tại", date(2025, 8, 12)),
        ("Hôm nay, ngày 03 tháng 9 năm 2025, tại Hội trường", date(2025, 9, 3)),
        ("1. Thời gian: 14 giờ, ngày 05/8/2025.", date(2025, 8, 5)),
        ("Hôm nay, lúc 14h00 ngày 5/8/2025, Đoàn công tác làm việc", date(2025, 8, 5)),
    ],
)
def test_minutes_opening_gives_the_meeting_date(paragraph: str, meeting: date) -> None:
    assert find_meeting_date([paragraph]) == meeting


SIGNED_PDF = (
    "UBND TỈNH LẠNG SƠN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "SỞ NỘI VỤ\tĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 318/SNV-CCHC\tLạng Sơn, ngày 14 tháng 8 năm 2025\n"
    "V/v đôn đốc thực hiện cải cách hành chính\n\n"
    "Kính gửi: Các cơ quan chuyên môn thuộc UBND tỉnh.\n"
    + BODY
    + "\nNơi nhận:\tGIÁM ĐỐC\n- Như trên;\n- Lưu: VT, CCHC.\n\n"
    "Người ký: Hoàng Văn Nam Email: hvnam@langson.gov.vn Cơ quan: Sở Nội vụ tỉnh Lạng Sơn "
    "Thời gian ký: 14.08.2025 10:15:00 +07:00\n"
)


def test_signed_pdf_stamp_gives_the_name_the_block_lacks() -> None:
    notice = parse_notice(SIGNED_PDF)
    assert (notice.doc_number, notice.doc_type, notice.issuer) == (
        "318/SNV-CCHC", "CV", "Sở Nội vụ tỉnh Lạng Sơn",
    )  # fmt: skip
    assert (notice.signer, notice.signer_title) == ("Hoàng Văn Nam", "GIÁM ĐỐC")


def test_stamp_lines_one_field_a_line() -> None:
    lines = [
        "Nơi nhận:", "- Như trên;", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
        "Người ký: Lương Trọng Quỳnh", "Email: ltquynh@langson.gov.vn",
        "Cơ quan: Ủy ban Nhân dân tỉnh Lạng Sơn", "Thời gian ký: 05.08.2025 09:01:12 +07:00",
    ]  # fmt: skip
    assert find_signature(lines) == ("Lương Trọng Quỳnh", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH")


MARKLESS_OCR = (
    "UY BAN NHAN DAN CONG HOA XA HOI CHU NGHIA VIET NAM\n"
    "TINH LANG SON Doc lap - Tu do - Hanh phuc\n"
    "So: 125/TB-UBND Lang Son, ngay 05 thang 8 nam 2025\n\n"
    "THONG BAO\nKet luan cua Chu tich UBND tinh\n\n"
    "Ngay 01/8/2025, Chu tich UBND tinh chu tri cuoc hop.\n\n"
    "1. Giao So Noi vu chu tri, hoan thanh truoc ngay 30/9/2025.\n\n"
    "Noi nhan:\n- Nhu tren;\n- Luu: VT.\n\nKT. CHU TICH\nPHO CHU TICH\n\nNguyen Van Hung\n"
)


def test_ocr_that_lost_every_mark() -> None:
    notice = parse_notice(MARKLESS_OCR)
    assert (notice.doc_number, notice.doc_type, notice.issued_date) == (
        "125/TB-UBND", "TB", date(2025, 8, 5),
    )  # fmt: skip
    assert notice.issuer == "UBND tỉnh Lạng Sơn"  # marks restored for the directory
    assert (notice.signer, notice.signer_title) == ("Nguyen Van Hung", "KT. CHU TICH PHO CHU TICH")


# A markdown export of a header table whose cells are narrow: every cell wraps.
WRAPPED = (
    """|
**BỘ GIÁO DỤC VÀ
ĐÀO TẠO**
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 2210/BGDĐT-GDPT
|
*Hà Nội, ngày 11
tháng 9 năm 2025*
|

V/v hướng dẫn thực hiện nhiệm vụ giáo dục phổ thông

Kính gửi: Các Sở Giáo dục và Đào tạo.
"""
    + BODY
    + """
Nơi nhận:
- Như trên;
- Lưu: VT, GDPT.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG

Phạm Ngọc Thưởng
"""
)


def test_wrapped_markdown_header_cells() -> None:
    notice = parse_notice(WRAPPED)
    assert (notice.doc_number, notice.doc_type, notice.issued_date, notice.issuer) == (
        "2210/BGDĐT-GDPT", "CV", date(2025, 9, 11), "Bộ Giáo dục và Đào tạo",
    )  # fmt: skip
    assert (notice.signer, notice.signer_title) == ("Phạm Ngọc Thưởng", "KT. BỘ TRƯỞNG THỨ TRƯỞNG")


def test_pdf_header_with_motto_and_date_wrapped_between_left_lines() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA\nVIỆT NAM\nTHÀNH PHỐ HẢI PHÒNG\n"
        "Độc lập - Tự do - Hạnh phúc\n--------\n"
        "Số: 77/UBND-NC\tHải Phòng, ngày 25\ntháng 11 năm 2025\nV/v rà soát dữ liệu\n" + BODY
    )
    notice = parse_notice(text)
    assert (notice.doc_number, notice.issued_date, notice.issuer, notice.place) == (
        "77/UBND-NC", date(2025, 11, 25), "UBND thành phố Hải Phòng", "Hải Phòng",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("tail", "signer", "title"),
    [
        # a seal read as text between the title and the name
        (["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "ỦY BAN NHÂN DÂN", "UBND TỈNH", "Vy Văn Thành"],
         "Vy Văn Thành", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH"),
        # OCR's loose prefix and a caps name
        (["KT CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "ĐOÀN THU HÀ"], "Đoàn Thu Hà",
         "KT. CHỦ TỊCH PHÓ CHỦ TỊCH"),
        (["T.M BAN THƯỜNG VỤ", "BÍ THƯ", "Hoàng Văn Nghiệm"], "Hoàng Văn Nghiệm",
         "T/M BAN THƯỜNG VỤ BÍ THƯ"),
        # a signer whose surname is also the word "Lưu" of the filing line
        (["CHỦ TỊCH", "Lưu Văn Hùng"], "Lưu Văn Hùng", "CHỦ TỊCH"),
        # stray table borders
        (["| TL. CHỦ TỊCH |", "CHÁNH VĂN PHÒNG |", "| Lê Văn Cường"], "Lê Văn Cường",
         "TL. CHỦ TỊCH CHÁNH VĂN PHÒNG"),
    ],
)  # fmt: skip
def test_signature_noise(tail: list[str], signer: str, title: str) -> None:
    lines = ["1. Giao Sở Nội vụ chủ trì.", "", "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "", *tail]
    assert find_signature(lines) == (signer, title)


@pytest.mark.parametrize(
    ("lines", "signer", "title"),
    [
        # tabs lost: each recipient line carries a piece of the signer's column
        (["Nơi nhận: KT. CHỦ TỊCH", "- Như trên; PHÓ CHỦ TỊCH", "- TT Tỉnh ủy;",
          "- Lưu: VT, NC. Nguyễn Văn Hùng"], "Nguyễn Văn Hùng", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH"),
        # the signer's title a line above "Nơi nhận:"; OCR lost the dashes of the recipients
        (["TL. CHỦ TỊCH", "Nơi nhận: CHÁNH VĂN PHÒNG", "Như trên;", "TT Tỉnh ủy;",
          "Lưu: VT.", "(Đã ký)", "Trần Minh Khoa"], "Trần Minh Khoa",
         "TL. CHỦ TỊCH CHÁNH VĂN PHÒNG"),
        # the title glued before "Nơi nhận:"
        (["KT. GIÁM ĐỐC Nơi nhận:", "PHÓ GIÁM ĐỐC", "- Như trên;", "- Lưu: VT.",
          "Bế Thị Hạnh"], "Bế Thị Hạnh", "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC"),
    ],
)  # fmt: skip
def test_glued_signature_columns(lines: list[str], signer: str, title: str) -> None:
    assert find_signature(["1. Giao Sở Nội vụ chủ trì.", "", *lines]) == (signer, title)


@pytest.mark.parametrize(
    ("lines", "number", "doc_type", "issuer_code"),
    [
        (["ỦY BAN NHÂN DÂN", "S6: 125/TB-UBND"], "125/TB-UBND", "TB", "UBND"),
        (["TỈNH ỦY", "Sô 45-TB/TU"], "45-TB/TU", "TB", "TU"),
        (["ỦY BAN NHÂN DÂN", "So: 12/KH-UBND |"], "12/KH-UBND", "KH", "UBND"),
        # "Số:" and the number in two cells, the date cell in between
        (["ỦY BAN NHÂN DÂN", "Số:", "Lạng Sơn, ngày 05 tháng 8 năm 2025", "125/TB-UBND"],
         "125/TB-UBND", "TB", "UBND"),
        (["ỦY BAN NHÂN DÂN", "Số:", "123/UBND-VP"], "123/UBND-VP", "CV", "UBND"),
    ],
)  # fmt: skip
def test_number_as_readers_leave_it(
    lines: list[str], number: str, doc_type: str, issuer_code: str
) -> None:
    found = find_number(lines)
    assert (found.number, found.doc_type, found.issuer_code) == (number, doc_type, issuer_code)


@pytest.mark.parametrize(
    "line",
    ["SỞ NỘI VỤ", "Sở Nội vụ tỉnh Lạng Sơn", "So sánh với năm 2024"],
)
def test_a_body_named_so_is_no_number(line: str) -> None:
    assert find_number(["ỦY BAN NHÂN DÂN", line]).number is None


@pytest.mark.parametrize(
    ("line", "place", "day", "month", "year"),
    [
        # marks and comma lost; a province's name gets its marks back
        ("Lang Son ngay 05 thang 8 nam 2025", "Lạng Sơn", 5, 8, 2025),
        ("Dong Dang ngay 05 thang 8 nam 2025", "Dong Dang", 5, 8, 2025),
        ("Lạng Sơn ngày 05 tháng 8 năm 2025", "Lạng Sơn", 5, 8, 2025),  # comma lost
        ("- Lạng Sơn, ngày 20 tháng 6 năm 2025", "Lạng Sơn", 20, 6, 2025),  # the Party "*"
        ("ngày 12 tháng 3 năm 2025", None, 12, 3, 2025),  # the place lost
        ("| Hà Nội, ngày 05/8/2026 |", "Hà Nội", 5, 8, 2026),
        ("ĐẢNG ỦY XÃ TÂN THÀNH Tân Thành, ngày 2 tháng 12 năm 2025", "Tân Thành", 2, 12, 2025),
    ],
)
def test_place_date_as_readers_leave_it(
    line: str, place: str | None, day: int, month: int, year: int
) -> None:
    found = find_place_date([line])
    assert found is not None
    assert (found.place, found.day, found.month, found.year) == (place, day, month, year)


@pytest.mark.parametrize(
    "line",
    [
        "Thực hiện Kế hoạch số 45/KH-UBND ngày 20 tháng 01 năm 2025 của UBND tỉnh",
        "Theo đề nghị của Sở ngày 05 tháng 8 năm 2025",
        "Ngày 07/3/2024, Chủ tịch UBND huyện chủ trì cuộc họp",
    ],
)
def test_dates_in_running_text_are_no_place_date(line: str) -> None:
    assert find_place_date([line]) is None


@pytest.mark.parametrize(
    ("line", "pieces"),
    [
        ("ỦY BAN NHÂN DẦN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
         ["ỦY BAN NHÂN DẦN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]),
        ("TỈNH LẠNG SƠN Độc lập — Tự do — Hạnh phúc",
         ["TỈNH LẠNG SƠN", "Độc lập - Tự do - Hạnh phúc"]),
        ("S6: 125/TB-UBND Lạng Sơn ngay 05 thang 8 nam 2025",
         ["Số: 125/TB-UBND", "Lạng Sơn, ngày 05 tháng 8 năm 2025"]),
        ("HUYỆN ỦY BẢO LÂM ĐẢNG CỘNG SẢN VIỆT NAM",
         ["HUYỆN ỦY BẢO LÂM", "ĐẢNG CỘNG SẢN VIỆT NAM"]),
        ("| ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ ------- |", ["ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ"]),
    ],
)  # fmt: skip
def test_repair_splits_glued_columns(line: str, pieces: list[str]) -> None:
    assert repair(line) == pieces


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("ỦY BAN NHÂN DẦN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LẠNG SƠN\tĐộc lập",
         ["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN"]),
        ("UY BAN NHAN DAN\nTINH CAO BANG\nSo: 1/TB-UBND", ["ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG"]),
        ("KHẨN\nVĂN PHÒNG CHÍNH\nPHỦ\n-------\nSố: 3/TB-VPCP", ["VĂN PHÒNG CHÍNH PHỦ"]),
        ("BỘ NỘI VỤ\nBÁO CÁO\nKẾT QUẢ CẢI CÁCH HÀNH CHÍNH", ["BỘ NỘI VỤ"]),  # stops at the type
        # a wrapped "SỞ" is no bare number label
        ("UBND TỈNH LẠNG SƠN\nSỞ\nNỘI VỤ\nSố: 1/TB-SNV", ["UBND TỈNH LẠNG SƠN", "SỞ NỘI VỤ"]),
        ("ĐẢNG BỘ TỈNH LẠNG SƠN\nTỈNH ỦY\n*\nSố 45-TB/TU", ["ĐẢNG BỘ TỈNH LẠNG SƠN", "TỈNH ỦY"]),
    ],
)  # fmt: skip
def test_organisation_lines(text: str, lines: list[str]) -> None:
    assert organisation_lines(clean_lines(text)) == lines


def test_head_pieces_rejoin_a_wrapped_date_across_the_other_column() -> None:
    lines = clean_lines("Số: 4085/UBND-ĐT\tHồ Chí Minh, ngày 25\nV/v\ntháng 11 năm 2025\n")
    assert "Hồ Chí Minh, ngày 25 tháng 11 năm 2025" in head_pieces(lines)


def test_stamp_body_names_the_issuer_when_the_header_is_lost() -> None:
    text = (
        "THÔNG BÁO\nKết luận tại cuộc họp giao ban\n\n"
        "Ngày 04/8/2025, lãnh đạo chủ trì cuộc họp. Kết luận như sau:\n"
        + BODY
        + "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n"
        "Người ký: Lương Trọng Quỳnh\nEmail: ltquynh@langson.gov.vn\n"
        "Cơ quan: Ủy ban Nhân dân tỉnh Lạng Sơn\nThời gian ký: 05.08.2025 09:01:12 +07:00\n"
    )
    notice = parse_notice(text)
    assert (notice.issuer, notice.signer) == ("UBND tỉnh Lạng Sơn", "Lương Trọng Quỳnh")


def test_a_body_called_co_quan_in_running_text_is_no_stamp() -> None:
    text = (
        "THÔNG BÁO\nKết luận của Chủ tịch UBND huyện\n\n"
        "1. Cơ quan: Phòng Nội vụ huyện chủ trì, hoàn thành trước ngày 30/9/2025.\n"
    )
    assert parse_notice(text).issuer == "UBND huyện"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("UY BAN NHAN DAN\nTINH LANG SON\nSo: 1/TB-UBND", "UBND tỉnh Lạng Sơn"),
        ("UBND XA TAN THANH\nSo: 1/TB-UBND", "UBND xã Tan Thanh"),  # a commune is not guessed
        ("ỦY BAN NHÂN DẦN\nXÃ ĐÔNG PHƯƠNG\nSố: 1/TB-UBND", "UBND xã Đông Phương"),
        ("UBND XÃ YÊN TĨNH\nSố: 1/TB-UBND", "UBND xã Yên Tĩnh"),  # "Tĩnh" is no level
        ("HĐND TỈNH HÀ TĨNH\nSố: 1/NQ-HĐND", "HĐND tỉnh Hà Tĩnh"),
    ],
)
def test_ocr_marks_are_restored_only_where_they_cannot_be_a_name(text: str, issuer: str) -> None:
    assert parse_notice(f"{text}\n\nTHÔNG BÁO\nKết luận\n\n{BODY}").issuer == issuer


# A markdown export of a Party header whose narrow cells wrap after one word.
PARTY_WRAPPED = (
    """|
**BAN
CHẤP HÀNH TRUNG ƯƠNG**
*
|
**ĐẢNG
CỘNG SẢN VIỆT NAM**
---------------
|
|
Số 305-KL/TW
|
*Hà Nội, ngày 04
tháng 12 năm 2025*
|
**KẾT LUẬN**
CỦA BAN BÍ THƯ VỀ CÔNG TÁC CÁN BỘ
"""
    + BODY
    + """
Nơi nhận:
- Các tỉnh ủy, thành ủy,
- Lưu Văn phòng Trung ương Đảng.

T/M BAN BÍ THƯ

Trần Cẩm Tú
"""
)


def test_party_header_wrapped_after_one_word() -> None:
    notice = parse_notice(PARTY_WRAPPED)
    assert (notice.doc_number, notice.doc_type, notice.issued_date, notice.issuer) == (
        "305-KL/TW", "KL", date(2025, 12, 4), "Ban Chấp hành Trung ương",
    )  # fmt: skip
    assert (notice.signer, notice.signer_title) == ("Trần Cẩm Tú", "T/M BAN BÍ THƯ")


def test_the_left_column_sharing_a_line_with_the_motto_s_last_words() -> None:
    # a photo: the left cell's "NỘI" and the motto's "VIỆT NAM" on one row, a garbled motto line
    text = (
        "UBND THÀNH PHỐ HÀ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA\nNỘI VIỆT NAM\n\n"
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO\tE0 lập = EM dgi=-biệng pước\n\n"
        "Số: 812/SGDĐT-VP\tHà Nội, ngày 03 tháng 12 năm 2025\n"
        "V/v tăng cường phòng chống dịch bệnh trong trường học\n" + BODY
    )
    notice = parse_notice(text)
    assert (notice.doc_number, notice.issued_date, notice.issuer) == (
        "812/SGDĐT-VP", date(2025, 12, 3), "Sở Giáo dục và Đào tạo thành phố Hà Nội",
    )  # fmt: skip


def test_a_cited_document_s_date_is_not_the_issue_date() -> None:
    text = (
        "Kính gửi: Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ\n"
        "Thực hiện Kết luận số 192-KL/TW, ngày 19/9/2025 và Kết luận số 221-KL/TW, "
        "ngày 28/11/2025 của Bộ Chính trị, Ban Chỉ đạo yêu cầu:\n" + BODY
    )
    assert parse_notice(text).issued_date is None


@pytest.mark.parametrize(
    ("caps", "proper"),
    [
        ("BAN CHẤP HÀNH TRUNG ƯƠNG", "Ban Chấp hành Trung ương"),
        ("BAN TỔ CHỨC TRUNG ƯƠNG", "Ban Tổ chức Trung ương"),
        ("VĂN PHÒNG QUỐC HỘI", "Văn phòng Quốc hội"),
        ("ĐẢNG ỦY CHÍNH PHỦ", "Đảng ủy Chính phủ"),
    ],
)
def test_central_bodies_keep_their_capitals(caps: str, proper: str) -> None:
    from notices.issuer import proper_case

    assert proper_case(caps) == proper
