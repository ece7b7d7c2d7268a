"""Headings that name who does the work under them: the bodies a heading or a name line over
points names, and where a lead-in's name ends."""

from __future__ import annotations

import re
from dataclasses import replace

from notices.assignees import (
    analyze,
    scan_subject,
    without_agency_kinds,
    without_duty_fields,
)
from notices.clauses import split_sentences
from notices.duty_persons import person_heading
from notices.duty_titles import DUTY_TITLE, is_duty_title
from notices.item_shapes import names_holders
from notices.lexicon import WORK_VERBS
from notices.licences import requirements_holder
from notices.lower_holders import lower_holder
from notices.markers import MarkerKind
from notices.name_kinds import HEAD_RX
from notices.names import Assignee, split_assignees
from notices.procedure_duties import title_holder
from notices.regulation import DUTY_OF
from notices.school_holders import school_holder
from notices.structure import NAME_END, Item
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

POINT_KINDS = (MarkerKind.BULLET, MarkerKind.PAREN, MarkerKind.LETTER)


# "1. Lãnh đạo, chỉ đạo thực hiện", "Lãnh đạo và chỉ đạo …": the work of steering, no "Lãnh đạo"
# (the leadership of a body) as a name.
_STEERING_TOPIC = re.compile(r"^lãnh đạo\s*(?:,|và)\s*chỉ đạo(?![^\W_])")


def heading_assignees(text: str) -> list[str] | None:
    """Names in a heading ("2. Đối với các Phòng chuyên môn thuộc UBND huyện"), or None."""
    over_points = text.strip().endswith(":")
    text = heading = text.strip().rstrip(":").strip()
    if (person := person_heading(text)) is not None:
        return [person]  # "Ông Hồ Văn A - Trưởng phòng" over the points of his duties
    if (holder := requirements_holder(text)) is not None:
        return holder  # "Điều 2. Các yêu cầu đối với Công ty …": a licence's holder
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
    whole = text  # "đơn vị được kiểm tra": a lower-case holder ends on no verb of its own
    text = _without_trailing_verb(text)
    if m is not None and _ASKS.match(low):
        text = _before_asked_work(text)
    names = split_assignees(text)
    if names is None and m is not None and _HOLDER_OF.match(low):
        # "Nhiệm vụ, quyền hạn của đơn vị quản lý …": a governed unit's powers name no holder
        mandate = "quyền hạn" in low[: m.end()]
        if lower_holder(whole.strip(), mandate=mandate):
            names = _lower_case_holders(whole)
    if names is None and m is not None and _HOLDER_OF.match(low):
        names = _project_holder(whole)  # "1. Trách nhiệm của chủ đầu tư" over its duties
    name = text.strip()
    addressed = m is not None and name[:1].isupper() and _ADDRESSED_NAME.match(name)
    if names is None and addressed and not analyze(name).actionable:
        # "15. Đề nghị Cơ quan Báo và Phát thanh, Truyền hình Hà Nội": whom the heading asks is
        # named as written even when its head noun is not one the lexicon knows
        return title_holder(heading, [name]) or [name]
    if names is None and (school := school_holder(heading)) is not None:
        return school  # "1. Đối với nhà trường", "4. Đối với phụ huynh học sinh"
    holders = m is not None and low.startswith("đối với") and names_holders(name)
    if names is None and over_points and holders:
        return [name]  # "a) Đối với chủ vật nuôi:" over the holders' duties
    if names is None and over_points and _listed_bodies(name):
        # "1. Ủy ban nhân dân các Quận, Huyện, Thị xã:", "6. Đài Truyền hình Việt Nam, … và các
        # phương tiện thông tin đại chúng ở Trung ương và địa phương:": a list over points that
        # opens with a known body is who does them, one name per body
        return _list_names(name)
    found = [n.name for n in names] if names else None
    # "Trách nhiệm của Đơn vị được giao khai thác": a duty title's holder as the title writes it
    return title_holder(heading, found) or found


_HOLDER_OF = re.compile(rf"^(?:{DUTY_OF}|{DUTY_TITLE})\s")
# "chủ đầu tư", "nhà đầu tư", "chủ dự án": the holder of the project a decision approves (an
# investment policy, a licence), written in lower case as a role, alone in the duty heading
# ("… của chủ đầu tư dự án": the same holder, named with its project)
_PROJECT_HOLDER = re.compile(r"^(?P<holder>chủ đầu tư|nhà đầu tư|chủ dự án)(?:\s+dự án)?\s*$")


def _project_holder(text: str) -> list[Assignee] | None:
    """The project's holder a duty heading names ("Trách nhiệm của chủ đầu tư" -> "Chủ đầu
    tư"): the one the decision binds, though no body's name."""
    holder = text.strip()
    m = _PROJECT_HOLDER.match(match_form(holder))
    if m is None:
        return None
    holder = holder[: m.end("holder")]
    return [Assignee(holder[:1].upper() + holder[1:])]


def _lower_case_holders(text: str) -> list[Assignee] | None:
    """The names of a lower-case holder, read as if capitalised, its first letter kept as
    written ("bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "tổ chức chính trị - xã hội …");
    a name the reader does not know ("sở quản lý chuyên ngành") as written."""
    stripped = text.strip()
    names = split_assignees(stripped[:1].upper() + stripped[1:])
    if not names or not _covers(names, stripped):
        return [Assignee(stripped)]  # "đơn vị bị thanh tra", "ngành hàng không": kept whole
    if not names[0].name.startswith(stripped[:1].upper()):
        return names
    first = replace(names[0], name=stripped[:1] + names[0].name[1:])
    return [first, *names[1:]]


_JOINERS = re.compile(r"[\s,;&–-]+|(?<![^\W_])và(?![^\W_])")


def _covers(names: list[Assignee], text: str) -> bool:
    """The names take in the whole holder but its joiners ("," "và" "-")."""
    rest = match_form(text)
    for name in names:
        found = match_form(name.name)
        if found not in rest:
            return False
        rest = rest.replace(found, " ", 1)
    return not _JOINERS.sub("", rest)


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
    if item.children and len(item.paragraphs) == 2 and _subjectless_lead_in(item.paragraphs[1]):
        # "3. Sở Văn hóa, Thể thao và Du lịch/Sở Văn hóa và Thể thao tỉnh, thành phố trực thuộc
        # Trung ương" then "Chủ trì, phối hợp với các cơ quan có liên quan tham mưu cho …:" over
        # "a) …": the name line, then its body's own lead-in naming no one else
        wanted = True
    if not wanted or (len(item.paragraphs) > 2 and not numbered):
        return False
    if item.children and person_heading(item.paragraphs[0]) is not None:
        return True  # "2. Bà Lê Thị B - Công chức Văn phòng - Thống kê" over her duties
    if item.children and requirements_holder(item.paragraphs[0]) is not None:
        return True  # "Điều 2. Các yêu cầu đối với Công ty …:" over the licence's duties
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
    # "4. Các cơ quan, tổ chức, đơn vị còn lại." over points: the line is the name and nothing
    # else, whatever verb its words hold ("tổ chức")
    whole = bool(item.children and names and _only_names(text, names))
    return not roles.leads and (not roles.actionable or asked or whole) and bool(names)


def _only_names(text: str, names: list[str]) -> bool:
    """Do `names` make up all of `text` but for the commas, semicolons and "và" between them?"""
    rest = match_form(text)
    for name in names:
        at = rest.find(match_form(name))
        if at < 0:
            return False
        rest = rest[:at] + " " + rest[at + len(name) :]
    return not re.sub(r"[,;.\s]|(?<![^\W_])và(?![^\W_])", "", rest)


def _subjectless_lead_in(paragraph: str) -> bool:
    """ "Chủ trì, phối hợp với các cơ quan liên quan thực hiện các nhiệm vụ sau:": a lead-in over
    points that opens with the work, no body named as its subject."""
    text = paragraph.strip()
    if not text.endswith(":") or not text[:1].isupper() or len(text.split()) > 40:
        return False
    return not analyze(text).leads


def _plausible_name(name: str) -> bool:
    """A group named in small letters ("các thôn", "các tổ chức chính trị - xã hội tỉnh") is short
    or ends at a level of government; a longer one has run on into the work."""
    words = name.split()
    if not words or words[0] not in ("các", "những"):
        return True
    return len(words) <= 5 or NAME_END.search(name) is not None
