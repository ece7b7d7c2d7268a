""" "Quyết định" opening a duty point as its verb: "Quyết định vận hành các hồ theo thẩm quyền",
"Quyết định việc vận hành điều tiết hồ …", "Quyết định xả lũ …", "Quyết định phương án điều hòa
…", "Quyết định biện pháp khẩn cấp …" — what the holder a duty article names must decide.

The word is far more often the noun of a document ("Quyết định này có hiệu lực …", "Quyết định số
12/QĐ-UBND", "Quyết định về việc …", "Quyết định phê duyệt Báo cáo kinh tế - kỹ thuật" in a list
of files, "Quyết định của Ủy ban nhân dân tỉnh"), so it counts as a verb only before what is
decided: not before a demonstrative, a number ("số", a scan's "só"), "của", "về", "kèm", or the
verb of a decision's own title (ban hành, phê duyệt, thành lập, công nhận, khen thưởng, bổ nhiệm,
giao, cho thuê or cho phép, cấp, thu hồi, xử phạt, kỷ luật, điều động, tặng, hủy, bãi bỏ, sửa
đổi)."""

from __future__ import annotations

DECIDES = (
    r"quyết định(?=\s)(?!\s+(?:này|đó|trên|nêu|s[ốôoóòồổ]|\d|của|về|kèm|tại|theo|ban hành"
    r"|phê duyệt|thành lập|công nhận|khen thưởng|bổ nhiệm|giao|cho|cấp|thu hồi|xử phạt|kỷ luật"
    r"|điều động|tặng|hủy|huỷ|bãi bỏ|sửa đổi|được|đã|là|có|sẽ|thì|và|hoặc|gửi|trình)(?![^\W_]))"
)
