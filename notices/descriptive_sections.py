"""Sections that describe rather than assign (purpose, procedure, stages, contingencies, event
fields), and the points or requests inside them that still assign work."""

from __future__ import annotations

import re

from notices.assignees import analyze, asks_someone
from notices.clauses import split_label
from notices.deadlines import names_due_date
from notices.markers import MarkerKind
from notices.structure import Item, walk
from notices.task_headings import heading_assignees
from notices.text import match_form
from notices.yearly_steps import is_yearly_step

# Descriptive sections assign nothing: a plan's "1. Mục đích", "2. Yêu cầu thực hiện", "I. MỤC
# ĐÍCH, YÊU CẦU", "3. Đối tượng, phạm vi, hình thức và thời gian khảo sát", "Quan điểm"; a
# conclusion's "I. ĐÁNH GIÁ CHUNG", "1. Về đánh giá tình hình hoạt động từ tháng 6/2022 đến nay".
_DESCRIPTIVE = (
    r"^(?:về\s+)?(?:mục đích|yêu cầu|mục tiêu|đối tượng|phạm vi|quan điểm|căn cứ|sự cần thiết"
    r"|đánh giá chung|đánh giá (?:kết quả|tình hình)|tình hình|kết quả (?:đạt được|thực hiện)"
    # an appraisal notice's record: "I. THÔNG TIN CHUNG VỀ CÔNG TRÌNH", "II. HỒ SƠ TRÌNH THẨM
    # ĐỊNH …", "III. NỘI DUNG HỒ SƠ TRÌNH THẨM ĐỊNH", "V. KẾT QUẢ THẨM ĐỊNH …" (its asks follow
    # under "Kết luận và kiến nghị" / "Yêu cầu đối với …"; a point there that asks or names a
    # due date is still work, see assigning_points)
    r"|thông tin chung|kết quả thẩm (?:định|tra)|(?:nội dung\s+)?hồ sơ trình thẩm định"
    # an event a letter announces: "2. Thời gian:", "4. Cách thức thực hiện:", "Địa điểm"
    r"|thời gian(?!\s+(?:thực hiện|hoàn thành|báo cáo|gửi|nộp))|địa điểm|thành phần|hình thức"
    r"|cách thức (?:thực hiện|tổ chức)|phương thức"
    # principles, criteria, conditions, targets, definitions, difficulties and their causes
    r"|nguyên tắc|tiêu chí|tiêu chuẩn|điều kiện|chỉ tiêu|giải thích từ ngữ|khái niệm"
    r"|khó khăn|tồn tại|hạn chế|nguyên nhân|bài học"
    # a report's proposals to its superior, as the whole heading ("III. KIẾN NGHỊ, ĐỀ XUẤT")
    r"|(?:kiến nghị|đề xuất)(?:\s*(?:,|và)\s*(?:kiến nghị|đề xuất))?\s*[.:]?\s*$"
    # a duty article's "2. Quyền hạn" beside its "1. Trách nhiệm": powers held, no work
    r"|quyền(?:\s+hạn|\s+lợi)?\s*[.:]?\s*$)\b"
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


# An assessment section's turn to the work ahead: "Trong thời gian tới, Tỉnh tổ chức …".
_FORWARD = re.compile(
    r"(?:^|(?<=[.;!]\s))(?:Trong thời gian (?:tới|sắp tới)|Thời gian tới|Từ nay đến)(?=[\s,])"
)


def forward_text(paragraphs: list[str]) -> str | None:
    """The text of an assessment section from its first sentence about the work ahead."""
    text = " ".join(paragraphs)
    m = _FORWARD.search(text)
    return text[m.start() :] if m else None


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


def is_field_label(label: str) -> bool:
    """ "nội dung", "thành phần", "hình thức tổ chức" (in match form): a label naming a field of
    an event or a task row, not work."""
    return _FIELD_LABEL.match(label) is not None


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


# A record's heading ("I. THÔNG TIN CHUNG", "II. KẾT QUẢ THẨM TRA"): its field lines describe,
# but a point under it that asks ("Yêu cầu Chủ đầu tư hoàn thiện …") or names a due date
# ("Chủ đầu tư nộp trả … trước ngày 30/6/2021") is work all the same.
_RECORD_HEADING = re.compile(
    r"^(?:về\s+)?(?:thông tin chung|kết quả thẩm (?:định|tra)"
    r"|(?:nội dung\s+)?hồ sơ trình thẩm định)"
)


def assigning_points(section: Item) -> list[Item]:
    """Points of a describing section that give a named body work in so many words ("a) Trên cơ
    sở kết quả …, giao Sở Y tế thành lập đoàn kiểm tra …" under "3. Tiêu chí đánh giá"): the
    section describes, that point assigns. Under a record's heading an ask or a due date will
    do."""
    record = bool(section.paragraphs) and (
        _RECORD_HEADING.match(match_form(section.paragraphs[0].strip())) is not None
    )
    found: list[Item] = []
    for child in walk(section.children):
        if child.children or not child.paragraphs:
            continue
        text = " ".join(child.paragraphs)
        low = match_form(text)
        gives = _GIVES.search(low) is not None and asks_someone(low)
        if record and not gives:
            gives = asks_someone(low) or names_due_date(low, yearless=True)
        gives = gives or is_yearly_step(text)  # "… gửi hồ sơ … trước ngày 10/12 hằng năm"
        if gives and analyze(text).leads:
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
