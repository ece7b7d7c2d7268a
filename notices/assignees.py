"""Who does what in one clause: leads (chủ trì), support (phối hợp), directing (chỉ đạo).

Grammar: [TRIGGER] ASSIGNEES [ROLE] ACTION. The assignee phrase ends at the first
role or action word, not at the first comma. Recipients ("gửi về X", "báo cáo X", "tham mưu UBND")
come after the verb and are never read as leads.
"""

from __future__ import annotations

import re

from notices.charged_bodies import charged_body
from notices.clause_cues import CUE_RX, DURING, OPENER, WORD_END
from notices.clause_roles import Roles, find_support, span_names, subject_role
from notices.duties import without_duty_fields
from notices.fronted_subjects import TOPIC_LABEL, from_inner_subject, from_topic
from notices.name_forms import make_assignee
from notices.names import Assignee, assignee_start, split_assignees
from notices.procedure_steps import after_step
from notices.proposals import doer_after_proposers, proposal_commas
from notices.regime_holders import regime_holder
from notices.remarks import asks_someone, is_assessment, is_remark
from notices.subject_trims import without_agency_kinds
from notices.subject_words import Span
from notices.subjects import scan_subject
from notices.text import match_form
from notices.trigger_leads import from_triggers

# Re-exported: the task builders and tests import them from here.
__all__ = [
    "Roles",
    "Span",
    "analyze",
    "asks_someone",
    "is_assessment",
    "is_remark",
    "scan_subject",
    "without_agency_kinds",
    "without_duty_fields",
]

_CONNECTOR = re.compile(
    r"(?:đồng thời|vì vậy|do đó|ngoài ra|bên cạnh đó|trong đó|mặt khác|tiếp theo|sau đó|qua đó|"
    r"từ đó|theo đó|trước mắt|cụ thể|trên cơ sở đó|nhất là|đặc biệt"
    # "Song song với các nhiệm vụ (trên), Hải quan … sẽ …", "Song song với đó, …": alongside
    r"|song song(?: với)? (?:đó|(?:các|những) nhiệm vụ(?: trên| này)?)"
    r"|trong thời gian (?:sắp )?tới|thời gian tới"
    # "Trong quá trình thực hiện(,) Thủ trưởng các địa phương chủ động …": the time the work is
    # done in, then its subject
    # ("Trong quá trình thực hiện, nếu có vướng mắc, …" is a case, no subject follows)
    r"|trong quá trình (?:tổ chức )?(?:thực hiện|triển khai(?: thực hiện)?)"
    r"(?!\s*,?\s*(?:nếu|trường hợp|khi|có)(?![^\W_])))\s*[,:]?\s*"
    # "Hằng năm, các bộ, ngành … báo cáo …", "Định kỳ hằng quý, Sở Y tế …": a cycle, then the
    # subject (only with its comma: "hằng năm báo cáo" has no subject after it)
    r"|(?:định kỳ\s+)?(?:hằng|hàng|mỗi)\s+(?:năm|quý|tháng|tuần)\s*,\s*"
)
# "Trong năm 2032, Ủy ban nhân dân cấp xã có trách nhiệm rà soát …", "Trong quý II, Sở …": the
# period the work is done in, then a body as its subject (round 33 (left)); a past year's account
# ("Trong năm 2024, Sở Y tế đã tổ chức …", "… đạt …") stays an account
_PERIOD = re.compile(
    r"(?:trong|vào)\s+(?:năm\s+\d{4}|tháng\s+\d{1,2}(?:\s*(?:/|năm)\s*\d{4})?"
    r"|quý\s+(?:[ivx]{1,3}|\d)(?:\s*(?:/|năm)\s*\d{4})?)\s*,\s*"
)
_PAST = re.compile(r"(?<![^\W_])(?:đã|đạt|được)(?![^\W_])")
_PAST_CHARS = 160
# "Hàng tháng Kho bạc Nhà nước … chuyển …": a cycle written without its comma, a capitalised
# name right after it (not "hằng năm báo cáo …", the work with no subject)
_BARE_CYCLE = re.compile(r"(?:định kỳ\s+)?(?:hằng|hàng|mỗi)\s+(?:năm|quý|tháng|tuần)\s+")
# "Kết quả kiểm tra, UBND các huyện tổng hợp gửi về …": what is sent, then who sends it. Only
# a subject that sends or makes the papers takes it: "Kết quả kiểm tra, các xã thực hiện chưa
# nghiêm …", "Kết quả giám sát, Ban … đánh giá …", "Danh sách …, Sở … sẽ thông báo sau." and
# "Kết quả kiểm tra cho thấy, …" tell findings.
_SENT_TOPIC = re.compile(
    r"(?:kết quả|hồ sơ|danh sách|số liệu)(?![^\W_])([^,;.:()]{0,80}),\s*(?=[^\W\d_])"
)
_SENDS_PAPERS = ("tổng hợp", "gửi", "nộp", "lập", "hoàn thiện", "báo cáo")
_FINDING_TOPIC = re.compile(r"(?<![^\W_])(?:cho thấy|ghi nhận|đánh giá)(?![^\W_])")


def _sends_topic(text: str, low: str, start: int) -> bool:
    """ "Hồ sơ …, UBND các xã tổng hợp, gửi về …": the fronted papers' sender is the subject."""
    m = _SENT_TOPIC.match(low, start)
    if m is None or _FINDING_TOPIC.search(m.group(1)):
        return False
    span = scan_subject(text, low, m.end())
    return span is not None and span.term in _SENDS_PAPERS


_DESCRIPTIVE = re.compile(
    r"(?:thời gian qua|năm \d{4},|trong năm \d{4},|kết quả|hiện nay|tuy nhiên|bên cạnh những|"
    r"nguyên nhân|những hạn chế|các hạn chế|hạn chế(?=\s*[:,]|\s+(?:là|còn|chính|và|yếu))"
    r"|nhìn chung|đến nay|tính đến|theo báo cáo|"
    r"sau khi nghe|dự hội nghị|tham dự|cùng với cả nước|trong \d+ tháng|số liệu|tỷ lệ|"
    r"thay mặt|ghi nhận|biểu dương|đánh giá cao|trên đây|thừa lệnh|(?:sáng|chiều|vào )?ngày \d)"
    + WORD_END
)


def analyze(clause: str) -> Roles:
    """Leads, support and directing named in one clause (labels already removed)."""
    roles, start = _analyze(clause)
    low = match_form(clause)
    # "Xét đề nghị của Sở …, Chủ tịch UBND tỉnh có ý kiến như sau:" introduces the writer's own
    # points: the frame is only read where it named a proposer as lead, or in a clause of work
    lead_in = not roles.leads and clause.rstrip().endswith(":")
    if not lead_in and proposal_commas(low, start) is not None:
        # "Trên cơ sở đề nghị của Phòng A, Phòng B, Văn phòng … trình …": the proposers are no
        # doers; the body the frame's last comma leaves before the verb is (notices.proposals)
        doer = doer_after_proposers(clause, low, start, _opening_leads)
        if doer:
            roles.leads = doer
            roles.descriptive = False
    return roles


def _opening_leads(rest: str) -> list[Assignee] | None:
    """The leads of a clause that opens with its subject's name, else None."""
    text = rest.lstrip()
    if assignee_start(text, match_form(text), 0) is None:
        return None
    return _analyze(text)[0].leads or None


def _analyze(clause: str) -> tuple[Roles, int]:
    """analyze() and where the clause's words start after its connectors."""
    text = clause
    low = match_form(text)
    roles = Roles()
    start = 0
    while (m := _CONNECTOR.match(low, start)) and m.end() > start:
        if DURING.match(low, start) and assignee_start(text, low, m.end()) is None:
            break  # "Trong quá trình thực hiện Đề án, Sở …": what is carried out, then who
        start = m.end()
    period = _PERIOD.match(low, start)
    if (
        period
        and assignee_start(text, low, period.end())
        and not _PAST.search(low, period.end(), period.end() + _PAST_CHARS)
    ):
        start = period.end()  # "Trong năm 2032, Ủy ban nhân dân cấp xã có trách nhiệm …"
    if start == 0 and (step := after_step(text, low)) is not None:
        text, start = step  # "Trong bước tự đánh giá, cơ sở giáo dục tăng cường …"
    cycle = _BARE_CYCLE.match(low, start)
    if (
        cycle is not None
        and text[cycle.end() : cycle.end() + 1].isupper()
        and assignee_start(text, low, cycle.end()) is not None
    ):
        start = cycle.end()  # "Hàng tháng Kho bạc Nhà nước quận - huyện căn cứ …"
    roles.descriptive = bool(_DESCRIPTIVE.match(low, start))
    roles.actionable = bool(CUE_RX.search(low))
    if (charged := charged_body(text, start)) is not None:
        # "Cơ quan, đơn vị tổ chức lập quy hoạch … có trách nhiệm …": named by its work, charged
        roles.leads, found = [make_assignee(charged[0], "group")], True
    else:
        found = from_triggers(text, low, start, roles)
    if not found and not roles.elsewhere:
        found = _from_subject(text, low, start, roles)
        if not found and (holder := regime_holder(text, low, start)):
            roles.leads, found = holder, True  # "Trong thời hạn …, chủ dự án phải gửi …"
        if not found and (
            (OPENER.match(low, start) and not roles.descriptive) or _sends_topic(text, low, start)
        ):
            from_inner_subject(text, low, start, roles)
        elif not found and (topic := TOPIC_LABEL.match(low, start)):
            from_topic(text, low, topic.end(), roles)
    if not roles.leads and not roles.elsewhere and (topic := _DOER_TOPIC.match(low, start)):
        _from_doer_topic(text, low, topic, roles)
    find_support(text, low, roles)
    if roles.leads:
        roles.descriptive = False
    return roles, start


# "Đối với các Khoa, phân công ít nhất 02 người đảm nhận công tác văn thư": a group of bodies as
# the topic, then the work with no subject of its own: the topic's bodies do it ("Đối với các dự
# án chậm tiến độ, rà soát …" names things, no bodies, and leaves the lead to the heading).
_DOER_TOPIC = re.compile(r"đối với\s+(?P<who>(?:các|những)\s+[^,;:()]{2,80}?)\s*,\s*")


_PLACE_TOPIC = re.compile(
    r"(?:các|những)\s+(?:xã|phường|thị trấn|huyện|quận|tỉnh|thành phố|thôn|bản|buôn|ấp|xóm"
    r"|vùng|khu vực|địa bàn|địa phương|tuyến|điểm)(?![^\W_])"
)


_TOPIC_CLAUSE = re.compile(r"(?<![^\W_])(?:phải|không|cần|được|đã|chưa|sẽ)(?![^\W_])")
# groups that are always units, written in lower case too ("các trường ngoài công lập"); other
# nouns count as bodies only capitalised ("các Khoa", "các Trạm Y tế")
_UNIT_TOPIC = re.compile(
    r"(?:các|những)\s+(?:đơn vị|cơ quan|trường|sở|phòng|khoa|ban|bệnh viện|trung tâm|cơ sở giáo"
    r" dục|cơ sở đào tạo|doanh nghiệp|công ty|chi bộ|tổ chức)(?![^\W_])"
)


def _from_doer_topic(text: str, low: str, topic: re.Match[str], roles: Roles) -> None:
    from notices.imperatives import asks_work  # imperatives reads names, not this module

    rest = text[topic.end() :]
    if not rest[:1].islower() or not asks_work(rest) or _from_subject_free(rest):
        return
    if _PLACE_TOPIC.match(low, topic.start("who")):
        return  # "Đối với các xã biên giới, tăng cường tuần tra": where the work is done
    if _TOPIC_CLAUSE.search(low, topic.start("who"), topic.end("who")):
        return  # "Đối với những đơn vị ít biên chế không nhất thiết phải bố trí …, …": a clause
    head = text[topic.start("who") :].split(maxsplit=1)[-1][:1]
    if not head.isupper() and not _UNIT_TOPIC.match(low, topic.start("who")):
        return  # "Đối với các trạm biến áp xuống cấp, khẩn trương sửa chữa": things
    names = split_assignees(text[topic.start("who") : topic.end("who")])
    if names and len(names) == 1 and not names[0].is_person:
        roles.leads.extend(names)


def _from_subject_free(rest: str) -> bool:
    """The work after the topic names its own subject ("…, các trường chủ động …")."""
    return bool(analyze(rest).leads)


def _from_subject(text: str, low: str, start: int, roles: Roles) -> bool:
    if assignee_start(text, low, start) is None:
        return False
    span = scan_subject(text, low, start)
    if span is None or span.end <= start:
        return False
    names = span_names(text, start, span)
    if names is None:
        return False
    if not span.term:
        roles.subject_only = True
        return False
    return subject_role(text, low, names, span, roles)
