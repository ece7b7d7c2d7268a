"""Round 30 (kgscan): a provincial Công điện's addressees, and the header lines OCR damages.

A Công điện names the bodies it is sent to under its sender's post in capitals ("CHỦ TỊCH ỦY
BAN NHÂN DÂN TỈNH … điện:" and one "- …;" a line), as a letter's "Kính gửi:" does: its points
that name no doer are theirs (notices.recipients). A scan's header read by OCR glues the number
cell to the place-date ("Số: 3354/VPCP-KGVX V/v ban hành Hà Nội, ngày 26 tháng 04 năm 2013"),
sets the number on the line after its bare label ("Số:" / "02/2014/QĐ-TTg"), reads the label's
ố as another vowel ("Sá:ZZ /UBND-VP") and a stroke beside a month's digits ("tháng l1]"):
the number and the date are still the document's (notices.metadata, notices.header_repair).
Documents invented for these tests.
"""

from __future__ import annotations

from datetime import date

from notices import parse_notice

CABLE_HEAD = """| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
| TỈNH HẬU GIANG | Độc lập – Tự do – Hạnh phúc |
| Số: 88/CĐ-UBND | Hậu Giang, ngày 10 tháng 10 năm 2030 |

KHẨN

CÔNG ĐIỆN
Về việc chủ động ứng phó với áp thấp nhiệt đới

{sender}
- Thủ trưởng các sở, ban, ngành tỉnh;
- Chủ tịch UBND các huyện, thị xã, thành phố.

Áp thấp nhiệt đới đang di chuyển vào vùng biển phía Nam, gây mưa lớn trên diện rộng.

Để chủ động ứng phó, Chủ tịch UBND tỉnh yêu cầu:

1. Tổ chức trực ban 24/24, theo dõi sát diễn biến của áp thấp nhiệt đới.

2. Sở Nông nghiệp và Môi trường theo dõi sát diễn biến mưa lũ, báo cáo Chủ tịch UBND tỉnh.

| Nơi nhận: | CHỦ TỊCH |
| - Như trên; | |
| - Lưu: VT. | Trần Văn Bình |
"""
CABLE_ADDRESSEES = (
    "Thủ trưởng các sở, ban, ngành tỉnh",
    "Chủ tịch UBND các huyện, thị xã, thành phố",
)


def _tasks(text: str) -> dict[str, tuple[str, ...]]:
    return {task.text[:20]: task.lead for task in parse_notice(text).tasks}


def test_a_cables_points_without_a_doer_are_its_addressees() -> None:
    sender = "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HẬU GIANG điện:"
    tasks = _tasks(CABLE_HEAD.format(sender=sender))
    assert tasks["Tổ chức trực ban 24/"] == CABLE_ADDRESSEES
    assert tasks["Sở Nông nghiệp và Mô"] == ("Sở Nông nghiệp và Môi trường",)


def test_a_bold_sender_line_is_read_the_same() -> None:
    tasks = _tasks(CABLE_HEAD.format(sender="**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:**"))
    assert tasks["Tổ chức trực ban 24/"] == CABLE_ADDRESSEES


def test_a_sentence_that_mentions_a_cable_names_no_addressees() -> None:
    # counter-example: a sentence in lower case that cites a cable is not the sender's line
    sender = "Ủy ban nhân dân tỉnh đã gửi công điện:"
    tasks = _tasks(CABLE_HEAD.format(sender=sender))
    assert "Tổ chức trực ban 24/" not in tasks


LETTER = """VĂN PHÒNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{number_line}
Thông tư hướng dẫn về hồ sơ
Kính gửi: Bộ Lao động - Thương binh và Xã hội
Tại công văn số 801/VPCP-KGVX ngày 09 tháng 10 năm 2029 của Văn phòng Chính phủ, Phó Thủ
tướng đã giao Bộ khẩn trương ban hành Thông tư hướng dẫn trước ngày 30 tháng 6 năm 2030.
Văn phòng Chính phủ xin thông báo để Quý Bộ biết, thực hiện./.
"""


def test_a_place_date_glued_to_the_number_cell_is_the_letters_date() -> None:
    line = "SỐ: 3356/VPCP-KGVX V/v ban hành Hà Nội, ngày 26 tháng 04 năm 2030"
    notice = parse_notice(LETTER.format(number_line=line))
    assert notice.doc_number == "3356/VPCP-KGVX"
    assert notice.issued_date == date(2030, 4, 26)


def test_a_date_glued_after_a_tab_with_strokes_beside_its_digits() -> None:
    line = "Số: 2.42Ý /&H-SYT\tKiên Giang, ngày l4 tháng l1] năm 2030"
    assert parse_notice(LETTER.format(number_line=line)).issued_date == date(2030, 11, 14)


def test_a_cited_date_in_the_number_line_is_not_the_letters_date() -> None:
    # counter-example: the date closing the line must follow a province's name
    line = "Số: 3357/VPCP-KGVX V/v thực hiện Kết luận của Bộ, ngày 26 tháng 04 năm 2030"
    assert parse_notice(LETTER.format(number_line=line)).issued_date is None


def test_a_number_set_on_the_line_after_its_bare_label() -> None:
    head = "Số:\n02/2030/QĐ-TTg\nHà Nội, ngày 13 tháng 01 năm 2030"
    notice = parse_notice(LETTER.format(number_line=head))
    assert notice.doc_number == "02/2030/QĐ-TTg"
    assert notice.issued_date == date(2030, 1, 13)


DISTRICT = """ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN KRÔNG BÔNG\tĐộc lập - Tự do - Hạnh phúc
{number_line}\tKrông Bông, ngày 18 tháng 6 năm 2030
V/v chuyển nội dung kiến nghị của công dân

Kính gửi: Phòng Tài nguyên và Môi trường huyện.

Ngày 12/6/2030, Ủy ban nhân dân huyện tiếp nhận kiến nghị của hộ ông Nguyễn Văn An về việc
xả lũ gây thiệt hại hoa màu. Ủy ban nhân dân huyện đề nghị Phòng Tài nguyên và Môi trường
kiểm tra, xác minh và báo cáo kết quả trước ngày 30/6/2030./.
"""


def test_a_misread_number_label_is_no_part_of_the_issuer() -> None:
    notice = parse_notice(DISTRICT.format(number_line="Sá:ZZ /UBND-VP"))
    assert notice.issuer == "UBND huyện Krông Bông"
    assert notice.doc_number is None


def test_a_printed_label_keeps_its_reading() -> None:
    # counter-example: a label read right keeps its number and leaves the issuer as it was
    notice = parse_notice(DISTRICT.format(number_line="Số: 45/UBND-VP"))
    assert notice.doc_number == "45/UBND-VP"
    assert notice.issuer == "UBND huyện Krông Bông"
