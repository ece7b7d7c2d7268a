"""A telegram's lead-in wires its bodies the work: "Chủ tịch UBND huyện điện khẩn Thủ trưởng các
phòng, …; Chủ tịch UBND các xã, thị trấn tập trung thực hiện các nhiệm vụ sau:" asks them as
"yêu cầu" would, so the items that name nobody are theirs."""

from __future__ import annotations

import re

# "điện khẩn <whom>", "điện <a head or a body>": the verb of a telegram, not "Công điện" (the
# document) nor "điện" of a power plant ("Nhà máy điện Nhơn Trạch")
_WIRES = re.compile(
    r"(?<![^\W_])(?<![Cc]ông )điện\s+(?:kh\w{1,2}n\s+"  # "khẩn"; OCR drops a mark: "khân"
    r"|(?=(?:đến\s+|tới\s+)?(?:Thủ trưởng|Chủ tịch|Giám đốc|Bộ trưởng|Hiệu trưởng|Chỉ huy"
    r"|Trưởng|Ủy ban|UBND)(?![^\W_])))"
)


def as_request(lead_in: str) -> str:
    """The lead-in with a telegram's "điện (khẩn)" read as the "yêu cầu" it means."""
    return _WIRES.sub("yêu cầu ", lead_in)
