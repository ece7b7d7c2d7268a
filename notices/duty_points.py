"""A rules article's points that give a named body of government a duty or a power: kept as tasks.

`notices.regulation.drop_rules` takes a regulation's titled rules articles out of the body. A
decision or decree that shares out powers ("phân cấp") or sets up a support mechanism writes
much of its work into such articles all the same, one point per body: "1. Bộ Công Thương tổ
chức lập quy hoạch phát triển điện gió quốc gia trình Thủ tướng Chính phủ phê duyệt; …", "2.
UBND cấp xã cấp giấy phép xây dựng đối với công trình cấp III trở xuống …", "3. Sở Xây dựng
chấp thuận phương án bảo đảm an toàn giao thông …", "a) Bộ Tài chính có trách nhiệm:" + its
dashes, "2. Căn cứ vào quy hoạch …, Ủy ban nhân dân cấp tỉnh có trách nhiệm giao đất …". The
corpus labels each such point a task of the body it names (fresh25 hn-74, ttg-37, ttg-11,
cp-149). Such a clause, point or paragraph stays, whole, with the article and clause headings
above it, and a point that leads dashes in ("… có trách nhiệm:") keeps them.

What stays out: a point that opens on something other than a body of government ("Việc công
bố …", "Quy hoạch …", "Các dự án …", "Nhà đầu tư được …", "Chủ đầu tư …"), a case ("Trường hợp
… thì …", "Nếu …"), a definition or a make-up ("Cơ quan có thẩm quyền … là …", "Hội đồng gồm
…"), a passive or a permission of the body ("Sở … được giao …", "… được quyền …"), a point
whose verb is no duty or power ("Bộ … có ý kiến", "UBND tỉnh không …") and a statute's or
working regulation's articles (the body's standing mandate, `regulation.statute_title`). A
management or working rule ("Ban hành Quy chế quản lý cụm công nghiệp …", lc-16) and a rulebook
that gives its bodies six or more duty articles of their own ("Điều 20. Trách nhiệm của Sở Công
Thương", …: lc-16's fourteen, hp-211's eight, cp-32's six) keep their work there: the points of
their topic articles that name a body are steps of their procedures, no tasks by their labels
(round 28 (prec)); a coordination rule ("Quy chế phối hợp …") shares its work out point by point.
"""

from __future__ import annotations

import re

from notices.marked_titles import ANY_ARTICLE
from notices.step_doers import files, receives
from notices.text import match_form
from notices.yearly_steps import NO_WORK_CHARGE

# The duty articles from which a rulebook's work is its duty articles' alone
_DUTY_ARTICLES = 6
# "Ban hành Quy chế quản lý cụm công nghiệp …": a management or working rule keeps its work in
# its duty articles — not a coordination rule ("Quy chế phối hợp …"), whose articles share it out
# — and only a title that issues one ("Ban hành (kèm theo) Quy chế …", "Quy chế …"), not one that
# cites it ("Về phân cấp thực hiện Quy chế quản lý …", round 32 (points2))
_RULE_TITLE = re.compile(
    r"^(?:v/v\s+|về việc\s+|về\s+|quyết định\s+)?"
    r"(?:(?:ban hành|phê duyệt)\s+(?:kèm theo\s+)?(?:[^,;:.]{0,120}?\s+và\s+)?"
    r"|sửa đổi,?\s+bổ sung\s+(?:một số điều\s+)?(?:của\s+)?)?quy chế(?![^\W_])"
    r"(?!\s+phối hợp)"
)

# "Trình tự giải quyết … như sau:", "Thủ tục cấp giấy phép gồm các bước sau:", "Quy trình xét
# duyệt …": a lead-in announcing a procedure's steps (`_application_steps`)
_STEPS_LEAD_IN = re.compile(r"\b(?:trình tự|thủ tục|quy trình|các bước)\b")
_CLAUSE = re.compile(r"^\**\s*\d{1,2}\s*\.(?!\d)\s*\S")
_POINT = re.compile(r"^\**\s*[a-zđ]\s*\)\s*\S")
_DASH = re.compile(r"^\**\s*[-–+•]\s*\S")
_CHAPTER = re.compile(r"^\**\s*(?:chương|mục|phần)\s+[ivxlc\d]+\b")
_MARK = re.compile(r"\**\s*(?:\d{1,2}\s*\.(?!\d)|[a-zđ]\s*\)|[-–+•])\s*")
# An adverbial the point may open on before its body: "Căn cứ vào quy hoạch …, ", "Sau khi
# hoàn thành …, ", "Trong vòng 5 ngày …, ", "Tùy theo cấp điện áp, ", "Hằng năm, ", "Hàng quý, ",
# "Trước ngày 15 tháng 11 hằng năm, ", "Trong năm 2032, " (round 32 (points2))
_OPENING = re.compile(
    r"(?:căn cứ|trên cơ sở|sau khi|trong vòng|trong thời hạn|trong thời gian|tùy theo|tuỳ theo"
    r"|hằng|hàng|định kỳ|tr[ưu]ớc ngày|tr[ưu]ớc(?=\s+\d)|đến ngày|đến hết|trong năm|trong tháng"
    r"|trong quý|chậm nhất)(?![^\W_])"
    r"[^;:.]{0,200}?,\s*"
)
# "Giao Sở … chủ trì …" inside a point: the issuer's assignment, the body's duty after it
# "Giao cho Sở …", "Giao nhiệm vụ cho UBND cấp xã …" (review)
_ASSIGNS = re.compile(r"giao\s+(?:nhiệm vụ\s+)?(?:cho\s+)?(?=\S)")
# the work an assigned body is given, any verb of it: "Giao Sở Tài chính rà soát, đề xuất …"
_ASSIGNED_WORK = re.compile(
    r"(?<![^\W_])(?:rà soát|đề xuất|thực hiện|kiểm tra|triển khai|xây dựng|tham mưu|lập|tổ chức"
    r"|theo dõi|đôn đốc|quản lý|cập nhật|công bố)(?![^\W_])"
)
# A body of government at the point's start: "Bộ Công Thương", "các bộ, cơ quan ngang bộ",
# "Ủy ban nhân dân tỉnh", "UBND cấp xã", "Sở Xây dựng", "Ban Quản lý các khu công nghệ cao …",
# "Phòng Kinh tế, Hạ tầng và Đô thị", "Cục Thuế", "Kho bạc Nhà nước", "Tập đoàn Điện lực Việt
# Nam", "Văn phòng Ủy ban nhân dân tỉnh", "Công an tỉnh", "Thanh tra tỉnh" (round 32) — not a
# post ("Bộ trưởng", "Chủ tịch"), nor "bộ phận", "sở hữu", "phòng, chống", "Văn phòng công
# chứng", "Công an nhân dân".
_BODY = re.compile(
    r"(?:(?:các|mỗi|từng)\s+)?(?:bộ(?!\s+(?:trưởng|đội|phận|máy|luật|môn|hồ sơ|tiêu chí"
    r"|chỉ số|chứng từ|quy tắc|câu hỏi|đề)(?![^\W_]))"
    r"|ủy ban nhân dân|uỷ ban nhân dân|ubnd|hội đồng nhân dân|hđnd"
    r"|sở(?!\s+(?:hữu|tại|thích|cứ|dữ liệu|hạ tầng|vật chất|pháp lý|sản xuất|kinh doanh|dĩ"
    r"|trường)(?![^\W_]))"
    r"|ban quản lý|phòng(?!\s*,|\s+(?:chống|ngừa|cháy|khám|học|họp|thí nghiệm|ở|trọ|hộ)(?![^\W_]))"
    r"|cục|chi cục|tổng cục|kho bạc|ngân hàng nhà nước|cơ quan ngang bộ"
    r"|tập đoàn điện lực|cơ quan thuế|cơ quan quản lý nhà nước"
    r"|văn phòng\s+(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd|hội đồng nhân dân|hđnd|đoàn đại biểu"
    r"|chính phủ|tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ)"
    r"|văn phòng đăng ký đất đai|thanh tra xây dựng"
    # the body the reception law keeps at each level, and the heads of bodies of government who
    # take charge of work themselves: "Ban Tiếp công dân tỉnh chủ trì, phối hợp …", "Chủ tịch
    # Ủy ban nhân dân tỉnh chủ trì tiếp công dân định kỳ …", "Thủ trưởng các Sở, Ban, ngành …"
    r"|ban tiếp công dân|chủ tịch\s+(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd)"
    r"|thủ trưởng\s+(?:các\s+)?(?:sở|cơ quan|đơn vị)"
    r"|(?:công an|thanh tra)\s+(?:các\s+)?(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|cấp|sở"
    r"|bộ|chính phủ))(?![^\W_])"
)
# The duty or power the body is given: "có trách nhiệm", "chịu trách nhiệm", "chủ trì", "tổ
# chức lập/thực hiện …", "quyết định", "hướng dẫn", "theo dõi", "cấp giấy phép", "chấp thuận",
# "thẩm định", "giao đất", "ký quyết định", "phê duyệt", "kiểm tra", "tổng hợp", "chỉ đạo",
# "báo cáo", "phối hợp" (round 32 (points2))
_DUTY = re.compile(
    r"(?<![^\W_])(?:(?:có|chịu) trách nhiệm|chủ trì|tổ chức(?=\s+(?:lập|thực hiện|thẩm định"
    r"|kiểm tra|giám định|triển khai|xây dựng|quản lý))|quyết định(?!\s+(?:số|của|này)(?![^\W_]))"
    r"|theo dõi|cấp (?:giấy|phép)|cấp lại|chấp thuận|thẩm định|thẩm tra|giao đất"
    r"|ký quyết định|phê duyệt|tổng hợp|chỉ đạo|báo cáo|phối hợp|bố trí|làm nhiệm vụ"
    # "… trực tiếp phụ trách công tác tiếp công dân và thực hiện các nhiệm vụ:" over its points
    r"|thực hiện\s+(?:các|những)\s+nhiệm vụ(?=\s*(?:sau(?:\s+đây)?\s*)?:)"
    r"|(?<!bàn )(?<!chuyển )giao(?!\s+(?:thông|dịch|nhận|lưu|ban|tiếp)(?![^\W_])))(?![^\W_])"
)
# "… chịu trách nhiệm (toàn diện) trước Thủ tướng Chính phủ về …", "… có trách nhiệm về …":
# accountability, no work (round 31 (points) review)
# and a standing obligation ("… có trách nhiệm lưu trữ hồ sơ …", "bồi thường", "tuân thủ")
_LIABILITY = re.compile(rf"(?:có|chịu) trách nhiệm(?:\s+toàn diện)?\s+{NO_WORK_CHARGE}")
# "… có trách nhiệm hướng dẫn …", "… quy định …": a body given rules to issue is a delegation
# (`notices.delegations` reads it with its article); "Sở Y tế quản lý cơ sở …", "… thực hiện …",
# "… kiểm tra đột xuất …" share out competence, no work (round 24's division, round 13's decree)
_ISSUES = re.compile(r"\s*(?:quy định|hướng dẫn|ban hành)(?![^\W_])")
# What may stand between the body's first word and its verb: its name, a level ("cấp xã"), an
# alias in brackets, "nơi có …", "hoặc …"; not a verb of its own or a definition ("là", "gồm",
# "được", "do", "phải", "không", "có thẩm quyền")
_NOT_NAME = re.compile(
    r"(?<![^\W_])(?:là|gồm|bao gồm|được|do|phải|không|chưa|có thẩm quyền|có|đã|sẽ|bị|thì"
    r"|nếu|khi|theo|về|để|quy định|hướng dẫn|ban hành|quản lý|thực hiện|kiểm tra|tiếp nhận|nhận"
    r"|cũng|vẫn|cần|chỉ(?!\s+(?:huy|đạo|số)(?![^\W_])))(?![^\W_])"
)
_NAME_CHARS = 160
_ABBREVIATION = re.compile(r"(?<![^\W_])(?:tp|tx|tt)\.")
_HEAD_CHARS = 90
_MANAGING_BODY = re.compile(r"(?<![^\W_])(?:ban|phòng|cục|chi cục) quản lý(?![^\W_])")
_STEP_WORDS = 3
_HEADING_WORDS = 8  # "2. Tiếp công dân đột xuất": a topic heading over its paragraph
# "a) Sở Tài chính: 01 lãnh đạo sở làm Chủ tịch Hội đồng;", "1. Sở Công Thương: là cơ quan
# thường trực …": a council's member or what the body is, no step (round 31 (points) review)
_MEMBER = re.compile(
    r"\s*(?:là(?![^\W_])|\d+\s+(?:lãnh đạo|đại diện|thành viên|người|cán bộ|công chức)(?![^\W_])"
    r"|[^.;]*(?<![^\W_])làm\s+(?:phó\s+)?(?:chủ tịch|thành viên|ủy viên|uỷ viên|thư ký|tổ trưởng"
    r"|trưởng ban|phó trưởng ban)(?![^\W_]))"
)
# A procedure's step, timed from a filing: "Ủy ban nhân dân cấp xã trong thời gian 05 ngày kể từ
# ngày tiếp nhận đủ giấy tờ hợp lệ, có trách nhiệm kiểm tra …" — how a case runs, every time
# "… kể từ ngày có văn bản đề nghị của chủ đầu tư", "… kể từ khi nhận hồ sơ" (review)
_PROCEDURE = re.compile(
    r"(?<![^\W_])kể từ (?:ngày|khi)\s+(?:[^\W\d_]+\s+){0,4}?"
    r"(?:(?:tiếp\s+)?nhận|nộp|gửi|đề nghị|hồ sơ)(?![^\W_])"
)
# "Cơ quan, đơn vị (được Ủy ban nhân dân Thành phố giao) tổ chức lập quy hoạch khu vực TOD có trách
# nhiệm / phải …", "Cơ quan chủ trì có trách nhiệm …": a body named by the work it was given, then
# charged (hn-71); not "Cơ quan, đơn vị có thẩm quyền …", "Cơ quan, đơn vị sử dụng ngân sách …"
_CHARGED_BODY = re.compile(
    r"cơ quan(?:,\s*đơn vị)?\s+(?:được\s+(?:[^,;.:]{0,80}?\s+)?giao\s+)?"
    r"(?:chủ trì|tổ chức lập|tổ chức thực hiện)(?![^\W_])[^,;.:]{0,120}?\s+"
    r"(?:(?:có|chịu) trách nhiệm|phải)\s+(?=\S)"
)
# "… phải là cơ quan chuyên môn", "… phải có đủ năng lực", "… phải bảo đảm …": what the body is
# or must be, no work (review)
_STANDING = re.compile(r"(?:là|có đủ|có|đáp ứng|bảo đảm|đảm bảo)(?![^\W_])")
# the end of a sentence inside a unit (any ". " in the folded text)
# a term of days: "trong thời gian 05 ngày", "trong vòng 07 ngày", "không quá 10 ngày"
_TERM = re.compile(r"(?<![^\W_])(?:trong (?:thời gian|vòng|thời hạn)|không quá)\s+\(?\d")
# "… phối hợp với Bộ Nội vụ … ban hành Thông tư …": the bodies' first verb after the partner issues
# rules; not "phối hợp với Sở Xây dựng kiểm tra, hướng dẫn các địa phương …" (review)
_CO_ISSUES = re.compile(
    r"phối hợp\s+(?:với\s+)?(.{0,120}?)(?<![^\W_])(?:ban hành|hướng dẫn)(?![^\W_])"
)
# a verb of the bodies' own before "hướng dẫn" (not "xây dựng", "quản lý": a partner's name)
_OWN_WORK = re.compile(
    r"(?<![^\W_])(?:kiểm tra|rà soát|đề xuất|thực hiện|triển khai|theo dõi|đôn đốc|tham mưu"
    r"|cập nhật|công bố)(?![^\W_])"
)
# "… phối hợp thực hiện theo chức năng, nhiệm vụ được giao", "… phối hợp với Sở … theo chức năng,
# nhiệm vụ": boilerplate, no work (review)
_NO_WORK_COOP = re.compile(
    r"phối hợp(?:\s+với\s+[^;.]{0,100}?)?\s+(?:(?:thực hiện|triển khai)(?:\s*[.;]|\s*$"
    r"|\s+theo\s+(?:chức năng|nhiệm vụ))|theo\s+(?:chức năng|nhiệm vụ))"
)
_SENTENCE_END = re.compile(r"\.\s+")
_MUST = re.compile(r"(?<![^\W_])phải(?:\s+trực tiếp)?\s*$")
# a head of a body ("Chủ tịch Ủy ban nhân dân tỉnh", "Thủ trưởng các sở") and the verbs of a
# competence: "Chủ tịch UBND cấp tỉnh phê duyệt Đề án …" says who approves, a rule, not work
# (review r34-reception 2)
_HEAD = re.compile(r"(?:chủ tịch|thủ trưởng)(?![^\W_])")
_COMPETENCE = re.compile(
    r"(?:quyết định|phê duyệt|chấp thuận|cấp (?:giấy|phép)|cấp lại|ký quyết định|giao đất"
    r"|thẩm định|thẩm tra)(?![^\W_])"
)
# "Ủy ban nhân dân cấp tỉnh nơi có tiềm năng phát triển điện gió": where the body is, in its name
_PLACE = re.compile(r"(?<![^\W_])nơi có\s[^,;.()]*")
# A duty on a condition or on request: "… có trách nhiệm góp ý dự thảo khi được đề nghị", "…
# bồi thường nếu …" — a case, not standing work (round 31's council review)
# "… quyết định đơn giá thuê đất của từng dự án": a decision per case (round 26's decree)
_ON_CASE = re.compile(
    r"(?<![^\W_])(?:khi được|khi có yêu cầu|nếu|từng (?:dự án|trường hợp|hồ sơ))(?![^\W_])"
)


def reads_points(doc_title: str, duty_articles: int) -> bool:
    """Whether a regulation's topic articles are read point by point for bodies' duties: not a
    "Quy chế …" (lc-16: its topic articles' body points are procedure steps, its Chương III duty
    articles the work) nor a rulebook with six or more duty articles of its own."""
    return duty_articles < _DUTY_ARTICLES and not _RULE_TITLE.search(match_form(doc_title))


def gives_duty(text: str) -> bool:
    """A clause, point or paragraph whose own sentence opens on a body of government given a
    duty or a power ("2. UBND cấp xã cấp giấy phép xây dựng đối với …")."""
    low = match_form(text.strip())
    pos = m.end() if (m := _MARK.match(low)) else 0
    if _procedure(low, pos):
        return False
    if opening := _OPENING.match(low, pos):
        pos = opening.end()
    if assigns := _ASSIGNS.match(low, pos):  # "4. Giao Sở Nông nghiệp và Môi trường chủ trì …"
        pos = assigns.end()
    if charged := _CHARGED_BODY.match(low, pos):  # "Cơ quan, đơn vị tổ chức lập quy hoạch …"
        end = charged.end()
        return not (
            _ISSUES.match(low, end)
            or _LIABILITY.match(low, end)
            or _STANDING.match(low, end)
            or _ON_CASE.search(_first_sentence(low, end))
        )
    if not _BODY.match(low, pos) or not _named_room(text, low, pos):
        return False
    duty = _DUTY.search(low, pos + 2, pos + _NAME_CHARS + 40)
    if assigns is not None and (work := _ASSIGNED_WORK.search(low, pos + 2, pos + _NAME_CHARS)):
        duty = work if duty is None or work.start() < duty.start() else duty
    if duty is None or _ISSUES.match(low, duty.end()):
        return False
    if _HEAD.match(low, pos) and _COMPETENCE.match(low, duty.start()):
        return False
    # the case is the duty's own sentence's: "Giao Văn phòng … quản lý nơi tiếp công dân. Các
    # ban ngành khác … khi có yêu cầu …" gives the office standing work
    if _ON_CASE.search(_first_sentence(low, duty.end())):
        return False
    # "Thanh tra Chính phủ phối hợp với Bộ Nội vụ … ban hành Thông tư liên tịch hướng dẫn …": a
    # delegation shared by the bodies, `notices.delegations`' domain
    if low.startswith("phối hợp", duty.start()) and _co_issues(text.strip(), low, duty.start()):
        return False
    if _LIABILITY.match(low, duty.start()):
        return False
    # "Thủ trưởng các Sở, Ban, ngành phải trực tiếp chủ trì …": the body must do it itself
    name = _MUST.sub(" ", low[pos : duty.start()])
    name = _PLACE.sub(" ", re.sub(r"\([^()]*\)", " ", name))
    name = _ABBREVIATION.sub(" ", name)  # "Văn phòng UBND TP. An Bình" (review)
    # "Ban Quản lý các khu công nghệ cao …", "Phòng Quản lý đô thị": a verb in the body's name
    name = _MANAGING_BODY.sub(" ", name)
    return not (len(name) > _NAME_CHARS or re.search(r"[.;:]", name) or _NOT_NAME.search(name))


def _co_issues(text: str, low: str, start: int) -> bool:
    """ "phối hợp (với X) ban hành/hướng dẫn …" (a shared delegation) or "phối hợp thực hiện theo
    chức năng, nhiệm vụ" (no work). A verb before "hướng dẫn" is read as written: "Ủy ban Kiểm
    tra Trung ương Đảng" is a partner's name, "kiểm tra, hướng dẫn …" the bodies' own work."""
    first = _first_sentence(low, start)
    if _NO_WORK_COOP.match(first):
        return True
    issues = _CO_ISSUES.match(first)
    if issues is None:
        return False
    between = text[start + issues.start(1) : start + issues.end(1)]
    return not (_DUTY.search(between) or _OWN_WORK.search(between))


def _first_sentence(low: str, pos: int) -> str:
    return _SENTENCE_END.split(low[pos:], maxsplit=1)[0]


def _procedure(low: str, pos: int) -> bool:
    """A procedure's step: its first sentence timed from a filing ("Trong thời hạn 15 ngày kể từ
    ngày nhận được hồ sơ hợp lệ, UBND cấp huyện …"), or given a term ("… trong thời gian 05 ngày
    có trách nhiệm …") in a unit a later sentence of which is timed from one (bldtbxh-05's steps).
    "… trước khi phê duyệt. Sở Xây dựng có trách nhiệm gửi ý kiến trong vòng 07 ngày kể từ ngày
    nhận được đề nghị." (hn-71): a first sentence with no term is no step of a procedure."""
    first = _first_sentence(low, pos)
    if _PROCEDURE.search(first):
        return True
    # "… tiếp nhận hồ sơ. Trong thời hạn 05 ngày kể từ ngày nhận đủ hồ sơ, UBND cấp xã …" (review)
    later = _SENTENCE_END.split(low[pos:])[1:]
    for sentence in later:
        opening = _OPENING.match(sentence) if _TERM.match(sentence) else None
        if opening and _PROCEDURE.search(opening.group()):
            return True
    return bool(_PROCEDURE.search(low, pos) and _TERM.search(first))


def heads_body(text: str) -> bool:
    """ "1. Ủy ban nhân dân xã, phường, thị trấn: Khi nhận được hồ sơ …": a clause that names a
    body of government over its points, each of them its duty."""
    low = match_form(text.strip())
    pos = m.end() if (m := _MARK.match(low)) else 0
    if not _BODY.match(low, pos) or not _named_room(text, low, pos):
        return False
    colon = low.find(":", pos)
    name = low[pos:colon]
    # "1. Sở Nông nghiệp và Môi trường:" alone over its points heads a topic article's share
    # (round 28 (txtpdf)); its own step after the colon makes it the body's procedure
    step = len(low[colon + 1 :].split()) >= _STEP_WORDS
    return (
        step
        and not _MEMBER.match(low, colon + 1)
        and 0 < colon - pos <= _HEAD_CHARS
        and not re.search(r"[.;]", name)
        and not (_NOT_NAME.search(name) or _DUTY.search(name, 2))
    )


def _named_room(text: str, low: str, pos: int) -> bool:
    """ "Phòng Kinh tế", "Phòng Lao động - Thương binh và Xã hội" name a body; "Phòng ngủ",
    "Phòng sinh hoạt chung" a room."""
    if not low.startswith("phòng", pos):
        return True
    rest = text.strip()[pos + len("phòng") :].lstrip()
    return rest[:1].isupper()


def _leads_in(text: str) -> bool:
    """ "a) Bộ Tài chính có trách nhiệm:", "1. Sở Tài chính: …": a duty point whose dashes or
    points follow."""
    return text.rstrip(" *").endswith(":") or heads_body(text)


def _joined(unit: list[str]) -> str:
    return " ".join(p.strip() for p in unit)


def keep_duty_points(paragraphs: list[str], keep: list[bool]) -> list[bool]:
    """`keep` with every dropped clause, point or article paragraph that gives a named body of
    government a duty or a power kept, whole (to the next clause, point, dash, article or kept
    paragraph), the dropped article and clause headings above it, and the points or dashes a
    kept lead-in ("… có trách nhiệm:") opens — not the steps of a procedure run per application
    (`_application_steps`)."""
    out = list(keep)
    steps = _application_steps(paragraphs)
    article: int | None = None  # the headings the unit being read stands under
    clause: int | None = None
    start: int | None = None  # the dropped unit being read
    level: int | None = None  # a kept lead-in's depth: deeper units under it stay
    for i, paragraph in enumerate([*paragraphs, ""]):
        low = match_form(paragraph.strip())
        is_article = bool(ANY_ARTICLE.match(low))
        depth = _depth(low)
        # "Việc hỗ trợ thực hiện theo …" after "1. Sở Công Thương theo dõi.": an unmarked
        # sentence of the article's own, no part of the point above (round 31 (points) review)
        own = i > 0 and i < len(paragraphs) and depth is None and _own_sentence(paragraphs, i)
        ends = (
            i == len(paragraphs)
            or keep[i]
            or is_article
            or depth is not None
            or own
            or _CHAPTER.match(low) is not None
        )
        if ends and start is not None:
            unit = _joined(paragraphs[start:i])
            under = level is not None
            if start not in steps and (under or gives_duty(unit) or heads_body(unit)):
                out[start:i] = [True] * (i - start)
                for head in (article, clause):
                    if head is not None and head < start:
                        out[head] = True
                if not under and _leads_in(unit):
                    level = _depth(match_form(paragraphs[start].strip()))
                    level = 0 if level is None else level
            start = None
        if i == len(paragraphs):
            break
        if level is not None and (is_article or own or (depth is not None and depth <= level)):
            level = None
        if is_article or _CHAPTER.match(low):
            article, clause, level = (i if is_article else None), None, None
            continue
        if depth == 1:
            clause = i
        if not keep[i] and article is not None and (depth is not None or own or start is None):
            start = i
    return out


def _application_steps(paragraphs: list[str]) -> set[int]:
    """The steps a procedure's lead-in opens ("2. Trình tự giải quyết chế độ trợ cấp được thực
    hiện như sau:" over its points, or an unmarked "Trình tự xét hưởng … như sau:" over numbered
    clauses) when one of them files an application or takes one in ("a) Đối tượng … nộp 01 bộ
    hồ sơ …", "b) Ủy ban nhân dân cấp xã tiếp nhận hồ sơ, xét duyệt …"): the steps of a
    procedure run for each application, whose later steps ("d) Sở … xét duyệt, tổng hợp …",
    "đ) Ủy ban nhân dân cấp tỉnh ra quyết định …") say who acts on a case, no work given now
    (the README: a procedure's per-case steps are no tasks; ttg-62's Điều 7.2). A body's duty
    lead-in ("2. Ủy ban nhân dân cấp xã có trách nhiệm:" over "a) Tiếp nhận hồ sơ …") announces
    no procedure: its points are its work."""
    found: set[int] = set()
    lead: int | None = None  # the lead-in's own depth (0 unmarked) while its steps are read
    steps: list[int] = []
    for i, paragraph in enumerate([*paragraphs, ""]):
        low = match_form(paragraph.strip())
        depth = _depth(low)
        if lead is not None and i < len(paragraphs) and not ANY_ARTICLE.match(low):
            if depth == lead + 1:
                steps.append(i)
                continue
            if depth is not None and depth > lead + 1:
                continue  # a step's own points or dashes
            if depth is None and steps and not _closes(paragraphs[i - 1]):
                continue  # a step's wrapped line
        if any(files(paragraphs[j]) or receives(paragraphs[j]) for j in steps):
            found.update(steps)
        lead, steps = None, []
        announces = _STEPS_LEAD_IN.search(low) and low.rstrip(" *").endswith(":")
        if announces and not ANY_ARTICLE.match(low) and not gives_duty(paragraph):
            lead = 0 if depth is None else depth
    return found


def _closes(paragraph: str) -> bool:
    """The paragraph ends a sentence or a list item (no line wrapped on from it)."""
    return paragraph.rstrip(" *_").endswith((".", ";", ":", "!", "?"))


def _own_sentence(paragraphs: list[str], i: int) -> bool:
    """An unmarked paragraph that opens a sentence of its own after a marked one that closed, or
    after a marked topic heading ("2. Tiếp công dân đột xuất" over "Chủ tịch Ủy ban nhân dân tỉnh
    chủ trì tiếp công dân đột xuất …")."""
    before = paragraphs[i - 1].rstrip(" *")
    opening = paragraphs[i].lstrip(" *")[:1]
    low = match_form(before.strip())
    if _depth(low) is None or not opening.isupper():
        return False
    return before.endswith(".") or (_topic_heading(low) and _heads_work(paragraphs[i]))


def _heads_work(paragraph: str) -> bool:
    """The paragraph under a topic heading opens on a body of government at its work, not a
    party's step ("Chủ đầu tư nộp 01 bộ hồ sơ …") nor a competence ("Sở Xây dựng cấp giấy phép
    trong 15 ngày.") nor a line wrapped from the heading ("Nam tỉnh phối hợp …") (review
    r34-reception 4)."""
    low = match_form(paragraph.strip(" *"))
    if not _BODY.match(low):
        return False
    duty = _DUTY.search(low, 2, _NAME_CHARS + 40)
    return duty is not None and not _COMPETENCE.match(low, duty.start())


def _topic_heading(low: str) -> bool:
    """A short marked line with no sentence end that names a topic, not a body: "1. Tiếp công dân
    định kỳ" (not "1. Sở Tài chính" over its work on the next line)."""
    mark = _MARK.match(low)
    rest = low[mark.end() :] if mark else low
    return (
        len(rest.split()) <= _HEADING_WORDS
        and not rest.endswith((".", ",", ";", ":"))
        and _BODY.match(rest) is None
        and not _DUTY.search(rest)
    )


def _depth(low: str) -> int | None:
    """A marked paragraph's depth: clause 1, point 2, dash 3; None when unmarked."""
    if _CLAUSE.match(low):
        return 1
    if _POINT.match(low):
        return 2
    if _DASH.match(low):
        return 3
    return None
