"""The bodies a proposal frame names are no doers: "Trên cơ sở đề nghị của Phòng A, Phòng B, …".

A regulation's point "Trên cơ sở đề nghị của Phòng Tài chính - Kế hoạch, Phòng Kinh tế và Hạ
tầng, Văn phòng HĐND và UBND huyện trình Chủ tịch UBND huyện …" names three bodies before its
verb; the first two propose, only the last (after the frame's last comma) does the work. The
frame runs from "(Trên cơ sở | Căn cứ | Theo | Xét | Dựa trên) (đề nghị | đề xuất | ý kiến |
tờ trình | báo cáo | kết quả thẩm định) … của" to the doer. Which comma closes it cannot be read
from the words alone ("của A, B, C trình …" may list B among the proposers or among the doers);
the doer is taken to be the shortest subject list that the verb closes: the rest after one
comma names bodies A, B…, the rest after the next comma names a tail of the same list, and so on
until the next comma's rest names another list (or none), which means the verb came first.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from notices.lexicon import WORK_VERBS
from notices.name_kinds import Assignee

# "Trên cơ sở đề nghị của", "Căn cứ vào đề xuất của", "Theo ý kiến thẩm định của", "Xét tờ
# trình của", "Trên cơ sở kết quả thẩm định của" (after a connector the caller skipped).
_PROPOSAL_FRAME = re.compile(
    r"(?:trên cơ sở|căn cứ(?:\s+vào)?|theo|xét|dựa\s+(?:trên|vào))\s+"
    r"(?:(?:văn bản|công văn)\s+)?"
    r"(?:đề nghị|đề xuất|ý kiến(?:\s+(?:thẩm định|đề xuất|góp ý))?|tờ trình|báo cáo"
    r"|kết quả thẩm định|thẩm định)"
    r"[^.;:]{0,200}?\s(?:của)\s"
)
_COMMA = re.compile(r",\s*")
# A rest that opens with a work verb ("chủ trì tổng hợp, trình …"): the frame ended with no
# subject after it; not a verb's noun with its owner ("xác nhận của Kho bạc …").
_WORK_FIRST = re.compile(
    rf"(?:{'|'.join(re.escape(w) for w in sorted(WORK_VERBS, key=len, reverse=True))})"
    r"(?![^\W_])(?!\s+của(?![^\W_]))"
)


def proposal_commas(low: str, start: int = 0) -> list[int] | None:
    """Where the rests after the commas of a proposal frame opening at `start` begin, in order;
    None when the clause opens with no proposal frame."""
    frame = _PROPOSAL_FRAME.match(low, start)
    if frame is None:
        return None
    return [m.end() for m in _COMMA.finditer(low, frame.end())]


def doer_after_proposers(
    text: str, low: str, start: int, leads_of: Callable[[str], list[Assignee] | None]
) -> list[Assignee] | None:
    """The leads of the doer after a proposal frame at `start`; None when there is no frame or
    no body follows it as a subject. `leads_of(rest)` gives the leads a rest opens with as its
    subject (None when it opens otherwise)."""
    rests = proposal_commas(low, start)
    chosen: list[Assignee] | None = None
    for rest in rests or ():
        leads = leads_of(text[rest:])
        if not leads and chosen is None and _WORK_FIRST.match(low, rest):
            break  # "…, địa phương, chủ trì tổng hợp, …": no subject, the heading's body works
        if not leads:
            continue  # "xác nhận của Kho bạc …": more of the frame, or more of the work
        if chosen is None:
            chosen = leads
            continue
        tail = [a.name for a in leads]
        if len(tail) < len(chosen) and tail == [a.name for a in chosen][-len(tail) :]:
            chosen = leads  # "Phòng B, Văn phòng trình …" then "Văn phòng trình …": one list
            continue
        break  # another list: the verb came before this comma
    return chosen
