"""Paragraphs that are only a body's name (a table cell, a line of a list), not a sentence."""

from __future__ import annotations

import re

from notices.assignees import analyze
from notices.name_kinds import inside, known_field_spans
from notices.names import split_assignees
from notices.text import match_form

# A body's name holding "việc"/"công tác" is a task's object ("Thanh tra việc thực hiện …").
_NAME_OF_WORK = re.compile(r"(?<![^\W_])(?:việc|công tác|tình hình|hoạt động)(?![^\W_])")


def only_names(paragraph: str) -> bool:
    """A paragraph that is only the name of a body or a few ("Sở Xây dựng", "Ban quản lý các khu
    công nghiệp tỉnh", "Thanh tra tỉnh"): a cell of a table of units or a line of a list of who
    reported. The work words inside a name ("Xây dựng", "Thanh tra", "Đào tạo") are no work."""
    text = paragraph.strip().strip("|").strip().rstrip(".;, ").strip()
    low = match_form(text)
    if not low or ":" in low or len(low.split()) > 12 or any(c.isdigit() for c in low):
        return False
    if _NAME_OF_WORK.search(low) or split_assignees(text) is None:
        return False
    if paragraph.strip().strip("|").strip().endswith(".") and not _name_shaped(text):
        return False  # "Sở Y tế trực cấp cứu.": a sentence, its verb unknown to the name reader
    return not analyze(text).leads


# the words a body's name is built of besides its capitalised words: a known field ("Giao thông
# vận tải"), "và", "các", a level ("tỉnh", "huyện")
_NAME_JOINER = re.compile(r"^(?:và|các|tỉnh|huyện|thành phố|thị xã|quận|xã|phường|trung ương)$")


def _name_shaped(text: str) -> bool:
    """A paragraph closed by a full stop is a name only when each lowercase word follows a
    capitalised one ("Sở Xây dựng", "Sở Giáo dục và Đào tạo") or sits in a known field or is a
    joining or level word: "Sở Công Thương kiểm soát thị trường." goes on past the name."""
    low = match_form(text)
    fields = known_field_spans(low)
    after_capital = False
    for m in re.finditer(r"\S+", text):
        word = m.group()
        if word[:1].isupper():
            after_capital = True
            continue
        if after_capital or inside(m.start(), fields) or _NAME_JOINER.match(word):
            after_capital = False
            continue
        return False
    return True
