"""Headings over what a body is made of ("Cơ cấu tổ chức … gồm:", "Thành phần … gồm:") or over
things listed: their points are units, members or documents, not work."""

from __future__ import annotations

import re

from notices.deadlines import names_due_date
from notices.heading_summaries import GIVES_WORK
from notices.imperatives import asks_work
from notices.structure import Item
from notices.text import match_form

LISTS_THINGS = re.compile(r"(?<![^\W_])(?:bao\s+)?gồm\s*(?:các\s+\S+\s*)?:$")
# "Sở Tài chính có trách nhiệm quản lý về nghiệp vụ, bao gồm:": the duties the body is charged
# with, listed — work, not things
_CHARGED_LIST = re.compile(
    r"(?<![^\W_])(?:có|chịu) trách nhiệm(?![^\W_])[^.;:]{0,120},\s*(?:bao\s+)?gồm\s*:$"
)


def lists_things(intro: str) -> bool:
    """ "… gửi kèm bộ Cẩm nang gồm:": an intro over documents or things, not work; a body's
    charged duties "…, bao gồm:" are work."""
    low = match_form(intro.strip())
    return LISTS_THINGS.search(low) is not None and _CHARGED_LIST.search(low) is None


# "2. Cơ cấu tổ chức Sở … sau khi sắp xếp, kiện toàn, gồm:" over "a) Lãnh đạo Sở: Giám đốc, …"
# "b) Các phòng chuyên môn …: 06 phòng" "- Thanh tra sở;" "- Phòng Quản lý vận tải, …;", "Thành
# phần Tổ công tác gồm:" over its members: what a body is made of, each point a unit or a person
# ("Phòng Quản lý …", "Đội tham mưu tổng hợp" read as a body and its verb), no work.
_MAKE_UP = re.compile(
    r"(?<![^\W_])(?:cơ cấu tổ chức|tổ chức bộ máy|bộ máy|cơ cấu|thành phần|thành viên)"
    r"(?![^\W_])[^.;:]{0,200}?(?<![^\W_])(?:bao\s+)?gồm(?:\s+có)?"
    r"(?:\s+(?:các\s+)?(?:thành viên|đơn vị|bộ phận|ông,?\s*bà|đồng chí)"
    r"(?:\s+sau(?:\s+đây)?)?)?\s*:$"
)

# "2. Cơ cấu Tập đoàn Phát triển nhà và đô thị Việt Nam:" over "a) Công ty mẹ - … là doanh
# nghiệp …", "b) Các công ty con …:": the heading names the structure alone, without "gồm"
_STRUCTURE_HEADING = re.compile(r"^(?:cơ cấu tổ chức|cơ cấu)\s+(?:của\s+)?[^.;:,]{2,120}:$")


# A heading that gives the work itself ("Giao Sở Nội vụ kiện toàn cơ cấu tổ chức …, gồm:",
# "Kiện toàn cơ cấu tổ chức, bộ máy các cơ quan chuyên môn, gồm:") leads into points of work.
_MAKE_UP_MARKER = re.compile(
    r"^(?:điều\s+\d+\s*[.:]|[\divxlc]+(?:\.\d+)*\s*[.)]|[a-zđ]\)|[-+•*–])\s*"
)


# a point under a make-up that names work: a date, or the verbs of a task ("- Sở Nội vụ chủ trì
# rà soát, trình UBND tỉnh …", "b) Đề xuất thành lập Tổ giúp việc."); a unit's name may hold
# other work words ("Phòng Quản lý vận tải", "Đội tham mưu tổng hợp"), a firm's trade the works
# it builds ("thi công xây lắp các công trình giao thông": "công trình" is no "trình")
_MAKE_UP_WORK = re.compile(
    r"(?<![^\W_])(?:chủ trì|phối hợp|báo cáo|(?<!chương )(?<!quy )(?<!công )trình(?!\s+độ)"
    r"|đề xuất|rà soát|gửi|hoàn thành|triển khai"
    r"|xây dựng\s+(?:đề án|kế hoạch|quy chế|phương án|dự thảo))"
    r"(?![^\W_])"
)


def lists_make_up(paragraph: str) -> bool:
    """ "Cơ cấu tổ chức … gồm:", "Thành phần Tổ công tác gồm:": a heading over what a body is made
    of, not one that gives or names work first ("Giao …", "Kiện toàn …")."""
    low = match_form(paragraph.strip())
    head = _MAKE_UP_MARKER.sub("", low, count=1)
    if not _MAKE_UP.search(low) and not _STRUCTURE_HEADING.match(head):
        return False
    return not GIVES_WORK.match(head) and not asks_work(head)


def point_works(point: Item) -> bool:
    """A point under a make-up heading that is work, not a unit or a member."""
    low = match_form(" ".join(point.paragraphs).strip())
    if GIVES_WORK.match(low) or _MAKE_UP_WORK.search(low):
        return True
    return names_due_date(low)
