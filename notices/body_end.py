"""Where a notice's body ends ("Nơi nhận", "- Lưu: …", the signature, "./.") and what is read
after the signature: the body of a plan (rules, a programme, a procedure) the document attaches,
or else an appendix's task rows or numbered items."""

from __future__ import annotations

import re

from notices.attached_plans import execution_section_start, late_section_start
from notices.duty_sections import drop_steps
from notices.lost_rulebooks import lost_rulebook_start
from notices.markers import MarkerKind, find_marker
from notices.tables import ROW_SENTENCE
from notices.text import match_form

# … or the close of minutes ("Cuộc họp kết thúc lúc 10 giờ 30 cùng ngày.") before its signers
BODY_END = re.compile(
    r"^(?:Nơi nhận|Bản điện tử|Nơi gửi)\b|^(?:TM|KT|TL|TUQ)\.\s*[A-ZĐ]|^T/M\b"
    r"|^Cuộc họp kết thúc\b"
)
FILED = re.compile(r"^[-–—]\s*Lưu\s*:?\s*(?:VT|Văn thư|Văn phòng|hồ sơ)", re.IGNORECASE)
_DASHES = ("-", "–", "—")


def until_end(body: list[str], *, title: str = "") -> list[str]:
    """The body up to "Nơi nhận" or the signature, and after it the body of a plan (or rules,
    a programme) the document attaches, or else the task table of an appendix; `title` (the
    document's own) tells a rulebook whose name and note were lost (notices.lost_rulebooks)."""
    for index, paragraph in enumerate(body):
        if BODY_END.match(paragraph):
            return body[:index] + _after_signature(body[index:], body[:index], title)
        if FILED.match(paragraph):
            # "- Lưu: VT, …" closes the "Nơi nhận" list; a scan may have lost its title line
            rest = body[index:]
            while index and body[index - 1].startswith(_DASHES) and len(body[index - 1]) < 90:
                index -= 1
            return body[:index] + _after_signature(rest, body[:index], title)
        if paragraph.rstrip().endswith("./.") and find_marker(paragraph) is None:
            tail = body[index + 1 :]
            return body[: index + 1] + _after_signature(tail, body[: index + 1], title)
    return body


# A decision that issues a plan prints the plan after its own signature: "KẾ HOẠCH" / its title /
# "(Ban hành kèm theo Quyết định số …)". The plan's body is where the work is. A procedure
# ("QUY TRÌNH") is printed the same way, its note in brackets may say only "(Theo Quyết định số
# …)"; a sentence opening "Theo Quyết định số …, …" is no note.
# A scan's OCR may read a speck before the name (", KẾ HOẠCH") or glue its two words ("KEHOẠCH",
# "KẾHOẠCH"): the note under it still has to follow.
_ATTACHED_TYPE = re.compile(
    r"^(?:[,.;:'`\"“”‘’_~]{1,3}\s*)?(?:KẾ HOẠCH|K[EẾ]HOẠCH|QUY CHẾ|QUY ĐỊNH|QUY TRÌNH"
    r"|CHƯƠNG TRÌNH(?: HÀNH ĐỘNG| CÔNG TÁC)?|ĐỀ ÁN|PHƯƠNG ÁN|HƯỚNG DẪN)\b(?!\s+[a-zà-ỹđ])"
)
_NOTE_OPENS = (
    r"(?:\(?\s*(?:được\s+)?(?:(?:ban hành|phê duyệt)\s+)?kèm\s+|\(\s*(?:ban hành\s+)?)theo\s+"
)
_NOTE_OF = r"(?:Quyết định|QĐ|Nghị quyết|Công văn|Thông báo|Kế hoạch)\b"
_ATTACHED_NOTE = re.compile(rf"^{_NOTE_OPENS}{_NOTE_OF}", re.IGNORECASE)


# A transcription may set the attached document's name in sentence case over its title:
# "Chương trình hành động của Chính phủ thực hiện Nghị quyết số …" / "(Kèm theo Nghị quyết …)".
_ATTACHED_TITLE = re.compile(
    r"^(?:Kế hoạch|Quy chế|Quy định|Chương trình(?: hành động| công tác)?|Đề án|Phương án"
    r"|Hướng dẫn)\s+\S"
)
_NOTE_NEAR = 4  # the note follows the name and a short title at once
_TITLE_LINES = 8  # … or a long title set one short line a paragraph


# "QUY TRÌNH TIẾP NHẬN HỒ SƠ …" / "(Kèm theo Công văn …)": an attached procedure, whose steps
# are its rules wherever it is printed (notices.duty_sections)
_PROCEDURE = re.compile(r"^\W{0,3}QUY TRÌNH\b")


def _after_signature(tail: list[str], body: list[str], title: str = "") -> list[str]:
    start = attached_start(tail)
    if start is None and (lost := lost_rulebook_start(tail, title)) is not None:
        return until_end(tail[lost:])  # the rulebook's articles, its name and note lost
    if start is None:
        # only the plan's late sections kept: "VII. CHẾ ĐỘ BÁO CÁO" after the signature
        start = late_section_start(tail, body)
    if start is None:  # or only its "6. TỔ CHỨC THỰC HIỆN" after technical pages
        start = execution_section_start(tail, body)
    if start is None:
        return _appendix_rows(tail, body)
    attached = until_end(tail[start:])
    if any(_PROCEDURE.match(p) for p in tail[max(0, start - _TITLE_LINES - 1) : start]):
        return drop_steps(attached)
    return attached


def attached_start(tail: list[str]) -> int | None:
    """Index of the first paragraph of the attached document's body after its name, title
    and note, or None when no attached document is named."""
    for index, paragraph in enumerate(tail):
        if not (_ATTACHED_TYPE.match(paragraph) or _ATTACHED_TITLE.match(paragraph)):
            continue
        note = _attached_note(tail, index)
        if note is not None:
            return note + 1
    return None


def _attached_note(tail: list[str], index: int) -> int | None:
    """Index of the last paragraph of the attached document's name and title at `index`: the
    "(Kèm theo Quyết định / Nghị quyết …)" note within a few paragraphs, or further down a title
    whose every line is a title line (no item marker, no sentence end); a reader may glue the
    note to the end of the title's paragraph, or wrap the note's end onto a paragraph of its own
    ("… ngày 12 tháng 6" then "năm 2027 của Chính phủ)" or a lone ")")."""
    for j in _title_lines(tail, index):
        if j + 1 < len(tail) and _wrapped_note(tail[j], tail[j + 1]):
            return j + 1
        if (j > index and _ATTACHED_NOTE.match(tail[j])) or _GLUED_NOTE.search(tail[j]):
            return j
        if _BARE_NOTE.search(tail[j]):
            return j
        if j - index >= _NOTE_NEAR and _ends_title(tail[j]):
            break
    return None


# A procedure's document-control block beside its name ("Mã số: ĐTĐH/PCCBCT", "Ban hành: 01-
# 14/10/2020", "Số trang: 8", "Lần ban hành: 02"): no line of its title
_CONTROL = re.compile(r"^(?:Mã số|Mã hiệu|Ban hành|Lần ban hành|Số trang|Ngày hiệu lực|Trang)\s*:")


def _title_lines(tail: list[str], index: int) -> list[int]:
    """Indexes of the lines that may hold the attached document's name, title and note: up to
    `_TITLE_LINES` after `index`, its control block's lines not counted."""
    out: list[int] = []
    j = index
    while j < len(tail) and len(out) <= _TITLE_LINES:
        if not _CONTROL.match(tail[j].strip()):
            out.append(j)
        j += 1
    return out


# "… hoàn thiện tổ chức bộ máy (Kèm theo Nghị quyết số 105/NQ-CP ngày … của Chính phủ)": the
# note glued to the title's last line
_GLUED_NOTE = re.compile(
    r"\(\s*(?:được\s+)?(?:(?:ban hành|phê duyệt)\s+)?(?:kèm\s+)?theo\s+"
    + _NOTE_OF
    + r"[^()]{0,200}\)\s*$",
    re.IGNORECASE,
)


# "Kế hoạch chuyển đổi kênh … 2014-2017 Ban hành kèm theo Quyết định số …/2014/QĐ-BTTTT ngày …":
# a note without brackets a reader ran into the title's paragraph (its capital opens its line)
_BARE_NOTE = re.compile(
    r"\s(?:Ban hành|Phê duyệt) kèm theo (?:Quyết định|Nghị quyết) số\b[^()]{0,200}$"
)


# the wrapped end of a note: a short run that closes the bracket and opens none
_NOTE_END = re.compile(r"^[^()]{0,120}\)\s*$")


def _wrapped_note(paragraph: str, following: str) -> bool:
    """`paragraph` opens a "(Kèm theo …" note it does not close and `following` closes it."""
    if paragraph.count("(") <= paragraph.count(")") or not _NOTE_END.match(following):
        return False
    return _GLUED_NOTE.search(f"{paragraph.rstrip()} {following.strip()}") is not None


def _ends_title(paragraph: str) -> bool:
    """An item marker or a sentence end: the attached document's name and title are over."""
    return find_marker(paragraph) is not None or paragraph.rstrip().endswith((".", ";", ":"))


# "PHỤ LỤC" / "Phụ lục I" after the signature, then its task table's rows (notices.tables).
_APPENDIX = re.compile(r"^(?:PHỤ LỤC|Phụ lục)(?:\s+[IVX\d]{1,4})?\b")


# A list attached without its "PHỤ LỤC" line: "DANH MỤC NỘI DUNG …" / its title / "(Kèm theo …)",
# then a task table: only its rows are read, and only when its title names work or hands out
# drafting ("… PHÂN CÔNG CƠ QUAN CHỦ TRÌ SOẠN THẢO"); "THỦ TỤC HÀNH CHÍNH", "DỰ ÁN" are catalogues.
_LISTING = re.compile(r"^DANH MỤC\b")
_NAMES_WORK = re.compile(
    r"(?<![^\W_])(?:NỘI DUNG|NHIỆM VỤ|CÔNG VIỆC|HOẠT ĐỘNG|GIẢI PHÁP"
    r"|PHÂN CÔNG\b.*\bSOẠN THẢO)(?![^\W_])"
)


def _appendix_rows(tail: list[str], body: list[str]) -> list[str]:
    found = next((i for i, p in enumerate(tail) if _APPENDIX.match(p)), None)
    listing = found is None
    if found is None:
        found = next((i for i, p in enumerate(tail) if _listing(tail, i)), None)
        if found is None:
            return []
    start = found
    rows = [p for p in tail[start + 1 :] if ROW_SENTENCE.match(p)]
    if rows:
        return [tail[start], *rows]
    return [] if listing else _appendix_items(tail[start:], body)


def _listing(tail: list[str], index: int) -> bool:
    """`tail[index]` names an attached list of work ("DANH MỤC NHIỆM VỤ …") whose "(Kèm theo
    …)" note follows within its title's lines."""
    if not _LISTING.match(tail[index]):
        return False
    lines = tail[index : index + _NOTE_NEAR + 1]
    note = next(
        (j for j, p in enumerate(lines) if _ATTACHED_NOTE.match(p) or _GLUED_NOTE.search(p)), None
    )
    if note is None:
        return False
    title = " ".join([*lines[:note], _GLUED_NOTE.sub("", lines[note])])
    return bool(_NAMES_WORK.search(title))


# An appendix that lists the work itself ("Phụ lục / TRIỂN KHAI NHIỆM VỤ THEO THÔNG BÁO SỐ …"
# over "1. …" "a) Đơn vị chủ trì: …"): a text layer keeps the signature above it, so its
# numbered items are read as the body, which a scan that loses "Nơi nhận" did by chance.
_APPENDIX_WORK = re.compile(r"\b(?:nhiệm vụ|phân công|công việc)\b")
# … but not an appendix that reports or lists around the work: results ("KẾT QUẢ THỰC HIỆN
# NHIỆM VỤ NĂM 2025"), a summary, a situation, lists of names or contacts ("ĐẦU MỐI LIÊN HỆ"),
# a duty roster ("LỊCH PHÂN CÔNG TRỰC TẾT"), a form, criteria, an estimate, a list of documents,
# or the standing duties of a steering committee's members
_APPENDIX_NO_WORK = re.compile(
    r"\b(?:kết quả|tình hình|tổng hợp|danh sách|đầu mối|liên hệ|(?<!du )lịch|mẫu(?! giáo)"
    r"|biểu mẫu|tiêu chí|dự toán|danh mục văn bản|phân công trực"
    r"|thành viên (?:ban|tổ|hội đồng|đoàn))\b"
)
_APPENDIX_TITLE = 6  # the appendix's name, title and "(Kèm theo …)" note before its items
_APPENDIX_ITEMS = 2


def _appendix_items(appendix: list[str], body: list[str]) -> list[str]:
    """The numbered items of an appendix whose title names work, up to a later signature or
    the next appendix, less the items that restate the body's own."""
    first = next(
        (
            i
            for i, p in enumerate(appendix[: _APPENDIX_TITLE + 1])
            if (found := find_marker(p)) and found.kind is MarkerKind.NUMBER
        ),
        None,
    )
    if first is None:
        return []
    title = [match_form(p) for p in appendix[:first] if not p.lstrip().startswith("(")]
    if not any(_APPENDIX_WORK.search(p) for p in title) or any(
        _APPENDIX_NO_WORK.search(p) for p in title
    ):
        return []
    end = next(
        (i for i, p in enumerate(appendix[first:], start=first) if _APPENDIX.match(p)),
        len(appendix),
    )
    items = _unrepeated(until_end(appendix[first:end]), body)
    numbered = sum(
        1 for p in items if (found := find_marker(p)) and found.kind is MarkerKind.NUMBER
    )
    return items if numbered >= _APPENDIX_ITEMS else []


def _unrepeated(items: list[str], body: list[str]) -> list[str]:
    """`items` without each numbered item (and its points) whose words the body already has."""
    said = {_item_words(p) for p in body}
    kept: list[str] = []
    skipping = False
    for paragraph in items:
        found = find_marker(paragraph)
        if found is not None and found.kind is MarkerKind.NUMBER:
            skipping = _item_words(paragraph) in said
        if not skipping:
            kept.append(paragraph)
    return kept


def _item_words(paragraph: str) -> str:
    found = find_marker(paragraph)
    return " ".join(match_form(paragraph[found.length if found else 0 :]).split())
