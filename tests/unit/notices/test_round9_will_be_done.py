"""Round 9 precision (a class read from the spent fresh3 split): what will be done to a thing
("Các thủ tục nêu trên sẽ được tiếp nhận …"), with no body named to do it, is no task; naming
who will do it, or asking someone, is still work."""

from __future__ import annotations

import pytest

from notices.statements import states_only


@pytest.mark.parametrize(
    "sentence",
    [
        "Các hồ sơ nêu trên sẽ được tiếp nhận và giải quyết trực tuyến qua Cổng dịch vụ công "
        "của tỉnh (hướng dẫn chi tiết gửi kèm).",
        "Kết quả giải quyết thủ tục sẽ được trả qua dịch vụ bưu chính công ích.",
        "Lịch tiếp công dân định kỳ sẽ được niêm yết công khai tại trụ sở.",
    ],
)
def test_what_will_be_done_to_a_thing_is_no_task(sentence: str) -> None:
    assert states_only(sentence, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kết quả sẽ được Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2025.",
        "Sở Tài chính sẽ được giao chủ trì thẩm định dự án trước ngày 30/12/2025.",
        "Hồ sơ sẽ được tiếp nhận tại bộ phận một cửa; đề nghị Ủy ban nhân dân các xã thông báo "
        "rộng rãi tới người dân.",
    ],
)
def test_work_someone_is_named_for_is_still_a_task(sentence: str) -> None:
    assert not states_only(sentence, None)
