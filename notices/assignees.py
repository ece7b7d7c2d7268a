"""Who does what in one clause: leads (chủ trì), support (phối hợp), directing (chỉ đạo).

Grammar: [TRIGGER] ASSIGNEES [ROLE] ACTION. The assignee phrase ends at the first
role or action word, not at the first comma. Recipients ("gửi về X", "báo cáo X", "tham mưu UBND")
come after the verb and are never read as leads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from notices.lexicon import ACTION_CUES, ACTION_WORDS, ORG_HEADS, PREDICATE_STARTS
from notices.names import Assignee, assignee_start, known_field_spans, split_assignees
from notices.text import match_form

_END = r"(?![^\W_])"


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# "lãnh đạo" alone is usually a noun ("lãnh đạo các phòng"); with "chỉ đạo" it is the verb pair.
_TERM_RX = re.compile(rf"(?:{_alternation((*ACTION_WORDS, 'lãnh đạo, chỉ đạo'))}){_END}")
_CUE_RX = re.compile(rf"(?<![^\W_])(?:{_alternation(ACTION_CUES)}){_END}")
_TOKEN = re.compile(r"[()]|[;,:]|[^\s;,:()]+")
_PREDICATE_RX = re.compile(rf"(?:{_alternation(PREDICATE_STARTS)}){_END}")
# A name that ends in a head noun goes on with a capitalised word: "Sở Xây dựng", "Ban Tổ chức".
_LEVEL_HEADS = ("thành phố", "tỉnh")  # "Công an tỉnh Chỉ đạo …": a level ends the name
_HEAD_BEFORE = re.compile(
    rf"(?<![^\W_])(?:{_alternation(tuple(h for h in ORG_HEADS if h not in _LEVEL_HEADS))})"
    r"(?:\s+(?:cổ phần|tnhh|trách nhiệm hữu hạn(?:\s+(?:một|hai) thành viên(?:\s+trở lên)?)?))?"
    r"\s*$"
)  # "Công ty cổ phần Xây dựng …": the legal form belongs to the head
# "Các chủ rừng là tổ chức", "cá nhân là chủ đầu tư": a qualifier inside the subject.
# "Cấp uỷ, chính quyền địa phương các cấp, nhất là thành phố Hà Nội, … phải đi đầu": an aside
# singling out some of the subject, not more leads.
_ASIDE = re.compile(r"(?:nhất là|đặc biệt là|trước hết là)\s")
_QUALIFIER = re.compile(
    r"là\s+(?:tổ chức|cá nhân|hộ gia đình|doanh nghiệp|chủ đầu tư|chủ rừng|chủ sở hữu)"
    r"(?:\s*(?:,|và|hoặc)\s*(?:tổ chức|cá nhân|hộ gia đình))*" + _END
)
# "Giao X", "Đề nghị X", "Yêu cầu X": the object is the assignee.
_TRIGGER = re.compile(r"(?<![^\W_])(giao|đề nghị|yêu cầu)\s+")
_NOT_TRIGGER_BEFORE = re.compile(
    r"(?:được|đã|chưa|theo|đáp ứng|đạt|các|những|đủ|xét|có|sự|bàn|chuyển|ngoại|nhiệm vụ|chỉ tiêu"
    r"|đúng|(?:^|\s)về)\s*$"  # "Về đề nghị của Thành phố …": a heading about a proposal
)
_NOT_TRIGGER_AFTER = re.compile(
    r"(?:tiếp|thông|dịch|ban|lưu|nhận|thoa|đất|khoán|việc|cho|tại|theo|về|của|đề ra)" + _END
)
_CONNECTOR = re.compile(
    r"(?:đồng thời|vì vậy|do đó|ngoài ra|bên cạnh đó|trong đó|mặt khác|tiếp theo|sau đó|qua đó|"
    r"từ đó|theo đó|trước mắt|cụ thể|trên cơ sở đó|nhất là|đặc biệt"
    r"|trong thời gian (?:sắp )?tới|thời gian tới)\s*[,:]?\s*"
)
_OPENER = re.compile(
    r"(?:để|nhằm|trên cơ sở|căn cứ|qua|từ|riêng|đối với|về|trường hợp|nếu|khi|sau khi được"
    r"|với (?:vai trò|tư cách)|là (?:cơ quan|"
    r"đơn vị|chủ đầu tư)|trong phạm vi|theo chức năng|"
    r"thực hiện (?:ý kiến|chỉ đạo|kết luận|thông báo|công văn|văn bản|kế hoạch|quyết định"
    r"|chỉ thị))" + _END
)
_DESCRIPTIVE = re.compile(
    r"(?:thời gian qua|năm \d{4},|trong năm \d{4},|kết quả|hiện nay|tuy nhiên|bên cạnh những|"
    r"nguyên nhân|những hạn chế|các hạn chế|hạn chế(?=\s*[:,]|\s+(?:là|còn|chính|và|yếu))"
    r"|nhìn chung|đến nay|tính đến|theo báo cáo|"
    r"sau khi nghe|dự hội nghị|tham dự|cùng với cả nước|trong \d+ tháng|số liệu|tỷ lệ|"
    r"thay mặt|ghi nhận|biểu dương|đánh giá cao|trên đây|thừa lệnh|(?:sáng|chiều|vào )?ngày \d)"
    + _END
)
_PAST = ("đã", "đang", "vẫn", "còn", "chưa", "đạt", "có")
_ASSIGNERS = ("giao", "đề nghị", "yêu cầu")
_DIRECTING = ("chỉ đạo", "trực tiếp")
_LEAD_ROLES = ("chủ trì", "là cơ quan", "là đơn vị", "tham mưu", "có trách nhiệm", "trực tiếp")
_SUPPORT = re.compile(
    r"(?<![^\W_])(?:phối hợp(?:\s+chặt chẽ)?(?:\s+với)?|với\s+sự\s+phối hợp\s+của|cùng với)\s+"
)
# Bodies whose name is a head noun plus a verb; elsewhere a verb after a name ends the subject.
_HEAD_VERB_NAMES = (
    "ban chỉ đạo", "ban quản lý", "ban tổ chức", "ban điều hành", "ban giám sát", "ban soạn thảo",
    "tổ giúp việc", "tổ công tác", "tổ kiểm tra", "tổ thẩm định", "tổ chỉ đạo", "tổ tư vấn",
    "tổ biên tập", "đoàn kiểm tra", "đoàn giám sát", "đoàn thanh tra", "đoàn công tác",
    "hội đồng thẩm định", "hội đồng tư vấn", "phận tiếp nhận", "tâm phục vụ", "tâm hỗ trợ",
    "tâm kiểm soát", "phòng quản lý", "cục quản lý", "phòng đăng ký", "tâm tổ chức",
    "nhà cung cấp",
)  # fmt: skip
# "cơ quan tham mưu, giúp việc", "cơ quan quản lý nhà nước": the verb names the kind of agency.
_AGENCY_ROLE = re.compile(r"(?:tham mưu|giúp việc|quản lý(?:\s+nhà nước)?)" + _END)
_AGENCY_BEFORE = re.compile(
    r"cơ quan(?:\s+(?:tham mưu|giúp việc|quản lý(?:\s+nhà nước)?)\s*(?:,|và))*\s*$"
)
_AGENCY_KINDS = re.compile(
    r"(?<=cơ quan)(?:\s+(?:tham mưu|giúp việc|quản lý(?:\s+nhà nước)?)\s*(?:,|và)?)+(?=\s)",
    re.IGNORECASE,
)


def without_agency_kinds(text: str) -> str:
    """ "Thủ trưởng các cơ quan thuộc Bộ" for "… các cơ quan tham mưu, quản lý nhà nước thuộc
    Bộ": the words that name the kind of agency are no verbs of the line."""
    return _AGENCY_KINDS.sub("", text)


_INSPECTORATE = re.compile(r"thanh tra\s+(?:tỉnh|thành phố|huyện|quận|thị xã|sở|bộ|chính phủ)\b")
_DETERMINERS = frozenset({"các", "những", "mỗi", "của", "từng", "một"})
_NOUN_COMPOUNDS = frozenset(
    {
        "chương trình",
        "quy trình",
        "công trình",
        "lộ trình",
        "tiến trình",
        "độc lập",
        "thiết lập",
        "gia tăng",
        "tờ trình",
        "xét duyệt",
        "ngân hàng",
        "thời gian tới",
    }
)
_NOUN_TERM = re.compile(
    r"tổ chức(?:\s+(?:đảng|chính trị|xã hội|đoàn thể|cơ sở đảng|tín dụng|kinh tế|hội|quần chúng)"
    r"|\s*(?:,|và|hoặc)\s*cá nhân)" + _END
)  # "các cơ quan, tổ chức, cá nhân liên quan": the noun pair, not the verb "tổ chức"
# "Các cơ quan được phân công chủ trì thực hiện nhiệm vụ … có trách nhiệm lập …": the verbs
# after "được giao / được phân công" qualify the subject; its own verb comes after them.
_PASSIVE_ASSIGNED = re.compile(r"(?<![^\W_])được\s+(?:giao|phân công)" + _END)
_MAIN_AFTER_PASSIVE = re.compile(r"(?<![^\W_])(?:có|chịu)\s+trách\s+nhiệm" + _END)
_MAX_SUBJECT_TOKENS = 45
_ENUM_BEFORE_COLON = re.compile(
    rf"(?:(?:các|những)\s+(?:{_alternation(ORG_HEADS)})|(?:ubnd|ủy ban nhân dân)\s+các\s+"
    r"(?:xã|phường|huyện|thị trấn|tỉnh|thành phố|quận))(?:\s*,\s*(?:ban|ngành|đơn vị|cơ quan|"
    r"địa phương|xã|phường|thị trấn|thành phố))*(?:\s+trực thuộc (?:trung ương|tỉnh))?\s*:$"
)


# Sentences that assign nothing though they name bodies and verbs: sanctions ("… sẽ bị xử lý theo
# quy định", "nếu chậm trễ sẽ chịu trách nhiệm trước Chủ tịch UBND tỉnh"), what someone said in a
# meeting ("Đồng chí Giám đốc Sở Y tế phát biểu: …", "Ý kiến thảo luận: …") and thanks.
_CONDITION = re.compile(r"(?:^|[,\s])(?:nếu|trường hợp|đơn vị nào|cơ quan nào|địa phương nào)\s")
_SANCTION = re.compile(
    r"(?:sẽ\s+(?:phải\s+)?|phải\s+)?(?:bị\s+(?:xem xét\s+)?(?:xử lý|kỷ luật|phê bình|kiểm điểm"
    r"|đình chỉ|xử phạt)|chịu\s+trách\s+nhiệm\s+trước)" + _END
)
_SPEECH = re.compile(
    r"^(?:(?:đồng chí|đ/c|ông|bà)\s+[^.:;]{2,120}?\s+(?:phát biểu(?:\s+ý kiến)?|có ý kiến"
    r"|nêu ý kiến|cho rằng|nhấn mạnh|trao đổi|giải trình)\b"
    r"|(?:các\s+)?ý kiến(?:\s+thảo luận|\s+phát biểu)?"
    r"(?:\s+(?:của|tại)\s+[^.:;]{0,80})?\s*(?::|cho rằng|đều)|(?:xin\s+)?(?:trân trọng\s+"
    r"|chân thành\s+)?cảm ơn)"
)


# "Sở Giáo dục và Đào tạo đề nghị Thủ trưởng các đơn vị nghiêm túc thực hiện./.": the closing
# exhortation of a letter names no work of its own.
# "Để thực hiện tốt hơn …, đòi hỏi lãnh đạo huyện, … phải nâng cao nhận thức": a statement of
# what a goal demands, with nobody told to do a given piece of work.
_DEMANDS = re.compile(
    r"^(?:để\s[^.;:]{0,240}?,\s*)?(?:(?:điều này|việc này|tình hình)\s+)?đòi hỏi\s"
)
# "Trường hợp vượt thẩm quyền, có văn bản đề nghị Bộ quản lý ngành xem xét", "Nếu có khó khăn,
# vướng mắc, báo cáo về Sở Nội vụ": what to do if something happens, not a task (and the body
# asked is not a lead).
_CONDITIONAL_REQUEST = re.compile(
    r"^(?:trong quá trình [^,]{0,80},\s*)?(?:trường hợp|nếu|khi có)\s[^.;]{0,160}?,\s*"
    r"(?:thì\s+)?(?:kịp thời\s+)?(?:có văn bản\s+|gửi văn bản\s+)?"
    r"(?:kính\s+)?(?:đề nghị|báo cáo|phản ánh|kiến nghị|liên hệ|trao đổi)\b"
)
# "Bộ Chính trị, Ban Bí thư cơ bản nhất trí với Tờ trình của Đảng uỷ Chính phủ.", "Cơ bản thống
# nhất với Báo cáo …": agreeing with a report assigns nothing.
_AGREEMENT = re.compile(
    r"^(?:[^.;:]{0,80}?\s)?(?:cơ bản\s+)?(?:nhất trí|thống nhất|đồng ý|tán thành)\s+(?:cao\s+)?"
    r"(?:với\s+)?(?:nội dung\s+)?(?:tờ trình|báo cáo|đề án|đề xuất|dự thảo|phương án)\b[^;]*$"
)
# "Chấp thuận đề nghị của Sở Nông nghiệp và Môi trường tại Công văn số … về danh mục …": an
# approval with no work attached (one that goes on "và giao …" is still work).
_APPROVAL = re.compile(
    r"^(?:chấp thuận|đồng ý|thống nhất)\s+(?:với\s+)?(?:đề nghị|chủ trương|đề xuất|danh mục)\b"
    r"(?![^;]*\b(?:giao|yêu cầu|chỉ đạo)\s)[^;]*$"
)
_EXHORTATION = re.compile(
    r"^[^.;:]{0,120}\b(?:đề nghị|yêu cầu)\s[^.;:]{0,120}?\b(?:nghiêm túc\s+)?(?:triển khai\s+)?"
    r"thực hiện(?:\s+(?:nghiêm túc|có hiệu quả|tốt))?(?:\s+(?:nội dung|văn bản|công văn"
    r"|thông báo|kế hoạch)\s+(?:này|trên))?\s*[./]*$"
)


# An assessment opens the sentence: every clause of it reports, none assigns ("Ghi nhận, biểu
# dương …; chính quyền 02 cấp cơ bản vận hành thông suốt; …").
_ASSESSMENT = re.compile(
    r"^(?:ghi nhận|biểu dương|đánh giá cao|nhìn chung|bên cạnh (?:những|các) (?:kết quả|mặt)"
    r"|trong bối cảnh|tuy nhiên|kết quả(?: đạt được)?,)" + _END
)


_PRAISE_AFTER_SUBJECT = re.compile(
    r"^[^.;:]{2,80}?\s(?:ghi nhận|biểu dương|đánh giá cao|hoan nghênh)(?:\s+và\s+"
    r"(?:ghi nhận|biểu dương|đánh giá cao|hoan nghênh))?\s"
)


def is_assessment(sentence: str) -> bool:
    """A sentence that opens with an assessment and asks nobody for anything."""
    text = sentence.strip()
    low = match_form(text)
    praise = _PRAISE_AFTER_SUBJECT.match(low)
    if praise and assignee_start(text, low, 0) is None:
        praise = None  # "Bộ Chính trị, Ban Bí thư ghi nhận và biểu dương …": a body praises
    if not _ASSESSMENT.match(low) and not praise:
        return False
    return not asks_someone(low)


def asks_someone(low: str) -> bool:
    """Does the (match-form) sentence say "giao X", "đề nghị X" or "yêu cầu X" anywhere?"""
    return any(
        not _NOT_TRIGGER_AFTER.match(low, m.end())
        and not _NOT_TRIGGER_BEFORE.search(low[max(0, m.start() - 14) : m.start()])
        for m in _TRIGGER.finditer(low)
    )


# "Điều 3. Chánh Văn phòng …, Giám đốc các Sở … chịu trách nhiệm thi hành Quyết định này./.":
# the closing article of a decision or resolution names who executes it, no piece of work.
_EXECUTION_ARTICLE = re.compile(
    r"\b(?:chịu trách nhiệm|có trách nhiệm)\s+(?:tổ chức\s+)?(?:thi hành|thực hiện)\s+"
    r"(?:nghị quyết|quyết định|chỉ thị|thông tư|nghị định|quy chế|quy định|kế hoạch)\s+này"
    r"\s*[./]*\s*$"
)


# "Đề nghị các sở, ban, ngành và địa phương khẩn trương thực hiện đúng chức năng được giao; kịp
# thời báo cáo UBND tỉnh những khó khăn, vướng mắc để xem xét, chỉ đạo./.": the closing ask.
_CLOSING_ASK = re.compile(
    r"^(?:[^.;:]{0,120}\s)?(?:đề nghị|yêu cầu)\s[^.;:]{0,120}?\s"
    r"(?:(?:khẩn trương|nghiêm túc|chủ động|tích cực)\s+)*(?:triển khai\s+)?thực hiện"
    r"(?:\s+(?:đúng|theo)\s+chức năng(?:,\s*nhiệm vụ)?(?:\s+được giao)?)?"
    r"(?:\s*;\s*(?:kịp thời\s+)?(?:báo cáo|phản ánh)[^.;]*(?:khó khăn|vướng mắc)[^.;]*)?"
    r"\s*[./]*$"
)


# "Chịu trách nhiệm về những nội dung thẩm định …": what a body answers for, not a piece of work
# ("Chịu trách nhiệm về thực hiện bảo mật …" or "chịu trách nhiệm tiếp nhận hồ sơ" still are).
_LIABILITY = re.compile(
    r"^chịu trách nhiệm(?:\s+trước\s[^.;]{0,80}?)?\s+về\s+(?:những\s+|các\s+)?"
    r"(?:nội dung|kết quả|tính (?:chính xác|pháp lý|hợp pháp|trung thực)|số liệu|thông tin)\b"
)


def _is_liability(low: str) -> bool:
    """Every clause states what the body answers for ("…; không chịu trách nhiệm về …")."""
    clauses = [c.strip() for c in low.split(";") if c.strip()]
    return bool(clauses) and all(
        _LIABILITY.match(c) or c.startswith("không chịu trách nhiệm") for c in clauses
    )


def is_remark(sentence: str) -> bool:
    """A sanction, an opinion voiced in a meeting, thanks or a closing exhortation: no task."""
    low = match_form(sentence.strip())
    if _SPEECH.match(low) or _EXHORTATION.match(low) or _DEMANDS.match(low):
        return True
    if _CLOSING_ASK.match(low) or _is_liability(low):
        return True
    if _EXECUTION_ARTICLE.search(low):
        return True
    if _CONDITIONAL_REQUEST.match(low) or _AGREEMENT.match(low) or _APPROVAL.match(low):
        return True
    if _SANCTION.search(low) is None:
        return False
    # "… sẽ bị xử lý theo quy định" warns; "Sở Nội vụ chịu trách nhiệm trước UBND tỉnh về việc
    # tham mưu …" without a condition or "sẽ/bị" still assigns.
    return bool(_CONDITION.search(low) or re.search(r"\bsẽ\s|\bbị\s", low))


@dataclass(frozen=True, slots=True)
class Span:
    end: int
    term: str  # the word that ended the subject ("chủ trì", "tập trung", ":"); "" at clause end
    term_end: int


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


def scan_subject(text: str, low: str, start: int) -> Span | None:
    """Where the assignee phrase starting at `start` ends: at the first role or action word."""
    depth = 0
    tokens = 0
    fields = known_field_spans(low)
    previous = ""
    previous_pos = start
    skip_to = start
    cut: int | None = None  # where ", nhất là …" starts: the names end there, the verb is later
    for m in _TOKEN.finditer(low, start):
        tok, pos = m.group(), m.start()
        if pos < skip_to:
            continue
        if previous == "," and cut is None and (aside := _ASIDE.match(low, pos)):
            cut = low.rindex(",", start, pos)
            skip_to, tokens = aside.end(), 0
            continue
        if tok == "là" and (qualifier := _QUALIFIER.match(low, pos)):
            skip_to = qualifier.end()
            previous, previous_pos = "", pos
            continue
        if tok == "(":
            depth += 1
            continue
        if tok == ")":
            if depth == 0:
                return Span(pos, ")", pos)
            depth -= 1
            continue
        if depth:
            continue
        if tok == ":":
            if _ENUM_BEFORE_COLON.search(low, start, pos + 1) and low[pos + 1 :].strip(" ,;:.-–"):
                continue  # "các Sở, ngành: Nội vụ, Tư pháp …" goes on after the colon
            return Span(pos, ":", pos + 1)
        if tok in ",;":
            previous = tok
            continue
        tokens += 1
        if tokens > _MAX_SUBJECT_TOKENS:
            return None
        term = _TERM_RX.match(low, pos)
        if term and _ends_subject(
            text, low, pos, start, previous, previous_pos, term.group(), fields
        ):
            main = _after_passive(low, start, pos)
            if main is not None and cut is None:
                return Span(main.start(), match_form(main.group()), main.end())
            return Span(pos if cut is None else cut, term.group(), term.end())
        previous, previous_pos = tok, pos
    return Span(len(text) if cut is None else cut, "", len(text))


def _after_passive(low: str, start: int, pos: int) -> re.Match[str] | None:
    """The subject's own verb after "… được giao/phân công chủ trì …" (its relative clause)."""
    passive = _PASSIVE_ASSIGNED.match(low, pos) or _PASSIVE_ASSIGNED.search(
        low, max(start, pos - 12), pos + 12
    )
    if passive is None or passive.start() > pos or passive.start() <= start:
        return None
    clause_end = len(low)
    for stop in (";", ".", ":"):
        found = low.find(stop, passive.end())
        if found >= 0:
            clause_end = min(clause_end, found)
    main = _MAIN_AFTER_PASSIVE.search(low, passive.end(), min(clause_end, passive.end() + 120))
    return main


_PLACE_LIKE_VERB = re.compile(r"cần thơ" + _END)


def _ends_subject(
    text: str,
    low: str,
    pos: int,
    start: int,
    previous: str,
    previous_pos: int,
    term: str,
    fields: list[tuple[int, int]],
) -> bool:
    if pos == start:
        # "Thanh tra tỉnh tổ chức thanh tra …": the inspectorate, not the verb "thanh tra"
        return not (text[pos].isupper() and _INSPECTORATE.match(low, pos))
    if text[pos].isupper() and _PLACE_LIKE_VERB.match(low, pos):
        return False  # "… công nghiệp Cần Thơ": the city, not the modal "cần"
    if text[pos].isupper():
        # A capital inside the phrase is part of a name ("Ban Chỉ đạo", "Sở Xây dựng"), unless
        # a predicate verb follows a complete name: "Sở Xây dựng Theo dõi, đôn đốc …".
        head = _HEAD_BEFORE.search(low, start, pos)
        if head is not None and any(a < head.start() < b for a, b in fields):
            head = None  # "… Nông nghiệp và Môi trường": "trường" ends a field, not a head
        return (
            bool(_PREDICATE_RX.match(low, pos))
            and head is None
            and previous not in (",", ";", "và")  # "các Sở Tài chính, Xây dựng và Y tế"
            and not any(a < pos < b for a, b in fields)
        )
    if previous in _DETERMINERS:
        return False  # "các tổ chức", "những đơn vị"
    if f"{previous} {term}".startswith(_HEAD_VERB_NAMES):
        return False  # "Ban chỉ đạo", "Đoàn kiểm tra": a verb right after a head names the body
    if f"{previous} {term.split()[0]}" in _NOUN_COMPOUNDS:
        return False
    if _NOUN_TERM.match(low, pos):
        return False  # "các cấp ủy, tổ chức đảng": a body, not the verb "tổ chức"
    if _AGENCY_ROLE.match(low, pos) and _AGENCY_BEFORE.search(low[max(start, pos - 60) : pos]):
        return False  # "các cơ quan tham mưu, quản lý nhà nước thuộc Bộ": what kind of agency
    return not any(a < pos < b for a, b in fields)


def _names(text: str, span_start: int, span: Span) -> list[Assignee] | None:
    return split_assignees(text[span_start : span.end])


def analyze(clause: str) -> Roles:
    """Leads, support and directing named in one clause (labels already removed)."""
    text = clause
    low = match_form(text)
    roles = Roles()
    start = 0
    while (m := _CONNECTOR.match(low, start)) and m.end() > start:
        start = m.end()
    roles.descriptive = bool(_DESCRIPTIVE.match(low, start))
    roles.actionable = bool(_CUE_RX.search(low))
    found = _from_triggers(text, low, start, roles)
    if not found and not roles.elsewhere:
        found = _from_subject(text, low, start, roles)
        if not found and _OPENER.match(low, start):
            _from_inner_subject(text, low, start, roles)
    _find_support(text, low, roles)
    if roles.leads:
        roles.descriptive = False
    return roles


def _from_triggers(text: str, low: str, start: int, roles: Roles) -> bool:
    found = False
    for m in _TRIGGER.finditer(low, start):
        if _NOT_TRIGGER_BEFORE.search(low[max(0, m.start() - 14) : m.start()]):
            continue
        if _NOT_TRIGGER_AFTER.match(low, m.end()) and not _capital_ban(text, low, m.end()):
            continue
        span = scan_subject(text, low, m.end())
        if span is None or span.end <= m.end():
            continue
        if not span.term:
            # "… đề nghị UBND các xã, phường;" + "các đơn vị … thực hiện": the verb comes after
            # the ";", so this clause is glued to the next one.
            roles.subject_only = roles.subject_only or _names(text, m.end(), span) is not None
            continue
        names = _names(text, m.end(), span)
        if names is None:
            if m.start() == start and span.term not in (":", ")"):
                roles.elsewhere = True
            continue
        _assign(text, low, names, span, roles)
        found = True
    return found


def _capital_ban(text: str, low: str, pos: int) -> bool:
    """ "Giao Ban Quản lý …" names a board; "giao ban" in lower case is a briefing."""
    return low.startswith("ban ", pos) and text[pos].isupper()


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


def _from_inner_subject(text: str, low: str, start: int, roles: Roles) -> None:
    """ "Trên cơ sở …, các sở, ngành, địa phương chủ động xây dựng …": subject after an opener."""
    for comma in re.finditer(r"[,:]\s*", low[: min(len(low), 600)]):
        pos = comma.end()
        if pos <= start or not _strong_start(text, low, pos):
            continue
        span = scan_subject(text, low, pos)
        if span is None or not span.term or span.term in (":", ")"):
            continue
        names = _names(text, pos, span)
        if names and _subject_role(text, low, names, span, roles):
            return


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
    return kind == "role" and bool(_STRONG_ROLE.match(low, pos))


def _subject_role(text: str, low: str, names: list[Assignee], span: Span, roles: Roles) -> bool:
    term = span.term
    if term in _PAST:
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
        roles.leads.extend(n for n in names if not n.is_person)
        return
    roles.leads.extend(names)


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
