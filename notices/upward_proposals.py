"""A body proposing to its superior: the writer's own account, not work asked of it."""

from __future__ import annotations

import re

from notices.names import assignee_start

# "Ủy ban nhân dân tỉnh kiến nghị Bộ Tài chính xem xét …", "Sở Y tế kính đề xuất Ủy ban nhân dân
# tỉnh …": a body proposing to a superior, the writer's own account rather than work asked of it.
_PROPOSAL = re.compile(
    r"^(?P<subject>[^.;:,]{2,120}?)\s+(?:xin\s+|kính\s+)?(?:kiến nghị|đề đạt|kính đề xuất"
    r"|xin đề xuất)\s"
)


def proposes(sentence: str, low: str) -> bool:
    m = _PROPOSAL.match(low)
    return (
        m is not None
        and assignee_start(sentence, low, 0) is not None
        and not _HANDLES_PROPOSALS.search(m.group("subject"))
        and not _AGREES_BEFORE.search(m.group("subject"))
    )


# "Bộ Tài chính tổng hợp kiến nghị của tỉnh …", "Sở Y tế rà soát các kiến nghị …": work done with
# others' proposals. Only such a verb right before "kiến nghị" says so: a name may hold a verb of
# its own ("Ban Quản lý dự án xây dựng huyện kiến nghị …" still proposes upward).
_HANDLES_PROPOSALS = re.compile(
    r"\s(?:tổng hợp|tiếp thu|tiếp nhận|rà soát|giải quyết|xử lý|trả lời|xem xét|nghiên cứu)"
    r"(?:\s+(?:các|những|mọi))?$"
)
# "UBND Thành phố thống nhất và cho ý kiến sớm đối với những vụ việc … kết luận kiến nghị …": the
# body's own agreement comes first; "kiến nghị" is a word of its object.
_AGREES_BEFORE = re.compile(r"\s(?:thống nhất|nhất trí|đồng ý)(?![^\W_])")
