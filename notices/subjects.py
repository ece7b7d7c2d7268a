"""Where an assignee phrase ends: at the first role or action word, not at the first comma.

"Sở Xây dựng chủ trì …" ends before "chủ trì"; "Ban Chỉ đạo", "các tổ chức", "cơ quan tham mưu,
quản lý nhà nước" hold a verb inside the name and go on; "Các chủ rừng là tổ chức" keeps its
qualifier; ", nhất là …" singles out some of the subject and is cut off.
"""

from __future__ import annotations

import re

from notices.duties import DUTY, duty_field_end
from notices.helped_bodies import helps_body
from notices.lexicon import ACTION_WORDS, ORG_HEADS, WORK_VERBS
from notices.name_kinds import initials_end
from notices.names import assignee_start, known_field_spans, members_of
from notices.ocr_words import LoosePhrases, loose
from notices.subject_name_verbs import ends_subject
from notices.subject_qualifiers import decides, holds_power, manages_state, qualified_duty
from notices.subject_words import (
    DETERMINERS,
    END,
    LEVEL_END,
    PREDICATE_RX,
    TERM_RX,
    TOKEN,
    WORK_RX,
    Span,
    alternation,
)
from notices.team_names import team_name_end
from notices.text import match_form

# "Phó Chủ tịch, phụ trách lĩnh vực kinh tế và Trưởng Công an xã": a second title after the field.
_ANOTHER_TITLE = re.compile(
    r"\s+và\s+(?:(?:đồng chí|đ/c)\s+)?(?:phó\s+)?(?:trưởng|chủ tịch|giám đốc|chánh|bí thư"
    r"|thủ trưởng|chỉ huy trưởng)(?![^\W_])"
)
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
    r"(?:\s*(?:,|và|hoặc)\s*(?:tổ chức|cá nhân|hộ gia đình))*" + END
)
# "bầu cử" names the election (a noun) only after a body or a matter it belongs to.
_VOTE = re.compile(r"bầu cử" + END)
_ELECTION_NOUN = re.compile(
    r"(?<![^\W_])(?:ban|tổ|hội đồng|(?:ủy|uỷ) ban|trưởng ban|công tác|chỉ đạo|đơn vị|cuộc"
    r"|tiểu ban)\s+$"
)
# "Các cơ quan được phân công chủ trì thực hiện nhiệm vụ … có trách nhiệm lập …": the verbs
# after "được giao / được phân công" qualify the subject; its own verb comes after them.
_PASSIVE_ASSIGNED = re.compile(r"(?<![^\W_])được\s+(?:giao|phân công)" + END)
# "được sử dụng", "được phép", "được hưởng": a permission — not "được giao/phân công/cử …", which
# qualifies the subject by the work it was given
_PERMISSION = re.compile(
    r"được\s+(?!(?:giao|phân công|cử|ủy quyền|uỷ quyền|thành lập|tổ chức|quản lý)" + END + r")"
    r"(?=[^\W\d_])"
)
# "thường trực tiếp công dân": "trực" goes with "thường" (standing), not with "tiếp"
_STANDING_OFFICER = re.compile(r"trực\s+tiếp\s+(?:công dân|dân)" + END)
# "… được " right before the verb of posting that ended the name ("Công chức VPTK được cử làm
# nhiệm vụ …"); not when a main verb follows in the sentence ("Cán bộ được cử tham gia đoàn
# kiểm tra phải bảo đảm …": the whole is the name) (review r34-reception 3)
_DANGLING_PASSIVE = re.compile(r"(?<=\S)\s+được\s+$")
_POSTED = re.compile(r"(?:cử|phân công)" + END)
_LATER_MAIN = re.compile(r"(?<![^\W_])(?:phải|(?:có|chịu)\s+trách\s+nhiệm)" + END)
_MAIN_AFTER_PASSIVE = re.compile(r"(?<![^\W_])(?:có|chịu)\s+trách\s+nhiệm" + END)
_MAX_SUBJECT_TOKENS = 60
_ENUM_BEFORE_COLON = re.compile(
    rf"(?:(?:các|những)\s+(?:{alternation(ORG_HEADS)})(?:\s+các nước)?"
    r"|(?:ubnd|ủy ban nhân dân)\s+các\s+(?:xã|phường|huyện|thị trấn|tỉnh|thành phố|quận))"
    r"(?:\s*,\s*(?:ban|ngành|đơn vị|cơ quan|địa phương|xã|phường|thị trấn|thành phố))*"
    r"(?:\s+trực thuộc (?:trung ương|tỉnh))?\s*:$"
)


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
        TERM_RX.match(low, m.start()) or WORK_RX.match(low, m.start())
        for m in _SYLLABLE_AFTER_SPACE.finditer(low, pos, end)
    )


def scan_subject(text: str, low: str, start: int) -> Span | None:
    """Where the assignee phrase starting at `start` ends: at the first role or action word."""
    if (initials := initials_end(text, start)) is not None:
        return Span(*initials)  # "P.ĐTĐH xếp lịch thi …": the initials name the office
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
    permitted: int | None = None  # where "được <verb>" (a permission) stands in this piece
    for m in TOKEN.finditer(low, start):
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
        if tok == "được" and pos > start and _PERMISSION.match(low, pos) and permitted is None:
            permitted = pos  # "Các phường được sử dụng …": what they may do, not who does work
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
            if tok == ";" and permitted is not None and cut is None:
                # "Các phường được sử dụng nguồn …; Phòng Tài chính hướng dẫn …": a permission
                # ends its clause there, no list of names runs on past it (round 33 (left))
                return Span(permitted, "được", permitted + len("được"))
            previous, topic = tok, False
            if tok == ";":
                tokens, permitted = 0, None  # "Đề nghị A; B; C …: tổ chức …": each listed name
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
        if cut is None and (helper := helps_body(text, low, start, pos, previous)):
            return helper  # "Sở Tư pháp giúp Ủy ban nhân dân cấp tỉnh tổng hợp …"
        if cut is None and (manages := manages_state(text, low, start, pos)):
            return manages  # "Ban Quản lý Khu kinh tế quản lý nhà nước về …"
        if cut is None and (power := holds_power(low, start, pos)):
            return power  # "Giám đốc Sở Xây dựng có thẩm quyền cấp giấy phép …"
        if cut is None and (decision := decides(text, low, start, pos)):
            return decision  # "Bộ Quốc phòng quyết định việc sử dụng đất …"
        if previous == "thường" and _STANDING_OFFICER.match(low, pos):
            # "Cán bộ thường trực tiếp công dân": the standing officer, not "thường" + "trực
            # tiếp" (directly); the officer's work is part of the role's name
            skip_to, previous, previous_pos = pos + len("trực"), "trực", pos
            continue
        term = TERM_RX.match(low, pos)
        if term is None and pos > start and text[pos].islower():
            folded = folded if folded is not None else loose(low)
            misread = _MISREAD_ROLES.match(low, pos, folded) or _MISREAD_VERBS.match(
                low, pos, folded
            )
            if misread is not None and not _exact_inside(low, pos, misread[0]):
                return Span(pos if cut is None else cut, misread[1], misread[0])  # "chi trì" (OCR)
        if term is None and cut is None and level_then_work(text, low, start, pos):
            work = WORK_RX.match(low, pos)
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
            and (_TOPIC_END.match(low, pos) or (term and PREDICATE_RX.match(low, pos)))
        ):
            topic = False
        if topic:
            previous, previous_pos = tok, pos
            continue
        if term and (team_end := team_name_end(low, start, pos)) is not None:
            skip_to, previous, previous_pos = team_end, "", pos  # "Tổ xây dựng kế hoạch … chủ trì"
            continue
        if term and ends_subject(
            text, low, pos, start, previous, previous_pos, term.group(), fields
        ):
            main = _after_passive(low, start, pos) or qualified_duty(low, start, pos)
            if main is not None and cut is None:
                return Span(main.start(), match_form(main.group()), main.end())
            if (
                cut is None
                and (passive := _DANGLING_PASSIVE.search(low, start, pos))
                and _POSTED.match(low, pos)
                and not _LATER_MAIN.search(re.split(r"[.;:]\s", low[pos:], maxsplit=1)[0])
            ):
                # "Công chức VPTK được cử làm nhiệm vụ …": "được" is the passive of the verb
                # the name ended at, no word of the name
                return Span(passive.start(), term.group(), term.end())
            return Span(pos if cut is None else cut, term.group(), term.end())
        previous, previous_pos = tok, pos
    if cut is not None and resumed is not None:
        # "Giao Sở Tài chính, trong tháng 6, làm rõ khó khăn": a verb the lexicon does not know
        # right after the aside; the names still end before the aside
        return Span(cut, match_form(resumed.group(1)), resumed.end(1))
    if cut is None and permitted is not None:  # "Các phường được sử dụng nguồn …."
        return Span(permitted, "được", permitted + len("được"))
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
    return TERM_RX.match(low, end + 1) is None


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
    if previous in (",", ";", "và", "-", "–", "(", "của") or previous in DETERMINERS:
        return None
    before = low[start:pos].split()
    if len(before) < 2 or before[-2] in DETERMINERS:
        return None  # "Ban lãnh đạo", "các Ban lãnh đạo": the board of leaders
    if _PEOPLE_BEFORE.search(low, start, pos):
        return None  # "Cán bộ lãnh đạo Phòng …", "Thành viên lãnh đạo các đơn vị": the leaders
    words = text[start:pos].split()
    if not (any(w[:1].isupper() for w in words[-2:]) or LEVEL_END.search(low, start, pos)):
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
    r"|quỹ đất|hộ tịch|kế toán|an ninh|trật tự|quốc phòng|y tế|văn thư|lưu trữ|kiêm)" + END
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


_MANNER = re.compile(
    r"bằng\s+(?:(?:nhiều|các|mọi)\s+)?(?:hình thức|phương pháp|phương thức|cách)" + END
)
# "… khi chưa bàn giao", "… đi kiểm tra", "các xã tự kiểm tra", "… cùng phối hợp": a condition,
# a going-to or an adverb of manner before the work word ends the names.
_OPENS_CLAUSE = re.compile(
    rf"khi{END}|(?:đi|tự|cùng)(?=\s+(?:{alternation(ACTION_WORDS)}){END})"
    # "Các đơn vị tùy theo điều kiện thực tế tổ chức …", "Các trường tuỳ vào tình hình …": what
    # the work depends on, an adverbial before the verb
    rf"|(?:tùy|tuỳ)(?:\s+(?:theo|vào|thuộc))?{END}(?!\s+(?:viên|tùng)(?![^\W_]))"
)
_ABOUT_ACTIVITY = re.compile(r"(?:tới|đến)" + END)
_CONCERN_ACTIVITY = re.compile(r"(?:tới|đến)\s+việc" + END)
_UP_TO_COMMA = re.compile(r"[^,;:.]*,")


def _after_concern(low: str, pos: int) -> int:
    """Past "đến việc" or "đến <the matter>" up to its comma: the verb comes after it."""
    activity = _CONCERN_ACTIVITY.match(low, pos)
    if activity:
        return activity.end()  # "… tới việc thực hiện Kế hoạch này có trách nhiệm"
    comma = _UP_TO_COMMA.match(low, pos)
    return comma.end() if comma else pos + 3


# "Các đơn vị chuyên trách về công nghệ thông tin", "cơ quan chuyên môn về y tế": what a
# specialised unit is specialised in belongs to its name.
_SPECIALISED_BEFORE = re.compile(r"(?<![^\W_])(?:chuyên trách|chuyên môn|chuyên ngành)\s+$")
# "các tỉnh, thành phố trực thuộc trung ương quản lý, sử dụng …", "UBND tỉnh phân bổ …": a name
# that ends in its level is whole; a lower-case verb after it is the work, even one the subject
# scan keeps inside names elsewhere ("Ban quản lý").
_TOPIC_END = re.compile(r"(?:của|thuộc|trực thuộc|ở|tại)" + END)
_LEVEL_BEFORE = re.compile(
    r"(?<![^\W_])(?P<by>(?:do|của|cho|(?<!trực )thuộc)\s+)?"
    r"(?:tỉnh|huyện|xã|phường|thị trấn|thị xã|thành phố|quận|đặc khu|trung ương)\s+$"
)  # "do trung ương quản lý", "thuộc huyện quản lý": the level is an agent, the name goes on


def level_then_work(text: str, low: str, start: int, pos: int) -> bool:
    """A lower-case work verb at `pos` right after a level word that ends the name."""
    level = _LEVEL_BEFORE.search(low, start, pos) if pos > start else None
    return (
        level is not None
        and not level["by"]
        and text[pos].islower()
        and WORK_RX.match(low, pos) is not None
    )
