"""Split an assignee phrase into names: enumerations expanded, groups kept whole, persons named.

"các Sở, ngành: Nội vụ, Tư pháp và Văn phòng UBND tỉnh" → Sở Nội vụ | Sở Tư pháp | Văn phòng UBND
tỉnh; "UBND các xã, thị trấn" stays one group; "đồng chí Phạm Văn Nghị - Phó Chủ tịch" → a person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from notices.issuer import proper_case
from notices.lexicon import (
    GROUP_NOUNS,
    GROUP_STARTS,
    KNOWN_FIELDS,
    NOT_ORG,
    ORG_HEADS,
    PERSON_MARKERS,
    ROLE_WORDS,
    SURNAMES,
)
from notices.text import canonical_tone, match_form


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_END = r"(?![^\W_])"
HEAD_RX = re.compile(rf"(?:{_alternation(ORG_HEADS)}){_END}")
_NOT_ORG_RX = re.compile(rf"(?:{_alternation(NOT_ORG)}){_END}")
_GROUP_RX = re.compile(
    rf"(?:{_alternation(GROUP_STARTS)})\s+"
    rf"(?:{_alternation(list(GROUP_NOUNS) + list(ORG_HEADS))}){_END}"
)
_ROLE_RX = re.compile(rf"(?:{_alternation(ROLE_WORDS)}){_END}")
_PERSON_RX = re.compile(rf"(?:{_alternation(PERSON_MARKERS)})\s+")
_LEVEL_RX = re.compile(r"(?:tỉnh|huyện|xã|phường|thị trấn|thị xã|thành phố|quận|đặc khu)" + _END)
_FIELD_KEYS = tuple(match_form(f) for f in KNOWN_FIELDS)
_ENUM_COLON = re.compile(
    rf"(?:(?:các|những)\s+)?(?P<head>{_alternation(ORG_HEADS)})"
    r"(?:\s*,\s*(?:ban\s*,\s*)?(?:ngành|đơn vị|ban|cơ quan|địa phương))*\s*:\s*"
)
_ENUM_LEVEL_COLON = re.compile(
    r"(?P<council>ubnd|ủy ban nhân dân)\s+các\s+"
    r"(?P<level>xã|phường|huyện|thị trấn|tỉnh|thành phố|quận)"
    r"(?P<more>(?:\s*,\s*(?:xã|phường|thị trấn|thành phố|thị xã))*)"
    r"(?:\s+trực thuộc (?:trung ương|tỉnh))?\s*:\s*"
)
# The centrally-run cities: in "các tỉnh, thành phố: Hà Tĩnh, Huế, Đà Nẵng" they are "thành phố".
_CITIES = frozenset(
    {"hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ", "huế", "thừa thiên huế"}
)
_GOM = re.compile(r"\(\s*(?:gồm|bao gồm)\s*:?\s*(?P<inner>[^()]*)\)")
_MEMBERS = re.compile(
    r"^(?P<group>(?:[Cc]ác|[Nn]hững)\s+[^()]{2,60}?)\s*\((?P<inner>[^()]{5,})\)\s*:?$"
)
_PAREN = re.compile(r"\s*\([^()]*\)")
_TRAILING = re.compile(
    r"(?:\s+(?:mỗi|từng)\s+(?:đơn vị|cơ quan|địa phương|xã|sở|phòng)"
    r"|\s+(?:thành lập|theo|tại)\s.*)$"
)
_ASSIGNED_GROUP = re.compile(r"(?<![^\W_])được\s+(?:giao|phân công)\s")
_GENERIC_GROUP = re.compile(
    r"(?:các|những)\s+(?:cơ quan|đơn vị|địa phương)(?:\s*,\s*(?:cơ quan|đơn vị|địa phương))*"
)
_HEAD_TITLES = (
    "thủ trưởng", "giám đốc", "phó giám đốc", "tổng giám đốc", "chủ tịch", "phó chủ tịch",
    "bộ trưởng", "thứ trưởng", "người đứng đầu", "trưởng ban", "trưởng phòng", "hiệu trưởng",
    "cục trưởng", "chi cục trưởng", "bí thư", "phó bí thư", "chánh văn phòng",
)  # fmt: skip
_BARE_TITLE = re.compile(
    rf"(?:(?:các|những)\s+)?(?:(?:đồng chí|đ/c)\s+)?(?:{_alternation(_HEAD_TITLES)})"
    r"(?:\s+(?:sở|bộ|cơ quan|đơn vị|ban|ngành))?"
)
_TITLE_OVER_GROUPS = re.compile(r"(?:người đứng đầu|thủ trưởng)\s+(?:các|những)\s")
_LEVELS = ("xã", "phường", "thị trấn", "huyện", "quận")
_PLURAL_HEAD = re.compile(
    rf"^(?:(?P<council>ubnd|ủy ban nhân dân)\s+)?(?:các|những)\s+"
    rf"(?P<head>{_alternation([*ORG_HEADS, *_LEVELS])})\s+(?=\S)"
)  # "các Sở Tài chính, Xây dựng", "UBND các xã Gia Cát, Hợp Thành": one name per member
_GROUP_OF_HEADS = frozenset({"thường trực", "văn phòng", "thường vụ", "ban thường vụ"})
_ACRONYM_HEADS = frozenset({"ubnd", "hđnd", "bhxh", "mttq", "vp", "kbnn", "ubmttq", "ubkt"})


@dataclass(frozen=True, slots=True)
class Assignee:
    """One name in an assignee phrase; `name` is the canonical form used in the JSON."""

    name: str
    is_person: bool = False


def assignee_start(text: str, low: str, pos: int) -> str | None:
    """What kind of assignee begins at `pos`: "person", "group", "role", "org" or None."""
    m = _PERSON_RX.match(low, pos)
    if m and m.end() < len(text) and text[m.end()].isupper():
        return "person"
    if _GROUP_RX.match(low, pos):
        return "group"
    if _ROLE_RX.match(low, pos):
        return "role"
    head = HEAD_RX.match(low, pos)
    if head is None or _NOT_ORG_RX.match(low, pos) or low.startswith("phòng, chống", pos):
        return None
    after = head.end()
    while after < len(text) and text[after] in " -–":
        after += 1
    if after >= len(text):
        return "org" if text[pos].isupper() else None
    if text[pos].isupper() or low[pos : head.end()] in _ACRONYM_HEADS:
        return "org"
    # A lower-case head is a body only before a proper name or a level ("phòng Nội vụ", "bưu
    # điện huyện"); "phòng chuyên môn" is a common noun.
    if text[after].isupper() or _LEVEL_RX.match(low, after):
        return "org"
    if _GROUP_RX.match(low, after) and low[pos : head.end()] in _GROUP_OF_HEADS:
        return "group"  # "thường trực các tỉnh uỷ, thành uỷ", "văn phòng các sở"
    return None


def known_field_spans(low: str) -> list[tuple[int, int]]:
    """Where field names with "và", "," or "-" occur; nothing splits or ends inside them."""
    spans: list[tuple[int, int]] = []
    for key in _FIELD_KEYS:
        start = low.find(key)
        while start >= 0:
            spans.append((start, start + len(key)))
            start = low.find(key, start + 1)
    return spans


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < pos < b for a, b in spans)


_SAYS_WHAT = re.compile(r"(?:là|có trách nhiệm|chịu trách nhiệm|thực hiện|chủ trì)(?![^\W_])")


def split_assignees(span: str, *, strict: bool = True) -> list[Assignee] | None:
    """Names in an assignee phrase; None (strict) when a piece is not a body, group or person."""
    text = re.sub(r"\s+", " ", span).strip(" ,;:-–.")
    if not text:
        return None
    gom = _GOM.search(match_form(text))
    if gom:
        inner = text[gom.start("inner") : gom.end("inner")]
        return split_assignees(inner, strict=strict)
    inner_names = members_of(text)
    if inner_names:
        return inner_names
    text = _PAREN.sub("", text).strip(" ,;:-–")
    low = match_form(text)
    enum = _ENUM_LEVEL_COLON.search(low) or _ENUM_COLON.search(low)
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
            head = f"{_display_head(council)} {level}"
        else:
            head = _display_head(text[enum.start("head") : enum.end("head")])
        names = _split_enumeration(text[enum.end() :], head)
        if level == "tỉnh" and "thành phố" in (enum.groupdict().get("more") or ""):
            names = [_city_or_province(n, head) for n in names]
        council_prefix = head[: -len(level)] if level else f"{head} "
        places = [n for n in names if n.name.startswith(council_prefix)]
        rest = [n for n in names if not n.name.startswith(council_prefix)]
        titled = _titled(before, places, head) if before and level and places else None
        if titled is not None:
            return [*titled, *rest] or None
        if before:
            first = split_assignees(before, strict=strict)
            if first is None:
                return None
            names = first + names
        return names or None
    pieces = _join_bare_titles(_split_pieces(text))
    out: list[Assignee] = []
    enum_head: str | None = None
    previous_kind: str | None = None
    for piece in pieces:
        piece_low = match_form(piece)
        if previous_kind == "person" and _ROLE_RX.match(piece_low) and " các " not in piece_low:
            continue  # "đ/c Lê Thị Hoa, Trưởng phòng Nội vụ": the title of the person before
        previous_kind = assignee_start(piece, piece_low, 0)
        if previous_kind == "person" and _person_name(piece) is None:
            previous_kind = "role"  # "Đồng chí Bộ trưởng Bộ Y tế, Thứ trưởng …": titles only
        plural = _PLURAL_HEAD.match(piece_low)
        kind = assignee_start(piece, piece_low, 0)
        if plural and piece[plural.end() :][:1].isupper():
            enum_head = _display_head(piece[plural.start("head") : plural.end("head")])
            if plural["council"]:
                enum_head = f"{piece[: plural.end('council')]} {plural['head']}"
            piece = f"{enum_head} {piece[plural.end() :]}"
            kind = "org"
        elif kind is None and enum_head and piece[:1].isupper():
            out.extend(_split_enumeration(piece, enum_head))
            continue
        if kind is None:
            if strict:
                return None
            if not piece or not piece[:1].isalpha():
                continue
        out.append(_make(piece, kind))
    return out or None


_PARTY_SECRETARY = re.compile(r"(?P<title>(?:phó\s+)?bí thư)\s+(?:tỉnh|thành)\s+(?:ủy|uỷ)")


def _titled(before: str, names: list[Assignee], head: str) -> list[Assignee] | None:
    """ "Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, Gia Lai" → "Chủ tịch Ủy ban nhân dân tỉnh
    Khánh Hòa", …; "Bí thư tỉnh ủy và Chủ tịch …" also gives "Bí thư Tỉnh ủy Khánh Hòa", …;
    None when the words before the list are not titles."""
    plain = re.sub(r"^(?:đồng chí|đ/c)\s+", "", before.strip(), flags=re.IGNORECASE)
    titles = [t for t in re.split(r"\s*(?:,|\bvà\b)\s*", plain) if t]
    out: list[Assignee] = []
    for title in titles:
        low = match_form(title)
        secretary = _PARTY_SECRETARY.fullmatch(low)
        if secretary:
            word = title[: secretary.end("title")]
            word = word[:1].upper() + word[1:]
            council = head.rsplit(" ", 1)[0] if not head.endswith("thành phố") else head[:-10]
            for name in names:
                place = name.name[len(council) :].strip()
                place = re.sub(r"^(?:tỉnh|thành phố|huyện|xã|phường|quận)\s+", "", place)
                committee = "Thành ủy" if match_form(place) in _CITIES else "Tỉnh ủy"
                out.append(Assignee(f"{word} {committee} {place}"))
        elif _BARE_TITLE.fullmatch(low):
            word = title[:1].upper() + title[1:]
            out.extend(_make(f"{word} {n.name}", "org") for n in names)
        else:
            return None
    return out or None


def _city_or_province(name: Assignee, head: str) -> Assignee:
    """ "Ủy ban nhân dân tỉnh Huế" in a "các tỉnh, thành phố" list → "… thành phố Huế"."""
    place = name.name[len(head) :].strip() if name.name.startswith(head) else ""
    if match_form(place) in _CITIES:
        return Assignee(f"{head[: -len('tỉnh')]}thành phố {place}")
    return name


def members_of(text: str) -> list[Assignee] | None:
    """ "Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế …):" → the bodies in
    the parentheses, when a generic group is followed by two or more named bodies."""
    members = _MEMBERS.match(re.sub(r"\s+", " ", text).strip())
    if members is None or any(w[:1].isupper() for w in members["group"].split()[1:]):
        return None
    inner = split_assignees(members["inner"], strict=True)
    if inner and len(inner) >= 2 and all(n.name[:1].isupper() for n in inner):
        return inner
    return None


def _display_head(head: str) -> str:
    low = match_form(head)
    if low in _ACRONYM_HEADS:
        return head.upper()
    return head[:1].upper() + head[1:]


def _split_pieces(text: str) -> list[str]:
    """Split at ";" always, at "," before a new capitalised name, at "và" before a new body."""
    low = match_form(text)
    fields = known_field_spans(low)
    pieces: list[str] = []
    start = 0
    for m in re.finditer(r"\s*(;|,|\bvà\b)\s*", low):
        sep, nxt = m.group(1), m.end()
        if nxt >= len(text) or _inside(m.start() + 1, fields):
            continue
        if sep == ";":
            split = True
        elif sep == ",":
            split = text[nxt].isupper() or _new_assignee(text, low, nxt, after_comma=True)
            if split and _TITLE_OVER_GROUPS.match(low, start) and low.startswith("các ", nxt):
                split = False  # "người đứng đầu các cơ quan chuyên môn, các đơn vị sự nghiệp …"
        else:
            split = _new_assignee(text, low, nxt)
        if split:
            pieces.append(text[start : m.start()])
            start = nxt
    pieces.append(text[start:])
    return [p.strip(" ,;") for p in pieces if p.strip(" ,;")]


def _join_bare_titles(pieces: list[str]) -> list[str]:
    """ "Giám đốc, Thủ trưởng các sở, ban ngành", "các đồng chí Bộ trưởng, Thủ trưởng cơ quan
    ngang Bộ": a title naming no body of its own shares the bodies of the next title."""
    out: list[str] = []
    carry = ""
    for piece in pieces:
        piece = f"{carry}, {piece}" if carry else piece
        carry = ""
        if _BARE_TITLE.fullmatch(match_form(piece.split(", ")[-1])):
            carry = piece
            continue
        out.append(piece)
    if carry:
        out.append(carry)
    return out


def _new_assignee(text: str, low: str, pos: int, *, after_comma: bool = False) -> bool:
    """Does a new assignee start here? After a comma a lower-case role or group word ("cấp ủy,
    chính quyền", "cán bộ, công chức") continues the same group."""
    if re.match(r"(?:các|mỗi|những|đồng chí|đ/c)\s", low[pos:]):
        return True
    kind = assignee_start(text, low, pos)
    if after_comma:
        return kind in ("org", "person")
    return kind is not None


def _split_enumeration(items: str, head: str) -> list[Assignee]:
    """ "Nội vụ, Tư pháp và Văn phòng UBND tỉnh" under head "Sở" → one name per member."""
    items = re.split(r"[;.]", items, maxsplit=1)[0]
    low = match_form(items)
    fields = known_field_spans(low)
    parts: list[str] = []
    start = 0
    for m in re.finditer(r"\s*(,|\bvà\b)\s*", low):
        if _inside(m.start() + 1, fields):
            continue
        parts.append(items[start : m.start()])
        start = m.end()
    parts.append(items[start:])
    out: list[Assignee] = []
    offsets = [0, *(m.end() for m in re.finditer(r"\s*(,|\bvà\b)\s*", low))]
    for index, part in enumerate(p.strip(" ,") for p in parts):
        if not part:
            continue
        if out and part[:1].islower() and index < len(offsets):
            # "các tỉnh: Khánh Hòa, Gia Lai và lãnh đạo các Bộ, ngành": the places end where a
            # member starts in lower case; the rest is one more assignee phrase
            out.append(_make(items[offsets[index] :], "group"))
            break
        part_low = match_form(part)
        bare = HEAD_RX.fullmatch(part_low)  # "Các Bộ: Quốc phòng, Công an" → "Bộ Công an"
        if not bare and assignee_start(part, part_low, 0) in ("org", "group", "person", "role"):
            out.append(_make(part, "org"))
        else:
            out.append(_make(f"{head} {part}", "org"))
    return out


def _make(piece: str, kind: str | None) -> Assignee:
    piece = canonical_tone(re.sub(r"\s+", " ", piece).strip(" ,;:-–"))
    assigned = _ASSIGNED_GROUP.search(match_form(piece))
    if assigned and not _GENERIC_GROUP.fullmatch(match_form(piece[: assigned.start()]).strip()):
        piece, assigned = piece[: assigned.start()].rstrip(), None  # "UBND các xã được giao …"
    if assigned is None:
        piece = _TRAILING.sub("", piece)
    # else "Các cơ quan được phân công … theo Kế hoạch này": only the clause says which bodies
    piece = re.sub(r"\s+(?:và|hoặc|cùng)$", "", piece)  # "Các Bộ, cơ quan liên quan và"
    if kind in ("org", "group", "role") and _all_caps(piece):
        piece = proper_case(piece)  # "SỞ NỘI VỤ" in a heading → "Sở Nội vụ"
    if kind == "person":
        name = _person_name(piece)
        if name:
            return Assignee(name, is_person=True)
        marker = _PERSON_RX.match(match_form(piece))
        if marker and _ROLE_RX.match(match_form(piece), marker.end()):
            piece = piece[marker.end() :]  # "Đồng chí Bộ trưởng Bộ Y tế": the title is the lead
    if kind == "role":
        name = _trailing_person(piece)
        if name:
            return Assignee(name, is_person=True)
    if kind == "org" and piece[:1].islower():
        piece = piece[:1].upper() + piece[1:]
    return Assignee(piece)


def _all_caps(piece: str) -> bool:
    letters = [c for c in piece if c.isalpha()]
    return len(letters) > 3 and all(c.isupper() for c in letters)


def _person_name(piece: str) -> str | None:
    """ "đồng chí Phạm Văn Nghị- Phó Chủ tịch UBND huyện" → "Phạm Văn Nghị"."""
    low = match_form(piece)
    m = _PERSON_RX.match(low)
    if m is None:
        return None
    if _ROLE_RX.match(low, m.end()):
        return _trailing_person(piece)  # "đồng chí Thứ trưởng Nguyễn Duy Thăng"
    words: list[str] = []
    for word in re.split(r"\s+", piece[m.end() :]):
        core = word.rstrip("-–,;:")
        if not core or not core[:1].isupper() or _ROLE_RX.match(match_form(core)):
            break
        words.append(core)
        if core != word or len(words) == 5:
            break
    return " ".join(words) if 2 <= len(words) <= 5 else None


def _trailing_person(piece: str) -> str | None:
    """ "Phó Chủ tịch UBND tỉnh Nguyễn Văn A" → "Nguyễn Văn A" (a surname opens the name)."""
    words = piece.split()
    for size in (4, 3, 2):
        tail = words[-size:]
        capitalised = len(words) > size and all(w[:1].isupper() for w in tail)
        if capitalised and match_form(tail[0]) in SURNAMES and not any(w.isupper() for w in tail):
            return " ".join(tail)
    return None
