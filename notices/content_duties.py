"""A coordination regulation's article titled by the work it gives, not by "Trách nhiệm của".

A "Quy chế phối hợp" may title each body's article by its content: "Điều 5. Nội dung Sở Dân tộc
và Tôn giáo có trách nhiệm chủ trì", "Điều 13. Nội dung các cơ quan, đơn vị khác có trách nhiệm
chủ trì", "Nội dung do Công an tỉnh chủ trì" — and the body it may only ask, a front or a court,
"Điều 12. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh". Each numbered point under such an
article is a task of the body its title names (tn-26), as under "Trách nhiệm của <body>". The
shared content ("Điều 4. Nội dung phối hợp chung") names no body and stays a rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from notices.text import match_form

# "Nội dung <body> (có trách nhiệm|được giao) chủ trì (thực hiện)", "Nội dung do <body> chủ trì",
# the cooperating body's "Nội dung <body> có trách nhiệm phối hợp", "… chủ trì, phối hợp thực
# hiện", "Những nội dung do <body> chủ trì"
_CONTENT = re.compile(
    r"^(?:(?:các|những)\s+)?nội dung\s+(?:do\s+)?(?P<who>\S.*?)\s+"
    r"(?:(?:có|chịu)\s+trách nhiệm\s+|được giao\s+)?"
    r"(?:chủ trì(?:\s*,\s*phối hợp)?|phụ trách|phối hợp)"
    r"(?:\s+(?:thực hiện|phối hợp|tham mưu|chủ trì))?$"
)
# "Nội dung phối hợp của Sở Y tế", "Trách nhiệm chủ trì của Sở Công Thương": the holder after
# "của" (the shared "Nội dung phối hợp chung" names none)
_OF_HOLDER = re.compile(
    r"^(?:(?:các|những)\s+)?(?:nội dung|trách nhiệm)\s+(?:chủ trì|phối hợp|tham mưu)"
    r"(?:\s*,\s*phối hợp)?\s+của\s+(?P<who>\S.*)$"
)
# "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh": the whole title is the body asked
_ASKED = re.compile(r"^đề nghị\s+(?P<who>\S.*)$")


def content_holder(title: str) -> str | None:
    """The body such a title names, as written, or None."""
    text = title.strip(" .:*")
    low = match_form(text)
    m = _CONTENT.match(low) or _OF_HOLDER.match(low) or _ASKED.match(low)
    if m is None or len(low) != len(text):
        return None
    return text[m.start("who") : m.end("who")]


def content_duty(title: str, is_duty: Callable[[str], bool]) -> bool:
    """The title gives a body of government its work by content: its holder, read as the holder
    of "Trách nhiệm của <holder>", is a body `is_duty` accepts."""
    who = content_holder(title)
    return who is not None and is_duty(f"Trách nhiệm của {who}")


# "Điều 5. ", "**Điều 5.** ": the article's number before its title
_NUMBER = re.compile(r"^\**\s*[đð]iều\s+\d{1,3}[a-zđ]?\s*[.:]\s*\**\s*")


def as_duty_heading(paragraph: str, is_duty: Callable[[str], bool]) -> str:
    """The paragraph opening such an article written as the duty heading it stands for ("Điều
    5. Nội dung Sở Xây dựng có trách nhiệm chủ trì" -> "Điều 5. Trách nhiệm của Sở Xây dựng"),
    so its points are read as that body's; any other paragraph as it is."""
    text = paragraph.strip()
    m = _NUMBER.match(match_form(text))
    if m is None:
        return paragraph
    title = text[m.end() :].strip(" *")
    who = content_holder(title)
    if who is None or not is_duty(f"Trách nhiệm của {who}"):
        return paragraph
    return f"{text[: m.end()].strip(' *')} Trách nhiệm của {who}"
