"""Round 9 precision (a class read from the spent fresh3 split): a quota of people each body may
put forward stays a quota when a bracket lists its exceptions, however long the list."""

from __future__ import annotations

import pytest

from notices.statements import states_only


@pytest.mark.parametrize(
    "sentence",
    [
        "Mỗi sở, ban, ngành cử tối đa 03 người (riêng Sở Giáo dục và Đào tạo, Sở Y tế, Sở Nội "
        "vụ, Công an tỉnh: mỗi đơn vị tối đa 05 người).",
        "Các hội, đoàn thể cấp tỉnh: chọn cử tối đa 02 người (riêng Hội Nông dân tỉnh, Hội Liên "
        "hiệp Phụ nữ tỉnh: tối đa 04 người, Tỉnh đoàn: tối đa 06 người).",
        "Mỗi xã, phường: giới thiệu không quá 02 cá nhân (riêng các phường trung tâm Bình Minh, "
        "Hòa Bình, Thống Nhất, Quang Trung: mỗi phường không quá 04 cá nhân).",
    ],
)
def test_a_quota_with_its_exceptions_is_no_task(sentence: str) -> None:
    assert states_only(sentence, None)


def test_picking_people_for_work_is_still_a_task() -> None:
    assert not states_only(
        "Sở Nội vụ tổng hợp danh sách, mỗi đơn vị tối đa 03 người (riêng Sở Giáo dục và Đào "
        "tạo, Sở Y tế, Sở Nội vụ, Công an tỉnh: mỗi đơn vị tối đa 05 người).",
        None,
    )
