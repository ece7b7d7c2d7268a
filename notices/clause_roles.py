"""What one clause says about who acts (Roles), and how a subject found in it becomes a lead,
a director or a partner."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from notices.clause_cues import CUE_RX, SUPPORT, WORD_END
from notices.names import Assignee, assignee_start, split_assignees
from notices.subject_words import Span
from notices.subjects import scan_subject
from notices.text import match_form

_PAST = ("đã", "đang", "vẫn", "còn", "chưa", "đạt", "có", "dự kiến")  # "dự kiến": a plan told
# "… dự kiến tổ chức hội nghị vào ngày 10/3", "… dự kiến tiếp nhận 500 liều": a plan told; only
# "dự kiến <drafting noun>" ("… dự kiến phương án phân bổ vốn, báo cáo …") drafts an estimate:
# work.
_PLAN_DRAFTED = re.compile(
    r"\s+(?:phương án|nhu cầu|danh mục|kế hoạch|dự toán|chỉ tiêu|lộ trình|cơ cấu|danh sách"
    r"|số lượng|nội dung|chương trình|biên chế|mức|giá)" + WORD_END
)
_ASSIGNERS = ("giao", "đề nghị", "yêu cầu")
_DIRECTING = ("chỉ đạo", "trực tiếp")
_LEAD_ROLES = ("chủ trì", "là cơ quan", "là đơn vị", "tham mưu", "có trách nhiệm", "trực tiếp")


@dataclass(slots=True)
class Roles:
    """What one clause says about who acts; mutable while analyze() builds it."""

    leads: list[Assignee] = field(default_factory=list)
    support: list[str] = field(default_factory=list)
    directing: list[str] = field(default_factory=list)
    elsewhere: bool = False  # "Đề nghị cộng đồng doanh nghiệp …": addressed outside government
    descriptive: bool = False  # an assessment or a past-tense statement
    actionable: bool = False
    subject_only: bool = False  # "A, B;" before "C tập trung chỉ đạo": glue to the next clause


def span_names(text: str, span_start: int, span: Span) -> list[Assignee] | None:
    return split_assignees(text[span_start : span.end])


# "Cổng thông tin điện tử của huyện phải được cập nhật …", "Các thôn sẽ được hỗ trợ kinh phí",
# "Cơ sở … chịu sự quản lý của Sở": the body is acted on, not the doer; "được giao", "được phân
# công", "được ủy quyền", "được cử" ("Công chức VPTK được cử làm nhiệm vụ …") still hand it the
# work.
_ACTED_ON = re.compile(
    r"\s*(?:(?:phải|cần|sẽ|đã|đang|đều|cũng)\s+)*(?:được|bị|chịu sự)\s+"
    r"(?!(?:giao|phân công|ủy quyền|uỷ quyền|cử)(?![^\W_]))"
)


def subject_role(text: str, low: str, names: list[Assignee], span: Span, roles: Roles) -> bool:
    term = span.term
    if _ACTED_ON.match(low, span.end):
        return False
    if term in _PAST and (term != "dự kiến" or not _PLAN_DRAFTED.match(low, span.term_end)):
        roles.descriptive = True
        return False
    if term == "được":
        return False  # "Các phường được sử dụng nguồn …": a permission, nobody's work
    if term in _ASSIGNERS or term == ")":
        return False  # "UBND tỉnh yêu cầu …": the subject assigns; the trigger finds the object
    if term == "là" and not re.match(r"\s*(?:cơ quan|đơn vị)\b", low[span.term_end :]):
        return False
    assign(text, low, names, span, roles)
    return True


def assign(text: str, low: str, names: list[Assignee], span: Span, roles: Roles) -> None:
    if span.term in _DIRECTING or low.startswith("phụ trách", span.end):
        by_person = bool(names) and all(n.is_person for n in names)
        target = _object_of_directing(text, low, span, by_person=by_person)
        if target:  # "UBND huyện chỉ đạo phòng Nội vụ huyện chủ trì …"
            roles.directing.extend(n.name for n in names)
            roles.leads.extend(target)
            return
        persons = [n for n in names if n.is_person]
        roles.directing.extend(n.name for n in persons)
        bodies = [n for n in names if not n.is_person]
        # "Giao Phó Thủ tướng Chính phủ Lê Minh Tâm chỉ đạo việc …": when no body is named, the
        # titled person who directs is who the work is given to
        roles.leads.extend(bodies or [_titled(n) for n in persons if n.title])
        return
    roles.leads.extend(_titled(n) if n.is_person else n for n in names)


def _titled(person: Assignee) -> Assignee:
    """A person as a lead is named with the title written before the name."""
    return Assignee(person.titled, is_person=True)


def _object_of_directing(
    text: str, low: str, span: Span, *, by_person: bool
) -> list[Assignee] | None:
    """The body a subject directs: "… chỉ đạo phòng Nội vụ huyện chủ trì …"."""
    pos = span.term_end
    if span.term == "trực tiếp" and low.startswith(" chỉ đạo", pos):
        pos += len(" chỉ đạo")
    elif span.term != "chỉ đạo":
        return None
    while pos < len(low) and low[pos] == " ":
        pos += 1
    if assignee_start(text, low, pos) not in ("org", "group"):
        return None
    inner = scan_subject(text, low, pos)
    if inner is None or not inner.term or inner.term in (*_PAST, *_ASSIGNERS, ":", ")"):
        return None
    if not by_person and inner.term not in _LEAD_ROLES:
        return None  # "Giao UBND huyện chỉ đạo UBND cấp xã rà soát": the huyện stays the lead
    if by_person and inner.term not in _LEAD_ROLES and not CUE_RX.fullmatch(inner.term):
        return None  # "… Nguyễn Văn An chỉ đạo các sở trong quá trình …": no work of the sở
    if inner.term.endswith("trách nhiệm") and low[inner.term_end :].lstrip().startswith(":"):
        return None  # "Giao Ban Quản lý … chỉ đạo các đơn vị … có trách nhiệm:": the points
    return split_assignees(text[pos : inner.end])


_NOT_NAMES = frozenset({"và", "với", "cùng", "chặt chẽ", "thực hiện"})


def find_support(text: str, low: str, roles: Roles) -> None:
    lead_keys = {match_form(n.name) for n in roles.leads}
    for m in SUPPORT.finditer(low):
        span = scan_subject(text, low, m.end())
        if span is None or span.end <= m.end():
            continue
        names = split_assignees(text[m.end() : span.end], strict=False)
        for name in names or []:
            key = match_form(name.name)
            if key in _NOT_NAMES:
                continue  # "phối hợp và hướng dẫn": a second verb, not a partner
            if key not in lead_keys and name.name not in roles.support and len(key) < 120:
                roles.support.append(name.name)
