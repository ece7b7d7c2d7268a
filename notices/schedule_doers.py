"""Who a row of a plan's month-by-month schedule names: the doer written in the row's own cell.

A school's, a Đoàn's or a commune's plan often lays out its year as a schedule ("IV. LỊCH TRÌNH
THỰC HIỆN" over "Tháng 9/2024", "- Họp phụ huynh đầu năm Giáo viên chủ nhiệm Theo lịch của
trường"): a table of "Nội dung công việc | Người thực hiện | Ghi chú" flattened to one line per
row. The doer's cell follows the work, and a note may follow the doer ("Theo TKB", "theo lịch của
trường", "bắt đầu từ 15/8"). A human reader sees the cell boundary where a capitalised group or
role starts after the work's lower-case words ("… ở các lớp Cả tổ Theo TKB"), or where a list of
given names comes after a person marker ("đc: Hồng, Liên"), a colon ("Chấm SKKN: Hà, Lựu") or the
work ("Kiểm tra thường xuyên Lựu, Phương"). The doers are kept as written: "Cả nhóm Sinh", "Giáo
viên dạy khối 6 và 7", "đc Hồng", "Cô Lan".

The doer cell is the row's last: only its last characters are read (a long row is the work), a
name inside the work is no cell ("… cho cán bộ Hội Nông dân xã", "phối hợp Đoàn Thanh niên xã",
"Đại hội Chi đoàn", "Ngày thành lập Đoàn TNCS Hồ Chí Minh", "Hội khỏe Phù Đổng"), and a name
inside a longer cell ("Đội" of "Tổng phụ trách Đội") is that cell's.
"""

from __future__ import annotations

import itertools
import re

from notices.names import split_assignees

_UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_LOWER = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
# A capitalised word that goes on a doer's name ("Cả nhóm Hóa", "BCH Đoàn trường"); the note
# cell's first word ("Theo TKB") starts a cell of its own.
_NOTE_WORD = r"(?!(?:Theo|Bắt|Từ|Trong|Vào|Tại|Sau|Trước|Nếu|Khi)(?![^\W_]))"
_CAP_WORD = rf"{_NOTE_WORD}[{_UPPER}][{_LOWER}{_UPPER}]*(?![^\W_])"
# One given name as a schedule writes it: a single capitalised syllable ("Hà", "Lựu").
_GIVEN = rf"{_NOTE_WORD}[{_UPPER}][{_LOWER}]{{1,6}}(?![^\W_])"
# Capitalised words that are no given name: note and heading words, school subjects.
_NOT_NAMES = frozenset(
    re.findall(
        r"\S+",
        "theo cả các tổ ban bộ sở lớp khối bài môn số kỳ kì học thi tháng năm tuần ngày đợt "
        "hóa hoá toán văn lý sử địa anh sinh tin nhạc họa hoạ",
    )
)

# What may follow the doer's cell: nothing, or the "Ghi chú" cell ("Theo TKB", "theo lịch của
# trường", "Bắt đầu từ 15/8", "từ ngày 5", "trong tuần 1", "(nếu có)").
_NOTE = re.compile(
    r"^\s*[,.;:]?\s*(?:(?:theo|bắt đầu|từ|trong|vào|tại|sau|trước|nếu|khi|\()(?![^\W_]).*)?$",
    re.IGNORECASE,
)

# A group as one cell: "Cả tổ", "Cả nhóm Hóa", "Tất cả giáo viên", "Toàn trường".
_GROUP = re.compile(
    r"(?<![^\W_])(?:Cả|Tất cả|Toàn)\s+(?:tổ|nhóm|khối|lớp|chi đoàn|đoàn|trường|ban|hội đồng"
    r"|phòng|đội|bộ phận|xã|phường|thị trấn|thôn|huyện|khu phố|tổ dân phố|chi hội|hội"
    rf"|giáo viên|đoàn viên|thành viên|cơ quan|đơn vị)(?:\s+{_CAP_WORD}|\s+\d+)*"
)
# A role as one cell: "Giáo viên chủ nhiệm", "Giáo viên dạy 10 và 11", "Tổ trưởng", "BCH Đoàn
# trường", "Ban Giám hiệu", "GVCN".
_ROLE_HEAD = (
    r"(?<![^\W_])(?:Tổng phụ trách|Giáo viên|GVCN|GVBM|GV|Tổ trưởng|Tổ phó|Nhóm trưởng"
    r"|Khối trưởng|BCH"
    r"|Ban chấp hành|Ban giám hiệu|Ban Giám hiệu|BGH|Hiệu trưởng|Phó hiệu trưởng"
    r"|Phó Hiệu trưởng|Hiệu phó"
    r"|Bí thư|Phó bí thư|Phó Bí thư|Chi đoàn|Đoàn trường|Đoàn viên|Chi bộ|Công đoàn|Học sinh"
    r"|Kế toán|Văn thư|Thủ quỹ|Nhân viên|Cán bộ|Công chức)(?![^\W_])"
)
# The lower-case words that go on a role's name: "Giáo viên chủ nhiệm", "Bí thư chi đoàn", "BCH
# Đoàn trường" ("Giáo viên tổ chức …", "Đoàn viên đoàn kết …" go on with the work).
_OF_UNIT = (
    r"(?:chủ nhiệm|bộ môn|phụ trách|chi đoàn|chi bộ|công đoàn|nhà trường|trường|đoàn(?!\s+kết)"
    r"|tổ(?!\s+chức)|nhóm|khối|xã|phường|thôn"
    r"|(?:các|trong)\s+(?:trường|tổ|lớp|khối|nhóm|đơn vị))(?![^\W_])"
)
_NUMBERS = r"\d+(?:\s*(?:,|và|-)\s*\d+)*"
_ROLE = re.compile(
    rf"{_ROLE_HEAD}(?:\s+(?:dạy(?:\s+(?:lớp|khối))?\s+{_NUMBERS}|(?:lớp|khối)\s+{_NUMBERS}"
    rf"|{_OF_UNIT}|{_CAP_WORD}))*"
)
# Words after which a capitalised role is the work's object, not a cell of its own: "duyệt với
# BGH", "nộp cho Tổ trưởng", "báo cáo Hiệu trưởng".
_OBJECT_BEFORE = re.compile(
    r"(?:với|cho|của|về|tới|đến|lên|gửi|nộp|và|hoặc|báo cáo|trình|mời|giúp)\s*$", re.IGNORECASE
)
# … or a few lower-case words after them ("cho cán bộ Hội Nông dân xã", "đến đoàn viên Chi đoàn
# thôn 3", "phối hợp Đoàn Thanh niên xã"), or an event the name belongs to ("Đại hội Chi đoàn",
# "Ngày thành lập Đoàn TNCS Hồ Chí Minh", "Hội khỏe Phù Đổng").
_OBJECT_AFTER = re.compile(
    rf"(?<![^\W_])(?:với|cho|của|tới|đến|phối hợp|chủ trì)(?:\s+[{_LOWER}]+){{0,3}}\s*$"
    r"|(?<![^\W_])(?:đại hội|thành lập|hội khỏe|hội khoẻ|hội thi|hội thao|hội diễn|hội nghị"
    r"|hội giảng|lễ|kỷ niệm|ngày)\s*$",
    re.IGNORECASE,
)
# A capitalised event, not a doer: "Hội khỏe Phù Đổng", "Đại hội Chi đoàn", "Ngày thành lập …".
_EVENT = re.compile(
    r"(?:Đại hội|Hội khỏe|Hội khoẻ|Hội thi|Hội thao|Hội diễn|Hội nghị|Hội giảng|Ngày|Lễ|Giải"
    r"|Tết|Tuần|Tháng)(?![^\W_])"
)
# The doer cell is read in the row's last characters: the rest is the work (a 38k-character
# row took minutes when every capital was tried).
_REACH = 80
_ROLE_JOIN = re.compile(r"\s*(?:,|;|\bvà\b)\s*")
# A person marker before given names: "đc Hồng", "đ/c: Phương, Hà", "Cô Mai và cô Phương".
_MARKER = r"(?:đ/c|đc|đồng chí|[Cc]ô|[Tt]hầy)"
_NAME_LIST = rf"{_GIVEN}(?:\s*(?:,|và|;)\s*(?:{_MARKER}\s*)?{_GIVEN})*"
_MARKED = re.compile(rf"(?<![^\W_])(?P<marker>{_MARKER})\s*:?\s*(?P<names>{_NAME_LIST})")
_COLON = re.compile(rf":\s*(?P<names>{_NAME_LIST})")
_BRACKETED = re.compile(rf"\(\s*(?P<names>{_NAME_LIST})\s*\)")
_BARE = re.compile(rf"(?<=[{_LOWER}\d'’)])\s+(?P<names>{_NAME_LIST})(?P<comma>\s*,)?")
_SPLIT = re.compile(r"\s*(?:,|;|\bvà\b)\s*")


def row_doers(row: str) -> list[str] | None:
    """The doers one schedule row names in a cell of their own; None when it names none."""
    text = " ".join(row.split())
    floor = max(0, len(text) - _REACH)
    cells: list[tuple[int, int, list[str]]] = []
    for found in _GROUP.finditer(text, floor):
        if _NOTE.match(text[found.end() :]) and _cell_start(text, found.start()):
            cells.append((found.start(), found.end(), [found.group()]))
    # a role read to a lower-case word ends there: "Giáo viên chủ nhiệm duyệt với BGH" is the
    # role, then its work, though the name reader takes it whole; a role cut after a capital
    # ("Công chức Văn" of "Công chức Văn hóa - Xã hội") is the start of a longer name
    whole_roles: set[int] = set()
    roles = [
        found
        for found in _ROLE.finditer(text, floor)
        if found.start() > 0
        and _cell_start(text, found.start())
        and not _is_object(text, found.start())
    ]
    for found in roles:
        cells.append((found.start(), found.end(), [found.group()]))
        if found.group().split()[-1][:1].islower():
            whole_roles.add(found.start())
    for first, second in itertools.pairwise(roles):
        if _ROLE_JOIN.fullmatch(text[first.end() : second.start()]):  # "Tổ trưởng, Tổ phó"
            cells.append((first.start(), second.end(), [first.group(), second.group()]))
    body = _body_cell(text, floor)
    if body is not None and body[0] not in whole_roles:
        cells.append(body)
    for start, names in _person_lists(text, floor):
        cells.append((start, start + len(names[0]), names))
    best: tuple[int, list[str]] | None = None
    for start, end, names in cells:
        if any(s < start and end <= e for s, e, _ in cells):
            continue  # "Đội" of "Tổng phụ trách Đội", "Tổ phó" of "Tổ trưởng, Tổ phó"
        best = _later(best, start, names)
    return best[1] if best else None


def _is_object(text: str, start: int) -> bool:
    """Whether the capitalised name at `start` is the work's object or event, not a cell."""
    before = text[max(0, start - 60) : start]
    return bool(
        _OBJECT_BEFORE.search(before) or _OBJECT_AFTER.search(before) or _EVENT.match(text, start)
    )


# Where a capitalised cell may start: right after a lower-case word or a figure of the work.
_CAPITAL_AFTER_WORK = re.compile(rf"(?<=[{_LOWER}\d'’)])\s+(?={_NOTE_WORD}[{_UPPER}])")
_NOTE_START = re.compile(
    r"\s+(?:theo|bắt đầu|từ|trong|vào|tại|sau|trước|nếu|khi)(?![^\W_])|\s*\(", re.IGNORECASE
)
_CONNECTIVES = re.compile(r"(?<![^\W_])và(?![^\W_])|[\s,;+&-]")


def _body_cell(text: str, floor: int) -> tuple[int, int, list[str]] | None:
    """A cell of body names the name reader reads whole, from a capital after the work to the
    note or the row's end: "… cho thiếu nhi Công chức Văn hóa - Xã hội", "… Ban Văn hóa xã Theo
    kế hoạch"; the leftmost such cell, the fullest name."""
    for gap in _CAPITAL_AFTER_WORK.finditer(text, floor):
        start = gap.end()
        if _is_object(text, start):
            continue
        note = _NOTE_START.search(text, start)
        cell = text[start : note.start() if note else len(text)].rstrip(" ,.;:")
        found = split_assignees(cell) if cell else None
        if not found or any(a.is_person for a in found):
            continue
        rest = cell
        for name in (a.name for a in found):
            rest = rest.replace(name, " ", 1)
        if _CONNECTIVES.sub("", rest) == "":
            return start, start + len(cell), [a.name for a in found]
    return None


def row_subject(row: str) -> str | None:
    """The role a row opens with, doing the work that follows: "Tổ trưởng ký giáo án …", "Giáo
    viên chủ nhiệm nhận lớp", "Các lớp 10, 11 làm bài kiểm tra …"; None for any other row."""
    text = " ".join(row.split())
    found = _ROLE.match(text) or _GROUP.match(text) or _CLASSES.match(text)
    if found is None:
        return None
    rest = text[found.end() :]
    if not re.match(rf"\s+[{_LOWER}]", rest):
        return None  # the row is only the role, or goes on with a name of its own
    return found.group()


# "Các lớp 10, 11", "Các khối 6 và 7": classes that do the work themselves
_CLASSES = re.compile(rf"(?:Các|Những)\s+(?:lớp|khối)\s+{_NUMBERS}")


def _later(
    best: tuple[int, list[str]] | None, start: int, names: list[str]
) -> tuple[int, list[str]]:
    """The doer cell further right wins: the work's own words come first in a row; of two cells
    starting together, the one naming more."""
    if best is None or start > best[0]:
        return start, names
    if start == best[0] and len(" ".join(names)) > len(" ".join(best[1])):
        return start, names
    return best


def _cell_start(text: str, start: int) -> bool:
    """A capitalised doer that starts a cell: after the work's words, not opening the row."""
    if start == 0:
        return False
    before = text[:start].rstrip()
    return bool(before) and not before.endswith(("/", "-"))


def _person_lists(text: str, floor: int) -> list[tuple[int, list[str]]]:
    """Given-name lists in a row, each with where it starts and its names as leads."""
    out: list[tuple[int, list[str]]] = []
    taken: list[tuple[int, int]] = []
    for found in _MARKED.finditer(text, floor):
        if not _NOTE.match(text[found.end() :]):
            continue
        names = _names(found.group("names"), found.group("marker"))
        if names:
            out.append((found.start(), names))
            taken.append(found.span())
    for rx, needs_note in ((_BRACKETED, False), (_COLON, True), (_BARE, True)):
        for found in rx.finditer(text, floor):
            if any(a <= found.start("names") < b for a, b in taken):
                continue
            if needs_note and not _NOTE.match(text[found.end() :]):
                continue
            names = _names(found.group("names"), None)
            if not names:
                continue
            if rx is _BARE and len(names) < 2 and not found.group("comma"):
                continue  # one bare capitalised word may be anything: a list or "Chung," only
            out.append((found.start("names"), names))
            taken.append(found.span())
    return out


def _names(listed: str, marker: str | None) -> list[str] | None:
    """Names of a list as leads; a marker written once stands before each ("đc: Phương, Hà")."""
    names: list[str] = []
    for piece in _SPLIT.split(listed.strip()):
        own = re.match(rf"({_MARKER})\s*(.+)$", piece)
        word = own.group(2) if own else piece
        if word.lower() in _NOT_NAMES:
            return None
        prefix = own.group(1) if own else marker
        names.append(f"{prefix} {word}" if prefix else word)
    return names or None
