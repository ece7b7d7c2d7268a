"""An issued rulebook's clause "… <body> cần:" over its points: that body's work, kept.

A Quy định issued by a decision may hand a body its work inside an article titled by the matter
("Điều 5. Triển khai khối học phần …"): "1. Để công nhận, chuyển đổi tín chỉ …, cơ sở đào tạo
cần:" over "a) Ban hành các quy định …", "b) Công bố chi tiết …". The labels count each point as
a task of that body (dhqg-2062 5.1 a)–đ)), where `notices.regulation.drop_rules` drops the
article as a standing rule. Such a numbered clause stays, whole, when its lead-in names a body
(`assignee_start` reads "org" or "group" at its subject) and ends on "cần:" / "cần thực hiện
(các nội dung sau):". Not so: a clause whose lead-in lists conditions or contents ("Hồ sơ gồm:",
"… khi đáp ứng các điều kiện sau:"), a need stated of no body ("Người học cần:"), advice to
the public or to businesses ("…, các doanh nghiệp cần:", "người dân cần:": conduct, not the
issuer's bodies' work), and what is not needed ("… không cần:", "chỉ cần:", "chưa cần:").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from notices.marked_titles import ANY_ARTICLE
from notices.text import match_form

# a clause of an article: "1. …" (not "1.1. …", a point "a) …" or a dash)
_CLAUSE = re.compile(r"^\**\s*\d{1,2}\s*\.(?!\d)\s*")
# "… cơ sở đào tạo cần:", "… Phòng Đào tạo cần thực hiện các nội dung sau:"
_NEEDS = re.compile(
    r"\s(?:cần|cần phải)(?:\s+thực hiện)?(?:\s+(?:các|những)\s+(?:nội dung|việc|nhiệm vụ))?"
    r"(?:\s+(?:sau đây|sau|như sau))?\s*:$"
)
# "Để công nhận …, " / "Khi triển khai …, " / "Trước ngày 30/6/2031, " / "Trong quá trình …, ":
# the purpose or the time before the subject
_PURPOSE = re.compile(
    r"^(?:để|nhằm|khi|trước|trong|từ|chậm nhất|hằng năm|hàng năm|định kỳ)\s[^:]*,\s*"
)
# "không cần:", "chỉ cần:": what a body need not do, or all it needs to show
_NOT_NEEDED = re.compile(r"(?<![^\W_])(?:không|chưa|chẳng|chỉ)$")
# the public and businesses, told how to behave: "các doanh nghiệp", "tổ chức, cá nhân"
_OUTSIDERS = re.compile(
    r"(?:(?:các|mọi|mỗi|từng|những)\s+)?(?:doanh nghiệp|người dân|công dân|tổ chức|cá nhân"
    r"|hộ gia đình|nhà đầu tư|người lao động|người sử dụng lao động)(?![^\W_])"
)
_POINT = re.compile(r"^\**\s*(?:[a-zđ]\)|[-–+•])\s*\S")
_SUBJECT_WORDS = 12  # a longer subject is a sentence, not a body's name


def _opened(lead_in: str, kind_at: Callable[[str, str, int], str | None]) -> str | None:
    """The lead-in with its subject (after its purpose) opened in capital, when the subject is
    a body or a group of bodies ("…, cơ sở đào tạo cần:" as "…, Cơ sở đào tạo cần:", so the
    points under it lead with it); None otherwise."""
    text = lead_in.strip()
    low = match_form(text)
    need = _NEEDS.search(low)
    if need is None:
        return None
    if _NOT_NEEDED.search(low[: need.start()].rstrip()):
        return None
    purpose = _PURPOSE.match(low)
    at = purpose.end() if purpose else 0
    if _OUTSIDERS.match(low, at):
        return None
    if len(low[at : need.start()].split()) > _SUBJECT_WORDS:
        return None
    opened = text[:at] + text[at : at + 1].upper() + text[at + 1 :]
    return opened if kind_at(opened, low, at) in ("org", "group") else None


def keep_needed_points(
    paragraphs: list[str],
    keep: list[bool],
    kind_at: Callable[[str, str, int], str | None],
) -> tuple[list[str], list[bool]]:
    """(paragraphs, keep) with every dropped "N. … <body> cần:" clause kept with the points
    under it and its article's heading, the clause's subject opened in capital."""
    out, texts = list(keep), list(paragraphs)
    for i, paragraph in enumerate(paragraphs):
        if keep[i]:
            continue
        low = match_form(paragraph.strip())
        clause = _CLAUSE.match(low)
        opened = None if clause is None else _opened(paragraph.strip()[clause.end() :], kind_at)
        if clause is None or opened is None:
            continue
        end = i + 1
        while end < len(paragraphs) and _POINT.match(match_form(paragraphs[end].strip())):
            end += 1
        if end > i + 1 and not ANY_ARTICLE.match(low):
            out[i:end] = [True] * (end - i)
            texts[i] = f"{paragraph.strip()[: clause.end()]}{opened}"
            # its article's heading too, so the clause is no point of the article kept before it
            heading = next(
                (j for j in range(i - 1, -1, -1) if ANY_ARTICLE.match(match_form(paragraphs[j]))),
                None,
            )
            if heading is not None:
                out[heading] = True
    return texts, out
