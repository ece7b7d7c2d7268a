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
from collections.abc import Callable

from notices.marked_titles import ANY_ARTICLE
from notices.text import match_form

# coordinating as the rule's own subject: "Quy chế phối hợp …", "Quy định về phối hợp …", "… và
# quan hệ phối hợp của …" — not "phối hợp" in a body's name ("Đoàn Kiểm tra liên ngành phối hợp
# chống …"), nor beside managing or working ("Quy chế quản lý và phối hợp …", "Quy chế tổ chức,
# hoạt động và phối hợp …": lc-16's kind, a board's working rule)
_COORDINATES = re.compile(
    r"(?<![^\W_])(?:(?:quy chế|quy định)\s+(?:về\s+)?(?:việc\s+)?|quan hệ\s+)phối hợp(?![^\W_])"
)
# a working rule or a statute of organisation stays one, "phối hợp" or not
_WORKING = re.compile(
    r"(?<![^\W_])(?:quy chế|quy định)\s+(?:về\s+)?"
    r"(?:tổ chức\s*(?:,|và)\s*hoạt động|hoạt động|làm việc)(?![^\W_])"
)
# "Nhiệm vụ, quyền hạn của …", "Nhiệm vụ và quyền hạn của …", "Nhiệm vụ của …", "Trách nhiệm và
# quyền hạn của …": the holder after "của"
# "Chức năng, nhiệm vụ(, quyền hạn) của …", "Nhiệm vụ và trách nhiệm của …" too
_MANDATE = re.compile(
    r"^(?:(?:chức năng\s*,\s*)?(?:trách nhiệm|nhiệm vụ)"
    r"(?:\s*(?:,|và)\s*(?:trách nhiệm|nhiệm vụ))?(?:\s*(?:,|và)\s*quyền hạn)?"
    r"|quyền hạn\s*(?:,|và)\s*(?:trách nhiệm|nhiệm vụ))\s+của\s+"
)
# a defined or named body: its name written with a capital ("Cơ quan chủ trì", "Ban Chỉ đạo …",
# "Tổ Công tác liên ngành", "Bộ Tư pháp"), or a group of them ("các Bộ, ngành")
_NAMED = re.compile(r"^(?:(?:các|mỗi|từng)\s+)?[A-ZĐÀ-Ỹ]")
# the public or a firm is no body the rule coordinates
_PUBLIC = re.compile(r"^(?:(?:các|mỗi|từng)\s+)?(?:tổ chức|cá nhân|doanh nghiệp|người)(?![^\W_])")
# a post or a unit inside one body is no body the rule coordinates: "Trưởng Ban Chỉ đạo",
# "Thành viên Đoàn", "Chánh Thanh tra Bộ", "Phó Chánh Thanh tra", "Phòng Thanh tra …" (a team's
# working rule, a body's statute)
_POST = re.compile(
    r"^(?:phó\s+)?(?:trưởng|chánh|chủ tịch|giám đốc|thủ trưởng|tổ trưởng|thành viên|ủy viên"
    r"|thư ký|phòng)(?![^\W_])"
)
# Inside such an article, what is no work of the body (the review of round 29):
# "3. Quyền hạn:" opens the body's powers, its points up to the next numbered clause
_POWERS = re.compile(r"^\d{1,2}\s*[.)]\s*(?:các\s+)?quyền hạn(?:\s+(?:sau đây|như sau))?\s*:?\s*$")
_CLAUSE = re.compile(r"^\d{1,2}\s*[.)]\s")
# "Ban Chỉ đạo cấp tỉnh do Phó Chủ tịch Ủy ban nhân dân tỉnh làm Trưởng ban": who heads it
_HEADED_BY = re.compile(
    r"(?<![^\W_])do\s+[^.;:]{1,150}?\s+làm\s+(?:phó\s+)?(?:trưởng|chủ tịch|tổ trưởng|thường trực)"
    r"(?![^\W_])"
)
# "Thành viên có quyền bảo lưu ý kiến …", "Tổ Tuần tra có quyền yêu cầu …": the holder's right
_RIGHT = re.compile(
    r"^(?:\d{1,2}\s*[.)]\s*|[a-zđ]\s*\)\s*)?(?:các\s+|mỗi\s+)?"
    r"(?:thành viên|tổ|ban|đoàn|hội đồng|cơ quan|đơn vị|bộ|sở|trưởng|phó|chủ tịch)(?![^\W_])"
    r"[^,;:.]{0,60}?\s(?:có|được)\s+quyền(?![^\W_])"
)
# the mandate title as the duty heading the lead is read from
_CANONICAL = "Nhiệm vụ, quyền hạn của "

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
    if not _NAMED.match(holder) or _PUBLIC.match(low_holder := match_form(holder)):
        return None
    if _POST.match(low_holder):
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


def shared_points(
    paragraphs: list[str],
    keep: list[bool],
    titled: Callable[[str], str | None],
    doc_title: str,
) -> tuple[list[str], list[bool]]:
    """The paragraphs, each shared mandate article's title written "Nhiệm vụ, quyền hạn của X"
    (so "Chức năng, nhiệm vụ của X" heads X's points as well), and `keep` without what in such an
    article is no work: its powers ("3. Quyền hạn:" and its points), who heads the body ("… do
    … làm Trưởng ban") and a holder's right ("Thành viên có quyền …")."""
    shared = shared_mandates([t for p in paragraphs if (t := titled(p))], doc_title)
    if not shared:
        return paragraphs, keep
    out, kept = list(paragraphs), list(keep)
    inside = powers = False
    for i, paragraph in enumerate(paragraphs):
        low = match_form(paragraph.strip())
        if ANY_ARTICLE.match(low):
            title = titled(paragraph)
            inside, powers = title in shared, False
            if inside and title is not None and (who := _holder(title)) is not None:
                out[i] = paragraph.replace(title, _CANONICAL + who, 1)
            continue
        if not inside:
            continue
        if _CLAUSE.match(low):
            powers = _POWERS.match(low) is not None
        if powers or _HEADED_BY.search(low) or _RIGHT.match(low):
            kept[i] = False
    return out, kept
