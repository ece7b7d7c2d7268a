"""Round 31 (scanmeta): the header and the signer of a real scan as OCR read them.

A scanned notice's place-date line comes out of OCR with the comma after the place read as a
full stop ("Krông Nô. ngày 05 tháng 6 năm 2019"), with a Central Highlands name's apostrophe lost
("Đắk R lấp, ngày …" for "Đắk R'lấp") or with the table's rule read before the place ("II [Hà
Nội, ngày …"); its signer's name is the last line below the filing line, among the seal's and
the signature's specks, sometimes with a speck read as a dash ("- Cao Văn Tính"). A day written
by hand that OCR cannot read stays unknown, and a sentence's date, a recipient and a person
addressed stay what they are. Documents invented for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from notices import parse_notice

_BODY = """THÔNG BÁO
Kết quả tiếp công dân

Ủy ban nhân dân huyện thông báo kết quả tiếp công dân như sau:
1. Giao Phòng Tài nguyên và Môi trường kiểm tra, xác minh nội dung kiến nghị của công dân.
"""


def _scan(place_date: str, *, tail: str = "") -> str:
    return (
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "HUYỆN ĐẮK R'LẤP\tĐộc lập - Tự do - Hạnh phúc\n\n"
        f"Số: 412/TB-UBND\t{place_date}\n\n{_BODY}{tail}"
    )


@pytest.mark.parametrize(
    ("place_date", "issued", "place"),
    [
        # the comma after the place read as a full stop
        ("Krông Nô. ngày 05 tháng 6 năm 2019", date(2019, 6, 5), "Krông Nô"),
        # the apostrophe of "Đắk R'lấp" lost, and OCR's "O2" for a printed 02
        ("Đắk R lắp. ngày O2 tháng 7 năm 2019", date(2019, 7, 2), "Đắk R'lắp"),
        ("Ea H leo, ngày 14 tháng 3 năm 2020", date(2020, 3, 14), "Ea H'leo"),
        # a table's rule read before the place
        ("II [Hà Nội, ngày 24 tháng 01 năm 2014", date(2014, 1, 24), "Hà Nội"),
    ],
)
def test_scan_place_date_read(place_date: str, issued: date, place: str) -> None:
    notice = parse_notice(_scan(place_date))
    assert notice.issued_date == issued
    assert notice.place == place


@pytest.mark.parametrize(
    "place_date",
    [
        # a day written by hand that OCR read as marks: no day is made up
        "Krông Nô. ngày “Ÿ tháng 6 năm 2019",
        "Đắk R lấp, ngày f6 tháng 7 năm 2019",
    ],
)
def test_scan_handwritten_day_stays_unknown(place_date: str) -> None:
    notice = parse_notice(_scan(place_date))
    assert notice.issued_date is None
    assert notice.place is not None


def test_sentence_after_full_stop_is_no_place_date() -> None:
    """ "… Hà Nội. Ngày 05/6/2019, …": a sentence opening with a capital after a full stop."""
    text = (
        "ỦY BAN NHÂN DÂN\nHUYỆN KRÔNG NÔ\n\nSố: 412/TB-UBND\n\n"
        "THÔNG BÁO\nKết quả làm việc\n\n"
        "Đoàn công tác đã làm việc tại Hà Nội. Ngày 05 tháng 6 năm 2019, đoàn về huyện.\n"
        "1. Giao Phòng Nội vụ tổng hợp kết quả làm việc của đoàn công tác.\n"
    )
    notice = parse_notice(text)
    assert notice.place is None


def test_lower_case_word_after_initial_is_no_name_inside_a_sentence() -> None:
    """ "UBND xã A tổ chức họp. ngày …": no place before the date, nothing glued."""
    notice = parse_notice(_scan("UBND xã A tổ chức họp. ngày 05 tháng 6 năm 2019"))
    assert notice.place is None


_SIGNED = """
Nơi nhận:\tTRƯỞNG BAN
- Như trên;
- Lãnh đạo VP;
- Lưu: VT, BTCD.\t—Z
{name}
"""


@pytest.mark.parametrize(
    ("name", "signer"),
    [
        ("Cao Văn Tính", "Cao Văn Tính"),
        # a speck of the signature read as a dash under the filing line
        ("- Cao Văn Tính", "Cao Văn Tính"),
        # the seal's marks read as a row of letters and signs below the name
        ("Trần Thị Mai\n\n——\tỒnS—————ễễEễ®°#š®“ỂẴẾẴÈÝ§ÝÃÝ:", "Trần Thị Mai"),
    ],
)
def test_scan_signer_below_filing_line(name: str, signer: str) -> None:
    tail = _SIGNED.replace("\tTRƯỞNG BAN", "\txu ỞNG BAN").format(name=name)
    notice = parse_notice(_scan("Krông Nô, ngày 05 tháng 6 năm 2019", tail=tail))
    assert notice.signer == signer


@pytest.mark.parametrize(
    "name",
    [
        "- Ông Cao Văn Tính",  # a person addressed
        "- Nguyễn Văn An (để biết);",  # a recipient OCR read below the filing line
        "Nhận được Công văn này, đề nghị đơn vị thực hiện.",  # a sentence
    ],
)
def test_no_signer_from_lines_below_filing_that_are_no_name(name: str) -> None:
    tail = _SIGNED.replace("\tTRƯỞNG BAN", "\txu ỞNG BAN").format(name=name)
    notice = parse_notice(_scan("Krông Nô, ngày 05 tháng 6 năm 2019", tail=tail))
    assert notice.signer is None
