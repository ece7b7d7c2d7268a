"""A decree's mandate articles for agencies named by their place in the work it shares out.

A decree that shares the management of a service out among bodies gives each an article "Nhiệm
vụ và quyền hạn của …": the standing bodies of government by name ("… của Bộ Nội vụ", "… của
Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ", "… của ủy ban nhân dân các tỉnh, …") and then
the agencies that do the daily work, in lower case by the place the decree gives them: "Điều 51.
Nhiệm vụ và quyền hạn của đơn vị sự nghiệp", "Điều 52. … của đơn vị cấp trên trực tiếp của đơn
vị sự nghiệp", "Điều 25. … của cơ quan sử dụng công chức dự bị" (fresh28's cp-116 and cp-115).
Beside a standing body's article, such an agency's article is one more share of the same work,
each point a task of the agency, as the labels give it: the share-out runs from the top down,
the ministries' articles first and the agencies' right after them (cp-115's Điều 23–25, cp-116's
Điều 49–52). Alone — a law's "Nhiệm vụ, quyền hạn của đơn vị quản lý khu du lịch" — or apart
from the ministries' (in a chapter of its own, or before them: the unit's statute, then who
oversees it), it is the standing mandate of a unit the text governs, and stays a rule
(`notices.lower_holders`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from notices.lower_holders import lower_holder
from notices.text import match_form

# "Nhiệm vụ, quyền hạn của Bộ Nội vụ", "Nhiệm vụ và quyền hạn của …", "Trách nhiệm và quyền hạn
# của …", "Quyền hạn, trách nhiệm của …": duties with powers. A body's mandate where it stands
# alone (a statute's, a lone article on the body a regulation runs); where a regulation gives
# several bodies an article each (a decree's "Nhiệm vụ, quyền hạn của Bộ Nội vụ", "… của Bộ Tài
# chính", "… của Ủy ban nhân dân cấp tỉnh"), each is that body's share of the work.
MANDATE_OF = re.compile(
    r"^(?:(?:trách nhiệm|nhiệm vụ)\s*(?:,|và)\s*quyền hạn"
    r"|quyền hạn\s*(?:,|và)\s*(?:trách nhiệm|nhiệm vụ))\s+(?:của|đối với)\s+"
)


def agency_mandates(titles: Iterable[str], standing: Callable[[str], bool]) -> set[str]:
    """The mandate titles (as written, in the document's order) whose holder is an agency in
    lower case ("đơn vị sự nghiệp", "cơ quan sử dụng công chức dự bị"), in a run of mandate
    articles that a `standing` body's opens; none otherwise."""
    found: set[str] = set()
    shared = False  # the titles read so far are a run of mandates a standing body's opened
    for title in titles:
        text = title.strip(" .:*")
        mandate = MANDATE_OF.match(match_form(text))
        if standing(title):
            shared = True
        elif mandate is None:
            shared = False  # an article of another kind ends the run
        elif shared and lower_holder(text, mandate.end()):
            found.add(title)
    return found


def as_agency_heading(paragraph: str, title: str) -> str:
    """The heading paragraph opening such an article, whose title is `title`, written as the
    agency's duty heading ("Điều 51. Nhiệm vụ và quyền hạn của đơn vị sự nghiệp" -> "Điều 51.
    Trách nhiệm của đơn vị sự nghiệp"), so its points lead with the agency."""
    text = title.strip(" .:*")
    mandate = MANDATE_OF.match(match_form(text))
    if mandate is None:
        return paragraph
    return paragraph.replace(text, f"Trách nhiệm của {text[mandate.end() :]}", 1)
