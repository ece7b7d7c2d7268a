"""Bodies named by their level ("Thuế tỉnh, thành phố", "Thuế thành phố Hà Nội") since the tax
offices were renamed in 2025; and a letter's "Kính gửi:" written as a table row, its "|" cells
between the heading and the addressee lines."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.assignees import analyze


@pytest.mark.parametrize(
    ("text", "leads"),
    [
        (
            "Cục Thuế đề nghị các Thuế tỉnh, thành phố khẩn trương báo cáo, tham mưu UBND",
            ["các Thuế tỉnh, thành phố"],
        ),
        (
            "Thuế thành phố Hà Nội chủ trì, phối hợp với Sở Tài chính rà soát",
            ["Thuế thành phố Hà Nội"],
        ),
        ("Thuế cơ sở 3 tỉnh Lạng Sơn đôn đốc người nộp thuế", ["Thuế cơ sở 3 tỉnh Lạng Sơn"]),
        (
            "Cục Thuế đề nghị Thuế tỉnh Lạng Sơn, Chi cục Thuế doanh nghiệp lớn triển khai",
            ["Thuế tỉnh Lạng Sơn", "Chi cục Thuế doanh nghiệp lớn"],
        ),
    ],
)
def test_a_tax_office_named_by_its_level_is_a_body(text: str, leads: list[str]) -> None:
    assert [a.name for a in analyze(text).leads] == leads


@pytest.mark.parametrize(
    ("text", "leads"),
    [
        (
            "đề nghị Thuế tỉnh Quảng Trị trao đổi với cơ quan có thẩm quyền",
            ["Thuế tỉnh Quảng Trị"],
        ),
        ("đề nghị Sở Tài chính trao đổi với Sở Xây dựng để thống nhất", ["Sở Tài chính"]),
        ("Sở Nội vụ lấy ý kiến các cơ quan, đơn vị về dự thảo", ["Sở Nội vụ"]),
    ],
)
def test_trao_doi_and_lay_y_kien_end_the_name(text: str, leads: list[str]) -> None:
    assert [a.name for a in analyze(text).leads] == leads


def test_tax_words_are_no_body() -> None:
    assert analyze("Các doanh nghiệp kê khai thuế thu nhập cá nhân đúng hạn").leads == []


@pytest.mark.parametrize("pipe", ["|", "| |", " | "])
def test_addressees_of_a_kinh_gui_table_row(pipe: str) -> None:
    text = (
        "BỘ TÀI CHÍNH\nCỤC THUẾ\nSố: 5435/CT-KK\nV/v cung cấp thông tin\n"
        "Hà Nội, ngày 24 tháng 11 năm 2025\n\n"
        f"Kính gửi:\n\n{pipe}\n\n- Sở Tài chính;\n- Kho bạc Nhà nước khu vực I.\n\n{pipe}\n\n"
        "Để thực hiện Luật Quản lý thuế, Cục Thuế đề nghị các đơn vị rà soát danh sách người "
        "nộp thuế và gửi báo cáo về Cục Thuế.\n"
    )
    notice = parse_notice(text)
    assert [task.lead for task in notice.tasks] == [("Sở Tài chính", "Kho bạc Nhà nước khu vực I")]
