"""A letter's "Yêu cầu chung:" heading: the requests it makes, not a plan's aims.

A plan opens with its aims and requirements ("I. MỤC ĐÍCH, YÊU CẦU" over "1. Mục đích" / "2.
Yêu cầu"): they describe and give no task (README rule K20). A letter whose intro asks its
addressees for work ("UBND Thành phố yêu cầu các sở, … thực hiện một số nội dung sau:") may head
its first group of points "1. Yêu cầu chung:" or "Yêu cầu:": there the points are the work it
asks for. A requirements heading is read as requests only in a document that is no plan, under
an intro that asks someone, with no purpose or target heading ("Mục đích", "Mục tiêu") beside
it or above it, which would make it the aims-and-requirements pair.
"""

from __future__ import annotations

import re

from notices.structure import Item
from notices.text import match_form

# "1. Yêu cầu chung:", "Yêu cầu:", "II. MỘT SỐ YÊU CẦU" (the marker is not in the paragraph)
_REQUIREMENTS = re.compile(r"^(?:(?:một số|các|những)\s+)?yêu cầu(?:\s+chung)?\s*:?$")
# "1. Mục đích", "I. MỤC TIÊU, YÊU CẦU", "Về mục đích": the aims that pair with requirements
_PURPOSE = re.compile(r"^(?:về\s+)?(?:mục đích|mục tiêu)(?![^\W_])")
_AIMS_PAIR = re.compile(r"(?<![^\W_])(?:mục đích|mục tiêu)(?![^\W_])")


def _plain(paragraph: str) -> str:
    return " ".join(match_form(paragraph.replace("*", " ")).split())


def reads_requests(item: Item, top: list[Item]) -> bool:
    """The item is a requirements heading ("1. Yêu cầu chung:") that no purpose heading sits
    beside or above; the caller knows the document is a letter whose intro asks for work."""
    if not item.paragraphs or not _REQUIREMENTS.match(_plain(item.paragraphs[0])):
        return False
    siblings = item.parent.children if item.parent is not None else top
    if any(s.paragraphs and _PURPOSE.match(_plain(s.paragraphs[0])) for s in siblings):
        return False
    parent = item.parent
    while parent is not None:
        if parent.paragraphs and _AIMS_PAIR.search(_plain(parent.paragraphs[0])):
            return False
        parent = parent.parent
    return True
