"""A decision's title that issues a rulebook: "Ban hành Quy chế quản lý và sử dụng …", "Về việc
ban hành Quy định …", "Phê duyệt Quy trình nội bộ …". What such a decision prints after its
signature is the rulebook's text (notices.lost_rulebooks), a regulation even when the pages that
carry its name and its "(Ban hành kèm theo Quyết định số …)" note are not there.

A working rulebook ("Quy chế làm việc của …": its staff's duties, refused on purpose) and a
board's own ("Quy chế hoạt động của Ban Chỉ đạo …": the duties of a board the document sets up)
are no such rulebook: their articles give no one work. A copy that keeps the rulebook's name
("QUY CHẾ" / "(Kèm theo Quyết định số …)") lost nothing (`names_its_rulebook`): its articles are
read as any decision's are."""

from __future__ import annotations

import re

from notices.text import match_form

_ISSUES_RULEBOOK = re.compile(
    r"^(?:v/v\s+|về việc\s+)?(?:ban hành|phê duyệt)\s+(?:kèm theo\s+)?(?:các\s+)?"
    r"(?:quy chế|quy định|quy trình|nội quy)(?![^\W_])"
)
# "Quy chế làm việc của …", "Quy chế (tổ chức và) hoạt động của Ban Chỉ đạo / Hội đồng …"
_OWN_RULEBOOK = re.compile(
    r"(?:quy chế|nội quy)\s+(?:làm việc|(?:tổ chức\s+(?:và\s+)?)?hoạt động\s+của\s+"
    r"(?:ban|hội đồng|tổ|đoàn|ủy ban|tiểu ban)(?![^\W_]))"
)
# the rulebook's name over its text ("QUY CHẾ", not a chapter's "QUY ĐỊNH CHUNG") or its note
_NAME_LINE = re.compile(r"^\W{0,3}(?:QUY CHẾ|QUY ĐỊNH|QUY TRÌNH|NỘI QUY)(?!\s+CHUNG)\b")
# ("(Kèm theo Quyết định số 512/QĐ-UBND …)", not "Ban hành kèm theo Quyết định này Quy chế …")
_NOTE_LINE = re.compile(
    r"^\(?\s*(?:được\s+)?(?:ban hành\s+)?kèm\s+theo\s+(?:quyết định|nghị quyết)\s+(?:số|\d)",
    re.IGNORECASE,
)


def issues_rulebook(title: str) -> bool:
    """The document's title issues a Quy chế, Quy định, Quy trình or Nội quy that gives work
    (no working rulebook, no board's own)."""
    low = match_form(title.strip(" *"))
    return _ISSUES_RULEBOOK.match(low) is not None and _OWN_RULEBOOK.search(low) is None


def names_its_rulebook(lines: list[str]) -> bool:
    """The text keeps the attached rulebook's name line or its "(Kèm theo …)" note."""
    return any(_NAME_LINE.match(line.strip()) or _NOTE_LINE.match(line.strip()) for line in lines)
