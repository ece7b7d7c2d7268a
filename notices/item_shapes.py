"""Shapes of an item line that decide where the lines after it belong: a lettered lead-in that
opens its own dash points, and a numbered line that is only a body's name."""

from __future__ import annotations

import re
from collections.abc import Sequence

from notices.assignees import analyze
from notices.clauses import split_label
from notices.courtesies import is_writer
from notices.lexicon import PUBLIC_NOUNS
from notices.markers import Marker, MarkerKind
from notices.names import split_assignees
from notices.text import match_form
from notices.title_duties import body_name_shaped

# "b) Đối với nhân viên thú y cấp xã:" between the dashes of "1. UBND các xã, thị trấn": the
# dashes after it are that doer's points, not more dashes of the number's list.
_WHOSE_POINTS = re.compile(r"^(?:Đối với|ĐỐI VỚI|Riêng|RIÊNG)\s+\S[^.;:]{0,120}:$")


def opens_own_dashes(marker: Marker | None, paragraphs: list[str], has_children: bool) -> bool:
    """A lettered "Đối với <doer>:" line with nothing under it yet: a dash that follows is its
    point, even where a dash of the enclosing list sits right above the letter."""
    if marker is None or marker.kind is not MarkerKind.LETTER or has_children:
        return False
    return len(paragraphs) == 1 and _WHOSE_POINTS.match(paragraphs[0].strip()) is not None


# "5. Trung tâm Phát triển quỹ đất." on a line of its own: the full stop closes a name.
_NAME_LINE_WORDS = 14


def is_name_line(line: str) -> bool:
    """A short line that is only the names of the bodies whose work follows, closed by a full
    stop ("7. Phòng Tài chính – Kế hoạch huyện.", "10. UBND xã Nhân Cơ, Đăk Wer, Kiến Thành.")."""
    text = line.strip()
    if not text.endswith(".") or text.endswith(".."):
        return False
    head = text[:-1].strip()
    if not head[:1].isupper() or len(head.split()) > _NAME_LINE_WORDS or "." in head:
        return False
    if analyze(head).actionable:
        return False
    names = split_assignees(head, strict=True) or []
    return bool(names) and all(body_name_shaped(a.name) for a in names)


def names_only_these(sentence: str, bodies: list[str] | None) -> bool:
    """The sentence names a body, and only the ones given ("Giao Trung tâm Phát triển quỹ đất
    phối hợp …" under "5. Trung tâm Phát triển quỹ đất."): it restates its heading's body."""
    named = analyze(sentence).leads
    if not named or not bodies:
        return False
    own = {match_form(b).lower() for b in bodies}
    return all(match_form(a.name).lower() in own for a in named)


def sub_number(parent: Marker | None, child: Marker | None) -> bool:
    """ "2.1." under "2. Ban Cán sự Đảng … chỉ đạo …": a deeper number of the item's own list,
    a point of the item as a dash would be."""
    return (
        parent is not None
        and child is not None
        and parent.kind is MarkerKind.NUMBER
        and child.kind is MarkerKind.NUMBER
        and child.depth > parent.depth
    )


# "Ban Cán sự Đảng UBND tỉnh chỉ đạo Sở …", "Phòng Nội vụ chủ trì, phối hợp … thực hiện các nội
# dung sau:": the body sees to the work its sub-numbers list
_DIRECTS = re.compile(
    r"^(?:(?:tập trung|tiếp tục|trực tiếp)\s+)?(?:lãnh đạo\s*,?\s*)?chỉ đạo(?![^\W_])"
)


def directs_sub_numbers(
    sentence: str, leads: list[str], children: list[str], writer: Sequence[str]
) -> bool:
    """ "2. <body> chỉ đạo …" (or a lead-in closed by a colon) over sub-numbers, the first lines
    of which are `children`: the work below is the body's to see to. Not so when a sub-number
    names its own doer ("2.1. Các chi bộ chuẩn bị …"), when the body is the issuer, or when the
    sentence is the body's own act the sub-numbers prepare for ("Phòng Nội vụ chủ trì kiểm tra
    tại các xã …" over "2.1. Chuẩn bị hồ sơ …")."""
    if any(analyze(split_label(child)[1]).leads for child in children):
        return False
    if any(is_writer(lead, writer) for lead in leads):
        return False
    low = match_form(split_label(sentence)[1].strip())
    named = low.rfind(match_form(leads[-1]))
    rest = low[named + len(leads[-1]) :].lstrip(" ,") if named >= 0 else ""
    return bool(_DIRECTS.match(rest)) or low.endswith(":")


# "chủ vật nuôi", "các chủ cơ sở chăn nuôi": the holders a directive gives duties to
_HOLDER = re.compile(
    r"^(?:các\s+|những\s+)?(?:"
    + "|".join(sorted((re.escape(w) for w in PUBLIC_NOUNS if w.startswith("chủ ")), key=len)[::-1])
    + r")(?![^\W_])[^,;:.()]{0,60}$"
)


def names_holders(name: str) -> bool:
    """ "a) Đối với chủ vật nuôi:" over points: the holders named are who keeps them."""
    return _HOLDER.match(match_form(name.strip())) is not None
