"""A rulebook's yearly steps that name their body: each year's work, kept as tasks.

`notices.regulation.drop_rules` takes a rulebook's rules articles out of the body: their clauses
say how things are done every time. A procedure or timetable article among them ("Điều 6. Thời
gian đề nghị khen thưởng", "Điều 11. Thủ tục xét tặng Kỷ niệm chương") may give named bodies a
step by a date that comes back each year: "2. Đối với khen thưởng tổng kết năm: Các cơ quan, đơn
vị, địa phương … gửi hồ sơ … trước ngày 10/12 hằng năm." (bn-86), "a) Vụ Tổ chức cán bộ, Bộ Nội
vụ lập hồ sơ … gửi về … trước ngày 30/6 hàng năm." (bnv-01). The corpus labels such a step a task
of its body, recurring (fresh24's settled call: a dated step of a yearly cycle that names its
body is trackable work). Such a clause or point stays, whole, with the clause and article
headings above it; what names no body ("Hồ sơ nộp trước ngày 15/9 hằng năm."), a case
("Trường hợp … thì …") and every undated rule stay out — but one: a clause that opens with a
standing body charged with work ("Ủy ban nhân dân cấp xã có trách nhiệm lập danh sách …",
btc-98; the README's call that a named body in a rules article is kept) stays too, undated.
"""

from __future__ import annotations

import re

from notices.marked_titles import ANY_ARTICLE
from notices.name_kinds import assignee_start
from notices.text import match_form

_CLAUSE = re.compile(r"^\**\s*\d{1,2}\s*\.(?!\d)\s*\S")
_POINT = re.compile(r"^\**\s*[a-zđ]\s*\)\s*\S")
_MARK = re.compile(r"\**\s*(?:\d{1,2}\s*[.)]|[a-zđ]\s*\))\s*")
# "Đối với khen thưởng tổng kết năm: " — the case a step is for, before its body
_TOPIC = re.compile(r"đối với\s[^:;.]{1,200}:\s*")
# "Định kỳ hằng năm, " / "Trước ngày 30/6 hằng năm, ": the period, then the body
_PERIOD = re.compile(r"(?:định kỳ|hằng|hàng|mỗi|trước ngày|chậm nhất)(?![^\W_])[^,;:]{0,100},\s*")
# "trước ngày 10/12 hằng năm", "chậm nhất ngày 30 tháng 6 hàng năm": a yearly due day
_YEARLY_DAY = re.compile(
    r"(?:trước|chậm nhất|hạn chót|hạn cuối)(?:\s+là)?(?:\s+vào)?\s+ngày\s+\d{1,2}\s*"
    r"(?:[/.-]\s*\d{1,2}|tháng\s+\d{1,2})\s+(?:của\s+)?(?:hằng|hàng)\s+năm(?![^\W_])"
)
# "Cơ quan làm công tác thi đua, khen thưởng của bộ, …", "Cơ quan, tổ chức đề nghị xét tặng …":
# a body named by what it does, which no name list holds
_AGENCY = re.compile(
    r"(?:các\s+)?cơ quan(?:\s*,\s*(?:tổ chức|đơn vị))*\s+(?:làm|phụ trách|quản lý|thường trực"
    r"|chuyên môn|có thẩm quyền|đề nghị|chủ quản)(?![^\W_])"
)
_YEARLY_OPENING = re.compile(r"(?:định kỳ\s+)?(?:hằng|hàng)\s+năm\s*,\s*")
_RECEIVES = re.compile(r"(?<![^\W_])(?:tiếp nhận|thẩm định|xét duyệt)(?![^\W_])")
_CASE = re.compile(r"(?:trường hợp|nếu|khi)(?![^\W_])")
_CHAPTER = re.compile(r"^\**\s*(?:chương|mục|phần)\s+[ivxlc\d]+\b")
# "các cơ quan lập danh sách …", "Các đơn vị, địa phương gửi …": a kind of body, no body named —
# unless a qualifier follows ("các cơ quan thuộc tỉnh", "các đơn vị trực thuộc", "… cấp huyện")
_GENERIC = re.compile(
    r"(?:các\s+)?(?:cơ quan|đơn vị|tổ chức|địa phương)"
    r"(?:\s*,\s*(?:cơ quan|đơn vị|tổ chức|địa phương))*\s+"
    r"(?!(?:thuộc|trực thuộc|của|cấp|nhà nước|làm|phụ trách|quản lý|chuyên môn|có thẩm quyền"
    r"|đề nghị|chủ quản|thường trực|trung ương|tỉnh|huyện|xã|liên quan|được)(?![^\W_]))"
)


def _body_start(text: str) -> int | None:
    """Where the step's own sentence opens with the body doing it, after its marker, its case
    ("Đối với …:") and its period ("Hằng năm, …"); None when it opens with no body."""
    low = match_form(text)
    pos = m.end() if (m := _MARK.match(low)) else 0
    if topic := _TOPIC.match(low, pos):
        pos = topic.end()
    if period := _PERIOD.match(low, pos):
        pos = period.end()
    if pos >= len(text) or _CASE.match(low, pos):
        return None
    # "…: các cơ quan, đơn vị …": a body written lower case after the case
    text = text[:pos] + text[pos].upper() + text[pos + 1 :]
    if assignee_start(text, low, pos) is not None or _AGENCY.match(low, pos) is not None:
        return pos
    return None


def _opens_with_body(text: str) -> bool:
    return _body_start(text) is not None


def is_yearly_step(text: str) -> bool:
    """A clause or point whose own body does it by a yearly due day ("Các cơ quan … gửi hồ sơ …
    trước ngày 10/12 hằng năm") or every year ("Định kỳ hàng năm, Bộ Nội vụ xét tặng …"): work
    under a describing heading too ("Điều 6. Thời gian đề nghị khen thưởng",
    notices.descriptive_sections)."""
    low = match_form(text)
    pos = m.end() if (m := _MARK.match(low)) else 0
    if _YEARLY_DAY.search(low) is not None:
        return _opens_with_body(text)
    if _YEARLY_OPENING.match(low, pos) is None or (body := _body_start(text)) is None:
        return False
    # undated, every year: a flow step unless it names its body ("Hằng năm, các cơ quan lập
    # danh sách …" is how a procedure runs, "Hằng năm, Bộ Nội vụ xét tặng …" a body's work)
    return _GENERIC.match(low, body) is None


# "Ủy ban nhân dân cấp xã có trách nhiệm lập danh sách …" (btc-98 5.1): a standing body of
# government named in a rules article and given work by "có trách nhiệm" — the README's call that
# a named body in such an article is kept (qh-04 31.2) while a class of bodies ("Các cơ quan, tổ
# chức …"), the public and traders ("Tổ chức, cá nhân kinh doanh …") stay rules
_STANDING = re.compile(
    r"(?:(?:các|mỗi|từng)\s+)?(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd|sở|bộ(?!\s+phận)"
    r"|kho bạc nhà nước|kbnn)(?![^\W_])"
    # not a class ("Các Sở, ban, ngành", "Các Bộ, cơ quan ngang Bộ") nor a generic one ("Sở quản
    # lý ngành, lĩnh vực")
    r"(?!\s*,\s*(?:ban|cơ quan)\b|\s+(?:quản lý|chuyên) ngành)"
)
# What "có trách nhiệm" may carry that is no work: accountability ("… trước pháp luật", "… về
# …"), a liability ("bồi thường", "hoàn trả") or a standing obligation ("lưu trữ hồ sơ", "tuân
# thủ"); `notices.duty_points` reads its duty points by the same words
NO_WORK_CHARGE = (
    r"(?:trước|về|bồi thường|hoàn trả|lưu trữ|lưu giữ|bảo quản|tuân thủ|chấp hành|thi hành)"
    r"(?![^\W_])"
)
# ... its name, then the charge: no term between ("Ủy ban nhân dân cấp xã trong thời gian 05 ngày
# kể từ ngày nhận đủ giấy tờ có trách nhiệm …" is a procedure's step, a rule: bldtbxh-05); a
# number inside brackets is a reference ("(theo Phụ lục 2)"), a word like "từ trần" no term
_CHARGED = re.compile(
    r"(?:(?!\s(?:trong (?:thời|vòng|hạn|\d)|sau (?:khi|\d)|khi\s|kể từ\s|từ ngày))"
    r"(?:\([^()]{0,60}\)|[^.;:\d()])){0,120}?\scó trách nhiệm\s+"
    # not a liability ("… trước pháp luật", "bồi thường thiệt hại") nor a standing obligation
    rf"(?!{NO_WORK_CHARGE}|với|phối hợp|chịu)(?=\w)"
)
# ... and after it no term of a per-case step ("… xác nhận vào đơn trong thời hạn 03 ngày làm việc
# kể từ ngày nhận đơn") and no condition ("… nếu quyết định thu hồi trái pháp luật"); an "as
# follows" lead-in stays (ttg-03 4: "Các Bộ, Ủy ban nhân dân cấp tỉnh có trách nhiệm đăng tải …
# các nội dung sau đây:" is a labelled task)
_PER_CASE = re.compile(
    r"(?<![^\W_])(?:trong (?:thời hạn|thời gian|vòng)|kể từ|sau khi nhận|nếu|khi được)(?![^\W_])"
)


def is_named_duty(text: str) -> bool:
    """A clause or point that opens with a standing body charged with work ("Ủy ban nhân dân
    cấp xã có trách nhiệm lập danh sách …"), no case before it, no term, condition or
    lead-in after it."""
    low = match_form(text).strip()
    pos = m.end() if (m := _MARK.match(low)) else 0
    if _STANDING.match(low, pos) is None or (charged := _CHARGED.match(low, pos)) is None:
        return False
    return _PER_CASE.search(low, charged.end()) is None


# "Sở Tài chính có trách nhiệm quản lý về nghiệp vụ, bao gồm:", "… có trách nhiệm sau:", "… có
# các nhiệm vụ sau đây:": a kept duty clause that lists its duties in the points under it (not
# "… các nội dung sau đây:", what the body publishes, one task with its lead-in: ttg-03)
_LISTS_DUTIES = re.compile(
    r"(?:,?\s*(?:bao gồm|gồm)|(?:các\s+)?(?:nhiệm vụ|trách nhiệm|công việc)(?:\s+cụ thể)?"
    r"\s+(?:sau|như sau)(?:\s+đây)?|có trách nhiệm)\s*:$"
)


def _lists_duties(unit: str) -> bool:
    return _LISTS_DUTIES.search(match_form(unit.rstrip(" *"))) is not None


def _closes_cycle(text: str) -> bool:
    """The step after a cycle's yearly steps that takes in what they send ("5. Phòng Thi đua,
    khen thưởng, Văn phòng Bộ Nội vụ tiếp nhận, thẩm định hồ sơ …"): its body's yearly work too."""
    return _RECEIVES.search(match_form(text)[:200]) is not None and _opens_with_body(text)


def _joined(unit: list[str]) -> str:
    return " ".join(p.strip() for p in unit)


def keep_yearly_steps(paragraphs: list[str], keep: list[bool]) -> list[bool]:
    """`keep` with every dropped clause or point that gives a named body a yearly step kept,
    whole (to the next clause, point, article or kept paragraph), and the dropped clause and
    article headings it stands under."""
    out = list(keep)
    article: int | None = None  # the headings the point being read stands under
    clause: int | None = None
    start: int | None = None  # the dropped clause or point being read
    cycle = False  # a yearly step of this article was kept: the steps after it close the cycle
    listing = False  # a kept clause lists its duties in its points: they stay with it
    for i, paragraph in enumerate([*paragraphs, ""]):
        low = match_form(paragraph.strip())
        is_article = bool(ANY_ARTICLE.match(low))
        marked = bool(_CLAUSE.match(low) or _POINT.match(low))
        ends = i == len(paragraphs) or keep[i] or is_article or marked or _CHAPTER.match(low)
        if ends and start is not None:
            unit = _joined(paragraphs[start:i])
            yearly = is_yearly_step(unit) or (cycle and _closes_cycle(unit))
            point = _POINT.match(match_form(paragraphs[start].strip())) is not None
            named = is_named_duty(unit)
            if named and not point and _lists_duties(unit):
                listing = True  # "1. Sở Tài chính có trách nhiệm …, bao gồm:" over "a) …"
            if yearly or named or (listing and point):
                cycle = cycle or yearly  # a yearly step first: the steps after it close the cycle
                out[start:i] = [True] * (i - start)
                for head in (article, clause):
                    if head is not None and head < start:
                        out[head] = True
            start = None
        if i == len(paragraphs):
            break
        if is_article or _CHAPTER.match(low):
            cycle = False
        if is_article or _CHAPTER.match(low) or _CLAUSE.match(low):
            listing = False
        if is_article:
            article, clause = i, None
        elif _CLAUSE.match(low):
            clause = i
        if not keep[i] and marked:
            start = i
    return out
