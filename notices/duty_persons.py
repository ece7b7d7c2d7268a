"""A division of duties among named people: a heading that names one person and their post.

A "Phân công nhiệm vụ" (a commune's chairman and vice-chairmen, an office's or a school's staff)
puts each person on a line of their own, their duties in the dash or plus points under it:

    1. Ông Hồ Văn A - Trưởng phòng            Đồng chí Nguyễn Văn B, Phó Chủ tịch UBND xã:
    - Phụ trách chung, …                      - Chỉ đạo công tác …
    Bà Trần Thị C – Chuyên viên:              2. Đ/c Lê Văn D (Ủy viên UBND, Trưởng Công an xã)

The heading is an honorific ("Ông", "Bà", "Đồng chí", "Đ/c", "Thầy", "Cô", …) or none, a
capitalised name of two to five words that opens with a family name, then a dash, a comma or a
bracket and the post. The person (the name alone, no honorific, no post) leads every point under
it. The heading must hold nothing else: no verb after the post ("Ông A – Chủ tịch UBND xã chủ trì
…" is a sentence), no "Trưởng ban"/"Thành viên" of a board being set up (a decision's list of
members: those people are named, not given work), and its points must be work, which the caller
decides as for any heading.
"""

from __future__ import annotations

import re

from notices.lexicon import SURNAMES
from notices.name_kinds import assignee_start
from notices.subjects import scan_subject
from notices.text import fold_key, match_form

_HONORIFIC = re.compile(
    r"^(?:(?:đồng chí|đ/c|đc|thầy giáo|cô giáo|nhà giáo|ông|bà|anh|chị|thầy|cô)\.?\s+)",
)
# "Hồ", "Y", "Êban", "H'Nhi", "K'Ré": a capital, small letters, an apostrophe inside a word
_NAME_WORD = re.compile(r"^[A-ZĐÀ-Ỹ][a-zà-ỹđ]*(?:['’][A-ZĐÀ-Ỹ]?[a-zà-ỹđ]+)?$")
# A dash typed without its spaces between a name and a capitalised post.
_GLUED_DASH = re.compile(r"(?<=[a-zà-ỹđ])([-–—])(?=[A-ZĐÀ-Ỹ])")
# Between the name and the post: a dash, a comma, a colon or an opening bracket.
_SEPARATOR = re.compile(r"^\s*(?:[-–—:,]|\()\s*")
# The post itself: a title, an office or a unit (what follows is checked for being a title
# only by its first word's capital; "chuyên viên" may be written small).
_POST_START = re.compile(
    r"^(?:phó\s+|nguyên\s+)?(?:chủ tịch|bí thư|trưởng|giám đốc|hiệu trưởng|hiệu phó|chánh|"
    r"ủy viên|uỷ viên|chuyên viên|cán bộ|công chức|viên chức|nhân viên|kế toán|văn thư|thủ quỹ|"
    r"giáo viên|tổ trưởng|tổ phó|thư ký|chỉ huy|thủ trưởng|tổng biên tập|kiểm soát viên|"
    r"thanh tra viên|chánh văn phòng|chủ nhiệm|đội trưởng|trợ lý|giảng viên|bác sĩ|điều dưỡng|"
    r"y sĩ|quản lý|phụ trách|người lao động|lao động hợp đồng|hợp đồng)"
)
# A board's membership ("Ông A – Chủ tịch UBND xã – Trưởng ban"): the person is named to a body
# being set up, not given work.
_BOARD_ROLE = re.compile(
    r"(?:^|[-–—,;(]\s*)(?:phó\s+)?(?:trưởng ban|thành viên|ủy viên thường trực|tổ viên|"
    r"thư ký hội đồng|chủ tịch hội đồng|ủy viên hội đồng|trưởng đoàn|phó đoàn|thành viên tổ)"
    r"\s*(?:$|[-–—,;)])"
)
# A verb after the post makes the line a sentence, not a heading: work ("Ông A – Chủ tịch UBND xã
# chủ trì …") or speech, as minutes give a speaker ("… kết luận:", "… phát biểu:", "… ý kiến:").
# Only a verb written small counts: a title's own words are capitalised ("Trưởng Ban Chỉ đạo",
# "Trưởng Ban Tổ chức Đảng ủy", "Trưởng phòng Kiểm tra").
_SENTENCE = re.compile(
    r"(?<![^\W_])(?:chủ trì|phối hợp|thực hiện|triển khai|chỉ đạo|có trách nhiệm|chịu trách nhiệm|"
    r"báo cáo|tham mưu|kiểm tra|tổ chức|được phân công|được giao|ký|dự|tham dự|vắng|có mặt|"
    # speech: what a speaker says, concludes, asks or agrees
    r"kết luận|phát biểu|(?:nêu|có|cho)\s+ý kiến|ý kiến|nêu|đề nghị|đề xuất|kiến nghị|giải trình|"
    r"trả lời|nhấn mạnh|yêu cầu|lưu ý|góp ý|thống nhất|nhất trí|trình bày|cho biết|chất vấn|"
    r"tiếp thu|khẳng định|đánh giá|phản ánh|thông báo|quán triệt|chỉ thị|tóm tắt|bổ sung)"
    r"(?![^\W_])"
)
_MAX_POST_WORDS = 24


# "1. Công chức Văn phòng - Thống kê, Ông Nguyễn Văn Sang.": the post first, then the person.
_POST_THEN_NAME = re.compile(
    r"^(?P<post>[^,;:()]{3,80}?)\s*,\s*(?:ông|bà|đồng chí|đ/c)\.?\s+(?P<name>[^,;:()]+?)\s*[.:]?$",
    re.IGNORECASE,
)


def _post_then_name(text: str) -> str | None:
    """The person of a heading that writes the post before the honorific and the name."""
    m = _POST_THEN_NAME.match(text)
    if m is None:
        return None
    post, name = m["post"].strip(), m["name"].strip()
    post_low = match_form(post)
    if not _POST_START.match(post_low) or _BOARD_ROLE.search(post_low) or _says(post, post_low):
        return None
    words = name.split()
    if not 2 <= len(words) <= 5 or not all(_NAME_WORD.match(w) for w in words):
        return None
    return name


def person_heading(text: str) -> str | None:
    """The person a duties heading names ("Hồ Văn A" for "1. Ông Hồ Văn A - Trưởng phòng"), or
    None. `text` is the heading without its number."""
    text = text.strip()
    if (person := _post_then_name(text)) is not None:
        return person
    if text.endswith((".", ";", ",")):
        return None  # "(2) Ông A - Phó Trưởng ban;": an entry of a list of members
    over_points = text.endswith(":")
    text = text.rstrip(":").strip()
    low = match_form(text)
    m = _HONORIFIC.match(low)
    pos = m.end() if m else 0
    words: list[str] = []
    rest = _GLUED_DASH.sub(r" \1 ", text[pos:])  # "Nguyễn Văn An-Trưởng phòng"
    for word in rest.split():
        core = word.rstrip("-–—,:(")
        if not _NAME_WORD.match(core):
            break
        words.append(core)
        if core != word or len(words) == 5:
            break
    if not 2 <= len(words) <= 5 or (m is None and not is_person_name(" ".join(words))):
        return None  # after an honorific any name's shape will do ("Đ/c Tòng Thị Ơn")
    # the name ends at the separator; the rest is the post
    after = rest
    for word in words:
        after = after[after.index(word) + len(word) :]
    sep = _SEPARATOR.match(after)
    if sep is None:
        # "Đồng chí Nguyễn Văn A:" over points: an honorific and the name, no post
        return " ".join(words) if m and over_points and not after.strip() else None
    post = after[sep.end() :].strip().rstrip(")").strip()
    post_low = match_form(post)
    if not post or not _POST_START.match(post_low) or len(post.split()) > _MAX_POST_WORDS:
        return None
    if _BOARD_ROLE.search(post_low) or _says(post, post_low):
        return None
    if m is None and not (after.lstrip().startswith(("-", "–", "—", "(", ","))):
        return None  # a bare name runs on to a colon only in a sentence ("Nguyễn Văn A: …")
    return " ".join(words)


def _says(post: str, post_low: str) -> bool:
    """A verb written small in the post: the line is a sentence or a speaker's turn."""
    return any(post[m.start()].islower() for m in _SENTENCE.finditer(post_low))


# Middle names that mark a person's name whatever the family name ("Tòng Thị Ơn", "Vì Văn A").
_MIDDLE_NAMES = frozenset(("văn", "thị"))


def is_person_name(name: str) -> bool:
    """ "Hồ Văn A": two to five capitalised words opening with a family name (or with "Văn" or
    "Thị" after the first), nothing else (the lead a person heading hands its points). A name of
    another shape ("Ksor Y Bin", "Siu H'Nhi", "Giàng A Chu") counts when it names no body or
    office ("Tỉnh Đoàn", "Hội Phụ Nữ"): the names of the country's peoples are no closed list."""
    words = name.split()
    if not 2 <= len(words) <= 5 or not all(_NAME_WORD.match(w) for w in words):
        return False
    if match_form(words[0]) in SURNAMES or match_form(words[1]) in _MIDDLE_NAMES:
        return True
    return assignee_start(name, match_form(name), 0) is None


def person_led(leads: list[str] | None) -> bool:
    """The points' lead is one named person: the duties of a person heading."""
    return bool(leads) and len(leads or []) == 1 and is_person_name((leads or [""])[0])


# A person's duty that opens with the field in their charge ("Phụ trách chung, …", "Phụ trách
# lĩnh vực văn hóa - xã hội", "Trực tiếp phụ trách công tác …") or with what they approve
# ("Duyệt dự trù thuốc hằng tháng").
DUTY_OPENING = re.compile(r"^(?:trực tiếp\s+)?(?:phụ trách|ph[uụ] trách|duyệt)(?![^\W_])")


# The document's own name says it divides duties: a title line "PHÂN CÔNG NHIỆM VỤ …", "V/v phân
# công nhiệm vụ …", or the lead-in "… thống nhất phân công nhiệm vụ các thành viên … như sau:".
_DIVIDES = re.compile(
    r"^(?:v/v\s+|về việc\s+)?(?:quyết định\s+)?(?:về\s+)?(?:việc\s+)?phân công\s+"
    r"(?:nhiệm vụ|công tác|phụ trách|trách nhiệm)(?![^\W_])"
    r"|(?<![^\W_])phân công\s+(?:nhiệm vụ|công tác)(?![^\W_])[^.;]{0,200}(?:như sau|sau đây)\s*:$"
)
# "Thực hiện Quyết định số 12/QĐ-UBND … về việc phân công nhiệm vụ …, UBND xã báo cáo như sau:":
# another document's name, cited; the document at hand reports on it.
_CITES = re.compile(r"(?<![^\W_])(?:về việc|v/v)\s+(?:\S+\s+){0,3}?phân công(?![^\W_])")
# A report's own title ("BÁO CÁO") or an address to a superior ("Kính gửi: UBND huyện"): the
# document reports upward whatever it is about.
_REPORT_FRONT = re.compile(r"^(?:báo cáo(?:\s+(?:nhanh|tóm tắt|kết quả))?|kính gửi\b.*)$")


def divides_duties(front: list[str]) -> bool:
    """The front matter names the document a division of duties among the issuer's own people
    ("PHÂN CÔNG NHIỆM VỤ CÁC THÀNH VIÊN PHÒNG …"): its closing "kính báo cáo Lãnh đạo Sở và
    thông báo để các đơn vị biết" reports the division upward, it submits nothing for decision.
    A report ("BÁO CÁO", "Kính gửi: …") or a lead-in that only cites a division is none."""
    lines = [match_form(p.strip()) for p in front]
    if any(_REPORT_FRONT.match(line.rstrip(":").strip()) for line in lines):
        return False
    for line in lines:
        m = _DIVIDES.search(line)
        if m is not None and (m.start() == 0 or not _CITES.search(line)):
            return True
    return False


# A table of duties by person: "TT | Họ và tên | Chức vụ | Nhiệm vụ được phân công". A table of
# members ("Họ và tên | Chức vụ | Chức danh trong Ban") or of attendees ("Họ và tên | Đơn vị |
# Ký tên") has no column of duties and stays a table.
_NAME_COLUMN = re.compile(r"^(?:ho (?:va )?ten|ho ten can bo|ten can bo|can bo|cong chuc)$")
_POST_COLUMN = re.compile(r"^(?:chuc vu|chuc danh)(?:\s*[,/]\s*(?:chuc vu|chuc danh))?$")
# "Nội dung phân công chi tiết": a Word extraction may glue "phâncông".
_DUTY_COLUMN = re.compile(
    r"^(?:(?:cac\s+)?nhiem vu|cong viec|linh vuc|noi dung)"
    r"(?: (?:cong viec|nhiem vu))?(?: (?:duoc )?(?:phan ?cong|giao|phu trach))?"
    r"(?: (?:phu trach|thuc hien))?(?: (?:chi tiet|cu the))?$"
    r"|^phan ?cong (?:nhiem vu|cong viec|phu trach)$"
)
# "Nội dung", "Công việc", "Lĩnh vực" alone say no duty: a voters' petitions table ("Họ và tên |
# Địa chỉ | Nội dung"), a commendation's merits or a training list's subjects ("Họ và tên | Chức
# vụ | Nội dung") have one too. They are duties only beside the people's posts in a document
# that divides duties (see divides_above).
_BARE_COLUMN = re.compile(r"^(?:cong viec|linh vuc|noi dung)$")
_NUMBER_COLUMN = re.compile(r"^(?:stt|tt|so tt)$")
_HONORIFIC_CELL = re.compile(
    r"^(?:đồng chí|đ/c|ông|bà|anh|chị|thầy|cô)\.?\s+(?=[A-ZĐÀ-Ỹ])", re.IGNORECASE
)
_CELL_BREAK = re.compile(r"\n|(?:^|(?<=\s))[-–•+]\s+(?=\S)")


def person_table_rows(rows: list[list[str]], *, divides: bool) -> list[str] | None:
    """Lines for a table of duties by person: a person heading per row ("1. Đồng chí Nguyễn Văn
    A - Chủ tịch UBND xã"), then its duty cell as one dash point ("- Phụ trách chung …; Trực
    tiếp chỉ huy …;"), the cell's lines or dash points run together: a row is one assignment,
    however many points its cell lists. A point that opens with a body's name ("Ủy ban nhân dân
    xã bố trí kinh phí …") is that body's work (rule 2): a dash point of its own after the
    person's. `divides`: the document divides duties (divides_above), which a bare "Nội dung"
    column needs. None for any other table."""
    if len(rows) < 2:
        return None
    keys = [fold_key(" ".join(cell.split())) for cell in rows[0]]
    columns = table_columns(keys)
    if columns is None:
        return None
    name, post, duty = columns
    if _BARE_COLUMN.match(keys[duty]) and (post is None or not divides):
        return None
    out: list[str] = []
    for position, row in enumerate(rows[1:], start=1):
        cell = _HONORIFIC_CELL.sub("", _cell(row, name))
        who = " ".join(cell.split())
        if not is_person_name(who):
            continue
        title = " ".join(_cell(row, post).split()) if post is not None else ""
        points = [
            " ".join(p.split()).strip(" .;")
            for p in _CELL_BREAK.split(_cell(row, duty))
            if p.strip(" .;-–•+")
        ]
        if not points or all(_ROLE_CELL.match(match_form(point)) for point in points):
            continue  # "Trưởng ban", "Ủy viên, thư ký": a member's role in a board, no work
        own = [point for point in points if not _opens_with_body(point)]
        out.append(f"{position}. Đồng chí {who}" + (f" - {title}" if title else ":"))
        if own:
            out.append("- " + "; ".join(own) + ";")  # a row is one assignment (rule 1)
        out.extend(f"- {point};" for point in points if point not in own)
    return out or None


def table_columns(keys: list[str]) -> tuple[int, int | None, int] | None:
    """The name's, the post's (None when there is none) and the duties' columns of a table of
    duties by person, by its header's folded cells; None for any other table."""
    name = next((i for i, k in enumerate(keys) if _NAME_COLUMN.match(k)), None)
    duty = next((i for i, k in enumerate(keys) if _DUTY_COLUMN.match(k)), None)
    if name is None or duty is None:
        return None
    post = next((i for i, k in enumerate(keys) if _POST_COLUMN.match(k)), None)
    return name, post, duty


# A board member's role and nothing else, one or more ("Phó Trưởng ban thường trực", "Ủy viên,
# thư ký"): what a roster's "Nhiệm vụ" column says of a board being set up.
_ROLE = (
    r"(?:phó\s+)?(?:trưởng ban|trưởng tiểu ban|trưởng đoàn|trưởng nhóm|tổ trưởng|tổ phó|"
    r"chủ tịch hội đồng|chủ tịch|ủy viên|uỷ viên|thành viên|tổ viên|thư ký|giám khảo|"
    r"trưởng ban giám khảo)(?:\s+(?:thường trực|thường trực hội đồng|hội đồng|ban))?"
)
_ROLE_CELL = re.compile(rf"^{_ROLE}(?:\s*(?:,|và|kiêm)\s*{_ROLE})*$")
# A point that opens with its own doer's name: "Thường trực Ban Chỉ đạo …" is a member's seat.
_SEAT = re.compile(r"^(?:thường trực|thành viên|ủy viên|uỷ viên)(?![^\W_])")


def _opens_with_body(point: str) -> bool:
    """A point of a person's duties that opens with a body or a group, then its verb: "Ủy ban
    nhân dân phường bố trí kinh phí …", "Các tổ dân phố chuẩn bị lực lượng …"."""
    low = match_form(point)
    if _SEAT.match(low) or assignee_start(point, low, 0) not in ("org", "group"):
        return False
    span = scan_subject(point, low, 0)
    return span is not None and span.end > 0 and bool(span.term) and span.term != ":"


# The heading or lead-in right above a table says it divides duties: "II. PHÂN CÔNG NHIỆM VỤ",
# "Phân công cụ thể như sau:".
_HEADING_MARKER = re.compile(r"^(?:[ivx]{1,4}|\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ])[.)]\s*")
_DIVISION_WORD = re.compile(r"(?<![^\W_])phân công(?![^\W_])")


def divides_above(lines: list[str]) -> bool:
    """The lines above a table say the document divides duties: its own name or lead-in does
    (divides_duties), or the heading or lead-in right above the table names a division."""
    texts = [" ".join(line.split()).strip(" *_#|") for line in lines]
    texts = [text for text in texts if text]
    if not texts:
        return False
    if divides_duties(texts):
        return True
    return bool(_DIVISION_WORD.search(_HEADING_MARKER.sub("", match_form(texts[-1]))))


def _cell(row: list[str], index: int) -> str:
    return row[index] if index < len(row) else ""


# A Word table flattened one cell per line, no "|" left: a header of short lines that name the
# columns ("TT", "Họ và tên", "Chức vụ", "Nội dung phân công"), then each row opened by its
# number alone on a line, the person's name, their post (one line or more) and the duty points.
_ROW_NUMBER = re.compile(r"^\d{1,2}\.?$")
_POINT = re.compile(r"^[-–•+]\s*(?=\S)")
_MAX_HEADER_CELL = 60


def plain_person_tables(lines: list[str]) -> list[str]:
    """The lines with every flattened table of duties by person (see person_table_rows) written
    as person headings over dash points, one sentence a line between blank lines; any other run
    of lines stays as it is."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        found = _plain_table(lines, index)
        if found is None:
            out.append(lines[index])
            index += 1
            continue
        sentences, index = found
        for sentence in sentences:
            out.extend(["", sentence, ""])
    return out


def _plain_table(lines: list[str], start: int) -> tuple[list[str], int] | None:
    """The sentences of a flattened person table whose header starts at `start`, and the index
    after its last row; None when no such table starts there. Each row's lines fill the header's
    columns in order: the name, the cells before the duties (the post), the duty points (dash
    lines), then the cells after them (a post after the duties)."""
    if not _NUMBER_COLUMN.match(fold_key(lines[start].strip())):
        return None
    header: list[str] = [lines[start].strip()]
    index = start + 1
    while index < len(lines) and len(header) < 8:
        cell = lines[index].strip()
        if not cell or len(cell) > _MAX_HEADER_CELL or _ROW_NUMBER.match(cell):
            break
        header.append(cell)
        index += 1
    columns = table_columns([fold_key(" ".join(cell.split())) for cell in header])
    if len(header) < 3 or columns is None:
        return None
    name, post, duty = columns
    if name > duty:
        return None
    rows: list[list[str]] = [header]
    number = 1
    while index < len(lines) and lines[index].strip().rstrip(".") == str(number):
        found = _plain_row(lines, index + 1, number, trailing=duty < len(header) - 1)
        if found is None:
            return None
        (before, points, after), index = found
        row = [""] * len(header)
        row[0], row[name], row[duty] = str(number), before[0], "\n".join(points)
        if post is not None and post < duty:
            row[post] = " ".join(before[1:])  # a post written on two lines is one cell
        elif post is not None and after:
            row[post] = after[0]
        rows.append(row)
        number += 1
    if len(rows) < 3:
        return None
    sentences = person_table_rows(rows, divides=divides_above(lines[:start]))
    return (sentences, index) if sentences else None


def _plain_row(
    lines: list[str], index: int, number: int, *, trailing: bool
) -> tuple[tuple[list[str], list[str], list[str]], int] | None:
    """The lines of the row numbered `number` from `index`: the cells before its dash points,
    the points, and when a column follows the duties (`trailing`) its cell after them (a short
    line the next row's number follows, or that opens as a post), and the index after the row;
    None when it has no name or no point."""
    before: list[str] = []
    points: list[str] = []
    after: list[str] = []
    while index < len(lines):
        cell = lines[index].strip()
        if not cell or cell.rstrip(".") == str(number + 1):
            break
        if _POINT.match(cell) and not after:
            points.append(_POINT.sub("", cell))
        elif not points:
            before.append(cell)
        elif trailing and not after and _post_after(lines, index, number):
            after.append(cell)
        else:
            break  # a line after the points that is no point: the table has ended
        index += 1
    if not before or not points:
        return None
    return (before, points, after), index


def _post_after(lines: list[str], index: int, number: int) -> bool:
    """The line at `index`, after a row's points, is that row's post: a short line that the next
    row's number follows, or one that opens as a post ("Trưởng Công an phường")."""
    cell = lines[index].strip()
    if len(cell) > _MAX_HEADER_CELL:
        return False
    following = lines[index + 1].strip().rstrip(".") if index + 1 < len(lines) else ""
    return following == str(number + 1) or bool(_POST_START.match(match_form(cell)))
