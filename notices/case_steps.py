"""A procedure's per-case steps: no task, whoever they name.

A circular or a guidance text walks through a procedure that runs once per case — a declaration
verified, an appointment, an election, an application filed — and shares out its steps by the
case: "Ủy ban kiểm tra tỉnh ủy … tiến hành xác minh nếu người được xác minh là cán bộ thuộc diện
…", "Cấp ủy các cấp ra quyết định xác minh đối với người dự kiến được xác minh …", "5.1. Trong
trường hợp người được xác minh thuộc diện cấp ủy quản lý … thì cơ quan tiến hành xác minh được
xác định như sau:" over its points, "Hội đồng bầu cử … là cơ quan, tổ chức có thẩm quyền ra văn
bản yêu cầu xác minh", "Trường hợp hồ sơ chưa đầy đủ và hợp lệ, …". Such a step says who acts
when a case comes up, no work a body is given now; nor is a term's definition ("Kê khai lần đầu
là việc …"). The README's labelling calls: a procedure's per-case steps are not tasks (fresh26's
ttcp-2442); what a named body must do — its "Tổ chức thực hiện", a yearly list or report — is.

What stays: a case that opens a named body's duty ("Trường hợp phát hiện sai phạm …, Thanh tra
tỉnh chủ trì …"), a duty towards a group of people ("Đối với những người có nghĩa vụ kê khai … thì
Bộ trưởng … phải tổ chức kê khai …"), a standing body ("… là cơ quan thường trực, có trách nhiệm
…"): the case must be the person a procedure is run on, named by the role it gives them ("người
được xác minh", "người dự kiến được bổ nhiệm", "người ứng cử"), or an application ("hồ sơ").
Nor is a step whose first sentence sets a fixed deadline ("Đối với những người được cử đi đào tạo
năm 2031, các sở, ngành báo cáo … trước ngày 30 tháng 11 năm 2031"), a competence that goes on
with a duty ("… là đơn vị tiếp nhận phản ánh và có trách nhiệm tổng hợp, báo cáo …") or a point
under a heading that shares out duties ("Trách nhiệm của các cơ quan được xác định cụ thể như
sau:"): only one that names who is competent or acts ("Cơ quan … có thẩm quyền … / … thì cơ quan
tiến hành xác minh được xác định như sau:") sorts out a case.
"""

from __future__ import annotations

import re
from dataclasses import replace

from notices.model import ParsedTask
from notices.paragraph_tasks import build_paragraph_tasks
from notices.structure import Item, walk
from notices.task_basics import Context
from notices.text import match_form

# the person a procedure is run on, by the role it gives them: "người được xác minh", "những người
# dự kiến được bổ nhiệm", "người ứng cử" — not "người có nghĩa vụ kê khai" (a group with a duty)
_PERSON = r"(?:những\s+|các\s+)?người\s+(?:dự kiến\s+)?(?:được|ứng cử)(?![^\W_])"
# "Nếu người được xác minh là …", "Trong trường hợp người được xác minh …", "Riêng đối với người
# dự kiến được xác minh …", "Trường hợp hồ sơ chưa đầy đủ …": the case opens the step
# ("Đối với hồ sơ đã tiếp nhận trước ngày …, tiếp tục giải quyết …" is a letter's ask about a
# batch of files, no case)
_CASE_OPENING = re.compile(
    rf"^(?:riêng\s+)?(?:(?:(?:trong\s+)?trường hợp|nếu|đối với)\s+{_PERSON}"
    r"|(?:(?:trong\s+)?trường hợp|nếu)\s+hồ sơ(?![^\W_]))"
)
# "… tiến hành xác minh nếu người được xác minh là cán bộ …", "… ra quyết định xác minh đối với
# người dự kiến được xác minh …": the step's work is the case's
# ("… tổ chức hội nghị lấy ý kiến cử tri đối với người ứng cử …" is whom the work is about: a
# case after "đối với" must sort the person out — "… là cán bộ …", "… đang công tác tại …")
_CASE_INSIDE = re.compile(
    rf"\s(?:nếu\s+{_PERSON}|đối với\s+{_PERSON}[^,;.:]{{0,40}}?\s(?:là|đang|thuộc diện)\s)"
)
# "X là cơ quan có thẩm quyền ra quyết định …", "X là cơ quan, tổ chức có thẩm quyền …", "X là
# người có thẩm quyền …", "X là cơ quan tiến hành xác minh", "X là cơ quan tiếp nhận yêu cầu":
# which body acts in each case — not "… là cơ quan thường trực, có trách nhiệm …"
_COMPETENT = re.compile(
    r"^[^.;:]{3,240}?\slà\s+(?:cơ quan|người|đơn vị|tổ chức)"
    r"(?:\s*,\s*(?:cơ quan|tổ chức|đơn vị|cá nhân))*\s+(?:có thẩm quyền|tiến hành|tiếp nhận)"
    r"(?![^\W_])"
)
# "Kê khai lần đầu là việc …": a term's definition
# (the first "là" of the sentence: "… đặc biệt là NVYT là việc tại …" is a typo's "làm việc")
_DEFINES = re.compile(r"^(?:(?!\slà\s)[^.;:,]){2,60}\slà\s+việc\s")
# "… thì cơ quan tiến hành xác minh được xác định như sau:", "Cơ quan, tổ chức, cá nhân có thẩm
# quyền ra quyết định xác minh … được xác định như sau:": a heading that sorts out which body acts
# in which case ("Trách nhiệm của các cơ quan được xác định cụ thể như sau:" shares out duties)
_SORTS_OUT = re.compile(
    r"(?:có thẩm quyền|tiến hành)(?![^\W_])[^:]{0,200}?"
    r"được xác định(?:\s+cụ thể)?\s+như sau\s*:\s*$"
)
# "… trước ngày 30 tháng 11 năm 2031", "… chậm nhất ngày 15/12/2031": a fixed deadline — work a
# body is given now, no step timed from a case ("trước ngày 31 tháng 12 hằng năm" is the cycle's)
_FIXED_DATE = re.compile(
    r"(?<![^\W_])(?:trước|chậm nhất|hạn chót|xong|trong)\s+(?:ngày\s+)?\d{1,2}"
    r"(?:\s+tháng\s+|/|-|\.)\d{1,2}(?:\s+năm\s+|/|-|\.)\d{4}"
)
# "… là đơn vị tiếp nhận … và có trách nhiệm tổng hợp, báo cáo …": a competence that goes on with
# a duty ("… đối với cơ sở thuộc đối tượng phải xây dựng …" is no duty of the body's)
_DUTY_AFTER = re.compile(r"(?<![^\W_])có trách nhiệm(?![^\W_])")
_SENTENCE_END = re.compile(r"[.;](?:\s|$)")


def _first_sentence(low: str) -> str:
    end = _SENTENCE_END.search(low)
    return low[: end.start()] if end else low


def is_case_step(text: str) -> bool:
    """The step of a procedure that is run per case (a person's, an application's), a
    competence for each case or a term's definition: no task."""
    low = match_form(text.strip(" *"))
    first = _first_sentence(low)
    if _DEFINES.match(first):
        return True
    if _FIXED_DATE.search(first):
        return False  # "Đối với những người được cử đi đào tạo …, các sở báo cáo … trước ngày …"
    competent = _COMPETENT.match(first)
    return bool(
        _CASE_OPENING.match(low)
        or _CASE_INSIDE.search(first)
        or (competent and not _DUTY_AFTER.search(first, competent.end()))
    )


def _case_headings(items: list[Item]) -> list[str]:
    """The refs of the items whose heading opens a case or sorts out who acts in which case."""
    refs = []
    for item in walk(items):
        if not item.children:
            continue
        lows = [match_form(p.strip(" *")) for p in item.paragraphs]
        if any(p.endswith(":") and (_CASE_OPENING.match(p) or _SORTS_OUT.search(p)) for p in lows):
            refs.append(item.ref)
    return refs


def without_case_steps(
    tasks: list[ParsedTask], items: list[Item], context: Context
) -> list[ParsedTask]:
    """The tasks without a procedure's per-case steps: a step read as one (is_case_step), and
    every point under a heading that opens a person's or an application's case. An item that
    opens with such a step or a definition and then gives a named body its work in a paragraph
    of its own ("Kê khai lần đầu là việc …" then "Đối với những người … thì Bộ trưởng … phải tổ
    chức kê khai …") keeps that paragraph as its task."""
    headings = _case_headings(items)
    by_ref = {item.ref: item for item in walk(items)}
    refs = [task.ref.split("/")[0] for task in tasks]

    def under(ref: str) -> bool:
        return any(ref.startswith(f"{heading}.") for heading in headings)

    kept: list[ParsedTask] = []
    for task, ref in zip(tasks, refs, strict=True):
        if under(ref):
            continue
        if not is_case_step(task.text):
            kept.append(task)
            continue
        item = by_ref.get(ref)
        if item is None or task.ref != ref:
            continue  # the item's further tasks stand on their own
        others = [other.text for other, at in zip(tasks, refs, strict=True) if at == ref]
        kept.extend(_own_work(item, task.ref, context, others=others[1:]))
    return kept


def _own_work(item: Item, ref: str, context: Context, *, others: list[str]) -> list[ParsedTask]:
    """The task of the first paragraph after an item's case step that gives a named body work
    (none when the item's further tasks, `others`, already hold that paragraph)."""
    for paragraph in item.paragraphs[1:]:
        if is_case_step(paragraph):
            continue
        if any(paragraph.strip()[:60] in other for other in others):
            return []
        found = build_paragraph_tasks([paragraph], notice_default=None, context=context)
        if found and found[0].lead:
            return [replace(found[0], ref=ref)]
    return []
