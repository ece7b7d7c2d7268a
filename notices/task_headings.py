"""Headings, intros and section shapes: whom a heading or an intro names, the deadline it hands
down, and which sections describe rather than assign."""

from __future__ import annotations

import re

from notices.assignees import (
    analyze,
    asks_someone,
    scan_subject,
    without_agency_kinds,
    without_duty_fields,
)
from notices.clauses import split_label, split_sentences
from notices.deadlines import DeadlineHit, find_deadlines, pick_deadline
from notices.duty_persons import person_heading
from notices.duty_titles import DUTY_TITLE, is_duty_title
from notices.item_shapes import names_holders
from notices.lexicon import ACTION_WORDS, WORK_VERBS
from notices.markers import MarkerKind
from notices.model import DeadlineKind
from notices.name_forms import make_assignee
from notices.name_kinds import HEAD_RX, ROLE_RX, is_polite_addressee
from notices.names import split_assignees
from notices.regulation import DUTY_OF
from notices.structure import NAME_END, Item, walk
from notices.task_basics import Context, glued_clauses
from notices.text import match_form
from notices.title_duties import is_body_name_line, without_members

# "3. Trách nhiệm của Bộ Công an", "Nhiệm vụ của các sở, ngành": a plan's responsibilities name
# the body after the word for its share ("II. NHIỆM VỤ VÀ GIẢI PHÁP" names none), in the one form
# a regulation's duty articles take (notices.regulation)
HEADING_PREFIX = re.compile(rf"^(?:đối với|riêng|giao|đề nghị|yêu cầu|{DUTY_OF}|{DUTY_TITLE})\s+")
# "Trách nhiệm của Phòng Giáo dục và Đào tạo trong việc quản lý sổ điểm": the work's field
_WITHIN_WORK = re.compile(r"\s+trong\s+(?:việc|công tác)(?![^\W_])")
_SHARE_OF = re.compile(r"^(?:trách nhiệm|nhiệm vụ)\s+(?=\S)")
# "Về Sở Y tế:", "Về phía Bộ Công an:" name a body; "Về chính quyền địa phương 02 cấp:" is a topic.
_ABOUT_BODY = re.compile(r"^(?:Về|VỀ)\s+(?:phía\s+)?(?=[A-ZĐÀ-Ỹ])")
# Descriptive sections assign nothing: a plan's "1. Mục đích", "2. Yêu cầu thực hiện", "I. MỤC
# ĐÍCH, YÊU CẦU", "3. Đối tượng, phạm vi, hình thức và thời gian khảo sát", "Quan điểm"; a
# conclusion's "I. ĐÁNH GIÁ CHUNG", "1. Về đánh giá tình hình hoạt động từ tháng 6/2022 đến nay".
_DESCRIPTIVE = (
    r"^(?:về\s+)?(?:mục đích|yêu cầu|mục tiêu|đối tượng|phạm vi|quan điểm|căn cứ|sự cần thiết"
    r"|đánh giá chung|đánh giá (?:kết quả|tình hình)|tình hình|kết quả (?:đạt được|thực hiện)"
    # an event a letter announces: "2. Thời gian:", "4. Cách thức thực hiện:", "Địa điểm"
    r"|thời gian(?!\s+(?:thực hiện|hoàn thành|báo cáo|gửi|nộp))|địa điểm|thành phần|hình thức"
    r"|cách thức (?:thực hiện|tổ chức)|phương thức"
    # principles, criteria, conditions, targets, definitions, difficulties and their causes
    r"|nguyên tắc|tiêu chí|tiêu chuẩn|điều kiện|chỉ tiêu|giải thích từ ngữ|khái niệm"
    r"|khó khăn|tồn tại|hạn chế|nguyên nhân|bài học"
    # a report's proposals to its superior, as the whole heading ("III. KIẾN NGHỊ, ĐỀ XUẤT")
    r"|(?:kiến nghị|đề xuất)(?:\s*(?:,|và)\s*(?:kiến nghị|đề xuất))?\s*[.:]?\s*$)\b"
)
# "Về Sở …", "Về các đơn vị …" name a body; "V. THỜI GIAN VÀ TRÁCH NHIỆM THỰC HIỆN", "IV. Thời
# gian, tổ chức thực hiện": a heading that also names who carries the work out opens the assigning
# section
_MEASURES = r"\s+và\s+(?:các\s+)?(?:biện pháp|giải pháp)\s+thực hiện\b"
_NO_DOERS = (
    r"(?!\s+(?:các|cơ quan|đơn vị|sở|bộ|ủy ban|ubnd)\b)"
    r"(?![^:]*\b(?:trách nhiệm|tổ chức thực hiện|phân công)\b)"
    # "b) Hình thức và biện pháp thực hiện hướng nghiệp": the plan's own measures, work to assign
    # (an event's "Hình thức khen thưởng và biện pháp xử lý vi phạm" still describes)
    rf"(?!{_MEASURES})(?![^:]*\bhình thức{_MEASURES})"
)
_DESCRIPTIVE_HEADING = re.compile(_DESCRIPTIVE + _NO_DOERS)
# A guidance's (Hướng dẫn) procedure: "II. VỀ QUY TRÌNH XÉT TẶNG …", "III. VỀ THỦ TỤC, HỒ SƠ", "1.
# Hồ sơ đề nghị …", "1. Thẩm quyền trao tặng …", "4. Chương trình lễ …": how a thing is done and by
# whom, in general; what it assigns is in "Tổ chức thực hiện" or says "Giao …". Only a guidance:
# a conclusion's "1. Về hồ sơ đề nghị công nhận đô thị loại III" or "III. VỀ QUY TRÌNH TIẾP NHẬN
# HỒ SƠ MỘT CỬA" is the topic of work it gives the addressee.
_PROCEDURE_HEADING = re.compile(
    r"^(?:về\s+)?(?:quy trình|trình tự|thủ tục|hồ sơ|thẩm quyền"
    r"|chương trình (?:lễ|buổi lễ|hội nghị))\b" + _NO_DOERS
)
# An emulation plan's contents and criteria ("II. NỘI DUNG ĐỢT THI ĐUA", "1. Tiêu chí thi đua",
# "3. Chỉ tiêu thi đua") describe what the drive is judged on, even under a lead-in that names the
# units taking part ("… các cơ quan, đơn vị … tập trung thi đua thực hiện các nội dung sau:").
_EMULATION_HEADING = re.compile(
    r"^(?:nội dung|tiêu chí|chỉ tiêu)(?:\s+(?:đợt|phong trào))?\s+thi đua\s*[.:]?\s*$"
)

# A project's stages or roadmap ("VII. CÁC GIAI ĐOẠN THỰC HIỆN", "Lộ trình triển khai Đề án"): it
# says when work happens that the plan's tasks and duties assign elsewhere, even under a lead-in
# ("… được chia thành 3 giai đoạn:") and with points naming the bodies of each stage.
_STAGES_HEADING = re.compile(
    r"^(?:các\s+)?(?:giai đoạn|lộ trình)\s+(?:thực hiện|triển khai|tổ chức thực hiện)"
    r"(?:\s+(?:đề án|dự án|chương trình|kế hoạch))?\s*[.:]?\s*$"
)

# A contingency plan's responses ("2.3. Phương án xử lý tình huống úng ngập khi có mưa:", "Kịch bản
# ứng phó khi xảy ra sự cố …") over scenario rows ("a) Với trận mưa đến 70 mm/giờ.", "Khi …",
# "Trường hợp …"): what is done if the event happens is conditional work, no task, even where a
# scenario's lead-in names the bodies that would act.
_CONTINGENCY_HEADING = re.compile(
    r"^(?:các\s+)?(?:phương án|kịch bản)(?:\s+cụ thể)?\s+(?:xử lý|ứng phó|đối phó)\s"
    r"(?:.*\b(?:tình huống|sự cố)\b|.*\bkhi\s+(?:có|xảy ra|xuất hiện)\b)"
)
_SCENARIO_ROW = re.compile(r"^\W*(?:(?:đối\s+)?với|khi|(?:trong\s+)?trường hợp|nếu)\s")

# "Lý do: …, cụ thể như sau:", "… vì các lý do sau:" over "a) Công ty A: không duy trì …": the
# points are the grounds of a decision, not work.
GROUNDS_LEAD_IN = re.compile(
    r"^(?:(?:lý do|nguyên nhân|căn cứ)(?:\s+[^\s:]+){0,3}\s*:.*"
    r"|.*\b(?:vì|với|do|bởi|theo)\s+(?:các|những)\s+(?:lý do|nguyên nhân|căn cứ)"
    r"(?:\s+(?:như\s+)?sau(?:\s+đây)?)?)\s*:$"
)

POINT_KINDS = (MarkerKind.BULLET, MarkerKind.PAREN, MarkerKind.LETTER)
_FINISH = re.compile(r"hoàn thành|hoàn tất|\bxong\b|dứt điểm|chậm nhất|hạn chót|thời hạn")
# "Về nhiệm vụ trọng tâm từ nay đến tháng 6/2027": the work runs until then, a deadline for each.
_UNTIL = re.compile(r"(?:từ nay|từ bây giờ)(?:\s+trở đi)?\s+(?:đến|tới)\b")
_PURPOSE_THEN_REQUEST = re.compile(r"^(?:để|nhằm)\s.*\b(?:yêu cầu|đề nghị|giao)\s", re.DOTALL)


# "1. Lãnh đạo, chỉ đạo thực hiện", "Lãnh đạo và chỉ đạo …": the work of steering, no "Lãnh đạo"
# (the leadership of a body) as a name.
_STEERING_TOPIC = re.compile(r"^lãnh đạo\s*(?:,|và)\s*chỉ đạo(?![^\W_])")


def heading_assignees(text: str) -> list[str] | None:
    """Names in a heading ("2. Đối với các Phòng chuyên môn thuộc UBND huyện"), or None."""
    over_points = text.strip().endswith(":")
    text = text.strip().rstrip(":").strip()
    if (person := person_heading(text)) is not None:
        return [person]  # "Ông Hồ Văn A - Trưởng phòng" over the points of his duties
    low = match_form(text)
    m = HEADING_PREFIX.match(low) or _ABOUT_BODY.match(text)
    if m:
        if is_duty_title(text) and (within := _WITHIN_WORK.search(low, m.end())):
            text = text[: within.start()]  # "… của Phòng GD&ĐT trong việc quản lý …": the body
        text = text[m.end() :]
    elif low.startswith("về "):
        return None  # "8. Về chính quyền địa phương 02 cấp:" is a topic, not who does the work
    elif _STEERING_TOPIC.match(low):
        return None  # "1. Lãnh đạo, chỉ đạo thực hiện": a plan's line of work, no leader
    elif share := _SHARE_OF.match(low):  # "Trách nhiệm Tổ công tác …": only a name it knows
        names = split_assignees(_without_trailing_verb(text[share.end() :]))
        return [n.name for n in names] if names else None
    text = _without_trailing_verb(text)
    if m is not None and _ASKS.match(low):
        text = _before_asked_work(text)
    names = split_assignees(text)
    name = text.strip()
    addressed = m is not None and name[:1].isupper() and _ADDRESSED_NAME.match(name)
    if names is None and addressed and not analyze(name).actionable:
        # "15. Đề nghị Cơ quan Báo và Phát thanh, Truyền hình Hà Nội": whom the heading asks is
        # named as written even when its head noun is not one the lexicon knows
        return [name]
    holders = m is not None and low.startswith("đối với") and names_holders(name)
    if names is None and over_points and holders:
        return [name]  # "a) Đối với chủ vật nuôi:" over the holders' duties
    if names is None and over_points and _listed_bodies(name):
        # "1. Ủy ban nhân dân các Quận, Huyện, Thị xã:", "6. Đài Truyền hình Việt Nam, … và các
        # phương tiện thông tin đại chúng ở Trung ương và địa phương:": a list over points that
        # opens with a known body is who does them, one name per body
        return _list_names(name)
    return [n.name for n in names] if names else None


_WORK_WORD = re.compile(
    rf"(?<![^\W_])(?:{'|'.join(re.escape(w) for w in sorted(WORK_VERBS, key=len, reverse=True))})"
    r"(?![^\W_])"
)
_LIST_PART = re.compile(r"\s*(?:,|\bvà\b)\s*")
_LIST_SEP = re.compile(r"\s*(,|\bvà\b)\s*")
# Not a list of bodies: a year, a frame ("các nội dung sau"), people affected ("bị", "được").
_NOT_BODIES = re.compile(
    r"(?<![^\W_])(?:năm\s+\d|(?:19|20)\d\d|nội dung|sau|bị|được)" + r"(?![^\W_])"
)


def _listed_bodies(name: str) -> bool:
    """A list of names with no work in it, its first part a body the name reader knows."""
    if not _LISTED_NAME.match(name) or analyze(name).actionable:
        return False
    if _NOT_BODIES.search(match_form(name)):
        return False
    parts = _LIST_PART.split(name)
    if len(parts) < 2 or any(_WORK_WORD.search(match_form(part)) for part in parts):
        return False
    return bool(split_assignees(parts[0]))


def _starts_body(part: str, *, after_and: bool) -> bool:
    """A list part that names a body of its own (not "Xã", "Thăng Bình", "địa phương", the rest
    of the name before it)."""
    low = match_form(part)
    if HEAD_RX.match(low) or re.match(r"(?:các|những)\s", low) or split_assignees(part):
        return True
    # "Cổng Thông tin điện tử tỉnh" after a comma: a capitalised name of three words or more
    # (not "NTTS thương phẩm", the rest of "Các cơ sở sản xuất giống, NTTS thương phẩm")
    words = part.split()
    return not after_and and len(words) >= 3 and words[0].istitle()


def _list_names(name: str) -> list[str]:
    """ "Báo X, Đài Y và các cơ quan báo chí ở Trung ương, địa phương" → one name per body; a part
    that is not a body of its own stays with the name before it ("Ủy ban nhân dân các Phường,
    Xã, Thị trấn", "… ở Trung ương và địa phương")."""
    pieces = _LIST_SEP.split(name)
    names = [pieces[0]]
    for i in range(1, len(pieces) - 1, 2):
        sep, part = pieces[i], pieces[i + 1]
        if part and _starts_body(part, after_and=sep == "và"):
            names.append(part)
        else:
            names[-1] += (", " if sep == "," else " và ") + part
    return [n.strip() for n in names if n.strip()]


# How a body named by a heading takes part: "… phối hợp", "… chủ trì, phối hợp thực hiện".
_PART_VERB = r"(?:chủ trì|phối hợp|thực hiện|triển khai|tổ chức thực hiện|tham gia|có trách nhiệm)"
# "… chủ trì, cùng các cơ quan liên quan:", "… chủ trì, phối hợp với các đơn vị có liên quan:": the
# partners the heading's body works with, unnamed; still no object of the work.
_WITH_RELATED = (
    r"(?:\s*,?\s*(?:cùng(?:\s+với)?|với)\s+(?:các\s+|những\s+)?"
    r"(?:cơ quan|đơn vị|sở|ngành|địa phương|ban|phòng)[^.;:]{0,80}?(?:có\s+)?liên quan(?![^\W_]))"
)
_ONLY_VERBS = re.compile(rf"(?:\s*(?:,|và)?\s*{_PART_VERB}(?![^\W_])|{_WITH_RELATED})*[\s.,;:]*")


def _without_trailing_verb(text: str) -> str:
    """ "2. Đề nghị Ủy ban nhân dân xã phối hợp" over its points: the verb that closes the
    heading says how the body takes part; the name ends before it."""
    low = match_form(text)
    span = scan_subject(text, low, 0)
    if span is None or not span.term or span.term in (":", ")") or span.end == 0:
        return text
    if not _ONLY_VERBS.fullmatch(low, span.term_end):
        return text  # "Các khoa tham gia khảo sát": the verb's object names which ones
    return text[: span.end].rstrip(" ,;")


# "Giao Ban cán sự đảng … lãnh đạo, chỉ đạo thực hiện …, trọng tâm là:": after an asking word
# the body's name ends at its verb, whatever object follows ("Các khoa tham gia khảo sát", with
# no asking word, may name the units by what they do).
_ASKS = re.compile(r"(?:giao|đề nghị|yêu cầu)\s")


def _before_asked_work(text: str) -> str:
    low = match_form(text)
    span = scan_subject(text, low, 0)
    if span is None or not span.term or span.term in (":", ")") or span.end == 0:
        return text
    if _BARE_KIND.fullmatch(low, 0, span.end):
        return text  # "Đề nghị các tổ chức cung cấp dịch vụ chi trả": which ones, by their work
    if _NAME_TO_LEVEL.fullmatch(text, span.end):
        return text  # "Yêu cầu Ban An toàn giao thông tỉnh:": only the name, no work follows
    return text[: span.end].rstrip(" ,;")


# The rest of a body's name after a verb-like word: a few lower-case nouns, then its level and
# perhaps the place ("… giao thông tỉnh", "… cứu nạn huyện Cần Giuộc"); a role or an object
# with a determiner or a preposition is work.
_NAME_TO_LEVEL = re.compile(
    r"\s*(?:(?!(?:chủ trì|thực hiện|triển khai|phối hợp|các|những|trên|tại|của|cho|về|với|toàn"
    r"|cấp|theo|trong)(?![^\W_]))[a-zà-ỹđ]+\s+){1,5}"
    r"(?:tỉnh|huyện|xã|phường|thị trấn|thị xã|thành phố|quận)"
    r"(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*)*\s*[:.]?\s*"
)


_KINDS = r"(?:tổ chức|đơn vị|cơ quan|doanh nghiệp|cơ sở|cá nhân|hộ gia đình|nhà thầu|chủ đầu tư)"
_BARE_KIND = re.compile(
    rf"\s*(?:(?:các|những|mỗi|từng)\s+)?{_KINDS}(?:\s*(?:,|và|hoặc)\s*{_KINDS})*\s*"
)


_ADDRESSED_NAME = re.compile(r"^[A-ZĐÀ-Ỹ][^.;:()]{3,100}$")
_LISTED_NAME = re.compile(r"^[A-ZĐÀ-Ỹ][^.;:()]{3,160}$")


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


def guided_assignees(paragraph: str) -> list[str] | None:
    """The units a lead-in "X hướng dẫn Y thực hiện … như sau:" names as the points' doers."""
    sentence = split_sentences(paragraph)[-1]
    m = _GUIDES_TO_DO.search(match_form(sentence))
    if m is None:
        return None
    who = sentence[m.start("who") : m.end("who")].strip(" ,")
    if not (_GUIDED_START.match(match_form(who)) or who[:1].isupper()):
        return None  # "… hướng dẫn việc kê khai thực hiện …": no unit
    if _NOTIFIED_OBJECT.search(match_form(who)):
        return None  # "… hướng dẫn các đơn vị nội dung thực hiện …": what, not who
    names = split_assignees(who)
    return [a.name for a in names if not a.is_person] if names else None


def intro_assignees(paragraph: str) -> list[str] | None:
    """Leads named by an intro sentence ending in ":" ("UBND tỉnh yêu cầu các cơ quan … sau:")."""
    sentences = split_sentences(paragraph)
    sentence = sentences[-1]
    if not sentence.rstrip().endswith(":"):
        return None
    if len(sentence.split()) <= 4 and len(sentences) > 1:
        sentence = f"{sentences[-2]} {sentence}"  # "… đề nghị các đơn vị … . Cụ thể:"
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
    if not asks and (guided := guided_assignees(sentence)):
        return guided
    leads: list[str] = []
    for _, roles in glued_clauses(sentence):
        # "… đề nghị Quý cơ quan thực hiện một số nội dung sau:" names the letter's addressees
        leads.extend(
            a.name for a in roles.leads if not a.is_person and not is_polite_addressee(a.name)
        )
    return leads or None


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
    return pick_deadline(kept)


# An assessment section's turn to the work ahead: "Trong thời gian tới, Tỉnh tổ chức …".
_FORWARD = re.compile(
    r"(?:^|(?<=[.;!]\s))(?:Trong thời gian (?:tới|sắp tới)|Thời gian tới|Từ nay đến)(?=[\s,])"
)


def forward_text(paragraphs: list[str]) -> str | None:
    """The text of an assessment section from its first sentence about the work ahead."""
    text = " ".join(paragraphs)
    m = _FORWARD.search(text)
    return text[m.start() :] if m else None


# "11. Các đơn vị cấp nước sạch trên địa bàn thành phố có trách nhiệm" over "a) …", "b) …": a
# lead-in without its colon still hands its body to the points under it.
_LEADS_IN = re.compile(
    r"(?:(?:có|chịu) trách nhiệm(?:\s+thực hiện)?|thực hiện|triển khai|tập trung)"
    r"(?:\s+(?:các|những)\s+(?:nhiệm vụ|nội dung|công việc|việc)(?:\s+trọng tâm)?)?"
    r"(?:\s+(?:cụ thể\s+)?(?:sau đây|sau|như sau))?$"
    r"|cụ thể(?:\s+như sau)?$"
)


def opens_points(paragraph: str) -> bool:
    """A paragraph that leads into the points under it: it ends in ":" or in "có trách nhiệm"."""
    text = paragraph.rstrip()
    if text.endswith(":"):
        return True
    low = match_form(text)
    m = _LEADS_IN.search(low)
    if m is None or len(split_sentences(text)) > 1:
        return False
    # "… thực hiện" alone ends many sentences; only the responsibility phrases or an explicit
    # "các nhiệm vụ sau" lead in.
    return "trách nhiệm" in m.group() or "sau" in m.group() or m.group().startswith("cụ thể")


_GROUP_HEAD = re.compile(
    r"^(?:(?:các|những)\s+(?:sở|ngành|cơ quan|đơn vị|khoa|phòng|địa phương|xã|phường|bộ|ban"
    r"|trường|doanh nghiệp|tổ chức|hội|đoàn thể|chủ đầu tư|nhà đầu tư|nhà thầu|cơ sở)\b"
    r"|(?:cơ quan|đơn vị|bộ phận)\s+(?:chủ trì|phối hợp|thực hiện|tiếp nhận|đầu mối)\b)"
)  # "Cơ quan chủ trì giải quyết thủ tục đầu tư dự án" over its points names its role


_BRACKETED = re.compile(r"\s*\([^()]*\)")


def group_heading(item: Item) -> str | None:
    """ "2. Các Sở, ngành chủ trì, quản lý, tham gia thực hiện các dự án … thuộc Chương trình"
    over dash points: a heading naming a group by what it does; the whole line is the name."""
    if not item.children or len(item.paragraphs) != 1 or item.marker is None:
        return None
    text = item.paragraphs[0].strip()
    if text.endswith((".", ";", ":", ",")) or len(text.split()) > 40:
        return None
    if not _GROUP_HEAD.match(match_form(text)) or _LEADS_IN.search(match_form(text)):
        return None  # "… có trách nhiệm" leads into its points: the names end before it
    if not all(c.marker is not None and c.marker.kind in POINT_KINDS for c in item.children):
        return None
    listed = heading_assignees(text)
    if listed and len(listed) > 1:
        return None  # "Các sở, ban, ngành, đoàn thể cấp tỉnh và UBND các xã, phường": a list
    return _BRACKETED.sub("", text).strip()  # "(các công ty, hợp tác xã …)": its scope


def names_only(item: Item) -> bool:
    """A long body line over points ("5. Các sở, ban, ngành, đoàn thể cấp tỉnh và UBND các xã,
    phường" then "- Tiếp tục phổ biến …"): it only names who does them, like a heading. So does
    a name line over paragraphs of its own, too long or with a ";" for a title ("5. Phòng Văn
    hóa, Khoa học và Thông tin; Trung tâm Văn hóa, Thông tin và Thể thao" then "Phối hợp …")."""
    # over points: the line alone; over paragraphs: the line and one duty a paragraph or more
    # ("5. Trung tâm Phát triển quỹ đất." then "Tập hợp …", "Giao Trung tâm … phối hợp …")
    # (a dash line over many loose paragraphs is a list or a table read apart, no title)
    numbered = item.marker is not None and item.marker.kind is not MarkerKind.BULLET
    wanted = len(item.paragraphs) == 1 if item.children else len(item.paragraphs) >= 2
    if not wanted or (len(item.paragraphs) > 2 and not numbered):
        return False
    if item.children and person_heading(item.paragraphs[0]) is not None:
        return True  # "2. Bà Lê Thị B - Công chức Văn phòng - Thống kê" over her duties
    text = item.paragraphs[0].rstrip()
    stopped = text.endswith(".") and not text.endswith("..")
    if stopped:
        text = text[:-1]  # "2. Trung tâm Bảo tồn di sản Thăng Long - Hà Nội." over its points
    if text.endswith(":") and len(text.split()) <= 40 and _listed_bodies(text[:-1].rstrip()):
        # "6. Đài Truyền hình Việt Nam, …, Thông tấn xã Việt Nam và các phương tiện thông tin
        # đại chúng ở Trung ương và địa phương:" over points: a long list of bodies
        return True
    if text.endswith((".", ";", ":")) or len(text.split()) > 30:
        return False
    roles = analyze(without_duty_fields(without_agency_kinds(without_members(text))))
    # "7. Đề nghị Ủy ban MTTQ Việt Nam thành phố và các tổ chức …" asks, but only names whom
    asked = roles.subject_only and HEADING_PREFIX.match(match_form(text)) is not None
    names = heading_assignees(text)
    if not item.children and names and not all(map(_plausible_name, names)):
        # "2. Yêu cầu các thôn nêu cao tinh thần … phòng cháy" over "Việc này hoàn thành …": a
        # request whose verb the lexicon does not know ran into the "name", not a line of names
        return False
    # "2. Trường THCS Nguyễn Du đạt chuẩn quốc gia." over paragraphs: a statement whose verb the
    # lexicon does not know, no body's name (a bare heading over one paragraph is read as before:
    # "7. Các cơ quan báo chí của tỉnh và Trung ương đóng trên địa bàn tỉnh")
    strict = stopped or len(item.paragraphs) > 2
    if not item.children and strict and not asked and not is_body_name_line(text):
        return False
    return not roles.leads and (not roles.actionable or asked) and bool(names)


def _plausible_name(name: str) -> bool:
    """A group named in small letters ("các thôn", "các tổ chức chính trị - xã hội tỉnh") is short
    or ends at a level of government; a longer one has run on into the work."""
    words = name.split()
    if not words or words[0] not in ("các", "những"):
        return True
    return len(words) <= 5 or NAME_END.search(name) is not None


def assigning_lead_ins(section: Item) -> list[Item]:
    """Items of a purpose/target section whose last paragraph names bodies and leads into points
    ("Căn cứ tình hình thực tế, các cơ quan, đơn vị, địa phương phối hợp thực hiện các hoạt động
    sau:"): the section describes, but those points are assigned work."""
    kept: list[Item] = []
    for child in walk(section.children):
        if not child.children or not child.paragraphs or any(within(child, k) for k in kept):
            continue
        last = child.paragraphs[-1].rstrip()
        if last.endswith(":") and len(child.paragraphs) > 1 and analyze(last).leads:
            kept.append(child)
    return kept


def within(item: Item, ancestor: Item) -> bool:
    parent = item.parent
    while parent is not None:
        if parent is ancestor:
            return True
        parent = parent.parent
    return False


def is_descriptive(heading: str, *, guidance: bool = False) -> bool:
    """A plan's purpose, requirement, scope or basis section ("1. Mục đích", "2. Yêu cầu"); in a
    `guidance`, its procedure sections too ("II. VỀ QUY TRÌNH XÉT TẶNG")."""
    low = match_form(heading.strip())
    if _DESCRIPTIVE_HEADING.match(low) is None and (
        not guidance or _PROCEDURE_HEADING.match(low) is None
    ):
        return False
    # "I. VỀ KẾT QUẢ ĐẠT ĐƯỢC": in capitals every topic looks like a name after "Về"
    return heading.strip().isupper() or not heading_assignees(heading)


def describes_emulation(heading: str) -> bool:
    """An emulation plan's contents or criteria heading ("II. NỘI DUNG ĐỢT THI ĐUA")."""
    return _EMULATION_HEADING.match(match_form(heading.strip().strip("*").strip())) is not None


def describes_stages(heading: str) -> bool:
    """A project's stages or roadmap heading ("VII. CÁC GIAI ĐOẠN THỰC HIỆN")."""
    return _STAGES_HEADING.match(match_form(heading.strip().strip("*").strip())) is not None


def describes_contingency(item: Item) -> bool:
    """A contingency plan's responses: a heading line ("3. Phương án xử lý tình huống … khi có
    mưa") over scenario rows only ("3.1. Với trận mưa …", "Khi …", "Trường hợp …"). A heading that
    asks someone, or sub-points naming who does what, are duties."""
    if not item.children or len(item.paragraphs) != 1:
        return False
    low = match_form(item.paragraphs[0].strip().strip("*").strip())
    if _CONTINGENCY_HEADING.match(low) is None or asks_someone(low):
        return False
    return all(
        c.paragraphs and _SCENARIO_ROW.match(match_form(c.paragraphs[0].strip())) is not None
        for c in item.children
    )


def is_bare_label(item: Item) -> bool:
    """A heading that is only its label ("2. Thời gian:", "1. Mục đích:"), nothing after it."""
    if len(item.paragraphs) != 1:
        return False
    text = item.paragraphs[0].strip()
    return text.endswith(":") and len(text.split()) <= 6


# "3. Nội dung: Bồi dưỡng, tập huấn …" among "1. Đối tượng:", "2. Thời gian:": a field of the
# event a letter announces, not a request.
_FIELD_LABEL = re.compile(
    r"^(?:nội dung|thời gian|địa điểm|thành phần(?:\s+tham (?:dự|gia))?|đối tượng"
    r"|hình thức(?:\s+tổ chức)?|cách thức(?:\s+(?:thực hiện|tổ chức))?|phương thức)$"
)


def is_field_note(item: Item) -> bool:
    """A top-level numbered item that only gives a field of an event ("3. Nội dung: …") and
    names nobody to do anything."""
    if item.parent is not None or item.children or len(item.paragraphs) != 1:
        return False
    if item.marker is None or item.marker.kind not in (MarkerKind.SECTION, MarkerKind.NUMBER):
        return False
    label, body = split_label(item.paragraphs[0])
    if not label or _FIELD_LABEL.match(match_form(label).strip("* ")) is None:
        return False
    roles = analyze(body)
    return not roles.leads and not asks_someone(match_form(body))


# The fields that describe one event or inspection ("- Thành phần đoàn: …", "- Đối tượng và địa
# bàn:", "- Phương pháp: …", "1. Nội dung: …" beside "2. Phương thức tổ chức:").
_EVENT_FIELD = re.compile(
    r"^(?:nội dung|thời gian|địa điểm|địa bàn|quy mô|khách mời"
    r"|thành phần(?:\s+(?:đoàn|tham (?:dự|gia)|dự (?:họp|hội nghị)))?"
    r"|đối tượng(?:\s+(?:và địa bàn|tham (?:dự|gia)|kiểm tra|giám sát))?"
    r"|(?:hình thức|cách thức|phương thức|phương pháp)"
    r"(?:\s+(?:tổ chức|thực hiện|kiểm tra|giám sát))?"
    r")\s*:"
)


def event_fields(items: list[Item]) -> set[int]:
    """Ids of the items that are fields of an event: two or more siblings open with such a label
    ("- Thành phần đoàn: …", "- Phương pháp: …"), so they describe it rather than assign work
    (their points are the field's values)."""
    found: set[int] = set()
    groups = [items, *(item.children for item in walk(items))]
    for group in groups:
        labelled = [
            item
            for item in group
            if item.marker is not None
            and item.paragraphs
            and _EVENT_FIELD.match(match_form(item.paragraphs[0].strip().strip("*").strip()))
        ]
        if len(labelled) >= 2:
            found.update(id(item) for item in labelled)
    return found


# "Giao Sở Y tế …": an explicit assignment, which a point of a criteria or conditions section may
# still make ("Đề nghị Bộ …" under "KIẾN NGHỊ" is the writer's proposal, not an assignment).
_GIVES = re.compile(r"(?<![^\W_])giao\s")


def assigning_points(section: Item) -> list[Item]:
    """Points of a describing section that give a named body work in so many words ("a) Trên cơ
    sở kết quả …, giao Sở Y tế thành lập đoàn kiểm tra …" under "3. Tiêu chí đánh giá"): the
    section describes, that point assigns."""
    found: list[Item] = []
    for child in walk(section.children):
        if child.children or not child.paragraphs:
            continue
        text = " ".join(child.paragraphs)
        low = match_form(text)
        if _GIVES.search(low) and asks_someone(low) and analyze(text).leads:
            found.append(child)
    return found


def trailing_requests(section: Item, kept: list[Item] | None) -> list[tuple[Item, str]]:
    """Unnumbered paragraphs after a point of a descriptive section that ask a named body for
    work ("4. Cách thức thực hiện:" … then "Bộ Tài chính đề nghị Ủy ban nhân dân các tỉnh … cử cán
    bộ …"): the request closes the letter, it does not describe the event. With `kept` None the
    section itself is one of the event's fields and its own paragraphs are read too."""
    found: list[tuple[Item, str]] = []
    for node in walk(section.children) if kept is not None else walk([section]):
        if kept and any(node is k or within(node, k) for k in kept):
            continue
        for paragraph in node.paragraphs[1:]:
            if asks_someone(match_form(paragraph)) and analyze(paragraph).leads:
                found.append((node, paragraph))
    return found


def is_fragment(item: Item) -> bool:
    """A sub-item that only lists objects of its parent's sentence ("+ hộ tịch;")."""
    if item.children or len(item.paragraphs) != 1:
        return False
    text = item.paragraphs[0]
    if len(text.split()) > 12 or not text[:1].islower():
        return False
    roles = analyze(text)
    return not roles.actionable and not roles.leads
