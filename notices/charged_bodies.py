"""A generic body named by what it does or was given, then charged: the whole phrase is its name.

"Cơ quan, đơn vị tổ chức lập quy hoạch khu vực TOD có trách nhiệm lấy ý kiến …", "Cơ quan, đơn
vị được Ủy ban nhân dân Thành phố giao tổ chức lập quy hoạch … phải phối hợp …", "Cơ quan chủ
trì có trách nhiệm tổ chức …", "Cơ quan, tổ chức thuộc Bộ Tài chính phải thường xuyên kiểm tra
…": a regulation names the body its duty falls on by the work it does ("lập quy hoạch", "chủ
trì", "đề nghị xét tặng", "khai thác dữ liệu"), in the singular and with no capitalised name.
The name reader (`notices.names`) knows no bare "Cơ quan" or "Cơ quan, đơn vị", and "tổ chức
lập" reads as the verb, so such a clause had no lead or took the next body it named (hn-71,
btc-45, hn-57, bnv-01, ttg-04 labels: the lead is the phrase up to the charge). Only a charge
("có trách nhiệm", "chịu trách nhiệm", "phải") ends the name: "Cơ quan chủ trì soạn thảo ưu
tiên …" stays unread (where the qualifier ends is a guess there).

Not a name: a competent or defined body ("Cơ quan, đơn vị có thẩm quyền … là …"), a case
("Cơ quan, đơn vị nào …", "… nếu …", "… khi …"), a capitalised name ("Cơ quan Thường trực …",
read by `notices.names`), a plural ("Các cơ quan, đơn vị được giao …", read there too); nor a
charge that states liability ("… chịu trách nhiệm về / trước …") or what the body must be
("… phải là …", "… phải có đủ …").
"""

from __future__ import annotations

import re

from notices.text import match_form

_END = r"(?![^\W_])"
# the generic head, one noun or a list of them: "cơ quan", "đơn vị", "cơ quan, đơn vị", "cơ quan,
# tổ chức, đơn vị"
_HEAD = re.compile(
    r"(?:cơ quan|đơn vị)(?:\s*,\s*(?:cơ quan|đơn vị|tổ chức))*" + _END + r"\s+(?=[^\W\d_])"
)
# the charge that ends the name
_CHARGE = re.compile(r"\s(?:(?:có|chịu) trách nhiệm|phải)" + _END + r"\s*")
# a case or a definition in the qualifier: no body named by its work
_NOT_QUALIFIER = re.compile(
    r"(?<![^\W_])(?:nào|nếu|khi|không|là|gồm|bao gồm|có thẩm quyền|vi phạm|để xảy ra|trường hợp"
    r"|có trách nhiệm|chịu trách nhiệm|phải|sau đây)" + _END
)
# what the charge may not be: liability, what the body is or must have
_NO_WORK = re.compile(r"(?:về|trước|toàn diện|là|có đủ|có|đáp ứng|chịu|bị|được|tự chịu)" + _END)
_QUALIFIER_CHARS = 140
# a bare role, no work named: "Cơ quan phối hợp", "Đơn vị phối hợp" (test_imperative_default)
_ROLE_ONLY = re.compile(r"phối hợp")
_SCOPE = re.compile(
    r"\s*,?\s+(?:trong phạm vi|theo (?:chức năng|thẩm quyền|quy định)|căn cứ)" + _END
)


def charged_body(text: str, start: int = 0) -> tuple[str, int] | None:
    """(the name, where it ends) of a generic body named by its work and charged at `start` of
    `text` ("Cơ quan, đơn vị tổ chức lập quy hoạch … có trách nhiệm …"), else None."""
    low = match_form(text)
    head = _HEAD.match(low, start)
    if head is None or not text[head.end()].islower():
        return None
    charge = _CHARGE.search(low, head.end(), head.end() + _QUALIFIER_CHARS + 20)
    if charge is None or charge.start() - head.end() > _QUALIFIER_CHARS:
        return None
    qualifier = low[head.end() : charge.start()]
    if re.search(r"[;:.()]", qualifier) or _NOT_QUALIFIER.search(qualifier):
        return None
    if _ROLE_ONLY.fullmatch(qualifier.strip()):
        return None  # "Cơ quan phối hợp có trách nhiệm …" in a letter: a role, the addressee's
    if _NO_WORK.match(low, charge.end()):
        return None
    name = text[start : charge.start()]
    # "Cơ quan, tổ chức thuộc Bộ Tài chính trong phạm vi nhiệm vụ, quyền hạn của mình có trách
    # nhiệm …": the scope of the charge is no part of the name (btc-45)
    if scope := _SCOPE.search(low, head.end() - 1, charge.start()):
        if not low[head.end() : scope.start()].strip(" ,"):
            # "Cơ quan, tổ chức, đơn vị trong phạm vi nhiệm vụ … có trách nhiệm …": a scope
            # alone names no work, the bare head no body (qh-55 Điều 60)
            return None
        name = text[start : scope.start()]
    return name.strip(" ,"), charge.start()
