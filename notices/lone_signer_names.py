"""A signer's name with no title above it: a scan's last line after the filing line, or the end
of a recipients line a PDF read the signer's cell into."""

from __future__ import annotations

import re

from notices.lexicon import SURNAMES
from notices.signature_words import FILING
from notices.signed_names import as_name, malformed_name
from notices.text import fold, match_form

# A PDF's two columns read line by line: the signer's name ends a recipients line ("- Ban Tuyên
# giáo Trung Vũ Đại Thắng", "- Bộ Công Thương; (để Nguyễn Mạnh Quyền").
_TRAILING_NAME_WORDS = (3, 4, 2)


def name_in_recipients(lines: list[str], last_title: str) -> list[str]:
    """The name at the end of one of the three lines below the title's last line, when the
    signer's cell was read into the recipients' lines."""
    at = next(
        (i for i in range(len(lines) - 1, -1, -1) if last_title and last_title in lines[i]), None
    )
    if at is None:
        return []
    for line in lines[at + 1 : at + 4]:
        words = line.replace("\t", " ").split()
        for size in _TRAILING_NAME_WORDS:
            if len(words) <= size:
                continue
            head, tail_words = words[-size - 1], words[-size:]
            if head[:1].isupper() and match_form(head) in SURNAMES:
                continue  # the name goes on before these words
            name = as_name(" ".join(tail_words))
            if name and match_form(tail_words[0]) in SURNAMES and name == " ".join(tail_words):
                return [name]
    return []


def lone_name(lines: list[str]) -> str | None:
    """A scan's signature whose title OCR lost: the last line of the document, right after the
    filing line ("- Lưu: VT, VP(TKTH)." then "Đoàn Xuân Toản"), a full name (three words or more,
    opening with a family name). Never a name inside the "Lưu" line, a recipient above it, a
    person addressed ("Ông …", "Đ/c …") or a city's name."""
    kept = [line.strip(" \t|¦") for line in lines]
    kept = [line for line in kept if line]
    if len(kept) < 2 or not FILING.match(fold(kept[-2])) or ADDRESSED.match(kept[-1]):
        return None
    return full_name(kept[-1])


def full_name(line: str) -> str | None:
    """The line as a signer's full name: three words or more, opening with a family name, well
    formed, and not a city's name ("Hà Nội …", a footer's place)."""
    name = as_name(line)
    words = (name or "").split()
    if len(words) < 3 or match_form(words[0]) not in SURNAMES or malformed_name(name or ""):
        return None
    if match_form(" ".join(words[:2])) in CITY_NAMES:
        return None
    return name


# A person addressed or listed, not signing: "Ông Nguyễn Văn Bình", "Đ/c …", "Đồng chí …".
ADDRESSED = re.compile(r"^\W*(?:Ông|Bà|Anh|Chị|Đ/c|Đồng\s+chí)\b", re.IGNORECASE)
CITY_NAMES = frozenset({"hà nội", "hải phòng", "đà nẵng", "cần thơ", "hồ chí"})
