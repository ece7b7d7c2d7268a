"""A coordination rule's mandate articles, one for each of several bodies: the bodies' work.

A rule of how bodies work together — a "Quy chế phối hợp trong giải quyết tranh chấp …"
(ttg-04), a decree on the "tổ chức, nhiệm vụ, quyền hạn và quan hệ phối hợp của Ban Chỉ đạo …
các cấp" (cp-07) — gives each body it coordinates an article of its own: "Điều 6. Nhiệm vụ,
quyền hạn của Cơ quan chủ trì", "Điều 7. … của Cơ quan đại diện pháp lý cho Chính phủ",
"Điều 15. Nhiệm vụ của Tổ Công tác liên ngành", "Điều 7. Nhiệm vụ, quyền hạn của Ban Chỉ đạo
phòng, chống khủng bố Bộ Công an". Each article's points are that body's share of the common work
(the labels give every point to the body the title names), even where the body is one the rule
itself defines or sets up (a "Cơ quan chủ trì", a "Ban Chỉ đạo", a "Tổ Công tác"), which
`regulation.is_duty` leaves to the rules.

Only a document whose title speaks of coordinating ("phối hợp") and that has at least two such
articles for different bodies: the one body's statute ("Quy định chức năng, nhiệm vụ, quyền hạn
và cơ cấu tổ chức của Trung tâm …"), a working rule ("Quy chế làm việc và phối hợp của Ban Chỉ
đạo …") and a management rule ("Quy chế quản lý cụm công nghiệp", whose topic articles name
bodies step by step) are not read so.
"""

from __future__ import annotations

import re

from notices.text import match_form

# "phối hợp" in the document's own title: "Quy chế phối hợp …", "… và quan hệ phối hợp của …"
_COORDINATES = re.compile(r"(?<![^\W_])phối hợp(?![^\W_])")
# a working rule or a statute of organisation stays one, "phối hợp" or not
_WORKING = re.compile(
    r"(?<![^\W_])(?:quy chế|quy định)\s+(?:về\s+)?(?:tổ chức và hoạt động|làm việc)(?![^\W_])"
)
# "Nhiệm vụ, quyền hạn của …", "Nhiệm vụ và quyền hạn của …", "Nhiệm vụ của …", "Trách nhiệm và
# quyền hạn của …": the holder after "của"
_MANDATE = re.compile(
    r"^(?:(?:trách nhiệm|nhiệm vụ)(?:\s*(?:,|và)\s*quyền hạn)?"
    r"|quyền hạn\s*(?:,|và)\s*(?:trách nhiệm|nhiệm vụ))\s+của\s+"
)
# a defined or named body: its name written with a capital ("Cơ quan chủ trì", "Ban Chỉ đạo …",
# "Tổ Công tác liên ngành", "Bộ Tư pháp"), or a group of them ("các Bộ, ngành")
_NAMED = re.compile(r"^(?:(?:các|mỗi|từng)\s+)?[A-ZĐÀ-Ỹ]")
# the public or a firm is no body the rule coordinates
_PUBLIC = re.compile(r"^(?:(?:các|mỗi|từng)\s+)?(?:tổ chức|cá nhân|doanh nghiệp|người)(?![^\W_])")
# at least this many bodies hold an article of their own
_MIN_BODIES = 2


def _holder(title: str) -> str | None:
    """The body a mandate title names, as written, or None."""
    text = title.strip(" .:*")
    low = match_form(text)
    m = _MANDATE.match(low)
    if m is None or len(low) != len(text):
        return None
    holder = text[m.end() :].strip()
    if not _NAMED.match(holder) or _PUBLIC.match(match_form(holder)):
        return None
    return holder


def shared_mandates(titles: list[str], doc_title: str) -> set[str]:
    """The titles (as written) of a coordination document's mandate articles, when at least two
    bodies hold one each; else none."""
    low = match_form(doc_title)
    if not _COORDINATES.search(low) or _WORKING.search(low):
        return set()
    held = {title: who for title in titles if (who := _holder(title)) is not None}
    if len({match_form(who) for who in held.values()}) < _MIN_BODIES:
        return set()
    return set(held)
