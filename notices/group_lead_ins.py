"""Group lead-ins over plain paragraphs: a line that names one body or a group of bodies, then
the paragraphs under it are their tasks ("a) Bộ Tài chính chủ trì, phối hợp với các Bộ, cơ quan,
địa phương:" then "Tập trung …", "Rà soát …"), as a Government resolution on running the economy
and a Prime Minister's plan decision divide their work."""

from __future__ import annotations

import re

from notices.assignees import analyze
from notices.names import split_assignees
from notices.text import match_form

# What follows the names in such a line: the lead's partners ("chủ trì, phối hợp với các Bộ, cơ
# quan liên quan"), its remit ("theo chức năng, nhiệm vụ được giao"), or its duty ("có nhiệm vụ")
_TAILS = (
    # tried first: the remit and the frame close the line after the partners ("… phối hợp với các
    # Bộ, cơ quan liên quan theo chức năng, nhiệm vụ được giao:"), which would swallow them
    re.compile(
        r",?\s*(?:theo|trong phạm vi)\s+(?:đúng\s+)?(?:chức năng,?\s*)?nhiệm vụ"
        r"(?:,?\s*quyền hạn)?(?:,?\s*(?:được giao|của mình))?$"
    ),
    # "có nhiệm vụ", "thực hiện các nhiệm vụ sau đây": an empty frame announcing the tasks, unlike
    # "xây dựng các văn bản sau", where the points are the objects of one verb
    re.compile(
        r",?\s*(?:(?:có|thực hiện(?:\s+các)?)\s+(?:nhiệm vụ|trách nhiệm)(?:\s+sau(?:\s+đây)?)?"
        r"|(?:thực hiện|triển khai)(?:\s+các)?\s+(?:nhiệm vụ|nội dung|công việc)"
        r"\s+sau(?:\s+đây)?)$"
    ),
    re.compile(
        r",?\s*(?:(?:được giao\s+)?chủ trì\s*,?\s*(?:và\s+)?)?phối hợp(?:\s+với)?"
        r"\s+(?P<partners>[^:]+)$"
    ),
    re.compile(r",?\s*(?:được giao\s+)?chủ trì$"),
)

# "Giao Bộ Tài chính chủ trì …:", "Đề nghị Ủy ban Trung ương Mặt trận …:": the verb that hands
# the work out or asks it of bodies outside the Government, before the names
_ASKING = re.compile(r"^(?:giao|đề nghị)\s+")

# "Các Bộ: Tài chính, Công Thương" names its members after a colon; no other colon is a name's
_MEMBERS_COLON = re.compile(r"^các\s+(?:bộ|sở|ngành|cơ quan)\s*:")


def group_lead_in(paragraph: str) -> list[str] | None:
    """The bodies a group lead-in names ("Bộ Kế hoạch và Đầu tư, các Bộ, cơ quan, địa phương
    theo chức năng, nhiệm vụ được giao:" -> "Bộ Kế hoạch và Đầu tư", "các Bộ, cơ quan, địa
    phương"; "Bộ Tài chính chủ trì, phối hợp với …:" -> "Bộ Tài chính"), else None: the line
    must end with its colon and hold only the names and one of the tails, no work of its own
    ("Bộ Tài chính chủ trì xây dựng các đề án sau:" lists the content of one task). A line of
    names alone counts only as "Các Bộ: A, B:" or after "Giao"/"Đề nghị"; other bare name lines
    are read as a heading's body elsewhere. No person leads, but an office holder's title does
    ("Bộ trưởng Bộ Tài chính chủ trì, phối hợp với …:" -> "Bộ trưởng Bộ Tài chính")."""
    text = paragraph.strip()
    if not text.endswith(":"):
        return None
    body = text[:-1].rstrip()
    low = match_form(body)
    head = low
    for _ in range(3):
        cut = head
        for tail in _TAILS:
            m = tail.search(cut)
            if m is None:
                continue
            partners = m.groupdict().get("partners")
            if partners and not _names(body[m.start("partners") : m.end("partners")]):
                return None  # "… phối hợp với Sở Tài chính xây dựng các văn bản sau:"
            cut = cut[: m.start()].rstrip(" ,")
        if cut == head:
            break
        head = cut
    asking = _ASKING.match(head)
    start = asking.end() if asking else 0
    bare = head == low and (asking is not None or _MEMBERS_COLON.match(head) is not None)
    if (head == low and not bare) or not head[start:] or any(c.isdigit() for c in head):
        # no tail: a bare name line, read as a heading's body elsewhere ("Các Bộ: A, B:" and
        # "Đề nghị A và B:" are not)
        return None
    colons = head.count(":")
    if colons > 1 or (colons == 1 and not _MEMBERS_COLON.match(head[start:])):
        return None
    names = body[start : len(head)].replace(":", " ")
    if not _names(names):
        return None  # "Bộ Tài chính xây dựng …": work of its own before the tail
    # the names span itself, not the line read for its verb: "Các Bộ: Tài chính, Ban Chỉ đạo Đổi
    # mới và Phát triển doanh nghiệp" keeps the full name of a member with a head of its own
    leads = split_assignees(names) or []
    if not leads or any(a.is_person for a in leads):
        return None
    return [a.name for a in leads]


def _names(text: str) -> bool:
    """Only names of bodies ("các Bộ, cơ quan liên quan, địa phương"), no work verb among them."""
    return not analyze(text).leads and split_assignees(text) is not None


def later_groups(paragraphs: list[str]) -> tuple[list[str], list[tuple[list[str], list[str]]]]:
    """The paragraphs under a group lead-in split at each later lead-in among them ("Ngân hàng
    Nhà nước Việt Nam chủ trì, phối hợp với các Bộ, ngành:" after the Ministry of Finance's
    paragraphs): the first group's paragraphs, then each later line's bodies and paragraphs. The
    bodies a line names hold until the next such line, not to the end of the item."""
    first: list[str] = []
    later: list[tuple[list[str], list[str]]] = []
    current = first
    for index, paragraph in enumerate(paragraphs):
        bodies = group_lead_in(paragraph) if 0 < index < len(paragraphs) - 1 else None
        if bodies:
            current = []
            later.append((bodies, current))
        else:
            current.append(paragraph)
    return first, later
