"""A clause after ";" that only lists one more body the previous clause's work is done to.

"2. Chỉ đạo, kiểm tra các cơ quan chuyên môn trực thuộc; Ủy ban nhân dân cấp huyện trong việc
thực hiện các nội dung được phân cấp …": the point names no doer (its article's heading does);
after the ";" the body is one more object of "chỉ đạo, kiểm tra", and "trong việc …" says in what,
so the clause has no verb of its own and its body is no lead. "…; Sở Y tế chủ trì hướng dẫn …",
"…; Phòng Kinh tế và Hạ tầng về việc cấp phép chủ trì thẩm định …" (a role verb after what it is
about) and a clause after one that names its own doer stay clauses of their own. After "Phối hợp
với Sở Tài chính; Sở Kế hoạch và Đầu tư trong việc …" the body is one more of those it works with.
"""

from __future__ import annotations

import re

from notices.clause_roles import Roles, span_names
from notices.subjects import scan_subject
from notices.text import match_form

# What the work is about, right after the listed body: no verb of the clause's own
_ABOUT_WHAT = re.compile(r"(?:trong|về)\s+(?:việc|công tác)(?![^\W_])")
# A role the clause gives its own body: "… về việc cấp phép chủ trì thẩm định hồ sơ"
_OWN_ROLE = re.compile(
    r"(?<![^\W_])(?:chủ trì|phối hợp|có trách nhiệm|chịu trách nhiệm|tham mưu|là cơ quan"
    r"|là đơn vị|là đầu mối|làm đầu mối)(?![^\W_])"
)


def lists_one_more_object(clause: str, previous: Roles) -> bool:
    """True when `clause` (after a ";") is a body then "trong việc …" and the clause before it
    names no doer of its own (an imperative point); a body glued after a support list joins it."""
    if previous.leads or not clause[:1].isupper():
        return False
    low = match_form(clause)
    span = scan_subject(clause, low, 0)
    if span is None or span.end == 0:
        return False
    about = _ABOUT_WHAT.match(low, span.end)
    if about is None or _OWN_ROLE.search(low, about.end()):
        return False
    if previous.support:  # "Phối hợp với Sở Tài chính; Sở Kế hoạch và Đầu tư trong việc …"
        names = span_names(clause, 0, span) or []
        previous.support.extend(n.name for n in names if n.name not in previous.support)
    return True
