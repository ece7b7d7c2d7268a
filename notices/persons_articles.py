"""A law-like text's articles on a class of persons' obligations, rights, bans and sanctions.

An old decree or a statute of public servants gives a class of persons titled articles of their
own: "Điều 8. Nghĩa vụ của cán bộ, công chức cấp xã" ("Cán bộ, công chức cấp xã có những nghĩa
vụ sau đây:" over "1. Trung thành …", "2. Chấp hành nghiêm chỉnh …"), "Điều 10. Quyền lợi của
…" ("… được xem xét để công nhận là liệt sĩ …"), "Điều 11. Những việc cán bộ, công chức không
được làm", "Điều 17. Kỷ luật và xử lý vi phạm" ("… thì bị truy cứu trách nhiệm hình sự …"),
"Điều 15. Thôi việc, bỏ việc". They say what every member of the class must, may or must not
do, and what befalls one who breaks the rules: standing conduct, entitlements and sanctions, no
work a tracker records (the README's labelling: rules of conduct, bans and standing conduct are
no tasks; fresh27's cp-114 labels none of them). `drop_rules` takes such articles out of a
recognised regulation; a decree printed with no "Số:" line nor a scope article of today's wording
("Phạm vi áp dụng", "Đối tượng điều chỉnh") is read as a decision whose articles all assign, so
the articles are dropped here, in any text with titled articles.

What stays: the class's "Trách nhiệm của cán bộ, công chức, viên chức" article (the labels count
its points, cp-101's Điều 38), a body's rights and obligations ("Quyền và nghĩa vụ của Sở …"),
any other article, and, inside a dropped one, a paragraph that sets a calendar date ("… có trách
nhiệm báo cáo … trước ngày 15/12/2031"): work given now.
"""

from __future__ import annotations

import re

from notices.deadlines import names_due_date
from notices.duty_articles import CHAPTER
from notices.marked_titles import ANY_ARTICLE
from notices.regulation import article_titles
from notices.text import match_form

# a class of persons, as a statute names it: "cán bộ, công chức cấp xã", "viên chức", "người lao
# động", "đảng viên", "học sinh", "người được tuyển dụng" — not a body ("cơ quan", "Sở …")
_PERSONS = (
    r"(?:(?:các|những|mọi)\s+)?(?:cán bộ|công chức|viên chức|người lao động|nhân viên|đảng viên"
    r"|hội viên|đoàn viên|học sinh|sinh viên|học viên|người học|giáo viên|nhà giáo"
    r"|người\s+(?:được|có|làm|tham gia))(?![^\W_])"
)
# "Nghĩa vụ của …", "Quyền lợi của …", "Quyền và nghĩa vụ của …", "Nghĩa vụ và quyền lợi của …"
# ("Trách nhiệm của …" and "Quyền và trách nhiệm của …" are read elsewhere: duties)
_RIGHTS = r"(?:nghĩa vụ|quyền lợi|quyền)"
_OWNED = re.compile(rf"^{_RIGHTS}(?:\s*(?:,|và)\s*{_RIGHTS})*\s+(?:của|đối với)\s+{_PERSONS}")
# "Những việc cán bộ, công chức không được làm", "Những điều cán bộ không được làm", "Các hành vi
# bị nghiêm cấm" (a ban), "Kỷ luật và xử lý vi phạm", "Xử lý kỷ luật", "Thôi việc, bỏ việc",
# "Thôi việc và nghỉ hưu" (a sanction, a leaving)
_BANS = re.compile(
    r"^(?:(?:những|các)\s+(?:việc|điều)\s[^.;:]{0,80}?không được làm"
    r"|(?:những|các)\s+hành vi bị (?:nghiêm\s+)?cấm"
    r"|kỷ luật(?:\s*(?:,|và)\s*xử lý vi phạm)?"
    r"|xử lý kỷ luật|thôi việc(?:\s*(?:,|và)\s*(?:bỏ việc|nghỉ hưu))?)"
    r"(?:\s+(?:(?:của|đối với)\s+)?" + _PERSONS + r"[^.;:]*)?\s*$"
)
# a text has titled articles when at least this many stand alone on their line (as
# `notices.regulation`'s rules)
_MIN_TITLED = 4
_ROMAN_HEADING = re.compile(r"^\**\s*[IVXL]{1,6}\s*\.\s")


def persons_title(title: str) -> bool:
    """An article title on a class of persons' obligations, rights, bans or sanctions."""
    low = match_form(title.strip(" .:*"))
    return bool(_OWNED.match(low) or _BANS.match(low))


def drop_persons_articles(lines: list[str], front: list[str], body: list[str]) -> list[str]:
    """The body without the paragraphs of a class of persons' obligation, right, ban or sanction
    articles (their heading included), but a paragraph that sets a calendar date. The front
    matter is read only to know which article the body opens inside (an old decree's front may
    end on such an article's "… có những nghĩa vụ sau đây:", taken for the document's intro)."""
    titles = dict(article_titles(lines))
    if len(titles) < _MIN_TITLED or not any(persons_title(t) for t in titles.values()):
        return body
    kept: list[str] = []
    dropping = False
    held: list[str] = []  # a dropped article's heading and lead-in, for a dated point under them
    for at, paragraph in enumerate([*front, *body]):
        low = match_form(paragraph.strip())
        article = ANY_ARTICLE.match(low)
        if article is not None:
            title = titles.get(article["number"])
            dropping = title is not None and low[article.end() :].lstrip(" *").startswith(title)
            dropping = dropping and persons_title(title or "")
            # (a heading in the front stays there: it is no part of the body to give back)
            held = [paragraph] if dropping and at >= len(front) else []
            if dropping or at < len(front):
                continue
        elif CHAPTER.match(low) or _ROMAN_HEADING.match(paragraph.strip()):
            dropping = False
        if at < len(front):
            continue  # the front stays: it only tells where the body opens
        if dropping and not names_due_date(paragraph):
            if paragraph.rstrip().endswith(":"):
                held = [*held[:1], paragraph]  # "… có những nghĩa vụ sau đây:"
            continue
        if dropping:  # the dated point keeps the heading and lead-in that say whose it is
            kept.extend(held)
            held = []
        kept.append(paragraph)
    return kept
