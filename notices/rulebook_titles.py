"""A decision's title that issues a rulebook: "Ban hành Quy chế quản lý và sử dụng …", "Về việc
ban hành Quy định …", "Phê duyệt Quy trình nội bộ …". What such a decision prints after its
signature is the rulebook's text (notices.lost_rulebooks), a regulation even when the pages that
carry its name and its "(Ban hành kèm theo Quyết định số …)" note are not there."""

from __future__ import annotations

import re

from notices.text import match_form

_ISSUES_RULEBOOK = re.compile(
    r"^(?:v/v\s+|về việc\s+)?(?:ban hành|phê duyệt)\s+(?:kèm theo\s+)?(?:các\s+)?"
    r"(?:quy chế|quy định|quy trình|nội quy)(?![^\W_])"
)


def issues_rulebook(title: str) -> bool:
    """The document's title issues a Quy chế, Quy định, Quy trình or Nội quy."""
    return _ISSUES_RULEBOOK.match(match_form(title.strip(" *"))) is not None
