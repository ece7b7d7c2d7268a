"""The document a news item reports: its number, date and issuer from the item's lead sentence.

Legal-news sites and provincial portals publish a document's operative part under a lead
instead of the document's header block: "Ngày 5/12/2025, UBND tỉnh An Giang đã có Thông báo
200/TB-UBND năm 2025 về …", "Văn phòng Chính phủ vừa ban hành Thông báo số 285/TB-VPCP ngày
5/6/2025 …", "Theo Công văn 6131/UBND-XDCT năm 2025 của UBND tỉnh Gia Lai, …". Only the first
few paragraphs are read, and only a lead that names the document's type and number counts (a past
event's date or a document cited inside a sentence is no lead). The parser uses it only when the
text has no header number of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from notices.lexicon import DOC_TYPES
from notices.metadata import safe_date
from notices.text import fold

__all__ = ["NewsLead", "news_lead"]

# The lead is the headline's next paragraph at the latest: a title, a picture caption or a
# "Tải về" link may come first.
_LEAD_PARAGRAPHS = 4

_KINDS = {fold(name): code for name, code in DOC_TYPES.items()}
_KIND = "|".join(
    sorted((re.escape(name).replace(r"\ ", r"\s+") for name in _KINDS), key=len)[::-1]
)
# "200/TB-UBND", "0205/KH-UBND", "37/TK", "13/CĐ-TTg" (folded: "cd-ttg"); the issuer's code
# after the slash starts with a letter.
_NUMBER = r"(?:so\s*:?\s*)?(?P<n>\d{1,6}[a-z]?/[a-z][\w.\-]*[a-z0-9])"
_DMY = r"(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})"
_ISSUES = r"(?:(?:da|vua|moi|chinh thuc)\s+)*(?:co|ban\s+hanh|ky\s+ban\s+hanh|ra|phat\s+hanh|gui)"
# "Ngày 5/12/2025, UBND tỉnh An Giang đã có Thông báo 200/TB-UBND …"
_DATED_FIRST = re.compile(
    rf"^(?:vao\s+)?ngay\s+{_DMY}\s*,\s*(?P<issuer>[^,;:]{{3,90}}?)\s+{_ISSUES}\s+"
    rf"(?P<kind>{_KIND})\s+{_NUMBER}"
)
# "Văn phòng Chính phủ vừa ban hành Thông báo số 285/TB-VPCP ngày 5/6/2025 …": a news verb
# ("vừa", "đã", "mới") marks it as the news, not a sentence of the document itself.
_ISSUER_FIRST = re.compile(
    rf"^(?P<issuer>[^,;:]{{3,90}}?)\s+(?:da|vua|moi)\s+(?:(?:chinh thuc|ky)\s+)?"
    rf"(?:co|ban\s+hanh|ra|phat\s+hanh)\s+(?P<kind>{_KIND})\s+{_NUMBER}(?:\s+ngay\s+{_DMY})?"
)
# "Theo Công văn 6131/UBND-XDCT năm 2025 của UBND tỉnh Gia Lai, …"
_ACCORDING_TO = re.compile(
    rf"^(?:theo|trong|tai)\s+(?P<kind>{_KIND})\s+{_NUMBER}(?:\s+(?:nam\s+)?\d{{4}})?"
    rf"\s+(?:cua|do)\s+(?P<issuer>[^,;:.]{{3,90}}?)\s*[,;:.]"
)
# An issuer is a body: its name opens on one of these words.
_BODY = re.compile(
    r"^(?:ubnd|uy ban|hdnd|hoi dong|van phong|thu tuong|chinh phu|bo|so|cuc|tong cuc|ban|"
    r"tinh uy|thanh uy|huyen uy|dang uy|chu tich|thanh tra|kiem toan|ngan hang|toa an|"
    r"vien kiem sat|quoc hoi|trung tam|phong|cong an|bo chi huy|dai hoc|truong)\b"
)
_CITY = re.compile(r"\bTP\.\s*|\bTP\s+(?=[A-ZĐ])")
_MARKUP = re.compile(r"[*#_>]+")


@dataclass(frozen=True, slots=True)
class NewsLead:
    number: str
    doc_type: str
    issuer: str
    issued: date | None


def news_lead(paragraphs: list[str]) -> NewsLead | None:
    """The document a news item's lead reports, or None when the top has no such lead."""
    for paragraph in [p for p in paragraphs if p.strip()][:_LEAD_PARAGRAPHS]:
        text = " ".join(_MARKUP.sub(" ", paragraph).split())
        folded = fold(text)
        for pattern in (_DATED_FIRST, _ISSUER_FIRST, _ACCORDING_TO):
            found = pattern.match(folded)
            if found is None or not _BODY.match(found["issuer"]):
                continue
            issuer = _CITY.sub("thành phố ", text[found.start("issuer") : found.end("issuer")])
            number = text[found.start("n") : found.end("n")]
            kind = _KINDS[" ".join(found["kind"].split())]
            issued = None
            if found.groupdict().get("y"):
                issued = safe_date(int(found["y"]), int(found["m"]), int(found["d"]))
            return NewsLead(number, kind, issuer.strip(), issued)
    return None
