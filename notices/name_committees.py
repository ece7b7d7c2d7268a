"""Commas inside one committee's name: "Ủy ban Tài chính, Ngân sách", "Thường trực HĐND, UBND xã".

The name splitter (`notices.names`) asks these before it cuts an assignee phrase at a comma.
"""

from __future__ import annotations

import re

from notices.name_kinds import assignee_start

# A committee named by its fields ("Ủy ban Văn hóa, Giáo dục", "Ủy ban KH,CN&MT"): the
# capitalised words after the comma are one more field of its name when they name no body.
_COMMITTEE_FIELDS = re.compile(
    r"(?<![^\W_])(?:ủy|uỷ) ban(?!\s+(?:nhân dân|mặt trận|mttq|kiểm tra|thường vụ)(?![^\W_]))"
    r"(?:\s+[^\W\d_][^\s,;]*)+$"
)


# One field word of a committee: a capitalised syllable, at most one plain syllable after it
# ("Ngân sách", "Tư pháp", "CN&MT").
_SYLLABLE = re.compile(r"\s*([^\W\d_][^\s,;]*)")
_FIELD_STOP = re.compile(r"\s*(?:[,;]|và(?![^\W_])|$)")
_SEPARATOR = re.compile(r"[,;]|(?<![^\W_])và(?![^\W_])")


def _field_word(text: str, pos: int) -> int:
    """The end of one capitalised field word at pos, or pos when none starts there."""
    head = _SYLLABLE.match(text, pos)
    if head is None or not head.group(1)[:1].isupper():
        return pos
    tail = _SYLLABLE.match(text, head.end())
    if tail and tail.start(1) > head.end() and tail.group(1)[:1].islower():
        return tail.end()
    return head.end()


def committee_field(text: str, low: str, start: int, comma: int, nxt: int) -> int:
    """ "Ủy ban Tài chính, Ngân sách": no new name after the comma of a committee's fields,
    which are one or two capitalised words. Returns where the merged name ends: the end of the
    text when a separator (or nothing) follows those words, their end when a verb the subject
    scan kept follows them to the end ("…, Ngân sách thẩm tra"), else 0: a name of its own
    ("Ủy ban Dân tộc, Đồn Biên phòng Cửa khẩu")."""
    if _COMMITTEE_FIELDS.search(low, start, comma) is None or " các " in f" {low[start:comma]}":
        return 0
    if re.match(r"(?:các|mỗi|những|đồng chí|đ/c)\s", low[nxt:]):
        return 0
    if assignee_start(text, low, nxt) is not None:
        return 0
    pos = nxt
    for _ in range(2):
        end = _field_word(text, pos)
        if end == pos:
            break
        pos = end
        if _FIELD_STOP.match(low, pos):
            return len(text)
    following = text[pos:].lstrip()
    if pos == nxt or following[:1].isupper() or _SEPARATOR.search(low, pos):
        return 0
    return pos


_PARTY_COUNCIL = r"(?:tỉnh|thành|huyện|quận|thị|đảng)\s+(?:ủy|uỷ)"
_COUNCILS = (
    rf"(?P<party>{_PARTY_COUNCIL})|hđnd|ubnd|hội đồng nhân dân|ủy ban nhân dân|uỷ ban nhân dân"
)
_STANDING_OF = re.compile(rf"(?:ban thường vụ|thường vụ|thường trực)\s+(?:{_COUNCILS})$")
_BARE_COUNCIL = re.compile(
    rf"(?:{_COUNCILS})(?:\s+(?:xã|phường|thị trấn|huyện|quận|tỉnh|thành phố))?\s*(?:[,;]|và\s|$)"
)


def shares_standing_body(low: str, start: int, comma: int, nxt: int) -> bool:
    """ "Thường trực HĐND, UBND xã": a standing body of one council, then a second council
    named bare (at most a level after it), shares the standing body; "UBND các xã Gia Cát"
    after the comma is a body of its own. "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh" is one
    body too (`front_committee`)."""
    if front_committee(low, start, comma, nxt):
        return True
    standing = _STANDING_OF.search(low[start:comma].strip())
    bare = _BARE_COUNCIL.match(low, nxt)
    if standing is None or bare is None:
        return False
    # "Ban Thường vụ Đảng ủy, UBND xã": a Party committee and a state council are two bodies
    return (standing["party"] is None) == (bare["party"] is None)


# "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh": the Party committee of the Front and the mass
# organisations of one level, one body whose name holds a comma
_FRONT_COMMITTEE = re.compile(
    r"đảng ủy\s+(?:mặt trận tổ quốc(?:\s+việt nam)?|mttq)(?:\s+(?:tỉnh|thành phố))?$"
)
# at any level ("… các đoàn thể Trung ương" is the central one, tw-171), the mass organisations
# named as such or as "chính trị - xã hội"
_MASS_BODIES = re.compile(
    r"(?:các\s+)?đoàn thể(?:\s+chính trị\s*[-–]\s*xã hội)?\s+(?:trung ương|tỉnh|thành phố|huyện"
    r"|quận|thị xã|xã|phường|đặc khu)(?![^\W_])"
)


def front_committee(low: str, start: int, comma: int, nxt: int) -> bool:
    """ "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh": no new name after the comma ("Mặt trận
    Tổ quốc, các đoàn thể" with no "Đảng ủy" before them are two doers)."""
    front = _FRONT_COMMITTEE.search(low[start:comma].strip())
    return front is not None and front.start() == 0 and _MASS_BODIES.match(low, nxt) is not None
