"""A group of institutions that undergoes, risks or is measured by something assigns no work.

"Các thư viện được bổ sung sách mới …" (a passive: someone else adds the books), "Những khách
sạn không bảo đảm điều kiện sẽ bị thu hồi giấy phép" (a sanction), "Mỗi khách sạn từ 3 sao trở
lên có 1 phòng cách ly" (a norm): the group opens the sentence but is not asked to do anything.
"Các đơn vị được giao …", "Các trường được yêu cầu …", "Các cán bộ không được …" (a ban) and
"Các địa phương được chọn kiểm tra …" (work after the passive) still hand them work. The
passive is read only after a kind of institution (`lexicon.INSTITUTION_NOUNS`): "Các thôn được
công nhận đạt chuẩn văn hóa tiếp tục giữ vững danh hiệu" names which villages, then their work.
"""

from __future__ import annotations

import re

from notices.grants import OBLIGED
from notices.lexicon import INSTITUTION_NOUNS
from notices.statement_words import MORE_WORK_VERB, ORDER_ADVERB

_INSTITUTION = "|".join(sorted(map(re.escape, INSTITUTION_NOUNS), key=len, reverse=True))
_GROUP_OPENS = re.compile(r"^(?:[-+•*]\s*)?(?:các|những|mỗi|từng)\s+[^\W\d_]")
# the first clause's predicate: a passive, a sanction or a count
_UNDERGOES = re.compile(
    rf"^(?:[-+•*]\s*)?(?:các|những|mỗi|từng)\s+(?:{_INSTITUTION})\s+"
    r"(?:[^\W\d_]+\s+){0,4}?(?:(?<!không )(?<!chưa )được\s+"
    r"(?!(?:giao|phân công|ủy quyền|uỷ quyền|yêu cầu|đề nghị)(?![^\W_]))"
    r"|(?:sẽ\s+)?(?<!chuẩn )(?<!thiết )(?<!trang )(?<!dự )(?<!phòng )bị\s+)"
    r"|^(?:[-+•*]\s*)?(?:những|mỗi|từng)\s[^,;.:]{2,80}?\s(?:sẽ\s+)?(?<!chuẩn )bị\s+"
    r"(?:thu hồi|xử lý|xử phạt|đình chỉ|tạm dừng|đóng cửa)(?![^\W_])"
    r"|^(?:[-+•*]\s*)?(?:mỗi|từng)\s[^,;.:]{2,60}?\scó\s+(?:\d+|một|hai|ba)\s"
)

_WORK_AFTER = re.compile(rf"(?<![^\W_])(?:{MORE_WORK_VERB}|{ORDER_ADVERB})(?![^\W_])")


def group_undergoes(low: str) -> bool:
    """The sentence opens with a group whose first clause is passive, a sanction or a count."""
    if _GROUP_OPENS.match(low) is None or OBLIGED.search(low):
        return False  # "Các xã được chọn … phải …": the duty is theirs
    undergoes = _UNDERGOES.match(low)
    if undergoes is None:
        return False
    # "Các địa phương được chọn kiểm tra, đánh giá … chủ động …": the chosen ones' work follows
    return _WORK_AFTER.search(low, undergoes.end()) is None
