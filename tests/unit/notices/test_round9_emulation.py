"""Issue 11, round 9 (spent splits fresh and fresh2): the sections of an emulation plan.

An emulation plan ("Kế hoạch thi đua") lists what the drive is about and what each group is judged
on, worded as actions ("Thi đua hoàn thành …", "- Tổ chức tốt công tác tuyên truyền …"): those
contents and criteria are no tasks even under a lead-in that names the units taking part. Its
closing section "Thời gian và trách nhiệm thực hiện" opens with a descriptive word but assigns the
work: its points are tasks. Examples are phrased for this test, not copied from a corpus document.
"""

from __future__ import annotations

import pytest

from notices import parse_notice

HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÒA MINH\nSố: 41/KH-UBND\nHòa Minh, ngày 10 tháng 3 năm 2026\n\n"
    "KẾ HOẠCH\nPhát động phong trào thi đua năm 2026\n\n"
    "Ủy ban nhân dân tỉnh Hòa Minh ban hành Kế hoạch phát động phong trào thi đua năm 2026 "
    "như sau:\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Khơi dậy tinh thần thi đua trong cán bộ, công chức.\n\n"
    "2. Phong trào thi đua được tổ chức thiết thực, hiệu quả.\n\n"
)

CONTENTS = [
    # contents under a lead-in that names the units taking part
    "II. {title}\n\nCác sở, ban, ngành, Ủy ban nhân dân các xã, phường tập trung thi đua thực "
    "hiện các nội dung chủ yếu sau:\n\n1. Thi đua hoàn thành vượt mức các chỉ tiêu kinh tế - xã "
    "hội năm 2026.\n\n2. Thi đua đẩy mạnh chuyển đổi số trong cơ quan hành chính.\n\n",
    # criteria for each group, as dash points under lettered headings
    "II. {title}\n\na) Đối với các sở, ban, ngành\n\n- Tổ chức tốt công tác tuyên truyền về "
    "phong trào thi đua.\n\n- Đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ người "
    "dân.\n\nb) Đối với Ủy ban nhân dân các xã, phường\n\n- Hoàn thành các chỉ tiêu giảm nghèo "
    "được giao.\n\n",
]

DUTIES = (
    "III. {title}\n\n1. Sở Nội vụ hướng dẫn, tổng hợp hồ sơ đề nghị khen thưởng của phong trào "
    "thi đua.\n\n2. Các sở, ban, ngành xây dựng kế hoạch hưởng ứng phong trào thi đua của đơn "
    "vị.\n\n"
)


@pytest.mark.parametrize("title", ["NỘI DUNG THI ĐUA", "Nội dung đợt thi đua", "TIÊU CHÍ THI ĐUA"])
@pytest.mark.parametrize("contents", CONTENTS)
def test_emulation_contents_and_criteria_are_no_tasks(title: str, contents: str) -> None:
    duties = DUTIES.format(title="TỔ CHỨC THỰC HIỆN")
    notice = parse_notice(HEAD + contents.format(title=title) + duties)
    assert [t.lead for t in notice.tasks] == [("Sở Nội vụ",), ("Các sở, ban, ngành",)], [
        t.text for t in notice.tasks
    ]


@pytest.mark.parametrize(
    "title",
    [
        "THỜI GIAN VÀ TRÁCH NHIỆM THỰC HIỆN",
        "Thời gian, tổ chức thực hiện",
        "PHẠM VI VÀ PHÂN CÔNG THỰC HIỆN",
    ],
)
def test_a_section_naming_who_carries_out_assigns(title: str) -> None:
    body = (
        f"II. {title}\n\n1. Thời gian thực hiện\n\nPhong trào được triển khai từ ngày ban "
        "hành Kế hoạch đến hết năm 2026.\n\n2. Trách nhiệm thực hiện\n\n- Sở Nội vụ hướng dẫn, "
        "tổng hợp hồ sơ đề nghị khen thưởng của phong trào thi đua.\n\n- Các sở, ban, ngành xây "
        "dựng kế hoạch hưởng ứng phong trào thi đua của đơn vị.\n\n"
    )
    notice = parse_notice(HEAD + body)
    assert [t.lead for t in notice.tasks] == [("Sở Nội vụ",), ("Các sở, ban, ngành",)], [
        t.text for t in notice.tasks
    ]


def test_a_plain_time_section_still_describes() -> None:
    body = (
        "II. THỜI GIAN\n\n1. Phong trào được phát động từ tháng 3 đến tháng 12 năm 2026.\n\n"
        "2. Sơ kết phong trào vào tháng 6 và tổng kết vào tháng 12 năm 2026.\n\n"
    )
    notice = parse_notice(HEAD + body + DUTIES.format(title="TỔ CHỨC THỰC HIỆN"))
    assert [t.lead for t in notice.tasks] == [("Sở Nội vụ",), ("Các sở, ban, ngành",)]
