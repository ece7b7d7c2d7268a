"""One name written out: an enumeration's members under their head noun, titles over a list of
places, a person's name out of "đồng chí … - Phó Chủ tịch …", the canonical form of a name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from notices.issuer import proper_case
from notices.lexicon import PROVINCES, SURNAMES
from notices.name_kinds import (
    ACRONYM_HEADS,
    BARE_TITLE,
    HEAD_RX,
    PERSON_RX,
    ROLE_RX,
    Assignee,
    assignee_start,
    inside,
    known_field_spans,
)
from notices.text import canonical_tone, match_form

# The centrally-run cities: in "các tỉnh, thành phố: Hà Tĩnh, Huế, Đà Nẵng" they are "thành phố".
_CITIES = frozenset(
    {"hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ", "huế", "thừa thiên huế"}
)
_TRAILING = re.compile(
    r"(?:\s+(?:mỗi|từng)\s+(?:đơn vị|cơ quan|địa phương|xã|sở|phòng)"
    r"|\s+(?:thành lập|theo|tại)\s.*)$"
)
# "Chủ tịch UBND các huyện, thành phố trong tỉnh": the province the places are in; "Các doanh
# nghiệp trong tỉnh" keeps it (the group's only scope).
_IN_PROVINCE = re.compile(r"\s+trong\s+(?:tỉnh|huyện|thành phố|xã|phường)(?:\s+(?:này|mình))?$")
_PLACES = re.compile(
    r"(?<![^\W_])(?:huyện|thị xã|thành phố|(?<!hợp tác )xã|phường|quận|thị trấn|địa phương)"
    r"(?![^\W_])"
)
_ASSIGNED_GROUP = re.compile(r"(?<![^\W_])được\s+(?:giao|phân công)\s")
_GENERIC_GROUP = re.compile(
    r"(?:(?:các|những)\s+)?(?:cơ quan|đơn vị|địa phương)(?:\s*,\s*(?:cơ quan|đơn vị|địa phương"
    r"|tổ chức))*"
)


# "UBND các huyện", "Ủy ban nhân dân các xã": a council over a plural of places
_PLURAL_GROUP = re.compile(r"(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+(?:các|những)\s")

_PARTY_SECRETARY = re.compile(r"(?P<title>(?:phó\s+)?bí thư)\s+(?:tỉnh|thành)\s+(?:ủy|uỷ)")


def titled_places(before: str, names: list[Assignee], head: str) -> list[Assignee] | None:
    """ "Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, Gia Lai" → "Chủ tịch Ủy ban nhân dân tỉnh
    Khánh Hòa", …; "Bí thư tỉnh ủy và Chủ tịch …" also gives "Bí thư Tỉnh ủy Khánh Hòa", …;
    None when the words before the list are not titles."""
    plain = re.sub(r"^(?:đồng chí|đ/c)\s+", "", before.strip(), flags=re.IGNORECASE)
    titles = [t for t in re.split(r"\s*(?:,|\bvà\b)\s*", plain) if t]
    bare = [BARE_TITLE.fullmatch(match_form(t)) is not None for t in titles]
    if len(titles) > 1 and all(bare) and not any("phó" in match_form(t) for t in titles):
        titles = titles[:1]  # "Giám đốc, Thủ trưởng các sở, ngành: …": one head per member
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
        elif BARE_TITLE.fullmatch(low):
            word = title[:1].upper() + title[1:]
            out.extend(make_assignee(f"{word} {n.name}", "org") for n in names)
        else:
            return None
    return out or None


def city_or_province(name: Assignee, head: str) -> Assignee:
    """ "Ủy ban nhân dân tỉnh Huế" in a "các tỉnh, thành phố" list → "… thành phố Huế"."""
    place = name.name[len(head) :].strip() if name.name.startswith(head) else ""
    if match_form(place) in _CITIES:
        return Assignee(f"{head[: -len('tỉnh')]}thành phố {place}")
    return name


# "Tỉnh đoàn Lâm Đồng", "Huyện ủy Thủy Nguyên", "Tỉnh hội …": a Party or mass body of that
# level, not a place
_OWN_LEVEL = re.compile(r"(?:tỉnh|thành phố|huyện|quận|thị xã)\s+(?!(?:ủy|uỷ|đoàn|hội)\b)\S")


def council_place(name: Assignee, council: str) -> Assignee:
    """ "Thành phố Hồ Chí Minh" in a "Ủy ban nhân dân các tỉnh, thành phố: …" list → that
    place's council; a member already a council ("Ủy ban nhân dân tỉnh Lâm Đồng") stays."""
    if _OWN_LEVEL.match(match_form(name.name)):
        return Assignee(f"{council}{name.name}")
    return name


def display_head(head: str) -> str:
    low = match_form(head)
    if low in ACRONYM_HEADS:
        return head.upper()
    return head[:1].upper() + head[1:]


def split_enumeration(
    items: str, head: str, rest: Callable[[str], list[Assignee]] | None = None
) -> list[Assignee]:
    """ "Nội vụ, Tư pháp và Văn phòng UBND tỉnh" under head "Sở" → one name per member. `rest`
    splits what follows a member that is a plural group of its own ("…, Du lịch, UBND các
    huyện, thị xã": the list's places are the group's, not more members)."""
    items = re.split(r"[;.]", items, maxsplit=1)[0]
    low = match_form(items)
    fields = known_field_spans(low)
    parts: list[str] = []
    offsets = [0]  # where each part starts (a separator inside a field starts none)
    start = 0
    for m in re.finditer(r"\s*(,|\bvà\b)\s*", low):
        if inside(m.start() + 1, fields):
            continue
        parts.append(items[start : m.start()])
        start = m.end()
        offsets.append(start)
    parts.append(items[start:])
    out: list[Assignee] = []
    for index, part in enumerate(p.strip(" ,") for p in parts):
        if not part:
            continue
        if out and part[:1].islower():
            # "các tỉnh: Khánh Hòa, Gia Lai và lãnh đạo các Bộ, ngành": the places end where a
            # member starts in lower case; the rest is one more assignee phrase
            out.append(make_assignee(items[offsets[index] :], "group"))
            break
        part_low = match_form(part)
        if (
            out
            and rest is not None
            and _PLURAL_GROUP.match(part_low)
            and assignee_start(part, part_low, 0) == "org"
        ):
            out.extend(rest(items[offsets[index] :]) or [make_assignee(part, "org")])
            break
        bare = HEAD_RX.fullmatch(part_low)  # "Các Bộ: Quốc phòng, Công an" → "Bộ Công an"
        if not bare and assignee_start(part, part_low, 0) in ("org", "group", "person", "role"):
            out.append(make_assignee(part, "org"))
        else:
            out.append(make_assignee(f"{head} {part}", "org"))
    return out


def make_assignee(piece: str, kind: str | None) -> Assignee:
    piece = canonical_tone(re.sub(r"\s+", " ", piece).strip(" ,;:-–"))
    assigned = _ASSIGNED_GROUP.search(match_form(piece))
    if assigned and not _GENERIC_GROUP.fullmatch(match_form(piece[: assigned.start()]).strip()):
        piece, assigned = piece[: assigned.start()].rstrip(), None  # "UBND các xã được giao …"
    if assigned is None:
        piece = _TRAILING.sub("", piece)
        scope = _IN_PROVINCE.search(piece)
        if scope and _PLACES.search(match_form(piece[: scope.start()])):
            piece = piece[: scope.start()]
    # else "Các cơ quan được phân công … theo Kế hoạch này": only the clause says which bodies
    piece = re.sub(r"\s+(?:và|hoặc|cùng)$", "", piece)  # "Các Bộ, cơ quan liên quan và"
    if kind in ("org", "group", "role") and _all_caps(piece) and " " in piece:
        # "SỞ NỘI VỤ" in a heading → "Sở Nội vụ"; one token ("P.ĐTĐH", "BHXH") is initials
        piece = proper_case(piece)
    if kind == "person":
        name = person_name(piece)
        if name:
            return Assignee(name, is_person=True)
        marker = PERSON_RX.match(match_form(piece))
        if marker and ROLE_RX.match(match_form(piece), marker.end()):
            piece = piece[marker.end() :]  # "Đồng chí Bộ trưởng Bộ Y tế": the title is the lead
    if kind == "role":
        name = _trailing_person(piece)
        if name:
            title = piece[: len(piece) - len(name)].strip(" ,;:-–")
            return Assignee(name, is_person=True, title=title)
    if kind == "org" and piece[:1].islower():
        piece = piece[:1].upper() + piece[1:]
    return Assignee(piece)


def _all_caps(piece: str) -> bool:
    letters = [c for c in piece if c.isalpha()]
    return len(letters) > 3 and all(c.isupper() for c in letters)


def person_name(piece: str) -> str | None:
    """ "đồng chí Phạm Văn Nghị- Phó Chủ tịch UBND huyện" → "Phạm Văn Nghị"."""
    low = match_form(piece)
    m = PERSON_RX.match(low)
    if m is None:
        return None
    if ROLE_RX.match(low, m.end()):
        return _trailing_person(piece)  # "đồng chí Thứ trưởng Nguyễn Duy Thăng"
    words: list[str] = []
    for word in re.split(r"\s+", piece[m.end() :]):
        core = word.rstrip("-–,;:")
        if not core or not core[:1].isupper() or ROLE_RX.match(match_form(core)):
            break
        words.append(core)
        if core != word or len(words) == 5:
            break
    return " ".join(words) if 2 <= len(words) <= 5 else None


_PROVINCE_NAMES = frozenset(match_form(p) for p in PROVINCES)
_LEVEL_WORD = re.compile(r"(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường|đặc khu)$")


def _trailing_person(piece: str) -> str | None:
    """ "Phó Chủ tịch UBND tỉnh Nguyễn Văn A" → "Nguyễn Văn A" (a surname opens the name). A
    province ("… trên địa bàn thành phố Hà Nội", "… tỉnh Hà Giang") or a two-word name right
    after its level word is a place, whatever surname it opens with."""
    words = piece.split()
    for size in (4, 3, 2):
        tail = words[-size:]
        capitalised = len(words) > size and all(w[:1].isupper() for w in tail)
        if capitalised and match_form(tail[0]) in SURNAMES and not any(w.isupper() for w in tail):
            before = match_form(" ".join(words[-size - 2 : -size]))
            if match_form(" ".join(tail)) in _PROVINCE_NAMES or (
                size == 2 and _LEVEL_WORD.search(before)
            ):
                return None
            return " ".join(tail)
    return None


# "Đảng ủy - UBND các xã, thị trấn", "Đảng ủy, UBND các xã": the Party committee and the council
# of the same places, two doers sharing the places written once.
_PARTY_AND_COUNCIL = re.compile(
    r"^(?P<party>đảng [uủ][ỷy])\s*(?:,|[-–]|và)\s*"
    r"(?P<council>(?:ubnd|[uủ][ỷy] ban nhân dân)\s+(?P<places>(?:các|những)\s[^;:()]+))$"
)


_COUNCIL_PLACES = re.compile(r"^(?:ubnd|[uủ][ỷy] ban nhân dân)\s+(?P<places>(?:các|những)\s.+)$")


def party_and_council(
    text: str, split: Callable[[str], list[Assignee] | None]
) -> list[Assignee] | None:
    """The names of "Đảng ủy - UBND các xã, thị trấn", the committee with the council's places,
    and of any doer after them ("…, Công an huyện"), each as `split` reads it; else None."""
    m = _PARTY_AND_COUNCIL.match(match_form(text))
    if m is None:
        return None
    council = split(text[m.start("council") :])
    first = _COUNCIL_PLACES.match(match_form(council[0].name)) if council else None
    if not council or first is None:
        return None
    party = text[m.start("party") : m.end("party")]
    return [Assignee(f"{party} {council[0].name[first.start('places') :]}"), *council]
