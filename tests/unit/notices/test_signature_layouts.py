"""Signer, number and date in the layouts that real files give once their table is flattened:
a web page's one-line table row, a second post printed under the name, a PDF that read the
signer's name into the recipients' column, a signer glued after the last sentence, a law's
"Nghị quyết số:" and adoption line, a month whose digits a scrape set apart."""

from __future__ import annotations

from datetime import date

import pytest

from notices import parse_notice
from notices.metadata import find_adoption_date, find_number, find_place_date
from notices.signature import find_signature

BODY = [
    "1. Sở Tài chính rà soát kinh phí hỗ trợ, báo cáo trước ngày 15/3/2027.",
    "2. Ủy ban nhân dân các xã tổ chức kiểm tra thực tế tại cơ sở.",
]


def test_a_one_line_table_row_gives_the_title_then_the_name() -> None:
    lines = [
        *BODY,
        "| Nơi nhận: - Như trên; - Sở Nội vụ; - Lưu: VT, TH (2b). | KT. CHỦ TỊCH PHÓ CHỦ TỊCH"
        " Đinh Quang Hải |",
        "|---|---|",
    ]
    assert find_signature(lines) == ("Đinh Quang Hải", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH")


def test_a_second_post_under_the_name_is_not_the_signers_title() -> None:
    lines = [
        *BODY,
        "Nơi nhận:",
        "- Ban Thường vụ Đảng ủy (b/c);",
        "- Lưu: VT.",
        "TM. BAN CHỈ ĐẠO",
        "TRƯỞNG BAN",
        "Hà Thị Mai",
        "PHÓ BÍ THƯ THƯỜNG TRỰC ĐẢNG ỦY",
    ]
    assert find_signature(lines) == ("Hà Thị Mai", "TM. BAN CHỈ ĐẠO TRƯỞNG BAN")


def test_a_name_read_into_the_recipients_column_of_a_pdf() -> None:
    lines = [
        *BODY,
        "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN",
        "- Như trên;\tKT. CHỦ TỊCH",
        "- Thường trực Tỉnh ủy (để b/c); PHÓ CHỦ TỊCH",
        "- Sở Y tế; (để Lương Thị Bích Ngọc",
        "phối hợp);",
        "- Lưu: VT, KGVX.",
    ]
    signer, title = find_signature(lines)
    assert signer == "Lương Thị Bích Ngọc"
    assert title == "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH"


def test_no_name_is_taken_from_a_recipients_line_ending_in_a_body() -> None:
    lines = [
        *BODY,
        "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN",
        "- Như trên;\tCHỦ TỊCH",
        "- Ban Quản lý Khu Kinh tế Vân Phong",
        "- Lưu: VT.",
    ]
    assert find_signature(lines) == (None, "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH")


def test_a_family_name_alone_on_its_line_is_kept() -> None:
    lines = [*BODY, "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "GIÁM ĐỐC", "Lê", "Văn Thành"]
    assert find_signature(lines) == ("Lê Văn Thành", "GIÁM ĐỐC")


def test_a_signer_glued_after_the_last_sentence() -> None:
    lines = [
        *BODY,
        "Nghị quyết này có hiệu lực từ ngày ký./. TM. HỘI ĐỒNG NHÂN DÂN CHỦ TỊCH",
        "",
        "Phan Văn Lộc",
    ]
    assert find_signature(lines) == ("Phan Văn Lộc", "TM. HỘI ĐỒNG NHÂN DÂN CHỦ TỊCH")


@pytest.mark.parametrize(
    ("line", "number", "doc_type"),
    [
        ("Nghị quyết số: 112/2026/UBTVQH15", "112/2026/UBTVQH15", "NQ"),
        ("Luật số: 47/2024/QH15", "47/2024/QH15", None),  # a law has no type code
        ("Quyết định số: 15/2026/QĐ-UBND", "15/2026/QĐ-UBND", "QĐ"),
    ],
)
def test_a_number_printed_after_its_kind(line: str, number: str, doc_type: str | None) -> None:
    found = find_number(["QUỐC HỘI", line])
    assert (found.number, found.doc_type) == (number, doc_type)


def test_a_kind_named_in_a_sentence_is_not_a_number() -> None:
    assert find_number(["Quyết định số 15/2026/QĐ-UBND của UBND tỉnh"]).number is None


def test_a_resolution_without_a_date_line_is_dated_by_its_adoption() -> None:
    text = "\n".join(
        [
            "ỦY BAN THƯỜNG VỤ QUỐC HỘI",
            "Nghị quyết số: 112/2026/UBTVQH15",
            "NGHỊ QUYẾT",
            "Về mức chi hỗ trợ hoạt động giám sát",
            "Điều 1. Mức chi",
            "1. Chính phủ hướng dẫn việc thực hiện Nghị quyết này.",
            "Nghị quyết này được Ủy ban Thường vụ Quốc hội khóa XV, phiên họp thứ 50 thông qua",
            "ngày 14 tháng 10 năm 2026.",
            "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI",
            "CHỦ TỊCH",
            "Trần Văn Bình",
        ]
    )
    notice = parse_notice(text)
    assert notice.doc_number == "112/2026/UBTVQH15"
    assert notice.issued_date == date(2026, 10, 14)
    assert notice.signer == "Trần Văn Bình"
    adopted = ["Luật này đã được Quốc hội thông qua ngày 3 tháng 1 năm 2026."]
    assert find_adoption_date(adopted) == date(2026, 1, 3)
    # a resolution citing another one's adoption does not date itself by it
    cited = ["Căn cứ Nghị quyết số 12, thông qua ngày 3 tháng 1 năm 2026;"]
    assert find_adoption_date(cited) is None


def test_a_month_whose_digits_were_set_apart() -> None:
    found = find_place_date(["Đà Lạt, ngày 0 9 tháng 0 6 năm 2026"])
    assert found is not None and (found.day, found.month, found.year) == (9, 6, 2026)


def test_a_decision_that_attaches_its_plan_is_signed_by_its_first_block() -> None:
    """The decision's signature stands by its "Nơi nhận"; the plan it attaches follows with
    capitalised headings of its own, none of which is the signer's title."""
    plan = [
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "HUYỆN BẢO THẮNG\tĐộc lập - Tự do - Hạnh phúc",
        "KẾ HOẠCH",
        "Phòng chống thiên tai năm 2027",
        "(Kèm theo Quyết định số /QĐ-UBND của UBND huyện)",
        "I. MỤC ĐÍCH, YÊU CẦU",
        *[f"{n}. Phòng Nông nghiệp rà soát các điểm sạt lở số {n}." for n in range(1, 40)],
        "II. TỔ CHỨC THỰC HIỆN",
        "1. Ban Chỉ huy phòng chống thiên tai huyện chủ trì theo dõi.",
        "TRƯỞNG BAN CHỈ HUY",
    ]
    lines = [
        "Điều 1. Phê duyệt Kế hoạch kèm theo Quyết định này.",
        "Điều 2. Chánh Văn phòng và các đơn vị có liên quan thi hành Quyết định này./.",
        "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN",
        "- Như Điều 2;\tKT. CHỦ TỊCH",
        "- Thường trực Huyện ủy;\t(để b/c)",
        "PHÓ CHỦ TỊCH",
        "- Các phòng, ban;",
        "- Lưu: VT.",
        "Lục Văn Thắng",
        *plan,
    ]
    assert find_signature(lines) == (
        "Lục Văn Thắng",
        "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH",
    )
