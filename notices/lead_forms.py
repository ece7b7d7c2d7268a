"""The last shaping of every task's lead names, whichever reader found them.

Two forms reach the lead list whole though they name several doers or carry a word that is no
part of the name:

- A plan's table writes the bodies that share a row's work joined by a slash: "Bộ Giao thông
  vận tải/ Địa phương", "Bộ Chỉ huy Quân sự tỉnh/Ban Chỉ huy Bộ đội Biên phòng tỉnh", "UBND các
  địa phương/DNDL". Each side is a whole name, so each is a lead. A slash inside one name stays:
  between kinds or levels ("Khoa/Viện đào tạo", "các Phòng/Ban", "UBND các xã/phường", "Các
  Khoa/Bộ môn"), between a title and its deputy ("Trưởng/Phó trưởng đơn vị"), between two
  titles over one body ("Giám đốc/Thủ trưởng các đơn vị"), in an acronym pair ("HIV/AIDS") or a
  number ("22/QĐ-ĐHVN", "BCĐ 389/TP").
- A person marker before a name ("đồng chí Thọ", which the table reader writes for a school's
  teacher initial "T.Thọ" so the sentence rules know a person; an author's "đồng chí Hà", "đ/c
  Phạm Văn Nghị") is no part of the lead: the name alone ("Thọ", "Hà", "Phạm Văn Nghị"), from
  every reader alike, as the corpus writes a person lead. A marker before a title stays
  ("đồng chí Bí thư cấp uỷ").
- A qualifier that lists the fields a group works in by their acronyms ("các tổ chức, doanh
  nghiệp hoạt động trong lĩnh vực có liên quan đến VLNCN, TCTN") is cut at its comma by the
  list splitter; the acronym after it is a field of the same qualifier, not a body.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from notices.model import ParsedTask
from notices.name_kinds import ACRONYM_HEADS, BARE_TITLE
from notices.text import match_form

# A slash between two names ("A/ B", "A / B", "A/B").
_SLASH = re.compile(r"\s*/\s*")
# A side that is only kinds ("các Khoa", "trưởng phòng"): it pairs with the next side inside
# one name; a proper name whose last word is a kind ("Sở Nội vụ", "Thành đoàn") is whole.
_KIND_WORDS = frozenset(
    {"các", "khoa", "phòng", "ban", "viện", "trường", "tổ", "bộ", "môn", "trung", "tâm", "đội"}
    | {"đoàn", "hội", "cục", "vụ", "sở", "đơn", "vị", "cơ", "quan", "chi", "nhánh", "phó"}
    | {"trưởng"}
)
_ACRONYM = re.compile(r"[A-ZĐ][A-ZĐ0-9&-]+")
# Acronyms that name a body ("UBND", "BHXH"): never a qualifier's field.
_BODY_ACRONYMS = ACRONYM_HEADS | {
    "bch",
    "ca",
    "bcđ",
    "bql",
    "lđlđ",
    "hlhpn",
    "đtn",
    "ubkt",
    "nhnn",
    "ttyt",
    "bv",
    "bgh",
    "bcn",
    "sgd",
    "syt",
    "ubtvqh",
    "hđqt",
    "btv",
    "bts",
    "bcs",
}
# A name that ends in a qualifier's acronym object ("… liên quan đến VLNCN", "… về ATTP").
_QUALIFIER_ACRONYM = re.compile(
    r"\b(?:đến|đên|về|liên quan|lĩnh vực|hoạt động|kinh doanh|sử dụng)\s+[A-ZĐ][A-ZĐ&0-9-]+$"
)
# "đồng chí Thọ", "đ/c Phạm Văn Nghị": a person marker over a name of one to four capitalised
# words, whoever wrote the marker.
_MARKED_GIVEN_NAME = re.compile(
    r"(?:[đĐ]ồng chí|[đĐ]/[cC])\s+(?P<name>[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){0,3})"
)


def _only_kinds(low: str) -> bool:
    """A side made of kind words alone ("các Khoa", "trưởng phòng") pairs with the next side
    inside one name ("các Khoa/Bộ môn"); a name ending in a kind ("Sở Nội vụ") is whole."""
    return all(word in _KIND_WORDS for word in low.split())


def _whole_name(left: str) -> bool:
    """The text before a slash names a body by itself: two words at least, not a bare title
    ("Giám đốc") nor only kinds the next side pairs with ("các Khoa")."""
    low = match_form(left.strip())
    return (
        len(low.split()) >= 2
        and not BARE_TITLE.fullmatch(low)
        and not _only_kinds(low)
        and not low[-1:].isdigit()
    )


def _opens_name(right: str) -> bool:
    """The text after a slash opens a name of its own: capitalised and two words at least, or an
    acronym ("UBND các địa phương/DNDL")."""
    right = right.strip()
    if not right[:1].isupper():
        return False
    if len(right.split()) >= 2:
        return True
    return bool(_ACRONYM.fullmatch(right))


def _one_name(left: str, right: str) -> bool:
    """Two sides that are one name: an acronym pair ("HĐND/UBND tỉnh", "HIV/AIDS") or one
    office named two ways, its head words the same ("Phòng Kinh tế/Phòng Kinh tế - Hạ tầng")."""
    left_words, right_words = left.split(), right.split()
    if not left_words or not right_words:
        return True
    if _ACRONYM.fullmatch(left_words[-1]) and _ACRONYM.fullmatch(right_words[0]):
        return True
    return [match_form(w) for w in left_words[:2]] == [match_form(w) for w in right_words[:2]]


def split_slashed(name: str) -> list[str]:
    """ "Bộ Giao thông vận tải/ Địa phương" → both bodies; a slash inside one name stays."""
    if "/" not in name:
        return [name]
    parts = _SLASH.split(name)
    out = [parts[0]]
    inner = False  # a slash kept inside the piece: alternatives ("huyện/thị/TP"), no split after
    for part in parts[1:]:
        left = out[-1]
        if not inner and _whole_name(left) and _opens_name(part) and not _one_name(left, part):
            out.append(part)
        else:
            out[-1] = f"{out[-1]}/{part}"
            inner = True
    if len(out) > 1 and not all(_whole_name(p) or _ACRONYM.fullmatch(p) for p in out[1:]):
        return [name]  # a later side is a bare kind ("…/Ban"): one name after all
    return [p.strip() for p in out]


def given_name(name: str) -> str:
    """ "đồng chí Thọ" → "Thọ": a person marker is no part of the lead; before a title
    ("đồng chí Bí thư") it stays, the title being no name."""
    found = _MARKED_GIVEN_NAME.fullmatch(name.strip())
    if found is None or BARE_TITLE.fullmatch(match_form(found["name"])):
        return name
    return found["name"]


def _rejoin_fields(lead: Iterable[str]) -> list[str]:
    """ "… liên quan đến VLNCN", "TCTN" → "… liên quan đến VLNCN, TCTN": a bare acronym after a
    qualifier's acronym object is the qualifier's next field, unless it names a body ("BHXH")."""
    out: list[str] = []
    for name in lead:
        if (
            out
            and _ACRONYM.fullmatch(name)
            and match_form(name) not in _BODY_ACRONYMS
            and _QUALIFIER_ACRONYM.search(out[-1])
        ):
            out[-1] = f"{out[-1]}, {name}"
        else:
            out.append(name)
    return out


def shaped_leads(lead: Iterable[str]) -> tuple[str, ...]:
    """Every lead name split at slashes between whole names and rid of a person marker, a
    qualifier's acronym fields kept together; the order kept, a repeat dropped."""
    out: list[str] = []
    for name in _rejoin_fields(lead):
        for piece in split_slashed(name):
            piece = given_name(piece)
            if piece not in out:
                out.append(piece)
    return tuple(out)


def final_leads(tasks: Iterable[ParsedTask]) -> list[ParsedTask]:
    """The tasks with their leads in the shape above (see the module's note)."""
    out: list[ParsedTask] = []
    for task in tasks:
        lead = shaped_leads(task.lead)
        out.append(task if lead == task.lead else dataclasses.replace(task, lead=lead))
    return out
