"""Staff a body directs are its people: "Chỉ đạo cán bộ kế toán và thủ quỹ" over "- Thủ quỹ: …".

In a regulation's duty article ("Điều 8. Ủy ban nhân dân phường - xã, thị trấn có nhiệm vụ") a
point "5. Chỉ đạo cán bộ kế toán và thủ quỹ" lists under it what each of those people does ("-
Thủ quỹ: rút tiền mặt …", "- Kế toán: phải mở sổ sách …"). The body directs them, so each line
is still the body's duty: its lead is the article's body, not the staff role the line opens
with. A point that gives staff duties of their own ("Phân công nhiệm vụ như sau: a) Thủ quỹ: …",
"Hướng dẫn nhiệm vụ cụ thể của kế toán …") is not directed and keeps the roles.
"""

from __future__ import annotations

import re

from notices.role_subjects import person_role
from notices.text import match_form

# "Chỉ đạo cán bộ …", "Chỉ đạo, hướng dẫn công chức …", "Đôn đốc …": the body has them do it
# ("Hướng dẫn nhiệm vụ cụ thể của kế toán …" gives them their own, as "Phân công" does)
_DIRECTS = re.compile(r"^(?:(?:trực tiếp|thường xuyên)\s+)?(?:chỉ đạo|đôn đốc)(?![^\W_])")


def directed_staff(parent: str, leads: tuple[str, ...]) -> bool:
    """Every lead is a staff role that `parent` (the point above) directs by name."""
    low = match_form(parent.strip())
    if not leads or _DIRECTS.match(low) is None:
        return False
    return all(person_role(name) and match_form(name) in low for name in leads)
