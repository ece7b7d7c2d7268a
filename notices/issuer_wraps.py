"""A header body's long name wrapped over its cell's lines ("BAN QUẢN LÝ CÁC KHU / CÔNG NGHIỆP").

The issuer's header reading (`notices.issuer`) asks whether a caps line goes on with the name
above.
"""

from __future__ import annotations

import re

from notices.text import fold_key, match_form

# The head words a body's name opens with ("SỞ …", "VĂN PHÒNG …"); `proper_case` capitalises them.
HEAD_WORDS = (
    "văn phòng",
    "trung tâm",
    "tổng cục",
    "chi cục",
    "sở",
    "bộ",
    "ban",
    "cục",
    "vụ",
    "phòng",
    "viện",
    "đài",
    "báo",
    "trường",
    "kho bạc",
    "thanh tra",
    "công an",
)


# A body's long name wrapped over the lines of its cell, as a scan's OCR reads it ("BAN ĐIỀU HÀNH
# CHƯƠNG / TRÌNH HỖ TRỢ PHÁP LÝ CHO / DOANH NGHIỆP", "BAN QUẢN LÝ CÁC KHU / CÔNG NGHIỆP"): under
# the parent's line, after a line opening with a body's head word, a line goes on with it only
# after "… CHO/VÀ/CỦA" or a programme's "CHƯƠNG TRÌNH", when it opens with what the body does,
# or when the wrap cut a word of a name in two ("CHƯƠNG / TRÌNH"). Any other line is a body of
# its own under the one above ("SỞ VĂN HÓA … / BẢO TÀNG TỈNH", "QUÂN KHU 3 / LỮ ĐOÀN 242").
_NAME_OPENERS = (
    "ủy ban", "uỷ ban", "ubnd", "hđnd", "hội", "liên", "đảng", "đoàn", "công ty", "tổng", "chi",
    "ngân hàng", "bảo hiểm", "bệnh viện", "học viện", "đại học", "tòa", "toà", "viện", "kho bạc",
    "ban", "bộ", "quỹ", "tổ", "đội", "hạt", "tiểu ban", "mặt trận", "thường trực", "cảnh sát",
    "quân", "bộ chỉ huy", "trạm", "kbnn", "cổng", "tạp chí", "nhà", "hợp tác xã", "văn phòng",
)  # fmt: skip
_WRAP_END = re.compile(r"\b(?:cho|và|của|về|với|tại|thuộc)$")
# "BAN ĐIỀU HÀNH CHƯƠNG TRÌNH / HỖ TRỢ …": a programme, plan or movement is named after it.
_OPEN_END = re.compile(
    r"\b(?:chương trình|đề án|dự án|nghị quyết|chiến lược|phong trào|cuộc vận động|các|những)$"
)
# "BỘ PHẬN THƯỜNG TRỰC / CHỈ ĐẠO THỰC HIỆN …": a line opening with what a body does goes on
# with the body above (a body's own name opens with its kind, never with a doing).
_DOINGS = tuple(
    fold_key(doing)
    for doing in (
        "chỉ đạo", "điều hành", "thực hiện", "hỗ trợ", "phòng chống", "phòng, chống",
        "phát triển", "xây dựng", "giám sát", "kiểm tra", "triển khai", "vận động", "bảo vệ",
        "chăm sóc", "phổ biến", "quản lý",
    )
)  # fmt: skip
# Words of two or three syllables that a body's long name carries (its purpose or its field).
_NAME_WORDS = tuple(
    fold_key(words).split()
    for words in (
        "chương trình", "nông thôn", "nghị quyết", "khu công nghiệp", "khu kinh tế",
        "khu chế xuất", "công nghiệp", "doanh nghiệp", "phát triển", "quản lý", "hỗ trợ",
        "pháp lý", "pháp luật", "an toàn", "giao thông", "xây dựng", "đầu tư", "kinh tế",
        "văn hóa", "văn hoá", "thể thao", "du lịch", "giáo dục", "đào tạo", "tài chính",
        "thương mại", "kế hoạch", "chỉ đạo", "điều hành", "phòng chống", "phòng, chống",
        "thực hiện", "vệ sinh", "thực phẩm", "môi trường", "tài nguyên", "khoa học", "công nghệ",
        "thông tin", "truyền thông", "lao động", "xã hội", "giảm nghèo", "bền vững", "mục tiêu",
        "quốc gia", "đô thị", "chuyển đổi", "dân tộc", "tôn giáo", "an ninh", "quốc phòng",
        "trật tự", "cải cách", "hành chính", "thi đua", "khen thưởng", "bình đẳng", "tiến bộ",
        "phụ nữ", "thanh niên", "dự án", "công trình", "nhà ở", "thị trường", "bất động sản",
        "giải phóng", "mặt bằng", "bồi thường", "tái định cư", "hạ tầng", "phòng cháy",
        "chữa cháy", "cứu nạn", "cứu hộ", "thiên tai", "tìm kiếm", "ma túy", "ma tuý", "tội phạm",
        "buôn lậu", "gian lận", "hàng giả", "nông nghiệp", "thủy lợi", "thuỷ lợi", "lâm nghiệp",
        "nước sạch", "điện lực", "viễn thông", "bưu chính", "dân số", "gia đình", "trẻ em",
        "người cao tuổi", "khuyến học", "chữ thập đỏ", "cựu chiến binh", "nông dân", "hộ nghèo",
    )
)  # fmt: skip


# "HỘI ĐỒNG XÉT THĂNG HẠNG / CDNN VIÊN CHỨC NĂM 2025", "BAN TỔ CHỨC HỘI THI / GIÁO VIÊN DẠY GIỎI
# NĂM 2024": a body set up for one year's round is named to its year; a line ending on the year
# and opening with no body's kind goes on with the name above.
_ROUND_OF_YEAR = re.compile(r"\bnăm (?:19|20)\d\d$")


def wraps_name(names: list[str], low: str) -> bool:
    above = match_form(names[-1])
    if len(names) < 2 or not above.startswith((*HEAD_WORDS, *_NAME_OPENERS)):
        return False  # the first line is the parent; a wrapped name opens with a body's head
    if _WRAP_END.search(above) or _OPEN_END.search(above):
        return True
    # folded: OCR's tones ("CHÍ ĐẠO", "NGHỊ / QUYÉT") are no other words here
    folded = fold_key(low)
    if _ROUND_OF_YEAR.search(low) and not low.startswith((*HEAD_WORDS, *_NAME_OPENERS)):
        return True
    return folded.startswith(_DOINGS) or _cuts_a_word(fold_key(above).split(), folded.split())


def _cuts_a_word(above: list[str], below: list[str]) -> bool:
    """Whether the line break falls inside one of a name's words ("… CHƯƠNG" / "TRÌNH …")."""
    for word in _NAME_WORDS:
        for cut in range(1, len(word)):
            if above[-cut:] == word[:cut] and below[: len(word) - cut] == word[cut:]:
                return True
    return False
