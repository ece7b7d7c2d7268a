"""Round 31 (council), review: the look-alikes of a standing body's charge and of a division of
work that the first cut read wrongly.

A "Bộ phận một cửa" is a desk, no ministry; a step with its time limit after the charge ("…
trong thời hạn 03 ngày làm việc kể từ ngày nhận đơn"), a liability ("có trách nhiệm bồi thường
thiệt hại nếu …"), a standing obligation ("có trách nhiệm lưu trữ hồ sơ"), a class of bodies
("Các Sở, ban, ngành"), a generic one ("Sở quản lý ngành, lĩnh vực") and an "as follows" lead-in
stay rules, while a body's name holding "từ trần" or a bracketed annex number is still a body. A
charged body's yearly step still opens the yearly cycle, so the step after it is kept. A division
of work is still one when its title adds "phối hợp" or names "cán bộ, công chức" as its topic, and
none when it divides work inside the standing committee or also divides competence ("… và phân
cấp thẩm quyền"). Documents invented for these tests.
"""

from __future__ import annotations

import pytest

from notices import parse_notice
from tests.unit.notices.test_round31_council import _HEAD

_RULES = "QUY ĐỊNH QUẢN LÝ NHÀ NƯỚC VỀ AN TOÀN THỰC PHẨM TRÊN ĐỊA BÀN TỈNH"


def _tasks(title: str, article: str | None = None) -> list[tuple[str, tuple[str, ...]]]:
    text = _HEAD.format(title=title, title_lower=title.lower())
    if article is not None:
        start, end = text.index("**Điều\n4."), text.index("**Chương\nIII**")
        text = text[:start] + "**Điều\n4. Trách nhiệm**\n\n" + article + "\n" + text[end:]
    return [(t.text, t.lead) for t in parse_notice(text).tasks]


@pytest.mark.parametrize(
    "clause",
    [
        "1. Bộ phận một cửa có trách nhiệm kiểm tra tính đầy đủ của hồ sơ và trả phiếu hẹn.",
        "1. Ủy ban nhân dân cấp xã nơi cư trú có trách nhiệm xác nhận vào đơn trong thời hạn 03"
        " ngày làm việc kể từ ngày nhận đơn.",
        "1. Sở Y tế có trách nhiệm bồi thường thiệt hại nếu quyết định thu hồi trái pháp luật.",
        "1. Sở Y tế có trách nhiệm lưu trữ hồ sơ theo quy định của pháp luật về lưu trữ.",
        "1. Các Sở, ban, ngành có trách nhiệm góp ý dự thảo khi được đề nghị.",
    ],
)
def test_a_look_alike_of_a_standing_bodys_charge_stays_a_rule(clause: str) -> None:
    opening = clause[3:50]
    assert not any(text.startswith(opening) for text, _ in _tasks(_RULES, clause))


def test_an_as_follows_lead_in_of_a_generic_body_stays_a_rule() -> None:
    assert not any(text.startswith("Sở quản lý ngành") for text, _ in _tasks(_RULES))


@pytest.mark.parametrize(
    "body",
    ["Ủy ban nhân dân cấp xã nơi người từ trần cư trú", "Ủy ban nhân dân cấp xã (theo Phụ lục 2)"],
)
def test_a_body_named_with_a_number_or_from_word_is_still_charged(body: str) -> None:
    clause = f"1. {body} có trách nhiệm lập danh sách đề nghị hỗ trợ mai táng phí."
    leads = [lead for text, lead in _tasks(_RULES, clause) if text.startswith(body)]
    assert leads and leads[0][0].startswith("Ủy ban nhân dân cấp xã")


def test_a_charged_bodys_yearly_step_still_opens_the_cycle() -> None:
    article = (
        "1. Sở Nội vụ có trách nhiệm tổng hợp hồ sơ gửi về Bộ Nội vụ trước ngày 30/6 hằng năm.\n\n"
        "2. Vụ Thi đua, khen thưởng tiếp nhận, thẩm định hồ sơ và trình Bộ trưởng.\n"
    )
    texts = [text for text, _ in _tasks(_RULES, article)]
    assert any(text.startswith("Sở Nội vụ có trách nhiệm") for text in texts)
    assert any(text.startswith("Vụ Thi đua, khen thưởng tiếp nhận") for text in texts)


@pytest.mark.parametrize(
    "title",
    [
        "QUY CHẾ PHỐI HỢP VÀ PHÂN CÔNG TRÁCH NHIỆM QUẢN LÝ NHÀ NƯỚC VỀ AN TOÀN THỰC PHẨM",
        "QUY ĐỊNH PHÂN CÔNG, PHỐI HỢP THỰC HIỆN NHIỆM VỤ QUẢN LÝ NHÀ NƯỚC VỀ AN TOÀN THỰC PHẨM",
        "QUY ĐỊNH PHÂN CÔNG NHIỆM VỤ QUẢN LÝ NHÀ NƯỚC VỀ ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ, CÔNG CHỨC",
        "QUY CHẾ PHÂN CÔNG NHIỆM VỤ CỦA CÁC CƠ QUAN THÀNH VIÊN BAN CHỈ ĐẠO AN TOÀN THỰC PHẨM",
    ],
)
def test_a_division_of_work_worded_otherwise_still_shares_its_articles(title: str) -> None:
    texts = [text for text, _ in _tasks(title)]
    assert any(text.startswith("Sở Y tế chủ trì đối với") for text in texts)


@pytest.mark.parametrize(
    "title",
    [
        "QUY CHẾ PHÂN CÔNG NHIỆM VỤ TRONG THƯỜNG TRỰC ỦY BAN NHÂN DÂN TỈNH NHIỆM KỲ 2026 - 2031",
    ],
)
def test_a_division_among_persons_stays_rules(title: str) -> None:
    assert not any(text.startswith("Sở Y tế chủ trì đối với") for text, _ in _tasks(title))


def test_a_division_of_competences_body_duty_points_are_tasks_by_the_points_class() -> None:
    # "phân cấp" is no division of work (body_clauses), but a point giving a named body a duty
    # is a task by the labels (hn-74's "phân cấp" decision, bn-84): notices.duty_points
    title = (
        "QUY ĐỊNH PHÂN CÔNG TRÁCH NHIỆM QUẢN LÝ VÀ PHÂN CẤP THẨM QUYỀN CẤP GIẤY CHỨNG NHẬN AN TOÀN"
        " THỰC PHẨM"
    )
    assert any(text.startswith("Sở Y tế chủ trì đối với") for text, _ in _tasks(title))
