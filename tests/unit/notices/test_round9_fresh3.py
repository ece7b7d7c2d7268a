"""Round 9 leads (classes read from the spent fresh3 split): a training school named "cơ sở đào
tạo" or "trung tâm bồi dưỡng" is one body, not a subject cut before the verb "đào tạo"; a further
sentence naming the item's body by a shorter form of its name stays in the item's task."""

from __future__ import annotations

import pytest

from notices.assignees import analyze
from notices.parser import parse_notice


def _leads(clause: str) -> list[str]:
    return [lead.name for lead in analyze(clause).leads]


@pytest.mark.parametrize(
    ("clause", "leads"),
    [
        (
            "Các cơ sở đào tạo thuộc Sở chủ động mở rộng hợp tác với doanh nghiệp",
            ["Các cơ sở đào tạo thuộc Sở"],
        ),
        (
            "Giao các cơ sở đào tạo trực thuộc Bộ rà soát chương trình học trước ngày 15/01/2026",
            ["các cơ sở đào tạo trực thuộc Bộ"],
        ),
        (
            "Đề nghị các cơ sở bồi dưỡng cán bộ của tỉnh tổ chức lớp tập huấn cho công chức "
            "cấp xã",
            ["các cơ sở bồi dưỡng cán bộ của tỉnh"],
        ),
        (
            "Trung tâm đào tạo nghề huyện phối hợp với Phòng Văn hóa - Xã hội mở lớp",
            ["Trung tâm đào tạo nghề huyện"],
        ),
    ],
)
def test_a_training_school_is_one_body(clause: str, leads: list[str]) -> None:
    assert _leads(clause) == leads


def test_a_body_that_trains_still_ends_before_the_verb() -> None:
    # the verb after a complete name is still the predicate
    assert _leads("Sở Nội vụ đào tạo, bồi dưỡng cán bộ, công chức cấp xã") == ["Sở Nội vụ"]


def _tasks(text: str) -> list[tuple[tuple[str, ...], str, str | None]]:
    notice = parse_notice(text, year_hint=2025)
    return [
        (task.lead, task.text[:40], task.deadline.isoformat() if task.deadline else None)
        for task in notice.tasks
    ]


# A further sentence that names the item's body again by a shorter form of its name stays in
# the item's task (with its date), as one naming the same body in full does.
_SHORT_FORMS = [
    (
        "Kính gửi: Các cơ sở đào tạo trực thuộc Bộ\n\n"
        "Bộ đề nghị các cơ sở đào tạo trực thuộc Bộ (sau đây gọi là cơ sở đào tạo) thực hiện "
        "các nhiệm vụ sau:\n\n"
        "1. Hoàn thành tuyển sinh theo kế hoạch. Bộ yêu cầu các cơ sở đào tạo gửi báo cáo kết "
        "quả tuyển sinh về Vụ Đào tạo trước ngày 20/12/2025.\n",
        "các cơ sở đào tạo trực thuộc Bộ",
        "2025-12-20",
    ),
    (
        "Kính gửi: Ủy ban nhân dân các xã, phường trên địa bàn tỉnh\n\n"
        "1. Ủy ban nhân dân các xã, phường trên địa bàn tỉnh rà soát danh sách hộ nghèo. "
        "Ủy ban nhân dân các xã, phường gửi kết quả về Sở Nội vụ trước ngày 10/01/2026.\n",
        "Ủy ban nhân dân các xã, phường trên địa bàn tỉnh",
        "2026-01-10",
    ),
]


@pytest.mark.parametrize(("text", "lead", "deadline"), _SHORT_FORMS)
def test_a_short_form_of_the_items_body_stays_in_its_task(
    text: str, lead: str, deadline: str
) -> None:
    tasks = _tasks(text)
    assert len(tasks) == 1, tasks
    assert tasks[0][0] == (lead,)
    assert tasks[0][2] == deadline


def test_another_body_in_a_further_sentence_is_still_a_task_of_its_own() -> None:
    tasks = _tasks(
        "Kính gửi: Các sở, ngành tỉnh\n\n"
        "1. Ủy ban nhân dân các xã, phường trên địa bàn tỉnh kiểm tra an toàn thực phẩm tại các "
        "chợ. Ủy ban nhân dân tỉnh bố trí kinh phí từ nguồn ngân sách được giao.\n"
    )
    assert [lead for lead, _, _ in tasks] == [
        ("Ủy ban nhân dân các xã, phường trên địa bàn tỉnh",),
        ("Ủy ban nhân dân tỉnh",),
    ]
