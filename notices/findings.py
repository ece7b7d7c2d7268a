"""Sentences that enclose papers, cite a document before giving work, or report a reviewed
finding: the first and last assign no work."""

from __future__ import annotations

import re

from notices.assignees import analyze, asks_someone
from notices.deadlines import names_due_date
from notices.names import assignee_start
from notices.statement_words import WORK_VERB
from notices.text import match_form

# "Bộ Thông tin và Truyền thông gửi kèm Đề cương … để Quý Ủy ban tham khảo …", "Sở Y tế xin gửi
# kèm theo danh sách …": the writer says what it encloses, for the addressee's reference; no work.
# A body that must send something with its report ("Các xã gửi kèm hồ sơ về Sở trước ngày …") is
# asked and dated; that stays work.
_ENCLOSES = re.compile(
    r"^[^,;:]{2,120}?\s(?:(?:xin|trân trọng|kính)\s+)?gửi kèm(?:\s+theo)?(?![^\W_])"
    r"(?P<rest>[^;]*)$"
)
# The purpose holds reference words only, to its end ("để Quý cơ quan theo dõi.", "để các đơn vị
# nghiên cứu, tham khảo", "để Quý Ủy ban tham khảo trong quá trình xây dựng Kế hoạch: when it
# reads them"); "để … nghiên cứu, góp ý", "để … tham khảo, điền … và gửi về …" ask for
# work (a comment, a filled form) and are requests.
_FOR_REFERENCE = re.compile(
    r"(?<![^\W_])để\s[^;,.:]{0,80}?(?:nghiên cứu\s*,\s*|nghiên cứu và\s+)?"
    r"(?:tham khảo|biết|theo dõi)(?:\s*(?:,|và)\s*(?:tham khảo|biết|theo dõi))*"
    r"(?:\s+(?:trong quá trình|trong khi|khi)\s"
    r"(?![^;]*(?:góp ý|ý kiến|gửi về|báo cáo|điền))[^;]*)?[\s./]*$"
)
_PURPOSE_AT = re.compile(r"(?<![^\W_])để\s")


def encloses_only(low: str) -> bool:
    """The writer encloses documents for the addressee's reference (courteously or "để … tham
    khảo"), asking nothing and naming no date."""
    found = _ENCLOSES.match(low)
    if found is None or asks_someone(low) or names_due_date(low, yearless=True):
        return False
    rest = found["rest"]
    if _PURPOSE_AT.search(rest):
        return _FOR_REFERENCE.search(rest) is not None  # the purpose says what it is for
    return (
        re.search(r"\s(?:xin|trân trọng|kính)\s+gửi kèm", low[: found.start("rest")]) is not None
    )


# "Sau khi rà soát, đối chiếu với chức năng nhiệm vụ …, Ban … thấy không có nội dung cần trình
# …": what the writer found on review, its own account rather than work asked of anyone; so is
# the opinion a comment letter gives on a draft ("Sau khi nghiên cứu Dự thảo …, Sở … nhất trí
# với bố cục và nội dung của dự thảo", "…, Sở … cơ bản thống nhất với dự thảo").
_REVIEWED = re.compile(
    r"^(?:qua|sau khi)\s+(?:(?:rà soát|kiểm tra|xem xét|nghiên cứu|đối chiếu|tổng hợp|thẩm định"
    r"|trao đổi|làm việc)(?![^\W_])(?:\s*,\s*|\s+và\s+|\s+)?)+[^;]{0,240}?,\s*"
    r"(?P<subject>[^,;:]{2,120}?)\s+(?:(?:nhận\s+)?thấy|(?:cơ bản\s+|hoàn toàn\s+)?"
    r"(?:nhất trí|thống nhất|đồng ý)\s+(?:với|về)|không có ý kiến|có ý kiến như sau)(?![^\W_])"
)


def cites_then_works(sentence: str, low: str) -> bool:
    """After the citation, a body named to do work ("Căn cứ quy định tại Điều 3 Quyết định …,
    theo chức năng, nhiệm vụ, các Bộ, ngành … xây dựng văn bản hướng dẫn …") or a date it is due
    by ("…, Sở … báo cáo trước ngày …"): the citation only opens a task."""
    if names_due_date(low, yearless=True):
        return True
    # the part after the citation may open with a scope ("theo chức năng, nhiệm vụ, …") and the
    # law's name may hold commas ("Luật Trồng trọt, chăn nuôi, thú y, …"): every comma is tried,
    # up to the first ";"
    head = sentence.split(";", 1)[0]
    return any(_names_body(head[m.end() :]) for m in re.finditer(",", head))


def _names_body(text: str) -> bool:
    """The clause opens with a body that acts (a lead the parser reads, or a body's name first);
    a rule stated of a body ("Công ty không được tiếp tục hưởng …") is no work."""
    rest = text.strip()
    rest_low = match_form(rest)
    if not rest_low or _RULE_OF_BODY.search(rest_low):
        return False
    leads = analyze(rest).leads
    if leads:
        # "…, Công ty … không đủ điều kiện được giao đất", "…, Ủy ban nhân dân tỉnh không có
        # cơ sở xem xét …": the body's state under the rule, not work
        name = match_form(leads[0].name)
        at = rest_low.find(name)
        return at < 0 or _BODY_STATE.match(rest_low, at + len(name)) is None
    return assignee_start(rest, rest_low, 0) is not None


_BODY_STATE = re.compile(
    r"\s+(?:(?:không|chưa)\s+(?:đủ|có|thuộc)|đủ điều kiện|thuộc|là)(?![^\W_])"
)


# "… không được hưởng …", "… được áp dụng …", "… thì …": what a rule says of a body
_RULE_OF_BODY = re.compile(
    r"(?<![^\W_])(?:không được|được(?!\s+(?:giao|phân công))|thì)(?![^\W_])"
)


def reviewed_finding(sentence: str, low: str) -> bool:
    """The writer's finding after a review: its subject is a body's name (no verb or condition
    in it), nothing is asked or dated, and no later clause (after a comma or a ';') names a body
    that acts ("…, Phòng Tài chính tham mưu phương án", "…; các xã tiếp tục rà soát …")."""
    head, _, _ = low.partition(";")
    found = _REVIEWED.match(head)
    if found is None or WORK_VERB.search(found["subject"]):
        return False
    text = sentence.strip()
    if assignee_start(text, low, found.start("subject")) is None:
        return False  # "Qua kiểm tra hồ sơ, nếu thấy chưa đủ, …": a condition, no finding
    if asks_someone(low) or names_due_date(low, yearless=True):
        return False
    rest = text[found.end() :]
    return not any(_acts(part.strip()) for part in re.split(r"[,;]", rest) if part.strip())


# "… là do Phòng … chưa phối hợp …", "…, Trung tâm … đã thực hiện đúng quy trình": what the
# finding found, a body's past or missing act, not work asked of it
_FOUND_ACT = re.compile(r"(?<![^\W_])(?:đã|chưa|là do)(?![^\W_])")


def _acts(part: str) -> bool:
    return bool(analyze(part).leads) and _FOUND_ACT.search(match_form(part)) is None
