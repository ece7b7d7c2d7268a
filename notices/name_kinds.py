"""What kind of assignee starts at a position: a body, a group, a role or a person.

The building blocks of `notices.names`: the head nouns of bodies ("Sở", "Ủy ban nhân dân"), group
starts ("các sở, ngành"), titles ("Giám đốc", "Bộ trưởng"), person markers ("đồng chí") and the
field names that hold "và" or "," ("Nông nghiệp và Môi trường").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from notices.defined_acronyms import acronym_at, term_spans
from notices.lexicon import (
    ACTION_WORDS,
    GROUP_NOUNS,
    GROUP_STARTS,
    KNOWN_FIELDS,
    NOT_ORG,
    ORG_HEADS,
    PEOPLE_GROUPS,
    PERSON_MARKERS,
    ROLE_WORDS,
)
from notices.text import match_form


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_END = r"(?![^\W_])"
HEAD_RX = re.compile(rf"(?:{_alternation(ORG_HEADS)}){_END}")
_NOT_ORG_RX = re.compile(rf"(?:{_alternation(NOT_ORG)}){_END}")
# "Các lực lượng chức năng": the forces (police, border guard, market control) as one group.
_FORCES = ("lực lượng chức năng", "lực lượng chuyên trách", "lực lượng vũ trang")
# "Mỗi ngành, lĩnh vực", "các ngành, lĩnh vực khác": the economy's sectors, not bodies; "các
# ngành, lĩnh vực" asked to report ("Đề nghị các ngành, lĩnh vực báo cáo …") stays a group.
_SECTORS = r"ngành\s*(?:,|và)\s*lĩnh vực"
_GROUP_RX = re.compile(
    rf"(?!(?:mỗi|từng)\s+{_SECTORS}{_END})"
    rf"(?:{_alternation(GROUP_STARTS)})\s+(?!{_SECTORS}\s+khác{_END})"
    rf"(?:{_alternation([*GROUP_NOUNS, *ORG_HEADS, *_FORCES])}){_END}"
)
# "sinh viên", "toàn thể giáo viên", "các giám thị", "toàn bộ CB-GV-NV-HS": the people of a school
# named as a group (a school's staff by the initials of its ranks: cán bộ, giáo viên, nhân viên).
_STAFF_INITIALS = r"(?:cb|gv|nv|hs|sv|cnv|gd)"
_PEOPLE_RX = re.compile(
    r"(?:(?:toàn bộ|toàn thể|tất cả)\s+)?(?:(?:các|những)\s+)?"
    rf"(?:{_alternation(PEOPLE_GROUPS)}|{_STAFF_INITIALS}(?:\s*[-,/]\s*{_STAFF_INITIALS})+){_END}"
)
_ASKED_PEOPLE = re.compile(r"(?<![^\W_])(?:đề nghị|yêu cầu|giao|nhắc nhở)\s+$")
# Who may ask them: the ask opens its sentence ("Đề nghị sinh viên …", "1. Yêu cầu giám thị …"),
# perhaps after an adverbial opening ("Để chuẩn bị kỳ thi, đề nghị …"), or the writer names
# itself first ("Nhà trường đề nghị …", "Phòng Đào tạo yêu cầu …"). Mid-sentence, after a body's
# own work ("Các trường THPT tăng cường quản lý, yêu cầu học sinh cam kết …"), the body that
# opens the sentence leads and the people are whom it asks.
_SENTENCE_END = re.compile(r".*(?:[.;:!?](?=\s)|\n)", re.DOTALL)
_OPENER = re.compile(
    r"(?:\d+[.)]|[a-zđ][)]|[-+•*])?\s*(?:(?:để|nhằm|theo|căn cứ|thực hiện|trong|từ|kể từ|sau khi"
    r"|trước|ngoài ra|đồng thời|vì vậy|do đó|tuy nhiên)(?![^\W_])[^,]*)?$"
)
_WRITER = re.compile(
    r"(?:nhà trường|ban giám hiệu|ban giám đốc|hiệu trưởng|trường|phòng|khoa|viện|trung tâm"
    r"|p\.\s?[^\W\d_]+)(?![^\W_])[^,]{0,60}$"
)


def asks_people(low: str, pos: int) -> bool:
    """The phrase at pos follows an ask ("đề nghị", "yêu cầu" …) that opens its clause or follows
    the writer (see _WRITER), not one made mid-sentence by the body the sentence opens with."""
    ask = _ASKED_PEOPLE.search(low, max(0, pos - 16), pos)
    if ask is None:
        return False
    start = 0
    if (end := _SENTENCE_END.match(low, 0, ask.start())) is not None:
        start = end.end()
    before = low[start : ask.start()].strip()
    *openers, asker = before.split(",") if before else [""]
    if not all(_OPENER.match(part.strip()) for part in openers):
        return False
    asker = asker.strip()
    return (
        not asker
        or _OPENER.match(asker) is not None
        or (
            _WRITER.match(asker) is not None
            and not re.search(r"(?<![^\W_])(?:các|những)\s", asker)
        )
    )


def names_people(low: str) -> bool:
    """The (match-form) phrase opens with a school's people ("sinh viên có nhu cầu", "toàn bộ
    CB-GV-NV"): a name once the clause has asked them (the phrase after "đề nghị", see
    asks_people)."""
    return _PEOPLE_RX.match(low) is not None


_STATION_ASKED = re.compile(r"(?:^|[.:;)\n-]|(?<![^\W_])(?:giao|đề nghị|yêu cầu))\s*$")
# (not "P.CT", "P.GĐ", "P.TGĐ": Phó Chủ tịch, Phó Giám đốc, Phó Tổng Giám đốc, a deputy's title)
_OFFICE_INITIALS = re.compile(
    r"P\.\s?(?!(?:CT|GĐ|TGĐ|HT|TP|TK)(?![^\W_]))[A-ZĐ][A-ZĐ&]+(?![^\W_])"
)
# "Đoàn đại biểu Quốc hội và đại biểu Quốc hội dành thời gian …": the deputies of an elected
# body are people given work, as a title names them (a bare "đại biểu" may be a meeting's guests).
_DEPUTIES = ("đại biểu quốc hội", "đại biểu hội đồng nhân dân", "đại biểu hđnd")
ROLE_RX = re.compile(rf"(?:{_alternation([*ROLE_WORDS, *_DEPUTIES])}){_END}")
# A meeting's own officers ("Thư ký hội nghị đọc …", "Chủ tọa cuộc họp …"): a step of its agenda,
# nobody given work.
_MEETING_OFFICER = re.compile(
    r"(?:thư ký|chủ tọa|chủ toạ)\s+(?:hội nghị|cuộc họp|kỳ họp|phiên họp|buổi|đại hội)(?![^\W_])"
)
PERSON_RX = re.compile(rf"(?:{_alternation(PERSON_MARKERS)})\s+")
_LEVEL_RX = re.compile(r"(?:tỉnh|huyện|xã|phường|thị trấn|thị xã|thành phố|quận|đặc khu)" + _END)
_FIELD_KEYS = tuple(match_form(f) for f in KNOWN_FIELDS)
_HEAD_TITLES = (
    "thủ trưởng", "giám đốc", "phó giám đốc", "tổng giám đốc", "chủ tịch", "phó chủ tịch",
    "bộ trưởng", "thứ trưởng", "người đứng đầu", "trưởng ban", "trưởng phòng", "hiệu trưởng",
    "cục trưởng", "chi cục trưởng", "bí thư", "phó bí thư", "chánh văn phòng",
    # the heads of a newspaper, an institute, a school's deputy: "Tổng biên tập, Giám đốc các cơ
    # quan báo chí", "Viện trưởng, Hiệu trưởng các cơ sở đào tạo"
    "tổng biên tập", "phó tổng biên tập", "viện trưởng", "phó viện trưởng", "phó hiệu trưởng",
    "phó tổng giám đốc", "tổng cục trưởng", "phó cục trưởng",
)  # fmt: skip
BARE_TITLE = re.compile(
    rf"(?:(?:các|những)\s+)?(?:(?:đồng chí|đ/c)\s+)?(?:{_alternation(_HEAD_TITLES)})"
    r"(?:\s+(?:sở|bộ|cơ quan|đơn vị|ban|ngành))?"
)
# "Quý cơ quan", "Quý Bộ", "Quý Ủy ban", "Quý đơn vị": a letter's polite word for its addressees.
_POLITE_RX = re.compile(rf"quý\s+(?:{_alternation(list(GROUP_NOUNS) + list(ORG_HEADS))}){_END}")


def is_polite_addressee(name: str) -> bool:
    """ "Quý cơ quan", "Quý Ủy ban": the letter's addressees, whoever "Kính gửi" names."""
    return polite_name(name) == name


def polite_name(piece: str) -> str | None:
    """ "Quý cơ quan" of "Quý cơ quan phản hồi …": the polite form ends at its noun."""
    m = _POLITE_RX.match(match_form(piece)) if piece.startswith("Quý ") else None
    return piece[: m.end()] if m else None


_NAMED_AGENCY = re.compile(r"cơ quan (?=\S)")
# "Đơn vị phụ trách công tác tổ chức, cán bộ (của cơ quan …)", "bộ phận làm công tác thi đua",
# "phòng phụ trách công tác tổ chức, cán bộ":
# the unit of a body named by the work it is in charge of, as circulars name it for every body
_IN_CHARGE_OF = re.compile(
    r"(?:các\s+)?(?:đơn vị|bộ phận|cơ quan|phòng|ban|tổ)\s+(?:phụ trách|làm|được giao phụ trách)"
    r"\s+công tác\s"
)
# A village whose word is also a common noun or a verb ("văn bản", "bản đồ", "buôn bán"): a
# body only before its number ("Bản 2", "buôn 4") or, written in lower case, before its proper
# name ("giao bản Nà Sản", "buôn Ea Kly"); capitalised, "Bản Hồ", "Buôn Đôn" are as often the
# names of communes and districts.
_VILLAGE_RX = re.compile(r"(?:bản|buôn)\s+(?=\S)")
# A village's proper name is capitalised syllables ("Nà Sản", "Ea Sar") that end where its work,
# a comma or another name begins ("giao bản Nà Sản phối hợp …", "buôn Ea Sar và buôn Cư Né …");
# a document after "bản" is capitalised as a title, its later words in lower case ("bản Cam kết
# tự nguyện", "bản Đăng ký nhu cầu", "bản Sao Giấy chứng nhận …").
_AFTER_VILLAGE = re.compile(
    rf"\s*(?:$|[,;.:()–-]|(?:và|cùng|với|có trách nhiệm|chịu trách nhiệm|chủ trì|phối hợp"
    rf"|{_alternation(ACTION_WORDS)}){_END})"
)
_DOCUMENT_NOUNS = re.compile(
    rf"(?:sao|chính|gốc|cam kết|đăng ký|báo cáo|kế hoạch|dự thảo|đồ|vẽ|khai|tự khai){_END}"
)
# Villages that are often numbered rather than named ("thôn 5", "ấp 2", "tổ dân phố 7").
_NUMBERED_VILLAGES = frozenset({"thôn", "ấp", "xóm", "khóm", "khu phố", "tổ dân phố"})
_GROUP_OF_HEADS = frozenset({"thường trực", "văn phòng", "thường vụ", "ban thường vụ"})
ACRONYM_HEADS = frozenset(
    {"ubnd", "hđnd", "bhxh", "mttq", "vp", "kbnn", "ubmttq", "ub mttq", "ubkt"}
)


@dataclass(frozen=True, slots=True)
class Assignee:
    """One name in an assignee phrase; `name` is the canonical form used in the JSON."""

    name: str
    is_person: bool = False
    # A person named after a title ("Phó Thủ tướng Chính phủ Lê Thành Long"): the title as
    # written, so that a person who leads the work is named as the document names them.
    title: str = field(default="", compare=False)

    @property
    def titled(self) -> str:
        return f"{self.title} {self.name}" if self.title else self.name


def _village_name(text: str, low: str, pos: int) -> bool:
    """A village's proper name starts at `pos`: capitalised syllables, no document noun, and
    then its work, a comma, "và" or the end (`_AFTER_VILLAGE`)."""
    if not text[pos].isupper() or _DOCUMENT_NOUNS.match(low, pos):
        return False
    end = pos
    for word in re.finditer(r"\S+", text[pos:]):
        if not word.group()[0].isupper():
            break
        end = pos + word.end()
        if not word.group()[-1].isalpha():
            break  # "Nà Sản," ends the name
    return _AFTER_VILLAGE.match(low, end) is not None or not low[end - 1].isalpha()


# what may join an office's initials to more of the name: "ĐVCM và ĐVQL", "P.ĐTĐH, P.KHTC",
# "Hội đồng ĐVCM (nếu có)", "ĐVCM cùng …", "P.ĐTĐH phối hợp …" (a role the clause reader takes)
_INITIALS_GO_ON = re.compile(
    r"\s*(?:[,;(&/]|-|và\b|cùng\b|hoặc\b|với\b|thuộc\b|của\b|tại\b|chủ trì\b|phối hợp\b)"
)
_NEXT_WORD = re.compile(r"\s+([a-zà-ỹđ]+)")


def initials_end(text: str, pos: int) -> tuple[int, str, int] | None:
    """(end, verb, verb end) when an office's initials ("P.ĐTĐH", a defined "ĐVCM") open the
    clause at `pos` and a lower-case word follows at once, the clause's verb ("P.ĐTĐH xếp lịch
    thi …", "ĐVCM làm công văn …"): the initials are the whole name."""
    m = _OFFICE_INITIALS.match(text, pos)
    end = m.end() if m is not None else acronym_at(text, pos)
    if end is not None and any(start == pos for start, _ in term_spans(match_form(text))):
        return None  # "TTV chủ quản và TTV liên kết": a phrase the document defines on it
    if end is None or _INITIALS_GO_ON.match(text, end):
        return None
    word = _NEXT_WORD.match(text, end)
    if word is None or _QUALIFIES.match(text, word.start(1)):
        return None  # "BHXH tỉnh, thành phố", "BHXH các tỉnh": a place or a level goes on
    return end, word[1], word.end()


# the words that qualify a body's initials rather than act: a level, a place, a kind
_QUALIFIES = re.compile(
    r"(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường|các|cấp|trung ương|khu vực|vùng"
    r"|miền|cơ sở|địa phương|ngành|toàn|việt nam|số|trực thuộc|thuộc|tại|ở)(?![^\W_])"
)


def assignee_start(text: str, low: str, pos: int) -> str | None:
    """What kind of assignee begins at `pos`: "person", "group", "role", "org" or None."""
    m = PERSON_RX.match(low, pos)
    if m and m.end() < len(text) and text[m.end()].isupper():
        return "person"
    group = _GROUP_RX.match(low, pos)
    if group and not low.startswith(" hợp", group.end()):  # "các trường hợp": cases, no school
        return "group"
    if text.startswith("Quý ", pos) and _POLITE_RX.match(low, pos):
        return "group"
    if _PEOPLE_RX.match(low, pos) and asks_people(low, pos):
        # the people asked ("Đề nghị sinh viên nộp …", "Yêu cầu giám thị giám sát …"); a clause
        # they open under a unit's heading is that unit's staff at work (round 15), and inside a
        # sentence they are whom it is about ("… lôi kéo học sinh, sinh viên")
        return "group"
    if _OFFICE_INITIALS.match(text, pos):
        return "org"  # "P.ĐTĐH", "P. KHTC": a university office (Phòng) by its initials
    if acronym_at(text, pos) is not None:
        return "org"  # "CSĐT", "ĐHQG-HCM": a body by the initials the document defined for it
    if (each := _GROUP_WORD.match(low, pos)) and acronym_at(text, each.end()) is not None:
        return "group"  # "Các CSĐT tham gia", "mỗi TTV"
    if ROLE_RX.match(low, pos) and not _MEETING_OFFICER.match(low, pos):
        return "role"
    if _IN_CHARGE_OF.match(low, pos):
        return "org"
    if _NAMED_AGENCY.match(low, pos) and text[pos + len("cơ quan ")].isupper():
        return "org"  # "Cơ quan Thuế", "Cơ quan Lao động - Thương binh và Xã hội ở địa phương"
    village = _VILLAGE_RX.match(low, pos)
    if village is not None and (
        text[village.end()].isdigit()
        or (text[pos].islower() and _village_name(text, low, village.end()))
    ):
        return "org"  # "giao bản Phiêng Luông", "Bản 3" (not "Bản Hồ", a commune's own name)
    if _PORTAL.match(text, pos):
        return "org"
    if text.startswith("Đài Phát thanh", pos) and _STATION_ASKED.search(
        low, max(0, pos - 16), pos
    ):
        # the radio (and television) station by its proper name where it is given the work ("2.
        # Giao Đài Phát thanh và Truyền hình …"); a lower-case "đài phát thanh các xã" is the
        # loudspeakers (NOT_ORG), often in the passive. Inside a list of bodies it stays out as
        # before: the list's own lead is the body "chủ trì" names.
        return "org"
    head = HEAD_RX.match(low, pos)
    if head is None or low.startswith("phòng, chống", pos):
        return None
    not_org = _NOT_ORG_RX.match(low, pos)
    # a longer head holds the pair: "Tổ chức pháp chế" (a ministry's legal department)
    if not_org and not _BROADCASTER.match(text, pos) and head.end() <= not_org.end():
        return None
    if _INSPECTS.match(low, pos):
        return None
    after = head.end()
    while after < len(text) and text[after] in " -–":
        after += 1
    if after >= len(text):
        return "org" if text[pos].isupper() else None
    if text[pos].isupper() or low[pos : head.end()] in ACRONYM_HEADS:
        return "org"
    # A lower-case head is a body only before a proper name or a level ("phòng Nội vụ", "bưu
    # điện huyện"); "phòng chuyên môn" is a common noun.
    if text[after].isupper() or _LEVEL_RX.match(low, after):
        return "org"
    if text[after].isdigit() and low[pos : head.end()] in _NUMBERED_VILLAGES:
        return "org"  # "giao thôn 5", "xóm 12", "tổ dân phố 3": a village by its number
    if _GROUP_RX.match(low, after) and low[pos : head.end()] in _GROUP_OF_HEADS:
        return "group"  # "thường trực các tỉnh uỷ, thành uỷ", "văn phòng các sở"
    standing = _STANDING_OF.match(low, pos)
    if standing is not None and _GROUP_RX.match(low, standing.end()):
        return "group"  # "ban thường vụ các tỉnh uỷ, thành uỷ": the head read alone was "ban"
    return None


# "Đài Phát thanh và Truyền hình tỉnh", "Đài phát thanh các huyện": a broadcaster written with
# its capital is a body; "phát trên đài phát thanh xã" (lower case) is the loudspeakers.
_BROADCASTER = re.compile(r"Đài\s+[Pp]hát\s+thanh(?![^\W_])")
# "Thanh tra, kiểm tra, đôn đốc việc triển khai", "thanh tra việc chấp hành …": the verb of
# inspecting (a heading's line of work), not the inspectorate ("Thanh tra tỉnh kiểm tra …").
_INSPECTS = re.compile(r"thanh tra\s*(?:,|và|/)?\s*(?:kiểm tra|giám sát|việc)(?![^\W_])")
# "Các CSĐT", "mỗi TTV": a group of the bodies a defined acronym names
_GROUP_WORD = re.compile(r"(?:các|những|mỗi|từng)\s+")
# "Cổng Thông tin điện tử tỉnh" in a list of bodies that publish: the portal's editors, a body
# only with its capital ("đăng trên cổng thông tin" is a place).
_PORTAL = re.compile(r"Cổng\s+[Tt]hông\s+tin(?![^\W_])")


# A Party text writes its standing committees in lower case: "ban thường vụ các huyện ủy".
_STANDING_OF = re.compile(r"ban\s+(?:thường vụ|thường trực)\s+")


# The heads of the central government's bodies, one group however it is written: "Bộ trưởng,
# Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ", "Bộ trưởng các Bộ, Thủ trưởng cơ quan
# ngang bộ", "Bộ trưởng, Thủ trưởng Cơ quan ngang Bộ, Thủ trưởng Cơ quan thuộc Chính phủ".
_MINISTERS = re.compile(
    r"bộ trưởng(?:\s+các\s+bộ)?\s*,\s*(?:các\s+)?thủ trưởng\s+(?:các\s+)?cơ quan ngang\s+bộ"
    r"(?:\s*,\s*(?:(?:các\s+)?thủ trưởng\s+)?(?:các\s+)?cơ quan thuộc\s+chính phủ)?" + _END
)


def known_field_spans(low: str) -> list[tuple[int, int]]:
    """Where field names with "và", "," or "-" occur, and the ministers' group phrase; nothing
    splits or ends inside them."""
    spans: list[tuple[int, int]] = []
    for key in _FIELD_KEYS:
        start = low.find(key)
        while start >= 0:
            spans.append((start, start + len(key)))
            start = low.find(key, start + 1)
    spans.extend(m.span() for m in _MINISTERS.finditer(low))
    spans.extend(term_spans(low))  # "CSĐT chủ trì": a phrase the document defined on an acronym
    return spans


def inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < pos < b for a, b in spans)
