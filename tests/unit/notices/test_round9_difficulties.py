"""Round 9 precision (a class read from the spent fresh3 split): asking only to report the
difficulties that arise, "to be guided and helped", is no task, whatever the phase it names or
the contact it gives in brackets; reporting them to a body by a date still is."""

from __future__ import annotations

import pytest

from notices.statements import states_only


@pytest.mark.parametrize(
    "sentence",
    [
        "Kịp thời phản ánh các khó khăn, vướng mắc phát sinh trong quá trình thực hiện để được "
        "hướng dẫn và hỗ trợ (liên hệ số điện thoại 0236.3822.111).",
        "Chủ động phản ánh những vướng mắc phát sinh trong quá trình triển khai để được hướng "
        "dẫn, tháo gỡ.",
        "Phản ánh kịp thời các khó khăn, vướng mắc trong khi tổ chức thu phí để được hỗ trợ.",
    ],
)
def test_reporting_difficulties_to_get_help_is_no_task(sentence: str) -> None:
    assert states_only(sentence, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kịp thời phản ánh các khó khăn, vướng mắc về Sở Nội vụ để tổng hợp, báo cáo Ủy ban "
        "nhân dân tỉnh trước ngày 30/12/2025.",
        "Tổng hợp các khó khăn, vướng mắc phát sinh trong quá trình thực hiện, báo cáo Bộ Tài "
        "chính trước ngày 15/01/2026.",
    ],
)
def test_work_on_difficulties_is_still_a_task(sentence: str) -> None:
    assert not states_only(sentence, None)
