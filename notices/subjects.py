"""Where an assignee phrase ends: at the first role or action word, not at the first comma.

"Sở Xây dựng chủ trì …" ends before "chủ trì"; "Ban Chỉ đạo", "các tổ chức", "cơ quan tham mưu,
quản lý nhà nước" hold a verb inside the name and go on; "Các chủ rừng là tổ chức" keeps its
qualifier; ", nhất là …" singles out some of the subject and is cut off.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from notices.duties import DUTY, duty_field_end
from notices.lexicon import ACTION_WORDS, DUTY_PHRASE, ORG_HEADS, PREDICATE_STARTS, WORK_VERBS
from notices.names import assignee_start, known_field_spans, members_of
from notices.ocr_words import LoosePhrases, loose
from notices.text import match_form

# "Phó Chủ tịch, phụ trách lĩnh vực kinh tế và Trưởng Công an xã": a second title after the field.
_ANOTHER_TITLE = re.compile(
    r"\s+và\s+(?:(?:đồng chí|đ/c)\s+)?(?:phó\s+)?(?:trưởng|chủ tịch|giám đốc|chánh|bí thư"
    r"|thủ trưởng|chỉ huy trưởng)(?![^\W_])"
)

_END = r"(?![^\W_])"


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# "lãnh đạo" alone is usually a noun ("lãnh đạo các phòng"); with "chỉ đạo" it is the verb pair.
# "Văn phòng Đăng ký đất đai cấp giấy chứng nhận …", "Các đơn vị ký tên, đóng dấu …": "cấp" with
# what is issued and the signing verbs are the work; "cấp xã", "ký kết" stay what they are.
_SUBJECT_VERBS = (
    "cấp giấy", "cấp phép", "cấp mới", "cấp đổi", "cấp lại", "cấp phát", "cấp bù", "ký tên",
    "ký xác nhận", "ký duyệt", "đóng dấu", "xác nhận", "định hướng cho",
    # "Đề nghị các cơ quan, đơn vị truy cập …", "Cấp ủy, chính quyền các huyện có phương án …",
    # "các đồng chí Ủy viên … cho ý kiến đối với dự thảo": verb phrases after the names ("có
    # tỷ lệ …", "có cụm công nghiệp" say which ones and stay in them)
    "truy cập", "có phương án", "có biện pháp", "có giải pháp", "cho ý kiến",
    # "… đề nghị Văn phòng UBND tỉnh đăng thông tin …": what is published
    "đăng thông tin", "đăng tin", "đăng tải",
    # "Các địa phương tạo điều kiện hỗ trợ …": the help given, after the names
    "tạo điều kiện",
)  # fmt: skip
_TERM_RX = re.compile(
    rf"(?:{_alternation((*ACTION_WORDS, *_SUBJECT_VERBS, 'lãnh đạo, chỉ đạo'))}){_END}"
    rf"|{DUTY_PHRASE}(?=\s*(?:$|[:,;.]|(?:{_alternation((*ACTION_WORDS, *WORK_VERBS))}){_END}))"
)
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
# "…, nhất là …", and "Sở Y tế, ngoài các nhiệm vụ trên, chủ trì …": an aside between the
# names and the verb (the "ngoài …" one runs to its closing comma)
_ASIDE = re.compile(
    r"(?:nhất là|đặc biệt là|trước hết là)\s"
    r"|ngoài\s+(?:(?:các|những)\s+)?(?:nhiệm vụ|nội dung|công việc|việc)(?![^\W_])[^,;.:]*(?=,)"
    # "Giao Văn phòng, trong báo cáo 6 tháng gửi Bộ, nêu rõ …", "Sở Y tế, theo chức năng, nhiệm
    # vụ được giao, …": when, where or how, set off by commas between the names and the verb
    r"|(?:trong|trước|sau|tại|theo|khi|căn cứ|trên cơ sở)\s[^,;.:]*(?=,)"
)
_QUALIFIER = re.compile(
    r"là\s+(?:tổ chức|cá nhân|hộ gia đình|doanh nghiệp|chủ đầu tư|chủ rừng|chủ sở hữu)"
    r"(?:\s*(?:,|và|hoặc)\s*(?:tổ chức|cá nhân|hộ gia đình))*" + _END
)
# Bodies whose name is a head noun plus a verb; elsewhere a verb after a name ends the subject.
# Each entry is the head's last syllable (the token before the verb) and the verb: "hội đồng
# thẩm định" is written "đồng thẩm định".
_HEAD_VERB_NAMES = (
    "ban chỉ đạo", "ban quản lý", "ban tổ chức", "ban điều hành", "ban giám sát", "ban soạn thảo",
    "tổ giúp việc", "tổ công tác", "tổ kiểm tra", "tổ thẩm định", "tổ chỉ đạo", "tổ tư vấn",
    "tổ biên tập", "đoàn kiểm tra", "đoàn giám sát", "đoàn thanh tra", "đoàn công tác",
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
_AGENCY_ROLE = re.compile(r"(?:tham mưu|giúp việc|quản lý(?:\s+nhà nước)?)" + _END)
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
# follows.
_BARE_GROUP_BEFORE = re.compile(r"(?<![^\W_])(?:cơ quan|bộ phận|đơn vị|tổ chức|cơ sở)\s+$")
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
        "ngoại giao",
        "công lập",  # "đơn vị sự nghiệp công lập", "trường công lập": public, not "lập"
        "bầu cử",  # "Ban bầu cử", "Tổ bầu cử": the election, not the verb "cử"
    }
)
# "bầu cử" names the election (a noun) only after a body or a matter it belongs to.
_VOTE = re.compile(r"bầu cử" + _END)
_ELECTION_NOUN = re.compile(
    r"(?<![^\W_])(?:ban|tổ|hội đồng|(?:ủy|uỷ) ban|trưởng ban|công tác|chỉ đạo|đơn vị|cuộc"
    r"|tiểu ban)\s+$"
)
_NOUN_TERM = re.compile(
    r"tổ chức(?:\s+(?:đảng|chính trị|xã hội|đoàn thể|cơ sở đảng|tín dụng|kinh tế|quần chúng"
    r"|hội(?!\s+(?:nghị|thảo|thi|diễn|chợ|trại)(?![^\W_])))"
    r"|\s*(?:,|và|hoặc)\s*cá nhân)"
    + _END
    # "Ban An toàn giao thông tỉnh", "Ban Chỉ đạo tìm kiếm cứu nạn": traffic, search and rescue
    + r"|giao thông(?!\s+(?:tin|báo)(?![^\W_]))"
    + _END
    + r"|tìm kiếm\s*(?:,|và)?\s*cứu\s+(?:nạn|hộ)"
    + _END
)  # "các cơ quan, tổ chức, cá nhân liên quan": the noun pair, not the verb "tổ chức"
# "Các cơ quan được phân công chủ trì thực hiện nhiệm vụ … có trách nhiệm lập …": the verbs
# after "được giao / được phân công" qualify the subject; its own verb comes after them.
_PASSIVE_ASSIGNED = re.compile(r"(?<![^\W_])được\s+(?:giao|phân công)" + _END)
_MAIN_AFTER_PASSIVE = re.compile(r"(?<![^\W_])(?:có|chịu)\s+trách\s+nhiệm" + _END)
_MAX_SUBJECT_TOKENS = 60
_ENUM_BEFORE_COLON = re.compile(
    rf"(?:(?:các|những)\s+(?:{_alternation(ORG_HEADS)})(?:\s+các nước)?"
    r"|(?:ubnd|ủy ban nhân dân)\s+các\s+(?:xã|phường|huyện|thị trấn|tỉnh|thành phố|quận))"
    r"(?:\s*,\s*(?:ban|ngành|đơn vị|cơ quan|địa phương|xã|phường|thị trấn|thành phố))*"
    r"(?:\s+trực thuộc (?:trung ương|tỉnh))?\s*:$"
)


@dataclass(frozen=True, slots=True)
class Span:
    end: int
    term: str  # the word that ended the subject ("chủ trì", "tập trung", ":"); "" at clause end
    term_end: int


# A role the OCR misread one syllable of ("chi trì", "chủ tri", "phôi hợp"): notices.ocr_words.
_MISREAD_ROLES = LoosePhrases(
    ("chủ trì", "phối hợp", "có trách nhiệm", "chịu trách nhiệm", "tham mưu", "khẩn trương"),
    letter_slip=True,
)
# … and a verb with one syllable's marks misread ("đây mạnh công tác đối thoại" for "đẩy mạnh")
_MISREAD_VERBS = LoosePhrases((w for w in WORK_VERBS if " " in w), not_misread=("công nhân",))


_SYLLABLE_AFTER_SPACE = re.compile(r"(?<= )[^\W\d_]")


def _exact_inside(low: str, pos: int, end: int) -> bool:
    """A word written right starts inside a phrase read as misread: "tình hình thanh tra" is
    "thanh tra", not "hình thành" with its tone lost."""
    return any(
        _TERM_RX.match(low, m.start()) or _WORK_RX.match(low, m.start())
        for m in _SYLLABLE_AFTER_SPACE.finditer(low, pos, end)
    )


def scan_subject(text: str, low: str, start: int) -> Span | None:
    """Where the assignee phrase starting at `start` ends: at the first role or action word."""
    depth = 0
    tokens = 0
    fields = known_field_spans(low)
    previous = ""
    previous_pos = start
    skip_to = start
    cut: int | None = None  # where ", nhất là …" starts: the names end there, the verb is later
    resumed: re.Match[str] | None = None  # the word after that aside
    topic = False  # inside "chuyên trách về <topic>": only a predicate's opening word ends it
    topic_from = start
    folded: str | None = None  # `low` with its marks gone, when a misread word is looked for
    for m in _TOKEN.finditer(low, start):
        tok, pos = m.group(), m.start()
        if pos < skip_to:
            continue
        if previous == "," and cut is None and (aside := _ASIDE.match(low, pos)):
            cut = low.rindex(",", start, pos)
            skip_to, tokens = aside.end(), 0
            resumed = _RESUMED_WORD.match(text, aside.end())
            continue
        if pos > start and (duty := DUTY.match(low, pos)):
            # "Chuyên viên phụ trách tổng hợp tham mưu …": the field is part of the name even
            # when a word of it is a verb; "Phó Chủ tịch, phụ trách lĩnh vực …" only describes
            # the person the title before the comma names.
            field_end = duty_field_end(text, low, duty.end())
            if previous == "," and cut is None and not _ANOTHER_TITLE.match(low, field_end):
                cut = low.rindex(",", start, pos)  # "…, phụ trách X và Trưởng Công an xã": on
            skip_to, tokens = field_end, 0
            previous, previous_pos = "", pos
            continue
        if (
            cut is None
            and _ABOUT_ACTIVITY.match(low, pos)
            and low.endswith("liên quan ", start, pos)
        ):
            # "Các sở, ngành có liên quan tới việc thực hiện Kế hoạch này có trách nhiệm …",
            # "… đơn vị có liên quan đến các lĩnh vực kiến nghị …, có trách nhiệm": what they
            # are concerned with says which ones; the names end at "có liên quan"
            cut = pos
            skip_to, tokens = _after_concern(low, pos), 0
            continue
        if pos > start and cut is None and (manner := _MANNER.match(low, pos)):
            # "Ủy ban MTTQ tỉnh và các đoàn thể bằng nhiều hình thức … tuyên truyền …": how
            # they will do it comes between the names and the verb
            cut = pos
            skip_to, tokens = manner.end(), 0
            continue
        if tok == "được" and pos > start and (by := _ASSIGNED_BY.match(text, pos)):
            skip_to = by.end()  # "các Hội được Đảng, Nhà nước giao nhiệm vụ": which ones
            previous, previous_pos = "", pos
            continue
        if tok == "là" and (qualifier := _QUALIFIER.match(low, pos)):
            if cut is None and _describes_named_body(text, low, start, pos, qualifier.end()):
                cut = pos  # "Các Ban Quản lý Dự án … là chủ đầu tư các công trình …"
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
            if depth == 0 and cut is None and (after := _after_members(text, start, m.end())):
                return after
            continue
        if depth:
            continue
        if tok == ":":
            if _ENUM_BEFORE_COLON.search(low, start, pos + 1) and low[pos + 1 :].strip(" ,;:.-–"):
                continue  # "các Sở, ngành: Nội vụ, Tư pháp …" goes on after the colon
            return Span(pos if cut is None else cut, ":", pos + 1)
        if tok in ",;":
            previous, topic = tok, False
            if tok == ";":
                tokens = 0  # "Đề nghị A; B; C …: tổ chức …": the bound is on each listed name
            continue
        tokens += 1
        if tokens > _MAX_SUBJECT_TOKENS:
            return None
        if (
            pos > start
            and (opens := _OPENS_CLAUSE.match(low, pos))
            and not (text[pos].isupper() and opens.group().startswith(("tùy", "tuỳ")))
        ):
            # "các Chủ đầu tư khi chưa bàn giao …", "Phó Thủ tướng … đi kiểm tra": a condition
            # or a going-to before the work ends the names
            return Span(pos if cut is None else cut, opens.group(), opens.end())
        vote = _VOTE.match(low, pos) if pos > start else None
        if vote and not _ELECTION_NOUN.search(low, 0, pos):
            # "Các chi bộ bầu cử đại biểu …": the verb; "Tổ bầu cử", "công tác bầu cử": a noun
            return Span(pos if cut is None else cut, vote.group(), vote.end())
        if cut is None and (governs := _governs_body(text, low, start, pos, previous)):
            return governs  # "Ban Thường vụ Đảng ủy Quốc hội lãnh đạo Ủy ban …"
        term = _TERM_RX.match(low, pos)
        if term is None and pos > start and text[pos].islower():
            folded = folded if folded is not None else loose(low)
            misread = _MISREAD_ROLES.match(low, pos, folded) or _MISREAD_VERBS.match(
                low, pos, folded
            )
            if misread is not None and not _exact_inside(low, pos, misread[0]):
                return Span(pos if cut is None else cut, misread[1], misread[0])  # "chi trì" (OCR)
        if term is None and cut is None and level_then_work(text, low, start, pos):
            work = _WORK_RX.match(low, pos)
            assert work is not None
            return Span(pos, work.group(), work.end())
        if term is None and _after_dashed_field(text, low, start, pos, fields):
            # "Giao Phòng Tài chính - Kế hoạch cân đối nguồn vốn …": a verb the lexicon does
            # not know, right after a dashed field that is whole, ends the name
            return Span(pos if cut is None else cut, tok, m.end())
        if term and text[pos].isupper() and _FIELD_PAIR.search(low, start, pos):
            level = _LEVEL_NEXT.match(low, term.end())
            if level is not None:  # "Công chức Địa chính - Xây dựng xã chuẩn bị …"
                skip_to = level.end()
                previous, previous_pos = "", pos
                continue
        if (
            term
            and " " not in term.group()
            and text[pos].isupper()
            and pos > start
            and text[previous_pos].isupper()
            and previous not in (",", ";")
            and low[pos + len(term.group()) : pos + len(term.group()) + 1] in (" ", "")
        ):
            # "xã Tân Lập", "thôn Phú Thành": a one-syllable verb capitalised inside a place's
            # name is a syllable of the name
            previous, previous_pos = tok, pos
            continue
        if term and term.group() == "về" and _SPECIALISED_BEFORE.search(low, start, pos):
            topic = True  # "Các đơn vị chuyên trách về chuyển đổi số": what they are for
            topic_from = m.end()
            previous, previous_pos = tok, pos
            continue
        first_of_topic = topic and not low[topic_from:pos].strip()
        if (
            topic
            and not first_of_topic  # "chuyên môn về xây dựng": the topic's first word is its own
            and (_TOPIC_END.match(low, pos) or (term and _PREDICATE_RX.match(low, pos)))
        ):
            topic = False
        if topic:
            previous, previous_pos = tok, pos
            continue
        if term and _ends_subject(
            text, low, pos, start, previous, previous_pos, term.group(), fields
        ):
            main = _after_passive(low, start, pos)
            if main is not None and cut is None:
                return Span(main.start(), match_form(main.group()), main.end())
            return Span(pos if cut is None else cut, term.group(), term.end())
        previous, previous_pos = tok, pos
    if cut is not None and resumed is not None:
        # "Giao Sở Tài chính, trong tháng 6, làm rõ khó khăn": a verb the lexicon does not know
        # right after the aside; the names still end before the aside
        return Span(cut, match_form(resumed.group(1)), resumed.end(1))
    return Span(len(text) if cut is None else cut, "", len(text))


# "các Hội được Đảng, Nhà nước giao nhiệm vụ …", "đơn vị được Ủy ban nhân dân tỉnh phân công":
# a passive with its capitalised agent qualifies the group; it is not the clause's verb.
_ASSIGNED_BY = re.compile(
    r"được\s+[A-ZĐÀ-Ỹ][^;:()]{0,60}?\s(?:giao|phân công)\s+nhiệm vụ(?![^\W_])"
)


# What a qualifier's noun governs: "là chủ đầu tư các công trình …", "… là chủ đầu tư dự án".
_QUALIFIER_OBJECT = re.compile(r"\s+(?=[^\W\d_])")


def _describes_named_body(text: str, low: str, start: int, pos: int, end: int) -> bool:
    """ "Các Ban Quản lý Dự án trên địa bàn thành phố là chủ đầu tư các công trình …": a
    relative clause with its own object after a body written with its proper name describes it;
    the name ends before "là". A bare kind ("Các chủ rừng là tổ chức", "cá nhân là chủ đầu tư")
    needs its qualifier to say which ones."""
    proper = [w for w in text[start:pos].split()[1:] if w[:1].isupper()]
    if len(proper) < 2 or _QUALIFIER_OBJECT.match(low, end) is None:
        return False
    return _TERM_RX.match(low, end + 1) is None


# "Các cơ quan chuyên trách (Bộ Công an, Bộ Quốc phòng) chia sẻ …": after a group noun and the
# bodies it stands for in brackets, a lower-case word opens the predicate, even a verb the
# lexicon does not know; a qualifier ("có liên quan", "thuộc …") or another name ("và …") goes
# on with the subject.
_AFTER_BRACKET = re.compile(
    r"\s+(?!(?:và|hoặc|có|liên quan|thuộc|trực thuộc|của|tại|ở|trên|dưới|cùng|với|các|những"
    r"|được|là)(?![^\W_]))([^\W\d_]+)"
)


def _after_members(text: str, start: int, close: int) -> Span | None:
    """The predicate right after "<group> (<two or more named bodies>)"."""
    word = _AFTER_BRACKET.match(text, close)
    if word is None or not word.group(1)[0].islower() or members_of(text[start:close]) is None:
        return None
    return Span(close, match_form(word.group(1)), word.end(1))


# "lãnh đạo" after a whole body's name and before the body it leads is the verb ("Đảng ủy Sở
# Y tế lãnh đạo các chi bộ trực thuộc …", "Ban Thường vụ Đảng ủy Quốc hội lãnh đạo Ủy ban
# Thường vụ Quốc hội hướng dẫn …"); "Ban lãnh đạo Sở", "Thủ trưởng, lãnh đạo các phòng",
# "Giám đốc và lãnh đạo các đơn vị" name the leadership (a noun).
_LEADS = re.compile(r"lãnh đạo(?![^\W_])(?!\s*(?:,|và)\s*chỉ đạo)\s+")


def _governs_body(text: str, low: str, start: int, pos: int, previous: str) -> Span | None:
    lead = _LEADS.match(low, pos)
    if lead is None or pos <= start or not text[pos].islower():
        return None
    if previous in (",", ";", "và", "-", "–", "(", "của") or previous in _DETERMINERS:
        return None
    before = low[start:pos].split()
    if len(before) < 2 or before[-2] in _DETERMINERS:
        return None  # "Ban lãnh đạo", "các Ban lãnh đạo": the board of leaders
    if _PEOPLE_BEFORE.search(low, start, pos):
        return None  # "Cán bộ lãnh đạo Phòng …", "Thành viên lãnh đạo các đơn vị": the leaders
    words = text[start:pos].split()
    if not (any(w[:1].isupper() for w in words[-2:]) or _LEVEL_END.search(low, start, pos)):
        return None  # the name before ends in a capitalised field ("Sở Y tế") or a level
    if assignee_start(text, low, lead.end()) not in ("org", "group"):
        return None
    return Span(pos, "lãnh đạo", lead.end() - 1)


# People nouns before "lãnh đạo" make it the leadership; a sentence-opening capital ("Cán bộ")
# is no sign of a body's proper name.
_PEOPLE_BEFORE = re.compile(
    r"(?<![^\W_])(?:cán bộ|thành viên|đại diện|tập thể|toàn thể|đội ngũ|đồng chí|công chức"
    r"|viên chức|nhân viên|người)\s+$"
)
_LEVEL_END = re.compile(r"(?<![^\W_])(?:tỉnh|huyện|xã|phường|thị trấn|thị xã|thành phố|quận)\s+$")


# The first word after an aside: a lower-case word goes on with the verb.
_RESUMED_WORD = re.compile(r"\s*,\s*([a-zà-ỹđ][^\W\d_]*)")


# What may follow a whole field in a body's name: a level ("Phòng Văn hóa - Thông tin huyện"),
# another name joined to it ("Phòng Tài chính - Kế hoạch và Phòng Nội vụ"), where it belongs
# ("… thuộc Ủy ban nhân dân huyện", "… cấp xã", "… các xã"), a qualifier ("là cơ quan …"), or
# a field's noun written on in lower case ("Phòng Kinh tế - Hạ tầng đô thị", "… - Hạ tầng kỹ
# thuật đô thị", "Phòng Văn hóa - Thông tin thể thao"), or a second post ("… kiêm Giám đốc …").
_AFTER_FIELD = re.compile(
    r"(?:và|hoặc|với|cùng|thuộc|trực thuộc|của|tại|ở|các|cấp|là|có|được|phải|sẽ|đã|cần"
    r"|xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố|đặc khu|trung ương|nhà nước"
    r"|đô thị|kỹ thuật|kĩ thuật|thể thao|du lịch|thường xuyên|nông thôn|xã hội|gia đình"
    r"|môi trường|truyền thông|truyền hình|thông tin|dân tộc|tôn giáo|nghề nghiệp|thủy lợi"
    r"|thuỷ lợi|thủy sản|thuỷ sản|lâm nghiệp|nông nghiệp|công nghiệp|công nghệ|thương mại"
    r"|dịch vụ|đất đai|nhà ở|dân số|trẻ em|khoa học|giao thông|vận tải|hạ tầng|kiến trúc"
    r"|quỹ đất|hộ tịch|kế toán|an ninh|trật tự|quốc phòng|y tế|văn thư|lưu trữ|kiêm)" + _END
)


def _after_dashed_field(
    text: str, low: str, start: int, pos: int, fields: list[tuple[int, int]]
) -> bool:
    """A lower-case word at `pos` right after a whole dashed field of the name ("Tài chính - Kế
    hoạch", "Kinh tế - Hạ tầng") that is no level, joint or qualifier (`_AFTER_FIELD`)."""
    if pos <= start or not text[pos].islower() or _AFTER_FIELD.match(low, pos):
        return False
    return any(
        start < a and b < pos and not low[b:pos].strip() and ("-" in low[a:b] or "–" in low[a:b])
        for a, b in fields
    )


# A title whose field is two fields joined by a dash ("Công chức Địa chính - Xây dựng xã",
# "Tư pháp - Hộ tịch"): a capitalised verb right after the dash is the second field's first word
# when the level of the post follows it.
_FIELD_PAIR = re.compile(r"\s[-–]\s*$")
_LEVEL_NEXT = re.compile(
    r"\s*(?:[^\W\d_]+\s+){0,2}?(?:xã|phường|thị trấn|huyện|quận|thị xã)(?![^\W_])"
)


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


# "Phòng Kiểm tra Xây dựng và phòng cháy, chữa cháy": a capitalised word joined by "và" or ","
# to a lower-case noun is one more word of the office's name; a predicate goes on with a verb
# ("Sở Xây dựng Theo dõi, đôn đốc …") or with its object.
_JOINED_WORD = re.compile(r"\s*(?:và|,)\s*(?!(?:các|những|mỗi|từng)(?![^\W_]))(?=[^\W\d_])")


def _name_goes_on(low: str, end: int) -> bool:
    joined = _JOINED_WORD.match(low, end)
    return joined is not None and _TERM_RX.match(low, joined.end()) is None


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
_KIND_VERBS = frozenset(
    ("duy trì", "vận hành", "thi công", "cung cấp", "tham gia", "thu gom", "vận chuyển")
)
_MAX_KIND_OBJECT = 8


# "Nhà thầu thi công", "đơn vị thi công": the construction contractor or unit by its trade, a
# name on its own when the clause's verb (or nothing, in a heading) follows it directly.
_TRADE_VERBS = frozenset(("thi công",))
# Nothing but a colon after a word: the heading's name ends there.
_NAME_ENDS = re.compile(r"\s*:?\s*$")


def _names_a_kind(low: str, start: int, pos: int, term: str) -> bool:
    if term not in _KIND_VERBS or not _KIND_GROUP.search(low[start:pos].strip()):
        return False
    at = pos + len(term)
    if term in _TRADE_VERBS and (
        _NAME_ENDS.match(low, at) or (low.startswith(" ", at) and _PREDICATE_RX.match(low, at + 1))
    ):
        return True
    for words, m in enumerate(_TOKEN.finditer(low, at)):
        tok = m.group()
        if tok in (",", ";", "(", ")") or words > _MAX_KIND_OBJECT:
            return False
        if tok == ":":
            return words > 0
        if _TERM_RX.match(low, m.start()) and not _names_service(low, at, m.start()):
            return words > 0 and bool(_PREDICATE_RX.match(low, m.start()))
    return False


def _names_an_issuer(low: str, start: int, pos: int, term: str) -> bool:
    if term not in _SUBJECT_VERBS or not _BARE_GROUP_BEFORE.search(low, start, pos):
        return False
    for words, m in enumerate(_TOKEN.finditer(low, pos + len(term))):
        tok = m.group()
        if tok in (",", ";", "(", ")") or words > _MAX_KIND_OBJECT:
            return False
        if tok == ":":
            return True
        if _TERM_RX.match(low, m.start()):
            return bool(_PREDICATE_RX.match(low, m.start()))
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
    r"|giám sát|quản lý|vận hành|cứu hộ|giao nhận|tiêm chủng)" + _END
)


def _names_service(low: str, start: int, pos: int) -> bool:
    """ "dịch vụ đào tạo": the word at `pos` names the service "dịch vụ" before it offers."""
    return bool(_SERVICE_BEFORE.search(low, start, pos)) and bool(_SERVICES.match(low, pos))


_LISTED_ORGANISATION = re.compile(
    r"tổ chức(?=\s*(?:[,;:]|và\s|có liên quan|liên quan|thuộc\s|trực thuộc|trên địa bàn"
    # "các cơ quan, đơn vị, tổ chức khi có yêu cầu …", "…, tổ chức phải …": a condition or a
    # modal follows the list, never the object the verb "tổ chức" needs
    r"|(?:khi|nếu|phải|cần|có trách nhiệm|chịu trách nhiệm)\s))"
)
_MANNER = re.compile(
    r"bằng\s+(?:(?:nhiều|các|mọi)\s+)?(?:hình thức|phương pháp|phương thức|cách)" + _END
)
# "… khi chưa bàn giao", "… đi kiểm tra", "các xã tự kiểm tra", "… cùng phối hợp": a condition,
# a going-to or an adverb of manner before the work word ends the names.
_OPENS_CLAUSE = re.compile(
    rf"khi{_END}|(?:đi|tự|cùng)(?=\s+(?:{_alternation(ACTION_WORDS)}){_END})"
    # "Các đơn vị tùy theo điều kiện thực tế tổ chức …", "Các trường tuỳ vào tình hình …": what
    # the work depends on, an adverbial before the verb
    rf"|(?:tùy|tuỳ)(?:\s+(?:theo|vào|thuộc))?{_END}(?!\s+(?:viên|tùng)(?![^\W_]))"
)
_ABOUT_ACTIVITY = re.compile(r"(?:tới|đến)" + _END)
_CONCERN_ACTIVITY = re.compile(r"(?:tới|đến)\s+việc" + _END)
_UP_TO_COMMA = re.compile(r"[^,;:.]*,")


def _after_concern(low: str, pos: int) -> int:
    """Past "đến việc" or "đến <the matter>" up to its comma: the verb comes after it."""
    activity = _CONCERN_ACTIVITY.match(low, pos)
    if activity:
        return activity.end()  # "… tới việc thực hiện Kế hoạch này có trách nhiệm"
    comma = _UP_TO_COMMA.match(low, pos)
    return comma.end() if comma else pos + 3


_PARTY_BUILDING = re.compile(r"xây dựng đảng" + _END)
# "Các đơn vị chuyên trách về công nghệ thông tin", "cơ quan chuyên môn về y tế": what a
# specialised unit is specialised in belongs to its name.
_SPECIALISED_BEFORE = re.compile(r"(?<![^\W_])(?:chuyên trách|chuyên môn|chuyên ngành)\s+$")
# "Ban Điều hành Chương trình hỗ trợ pháp lý …", "Ban Quản lý Đề án phát triển …": a
# programme named after a body's head; the verb right after the programme's noun opens its title.
_PROGRAMME_BEFORE = re.compile(
    rf"(?<![^\W_])(?:{_alternation(ORG_HEADS)})\s+[^\W\d_][^,;:()]*?(?<![-–])\s"
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
    r"|kiên cố hoá)" + _END
)
# "các tỉnh, thành phố trực thuộc trung ương quản lý, sử dụng …", "UBND tỉnh phân bổ …": a name
# that ends in its level is whole; a lower-case verb after it is the work, even one the subject
# scan keeps inside names elsewhere ("Ban quản lý").
_TOPIC_END = re.compile(r"(?:của|thuộc|trực thuộc|ở|tại)" + _END)
_LEVEL_BEFORE = re.compile(
    r"(?<![^\W_])(?P<by>(?:do|của|cho|(?<!trực )thuộc)\s+)?"
    r"(?:tỉnh|huyện|xã|phường|thị trấn|thị xã|thành phố|quận|đặc khu|trung ương)\s+$"
)  # "do trung ương quản lý", "thuộc huyện quản lý": the level is an agent, the name goes on
# "UBND huyện cấp giấy phép …": "cấp" before what is issued is a verb ("UBND cấp huyện" is not).
_ISSUES = r"cấp\s+(?:giấy|phép|mới|đổi|lại|phát|kinh phí|vốn|bù|sổ|chứng|mã|quyền)"
_WORK_RX = re.compile(rf"(?:{_alternation(WORK_VERBS)}|{_ISSUES}){_END}")


def level_then_work(text: str, low: str, start: int, pos: int) -> bool:
    """A lower-case work verb at `pos` right after a level word that ends the name."""
    level = _LEVEL_BEFORE.search(low, start, pos) if pos > start else None
    return (
        level is not None
        and not level["by"]
        and text[pos].islower()
        and _WORK_RX.match(low, pos) is not None
    )


_PLACE_LIKE_VERB = re.compile(r"cần thơ" + _END)
# Verbs that also name a field of work ("xây dựng": construction, "đầu tư": investment) and close
# a body's proper name ("Cục Kết cấu hạ tầng xây dựng", "Hiệp hội Nhà thầu xây dựng") when the
# clause's own role or modal follows them directly; otherwise they are the work ("Sở Y tế xây
# dựng kế hoạch", "UBND tỉnh đầu tư xây dựng trường học").
_DOMAIN_VERBS = frozenset({"xây dựng", "đầu tư"})
_ROLE_NEXT = re.compile(
    r"\s+(?:chủ trì|phối hợp|tham mưu|có trách nhiệm|chịu trách nhiệm|hoàn thành|khẩn trương"
    r"|chủ động|tiếp tục|phải|cần)" + _END
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
    r"(?:chủ trì|phối hợp|thực hiện|triển khai|tham gia|có trách nhiệm|chịu trách nhiệm)" + _END
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
    return _TERM_RX.match(low, follows.end()) is not None


# "Học viện" right before "viện": the academy's name is whole, a verb may follow it.
_ACADEMY_BEFORE = re.compile(r"(?<![^\W_])học\s+$")


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
    if text[pos].isupper() and (
        _PLACE_LIKE_VERB.match(low, pos) or (term == "cần" and _PLACE_NAME.match(text, pos + 3))
    ):
        return False  # "… công nghiệp Cần Thơ", "Cần Giờ": the place, not the modal "cần"
    if (
        text[pos].isupper()
        and _PLACE_NAME.match(text, pos + len(term))
        and (level := _LEVEL_END.search(low, start, pos))
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
        head = _HEAD_BEFORE.search(low, start, pos)
        if head is not None and any(a < head.start() < b for a, b in fields):
            head = None  # "… Nông nghiệp và Môi trường": "trường" ends a field, not a head
        return (
            bool(_PREDICATE_RX.match(low, pos))
            and head is None
            and not _name_goes_on(low, pos + len(term))
            and previous not in (",", ";", "và")  # "các Sở Tài chính, Xây dựng và Y tế"
            and not any(a < pos < b for a, b in fields)
        )
    if previous in _DETERMINERS:
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
    if f"{previous} {term}".startswith(_JUDGING_NAMES):
        after = pos + len(term)
        end = _CLAUSE_END.search(low, after)
        if not _TERM_RX.search(low, after, end.start() if end else len(low)):
            return False
    if f"{previous} {term}" in _NOUN_COMPOUNDS:
        # The whole verb read, not its first syllable: "… Ban Chỉ đạo 389 quốc gia tăng cường"
        # ends at "tăng cường", not inside a "gia tăng".
        return False
    if _NOUN_TERM.match(low, pos):
        return False  # "các cấp ủy, tổ chức đảng": a body, not the verb "tổ chức"
    if previous == "," and _LISTED_ORGANISATION.match(low, pos):
        return False  # "các cơ quan, tổ chức có liên quan": one more noun of the list
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
        and not _TERM_RX.match(low, low.find(" ", pos) + 1)  # "trực tiếp nhận": "tiếp nhận"
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
    r"(?:gửi|nộp|đăng ký|tham gia|chia sẻ|báo cáo|đề xuất|liên hệ|cung cấp|trình bày)" + _END
)


_PLAN_END = re.compile(r"[.;:,]|$")


def _plan_qualifies(low: str, after: int) -> bool:
    end = _PLAN_END.search(low, after)
    return _LATER_ASK.search(low, after, end.start() if end else len(low)) is not None


# "giao cho UBND xã Tân Lập quản lý diện tích đất …", "giao cho Trung tâm … quản lý trụ sở": what
# is handed over is run by the body; a lower-case "quản lý", "sử dụng" … right after a head noun
# ("Ban quản lý", "cơ quan quản lý") belongs to the name.
_HANDED_WORK = re.compile(
    r"(?:quản lý|sử dụng|khai thác|vận hành|bảo quản|trông coi|thuê|nhận)" + _END
)
_GROUP_HEAD_BEFORE = re.compile(r"(?<![^\W_])(?:cơ quan|đơn vị|tổ chức|doanh nghiệp)\s+$")


def handed_work(text: str, low: str, start: int, span: Span) -> Span:
    """The name after "giao cho" ends at the work done with what is handed over; work words
    inside the name ("Trung tâm Quản lý và khai thác …", "Bộ phận tiếp nhận …") do not end it."""
    named_end = -1  # where the last work word inside the name ends
    for m in _TOKEN.finditer(low, start, span.end):
        pos = m.start()
        if pos == start or not (work := _HANDED_WORK.match(low, pos)):
            continue
        if (
            not text[pos].islower()
            or _HEAD_BEFORE.search(low, start, pos)
            or _GROUP_HEAD_BEFORE.search(low, start, pos)
            or _FIRST_SYLLABLE.search(low, start, pos)
            or (named_end >= 0 and _JOINED.fullmatch(low, named_end, pos))
        ):
            named_end = work.end()
            continue
        return Span(pos, work.group(), work.end())
    return span


# "Bộ phận tiếp nhận …", "Trung tâm Tiếp nhận …": "nhận" and "thuê" close a compound begun by
# the syllable before them, inside the name.
_FIRST_SYLLABLE = re.compile(r"(?<![^\W_])(?:tiếp|thu|xác|công|giao|bàn|cho)\s+$")
# "Công ty … Quản lý khai thác …", "Trung tâm Quản lý và khai thác …": a work word inside the
# name, then another joined to it, still names the body.
_JOINED = re.compile(r"\s*(?:(?:và|,)\s*)?")
