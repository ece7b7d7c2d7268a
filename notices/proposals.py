"""The bodies a proposal frame names are no doers: "Trên cơ sở đề nghị của Phòng A, Phòng B, …".

A regulation's point "Trên cơ sở đề nghị của Phòng Tài chính - Kế hoạch, Phòng Kinh tế và Hạ
tầng, Văn phòng HĐND và UBND huyện trình Chủ tịch UBND huyện …" names three bodies before its
verb; the first two propose, only the last (after the frame's last comma) does the work. The
frame runs from "(Trên cơ sở | Căn cứ | Theo | Xét | Dựa trên) (đề nghị | đề xuất | ý kiến |
tờ trình | kết quả thẩm định) … của" to the doer. Which comma closes it cannot be read
from the words alone ("của A, B, C trình …" may list B among the proposers or among the doers);
the rest after one comma names bodies A, B…, the rest after the next comma names a tail of the
same list, and so on until the next comma's rest names another list (or none), which means the
verb came first. After one proposer ("của Sở Y tế, Văn phòng UBND tỉnh, Sở Tài chính thẩm
định") the longest list is the doer, unless its first body continues the proposers: of the same
kind ("của Sở Nội vụ, Sở Tài chính, UBND huyện rà soát"), both groups ("của các Phòng …, các
đơn vị thuộc Sở, Giám đốc Sở …"), or a class in lower case ("của các bộ, cơ quan ngang bộ, …,
Bộ Tài chính tổng hợp"); otherwise the shortest tail is. A basis with no "của" before its first
comma ("Căn cứ báo cáo tình hình, Sở Y tế chủ trì …") is no frame, nor is a report ("Theo báo
cáo của …" narrates). A doer whose verb approves or concludes ("…, UBND tỉnh chấp thuận …") is
the writer, no doer.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from notices.lexicon import WORK_VERBS
from notices.name_kinds import Assignee
from notices.text import match_form

# "Trên cơ sở đề nghị của", "Căn cứ vào đề xuất của", "Theo ý kiến thẩm định của", "Xét tờ
# trình của", "Trên cơ sở kết quả thẩm định của" (after a connector the caller skipped).
_PROPOSAL_FRAME = re.compile(
    r"(?:trên cơ sở|căn cứ(?:\s+vào)?|theo|xét|dựa\s+(?:trên|vào))\s+"
    r"(?:(?:văn bản|công văn)\s+)?"
    r"(?:đề nghị|đề xuất|ý kiến(?:\s+(?:thẩm định|đề xuất|góp ý))?|tờ trình"
    r"|kết quả thẩm định|thẩm định)"
    r"[^.;:,]{0,200}?\s(?:của)\s"
)
# "…, UBND tỉnh chấp thuận …", "…, Chủ tịch UBND tỉnh kết luận như sau": the writer decides
_APPROVES = re.compile(
    r"\s*(?:đã\s+|cơ bản\s+)?(?:đồng ý|chấp thuận|thống nhất|kết luận|phê duyệt|cho phép)"
    r"(?![^\W_])"
)
# "các Phòng …", "những đơn vị …": a group, listed beside other groups
_GROUP = re.compile(r"(?:các|những)\s+")
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
    frame_end = _PROPOSAL_FRAME.match(low, start)
    chain: list[tuple[int, list[Assignee]]] = []  # (where the rest starts, its leads)
    for rest in rests or ():
        leads = leads_of(text[rest:])
        if not leads and not chain and _WORK_FIRST.match(low, rest):
            break  # "…, địa phương, chủ trì tổng hợp, …": no subject, the heading's body works
        if not leads:
            continue  # "xác nhận của Kho bạc …": more of the frame, or more of the work
        if not chain:
            chain.append((rest, leads))
            continue
        tail = [a.name for a in leads]
        chosen = chain[-1][1]
        if len(tail) < len(chosen) and tail == [a.name for a in chosen][-len(tail) :]:
            chain.append((rest, leads))  # "Phòng B, Văn phòng trình …" then "Văn phòng trình …"
            continue
        break  # another list: the verb came before this comma
    if not chain or frame_end is None:
        return None
    pick = chain[-1]  # several proposers: the shortest tail ("Phòng A, Phòng B, Văn phòng …")
    first, leads = chain[0]
    if rests and first == rests[0]:
        # one proposer, then the doers ("của Sở Y tế, Văn phòng UBND tỉnh, Sở Tài chính …")
        proposer = low[frame_end.end() : low.rfind(",", 0, first)]
        if not text[first : first + 1].islower() and not _continues(proposer, low[first:]):
            pick = (first, leads)
    return None if _approves(low, *pick) else pick[1]


def _continues(before: str, rest: str) -> bool:
    """The body a rest opens with continues the proposers that `before` (the text before its
    comma) ends with: the same kind ("Sở Nội vụ, Sở Tài chính"), or two groups."""
    proposer = before.rsplit(" của ", 1)[-1].strip(" ,")
    proposer_group = _GROUP.match(proposer)
    rest_group = _GROUP.match(rest)
    if proposer_group and rest_group:
        return True
    proposer = proposer[proposer_group.end() :] if proposer_group else proposer
    rest = rest[rest_group.end() :] if rest_group else rest
    first = proposer.split(" ", 1)[0]
    return bool(first) and rest.split(" ", 1)[0] == first


def _approves(low: str, rest: int, leads: list[Assignee]) -> bool:
    """The verb after the doer's names approves or concludes: the writer deciding."""
    last = match_form(leads[-1].name)
    at = low.find(last, rest)
    return at >= 0 and _APPROVES.match(low, at + len(last)) is not None
