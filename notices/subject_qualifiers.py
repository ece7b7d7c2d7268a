"""Where a named body's subject ends when a verb sits in its qualifier or follows its name whole.

"Phòng có chức năng quản lý xây dựng thuộc Ủy ban nhân dân cấp huyện có trách nhiệm …", "Các tổ
chức, hộ gia đình, cá nhân trong khu vực thu hồi có trách nhiệm …": a verb inside what the body
does or where it is ("có chức năng quản lý xây dựng", "trong khu vực thu hồi") says which body;
the clause's own verb is the "có/chịu trách nhiệm" after it. "Ban Quản lý Khu kinh tế quản lý
nhà nước về chất lượng …", "Các Sở Công Thương, … Phát triển nông thôn quản lý nhà nước về …":
after a proper name, "quản lý nhà nước" is the work, not the kind of agency it is in "cơ quan
quản lý nhà nước" (notices.subject_name_verbs). "… đoàn đánh giá ngoài có thể thực hiện …": the
modal opens the predicate.
"""

from __future__ import annotations

import re

from notices.subject_words import END, Span

# A qualifier that names what a body is for or where it is, then at most three words before the
# verb that stopped the scan: "có chức năng quản lý <xây dựng>", "trong khu vực <thu hồi>".
_QUALIFIER_BEFORE = re.compile(
    r"(?<![^\W_])(?:có chức năng|có nhiệm vụ|trong khu vực|trong vùng|trong phạm vi|tại khu vực"
    r"|nơi có)(?:\s+[^\W\d_]+){0,3}\s+$"
)
_DUTY = re.compile(r"(?<![^\W_])(?:có|chịu)\s+trách\s+nhiệm" + END)
# "Ủy ban nhân dân cấp có thẩm quyền thu hồi đất phải …", "Người có thẩm quyền ký văn bằng có
# trách nhiệm …": the power names which body (a verb right after it is its object's verb); the
# clause's verb is the "phải" or "có trách nhiệm" after it.
_COMPETENT_BEFORE = re.compile(r"(?<![^\W_])có thẩm quyền(?=\s+$)")
# The kinds a power qualifies ("cơ quan có thẩm quyền", "cấp có thẩm quyền", "người có thẩm
# quyền"): the power says which one. After a name ("Sở Xây dựng có thẩm quyền cấp giấy phép …")
# the power is the predicate and the name ends before it.
QUALIFIED_KIND = re.compile(
    r"(?<![^\W_])(?:cơ quan|cấp|người|đơn vị|tổ chức|cá nhân|bộ phận|chủ thể|các bên|bên)$"
)
# "Cơ quan quản lý nhà nước có thẩm quyền …": a kind opens the subject
_KIND_OPENS = re.compile(
    r"(?:(?:các|những|mọi)\s+)?(?:cơ quan|người|đơn vị|tổ chức|cá nhân|bộ phận|chủ thể|bên)" + END
)
_COMPETENT_DUTY = re.compile(r"(?<![^\W_])(?:(?:có|chịu)\s+trách\s+nhiệm|phải)" + END)
_CLAUSE_STOP = re.compile(r"[.;:,()]")
# Words that hand the verb an object or a purpose: "… thu hồi thông báo cho người sử dụng đất có
# trách nhiệm …", "… phối hợp với Tổ công tác để người dân có trách nhiệm …": the verb before
# them is the clause's own, the duty after them another body's.
_OWN_VERB_LINKS = re.compile(r"(?<![^\W_])(?:để|cho|với|nhằm|rồi|sau đó|đến)(?![^\W_])")
_REACH = 120


def _qualified_kind(low: str, start: int, power: int) -> bool:
    """The subject before the power at `power` is a kind the power qualifies."""
    if _KIND_OPENS.match(low, start):
        return True
    return QUALIFIED_KIND.search(low, start, max(start, power - 1)) is not None


# "<name> có thẩm quyền <verb>": the power is the predicate ("và", "theo", … qualify it instead)
_POWER = re.compile(
    r"có thẩm quyền(?=\s+(?!(?:và|theo|về|đối với|trong|của|tại|với|cho|để|ở)(?![^\W_]))"
    r"[^\W\d_])"
)


def holds_power(low: str, start: int, pos: int) -> Span | None:
    """ "Giám đốc Sở Xây dựng có thẩm quyền cấp giấy phép …": after a name (not a kind the
    power qualifies) the subject ends before "có thẩm quyền"."""
    power = _POWER.match(low, pos) if pos > start else None
    if power is None or _qualified_kind(low, start, pos):
        return None
    return Span(pos, power.group(), power.end())


# "Hội đồng nhân dân tỉnh quyết định mức hỗ trợ …", "Bộ Quốc phòng quyết định việc sử dụng đất
# …": after one body of government, a lower-case "quyết định" with an object is its verb, no noun
# of its name (round 31 (points) review); a list of bodies deciding shares out powers (cp-101)
_BODY_OPENS = re.compile(
    r"(?:(?:các|mỗi)\s+)?(?:bộ(?!\s+trưởng)|ủy ban nhân dân|uỷ ban nhân dân|ubnd|hội đồng nhân dân"
    r"|hđnd|sở|cục|tổng cục|chi cục|ban quản lý|kho bạc|ngân hàng nhà nước)" + END
)
_DECIDES = re.compile(r"quyết định(?=\s+(?!(?:số|của|này|về|tại|đã|được)(?![^\W_]))[^\W\d_])")


def decides(text: str, low: str, start: int, pos: int) -> Span | None:
    """ "Bộ Quốc phòng quyết định việc …": the body's name ends before its "quyết định"."""
    if pos <= start or not text[pos : pos + 1].islower() or not _BODY_OPENS.match(low, start):
        return None
    if "," in low[start:pos]:  # "Các bộ, …, Ủy ban nhân dân cấp tỉnh quyết định giao …": powers
        return None
    verb = _DECIDES.match(low, pos)
    return None if verb is None else Span(pos, verb.group(), verb.end())


def qualified_duty(low: str, start: int, pos: int) -> re.Match[str] | None:
    """The "có/chịu trách nhiệm" that is the clause's verb when the verb at `pos` sits in the
    subject's qualifier: no comma, clause end or object link ("cho", "với", "để") between them,
    within 120 characters."""
    competent = _COMPETENT_BEFORE.search(low, max(start, pos - 20), pos) is not None
    if not competent and _QUALIFIER_BEFORE.search(low, max(start, pos - 60), pos) is None:
        return None
    stop = _CLAUSE_STOP.search(low, pos)
    end = min(stop.start() if stop else len(low), pos + _REACH)
    duty = (_COMPETENT_DUTY if competent else _DUTY).search(low, pos, end)
    if duty is None or _OWN_VERB_LINKS.search(low, pos, duty.start()):
        return None
    return duty


_MANAGES_STATE = re.compile(r"quản lý nhà nước" + END)
# "Đoàn đánh giá ngoài có thể thực hiện việc phỏng vấn …": a modal then the work
_MAY = re.compile(r"có thể(?=\s+[^\W\d_])")
# "cơ quan quản lý nhà nước", "công tác quản lý nhà nước": a kind of agency or of work
_KIND_BEFORE = re.compile(
    r"(?<![^\W_])(?:cơ quan|đơn vị|tổ chức|bộ máy|công tác|nhiệm vụ|chức năng|cán bộ|công chức"
    r"|viên chức|lĩnh vực|hoạt động|phân cấp|thực hiện|về|việc|trong|tham mưu|giúp việc|và|,)\s*$"
)
_CAPITAL_WORD = re.compile(r"(?<=\s)[A-ZĐÀ-Ỹ]")


def manages_state(text: str, low: str, start: int, pos: int) -> Span | None:
    """The subject's end at a lower-case "quản lý nhà nước" right after a body's proper name
    ("Ban Quản lý Khu kinh tế", "Sở Nông nghiệp và Phát triển nông thôn"), or at "có thể"."""
    if pos <= start or not text[pos].islower():
        return None
    if _MAY.match(low, pos):
        return Span(pos, "có thể", pos + len("có thể"))
    m = _MANAGES_STATE.match(low, pos)
    if m is None or _KIND_BEFORE.search(low, max(start, pos - 30), pos):
        return None
    if _CAPITAL_WORD.search(text, start + 1, pos) is None:
        return None  # no proper name before it: "Cơ quan quản lý nhà nước …"
    return Span(pos, "quản lý", pos + len("quản lý"))
