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

# "Sở Y tế cung cấp danh mục các sản phẩm … (danh mục kèm theo)./.", "Trung tâm Y tế huyện đăng ký
# danh sách viên chức tham gia hiến máu (Có danh sách kèm theo).", "UBND huyện trân trọng báo cáo
# và gửi kèm văn bản này Quyết định …", "Bộ … gửi ý kiến góp ý đến Quý Bộ để tổng hợp./.": the
# writer hands over what the letter carries (an enclosure, its comments to "Quý …"), the letter's
# own act. A body told to send a form ("Các trường gửi danh sách (theo mẫu kèm theo) về Sở") is
# asked: the subject is no group ("các", "mỗi") and the enclosure is no form to fill.
_DELIVERS = re.compile(
    r"^(?!(?:các|những|mỗi|từng|đề nghị|yêu cầu|giao)\s)[^.;:,()]{2,120}?\s"
    r"(?:(?:xin|trân trọng|kính)\s+)*(?:cung cấp|đăng ký|gửi|báo cáo)"
    r"(?:\s+và\s+(?:gửi kèm|gửi|cung cấp))?" + _END + r"(?P<rest>[^;]*)$"
)
_ENCLOSED = re.compile(
    r"\((?![^()]*(?:mẫu|biểu))[^()]*kèm theo\s*\)|gửi kèm\s+(?:theo\s+)?văn bản này"
    r"|(?:đến|tới|về)\s+quý\s"
)
# "<subject> xin/trân trọng báo cáo …": the polite words mark the issuer reporting itself.
_REPORTS = re.compile(
    r"^[^.;:,]{2,120}?\s(?:xin\s+(?:trân trọng\s+)?|trân trọng\s+)(?:báo cáo|gửi|cung cấp)" + _END
)
# "Kính đề nghị Sở Thông tin và Truyền thông quan tâm, giúp đỡ./.": a courteous ask for goodwill,
# no work named (one that names what to support, "… hỗ trợ kinh phí …", is a request).
_GOODWILL = re.compile(
    r"^(?:kính\s+)?(?:đề nghị|mong|rất mong|kính mong)\s[^.;:]{2,160}?\s"
    r"(?:quan tâm|tạo điều kiện)"
    r"(?:(?:\s*,\s*|\s+và\s+|\s+)(?:giúp đỡ|hỗ trợ|ủng hộ|tạo điều kiện))*"
    r"[\s./]*$"
)


def delivers(low: str) -> bool:
    """The (match-form) sentence is the writer handing over its enclosure or its comments, or
    reporting itself politely (the caller checks it asks no one and names no date)."""
    found = _DELIVERS.match(low)
    if found is not None and _ENCLOSED.search(found["rest"]):
        return True
    return _REPORTS.match(low) is not None


def asks_goodwill(low: str) -> bool:
    """The sentence only asks its reader's attention and help, naming no work."""
    return _GOODWILL.match(low) is not None


def is_courtesy(low: str) -> bool:
    """The (match-form) sentence announces or thanks (the caller checks it asks no one)."""
    return _THANKS.match(low) is not None or _ANNOUNCES.match(low) is not None
