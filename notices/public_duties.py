"""The public (households, firms, people) as the ones a notice gives duties to, and the
prohibitions that are their duties."""

from __future__ import annotations

import re

from notices.lexicon import PUBLIC_NOUNS
from notices.structure import Item
from notices.text import match_form

# The public, not a body of government: "Các tổ chức, hộ gia đình, cá nhân chăn nuôi …", "Các
# doanh nghiệp", "Người dân", "Chủ rừng".
PUBLIC_NAME = (
    "(?:" + "|".join(sorted(map(re.escape, PUBLIC_NOUNS), key=len, reverse=True)) + r")(?![^\W_])"
)
PUBLIC = re.compile(rf"(?i)^(?:(?:các|những|mọi)\s+)?{PUBLIC_NAME}")
# A prohibition, a duty of the public as much as an order: "Không nuôi gia cầm …", "Tuyệt đối
# không vứt xác …", "Nghiêm cấm …".
PROHIBITION = re.compile(r"^(?:tuyệt đối\s+|nghiêm\s+)?(?:không(?:\s+được)?|cấm)\s+(?=\S)")


# "2. Các tổ chức, hộ gia đình, cá nhân chăn nuôi … phải thực hiện đúng các quy định …; cụ thể
# như sau:": the public the item names must keep the points below, each point one of its duties
PUBLIC_MUST = re.compile(
    rf"^(?:\S{{1,4}}[.)]\s+)?(?:(?:các|những|mọi)\s+)?{PUBLIC_NAME}"
    r"[^.:]{0,200}?\s(?:phải|có trách nhiệm|có nghĩa vụ)\s+"
    r"(?:thực hiện|chấp hành|tuân thủ)(?![^\W_])[^.]*:$"
)


def public_must(item: Item) -> bool:
    """The item's lead-in tells the public it names to keep the points below."""
    lead_in = match_form(item.paragraphs[-1].strip())
    return bool(item.children) and PUBLIC_MUST.match(lead_in) is not None
