"""A team named by its work: "Tổ xây dựng kế hoạch lựa chọn nhà thầu", "Tổ tiếp nhận hồ sơ",
"Nhóm soạn thảo đề án", "Tiểu ban xây dựng văn kiện".

A plan that sets up working teams names each by what it does, so the verb after "Tổ" is part of
the name, not the team's predicate. A reader sees it where the clause's own predicate comes later:
"Giao Tổ xây dựng kế hoạch lựa chọn nhà thầu chủ trì: hoàn chỉnh …" (a schedule table's doer cell,
as notices.tables writes its row). Only that sentence: in prose ("Tổ kiểm tra báo cáo kết quả cho
đơn vị chủ trì …", "Tổ thẩm định kiểm tra hồ sơ do … chủ trì") the verb is the team's
predicate. Without a later "chủ trì:" ("Tổ xây dựng kế hoạch …", "Tổ trưởng tổ dân phố …") the
verb stays the predicate, as before.
"""

from __future__ import annotations

import re

# A bare team noun, nothing named after it yet ("Tổ", "các Tổ", "Nhóm", "Tiểu ban").
_TEAM_HEAD = re.compile(r"^(?:các\s+)?(?:tổ|nhóm|tiểu ban)\s+$")
# The team's work up to the row's "chủ trì:" (or ", phối hợp"), with no punctuation between but
# a short form in brackets ("Tổ xây dựng kế hoạch lựa chọn nhà thầu (Tổ KHLCNT)"): one name.
_LEADS_LATER = re.compile(r"(?:[^,.;:()\n]|\([^()\n]{1,30}\)){1,80}?\s(?=chủ trì\s*[:,])")
# The sentence notices.tables writes for a row opens with "Giao" right before the team.
_GIVEN = re.compile(r"(?:^|[\s:;,.])giao\s+$")


def team_name_end(low: str, start: int, pos: int) -> int | None:
    """Where a team's name that goes on with a verb at `pos` ends (before its "chủ trì"), else
    None; `low` is the clause in match_form, its subject opening at `start`."""
    if not _TEAM_HEAD.match(low[start:pos]) or not _GIVEN.search(low[max(0, start - 12) : start]):
        return None
    later = _LEADS_LATER.match(low, pos)
    return later.end() if later else None
