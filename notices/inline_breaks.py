"""Line breaks a reader lost inside a paragraph, put back: numbered points run together
("… 4.1. Giao …: (i) … (ii) …"), a section heading, a row's fields, the type and subject lines,
the addressee glued to the letter's first sentence."""

from __future__ import annotations

import re

from notices.lexicon import ACTION_WORDS
from notices.name_kinds import HEAD_RX
from notices.named_headings import split_named_heading
from notices.text import match_form

# "4. Về phân công …: 4.1. Giao Đảng uỷ Chính phủ: (i) Chỉ đạo …. (ii) Chỉ đạo …. 4.2. Giao …": a
# scan or a paste that lost the line breaks. A sub-number or "(ii)" after a sentence end or a
# colon opens a new paragraph only when it continues the numbering already open.
_INLINE_MARK = re.compile(
    r"(?<=[.:;])\s+(?=(?P<num>\d{1,2}(?:\.\d{1,2}){1,3})\.\s+[A-ZĐÀ-Ỹ\"“]"
    # a bracketed point continues its numbering whatever its first letter: "…; (2) các bộ,
    # ngành, địa phương tổ chức …", "…; (4) đôn đốc các doanh nghiệp …" (a dotted number stays
    # before a capital: "… 1.5. các" is a figure more often than a point)
    r"|(?:\((?P<roman>[ivx]{1,4}|[¡l])\)|\((?P<paren>\d{1,2})\))\s+(?:[^\W\d_]|[\"“]))"
)  # "(¡)" is OCR's "(i)"; "… như sau: (1) Bộ Y tế chỉ đạo …. (2) Bộ Công an …" too
_ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]
# "… khẩn trương rà soát, tổng hợp báo cáo cụ thể về một số nội dung sau: (1) Số hộ …; (2) …",
# "… hoàn thiện các báo cáo: (i) Báo cáo …; (ii) …", "… làm rõ các nội dung còn vướng mắc …, cụ
# thể: (i) Đánh giá …": a lead-in that already names the work lists what one report or review
# covers; its "(i)", "(1)" points are parts of that task, not tasks apart.
_CONTENTS_LEAD_IN = re.compile(
    r"\b(?:báo cáo|thống kê|tổng hợp|làm rõ|đánh giá)\b[^:;]{0,80}?\s(?:về\s+)?(?:các|một số"
    r"|những)\s+(?:nội dung|vấn đề|thông tin|số liệu)\b[^:;]{0,160}?(?:sau(?:\s+đây)?|cụ thể)\s*:$"
    r"|\b(?:các|những)\s+báo cáo(?:\s+sau(?:\s+đây)?)?\s*:$"
)
_COUNTED_LEAD_IN = re.compile(
    # "… phê duyệt đối tượng thuộc 02 Chương trình: (1) Hỗ trợ nhà ở …; (2) Xoá nhà tạm …",
    # "… tập trung vào 3 nhóm nội dung của Nghị quyết: (1) Về …": counted things the work is
    # about, named after a preposition; their points are names, not tasks
    r"\b(?:thuộc|của|vào|theo|trong|cho|gồm|với|về)\s+(?:0?\d|hai|ba|bốn|năm)\s+"
    r"(?:nhóm\s+)?(?:chương trình|nội dung|dự án|tiểu dự án|đề án|lĩnh vực|nhóm|vấn đề"
    r"|chức năng|tính năng)\b"
    r"[^:;]{0,120}:$"
)


# Lost line breaks around a plan's own structure ("… theo quy định. V. TỔ CHỨC THỰC HIỆN",
# "1. Sở Văn hóa và Thể thao - Là cơ quan thường trực …", "… năm 2026 - Thời gian dự kiến: …"):
# a capitalised Roman heading after a sentence end continues the open sections; a task row's
# field after " - " or a full stop starts its own line.
_INLINE_SECTION = re.compile(
    r"(?<=[.:;])\s+(?=(?P<sec>[IVX]{1,4})\.\s+[A-ZĐÀ-Ỹ]{2,}[,\s]+[A-ZĐÀ-Ỹ]{2,}[,\s]+[A-ZĐÀ-Ỹ]{2,})"
)
_ROW_FIELDS = (
    r"(?:Thời gian|Thời hạn|Tiến độ)(?:\s+(?:dự kiến|thực hiện|hoàn thành|tổ chức))?"
    r"|Địa điểm(?:\s+(?:thực hiện|tổ chức))?|Kinh phí(?:\s+thực hiện)?"
    r"|(?:Đơn vị|Cơ quan)(?:\s*(?:,|/)\s*(?:đơn vị|cơ quan|địa phương))?"
    r"\s+(?:chủ trì|phối hợp|thực hiện)(?:\s+thực hiện)?"
    r"|Hình thức(?:\s+(?:thực hiện|tổ chức))?"
)
_INLINE_FIELD = re.compile(rf"(?:\s+[-–]|(?<=[.;]))\s+(?=(?:{_ROW_FIELDS})\s*:)")
_BARE_MARKER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[a-zđ]\)|[IVX]{1,4}\.)\s*$")
_SECTION_ORDER = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def _split_lost_breaks(paragraphs: list[str]) -> list[str]:
    from notices.markers import MarkerKind, find_marker

    out: list[str] = []
    section: str | None = None
    for paragraph in paragraphs:
        marker = find_marker(paragraph)
        if marker is not None and marker.kind is MarkerKind.SECTION:
            section = marker.label
        pieces: list[str] = []
        start = 0
        for m in _INLINE_SECTION.finditer(paragraph):
            wanted = _next_section(section)
            if m["sec"] != wanted:
                continue
            section = m["sec"]
            pieces.append(paragraph[start : m.start()].strip())
            start = m.end()
        pieces.append(paragraph[start:].strip())
        pieces = [part for piece in pieces for part in _split_title(piece)]
        for piece in pieces:
            caps = _CAPS_HEADING_THEN_TEXT.match(piece)
            if caps:  # "I. ĐÁNH GIÁ CHUNG Thay mặt Thủ tướng …": the heading, then its text
                out.extend([caps.group(1), *_split_fields(piece[caps.end() :])])
            else:
                out.extend(_split_fields(piece))
    return [p for p in out if p]


# "THÔNG BÁO Về việc treo cờ Tổ quốc Nhân dịp Đại hội …": a reader that glued the type line, the
# subject line and the first sentence of the body into one paragraph.
_TYPE_THEN_TEXT = re.compile(
    r"^(THÔNG BÁO|KẾ HOẠCH|CHỈ THỊ|CÔNG ĐIỆN|QUYẾT ĐỊNH|NGHỊ QUYẾT|KẾT LUẬN|BÁO CÁO|CÔNG VĂN)"
    r"\s+(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])"
)
_SUBJECT_THEN_TEXT = re.compile(
    r"^((?:Về việc|V/v)\s[^.:;]{3,200}?)\s+(?=(?:Căn cứ|Thực hiện|Theo|Nhân dịp|Để|Nhằm"
    r"|Trên cơ sở|Sau khi|Ngày \d)\s)"
)


def _split_title(paragraph: str) -> list[str]:
    out: list[str] = []
    m = _TYPE_THEN_TEXT.match(paragraph)
    if m and len(paragraph) - m.end() > 20:
        out.append(m.group(1))
        paragraph = paragraph[m.end() :]
    m = _SUBJECT_THEN_TEXT.match(paragraph)
    if m and out and len(paragraph) - m.end() > 20:
        out.append(m.group(1))
        paragraph = paragraph[m.end() :]
    return [*out, paragraph]


_CAPS_WORD = r"[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ0-9]*"
_CAPS_HEADING_THEN_TEXT = re.compile(
    rf"^((?:[IVX]{{1,4}}|\d{{1,2}})\.\s+{_CAPS_WORD}(?:[,\s]+(?:{_CAPS_WORD}|-|–))*\s+"
    rf"{_CAPS_WORD}(?:[,\s]+{_CAPS_WORD})*)\s+(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ]+\s+[a-zà-ỹđ])"
)


def _next_section(section: str | None) -> str:
    if section is None:
        return "I"
    index = _SECTION_ORDER.index(section) if section in _SECTION_ORDER else -1
    return _SECTION_ORDER[index + 1] if 0 <= index < len(_SECTION_ORDER) - 1 else ""


def _split_fields(paragraph: str) -> list[str]:
    """ "2.1. Chương trình Khai mạc - Thời gian dự kiến: ngày 11/9/2026" → the row's title and
    "- Thời gian dự kiến: …"; "… Hà Nội - Đơn vị chủ trì: Sở …" likewise."""
    pieces: list[str] = []
    start = 0
    for m in _INLINE_FIELD.finditer(paragraph):
        if m.start() - start < 3 or _BARE_MARKER.match(paragraph[start : m.start()]):
            continue  # "1.3. Thời gian thực hiện: …": the field is the point the marker opens
        pieces.append(paragraph[start : m.start()].strip())
        start = m.end()
    if not pieces:
        return _split_body_dash(paragraph)
    pieces.append(paragraph[start:].strip())
    return [pieces[0], *(f"- {p}" for p in pieces[1:])]


# "1. Sở Văn hóa và Thể thao - Là cơ quan thường trực …": a numbered body heading with its first
# dash point glued on; the point opens with a verb (not "Sở Văn hóa - Thể thao", a name).
_BODY_DASH = re.compile(
    r"^(?P<head>(?:\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ])[.)]\s+[^.:;\-–]{3,90}?)\s+[-–]\s+"
    r"(?P<point>[A-ZĐÀ-Ỹ][^\s]*\s.*)$"
)


_ACTION_START = re.compile(
    "(?:" + "|".join(re.escape(w) for w in sorted(ACTION_WORDS, key=len, reverse=True)) + ")[ ,]"
)


# A commune civil servant's title joins two fields with a dash ("Công chức Địa chính - Xây dựng
# xã", "Công chức Tư pháp - Hộ tịch phường"): the level noun after the second field shows it.
# "Giao công chức Văn phòng - Thống kê phụ trách chuyển đổi số": the duty after the second
# field shows it as well, and a heading "Giao …" writes the title in lower case.
_STAFF_TITLE = re.compile(r"\b(?:[Cc]ông chức|[Cc]án bộ|[Vv]iên chức|[Cc]huyên viên)\s+[A-ZĐÀ-Ỹ]")
# "1. Công chức Văn phòng - Thống kê, Ông Nguyễn Văn Sang.": the person who holds it, named after.
_LEVEL_AFTER = re.compile(
    r"\s*(?:[a-zà-ỹđ]+\s+){0,3}?(?:xã|phường|thị trấn|huyện|thị xã)\b|\s*phụ trách\b"
    r"|\s*[,:]?\s*(?:ông|bà|đồng chí|đ/c)\s"
)


# "1. Đánh giá chung - Các cấp ủy … đã quán triệt …", "3.1. Đối với Đảng ủy - UBND các xã - Đề
# nghị tăng cường …": a Word file that wrote a heading and its first dash point on one line. An
# assessment heading takes any point; a "Đối với <doers>" heading a point that asks work or
# names its body before a colon ("- Ban CHQS huyện: Giúp …").
_GLUED_HEAD = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ])[.)]\s+(?:(?P<assessment>đánh giá chung"
    r"|(?:các\s+)?(?:tồn tại|hạn chế|nguyên nhân)"
    r"(?:\s*(?:,|và)\s*(?:tồn tại|hạn chế|nguyên nhân))*)"
    r"|(?P<topic>đối với\s[^.:;]{3,80}))$"
)
_GLUED_DASHES = re.compile(r"\s+[-–]\s+(?=[A-ZĐÀ-Ỹ])")
_LABELLED_POINT = re.compile(r"^[A-ZĐÀ-Ỹ][^\s:;,.]*(?:\s[^\s:;,.–-]+){0,6}:\s")


def _split_glued_heading(paragraph: str) -> list[str] | None:
    for dash in _GLUED_DASHES.finditer(paragraph, 0, 120):
        head, point = paragraph[: dash.start()], paragraph[dash.end() :]
        found = _GLUED_HEAD.match(match_form(head))
        if found is None or not re.match(r"^\S+\s+\S+\s+\S+", point):
            continue
        label = _LABELLED_POINT.match(point)
        if found["topic"] and label and not HEAD_RX.match(match_form(point)):
            continue  # "Đối với Phòng Kinh tế - Hạ tầng: Chủ trì …": the dash is the name's
        asks = _ACTION_START.match(point.lower()) or label
        if found["assessment"] or asks:
            return [head, f"- {point}"]
    return None


def _split_body_dash(paragraph: str) -> list[str]:
    glued = _split_glued_heading(paragraph) or split_named_heading(paragraph)
    if glued is not None:
        return glued
    m = _BODY_DASH.match(paragraph)
    if m is None:
        return [paragraph]
    head = m["head"].split(maxsplit=1)[-1]  # without its marker ("b)", "2)")
    if head.count("(") > head.count(")"):
        # "… hàng tháng (theo mẫu - Tại Phụ lục số 4) về …": a dash inside brackets
        return [paragraph]
    point = m["point"]
    action = _ACTION_START.match(point.lower())
    if not action:
        return [paragraph]
    if _STAFF_TITLE.search(m["head"]) and _LEVEL_AFTER.match(point.lower(), action.end()):
        return [paragraph]  # "Công chức Địa chính - Xây dựng xã chuẩn bị …": one title
    if not re.match(r"^\S+\s+\S+\s+\S+", point):
        return [paragraph]
    return [m["head"], f"- {point}"]


def split_inline_items(paragraphs: list[str]) -> list[str]:
    """Each paragraph cut where a lost break stood: a heading or a row field, then a point that
    continues the numbering open ("4.1" after "4", "(ii)" after "(i)", "(2)" after "(1)")."""
    from notices.markers import MarkerKind, find_marker

    paragraphs = _split_lost_breaks(paragraphs)
    out: list[str] = []
    last_number: str | None = None
    paren = 0
    for paragraph in paragraphs:
        marker = find_marker(paragraph)
        if marker is not None and marker.label[:1].isdigit():
            last_number = marker.label.rstrip(".")
        if marker is not None and re.fullmatch(r"\(\d{1,2}\)", marker.label):
            paren = int(marker.label.strip("()"))
        elif marker is not None and marker.kind is not MarkerKind.BULLET:
            paren = 0  # a new numbered or lettered item starts its own "(1)", "(2)" list
        pieces: list[str] = []
        start = 0
        roman = 0
        for m in _INLINE_MARK.finditer(paragraph):
            before = paragraph[start : m.start()]
            if (
                not m["num"]
                # the paragraph's first point, or a point's own lead-in ("(5) Phát triển … với
                # 05 chức năng chính: (i) …; (ii) …"): the parts of that one task
                and (not pieces or before.rstrip().endswith(":"))
                and _lists_contents(before, paragraph[m.end() :])
            ):
                break  # "… báo cáo về một số nội dung sau: (1) …; (2) …": one task's parts
            first = (m["paren"] and paren == 0) or (m["roman"] and roman == 0)
            if first and _opens_lower(paragraph[m.end() :]) and not _body_label(marker, before):
                continue  # "… đã đạt kết quả nổi bật: (1) ban hành …": a sentence's own list
            if m["num"]:
                if last_number is None or not _continues(last_number, m["num"]):
                    continue
                last_number = m["num"]
                roman = 0
            elif m["paren"]:
                if int(m["paren"]) != paren + 1:
                    continue
                paren += 1
            else:
                expected = _ROMANS[roman] if roman < len(_ROMANS) else ""
                label = "i" if m["roman"] in ("¡", "l") else m["roman"]
                if label != expected:
                    continue
                roman += 1
            pieces.append(paragraph[start : m.start()].strip())
            start = m.end()
        pieces.append(paragraph[start:].strip())
        out.extend(p for p in pieces if p)
    return out


_LOWER_POINT = re.compile(r"\([^()]{1,4}\)\s+[^\W\d_]")


def _opens_lower(rest: str) -> bool:
    """The bracketed point's first word is in lower case ("(1) trình …", "(2) các bộ …")."""
    m = _LOWER_POINT.match(rest)
    return m is not None and m.group()[-1].islower()


def _body_label(marker: object, before: str) -> bool:
    """What stands before a list's first point is an item's short label and its colon ("a) Bộ
    Khoa học và Công nghệ: (1) trình …"): the points are that item's, whatever their case."""
    return marker is not None and before.rstrip().endswith(":") and len(before.split()) <= 14


def _lists_contents(lead_in: str, points: str) -> bool:
    from notices.text import match_form

    low = match_form(lead_in.strip())
    if _CONTENTS_LEAD_IN.search(low) is not None:
        return True
    # counted things are names ("(1) Hỗ trợ nhà ở …"); points that open with a body or "Giao"
    # ("… theo 03 nhóm nội dung sau: (1) Sở Tài chính bố trí …") are tasks
    if _COUNTED_LEAD_IN.search(low) is not None and not _points_assign(points):
        return True
    # "Rà soát, tiếp thu ý kiến góp ý … tại cuộc họp về: (i) Thời điểm áp dụng …; (ii) Điều khoản
    # chuyển tiếp …": the topics the one work is about, named after "về"; points that open with
    # work or a body ("… về: (i) Bộ Tài chính bố trí …", "(i) Rà soát …") are tasks
    topics = _TOPICS_LEAD_IN.search(low) is not None
    return topics and not _points_assign(points) and not _points_work(points)


# "… về:", "… đối với:" closing a lead-in: what follows are the topics of its work.
_TOPICS_LEAD_IN = re.compile(r"\s(?:về|đối với)\s*:$")


def _points_work(points: str) -> bool:
    """A point opens with a work verb ("(i) Rà soát …", "(ii) Khẩn trương hoàn thiện …")."""
    from notices.imperatives import asks_work

    marks = list(_POINT_MARK.finditer(points))
    return any(
        asks_work(points[m.end() : after.start() if after else len(points)])
        for m, after in zip(marks, [*marks[1:], None], strict=True)
    )


_POINT_MARK = re.compile(r"(?:^|[.:;,]\s+)\((?:\d{1,2}|[ivx]{1,4})\)\s+")


def _points_assign(points: str) -> bool:
    """A point opens with a body that acts or with "Giao" and a body ("(1) Sở Tài chính bố trí
    …", "(1) Giao Sở Nội vụ …"), or gives its thing to a body ("(1) Dự án …, giao Sở Xây dựng
    làm chủ đầu tư"). A procedure "(1) Giao đất, cho thuê đất" or a body named as a target "(1)
    Ủy ban nhân dân các xã đạt chuẩn" is a name."""
    from notices.assignees import analyze
    from notices.names import assignee_start
    from notices.text import match_form

    low = match_form(points)
    marks = list(_POINT_MARK.finditer(points))
    for m, after in zip(marks, [*marks[1:], None], strict=True):
        end = after.start() if after else len(low)
        at = m.end() + len("giao ") if low.startswith("giao ", m.end()) else m.end()
        if assignee_start(points, low, at) is not None and analyze(points[m.end() : end]).leads:
            return True
        if _GIVES_TO.search(low, m.end(), end):
            return True
    return False


_GIVES_TO = re.compile(r",\s*giao\s+(?:cho\s+)?(?=\S)")


def _continues(previous: str, candidate: str) -> bool:
    """ "4" → "4.1", "4.1" → "4.2", "4.1" → "4.1.1": the next number of an open list."""
    if not all(x.isdigit() for x in [*previous.split("."), *candidate.split(".")]):
        return False  # "5)" (a marker OCR read from a table), "1.a": not a dotted number
    prev = [int(x) for x in previous.split(".")]
    cand = [int(x) for x in candidate.split(".")]
    if cand == [*prev, 1]:
        return True
    for depth in range(len(prev), 0, -1):
        if (
            len(cand) == depth
            and cand[:-1] == prev[: depth - 1]
            and cand[-1] == prev[depth - 1] + 1
        ):
            return True
    return False


# "Kính gửi: Bộ Nông nghiệp và Môi trường. Ngày 31 tháng 10 năm 2025, …": a reader that glued the
# addressee cell to the first paragraph of the letter.
_ADDRESSEE_THEN_TEXT = re.compile(
    r"^(Kính gửi\s*:[^.]{2,300}\.)\s+(?=[A-ZĐÀ-Ỹ])"
    # "Kính gửi: Ủy ban nhân dân phường, xã và đặc khu Căn cứ Luật …": no full stop, but the
    # letter opens with one of the words a letter's first sentence opens with.
    r"|^(Kính gửi\s*:[^.;]{2,300}?)\s+"
    r"(?=(?:Căn cứ|Thực hiện|Theo đề nghị|Ngày \d|Nhằm|Trên cơ sở)\s)",
    re.IGNORECASE,
)


def split_addressee(paragraphs: list[str]) -> list[str]:
    """ "Kính gửi: …" glued to the letter's first sentence: two paragraphs."""
    out: list[str] = []
    for paragraph in paragraphs:
        m = _ADDRESSEE_THEN_TEXT.match(paragraph)
        if m and len(paragraph) - m.end() > 40:
            out.extend([m.group(1) or m.group(2), paragraph[m.end() :]])
        else:
            out.append(paragraph)
    return out
