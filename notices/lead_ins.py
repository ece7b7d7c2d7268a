"""Lead-ins over points: whom an intro sentence names as their doers, and the deadline it hands
down to every item under it."""

from __future__ import annotations

import re

from notices.assignees import asks_someone
from notices.campaign_ranges import campaign_end
from notices.clauses import split_sentences
from notices.deadlines import DeadlineHit, find_deadlines, names_due_date, pick_deadline
from notices.duty_articles import lead_in_holders
from notices.letter_groups import guided_group, lead_in_alias
from notices.lexicon import ACTION_WORDS
from notices.model import DeadlineKind
from notices.name_forms import make_assignee
from notices.name_kinds import HEAD_RX, ROLE_RX, is_polite_addressee
from notices.names import split_assignees
from notices.statute_mandates import status_holder
from notices.structure import Item
from notices.task_basics import Context, glued_clauses
from notices.text import match_form

# "Lý do: …, cụ thể như sau:", "… vì các lý do sau:" over "a) Công ty A: không duy trì …": the
# points are the grounds of a decision, not work.
GROUNDS_LEAD_IN = re.compile(
    # "- Nguyên nhân:" over "+ Các chuyên viên … chưa thực hiện …": the causes a review found
    r"^(?:(?:lý do|nguyên nhân)(?:\s+(?:chủ yếu|chính))?"
    r"|(?:lý do|nguyên nhân|căn cứ)(?:\s+[^\s:]+){0,3}\s*:.*"
    r"|.*\b(?:vì|với|do|bởi|theo)\s+(?:các|những)\s+(?:lý do|nguyên nhân|căn cứ)"
    r"(?:\s+(?:như\s+)?sau(?:\s+đây)?)?)\s*:$"
)


def asks_or_dated(point: Item) -> bool:
    """A point with no sub-points that asks someone or names a due date: work even under a
    grounds or causes lead-in ("Lý do:" over "- Các trường rà soát … trước ngày 15/3/2021.")."""
    if point.children or not point.paragraphs:
        return False
    low = match_form(" ".join(point.paragraphs))
    return asks_someone(low) or names_due_date(low, yearless=True)


_FINISH = re.compile(r"hoàn thành|hoàn tất|\bxong\b|dứt điểm|chậm nhất|hạn chót|thời hạn")
# "Về nhiệm vụ trọng tâm từ nay đến tháng 6/2027": the work runs until then, a deadline for each.
_UNTIL = re.compile(r"(?:từ nay|từ bây giờ)(?:\s+trở đi)?\s+(?:đến|tới)\b")
# "3. Nhiệm vụ thường xuyên", "II. CÁC NHIỆM VỤ THƯỜNG XUYÊN": a section of standing work; each
# point under it is done all the time, "…, liên tục" too (a title only: "… thường xuyên" inside a
# sentence is not)
_STANDING_SECTION = re.compile(
    r"^(?:\S{1,8}[.)]\s+)?(?:các\s+)?(?:nhiệm vụ|công việc)(?:\s+(?:cần\s+)?thực hiện)?"
    r"\s+thường xuyên(?:\s*(?:,|và)\s*liên tục)?\s*:?$"
)
_PURPOSE_THEN_REQUEST = re.compile(r"^(?:để|nhằm)\s.*\b(?:yêu cầu|đề nghị|giao)\s", re.DOTALL)


# "Ủy ban nhân dân tỉnh X ban hành Kế hoạch … như sau:", "Sở Y tế ban hành Chương trình … với các
# nội dung sau:": the body that issues the document, not the one that does its items.
_DOCUMENT = (
    r"\s+(?:(?:bản|các)\s+)?(?:kế hoạch|chương trình|phương án|đề án|quy chế|hướng dẫn|chỉ thị)\b"
)
_ISSUES_DOCUMENT = re.compile(r"\bban hành" + _DOCUMENT)
# "Ban Chỉ đạo … xây dựng kế hoạch thực hiện như sau:": the issuer drawing its plan up — only when
# one body is the subject ("UBND các huyện, thành phố xây dựng kế hoạch, tập trung …:" is a duty).
_DRAWS_UP = re.compile(r"\b(?:xây dựng|lập)" + _DOCUMENT)
# where a name starts inside the subject: its opening, or after a comma, ";" or "và"
_NAME_START = re.compile(r"(?:^|[,;]\s*|\s(?:và|cùng)\s+)")
_PLURAL = re.compile(r"\b(?:các|những|mỗi|từng|toàn thể|thủ trưởng)\b")


# A grounds opening ("Căn cứ …, ", "Trên cơ sở …, ") up to the comma before
# a capitalised subject.
_GROUNDS_OPENING = re.compile(
    r"^(?:Căn cứ|căn cứ|Trên cơ sở|trên cơ sở)\s.*?,\s+(?=[A-ZĐÀ-Ỹ])", re.DOTALL
)
# "Căn cứ Kế hoạch này, yêu cầu Sở Nội vụ, Sở Tư pháp …": after a grounds comma, a request to a
# name (capitalised, or "các …"/"những …"), unlike the noun "yêu cầu nhiệm vụ" inside the grounds
_REQUEST_AFTER_COMMA = re.compile(
    r",\s*(?:(?:đồng thời|đề nghị|yêu cầu|giao|chỉ đạo)\s+(?:cho\s+)?)"
    r"(?=[A-ZĐÀ-Ỹ]|(?:các|những|toàn thể|mỗi)\s)"
)


def _issuer_draws_up(own_low: str) -> bool:
    """A sentence (match form, grounds cut off) whose one body draws up a plan ("UBND huyện X xây
    dựng kế hoạch như sau:"); not a plural or listed subject ("UBND các huyện …", "Sở A, Sở B")."""
    found = _DRAWS_UP.search(own_low)
    if found is None:
        return False
    subject = own_low[: found.start()]
    starts = [
        m.end()
        for m in _NAME_START.finditer(subject)
        if HEAD_RX.match(subject, m.end()) or ROLE_RX.match(subject, m.end())
    ]
    if len(starts) > 1:
        return False
    region = subject[starts[0] :] if starts else subject.rsplit(",", 1)[-1]
    return _PLURAL.search(region) is None


# "Bộ GDĐT hướng dẫn thực hiện điều chỉnh nội dung dạy học … Cụ thể như sau:", "Sở Y tế hướng dẫn
# một số nội dung sau:": the writer guides its readers, naming no unit it guides; the points are
# the addressees' ("… hướng dẫn các bệnh viện thực hiện …" names them: `guided_assignees`).
_GUIDES_READER = re.compile(
    r"(?<![^\W_])hướng dẫn\s+(?:(?:triển khai\s+)?thực hiện|việc|một số|các nội dung|nội dung"
    r"|cụ thể|như sau)(?![^\W_])"
)


# A letter's subject that only answers or gives its view before the points.
_ONLY_SPEAKS = re.compile(
    r"\b(?:có|cho|xin|nêu)\s+(?:một số\s+)?ý kiến(?:\s+chỉ đạo)?(?:\s+(?:như sau|cụ thể|góp ý))?"
    r"\s*:?$"
    r"|\btrả lời(?:\s+(?:như sau|cụ thể))?\s*:?$"
    # "Thường trực Đảng uỷ cơ bản nhất trí …; đồng thời lưu ý một số nội dung sau:", "Ban Thường
    # vụ lưu ý:": the meeting's chair remarks; the points name their own doers or are the
    # addressees' (a chair that asks names them: "… lưu ý các đơn vị …" is `asks_someone`'s)
    r"|\blưu ý(?:\s+(?:thêm\s+)?(?:một số|một vài|các|những)\s+(?:nội dung|vấn đề|điểm|việc))?"
    r"(?:\s+(?:như sau|sau đây|sau|cụ thể))?\s*:?$"
    # "Sở Giao thông vận tải thông báo:" over "1. Dừng tiếp nhận hồ sơ …": the issuer announces
    # (to whom it sends the notice, if anyone, the points are for)
    r"|^[^.;:,]{2,120}?\s(?:xin\s+)?(?:trân trọng\s+)?thông báo(?:\s+(?:như sau|cụ thể))?\s*:$"
)


# "Bộ GDĐT hướng dẫn các cơ sở đào tạo triển khai kết nối … như sau:", "Sở Y tế hướng dẫn các
# bệnh viện thực hiện một số nội dung sau:": the issuer guides the units it names, who do the
# points naming nobody. "Sở Y tế hướng dẫn như sau:" (no unit) leaves the addressees.
_GUIDES_TO_DO = re.compile(
    r"\bhướng dẫn\s+(?:cho\s+)?(?P<who>[^.:;]{3,160}?)\s+"
    r"(?:(?:phối hợp|khẩn trương|chủ động)\s+)?(?:thực hiện|triển khai|tiến hành|tổ chức)\b"
    r"[^.:;]{0,240}?(?:như sau|sau đây|sau)\s*:?\s*$"
)
_GUIDED_START = re.compile(r"(?:các|những|toàn thể|mỗi|từng)\s")
_DIRECTS_AND = re.compile(r"(?<![^\W_])chỉ đạo\s*(?:,|và)\s*$")


def guided_assignees(paragraph: str, *, letter: bool = False) -> list[str] | None:
    """The units a lead-in "X hướng dẫn Y thực hiện … như sau:" names as the points' doers.

    `letter`: the sentence is the letter's own (its writer speaks), not a numbered point's.
    """
    sentence = split_sentences(paragraph)[-1]
    if (alias := lead_in_alias(sentence)) is not None:
        return [alias]  # "… hướng dẫn A, B (sau đây gọi chung là BHXH các tỉnh) bổ sung …:"
    m = _GUIDES_TO_DO.search(match_form(sentence))
    if m is not None and not letter and _DIRECTS_AND.search(match_form(sentence)[: m.start()]):
        # "2. X chỉ đạo và hướng dẫn Y thực hiện …:" in a numbered point: X directs, as "X chỉ
        # đạo Y …"; the letter's own "UBND huyện chỉ đạo và hướng dẫn các xã …:" is the writer
        # guiding its addressees, who do the points (`letter`)
        return None
    if m is None:
        group = guided_group(sentence)  # "… hướng dẫn các đơn vị, trường học nghỉ Tết như sau:"
        return [group] if group else None
    who = sentence[m.start("who") : m.end("who")].strip(" ,")
    if not (_GUIDED_START.match(match_form(who)) or who[:1].isupper()):
        return None  # "… hướng dẫn việc kê khai thực hiện …": no unit
    if _NOTIFIED_OBJECT.search(match_form(who)):
        return None  # "… hướng dẫn các đơn vị nội dung thực hiện …": what, not who
    names = split_assignees(who)
    return [a.name for a in names if not a.is_person] if names else None


def intro_assignees(paragraph: str, *, letter: bool = False) -> list[str] | None:
    """Leads named by an intro sentence ending in ":" ("UBND tỉnh yêu cầu các cơ quan … sau:").

    `letter`: the letter's own intro, not a numbered point's lead-in (`guided_assignees`).
    """
    sentences = split_sentences(paragraph)
    sentence = sentences[-1]
    if not sentence.rstrip().endswith(":"):
        return None
    if len(sentence.split()) <= 4 and len(sentences) > 1:
        sentence = f"{sentences[-2]} {sentence}"  # "… đề nghị các đơn vị … . Cụ thể:"
    elif len(sentences) > 1 and _SPECIFICALLY.match(match_form(sentence)):
        # "… yêu cầu Ủy ban nhân dân tỉnh tăng cường chỉ đạo …. Cụ thể trong 6 tháng cuối năm
        # 2017 cần phải thực hiện tốt các nhiệm vụ sau:": the "Cụ thể" sentence spells out what
        # the sentence before asks; naming nobody, it is read with it as one
        own = _intro_leads(sentence, letter=letter)
        if own:
            return own
        sentence = f"{sentences[-2].rstrip(' .')} {sentence}"
    return _intro_leads(sentence, letter=letter)


# "Cụ thể …:", "Cụ thể là …:", "Cụ thể, …:": a sentence going on with the one before it
_SPECIFICALLY = re.compile(r"^cụ thể(?![^\W_])")


def _intro_leads(sentence: str, *, letter: bool) -> list[str] | None:
    low = match_form(sentence)
    # "Căn cứ tình hình và yêu cầu nhiệm vụ …, Ban Chỉ đạo … xây dựng kế hoạch như sau:": the
    # grounds before the subject ask nobody; only the clause from the subject on may
    grounds = _GROUNDS_OPENING.match(sentence)
    own = match_form(sentence[grounds.end() :]) if grounds else low
    asks = asks_someone(own) or bool(grounds and _REQUEST_AFTER_COMMA.search(sentence))
    names_issuer = (
        _ISSUES_DOCUMENT.search(low)
        or _ONLY_SPEAKS.search(low)
        or _issuer_draws_up(own)
        or _GUIDES_READER.search(own)
    )
    if names_issuer and not asks:
        # "UBND tỉnh Đồng Tháp ban hành Kế hoạch … như sau:", "Về vấn đề này, Bộ Xây dựng có ý
        # kiến như sau:" name the issuer only: the points are the addressee's
        return None
    if (alias := lead_in_alias(sentence)) is not None:
        return [alias]  # "… đề nghị A; B; C (sau đây gọi chung là các nhà trường) thực hiện …:"
    if not asks and (guided := guided_assignees(sentence, letter=letter)):
        return guided
    leads: list[str] = []
    for _, roles in glued_clauses(sentence):
        # "… đề nghị Quý cơ quan thực hiện một số nội dung sau:" names the letter's addressees
        leads.extend(
            a.name for a in roles.leads if not a.is_person and not is_polite_addressee(a.name)
        )
    return leads or duty_lead_in_holder(sentence)


def duty_lead_in_holder(sentence: str) -> list[str] | None:
    """The holder a khoản's lead-in names ("Người tiếp cận bí mật nhà nước có trách nhiệm sau
    đây:", "Cơ sở đăng ký thuốc gia công thực hiện các trách nhiệm … sau:"): the points' lead.
    Its name may hold a verb ("Cơ sở cung cấp dịch vụ …"): the duty words end it."""
    if (founded := status_holder(sentence)) is not None:
        return [founded]  # "Học viện … là cơ sở giáo dục …; có nhiệm vụ sau đây:"
    sentences = split_sentences(sentence)
    return lead_in_holders(sentences[-1]) if sentences else None


# "Ban Giám hiệu thông báo đến các khoa, phòng thực hiện các công việc như sau:", "… thông báo
# tới các tổ chuyên môn phối hợp triển khai một số nội dung sau": a school's notice telling its
# units what to do names them after "thông báo đến/tới"; the points naming nobody are theirs.
# "… thông báo đến các đơn vị kết quả kiểm tra như sau:" (no verb of work) names nobody.
_NOTIFIES_TO_DO = re.compile(
    r"\bthông báo\s+(?:đến|tới)\s+(?P<who>[^.:;]{3,160}?)\s+(?:(?:phối hợp|khẩn trương)\s+)?"
    r"(?:thực hiện|triển khai|tiến hành)\b[^.:;]{0,200}?(?:như sau|sau đây|sau)\s*:?\s*$"
)


# "… thông báo đến các đơn vị lịch triển khai …", "… đến các khoa danh sách sinh viên thực hiện
# …", "… đến các đơn vị, cá nhân để thực hiện …": what is notified (written in lower case; "Phòng
# Tài chính - Kế hoạch" is a name) stands between the units and the verb: no addressee is named.
_NOTIFIED_OBJECT = re.compile(
    r"(?<![^\W_])(?:lịch|kết quả|kế hoạch|danh sách|(?<!giúp )việc|nội dung|ý kiến|tình hình"
    r"|thời gian|để)(?![^\W_])"
)
# "Đề nghị Phòng Đào tạo thông báo, hướng dẫn các khoa thực hiện …", "Đề nghị Văn phòng Sở theo
# dõi, đôn đốc thực hiện …": a verb before "thực hiện" makes the body the one who passes the
# content on or follows it up, not its doer.
_ACTIONS = "|".join(map(re.escape, sorted(ACTION_WORDS, key=len, reverse=True)))
_VERB_IN_NAME = re.compile(rf"(?<![^\W_])(?:{_ACTIONS})(?![^\W_])")


def plain_body_name(who: str) -> bool:
    """Whether `who` (as written) is only a body's or a group's name: no lower-case object noun
    ("các đơn vị lịch …") and no lower-case verb ("Phòng Đào tạo hướng dẫn các khoa")."""
    return not _NOTIFIED_OBJECT.search(who) and not _VERB_IN_NAME.search(who)


def notified_assignees(paragraph: str) -> list[str] | None:
    """The units an intro "… thông báo đến X thực hiện … như sau(:)" tells to do the points."""
    text = paragraph.strip()
    m = _NOTIFIES_TO_DO.search(match_form(text))
    if m is None:
        return None
    who = re.sub(r"^(các\s+)+", "các ", text[m.start("who") : m.end("who")], flags=re.IGNORECASE)
    if _NOTIFIED_OBJECT.search(who):
        return None  # "… thông báo đến các đơn vị kết quả thực hiện …": what, not who
    return [make_assignee(who.strip(" ,"), "org").name]


def lead_in_deadline(text: str, context: Context) -> DeadlineHit | None:
    """The deadline an intro or a heading gives every item under it ("Các nhiệm vụ sau hoàn thành
    trước ngày 30/6/2025:", "II. NHIỆM VỤ HOÀN THÀNH TRONG QUÝ III/2026"); None without one."""
    hits = find_deadlines(text, year=context.year, reference=context.reference)
    if _STANDING_SECTION.match(match_form(text.strip().strip("*_ "))):
        return next((h for h in hits if h.kind is DeadlineKind.ONGOING), None)
    purpose = _PURPOSE_THEN_REQUEST.match(match_form(text))
    if purpose:  # "Để …, phấn đấu hoàn thành trước ngày 30/11/2025 …, yêu cầu Bộ Y tế …:": a goal
        hits = [h for h in hits if h.start >= purpose.end()]
    # A period the work falls in ("trong 02 tháng cuối năm 2025 và những tháng đầu năm 2026") is
    # no deadline of each item: only a due day, a period to finish in, or a cycle is passed down.
    finish = _FINISH.search(match_form(text)) is not None
    kept = [
        h
        for h in hits
        if h.kind in (DeadlineKind.ON_DATE, DeadlineKind.BEFORE_DATE)
        or (
            h.kind is DeadlineKind.PERIOD_END
            and h.deadline is not None
            and (finish or _UNTIL.match(match_form(h.phrase)) is not None)
        )
        or h.recurrence is not None
    ]
    if all(h.deadline is None for h in kept) and (campaign := campaign_end(text)) is not None:
        return campaign  # "… được triển khai vào ngày 01-31/12/2017 với các hoạt động … sau:"
    return pick_deadline(kept)
