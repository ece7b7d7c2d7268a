"""The issuer's courtesies: announcing ("Cục Lãnh sự xin trân trọng thông báo:", "… trân trọng
thông tin để Quý Cơ quan biết") and thanking ("… xin trao đổi và cảm ơn sự phối hợp của Quý Cơ
quan"). They name bodies and even work for the reader, yet ask nobody for anything."""

from __future__ import annotations

import re

_END = r"(?![^\W_])"

# "<subject> xin trân trọng thông báo", "<subject> trân trọng thông tin để …": the polite "xin"
# or "trân trọng" marks the issuer speaking of itself; a bare "thông báo" can be work ("Sở Nội vụ
# thông báo kết quả cho các xã").
_ANNOUNCES = re.compile(
    r"^(?:[^.;:]{0,240}?,\s*)?[^.;:,]{2,120}?\s"
    r"(?:xin\s+(?:trân trọng\s+)?|trân trọng\s+)(?:thông báo|thông tin)" + _END
)
# "<subject> xin trao đổi và cảm ơn …", "<subject> chân thành cảm ơn …": thanks after a subject
# ("Xin cảm ơn …" at the start is a remark already).
_THANKS = re.compile(
    r"^[^.;:]{2,120}?\s(?:xin\s+)?(?:trao đổi\s*(?:,|và)\s*(?:xin\s+)?)?"
    r"(?:trân trọng\s+|chân thành\s+)?cảm ơn\s+(?:sự|quý)" + _END
)


def is_courtesy(low: str) -> bool:
    """The (match-form) sentence announces or thanks (the caller checks it asks no one)."""
    return _THANKS.match(low) is not None or _ANNOUNCES.match(low) is not None
