"""Who issued the notice: header block first, then the title, number suffix and signature."""

from __future__ import annotations

import re

from notices.issuer_wraps import HEAD_WORDS, wraps_name
from notices.lexicon import PROVINCES
from notices.text import canonical_tone, fold_key, match_form

_LEVELS = ("thành phố", "thị xã", "thị trấn", "đặc khu", "tỉnh", "huyện", "quận", "xã", "phường")
_SKIP_HEADER = re.compile(
    r"CỘNG\s+H(?:ÒA|OÀ|OA)\s+XÃ|Độc\s+lập|ĐẢNG\s+CỘNG\s+SẢN|^\W*Số\b|,\s*ngày"
    r"|^\W*(?:TUYỆT |TỐI )?MẬT\W*$"
    r"|^(?:HỎA TỐC|THƯỢNG KHẨN|KHẨN)$"
    # OCR noise, never a body's name: a line opening with a bare number ("4 SG AI"), or carrying
    # a number's "digits/CODE" (a garbled "Số" line: "S& 56J4/YTDP-SR") unless it opens with a
    # body's kind: "BAN CHỈ ĐẠO 389/ĐP", "BAN CHỈ ĐẠO 138/CP" are named by their founding act
    r"|^\W*\d+\s|^(?!\W*(?:BAN|HỘI|ỦY|UỶ|SỞ|TỔ|ĐOÀN|CỤC|CHI|PHÒNG|TRUNG TÂM|BỘ|VĂN PHÒNG|ĐẢNG)\s)"
    r".*\d\w*\s*/\s*[A-ZĐ]{2,}",
    re.IGNORECASE,
)
_FIXED = {
    "ủy ban nhân dân": "UBND",
    "hội đồng nhân dân": "HĐND",
    "ub mttq": "UB MTTQ",
    "ban thường vụ": "Ban Thường vụ",
    "ban chấp hành": "Ban Chấp hành",
    "huyện ủy": "Huyện ủy",
    "tỉnh ủy": "Tỉnh ủy",
    "thành ủy": "Thành ủy",
    "thị ủy": "Thị ủy",
    "quận ủy": "Quận ủy",
    "đảng ủy": "Đảng ủy",
    "đảng bộ": "Đảng bộ",
    "mặt trận tổ quốc việt nam": "Mặt trận Tổ quốc Việt Nam",
    "chính phủ": "Chính phủ",
    "trung ương": "Trung ương",
    "quốc hội": "Quốc hội",
    "bộ chính trị": "Bộ Chính trị",
    "ban bí thư": "Ban Bí thư",
    "thủ tướng": "Thủ tướng",
}
_ACRONYMS = frozenset(
    {"ubnd", "hđnd", "mttq", "bhxh", "vp", "ubmttq", "cchc", "cđs", "cdnn", "cđnn"}
)
_TITLE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"ban thường vụ (huyện ủy|tỉnh ủy|thành ủy|thị ủy|quận ủy|đảng ủy)"), "btv"),
    (re.compile(r"thường trực (huyện ủy|tỉnh ủy|thành ủy|thị ủy|quận ủy|đảng ủy)"), "tt"),
    (re.compile(r"thủ tướng chính phủ"), "ttg"),
    (
        re.compile(
            r"(?:chủ tịch|lãnh đạo) (?:ubnd|ủy ban nhân dân) "
            r"(tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn|đặc khu)"
        ),
        "ubnd",
    ),
    (re.compile(r"(?:bí thư) (huyện ủy|tỉnh ủy|thành ủy|thị ủy|quận ủy|đảng ủy)"), "party"),
)
_PARTY_CODES = {"HU": "Huyện ủy", "TU": "Tỉnh ủy", "ĐU": "Đảng ủy", "QU": "Quận ủy", "TƯ": ""}


def find_issuer(
    header_lines: list[str],
    *,
    title: str,
    issuer_code: str | None,
    signer_title: str | None,
    place: str | None,
    context: str,
    signed_by: str | None = None,
    paragraphs: list[str] | None = None,
    signed_for: str | None = None,
) -> str | None:
    """The issuing body as it would be written in a sentence ("UBND huyện Hiệp Hòa"): from the
    header, else the digital signature stamp's body (`signed_by`), else the title, the number's
    suffix and the signature block; with none of these, the body that enacts or orders in the
    text's `paragraphs` (`spoken_issuer`)."""
    from_header = _from_header(header_lines)
    if from_header:
        # a text without its header block read from its enacting line "CHỦ TỊCH ỦY BAN NHÂN DÂN
        # TỈNH X" or "BỘ TRƯỞNG BỘ Y": the body is the committee, the ministry
        return _HOLDER.sub("", from_header)
    if signed_by:
        return proper_case(signed_by)
    low_title = match_form(title)
    for pattern, kind in _TITLE_PATTERNS:
        m = pattern.search(low_title)
        if m is None:
            continue
        if kind == "btv":
            return f"Ban Thường vụ {_FIXED[m[1]]}"
        if kind == "tt":
            return f"Thường trực {_FIXED[m[1]]}"
        if kind == "ttg":
            return "Văn phòng Chính phủ"
        if kind == "party":
            return _FIXED[m[1]]
        return _with_place(f"UBND {m[1]}", m[1], place, context)
    if issuer_code and issuer_code.upper() in _PARTY_CODES and _PARTY_CODES[issuer_code.upper()]:
        body = _PARTY_CODES[issuer_code.upper()]
        if signer_title and "THƯỜNG VỤ" in signer_title.upper():
            body = f"Ban Thường vụ {body}"
        return body
    if issuer_code and issuer_code.upper().startswith("UBND"):
        m = re.search(
            r"(?:ubnd|ủy ban nhân dân) (tỉnh|thành phố|huyện|thị xã|quận|xã|phường)",
            match_form(context),
        )
        if m:
            return _with_place(f"UBND {m[1]}", m[1], place, context)
        return "UBND"
    if (
        signer_title
        and _PM_SIGNS.search(match_form(signer_title))
        and (not issuer_code or issuer_code.upper().startswith("TTG"))
    ):  # "Số: 1234/VPCP-KTTH" signed "KT. THỦ TƯỚNG": the Government Office's letter
        return "Thủ tướng Chính phủ"
    if not paragraphs:
        return None
    return spoken_issuer(paragraphs, signed_for=signed_for, signer_title=signer_title)


def header_issuer(header_lines: list[str]) -> str | None:
    """The issuer the header block names, if any (what a Công báo title line must not override)."""
    from_header = _from_header(header_lines)
    return _HOLDER.sub("", from_header) if from_header else None


# "KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG", "THỦ TƯỚNG": the Prime Minister or a deputy signs in the
# Prime Minister's name; with no header, title or number code naming the body, it is the issuer.
# "KT. TRƯỞNG BAN / … / PHÓ THỦ TƯỚNG" signs for a steering committee, not as the Prime Minister.
_PM_SIGNS = re.compile(
    r"^\W*(?:[^\W\d_]{1,2}\W+)?(?:kt\.?\s*thủ tướng(?:\s+phó thủ tướng)?"
    r"|(?:phó\s+)?thủ tướng(?:\s+chính phủ)?)\W*$"
)


def _with_place(body: str, level: str, place: str | None, context: str) -> str:
    if level == "tỉnh":
        province = _province(place) or _province_in(context)
        return f"{body} {province}" if province else body
    return f"{body} {place}" if place else body


_PROVINCE_KEYS = {fold_key(p): p for p in PROVINCES}


def _province(name: str | None) -> str | None:
    return _PROVINCE_KEYS.get(fold_key(name)) if name else None


def _province_in(text: str) -> str | None:
    """First "tỉnh X" whose X is a province: "Chủ tịch UBND tỉnh Lê Trí Thanh" names a person."""
    folded = fold_key(text)
    for m in re.finditer(r"\btinh ([a-z]+(?: [a-z]+){0,3})", folded):
        words = m[1].split()
        for size in range(len(words), 0, -1):
            found = _province(" ".join(words[:size]))
            if found:
                return found
    return None


def _from_header(lines: list[str]) -> str | None:
    """ALL-CAPS organisation lines before the number/date: "ỦY BAN NHÂN DÂN / TỈNH BẮC GIANG"; a
    body under its parent ("UBND TỈNH LẠNG SƠN / SỞ NỘI VỤ") is named with the parent's place."""
    caps = [
        line
        for line in lines
        if line and not _SKIP_HEADER.search(line) and _mostly_upper(line) and len(line) < 90
    ]
    if not caps:
        return None
    names: list[str] = []
    for line in caps[:4]:
        low = match_form(line)
        level_line = low.startswith(_LEVELS) and not low.startswith(_COMMITTEE_WORDS)
        if names and (level_line or _is_bare_head(names[-1]) or wraps_name(names, low)):
            names[-1] = f"{names[-1]} {line}"
        else:
            names.append(line)
    if len(names) == 1:
        return proper_case(names[0])
    return _under_parent(proper_case(names[-1]), proper_case(names[-2]))


_COMMITTEE_WORDS = ("tỉnh ủy", "huyện ủy", "thành ủy", "thị ủy", "quận ủy")
_PARTY_COMMITTEES = ("Tỉnh ủy", "Huyện ủy", "Thành ủy", "Thị ủy", "Quận ủy", "Đảng ủy")
_LEVEL_GROUP = "|".join(sorted(_LEVELS, key=len, reverse=True))
_HOLDER = re.compile(r"^(?:Chủ tịch (?=UBND )|Bộ trưởng (?=Bộ ))")
# "UBND tỉnh Lạng Sơn", "Đảng bộ xã Tân Thành", "Tỉnh ủy Lạng Sơn": a body, a level, a place.
_PLACED = re.compile(
    rf"^(?P<body>UBND|HĐND|Đảng bộ|Đảng ủy|Ban Thường vụ|{'|'.join(_PARTY_COMMITTEES)})\s+"
    rf"(?:(?P<level>{_LEVEL_GROUP})\s+)?(?P<name>\S.*)$"
)
# Bodies whose name is only complete with their parent's ("Văn phòng UBND tỉnh …").
_NEEDS_PARENT = (
    "Văn phòng", "Thường trực", "Thanh tra", "Ban Tổ chức", "Ban Tuyên giáo", "Ban Dân vận",
    "Ủy ban Kiểm tra", "Ban Kiểm tra",
)  # fmt: skip
_TRAILING_LEVEL = re.compile(rf"\s+(?:{_LEVEL_GROUP})$", re.IGNORECASE)


def _under_parent(child: str, parent: str) -> str:
    """ "Sở Nội vụ" under "UBND tỉnh Lạng Sơn" → "Sở Nội vụ tỉnh Lạng Sơn"; "Tỉnh ủy" under
    "Đảng bộ tỉnh Lạng Sơn" → "Tỉnh ủy Lạng Sơn"; "Văn phòng" under "UBND tỉnh X" → "Văn phòng
    UBND tỉnh X"; "Ban Tổ chức" under "Tỉnh ủy X" → "Ban Tổ chức Tỉnh ủy X"."""
    placed = _PLACED.match(parent)
    bare = _TRAILING_LEVEL.sub("", child.strip())  # "ĐẢNG ỦY XÃ", "THANH TRA TỈNH"
    if bare == child.strip() and _PLACED.match(child) and not child.endswith(_PARTY_COMMITTEES):
        return child  # "UBND xã Y": already complete
    if placed is None:
        # a ministry, the Government, a department: only an office needs the parent's name
        return f"{bare} {parent}" if bare.startswith(_NEEDS_PARENT) else bare
    body, level, name = placed["body"], placed["level"], placed["name"]
    place = f"{level} {name}" if level else name
    committee = next((c for c in _PARTY_COMMITTEES if bare.endswith(c)), None)
    if body == "Đảng bộ" and committee is not None:
        # "ĐẢNG BỘ TỈNH X / TỈNH ỦY", "ĐẢNG BỘ XÃ Y / ĐẢNG ỦY XÃ" (a trailing level word dropped)
        head = bare[: len(bare) - len(committee)].strip()
        if committee == "Đảng ủy":
            return " ".join(p for p in (head, committee, place) if p)
        return " ".join(p for p in (head, committee, name) if p)
    if body == "Đảng bộ":
        return f"{child.strip()} {name}"  # "Đảng ủy Khối các cơ quan tỉnh" + "Lạng Sơn"
    if body in (*_PARTY_COMMITTEES, "Đảng bộ", "Ban Thường vụ") or bare == "Ban Thường vụ":
        return f"{bare} {parent}"
    if bare in ("Văn phòng", "Thường trực"):
        return f"{bare} {parent}"  # "Văn phòng UBND tỉnh X", "Thường trực HĐND tỉnh X"
    if any(f" {lv} " in f" {bare} " for lv in _LEVELS):
        return bare
    return f"{bare} {place}"


def _is_bare_head(line: str) -> bool:
    return match_form(line).strip() in ("ủy ban nhân dân", "hội đồng nhân dân", "ubnd", "hđnd")


def _mostly_upper(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.85 * len(letters)


_PLACE_AFTER = ("Huyện ủy", "Tỉnh ủy", "Thành ủy", "Thị ủy", "Quận ủy")


def proper_case(caps: str) -> str:
    """ "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG" → "UBND tỉnh Bắc Giang"; "SỞ KẾ HOẠCH VÀ ĐẦU TƯ" → "Sở Kế
    hoạch và Đầu tư" (each field after "và", "," or "-" keeps a capital, places are title case)."""
    low = re.sub(r"\s+", " ", match_form(caps)).strip()
    for phrase, fixed in _FIXED.items():
        low = re.sub(rf"(?<!\w){phrase}(?!\w)", fixed.replace(" ", "\x00"), low)
    words = low.split(" ")
    out: list[str] = []
    capitalize_next = True
    in_place = False
    index = 0
    while index < len(words):
        plain = words[index].replace("\x00", " ")
        pair = f"{plain} {words[index + 1]}" if index + 1 < len(words) else plain
        following = words[index + 1] if index + 1 < len(words) else ""
        index += 1
        if plain in _LEVELS and following not in ("", "hội"):
            out.append(plain)
            in_place = True
            continue
        if pair == "thành phố" and index < len(words) - 1:
            out.append(pair)
            index += 1
            in_place = True
            continue
        if "\x00" in words[index - 1] or any(c.isupper() for c in plain):
            out.append(plain)
            capitalize_next = False
            in_place = in_place or plain in _PLACE_AFTER
            continue
        if plain in _ACRONYMS:
            out.append(plain.upper())
            capitalize_next = False
            continue
        if plain in ("và", "-", "–", "&"):
            out.append(plain)
            capitalize_next = not in_place
            continue
        if not out and (plain in HEAD_WORDS or pair in HEAD_WORDS):
            if pair in HEAD_WORDS:
                out.append(pair.capitalize())
                index += 1
            else:
                out.append(plain.capitalize())
            capitalize_next = True
            continue
        out.append(plain.capitalize() if (capitalize_next or in_place) else plain)
        capitalize_next = plain.endswith(",")
    return _capitalised_level(canonical_tone(" ".join(out)))


_PERSON_NAMED = re.compile(
    r"(?<!\w)(thành phố|thị xã|thị trấn|đặc khu|tỉnh|huyện|quận|xã|phường)"
    r"(?= (?:\d|[^\W\d_]+ (?:Văn|Thị|Chí|Hữu|Đình|Đức) [^\W\d_]))"
)


def _capitalised_level(name: str) -> str:
    """ "Thành phố Hồ Chí Minh", "Phường 5", "Phường Hoàng Văn Thụ": a unit named after a
    person or by a number keeps its common noun capitalised (Decree 30/2020, appendix II)."""
    return _PERSON_NAMED.sub(lambda m: m[1][:1].upper() + m[1][1:], name)


# A text with no header block (a database's body text, a scrape) still names who speaks: a
# decision's enacting line standing alone before its "Căn cứ …" ("BỘ TRƯỞNG BỘ TÀI CHÍNH",
# "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X", "ỦY BAN NHÂN DÂN HUYỆN Y", "THỦ TƯỚNG CHÍNH PHỦ"), or the
# sentence by which the body gives its orders ("…, Ủy ban nhân dân tỉnh chỉ thị:", "Bộ trưởng Bộ
# Y tế yêu cầu …", "Thủ tướng Chính phủ yêu cầu …"). The body acts in the first person there;
# a body merely cited ("báo cáo Ủy ban nhân dân tỉnh", "của Bộ Tài chính") or addressed in the
# plural ("Chủ tịch UBND các huyện …") is not the issuer.
_BODY = r"(?:ủy ban nhân dân|ubnd|hội đồng nhân dân|hđnd) (?:" + _LEVEL_GROUP + r")(?![^\W\d_])"
_AUTHORITY = (
    rf"(?P<head>chủ tịch )?(?P<body>{_BODY})(?P<place>(?: [^\W\d_]+){{0,4}})?"
    r"|bộ trưởng (?P<ministry>bộ(?: [^\W\d_]+| và| -){1,9}?)"
    r"|(?P<pm>thủ tướng chính phủ)"
    r"|(?P<party>(?:ban thường vụ |thường trực )?(?:tỉnh|huyện|thành|thị|quận|đảng) [uủ]ỷ?y?)"
)
_ENACTING = re.compile(rf"^(?:{_AUTHORITY})\s*$")
_ORDERS = re.compile(
    rf"(?:^|[,;:]\s+)(?:{_AUTHORITY}) (?:chỉ thị|yêu cầu|đề nghị|quyết định"
    r"|chỉ đạo(?= như sau|\s*:))(?![^\W\d_])"
)
_TERM = re.compile(r"^\W*(?:khóa|khoá|nhiệm kỳ|kỳ họp)\s")
_CITES_BEFORE = re.compile(r"(?:của|với|về|cho|và|các)\s*$")
# "Thực hiện Chỉ thị số 05/CT-TTg …, Thủ tướng Chính phủ yêu cầu …", "…; theo đó, UBND huyện yêu
# cầu …": the clause after a cited document, or after "theo đó", reports what that document's
# body asked; the text itself speaks elsewhere.
_CITING_CLAUSE = re.compile(
    r"^(?:thực hiện|triển khai|căn cứ|theo|tại|về việc thực hiện)\s+(?:các\s+)?"
    r"(?:chỉ thị|công văn|văn bản|kết luận|quyết định|nghị quyết|kế hoạch|thông báo|"
    r"hướng dẫn|công điện|chương trình|nghị định|thông tư|luật)"
    r"|\btheo đó\b"
)
# a numbered or bulleted item: the orders of the text come before its items
_ITEM = re.compile(r"^\s*(?:\d{1,2}|[a-zđ]|[IVX]{1,4})\s*[.)]\s|^\s*[-+•]\s")
# the kind of body a signature's "TM. <BODY>" names, by how its name opens
_KIND_OPENERS = {
    "pm": ("chính phủ", "thủ tướng"),
    "ministry": ("bộ ",),
    "ubnd": ("ủy ban nhân dân", "ubnd"),
    "hđnd": ("hội đồng nhân dân", "hđnd", "thường trực"),
}


def spoken_issuer(
    paragraphs: list[str], *, signed_for: str | None = None, signer_title: str | None = None
) -> str | None:
    """The body that enacts or orders in a text without a header block, else None.
    `signed_for` is the body of the signature's "TM. <BODY>": an ordering body of another
    kind is quoted, not speaking. A Party body's order ("Tỉnh ủy chỉ đạo như sau:") is relayed,
    not issued, in a letter a state office signs (`signer_title` "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH")
    or after "Tại cuộc họp …," / "Sau khi nghe …"."""
    state_signer = bool(signer_title and _STATE_OFFICE.search(match_form(signer_title)))
    for index, paragraph in enumerate(paragraphs[:8]):
        if index + 1 < len(paragraphs) and len(paragraph) < 90:
            low = match_form(paragraph.strip())
            m = _ENACTING.match(low)
            if m is None:
                continue
            following = [match_form(p) for p in paragraphs[index + 1 : index + 3]]
            if following[0].startswith(("căn cứ", "xét")) or (
                # "HỘI ĐỒNG NHÂN DÂN TỈNH X / KHÓA XVII, KỲ HỌP THỨ NĂM / Căn cứ …": a council
                # enacts under its term and session
                _TERM.match(following[0])
                and len(following) > 1
                and following[1].startswith(("căn cứ", "xét"))
            ):
                return _named(paragraph.strip(), m)
    front = []
    for paragraph in paragraphs[:200]:
        if _ITEM.match(paragraph):
            break
        front.append(paragraph)
    for paragraph in front:
        low = match_form(paragraph)
        for m in _ORDERS.finditer(low):
            clause = re.split(r"(?<=[.;!?])\s+", low[: m.start()])[-1]
            if _CITES_BEFORE.search(clause) or _CITING_CLAUSE.search(clause.lstrip(" ,;:")):
                continue
            if signed_for is not None and not _same_kind(m, match_form(signed_for)):
                continue
            if m["party"] and (state_signer or _RELAYED.match(clause.lstrip(" ,;:"))):
                continue
            return _named(paragraph, m, ordered=True)
    return None


# A signer's title naming a state office, not a Party post
_STATE_OFFICE = re.compile(
    r"(?<![^\W_])(?:chủ tịch|giám đốc|bộ trưởng|thủ trưởng|tổng cục trưởng|cục trưởng"
    r"|chánh văn phòng|trưởng phòng|hiệu trưởng|viện trưởng)(?![^\W_])"
)
# "Tại cuộc họp ngày 02/3/2026, Tỉnh ủy chỉ đạo …", "Sau khi nghe báo cáo, …": an order given
# elsewhere and reported
_RELAYED = re.compile(r"(?:tại|trong|sau khi|theo)\s")
_FIXED_PARTY = re.compile(r"ban thường vụ|thường trực|(?:tỉnh|huyện|thành|thị|quận|đảng) [uủ]ỷ?y?")


def _party_case(m: re.Match[str]) -> str:
    words = m[0]
    if words in ("ban thường vụ", "thường trực"):
        return _FIXED.get(words, "Thường trực")
    return words[:1].upper() + words[1:].replace("uỷ", "ủy")


def _same_kind(m: re.Match[str], signed_for: str) -> bool:
    if m["party"]:
        if signed_for.startswith(("ban thường vụ", "thường trực")) and m["party"].startswith(
            ("ban thường vụ", "thường trực")
        ):
            # "T/M BAN THƯỜNG VỤ" with "Thường trực Tỉnh ủy chỉ đạo": another party body
            return m["party"].startswith(signed_for.split()[0])
        return signed_for.startswith(
            (
                "ban thường vụ",
                "thường trực",
                "tỉnh",
                "huyện",
                "thành",
                "thị",
                "quận",
                "đảng",
                "ban chấp hành",
            )
        )
    if m["pm"]:
        kind = "pm"
    elif m["ministry"]:
        kind = "ministry"
    else:
        kind = "hđnd" if m["body"].startswith(("hội đồng", "hđnd")) else "ubnd"
    return signed_for.startswith(_KIND_OPENERS[kind])


def _named(text: str, m: re.Match[str], *, ordered: bool = False) -> str:
    if m["party"]:
        return canonical_tone(_FIXED_PARTY.sub(_party_case, m["party"]))
    if m["pm"]:
        return "Thủ tướng Chính phủ"
    if m["ministry"]:
        name = text[m.start("ministry") : m.end("ministry")]
        return canonical_tone(name) if any(c.isupper() for c in name[1:]) else proper_case(name)
    body = text[m.start("body") : m.end("body")]
    place = text[m.start("place") : m.end("place")] if m["place"] else ""
    if ordered:
        # in a sentence only capitalised words name the place ("UBND thành phố Hà Nội chỉ thị")
        words = place.split()
        place = " ".join(words[: next((i for i, w in enumerate(words) if w[:1].islower()), None)])
    return proper_case(f"{body} {place}".strip())
