"""Staff roles a sentence may open with as its subject: who does the work the sentence gives."""

from __future__ import annotations

import re

from notices.text import match_form

_END = r"(?![^\W_])"
# One role, named as a body's people name their own: "Giảng viên", "Cán bộ văn thư", "Hiệu
# trưởng", "Tổ chuyên môn", and a person named by what they were given or do: "Người được phân
# công", "Người nhập dữ liệu", "Người phụ trách …".
_ROLE = (
    r"(?:(?:các|mỗi|những|từng)\s+)?(?:giảng viên|giáo viên|nhóm trưởng|trưởng nhóm|tổ trưởng"
    r"|tổ phó|khối trưởng|cán bộ|chuyên viên|(?:phó\s+)?hiệu trưởng|tổ chuyên môn|kế toán"
    r"|văn thư|thủ quỹ|nhân viên|công chức|viên chức"
    r"|người\s+(?:được\s+(?:phân công|giao|ủy quyền|cử)|nhập|ghi|cập nhật|phụ trách|lập"
    r"|phát hiện|làm công tác))" + _END
)
# "Giáo viên hoặc người được phân công cập nhật …", "Kế toán và văn thư …": roles joined, each
# a subject of the work (a role may carry up to three words of its own: "Giáo viên bộ môn hoặc
# …").
PERSON_SUBJECT = re.compile(rf"{_ROLE}(?:(?:\s+[^\W\d_]+){{0,3}}?\s+(?:hoặc|và)\s+{_ROLE})*")
_JOIN = re.compile(r"\s+(?:hoặc|và)\s+")
# "Viên chức chịu trách nhiệm trước pháp luật về …", "Giáo viên cần nắm vững quy định …": what
# the role answers for or must know, a rule the letter states, no work it gives
_RULE_ONLY = re.compile(
    r"\s*(?:(?:cần|phải)\s+)?(?:chịu trách nhiệm\s+(?:trước|về)|nắm vững|nắm rõ|nắm chắc"
    r"|hiểu rõ|hiểu đúng)" + _END
)


def role_leads(name: str) -> list[str] | None:
    """The roles of a subject that joins them ("Giáo viên hoặc người được phân công" → both);
    None when a part is no role (a body's name the reader splits its own way)."""
    parts = _JOIN.split(name.strip())
    if len(parts) < 2 or not all(PERSON_SUBJECT.match(match_form(p)) for p in parts):
        return None
    return parts


def mixed_join(name: str) -> bool:
    """A role joined to people who are no role ("Giáo viên và học sinh", "Giáo viên và cha mẹ
    học sinh"): no subject of its own."""
    return person_role(name) and _JOIN.search(name) is not None and role_leads(name) is None


def states_rule(clause: str, name: str) -> bool:
    """The role `name` opens `clause` only to answer for or know something ("Giáo viên cần nắm
    vững …"), no work."""
    low = match_form(clause)
    at = low.find(match_form(name))
    return at >= 0 and _RULE_ONLY.match(low, at + len(name)) is not None


def person_role(name: str) -> bool:
    """A subject that is one of a body's people named by role ("Giáo viên", "Người nhập dữ
    liệu", "Tổ chuyên môn"), not a holder or a trade."""
    return PERSON_SUBJECT.match(match_form(name.strip())) is not None


def named_role(name: str) -> bool:
    """A role named by its title ("Tổ chuyên môn", "Giáo viên"), not a person named by what
    they do ("Người nhập …", which points back to someone the text already gave the work)."""
    low = match_form(name.strip())
    return person_role(name) and not re.match(r"(?:(?:các|mỗi|những|từng)\s+)?người\b", low)
