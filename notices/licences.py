"""A licence's articles (Giấy phép xả nước thải, khai thác sử dụng nước mặt, khai thác khoáng
sản): the heading that names the holder over its duties, and the rights article that is no work."""

from __future__ import annotations

import re
from dataclasses import replace

from notices.model import ParsedTask
from notices.name_kinds import HEAD_RX
from notices.names import split_assignees
from notices.text import match_form

# "Điều 2. Các yêu cầu đối với Công ty Cổ phần 30-4 Quảng Ngãi:", "Điều 2. Các yêu cầu đối với
# Bệnh viện Đa khoa Đặng Thùy Trâm.", "Nghĩa vụ của Công ty TNHH …": the licence's duties of the
# body it names, one task a point ("4. Yêu cầu đối với cơ sở thực tập", "7. Yêu cầu đối với sinh
# viên", "Yêu cầu đối với Thí sinh", "Nghĩa vụ của tổ chức, cá nhân": requirements on whoever
# qualifies, no body named; "Theo yêu cầu của Ban Tổ chức", "Mọi yêu cầu của …": the asker)
# (a scan may garble "Các" into a few marks glued on: "Cáè'yêu cầu đối với …", never another word)
# "Các yêu cầu cụ thể đối với Bệnh viện Đa khoa huyện Sơn Tịnh:" (a scan's "cụ thê") reads the same
# and a scan's "cụ thế", "đôi với", a text with no tones, "Yêu cầu cụ thể của Giấy phép đối với …"
_REQUIREMENTS_ON = re.compile(
    r"^(?:c[aá]c\s+|c[aáàảãạ][^\s\d]{0,2}?[^\s\w]\s*)?(?:y[êe]u c[ầâa]u|ngh[ĩi]a v[ụu])"
    r"(?:\s+c[ụu]\s+th[ểêeếề](?![^\W_]))?(?:\s+của\s+gi[ấâa]y\s+ph[ée]p)?"
    r"\s+(?:[đd][ốôo]i\s+v[ớơo]i|của)\s+(?=\S)"
)


# "Hộ dân Lê Hoà Hiệp", "Hộ gia đình ông Nguyễn Văn A", "Hộ kinh doanh Trần Thị B", "Xí nghiệp
# Gạch Dung Quất", "Nhà máy Nước Bình Sơn": a household or a plant holds a licence too; its name
# is the head then proper-name words only (capitalised, numbers, a bracketed "(Cơ sở 2)")
_HOLDER_HEAD = re.compile(
    r"^(?:hộ (?:dân|gia đình|kinh doanh)(?:\s+(?:ông|bà))?|xí nghiệp|nhà máy)\s+(?=\S)"
)
_PROPER_WORD = re.compile(r"^(?:[A-ZĐÀ-Ỹ0-9][^\s]*|\([^()]*\)|và|-)$")
# "Xí nghiệp … (Cơ sở 2) - Công ty Cổ phần …": a unit and the company it belongs to, one holder
_OF_COMPANY = re.compile(r"\s+-\s+(?=[A-ZĐÀ-Ỹ])")


def _proper_holder(name: str) -> bool:
    """`name` is a household's or a plant's name: its head, then proper-name words only."""
    m = _HOLDER_HEAD.match(match_form(name))
    if m is None or not name[:1].isupper():
        return False
    words = re.sub(r"\([^()]*\)", "(x)", name[m.end() :]).split()
    return 1 <= len(words) <= 10 and all(_PROPER_WORD.match(w) for w in words) and words[-1] != "-"


def _one_body(name: str) -> bool:
    """`name` is one organisation's name as written (capitalised, an organisation's head noun,
    read whole as one name), a household's or a plant's, or a unit's with its company after
    " - " ("Xí nghiệp … (Cơ sở 2) - Công ty Cổ phần …")."""
    parts = _OF_COMPANY.split(name, maxsplit=1)
    if len(parts) == 2:
        return all(_one_body(part) for part in parts)
    if _proper_holder(name):
        return True
    if not name[:1].isupper() or HEAD_RX.match(match_form(name)) is None:
        return False
    names = split_assignees(name)
    return names is not None and len(names) == 1 and names[0].name == name


# "2. Yêu cầu đối với chủ đầu tư" in an acceptance notice sent to the investor: the one party
# the notice is about, named by its role (bare: "… chủ đầu tư xây dựng hạ tầng" qualifies whoever
# it is)
_PARTY_ROLE = re.compile(r"^(?:chủ đầu tư|chủ cơ sở|nhà thầu thi công)$")


def requirements_holder(heading: str) -> list[str] | None:
    """The one named body a "(Các) yêu cầu đối với <body>" heading puts its points on, as written
    (an organisation, read whole as one name), or None."""
    text = heading.strip().rstrip(".:").strip()
    m = _REQUIREMENTS_ON.match(match_form(text))
    if m is None:
        return None
    name = text[m.end() :].strip()
    if _PARTY_ROLE.match(name):
        return [name[:1].upper() + name[1:]]
    return [name] if _one_body(name) else None


# "Điều 3. Công ty Cổ phần 30-4 Quảng Ngãi được hưởng các quyền hợp pháp theo quy định tại Khoản
# 1 Điều 38 của Luật Tài nguyên nước …", "… được hưởng các quyền hợp pháp theo quy định tại Điều
# 17 và có trách nhiệm thực hiện các nghĩa vụ của chủ giấy phép theo quy định tại Điều 18 Nghị
# định số 149/2004/NĐ-CP …": the holder's rights, and its duties under the law by reference — the
# licence's status article, no work (the duties it sets are the points of its own article). Only
# when the holder itself is the subject: "… rà soát để cán bộ dôi dư được hưởng các quyền lợi
# theo quy định …" secures someone else's rights, and is work. Read in steps, each linear.
_ARTICLE_NO = re.compile(r"^điều\s+\d+\s*[.:]\s*")
_HAS_RIGHTS = re.compile(r"\sđược hưởng\s+(?:các\s+)?quyền(?![^\W_])")
_HOLDER_ROLES = re.compile(
    r"^(?:chủ giấy phép|(?:tổ chức|đơn vị|cá nhân|tổ chức, cá nhân) được cấp phép)$"
)
# "Nhà máy thủy điện Sơn Trà 1B thuộc Công ty Cổ phần 30-4 Quảng Ngãi": the holder's plant
_OWNED_BY = re.compile(r"^[^,;]{2,80}?\s(?:thuộc|của)\s")
_BY_LAW = re.compile(r"\stheo quy định(?![^\W_])")
_END = re.compile(r"\s*[.;]?\s*(?:/\.)?\s*$")
_DUTY = re.compile(r"trách nhiệm|nghĩa vụ")
# "và có trách nhiệm thực hiện các nghĩa vụ …", "và có các nghĩa vụ …", "thực hiện các nghĩa vụ
# của chủ giấy phép …": its duties named only as a whole, by reference to the law
_DUTIES_BY_LAW = re.compile(
    r"(?:(?:có trách nhiệm|có nghĩa vụ)\s+(?:thực hiện\s+)?|có\s+|thực hiện\s+)"
    r"(?:các\s+)?nghĩa vụ(?![^\W_])"
)


def states_rights(sentence: str, holder: str | None = None) -> bool:
    """The sentence only grants the holder (its subject: a holder's role, or `holder` as
    written) its rights, and its duties under the law by reference."""
    text = sentence.strip().rstrip("| ")
    low = match_form(text)
    start = m.end() if (m := _ARTICLE_NO.match(low)) else 0
    rights = _HAS_RIGHTS.search(low, start)
    if rights is None:
        return False
    subject = low[start : rights.start()].strip()
    named = match_form(holder) if holder else None
    if not _HOLDER_ROLES.match(subject) and not (
        named and named in (subject, _OWNED_BY.sub("", subject))
    ):
        return False
    tail = low[rights.end() :]
    end = _END.search(tail)
    tail = tail[: end.start()] if end else tail
    if _BY_LAW.search(tail) is None or re.search(r"[.;]", tail):
        return False
    return _DUTY.search(_DUTIES_BY_LAW.sub(" ", tail)) is None


# "Điều 1. Cho phép Công ty cổ phần thủy điện Mường Sang, địa chỉ: …", "Cho phép Nhà máy thủy điện
# Sơn Trà 1B thuộc Công ty Cổ phần 30-4 Quảng Ngãi, tại …", "Cấp phép cho Công ty TNHH … được
# khai thác …", "Gia hạn Giấy phép … số 12/GP-UBND … cấp cho Công ty …": the body the licence is
# granted to (the company a plant belongs to holds it)
_GRANT = re.compile(
    r"^(?:điều\s+1\s*[.:]\s*)?(?:cho phép|cấp phép(?:\s+[^,;:]{0,60}?)?\s+cho"
    r"|cấp giấy phép(?:\s+[^,;:]{0,60}?)?\s+cho"
    r"|gia hạn giấy phép[^;:]{0,120}?\scấp cho)\s+(?=\S)"
)
# the name as written runs to the comma, "(sau đây gọi là …)", "địa chỉ" or "được" and ends on a
# capitalised word ("Công ty cổ phần khai thác khoáng sản Trà Bồng, địa chỉ …", "Chi nhánh Công
# ty TNHH Hòa Phát tại Quảng Ngãi, …"); without those its verb stops it ("… Minh Long khai thác
# cát tại mỏ …")
_NAME_END = re.compile(r"\s*(?:[,;(]|\s(?:được|có địa chỉ|địa chỉ)(?![^\W_]))")
_NAME_STOP = re.compile(
    r"\s*(?:[,;:(]|\s(?:được|tại|có địa chỉ|địa chỉ|khai thác|xả|sử dụng|thăm dò)(?![^\W_]))"
)
_OWNER = re.compile(r"\s(?:thuộc|của)\s+(?=[A-ZĐÀ-Ỹ])")
_LAST_WORD_NAMED = re.compile(r"(?:^|\s)[\dA-ZĐÀ-Ỹ][^\s]*$")


def _owner_name(name: str) -> str:
    owner = list(_OWNER.finditer(name))
    return (name[owner[-1].end() :] if owner else name).strip()


def _whole_name(rest: str) -> str | None:
    """The name up to its comma (or "địa chỉ", "được"), kept whole when it reads as one."""
    end = _NAME_END.search(match_form(rest))
    if end is None:
        return None
    name = _owner_name(rest[: end.start()])
    if len(name.split()) > 16 or not _LAST_WORD_NAMED.search(name) or ":" in name:
        return None
    if not name[:1].isupper() or HEAD_RX.match(match_form(name)) is None:
        return None
    names = split_assignees(name)
    return name if names is not None and len(names) == 1 else None


def _stopped_name(rest: str) -> str | None:
    """The name up to the first word that ends a name ("tại", "khai thác", …)."""
    end = _NAME_STOP.search(match_form(rest))
    name = _owner_name(rest[: end.start()] if end else rest)
    names = split_assignees(name) if name[:1].isupper() else None
    return name if names and len(names) == 1 and names[0].name == name else None


def licence_holder(paragraphs: list[str]) -> str | None:
    """The one body a licence's first article grants it to, as written, or None."""
    for paragraph in paragraphs[:6]:
        text = paragraph.strip()
        m = _GRANT.match(match_form(text))
        if m is None:
            continue
        rest = text[m.end() :]
        return _whole_name(rest) or _stopped_name(rest)
    return None


# "Điều 2. Chủ giấy phép có trách nhiệm:", "Các yêu cầu đối với chủ giấy phép:", "Chủ giấy phép
# có các nghĩa vụ sau:", "Tổ chức được cấp phép có trách nhiệm", a scan's "Chú giấy phẻp", "Diều
# 2.": a lead-in over points that calls the holder by its role and gives it duties ("Chủ giấy
# phép không được …", "… được thực hiện các quyền sau:", "… có các quyền sau:" are no duties)
_ROLE = (
    r"(?:ch[ủúu]\s+gi[ấâa]y\s+ph[éẻe]p"
    r"|(?:tổ chức|đơn vị|cá nhân)\s+được\s+cấp\s+ph[éẻe]p)(?![^\W_])"
)
_HOLDER_ROLE = re.compile(rf"(?<![^\W_]){_ROLE}", re.IGNORECASE)
_HOLDER_LEAD_IN = re.compile(
    r"^(?:[đd]i[ềêe]u\s+\d+\s*[.:]\s*)?"
    r"(?:(?:(?:các\s+)?(?:yêu cầu|nghĩa vụ|trách nhiệm)\s+(?:đối với|của)\s+)"
    rf"{_ROLE}\s*:"
    rf"|{_ROLE}\s+(?:có\s+(?:trách nhiệm|(?:các\s+)?nghĩa vụ)|phải)(?![^\W_])"
    r"(?:[^.;:]{0,80}:|\s*:?))\s*$"
)
# a licence: "GIẤY PHÉP XẢ NƯỚC THẢI …" (title or number "…/GP-…" when the header is read), and
# the body that calls the document itself "Giấy phép này" ("… chịu trách nhiệm thi hành Giấy phép
# này", "Giấy phép này có hiệu lực …"; a scan's "Giây phép")
_LICENCE_TITLE = re.compile(r"(?<![^\W_])gi[ấâa]y phép(?![^\W_])")
_THIS_LICENCE = re.compile(r"(?<![^\W_])gi[ấâa]y ph[éẻe]p\s+này(?![^\W_])")


def is_licence(title: str, type_codes: tuple[str | None, ...], body: list[str]) -> bool:
    """The document is a licence."""
    if "GP" in type_codes or _LICENCE_TITLE.search(match_form(title)):
        return True
    return any(_THIS_LICENCE.search(match_form(p)) for p in body)


def name_holder(body: list[str]) -> list[str]:
    """The body with a lead-in that calls the holder "chủ giấy phép" naming it instead, so that
    the duties under it are the holder's, and without the article granting the holder its
    rights ("Điều 3. Công ty … được hưởng các quyền hợp pháp theo quy định …")."""
    holder = licence_holder(body)
    body = [p for p in body if not states_rights(p, holder)]
    if holder is None:
        return body
    return [
        _HOLDER_ROLE.sub(holder, p, count=1) if _HOLDER_LEAD_IN.match(match_form(p.strip())) else p
        for p in body
    ]


# "Kính gửi: Công ty Cổ phần …" over "Yêu cầu đối với chủ đầu tư": a notice sent to the one
# company it is about (an acceptance, an inspection's result) calls it by its role; the role is
# that company (a government body addressed is no investor of its own: its letters' "Chủ đầu tư"
# stays the role). Only the owner's role: the notice sent to the investor also lists the
# contractor's duties ("Yêu cầu đối với nhà thầu thi công"), and the contractor is another party.
_PARTY_LEAD = re.compile(r"^(?:chủ đầu tư|chủ cơ sở)$")
_COMPANY = re.compile(r"^(?:công ty|tổng công ty|tập đoàn|hợp tác xã|chi nhánh công ty)(?![^\W_])")


def _party_lead(lead: tuple[str, ...], company: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(company if _PARTY_LEAD.match(match_form(n)) else n for n in lead))


def addressed_party(tasks: list[ParsedTask], recipients: list[str] | None) -> list[ParsedTask]:
    """`tasks` with a party's role in a lead read as the one company the notice is addressed
    to."""
    if not recipients or len(recipients) != 1 or not recipients[0][:1].isupper():
        return tasks
    if not _COMPANY.match(match_form(recipients[0])):
        return tasks
    return [
        t if (lead := _party_lead(t.lead, recipients[0])) == t.lead else replace(t, lead=lead)
        for t in tasks
    ]
