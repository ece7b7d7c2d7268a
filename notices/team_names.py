"""A team named by its work: "Tổ xây dựng kế hoạch lựa chọn nhà thầu", "Tổ tiếp nhận hồ sơ",
"Nhóm soạn thảo đề án", "Tiểu ban xây dựng văn kiện".

A plan that sets up working teams names each by what it does, so the verb after "Tổ" is part of
the name, not the team's predicate. A reader sees it where the clause's own predicate comes later:
"Giao Tổ xây dựng kế hoạch lựa chọn nhà thầu chủ trì: hoàn chỉnh …" (a schedule table's doer cell,
as notices.tables writes its row). Without a later "chủ trì" ("Tổ xây dựng kế hoạch …", "Tổ
trưởng tổ dân phố …") the verb stays the predicate, as before.
"""

from __future__ import annotations

import re

# A bare team noun, nothing named after it yet ("Tổ", "các Tổ", "Nhóm", "Tiểu ban").
_TEAM_HEAD = re.compile(r"^(?:các\s+)?(?:tổ|nhóm|tiểu ban)\s+$")
# The team's work up to the clause's "chủ trì", with no punctuation between: one name.
_LEADS_LATER = re.compile(r"[^,.;:()\n]{1,80}?\s(?=chủ trì(?![^\W_]))")


def team_name_end(low: str, start: int, pos: int) -> int | None:
    """Where a team's name that goes on with a verb at `pos` ends (before its "chủ trì"), else
    None; `low` is the clause in match_form, its subject opening at `start`."""
    if not _TEAM_HEAD.match(low[start:pos]):
        return None
    later = _LEADS_LATER.match(low, pos)
    return later.end() if later else None
