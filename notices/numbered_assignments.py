"""A programme's points given to bodies by their numbers in a later section.

An Đề án or a Kế hoạch often lists its work as numbered points that name no body ("II. NHIỆM VỤ
VÀ GIẢI PHÁP" … "1.1.1. …" "a) Nghiên cứu, xây dựng …" "Thời gian thực hiện: 2010"), then its
"Tổ chức thực hiện" section hands them out by number: "Bộ Tư pháp chủ trì, phối hợp với … thực
hiện các giải pháp quy định tại điểm 1.1.1, 1.1.2, 2.1 mục II …", "Bộ Tài chính chủ trì thực hiện
các nhiệm vụ 1, 2 và 5", "giao Sở Y tế chủ trì thực hiện nội dung tại điểm a, b khoản 3 Mục II".

Each point so given is a task of the chairing body (of both when two are given it): a point
with numbered or lettered sub-points gives one task per sub-point, a point's dashes only describe
it. Its "Thời gian thực hiện: 2010 – 2015" dates it to the end of the last year named; "Quý
II/2026" or "tháng 9/2026" is read as any deadline phrase. The allocating clause itself is no
task: it is cut from its item's task up to the next ";" or sentence end (the task goes when
nothing else is left). A body that follows up, checks, sums up or budgets the points ("theo dõi,
đôn đốc …", "tổng hợp kinh phí thực hiện các nhiệm vụ …") does not do them, nor are a named other
programme's numbers ("… thuộc Đề án 06 của Chính phủ") this one's points. Only a body that chairs
("chủ trì") or is charged ("giao") takes a point; a body that only "phối hợp" does not, nor a
conditional "… thực hiện các giải pháp … khi đáp ứng …" without "chủ trì".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from notices.assignees import analyze
from notices.deadlines import dated_by, find_deadlines, pick_deadline
from notices.markers import MarkerKind
from notices.model import DeadlineKind, ParsedTask
from notices.structure import Item, walk
from notices.text import match_form

__all__ = ["assigned_points"]

_W = r"(?![^\W_])"
_REF = r"(?:\d{1,2}(?:\.\d{1,2}){0,3}" + _W + r"|[a-zđ]" + _W + r")"
_REFS = _REF + r"(?:\s*(?:,|và|;)\s*" + _REF + r")*"
# "… chủ trì, phối hợp với … thực hiện các giải pháp quy định tại điểm 1.1.1, 1.2 mục II";
# "giao Sở Y tế thực hiện nội dung tại điểm a, b khoản 3 Mục II"; "… các nhiệm vụ 1, 2 và 5"
# a body that follows up, checks, sums up or budgets the points ("chủ trì theo dõi, đôn đốc các
# đơn vị thực hiện các nhiệm vụ 1, 2", "chủ trì, tổng hợp kinh phí thực hiện …", "hướng dẫn, kiểm
# tra việc thực hiện nội dung tại khoản 1, 2") does not do them: that sentence is its own task
_OVERSEE = (
    r"(?<![^\W_])(?:theo dõi|đôn đốc|kiểm tra|hướng dẫn|tổng hợp|giám sát|đánh giá|báo cáo|"
    r"thẩm định|sơ kết|tổng kết|kinh phí|dự toán|bố trí|phân bổ|cân đối)" + _W
)
_ALLOT = re.compile(
    r"(?:(?<![^\W_])chủ trì|(?:^|(?<=[.;:,]\s))giao)"
    + _W
    + r"(?:(?!"
    + _OVERSEE
    + r")[^.;:]){0,240}?(?<![^\W_])(?:thực hiện|triển khai)\s+"
    r"(?:các\s+)?(?:giải pháp|nhiệm vụ|nội dung|dự án|hoạt động)" + _W + r"\s*"
    r"(?:(?:được\s+)?(?:quy định|nêu|đề ra)\s+)?(?:(?P<at>tại|ở)\s+)?"
    r"(?:(?P<kind>điểm|khoản|mục|tiểu mục)\s+)?(?P<refs>" + _REFS + r")"
    r"(?:\s*,?\s*(?:khoản|mục|tiểu mục)\s+(?P<clause>\d{1,2})" + _W + r")?"
    r"(?:\s*,?\s*(?:mục|phần)\s+(?P<section>[ivx]{1,4})" + _W + r")?"
)
_ONE_REF = re.compile(_REF)
# "… khoản 2 Điều 5 Quy định này", "… Mục 7, Phần V Kế hoạch số 511/KH-UBND": an article's clause
# or another paper's part, not this programme's points
_PAPER = (
    r"(?:kế hoạch|quyết định|nghị quyết|nghị định|thông tư|chỉ thị|công văn|văn bản|luật|đề án|"
    r"chương trình|dự án)"
)
# "… các dự án 1, 2 và 3 thuộc Đề án 06 của Chính phủ", "… các nhiệm vụ 3, 4 của Chương trình
# chuyển đổi số quốc gia": a named programme's numbers; "… của Kế hoạch này", "… của Đề án ban
# hành kèm theo Quyết định này", "… của Kế hoạch." are this paper's own
_ELSEWHERE = re.compile(
    r"\s*,?\s*(?:(?:của\s+)?(?:(?P<article>điều\s+\d)|" + _PAPER + r"\s+(?:số\s|\d))"
    r"|(?:thuộc|của|trong|theo)\s+"
    + _PAPER
    + _W
    + r"(?!\s*(?:này|nêu trên|trên|ban hành kèm|kèm theo)"
    + _W
    + r"|\s*[.;,:)]|\s*$))"
)
# "Thời gian thực hiện: 2010 – 2015", "Thời gian hoàn thành: Quý II/2026"
_TIME = re.compile(r"^\s*thời gian(?: thực hiện| hoàn thành| triển khai)?\s*:?\s*(?P<rest>.*)$")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# "Quý II/2031", "tháng 9/2031", "trước ngày 30/6/2031": a time line finer than a year is read as a
# deadline phrase; only "2010 – 2015" or "năm 2031" ends with the last year
_FINER = re.compile(r"(?<![^\W_])(?:quý|quí|tháng|ngày)" + _W + r"|\d/(?:\d{1,2}/)?(?:19|20)\d\d")


def assigned_points(
    items: list[Item], tasks: list[ParsedTask], *, year: int | None, reference: date | None
) -> list[ParsedTask]:
    """`tasks` with the points a later section gives to bodies by number made tasks of those
    bodies, and the allocating sentences cut from their own items' tasks."""
    order = walk(items)
    position = {item.ref: index for index, item in enumerate(order)}
    given: dict[str, tuple[Item, tuple[str, ...]]] = {}
    sections: dict[str, Item] = {}
    allotments: list[str] = []
    for index, item in enumerate(order):
        for paragraph in item.paragraphs:
            low = match_form(paragraph)
            for m in _ALLOT.finditer(low):
                resolved = _resolve(m, order[:index], item)
                if resolved is None:
                    continue
                section, points = resolved
                lead = _lead(paragraph, m.start(), tasks)
                if not lead:
                    continue
                allotments.append(paragraph[m.start() : m.end()])
                sections[section.ref] = section
                for point in points:
                    for unit in _units(point):
                        # a point two bodies are given is led by both
                        earlier = given.get(unit.ref, (unit, ()))[1]
                        given[unit.ref] = (unit, tuple(dict.fromkeys([*earlier, *lead])))
    if not given or not _programme(given, sections.values()):
        return tasks
    units = [unit for unit, _ in given.values()]
    kept = [
        trimmed
        for task in tasks
        if not any(_under(task.ref, unit.ref) for unit in units)
        and (trimmed := _without_allotments(task, allotments)) is not None
    ]
    made = [_task(unit, lead, year=year, reference=reference) for unit, lead in given.values()]
    return _in_order([*kept, *made], position)


def _programme(given: dict[str, tuple[Item, tuple[str, ...]]], sections: Iterable[Item]) -> bool:
    """The numbers hand out at least half of the points of the sections they name: the later
    section is how the programme's work is divided. One point named beside a body's own duties
    ("… thực hiện nhiệm vụ quy định tại điểm c mục 3 Phần III") stays that body's sentence."""
    points = {unit.ref for section in sections for unit in _units(section)}
    return 2 * len(points & given.keys()) >= len(points)


def _resolve(m: re.Match[str], before: list[Item], own: Item) -> tuple[Item, list[Item]] | None:
    """The section and the earlier items in it the match's numbers name; None when any of
    them names none."""
    refs = [r.group(0) for r in _ONE_REF.finditer(m.group("refs"))]
    elsewhere = _ELSEWHERE.match(m.string, m.end())
    if elsewhere is not None and (m.group("section") is None or not elsewhere.group("article")):
        return None
    bare = m.group("kind") is None and m.group("at") is None and m.group("section") is None
    if bare and (len(refs) < 2 or not all(r.isdigit() for r in refs)):
        # "các nhiệm vụ 1, 2 và 5": a list of bare numbers; "thực hiện Dự án 6: …" names a
        # project of another programme
        return None
    section = m.group("section")
    # a top-level item or a roman section ("II. NHIỆM VỤ …" under "Điều 1."), not one the
    # allocating sentence sits in
    roots = [
        item
        for item in before
        if (item.parent is None or (item.marker and item.marker.kind is MarkerKind.SECTION))
        and not own.ref.startswith(item.ref + ".")
        and (section is None or item.ref.split(".")[-1].upper() == section.upper())
    ]
    clause = m.group("clause")
    for root in reversed(roots):
        under = [item for item in before if item.ref.startswith(root.ref + ".")]
        found = [_find(root.ref, clause, ref, under) for ref in refs]
        if all(found):
            return root, [item for item in found if item is not None]
    return None


def _find(root: str, clause: str | None, ref: str, under: list[Item]) -> Item | None:
    path = f"{root}.{clause}.{ref}" if clause else f"{root}.{ref}"
    for item in under:
        if item.ref == path:
            return item
    if "." in ref:
        # "điểm 1.4.2" over a point printed "14.2.": the same digits, a dot lost
        digits = ref.replace(".", "")
        for item in under:
            tail = item.ref[len(root) + 1 :]
            if tail.replace(".", "") == digits and tail.count(".") == ref.count(".") - 1:
                return item
    return None


def _units(point: Item) -> list[Item]:
    """The point itself, or its numbered and lettered sub-points (dashes only describe)."""
    subs = [child for child in point.children if _deeper(child, point)]
    if not subs:
        return [point]
    return [unit for sub in subs for unit in _units(sub)]


def _deeper(child: Item, point: Item) -> bool:
    """A numbered or lettered sub-point ("1.1.1." under "1.1.", "a)" under "1.1.1."), not a
    dash, nor a number no deeper than the point's own (a lost dot: "14.2." before "1.4.3.")."""
    marker, own = child.marker, point.marker
    if marker is None or marker.kind is MarkerKind.BULLET:
        return False
    if marker.kind is MarkerKind.NUMBER and own is not None and own.kind is MarkerKind.NUMBER:
        return marker.label.startswith(own.label + ".")
    return True


def _lead(paragraph: str, start: int, tasks: list[ParsedTask]) -> tuple[str, ...]:
    """The allocating body: the clause's own subject, else the lead of the task holding it."""
    head = paragraph[:start]
    sentence = re.split(r"[.;]\s", head)[-1]
    roles = analyze(sentence + paragraph[start : start + 40]) if sentence.strip() else None
    if roles is not None and roles.leads and not any(a.is_person for a in roles.leads):
        return tuple(a.name for a in roles.leads)
    probe = paragraph[start : start + 60]
    for task in tasks:
        if probe in task.text and task.lead:
            return task.lead
    return ()


def _under(ref: str, unit: str) -> bool:
    base = ref.split("/")[0]
    return base == unit or base.startswith(unit + ".")


def _without_allotments(task: ParsedTask, allotments: list[str]) -> ParsedTask | None:
    """The task with each sentence that only hands out points cut; None when nothing is left."""
    text = task.text
    for allotment in allotments:
        at = text.find(allotment)
        if at < 0:
            continue
        start = max(text.rfind(". ", 0, at) + 2, 0) if text.rfind(". ", 0, at) >= 0 else 0
        if ";" in text[start:at]:
            continue  # "… có trách nhiệm bảo đảm ngân sách …; chủ trì … thực hiện …": a duty first
        # up to the clause's end: "…; tổng hợp, báo cáo … trước ngày 15/12" is a duty of its own
        stops = [
            i
            for i in (text.find(". ", at + len(allotment)), text.find(";", at + len(allotment)))
            if i >= 0
        ]
        end = len(text) if not stops else min(stops) + (1 if text[min(stops)] == ";" else 2)
        text = (text[:start] + text[end:]).strip()
    if text == task.text:
        return task
    if not text:
        return None
    return replace(task, text=text)


def _task(
    unit: Item, lead: tuple[str, ...], *, year: int | None, reference: date | None
) -> ParsedTask:
    own = [p for p in unit.paragraphs if not _TIME.match(match_form(p))]
    task = ParsedTask(ref=unit.ref, text=" ".join(own), lead=lead)
    phrase, last = _time_limit(unit)
    if last is not None and phrase is not None and not _FINER.search(match_form(phrase)):
        return replace(
            task,
            deadline=date(last, 12, 31),
            deadline_kind=DeadlineKind.PERIOD_END,
            deadline_phrase=phrase,
        )
    hit = pick_deadline(find_deadlines(phrase or task.text, year=year, reference=reference))
    return dated_by(task, hit) if hit is not None else task


def _time_limit(unit: Item) -> tuple[str | None, int | None]:
    """The point's "Thời gian thực hiện" line and the last year it (or its dashes) names."""
    paragraphs = [p for item in [unit, *walk(unit.children)] for p in item.paragraphs]
    for index, paragraph in enumerate(paragraphs):
        m = _TIME.match(match_form(paragraph))
        if m is None:
            continue
        years = [int(y) for y in _YEAR.findall(m.group("rest"))]
        if not years and not m.group("rest").strip():
            # "Thời gian thực hiện:" over dashes: "- 2010 – 2011: …", "- … tài liệu: 2011 – 2015."
            years = [int(y) for p in paragraphs[index + 1 :] for y in _YEAR.findall(p)]
        if years:
            return paragraph, max(years)
        return paragraph, None
    return None, None


def _in_order(tasks: list[ParsedTask], position: dict[str, int]) -> list[ParsedTask]:
    """Tasks sorted by their item's place; a task of no item keeps the place of the one before."""
    keyed = []
    last = -1
    for index, task in enumerate(tasks):
        ref = task.ref.split("/")[0]
        while ref and ref not in position and "." in ref:
            ref = ref.rsplit(".", 1)[0]
        last = position.get(ref, last)
        keyed.append((last, index, task))
    return [task for _, _, task in sorted(keyed, key=lambda k: (k[0], k[1]))]
