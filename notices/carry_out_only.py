"""Sentences whose only work is to carry out the document, with no object of their own, or
whatever other duties a superior may later ask."""

from __future__ import annotations

import re

from notices.deadlines import names_due_date
from notices.difficulties import DIFFICULTY
from notices.statement_words import DOC, OWN_CONTENTS, WORK_VERB

_CARRY_MANNER = (
    r"(?:(?:\s*,\s*|\s+và\s+|\s+)(?:có hiệu quả|hiệu quả|tốt|nghiêm túc|đầy đủ|kịp thời"
    r"|đồng bộ))*"
)
# The work is only to carry out (or watch over) the document itself: "… tổ chức thực hiện Nghị
# quyết.", "… giám sát việc thực hiện Nghị quyết.", "… phối hợp tổ chức tuyên truyền và giám sát
# việc thực hiện Nghị quyết.", "… thực hiện các nhiệm vụ được giao tại Kế hoạch này.".
# "… thực hiện đầy đủ, hiệu quả các nội dung của Chỉ thị này": the document's contents, named
# with the document.
_DOC_CONTENTS = r"(?:(?:(?:các|những)\s+)?(?:nội dung|nhiệm vụ|yêu cầu)\s+(?:của|tại|trong)\s+)?"
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
    rf"\s+(?:(?:{_DOC_CONTENTS}{DOC}\s+(?:này|trên|nêu trên)|{OWN_CONTENTS})"
    r"(?:(?:\s+[^\W\d_]+){0,2}?"
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
# "Thực hiện các nhiệm vụ khác theo yêu cầu của Ban Thường trực", "Phối hợp các đơn vị liên quan
# thực hiện các nhiệm vụ khác thuộc Chương trình", "… thực hiện các nhiệm vụ có liên quan khi được
# Trưởng ban phân công": a catch-all for whatever a superior may later ask, nothing to track yet.
_OTHER_DUTIES = re.compile(
    r"(?:(?:triển khai|tổ chức)\s*(?:,|và)?\s*)?(?:thực hiện|đảm nhận|làm)"
    r"(?:\s+(?:có hiệu quả|hiệu quả|tốt|đầy đủ))?\s+(?:các\s+|những\s+|một số\s+)?"
    # "các nhiệm vụ đột xuất khác", "những công việc phát sinh khác"
    # "các trách nhiệm khác" (a regulation's last point of a duty article)
    # "Thực hiện nhiệm vụ, quyền hạn khác do Thủ tướng Chính phủ giao" (a board's last point)
    r"(?:nhiệm vụ|công việc|trách nhiệm)(?:\s*(?:,|và)\s*quyền hạn)?\s+"
    r"(?:(?:đột xuất|phát sinh|cấp bách)\s+)?"
    r"(?:khác\b|(?:có\s+)?liên quan\s+(?=khi\s+được\s[^.;]{0,100}?(?:phân công|giao)\s*[.;]?$))"
    # only an open-ended tail: "theo yêu cầu của …", "do … giao", "khi được … phân công",
    # "thuộc Đề án"; a plan named, a topic ("về …") or a deadline make it work to track
    r"(?:\s*(?:(?:có\s+)?liên quan\s+)?(?:theo\s+(?:sự\s+)?(?:yêu cầu|phân công|chỉ đạo|đề nghị)"
    r"(?:\s+(?:của\s+)?[^,.;]{1,100})?"
    # "… do Ủy ban nhân dân, Chủ tịch Ủy ban nhân dân huyện giao và theo quy định của pháp luật"
    r"|do\s[^.;]{1,100}?\s(?:giao|phân công|phụ trách)"
    r"(?:\s+và\s+theo\s+quy định(?:\s+của\s+pháp luật)?)?"
    # "… theo quy định của pháp luật chuyên ngành và do Chủ tịch UBND … phụ trách"
    r"|theo\s+quy định(?:\s+của\s+pháp luật)?(?:\s+chuyên ngành|\s+(?:có\s+)?liên quan)?"
    r"(?:\s+và\s+do\s[^.;]{1,100}?\s(?:giao|phân công|phụ trách))?"
    r"|(?:khi\s+)?được\s(?:[^.;]{1,100}?\s)?(?:giao|phân công)"
    r"|thuộc\s+(?:đề án|chương trình|kế hoạch|dự án)(?:\s+này)?))?\s*[.;]?$"
)
# "Thực hiện trách nhiệm quy định tại khoản 1 Điều này;", "Thực hiện các nhiệm vụ quy định tại
# Điều 5 Thông tư này": a duty article's point that only points at another's duties (each
# counted there) — not "Phối hợp với X thực hiện các trách nhiệm quy định tại …" (work with X).
_CROSS_REFERENCE = re.compile(
    r"^(?:thực hiện|chịu)\s+(?:các\s+)?(?:trách nhiệm|nhiệm vụ)\s+(?:theo\s+)?quy định tại\s+"
    r"(?:các\s+)?(?:khoản|điểm|điều|mục)\s[^.;:]{0,80}?(?:này|điều\s+\d+[^.;:]{0,40})\s*[.;]?$"
)
# What may stand before it: the body, "chủ động", "phối hợp (với) …" (no work of its own).
_BEFORE_DUTIES = re.compile(r"\b(?:tham gia|và)\b")


# "Tham mưu, giúp Ủy ban nhân dân thị trấn tổ chức thực hiện nhiệm vụ, quyền hạn của Ủy ban nhân
# dân thị trấn … trong lĩnh vực: văn phòng, …": a post's standing mandate, the frame of the duties
# listed after it, not a piece of work.
_MANDATE = re.compile(
    r"^(?:tham mưu\s*(?:,|và)?\s*giúp(?:\s+việc)?\s+[^,.;:]{2,80}?\s+)?(?:tổ chức\s+)?"
    r"thực hiện\s+(?:(?:các|những)\s+)?(?:chức năng\s*,\s*)?nhiệm vụ\s*,\s*quyền hạn\s+của\s"
)


def other_duties_only(low: str) -> bool:
    """The whole work is "thực hiện các nhiệm vụ khác …": nothing before it but who does it; or
    a post's mandate ("Tham mưu, giúp … thực hiện nhiệm vụ, quyền hạn của …")."""
    if _MANDATE.match(low) and ";" not in low and not names_due_date(low, yearless=True):
        return True  # "…; tổng hợp, báo cáo … trước ngày …" after the mandate is work
    if _CROSS_REFERENCE.match(low):
        return True
    duties = _OTHER_DUTIES.search(low)
    if duties is None:
        return False
    before = re.sub(r"\bphối hợp\b", " ", low[: duties.start()])
    return not WORK_VERB.search(before) and not _BEFORE_DUTIES.search(before)


# Verbs the carrying-out reader stops at besides the work verbs: "phối hợp" (it may open the
# carrying out itself), and "phổ biến": "Trưởng các Khoa có trách nhiệm phổ biến Quy trình này
# tới … sinh viên biết, thực hiện" spreads the document, its "thực hiện" is what the readers do.
_OTHER_FIRST_VERBS = ("phối hợp", "phổ biến")


# "Điều 3: Văn phòng …, các đồng chí có tên tại Điều 1 căn cứ Quyết định thi hành kể từ ngày ký":
# the article that puts the decision into force, worded without "chịu trách nhiệm".
_ACTS_ON_DOC = re.compile(
    rf"(?:^|\s)(?:căn cứ|theo)\s+{DOC}(?:\s+(?:này|trên))?\s+(?:để\s+)?(?:thi hành|thực hiện)"
    r"(?:\s+kể từ ngày\s+(?:ký|ban hành)(?:\s+ban hành)?)?\s*[./]*$"
)


def _without_difficulties(low: str) -> str:
    """`low` without its closing clauses about difficulties ("…; trong quá trình thực hiện nếu
    phát sinh khó khăn, vướng mắc …, kịp thời báo cáo Sở …"): a request only for that case."""
    parts = low.split(";")
    # "…; trường hợp có khó khăn, …, tổng hợp danh sách gửi … trước ngày …": a dated deliverable
    while (
        len(parts) > 1
        and DIFFICULTY.match(parts[-1].strip())
        and not names_due_date(parts[-1], yearless=True)
    ):
        parts.pop()
    return ";".join(parts)


# "Cục … có trách nhiệm giúp Bộ trưởng theo dõi, đôn đốc, kiểm tra việc thực hiện Thông tư này":
# a regulation's execution article gives a body the oversight of its carrying out — work the
# labels count everywhere (btp-05, byt-04, cp-06, cp-30, hn-qd, pt-63, qn-96 …), unlike an
# elected body's supervision of its resolution ("… giám sát việc thực hiện Nghị quyết này")
_OVERSEES_RULES = re.compile(
    r"(?<![^\W_])(?:theo dõi|đôn đốc|kiểm tra)(?![^\W_])[^.;]{0,60}?\s"
    r"việc\s+(?:tổ chức\s+)?(?:triển khai\s+)?(?:thực hiện|thi hành)\s+"
    r"(?:thông tư|nghị định|quy chế|quy định|quyết định)\s+này(?![^\W_])"
)

# "Sở Công Thương là cơ quan đầu mối theo dõi, đôn đốc việc thực hiện Quy chế này", "Văn phòng
# Bộ là đầu mối theo dõi …": a role the body holds, stated, not work asked (round 28's prec
# tests; "Giao Văn phòng Bộ làm đầu mối …" is an assignment and stays work)
_ROLE_BEFORE = re.compile(r"(?<![^\W_])là\s+(?:cơ quan|đơn vị|đầu mối)(?![^\W_])")
# "Thường trực Hội đồng nhân dân tỉnh theo dõi, kiểm tra việc thực hiện Quy định này": an elected
# body (its standing board, its committees, its deputies) supervises; its oversight of a
# regulation is no work given, as its supervision of its resolution is none
_ELECTED_HOLDER = re.compile(
    r"^[\W\d]*(?:[a-zđ]\)\s*)?(?:(?:thường trực|các ban của|ban [^,;.]{1,30}? của|các)\s+)?"
    r"(?:hội đồng nhân dân|hđnd|đại biểu)(?![^\W_])"
)


# "Giao Ủy ban nhân dân tỉnh triển khai thực hiện; Ban Kinh tế - Ngân sách và đại biểu Hội đồng
# nhân dân tỉnh giám sát thực hiện Nghị quyết này.": an execution article's formula written as one
# sentence, the document named once at its end for both clauses; its second clause is the
# council's bodies' watch over the resolution
_WATCHED_BY_COUNCIL = re.compile(
    r"^[^;]{0,160}?(?:hội đồng nhân dân|hđnd)[^;]{0,40}?\s+giám sát\s+(?:việc\s+)?"
    rf"(?:tổ chức\s+)?(?:triển khai\s+)?thực hiện\s+{DOC}\s+này\s*[./]*$"
)


def _shared_document(low: str) -> bool:
    """The carrying out before ";" names no object; the council's watch after it names the
    document both clauses are about."""
    head, sep, tail = low.partition(";")
    if not sep or _WATCHED_BY_COUNCIL.match(tail.strip()) is None:
        return False
    document = re.search(rf"{DOC}\s+này\s*[./]*$", tail)
    carry = head.strip()
    return document is not None and carries_out_only(f"{carry} {document[0]}")


def carries_out_only(low: str) -> bool:
    low = _without_difficulties(low)
    if ";" in low and _shared_document(low):
        return True
    oversees = _OVERSEES_RULES.search(low)
    if (
        oversees
        and not _ROLE_BEFORE.search(low, 0, oversees.start())
        and not _ELECTED_HOLDER.match(low.lstrip())
    ):
        return False  # the oversight of a regulation's carrying out is work
    acts = _ACTS_ON_DOC.search(low)
    if acts is not None and not WORK_VERB.search(low, 0, acts.start()):
        return True
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


# "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các Sở … nghiêm túc thực hiện.": the closing ask to
# carry the document out strictly; a request with no such word may take its object from its item.
_ASKED = re.compile(r"\b(?:đề nghị|yêu cầu)\b")
_STRICTLY = re.compile(r"\bnghiêm túc\s*$")


def _objectless(low: str, at: int) -> bool:
    for found in _BEFORE_CARRY.finditer(low, 0, at):
        if not (_ASKED.fullmatch(found[0]) and _STRICTLY.search(low, 0, at)):
            return False
    end = low.find(";", at)
    head, tail = (low, "") if end < 0 else (low[:end], low[end + 1 :])
    if _OBJECTLESS.match(head, at) is None:
        return False
    return all(DIFFICULTY.match(c.strip()) for c in tail.split(";") if c.strip())
