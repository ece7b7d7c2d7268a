"""Round 27 (scans): a section heading's Roman number that OCR damaged.

OCR of a scanned plan loses the full stop after a section's number ("II NỘI DUNG KẾ HOẠCH"), reads
a speck of the margin before it ("_ II NỘI DUNG …"), an "I" as "L" ("IL MỤC ĐÍCH") and two "I"s as
an "H" ("IH. NỘI DUNG", "HI.KINH PHÍ"). The parser then reads the heading as a line of the section
above, and a plan's assignments under "II" go with its purposes. Inputs shaped as the OCR text of
the fresh21 scans (ag-183, ag-172, kg-2130, kg-359, lm-kh, bgddt-4659); documents invented.
"""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.lines import clean_lines
from tests.unit.notices.test_round21_plangroup import _HEAD

_PLAN_HEAD = _HEAD.split("I. MỤC ĐÍCH")[0]  # the plan's header, name and opening sentence
_PURPOSES = (
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "- Nâng cao nhận thức của cán bộ, công chức về an toàn thực phẩm.\n"
    "- Bảo đảm sự phối hợp chặt chẽ giữa các phòng.\n"
)
_ASSIGNMENTS = (
    "1. Phòng Quản lý Công nghiệp rà soát các cơ sở chế biến trên địa bàn, báo cáo trước ngày "
    "30/6/2026.\n"
    "2. Văn phòng Sở tổng hợp kết quả thực hiện, báo cáo Giám đốc Sở trước ngày 15/12/2026.\n"
)


def _leads(heading: str) -> list[tuple[str, ...]]:
    return [
        task.lead for task in parse_notice(_PLAN_HEAD + _PURPOSES + heading + _ASSIGNMENTS).tasks
    ]


@pytest.mark.parametrize(
    "heading",
    [
        "II NỘI DUNG KẾ HOẠCH\n",  # ag-183, kg-2130: the full stop lost
        "_ II NỘI DUNG, TIẾN ĐỘ THỰC HIỆN\n",  # lm-kh: a speck of the margin before it
    ],
)
def test_the_points_under_a_damaged_section_number_are_tasks(heading: str) -> None:
    assert _leads(heading) == [("Phòng Quản lý Công nghiệp",), ("Văn phòng Sở",)]


def _cleaned(text: str) -> list[str]:
    return [line for line in clean_lines(_PLAN_HEAD + text) if line]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # ag-172: "I." read "IL", "II." read "IH."
        (
            "IL MỤC ĐÍCH, YÊU CẦU\n- Nâng cao nhận thức.\nIH. NỘI DUNG KẾ HOẠCH\n",
            ["I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG KẾ HOẠCH"],
        ),
        # kg-2130, kg-359, bgddt-4659: "III." read "HI." (glued to its word) and "IH."
        (
            _PURPOSES + "II. NỘI DUNG\n- Tuyên truyền.\nHI.KINH PHÍ THỰC HIỆN\n",
            ["II. NỘI DUNG", "III. KINH PHÍ THỰC HIỆN"],
        ),
        (
            _PURPOSES + "II. NỘI DUNG\n- Tuyên truyền.\nIH. TỔ CHỨC THỰC HIỆN\n",
            ["III. TỔ CHỨC THỰC HIỆN"],
        ),
    ],
)
def test_a_damaged_section_number_is_written_as_the_sections_count_it(
    text: str, want: list[str]
) -> None:
    cleaned = _cleaned(text)
    assert all(line in cleaned for line in want)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a capitals line that opens with an "H" glued to its word is no section number
        (_PURPOSES + "HỘI ĐỒNG NHÂN DÂN TỈNH\n", "HỘI ĐỒNG NHÂN DÂN TỈNH"),
        # an Arabic number is not a Roman one
        ("1 MỤC ĐÍCH, YÊU CẦU\n", "1 MỤC ĐÍCH, YÊU CẦU"),
        # a read number far from the count ("X" after "I.") is left as read
        (_PURPOSES + "X NỘI DUNG\n", "X NỘI DUNG"),
        # a number before a sentence, not a heading in capitals
        (_PURPOSES + "II Nội dung tuyên truyền\n", "II Nội dung tuyên truyền"),
        # a well-printed number repeating the one above is the document's own
        (
            _PURPOSES + "II. NỘI DUNG\n- Tuyên truyền.\nII. TỔ CHỨC THỰC HIỆN\n",
            "II. TỔ CHỨC THỰC HIỆN",
        ),
    ],
)
def test_lines_that_are_no_damaged_section_number_stay(text: str, kept: str) -> None:
    assert kept in _cleaned(text)
