"""Administrative levels: which level of government a header line or a unit's name speaks of.

Local government has three levels, named by a place word: the commune ("xã", "phường", "thị
trấn", "đặc khu"), the district ("huyện", "quận", "thị xã"; abolished in 2025, its units are
kept as former districts) and the province ("tỉnh"). A "thành phố" may be a province's peer
(Hà Nội, Đà Nẵng) or a district under one (thành phố Lạng Sơn), so it sits between the two.
Central authorities stand above them all (read by name, not by a place word). A Party
committee is named by its level too ("Tỉnh ủy", "Huyện ủy", "Đảng ủy xã").

One reader for the parser (which sees match-form text, with its tones) and the assignee resolver
(which compares folded names, without them): a word is read in either spelling. Folded spellings
collide with other words ("phuong an" is "phương án", not a "phường"; "tinh hinh" is "tình
hình"), so those phrases are blanked first, and "quan" is no place word ("cơ quan", "liên
quan"); with tones the only collision is "xã hội".
"""

from __future__ import annotations

import enum
import re


class Level(enum.Enum):
    """A level of government; `rank` orders them (a "thành phố" between district and province)."""

    COMMUNE = 1.0
    DISTRICT = 2.0
    CITY = 2.5
    PROVINCE = 3.0

    @property
    def rank(self) -> float:
        return float(self.value)


# Place words in match form (lower case, new-style tones), longest first where one begins
# another ("thị trấn", "thị xã" before "xã").
_PLACE_WORDS: dict[str, Level] = {
    "thị trấn": Level.COMMUNE,
    "thị xã": Level.DISTRICT,
    "thành phố": Level.CITY,
    "đặc khu": Level.COMMUNE,
    "xã": Level.COMMUNE,
    "phường": Level.COMMUNE,
    "huyện": Level.DISTRICT,
    "quận": Level.DISTRICT,
    "tỉnh": Level.PROVINCE,
}
_FOLDED_WORDS: dict[str, Level] = {
    "thi tran": Level.COMMUNE,
    "thi xa": Level.DISTRICT,
    "thanh pho": Level.CITY,
    "dac khu": Level.COMMUNE,
    "xa": Level.COMMUNE,
    "phuong": Level.COMMUNE,
    "huyen": Level.DISTRICT,
    "tinh": Level.PROVINCE,
}
_WORDS = {**_PLACE_WORDS, **_FOLDED_WORDS}

# A place word for use inside other patterns, in match form: `(?P<level>…)`.
PLACE_WORD = "(?P<level>" + "|".join(_PLACE_WORDS) + ")"

# A Party committee by its level: "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy", and a
# commune's (or an agency's) "Đảng ủy".
_PARTY_WORDS: dict[str, Level] = {
    "tỉnh": Level.PROVINCE,
    "thành": Level.CITY,
    "huyện": Level.DISTRICT,
    "quận": Level.DISTRICT,
    "thị": Level.DISTRICT,
    "đảng": Level.COMMUNE,
}
# The first word of a Party committee's name, for use inside other patterns: `(?P<party>…)`
# (followed by " ủy" in the caller's pattern).
PARTY_WORD = "(?P<party>" + "|".join(_PARTY_WORDS) + ")"

# Phrases whose words look like place words and are not: "xã hội", and in folded text "địa
# phương", "phương án", "tình hình" and the like. A commune may be named "Hội …" ("XÃ HỘI HOAN",
# "Ủy ban nhân dân xã Hội Hoan"): "xã hội" that opens the text or follows a committee's name is
# that commune, unless "xã hội chủ nghĩa" or "xã hội hóa" goes on.
_NOT_PLACE = re.compile(
    r"(?<!^)(?<!ubnd )(?<!hđnd )(?<!đảng ủy )(?<!đảng uỷ )(?<!nhân dân )(?<!dang uy )"
    r"(?<!nhan dan )(?<!hdnd )\b(?:xã hội|xa hoi)\b"
    r"|\b(?:xã hội|xa hoi)(?=\s+(?:chủ nghĩa|hóa|hoá|chu nghia|hoa)\b)"
    r"|\b(?:dia phuong|phuong an|phuong tien|phuong thuc|phuong phap|phuong huong"
    r"|tinh hinh|tinh than|tinh gon|tinh gian)\b"
)
_PLACE = re.compile(r"\b(" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")\b")
# A province's department, by its name's first word: only provinces have a Sở.
_DEPARTMENT = re.compile(r"^(?:sở|so)\b")


def level_of_word(word: str) -> Level:
    """The level of a place word as matched by `PLACE_WORD` ("xã", "thành phố")."""
    return _PLACE_WORDS[word]


def level_of_party(word: str) -> Level:
    """The level of a Party committee by its first word as matched by `PARTY_WORD`."""
    return _PARTY_WORDS[word]


def place_level(text: str) -> Level | None:
    """The level of the first place word in lower-case text, toned or folded ("ubnd tỉnh hà
    nam", "phong noi vu huyen bac son"); None when it names no place level."""
    found = _PLACE.search(_NOT_PLACE.sub(" ", text))
    return None if found is None else _WORDS[found.group(1)]


def name_level(text: str) -> Level | None:
    """The level a unit's name speaks of: a "Sở …" is a province's, otherwise its first place
    word ("Văn phòng UBND tỉnh", "Phòng Nội vụ huyện"); None when it names none."""
    return Level.PROVINCE if _DEPARTMENT.match(text) else place_level(text)


# "… các cấp", "… cấp tỉnh, cấp huyện": a body named by the levels of government it stands at
_BY_LEVELS = re.compile(
    r"(?<![^\W_])(?:các cấp|cấp (?:tỉnh|huyện|xã)(?:\s*(?:,|và)\s*cấp (?:tỉnh|huyện|xã))*)$"
)


# a body's noun, not a post's: "Thanh tra viên các cấp" is a person (review r34-reception 7)
_LEVELLED_BODY = re.compile(
    r"(?:ban|ủy ban|uỷ ban|sở|phòng|cơ quan|thanh tra(?!\s+viên))(?![^\W_])"
)


def named_by_levels(name: str) -> bool:
    """A body's name (match form) that ends on the levels it is kept at: "ban tiếp công dân các
    cấp", "ban tiếp công dân cấp tỉnh, cấp huyện"."""
    name = name.strip()
    return _LEVELLED_BODY.match(name) is not None and _BY_LEVELS.search(name) is not None
