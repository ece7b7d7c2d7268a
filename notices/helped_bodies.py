"""A body that helps another do the work: "Sở Tư pháp giúp Ủy ban nhân dân cấp tỉnh tổng hợp …".

Circulars and decrees give the work to the staff body that does it for its superior ("Cục Kiểm
soát thủ tục hành chính thuộc Bộ Tư pháp giúp Bộ tổng hợp báo cáo …", "Tổ chức pháp chế thuộc
Bộ, cơ quan ngang Bộ giúp Bộ, cơ quan ngang Bộ tổng hợp …"). "giúp" is no action word of the
subject scanner (it is the helper's verb only here, and a noun's in "Tổ giúp việc", "cơ quan
tham mưu, giúp việc"), so the names ran on over the superior to the work verb and the lead
became "Sở Tư pháp giúp Ủy ban nhân dân cấp tỉnh". The labels lead with the helper alone
(btp-05 Điều 14.2; cp-80's "Bộ Tư pháp giúp Chính phủ" was left by round 27 for this).
"""

from __future__ import annotations

import re

from notices.names import assignee_start
from notices.subject_words import DETERMINERS, LEVEL_END, Span

# "giúp Ủy ban …", "giúp Bộ trưởng …", "giúp Giám đốc Sở …": the verb, then whom it helps by a
# capitalised name — not "giúp việc" (an advisory body's kind) nor "giúp đỡ" (goodwill)
_HELPS = re.compile(r"giúp(?!\s+(?:việc|đỡ)(?![^\W_]))\s+(?=[A-ZĐÀ-Ỹ])", re.IGNORECASE)


def helps_body(text: str, low: str, start: int, pos: int, previous: str) -> Span | None:
    """The subject ends at `pos` when "giúp" there follows a whole body's name (its last words
    capitalised or a level: "Sở Tư pháp", "Phòng Tư pháp thuộc Ủy ban nhân dân cấp huyện") and
    a body or post follows it; else None."""
    helps = _HELPS.match(text, pos)
    if (
        helps is None
        or pos <= start
        or previous in (",", ";", "và", "-", "–", "(")
        or (previous in DETERMINERS)
    ):
        return None
    words = text[start:pos].split()
    if len(words) < 2:
        return None
    if not (any(w[:1].isupper() for w in words[-2:]) or LEVEL_END.search(low, start, pos)):
        return None
    if assignee_start(text, low, helps.end()) is None:
        return None
    return Span(pos, "giúp", pos + len("giúp"))
