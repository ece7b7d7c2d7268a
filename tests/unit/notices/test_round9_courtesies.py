"""Round 9 precision (classes read from the spent fresh3 split): the issuer's courtesies
(announcing, thanking) assign nothing."""

from __future__ import annotations

import pytest

from notices.assignees import is_remark


# The issuer's courtesies ask nobody for anything: announcing with "xin" or "trân trọng", and
# thanking after its own name.
@pytest.mark.parametrize(
    "sentence",
    [
        "Thực hiện chỉ đạo của Chính phủ về cải cách thủ tục hành chính, Sở Tư pháp xin trân "
        "trọng thông báo:",
        "Trung tâm Phục vụ hành chính công tỉnh trân trọng thông tin để các cơ quan, đơn vị chủ "
        "động sắp xếp thời gian thực hiện thủ tục.",
        "Cục Hải quan xin thông báo lịch tiếp nhận hồ sơ trong dịp Tết như sau:",
        "Văn phòng UBND tỉnh xin trao đổi và cảm ơn sự phối hợp của Quý cơ quan./.",
        "Bộ Tài chính chân thành cảm ơn sự quan tâm, phối hợp của các cơ quan, đơn vị.",
    ],
)
def test_a_courtesy_is_no_task(sentence: str) -> None:
    assert is_remark(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Đề nghị Sở Nội vụ trân trọng thông báo kết quả xét tuyển tới các thí sinh.",
        "Giao Văn phòng UBND tỉnh gửi thư cảm ơn các nhà tài trợ trước ngày 10/01/2026.",
        "Sở Nội vụ thông báo kết quả xét tuyển tới các thí sinh trước ngày 15/01/2026.",
    ],
)
def test_work_that_informs_or_thanks_is_no_courtesy(sentence: str) -> None:
    assert not is_remark(sentence)
