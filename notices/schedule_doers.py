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
"""

from __future__ import annotations

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
    r"(?<![^\W_])(?:Giáo viên|GVCN|GVBM|GV|Tổ trưởng|Tổ phó|Nhóm trưởng|Khối trưởng|BCH"
    r"|Ban chấp hành|Ban giám hiệu|Ban Giám hiệu|BGH|Hiệu trưởng|Phó hiệu trưởng"
    r"|Phó Hiệu trưởng|Hiệu phó"
    r"|Bí thư|Phó bí thư|Phó Bí thư|Chi đoàn|Đoàn trường|Đoàn viên|Chi bộ|Công đoàn|Học sinh"
    r"|Kế toán|Văn thư|Thủ quỹ|Nhân viên|Cán bộ|Công chức)(?![^\W_])"
)
# The lower-case words that go on a role's name: "Giáo viên chủ nhiệm", "Bí thư chi đoàn", "BCH
# Đoàn trường" ("Giáo viên tổ chức …", "Đoàn viên đoàn kết …" go on with the work).
_OF_UNIT = (
    r"(?:chủ nhiệm|bộ môn|phụ trách|chi đoàn|chi bộ|công đoàn|nhà trường|trường|đoàn(?!\s+kết)"
    r"|tổ(?!\s+chức)|nhóm|khối|xã|phường|thôn)(?![^\W_])"
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
    best: tuple[int, list[str]] | None = None
    for found in _GROUP.finditer(text):
        if _NOTE.match(text[found.end() :]) and _cell_start(text, found.start()):
            best = _later(best, found.start(), [found.group()])
    # a role read to a lower-case word ends there: "Giáo viên chủ nhiệm duyệt với BGH" is the
    # role, then its work, though the name reader takes it whole; a role cut after a capital
    # ("Công chức Văn" of "Công chức Văn hóa - Xã hội") is the start of a longer name
    whole_roles: set[int] = set()
    for found in _ROLE.finditer(text):
        if found.start() > 0 and _cell_start(text, found.start()):
            before = text[: found.start()]
            if not _OBJECT_BEFORE.search(before):
                best = _later(best, found.start(), [found.group()])
                if found.group().split()[-1][:1].islower():
                    whole_roles.add(found.start())
    body = _body_cell(text)
    if body is not None and body[0] not in whole_roles:
        best = _later(best, *body)
    for names in _person_lists(text):
        best = _later(best, names[0], names[1])
    return best[1] if best else None


# Where a capitalised cell may start: right after a lower-case word or a figure of the work.
_CAPITAL_AFTER_WORK = re.compile(rf"(?<=[{_LOWER}\d'’)])\s+(?={_NOTE_WORD}[{_UPPER}])")
_NOTE_START = re.compile(
    r"\s+(?:theo|bắt đầu|từ|trong|vào|tại|sau|trước|nếu|khi)(?![^\W_])|\s*\(", re.IGNORECASE
)
_CONNECTIVES = re.compile(r"(?<![^\W_])và(?![^\W_])|[\s,;+&-]")


def _body_cell(text: str) -> tuple[int, list[str]] | None:
    """A cell of body names the name reader reads whole, from a capital after the work to the
    note or the row's end: "… cho thiếu nhi Công chức Văn hóa - Xã hội", "… Ban Văn hóa xã Theo
    kế hoạch"; the leftmost such cell, the fullest name."""
    for gap in _CAPITAL_AFTER_WORK.finditer(text):
        start = gap.end()
        if _OBJECT_BEFORE.search(text[: gap.start()]):
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
            return start, [a.name for a in found]
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


def _person_lists(text: str) -> list[tuple[int, list[str]]]:
    """Given-name lists in a row, each with where it starts and its names as leads."""
    out: list[tuple[int, list[str]]] = []
    taken: list[tuple[int, int]] = []
    for found in _MARKED.finditer(text):
        if not _NOTE.match(text[found.end() :]):
            continue
        names = _names(found.group("names"), found.group("marker"))
        if names:
            out.append((found.start(), names))
            taken.append(found.span())
    for rx, needs_note in ((_BRACKETED, False), (_COLON, True), (_BARE, True)):
        for found in rx.finditer(text):
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
