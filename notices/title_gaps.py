"""A document's title parted by a blank line: the subject's wrapped lines as paragraphs.

A Word file (and the text read from it) may set the title's lines as separate paragraphs: "Quy
định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức" + "" + "của Ủy ban sông …", or a Công
báo copy's "CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 02/2010/QĐ-TTg NGÀY 15 THÁNG 01 NĂM 2010" + "" + "QUY
ĐỊNH CHỨC NĂNG, …". The title reader stops at a blank line; these two carry on over it.
"""

from __future__ import annotations

import re

# "của Ủy ban …": a line opening on a lower-case "của" belongs to the subject above it
_OF = re.compile(r"^của\s")
# "CỦA BỘ TÀI CHÍNH SỐ 09/2010/TT-BTC NGÀY 15 THÁNG 01 NĂM 2010": a Công báo header line alone, the
# subject follows it (notices.gazette_header reads its number, date and issuer); the issuer is a
# body's name in capitals (no document's: "CỦA THÔNG TƯ SỐ …" amends another text).
# statute_mandates._GAZETTE_LINE is the same line in match form inside a joined title.
GAZETTE_LINE = re.compile(
    r"^\**\s*CỦA\s+(?P<issuer>(?!(?:THÔNG TƯ|NGHỊ ĐỊNH|NGHỊ QUYẾT|QUYẾT ĐỊNH|LUẬT)\b)"
    r"[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ,-]{2,80}?)\s+SỐ\s*:?\s*"
    # "QĐ-TTg": the Prime Minister's symbol ends in a lower-case letter
    r"(?P<number>\d{1,4}(?:/\d{4})?/[A-ZĐ][A-Za-zĐđ0-9-]*)\s+"
    r"NGÀY\s+(?P<d>\d{1,2})\s+THÁNG\s+(?P<m>\d{1,2})\s+NĂM\s+(?P<y>\d{4})\s*\**$"
)
_GAP = 2  # blank lines the title may run over


def title_gap(title: list[str], lines: list[str], index: int) -> bool:
    """The blank line at `index` lies inside the title read so far (`title`, its lines)."""
    if not title:
        return False
    following = lines[index : index + _GAP + 1]
    line = next((ln.strip() for ln in following if ln.strip()), "")
    if not line:
        return False
    if _OF.match(line):
        return True
    return len(title) == 1 and bool(GAZETTE_LINE.match(title[0].strip())) and line.isupper()
