"""The public (households, firms, people) as the ones a notice gives duties to, and the
prohibitions that are their duties."""

from __future__ import annotations

import re

from notices.lexicon import PUBLIC_NOUNS

# The public, not a body of government: "Các tổ chức, hộ gia đình, cá nhân chăn nuôi …", "Các
# doanh nghiệp", "Người dân", "Chủ rừng".
PUBLIC_NAME = (
    "(?:" + "|".join(sorted(map(re.escape, PUBLIC_NOUNS), key=len, reverse=True)) + r")(?![^\W_])"
)
PUBLIC = re.compile(rf"(?i)^(?:(?:các|những|mọi)\s+)?{PUBLIC_NAME}")
# A prohibition, a duty of the public as much as an order: "Không nuôi gia cầm …", "Tuyệt đối
# không vứt xác …", "Nghiêm cấm …".
PROHIBITION = re.compile(r"^(?:tuyệt đối\s+|nghiêm\s+)?(?:không(?:\s+được)?|cấm)\s+(?=\S)")
