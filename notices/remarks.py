"""Sentences that name bodies and verbs yet assign nothing: sanctions, speeches, thanks,
assessments, approvals, closing asks, liability and execution clauses; and whether a sentence
asks someone ("giao X", "đề nghị X", "yêu cầu X") at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from notices.courtesies import asks_goodwill, delivers, is_courtesy
from notices.deadlines import names_due_date
from notices.lexicon import ACTION_CUES, WORK_VERBS
from notices.names import assignee_start
from notices.text import match_form

_END = r"(?![^\W_])"

# "Giao X", "Đề nghị X", "Yêu cầu X", "Phân công X": the object is the assignee ("phân công
# nhiệm vụ cho …", "phân công cụ thể" name the work, not who does it).
TRIGGER = re.compile(
    r"(?<![^\W_])(giao|đề nghị|yêu cầu|phân công(?!\s+(?:nhiệm vụ|công việc|trách nhiệm|cụ thể"
    r"|rõ|thực hiện|theo|cho|lãnh đạo|cán bộ|người|đơn vị)" + _END + r"))\s+"
)
# "Về đề nghị của Thành phố …": a heading about a proposal; "Công văn số … về việc đề nghị tham
# gia ý kiến …": the subject of a cited document, no request of this one.
NOT_TRIGGER_BEFORE = re.compile(
    r"(?:được|đã|chưa|theo|đáp ứng|đạt|các|những|đủ|xét|có|sự|bàn|chuyển|ngoại|nhiệm vụ|chỉ tiêu"
    # "Hồ sơ trình, đề nghị Thủ tướng Chính phủ xem xét …": a submission asks a superior to decide;
    # "về việc giao …" names a topic, but "(đồng ý|thống nhất|nhất trí) về việc giao X" assigns
    r"|đúng|(?:^|\s)(?<!\sý\s)(?<!nhất\s)(?<!trí\s)về(?:\s+việc)?|(?:^|\s)trình,?)\s*$"
)
# "giao ban" is a briefing meeting ("họp giao ban tuần"), but "giao Ban Tổ chức Thành ủy tổng hợp
# …" gives a Party board work: "ban" before a board's name is no meeting.
_BOARD_NAME = (
    r"\s+(?:tổ chức|xây dựng|quản lý|chỉ huy|dân tộc|tuyên giáo|kinh tế|pháp chế|nội chính|dân vận"
    r"|văn hóa|văn hoá|thi đua|giám hiệu|thường vụ|chấp hành|kiểm tra|đại diện|tôn giáo|quản trị"
    r"|điều hành|biên tập)" + _END
)
# "giao dự toán, quyết toán …", "giao kế hoạch vốn …": the budget or capital allocated, a thing
# handed out, no body given work.
NOT_TRIGGER_AFTER = re.compile(
    r"(?:tiếp|thông|dịch|ban(?!" + _BOARD_NAME + r")|lưu|nhận|thoa|đất|khoán|việc|cho|tại|theo|về"
    r"|của|đề ra|dự toán|(?:kế hoạch\s+)?vốn)" + _END
)
# "cuộc họp giao ban tổ chức vào sáng thứ Hai", "duy trì họp giao ban điều hành hằng tuần": after
# "họp", "cuộc", "chế độ" the words that follow "giao ban" are the meeting's, not a board's name.
_BRIEFING = re.compile(r"(?:họp|cuộc|buổi|phiên|chế độ|lịch|nền nếp)\s+$")


# Sentences that assign nothing though they name bodies and verbs: sanctions ("… sẽ bị xử lý theo
# quy định", "nếu chậm trễ sẽ chịu trách nhiệm trước Chủ tịch UBND tỉnh"), what someone said in a
# meeting ("Đồng chí Giám đốc Sở Y tế phát biểu: …", "Ý kiến thảo luận: …") and thanks.
_CONDITION = re.compile(r"(?:^|[,\s])(?:nếu|trường hợp|đơn vị nào|cơ quan nào|địa phương nào)\s")
_SANCTION = re.compile(
    r"(?:sẽ\s+(?:phải\s+)?|phải\s+)?(?:bị\s+(?:xem xét\s+)?(?:xử lý|kỷ luật|phê bình|kiểm điểm"
    r"|đình chỉ|xử phạt)|chịu\s+trách\s+nhiệm(?:\s+(?:trực tiếp|toàn diện|cá nhân|hoàn toàn))?"
    # "… phải chịu trách nhiệm trực tiếp nếu để xảy ra sự cố": answering for a failure
    r"\s+(?:trước|nếu))" + _END
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
# "Thống nhất với đề xuất của Cục ĐTNĐ, giao Vụ KCHTGT tiếp tục rà soát …", "Chấp thuận đề nghị
# …, đề nghị Sở Tài chính bố trí vốn", "… và giao …": an agreement or approval that goes on to
# ask a body for work (a conclusion's usual form; "Sở Giao thông" is no "giao").
AGREES_THEN_ASKS = (
    r"(?:[,;]\s*|\s+(?:và|đồng thời)\s+)(?:đồng thời\s+)?(?:giao|yêu cầu|đề nghị|chỉ đạo)\s+"
    r"(?!thông\b)"
)
# An agreement opening the sentence ("Thống nhất với đề xuất …, yêu cầu Sở Tài chính …"): no work
# of its own, so a "yêu cầu X" after it gives X the work.
AGREES_OPENING = re.compile(
    r"(?:cơ bản\s+)?(?:nhất trí|thống nhất|đồng ý|tán thành|chấp thuận)\s+(?:cao\s+)?"
    r"(?:với\s+)?(?:nội dung\s+|các\s+)?(?:tờ trình|báo cáo|đề án|đề xuất|đề nghị|dự thảo"
    r"|phương án|chủ trương|danh mục)\b"
)
# "Bộ Chính trị, Ban Bí thư cơ bản nhất trí với Tờ trình của Đảng uỷ Chính phủ.", "Cơ bản thống
# nhất với Báo cáo …": agreeing with a report assigns nothing.
_AGREEMENT = re.compile(
    r"^(?:[^.;:]{0,80}?\s)?(?:cơ bản\s+)?(?:nhất trí|thống nhất|đồng ý|tán thành)\s+(?:cao\s+)?"
    r"(?:với\s+)?(?:nội dung\s+)?(?:tờ trình|báo cáo|đề án|đề xuất|dự thảo|phương án)\b"
    rf"(?![^;]*{AGREES_THEN_ASKS})[^;]*$"
)
# "Chấp thuận đề nghị của Sở Nông nghiệp và Môi trường tại Công văn số … về danh mục …": an
# approval with no work attached.
_APPROVAL = re.compile(
    r"^(?:(?:chấp thuận|đồng ý|thống nhất)\s+(?:với\s+)?(?:đề nghị|chủ trương|đề xuất|danh mục)"
    # "Thông qua Báo cáo tiếp thu, giải trình …", "Thông qua phương án đơn giản hóa 05 thủ tục …"
    r"|thông qua\s+(?:các\s+)?(?:báo cáo|tờ trình|phương án|đề án|dự thảo|danh mục|dự án luật))\b"
    rf"(?![^;]*{AGREES_THEN_ASKS})[^;]*$"
)
# "… nghiêm túc, quyết liệt triển khai thực hiện Công điện này./.": how to carry it out, in a
# run of manner words, and the document by its kind.
_MANNER = r"(?:nghiêm túc|quyết liệt|khẩn trương|chủ động|tích cực|đồng bộ|kịp thời|có hiệu quả)"
_EXHORTATION = re.compile(
    r"^[^.;:]{0,120}\b(?:đề nghị|yêu cầu)\s[^.;:]{0,120}?\b"
    rf"(?:{_MANNER}(?:\s*,\s*|\s+và\s+|\s+))*"
    r"(?:triển khai\s+)?thực hiện(?:\s+(?:nghiêm túc|có hiệu quả|tốt))?(?:\s+(?:nội dung|văn bản"
    r"|công văn|công điện|chỉ thị|thông báo|kế hoạch|nghị quyết|quyết định)\s+(?:này|trên))?"
    r"\s*[./]*$"
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


# "Các tổ chức, cá nhân có đóng góp tích cực … được ghi nhận và khen thưởng theo quy định …": the
# subject receives the recognition, nobody is given work ("Các đơn vị được khen thưởng có trách
# nhiệm …" goes on with a predicate of its own and is work).
_REWARD = r"(?:ghi nhận|biểu dương|khen thưởng|xét khen thưởng|tôn vinh|vinh danh|động viên)"
_REWARDED = re.compile(
    rf"^(?P<subject>[^.;:]{{2,240}}?)\s(?:sẽ\s+)?được\s+{_REWARD}(?:\s*(?:,|và)\s*{_REWARD})*"
    r"(?:\s+(?:kịp thời|xứng đáng))?(?:\s+theo\s[^.;:]*)?\s*[.;]?\s*$"
)
# The subject does work of its own before "được": "Sở Nội vụ tổng hợp, đề xuất các tập thể …
# được khen thưởng", "… thẩm định hồ sơ để các cá nhân được khen thưởng", "Kịp thời phát hiện …
# để được biểu dương": the body works, others are rewarded. A verb after what qualifies the
# subject ("có đóng góp cho hoạt động giáo dục …") is no work of its own.
_OWN_WORK = re.compile(
    r"(?<![^\W_])(?:để|nhằm)(?![^\W_])"
    r"|^(?:(?!(?<![^\W_])(?:có|đạt|đã|với|trong)(?![^\W_])).)*?(?<![^\W_])(?:"
    + "|".join(re.escape(w) for w in sorted(WORK_VERBS, key=len, reverse=True))
    + r")(?![^\W_])(?<!các tổ chức)(?<!những tổ chức)(?<!mọi tổ chức)"
    r"(?!\s*,|\s+(?:và|hoặc|có|đạt|đã|được)(?![^\W_]))"
)


def is_assessment(sentence: str) -> bool:
    """A sentence that opens with an assessment, or tells who is rewarded, and asks nobody for
    anything."""
    text = sentence.strip()
    low = match_form(text)
    rewarded = _REWARDED.match(low)
    if rewarded and not _OWN_WORK.search(rewarded["subject"]) and not asks_someone(low):
        return True
    praise = _PRAISE_AFTER_SUBJECT.match(low)
    if praise and assignee_start(text, low, 0) is None:
        praise = None  # "Bộ Chính trị, Ban Bí thư ghi nhận và biểu dương …": a body praises
    if not _ASSESSMENT.match(low) and not praise:
        return False
    return not asks_someone(low)


def asks_someone(low: str) -> bool:
    """Does the (match-form) sentence say "giao X", "đề nghị X" or "yêu cầu X" anywhere?"""
    return any(
        not NOT_TRIGGER_AFTER.match(low, m.end())
        and not NOT_TRIGGER_BEFORE.search(low[max(0, m.start() - 14) : m.start()])
        and not (
            low.startswith("ban ", m.end())
            and _BRIEFING.search(low[max(0, m.start() - 14) : m.start()])
        )
        and not inner_phan_cong(low, m.start())
        for m in TRIGGER.finditer(low)
    )


def inner_phan_cong(low: str, pos: int) -> bool:
    """ "Phân công X …" assigns X when it opens the sentence; inside one ("… tham mưu UBND tỉnh
    chủ động phân công các đơn vị trực thuộc xây dựng …") it says whom someone else will task."""
    return low.startswith("phân công", pos) and low[:pos].rstrip()[-1:] not in ("", ".", ";", ":")


# "Điều 3. Chánh Văn phòng …, Giám đốc các Sở … chịu trách nhiệm thi hành Quyết định này./.":
# the closing article of a decision or resolution names who executes it, no piece of work.
# "… và các ông, bà có tên tại Điều 1 căn cứ Quyết định thi hành./.": the older wording.
# (a scan's reading may bend the words: "thị hành", "Quyết định nảyếz⁄" with the seal's marks
# glued on, "căn cứ Quyết định thi hành," ending on a comma; "này" with other marks: "nàý", never
# the plain word "nay"; "Giây phép" for "Giấy phép")
_THIS = r"(?:n(?:[àáảãạâầ][yýỳỷỹỵ]|a[ýỳỷỹỵ]))"
_EXECUTION_ARTICLE = re.compile(
    r"\b(?:(?:chịu trách nhiệm|có trách nhiệm)\s+(?:tổ chức\s+)?(?:thi hành|thị hành|thực hiện)"
    r"\s+(?:nghị quyết|quyết định|chỉ thị|thông tư|nghị định|quy chế|quy định|kế hoạch"
    rf"|gi[ấâa]y phép)\s+{_THIS}"
    r"[^\s\w]{0,3}[^\W\d_]{0,3}[^\s\w]{0,3}"
    rf"|căn cứ\s+(?:nghị quyết|quyết định|chỉ thị)(?:\s+{_THIS})?\s+"
    r"(?:thi hành|thị hành|thực hiện))"
    r"\s*[./,]*\s*$"
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
    # "Bộ Tài chính chịu trách nhiệm về nội dung giải trình, tiếp thu.": a named body answers too
    # "Chịu trách nhiệm theo quy định của pháp luật và trước người đứng đầu … về việc để xảy ra
    # chậm thi hành án …": answering for a failure let happen
    r"^(?:(?P<subject>[^.;:]{2,120}?)\s+)?chịu trách nhiệm(?:\s+toàn diện)?"
    r"(?:\s+theo quy định(?:\s+của pháp luật)?(?:\s+và)?)?"
    r"(?:\s+trước\s[^.;]{0,80}?)?\s+về\s+(?:những\s+|các\s+)?"
    r"(?:nội dung|kết quả|tính (?:chính xác|pháp lý|hợp pháp|trung thực)|số liệu|thông tin"
    r"|việc\s+để(?:\s+xảy ra)?)\b"
)


# "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các xã tổ chức quán
# triệt, triển khai và chỉ đạo các đơn vị thuộc quyền thực hiện nghiêm túc Chỉ thị này.", "…
# đề nghị các đồng chí … quan tâm, lãnh đạo, chỉ đạo hoàn thành các nhiệm vụ nêu trên, bảo đảm
# …": a closing ask whose only work is to carry out the document (or the tasks it listed, or the
# solutions within each body's own field), relayed through verbs that add no work of their own.
_CUE_RX = re.compile(
    r"(?<![^\W_])(?:"
    + "|".join(re.escape(w) for w in sorted(set(ACTION_CUES), key=len, reverse=True))
    + r")(?![^\W_])(?<!các tổ chức)(?<!những tổ chức)(?<!mọi tổ chức)"
    r"(?!\s*,|\s+(?:và|hoặc|có|đạt|đã|được)(?![^\W_]))"
)
_CARRY_OUT_ASK = re.compile(r"^[^.;:]{0,120}?\b(?:đề nghị|yêu cầu)\s(?P<rest>[^.:]{0,600})$")
_CARRIED = re.compile(
    r"\b(?:thực hiện|hoàn thành|triển khai|bảo đảm|đảm bảo)\s+"
    r"(?:(?:nghiêm túc|nghiêm|đồng bộ|hiệu quả|có hiệu quả|tốt|đầy đủ)(?:\s*,\s*|\s+và\s+|\s+))*"
    r"(?:(?:các|những)\s+)?(?:"
    r"(?:nhiệm vụ|giải pháp|nội dung)(?:\s*,\s*(?:nhiệm vụ|giải pháp))?\s+(?:nêu\s+|đề ra\s+)?trên"
    r"|(?:chỉ thị|công văn|công điện|kế hoạch|thông báo|nghị quyết|quyết định|văn bản"
    r"|hướng dẫn)\s+này"
    r"|tiến độ\s+(?:được giao|đề ra)"
    r"|giải pháp\s[^.;]{0,120}?\bthuộc\s+(?:ngành|lĩnh vực|phạm vi|địa bàn)[^.;]{0,60}"
    # "… thực hiện đúng nội dung văn bản này", "… đúng theo tinh thần nội dung của Công văn này"
    r"|(?:đúng\s+)?(?:theo\s+)?(?:tinh thần\s+)?(?:(?:các\s+)?nội dung\s+)?(?:của\s+)?"
    r"(?:chỉ thị|công văn|công điện|kế hoạch|thông báo|văn bản|hướng dẫn)\s+(?:này|trên)"
    # "… quan tâm chỉ đạo thực hiện tốt để công tác … đạt hiệu quả", "… nghiêm túc triển khai,
    # hoàn thành đúng tiến độ để …": the work left unnamed, then only its purpose
    r"|(?P<bare>(?:đúng tiến độ|tốt|nghiêm túc|có hiệu quả)?)"
    r"(?=\s*,?\s*(?:để|nhằm|bảo đảm|đảm bảo)\s|[\s./]*$))"
    r"(?P<after>[^.]*)$"
)
# ("… thực hiện nội dung trên đảm bảo chất lượng và tiến độ": the purpose may follow unmarked)
# (up to ";": "…; đồng thời rà soát …" is work of its own)
_AFTER_CARRIED = re.compile(
    r"^\s*(?:(?:[,;]\s*)?(?:bảo đảm|đảm bảo|góp phần|nhằm|để)(?![^\W_])"
    r"(?:(?!đồng thời)[^;])*)?[\s./]*$"
)
# "… thực hiện để kịp trình UBND huyện phê duyệt", "… hoàn thành đúng tiến độ để bàn giao mặt
# bằng …": a purpose headed by a piece of work names the work the ask left unnamed.
_PURPOSE_WORK = re.compile(
    r"^\s*,?\s*(?:để|nhằm|bảo đảm|đảm bảo)\s+(?:kịp\s+(?:thời\s+)?)?"
    r"(?:trình|bàn giao|giải quyết|kiểm soát|tổ chức|xử lý|hoàn thành|ban hành|phê duyệt|hỗ trợ"
    r"|chi trả|giải ngân|thi công|cấp|khắc phục|ngăn chặn|thu hồi|tổng hợp)(?![^\W_])"
)
# Verbs that only relay or qualify carrying the document out; any other work cue before the
# reference ("xây dựng kế hoạch … và thực hiện các nhiệm vụ nêu trên") is a task.
_RELAYS = frozenset(
    (
        "tổ chức", "quán triệt", "triển khai", "chỉ đạo", "lãnh đạo chỉ đạo", "lãnh đạo và chỉ "
        "đạo", "thực hiện", "hoàn thành", "tập trung", "khẩn trương", "nghiêm túc", "chủ động",
        "tích cực", "quyết liệt", "kịp thời", "bảo đảm", "đảm bảo", "quan tâm", "được giao",
    )
)  # fmt: skip


def _carry_out_ask(low: str) -> bool:
    ask = _CARRY_OUT_ASK.match(low.rstrip(" ./|"))
    if ask is None or re.search(r"\d|báo cáo", ask["rest"]):
        return False  # a date or a report to send is work of its own
    rest = ask["rest"]
    carried = _CARRIED.search(rest)
    if carried is None or not _AFTER_CARRIED.match(carried["after"]):
        return False
    if carried["bare"] is not None and _PURPOSE_WORK.match(carried["after"]):
        return False
    return all(cue.group() in _RELAYS for cue in _CUE_RX.finditer(rest, 0, carried.start()))


def _is_liability(low: str) -> bool:
    """Every clause states what the body answers for ("…; không chịu trách nhiệm về …")."""
    clauses = [c.strip() for c in low.split(";") if c.strip()]
    return bool(clauses) and all(
        _liable(c) or c.startswith("không chịu trách nhiệm") for c in clauses
    )


_DOES_WORK = re.compile(
    r"\b(?:giao|đề nghị|yêu cầu|chủ trì|phối hợp|tham mưu|báo cáo|(?<!sở )(?<!bộ )xây dựng)\b"
)


def _liable(clause: str) -> bool:
    m = _LIABILITY.match(clause)
    if m is None or (m["subject"] and _DOES_WORK.search(m["subject"])):
        return False
    # "… về việc để xảy ra sai sót và phải khắc phục, báo cáo …", "…, khẩn trương khắc phục …":
    # the failure answered for, then work of its own
    return not (re.search(r"việc\s+để", m.group()) and _WORK_AFTER.search(clause, m.end()))


# ("tổ chức" only before a verb: "… tại cơ quan, tổ chức do mình quản lý" names a body)
_WORK_AFTER = re.compile(
    r"(?:,|\svà)\s*(?:(?:phải|khẩn trương|kịp thời|đồng thời|tổ chức|chỉ đạo)\s+)*"
    r"(?:khắc phục|báo cáo|hoàn thành|hoàn thiện|xử lý|chấn chỉnh|rà soát|kiểm tra|thực hiện"
    r"|triển khai|gửi|nộp|kiểm điểm|làm rõ|thu hồi|khôi phục|giải tỏa|giải toả)(?![^\W_])"
)


_LET_HAPPEN = re.compile(r"[^,.;]{0,160}?\snếu\s+để\s")
# after a condition the failures may be listed ("…, chậm phát hiện và xử lý vi phạm"): the
# work of its own is marked ("…, đồng thời báo cáo ngay …", "… và phải khắc phục …")
_WORK_ALSO = re.compile(
    r"(?:,\s*|\s)(?:và\s+)?(?:đồng thời|phải)\s+(?:(?:khẩn trương|kịp thời|tổ chức)\s+)*"
    r"(?:khắc phục|báo cáo|xử lý|thực hiện|kiểm điểm|thu hồi|khôi phục)(?![^\W_])"
)
# "Những đơn vị gửi hồ sơ sau ngày 19/12 sẽ không được Hội đồng thẩm định", "Hồ sơ nộp quá
# hạn sẽ không được xem xét": what a late sender forfeits, a warning and no task.
# "Những tổ chức, cá nhân không thực hiện đúng các quy định tại điểm a, b nêu trên sẽ không được
# cấp giấy kiểm dịch …": what one who does not comply forfeits, a warning as well.
_FORFEIT = re.compile(
    r"^(?:[^.;:,]{2,120}?\s(?:sau\s+(?:ngày|thời hạn|thời gian)|quá\s+(?:hạn|thời hạn))"
    # the non-complier is the sentence's subject: "Những … không …", "Đơn vị nào không …";
    # "Các đơn vị gửi báo cáo …, đơn vị nào không thực hiện sẽ …" is work, its warning after it
    r"|(?:những|mọi)\s[^.;:]{2,120}?\skhông\s+(?:thực hiện|chấp hành|tuân thủ|đáp ứng)"
    r"|[^.;:,]{2,60}?\snào\s+không\s+(?:thực hiện|chấp hành|tuân thủ|đáp ứng))(?![^\W_])"
    r"[^.;:]{0,160}?\ssẽ\s+không\s+được\s"
    # the whole sentence: "…; Phòng Tài chính tổng hợp …", "…, do đó các trường …" go on to work
    r"(?:(?!,\s*(?:do đó|vì vậy|vì thế|đồng thời|đề nghị|yêu cầu)(?![^\W_]))[^;])*$"
)
_AFTER_END = re.compile(r"\./\.\s*[^\s.]{1,8}$")


def is_remark(sentence: str, *, writer: Sequence[str] = ()) -> bool:
    """A sanction, an opinion voiced in a meeting, thanks or a closing exhortation: no task
    (`writer`, the header's lines naming the issuer, tells the letter's own acts)."""
    # "… chịu trách nhiệm thi hành Nghị quyết này./. |": a scrape's signature table may follow
    low = match_form(sentence.strip().rstrip("| "))
    # "… căn cứ Quyết định thi hành./. -z⁄4-": a scan's seal read as a few marks after the end
    low = _AFTER_END.sub("./.", low)
    if _SPEECH.match(low) or _EXHORTATION.match(low) or _DEMANDS.match(low):
        return True
    if _CLOSING_ASK.match(low) or _is_liability(low) or _carry_out_ask(low):
        return True
    if _EXECUTION_ARTICLE.search(low) or (is_courtesy(low) and not asks_someone(low)):
        return True
    if asks_goodwill(low) or (
        delivers(low, writer) and not asks_someone(low) and not names_due_date(low)
    ):
        return True
    if _CONDITIONAL_REQUEST.match(low) or _AGREEMENT.match(low) or _APPROVAL.match(low):
        return True
    if _FORFEIT.match(low) and not asks_someone(low):
        return True
    sanction = _SANCTION.search(low)
    if sanction is None:
        return False
    # "… chịu trách nhiệm trước … nếu để xảy ra …, đồng thời báo cáo ngay …": work of its own
    failure = _LET_HAPPEN.match(low, sanction.start())
    if failure is not None and _WORK_ALSO.search(low, failure.end()):
        return False
    # "… sẽ bị xử lý theo quy định" warns; "Sở Nội vụ chịu trách nhiệm trước UBND tỉnh về việc
    # tham mưu …" without a condition or "sẽ/bị" still assigns.
    return bool(_CONDITION.search(low) or re.search(r"\bsẽ\s|\bbị\s", low))
