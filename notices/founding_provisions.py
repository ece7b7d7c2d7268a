"""A decision's articles that found a body, state its status or say how long it lasts: no work
of their own."""

from __future__ import annotations

import re

from notices.assignees import asks_someone
from notices.deadlines import names_due_date
from notices.later_work import goes_on, has_work
from notices.statement_words import WORK_VERB

# "Chính quyền địa phương ở các xã trước sắp xếp tiếp tục hoạt động cho đến khi chính quyền …
# mới chính thức hoạt động.": a transitional provision says how long a body goes on existing.
# "Ban bầu cử hết nhiệm vụ sau khi …", "Tổ thẩm định kết thúc nhiệm vụ khi …": a body's term
# ends, no work of its own.
_LASTS_UNTIL = re.compile(
    r"^[^.;:]{3,200}?\s(?:(?:tiếp tục|vẫn)\s+hoạt động\s+(?:cho\s+)?(?:đến|tới)\s+(?:khi|ngày|hết)"
    r"|(?:hết nhiệm vụ|kết thúc nhiệm vụ)\s+(?:sau khi|khi|kể từ)"
    r")\b"
)


def lasts_only(low: str) -> bool:
    """A transitional provision whose 'cho đến khi …' part (to its first comma or ';') is all
    it says; a reporting clause or a deadline after it is work ("…, báo cáo kết quả …")."""
    lasts = _LASTS_UNTIL.match(low)
    if lasts is None or asks_someone(low):
        return False
    rest = low[lasts.end() :]
    if names_due_date(rest, yearless=True):
        return False
    after = re.split(r"[,;]", rest, maxsplit=1)
    return len(after) < 2 or not has_work(after[1])


# "Thành lập Sở Tài chính tỉnh …, là cơ quan chuyên môn thuộc …", "Thành lập Trường Đại học …
# trên cơ sở nâng cấp Trường Cao đẳng …": a decision's founding article; "Trường … là cơ sở giáo
# dục đại học công lập, có tư cách pháp nhân, con dấu …", "Sở … có tư cách pháp nhân, có con
# dấu …", "Trường … hoạt động theo Điều lệ trường đại học …": the status of what it founds.
_FOUNDS = re.compile(
    r"^(?:thành lập|tổ chức lại|đổi tên|giải thể)\s[^.;:]{2,200}?"
    r"(?:,\s*là\s|\strên cơ sở\s(?:nâng cấp|hợp nhất|sáp nhập|tổ chức lại|chia tách|tiếp nhận))"
)
_STATUS = re.compile(
    r"^[^.;:]{2,160}?\s(?:(?:là\s[^.;:]{2,120}?,\s*)?có tư cách pháp nhân"
    r"|hoạt động theo\s+(?:điều lệ|quy chế|luật|quy định)(?![^\W_]))"
)


def founds_only(low: str) -> bool:
    founds = _FOUNDS.match(low)
    if founds is not None:
        # "…, là cơ quan tổ chức kỳ thi, hoàn thành việc thi tuyển trước ngày …", "…, có nhiệm
        # vụ rà soát …", "…; Phòng Nội vụ bàn giao hồ sơ …" go on to work
        return not goes_on(low[founds.end() :])
    status = _STATUS.match(low)
    # "… có tư cách pháp nhân, có trách nhiệm tổ chức thực hiện …" goes on to work
    if status is None or asks_someone(low):
        return False
    rest = re.sub(r"\bban hành kèm theo\b", " ", low[status.end() :])  # names the rules
    return not WORK_VERB.search(low[: status.end()]) and not WORK_VERB.search(rest)
