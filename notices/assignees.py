"""Who does what in one clause: leads (chủ trì), support (phối hợp), directing (chỉ đạo).

Grammar: [TRIGGER] ASSIGNEES [ROLE] ACTION. The assignee phrase ends at the first
role or action word, not at the first comma. Recipients ("gửi về X", "báo cáo X", "tham mưu UBND")
come after the verb and are never read as leads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from notices.duties import without_duty_fields
from notices.lexicon import ACTION_CUES
from notices.name_kinds import asks_people, names_people
from notices.names import Assignee, assignee_start, split_assignees
from notices.proposals import doer_after_proposers, proposal_commas
from notices.remarks import (
    AGREES_OPENING,
    NOT_TRIGGER_AFTER,
    NOT_TRIGGER_BEFORE,
    TRIGGER,
    asks_someone,
    inner_phan_cong,
    is_assessment,
    is_remark,
)
from notices.subject_trims import handed_work, without_agency_kinds
from notices.subject_words import Span
from notices.subjects import scan_subject
from notices.text import match_form

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

_END = r"(?![^\W_])"


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_CUE_RX = re.compile(rf"(?<![^\W_])(?:{_alternation(ACTION_CUES)}){_END}")
_CONNECTOR = re.compile(
    r"(?:đồng thời|vì vậy|do đó|ngoài ra|bên cạnh đó|trong đó|mặt khác|tiếp theo|sau đó|qua đó|"
    r"từ đó|theo đó|trước mắt|cụ thể|trên cơ sở đó|nhất là|đặc biệt"
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
# "Hàng tháng Kho bạc Nhà nước … chuyển …": a cycle written without its comma, a capitalised
# name right after it (not "hằng năm báo cáo …", the work with no subject)
_BARE_CYCLE = re.compile(r"(?:định kỳ\s+)?(?:hằng|hàng|mỗi)\s+(?:năm|quý|tháng|tuần)\s+")
_OPENER = re.compile(
    # "Kể từ ngày 03/10/2026, Phòng Hành chính mở sổ …": a start, then the subject
    r"(?:để|nhằm|trên cơ sở|căn cứ|qua|kể từ|từ|riêng|đối với|về|trường hợp|nếu|khi|sau khi được"
    r"|trong quá trình|sau khi|trước khi|ngay sau khi|kết thúc|trước ngày|chậm nhất"
    r"|với (?:vai trò|tư cách)|là (?:cơ quan|"
    r"đơn vị|chủ đầu tư)|trong phạm vi|theo chức năng|"
    r"thực hiện (?:ý kiến|chỉ đạo|kết luận|thông báo|công văn|văn bản|kế hoạch|quyết định"
    r"|chỉ thị))" + _END
)
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
    + _END
)
_PAST = ("đã", "đang", "vẫn", "còn", "chưa", "đạt", "có", "dự kiến")  # "dự kiến": a plan told
# "… dự kiến tổ chức hội nghị vào ngày 10/3", "… dự kiến tiếp nhận 500 liều": a plan told; only
# "dự kiến <drafting noun>" ("… dự kiến phương án phân bổ vốn, báo cáo …") drafts an estimate:
# work.
_PLAN_DRAFTED = re.compile(
    r"\s+(?:phương án|nhu cầu|danh mục|kế hoạch|dự toán|chỉ tiêu|lộ trình|cơ cấu|danh sách"
    r"|số lượng|nội dung|chương trình|biên chế|mức|giá)" + _END
)
_ASSIGNERS = ("giao", "đề nghị", "yêu cầu")
_DIRECTING = ("chỉ đạo", "trực tiếp")
_LEAD_ROLES = ("chủ trì", "là cơ quan", "là đơn vị", "tham mưu", "có trách nhiệm", "trực tiếp")
_SUPPORT = re.compile(
    r"(?<![^\W_])(?:phối hợp(?:\s+chặt chẽ)?(?:\s+với)?|với\s+sự\s+phối hợp\s+của|cùng với)\s+"
)


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


def _names(text: str, span_start: int, span: Span) -> list[Assignee] | None:
    return split_assignees(text[span_start : span.end])


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
        if _DURING.match(low, start) and assignee_start(text, low, m.end()) is None:
            break  # "Trong quá trình thực hiện Đề án, Sở …": what is carried out, then who
        start = m.end()
    cycle = _BARE_CYCLE.match(low, start)
    if (
        cycle is not None
        and text[cycle.end() : cycle.end() + 1].isupper()
        and assignee_start(text, low, cycle.end()) is not None
    ):
        start = cycle.end()  # "Hàng tháng Kho bạc Nhà nước quận - huyện căn cứ …"
    roles.descriptive = bool(_DESCRIPTIVE.match(low, start))
    roles.actionable = bool(_CUE_RX.search(low))
    found = _from_triggers(text, low, start, roles)
    if not found and not roles.elsewhere:
        found = _from_subject(text, low, start, roles)
        if not found and (
            (_OPENER.match(low, start) and not roles.descriptive) or _sends_topic(text, low, start)
        ):
            _from_inner_subject(text, low, start, roles)
        elif not found and (topic := _TOPIC_LABEL.match(low, start)):
            _from_topic(text, low, topic.end(), roles)
    if not roles.leads and not roles.elsewhere and (topic := _DOER_TOPIC.match(low, start)):
        _from_doer_topic(text, low, topic, roles)
    _find_support(text, low, roles)
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


def _from_triggers(text: str, low: str, start: int, roles: Roles) -> bool:
    found = False
    # A point that opens with its own work has its body elsewhere (its heading); a "yêu cầu X"
    # inside it ("Tăng cường kiểm tra các công trường, yêu cầu các chủ đầu tư thu gom …") names
    # whom that body will direct, not who is given the point.
    opens_with_work = (
        assignee_start(text, low, start) is None
        and _OPENER.match(low, start) is None  # "Thực hiện chỉ đạo …, Ban Chỉ đạo yêu cầu …"
        and bool(_CUE_RX.match(low, start))
    )
    for m in TRIGGER.finditer(low, start):
        if NOT_TRIGGER_BEFORE.search(low[max(0, m.start() - 14) : m.start()]):
            continue
        if opens_with_work and _directs_within(text, low, start, m.start()):
            continue
        if inner_phan_cong(low, m.start()):
            continue
        if _in_purpose(low, start, m.start()):
            continue
        at = m.end()
        hands = _HANDS_OUT.match(low, m.start()) if m.start() == start else None
        if hands is not None and not text[hands.end() : hands.end() + 1].isupper():
            # "- Giao nhiệm vụ cho các phòng, ban chuyên môn tham gia …" under a body's heading:
            # the body hands the work on to its own units, its own task
            continue
        given = hands.end() if hands is not None else _given_to(text, low, start, m)
        if given is not None:
            at = given  # "Giao cho Trung tâm … làm việc …": the body after "cho"
        elif NOT_TRIGGER_AFTER.match(low, at) and not _capital_ban(text, low, at):
            continue
        if names_people(low[at:]) and not asks_people(low, at):
            continue  # "Các trường THPT …, yêu cầu học sinh cam kết …": the schools lead
        span = scan_subject(text, low, at)
        if span is None or span.end <= at:
            continue
        if given is not None:
            span = handed_work(text, low, at, span)
        if not span.term:
            # "… đề nghị UBND các xã, phường;" + "các đơn vị … thực hiện": the verb comes after
            # the ";", so this clause is glued to the next one.
            roles.subject_only = roles.subject_only or _names(text, at, span) is not None
            continue
        names = _names(text, at, span)
        if names is None:
            if m.start() == start and span.term not in (":", ")"):
                roles.elsewhere = True
            continue
        _assign(text, low, names, span, roles)
        found = True
    return found


# "… theo dõi tình hình, để tổng hợp đề nghị Bộ Y tế hỗ trợ": an ask inside a purpose clause
# names whom the body will turn to, not who is given the work.
_PURPOSE = re.compile(r"(?<![^\W_])để(?![^\W_])")


def _in_purpose(low: str, start: int, pos: int) -> bool:
    """True when the trigger at `pos` follows "để" in its own clause, after the sentence's
    opening ("Để bảo đảm tiến độ, giao …" opens with its purpose: the ask is the sentence's)."""
    cut = max(low.rfind(",", start, pos), low.rfind(";", start, pos), start - 1) + 1
    return any(m.start() > start for m in _PURPOSE.finditer(low, cut, pos))


def _directs_within(text: str, low: str, start: int, pos: int) -> bool:
    """ "…, yêu cầu X" after the point's own work, with no subject of its own before it."""
    if pos <= start or not low.startswith("yêu cầu", pos):
        return False
    if AGREES_OPENING.match(low, start):
        return False  # "Thống nhất với đề xuất …, yêu cầu X …": the agreement is no work
    cut = max(low.rfind(",", start, pos), low.rfind(";", start, pos), start - 1) + 1
    while cut < pos and low[cut] == " ":
        cut += 1
    return cut == pos or assignee_start(text, low, cut) is None


_GIVEN_TO = re.compile(r"giao\s+cho\s+")
# "Giao nhiệm vụ cho Sở Y tế …", "Giao việc cho …" opening a point: the work is handed to the
# body after "cho"
_HANDS_OUT = re.compile(r"giao\s+(?:nhiệm vụ|việc|công việc)\s+cho\s+")


def _given_to(text: str, low: str, start: int, m: re.Match[str]) -> int | None:
    """Where the body starts in "giao cho <Body>" when the clause gives work to it: "giao" opens
    the clause ("Giao cho Trung tâm …", "Để …, giao cho …") or follows its assigner ("UBND tỉnh
    giao cho Sở Y tế …"). Inside the object of the clause's own verb ("Sở Tài chính tham mưu
    UBND tỉnh giao cho …", "… trước khi giao cho Công ty …") or after a thing ("Kinh phí giao
    cho …") it names no assignment of this clause."""
    given = _GIVEN_TO.match(low, m.start())
    if given is None or not _names_body(text, low, given.end()):
        return None
    if (
        m.start() == start
        or _after_opener(low, start, m.start())
        or _APPROVES.fullmatch(low, start, m.start())
    ):
        return given.end()
    if assignee_start(text, low, start) is None:
        return None
    span = scan_subject(text, low, start)
    if span is None or not _APPROVES.fullmatch(low, span.end, m.start()):
        return None
    return given.end()


# "Thống nhất giao cho …", "UBND tỉnh đồng ý (về việc) giao cho …", "Tiếp tục giao cho …": an
# approval or a continuation before "giao" is the assigner's own word; the work still goes to
# the body.
_APPROVES = re.compile(
    r"\s*(?:(?:(?:thống nhất|nhất trí|đồng ý|chấp thuận)(?:\s+về việc)?|tiếp tục)\s+)?"
)


def _after_opener(low: str, start: int, pos: int) -> bool:
    """ "Để bảo đảm tiến độ, giao cho …": the clause's opener, its comma, then "giao"."""
    return bool(re.search(r"[,;]\s*$", low[start:pos])) and _OPENER.match(low, start) is not None


def _names_body(text: str, low: str, pos: int) -> bool:
    """ "giao cho Trung tâm …", "giao cho Ủy ban nhân dân các xã": a capitalised body, group,
    title or person right after "cho" is whom the work is given to ("giao cho các hộ dân
    quản lý" lends land, not a task)."""
    return pos < len(text) and text[pos].isupper() and assignee_start(text, low, pos) is not None


def _capital_ban(text: str, low: str, pos: int) -> bool:
    """ "Giao Ban Quản lý …" names a board; "giao ban" in lower case is a briefing, except before
    "thường vụ" ("Giao ban thường vụ các tỉnh ủy …": a Party text's standing committees)."""
    return low.startswith("ban ", pos) and (
        text[pos].isupper() or low.startswith("thường vụ ", pos + 4)
    )


def _from_subject(text: str, low: str, start: int, roles: Roles) -> bool:
    if assignee_start(text, low, start) is None:
        return False
    span = scan_subject(text, low, start)
    if span is None or span.end <= start:
        return False
    names = _names(text, start, span)
    if names is None:
        return False
    if not span.term:
        roles.subject_only = True
        return False
    return _subject_role(text, low, names, span, roles)


# "Riêng Trường X …", "Riêng đối với Phòng Y …": one body singled out of those named before
_SINGLED_OUT = re.compile(r"riêng\s+(?:đối với\s+|với\s+)?")
# "Riêng Trường X không tổ chức …", "… chưa phải …", "… được miễn …": the one body exempted
_EXEMPTED = re.compile(r"(?<![^\W_])(?:không|chưa|được\s+miễn)(?![^\W_])")


def _from_inner_subject(text: str, low: str, start: int, roles: Roles) -> None:
    """ "Trên cơ sở …, các sở, ngành, địa phương chủ động xây dựng …": subject after an opener."""
    starts = [c.end() for c in re.finditer(r"[,:]\s*", low[: min(len(low), 600)])]
    during = _DURING.match(low, start)
    if during and during.end() < len(text) and text[during.end()].isupper():
        starts.insert(0, during.end())  # "Trong quá trình thực hiện Thủ trưởng các …" (no comma)
    alone = _SINGLED_OUT.match(low, start)
    if alone and alone.end() < len(text) and text[alone.end()].isupper():
        starts.insert(0, alone.end())  # "Riêng Trường Tiểu học X chuẩn bị …" (no comma)
    for pos in starts:
        if pos <= start or not _strong_start(text, low, pos) or _in_partners(text, low, pos):
            continue
        cond = _IF.search(low, start + 1, pos)
        if cond and (
            _DIFFICULTY.match(low, cond.end()) or low.startswith("trong quá trình", start)
        ):
            # "Trong quá trình thực hiện, nếu có vướng mắc, các sở …", "…, nếu thấy cần sửa
            # đổi, bổ sung, các bộ …": what to do if something arises while the work is done;
            # another condition ("Căn cứ …, nếu đủ điều kiện, UBND huyện cấp …") still asks the
            # body after it
            return
        if _in_objects(text, low, start, pos):
            continue
        span = scan_subject(text, low, pos)
        if span is None or not span.term or span.term in (":", ")"):
            continue
        if alone and pos == alone.end() and _EXEMPTED.search(low, pos, span.term_end):
            return
        names = _names(text, pos, span)
        if names and _subject_role(text, low, names, span, roles):
            return


# A condition ("…, nếu có vướng mắc, …", "… thực hiện nếu có …"); "(nếu có)" only qualifies a
# noun.
_IF = re.compile(
    r"(?:(?:^|[,;]\s*)trường hợp|(?<![(])(?<![^\W_])nếu)(?![^\W_])"
)  # "trường hợp" inside a clause is a noun ("mở rộng trường hợp thu hồi đất")
_DIFFICULTY = re.compile(
    r"\s+(?:có\s+)?(?:phát sinh\s+)?(?:những\s+|các\s+)?(?:khó khăn|vướng mắc|vấn đề phát sinh)"
)
# "Trong quá trình thực hiện, …", "Trong quá trình triển khai Kế hoạch …": when, then who.
_DURING = re.compile(r"trong quá trình\s+(?:tổ chức\s+)?(?:thực hiện|triển khai)\s+")


# "Tiêu chuẩn - đo lường - chất lượng: UBND huyện chủ động …": a short topic, its colon, then
# the subject of the work.
_TOPIC_LABEL = re.compile(r"[^:;,.()\d]{3,60}:\s*")
# "Nhiệm vụ: …", "Cơ quan thực hiện: …", "Thời gian: …": a field of a plan's row or an event,
# read with its siblings, not a topic.
_FIELD_LABEL = re.compile(
    r"(?:nhiệm vụ|nội dung|thời gian|thời hạn|địa điểm|thành phần|đối tượng|hình thức"
    r"|cách thức|phương thức|phương pháp|cơ quan|đơn vị|kết quả|sản phẩm|kinh phí|nguồn"
    r"|giải pháp|mục tiêu|mục đích|yêu cầu|ghi chú|lưu ý|lý do|căn cứ|trách nhiệm|phân công"
    r"|tổ chức|chủ trì|phối hợp|tiến độ|dự kiến|hoạt động|công việc)" + _END
)


_WILL = re.compile(r"(?<![^\W_])sẽ\s*$")
# A label of a report ("Tình hình dịch bệnh:", "Kết quả thực hiện:") heads what happened.
_REPORT_LABEL = re.compile(r"(?:tình hình|kết quả)" + _END)
# What a subject after a topic label underwent or reported (the scan may keep it in the name:
# "Công an tỉnh phát hiện, xử lý …"): no work asked of it.
_REPORTED = re.compile(r"(?<![^\W_])(?:được|là|bị|ghi nhận|phát hiện|tiếp nhận|đạt|đã)(?![^\W_])")


def _from_topic(text: str, low: str, pos: int, roles: Roles) -> None:
    """The subject right after a topic label, when the label itself names no work."""
    if _CUE_RX.search(low, 0, pos) or assignee_start(text, low, 0) is not None:
        return
    if _FIELD_LABEL.match(low, 0) or _REPORT_LABEL.match(low, 0):
        return
    if not _strong_start(text, low, pos):
        return
    span = scan_subject(text, low, pos)
    if span is None or not span.term or span.term in (":", ")"):
        return
    if not _CUE_RX.search(low, span.end):
        return  # "Đô thị: Cơ sở giáo dục tại các phường": a table's category, no work at all
    if _REPORTED.search(low, pos, span.term_end):
        return  # "Dịch bệnh: Trung tâm Y tế huyện ghi nhận 35 ca": a report, not an ask
    if span.term == "sẽ" or _WILL.search(low, pos, span.end):
        return  # "Hạ tầng mạng …: Bộ Công an sẽ phối hợp …": how an option will work, no ask
    names = _names(text, pos, span)
    if names:
        _subject_role(text, low, names, span, roles)


def _in_partners(text: str, low: str, pos: int) -> bool:
    """ "… phối hợp với các sở, ban, ngành, Ủy ban nhân dân xã, phường bố trí kinh phí": a name
    after a comma of a partner list is one more partner, not the subject of what follows."""
    found = list(_SUPPORT.finditer(low[:pos]))
    if not found:
        return False
    partners = found[-1]
    between = text[partners.end() : pos].strip(" ,")
    return bool(between) and split_assignees(between, strict=True) is not None


_DIRECTS_OBJECTS = re.compile(r"(?<![^\W_])(?:chỉ đạo|đôn đốc|hướng dẫn)\s+")


def _in_objects(text: str, low: str, start: int, pos: int) -> bool:
    """ "Căn cứ …, chỉ đạo các trường phổ thông, các trường nghề lồng ghép …", "… theo dõi, đôn
    đốc các sở, ngành, UBND các xã triển khai …": a name after a comma of the bodies a verb of
    directing governs is one more of them, not the subject of what follows."""
    found = list(_DIRECTS_OBJECTS.finditer(low, start, pos))
    if not found:
        return False
    between = text[found[-1].end() : pos].strip(" ,")
    return bool(between) and split_assignees(between, strict=True) is not None


_STRONG_ROLE = re.compile(
    r"(?:thủ trưởng|giám đốc|chủ tịch|phó chủ tịch|người đứng đầu|bí thư|trưởng ban|bộ trưởng)"
    + _END
)


def _strong_start(text: str, low: str, pos: int) -> bool:
    """A subject after an opener clause must open clearly: a body, a group, a person or a title
    ("cán bộ, công chức" inside a list of objects is not a subject)."""
    kind = assignee_start(text, low, pos)
    if kind in ("org", "group", "person"):
        return True
    # "Đối với các hoạt động trải nghiệm, Hiệu trưởng tổ chức …": a title written with its
    # capital after the opener's comma opens the sentence's own subject
    return kind == "role" and (bool(_STRONG_ROLE.match(low, pos)) or text[pos].isupper())


# "Cổng thông tin điện tử của huyện phải được cập nhật …", "Các thôn sẽ được hỗ trợ kinh phí",
# "Cơ sở … chịu sự quản lý của Sở": the body is acted on, not the doer; "được giao", "được phân
# công", "được ủy quyền" still hand it the work.
_ACTED_ON = re.compile(
    r"\s*(?:(?:phải|cần|sẽ|đã|đang|đều|cũng)\s+)*(?:được|bị|chịu sự)\s+"
    r"(?!(?:giao|phân công|ủy quyền|uỷ quyền)(?![^\W_]))"
)


def _subject_role(text: str, low: str, names: list[Assignee], span: Span, roles: Roles) -> bool:
    term = span.term
    if _ACTED_ON.match(low, span.end):
        return False
    if term in _PAST and (term != "dự kiến" or not _PLAN_DRAFTED.match(low, span.term_end)):
        roles.descriptive = True
        return False
    if term in _ASSIGNERS or term == ")":
        return False  # "UBND tỉnh yêu cầu …": the subject assigns; the trigger finds the object
    if term == "là" and not re.match(r"\s*(?:cơ quan|đơn vị)\b", low[span.term_end :]):
        return False
    _assign(text, low, names, span, roles)
    return True


def _assign(text: str, low: str, names: list[Assignee], span: Span, roles: Roles) -> None:
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
    if by_person and inner.term not in _LEAD_ROLES and not _CUE_RX.fullmatch(inner.term):
        return None  # "… Nguyễn Văn An chỉ đạo các sở trong quá trình …": no work of the sở
    if inner.term.endswith("trách nhiệm") and low[inner.term_end :].lstrip().startswith(":"):
        return None  # "Giao Ban Quản lý … chỉ đạo các đơn vị … có trách nhiệm:": the points
    return split_assignees(text[pos : inner.end])


_NOT_NAMES = frozenset({"và", "với", "cùng", "chặt chẽ", "thực hiện"})


def _find_support(text: str, low: str, roles: Roles) -> None:
    lead_keys = {match_form(n.name) for n in roles.leads}
    for m in _SUPPORT.finditer(low):
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
