"""Issue 11, round 4: classes of mistakes seen on dev documents, each checked on examples written
for this test (phrased differently from any corpus document).
"""

from __future__ import annotations

import pytest

from notices.assignees import analyze


def _leads(clause: str) -> list[str]:
    return [a.name for a in analyze(clause).leads]


@pytest.mark.parametrize(
    ("clause", "leads"),
    [
        # a title naming no body of its own shares the bodies of the title after it
        ("Giám đốc, Thủ trưởng các cơ quan chuyên môn thuộc UBND huyện rà soát thủ tục",
         ["Giám đốc, Thủ trưởng các cơ quan chuyên môn thuộc UBND huyện"]),
        ("Giám đốc Sở, Thủ trưởng các ban, ngành tỉnh chủ động bố trí kinh phí",
         ["Giám đốc Sở, Thủ trưởng các ban, ngành tỉnh"]),
        ("Yêu cầu các đồng chí Chủ tịch, Phó Chủ tịch UBND các xã trực tiếp kiểm tra",
         ["các đồng chí Chủ tịch, Phó Chủ tịch UBND các xã"]),
        # titles that do name their bodies stay separate leads
        ("Giám đốc Sở Y tế, Chủ tịch UBND các phường tăng cường kiểm tra",
         ["Giám đốc Sở Y tế", "Chủ tịch UBND các phường"]),
    ],
)  # fmt: skip
def test_a_bare_title_joins_the_next_title(clause: str, leads: list[str]) -> None:
    assert _leads(clause) == leads


@pytest.mark.parametrize(
    ("clause", "leads"),
    [
        # "tổ chức, cá nhân" is the noun pair, not the verb "tổ chức"
        ("Các doanh nghiệp, tổ chức, cá nhân sản xuất phân bón có trách nhiệm kê khai",
         ["Các doanh nghiệp, tổ chức, cá nhân sản xuất phân bón"]),
        ("Đề nghị các cơ quan, tổ chức và cá nhân liên quan nghiêm túc chấp hành quy định",
         ["các cơ quan, tổ chức và cá nhân liên quan"]),
        # the verb "tổ chức" still ends a subject
        ("Sở Nội vụ tổ chức tập huấn cho công chức xã", ["Sở Nội vụ"]),
    ],
)  # fmt: skip
def test_to_chuc_ca_nhan_is_a_noun_pair(clause: str, leads: list[str]) -> None:
    assert _leads(clause) == leads


@pytest.mark.parametrize(
    ("clause", "leads"),
    [
        # a generic group is known only by what it was assigned: the clause stays in the name
        ("Các đơn vị được giao chủ trì xây dựng đề án có trách nhiệm báo cáo tiến độ hằng quý",
         ["Các đơn vị được giao chủ trì xây dựng đề án"]),
        ("Các cơ quan được phân công thực hiện nhiệm vụ theo Chương trình này chịu trách nhiệm "
         "bảo đảm tiến độ",
         ["Các cơ quan được phân công thực hiện nhiệm vụ theo Chương trình này"]),
        # a named body keeps its name; what it was assigned is not part of it
        ("UBND các phường được giao chủ trì nhiệm vụ tại Kế hoạch này có trách nhiệm bố trí "
         "nhân lực", ["UBND các phường"]),
        # no main verb after the clause: the span ends where it did
        ("Các đơn vị được giao nhiệm vụ", ["Các đơn vị"]),
    ],
)  # fmt: skip
def test_assigned_relative_clause_ends_at_the_main_verb(clause: str, leads: list[str]) -> None:
    assert _leads(clause) == leads
