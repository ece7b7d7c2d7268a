"""Sentences of a letter about the writer itself or about the letter as a whole.

"Trong quá trình thực hiện, Sở Lao động - Thương binh và Xã hội sẽ tổ chức kiểm tra, giám sát …"
in a letter the Sở sends: the issuer tells its addressees how it will oversee their work ("sẽ"
kiểm tra, giám sát, theo dõi, đôn đốc, tổng hợp, thông báo): its own next step, announced, not
work it hands to anyone. What the issuer commits to do on a matter ("Văn phòng sẽ phối hợp với
các cơ quan liên quan tham mưu … giải quyết những kiến nghị" in a conclusion) and a plan's or
decision's duties of the issuer ("Sở Y tế chủ trì …", no "sẽ") are work and stay.

"Đề nghị Ủy ban nhân dân các huyện … triển khai thực hiện thu thập, phân tích, dự báo thị trường
lao động năm 2022 trên địa bàn tỉnh đảm bảo chất lượng, đúng tiến độ./." closing a letter "V/v
hướng dẫn một số nội dung thu thập, phân tích, dự báo thị trường lao động năm 2022": the closing
asks to carry out what the letter is about, its subject restated; the points above are the work
(README rule 6: a closing that only asks to carry out the letter is no task). A closing that
names a due day or a report to send is a task.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from notices.deadlines import names_due_date
from notices.text import fold, match_form

# "…, <body> sẽ <verb> …" at the start of a sentence (after a frame that ends at its comma).
_WILL = re.compile(
    r"^(?:(?:trong|sau|khi|trên cơ sở|căn cứ)\s[^,;:]{0,100},\s*)?(?P<subject>[^,;:]{2,120}?)"
    r"\s+sẽ\s+(?:tổ chức\s+|tiến hành\s+|thường xuyên\s+)?(?:kiểm tra|giám sát|theo dõi|đôn đốc"
    r"|tổng hợp|thông báo)(?![^\W_])"
)
# A header's line naming the issuer's superior or the issuer ("UBND TỈNH QUẢNG BÌNH" over "SỞ LAO
# ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI"): the last line names the writer.
_DASHES = re.compile(r"\s*[-–—]\s*")


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[^\w]+", fold(_DASHES.sub(" ", text))) if w]


def writer_will(text: str, header: Sequence[str]) -> bool:
    """The sentence says what the issuer (the header's last line) will do itself."""
    if not header:
        return False
    m = _WILL.match(match_form(text.strip()))
    if m is None:
        return False
    subject = _words(m["subject"])
    issuer = _words(header[-1])
    if len(issuer) < 2 or len(subject) < 2:
        return False
    # the subject is the issuer's name, as in the header ("Sở Lao động - Thương binh và Xã hội")
    return subject == issuer or (len(subject) >= len(issuer) and subject[: len(issuer)] == issuer)


_CLOSING_ASK = re.compile(
    r"^(?:đề nghị|yêu cầu)\s+(?P<who>[^.;:]{3,200}?)\s+"
    r"(?:nghiêm túc\s+|khẩn trương\s+|chủ động\s+)?(?:triển khai\s+)?(?:thực hiện|triển khai)"
    r"(?:\s+(?:công tác|việc))?\s+(?P<what>[^.;:]{6,240}?)"
    r"(?:\s+(?:đảm bảo|bảo đảm|đúng|theo|có hiệu quả|hiệu quả)(?![^\W_])[^.;:]*)?\s*[./]*$"
)
_STOP_WORDS = frozenset(
    {"va", "cac", "cua", "tren", "dia", "ban", "tai", "theo", "trong", "nam", "tinh", "thanh"}
    | {"pho"}
)
_RESTATES = 0.75  # the share of the closing's object words found in the title


def restates_subject(text: str, title: str, *, last: bool) -> bool:
    """The letter's last paragraph asks its addressees to carry out the letter's own subject
    (the object's words are the title's), naming no date."""
    if not last or not title:
        return False
    low = match_form(text.strip())
    m = _CLOSING_ASK.match(low)
    if m is None or names_due_date(low, yearless=True):
        return False
    what = [w for w in _words(m["what"]) if w not in _STOP_WORDS and not w.isdigit()]
    titled = set(_words(title))
    if len(what) < 3:
        return False
    return sum(w in titled for w in what) / len(what) >= _RESTATES
