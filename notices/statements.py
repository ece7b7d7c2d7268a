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

from notices.appeals import appeal_or_optional
from notices.assignees import analyze, asks_someone
from notices.carry_out_only import carries_out_only, other_duties_only
from notices.citation_openings import frame_only
from notices.closing_asks import closing_carry_out
from notices.deadlines import names_due_date
from notices.defined_acronyms import glosses
from notices.difficulties import REPORTS_DIFFICULTIES
from notices.findings import cites_then_works, encloses_only, reviewed_finding
from notices.founding_provisions import founds_only, lasts_only
from notices.grants import permitted_only
from notices.group_states import group_undergoes
from notices.invited_guests import invites_only
from notices.later_work import has_work
from notices.past_events import narrates_past
from notices.powers import powers_only
from notices.recounted_asks import recounts_past_ask
from notices.rules_and_roles import rule_or_role
from notices.standing import is_quota, is_standing
from notices.statement_words import DOC, WORK_VERB
from notices.text import match_form
from notices.upward_proposals import proposes

# "điểm a khoản 3 Điều 30", "khoản 2 Điều 15", "Điều 76", "Mục 2.4", "Phụ lục I" (each part
# optional, in that order), then the document they belong to.
_PROVISION = (
    r"(?:(?:tiết|điểm)\s+[\w.]{1,6},?\s+)?(?:khoản\s+[\w.]{1,6},?\s+)?(?:(?:điều|mục|chương"
    r"|phụ lục)\s+[\w.]{1,8},?\s+)(?:(?:của|tại)\s+)?"
)
# "Căn cứ tại Điều 34 Luật Doanh nghiệp …", "Căn cứ khoản 2 Điều 15 Luật Thuế …", "Tại khoản 4
# Điều 13 Nghị định 10/2022/NĐ-CP … quy định …", "Theo quy định tại điểm a khoản 2 Điều 3 …".
# "Căn cứ quy định tại khoản 1 Điều 13 và khoản 1 Điều 14 Luật Thuế … thì doanh nghiệp được áp
# dụng …": the rule named by "quy định tại", and several provisions of one document.
_CITES_PROVISION = re.compile(
    r"^(?:căn cứ(?:\s+(?:(?:các\s+)?quy định\s+(?:tại|của)|tại|vào|theo))?|tại"
    r"|theo(?:\s+quy định\s+(?:tại|của))?)\s+"
    rf"{_PROVISION}(?:(?:và\s+|,\s*){_PROVISION})*{DOC}\b"
)
# "Căn cứ quy định nêu trên, về nguyên tắc …, trường hợp … thì …": the rule applied, not work.
_RULE_APPLIED = re.compile(
    r"^(?:theo\s+)?(?:căn cứ|theo)\s+(?:các\s+)?(?:quy định|hướng dẫn)"
    r"\s+(?:nêu trên|trên|nói trên)"
)
# "Căn cứ hướng dẫn nêu trên, Công ty hay Đại lý … có nghĩa vụ nộp hồ sơ … vào thời điểm quyết
# toán thuế.": what the rules cited above oblige or allow a party to do, as an answer reads them
# (a duty under the law, or a permission), not work the letter asks; "Căn cứ quy định nêu trên,
# đề nghị Công ty nộp …" asks.
_ASKS_AFTER = re.compile(r"(?<![^\W_])(?<!hồ sơ )(?<!của )(?<!theo )(?:đề nghị|yêu cầu|giao)\s")
# "… không phải nộp lại hồ sơ mà chỉ cần bổ sung bản sao quyết định gửi về Sở …": the duty is
# followed by work the letter asks ("mà (chỉ) cần …", something to send).
_WORK_AFTER_DUTY = re.compile(
    r"(?<![^\W_])(?:mà\s+(?:chỉ\s+)?(?:cần|phải)|(?:gửi|nộp|chuyển)\s+(?:về|đến|cho))(?![^\W_])"
)
_STATES_DUTY = re.compile(
    r"(?<![^\W_])(?:có nghĩa vụ|có quyền|được phép|(?:thì\s+)?không (?:cần|phải)"
    r"|(?:không\s+)?thuộc (?:đối tượng|diện)"
    r"|được (?:hưởng|miễn|giảm|áp dụng|tính|khấu trừ|hoàn))(?![^\W_])"
)
# "Trường hợp cơ sở kinh doanh chưa góp đủ vốn … thì không thuộc đối tượng …": what holds in a
# case, with no body named to act, is not a task.
_CASE = re.compile(r"^(?:trong\s+)?(?:trường hợp|nếu)\s")
# "Khoản chi tiền thưởng nếu thỏa mãn điều kiện … thì được tính vào chi phí được trừ …": a rule
# for a case stated of a thing, not a body told to act.
_RULE_CASE = re.compile(
    r"\s(?<!tránh )(?<!tránh các )(?<!không để )(?<!không để xảy ra )(?<!hạn chế )"
    r"(?<!ngăn chặn )(?<!xử lý )(?<!xử lý các )(?:nếu|trường hợp)\s[^.;]{3,240}?\sthì\s+"
    r"(?:chỉ\s+)?(?:được|không được|phải|bị|là|thuộc|không thuộc)\s"
)
# "* Cấp tỉnh: gồm đại diện lãnh đạo 02 cơ quan …; Trưởng các phòng, ban …" under "Thành lập
# Ban vận động …. Trong đó:": who sits on a board being set up, no work of theirs.
_MEMBERSHIP = re.compile(
    r"^(?:[^:;.]{1,40}:\s*)?(?:thành phần\s+)?(?:gồm|bao gồm)(?:\s+có)?\s*:?\s+"
)
# "Không kiểm tra, đánh giá đối với những nội dung đã tinh giản …", "Không thu học phí đối với
# học sinh …": what a treatment does not apply to, a rule of scope; nobody is given work ("Không
# để xảy ra …" asks to prevent, and is left as it reads).
_EXEMPTS = re.compile(r"^không\s+(?!để(?![^\W_]))[^.;:]{2,60}?\sđối với\s[^;]*$")
# "Rà soát … danh sách; tránh trường hợp trùng hưởng chế độ (Đối tượng … thì chỉ được hưởng một
# chế độ)": "trường hợp" after "tránh", "không để", "xử lý" is the object of the work (the cases
# to avoid or handle), no case the sentence holds in; a note in brackets is no rule of the work.
_BRACKETED = re.compile(r"\([^()]*\)")
_PURPOSE_BEFORE = re.compile(r"(?<![^\W_])(?:để|nhằm)\s")


def _rule_case(low: str) -> bool:
    """A rule for a case in the sentence, outside brackets and outside the purpose of its work
    ("Phối hợp … tuyên truyền để mọi người dân … nếu có đi đến … thì phải tự giác khai báo":
    what the people are told, the work is the telling)."""
    text = _BRACKETED.sub(" ", low)
    found = _RULE_CASE.search(text)
    return found is not None and _PURPOSE_BEFORE.search(text, 0, found.start()) is None


# "Theo quy định hiện hành, trường hợp … không thuộc đối tượng …", "Theo đó, không có cơ sở xác
# nhận …": what the law allows in the case asked about, a finding rather than work.
_FINDING = re.compile(
    r"(?<![^\W_])(?:không|chưa)\s+(?:thuộc|có cơ sở|đủ\s+(?:điều kiện|cơ sở|căn cứ))(?![^\W_])"
)
# "Quỹ BHYT thanh toán theo mức hưởng quy định tại …", "Quỹ bảo hiểm xã hội không chi trả các chi
# phí …": what an insurance fund pays is a benefit rule, not a fund's work (a case may open it:
# "Trường hợp thẻ hết hạn: Quỹ BHYT thanh toán …").
_FUND_PAYS = re.compile(
    r"^(?:[^.;:]{0,200}:\s*)?quỹ\s+(?:bhyt|bhxh|bảo hiểm[^.;:,]{0,30}?|khám bệnh[^.;:,]{0,30}?)\s+"
    r"(?:không\s+|chỉ\s+)?(?:thanh toán|chi trả|chi)\s"
)
# "Đối với cụm từ “…” tại điểm d khoản 6 Điều 21 Nghị định số 26/2026/NĐ-CP, Luật Hóa chất và các
# văn bản quy định chi tiết, hướng dẫn thi hành không giải thích từ ngữ về …": an answering
# letter's reading of what the law leaves unsaid; no work.
_LAW_SILENT = re.compile(
    r"^(?:đối với\s[^;]{3,200}?,\s*)?(?:(?:bộ luật|luật|nghị định|thông tư|pháp luật)(?![^\W_])"
    r"|các văn bản\s)[^;.]{0,160}?\s(?:không|chưa)\s+(?:có\s+)?(?:quy định|giải thích)(?![^\W_])"
)
_FINDING_FRAME = re.compile(r"^(?:theo|căn cứ|như vậy|do đó|vì vậy)\b")
_FINDING_ASKS = re.compile(r"(?<![^\W_])(?:phải|cần|có trách nhiệm|đề nghị|yêu cầu)(?![^\W_])")


# "Nguyên nhân: Cán bộ, công chức tham mưu văn bản chưa xác định …": the cause of a shortcoming a
# review found, told under it; no work.
_CAUSE = re.compile(
    r"^(?:\*\s*)?(?:các\s+)?(?:nguyên nhân|lý do)(?:\s+(?:chủ yếu|chính|của[^:]{0,60}))?\s*:"
)

# a remedy written with its cause ("Nguyên nhân: …, do đó giao Văn phòng Sở hướng dẫn …") or a
# report with its own date or cycle ("… báo cáo khó khăn … trước ngày 20 hằng tháng …") is work
# ("bàn giao", "chuyển giao", "được giao" tell what was handed over, not an ask)
_ASKS_HERE = re.compile(
    r"(?<![^\W_])(?:(?<!bàn )(?<!chuyển )(?<!được )giao|đề nghị|yêu cầu)(?![^\W_])"
)
_CYCLE = re.compile(r"(?<![^\W_])(?:hằng|hàng|định kỳ)\s+(?:ngày|tuần|tháng|quý|năm)(?![^\W_])")


def _asks_or_dated(low: str) -> bool:
    """Whether `low` also asks someone or names a due date or a cycle: more than a statement."""
    return (
        asks_someone(low)
        or _ASKS_HERE.search(low) is not None
        or _CYCLE.search(low) is not None
        or names_due_date(low, yearless=True)
    )


def _reports_difficulties_only(low: str) -> bool:
    """ "Trong quá trình …, <who> báo cáo khó khăn … để được hướng dẫn": only who reports sits
    before the report, no work of its own ("các đơn vị tổng hợp số liệu … và báo cáo …")."""
    found = REPORTS_DIFFICULTIES.match(low)
    return (
        found is not None
        and WORK_VERB.search(found["who"]) is None
        and _CYCLE.search(low) is None
        and not names_due_date(low, yearless=True)
    )


# "Các thủ tục nêu trên sẽ được tiếp nhận và theo dõi qua Cổng dịch vụ công": what will be
# done to a thing, with no body named to do it.
_WILL_BE_DONE = re.compile(r"^[^.;:]{2,100}?\s+sẽ\s+được\s+(?=[^\W\d_])")


def _first_clause_only(sentence: str, low: str, end: int) -> bool:
    """A finding or a benefit rule is all the sentence says: no work or deadline after the
    part that states it (ending at `end`), and no clause after a ';' that gives a body work
    ("…; Ủy ban nhân dân huyện thu hồi khoản đã chi trước ngày …")."""
    if has_work(low[end:]):
        return False
    parts = sentence.strip().split(";", 1)
    if len(parts) < 2:
        return True
    tail = parts[1].strip()
    tail_low = match_form(tail)
    if not tail_low or asks_someone(tail_low):
        return not tail_low
    return not (WORK_VERB.search(tail_low) and analyze(tail).leads)


def states_only(sentence: str, reference: date | None) -> bool:
    """True for a sentence that cites a provision, applies a rule, advises, narrates a past
    event (a date before the notice's own) or only asks to carry out the document."""
    written = sentence.strip().rstrip("| ")
    low = match_form(written)
    if not low:
        return False
    if closing_carry_out(written, low) or recounts_past_ask(low, reference):
        return True
    if invites_only(low):
        return True  # an invitation's guests and presenters (invited_guests)
    if carries_out_only(low) or rule_or_role(low) or appeal_or_optional(low):
        return True
    if _reports_difficulties_only(low) or (_CAUSE.match(low) and not _asks_or_dated(low)):
        return True
    if lasts_only(low) or founds_only(low):
        return True
    if frame_only(sentence, low):
        return True
    if other_duties_only(low) or glosses(written):
        return True  # a catch-all; a glossary's "P.ĐTĐH: Phòng Đào tạo Đại học."
    if proposes(sentence.strip(), low):
        return True
    if is_quota(low) or is_standing(low):
        return True  # "Ban bầu cử …: 01 cá nhân/01 ban;", "X là cơ quan …", powers "theo quy định"
    will = _WILL_BE_DONE.match(low)  # "… sẽ được Sở Nội vụ tổng hợp" names who does it: work
    lower_verb = will is not None and sentence.strip()[will.end()].islower()
    if lower_verb and not asks_someone(low) and not analyze(sentence).leads:
        return True
    if _MEMBERSHIP.match(low) and not asks_someone(low) and not names_due_date(low, yearless=True):
        return True
    if (
        _EXEMPTS.match(low)
        and not analyze(sentence).leads
        and not names_due_date(low, yearless=True)
    ):
        return True
    if (_CASE.match(low) or _rule_case(low)) and not analyze(sentence).leads:
        return True  # a case that names who acts in it stays ("…, các trường học tạm dừng …")
    applied = _RULE_APPLIED.match(low)
    if (
        applied is not None
        and (duty := _STATES_DUTY.search(low, applied.end())) is not None
        and not _ASKS_AFTER.search(low, applied.end())
        and not _WORK_AFTER_DUTY.search(low, duty.end())
        and not names_due_date(low, yearless=True)
    ):
        return True
    if asks_someone(low):
        return False  # "Căn cứ quy định nêu trên, đề nghị Sở …" asks for work
    fund = _FUND_PAYS.match(low)
    if fund and not _FINDING_ASKS.search(low) and _first_clause_only(sentence, low, fund.end()):
        return True
    silent = _LAW_SILENT.match(low)
    if (
        silent
        and not _FINDING_ASKS.search(low)
        and _first_clause_only(sentence, low, silent.end())
    ):
        return True
    finding = _FINDING.search(low) if _FINDING_FRAME.match(low) else None
    if (
        finding
        and not _FINDING_ASKS.search(low)
        and not analyze(sentence).leads
        and _first_clause_only(sentence, low, finding.end())
    ):
        return True
    if (_CITES_PROVISION.match(low) or _RULE_APPLIED.match(low)) and not cites_then_works(
        sentence, low
    ):
        return True
    if reviewed_finding(sentence, low) or permitted_only(sentence, low):
        return True
    if powers_only(sentence, low):
        return True
    if encloses_only(low) or group_undergoes(low):
        return True
    return narrates_past(low, reference)
