"""Round 27 (scans), review: where a damaged Roman section number must not be written back.

A margin speck read "|" or "l" before a header or a signer's line, a table's group rows "I", "II",
an Arabic sub-heading read "l" are no section numbers; a new "PHẦN" restarts the count, a read
"IV" after an unreadable "III." keeps its value; an "II." read "Il;", "Ii.", "II/" or "- II",
and an "I." read "1." before a printed "II.", are section numbers. Documents invented.
"""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.lines import clean_lines
from tests.unit.notices.test_round27_scans import _ASSIGNMENTS, _PLAN_HEAD, _PURPOSES

_HEADER = (
    "UBND TỈNH KIÊN GIANG\nSỞ Y TẾ\nSố: 123/SYT-NV\nV/v báo cáo số liệu\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Kiên Giang, ngày 5 tháng 6 năm 2026\n"
)
_BODY = (
    "Kính gửi: Các phòng thuộc Sở.\n"
    "Thực hiện chỉ đạo của UBND tỉnh, Sở Y tế đề nghị:\n"
    "1. Phòng Nghiệp vụ Y tổng hợp số liệu, báo cáo trước ngày 30/6/2026.\n"
    "2. Văn phòng Sở bố trí phòng họp trước ngày 15/6/2026.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nNguyễn Văn Hải\n"
)
_TASKS = (
    "1. Sở Y tế chủ trì tổ chức tiêm chủng, báo cáo trước ngày 30/6/2026.\n"
    "2. Sở Tài chính bố trí kinh phí thực hiện trước ngày 15/4/2026.\n"
)


@pytest.mark.parametrize("speck", ["| ", "l "])
def test_a_speck_before_the_issuer_leaves_the_header_as_read(speck: str) -> None:
    letter = speck + _HEADER + _BODY
    assert not any(line.startswith("I. ") for line in clean_lines(letter))
    # as on main: "l UBND …" costs the province there too, never the issuer
    assert (parse_notice(letter).issuer or "").startswith("Sở Y tế")


@pytest.mark.parametrize("speck", ["| ", "l "])
def test_a_speck_before_the_signers_title_leaves_it_as_read(speck: str) -> None:
    letter = _HEADER + _BODY.replace("GIÁM ĐỐC", speck + "GIÁM ĐỐC")
    assert not any(line.startswith("I. GIÁM") for line in clean_lines(letter))
    assert parse_notice(letter).signer_title in (None, "GIÁM ĐỐC")


def test_a_tables_group_rows_are_no_sections() -> None:
    text = (
        "I. MỤC ĐÍCH, YÊU CẦU\n- Nâng cao nhận thức của cán bộ về phòng chống dịch.\n"
        "II. NỘI DUNG\nTT\tNội dung\tĐơn vị thực hiện\tThời gian\n"
        "I\tCÔNG TÁC CHỈ ĐẠO\t\t\n1\tBan hành kế hoạch triển khai\tSở Y tế\t30/6/2026\n"
        "II\tCÔNG TÁC TUYÊN TRUYỀN\t\t\n"
        "1\tTuyên truyền trên báo, đài\tSở Thông tin và Truyền thông\t15/4/2026\n"
        "III\tCÔNG TÁC KIỂM TRA\t\t\n1\tKiểm tra các cơ sở\tSở Y tế\t30/9/2026\n"
    )
    cleaned = clean_lines(_PLAN_HEAD + text)
    assert "II CÔNG TÁC TUYÊN TRUYỀN" in cleaned
    assert "III CÔNG TÁC KIỂM TRA" in cleaned


def test_an_arabic_sub_heading_read_l_is_no_section() -> None:
    text = (
        "I. MỤC ĐÍCH, YÊU CẦU\nl MỤC ĐÍCH\n- Nâng cao nhận thức.\n2 YÊU CẦU\n"
        "- Phòng Quản lý Công nghiệp báo cáo kết quả trước ngày 30/6/2026.\nII. NỘI DUNG\n"
    )
    assert "l MỤC ĐÍCH" in clean_lines(_PLAN_HEAD + text)
    refs = [task.ref for task in parse_notice(_PLAN_HEAD + text + _ASSIGNMENTS).tasks]
    assert "II.1" in refs and "II.2" in refs


def test_a_new_part_restarts_the_count() -> None:
    text = (
        "PHẦN I. CÔNG TÁC NĂM 2025\nI. KẾT QUẢ\n- Đã hoàn thành.\nII. TỒN TẠI\n- Còn chậm.\n"
        "PHẦN II. NHIỆM VỤ NĂM 2026\nIL NHIỆM VỤ CHUNG\n- Tiếp tục thực hiện.\n"
        "IH. NHIỆM VỤ CỤ THỂ\n"
    )
    cleaned = clean_lines(_PLAN_HEAD + text)
    assert "I. NHIỆM VỤ CHUNG" in cleaned
    assert "II. NHIỆM VỤ CỤ THỂ" in cleaned


def test_a_read_number_that_only_lost_its_stop_keeps_its_value() -> None:
    text = (
        "I. MỤC ĐÍCH, YÊU CẦU\n- Nâng cao nhận thức.\nII. NỘI DUNG\n- Tuyên truyền.\n"
        "UI. Kinh phí\n- Ngân sách tỉnh.\nIV TỔ CHỨC THỰC HIỆN\n"
    )
    assert "IV. TỔ CHỨC THỰC HIỆN" in clean_lines(_PLAN_HEAD + text + _TASKS)


@pytest.mark.parametrize(
    "heading",
    ["Il; ", "Ii. ", "IÍ. ", "- II ", "II/ ", "11. ", "IT. "],
)
def test_other_ocr_readings_of_the_second_section_number(heading: str) -> None:
    plan = _PLAN_HEAD + _PURPOSES + heading + "NỘI DUNG KẾ HOẠCH\n" + _ASSIGNMENTS
    tasks = parse_notice(plan).tasks
    assert [(task.ref, task.lead) for task in tasks] == [
        ("II.1", ("Phòng Quản lý Công nghiệp",)),
        ("II.2", ("Văn phòng Sở",)),
    ]


def test_a_first_section_read_1_before_a_printed_second() -> None:
    text = "1. TINH THẦN CHỈ ĐẠO\n- Quyết liệt.\nII. NHIỆM VỤ, GIẢI PHÁP\n"
    assert "I. TINH THẦN CHỈ ĐẠO" in clean_lines(_PLAN_HEAD + text + _TASKS)


def test_an_arabic_heading_under_the_first_section_stays() -> None:
    text = "I. MỤC ĐÍCH, YÊU CẦU\n1. MỤC ĐÍCH\n- Nâng cao nhận thức.\nII. NỘI DUNG\n"
    assert "1. MỤC ĐÍCH" in clean_lines(_PLAN_HEAD + text)
