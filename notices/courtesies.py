"""The issuer's courtesies: announcing ("Cục Lãnh sự xin trân trọng thông báo:", "… trân trọng
thông tin để Quý Cơ quan biết") and thanking ("… xin trao đổi và cảm ơn sự phối hợp của Quý Cơ
quan"). They name bodies and even work for the reader, yet ask nobody for anything."""

from __future__ import annotations

import re
from collections.abc import Sequence

from notices.text import fold

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
# own act. Only the writer's (the header's body, `is_writer`): in a district's letter "Phòng Giáo
# dục và Đào tạo gửi danh sách … (danh sách kèm theo) về Sở …" is work the district gives. A
# body told to send a form ("Thủ trưởng các đơn vị gửi danh sách (theo mẫu kèm theo) về Sở") is
# asked: a group ("các", "mỗi") anywhere in the subject, or a form, a table or an annex to fill.
_DELIVERS = re.compile(
    r"^(?!(?:đề nghị|yêu cầu|giao)\s)(?P<subject>[^.;:,()]{2,120}?)\s"
    r"(?:(?:xin|trân trọng|kính)\s+)*(?:cung cấp|đăng ký|gửi|báo cáo)"
    r"(?:\s+và\s+(?:gửi kèm|gửi|cung cấp))?" + _END + r"(?P<rest>[^;]*)$"
)
_GROUP = re.compile(r"(?<![^\W_])(?:các|những|mỗi|từng)" + _END)
_ENCLOSED = re.compile(
    r"\((?![^()]*(?:mẫu|biểu|phụ lục))[^()]*kèm theo\s*\)|gửi kèm\s+(?:theo\s+)?văn bản này"
    r"|(?:đến|tới|về)\s+quý\s"
)
_FIRST_PERSON = re.compile(r"^(?:(?:đơn vị|cơ quan)\s+)?chúng tôi$")
_DASHES = re.compile(r"\s*[-–—]\s*")
_SHORT = {"ubnd": "uy ban nhan dan", "hdnd": "hoi dong nhan dan"}


def _words(text: str) -> list[str]:
    words = re.split(r"[^\w]+", fold(_DASHES.sub(" ", text)))
    return " ".join(_SHORT.get(w, w) for w in words if w).split()


def is_writer(subject: str, writer: Sequence[str]) -> bool:
    """Is `subject` the body the header's last lines name ("UBND huyện" under "ỦY BAN NHÂN DÂN" /
    "HUYỆN THANH SƠN", "Sở Y tế" under "SỞ Y TẾ")? The subject may stop short of the header's
    place name, or go on past it."""
    if _FIRST_PERSON.match(subject):
        return True
    said = _words(subject)
    if len(said) < 2:
        return False
    for start in range(max(0, len(writer) - 2), len(writer)):
        named = [w for line in writer[start:] for w in _words(line)]
        if len(named) >= 2 and (said[: len(named)] == named or named[: len(said)] == said):
            return True
    return False


# "<subject> xin/trân trọng báo cáo …": the polite words mark the issuer reporting itself.
_REPORTS = re.compile(
    r"^[^.;:,]{2,120}?\s(?:xin\s+(?:trân trọng\s+)?|trân trọng\s+)(?:báo cáo|gửi|cung cấp)" + _END
)
# "Kính đề nghị Sở Thông tin và Truyền thông quan tâm, giúp đỡ./.": a courteous ask for goodwill,
# no work named (one that names what to support, "… hỗ trợ kinh phí …", is a request, and so is
# work named before the courtesy: "Đề nghị Sở Tài chính xem xét, bố trí kinh phí và tạo điều
# kiện."). Only the addressee's name stands between; names may hold verbs of their own ("Sở Giáo
# dục và Đào tạo", "Sở Thông tin và Truyền thông"), so the verbs kept out are those of requests.
_REQUEST_VERB = (
    r"(?<![^\W_])(?:xem xét|bố trí|rà soát|phối hợp|cung cấp|giải quyết|cử|chỉ đạo|hướng dẫn"
    r"|kiểm tra|thực hiện|triển khai|báo cáo|tổng hợp|gửi|chủ trì|tham mưu|trình|hoàn thành"
    r"|tiếp nhận|sắp xếp|bổ sung|điều chỉnh|phê duyệt|thẩm định|hỗ trợ|giúp đỡ|cho ý kiến"
    r"|xác nhận|cấp phép|chấp thuận|giải ngân|thanh toán|tuyên truyền|vận động|ưu tiên)" + _END
)
_GOODWILL = re.compile(
    r"^(?:kính\s+)?(?:đề nghị|mong|rất mong|kính mong)\s"
    rf"(?:(?!{_REQUEST_VERB})[^.;:]){{2,160}}?\s"
    r"(?:quan tâm|tạo điều kiện)"
    r"(?:(?:\s*,\s*|\s+và\s+|\s+)(?:giúp đỡ|hỗ trợ|ủng hộ|tạo điều kiện))*"
    r"[\s./]*$"
)


def delivers(low: str, writer: Sequence[str] = ()) -> bool:
    """The (match-form) sentence is the writer (the header's `writer` lines) handing over its
    enclosure or its comments, or reporting itself politely (the caller checks it asks no one
    and names no date)."""
    found = _DELIVERS.match(low)
    if (
        found is not None
        and not _GROUP.search(found["subject"])
        and is_writer(found["subject"], writer)
        and _ENCLOSED.search(found["rest"])
    ):
        return True
    return _REPORTS.match(low) is not None


def asks_goodwill(low: str) -> bool:
    """The sentence only asks its reader's attention and help, naming no work."""
    return _GOODWILL.match(low) is not None


def is_courtesy(low: str) -> bool:
    """The (match-form) sentence announces or thanks (the caller checks it asks no one)."""
    return _THANKS.match(low) is not None or _ANNOUNCES.match(low) is not None
