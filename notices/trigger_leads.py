"""The body an ask names as its lead: "Giao X …", "Đề nghị X …", "Yêu cầu X …", "giao cho X"."""

from __future__ import annotations

import re

from notices.clause_cues import CUE_RX, OPENER
from notices.clause_roles import Roles, assign, span_names
from notices.initials_addressee import initials_addressee
from notices.name_kinds import asks_people, names_people
from notices.names import assignee_start
from notices.remarks import (
    AGREES_OPENING,
    NOT_TRIGGER_AFTER,
    NOT_TRIGGER_BEFORE,
    TRIGGER,
    inner_phan_cong,
)
from notices.subject_trims import handed_work
from notices.subjects import scan_subject


def from_triggers(text: str, low: str, start: int, roles: Roles) -> bool:
    found = False
    # A point that opens with its own work has its body elsewhere (its heading); a "yêu cầu X"
    # inside it ("Tăng cường kiểm tra các công trường, yêu cầu các chủ đầu tư thu gom …") names
    # whom that body will direct, not who is given the point.
    opens_with_work = (
        assignee_start(text, low, start) is None
        and OPENER.match(low, start) is None  # "Thực hiện chỉ đạo …, Ban Chỉ đạo yêu cầu …"
        and bool(CUE_RX.match(low, start))
    )
    for m in TRIGGER.finditer(low, start):
        if NOT_TRIGGER_BEFORE.search(low[max(0, m.start() - 14) : m.start()]):
            continue
        if opens_with_work and _directs_within(text, low, start, m.start()):
            continue
        if inner_phan_cong(low, m.start()):
            continue
        if _in_purpose(low, start, m.start()):
            continue
        at = m.end()
        hands = _HANDS_OUT.match(low, m.start()) if m.start() == start else None
        if hands is not None and not text[hands.end() : hands.end() + 1].isupper():
            # "- Giao nhiệm vụ cho các phòng, ban chuyên môn tham gia …" under a body's heading:
            # the body hands the work on to its own units, its own task
            continue
        given = hands.end() if hands is not None else _given_to(text, low, start, m)
        if given is not None:
            at = given  # "Giao cho Trung tâm … làm việc …": the body after "cho"
        elif NOT_TRIGGER_AFTER.match(low, at) and not _capital_ban(text, low, at):
            continue
        if names_people(low[at:]) and not asks_people(low, at):
            continue  # "Các trường THPT …, yêu cầu học sinh cam kết …": the schools lead
        span = scan_subject(text, low, at)
        if span is None or span.end <= at:
            continue
        if given is not None:
            span = handed_work(text, low, at, span)
        if not span.term:
            # "… đề nghị UBND các xã, phường;" + "các đơn vị … thực hiện": the verb comes after
            # the ";", so this clause is glued to the next one.
            roles.subject_only = roles.subject_only or span_names(text, at, span) is not None
            continue
        names = span_names(text, at, span) or initials_addressee(text, at)
        if names is None:
            if m.start() == start and span.term not in (":", ")"):
                roles.elsewhere = True
            continue
        assign(text, low, names, span, roles)
        found = True
    return found


# "… theo dõi tình hình, để tổng hợp đề nghị Bộ Y tế hỗ trợ": an ask inside a purpose clause
# names whom the body will turn to, not who is given the work.
_PURPOSE = re.compile(r"(?<![^\W_])để(?![^\W_])")


def _in_purpose(low: str, start: int, pos: int) -> bool:
    """True when the trigger at `pos` follows "để" in its own clause, after the sentence's
    opening ("Để bảo đảm tiến độ, giao …" opens with its purpose: the ask is the sentence's)."""
    cut = max(low.rfind(",", start, pos), low.rfind(";", start, pos), start - 1) + 1
    return any(m.start() > start for m in _PURPOSE.finditer(low, cut, pos))


def _directs_within(text: str, low: str, start: int, pos: int) -> bool:
    """ "…, yêu cầu X" after the point's own work, with no subject of its own before it."""
    if pos <= start or not low.startswith("yêu cầu", pos):
        return False
    if AGREES_OPENING.match(low, start):
        return False  # "Thống nhất với đề xuất …, yêu cầu X …": the agreement is no work
    cut = max(low.rfind(",", start, pos), low.rfind(";", start, pos), start - 1) + 1
    while cut < pos and low[cut] == " ":
        cut += 1
    return cut == pos or assignee_start(text, low, cut) is None


_GIVEN_TO = re.compile(r"giao\s+cho\s+")
# "Giao nhiệm vụ cho Sở Y tế …", "Giao việc cho …" opening a point: the work is handed to the
# body after "cho"
_HANDS_OUT = re.compile(r"giao\s+(?:nhiệm vụ|việc|công việc)\s+cho\s+")


def _given_to(text: str, low: str, start: int, m: re.Match[str]) -> int | None:
    """Where the body starts in "giao cho <Body>" when the clause gives work to it: "giao" opens
    the clause ("Giao cho Trung tâm …", "Để …, giao cho …") or follows its assigner ("UBND tỉnh
    giao cho Sở Y tế …"). Inside the object of the clause's own verb ("Sở Tài chính tham mưu
    UBND tỉnh giao cho …", "… trước khi giao cho Công ty …") or after a thing ("Kinh phí giao
    cho …") it names no assignment of this clause."""
    given = _GIVEN_TO.match(low, m.start())
    if given is None or not _names_body(text, low, given.end()):
        return None
    if (
        m.start() == start
        or _after_opener(low, start, m.start())
        or _APPROVES.fullmatch(low, start, m.start())
    ):
        return given.end()
    if assignee_start(text, low, start) is None:
        return None
    span = scan_subject(text, low, start)
    if span is None or not _APPROVES.fullmatch(low, span.end, m.start()):
        return None
    return given.end()


# "Thống nhất giao cho …", "UBND tỉnh đồng ý (về việc) giao cho …", "Tiếp tục giao cho …": an
# approval or a continuation before "giao" is the assigner's own word; the work still goes to
# the body.
_APPROVES = re.compile(
    r"\s*(?:(?:(?:thống nhất|nhất trí|đồng ý|chấp thuận)(?:\s+về việc)?|tiếp tục)\s+)?"
)


def _after_opener(low: str, start: int, pos: int) -> bool:
    """ "Để bảo đảm tiến độ, giao cho …": the clause's opener, its comma, then "giao"."""
    return bool(re.search(r"[,;]\s*$", low[start:pos])) and OPENER.match(low, start) is not None


def _names_body(text: str, low: str, pos: int) -> bool:
    """ "giao cho Trung tâm …", "giao cho Ủy ban nhân dân các xã": a capitalised body, group,
    title or person right after "cho" is whom the work is given to ("giao cho các hộ dân
    quản lý" lends land, not a task)."""
    return pos < len(text) and text[pos].isupper() and assignee_start(text, low, pos) is not None


def _capital_ban(text: str, low: str, pos: int) -> bool:
    """ "Giao Ban Quản lý …" names a board; "giao ban" in lower case is a briefing, except before
    "thường vụ" ("Giao ban thường vụ các tỉnh ủy …": a Party text's standing committees)."""
    return low.startswith("ban ", pos) and (
        text[pos].isupper() or low.startswith("thường vụ ", pos + 4)
    )
