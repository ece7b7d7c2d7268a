"""Split an assignee phrase into names: enumerations expanded, groups kept whole, persons named.

"các Sở, ngành: Nội vụ, Tư pháp và Văn phòng UBND tỉnh" → Sở Nội vụ | Sở Tư pháp | Văn phòng UBND
tỉnh; "UBND các xã, thị trấn" stays one group; "đồng chí Phạm Văn Nghị - Phó Chủ tịch" → a person.
"""

from __future__ import annotations

import re

from notices.duties import duty_field_end, duty_spans
from notices.field_names import completes_field
from notices.initials_addressee import listed_initials
from notices.kind_runs import kind_run_end
from notices.lexicon import ORG_HEADS, PLACE_UNITS
from notices.name_committees import committee_field, shares_standing_body
from notices.name_forms import (
    city_or_province,
    council_place,
    display_head,
    make_assignee,
    party_and_council,
    person_name,
    split_enumeration,
    titled_places,
)
from notices.name_kinds import (
    _HEAD_TITLES,
    HEAD_RX,
    ROLE_RX,
    Assignee,
    assignee_start,
    inside,
    known_field_spans,
    names_people,
    polite_name,
)
from notices.shared_heads import join_bare_titles, share_standing
from notices.text import match_form

# Re-exported: the assignee analysis and the task builders import them from here.
__all__ = ["Assignee", "assignee_start", "known_field_spans", "members_of", "split_assignees"]


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_ENUM_COLON = re.compile(
    rf"(?:(?:các|những)\s+)?(?P<head>{_alternation(ORG_HEADS)})"
    r"(?:\s+các nước)?"  # "các Đại sứ quán các nước: Trung Quốc, Ấn Độ"
    r"(?:\s*,\s*(?:ban\s*,\s*)?(?:ngành|đơn vị|ban|cơ quan|địa phương))*\s*:\s*"
)
# "Ủy ban nhân dân các tỉnh, thành phố: Hà Nội, …" or, with no "các", two levels at once:
# "Ủy ban nhân dân tỉnh/thành phố: Hà Nội, Quảng Ninh, …" ("Ủy ban nhân dân tỉnh:" is one body)
_ENUM_LEVEL_COLON = re.compile(
    r"(?P<council>ubnd|ủy ban nhân dân)\s+"
    r"(?:(?P<all>các)\s+|(?=tỉnh\s*[/,]\s*thành phố\s*:))"
    r"(?P<level>xã|phường|huyện|thị trấn|tỉnh|thành phố|quận)"
    r"(?P<more>(?:\s*[,/]\s*(?:xã|phường|thị trấn|thành phố|thị xã|quận|huyện))*)"
    r"(?:\s+trực thuộc (?:trung ương|tỉnh))?\s*:\s*"
)
_TP = re.compile(r"(?<![^\s,;:])TP\.?\s*(?=[A-ZĐÀ-Ỹ])")
_PLACE = re.compile(
    r"(?:(?:Thành phố|Tỉnh|TP\.?)\s*)?[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s*-\s*|\s+)?"
    r"(?:[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s*-\s*|\s+)?){0,3}"
)


def _places(members: str) -> bool:
    """ "Hà Nội, Quảng Ninh, …, Thành phố Hồ Chí Minh": short capitalised place names only
    ("Chủ động bố trí kinh phí" is a duty)."""
    parts = [p.strip() for p in re.split(r",|;|\svà\s", members.strip(" ,;:.-–"))]
    return bool(parts) and all(_PLACE.fullmatch(p) for p in parts)


# ", phụ trách lĩnh vực Giám sát và Phản biện xã hội" after a title describes that same person.
# The field ends where `duty_field_end` says ("…, phụ trách lĩnh vực kinh tế và Trưởng Công an
# xã": the second title is one more assignee).
_DESCRIBED_DUTY = re.compile(r",\s*ph[uụ] trách(?![^\W_])")
# " - Phó Trưởng ban Thường trực Ban Chỉ đạo 389 quốc gia", " - Cơ quan Thường trực": the post
# a named body or title holds in a steering committee describes it; a bare post in the plan's
# own subcommittee ("Trưởng Ban … - Trưởng Tiểu ban") is part of the title. " - thường trực kế
# hoạch" is the same standing role written without "cơ quan".
# "Thường trực Huyện ủy", "Thường trực HĐND", "Thường trực Ủy ban MTTQ", "Thường trực Hội đồng
# Đội" are bodies of their own, one more name of a dashed list, not a post.
_STANDING_BODY = (
    r"(?:huyện ủy|huyện uỷ|tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ|thị ủy|thị uỷ|quận ủy|quận uỷ"
    r"|đảng ủy|đảng uỷ|hđnd|hội đồng nhân dân|ủy ban mttq|uỷ ban mttq|ubmttq|mttq"
    r"|ủy ban mặt trận|uỷ ban mặt trận|hội đồng đội)(?![^\W_])"
)
# "… - thường trực Ban Chỉ đạo và Sở Tài chính": the post ends where "và" joins another body.
_JOINED_BODY = rf"\svà\s+(?:các\s+|những\s+)?(?:{_alternation(ORG_HEADS)})(?![^\W_])"
_COMMITTEE_POST = re.compile(
    rf"\s[-–]\s*(?:cơ quan\s+thường trực(?![^\W_])|thường trực(?![^\W_])(?!\s+{_STANDING_BODY})"
    r"|(?:phó\s+)?(?:trưởng ban|ủy viên|uỷ viên|thành viên)(?![^\W_])[^,;]*?ban chỉ đạo(?![^\W_]))"
    rf"(?:phòng,\s*chống|(?!{_JOINED_BODY})[^,;])*"  # "Ban Chỉ đạo phòng, chống dịch": one name
)
_GOM = re.compile(r"\(\s*(?:gồm|bao gồm)\s*:?\s*(?P<inner>[^()]*)\)")
# "Nhà đầu tư (Tập đoàn Đèo Cả)", "cơ quan chủ quản (Bộ Xây dựng)": a role noun, then the body.
_ROLE_NAMED = re.compile(
    r"^(?:[Nn]hà đầu tư|[Cc]hủ đầu tư|[Nn]hà thầu|[Cc]ơ quan chủ quản|[Đđ]ơn vị chủ quản)"
    r"\s*\((?P<inner>[^()]{3,})\)\s*:?$"
)
_MEMBERS = re.compile(
    r"^(?P<group>(?:[Cc]ác|[Nn]hững)\s+[^()]{2,60}?)\s*\((?P<inner>[^()]{5,})\)\s*:?$"
)
_PAREN = re.compile(r"\s*\([^()]*\)")
# "các Hiệp hội, doanh nghiệp CNTT", "các đơn vị sự nghiệp, doanh nghiệp Nhà nước thuộc UBND
# tỉnh": a plural group, then a lower-case noun of the same kind after its comma; the
# determiner is over both, which are one group ("phòng Nội vụ", "công an xã" are bodies).
_GROUP_OPENS = re.compile(
    r"(?:các|những)\s+(?:cơ quan|đơn vị|doanh nghiệp|tổ chức|hiệp hội|hội|cơ sở|hợp tác xã"
    r"|cá nhân)(?![^\W_])",
    re.IGNORECASE,
)
_KIND_AFTER_COMMA = re.compile(
    r"(?:cơ quan|đơn vị|doanh nghiệp|tổ chức|hiệp hội|hội|cơ sở|hợp tác xã)(?![^\W_])"
)
# "Hiệu trưởng các trường …": a title over a plural group of its own (not "Thủ trưởng" or
# "người đứng đầu", which the next group shares)
# "Lãnh đạo các phòng, cán bộ các bộ phận", "cấp ủy các cấp, chính quyền các địa phương" are
# group nouns of one group; only a head title ("Hiệu trưởng", "Giám đốc") heads a group of its own
_TITLE_OF_GROUP = re.compile(rf"(?:{_alternation(_HEAD_TITLES)})\s+(?:các|những)\s")
# kind nouns that take a plural "các" ("các phòng, ban", "các Tập đoàn, Tổng công ty"), not a
# one-of body ("Công an", "UBND", "Quỹ")
_PLURAL_KINDS = (
    "phòng", "ban", "sở", "ngành", "trường", "trung tâm", "khoa", "bộ môn", "công ty",
    "tổng công ty", "tập đoàn", "hợp tác xã", "chi nhánh", "trạm", "đội", "tổ", "viện",
    "bệnh viện", "chi cục", "cục", "vụ", "hội", "đoàn thể",
)  # fmt: skip
# "Các Khoa và Bộ môn trực thuộc": after "và" a bare kind noun with only a shared qualifier
# ("trực thuộc", "thuộc …") continues the plural group; "UBND các huyện" is a body of its own
_BARE_KIND_AFTER_AND = re.compile(
    rf"(?:{_alternation(_PLURAL_KINDS)})\s+(?:trực thuộc|thuộc\s+[^,;]+)"
)
# "Các Tập đoàn, Tổng công ty, Công ty thuộc …": bare kind nouns under one "các", the last
# with a "thuộc …" qualifier they all share
_SHARED_QUALIFIER = re.compile(
    rf"(?:các|những)\s+(?:{_alternation(_PLURAL_KINDS)})(?:\s*,\s*(?:{_alternation(_PLURAL_KINDS)}))*"
    rf"\s+(?:trực thuộc|thuộc)\s[^,;]*"
)
_TITLE_OVER_GROUPS = re.compile(r"(?:người đứng đầu|thủ trưởng)\s+(?:các|những)\s")
_LEVELS = ("xã", "phường", "thị trấn", "huyện", "quận")
_PLURAL_HEAD = re.compile(
    rf"^(?:(?P<council>ubnd|ủy ban nhân dân)\s+)?(?:các|những)\s+"
    rf"(?P<head>{_alternation([*ORG_HEADS, *_LEVELS])})\s+(?=\S)"
)  # "các Sở Tài chính, Xây dựng", "UBND các xã Gia Cát, Hợp Thành": one name per member


_WITH_PARTNER = re.compile(r"(?<![^\W_])phối hợp(?:\s+chặt chẽ)?\s+với(?![^\W_])")
_SAYS_WHAT = re.compile(r"(?:là|có trách nhiệm|chịu trách nhiệm|thực hiện|chủ trì)(?![^\W_])")


def split_assignees(span: str, *, strict: bool = True) -> list[Assignee] | None:
    """Names in an assignee phrase; None (strict) when a piece is not a body, group or person."""
    text = re.sub(r"\s+", " ", span).strip(" ,;:-–.|")  # "|": a table cell's edge
    if not text:
        return None
    duty = _DESCRIBED_DUTY.search(low := match_form(text))
    if duty:  # "Phó Chủ tịch Thường trực, phụ trách lĩnh vực …": the title is the name
        end = duty_field_end(text, low, duty.end())
        text = (text[: duty.start()] + text[end:]).strip(" ,;:-–.|")
    for post in reversed(list(_COMMITTEE_POST.finditer(match_form(text)))):
        # "Bộ Tài chính - Cơ quan Thường trực Ban Chỉ đạo 751": the body's post in a committee
        text = (text[: post.start()] + text[post.end() :]).strip(" ,;:-–.|")
    gom = _GOM.search(match_form(text))
    if gom:
        inner = text[gom.start("inner") : gom.end("inner")]
        return split_assignees(inner, strict=strict)
    inner_names = members_of(text) or party_and_council(
        text, lambda council: split_assignees(council, strict=strict)
    )
    if inner_names:
        return inner_names
    text = _PAREN.sub("", text).strip(" ,;:-–")
    low = match_form(text)
    enum = _ENUM_LEVEL_COLON.search(low) or _ENUM_COLON.search(low)
    if (
        enum
        and "level" in enum.groupdict()
        and not enum["all"]
        and not _places(text[enum.end() :])
    ):
        # "… Ủy ban nhân dân tỉnh, thành phố: các giải pháp …", "…: Chủ động bố trí kinh phí"
        enum = None
    if enum and not text[enum.end() :].strip(" ,;:.-–"):
        enum = None  # "…, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương:" lists none
        text = text.rstrip(" :")
        low = match_form(text)
    elif enum and _SAYS_WHAT.match(low[enum.end() :].lstrip()):
        # "Các sở, ban, ngành, địa phương: Là các đơn vị được lấy ý kiến …": what they are or
        # do follows the colon, not a list of their names
        return split_assignees(text[: enum.end()].rstrip(" :"), strict=strict)
    if enum:
        before = text[: enum.start()].strip(" ,;")
        level = enum.groupdict().get("level")
        if level:
            council = text[enum.start("council") : enum.end("council")]
            head = f"{display_head(council)} {level}"
        else:
            head = display_head(text[enum.start("head") : enum.end("head")])
        members = text[enum.end() :]
        if level:  # "…: Cần Thơ, TP. Hồ Chí Minh"
            members = _TP.sub("Thành phố ", members)
        names = split_enumeration(members, head, _rest_of_list)
        if level == "tỉnh" and "thành phố" in (enum.groupdict().get("more") or ""):
            names = [city_or_province(n, head) for n in names]
        if level:  # "…: Cần Thơ, Thành phố Hồ Chí Minh": a member written with its own level
            names = [council_place(n, head[: -len(level)]) for n in names]
        council_prefix = head[: -len(level)] if level else f"{head} "
        places = [n for n in names if n.name.startswith(council_prefix)]
        rest = [n for n in names if not n.name.startswith(council_prefix)]
        titled = titled_places(before, places, head) if before and places else None
        lead, _, tail = before.rpartition(",") if titled is None and places else ("", "", "")
        first = split_assignees(lead, strict=strict) if lead else None
        if first and (titled := titled_places(tail, places, head)):  # "A, Giám đốc các Sở: …"
            return [*first, *titled, *rest]
        if titled is not None:
            return [*titled, *rest] or None
        if before:
            first = split_assignees(before, strict=strict)
            if first is None:
                return None
            names = first + names
        return names or None
    pieces = _without_membership(share_standing(join_bare_titles(_split_pieces(text))))
    if strict and any(_WITH_PARTNER.search(match_form(piece)) for piece in pieces):
        return None  # "Thủ trưởng các đơn vị chủ trì, phối hợp với …": a verb, then partners
    out: list[Assignee] = []
    enum_head: str | None = None
    previous_kind: str | None = None
    joinable = -2  # the piece just made into one singular body's name
    for index, piece in enumerate(pieces):
        piece_low = match_form(piece)
        if previous_kind == "person" and ROLE_RX.match(piece_low) and " các " not in piece_low:
            continue  # "đ/c Lê Thị Hoa, Trưởng phòng Nội vụ": the title of the person before
        previous_kind = assignee_start(piece, piece_low, 0)
        if previous_kind == "person" and person_name(piece) is None:
            previous_kind = "role"  # "Đồng chí Bộ trưởng Bộ Y tế, Thứ trưởng …": titles only
        plural = _PLURAL_HEAD.match(piece_low)
        kind = assignee_start(piece, piece_low, 0)
        if (
            plural
            and piece[plural.end() :][:1].isupper()
            and _lists_members(
                piece, piece_low, plural.start("head"), plural.end(), pieces[index + 1 : index + 2]
            )
        ):
            enum_head = display_head(piece[plural.start("head") : plural.end("head")])
            if plural["council"]:
                enum_head = f"{piece[: plural.end('council')]} {plural['head']}"
            piece = f"{enum_head} {piece[plural.end() :]}"
            kind = "org"
        elif enum_head and piece[:1].isupper() and (kind is None or _bare_field(piece_low)):
            out.extend(split_enumeration(piece, enum_head))
            continue
        if kind is None and index and _NETWORK.match(piece):
            kind = "group"  # "hệ thống các cơ quan báo chí" after "và": the network's units
        if kind is None and index and _LOWER_GROUP.match(piece_low):
            kind = "group"  # "đoàn thể nhân dân các cấp" after "Mặt trận Tổ quốc,"
        if kind is None and names_people(piece_low):
            kind = "group"  # "Đề nghị sinh viên …": the phrase the ask named is the people
        if kind == "group" and (polite := polite_name(piece)):
            piece = polite  # "Quý cơ quan phản hồi": no verb list ends the polite form
        if (
            kind is None
            and out
            and index == len(pieces) - 1
            and joinable == index - 1
            and completes_field(out[-1].name, piece)
        ):  # "Cục Mỹ thuật, Nhiếp ảnh và Triển lãm": the last piece ends the body's field
            out[-1] = make_assignee(f"{out[-1].name}, {piece}", "org")
            continue
        if kind is None and listed_initials(piece, pieces):
            kind = "org"  # "TCTL, BST, TBT", "Các cơ quan của Quốc hội, VPCP": bodies' initials
        if kind is None:
            if strict:
                return None
            if not piece or not piece[:1].isalpha():
                continue
        out.append(make_assignee(piece, kind))
        joinable = index if kind == "org" and not plural else -2
    return out or None


def _rest_of_list(text: str) -> list[Assignee]:
    return split_assignees(text, strict=False) or []


_BARE_FIELDS = frozenset(h for h in ORG_HEADS if " " in h)
_MORE_MEMBERS = re.compile(r"\s(?:và|hoặc)\s+(?=[^\W\d_])")


def _lists_members(piece: str, piece_low: str, head: int, at: int, following: list[str]) -> bool:
    """ "các Sở Tài chính, Xây dựng", "các Bộ Công an và Quốc phòng": a plural head over two or
    more members, each one body; "các Sở Thông tin và Truyền thông của các tỉnh", "Các hiệp hội
    CNTT" name one kind of body in every place, a group that keeps its "các". "các Sở Y tế,
    Công an tỉnh": "các" over a list of bodies, each one named."""
    more = _MORE_MEMBERS.search(piece_low, at)
    if (
        more is not None
        and piece[more.end()].isupper()
        and not inside(more.start() + 1, known_field_spans(piece_low))
    ):
        return True
    if not following:
        return False
    nxt = following[0]
    nxt_low = match_form(nxt)
    kind = assignee_start(nxt, nxt_low, 0)
    if kind == "org" and nxt[:1].isupper() and not _bare_field(nxt_low):
        # one capitalised body, then another body: the writer's "các" over the list (a kind in
        # every place, "các Sở Y tế của các tỉnh", and a lower-case kind keep it)
        return (
            piece[head].isupper()
            and " các " not in piece_low[at:]
            and not _EVERY_PLACE.search(piece_low)
        )
    return nxt[:1].isupper() and (kind is None or _bare_field(nxt_low))


# "Các Trung tâm Y tế huyện", "các Ban Tỉnh ủy", "các Trường Trung học phổ thông": a kind of body
# present in every place (its name ends in a level, an owner or a kind of school), not one body;
_EVERY_PLACE = re.compile(
    r"\s(?:huyện|xã|phường|quận|thị trấn|thị xã|thành phố|cấp huyện|cấp xã|cơ sở|tỉnh ủy"
    r"|huyện ủy|thành ủy|đảng ủy|phổ thông|tiểu học|mầm non|mẫu giáo)$"
)


def _bare_field(piece_low: str) -> bool:
    """ "các Bộ Quốc phòng, Công an", "các Bộ Xây dựng và Công an": a head of two syllables
    standing alone names no body of its own; in an enumeration under a plural head it is the
    field of one more member ("Bộ Công an")."""
    return piece_low in _BARE_FIELDS


def members_of(text: str) -> list[Assignee] | None:
    """ "Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế …):" → the bodies in
    the parentheses, when a generic group is followed by two or more named bodies; "Nhà đầu tư
    (Tập đoàn Đèo Cả)" → the bodies a role noun stands for."""
    flat = re.sub(r"\s+", " ", text).strip()
    role = _ROLE_NAMED.match(flat)
    if role:
        named = split_assignees(role["inner"], strict=True)
        if named and all(assignee_start(n.name, match_form(n.name), 0) == "org" for n in named):
            return named
    members = _MEMBERS.match(flat)
    if members is None or any(w[:1].isupper() for w in members["group"].split()[1:]):
        return None
    inner = split_assignees(members["inner"], strict=True)
    if inner and len(inner) >= 2 and all(n.name[:1].isupper() for n in inner):
        return inner
    return None


def _split_pieces(text: str) -> list[str]:
    """Split at ";" always, at "," before a new capitalised name, at "và" before a new body."""
    low = match_form(text)
    fields = known_field_spans(low) + duty_spans(text, low)  # "phụ trách Hành chính, Văn phòng"
    pieces: list[str] = []
    start = 0
    for m in re.finditer(r"\s*(;|,|\bvà\b)\s*", low):
        sep, nxt = m.group(1), m.end()
        if nxt >= len(text) or inside(m.start() + 1, fields):
            continue
        if sep == ";":
            split = True
        elif sep == ",":
            split = text[nxt].isupper() or _new_assignee(text, low, nxt, after_comma=True)
            if split and shares_standing_body(low, start, m.start(), nxt):
                split = False  # "Ban Thường vụ Tỉnh ủy, Thành ủy": the standing bodies of both
            if split and _KIND_PAIR.match(low, nxt) and _PLURAL.match(low, start):
                split = False  # "Các Khoa, Phòng ban": the pair of kind nouns is no body
            if split and _GROUP_OPENS.match(low, start) and _KIND_AFTER_COMMA.match(text, nxt):
                split = False  # "các đơn vị sự nghiệp, doanh nghiệp Nhà nước": "các" over both
            if split and _TITLE_OVER_GROUPS.match(low, start) and low.startswith("các ", nxt):
                split = False  # "người đứng đầu các cơ quan chuyên môn, các đơn vị sự nghiệp …"
            if split and (shared := _SHARED_QUALIFIER.match(low, start)) and nxt < shared.end():
                split = False  # "Các Tập đoàn, Tổng công ty, Công ty thuộc Bộ": one group
            if split and (units := PLACE_UNIT_LIST.match(low, start)) and nxt < units.end():
                split = False  # "các Thôn, Xóm, Tổ dân phố": the places of one level
            if split and (run := kind_run_end(text, low, start)) is not None and nxt < run:
                split = False  # "Thủ trưởng các Vụ, Cục, đơn vị thuộc …": the kinds of one group
            if not split and _titles_own_group(low, start) and _titles_own_group(low, nxt):
                split = True  # "Hiệu trưởng các trường …, giám đốc các trung tâm …": two titles
            if not split and _HEADED.match(low, start) and _TITLE_GROUP_AFTER.match(low, nxt):
                # "Người đứng đầu cấp ủy, chính quyền các cấp, thủ trưởng các cơ quan, đơn vị":
                # a second head title over a plural group is one more name after a titled one
                split = True
            if split and (field_end := committee_field(text, low, start, m.start(), nxt)):
                split = False  # "Ủy ban Tài chính, Ngân sách": one committee's two fields
                if field_end < len(text):
                    break  # "…, Ngân sách thẩm tra": a verb the subject scan kept ends it
        else:
            plural = re.match(r"(?:các|những)\s", low[start:]) is not None
            split = _new_assignee(text, low, nxt) and not (
                plural and _BARE_KIND_AFTER_AND.fullmatch(low, nxt)
            )
            if split and (units := PLACE_UNIT_LIST.match(low, start)) and nxt < units.end():
                split = False  # "các thôn, xóm và Tổ dân phố"
            if not split and _NETWORK.match(text, nxt) and text[start:nxt][:1].isupper():
                split = True  # "Thông tấn xã Việt Nam và hệ thống các cơ quan báo chí"
        if not split and _proper_then_group(text, low, start, m.start(), nxt):
            # "Mặt trận Tổ quốc, đoàn thể nhân dân các cấp", "Báo Nam Hải và cơ quan liên quan":
            # a body's own name, then a lower-case group: two doers
            split = True
        if split:
            pieces.append(text[start : m.start()])
            start = nxt
    else:
        field_end = len(text)
    pieces.append(text[start:field_end])
    return [p.strip(" ,;") for p in pieces if p.strip(" ,;")]


# "Đồng chí Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ xã": the rank in a Party
# committee, then the post the same person holds, which is who does the work.
_MEMBERSHIP = re.compile(
    r"^(?:đồng chí\s+|đ/c\s+)?(?:"
    r"(?:ủy|uỷ) viên\s+(?:ban\s+)?(?:ban thường vụ|ban chấp hành|thường vụ|bch|btv)(?![^\W_])"
    r"|(?:tỉnh|thành|huyện|quận|thị|đảng)\s+(?:ủy|uỷ) viên(?![^\W_]))"
)


def _without_membership(pieces: list[str]) -> list[str]:
    if len(pieces) < 2 or not _MEMBERSHIP.match(match_form(pieces[0])):
        return pieces
    if not ROLE_RX.match(match_form(pieces[1])):
        return pieces
    return pieces[1:]


# "… và hệ thống các cơ quan báo chí", "… và hệ thống truyền thanh cơ sở": a network of units
# written in lower case after a body's proper name is one more doer (a field of a name is
# capitalised: "Trung tâm Thông tin và Hệ thống …").
_NETWORK = re.compile(
    r"hệ thống\s+(?:các\s+|những\s+)?(?:cơ quan|đơn vị|tổ chức|đài|truyền thanh|loa|báo chí|y tế"
    r"|chính trị|thông tin cơ sở|trường|cơ sở|ngân hàng|kho bạc|bưu điện)(?![^\W_])"
)
_HEADED = re.compile(rf"(?:{_alternation(_HEAD_TITLES)})\s+(?!các|những)(?=\S)")
# "…, lãnh đạo các doanh nghiệp": the leaders of a plural group after a titled name are one more
# name, as a head title over one is
_TITLE_GROUP_AFTER = re.compile(
    rf"(?:{_alternation((*_HEAD_TITLES, 'lãnh đạo'))})\s+(?:các|những)\s"
)
# A group noun written in lower case without "các" ("đoàn thể nhân dân các cấp", "cơ quan liên
# quan", "đơn vị có liên quan", "tổ chức chính trị - xã hội"): after a body's proper name it is
# one more doer, the determiner left out. Only the nouns with what marks them a group of others
# ("liên quan", "chức năng" ending the group): "Sở Tư pháp, cơ quan thường trực …", "Sở Nội vụ,
# cơ quan có chức năng tham mưu …", "…, cơ quan chức năng của tỉnh về …" say what the body is.
_LOWER_GROUP = re.compile(
    r"(?:đoàn thể|tổ chức chính trị\s*[-–]\s*xã hội"
    r"|(?:cơ quan|đơn vị|tổ chức|doanh nghiệp)\s+"
    r"(?:(?:có\s+)?liên quan|chức năng(?!\s+(?:của|về|tham mưu|giúp|đào tạo)(?![^\W_]))))"
    r"(?![^\W_])"
)


def _proper_then_group(text: str, low: str, start: int, sep: int, nxt: int) -> bool:
    """ "Mặt trận Tổ quốc, đoàn thể nhân dân", "Báo Nam Hải và cơ quan liên quan": a capitalised
    body's own name (more than a bare head noun, no plural "các" in it), then a lower-case group
    noun: two doers. "các Bộ, cơ quan liên quan", "các cơ quan, đơn vị liên quan" stay one."""
    if not text[nxt : nxt + 1].islower() or _LOWER_GROUP.match(low, nxt) is None:
        return False
    piece, piece_low = text[start:sep].strip(), low[start:sep].strip()
    if not piece[:1].isupper() or re.match(r"(?:các|những)\s", piece_low):
        return False
    if " các " in f" {piece_low} " or " những " in f" {piece_low} ":
        return False
    if HEAD_RX.fullmatch(piece_low):
        return False  # "Phòng, đơn vị liên quan", "Cục, đơn vị trực thuộc": one group's kinds
    return assignee_start(piece, piece_low, 0) == "org"


def _titles_own_group(low: str, pos: int) -> bool:
    match = _TITLE_OF_GROUP.match(low, pos)
    return match is not None and not _TITLE_OVER_GROUPS.match(low, pos)


# "phòng ban", "sở ngành", "khoa phòng": two kind nouns side by side are the generic word for a
# school's or a province's units, whatever their capitals; after a comma they go on the group.
_UNIT = rf"(?:{_alternation(PLACE_UNITS)})(?![^\W_])"
# "các Thôn, Xóm, Tổ dân phố": "các" over places of one level, however they are capitalised
PLACE_UNIT_LIST = re.compile(rf"(?:các|những)\s+{_UNIT}(?:\s*(?:,|và)\s*{_UNIT})+")
_KIND_PAIR = re.compile(r"(?:phòng ban|sở ngành|khoa phòng|phòng khoa|ban ngành)(?![^\W_])")
_PLURAL = re.compile(r"(?:các|những)\s")


def _new_assignee(text: str, low: str, pos: int, *, after_comma: bool = False) -> bool:
    """Does a new assignee start here? After a comma a lower-case role or group word ("cấp ủy,
    chính quyền", "cán bộ, công chức") continues the same group."""
    if re.match(r"(?:các|mỗi|những|đồng chí|đ/c)\s", low[pos:]):
        return True
    kind = assignee_start(text, low, pos)
    if after_comma:
        return kind in ("org", "person")
    return kind is not None
