"""The security stamp (MẬT, TỐI MẬT, TUYỆT MẬT) that makes a notice off-limits."""

from __future__ import annotations

import re

from notices.text import fold

# A security grade ("Mật", "Tối mật", "Tuyệt mật") is stamped on its own line near the top
# of a classified document; "bí mật" in body text never counts.
_OWN_LINE = re.compile(r"^\W*(?:do mat\s*:?\s*)?((?:tuyet |toi )?mat)\W*$")
# A PDF may glue the stamp to a header column: "MẬT CỘNG HÒA …", "… Hạnh phúc TỐI MẬT".
_GLUED = re.compile(
    r"^(TUYỆT MẬT|TỐI MẬT|MẬT)\s+(?=CỘNG\s+H|ĐẢNG\s+CỘNG|ỦY\s+BAN|UBND|HUYỆN|TỈNH|BỘ\s|Số\b)"
    r"|(?:Hạnh phúc|VIỆT NAM)\s+(TUYỆT MẬT|TỐI MẬT|MẬT)\s*$"
)
_TOP_LINES = 30


def classification_stamp(lines: list[str]) -> str | None:
    """The stamp found among the first non-empty lines ("MẬT", "TỐI MẬT", "TUYỆT MẬT"), or None."""
    seen = 0
    for line in lines:
        if not line.strip():
            continue
        seen += 1
        if seen > _TOP_LINES:
            break
        m = _OWN_LINE.match(fold(line)) if len(line) <= 40 else None
        if m:
            return {"mat": "MẬT", "toi mat": "TỐI MẬT", "tuyet mat": "TUYỆT MẬT"}[m[1]]
        glued = _GLUED.search(line)
        if glued:
            return glued[1] or glued[2]
    return None
