"""A body the letter asks by the initials it shortened its addressees to.

"Bộ Giáo dục và Đào tạo đề nghị CSGDĐH có đề tài được chọn … thông báo …", "Đề nghị các CSGDĐH rà
soát …": a letter to "các cơ sở giáo dục đại học" writes them as "CSGDĐH"; right after an ask
("đề nghị", "yêu cầu", "giao cho") the initials are the body asked, named as written (README rule
4: as short as still unambiguous, "các" kept as written); what follows ("có đề tài được chọn …")
says which of them. They are read only when the work follows them at once (a work verb
or a "có …" qualifier): "yêu cầu ĐTM phải được phê duyệt", "TTHC này", "PCCC tại các ký túc xá"
name a thing the ask is about, and "TTYT huyện Châu Thành", "THCS và THPT" are names the initials
only begin. Initials with a head noun ("Trường ĐHNT", "UBND") are names the name readers already
know: the initials are read only where they read none.
"""

from __future__ import annotations

import re

from notices.lexicon import WORK_VERBS
from notices.name_kinds import Assignee, assignee_start
from notices.text import match_form

# Three or more capitals (Đ among them), no lower-case letter: "CSGDĐH", "CSGD", "ĐVSN"; then a
# lower-case word (the qualifier or the verb), never a run of capitalised words (a proper name)
_INITIALS = re.compile(
    r"(?:(?:các|những)\s+)?(?P<initials>[A-ZĐ]{3,})"
    # "yêu cầu CĐR bậc 4": a standard and its grade, no body
    r"(?=\s+(?!(?:bậc|cấp|mức|loại|số|hạng)(?![^\W_]))[a-zđà-ỹ])"
)
# Acronyms the name readers already read as bodies, or that name no body asked to work
_KNOWN = frozenset({"UBND", "HĐND", "UBMTTQ", "MTTQ", "COVID", "CNTT", "KHCN", "KT-XH"})


_ADVERBS = (
    "khẩn trương",
    "chủ động",
    "tiếp tục",
    "tập trung",
    "kịp thời",
    "nghiêm túc",
    "tích cực",
)
_WORK_NEXT = re.compile(
    r"\s+(?:(?:"
    + "|".join(sorted((re.escape(w) for w in WORK_VERBS + _ADVERBS), key=len, reverse=True))
    # "có đề tài được chọn …": which of them; "có hiệu lực" is a thing's state
    + r")(?![^\W_])|có\s+(?!(?:hiệu lực|giá trị)(?![^\W_]))[^\W\d_])"
)


def initials_addressee(text: str, at: int) -> list[Assignee] | None:
    """[the initials] when the words at `at` (right after an ask) are a body's initials and the
    work or a "có …" qualifier follows them at once. "các TTYT được nhận TTB từ Dự án cử …": a
    passive says which of them and belongs in the name up to the verb: not read."""
    m = _INITIALS.match(text, at)
    if m is None or m["initials"] in _KNOWN:
        return None
    if _WORK_NEXT.match(match_form(text), m.end()) is None:
        return None  # "ĐTM phải được …", "TTYT huyện Châu Thành", "THCS và THPT"
    return [Assignee(name=m.group())]


# A body written as its initials alone ("TCTL", "VPCP"): three to seven capitals, not a field
# ("CNTT", "PCCC", "COVID", "BHYT", "CCHC") nor a Roman numeral ("III").
_FIELDS = (
    "CNTT|KHCN|PCCC|ATTP|COVID|GDP|THCS|THPT|HIV|AIDS|BHYT|BHXH|CCHC|ATTT|CĐS|ATGT|ATVSLĐ|TTHC"
    "|KTXH|KTX|NTM|GDĐT|QPAN"
)
_LISTED = re.compile(rf"^(?!(?:{_FIELDS})$)(?![IVXLC]+$)[A-ZĐ]{{3,7}}$")


def listed_initials(piece: str, pieces: list[str]) -> bool:
    """`piece` is one body's initials in a list of bodies ("TCTL, BST, TBT", "Các cơ quan của
    Quốc hội, VPCP", as a table's lead cell lists them): every piece is initials, or the list is
    a plural group ("Các cơ quan …") closed by the initials. After one named body the initials
    finish its name ("Sở Lao động, TBXH": Thương binh và Xã hội; "UBND các xã, TT"), and a
    title's field ("P. Trưởng phòng Vật tư, TBYT") is no list of bodies either."""
    if len(pieces) < 2 or not _LISTED.match(piece):
        return False
    if all(_LISTED.match(other) for other in pieces):
        return True
    # beside a body by its name, the initials close a list of plural groups ("Ban QLDA, TVGS và
    # Nhà thầu": a contract's parties, not bodies)
    index = pieces.index(piece)
    return index == len(pieces) - 1 and all(
        _LISTED.match(other) or assignee_start(other, match_form(other), 0) == "group"
        for other in pieces[:index]
    )
