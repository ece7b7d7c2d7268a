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

from notices.metadata import DocNumber, PlaceDate, find_number, safe_date

# the type line the gazette header follows ("THÔNG TƯ", "NGHỊ ĐỊNH", "THÔNG TƯ LIÊN TỊCH")
_TYPE_LINE = re.compile(
    r"^\**\s*(?:THÔNG TƯ(?:\s+LIÊN TỊCH)?|NGHỊ ĐỊNH|NGHỊ QUYẾT|QUYẾT ĐỊNH|CHỈ THỊ)\s*\**$"
)
# "CỦA BỘ TÀI CHÍNH SỐ 09/2010/TT-BTC NGÀY 15 THÁNG 01 NĂM 2010": the issuer is a body's name in
# capitals (no document's: "CỦA THÔNG TƯ SỐ …" amends another text)
_GAZETTE = re.compile(
    r"^\**\s*CỦA\s+(?P<issuer>(?!(?:THÔNG TƯ|NGHỊ ĐỊNH|NGHỊ QUYẾT|QUYẾT ĐỊNH|LUẬT)\b)"
    r"[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ,-]{2,80}?)\s+SỐ\s*:?\s*"
    r"(?P<number>\d{1,4}(?:/\d{4})?/[A-ZĐ][A-ZĐ0-9-]*)\s+"
    r"NGÀY\s+(?P<d>\d{1,2})\s+THÁNG\s+(?P<m>\d{1,2})\s+NĂM\s+(?P<y>\d{4})\s*\**$"
)
# how many non-empty lines from the top the type line may sit at
_TOP = 4


@dataclass(frozen=True, slots=True)
class GazetteHeader:
    number: DocNumber
    place_date: PlaceDate
    issuer: str


def gazette_header(lines: list[str]) -> GazetteHeader | None:
    """The gazette header right under the type line near the top, or None."""
    top = [line.strip() for line in lines if line.strip()][: _TOP + 1]
    for above, line in pairwise(top):
        m = _GAZETTE.match(line)
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


def _as_name(capitals: str) -> str:
    """ "BỘ TÀI CHÍNH" → "Bộ Tài chính", "CHÍNH PHỦ" → "Chính phủ": a body's name as written in
    running text (its head capitalised, and the word after a ministry's "Bộ")."""
    words = " ".join(capitals.split()).lower().split(" ")
    words[0] = words[0].capitalize()
    if words[0] == "Bộ" and len(words) > 1:
        words[1] = words[1].capitalize()
    return " ".join(words)
