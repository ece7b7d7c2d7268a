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
    re.compile(
        r",?\s*(?:(?:được giao\s+)?chủ trì\s*,?\s*(?:và\s+)?)?phối hợp(?:\s+với)?"
        r"\s+(?P<partners>[^:]+)$"
    ),
    re.compile(r",?\s*(?:được giao\s+)?chủ trì$"),
    re.compile(
        r",?\s*(?:theo|trong phạm vi)\s+(?:đúng\s+)?(?:chức năng,?\s*)?nhiệm vụ"
        r"(?:,?\s*quyền hạn)?(?:,?\s*(?:được giao|của mình))?$"
    ),
    re.compile(
        r",?\s*(?:có|thực hiện(?:\s+các)?)\s+(?:nhiệm vụ|trách nhiệm)(?:\s+sau(?:\s+đây)?)?$"
    ),
)

# "Các Bộ: Tài chính, Công Thương" names its members after a colon; no other colon is a name's
_MEMBERS_COLON = re.compile(r"^các\s+(?:bộ|sở|ngành|cơ quan)\s*:")


def group_lead_in(paragraph: str) -> list[str] | None:
    """The bodies a group lead-in names ("Bộ Kế hoạch và Đầu tư, các Bộ, cơ quan, địa phương
    theo chức năng, nhiệm vụ được giao:" -> "Bộ Kế hoạch và Đầu tư", "các Bộ, cơ quan, địa
    phương"; "Bộ Tài chính chủ trì, phối hợp với …:" -> "Bộ Tài chính"), else None: the line
    must end with its colon and hold only the names and one of the tails, no work of its own
    ("Bộ Tài chính chủ trì xây dựng các đề án sau:" lists the content of one task)."""
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
                return None  # "… phối hợp với Sở Tài chính thực hiện các nội dung sau:"
            cut = cut[: m.start()].rstrip(" ,")
        if cut == head:
            break
        head = cut
    if head == low or not head or any(c.isdigit() for c in head):
        return None  # no tail: a bare name line, read as a heading's body elsewhere
    colons = head.count(":")
    if colons > 1 or (colons == 1 and not _MEMBERS_COLON.match(head)):
        return None
    if not _names(body[: len(head)].replace(":", " ")):
        return None  # "Bộ Tài chính xây dựng …": work of its own before the tail
    leads = analyze(body).leads or []
    if not leads or any(a.is_person for a in leads):
        return None
    return [a.name for a in leads]


def _names(text: str) -> bool:
    """Only names of bodies ("các Bộ, cơ quan liên quan, địa phương"), no work verb among them."""
    return not analyze(text).leads and split_assignees(text) is not None
