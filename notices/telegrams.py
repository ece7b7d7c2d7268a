"""A telegram's lead-in wires its bodies the work: "Chủ tịch UBND huyện điện khẩn Thủ trưởng các
phòng, …; Chủ tịch UBND các xã, thị trấn tập trung thực hiện các nhiệm vụ sau:" asks them as
"yêu cầu" would, so the items that name nobody are theirs."""

from __future__ import annotations

import re

from notices.clause_leads import is_generic

# "điện khẩn <whom>", "ĐIỆN KHẨN: <whom>", "điện <a head or a body>": the verb of a telegram, not
# "Công điện" (the document) nor "điện" of a power plant ("Nhà máy điện Nhơn Trạch")
_WIRES = re.compile(
    r"(?<![^\W_])(?<![Cc]ông )(?<!CÔNG )(?i:điện)\s*(?:(?i:kh\w{1,2}n)\s*:?\s+"  # OCR: "khân"
    r"|:?\s*(?=(?:đến\s+|tới\s+)?(?:Thủ trưởng|Chủ tịch|Giám đốc|Bộ trưởng|Hiệu trưởng|Chỉ huy"
    r"|Trưởng|Ủy ban|UBND)(?![^\W_])))"
)
# "Chủ tịch Ủy ban nhân dân huyện điện …", "CHỦ TỊCH UBND HUYỆN ĐIỆN KHẨN": the head who wires,
# a few words of his body's name before the verb
_HEAD_BEFORE = re.compile(
    r"(?i:chủ tịch|giám đốc|bộ trưởng|thủ tướng|trưởng ban|tư lệnh|chỉ huy trưởng)"
    r"(?:\s+[^\s,;:.]+){0,8}\s*$"
)
_HEAD_REACH = 80


def as_request(lead_in: str, *, telegram: bool = False) -> str:
    """The lead-in with a telegram's "điện (khẩn)" read as the "yêu cầu" it means: in a
    telegram, or where a head's title comes just before it. Elsewhere "điện" is power ("Để tiếp
    nhận lưới điện UBND các xã đang quản lý, …")."""

    def wired(match: re.Match[str]) -> str:
        before = lead_in[max(0, match.start() - _HEAD_REACH) : match.start()]
        return "yêu cầu " if telegram or _HEAD_BEFORE.search(before) else match.group(0)

    return _WIRES.sub(wired, lead_in)


def generic_request(
    default: list[str] | None, *, intro: str | None
) -> tuple[list[str] | None, list[str] | None]:
    """(the lead-in's doers, the group it asks as written). "Cục … đề nghị các đơn vị:" closing
    the front matter names a group, not anyone in particular: the addressees ("Kính gửi", a
    closing's) come first, but where the document names none (a dispatch quoted in a news item,
    "… đã có công điện số 37/TK gửi: …"), the group as written leads the points naming nobody."""
    if intro or not default or not all(is_generic(name) for name in default):
        return default, None
    return None, default
