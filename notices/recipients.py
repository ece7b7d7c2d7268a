"""A letter's addressees: the "Kính gửi:" line and the one-addressee-a-line list under it."""

from __future__ import annotations

import re

from notices.name_forms import make_assignee
from notices.names import Assignee, split_assignees
from notices.text import match_form

_KINH_GUI = re.compile(r"^Kính gửi\s*:?\s*", re.IGNORECASE)
# "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG điện:", "**THỦ TƯỚNG CHÍNH PHỦ điện:**": a Công
# điện names its sender's post in capitals, then "điện:" and the bodies it is sent to, one a
# line, as a letter's "Kính gửi:" does; its points without a doer are theirs.
# OCR leaves "điện;", "diện:", "điện" closing the line, "điện khẩn:", and a post in mixed case.
_CABLED = re.compile(
    r"^\W*(?:[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ,.&-]{3,120}?"
    r"|(?:Chủ tịch|Thủ tướng|Bộ trưởng|Giám đốc|Trưởng ban)\b[^:;.]{3,120}?)"
    r"\s+[đd]iện(?:\s+khẩn)?(?:\s*[:;][\s*]*|[\s*]*$)"
)
# a cable's addressee lines as OCR reads their dashes ("_ Thủ trưởng …;", "— Chủ tịch …"), and
# two lines it glued ("- Thủ trưởng …; - Chủ tịch …")
_CABLED_BULLET = re.compile(r"^[-+•_—–]\s*")
_GLUED_ENTRY = re.compile(r"(?<=;)\s*[-+•_—–]\s+")


def letter_recipients(front: list[str], *, cabled: bool = False) -> list[str] | None:
    """ "Kính gửi: Sở Nội vụ; Sở Tài chính" (or one "- Sở …;" line each) of a letter; with
    `cabled`, the bodies a Công điện names under "<POST> điện:" instead."""
    for index, paragraph in enumerate(front):
        m = (_CABLED if cabled else _KINH_GUI).match(paragraph)
        if m is None:
            continue
        parts = [paragraph[m.end() :]] if paragraph[m.end() :].strip() else []
        for following in front[index + 1 :]:
            if not following.strip(" |"):
                continue  # the "|" of a table row holding "Kính gửi:" and its lines
            if cabled:
                entry = _cabled_entry(following, parts)
                if entry is None:
                    break
                parts.extend(_GLUED_ENTRY.split(entry))
                continue
            if not following.startswith(("-", "+", "•")):
                break
            parts.append(following.lstrip("-+• "))
        names: list[str] = []
        for part in parts:
            found = split_assignees(part, strict=False) or []
            if len(parts) > 1 and _one_addressee(part, found):
                names.append(make_assignee(part.strip(" ,;.|"), "org").name)
                continue
            names.extend(name.name for name in found)
        return names or None
    return None


def _cabled_entry(line: str, parts: list[str]) -> str | None:
    """The next addressee line under a cable's "<POST> điện:", or None where the list ends. The
    list closes at its "." entry (a "- Bão số 5 …" paragraph after it is the body); a line OCR
    left without its dash is an entry only after a ";" entry or when itself ends in ";"."""
    last = parts[-1].rstrip(" |*") if parts else ""
    if last.endswith("."):
        return None
    if m := _CABLED_BULLET.match(line):
        return line[m.end() :]
    if last.endswith(";") or (not parts and line.rstrip(" |*").endswith(";")):
        return line
    return None


def _one_addressee(line: str, names: list[Assignee]) -> bool:
    """ "- Văn phòng Tỉnh ủy, các Ban của Đảng và các đoàn thể tỉnh;" in a Kính gửi list of one
    addressee a line: a body, then lower-case groups it goes with, joined by "và" into one
    phrase, is one entry as written; a body and one group ("Sở Công Thương, các doanh nghiệp
    kinh doanh xăng dầu"), a line of capitalised bodies ("Công an tỉnh, Bộ Chỉ huy Quân sự
    tỉnh"), an enumeration ("Các sở: Nội vụ, Tư pháp") or persons are each one name."""
    if len(names) < 2 or ":" in line or "(" in line or any(n.is_person for n in names):
        return False
    groups = names[1:]
    if _ATTACHED_BODY.match(match_form(names[0].name)) and all(
        n.name[:1].islower()
        and _UNITS.match(match_form(n.name))
        and not _BODIES.search(match_form(n.name))
        for n in groups
    ):
        # "- Công đoàn Cơ quan Bộ GDĐT, các đại học Quốc gia, đại học vùng;": a union (or Party
        # cell, youth union) is attached to units, and the groups of units after it say whose
        # union is addressed; bodies after it ("Đảng ủy xã, các chi bộ", "…, các công đoàn cơ
        # sở trực thuộc") are addressees of their own
        return True
    if len(names) < 3:
        return False
    joined = _JOINED_GROUP.search(match_form(line)) is not None
    return joined and all(n.name[:1].islower() for n in groups)


# Bodies that exist inside other units: a union, a Party committee or cell, a youth union.
_ATTACHED_BODY = re.compile(
    r"(?:ban chấp hành\s+)?(?:công đoàn|đảng ủy|đảng uỷ|đảng bộ|chi bộ|đoàn thanh niên|đoàn tncs"
    r"|chi đoàn)(?![^\W_])"
)


# Units a union or a Party committee lives in, and bodies of their own kind (never units).
_UNITS = re.compile(
    r"(?:(?:các|những)\s+)?(?:trường|đại học|học viện|cao đẳng|đơn vị|cơ quan|bệnh viện|viện"
    r"|trung tâm)(?![^\W_])"
)
_BODIES = re.compile(
    r"(?<![^\W_])(?:công đoàn|chi bộ|đảng bộ|đảng ủy|đảng uỷ|đoàn thể|huyện đoàn|thành đoàn"
    r"|tỉnh đoàn|chi đoàn|đoàn thanh niên|tổ chức cơ sở đảng)(?![^\W_])"
)


# "…, các Ban của Đảng và các đoàn thể tỉnh": the last two groups of the line joined by "và".
_JOINED_GROUP = re.compile(r",[^,]*\s(?:và|cùng)\s+(?:các|những)\s[^,]*$")
