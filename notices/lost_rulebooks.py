"""A rulebook printed after the decision that issues it, without its name and note.

A decision "Ban hành Quy chế …" prints the Quy chế after its signature, under "QUY CHẾ" / its
title / "(Ban hành kèm theo Quyết định số …)" (notices.body_end reads the attached body from
there). A copy that keeps only some pages (the decision's first page and the Quy chế's last
ones, a scan's pages 1 and 7–9 of 10) loses that name and note: right after the signature and the
"Nơi nhận" list comes a titled article ("Điều 17. Quyền hạn của các tổ chức, cá nhân …", "Chương
V" / "TỔ CHỨC THỰC HIỆN", "Điều 18. Trách nhiệm của Tổng cục Lâm nghiệp"). Such articles are
the rulebook's own: the decision's articles all stand before its signature. So its text is read
as the attached body, and its rules leave it as any regulation's do (notices.regulation keeps the
duty and execution articles only: rights, sanctions and funding are no work).

Only a decision whose title issues a rulebook (notices.rulebook_titles), only when nothing but
recipients, short lines (the signing formula, the signer's name) and the numbered clauses of an
article cut at its page stand between the signature and the article, never a form or an
appendix ("Mẫu số 01", "HỢP ĐỒNG"), and only a titled article (its title alone on its line;
"Điều 2. Giao …" runs on and is no rulebook's).
"""

from __future__ import annotations

import re

from notices.regulation import article_titles
from notices.rulebook_titles import issues_rulebook
from notices.text import match_form

# the signature block's lines: "KT. BỘ TRƯỞNG", "Hà Công Tuấn", "|"
_SHORT_WORDS = 12
_BEFORE_ARTICLE = 40  # the recipients and the signature take no more paragraphs than this
# a recipient of "Nơi nhận", however long: "- Sở Nông nghiệp … trực thuộc Trung ương;"
_DASHES = ("-", "–", "—", "+")
# "3. Phối hợp với …" at the top of a page cut mid-article: the end of an article whose title
# was lost with its page, read through to the next titled one
_CLAUSE = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[a-zđ]\))\s+\S")
# a table's cell that holds the whole "Nơi nhận: - …; - …" list, or the signing formula with its
# title and the signer's name on one line ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH … Nguyễn Thành Công")
_SIGNATURE_ROW = re.compile(r"^(?:Nơi nhận\b|(?:TM|KT|TL|TUQ)\.\s*[^\W\d_])")
# a form or an appendix after the signature ("Mẫu số 01", "PHỤ LỤC", a contract's own national
# heading, "HỢP ĐỒNG ĐẶT HÀNG", "Bên A"): its articles are the form's, no rulebook's
_FORM = re.compile(
    r"^(?:mẫu(?:\s+số)?\s|biểu mẫu|phụ lục|cộng h[oò]à xã hội|hợp đồng|bên\s+[ab](?![^\W_])"
    r"|bên (?:đặt hàng|nhận|giao|thuê))"
)


def lost_rulebook_start(tail: list[str], title: str) -> int | None:
    """Index in `tail` (the paragraphs from "Nơi nhận" or the signature on) of a titled article
    that follows the signature block at once when `title` (the decision's) issues a rulebook,
    or None."""
    if not issues_rulebook(title):
        return None
    for index, paragraph in enumerate(tail[:_BEFORE_ARTICLE]):
        text = paragraph.strip()
        low = match_form(text).lstrip("* ")
        if _FORM.match(low):
            return None
        if low.startswith(("điều", "ðiều")) and (
            (found := article_titles(tail[index : index + 4])) and found[0][0] in text
        ):
            return index
        if text.startswith(_DASHES) or _CLAUSE.match(text) or _SIGNATURE_ROW.match(text):
            continue
        if len(text.split()) > _SHORT_WORDS:
            return None  # a sentence: the text after the signature is something else
    return None
