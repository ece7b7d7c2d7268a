"""An official-gazette header: the number, date and issuer written in one title line.

Circulars and decrees copied from the Công báo (and the law libraries that reprint it) have no
header block: no issuer line, no "Số: …" line, no "Hà Nội, ngày …" line. The type line is
followed by "CỦA BỘ TÀI CHÍNH SỐ 09/2010/TT-BTC NGÀY 15 THÁNG 01 NĂM 2010" or "CỦA CHÍNH PHỦ SỐ
01/2010/NĐ-CP NGÀY 04 THÁNG 01 NĂM 2010", then the subject (btc-08, btc-09, cp-01, cp-03,
cp-05). That line is where the number, the date and the issuer are; the metadata finders, which
look for them on lines of their own, read none of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from notices.issuer import proper_case
from notices.metadata import DocNumber, PlaceDate, find_number, safe_date
from notices.text import match_form
from notices.title_gaps import GAZETTE_LINE

# the type line the gazette header follows ("THÔNG TƯ", "NGHỊ ĐỊNH", "THÔNG TƯ LIÊN TỊCH")
_TYPE_LINE = re.compile(
    r"^\**\s*(?:THÔNG TƯ(?:\s+LIÊN TỊCH)?|NGHỊ ĐỊNH|NGHỊ QUYẾT|QUYẾT ĐỊNH|CHỈ THỊ)\s*\**$"
)
# how many non-empty lines from the top the type line may sit at
_TOP = 4


@dataclass(frozen=True, slots=True)
class GazetteHeader:
    number: DocNumber
    place_date: PlaceDate
    issuer: str | None


def gazette_header(lines: list[str]) -> GazetteHeader | None:
    """The gazette header right under the type line near the top, or None."""
    top = [line.strip() for line in lines if line.strip()][: _TOP + 1]
    for above, line in pairwise(top):
        m = GAZETTE_LINE.match(line)
        if m is None or _TYPE_LINE.match(above) is None:
            continue
        day, month, year = int(m["d"]), int(m["m"]), int(m["y"])
        if safe_date(year, month, day) is None:
            return None
        number = find_number([f"Số: {m['number']}"])
        if number.number is None:
            return None
        return GazetteHeader(number, PlaceDate(None, day, month, year), _as_name(m["issuer"]))
    return None


# bodies whose names proper_case cannot spell from capitals ("NHÀ NƯỚC" is a proper name here)
_KNOWN = {
    "ngân hàng nhà nước việt nam": "Ngân hàng Nhà nước Việt Nam",
    "ủy ban dân tộc": "Ủy ban Dân tộc",
    "kiểm toán nhà nước": "Kiểm toán Nhà nước",
    "thanh tra chính phủ": "Thanh tra Chính phủ",
    "văn phòng chính phủ": "Văn phòng Chính phủ",
}
# "CỦA BỘ TRƯỞNG BỘ Y TẾ SỐ …": the minister signs for the ministry, the ministry issues
_MINISTER = re.compile(r"^bộ trưởng\s+(?=bộ\s)")
# a single ministry, the Government, the Prime Minister, a people's committee: capitals that
# proper_case spells as running text does ("Bộ Kế hoạch và Đầu tư", "UBND thành phố Hà Nội")
_SPELLED = re.compile(r"^(?:bộ\s(?!.*\sbộ\s)|chính phủ$|thủ tướng chính phủ$|ủy ban nhân dân\s)")


def _as_name(capitals: str) -> str | None:
    """ "BỘ TÀI CHÍNH" → "Bộ Tài chính", "BỘ TRƯỞNG BỘ Y TẾ" → "Bộ Y tế": a body's name as written
    in running text, or None for capitals whose casing would be a guess (a joint circular's "BỘ
    TÀI CHÍNH - BỘ TƯ PHÁP", an unknown body): a lower-cased proper name is worse than none."""
    low = _MINISTER.sub("", match_form(" ".join(capitals.split())))
    if low in _KNOWN:
        return _KNOWN[low]
    if _SPELLED.match(low) is None:
        return None
    return proper_case(low.upper())
