"""Pieces of an assignee phrase that share a head with their neighbour: a bare title shares the
bodies of the next title; a standing body ("Thường trực") is the standing body of every
parliamentary committee listed after it."""

from __future__ import annotations

import re

from notices.name_kinds import BARE_TITLE
from notices.text import match_form


def join_bare_titles(pieces: list[str]) -> list[str]:
    """ "Giám đốc, Thủ trưởng các sở, ban ngành", "các đồng chí Bộ trưởng, Thủ trưởng cơ quan
    ngang Bộ": a title naming no body of its own shares the bodies of the next title."""
    out: list[str] = []
    carry = ""
    for piece in pieces:
        piece = f"{carry}, {piece}" if carry else piece
        carry = ""
        if BARE_TITLE.fullmatch(match_form(piece.split(", ")[-1])):
            carry = piece
            continue
        out.append(piece)
    if carry:
        out.append(carry)
    return out


# A committee of the National Assembly by its field: "Hội đồng Dân tộc", "Ủy ban Pháp luật và Tư
# pháp", "Ủy ban Tài chính, Ngân sách", "các Ủy ban của Quốc hội". Named by field, not by "not a
# people's council": the government's own committees ("Ủy ban Dân tộc", "Ủy ban Chứng khoán Nhà
# nước", "Ủy ban Quản lý vốn nhà nước") and a province's ("Ủy ban Bầu cử tỉnh") have no
# "Thường trực" of this kind.
_COMMITTEE = (
    r"(?:hội đồng dân tộc|(?:các\s+)?(?:ủy|uỷ) ban\s+(?:của quốc hội|pháp luật|tư pháp|kinh tế"
    r"|tài chính|quốc phòng|văn hóa|văn hoá|xã hội|về các vấn đề xã hội|khoa học|đối ngoại"
    r"|công tác đại biểu))"
)
_STANDING_COMMITTEE = re.compile(rf"(?P<head>thường trực)\s+{_COMMITTEE}(?![^\W_])")
_BARE_COMMITTEE = re.compile(rf"{_COMMITTEE}(?![^\W_])")


def share_standing(pieces: list[str]) -> list[str]:
    """ "Thường trực Hội đồng Dân tộc, các Ủy ban của Quốc hội": the National Assembly's
    committees each have a standing body, and the one "Thường trực" heads the list of them; the
    committee after the comma gets its own ("Thường trực các Ủy ban của Quốc hội")."""
    out: list[str] = []
    head = ""
    for piece in pieces:
        low = match_form(piece)
        if head and _BARE_COMMITTEE.match(low):
            piece = f"{head} {piece}"
        elif standing := _STANDING_COMMITTEE.match(low):
            head = piece[: standing.end("head")]
        else:
            head = ""
        out.append(piece)
    return out
