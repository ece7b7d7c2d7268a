"""Who a notice is signed on behalf of: the body of the signature's "TM." line."""

from __future__ import annotations

import re

_TM_LINE = re.compile(r"^\W*(?:TM|T/M)\s*[.:]?\s+(?P<body>[A-ZĐÀ-Ỹ].{2,80})$")


def signed_for(lines: list[str]) -> str | None:
    """The body of the signature's "TM. ỦY BAN NHÂN DÂN" (on behalf of), else None."""
    for line in reversed(lines):
        m = _TM_LINE.match(line.strip())
        if m:
            return m["body"]
    return None
