"""Where a notice's body starts: the front matter (header, title, "Kính gửi", an intro "… như
sau:") before it; the body runs to its end (notices.body_end)."""

from __future__ import annotations

import re
from collections.abc import Callable

from notices.body_end import BODY_END, FILED, attached_start, until_end
from notices.law_articles import article_lead_in
from notices.markers import Marker, MarkerKind, find_marker
from notices.quotations import quotes_content
from notices.statute_mandates import statute_lead_in
from notices.text import match_form

_INTRO_END = re.compile(r"(?:như sau|sau đây|dưới đây|cụ thể như sau)\s*:", re.IGNORECASE)
# "Điều 1. Phê duyệt Kế hoạch … với các nội dung chủ yếu sau:": a decision's article approving a
# plan or programme opens the body with the plan it approves (not only "… như sau:")
_ARTICLE_INTRO_END = re.compile(
    r"(?<![^\W_])(?:các|những)\s+nội dung\s+(?:chủ yếu|chính|cơ bản)\s+sau\s*:", re.IGNORECASE
)
# "Điều 1. Phê duyệt Quy hoạch chung thành phố … với những nội dung chính sau:": a spatial plan's
# contents describe it ("Tính chất: … Thành phố … với chức năng …"); they are not the body
_SPATIAL_PLAN = re.compile(
    r"phê duyệt\s+[“\"]?(?:điều chỉnh\s+)?(?:đồ án\s+)?quy hoạch(?![^\W_])", re.IGNORECASE
)
_HYPHEN_NUMBER = re.compile(r"\d{1,2}\s?[-–]")
_HEADER_LINE = re.compile(
    r"^(?:Số\b|V/v\b|Về việc\b|.{0,60},\s*ngày\b|Độc lập\s*[-–—]\s*Tự do"
    r"|Cộng\s+h(?:òa|oà)\s+xã\s+hội\s+chủ\s+nghĩa)",  # the motto glued to it in a short letter
    re.IGNORECASE,
)


def split_body(
    paragraphs: list[str], *, title: str = "", duty: Callable[[str], bool] | None = None
) -> tuple[list[str], list[str]]:
    """(front matter, body) — the body runs from after "… như sau:" to "Nơi nhận".

    Without such an intro it starts at the first numbered paragraph, else at the first sentence
    after the header, title and "Kính gửi" block (a pasted excerpt starts at once).
    """
    past_signature = False
    for index, paragraph in enumerate(paragraphs[: max(12, len(paragraphs) // 2)]):
        if BODY_END.match(paragraph) and (split := _attached_intro(paragraphs, index)):
            return split
        if BODY_END.match(paragraph) and _opens_with_items(paragraphs[index:]):
            break  # signed already: an intro further on is the attached programme's own
        past_signature = past_signature or BODY_END.match(paragraph) is not None
        matches = list(_INTRO_END.finditer(paragraph))
        if matches and past_signature and _in_appendix(paragraphs[:index]):
            continue  # "Ghi chú (1): … thu thập thông tin về cảng như sau:": a form's note
        article = (marker := find_marker(paragraph)) is not None and marker.label[:4] == "Điều"
        # "Điều 1. Giao Sở … như sau:" opens the body with its points
        approves = _ARTICLE_INTRO_END.search(paragraph) and not _SPATIAL_PLAN.search(paragraph)
        if article and (matches or approves):
            return paragraphs[:index], until_end(paragraphs[index:], title=title)
        if matches and quotes_content(paragraph, next(iter(paragraphs[index + 1 :]), None)):
            continue  # "… đề nghị … đăng thông tin … với nội dung như sau:" + the quoted words
        if matches and article_lead_in(paragraphs, index, duty):
            continue  # "Điều 48. Trách nhiệm của …" + "… có các nhiệm vụ sau đây:": the article's
        if matches and statute_lead_in(paragraphs, index, title):
            continue  # "Điều 2. Nhiệm vụ và quyền hạn" + "Tổng cục … có nhiệm vụ … sau đây:"
        if matches and _nested_lead_in(marker, paragraph, paragraphs[:index]):
            # "2. Các tổ chức, hộ gia đình … phải thực hiện …; cụ thể như sau:" after "1. …": an
            # item's own lead-in over its points, not the document's intro
            continue
        if matches and _dash_under_request(marker, paragraphs[:index]):
            # "Thủ tướng Chính phủ yêu cầu:" over "- Bộ trưởng, … thực hiện …, cụ thể như sau:"
            # and its "+" points: the dash is the body's first point, the request its intro
            return paragraphs[:index], until_end(paragraphs[index:], title=title)
        if matches:
            m = matches[-1]
            rest = paragraph[m.end() :].strip()
            front = [*paragraphs[:index], paragraph[: m.end()]]
            body = ([rest] if rest else []) + paragraphs[index + 1 :]
            return front, until_end(body, title=title)
    signed = next((i for i, p in enumerate(paragraphs) if BODY_END.match(p)), None)
    if signed is not None and (split := _attached_intro(paragraphs, signed)):
        return split  # the attached programme's intro past the window an intro is looked for in
    header = _header_end(paragraphs, title)
    greeting = _late_greeting(paragraphs, header)
    if greeting is not None:
        # a note written in the margin of a scan ("1. Cô Hương gửi văn bản …") read above
        # "Kính gửi": the body only starts after the recipients
        header = greeting + _header_end(paragraphs[greeting:], title)
    start = next(
        (
            i
            for i, p in enumerate(paragraphs[header:], start=header)
            if (found := find_marker(p))
            and found.kind in (MarkerKind.NUMBER, MarkerKind.SECTION)
            and not _HYPHEN_NUMBER.match(p)  # "1- …" may be a list after the signature
        ),
        None,
    )
    if start is not None and signed is not None and _public_material(paragraphs[signed:start]):
        start = None  # a leaflet's numbered conditions after the signature: the letter's own text
    if start is None:
        start = next(
            (i for i, p in enumerate(paragraphs[header:], start=header) if len(p.split()) >= 6),
            len(paragraphs),
        )
    return paragraphs[:start], until_end(paragraphs[start:], title=title)


# "TÀI LIỆU TUYÊN TRUYỀN" / "(kèm theo Công văn số …)" after a cover letter's signature: material
# the letter forwards to be spread among the public (a leaflet, questions and answers, slogans,
# a talk's outline), whose conditions and advice are rules of conduct for the public, no work
_PUBLIC_MATERIAL = re.compile(
    r"^\W{0,3}(?:TÀI LIỆU\s+(?:TUYÊN TRUYỀN|HỎI\s*[-–]?\s*ĐÁP|THAM KHẢO|GIỚI THIỆU)"
    r"|ĐỀ CƯƠNG\s+(?:TUYÊN TRUYỀN|GIỚI THIỆU|BÁO CÁO VIÊN)|HỎI\s*[-–]?\s*ĐÁP\b"
    r"|KHẨU HIỆU\s+TUYÊN TRUYỀN|THÔNG ĐIỆP\s+TRUYỀN THÔNG|TỜ RƠI|TỜ GẤP|CẨM NANG)"
)


def _public_material(tail: list[str]) -> bool:
    """The paragraphs after the signature name material for the public in capitals."""
    return any(_PUBLIC_MATERIAL.match(paragraph) for paragraph in tail)


# "… Thủ tướng Chính phủ yêu cầu:", "Bộ trưởng đề nghị:": a request naming no one, closed by its
# colon, over the points that name who does what
_BARE_REQUEST = re.compile(r"(?<![^\W_])(?:yêu cầu|đề nghị|chỉ đạo|chỉ thị)\s*:\s*$")
_SPEAKER_WORDS = 2


def _dash_under_request(marker: Marker | None, before: list[str]) -> bool:
    """A dash paragraph right under a bare request ("… yêu cầu:"): its own "… như sau:" leads its
    points, the request above is the document's intro."""
    if marker is None or marker.kind is not MarkerKind.BULLET:
        return False
    above = next((p for p in reversed(before) if p.strip()), "").strip(" *")
    request = _BARE_REQUEST.search(match_form(above))
    # someone speaks before the verb ("Thủ tướng Chính phủ yêu cầu:"); a numbered heading "2. Yêu
    # cầu:" of a plan's "Mục đích, yêu cầu" names what the plan requires, no one's work
    return (
        request is not None
        and find_marker(above) is None
        and len(above[: request.start()].split()) >= _SPEAKER_WORDS
    )


# "2. Sau khi nghe báo cáo …, Chủ tịch UBND tỉnh kết luận như sau:": the conclusion or request
# the items before only led up to (a meeting's reports), the document's intro all the same
# ("các yêu cầu sau", "theo kết luận": a noun, no one speaking)
_CONCLUDES = re.compile(
    r"(?<![^\W_])(?<!các )(?<!những )(?<!theo )(?<!đúng )(?<!đủ )"
    r"(?:kết luận|yêu cầu|đề nghị|chỉ đạo)(?![^\W_])"
)


def _concludes(paragraph: str) -> bool:
    """The item's lead-in concludes, requests or directs "… như sau:"."""
    return _CONCLUDES.search(match_form(paragraph)) is not None


def _nested_lead_in(marker: Marker | None, paragraph: str, before: list[str]) -> bool:
    """The paragraph's "… như sau:" leads one of the body's points into its sub-points."""
    if marker is not None and marker.kind is MarkerKind.BULLET:
        return _nested_dash(paragraph, before)
    if marker is None:
        return _asked_before_items(before)
    return _later_item(marker, before) and not _concludes(paragraph)


def _asked_before_items(before: list[str]) -> bool:
    """An unmarked paragraph's "… cụ thể như sau:" under a numbered item ("2. Tổ chức Lễ Khai
    giảng" + "Do tình hình …, Thành phố tổ chức Lễ Khai giảng chung, cụ thể như sau:"), when the
    letter already asked "… đề nghị … thực hiện tốt một số nội dung sau:" above its first item:
    that item's own lead-in, not the letter's intro."""
    items = [i for i, p in enumerate(before) if _item(p) and _later_item(find_marker(p), [p])]
    if not items or any(_article(p) for p in before):
        return False
    return any(_ASKS_END.search(p) and _concludes(p) for p in before[: items[0]])


def _later_item(marker: Marker | None, before: list[str]) -> bool:
    """A numbered or lettered paragraph ("2. …", "c) …") after a numbered item ("1. …"): one of
    the body's items, whatever its own lead-in ends with."""
    if marker is None or marker.kind not in (MarkerKind.NUMBER, MarkerKind.LETTER):
        return False
    return any(
        (found := find_marker(p)) is not None
        and found.kind is MarkerKind.NUMBER
        and not _HYPHEN_NUMBER.match(p)
        for p in before
    )


# "… sản. Trong đó, chú trọng …": a sentence ends and the next one starts inside the paragraph
_SENTENCE_BREAK = re.compile(r"[^\W\d_]{2}\.\s+([^\W\d_])")
_ASKS_END = re.compile(r"\bsau\s*:\s*$")  # "… thực hiện nghiêm túc một số nội dung sau:"


def _nested_dash(paragraph: str, before: list[str]) -> bool:
    """A dash paragraph's "… như sau:" under one of the body's items ("I.", "2.", "b)", "(2)")
    leads that item's sub-points, not the letter ("- Tổ chức, cá nhân … thực hiện …. Trong đó,
    chú trọng một số trách nhiệm như sau:" under "2. Đối với …") — when the item above is a
    heading, the letter already asked "… nội dung sau:" above its items, or the dash paragraph
    is a task of its own before its lead-in. A plan's aims or a report's figures ("2. Yêu cầu:
    Triển khai …." above "- Để thực hiện tốt kế hoạch, Sở … phân công … như sau:") are front
    matter: the dash paragraph is then the intro, as is any dash before the first item."""
    if any(_article(p) for p in before):
        return False  # a decree's articles: its body is found as before (notices.regulation)
    items = [i for i, p in enumerate(before) if _item(p)]
    if not items:
        return False
    asked = any(_ASKS_END.search(p) and _concludes(p) for p in before[: items[0]])
    return asked or _heading(before[items[-1]]) or _task_then_lead_in(paragraph)


def _item(paragraph: str) -> bool:
    """A paragraph opening with an item's marker other than a dash ("II.", "2.", "b)", "(2)")."""
    marker = find_marker(paragraph)
    return (
        marker is not None
        and marker.kind is not MarkerKind.BULLET
        and not _HYPHEN_NUMBER.match(paragraph)
    )


_HEADING_WORDS = 16


def _heading(paragraph: str) -> bool:
    """A short item with no sentence in it ("2. Đối với công tác y tế trường học"), not in
    capitals (a plan's part, "II. NHIỆM VỤ", whose dash intro opens its body)."""
    text = paragraph.rstrip()
    letters = [c for c in text if c.isalpha()]
    caps = bool(letters) and sum(c.isupper() for c in letters) > 0.8 * len(letters)
    return not caps and not text.endswith((".", ":", ";")) and len(text.split()) <= _HEADING_WORDS


def _task_then_lead_in(paragraph: str) -> bool:
    """A sentence ends before the paragraph's "… như sau:" ("- Nhân viên y tế … theo dõi sức
    khỏe học sinh hằng ngày. Trong đó, chú trọng một số việc như sau:"): a point's own work."""
    matches = list(_INTRO_END.finditer(paragraph))
    head = paragraph[: matches[-1].start()] if matches else paragraph
    return any(m.group(1).isupper() for m in _SENTENCE_BREAK.finditer(head))


def _article(paragraph: str) -> bool:
    """An article's heading ("Điều 3. …"): the paragraph opens a regulation's provisions."""
    return (marker := find_marker(paragraph)) is not None and marker.label[:4] == "Điều"


_GREETING_WITHIN = 25  # "Kính gửi" stands in the header, never further down


def _late_greeting(paragraphs: list[str], header: int) -> int | None:
    """Index of the header's own "Kính gửi" when a margin note read above it ended the header
    early; None when the header has its own already, or when "Nơi nhận", "- Lưu: …" or the
    signature comes first (a form, an invitation or a petition attached after the signature
    greets its own addressee)."""
    if any(match_form(p).startswith("kính gửi") for p in paragraphs[:header]):
        return None
    for index in range(header, min(_GREETING_WITHIN, len(paragraphs))):
        paragraph = paragraphs[index]
        if BODY_END.match(paragraph) or FILED.match(paragraph):
            return None
        if match_form(paragraph).startswith("kính gửi"):
            return index
    return None


# "PHỤ LỤC I", "Phụ lục 2", "Mẫu số 01": an appendix or a form printed after the signature
_APPENDIX = re.compile(
    r"^\W{0,3}(?:phụ lục(?:\s+(?:số\s+)?[ivxl\d]{1,4})?|mẫu(?:\s+số)?\s+\d)(?![^\W_])"
)


def _in_appendix(before: list[str]) -> bool:
    """A paragraph after the signature that an appendix or a form heads ("PHỤ LỤC I" + "(Ban
    hành kèm theo Thông tư …)" over a form and its "Ghi chú (1): … như sau:"): its intro leads
    the form's own notes, not the document's work (bgtvt-57)."""
    for paragraph in reversed(before):
        if BODY_END.match(paragraph):
            return False
        if _APPENDIX.match(match_form(paragraph)):
            return True
    return False


def _opens_with_items(tail: list[str]) -> bool:
    """An attached document named after the signature whose body opens with its items ("I.
    MỤC TIÊU"), not with an intro of its own ("Chính phủ ban hành Chương trình … như sau:",
    which still opens the body as before)."""
    start = attached_start(tail)
    if start is None:
        return False
    for paragraph in tail[start:]:
        if find_marker(paragraph) is not None:
            return True
        if _INTRO_END.search(paragraph):
            return False
    return False


def _attached_intro(paragraphs: list[str], end: int) -> tuple[list[str], list[str]] | None:
    """(front matter, body) split at the attached document's own intro ("Bộ … triển khai
    Chương trình hành động … với những nhiệm vụ cụ thể sau đây:"), the first paragraph of its
    body after its name, title and note, the document signed at `end`; None when the attached
    document opens with its items or none is named."""
    start = attached_start(paragraphs[end:])
    if start is None:
        return None
    for index in range(end + start, len(paragraphs)):
        paragraph = paragraphs[index]
        if find_marker(paragraph) is not None:
            return None
        if _INTRO_END.search(paragraph) and paragraph.rstrip().endswith(":"):
            # the cover's own articles or points keep their work ("Điều 2. Giao Sở … theo dõi,
            # đôn đốc việc thực hiện Kế hoạch …"): its body, then the attached one's
            front, cover = split_body(paragraphs[:end])
            return front, [*cover, *until_end(paragraphs[index + 1 :])]
    return None


def _header_end(paragraphs: list[str], title: str) -> int:
    """Index of the first paragraph after the header lines, the title and "Kính gửi"."""
    end = 0
    in_recipients = False
    for index, paragraph in enumerate(paragraphs[:40]):
        low = match_form(paragraph)
        letters = [c for c in paragraph if c.isalpha()]
        caps = bool(letters) and sum(c.isupper() for c in letters) > 0.8 * len(letters)
        if not any(c.isalnum() for c in paragraph):
            continue  # a bare "|" a table's cell leaves between "Kính gửi:" and its list
        if low.startswith("kính gửi"):
            in_recipients, end = True, index + 1
        elif in_recipients and paragraph.startswith(("-", "+", "•")):
            end = index + 1
        elif (title and paragraph in title) or caps or _HEADER_LINE.match(paragraph):
            in_recipients, end = False, index + 1
        elif len(paragraph.split()) >= 6:
            break  # the first real sentence: the header is over
    return end
