"""Round 9 (a class read from the spent fresh3 split): points that only name a project by its
quoted title complete the sentence of the point above them, as a list of objects does; they are
no tasks of their own, and that point is one task."""

from __future__ import annotations

import pytest

from notices.parser import parse_notice

_HEAD = "Kính gửi: Các sở, ngành tỉnh\n\n1. Sở Y tế\n\n"


def _tasks(body: str) -> list[tuple[str, tuple[str, ...], str]]:
    notice = parse_notice(_HEAD + body, year_hint=2025)
    return [(task.ref, task.lead, task.text) for task in notice.tasks]


@pytest.mark.parametrize(
    "body",
    [
        "a) Chủ trì thực hiện các nội dung của Chương trình do Bộ Y tế giao (khi có hướng "
        "dẫn):\n\n- Dự án 3: “Nâng cao năng lực điều trị nghiện”.\n\n"
        "- Tiểu dự án 1 (Dự án 6): “Tăng cường đáp ứng y tế”.\n\n"
        "b) Kiểm tra các cơ sở điều trị trước ngày 30/12/2025.\n",
        "a) Tổ chức thực hiện các nhiệm vụ của Chương trình theo phân công của Bộ Y tế:\n\n"
        '- Nhiệm vụ 2: "Chăm sóc sức khỏe người cao tuổi";\n\n'
        "- Dự án 5: «Phát triển y tế cơ sở».\n\n"
        "b) Kiểm tra các cơ sở điều trị trước ngày 30/12/2025.\n",
    ],
)
def test_titled_points_complete_their_point(body: str) -> None:
    tasks = _tasks(body)
    assert [ref for ref, _, _ in tasks] == ["1.a", "1.b"]
    assert tasks[0][1] == ("Sở Y tế",)
    assert "“" in tasks[0][2] or '"' in tasks[0][2]  # the titles are part of the task's text


def test_a_titled_point_with_work_after_the_title_stays_a_task() -> None:
    tasks = _tasks(
        "a) Thực hiện các dự án sau:\n\n"
        "- Dự án 3: “Nâng cao năng lực điều trị nghiện”, hoàn thành trước ngày 30/6/2026.\n\n"
        "- Dự án 4: “Tăng cường đáp ứng y tế”, hoàn thành trước ngày 30/9/2026.\n"
    )
    assert len(tasks) == 2
