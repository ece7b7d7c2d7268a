"""The digital signature stamp of a signed PDF ("Người ký: … Cơ quan: … Thời gian ký: …"): the
signer's name and the body it names."""

from __future__ import annotations

import re

from notices.signed_names import as_name

# The digital signature stamp of a signed PDF.
STAMP = re.compile(
    r"(?:Người\s+ký|Ký\s+bởi)\s*:\s*(?P<name>[^\W\d_][^:]*?)\s*"
    r"(?=Email\b|E-mail\b|Cơ\s+quan\b|Chức\s+vụ\b|Thời\s+gian\b|Ngày\s+ký\b|$)",
    re.IGNORECASE,
)
STAMP_FIELD = re.compile(
    r"^\W*(?:Email|E-mail|Cơ\s+quan|Chức\s+vụ|Thời\s+gian(?:\s+ký)?|Ngày\s+ký)\s*:", re.IGNORECASE
)


_STAMP_BODY = re.compile(
    r"Cơ\s+quan\s*:\s*(?P<body>[^\W\d_][^:]*?)\s*(?=Thời\s+gian\b|Ngày\s+ký\b|Email\b|$)",
    re.IGNORECASE,
)


def stamp_organisation(lines: list[str]) -> str | None:
    """The body named by a digital signature stamp ("Cơ quan: Ủy ban Nhân dân tỉnh Lạng Sơn"),
    as written; only a line that belongs to a stamp counts."""
    for index, line in enumerate(lines):
        m = _STAMP_BODY.search(line)
        if m is None or len(line) > 300:
            continue
        near = " ".join(lines[max(0, index - 3) : index + 4])
        if STAMP.search(near) or re.search(r"Thời\s+gian\s+ký|Email\s*:", near, re.I):
            body = m["body"].strip(" ,;.")
            return body if 2 <= len(body.split()) <= 12 else None
    return None


def stamp_signer(lines: list[str]) -> str | None:
    for line in lines:
        m = STAMP.search(line)
        if m:
            name = as_name(m["name"].strip(" ,;"))
            if name:
                return name
    return None
