"""Issue 11, round 5: a plan's task table written one cell per line between "|" lines, and the
appendix after the signature that holds it. Examples written for this test."""

from __future__ import annotations

from datetime import date

from notices import parse_notice
from notices.table_layouts import vertical_task_tables

_HEADER = ["|", "**STT**", "|", "**Nhiệm vụ**", "|", "**Đơn vị chủ trì**", "|",
           "**Đơn vị phối hợp**", "|", "**Thời gian hoàn thành**", "|", "|"]  # fmt: skip


def _row(n: int, work: str, lead: str, support: str, when: str) -> list[str]:
    return [str(n), "|", *work.split("\n"), "|", lead, "|", support, "|", when, "|", "|"]


def test_a_table_written_one_cell_per_line_becomes_one_sentence_a_row() -> None:
    lines = [
        *_HEADER,
        *_row(1, "Rà soát quy hoạch\nmạng lưới trường học", "Sở Giáo dục và Đào tạo",
              "Sở Xây dựng; UBND các xã", "Quý II/2026 - Quý IV/2026"),
        *_row(2, "Cập nhật cơ sở dữ liệu ngành", "Sở Giáo dục và Đào tạo", "Các trường",
              "Hằng năm"),
    ]  # fmt: skip
    sentences = [line for line in vertical_task_tables(lines) if line]
    assert sentences == [
        "1. Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Xây dựng, UBND các xã: rà soát"
        " quy hoạch mạng lưới trường học; thời hạn: Quý IV/2026.",
        "2. Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Các trường: cập nhật cơ sở dữ liệu"
        " ngành; thời hạn: Hằng năm.",
    ]


def test_a_header_block_written_the_same_way_is_left_alone() -> None:
    lines = [
        "|", "**ỦY BAN NHÂN DÂN**", "TỈNH NINH BÌNH", "|", "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA**",
        "|", "|", "Số: 12/KH-UBND", "|", "Ninh Bình, ngày 02 tháng 3 năm 2026", "|",
    ]  # fmt: skip
    assert vertical_task_tables(lines) == lines


def _plan(appendix: list[str]) -> str:
    body = [
        "**ỦY BAN NHÂN DÂN**", "TỈNH NINH BÌNH", "", "Số: 12/KH-UBND", "",
        "Ninh Bình, ngày 02 tháng 3 năm 2026", "", "**KẾ HOẠCH**", "Phát triển giáo dục số", "",
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:", "",
        "I. TỔ CHỨC THỰC HIỆN", "",
        "1. Sở Giáo dục và Đào tạo chủ trì triển khai Kế hoạch, báo cáo kết quả trước ngày "
        "15/12/2026.", "",
        "|", "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "|", "**KT. CHỦ TỊCH**", "PHÓ CHỦ TỊCH",
        "**Nguyễn Văn An**", "|", "", "**PHỤ LỤC**", "NHIỆM VỤ CHỦ YẾU", "",
    ]  # fmt: skip
    return "\n".join([*body, *appendix])


def test_the_task_table_of_an_appendix_after_the_signature_is_read() -> None:
    notice = parse_notice(
        _plan(
            [
                *_HEADER,
                *_row(
                    1,
                    "Rà soát quy hoạch mạng lưới trường học",
                    "Sở Xây dựng",
                    "UBND các xã",
                    "Quý II/2026 - Quý IV/2026",
                ),
            ]
        )
    )
    table = [t for t in notice.tasks if "quy hoạch mạng lưới" in t.text]
    assert [t.lead for t in table] == [("Sở Xây dựng",)]
    assert table[0].deadline == date(2026, 12, 31)
    assert len(notice.tasks) == 2


def test_an_appendix_without_a_task_table_adds_nothing() -> None:
    notice = parse_notice(_plan(["Danh sách các trường học tham gia thí điểm năm 2026."]))
    assert len(notice.tasks) == 1
