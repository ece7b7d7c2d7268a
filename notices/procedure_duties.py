"""Duty articles whose holder is a post or, in an issued procedure, any party that runs it.

A regulation's duty articles give bodies of government their work ("Điều 15. Trách nhiệm của
Sở Y tế"); `notices.regulation.is_duty` refuses a person's or a post's ("Trách nhiệm của người
đứng đầu cơ quan"), the public's and an operator's. Two kinds of holder are work all the same:

- the head of a named body ("Trách nhiệm của Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi", "… của
  Bộ trưởng Bộ Công Thương", "… của Bộ trưởng các Bộ, ngành liên quan", "… của Trưởng Ban Chỉ
  huy phòng, chống thiên tai …", "… của Giám đốc Sở Giao thông vận tải"): the post carries that
  body's duties, named as the text names it (a generic "người đứng đầu cơ quan, đơn vị" names no
  body and stays a rule);
- any holder of a duty article in a procedure a decision issues (a reservoir's or a river
  basin's operating procedure, a maintenance procedure: "Ban hành Quy trình vận hành liên hồ
  chứa …", "Phê duyệt Quy trình vận hành điều tiết hồ chứa nước …"). A procedure is followed by
  the parties it names; its chapter on duties shares out among them, each under "Trách nhiệm
  (và quyền hạn) của X" — the reservoir's owner ("Chủ hồ"), the operator ("Đơn vị được giao
  khai thác", "Giám đốc đơn vị quản lý, vận hành nhà máy …"), the water users — what each must
  do every time the procedure runs. "Trách nhiệm về an toàn …" (liability) names no holder.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from notices.name_kinds import ROLE_RX, assignee_start
from notices.text import match_form

# "Ban hành Quy trình vận hành …", "V/v phê duyệt Quy trình bảo trì …", "Về việc ban hành (kèm
# theo) Quy trình …": a decision that issues a procedure
_ISSUES_PROCEDURE = re.compile(
    r"^(?:v/v\s+|về việc\s+)?(?:(?:ban hành|phê duyệt)\s+)?(?:kèm theo\s+)?"
    r"(?:(?:điều chỉnh|sửa đổi,?\s+bổ sung)\s+)?(?:các\s+)?quy trình\s+"
    # the class: operating a reservoir, a river basin's reservoirs or a work, maintaining a work
    # — not a one-stop administrative procedure ("Quy trình tiếp nhận, giải quyết hồ sơ …")
    r"(?:(?:quản lý\s+)?vận hành|điều tiết|bảo trì|(?:[^\W\d_]+\s+){0,6}?(?:hồ chứa|liên hồ))"
    r"(?![^\W_])"
)
# "Trách nhiệm của X", "Trách nhiệm và quyền hạn của X", "Nhiệm vụ của X" (a typist's
# "Trách nhiệmcủa" glued) — the holder starts after it
_DUTY_OF = re.compile(
    r"^(?:trách nhiệm|nhiệm vụ)(?:\s*(?:,|và)\s*(?:quyền hạn|nhiệm vụ|quyền lợi))?\s*của\s+"
)
# the heads whose own word takes in the body's head noun ("Trưởng Ban Chỉ huy …", "Trưởng Phòng
# Tư pháp"): the body's proper name follows in capitals
_HEAD_OF_NAMED = re.compile(r"(?:trưởng|phó trưởng)\s+(?:ban|phòng)$")
# what the holder of a procedure's duty article may not be: a sanction's or a right's subject
_NOT_HOLDER = re.compile(r"^(?:về|đối với|pháp lý|bồi thường|hình sự)(?![^\W_])")


def issues_procedure(doc_title: str) -> bool:
    """The document's title issues or approves a procedure (Quy trình)."""
    return _ISSUES_PROCEDURE.match(match_form(doc_title.strip(" *"))) is not None


# a post's article is a body's duties only as "Trách nhiệm của …" (regulation's DUTY_OF): a
# post's "Nhiệm vụ, quyền hạn" is its powers (a decentralisation rule's), no work
_POST_DUTY_OF = re.compile(r"^(?:trách nhiệm|nhiệm vụ)\s+(?:của|đối với)\s+")
# the bodies a post may head and still be a rule's subject: a business, a school, a generic
# "các cơ quan, đơn vị" (round 18: operators, posts and a generic head stay rules)
_NOT_BODY = re.compile(
    r"^(?:(?:các|những|mỗi)\s+)?(?:công ty|doanh nghiệp|hội đồng quản trị|hợp tác xã|ngân hàng"
    r"|trường|cơ sở|tổ chức|cá nhân)(?![^\W_])"
    r"|^(?:(?:các|những|mỗi)\s+)?(?:cơ quan|đơn vị|địa phương)(?:\s*(?:,|và)\s*(?:cơ quan|đơn vị"
    r"|địa phương))*(?:\s+(?:có\s+)?liên quan)?\s*$"
)


def post_of_body(title: str, is_body: Callable[[str], bool]) -> bool:
    """A duty article's holder is the head of a named body of government: a post ("Chủ tịch",
    "Bộ trưởng", "Trưởng Ban", "Giám đốc") before the body's name or a group of bodies, where
    that body's own article would be a duty (`is_body`, regulation's `is_duty`) — not a
    company's director, a school's head or the generic "người đứng đầu các cơ quan, đơn vị"."""
    text = title.strip(" .:*")
    low = match_form(text)
    duty = _POST_DUTY_OF.match(low)
    if duty is None:
        return False
    body = _body_after_post(text, low, duty.end())
    if body is None or _NOT_BODY.match(match_form(body)):
        return False
    return is_body("Trách nhiệm của " + body)


def _body_after_post(text: str, low: str, at: int) -> str | None:
    """The name of the body the post at `at` heads, as written, or None."""
    role = ROLE_RX.match(low, at)
    if role is None:
        return None
    after = role.end()
    while after < len(text) and text[after] == " ":
        after += 1
    if after >= len(text):
        return None
    if assignee_start(text, low, after) in ("org", "group"):
        return text[after:]
    # "Trưởng Ban Chỉ huy phòng, chống thiên tai …": the board's name in capitals
    if _HEAD_OF_NAMED.search(low, at, role.end()) is not None and text[after].isupper():
        return text[at:]
    return None


def procedure_duty(title: str, doc_title: str) -> bool:
    """In a document that issues a procedure, an article that gives a named party its duties:
    "Trách nhiệm (và quyền hạn) của X" for any X, or a post's bare title ("Giám đốc Đơn vị được
    giao khai thác")."""
    if not issues_procedure(doc_title):
        return False
    text = title.strip(" .:*")
    low = match_form(text)
    duty = _DUTY_OF.match(low)
    if duty is None:
        return ROLE_RX.match(low) is not None and len(low.split()) > 1
    rest = low[duty.end() :]
    return bool(rest) and _NOT_HOLDER.match(rest) is None


# a duty title's holder read whole: no sentence end, no list of work
_TITLE_HOLDER_WORDS = 18
# "Đơn vị được giao khai thác", "đơn vị được kiểm tra": a participle that qualifies the noun
_PARTICIPLE_TAIL = re.compile(r"\s+được\s+[a-zà-ỹđ]+(?:\s+[a-zà-ỹđ]+){0,3}")
_GROUP = re.compile(r"(?:các|những|mỗi)\s")
# the parties an operating or maintenance procedure names in lower case, whole: its duties are
# theirs even where the title adds "quyền hạn" (a statute's governed unit's mandate stays none),
# and the name reader's "Đơn vị quản lý" is cut from "Đơn vị quản lý vận hành"
_OPERATOR = re.compile(
    r"(?:đơn vị (?:được giao\s+)?(?:quản lý,?\s+)?(?:vận hành|khai thác)|chủ quản lý sử dụng"
    r"|chủ sở hữu|chủ hồ|chủ đập|chủ đầu tư)(?:\s+[^\W\d_]+){0,4}"
)
# "Nhiệm vụ, quyền hạn của Cơ quan chủ trì", "Trách nhiệm của Đơn vị phối hợp": a capitalised
# kind of body alone is no name; the role word after it ("chủ trì", read as a verb) is the
# defined party's name (ttg-04)
_BARE_KIND = re.compile(r"(?:Cơ quan|Đơn vị|Bộ phận)")
_ROLE_TAIL = re.compile(r"\s+[a-zà-ỹđ]+(?:\s+[a-zà-ỹđ]+)?")
# "… các hộ dùng nước và đơn vị thụ hưởng": a second holder after "và" opens with a kind of body
_SECOND_HOLDER = re.compile(
    r"\s+và\s+(?=(?:các\s+|những\s+)?(?:đơn vị|cơ quan|tổ chức|hộ|cá nhân|chủ|người)(?![^\W_]))"
)


def title_holder(heading: str, names: list[str] | None) -> list[str] | None:
    """The holders a duty article's title names, as the title writes them, where the name reader
    reads none or stops at a participle ("Trách nhiệm của Đơn vị được giao khai thác", "Giám đốc
    Đơn vị được giao khai thác", "… của Giám đốc đơn vị quản lý vận hành hệ thống thủy lợi Đô
    Lương, Nam Đàn", "… của các hộ dùng nước và đơn vị thụ hưởng"); None to keep `names`."""
    text = heading.strip(" .*")
    low = match_form(text)
    duty = _DUTY_OF.match(low)
    at = duty.end() if duty is not None else 0
    if duty is None and ROLE_RX.match(low) is None:
        return None
    holder = text[at:].strip()
    if (
        not holder
        or any(c in holder for c in ".;:()")
        or len(holder.split()) > _TITLE_HOLDER_WORDS
    ):
        return None
    if _NOT_HOLDER.match(match_form(holder)):
        return None
    if names:
        # "Giám đốc Đơn vị" read from "Giám đốc Đơn vị được giao khai thác": the rest qualifies it
        # "Đơn vị quản lý" read from "Đơn vị quản lý vận hành" (its last words taken for a verb)
        whole = len(names) == 1 and holder.startswith(names[0]) and holder != names[0]
        rest = holder[len(names[0]) :]
        if whole and (_PARTICIPLE_TAIL.fullmatch(rest) or _OPERATOR.fullmatch(match_form(holder))):
            return [holder]
        if whole and _BARE_KIND.fullmatch(names[0]) and _ROLE_TAIL.fullmatch(rest):
            return [holder]  # "Cơ quan chủ trì": a role the rule defines, cut at its "verb"
        return None
    if duty is None:
        return None
    if (
        "quyền hạn" in low[:at]
        and holder[:1].islower()
        and not _GROUP.match(holder)
        and not _OPERATOR.fullmatch(match_form(holder))
    ):
        return None  # "Nhiệm vụ, quyền hạn của đơn vị quản lý khu du lịch": a governed unit's
    parts = _SECOND_HOLDER.split(holder)
    return [part.strip() for part in parts if part.strip()]
