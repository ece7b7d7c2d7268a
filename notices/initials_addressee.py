"""A body the letter asks by the initials it shortened its addressees to.

"Bộ Giáo dục và Đào tạo đề nghị CSGDĐH có đề tài được chọn … thông báo …", "… giao cho CSGDĐH tổ
chức trao giải …": a letter to "các cơ sở giáo dục đại học" writes them as "CSGDĐH"; right after
an ask ("đề nghị", "yêu cầu", "giao cho") the initials are the body asked, named as written
(README rule 4: as short as still unambiguous); what follows ("có đề tài được chọn …") says
which of them and is no part of the name. Initials with a head noun ("Trường ĐHNT", "UBND")
are names the name readers already know: the initials are read only where they read none.
"""

from __future__ import annotations

import re

from notices.name_kinds import Assignee

# Three or more capitals (Đ among them), no lower-case letter: "CSGDĐH", "CSGD", "ĐVSN"; then a
# lower-case word (the qualifier or the verb), never a run of capitalised words (a proper name)
_INITIALS = re.compile(
    r"(?:(?:các|những)\s+)?(?P<initials>[A-ZĐ]{3,})"
    # "yêu cầu CĐR bậc 4": a standard and its grade, no body
    r"(?=\s+(?!(?:bậc|cấp|mức|loại|số|hạng)(?![^\W_]))[a-zđà-ỹ])"
)
# Acronyms the name readers already read as bodies, or that name no body asked to work
_KNOWN = frozenset({"UBND", "HĐND", "UBMTTQ", "MTTQ", "COVID", "CNTT", "KHCN", "KT-XH"})


_PASSIVE_WHICH = re.compile(r"\s+được\s")


def initials_addressee(text: str, at: int, end: int) -> list[Assignee] | None:
    """[the initials] when the words at `at` (right after an ask, the subject ending at `end`)
    are a body's initials. "các TTYT được nhận TTB từ Dự án cử …": a passive says which of them
    and belongs in the name up to the verb, which the subject scan does not reach: not read."""
    m = _INITIALS.match(text, at)
    if m is None or m["initials"] in _KNOWN or _PASSIVE_WHICH.match(text, m.end()):
        return None
    del end  # the qualifier after the initials ("có đề tài được chọn …") is left out
    return [Assignee(name=m.group())]
