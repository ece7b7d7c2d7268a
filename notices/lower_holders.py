"""A duty title's holder written in lower case: a group of bodies, not one named body.

"Trách nhiệm của bộ, cơ quan ngang bộ", "Nhiệm vụ của sở, ngành", "Trách nhiệm của cơ quan thuế"
name a level of government or an agency by its field, each body of it a holder; "cơ quan nhà
nước" or "đơn vị sử dụng lao động" name no such group. Read by the regulation's duty articles
and by task headings.
"""

from __future__ import annotations

import re

from notices.text import match_form

# "bộ, cơ quan ngang bộ", "sở, ngành", "ủy ban nhân dân cấp xã": a level of government — not a
# compound ("bộ đội biên phòng", "bộ phận", "sở hữu chủ")
_LOWER_LEVEL = re.compile(
    r"(?:bộ(?!\s+(?:đội|phận|máy|luật|môn)(?![^\W_]))|sở(?!\s+(?:hữu|tại|thích)(?![^\W_]))"
    r"|ngành|ủy ban|uỷ ban)(?![^\W_])"
)
# "cơ quan thuế", "cơ quan đăng ký đất đai", "đơn vị sử dụng cán bộ": an agency by its field —
# not every state agency ("cơ quan nhà nước", "cơ quan hành chính nhà nước") nor an employer
# ("đơn vị sử dụng lao động")
_LOWER_AGENCY = re.compile(
    r"(?:cơ quan|đơn vị)\s+(?!(?:và|hoặc|có|các|nhà nước|hành chính)(?![^\W_]))"
    r"(?![^.]*(?:sử dụng|người)\s+lao động)[^\W\d_]"
)


def lower_holder(text: str, at: int = 0, *, mandate: bool = False) -> bool:
    """A duty title's holder written in lower case without "các" names a group of bodies: a
    level of government ("bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "sở, ngành") or, over
    duties, an agency by its field ("cơ quan thuế"). A bare "cơ quan, đơn vị" is every agency
    (a code of conduct's), and a unit's powers ("Nhiệm vụ, quyền hạn của đơn vị quản lý khu du
    lịch") the mandate of a unit the regulation governs."""
    if not text[at : at + 1].islower():
        return False
    low = match_form(text)
    return bool(_LOWER_LEVEL.match(low, at) or (not mandate and _LOWER_AGENCY.match(low, at)))
