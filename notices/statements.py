"""Sentences that cite, narrate or only ask to carry out the document: they assign no work.

A letter of guidance is mostly such sentences ("Căn cứ khoản 2 Điều 15 Luật …", "Ngày 30/6/2025,
Chính phủ ban hành Nghị định …", "Tại khoản 4 Điều 13 Nghị định … quy định …"), and a
resolution or plan closes with clauses that only ask to carry it out ("Giao Ủy ban nhân dân Thành
phố tổ chức thực hiện Nghị quyết.", "Trong phạm vi chức năng, nhiệm vụ của mình, tham gia phối
hợp triển khai thực hiện Kế hoạch này."). None of them names a piece of work to track.
"""

from __future__ import annotations

import re
from datetime import date

from notices.assignees import analyze, asks_someone
from notices.text import match_form

_DOC = (
    r"(?:hiến pháp|bộ luật|luật|pháp lệnh|nghị định|thông tư|quyết định|nghị quyết|chỉ thị"
    r"|công văn|văn bản|kế hoạch|thông báo|kết luận|quy chế|quy định|điều lệ)"
)
# "điểm a khoản 3 Điều 30", "khoản 2 Điều 15", "Điều 76", "Mục 2.4", "Phụ lục I" (each part
# optional, in that order), then the document they belong to.
_PROVISION = (
    r"(?:(?:tiết|điểm)\s+[\w.]{1,6},?\s+)?(?:khoản\s+[\w.]{1,6},?\s+)?(?:(?:điều|mục|chương"
    r"|phụ lục)\s+[\w.]{1,8},?\s+)(?:(?:của|tại)\s+)?"
)
# "Căn cứ tại Điều 34 Luật Doanh nghiệp …", "Căn cứ khoản 2 Điều 15 Luật Thuế …", "Tại khoản 4
# Điều 13 Nghị định 10/2022/NĐ-CP … quy định …", "Theo quy định tại điểm a khoản 2 Điều 3 …".
_CITES_PROVISION = re.compile(
    rf"^(?:căn cứ(?:\s+(?:tại|vào|theo))?|tại|theo(?:\s+quy định\s+(?:tại|của))?)\s+"
    rf"{_PROVISION}{_DOC}\b"
)
# "Căn cứ quy định nêu trên, về nguyên tắc …, trường hợp … thì …": the rule applied, not work.
_RULE_APPLIED = re.compile(
    r"^căn cứ\s+(?:các\s+)?(?:quy định|hướng dẫn)\s+(?:nêu trên|trên|nói trên)"
)
# "Trường hợp cơ sở kinh doanh chưa góp đủ vốn … thì không thuộc đối tượng …": what holds in a
# case, with no body named to act, is not a task.
_CASE = re.compile(r"^(?:trong\s+)?(?:trường hợp|nếu)\s")
# "Ngoài ra, cần lưu ý pháp luật thuế …": advice with nobody told to act.
_ADVICE = re.compile(r"^(?:ngoài ra,?\s*)?(?:cần|nên)\s+lưu ý\b")
# "Ngày 30/6/2025, Chính phủ ban hành …", "Sáng ngày 18 tháng 11 năm 2025, …".
_DATED_OPENING = re.compile(
    r"^(?:(?:sáng|chiều|tối|trưa)\s+)?ngày\s+(\d{1,2})\s*(?:/|-|\.|\s+tháng\s+)\s*(\d{1,2})"
    r"\s*(?:/|-|\.|\s+năm\s+)\s*(\d{4})\s*,"
)

_WORK_VERB = re.compile(
    r"(?:xây dựng|ban hành|hướng dẫn|báo cáo|rà soát|tham mưu|chỉ đạo|chủ trì|tổng hợp|đề xuất"
    r"|nghiên cứu|bố trí|cung cấp|kiểm tra|giám sát|thực hiện|triển khai|(?<!các )(?<!những )"
    r"tổ chức(?!\s+(?:chính trị|thành viên|xã hội|đoàn thể|liên quan|có liên quan)))"
)
# The work is only to carry out (or watch over) the document itself: "… tổ chức thực hiện Nghị
# quyết.", "… giám sát việc thực hiện Nghị quyết.", "… phối hợp tổ chức tuyên truyền và giám sát
# việc thực hiện Nghị quyết.", "… thực hiện các nhiệm vụ được giao tại Kế hoạch này.".
_CARRY_OUT = re.compile(
    r"(?:(?:chủ động|tích cực|nghiêm túc|khẩn trương)\s+)*"
    r"(?:(?:tham gia\s+)?phối hợp(?:\s+với\s+(?P<partner>[^.;:]{1,160}?))?\s+)?"
    r"(?:(?:tổ chức|triển khai)(?:\s*,\s*|\s+))*"
    r"(?:(?:(?:tuyên truyền|kiểm tra|đôn đốc|theo dõi)(?:\s*,\s*|\s+và\s+))*"
    r"(?:giám sát|kiểm tra|theo dõi)\s+việc\s+(?:tổ chức\s+)?(?:triển khai\s+)?thực hiện"
    r"|thực hiện|thi hành|triển khai)"
    r"(?:\s+(?:có hiệu quả|hiệu quả|tốt|nghiêm túc))?"
    r"(?:\s+(?:các|những)\s+(?:nhiệm vụ|nội dung)\s+(?:được giao|được phân công|nêu)"
    r"\s+(?:tại|trong))?"
    rf"\s+{_DOC}(?:\s+(?:này|trên|nêu trên))?"
    r"(?:\s+theo\s+(?:đúng\s+)?(?:quy định|chức năng)[^.;]*)?"
    r"(?:\s*(?:,|và)\s*báo cáo\s[^.;\d]{0,80}?kết quả(?:\s+thực hiện)?)?"
    r"\s*[./]*$"
)
# What may come before it: "Trong phạm vi chức năng, nhiệm vụ của mình, ", "Căn cứ chức năng,
# nhiệm vụ được giao, ", then "Giao/Đề nghị/Yêu cầu" and the body's name (no work verb in it).
_SCOPE = re.compile(r"^(?:trong phạm vi|căn cứ|theo)\b[^.;:]{0,80}?(?:của mình|được giao)\s*,\s*")
# "… yêu cầu các đơn vị triển khai, báo cáo Lãnh đạo Bộ kết quả thực hiện./.": the closing ask.
_REPORT_BACK = re.compile(
    r"(?:triển khai|thực hiện)(?:\s+(?:thực hiện|có hiệu quả))?\s*(?:,|và)\s*báo cáo\s"
    r"[^.;\d]{0,80}?kết quả(?:\s+thực hiện)?\s*[./]*$"
)


def states_only(sentence: str, reference: date | None) -> bool:
    """True for a sentence that cites a provision, applies a rule, advises, narrates a past
    event (a date before the notice's own) or only asks to carry out the document."""
    low = match_form(sentence.strip().rstrip("| "))
    if not low:
        return False
    if _carries_out_only(low):
        return True
    if _CASE.match(low) and not analyze(sentence).leads:
        return True  # a case that names who acts in it stays ("…, các trường học tạm dừng …")
    if asks_someone(low):
        return False  # "Căn cứ quy định nêu trên, đề nghị Sở …" asks for work
    if _CITES_PROVISION.match(low) or _RULE_APPLIED.match(low) or _ADVICE.match(low):
        return True
    return _narrates_past(low, reference)


def _carries_out_only(low: str) -> bool:
    scope = _SCOPE.match(low)
    start = scope.end() if scope else 0
    for m in re.finditer(r"(?:^|\s)(?=\S)", low[start:]):
        at = start + m.end()
        if _WORK_VERB.match(low, at) is None and not low.startswith("phối hợp", at):
            continue
        # the first verb is the whole work, or it starts other work
        carry = _CARRY_OUT.match(low, at)
        if carry and carry["partner"] and _WORK_VERB.search(carry["partner"]):
            return False  # "phối hợp với sở, ngành hướng dẫn … triển khai Kế hoạch": work
        return bool(carry or _REPORT_BACK.match(low, at))
    return False


def _narrates_past(low: str, reference: date | None) -> bool:
    m = _DATED_OPENING.match(low)
    if m is None or reference is None:
        return False
    try:
        when = date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        return False
    return when < reference


# "Các Bộ, cơ quan thống nhất chỉ có một cơ quan chủ trì; giao Bộ …": what the meeting agreed on,
# before the clause that assigns.
_AGREED = re.compile(
    r"^[^;:]{0,100}?(?:(?<=\s)|^)(?:cơ bản\s+)?(?:thống nhất|nhất trí)\s+"
    r"(?:chỉ|là|rằng|về việc|chủ trương|cao)\b"
)


def agrees_only(clause: str) -> bool:
    """A clause that only states what was agreed and asks nobody for anything."""
    low = match_form(clause.strip())
    return bool(_AGREED.match(low)) and not asks_someone(low)
