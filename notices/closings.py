"""The addressees a notice names in its closing formula ("… thông báo để X biết, thực hiện", "Đề
nghị X nghiêm túc thực hiện … thông báo này"): the last resort of the points that no heading,
lead-in or "Kính gửi" names.

The learners a school's notice closes on ("Phòng Đào tạo thông báo để toàn thể sinh viên thuộc
đối tượng trên biết và thực hiện") are the people it informs, not a body given work: a student
notice's windows, rules and steps ("Kiểm tra trạng thái: Sinh viên kiểm tra …", "Lớp có trên 20
sinh viên đăng ký: Duy trì mở lớp") are no tasks unless a "đề nghị / yêu cầu" names the students
(the corpus's reading: epu-899, vku-04, hufi-243's "Lưu ý"), so a point that names nobody does not
take them as its doer. Staff ("giảng viên", "cán bộ") and units stay addressees, even in one
addressee with the students; a closing that asks the students ("Đề nghị sinh viên năm cuối
nghiêm túc thực hiện …") gives them the points.
"""

from __future__ import annotations

import re

from notices.lead_ins import plain_body_name
from notices.markers import find_marker
from notices.names import split_assignees
from notices.structure import CONCLUSION_ASKS
from notices.text import match_form

# "Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh Phú Thọ và các Bộ, cơ quan liên quan
# biết, thực hiện./.": a notice without "Kính gửi" names its addressee in the closing.
_CLOSING_TO = re.compile(r"thông báo\s+(?:[^.]{0,120}?\s)?để\s+(?P<who>.+?)\s+(?:được\s+)?biết\b")

# "Đề nghị Lãnh đạo các khoa nghiêm túc thực hiện đúng nội dung thông báo này./.": the closing asks
# the notice's addressee to carry its content out (not "… theo Kế hoạch số 12/KH-UBND").
_CLOSING_ASKS = re.compile(
    r"\bđề nghị\s+(?P<who>[^.;:]{3,120}?)\s+(?:quan tâm\s+|nghiêm túc\s+)?"
    r"(?:triển khai\s+)?thực hiện\s+(?:đúng\s+|theo\s+)*(?:các\s+)?nội dung\s+"
    r"(?:của\s+)?(?:thông báo|văn bản|công văn)(?:\s+này)?\s*\.?/?\.?\s*$"
)


def _opens_point(tail: str, found: re.Match[str]) -> bool:
    """ "2. Về kế hoạch chuyển đổi số: căn cứ kết luận …, đề nghị Văn phòng Đảng uỷ chủ trì …":
    the request is a numbered point's own work, not the closing (which may be glued to the last
    point's paragraph, after its sentences)."""
    start = tail.rfind("\n", 0, found.start()) + 1
    paragraph = tail[start : found.start()]
    marker = find_marker(paragraph)
    return marker is not None and _SENTENCE_BREAK.search(paragraph, marker.length) is None


_SENTENCE_BREAK = re.compile(r"[.;]\s")


def closing_addressees(body: list[str], *, generic: bool = False) -> list[str] | None:
    """The named addressees of the closing "… thông báo để X biết, thực hiện", not "các cơ quan
    liên quan"; with `generic`, the bodies a conclusion's "Căn cứ kết luận …, đề nghị X triển
    khai thực hiện." asks, "các cơ quan, đơn vị liên quan" too: the last resort of the points
    that no heading, lead-in or "Kính gửi" names ("… thông báo để các đơn vị biết" only informs).
    """
    # a reader may break the closing sentence over two paragraphs
    tail = ("\n" if generic else " ").join(body[-4:])
    if generic:
        found = [
            m for m in CONCLUSION_ASKS.finditer(match_form(tail)) if not _opens_point(tail, m)
        ]
    else:
        found = list(_CLOSING_TO.finditer(match_form(tail)))
        found = found or list(_CLOSING_ASKS.finditer(match_form(tail)))
    if not found:
        return None
    who = tail[found[-1].start("who") : found[-1].end("who")].replace("\n", " ")
    if found[-1].re is _CLOSING_ASKS and not plain_body_name(who):
        return None  # "Đề nghị Văn phòng Sở theo dõi, đôn đốc thực hiện …": no doer
    names = [
        a.name
        for a in split_assignees(who, strict=False) or []
        if generic
        or ("liên quan" not in match_form(a.name) and not match_form(a.name).startswith("các "))
    ]
    if found[-1].re is _CLOSING_TO:  # "… để toàn thể sinh viên biết và thực hiện" informs
        return without_learners(names)
    return names or None  # "Đề nghị sinh viên năm cuối nghiêm túc thực hiện …" asks them


_LEARNERS = re.compile(
    r"^(?:(?:toàn thể|tất cả|toàn bộ|các|những|quý)\s+)?(?:tân\s+)?"
    r"(?:sinh viên|học sinh|học viên|thí sinh|người học|nghiên cứu sinh|phụ huynh)(?![^\W_])"
)


# Staff or a unit named in one addressee with the learners ("sinh viên, giảng viên cố vấn học
# tập", as split_assignees leaves it): the closing gives them the work.
_STAFF = re.compile(
    r"(?<![^\W_])(?:giảng viên|giáo viên|cán bộ|viên chức|cố vấn|đơn vị|khoa|phòng|bộ môn|ban"
    r"|trung tâm|lãnh đạo|trưởng)(?![^\W_])"
)


def without_learners(names: list[str]) -> list[str] | None:
    """`names` without those that name learners and no staff; None when none is left."""
    return [
        name
        for name in names
        if not _LEARNERS.match(match_form(name)) or _STAFF.search(match_form(name))
    ] or None
