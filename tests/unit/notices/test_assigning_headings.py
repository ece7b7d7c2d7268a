"""A "1. Giao X; Chủ tịch Y" heading over bullets leads them; an item's first line scraped narrow
("- Tham mưu Ủy ban nhân dân" + "Thành phố đánh giá …") goes on in the next line."""

from __future__ import annotations

from notices import parse_notice
from notices.normalize import build_paragraphs, clean_lines

LETTER = (
    "Kính gửi: Các sở, ban, ngành thành phố.\n\n"
    "Chủ tịch Ủy ban nhân dân Thành phố có ý kiến chỉ đạo như sau:\n"
    "1. Giao Thủ trưởng các sở, ban, ngành thành phố; Chủ tịch Ủy ban nhân dân các phường\n"
    "- Rà soát danh mục thủ tục\n"
    "hành chính nội bộ và đề xuất cắt giảm.\n"
    "- Cập nhật dữ liệu\n"
    "cán bộ trên hệ thống.\n"
    "2. Giao Sở Nội vụ\n"
    "- Hướng dẫn, theo dõi\n"
    "tiến độ cập nhật dữ liệu.\n"
    "- Tham mưu Ủy ban nhân dân\n"
    "Thành phố đánh giá trách nhiệm người đứng đầu các đơn vị chậm trễ.\n"
)


def test_assigning_heading_leads_its_bullets_and_is_no_task() -> None:
    tasks = parse_notice(LETTER, year_hint=2026).tasks
    assert [(t.ref, t.text[:20], t.lead) for t in tasks] == [
        (
            "1.-1",
            "Rà soát danh mục thủ",
            ("Thủ trưởng các sở, ban, ngành thành phố", "Chủ tịch Ủy ban nhân dân các phường"),
        ),
        (
            "1.-2",
            "Cập nhật dữ liệu cán",
            ("Thủ trưởng các sở, ban, ngành thành phố", "Chủ tịch Ủy ban nhân dân các phường"),
        ),
        ("2.-1", "Hướng dẫn, theo dõi ", ("Sở Nội vụ",)),
        ("2.-2", "Tham mưu Ủy ban nhân", ("Sở Nội vụ",)),
    ]


def test_narrow_first_lines_join_even_before_a_capital() -> None:
    paragraphs = build_paragraphs(clean_lines(LETTER))
    assert paragraphs[-1] == (
        "- Tham mưu Ủy ban nhân dân Thành phố đánh giá trách nhiệm người đứng đầu các đơn vị "
        "chậm trễ."
    )


def test_wide_first_lines_keep_a_short_item_on_its_own() -> None:
    text = "1. Sở Y tế\nSở Y tế rà soát danh mục thuốc.\n2. Sở Tài chính\nBố trí kinh phí.\n"
    paragraphs = build_paragraphs(clean_lines(text))
    assert paragraphs[:2] == ["1. Sở Y tế", "Sở Y tế rà soát danh mục thuốc."]


def test_addressee_glued_to_a_letter_without_a_full_stop() -> None:
    text = (
        "Kính gửi: Ủy ban nhân dân phường, xã và đặc khu Căn cứ Thông tư số 11/2025/TT-BGDĐT "
        "ngày 12 tháng 6 năm 2025 của Bộ Giáo dục và Đào tạo; Sở Giáo dục và Đào tạo hướng dẫn "
        "như sau."
    )
    assert build_paragraphs(clean_lines(text))[:2] == [
        "Kính gửi: Ủy ban nhân dân phường, xã và đặc khu",
        "Căn cứ Thông tư số 11/2025/TT-BGDĐT ngày 12 tháng 6 năm 2025 của Bộ Giáo dục và Đào "
        "tạo; Sở Giáo dục và Đào tạo hướng dẫn như sau.",
    ]


def test_co_quan_ngang_bo_wrapped_before_its_capital_stays_one_name() -> None:
    text = (
        "Phó Thủ tướng có ý kiến như sau:\nCác Bộ, cơ quan ngang\nBộ nghiên cứu các giải pháp.\n"
    )
    assert build_paragraphs(clean_lines(text))[-1] == (
        "Các Bộ, cơ quan ngang Bộ nghiên cứu các giải pháp."
    )
