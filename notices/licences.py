"""A licence's articles (Giấy phép xả nước thải, khai thác sử dụng nước mặt, khai thác khoáng
sản): the heading that names the holder over its duties, and the rights article that is no work."""

from __future__ import annotations

import re

from notices.names import split_assignees
from notices.text import match_form

# "Điều 2. Các yêu cầu đối với Công ty Cổ phần 30-4 Quảng Ngãi:", "Điều 2. Các yêu cầu đối với
# Bệnh viện Đa khoa Đặng Thùy Trâm.", "Nghĩa vụ của Công ty TNHH …": the licence's duties of the
# body it names, one task a point ("4. Yêu cầu đối với cơ sở thực tập", "7. Yêu cầu đối với sinh
# viên", "Nghĩa vụ của tổ chức, cá nhân": requirements on whoever qualifies, no named body)
# (a scan may garble "Các" into a few marks glued on: "Cáè'yêu cầu đối với …")
_REQUIREMENTS_ON = re.compile(
    r"^(?:các\s+|[^\s\d]{1,5}?\s*)?(?:yêu cầu|nghĩa vụ)\s+(?:đối với|của)\s+(?=\S)"
)


def requirements_holder(heading: str) -> list[str] | None:
    """The one named body a "(Các) yêu cầu đối với <body>" heading puts its points on, as written
    (capitalised, read whole as one name), or None."""
    text = heading.strip().rstrip(".:").strip()
    m = _REQUIREMENTS_ON.match(match_form(text))
    if m is None:
        return None
    name = text[m.end() :].strip()
    if not name[:1].isupper():
        return None
    names = split_assignees(name)
    if not names or len(names) != 1 or names[0].name != name:
        return None
    return [name]


# "Điều 3. Công ty Cổ phần 30-4 Quảng Ngãi được hưởng các quyền hợp pháp theo quy định tại Khoản
# 1 Điều 38 của Luật Tài nguyên nước …", "… được hưởng các quyền hợp pháp theo quy định tại Điều
# 17 và có trách nhiệm thực hiện các nghĩa vụ của chủ giấy phép theo quy định tại Điều 18 Nghị
# định số 149/2004/NĐ-CP …": the holder's rights, and its duties under the law by reference — the
# licence's status article, no work (the duties it sets are the points of its own article)
_RIGHTS_ARTICLE = re.compile(
    r"^(?:[^.;:]{2,160}?\s)?được hưởng\s+(?:các\s+)?quyền(?:\s+(?:lợi\s+)?hợp pháp)?\s+"
    r"(?:[^.;]*?\s)?theo quy định(?:\s+tại|\s+của)?"
    r"(?:[^.;]*?\s(?:có trách nhiệm|có nghĩa vụ)\s+(?:thực hiện\s+)?(?:các\s+)?nghĩa vụ"
    r"[^.;]*?\stheo quy định)?[^.;]*[.;]?\s*(?:/\.)?\s*$"
)


def states_rights(sentence: str) -> bool:
    """The sentence only grants the holder its rights (and its duties under the law, cited)."""
    return _RIGHTS_ARTICLE.match(match_form(sentence.strip())) is not None


# "Điều 1. Cho phép Công ty cổ phần thủy điện Mường Sang, địa chỉ: …", "Cho phép Nhà máy thủy điện
# Sơn Trà 1B thuộc Công ty Cổ phần 30-4 Quảng Ngãi, tại …", "Cấp phép cho Công ty TNHH … được
# khai thác …": the body the licence is granted to (the company a plant belongs to holds it)
_GRANT = re.compile(
    r"^(?:điều\s+1\s*[.:]\s*)?(?:cho phép|cấp phép(?:\s+[^,;:]{0,60}?)?\s+cho"
    r"|cấp giấy phép(?:\s+[^,;:]{0,60}?)?\s+cho)\s+(?=\S)"
)
_NAME_STOP = re.compile(
    r"\s*(?:[,;:(]|\s(?:được|tại|có địa chỉ|địa chỉ|khai thác|xả|sử dụng|thăm dò)(?![^\W_]))"
)
_OWNER = re.compile(r"\s(?:thuộc|của)\s+(?=[A-ZĐÀ-Ỹ])")
# "Điều 2. Chủ giấy phép có trách nhiệm:", "Các yêu cầu đối với chủ giấy phép:", "Chủ giấy phép
# có các nghĩa vụ sau:": a lead-in over points that calls the holder by its role
_HOLDER_ROLE = re.compile(r"(?<![^\W_])chủ giấy phép(?![^\W_])", re.IGNORECASE)
_HOLDER_LEAD_IN = re.compile(
    r"^(?:điều\s+\d+\s*[.:]\s*)?"
    r"(?:(?:các\s+)?(?:yêu cầu|nghĩa vụ|trách nhiệm)\s+(?:đối với|của)\s+)?"
    r"chủ giấy phép(?![^\W_])[^.;]{0,80}:\s*$"
)


def licence_holder(paragraphs: list[str]) -> str | None:
    """The one body a licence's first article grants it to, as written, or None."""
    for paragraph in paragraphs[:6]:
        low = match_form(paragraph.strip())
        m = _GRANT.match(low)
        if m is None:
            continue
        rest = paragraph.strip()[m.end() :]
        stop = _NAME_STOP.search(rest)
        name = rest[: stop.start()] if stop else rest
        owner = list(_OWNER.finditer(name))
        if owner:
            name = name[owner[-1].end() :]
        name = name.strip()
        names = split_assignees(name) if name[:1].isupper() else None
        if names and len(names) == 1 and names[0].name == name:
            return name
        return None
    return None


def name_holder(body: list[str]) -> list[str]:
    """The body with a lead-in that calls the holder "chủ giấy phép" naming it instead, so that
    the duties under it are the holder's."""
    if not any(_HOLDER_LEAD_IN.match(match_form(p.strip())) for p in body):
        return body
    holder = licence_holder(body)
    if holder is None:
        return body
    return [
        _HOLDER_ROLE.sub(holder, p) if _HOLDER_LEAD_IN.match(match_form(p.strip())) else p
        for p in body
    ]
