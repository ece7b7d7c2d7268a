"""A founding decision's standing lists: the mandate it gives the body it sets up and what that
body is made of. Neither hands out work; only the points in them that name another doer do."""

from __future__ import annotations

import re

from notices.assignees import analyze
from notices.deadlines import names_due_date
from notices.heading_summaries import GIVES_WORK
from notices.markers import MarkerKind, find_marker
from notices.names import assignee_start
from notices.text import fold, match_form

# "Thành lập Ủy ban quốc gia …", "V/v kiện toàn thành viên Ban biên tập …", "Ve viec thanh lap
# Ban bau cu …": a decision that sets a named body up (or re-forms it) under its own title, not
# one that merges villages ("Sáp nhập các thôn, tổ dân phố …") or revives a market's trade
# ("Tổ chức lại hoạt động của chợ đêm"). Matched on the folded title (no marks, "đ" as "d").
_VERB = r"(?:thanh lap|kien toan|cung co|to chuc lai|hop nhat|sap nhap)"
_FOUNDS = re.compile(
    rf"^(?:(?:ve\s+viec|v/v)\s*:?\s*)?{_VERB}(?:\s*(?:,|va)\s*{_VERB})*"
    r"\s+(?:(?:lai|thanh vien|thanh phan|nhan su|co cau to chuc|to chuc bo may)\s+(?:cua\s+)?)?"
    r"(?:uy ban|ban|hoi dong|to(?!\s+dan pho)|doan|nhom|bo phan|van phong|trung tam|quy"
    r"|cau lac bo|doi|co quan|tieu ban)(?!\w)"
)
# "Đoàn kiểm tra …", "Tổ công tác …", "Nhóm …": a team set up for one job, whose duties (with
# powers or without) are its work; so is any body whose title names its year ("… năm 2026").
_TEAM = re.compile(r"^(?:doan|to|nhom)(?!\w)")
_ONE_YEAR = re.compile(r"(?<!\w)nam\s+(?:19|20)\d\d(?!\d)")

# "Ủy ban quốc gia … có nhiệm vụ và quyền hạn sau đây:", "Ban Chỉ đạo có chức năng, nhiệm vụ,
# quyền hạn như sau:", "Điều 2. Nhiệm vụ, quyền hạn của Ban Quản lý": the body's standing
# mandate, what it is competent to do for as long as it exists, not a job to track. Duties
# alone ("Nhiệm vụ của Tổ tiếp công dân …:", "Tổ công tác có nhiệm vụ:") are a team's work.
_POWERS = (
    r"(?:chức\s+năng\s*(?:,|và)\s*)?nhiệm\s+vụ\s*(?:,|và)\s*quyền\s+hạn"
    r"|chức\s+năng\s*(?:,|và)\s*nhiệm\s+vụ(?:\s*(?:,|và)\s*quyền\s+hạn)?"
)
_MANDATE = re.compile(
    rf"^(?P<body>[^.;:]{{2,200}}?)\s+có\s+(?:các\s+)?(?:{_POWERS})"
    r"(?:(?:\s+(?:chủ\s+yếu|chính|cụ\s+thể))?(?:\s+như)?\s+sau(?:\s+đây)?\s*:?|\s*:)$"
    rf"|^(?:{_POWERS})(?:\s+của\s+(?P<titled>[^.;:]{{2,200}}?))?\s*:?$"
)

# "Các thành viên Ủy ban … gồm có:", "Các cơ quan thường trực chuyên ngành của Ủy ban … gồm:",
# "Thành phần Ban Chỉ đạo gồm các ông, bà có tên sau đây:": what the body is made of, its
# members' titles and its agencies' status ("Cục Hàng hải Việt Nam là cơ quan thường trực …").
# The noun opens the lead-in: "Trách nhiệm của các cơ quan, đơn vị liên quan gồm:" lists work.
_MAKE_UP = re.compile(
    r"^(?:các\s+)?(?:thành viên|thành phần|cơ cấu|cơ quan|bộ phận)(?![^\W_])[^.;:]{0,200}?"
    r"(?<![^\W_])(?:bao\s+)?gồm(?:\s+có)?"
    r"(?:\s+(?:các\s+)?(?:thành viên|ông,?\s*bà|đồng chí|cơ quan|đơn vị|bộ phận)"
    r"(?:\s+có\s+tên)?(?:\s+sau(?:\s+đây)?)?)?\s*:$"
)
# a lead-in over work, never a make-up: "Các cơ quan, đơn vị thực hiện gồm:"
_WORKS = re.compile(r"(?<![^\W_])(?:trách nhiệm|nhiệm vụ|thực hiện|phối hợp|triển khai)(?![^\W_])")
# an entry of the list that is work after all: it opens by asking ("Giao Sở Nội vụ …"), binds
# ("Ban Chỉ đạo có trách nhiệm …") or names a date
_BINDS = re.compile(r"(?<![^\W_])(?:có trách nhiệm|chịu trách nhiệm|có nhiệm vụ)(?![^\W_])")


def founds_body(title: str, type_codes: tuple[str | None, ...]) -> bool:
    """Is the document a decision (QĐ) whose title sets up (or re-forms) a named body?"""
    return "QĐ" in type_codes and _FOUNDS.match(fold(title.strip())) is not None


def drop_founding_lists(
    body: list[str], *, title: str, type_codes: tuple[str | None, ...]
) -> list[str]:
    """The body without a founding decision's mandate and make-up lists: the lead-in and its
    entries, up to the next article. An entry that is work stays, and so does the lead-in over
    it: one naming a doer other than the body ("2. Trưởng ban Ban Quản lý trình …", "Giao Sở Y
    tế …"), one naming a date. A one-off team's mandate ("Đoàn kiểm tra có nhiệm vụ và quyền
    hạn sau:", a title naming its year) is its work and stays whole."""
    if not founds_body(title, type_codes):
        return body
    one_off = _ONE_YEAR.search(fold(title)) is not None
    kept: list[str] = []
    index = 0
    while index < len(body):
        paragraph = body[index]
        kind, owner = _lead_in(paragraph)
        if kind is None or (kind == "mandate" and (one_off or _TEAM.match(fold(owner)))):
            kept.append(paragraph)
            index += 1
            continue
        end = _block_end(body, index)
        entries = [p for p in body[index + 1 : end] if _stays(p, kind, owner)]
        if entries:
            kept.extend([paragraph, *entries])
        index = end
    return kept


def _text(paragraph: str) -> str:
    marker = find_marker(paragraph)
    text = paragraph[marker.length :] if marker is not None else paragraph
    return match_form(text.strip().strip("*").strip())


def _lead_in(paragraph: str) -> tuple[str | None, str]:
    """("mandate", the body's name) or ("make-up", "") for a list's lead-in, else (None, "")."""
    text = _text(paragraph)
    mandate = _MANDATE.match(text)
    if mandate is not None:
        return "mandate", (mandate["body"] or mandate["titled"] or "").strip()
    if _MAKE_UP.match(text) and not GIVES_WORK.match(text) and not _WORKS.search(text):
        return "make-up", ""
    return None, ""


def _block_end(body: list[str], start: int) -> int:
    """The index after the lead-in's entries: the next article, or the next point of the lead-in's
    own level when it is no article."""
    opening = find_marker(body[start])
    for index in range(start + 1, len(body)):
        marker = find_marker(body[index])
        if marker is None:
            continue
        if marker.label.startswith("Điều"):
            return index
        if opening is not None and not opening.label.startswith("Điều"):
            if marker.kind is opening.kind and marker.depth <= opening.depth:
                return index
            if marker.kind < opening.kind and marker.kind is not MarkerKind.BULLET:
                return index
    return len(body)


def _stays(paragraph: str, kind: str, owner: str) -> bool:
    """An entry kept: one that asks, binds or names a date; a mandate entry whose doer is
    someone else."""
    text = _text(paragraph)
    if GIVES_WORK.match(text) or names_due_date(text):
        return True
    if kind == "make-up":
        return _BINDS.search(text) is not None
    marker = find_marker(paragraph)
    entry = paragraph[marker.length if marker else 0 :].strip()
    if assignee_start(entry, match_form(entry), 0) is None:
        return False  # "Được quyền yêu cầu các sở, ngành …": the body's own power
    names = [match_form(lead.name) for lead in analyze(entry).leads]
    # "Ban Quản lý thực hiện nhiệm vụ, quyền hạn theo quy định …" is the body's own again
    return bool(names) and all(name != owner and not owner.startswith(name) for name in names)
