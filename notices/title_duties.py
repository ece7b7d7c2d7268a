"""Paragraphs under a line that only names a body ("5. Trung tâm Phát triển quỹ đất." then one
duty a paragraph): which paragraph opens a duty of its own, which label stays in its text, and
the member list such a line may carry."""

from __future__ import annotations

import re

from notices.assignees import analyze
from notices.imperatives import asks_work
from notices.task_basics import same_body
from notices.text import match_form

# "Giao Trung tâm … phối hợp …", "Đề nghị Phòng Y tế …": the body handed the work again
_GIVES = re.compile(r"^(?:giao|đề nghị|yêu cầu)(?![^\W_])")


def own_duty(sentence: str, title_body: list[str] | None) -> bool:
    """A paragraph's first sentence that asks the title's body for work: it names nobody ("Chủ trì
    xây dựng …") or gives the work to that body again ("5. Trung tâm Phát triển quỹ đất." then
    "Giao Trung tâm Phát triển quỹ đất phối hợp với UBND xã …"). A sentence naming another body
    is that body's, and one naming the title's body as a plain subject goes on with the duty."""
    leads = analyze(sentence).leads
    if not leads:
        return asks_work(sentence)
    given = _GIVES.match(match_form(sentence.lstrip())) is not None
    return given and same_body(title_body, [a.name for a in leads])


# "Đối với việc truy thu …: Giao Trung tâm … làm việc …": the case the work is about opens the
# task's sentence, as a "Đối với …," opening does (a "Về …:" topic is left out)
_CASE_LABEL = re.compile(r"^đối với\s")


def case_label(label: str) -> str:
    """The label when it names the case a duty is about, else ""."""
    return label if _CASE_LABEL.match(match_form(label)) else ""


# "UBND các xã: Hải Tiến, Giao Minh, Rạng Đông": the members a kind of body lists after its colon,
# proper names each ("Giao" of "Giao Minh" is no "giao" that hands out work)
_MEMBER_LIST = re.compile(r":\s*[A-ZĐÀ-Ỹ][^,;:.()]{0,40}(?:,\s*[A-ZĐÀ-Ỹ][^,;:.()]{0,40})+$")


def without_members(line: str) -> str:
    """The line without the proper names it lists after its colon."""
    listed = _MEMBER_LIST.search(line)
    return line[: listed.start()] if listed else line
