"""Powers: who is competent to do what ("… có thẩm quyền ký bằng tiến sĩ") assigns no work.

A guidance letter restates the law: "Theo quy định của pháp luật, chỉ giám đốc đại học, học viện
… có thẩm quyền ký bằng tiến sĩ; hiệu trưởng trường cao đẳng có thẩm quyền ký bằng tốt nghiệp cao
đẳng", "Chủ tịch Ủy ban nhân dân cấp huyện có thẩm quyền xử phạt …". Each clause says who holds a
power, not what anyone is asked to do. A power that only qualifies its noun ("Cơ quan có thẩm
quyền …", "Ủy ban nhân dân cấp có thẩm quyền …") is a subject still waiting for its verb, and a
clause that owes, asks or dates something ("… có thẩm quyền và có trách nhiệm …", "… phải …")
is work.
"""

from __future__ import annotations

import re

from notices.assignees import asks_someone
from notices.deadlines import names_due_date
from notices.grants import OBLIGED
from notices.names import assignee_start
from notices.statement_words import MORE_WORK_VERB, ORDER_ADVERB
from notices.subject_qualifiers import QUALIFIED_KIND

# "<holder> (chỉ|đều|mới) có thẩm quyền <verb>": the power is the clause's predicate
_POWER = re.compile(
    r"^(?P<subject>[^.;:]{2,240}?)\s+(?:(?:chỉ|đều|mới|cũng)\s+)?có\s+thẩm\s+quyền\s+"
    r"(?!(?:và|theo|về|đối với|trong|của|tại|với|cho|để|ở)(?![^\W_]))(?=[^\W\d_])"
)
# the frame before the holder: "Theo quy định của pháp luật, chỉ …", "Theo Luật …, …"
_FRAME = re.compile(r"^(?:theo|căn cứ)\s[^,]{2,120},\s*(?:(?:chỉ|thì)\s+)?|^chỉ\s+")


# a holder named by its title in lower case, as the law writes it ("giám đốc đại học",
# "hiệu trưởng trường …", "chủ tịch ủy ban nhân dân cấp huyện")
_HOLDER = re.compile(
    r"(?:giám đốc|hiệu trưởng|viện trưởng|chủ tịch|thủ trưởng|người đứng đầu|bộ trưởng"
    r"|trưởng|chánh|cục trưởng|tổng cục trưởng)(?![^\W_])"
)

# a verb or link handing something to the holder: the clause's subject is someone else
_HANDS = re.compile(
    r"(?<![^\W_])(?:gửi|chuyển|trình(?!\s+độ)|nộp|báo cáo|đề nghị|kiến nghị|đến|cho|tới|lên"
    r"|với)(?![^\W_])"
)


# after the power's object, more work: a comma part or "đồng thời" / "và" opening with a work
# verb ("…, tổ chức kiểm tra …", "…, đồng thời báo cáo …"), or an adverb of order ("… chủ động
# kiểm tra …")
_MORE_WORK = re.compile(
    rf"(?:,\s*|(?<![^\W_])(?:đồng thời|và)\s+){MORE_WORK_VERB}(?![^\W_])"
    rf"|(?<![^\W_])(?:đồng thời|{ORDER_ADVERB})(?![^\W_])"
)
# a plural addressee ("Chủ tịch UBND các huyện, thị xã, …"): the law names a level, a directive
# names whom it asks
_PLURAL = re.compile(r"(?<![^\W_])(?:các|những)\s")


def powers_only(sentence: str, low: str) -> bool:
    """Every ";" clause of the sentence says who holds a power, and nothing is owed, asked or
    dated."""
    if OBLIGED.search(low) or asks_someone(low) or names_due_date(low, yearless=True):
        return False
    spans = [m.span() for m in re.finditer(r"[^;]+", low.rstrip(" ."))]
    clauses = [(sentence[a:b].strip(" ,"), low[a:b].strip(" ,")) for a, b in spans]
    clauses = [(text, clause) for text, clause in clauses if clause]
    if not clauses:
        return False
    for text, clause in clauses:
        power = _POWER.match(clause)
        if power is None or QUALIFIED_KIND.search(power["subject"].rstrip()):
            return False  # "cơ quan có thẩm quyền …": the power says which one
        frame = _FRAME.match(clause)
        at = frame.end() if frame else 0
        if _PLURAL.search(power["subject"], at) or _MORE_WORK.search(clause, power.end()):
            return False
        if assignee_start(text, clause, at) is None and not _HOLDER.match(clause, at):
            return False  # "Báo cáo … cho cơ quan … có thẩm quyền": work, then whom it goes to
        if _HANDS.search(power["subject"], at):
            return False  # "Sở X gửi hồ sơ đến Ủy ban nhân dân tỉnh có thẩm quyền …"
    return True
