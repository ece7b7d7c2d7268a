"""Two things that looked like a new subject inside a point: a body after a comma of a partner
list ("phối hợp với các sở, ban, ngành, Ủy ban nhân dân xã, phường bố trí kinh phí") is one more
partner, and "các trường hợp" (the cases) is no group of schools."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.assignees import analyze

PLAN = """ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ
Số: 153/KH-UBND
Cần Thơ, ngày 17 tháng 11 năm 2025

KẾ HOẠCH
Triển khai Chương trình phòng, chống ma túy

IV. PHÂN CÔNG NHIỆM VỤ

1. Sở Tài chính

a) {point}

b) Tham mưu phân bổ ngân sách địa phương để thực hiện Chương trình.
"""


@pytest.mark.parametrize(
    "point",
    [
        "Trên cơ sở đề xuất kinh phí của các sở, ban, ngành, chủ trì tổng hợp, trình cấp có thẩm"
        " quyền và phối hợp với các sở, ban, ngành, Ủy ban nhân dân xã, phường bố trí kinh phí"
        " chi thường xuyên hằng năm.",
        "Căn cứ dự toán được giao, chủ trì, phối hợp với Sở Nội vụ, Ủy ban nhân dân các phường"
        " cân đối nguồn kinh phí thực hiện Chương trình.",
        "Hằng năm, phối hợp chặt chẽ với Công an thành phố, Sở Y tế thẩm định dự toán kinh phí"
        " của các đơn vị.",
    ],
)
def test_a_body_in_a_partner_list_is_no_new_lead(point: str) -> None:
    notice = parse_notice(PLAN.format(point=point))
    assert [list(t.lead) for t in notice.tasks] == [["Sở Tài chính"], ["Sở Tài chính"]]


def test_a_subject_after_an_opening_clause_still_leads() -> None:
    roles = analyze("Trên cơ sở kết quả rà soát của các huyện, Sở Tài chính tổng hợp, báo cáo.")
    assert [a.name for a in roles.leads] == ["Sở Tài chính"]


@pytest.mark.parametrize(
    "clause",
    [
        "tất cả các trường hợp được rà soát, phát hiện quản lý theo quy định",
        "các trường hợp vi phạm bị xử lý nghiêm theo quy định",
        "những trường hợp đủ điều kiện được xét hỗ trợ",
    ],
)
def test_cases_are_no_lead(clause: str) -> None:
    assert analyze(clause).leads == []


def test_schools_still_lead() -> None:
    assert [a.name for a in analyze("Các trường học tổ chức tuyên truyền pháp luật").leads] == [
        "Các trường học"
    ]


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        (
            "Hội đồng thi đua họp xét đánh giá các xã, phường, đặc khu trước ngày 15/12.",
            "Hội đồng thi đua",
        ),
        (
            "Ban Chỉ đạo tỉnh họp định kỳ hằng quý để đánh giá kết quả thực hiện.",
            "Ban Chỉ đạo tỉnh",
        ),
        (
            "Tổ công tác liên ngành họp, thống nhất phương án xử lý trước ngày 30/11.",
            "Tổ công tác liên ngành",
        ),
    ],
)
def test_a_meeting_verb_ends_the_name(sentence: str, lead: str) -> None:
    assert [a.name for a in analyze(sentence).leads] == [lead]
