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
from notices.deadlines import names_due_date
from notices.findings import cites_then_works, encloses_only, reviewed_finding
from notices.grants import OBLIGED, permitted_only
from notices.names import assignee_start
from notices.past_events import narrates_past
from notices.standing import is_quota, is_standing
from notices.statement_words import DOC, GOES_ON, OWN_CONTENTS, TASK_VERB, WORK_VERB
from notices.text import match_form

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


_CARRY_MANNER = (
    r"(?:(?:\s*,\s*|\s+và\s+|\s+)(?:có hiệu quả|hiệu quả|tốt|nghiêm túc|đầy đủ|kịp thời"
    r"|đồng bộ))*"
)
# The work is only to carry out (or watch over) the document itself: "… tổ chức thực hiện Nghị
# quyết.", "… giám sát việc thực hiện Nghị quyết.", "… phối hợp tổ chức tuyên truyền và giám sát
# việc thực hiện Nghị quyết.", "… thực hiện các nhiệm vụ được giao tại Kế hoạch này.".
_CARRY_OUT = re.compile(
    r"(?:(?:chủ động|tích cực|nghiêm túc|khẩn trương)(?:\s*,\s*|\s+))*"
    # "… có trách nhiệm chủ trì hoặc phối hợp cùng Sở Tư pháp để triển khai Kế hoạch này"
    r"(?:(?:tham gia\s+)?(?:chủ trì\s+hoặc\s+)?phối hợp"
    r"(?:\s+(?:với|cùng)\s+(?P<partner>[^.;:]{1,160}?))?\s+(?:để\s+)?)?"
    r"(?:(?:tổ chức|triển khai)(?:\s*,\s*|\s+))*"
    r"(?:(?:(?:tuyên truyền|kiểm tra|đôn đốc|theo dõi)(?:\s*,\s*|\s+và\s+))*"
    r"(?:giám sát|kiểm tra|theo dõi)\s+việc\s+(?:tổ chức\s+)?(?:triển khai\s+)?thực hiện"
    r"|thực hiện|thi hành|triển khai)"
    # "… thực hiện nghiêm túc, có hiệu quả những nội dung nêu trên"
    rf"{_CARRY_MANNER}"
    # "… thực hiện nhiệm vụ theo phân công tại mục II Kế hoạch này", "… triển khai nhiệm vụ được
    # giao chủ trì tại Phụ lục của Kế hoạch", "… thực hiện trách nhiệm được giao trong Quy chế
    # này", "… triển khai thực hiện theo nội dung Thông báo này"
    r"(?:\s+(?:(?:các|những)\s+)?(?:nhiệm vụ|nội dung|trách nhiệm)(?:\s+có liên quan)?\s+"
    r"(?:(?:được giao(?:\s+chủ trì)?|được phân công|theo phân công|đã đề ra|nêu)"
    r"\s+(?:tại|trong)|theo)(?:\s+(?:mục|phần|phụ lục)(?:\s+[\w.]{1,8})??(?:\s+của)?)?"
    r"|\s+theo(?:\s+(?:đúng\s+)?(?:các\s+)?nội dung)?)?"
    # "… triển khai thực hiện Chỉ thị này nghiêm túc, hiệu quả.", "… đạt hiệu quả cao nhất"
    # (only after "này/trên": "Triển khai kế hoạch tiêm chủng hiệu quả" names its plan)
    rf"\s+(?:(?:{DOC}\s+(?:này|trên|nêu trên)|{OWN_CONTENTS})(?:(?:\s+[^\W\d_]+){{0,2}}?"
    r"\s*,?\s+(?:có hiệu quả|hiệu quả|nghiêm túc|đầy đủ|kịp thời)"
    rf"|\s+đạt\s+hiệu quả(?:\s+cao(?:\s+nhất)?)?)?|{DOC})"
    # (up to a report: "…, báo cáo kết quả trước ngày …" is work of its own)
    r"(?:\s+theo\s+(?:đúng\s+)?(?:quy định|chức năng|thẩm quyền|(?:các\s+)?nội dung)"
    r"(?:(?!\s*(?:,|;|và)\s*(?:kịp thời\s+)?báo cáo\s)[^.;])*)?"
    # "…; kịp thời báo cáo Ủy ban nhân dân tỉnh (qua Sở …) để xem xét, chỉ đạo giải quyết": the
    # report of what goes wrong, not work of its own
    r"(?:\s*(?:,|;|và)\s*(?:kịp thời\s+)?báo cáo\s[^.;\d]{0,80}?(?:kết quả(?:\s+thực hiện)?"
    r"(?:\s+theo\s+quy định)?"
    r"|để\s+(?:xem xét|chỉ đạo|giải quyết)[^.;\d]{0,60}))?"
    r"\s*[./]*$"
)
# "… theo chức năng, nhiệm vụ được giao tại kế hoạch này triển khai thực hiện đảm bảo mục đích,
# yêu cầu, hiệu quả, đúng quy định./.": the document was named before the verb, which has no
# object of its own.
_SELF_REF = re.compile(rf"{DOC}\s+(?:này|trên|nêu trên)\b|{OWN_CONTENTS}")
_BARE_CARRY = re.compile(
    r"(?:(?:chủ động|tích cực|nghiêm túc|khẩn trương)\s+)*(?:nghiên cứu(?:\s*,\s*|\s+))?"
    r"(?:(?:tổ chức|triển khai)\s+)*"
    r"(?:thực hiện|triển khai|thi hành)(?:\s+(?:nghiêm túc|có hiệu quả|hiệu quả|kịp thời))?"
    r"(?:\s*,?\s*(?:đảm bảo|bảo đảm)\s+[^.;]{0,100})?\s*[./]*$"
)
# What may come before it: "Trong phạm vi chức năng, nhiệm vụ của mình, ", "Căn cứ chức năng,
# nhiệm vụ được giao, ", then "Giao/Đề nghị/Yêu cầu" and the body's name (no work verb in it).
_SCOPE = re.compile(r"^(?:trong phạm vi|căn cứ|theo)\b[^.;:]{0,80}?(?:của mình|được giao)\s*,\s*")
# "… yêu cầu các đơn vị triển khai, báo cáo Lãnh đạo Bộ kết quả thực hiện./.": the closing ask.
_REPORT_BACK = re.compile(
    r"(?:triển khai|thực hiện)(?:\s+(?:thực hiện|có hiệu quả))?\s*(?:,|và)\s*báo cáo\s"
    r"[^.;\d]{0,80}?kết quả(?:\s+thực hiện)?\s*[./]*$"
)

# "Về đối tượng …: thực hiện tương tự như nội dung điểm 2.2 khoản 2 Mục I Hướng dẫn số 01-HD/…",
# "Thực hiện theo Mục III Kế hoạch số 13-KH/TU và Mục II Hướng dẫn số 01-HD/BTCTU.": guidance
# that only says which rules apply.
_PART = r"(?:tiết|điểm|khoản|mục|điều|chương|phần|phụ lục)\s+[\w.]{1,8},?\s+"
_FOLLOWS_RULE = re.compile(
    r"^(?:được\s+)?(?:thực hiện|áp dụng)\s+(?:tương tự\s+(?:như\s+)?|theo\s+(?:đúng\s+)?)"
    r"(?:(?:các\s+)?(?:nội dung|quy định|hướng dẫn)\s+(?:tại\s+)?)?"
    rf"(?:{_PART})+(?:(?:của|tại)\s+)?"
)
# A document named by its kind and number ("Hướng dẫn số 01-HD/BTCTU", "Kế hoạch số 13-KH/TU").
_NUMBERED_DOC = re.compile(rf"(?:{DOC}|hướng dẫn)\s+(?:số\s+)?[\w./-]*\d[\w./-]*")
# "Chủ tịch Ủy ban nhân dân thành phố xem xét tặng Bằng khen …", "Căn cứ vào kết quả …, Ủy ban
# nhân dân cấp xã quyết định khen thưởng … theo quy định", "Người đứng đầu … xem xét, quyết định
# đánh giá, xếp loại chất lượng đối với công chức thuộc thẩm quyền quản lý": who awards or grades
# within its own authority, an emulation or evaluation rule rather than a piece of work.
_DECIDES_AWARD = re.compile(
    r"^(?:(?:căn cứ|trên cơ sở)\s[^;]{0,240}?,\s*)?(?P<subject>[^;:]{3,240}?)\s+"
    r"(?:xem xét,?\s*(?:quyết định\s+)?|quyết định\s+)"
    r"(?:tặng|trao tặng|khen thưởng|công nhận danh hiệu|đánh giá,?\s*xếp loại)\b"
)
_NOT_A_SUBJECT = re.compile(r"\b(?:phối hợp|trình|tham mưu|đề nghị|đề xuất|giao|yêu cầu)\b")
# "Tất cả lực lượng, phương tiện … phải tuân thủ nghiêm quy định an toàn …; không để xảy ra tai
# nạn …", "Tuân thủ đầy đủ các quy định pháp luật về an toàn thông tin": obeying rules is no task.
_COMPLIES = re.compile(
    r"^(?:[^;:]{0,160}?\s)?(?:phải|cần|có trách nhiệm)?\s*(?:tuân thủ|chấp hành)\s+"
    r"(?:nghiêm(?: túc| ngặt)?\s+|đầy đủ\s+|đúng\s+)?(?:các\s+)?"
    r"(?:quy định|quy trình|quy chế|hướng dẫn|nguyên tắc|pháp luật|chế độ|nội quy)\b"
)
_THEN_NOT_LET = re.compile(r"^[^;]*(?:;\s*(?:không|tránh)\s+để\s+(?:xảy ra|phát sinh)[^;]*)*$")
# "Là cầu nối giữa doanh nghiệp với cơ quan quản lý nhà nước …": a role, not work ("Là cơ quan
# thường trực, chủ trì tham mưu …" names its work and stays).
_ROLE = re.compile(r"^là\s")
_ROLE_WORK = re.compile(r"phối hợp|đầu mối|thường trực|chịu trách nhiệm")
_ROLE_SCOPE = re.compile(r"\btrong\s+(?:việc|công tác|quá trình)\b")
_TAKING_PART = re.compile(r"\btham gia\s+(?:thực hiện|triển khai)\b")
# "Trong quá trình thực hiện nếu có khó khăn, vướng mắc đề nghị … phản ánh về …": a request only
# for the case of difficulties.
_DIFFICULTY = re.compile(
    r"^(?:trong quá trình\s[^,;]{0,60}?,?\s*)?(?:nếu|trường hợp|khi)\s+(?:có\s+)?"
    # "nếu có góp ý thêm hoặc có vướng mắc": a comment the addressee may have, or a difficulty
    r"(?:(?:ý kiến\s+)?góp ý(?:\s+thêm)?\s*(?:,|hoặc|và)\s*(?:có\s+)?)?"
    r"(?:phát sinh\s+)?(?:những\s+|các\s+)?(?:khó khăn|vướng mắc|vấn đề phát sinh)"
)
# "Nắm bắt, xử lý kịp thời các vướng mắc phát sinh (nếu có), trường hợp cần thiết báo cáo Cục
# Thuế để được hỗ trợ": only the difficulties that may arise, and asking for help with them.
_HELP = r"(?:hỗ trợ|hướng dẫn|xử lý|giải quyết|tháo gỡ)"
_HANDLES_DIFFICULTIES = re.compile(
    r"^(?:(?:kịp thời|chủ động)\s+)?(?:(?:nắm bắt|xử lý|giải quyết|tháo gỡ|phản ánh)"
    r"(?:\s*,\s*|\s+và\s+|\s+))+(?:kịp thời\s+)?(?:các|những)\s+(?:khó khăn|vướng mắc)"
    r"(?:\s*(?:,|và)\s*(?:khó khăn|vướng mắc))?(?:\s+phát sinh)?\s*(?:\(nếu có\))?"
    # "… phát sinh trong quá trình triển khai để được hướng dẫn và hỗ trợ (qua số điện thoại …)"
    r"(?:\s+trong (?:quá trình|khi)\s[^.;()]{0,60}?)?"
    rf"(?:\s+để\s+(?:được\s+)?{_HELP}(?:\s*(?:,|và)\s*{_HELP})*)?"
    r"(?:\s*[,;]?\s*(?:trường hợp|nếu|khi)\s+cần thiết\s+báo cáo\s[^.;]{0,120}?"
    r"để\s+(?:được\s+)?(?:hỗ trợ|hướng dẫn|xử lý|giải quyết)[^.;]{0,40})?"
    r"(?:\s*\([^()]{0,80}\))?\s*[.;]?$"
)
# A telephone number: "0243.974.62.25", "0211 386 25 90", "(0233) 3852417", "+84 912 345 678"
# (9 to 12 digits in groups; a date "15/12/2025" is none).
_PHONE = r"(?:\+84|\(?0)(?:[\s.)]*\d){8,11}(?!\d)"
# "Đầu mối hỗ trợ nghiệp vụ: số điện thoại (…); địa chỉ thư điện tử (…)": whom to call.
_CONTACT = re.compile(
    r"^[^:;]{0,80}:\s*(?:số\s+)?(?:điện thoại|đt|thư điện tử|email|e-mail|hotline|địa chỉ)\b"
    # "Công ty Thoát nước: 0243.974.62.25 – 0243.976.22.45.": a body and only its number(s)
    rf"|^[^:;]{{2,120}}:\s*{_PHONE}(?:\s*[,;/–—-]\s*{_PHONE})*\s*[.;]?$"
)
# "Thực hiện các nhiệm vụ khác theo yêu cầu của Ban Thường trực", "Phối hợp các đơn vị liên quan
# thực hiện các nhiệm vụ khác thuộc Chương trình", "… thực hiện các nhiệm vụ có liên quan khi được
# Trưởng ban phân công": a catch-all for whatever a superior may later ask, nothing to track yet.
_OTHER_DUTIES = re.compile(
    r"(?:(?:triển khai|tổ chức)\s*(?:,|và)?\s*)?(?:thực hiện|đảm nhận|làm)"
    r"(?:\s+(?:có hiệu quả|hiệu quả|tốt|đầy đủ))?\s+(?:các\s+|những\s+|một số\s+)?"
    # "các nhiệm vụ đột xuất khác", "những công việc phát sinh khác"
    r"(?:nhiệm vụ|công việc)\s+(?:(?:đột xuất|phát sinh|cấp bách)\s+)?"
    r"(?:khác\b|(?:có\s+)?liên quan\s+(?=khi\s+được\s[^.;]{0,100}?(?:phân công|giao)\s*[.;]?$))"
    # only an open-ended tail: "theo yêu cầu của …", "do … giao", "khi được … phân công",
    # "thuộc Đề án"; a plan named, a topic ("về …") or a deadline make it work to track
    r"(?:\s*(?:(?:có\s+)?liên quan\s+)?(?:theo\s+(?:sự\s+)?(?:yêu cầu|phân công|chỉ đạo|đề nghị)"
    r"(?:\s+(?:của\s+)?[^,.;]{1,100})?"
    r"|do\s[^.;]{1,100}?\s(?:giao|phân công)"
    r"|(?:khi\s+)?được\s(?:[^.;]{1,100}?\s)?(?:giao|phân công)"
    r"|thuộc\s+(?:đề án|chương trình|kế hoạch|dự án)(?:\s+này)?))?\s*[.;]?$"
)
# What may stand before it: the body, "chủ động", "phối hợp (với) …" (no work of its own).
_BEFORE_DUTIES = re.compile(r"\b(?:tham gia|và)\b")


# "Cục Thuế có ý kiến để Thuế tỉnh Bắc Ninh và Thuế tỉnh Khánh Hòa được biết./.": an answer's
# closing.
_ANSWER_CLOSE = re.compile(
    r"^(?:(?!và\s)[^\s.;]+\s+){1,9}?(?:xin\s+)?(?:có ý kiến|trả lời)\s+(?:[^.;]{0,40}\s)?để\s"
    r"(?![^.;]*\b(?:thực hiện|triển khai|báo cáo)\b)"
)
# "Sở Nội vụ trả lời để Ủy ban nhân dân huyện được rõ./.", "Chi cục Thuế thông báo để ông Nguyễn
# Văn A được biết./.": whoever answers (its name may hold a "và"), the sentence only closes it.
_ANSWER_END = re.compile(
    r"^[^.;:]{2,160}?\s(?:xin\s+)?(?:có ý kiến|trả lời|thông báo)\s+(?:[^.;]{0,40}\s)?"
    r"để\s(?![^.;]*\b(?:thực hiện|triển khai|báo cáo)\b)[^.;]{2,160}?\s(?:được\s+)?(?:biết|rõ)"
    r"\s*[./|\s]*$"
)
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
_FINDING_FRAME = re.compile(r"^(?:theo|căn cứ|như vậy|do đó|vì vậy)\b")
_FINDING_ASKS = re.compile(r"(?<![^\W_])(?:phải|cần|có trách nhiệm|đề nghị|yêu cầu)(?![^\W_])")
# "Doanh nghiệp, cộng đồng, tổ chức, cá nhân: Quan tâm, đăng ký hỗ trợ nhu yếu phẩm …", "Kêu gọi
# các nhà hảo tâm, người dân chung tay ủng hộ …": an appeal to the public, whom no one tracks.
_PUBLIC = r"(?:cộng đồng|cá nhân|người dân|nhân dân|nhà hảo tâm|mạnh thường quân|toàn dân)"
_PUBLIC_WORDS = (
    rf"(?:{_PUBLIC}|các|mọi|toàn thể|kêu gọi|doanh nghiệp|tổ chức|hộ gia đình|và|trong và ngoài"
    r"\s+(?:tỉnh|thành phố|nước)|trên địa bàn(?:\s+(?:tỉnh|thành phố))?)"
)
_APPEAL = re.compile(
    rf"^(?P<who>(?:{_PUBLIC_WORDS}[\s,]*)+):?\s*(?:tích cực\s+|tiếp tục\s+)?"
    r"(?:quan tâm|hưởng ứng|chung tay|ủng hộ|tham gia ủng hộ|đăng ký (?:hỗ trợ|ủng hộ)|đóng góp)\b"
)
# "… để xét khen thưởng (nếu có nhu cầu).": work only if the body wishes it is not tracked.
_IF_WISHED = re.compile(
    r"(?:^(?:nếu|khi|trường hợp)\s+có nhu cầu\b|\(?\s*(?:nếu|khi)\s+có nhu cầu\s*\)?\s*[.;]?$)"
)

# "Các thủ tục nêu trên sẽ được tiếp nhận và theo dõi qua Cổng dịch vụ công": what will be
# done to a thing, with no body named to do it.
_WILL_BE_DONE = re.compile(r"^[^.;:]{2,100}?\s+sẽ\s+được\s+(?=[^\W\d_])")


# "Ủy ban nhân dân tỉnh kiến nghị Bộ Tài chính xem xét …", "Sở Y tế kính đề xuất Ủy ban nhân dân
# tỉnh …": a body proposing to a superior, the writer's own account rather than work asked of it.
_PROPOSAL = re.compile(
    r"^(?P<subject>[^.;:,]{2,120}?)\s+(?:xin\s+|kính\s+)?(?:kiến nghị|đề đạt|kính đề xuất"
    r"|xin đề xuất)\s"
)


def _proposes(sentence: str, low: str) -> bool:
    m = _PROPOSAL.match(low)
    return (
        m is not None
        and assignee_start(sentence, low, 0) is not None
        and not _HANDLES_PROPOSALS.search(m.group("subject"))
        and not _AGREES_BEFORE.search(m.group("subject"))
    )


# "Bộ Tài chính tổng hợp kiến nghị của tỉnh …", "Sở Y tế rà soát các kiến nghị …": work done with
# others' proposals. Only such a verb right before "kiến nghị" says so: a name may hold a verb of
# its own ("Ban Quản lý dự án xây dựng huyện kiến nghị …" still proposes upward).
_HANDLES_PROPOSALS = re.compile(
    r"\s(?:tổng hợp|tiếp thu|tiếp nhận|rà soát|giải quyết|xử lý|trả lời|xem xét|nghiên cứu)"
    r"(?:\s+(?:các|những|mọi))?$"
)
# "UBND Thành phố thống nhất và cho ý kiến sớm đối với những vụ việc … kết luận kiến nghị …": the
# body's own agreement comes first; "kiến nghị" is a word of its object.
_AGREES_BEFORE = re.compile(r"\s(?:thống nhất|nhất trí|đồng ý)(?![^\W_])")


# "Khuyến khích các địa phương căn cứ khả năng … hỗ trợ …", "Khuyến khích các doanh nghiệp đầu
# tư …": the bodies are invited, not told, to act ("Khuyến khích tổ chức, cá nhân …" or
# "Khuyến khích sử dụng …" is the encouraging body's own work).
_ENCOURAGED = re.compile(
    r"^khuyến khích\s+(?:các|những|mọi)\s+(?:địa phương|doanh nghiệp|đơn vị|cơ quan|viện"
    r"|trường|cơ sở|bộ|sở|tỉnh|hội|hợp tác xã)"
)


# "Ban Chấp hành … kêu gọi toàn Đảng, toàn dân, toàn quân tiếp tục đoàn kết …", "Hội đồng nhân dân
# tỉnh kêu gọi đồng bào các dân tộc …": the issuer's own call on everyone assigns nobody (a body
# asked to make the call, "Đề nghị Mặt trận … kêu gọi nhân dân …", still has work).
_CALLS_ON_ALL = re.compile(
    r"^(?P<who>[^.;:]{0,120}?)\s*\bkêu gọi\s+(?:toàn\s+(?:thể\s+)?(?:đảng|dân|quân|xã hội)\b"
    r"|đồng bào\b|(?:các tầng lớp\s+|toàn thể\s+)?nhân dân\b|mọi người(?:\s+dân)?\b)"
)
_CALLER_WORKS = re.compile(
    r"\b(?:giao|đề nghị|yêu cầu|chủ trì|phối hợp|vận động|tham mưu|chỉ đạo|tiếp tục)\b"
)


# "Chính quyền địa phương ở các xã trước sắp xếp tiếp tục hoạt động cho đến khi chính quyền …
# mới chính thức hoạt động.": a transitional provision says how long a body goes on existing.
# "Ban bầu cử hết nhiệm vụ sau khi …", "Tổ thẩm định kết thúc nhiệm vụ khi …": a body's term
# ends, no work of its own.
_LASTS_UNTIL = re.compile(
    r"^[^.;:]{3,200}?\s(?:(?:tiếp tục|vẫn)\s+hoạt động\s+(?:cho\s+)?(?:đến|tới)\s+(?:khi|ngày|hết)"
    r"|(?:hết nhiệm vụ|kết thúc nhiệm vụ)\s+(?:sau khi|khi|kể từ)"
    r")\b"
)


def _has_work(text: str) -> bool:
    # (not "xây dựng" or "thực hiện": "…; chung sức xây dựng quê hương" goes on appealing)
    return bool(TASK_VERB.search(text)) or names_due_date(text, yearless=True)


def _lasts_only(low: str) -> bool:
    """A transitional provision whose 'cho đến khi …' part (to its first comma or ';') is all
    it says; a reporting clause or a deadline after it is work ("…, báo cáo kết quả …")."""
    lasts = _LASTS_UNTIL.match(low)
    if lasts is None or asks_someone(low):
        return False
    rest = low[lasts.end() :]
    if names_due_date(rest, yearless=True):
        return False
    after = re.split(r"[,;]", rest, maxsplit=1)
    return len(after) < 2 or not _has_work(after[1])


def _calls_only(low: str) -> bool:
    """The issuer's call on everyone, judged by ';' clause: a later clause that gives work or
    sets a deadline ("Kêu gọi toàn dân …; giao Trạm Y tế xã …") keeps the sentence."""
    clauses = [clause.strip() for clause in low.split(";") if clause.strip()]
    call = _CALLS_ON_ALL.match(clauses[0]) if clauses else None
    if call is None or _CALLER_WORKS.search(call["who"]):
        return False
    return not any(_has_work(part) or asks_someone(part) for part in clauses[1:])


def _appeal_or_optional(low: str) -> bool:
    appeal = _APPEAL.match(low)
    if appeal is not None and re.search(_PUBLIC, appeal["who"]):
        return True
    if _calls_only(low):
        return True
    if _IF_WISHED.search(low) is not None:
        return True
    # every clause invites ("…; Phòng Nông nghiệp hỗ trợ …" is work)
    clauses = [clause.strip() for clause in low.split(";") if clause.strip()]
    return all(_ENCOURAGED.match(clause) for clause in clauses)


# "Giao Phòng … thông báo phương án tuyển sinh để phụ huynh được biết.", "Đề nghị Phòng … trả lời
# bằng văn bản để ông H được rõ.": a body asked to answer or inform has work.
_ASKED = re.compile(r"^(?:giao|đề nghị|yêu cầu)\s")


# "Cục Thuế trả lời để Thuế tỉnh … được biết và hướng dẫn người nộp thuế thực hiện đúng quy
# định./.", "Sở … có ý kiến để Ủy ban nhân dân các xã biết và thực hiện./.": the closing formula
# of an answer, "thực hiện" only the rules or the answer itself (no work, object or date).
_ANSWER_KNOW_DO = re.compile(
    r"^[^.;:]{2,160}?\s(?:xin\s+)?(?:có ý kiến|trả lời|thông báo)\s+(?:[^.;]{0,40}\s)?"
    r"để\s[^.;]{2,160}?\s(?:được\s+)?(?:biết|rõ)\s*(?:,|và)\s*"
    r"(?:(?:hướng dẫn|chỉ đạo)\s+(?:các\s+|những\s+)?[^\W\d_][^.;,]{0,60}?\s)?"
    r"(?:(?:phối hợp|tổ chức)\s+)?thực hiện"
    r"(?:\s+(?:đúng|theo)\s+(?:đúng\s+)?(?:các\s+)?quy định(?:\s+(?:của pháp luật|hiện hành))?)?"
    # a scan may read the seal after the end mark as a few marks ("./.4_", "... „..")
    r"[\s./|„…,_]*(?:(?<=[./„…,_])\S{1,3}[\s./|„…,_]*)?$"
)


def _answer_closes(low: str) -> bool:
    """An answer's closing ("Sở Nội vụ trả lời để Ủy ban nhân dân huyện được rõ./."), not a body
    asked to answer, nor one that goes on to ask ("… để Ủy ban nhân dân xã biết và đề nghị Ủy ban
    nhân dân xã hoàn thiện hồ sơ trước ngày …")."""
    close = _ANSWER_CLOSE.match(low)
    # ("Sở … có trách nhiệm thông báo để các trường biết và tổ chức thực hiện." owes it)
    if (
        _ANSWER_KNOW_DO.match(low)
        and not OBLIGED.search(low)
        and not (_ASKED.match(low) or asks_someone(low))
    ):
        return True
    if close is None and _ANSWER_END.match(low) is None:
        return False
    if _ASKED.match(low) or asks_someone(low):
        return False
    return close is None or not _has_work(low[close.end() :])


def _first_clause_only(sentence: str, low: str, end: int) -> bool:
    """A finding or a benefit rule is all the sentence says: no work or deadline after the
    part that states it (ending at `end`), and no clause after a ';' that gives a body work
    ("…; Ủy ban nhân dân huyện thu hồi khoản đã chi trước ngày …")."""
    if _has_work(low[end:]):
        return False
    parts = sentence.strip().split(";", 1)
    if len(parts) < 2:
        return True
    tail = parts[1].strip()
    tail_low = match_form(tail)
    if not tail_low or asks_someone(tail_low):
        return not tail_low
    return not (WORK_VERB.search(tail_low) and analyze(tail).leads)


def _rule_or_role(low: str) -> bool:
    """Guidance that points at rules, an award rule, obeying rules, a role, a
    request only for difficulties, an answer's closing: none names work to track."""
    if _DIFFICULTY.match(low) or _answer_closes(low):
        return True
    if _HANDLES_DIFFICULTIES.match(low) or _CONTACT.match(low):
        return True
    rule = _FOLLOWS_RULE.match(low)
    if rule is not None:
        rest = _NUMBERED_DOC.sub(" ", low[rule.end() :])
        if not WORK_VERB.search(rest) and not asks_someone(rest):
            return True
    award = _DECIDES_AWARD.match(low)
    if award is not None and not _NOT_A_SUBJECT.search(award["subject"]):
        return True
    complies = _COMPLIES.match(low)
    if complies is not None:
        # "Tất cả lực lượng tham gia thực hiện Kế hoạch này phải tuân thủ …": the subject's
        # "tham gia thực hiện" says who, not what work
        subject = _TAKING_PART.sub(" ", low[: complies.end()])
        if not WORK_VERB.search(subject):
            return _THEN_NOT_LET.match(low) is not None
    if not _ROLE.match(low):
        return False
    role = _ROLE_SCOPE.split(low, maxsplit=1)[0]  # "… trong việc đề xuất cơ chế": its scope
    return not (WORK_VERB.search(role) or _ROLE_WORK.search(role))


# "Thực hiện Kế hoạch số 12/KH-SYT ngày … của Sở Y tế về việc …;", "Thực hiện ý kiến chỉ đạo
# của đồng chí Giám đốc Sở về việc …;": the opening that says what the letter answers to, as a
# paragraph of its own (it ends on ";" or ","); the request follows in the next one.
_FRAME_HEAD = re.compile(
    rf"^(?:thực hiện|căn cứ|triển khai)\s+(?:{DOC}|ý kiến(?:\s+chỉ đạo)?|sự chỉ đạo|chỉ đạo"
    r"|hướng dẫn)(?![^\W_])"
)
# (a letter's citation may stand as a sentence of its own: "Thực hiện Công văn số … của Bộ … về
# việc …."; a plan or a decision cited in a sentence of its own is an item of a task list: "1.
# Triển khai Kế hoạch số 12/KH-UBND … về chuyển đổi số.")
_FRAME_ONLY = re.compile(_FRAME_HEAD.pattern + r"(?P<rest>[^.]*[;,.])$")
_CITED_LETTER = re.compile(
    r"^(?:thực hiện|căn cứ)\s+(?:công văn|văn bản|(?:ý kiến\s+|sự\s+)?chỉ đạo\s+của)(?![^\W_])"
    r"[^.;,]*?(?<![^\W_])về việc(?![^\W_])"
)
# "Thực hiện Kế hoạch số 02 …, ngày 19/6/2020, Ban Thường vụ Đoàn Khối đã ban hành Kế hoạch số
# 50 …": the citation, then what the writer has done since (a letter's or a report's opening);
# "…, các đơn vị đã được giao phải …" and a request or a "sẽ" go on to work.
_FRAME_THEN_DONE = re.compile(
    _FRAME_HEAD.pattern + r"[^;]*?,\s*(?:(?:sáng|chiều|tối)?\s*ngày\s[^,;]{3,30},\s*)?"
    r"(?P<subject>[^,;:]{2,120}?)\s(?:đã|vừa)\s(?!được\s)"
    r"(?![^;]*(?<![^\W_])(?:đề nghị|yêu cầu|sẽ|phải|cần|khẩn trương|có trách nhiệm"
    r"|chịu trách nhiệm)(?![^\W_]))[^;]*$"
)
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


def _founds_only(low: str) -> bool:
    founds = _FOUNDS.match(low)
    if founds is not None:
        # "…, là cơ quan tổ chức kỳ thi, hoàn thành việc thi tuyển trước ngày …", "…, có nhiệm
        # vụ rà soát …", "…; Phòng Nội vụ bàn giao hồ sơ …" go on to work
        return not _goes_on(low[founds.end() :])
    status = _STATUS.match(low)
    # "… có tư cách pháp nhân, có trách nhiệm tổ chức thực hiện …" goes on to work
    if status is None or asks_someone(low):
        return False
    rest = re.sub(r"\bban hành kèm theo\b", " ", low[status.end() :])  # names the rules
    return not WORK_VERB.search(low[: status.end()]) and not WORK_VERB.search(rest)


def _goes_on(rest: str) -> bool:
    """The rest of a statement names work (a work verb, "tiếp tục …", "khẩn trương …") or a date.
    (A wider test, any ";" or "có nhiệm vụ", was once written here but shadowed by the grant
    reader's; measured on the corpus, it makes citing openings such as "Thực hiện Kế hoạch số …;
    Kế hoạch số …;" tasks.)"""
    if GOES_ON.search(rest) or WORK_VERB.search(rest):
        return True
    return names_due_date(rest)


# the citation's own parts: its number, date, issuer and "về việc …" title
_CITATION_TAIL = re.compile(r"^[^,;]*?(?:\svề việc\s[^;]*?)?[\s;,]*$")


# "…; Trung tâm Y tế huyện đã triển khai vận động …": after the citation, the writer reports
# what it has done (a report's opening), no request
_DONE_REPORT = re.compile(
    r"^\s*[^,;:]{2,120}?\s(?:đã|vừa)\s(?![^;]*\b(?:đề nghị|yêu cầu|sẽ)\b)[^;]*$"
)


def _frame_only(sentence: str, low: str) -> bool:
    """The opening citation ("Thực hiện Kế hoạch số … của … về việc …;") and nothing else, or
    followed only by what the writer has done."""
    head = _FRAME_HEAD.match(low)
    if head is not None and ";" in low and not asks_someone(low):
        done = _DONE_REPORT.match(low[low.index(";") + 1 :])
        if done is not None and not analyze(low[: low.index(";")]).leads:
            return not names_due_date(low)
    then_done = _FRAME_THEN_DONE.match(low)
    if then_done is not None and not WORK_VERB.search(then_done["subject"]):
        return not names_due_date(low)
    frame = _FRAME_ONLY.match(low)
    if frame is None or asks_someone(low) or analyze(sentence).leads:
        return False
    if frame["rest"].endswith(".") and not _CITED_LETTER.match(low):
        return False
    rest = frame["rest"]
    if _CITATION_TAIL.match(rest):  # (a date is due: "… về việc X, Phòng … trước ngày …")
        return not names_due_date(rest)
    # "Thực hiện Kế hoạch số 45, Nhà trường tổ chức … trước ngày 31/3/2026;": its own work
    cut = rest.find(",")
    return not _goes_on(rest[cut + 1 :])


def states_only(sentence: str, reference: date | None) -> bool:
    """True for a sentence that cites a provision, applies a rule, advises, narrates a past
    event (a date before the notice's own) or only asks to carry out the document."""
    low = match_form(sentence.strip().rstrip("| "))
    if not low:
        return False
    if _carries_out_only(low) or _rule_or_role(low) or _appeal_or_optional(low):
        return True
    if _lasts_only(low) or _founds_only(low):
        return True
    if _frame_only(sentence, low):
        return True
    if _other_duties_only(low):
        return True
    if _proposes(sentence.strip(), low):
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
    if encloses_only(low):
        return True
    return narrates_past(low, reference)


def _other_duties_only(low: str) -> bool:
    """The whole work is "thực hiện các nhiệm vụ khác …": nothing before it but who does it."""
    duties = _OTHER_DUTIES.search(low)
    if duties is None:
        return False
    before = re.sub(r"\bphối hợp\b", " ", low[: duties.start()])
    return not WORK_VERB.search(before) and not _BEFORE_DUTIES.search(before)


# Verbs the carrying-out reader stops at besides the work verbs: "phối hợp" (it may open the
# carrying out itself), and "phổ biến": "Trưởng các Khoa có trách nhiệm phổ biến Quy trình này
# tới … sinh viên biết, thực hiện" spreads the document, its "thực hiện" is what the readers do.
_OTHER_FIRST_VERBS = ("phối hợp", "phổ biến")


def _carries_out_only(low: str) -> bool:
    scope = _SCOPE.match(low)
    start = scope.end() if scope else 0
    for m in re.finditer(r"(?:^|\s)(?=\S)", low[start:]):
        at = start + m.end()
        if WORK_VERB.match(low, at) is None and not low.startswith(_OTHER_FIRST_VERBS, at):
            continue
        # the first verb is the whole work, or it starts other work
        carry = _CARRY_OUT.match(low, at)
        if carry and carry["partner"] and WORK_VERB.search(carry["partner"]):
            return False  # "phối hợp với sở, ngành hướng dẫn … triển khai Kế hoạch": work
        if carry or _REPORT_BACK.match(low, at):
            return True
        if _objectless(low, at):
            return True
        return bool(_SELF_REF.search(low, 0, at)) and _BARE_CARRY.match(low, at) is not None
    return False


# "… căn cứ chức năng, nhiệm vụ được giao, có trách nhiệm triển khai thực hiện và tăng cường phối
# hợp đảm bảo thực hiện đồng bộ, hiệu quả; trong quá trình thực hiện, nếu có khó khăn …, kịp thời
# báo cáo …": carrying out with no object of its own, and what to do about difficulties.
_MANNER = r"(?:\s+(?:nghiêm túc|đồng bộ|hiệu quả|có hiệu quả|kịp thời|tốt)(?:\s*,|\s+và)?)*"
_OBJECTLESS = re.compile(
    rf"(?:(?:tổ chức\s+)?triển khai(?:\s+thực hiện)?|thực hiện){_MANNER}"
    r"(?:\s*(?:,|và)\s*(?:tăng cường\s+)?phối hợp(?:\s+chặt chẽ)?"
    r"(?:\s+(?:để|đảm bảo|bảo đảm|nhằm))?(?:\s+(?:việc\s+)?(?:triển khai\s+)?thực hiện)?"
    rf"{_MANNER})?\s*\.?\s*$"
)


# oversight or an explicit request before the verb: "Giao Văn phòng … theo dõi, đôn đốc việc thực
# hiện." is work
_BEFORE_CARRY = re.compile(
    r"\b(?:theo dõi|đôn đốc|giám sát|kiểm tra|chỉ đạo|hướng dẫn|(?<!được )giao|đề nghị|yêu cầu"
    r"|việc)\b"
)


def _objectless(low: str, at: int) -> bool:
    if _BEFORE_CARRY.search(low, 0, at):
        return False
    end = low.find(";", at)
    head, tail = (low, "") if end < 0 else (low[:end], low[end + 1 :])
    if _OBJECTLESS.match(head, at) is None:
        return False
    return all(_DIFFICULTY.match(c.strip()) for c in tail.split(";") if c.strip())


# "Bộ Tài chính kính báo cáo Thủ tướng Chính phủ, Chính phủ./.", "Sở Nội vụ kính trình Ủy ban
# nhân dân tỉnh xem xét, quyết định./.": the closing formula of a letter written upward. A body
# reporting to, or submitting to, its superior assigns nothing: what it proposes ("Giao Bộ …",
# "đề nghị Thủ tướng giao …") waits for the superior's decision.
_WRITES_UPWARD = re.compile(
    r"^[^.;:]{2,120}?\s(?:kính|xin)\s+(?:báo cáo|trình)\s[^.;:]{2,160}\./\.$"
)


def reports_upward(body: list[str]) -> bool:
    """The letter closes by reporting or submitting to a superior: it assigns no work."""
    for paragraph in reversed(body[-3:]):
        low = match_form(paragraph.strip())
        if low.endswith("./."):
            return bool(_WRITES_UPWARD.match(low))
    return False
