"""Requests only for the case of difficulties, and handling whatever difficulties arise."""

from __future__ import annotations

import re

# "Trong quá trình thực hiện nếu có khó khăn, vướng mắc đề nghị … phản ánh về …": a request only
# for the case of difficulties.
DIFFICULTY = re.compile(
    r"^(?:trong quá trình\s[^,;]{0,60}?,?\s*)?(?:nếu|trường hợp|khi)\s+(?:có\s+)?"
    # "nếu có góp ý thêm hoặc có vướng mắc": a comment the addressee may have, or a difficulty
    r"(?:(?:ý kiến\s+)?góp ý(?:\s+thêm)?\s*(?:,|hoặc|và)\s*(?:có\s+)?)?"
    r"(?:phát sinh\s+)?(?:những\s+|các\s+)?(?:khó khăn|vướng mắc|vấn đề phát sinh)"
)
# "Nắm bắt, xử lý kịp thời các vướng mắc phát sinh (nếu có), trường hợp cần thiết báo cáo Cục
# Thuế để được hỗ trợ": only the difficulties that may arise, and asking for help with them.
_HELP = r"(?:hỗ trợ|hướng dẫn|xử lý|giải quyết|tháo gỡ)"
HANDLES_DIFFICULTIES = re.compile(
    r"^(?:(?:kịp thời|chủ động)\s+)?(?:(?:nắm bắt|xử lý|giải quyết|tháo gỡ|phản ánh)"
    r"(?:\s*,\s*|\s+và\s+|\s+))+(?:kịp thời\s+)?(?:các|những)\s+(?:khó khăn|vướng mắc)"
    r"(?:\s*(?:,|và)\s*(?:khó khăn|vướng mắc))?(?:\s+phát sinh)?\s*(?:\(nếu có\))?"
    # "… phát sinh trong quá trình triển khai để được hướng dẫn và hỗ trợ (qua số điện thoại …)"
    r"(?:\s+trong (?:quá trình|khi)\s[^.;()]{0,60}?)?"
    rf"(?:\s+để\s+(?:được\s+)?{_HELP}(?:\s*(?:,|và)\s*{_HELP})*)?"
    r"(?:\s*[,;]?\s*(?:trường hợp|nếu|khi)\s+cần thiết\s+báo cáo\s[^.;]{0,120}?"
    r"để\s+(?:được\s+)?(?:hỗ trợ|hướng dẫn|xử lý|giải quyết)[^.;]{0,40})?"
    r"(?:\s*\([^()]{0,80}\))?\s*[.;]?$"
)
# "Trong quá trình triển khai thực hiện, các phòng, ban, đơn vị thuộc Sở kịp thời báo cáo các vướng
# mắc, khó khăn về Sở (thông qua Văn phòng Sở) để kịp thời hướng dẫn.": the body only reports the
# difficulties the carrying out may meet, for help; "Kịp thời báo cáo các vướng mắc, tranh chấp
# …" as a point of its own (no "Trong quá trình …," before it) stays a task.
_TROUBLE = r"(?:khó khăn|vướng mắc|tồn tại|bất cập)"
REPORTS_DIFFICULTIES = re.compile(
    r"^trong (?:quá trình|khi)\s[^,;.]{0,60}?,\s*(?P<who>[^;.]{0,200}?)(?<![^\W_])(?:kịp thời\s+)?"
    rf"(?:báo cáo|phản ánh)(?:\s*(?:,|và)\s*(?:báo cáo|phản ánh|đề xuất))*\s+"
    rf"(?:(?:các|những)\s+)?{_TROUBLE}(?:\s*(?:,|và)\s*{_TROUBLE})*(?:\s+phát sinh)?"
    r"(?:\s+(?:về|lên|cho|đến|tới)\s[^;.]{0,120}?)?"
    r"\s+để\s+(?:được\s+)?(?:kịp thời\s+)?(?:hướng dẫn|xem xét|giải quyết|xử lý|chỉ đạo|tháo gỡ)"
    r"[^;.\d]{0,60}[.;]?$"
)
