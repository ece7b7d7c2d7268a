"""Whether a verb inside an assignee phrase ends it or belongs to a name: "Ban Chỉ đạo", "Sở Xây
dựng", "Công ty TNHH MTV Xây dựng Thành Đạt", "các cơ quan tham mưu", "dịch vụ đào tạo"."""

from __future__ import annotations

import re

from notices.lexicon import ORG_HEADS
from notices.subject_words import (
    DETERMINERS,
    END,
    HEAD_BEFORE,
    LEVEL_END,
    PREDICATE_RX,
    SUBJECT_VERBS,
    TERM_RX,
    TOKEN,
    alternation,
)

# Bodies whose name is a head noun plus a verb; elsewhere a verb after a name ends the subject.
# Each entry is the head's last syllable (the token before the verb) and the verb: "hội đồng
# thẩm định" is written "đồng thẩm định".
_HEAD_VERB_NAMES = (
    "ban chỉ đạo", "ban quản lý", "ban tổ chức", "ban điều hành", "ban giám sát", "ban soạn thảo",
    "tổ giúp việc", "tổ công tác", "tổ kiểm tra", "tổ thẩm định", "tổ chỉ đạo", "tổ tư vấn",
    "tổ biên tập", "đoàn kiểm tra", "đoàn giám sát", "đoàn thanh tra", "đoàn công tác",
    "đoàn đánh giá", "đoàn thẩm định", "đoàn khảo sát",
    "đồng thẩm định", "đồng tư vấn", "phận tiếp nhận", "tâm phục vụ", "tâm hỗ trợ",
    "tâm kiểm soát", "phòng quản lý", "cục quản lý", "phòng đăng ký", "tâm tổ chức",
    "nhà cung cấp", "tổ hòa giải", "tổ hoà giải", "đồng hòa giải", "đồng hoà giải",
    # "các cơ sở đào tạo trực thuộc Bộ", "Trung tâm bồi dưỡng chính trị": a school, not a verb
    "sở đào tạo", "sở bồi dưỡng", "tâm đào tạo", "tâm bồi dưỡng", "viện đào tạo",
    # "Cơ sở giáo dục đào tạo", "Sở Giáo dục đào tạo" written without "và"
    "dục đào tạo",
)  # fmt: skip
# "Cơ quan chủ trì: Hội đồng đánh giá tiếp cận pháp luật phường.": a council or board named by
# what it judges, when no other verb follows in the clause ("Hội đồng đánh giá kết quả thực
# hiện …" may as well be the council evaluating).
_JUDGING_NAMES = (
    "đồng đánh giá", "đồng xét duyệt", "đồng tuyển dụng", "đồng kiểm tra", "ban kiểm tra",
    "đồng nghiệm thu", "tổ nghiệm thu",
)  # fmt: skip
_CLAUSE_END = re.compile(r"[.;:]|$")
# "cơ quan tham mưu, giúp việc", "cơ quan quản lý nhà nước": the verb names the kind of agency.
# "các cơ quan thanh tra nhà nước": the state inspectorates, a kind of agency too
_AGENCY_ROLE = re.compile(
    r"(?:tham mưu|giúp việc|quản lý(?:\s+nhà nước)?|thanh tra\s+nhà nước)" + END
)
_AGENCY_BEFORE = re.compile(
    # "các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy": a Party committee's advisory bodies
    r"cơ quan(?:\s+chuyên trách)?"
    r"(?:\s+(?:tham mưu|giúp việc|quản lý(?:\s+nhà nước)?)\s*(?:,|và))*\s*$"
)
# "các cơ quan, tổ chức quản lý trực tiếp …": "trực tiếp" says how the agency manages, no verb.
_MANAGING_AGENCY = re.compile(r"(?<![^\W_])cơ quan(?:\s*,\s*tổ chức)?\s+quản lý\s+$")
# "Trung tâm Giáo dục thường xuyên", "hệ giáo dục thường xuyên": the kind of school or training,
# not the adverb ("Sở Giáo dục thường xuyên kiểm tra …", "cán bộ quản lý giáo dục thường xuyên …").
_CONTINUING_EDUCATION = re.compile(
    r"(?<![^\W_])(?:trung tâm|cơ sở|hệ|chương trình|phòng)\s+(?:[^,;:()]{0,40}\s)?giáo dục\s+$"
)
# "Các cơ quan cấp giấy phép:", "Bộ phận đóng dấu của Văn phòng cập nhật …": an issuing verb
# right after a bare group noun says which unit when the clause's verb (or a heading's colon)
# follows. "Các cơ sở giáo dục cấp văn bằng, chứng chỉ …": a school is such a group by its field.
_BARE_GROUP_BEFORE = re.compile(
    r"(?<![^\W_])(?:cơ quan|bộ phận|đơn vị|tổ chức|cơ sở(?:\s+(?:giáo dục|đào tạo))?)\s+$"
)


_INSPECTORATE = re.compile(
    r"thanh tra\s+(?:tỉnh|thành phố|huyện|quận|thị xã|sở|bộ|chính phủ)\b"
    # "Tổ chức pháp chế thuộc Bộ …": a ministry's legal department, not the verb "tổ chức"
    r"|tổ chức pháp chế\b"
)
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
        "ngoại giao",
        "công lập",  # "đơn vị sự nghiệp công lập", "trường công lập": public, not "lập"
        "bầu cử",  # "Ban bầu cử", "Tổ bầu cử": the election, not the verb "cử"
    }
)
_NOUN_TERM = re.compile(
    r"tổ chức(?:\s+(?:đảng|chính trị|xã hội|đoàn thể|cơ sở đảng|tín dụng|kinh tế|quần chúng"
    r"|hội(?!\s+(?:nghị|thảo|thi|diễn|chợ|trại)(?![^\W_])))"
    r"|\s*(?:,|và|hoặc)\s*cá nhân)"
    + END
    # "Ban An toàn giao thông tỉnh", "Ban Chỉ đạo tìm kiếm cứu nạn": traffic, search and rescue
    + r"|giao thông(?!\s+(?:tin|báo)(?![^\W_]))"
    + END
    + r"|tìm kiếm\s*(?:,|và)?\s*cứu\s+(?:nạn|hộ)"
    + END
)  # "các cơ quan, tổ chức, cá nhân liên quan": the noun pair, not the verb "tổ chức"


# "Phòng Kiểm tra Xây dựng và phòng cháy, chữa cháy": a capitalised word joined by "và" or ","
# to a lower-case noun is one more word of the office's name; a predicate goes on with a verb
# ("Sở Xây dựng Theo dõi, đôn đốc …") or with its object.
_JOINED_WORD = re.compile(r"\s*(?:và|,)\s*(?!(?:các|những|mỗi|từng)(?![^\W_]))(?=[^\W\d_])")


def _name_goes_on(low: str, end: int) -> bool:
    joined = _JOINED_WORD.match(low, end)
    return joined is not None and TERM_RX.match(low, joined.end()) is None


# "Các đơn vị duy trì thoát nước xây dựng kế hoạch …", "Đơn vị vận hành trạm bơm:": a unit
# named by the work it does. The qualifier is one of these verbs right after the group noun, its
# object names no verb, and the clause's own verb (or the colon of a heading) follows it.
_KIND_NOUN = (
    r"(?:đơn vị|cơ quan|doanh nghiệp|cơ sở|tổ chức|nhà thầu|chủ đầu tư|công ty|hợp tác xã"
    r"|cá nhân)"
)
# "Các cơ sở, doanh nghiệp cung cấp …": the kind may qualify a list of group nouns; "Các doanh
# nghiệp phần mềm, các doanh nghiệp cung cấp …": or the last member of a list of names.
_KIND_GROUP = re.compile(
    rf"(?:^|[,;]\s*|\svà\s+)(?:(?:các|những|mỗi)\s+)?{_KIND_NOUN}"
    rf"(?:\s*(?:,|và|hoặc)\s*{_KIND_NOUN})*\s*$"
)
# "Chính phủ, các cơ quan trình dự án tiếp tục …": the agencies that submit the bills; "Các đơn
# vị tổ chức thi chịu trách nhiệm …": the units that hold the exams.
_KIND_VERBS = frozenset(
    (
        "duy trì", "vận hành", "thi công", "cung cấp", "tham gia", "thu gom", "vận chuyển",
        "trình", "tổ chức",
    )
)  # fmt: skip
_MAX_KIND_OBJECT = 8
# "Các đơn vị tổ chức hội nghị triển khai …", "Các doanh nghiệp tổ chức 02 buổi diễn tập …":
# organising is most often the group's own work; it names a kind of unit only for what such
# units are known by (exams, admissions, festivals, events).
_HELD_BY_KIND = re.compile(r"\s+(?:thi|kỳ thi|sát hạch|tuyển sinh|lễ hội|sự kiện)(?![^\W_])")


# "Nhà thầu thi công", "đơn vị thi công": the construction contractor or unit by its trade, a
# name on its own when the clause's verb (or nothing, in a heading) follows it directly.
_TRADE_VERBS = frozenset(("thi công",))
# Nothing but a colon after a word: the heading's name ends there.
_NAME_ENDS = re.compile(r"\s*:?\s*$")


def _names_a_kind(low: str, start: int, pos: int, term: str) -> bool:
    if term not in _KIND_VERBS or not _KIND_GROUP.search(low[start:pos].strip()):
        return False
    at = pos + len(term)
    if term == "tổ chức" and not _HELD_BY_KIND.match(low, at):
        return False
    if term in _TRADE_VERBS and (
        _NAME_ENDS.match(low, at) or (low.startswith(" ", at) and PREDICATE_RX.match(low, at + 1))
    ):
        return True
    previous = ""
    for words, m in enumerate(TOKEN.finditer(low, at)):
        tok = m.group()
        if tok in (",", ";", "(", ")") or words > _MAX_KIND_OBJECT:
            return False
        if tok == ":":
            return words > 0
        if TERM_RX.match(low, m.start()) and not _names_service(low, at, m.start()):
            # "Các đơn vị tổ chức trực ban và thực hiện …": a verb joined by "và" is the
            # clause's second verb, so the first was its work too
            return words > 0 and previous != "và" and bool(PREDICATE_RX.match(low, m.start()))
        previous = tok
    return False


# "Các cơ sở giáo dục cấp văn bằng, chứng chỉ thực hiện …": the papers issued may be a list.
_MORE_PAPERS = re.compile(r",\s*(?:văn bằng|chứng chỉ|chứng nhận|giấy|thẻ|bằng)(?![^\W_])")


def _names_an_issuer(low: str, start: int, pos: int, term: str) -> bool:
    if term not in SUBJECT_VERBS or not _BARE_GROUP_BEFORE.search(low, start, pos):
        return False
    for words, m in enumerate(TOKEN.finditer(low, pos + len(term))):
        tok = m.group()
        if tok == "," and _MORE_PAPERS.match(low, m.start()):
            continue
        if tok in (",", ";", "(", ")") or words > _MAX_KIND_OBJECT:
            return False
        if tok == ":":
            return True
        if TERM_RX.match(low, m.start()):
            return bool(PREDICATE_RX.match(low, m.start()))
    return False


# "dịch vụ đào tạo", "dịch vụ tư vấn": a verb of a service right after "dịch vụ" names the
# service; a predicate's opener ("… dịch vụ triển khai …", "… dịch vụ thực hiện …") is the work.
_SERVICE_BEFORE = re.compile(r"(?<![^\W_])dịch vụ\s+$")
_SERVICES = re.compile(
    r"(?:đào tạo|bồi dưỡng|tư vấn|vận chuyển|vận tải|lưu trú|ăn uống|lữ hành|bưu chính|viễn thông"
    r"|chuyển phát|kiểm định|thẩm định|giám định|định giá|đấu giá|bảo vệ|bảo hiểm|chăm sóc|khám"
    r"|xét nghiệm|cấp nước|thoát nước|thu gom|xử lý|vệ sinh|sửa chữa|bảo dưỡng|bảo trì|cho thuê"
    r"|môi giới|quảng cáo|kế toán|kiểm toán|công chứng|chứng thực|thanh toán|hỗ trợ|truyền hình"
    r"|phát thanh|lưu trữ|cung ứng|trông giữ|giới thiệu|dạy|dạy nghề|đo đạc|khảo sát|thiết kế"
    r"|giám sát|quản lý|vận hành|cứu hộ|giao nhận|tiêm chủng)" + END
)


def _names_service(low: str, start: int, pos: int) -> bool:
    """ "dịch vụ đào tạo": the word at `pos` names the service "dịch vụ" before it offers."""
    return bool(_SERVICE_BEFORE.search(low, start, pos)) and bool(_SERVICES.match(low, pos))


_LISTED_ORGANISATION = re.compile(
    r"tổ chức(?=\s*(?:[,;:]|$|và\s|có liên quan|liên quan|thuộc\s|trực thuộc|trên địa bàn"
    # "các cơ quan, đơn vị, tổ chức khi có yêu cầu …", "…, tổ chức phải …": a condition or a
    # modal follows the list, never the object the verb "tổ chức" needs
    r"|(?:khi|nếu|phải|cần|có trách nhiệm|chịu trách nhiệm)\s))"
)


# "Người đứng đầu cơ quan, tổ chức chỉ đạo …", "…, tổ chức căn cứ quy định …", "…, tổ chức trong
# phạm vi …": after "cơ quan, " the noun of the pair when what follows cannot be the object the
# verb "tổ chức" takes (a verb of its own, a scope, a ground) (round 33 (left))
_PAIRED_ORGANISATION = re.compile(
    r"tổ chức\s+(?:chỉ đạo|căn cứ|trong phạm vi|theo (?:chức năng|thẩm quyền|quy định)|chủ trì"
    r"|chủ động|bố trí|phân công|quyết định|ban hành|tùy theo|tuỳ theo|thường xuyên)" + END
)
_PAIR_BEFORE = re.compile(r"(?<![^\W_])cơ quan\s*,\s*$")


_PARTY_BUILDING = re.compile(r"xây dựng đảng" + END)
# "Ban Điều hành Chương trình hỗ trợ pháp lý …", "Ban Quản lý Đề án phát triển …": a
# programme named after a body's head; the verb right after the programme's noun opens its title.
_PROGRAMME_BEFORE = re.compile(
    rf"(?<![^\W_])(?:{alternation(ORG_HEADS)})\s+[^\W\d_][^,;:()]*?(?<![-–])\s"
    r"(?P<programme>chương trình|đề án|dự án|kế hoạch|chiến lược)\s+$"
)  # "Vụ Kế hoạch chủ trì", "Phòng Tài chính - Kế hoạch": a field of the body's own name;
# "Ban Quản lý dự án dự trù …": a programme is titled (capitalised), a generic project is not
# A programme's title opens with what it is for ("Chương trình hỗ trợ …", "Đề án phát triển …");
# a work verb after "Ban Quản lý Dự án", "Tổ giúp việc Đề án" is the board's work.
_TITLE_OPENS = re.compile(
    r"(?:hỗ trợ|phát triển|nâng cao|giảm|giảm thiểu|phòng|phòng chống|phòng, chống|chống|bảo vệ"
    r"|bảo tồn|ứng dụng|đổi mới|chuyển đổi|cải thiện|cải tạo|thúc đẩy|khôi phục|phục hồi|xóa|xoá"
    r"|đào tạo|cải cách|nâng cấp|hiện đại hóa|hiện đại hoá|mở rộng|khuyến khích|cấp nước"
    r"|tái định cư|tái cơ cấu|di dời|ổn định|thu hút|xúc tiến|chăm sóc|bình đẳng|kiên cố hóa"
    r"|kiên cố hoá)" + END
)


_PLACE_LIKE_VERB = re.compile(r"cần thơ" + END)
# Verbs that also name a field of work ("xây dựng": construction, "đầu tư": investment) and close
# a body's proper name ("Cục Kết cấu hạ tầng xây dựng", "Hiệp hội Nhà thầu xây dựng") when the
# clause's own role or modal follows them directly; otherwise they are the work ("Sở Y tế xây
# dựng kế hoạch", "UBND tỉnh đầu tư xây dựng trường học").
_DOMAIN_VERBS = frozenset({"xây dựng", "đầu tư"})
_ROLE_NEXT = re.compile(
    r"\s+(?:chủ trì|phối hợp|tham mưu|có trách nhiệm|chịu trách nhiệm|hoàn thành|khẩn trương"
    r"|chủ động|tiếp tục|phải|cần)" + END
)


# Nothing after the field "đầu tư xây dựng": a heading that only names its body ("4. Giao Cục
# Quản lý đầu tư xây dựng" over the points it is to do; "Giao Sở Y tế xây dựng:" is work). The
# field is written in lower case; "Đầu tư" ending "Kế hoạch và Đầu tư" closes the name, so
# "Giao Sở Kế hoạch và Đầu tư xây dựng:" is work.
_FIELD_BEFORE = re.compile(r"(?<![^\W_])(?<!và )đầu tư\s+$")


def _closes_named_body(text: str, low: str, start: int, pos: int, term: str) -> bool:
    after = pos + len(term)
    ends = _NAME_ENDS.match(low, after) is not None and _FIELD_BEFORE.search(text, start, pos)
    if term not in _DOMAIN_VERBS or not (_ROLE_NEXT.match(low, after) or ends):
        return False
    words = text[start:pos].split()
    return len(words) >= 2 and sum(w[:1].isupper() for w in words) >= 2


# A place's own name after a level word: "huyện Cần Giuộc", "huyện Cần Đước".
_PLACE_NAME = re.compile(r"\s+[A-ZĐÀ-Ỹ][^\W\d_]*(?![^\W_])")
# A company named by its field and a proper name: "Công ty Cổ phần Tư vấn xây dựng Sông Đà",
# "Công ty TNHH MTV Xây dựng Thành Đạt"; "Công ty A xây dựng Kế hoạch …" builds a document.
_COMPANY_BEFORE = re.compile(
    r"(?<![^\W_])(?:công ty|tổng công ty|tập đoàn|liên doanh|doanh nghiệp|hợp tác xã)(?![^\W_])"
)
_BUILT_THING = re.compile(
    r"\s+(?:kế hoạch|đề án|chương trình|quy chế|quy định|báo cáo|dự thảo|phương án|hướng dẫn"
    r"|nhà|trường|trụ sở|cầu|đường|bệnh viện|trạm|khu|dự án|công trình)(?![^\W_])"
)


def _company_field(text: str, low: str, start: int, pos: int, term: str) -> bool:
    if term not in _DOMAIN_VERBS | {"tư vấn"}:
        return False
    after = pos + len(term)
    if not _PLACE_NAME.match(text, after) or _BUILT_THING.match(low, after):
        return False
    return _COMPANY_BEFORE.search(low, start, pos) is not None


# How a body takes part ("Sở Y tế - Chủ trì, …", "UBND huyện - Phối hợp"): a role, not a field.
_ROLE_AFTER_DASH = re.compile(
    r"(?:chủ trì|phối hợp|thực hiện|triển khai|tham gia|có trách nhiệm|chịu trách nhiệm)" + END
)
_FIELD_THEN = re.compile(r"\s*(?:[:;.]|$)|\s+(?=[^\W\d_])")


def _second_field(low: str, pos: int, term: str) -> bool:
    """A capitalised verb right after the dash of a body's name ("Phòng Hành chính - Tổng hợp",
    "Phòng Tổ chức - Kiểm tra") is its second field when the clause's verb (or the heading's colon,
    or nothing) follows it; a verb with its object after the dash is the work ("Sở Y tế - Tổng
    hợp kết quả …"), a role is how the body takes part."""
    if _ROLE_AFTER_DASH.match(low, pos):
        return False
    after = pos + len(term)
    follows = _FIELD_THEN.match(low, after)
    if follows is None:
        return False
    if follows.end() >= len(low) or low[follows.end() - 1 : follows.end()] in (":", ";", "."):
        return True
    return TERM_RX.match(low, follows.end()) is not None


# "Học viện" right before "viện": the academy's name is whole, a verb may follow it.
_ACADEMY_BEFORE = re.compile(r"(?<![^\W_])học\s+$")


def ends_subject(
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
    if text[pos].isupper() and previous in ("thuộc", "của"):
        return False  # "Phòng … thuộc Tổ chức pháp chế Bộ": whose unit it is, then the verb
    if text[pos].isupper() and (
        _PLACE_LIKE_VERB.match(low, pos) or (term == "cần" and _PLACE_NAME.match(text, pos + 3))
    ):
        return False  # "… công nghiệp Cần Thơ", "Cần Giờ": the place, not the modal "cần"
    if (
        text[pos].isupper()
        and _PLACE_NAME.match(text, pos + len(term))
        and (level := LEVEL_END.search(low, start, pos))
        and text[level.start()].islower()  # "Công an Thành phố Chỉ đạo …": the name, then work
    ):
        return False  # "Ủy ban nhân dân huyện Cần Giuộc": after a level, a capital is the place
    if text[pos].isupper() and _company_field(text, low, start, pos, term):
        return False  # "Công ty TNHH MTV Xây dựng Thành Đạt": the company's field in its name
    if text[pos].isupper() and previous in ("-", "–") and _second_field(low, pos, term):
        return False  # "Phòng Hành chính - Tổng hợp kiểm tra …": the name's second field
    if text[pos].isupper():
        # A capital inside the phrase is part of a name ("Ban Chỉ đạo", "Sở Xây dựng"), unless
        # a predicate verb follows a complete name: "Sở Xây dựng Theo dõi, đôn đốc …".
        head = HEAD_BEFORE.search(low, start, pos)
        if head is not None and any(a < head.start() < b for a, b in fields):
            head = None  # "… Nông nghiệp và Môi trường": "trường" ends a field, not a head
        return (
            bool(PREDICATE_RX.match(low, pos))
            and head is None
            and not _name_goes_on(low, pos + len(term))
            and previous not in (",", ";", "và")  # "các Sở Tài chính, Xây dựng và Y tế"
            and not any(a < pos < b for a, b in fields)
        )
    if previous in DETERMINERS:
        return False  # "các tổ chức", "những đơn vị"
    if _closes_named_body(text, low, start, pos, term) or _company_field(
        text, low, start, pos, term
    ):
        return False  # "Cục Kết cấu hạ tầng xây dựng tham mưu …": the field, then the verb
    if _names_service(low, start, pos):
        return False  # "doanh nghiệp cung cấp dịch vụ đào tạo": the service, not the verb
    programme = _PROGRAMME_BEFORE.search(low, start, pos)
    if programme and text[programme.start("programme")].isupper() and _TITLE_OPENS.match(low, pos):
        return False  # "Ban Điều hành Chương trình hỗ trợ …": the programme's title
    if previous == "ban" and _PARTY_BUILDING.match(low, pos):
        return False  # "Trưởng ban xây dựng Đảng": the Party's organising board
    if f"{previous.rsplit('/', 1)[-1]} {term}".startswith(_HEAD_VERB_NAMES) and not (
        previous == "viện" and _ACADEMY_BEFORE.search(low, start, previous_pos)
    ):
        # "Trường/Viện đào tạo": the last of the heads a slash joins; "Học viện đào tạo …" is
        # the academy, then its work
        return False  # "Ban chỉ đạo", "Đoàn kiểm tra": a verb right after a head names the body
    if term == "kiểm tra" and low.endswith("ủy ban ", start, pos):
        return False  # "ủy ban kiểm tra Đảng", "ủy ban kiểm tra cấp ủy": the Party's inspection
    if f"{previous} {term}".startswith(_JUDGING_NAMES):
        after = pos + len(term)
        end = _CLAUSE_END.search(low, after)
        if not TERM_RX.search(low, after, end.start() if end else len(low)):
            return False
    if f"{previous} {term}" in _NOUN_COMPOUNDS:
        # The whole verb read, not its first syllable: "… Ban Chỉ đạo 389 quốc gia tăng cường"
        # ends at "tăng cường", not inside a "gia tăng".
        return False
    if _NOUN_TERM.match(low, pos):
        return False  # "các cấp ủy, tổ chức đảng": a body, not the verb "tổ chức"
    if previous == "," and _LISTED_ORGANISATION.match(low, pos):
        return False  # "các cơ quan, tổ chức có liên quan": one more noun of the list
    if (
        previous == ","
        and _PAIRED_ORGANISATION.match(low, pos)
        and _PAIR_BEFORE.search(low, 0, pos)
    ):
        return False  # "Người đứng đầu cơ quan, tổ chức chỉ đạo …": the pair, then the verb
    if _names_a_kind(low, start, pos, term):
        return False  # "Các đơn vị duy trì thoát nước xây dựng …": which units, then the verb
    if _AGENCY_ROLE.match(low, pos) and _AGENCY_BEFORE.search(low[max(start, pos - 60) : pos]):
        return False  # "các cơ quan tham mưu, quản lý nhà nước thuộc Bộ": what kind of agency
    if term in _PLAN_VERBS and _plan_qualifies(low, pos + len(term)):
        return False  # "các đơn vị có phương án … bị ảnh hưởng gửi hồ sơ": which ones
    if _names_an_issuer(low, start, pos, term):
        return False  # "Các cơ quan cấp giấy phép rà soát …": which agencies, then the verb
    if term == "thường xuyên" and _CONTINUING_EDUCATION.search(low, max(start, pos - 80), pos):
        return False  # "Trung tâm Giáo dục thường xuyên": the school, not the adverb
    if (
        term == "trực tiếp"
        and _MANAGING_AGENCY.search(low, max(start, pos - 40), pos)
        and not TERM_RX.match(low, low.find(" ", pos) + 1)  # "trực tiếp nhận": "tiếp nhận"
    ):
        return False  # "các cơ quan quản lý trực tiếp cơ sở giáo dục": which agency manages them
    return not any(a < pos < b for a, b in fields)


_PLAN_VERBS = ("có phương án", "có biện pháp", "có giải pháp")
# "Các doanh nghiệp có giải pháp công nghệ mới đăng ký tham gia …", "các đơn vị có phương án …
# bị ảnh hưởng gửi hồ sơ …": an asking verb later in the clause, straight after the plan's words
# (no "và" or "để" before it, no comma between), is the clause's verb; the plan says which ones.
# After a comma it is the plan's ("có phương án huy động lực lượng, các ban … tham gia …").
_LATER_ASK = re.compile(
    r"(?<=[^\W\d_] )(?<!(?<![^\W_])và )(?<!(?<![^\W_])để )(?<!nhằm )"
    r"(?:gửi|nộp|đăng ký|tham gia|chia sẻ|báo cáo|đề xuất|liên hệ|cung cấp|trình bày)" + END
)


_PLAN_END = re.compile(r"[.;:,]|$")


def _plan_qualifies(low: str, after: int) -> bool:
    end = _PLAN_END.search(low, after)
    return _LATER_ASK.search(low, after, end.start() if end else len(low)) is not None
