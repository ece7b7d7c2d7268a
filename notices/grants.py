"""Permissions and benefits: what a body may do ("… được ký hợp đồng …") assigns it no work."""

from __future__ import annotations

import re

from notices.assignees import analyze, asks_someone
from notices.deadlines import names_due_date
from notices.names import assignee_start
from notices.statement_words import GOES_ON, TASK_VERB, WORK_VERB
from notices.text import match_form

# "Bệnh viện A và Bệnh viện B được ký hợp đồng …", "Trung tâm … được chuyển trực tiếp người bệnh
# …": a special mechanism says what a body may do (a permission or a benefit), not what it is
# asked to do. Being assigned, delegated, invited or called up ("được giao chủ trì …", "được ủy
# quyền phê duyệt …", "được mời dự họp") is work.
_PERMITTED = re.compile(
    r"^(?P<subject>(?:(?!\bđược\s)[^.;:]){2,160}?)\s+(?:cũng\s+|vẫn\s+|tiếp tục\s+)?được\s+"
    r"(?!(?:giao|phân công|ủy quyền|uỷ quyền|yêu cầu|đề nghị|mời|triệu tập|huy động|chỉ định|cử"
    r"|chỉ đạo|thành lập|kiện toàn|bổ sung vào|chọn|lựa chọn|đảm nhiệm|đảm nhận)(?![^\W_]))"
    r"(?=[^\W\d_])"
)
# ("… mà không phải ký hợp đồng" says what is spared)
OBLIGED = re.compile(
    r"(?<![^\W_])(?<!không )(?:phải|có trách nhiệm|chịu trách nhiệm|cần)(?![^\W_])"
)


_ASPECT = re.compile(r"(?<![^\W_])(?:đã|đang|sẽ|tiếp tục|vẫn|luôn|chưa)(?![^\W_])")


def permitted_only(sentence: str, low: str) -> bool:
    """The main clause says what a body may do and nothing else in the sentence is work: its
    subject is a body's name (no verb in it), "được" is not followed by an agent ("được Ủy ban
    nhân dân tỉnh phân công …"), nothing is owed, asked or dated, no work verb follows in its
    clause ("Các hộ được cấp phép … thực hiện …": the permit only qualifies the subject) and no
    later clause opens with work or names a body that acts."""
    head, _, _ = low.partition(";")
    permit = _PERMITTED.match(head)
    if permit is None or WORK_VERB.search(permit["subject"]) or OBLIGED.search(low):
        return False
    if _ASPECT.search(permit["subject"]):
        return False  # "… tiếp tục khẳng định được vai trò …": a verb's "được", not a grant
    text = sentence.strip()
    at = permit.end()
    if assignee_start(text, low, at) is not None:
        return False  # a passive with its agent: the body is assigned
    # "Các khoa phối hợp theo dõi, đôn đốc sinh viên được chọn …", "Ủy ban nhân dân tỉnh nhận
    # được Công văn …": the body named ends before "được", a verb stands between
    leads = analyze(sentence).leads
    if leads:
        name = match_form(leads[-1].name)
        found = low.find(name)
        if found < 0 or found + len(name) < len(permit["subject"]):
            return False
    if assignee_start(text, low, 0) is None:
        return False
    if asks_someone(low) or names_due_date(low, yearless=True):
        return False
    # (from the granted verb on: "Trạm bơm được kiểm tra, …" is work to be done; a permit that
    # qualifies the subject has a verb of its own after it, "… được cấp phép … thực hiện …"; a
    # grant's purpose or time holds no work, "… được ký hợp đồng … để thực hiện …", "… được
    # miễn tiền thuê đất trong thời gian xây dựng …")
    stop = re.search(r"[,;]", low[at:])
    end = at + stop.start() if stop else len(low)
    if _WORK_OPENS.match(low, at):
        return False
    purpose = _GRANT_PURPOSE.search(low, at, end)
    verbs_end = purpose.start() if purpose else end
    if WORK_VERB.search(low, at, verbs_end) or TASK_VERB.search(low, at, verbs_end):
        return False
    if GOES_ON.search(low, at, end):
        return False
    # a later part opens with work ("…, tổng hợp báo cáo …"), or a ';' clause names a body that
    # acts ("…; Phòng … chủ trì kiểm tra"); after a comma a name may go on a list ("… của Bệnh
    # viện A, Bệnh viện B ngay từ khi thực hiện …")
    for number, clause in enumerate(text[end:].split(";")):
        clause_low = match_form(clause.strip())
        opens_grant = _GRANT_GOES_ON.match(clause_low) is not None
        if number and clause_low and not opens_grant and analyze(clause.strip()).leads:
            return False
        for part in clause.split(","):
            part_low = match_form(part.strip())
            if part_low and not _GRANT_GOES_ON.match(part_low) and _WORK_OPENS.match(part_low):
                return False
    return True


# what a grant is for or while what it lasts: "để …", "nhằm …", "(trong) thời gian …", "khi …"
_GRANT_PURPOSE = re.compile(
    r"(?<![^\W_])(?:để|nhằm|(?:trong\s+)?(?:thời gian|thời kỳ|giai đoạn|quá trình)|khi"
    # the money granted for a work: "… được hỗ trợ kinh phí xây dựng nhà văn hóa"
    r"|kinh phí|chi phí|vốn|tiền)(?![^\W_])"
)
# "…; được hỗ trợ thông tin …", "…; ưu tiên sử dụng …": one more grant
_GRANT_GOES_ON = re.compile(r"^(?:và\s+)?(?:cũng\s+)?(?:được|ưu tiên|miễn|giảm)(?![^\W_])")
_WORK_OPENS = re.compile(
    r"^(?:(?:khẩn trương|kịp thời|đồng thời|tiếp tục|chủ động)\s+)*"
    rf"(?:{WORK_VERB.pattern}|{TASK_VERB.pattern}|chuẩn bị|khắc phục|lập)"
)
