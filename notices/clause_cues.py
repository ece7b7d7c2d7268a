"""The cues a clause's roles are read by: work cues, openers before a subject, partners, the
time the work is done in."""

from __future__ import annotations

import re

from notices.lexicon import ACTION_CUES

WORD_END = r"(?![^\W_])"


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


CUE_RX = re.compile(rf"(?<![^\W_])(?:{_alternation(ACTION_CUES)}){WORD_END}")
OPENER = re.compile(
    # "Kể từ ngày 03/10/2026, Phòng Hành chính mở sổ …": a start, then the subject
    r"(?:để|nhằm|trên cơ sở|căn cứ|qua|kể từ|từ|riêng|đối với|về|trường hợp|nếu|khi|sau khi được"
    r"|trong quá trình|sau khi|trước khi|ngay sau khi|kết thúc|trước ngày|chậm nhất"
    # "Sau kỳ nghỉ Tết, các đơn vị phải …", "Trong dịp nghỉ lễ, các trường …": the time, then who
    r"|(?:ngay\s+)?sau (?:kỳ|dịp|đợt)|trong (?:thời gian|dịp|kỳ) nghỉ"
    # "Sau mỗi quý, Sở Xây dựng gửi …": a reporting regime's term, then who reports ("Trong thời
    # hạn 02 ngày làm việc, gửi Báo cáo … đến Văn phòng UBND tỉnh, Thường trực HĐND …" names
    # only where to send: a lower-case holder after that term is notices.regime_holders')
    # ("Sau mỗi kỳ báo cáo, trường hợp số liệu có thay đổi, …": a condition, no duty)
    r"|sau mỗi (?:tháng|quý|năm|kỳ|đợt)(?![^,.;]*,\s*(?:trường hợp|nếu)(?![^\W_]))"
    # "Định kỳ trước ngày 20 tháng 6 và trước ngày 20 tháng 12 hằng năm, Sở Công Thương báo cáo
    # …", "Định kỳ 06 tháng (trước ngày 15/6), …": a report's recurring date, then who reports
    # ("Định kỳ hàng tháng báo cáo UBND tỉnh, Sở …": no date, the comma parts recipients)
    r"|định kỳ(?=\s+(?:trước|chậm nhất|\d|\())(?=[^,;]{0,100}(?:trước|chậm nhất)\s+ngày)"
    # "Tháng 11 hằng năm, đơn vị phụ trách … lập danh sách …", "Trong tháng 12 / Trước tháng 11 /
    # Quý IV hằng năm, …": a yearly cycle's month or quarter, then who
    r"|(?:(?:vào|trong|trước)\s+)?(?:tháng\s+\d{1,2}|quý\s+(?:[ivx]{1,3}|\d))\s+(?:hằng|hàng)\s+năm"
    r"|với (?:vai trò|tư cách)|là (?:cơ quan|"
    r"đơn vị|chủ đầu tư)|trong phạm vi|theo chức năng|"
    r"thực hiện (?:ý kiến|chỉ đạo|kết luận|thông báo|công văn|văn bản|kế hoạch|quyết định"
    r"|chỉ thị))" + WORD_END
)
SUPPORT = re.compile(
    r"(?<![^\W_])(?:phối hợp(?:\s+chặt chẽ)?(?:\s+với)?|với\s+sự\s+phối hợp\s+của|cùng với)\s+"
)
# "Trong quá trình thực hiện, …", "Trong quá trình triển khai Kế hoạch …": when, then who.
DURING = re.compile(r"trong quá trình\s+(?:tổ chức\s+)?(?:thực hiện|triển khai)\s+")
