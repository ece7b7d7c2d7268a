"""A report's forward section, sent down to the issuer's own units: the issuer's programme.

A Sở's or a committee's report (Báo cáo) looks back on a period, then sets out the next one:
"III. Chương trình công tác năm 2018", "3. Nhiệm vụ chủ yếu", "Phần II — Một số công tác trọng
tâm tháng 11-2017", "II. Phương hướng, nhiệm vụ năm 2026". A report sent only upward ("UBND
tỉnh (b/c)") lists there what its sender means to do, for its superior to know: no work to track
(the corpus labels a management board's and a commune office's such lists no task). A report
whose "Nơi nhận" also names the issuer's own departments and units ("Các phòng CN và các ĐV
trực thuộc", "Cơ quan, đơn vị thuộc, trực thuộc") is their programme as well: its closing may
say so ("đề nghị các phòng chức năng, các đơn vị trực thuộc xây dựng và triển khai kế hoạch …").
Then each point of that section is a task: one per dash or numbered sentence, one per heading
that holds plain paragraphs (the heading names the work, the paragraphs detail it), one per
plain paragraph right under the section's heading. Its doer is the body the point opens on, or
the body of the section's lead-in ("Trong tháng 11-2017, Sở Y tế tập trung chỉ đạo … sau:"),
else the issuer; the lead-in's month dates every point, a "… công tác thường xuyên" heading
makes its points ongoing, a year in a heading only names the programme. The account of what was
done, figures and the proposals upward ("Kiến nghị, đề xuất") are read as before: no task.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from notices.assignees import analyze
from notices.clauses import split_sentences
from notices.deadlines import DeadlineHit, dated_by, find_deadlines, pick_deadline
from notices.model import DeadlineKind, ParsedTask
from notices.subjects import scan_subject
from notices.task_basics import Context
from notices.text import fold, match_form

# An optional part word and marker ("Phần II:", "III.", "IH." as OCR reads "III.", "3.", "2.1-")
_LEAD_MARK = (
    r"^\W*(?:phan(?:\s+thu)?\s+\w+\s*[:.\-–]?\s*)?(?:[ivxlh]{1,4}|\d+(?:\.\d+)*)?\s*[.)\-–:/]?\s*"
)
# The heading of the part about the next period (folded): "Phương hướng, nhiệm vụ năm 2018",
# "Chương trình công tác năm 2018", "Một số công tác trọng tâm tháng 11", "Nhiệm vụ chủ yếu",
# "Nhiệm vụ tháng 7 năm 2026", "Nhiệm vụ trọng tâm thời gian tới"
_FORWARD = re.compile(
    _LEAD_MARK + r"(?:phuong huong|chuong trinh cong tac|(?:mot so\s+)?(?:nhiem vu|cong tac)\s+"
    r"(?:trong tam|chu yeu)|nhiem vu\s+(?:thang|quy|nam|\d+\s+thang|nhung thang|thoi gian toi))\b"
)
# A section of it that is no work: proposals upward, targets, figures, the situation
_OFF = re.compile(
    _LEAD_MARK + r"(?:kien nghi|de xuat|de nghi|chi tieu|muc tieu|du bao|tinh hinh|ket qua)\b"
)
_PART = re.compile(r"^\W*phan(?:\s+thu)?\s+\w+\W*$")
# A Roman heading, in capitals as written (OCR's "IH." too; "i)", "h)" are lettered points)
_ROMAN = re.compile(r"^\W*[IVXLH]{1,4}\s*[.)\-–:/]\s*\S")
_TOP_NUMBER = re.compile(r"^\W*(?P<n>\d+)\s*[.)\-–/]\s*(?!\d)\S")
# A point's marker: "1.", "2.1.", "2.1", "3.1-", "a)", "b-", "c.", a scan's "3," (not a dash)
_MARK = re.compile(
    r"^\s*(?:(?P<num>\d+(?:\.\d+)+)\s*[.)\-–]?|(?P<top>\d+)\s*(?:[.)\-–]|,(?=\s))"
    r"|(?P<letter>[a-zđ#])\s*[.)\-–])\s*(?=\S)"
)
# A sub-point's marker ("2.1.", "b)"): a target or proposal under it is skipped, not an end
_SUB_MARK = re.compile(r"^\s*(?:\d+\.\d+(?:\.\d+)*|[a-zđ])\s*[.)\-–]\s*\S")
_DASH = re.compile(r"^\s*[-–+•*]\s*")
# "3.1- Cung ứng dịch vụ y tế a- Phòng chống …": a lettered heading run into the one above
_INLINE_POINT = re.compile(r"(?<=[^\W\d_]|[.;])\s+(?=[a-hđ]\s*[-)]\s+[^\W\d_])")
_CLOSING = re.compile(r"^\W*(?:tren day|noi nhan|kinh trinh|kinh bao cao)\b")
_ROUTINE = re.compile(r"\bthuong xuyen\b")
# The issuer's own departments and units among the recipients (folded): "Các phòng CN và các
# ĐV trực thuộc", "Cơ quan, đơn vị thuộc, trực thuộc", "Các phòng chuyên môn, đơn vị trực thuộc"
_OWN_UNITS = re.compile(
    r"\b(?:don vi|dv)\s+(?:thuoc\s*,?\s*)?truc thuoc\b"
    r"|\bcac phong\s+(?:chuc nang|chuyen mon|cn|nghiep vu)\b"
)
_RECIPIENTS = re.compile(r"^\W*noi nhan\b")


def sent_down(paragraphs: Sequence[str]) -> bool:
    """Does the "Nơi nhận" list name the issuer's own departments or units?"""
    for index, paragraph in enumerate(paragraphs):
        if _RECIPIENTS.match(fold(paragraph)):
            window = paragraphs[index : index + 16]
            return any(_OWN_UNITS.search(fold(p)) for p in window)
    return False


# An unmarked heading is short ("Công tác đào tạo:"); a longer line ending in ":" is a lead-in
_HEADING_WORDS = 12


def _is_heading(text: str) -> bool:
    """A short line with no stop at its end, or one ending with a colon."""
    flat = text.strip()
    return flat.endswith(":") or (len(flat) <= 160 and not flat.endswith((".", ";", "./.")))


def _section(body: Sequence[str]) -> list[str] | None:
    """The paragraphs of the forward section (after its heading), or None without one."""
    start = next(
        (i for i, p in enumerate(body) if _is_heading(p) and _FORWARD.match(fold(p.strip()))),
        None,
    )
    if start is None:
        return None
    heading = fold(body[start].strip())
    part = _PART.match(heading) is not None or (start > 0 and _PART.match(fold(body[start - 1])))
    top = _TOP_NUMBER.match(heading)
    out: list[str] = []
    for paragraph in body[start + 1 :]:
        low = fold(paragraph.strip())
        if _CLOSING.match(low):
            break
        if _is_heading(paragraph):
            if _PART.match(low) or (not part and _ROMAN.match(paragraph.strip())):
                break
            if _OFF.match(low) and not _SUB_MARK.match(paragraph):
                break  # "IV. KIẾN NGHỊ, ĐỀ XUẤT": the proposals upward close the part
            if top and (m := _TOP_NUMBER.match(low)) and m["n"] != top["n"]:
                break  # "4. …" after "3. Nhiệm vụ chủ yếu"
        if out and paragraph.strip().endswith(":") and len(paragraph.split()) <= 3:
            out[-1] = f"{out[-1]} {paragraph.strip()}"  # "… một số nhiệm vụ" + "sau:" (a scan)
            continue
        out.extend(_INLINE_POINT.split(paragraph.strip()))
    return out


def _level(paragraph: str) -> int:
    """How deep a heading sits: "7." 1, "7.1." 2, "a)" 5, an unmarked line 6."""
    m = _MARK.match(paragraph)
    if m is None:
        return 6
    if m["letter"]:
        return 5
    return m["num"].count(".") + 1 if m["num"] else 1


@dataclass
class _Heading:
    level: int
    text: str
    routine: bool
    off: bool
    body: list[str] = field(default_factory=list)
    pointed: bool = False  # dashes or points came under it


@dataclass
class _Reader:
    """Walks the section's paragraphs, turning points into (text, routine) pairs."""

    points: list[tuple[str, bool]] = field(default_factory=list)
    stack: list[_Heading] = field(default_factory=list)
    lead_in: str | None = None
    # the numbered point plain paragraphs after it continue ("a- Tăng cường …" run into its text)
    open: int | None = None

    def _routine(self) -> bool:
        return any(h.routine for h in self.stack)

    def _off(self) -> bool:
        return any(h.off for h in self.stack)

    def _flush(self) -> None:
        if not self.stack or not self.stack[-1].body:
            return
        top = self.stack[-1]
        head = "" if top.text.endswith(":") else top.text + " "
        if not top.off:
            self.points.append((head + " ".join(top.body), self._routine()))
        top.body = []
        self.open = None

    def heading(self, paragraph: str) -> None:
        self._flush()
        level = _level(paragraph)
        while self.stack and self.stack[-1].level >= level:
            self.stack.pop()
        text = _MARK.sub("", paragraph.strip(), count=1).strip()
        low = fold(paragraph.strip())
        off = _OFF.match(low) is not None
        self.stack.append(_Heading(level, text, _ROUTINE.search(low) is not None, off))
        self.open = None

    def point(self, text: str, *, marked: bool = False) -> None:
        self._flush()
        if self.stack:
            self.stack[-1].pointed = True
        self.open = None
        if not self._off():
            self.points.append((text, self._routine()))
            self.open = len(self.points) - 1 if marked else None

    def paragraph(self, text: str) -> None:
        if text.rstrip().endswith(":"):
            self._flush()
            self.lead_in = self.lead_in or text  # "Trong tháng 11-2017, Sở Y tế … sau:"
        elif self.open is not None:
            point, routine = self.points[self.open]
            self.points[self.open] = (f"{point} {text}", routine)
        elif self.stack and not self.stack[-1].pointed:
            self.stack[-1].body.append(text)
        else:
            self.point(text)

    def read(self, paragraphs: Sequence[str]) -> list[tuple[str, bool]]:
        for paragraph in paragraphs:
            text = paragraph.strip()
            if len(re.findall(r"[^\W\d_]{2,}", text)) < 3 or text.startswith(("|", "[")):
                continue  # a table cell, a figure, "[…]"
            if _DASH.match(text):
                rest = _DASH.sub("", text, count=1)
                if _MARK.match(rest) and _is_heading(rest):
                    self.heading(rest)  # "- #- Phòng chống …": OCR's dash before a heading
                else:
                    self.point(rest)
            elif _MARK.match(text) and not _is_heading(text):
                self.point(_MARK.sub("", text, count=1), marked=True)
            elif _MARK.match(text) or (_is_heading(text) and len(text.split()) <= _HEADING_WORDS):
                self.heading(text)
            else:
                self.paragraph(text)
        self._flush()
        return self.points


def _named_doer(text: str) -> list[str] | None:
    """The body the point's own sentence opens on ("Trường Cao đẳng Sư phạm tổ chức …")."""
    sentences = split_sentences(text)
    first = sentences[0] if sentences else text
    span = scan_subject(first, match_form(first), 0)
    if span is None or not span.term or span.end == 0:
        return None
    names = [a.name for a in analyze(first).leads if not a.is_person]
    return names or None


def _lead_in_hit(lead_in: str | None, context: Context) -> DeadlineHit | None:
    """The period the lead-in gives every point ("Trong tháng 11-2017, …"), if it names one."""
    if lead_in is None:
        return None
    hits = find_deadlines(lead_in, year=context.year, reference=context.reference)
    return pick_deadline([h for h in hits if h.deadline is not None])


def programme_tasks(
    body: Sequence[str], paragraphs: Sequence[str], context: Context, *, owner: str | None
) -> list[ParsedTask] | None:
    """The tasks of a report's forward section when the report is sent down to the issuer's own
    units (module docstring); None when it has no such section or is sent only upward."""
    if owner is None or not sent_down(paragraphs):
        return None
    section = _section(body)
    if not section:
        return None
    reader = _Reader()
    points = reader.read(section)
    lead_in = reader.lead_in
    named = _named_doer(split_sentences(lead_in)[-1]) if lead_in else None
    default = named or [owner]
    dated = _lead_in_hit(lead_in, context)
    tasks: list[ParsedTask] = []
    for index, (text, routine) in enumerate(points, start=1):
        text = " ".join(text.split())
        task = ParsedTask(
            ref=f"chương trình {index}", text=text, lead=tuple(_named_doer(text) or default)
        )
        hit = pick_deadline(find_deadlines(text, year=context.year, reference=context.reference))
        if hit is not None:
            task = dated_by(task, hit)
        elif routine:
            task = replace(task, deadline_kind=DeadlineKind.ONGOING)
        elif dated is not None:
            task = dated_by(task, dated)
        tasks.append(task)
    return tasks or None


def with_programme(
    usual: Sequence[ParsedTask], programme: Sequence[ParsedTask]
) -> list[ParsedTask]:
    """The usual reading's tasks a report keeps ("Giao …"), less those the programme read again
    from its forward section, then the programme."""
    texts = [match_form(task.text) for task in programme]
    kept = [
        task
        for task in usual
        if not any(match_form(task.text.strip())[:40] in text for text in texts)
    ]
    return [*kept, *programme]
