"""A regulation's duty article, whoever holds it: "Trách nhiệm của …" or "Trách nhiệm <work>".

`notices.regulation.is_duty` keeps the duty articles of bodies of government and refuses the
others' ("Trách nhiệm của cơ quan, tổ chức, cá nhân", "… của cơ sở đăng ký thuốc", "… của gia
đình phạm nhân", "… của người đứng đầu cơ quan, tổ chức"), and a title that names the work before
its holder or none ("Trách nhiệm quản lý công tác văn thư", "Trách nhiệm lập hồ sơ và nộp lưu …",
"Trách nhiệm bảo vệ bí mật nhà nước của cơ quan, tổ chức") is no "Trách nhiệm của" at all. The
decrees, circulars and laws of the corpus (cp-30, cp-133, cp-101, byt-12, qh-29, cp-167, vl-01)
label each khoản and điểm of every such article as a task of the holder it or its own sentence
names: a decree's "Trách nhiệm …" article is where it says who must do what. Not so:

- a tourist's or visitor's conduct ("Trách nhiệm của khách du lịch khi sử dụng dịch vụ"): rules
  of a place, no work anyone is given;
- liability ("Trách nhiệm bồi thường", "Trách nhiệm pháp lý / hình sự / kỷ luật", "Trách nhiệm
  về an toàn …") and the execution article (read by `notices.regulation.is_execution`);
- a "Quyền và nghĩa vụ …" / "Quyền, trách nhiệm …" article (rights first): never matched here;
- any such article of a regulation that has a chapter of its own on carrying it out ("Chương
  III" + "TỔ CHỨC THỰC HIỆN" over "Điều 7. Sở Nội vụ", "Điều 9. Các cơ quan, đơn vị"): there the
  regulation hands its work to bodies by name, and its earlier "Trách nhiệm của cán bộ, công
  chức …" / "… của người đứng đầu …" articles are standing rules of conduct (ht-52 labels none).
  A chapter "ĐIỀU KHOẢN THI HÀNH" only dates and executes the text: no such chapter.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from notices.text import match_form

# "Trách nhiệm của …", "Trách nhiệm quản lý …", "Trách nhiệm lập hồ sơ …", "Trách nhiệm bảo vệ
# … của …" — the title opens with the duty itself (a typist's "Trách nhiệmcủa" glued); "Phạm vi
# và trách nhiệm niêm yết …": the scope of a duty written before it (btp-05 Điều 8)
# ("Đối tượng và trách nhiệm nộp phí" is a fee circular's payer list, no duty title)
_DUTY_TITLE = re.compile(r"^(?P<scope>(?:phạm vi|nội dung)\s+và\s+)?trách nhiệm\s*(?P<rest>\S.*)$")
# "Phạm vi và trách nhiệm niêm yết giá", "… nộp phí": the scope of a payer's or a trader's duty —
# the public's rules (a circular's rules for traders stay no tasks), not a body's work
_TRADE_WORK = re.compile(
    r"^(?:(?:nộp|kê khai|thu)\s+(?:lệ\s+)?phí|(?:niêm yết|kê khai|đăng ký|thông báo)\s+giá)"
    r"(?![^\W_])"
)
# what follows "Trách nhiệm" when it is no duty: liability, or the execution article's words
# ("Trách nhiệm về an toàn …"; not "Trách nhiệm về quản lý nhà nước …", "… về công tác …": the
# bodies' duties in a field, each clause naming its holder (round 33 (left)))
_NOT_DUTY = re.compile(
    r"^(?:và\s+quyền|,\s*quyền|bồi thường|pháp lý|hình sự|dân sự|hành chính\b|kỷ luật"
    r"|vật chất|liên đới|về\s(?!(?:quản lý|công tác)\s)|thi hành|thực hiện|tổ chức thực hiện"
    r"|triển khai)"
)
# "TỔ CHỨC THỰC HIỆN", "Trách nhiệm tổ chức thực hiện": a chapter that shares the work out —
# not "ĐIỀU KHOẢN THI HÀNH" (effect and the execution article)
_CARRY_OUT_CHAPTER = re.compile(r"^(?:trách nhiệm\s+)?tổ chức\s+(?:thực hiện|thi hành)\s*$")
# "Chương II", "CHƯƠNG IV", "Chương 3": a chapter line; its title follows on the next paragraph
# or after a separator ("Chương IV. ĐIỀU KHOẢN THI HÀNH"). Shared with `regulation`.
CHAPTER = re.compile(
    r"^\**\s*chương\s+(?:[ivxlc]{1,6}|\d{1,2})\b\s*[.:–-]?\s*\**\s*(?P<title>[^*]*?)\**\s*$"
)
# a holder that is a visitor to a place: its article is the place's rules of conduct
_VISITOR = re.compile(r"(?<![^\W_])(?:khách|du khách|người tham quan)(?![^\W_])")
_OF = re.compile(r"^của\s+(?:các\s+|những\s+)?")
_HOLDER_ARTICLE = re.compile(r"^(?:các|những|mỗi)\s+")
# a point's marker: "1.", "a)", "-", "+"
_POINT_MARK = re.compile(r"^\**\s*(?:\d{1,2}[.)]|[a-zđ][)]|[-–+•])\s*")
# conduct and liability a holder is held to ("Có trách nhiệm tuân thủ …", "Nghiêm túc chấp hành")
_CONDUCT = re.compile(
    r"^(?:có trách nhiệm\s+|nghiêm túc\s+)?(?:chấp hành|tuân thủ|tuân theo|giữ gìn|không\s"
    r"|nghiêm cấm|chịu trách nhiệm\s+(?:trước|về)|cam kết|tôn trọng"
    r"|thực hiện nghiêm(?:\s+túc)?\s+(?:kỷ luật|kỷ cương|nội quy|quy chế|(?:các\s+)?quy định))"
)


def any_holder_duty(title: str) -> bool:
    """A regulation's article title that gives its holder duties, whoever the holder is: "Trách
    nhiệm của cơ sở đăng ký thuốc", "Trách nhiệm quản lý công tác văn thư" — not liability, the
    execution article, nor a visitor's conduct ("Trách nhiệm của khách du lịch")."""
    low = match_form(title.strip(" .:*"))
    m = _DUTY_TITLE.match(low)
    if m is None:
        return False
    rest = m["rest"]
    if rest.startswith(("và", ",")):
        return False  # "Trách nhiệm và quyền hạn …": rights beside it
    if m["scope"] and _TRADE_WORK.match(rest):
        return False
    holder = _OF.sub("", rest)
    if holder != rest:  # "Trách nhiệm của X": whoever X is, its acts are tasks (finding 3)
        return _VISITOR.match(holder) is None
    if _NOT_DUTY.match(rest):
        return False
    # "Trách nhiệm hướng dẫn khách du lịch": the visitor is the work's object, not its holder
    # ("Trách nhiệm khách tham quan …" is the visitor's own) (round 33 (left))
    return _VISITOR.match(_HOLDER_ARTICLE.sub("", rest)) is None


def work_duty(title: str) -> bool:
    """A duty title that names the work and no holder ("Trách nhiệm xây dựng Quyết định công bố
    …", "Phạm vi và trách nhiệm niêm yết …"): its clauses name their holders themselves, so a
    "… Cụ thể như sau:" lead-in under it is the article's, never the document's intro."""
    m = _DUTY_TITLE.match(match_form(title.strip(" .:*")))
    return m is not None and _OF.match(m["rest"]) is None and any_holder_duty(title)


def asks_conduct_only(paragraph: str) -> bool:
    """A point of a "Trách nhiệm của X" article (X no body of government) that asks only conduct
    or liability — "Chấp hành nội quy …", "Tuân thủ các quy định …", "Giữ gìn vệ sinh …",
    "Không xả rác …", "Chịu trách nhiệm trước pháp luật về …": a rule, not work to track. Its
    acts ("Báo cáo …", "Nộp …", "Đóng bảo hiểm …", "Bố trí …") are tasks (hue-29 Điều 10 and hn-qd
    Điều 14 label none of the first; byt-12, cp-133, cp-101 Điều 43 label the second)."""
    return _CONDUCT.match(match_form(_POINT_MARK.sub("", paragraph.strip()))) is not None


def has_carry_out_chapter(paragraphs: list[str], body_article: Callable[[str], bool]) -> bool:
    """The regulation has a chapter "Tổ chức thực hiện" (its title on the chapter line or the
    next paragraph) that hands its work to bodies by name: an article in it is a body's duty
    article (`body_article`: "Điều 7. Sở Nội vụ"). A chapter that only reports or funds
    ("Điều 15. Chế độ báo cáo") leaves the duty articles before it the work."""
    return bool(carry_out_articles(paragraphs, body_article))


def carry_out_articles(paragraphs: list[str], body_article: Callable[[str], bool]) -> list[str]:
    """The paragraphs opening a body's duty article (`body_article`) inside a chapter "Tổ chức
    thực hiện" — the bodies the regulation itself names to carry it out."""
    inside = False
    found: list[str] = []
    for i, paragraph in enumerate(paragraphs):
        m = CHAPTER.match(match_form(paragraph.strip()))
        if m is not None:
            title = m["title"].strip(" *")
            if not title and i + 1 < len(paragraphs):
                title = match_form(paragraphs[i + 1].strip(" *\t"))
            inside = _CARRY_OUT_CHAPTER.match(title.strip(" .:*")) is not None
            continue
        if inside and body_article(paragraph):
            found.append(paragraph)
    return found


def held_by(title: str, bodies: list[str]) -> str | None:
    """Which of `bodies` (names as written) a "Trách nhiệm của X …" title's holder X is, or None:
    "Trách nhiệm của cơ sở giáo dục đối với hoạt động đánh giá ngoài" where the chapter that
    carries the regulation out has "Điều 55. Cơ sở giáo dục" (bgddt-12). Such a holder is no
    person held to conduct but a body the regulation itself gives work."""
    m = _DUTY_TITLE.match(match_form(title.strip(" .:*")))
    if m is None:
        return None
    holder = _OF.sub("", m["rest"])
    if holder == m["rest"]:
        return None
    for body in bodies:
        name = match_form(body).strip(" .:*")
        if _GROUP.match(name) or _KINDS.match(name) or _PRIVATE.match(name):
            continue  # "Các cơ quan, đơn vị" (ht-52), "Doanh nghiệp …": no body of government
        if name and (holder == name or holder.startswith(f"{name} ")):
            return body
    return None


# "Điều 43. ", "**Điều 43.** ": an article's number before its title
_NUMBER = re.compile(r"^\**\s*[đð]iều\s+\d{1,3}[a-zđ]?\s*[.:]\s*\**\s*")


def as_held_heading(paragraph: str, bodies: list[str], is_duty: Callable[[str], bool]) -> str:
    """The paragraph opening such an article ("Điều 49. Trách nhiệm của cơ sở giáo dục được công
    nhận …") written as the duty heading of the body it names ("Điều 49. Trách nhiệm của Cơ sở
    giáo dục"), so its points lead with that body; any other paragraph as it is."""
    text = paragraph.strip()
    m = _NUMBER.match(match_form(text))
    if m is None or not bodies:
        return paragraph
    title = text[m.end() :].strip(" *")
    body = held_by(title, bodies)
    if body is None or is_duty(title) or not any_holder_duty(title):
        return paragraph
    return f"{text[: m.end()].strip(' *')} Trách nhiệm của {body}"


_GROUP = re.compile(r"^(?:các|những|mỗi|từng)\s+")
# "cơ quan, đơn vị", "tổ chức, cá nhân", "cán bộ, công chức": a list of bare kinds, no body —
# while one body's name may hold a comma ("Cơ sở khám bệnh, chữa bệnh", "Sở Văn hóa, Thể thao
# và Du lịch")
_KIND = r"(?:cơ quan|đơn vị|tổ chức|cá nhân|cán bộ|công chức|viên chức|địa phương|doanh nghiệp)"
_KINDS = re.compile(rf"^{_KIND}\s*(?:,|và|hoặc)\s*{_KIND}\b")
# "Doanh nghiệp kinh doanh …", "Người đứng đầu …", "Chủ đầu tư": a firm or a person the rules
# bind — its "Trách nhiệm của …" article in a rules chapter is conduct, not work (as a firm's
# content article in notices.content_duties), even where the carry-out chapter names it
_PRIVATE = re.compile(
    r"^(?:doanh nghiệp|công ty|nhà đầu tư|chủ đầu tư|chủ\s+(?:cơ sở|hộ|phương tiện)|hộ\s"
    r"|người\s|cá nhân\b)"
)


# "1. Người tiếp cận bí mật nhà nước có trách nhiệm sau đây:", "8. Cơ sở đăng ký thuốc gia công
# thực hiện các trách nhiệm theo quy định tại khoản 1 … Điều này và các quy định sau:": a
# khoản's lead-in that names the holder of the points under it (within a duty article whose
# heading names a wider or another holder). The holder is the capitalised subject before the
# duty words, "trong phạm vi …" after it left out.
_HOLDER_LEAD_IN = re.compile(
    r"^(?P<who>[^\W\d_][^:;.]{2,240}?)\s+(?:(?:có|chịu)\s+trách nhiệm"
    r"|thực hiện\s+(?:các\s+)?trách nhiệm\b[^:;]{0,200}?\s(?:quy định|trách nhiệm)\s+sau)"
    r"(?:\s+(?:sau đây|sau|như sau))?\s*:$"
)
_HOLDER_WORDS = 16  # a longer subject is a sentence, not a holder's name
_SCOPE_TAIL = re.compile(r"\s*,?\s+(?:trong phạm vi|theo)\s.*$")
# "Trong phạm vi nhiệm vụ, quyền hạn của mình có trách nhiệm:", "Khi nhận được hồ sơ, …": a
# lead-in that opens with its scope or occasion; only a capitalised subject after its comma names
# a holder (ttg-911 Điều 26, ttg-1605 Điều 31: the heading's "Bộ trưởng các Bộ …" holds them)
_SCOPE_OPENING = re.compile(r"^(?:trong phạm vi|theo|căn cứ|khi|trường hợp|để)\s")


# "… công chức tham mưu làm công tác chứng thực được phân công cập nhật, tra cứu … có trách
# nhiệm:": the work the holders were given qualifies them, it is not part of their name (hp-211)
_ASSIGNED_TAIL = re.compile(r"\s+được\s+(?:phân công|giao|cử)\s+(?!nhiệm vụ\b|quản lý\b).*$")


def lead_in_holders(sentence: str) -> list[str] | None:
    """The holders of a lead-in (`lead_in_holder`); roles the work they were given qualifies,
    listed with commas ("Người có thẩm quyền thực hiện chứng thực, công chức tham mưu làm công
    tác chứng thực được phân công cập nhật … có trách nhiệm:"), one name each."""
    holder = lead_in_holder(sentence)
    if holder is None:
        return None
    m = _HOLDER_LEAD_IN.match(match_form(sentence.strip()))
    assigned = m is not None and _ASSIGNED_TAIL.search(sentence.strip()[: m.end("who")])
    if not assigned or " và " in f" {holder} ":
        return [holder]
    parts = [part.strip() for part in holder.split(",")]
    return parts if all(len(part.split()) >= 2 for part in parts) else [holder]


def lead_in_holder(sentence: str) -> str | None:
    """The holder a lead-in names as its subject before "có trách nhiệm (sau đây):" or "thực
    hiện các trách nhiệm … sau:", as written — when it opens with a capital (a name, not "mỗi
    cá nhân") and holds no verb of its own (`is_plain`)."""
    text = sentence.strip()
    m = _HOLDER_LEAD_IN.match(match_form(text))
    if m is None or not text[:1].isupper():
        return None
    who = _SCOPE_TAIL.sub("", text[: m.end("who")]).strip(" ,")
    cut = _ASSIGNED_TAIL.sub("", who).strip(" ,")
    assigned, who = cut != who, cut
    if _SCOPE_OPENING.match(match_form(who)):
        who = who.rpartition(",")[2].strip() if "," in who else ""
        if not who[:1].isupper():
            return None  # "Trong phạm vi …, quyền hạn của mình có trách nhiệm:": no subject
    # roles listed before the work they were given ("Người có thẩm quyền …, công chức tham mưu
    # … được phân công …"): each one a name's length
    names = who.split(",") if assigned else [who]
    return who if who and all(len(name.split()) <= _HOLDER_WORDS for name in names) else None
