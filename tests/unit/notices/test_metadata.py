"""Metadata: number and type, place and date, meeting date, title, signer, issuer."""

from __future__ import annotations

from datetime import date

import pytest

from notices.issuer import find_issuer, proper_case
from notices.metadata import find_meeting_date, find_number, find_place_date, find_type_and_title
from notices.signature import find_signature


@pytest.mark.parametrize(
    ("line", "number", "doc_type", "issuer_code"),
    [
        ("Số: 123/TB-UBND", "123/TB-UBND", "TB", "UBND"),  # state notice
        ("Số: /TB-UBND", None, "TB", "UBND"),  # number left blank (hiep-hoa, bac-son)
        ("Số:   45 / TB - VPUBND", "45/TB-VPUBND", "TB", "VPUBND"),  # stray spaces
        ("Số: 12/2026/QĐ-UBND", "12/2026/QĐ-UBND", "QĐ", "UBND"),  # a legal document's year
        ("Số: 4537/UBND-NCKS", "4537/UBND-NCKS", "CV", "UBND"),  # a letter (công văn)
        ("Số 30-CT/HU", "30-CT/HU", "CT", "HU"),  # Party: hyphen then slash
        ("Số 118-TB/HU", "118-TB/HU", "TB", "HU"),
        ("Số: 05-KL/TU", "05-KL/TU", "KL", "TU"),
    ],
)
def test_number(line: str, number: str | None, doc_type: str, issuer_code: str) -> None:
    found = find_number(["ỦY BAN NHÂN DÂN", line])
    assert (found.number, found.doc_type, found.issuer_code) == (number, doc_type, issuer_code)


@pytest.mark.parametrize(
    ("line", "place", "day", "month", "year"),
    [
        ("Hiệp Hoà, ngày tháng 3 năm 2024", "Hiệp Hòa", None, 3, 2024),  # blank day stays unknown
        ("Bắc Sơn, ngày 24 tháng 10 năm 2023", "Bắc Sơn", 24, 10, 2023),
        ("Hà Nội, ngày 05/8/2026", "Hà Nội", 5, 8, 2026),
        ("TP. Hồ Chí Minh, ngày 01 tháng 02 năm 2026", "TP. Hồ Chí Minh", 1, 2, 2026),
        ("Quảng Ninh, ngày ..... tháng ..... năm 2025", "Quảng Ninh", None, None, 2025),
        ("Số: 12/UBND-VX Thanh Hóa, ngày 3 tháng 4 năm 2025", "Thanh Hóa", 3, 4, 2025),
    ],
)
def test_place_date(line: str, place: str, day: int | None, month: int | None, year: int) -> None:
    found = find_place_date([line])
    assert found is not None
    assert (found.place, found.day, found.month, found.year) == (place, day, month, year)


@pytest.mark.parametrize(
    ("paragraph", "meeting"),
    [
        ("Ngày 07/3/2024, Chủ tịch UBND huyện tổ chức Hội nghị", date(2024, 3, 7)),
        ("Chiều ngày 12 tháng 5 năm 2026, tại trụ sở UBND tỉnh", date(2026, 5, 12)),
        ("Sáng ngày 02-6-2025, Ban Thường vụ họp", date(2025, 6, 2)),
    ],
)
def test_meeting_date(paragraph: str, meeting: date) -> None:
    assert find_meeting_date([paragraph]) == meeting


def test_type_and_multiline_title() -> None:
    lines = ["THÔNG BÁO", "KẾT LUẬN CỦA BAN THƯỜNG VỤ", "VỀ VIỆC CẢI CÁCH", "", "Ngày 25/01/2024,"]
    assert find_type_and_title(lines) == ("TB", "KẾT LUẬN CỦA BAN THƯỜNG VỤ VỀ VIỆC CẢI CÁCH")


def test_letter_title_is_the_subject_line() -> None:
    lines = ["Số: 12/UBND-NC", "V/v triển khai Kế hoạch cải cách hành chính năm 2026", ""]
    assert find_type_and_title(lines) == (
        "CV",  # a "V/v …" subject line is the mark of a công văn
        "V/v triển khai Kế hoạch cải cách hành chính năm 2026",
    )


@pytest.mark.parametrize(
    ("tail", "signer", "title"),
    [
        (["CHỦ TỊCH", "", "Hoàng Công Bộ"], "Hoàng Công Bộ", "CHỦ TỊCH"),
        (["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "", "", "Lê Ngọc Quảng"],
         "Lê Ngọc Quảng", "TL. CHỦ TỊCH KT. CHÁNH VĂN PHÒNG PHÓ CHÁNH VĂN PHÒNG"),
        (["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "NGUYỄN VĂN HÙNG"], "Nguyễn Văn Hùng",
         "KT. CHỦ TỊCH PHÓ CHỦ TỊCH"),
        (["TUQ. CHỦ TỊCH", "GIÁM ĐỐC SỞ NỘI VỤ", "Trần Thị Bình"], "Trần Thị Bình",
         "TUQ. CHỦ TỊCH GIÁM ĐỐC SỞ NỘI VỤ"),
    ],
)  # fmt: skip
def test_signature(tail: list[str], signer: str, title: str) -> None:
    lines = ["1. Giao Sở Nội vụ chủ trì.", "", "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "", *tail]
    assert find_signature(lines) == (signer, title)


@pytest.mark.parametrize(
    ("caps", "proper"),
    [
        ("ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "UBND tỉnh Bắc Giang"),
        ("SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "Sở Kế hoạch và Đầu tư"),
        ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Bộ Lao động - Thương binh và Xã hội"),
        ("VĂN PHÒNG CHÍNH PHỦ", "Văn phòng Chính phủ"),
        ("HUYỆN ỦY HIỆP HÒA", "Huyện ủy Hiệp Hòa"),
        ("ĐẢNG ỦY XÃ ĐOAN BÁI", "Đảng ủy xã Đoan Bái"),
        # a unit named after a person or by a number keeps "Thành phố", "Phường" capitalised
        # (Decree 30/2020, appendix II); other places do not
        ("UBND THÀNH PHỐ HỒ CHÍ MINH", "UBND Thành phố Hồ Chí Minh"),
        ("ỦY BAN NHÂN DÂN PHƯỜNG 5", "UBND Phường 5"),
        ("UBND PHƯỜNG HOÀNG VĂN THỤ", "UBND Phường Hoàng Văn Thụ"),
        ("UBND THÀNH PHỐ HÀ NỘI", "UBND thành phố Hà Nội"),
        ("ỦY BAN NHÂN DÂN XÃ TÂN THÀNH", "UBND xã Tân Thành"),
    ],
)
def test_proper_case(caps: str, proper: str) -> None:
    assert proper_case(caps) == proper


@pytest.mark.parametrize(
    ("header", "title", "code", "signer_title", "place", "issuer"),
    [
        # header block, two lines
        (["ỦY BAN NHÂN DÂN", "TỈNH BẮC NINH", "Số: 1/TB-UBND"], "", "UBND", None, "Bắc Ninh",
         "UBND tỉnh Bắc Ninh"),
        # a body under its parent: "UBND TỈNH X / VĂN PHÒNG"
        (["UBND TỈNH LẠNG SƠN", "VĂN PHÒNG"], "", "VP", None, None,
         "Văn phòng UBND tỉnh Lạng Sơn"),
        # no header: from the title and the place (hiep-hoa)
        ([], "Kết luận của Chủ tịch UBND huyện Hội nghị rà soát", "UBND", "CHỦ TỊCH", "Hiệp Hòa",
         "UBND huyện Hiệp Hòa"),
        # a Party committee (btv-huyen-uy)
        ([], "KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY VỀ VIỆC", None, "T/M BAN THƯỜNG VỤ", None,
         "Ban Thường vụ Huyện ủy"),
        # "Chủ tịch UBND tỉnh Lê Trí Thanh" names a person, not a province (ubnd-tinh)
        ([], "Kết luận của đồng chí Lê Trí Thanh, Chủ tịch Ủy ban nhân dân tỉnh", None, None, None,
         "UBND tỉnh"),
        # only the number's suffix: a Party number
        ([], "", "HU", "T/M BAN THƯỜNG VỤ", None, "Ban Thường vụ Huyện ủy"),
    ],
)  # fmt: skip
def test_issuer(
    header: list[str],
    title: str,
    code: str | None,
    signer_title: str | None,
    place: str | None,
    issuer: str,
) -> None:
    context = f"{title} Chủ tịch UBND tỉnh Lê Trí Thanh kết luận"
    found = find_issuer(
        header,
        title=title,
        issuer_code=code,
        signer_title=signer_title,
        place=place,
        context=context,
    )
    assert found == issuer
