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
done, figures and the proposals upward ("Kiến nghị, đề xuất") are read as before: no task, and
so are, inside the section, a point or lead-in asking a higher level ("Đề nghị UBND tỉnh …"), a
target ("Phấn đấu … đạt 99%") and a context paragraph before the points ("Năm 2026 là năm …").
A forward-sounding heading inside the review ("1. Công tác trọng tâm đã triển khai") is not the
section, and a superior's departments ("Các phòng chuyên môn thuộc UBND huyện") are not the
issuer's own units: such a report goes up only.
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
# "Nhiệm vụ tháng 7 năm 2026", "Nhiệm vụ trọng tâm thời gian tới", "Kế hoạch công tác năm 2026",
# "Những nhiệm vụ trọng tâm", "Nhiệm vụ, giải pháp trọng tâm"
_FORWARD = re.compile(
    _LEAD_MARK + r"(?:phuong huong|(?:chuong trinh|ke hoach) cong tac"
    r"|(?:(?:mot so|nhung|cac)\s+)?(?:nhiem vu|cong tac)(?:\s*,?\s*giai phap)?"
    r"\s+(?:trong tam|chu yeu)"
    r"|nhiem vu\s+(?:thang|quy|nam|\d+\s+thang|nhung thang|thoi gian toi))\b"
)
# A section of it that is no work: proposals upward, targets, figures, the situation
_OFF = re.compile(
    _LEAD_MARK + r"(?:kien nghi|de xuat|de nghi|chi tieu|muc tieu|du bao|tinh hinh|ket qua)\b"
)
# A Roman part reviewing past work, and a heading in the past tense ("… đã triển khai")
_REVIEW = re.compile(
    _LEAD_MARK + r"(?:ket qua|tinh hinh|danh gia|tong ket|kiem diem|cong tac\s+\S+\s+da)\b"
)
_PAST = re.compile(r"\bda\s+(?:trien khai|thuc hien|lam|dat|hoan thanh|to chuc)\b")
# A point asking a higher level ("Đề nghị UBND tỉnh bố trí …", "Kiến nghị Bộ …"), a target
# ("Phấn đấu tỷ lệ … đạt 99%"): no work of the issuer's (the labels: proposals upward, figures)
_UPWARD = re.compile(
    r"^\W*(?:kinh\s+)?(?:de nghi|kien nghi|de xuat)\b(?:\s+\S+){0,3}?\s+"
    r"(?:ubnd|uy ban nhan dan|hdnd|bo|chinh phu|thu tuong|tinh uy|huyen uy|trung uong|cap tren)"
    r"\b(?!\s+cac\s+(?:xa|phuong|huyen|thi tran))"
)
_ASKING = re.compile(
    r"\b(?:kinh\s+)?(?:de nghi|kien nghi)\s+(?:ubnd|uy ban nhan dan|hdnd|bo|chinh phu|tinh uy)\b"
    r"(?!\s+cac\s+(?:xa|phuong|huyen|thi tran))"
)
_ASSIGNS = re.compile(r"^\W*(?:giao|de nghi|yeu cau|kinh de nghi)\s+\S")
_TARGET = re.compile(r"^\W*phan dau\b.*\d")
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
# "Các phòng, ban chuyên môn huyện" (a district's)
_OWN_UNITS = re.compile(
    r"\b(?:don vi|dv)\s+(?:thuoc\s*,?\s*)?truc thuoc\b"
    r"|\bcac phong\s*,?\s*(?:ban\s+)?(?:chuc nang|chuyen mon|cn|cm|nghiep vu)\b"
)
_RECIPIENTS = re.compile(r"^\W*noi nhan\b")
# Whose units they are: "… thuộc UBND huyện", "… trực thuộc Sở" (the body after "thuộc")
_BELONGS = re.compile(
    r"\s*,?\s*(?:truc\s+)?thuoc\s+(?P<body>(?:uy ban nhan dan|ubnd|\w+)(?:\s+\w+)?)"
)

_LEVEL = re.compile(r"\s+(huyen|tinh|xa|thanh pho|thi xa|quan)\b")


def _own(recipient: str, owner: str) -> bool:
    """Are the units the recipient names the issuer's own? "Các phòng chuyên môn thuộc UBND
    huyện" in a commune's report are its superior's: the report goes up, not down."""
    for m in _OWN_UNITS.finditer(recipient):
        belongs = _BELONGS.match(recipient, m.end())
        level = _LEVEL.match(recipient, m.end())  # "Các phòng, ban chuyên môn huyện"
        if belongs is None and level is None:
            return True
        body = f"ubnd {level[1]}" if level else belongs["body"] if belongs else ""
        body = body.replace("uy ban nhan dan", "ubnd")
        issuer = fold(owner).replace("uy ban nhan dan", "ubnd")
        if issuer.startswith(body.split()[0]) and (
            len(body.split()) == 1 or issuer.startswith(body) or body.split()[0] != "ubnd"
        ):
            return True
    return False


def sent_down(paragraphs: Sequence[str], owner: str = "") -> bool:
    """Does the "Nơi nhận" list name the issuer's own departments or units?"""
    for index, paragraph in enumerate(paragraphs):
        if _RECIPIENTS.match(fold(paragraph)):
            window = paragraphs[index : index + 16]
            return any(_own(fold(p), owner) for p in window)
    return False


# An unmarked heading is short ("Công tác đào tạo:"); a longer line ending in ":" is a lead-in
_HEADING_WORDS = 12


def _is_heading(text: str) -> bool:
    """A short line with no stop at its end, or one ending with a colon."""
    flat = text.strip()
    return flat.endswith(":") or (len(flat) <= 160 and not flat.endswith((".", ";", "./.")))


def _closed_heading(text: str) -> bool:
    """A Roman heading ended by a full stop ("II. Phương hướng, nhiệm vụ năm 2026.")."""
    flat = text.strip()
    return _ROMAN.match(flat) is not None and len(flat.split()) <= _HEADING_WORDS


def _section(body: Sequence[str]) -> list[str] | None:
    """The paragraphs of the forward section (after its heading), or None without one."""
    found: list[tuple[int, int]] = []  # (index, rank: 2 a part's own heading, 0 in the review)
    review = False  # inside a Roman part that reviews past work ("I. KẾT QUẢ THỰC HIỆN")
    for i, p in enumerate(body):
        if not _is_heading(p) and not _closed_heading(p):
            continue
        low = fold(p.strip())
        part = _ROMAN.match(p.strip()) is not None or _PART.match(low) is not None
        part = part or (i > 0 and _PART.match(fold(body[i - 1])) is not None)
        if part:
            review = _REVIEW.match(low) is not None
        if _FORWARD.match(low) and not _PAST.search(low):
            found.append((i, 2 if part else 0 if review else 1))
    # a part's own forward heading wins over a numbered one before it ("1. Nhiệm vụ năm 2025:"
    # in "I. KẾT QUẢ …"), and one outside the review over one inside it; a scan may lose the
    # forward part's Roman heading ("3. Nhiệm vụ chủ yếu" then reads as under "I. Tình hình")
    start = max(found, key=lambda f: (f[1], -f[0]))[0] if found else None
    if start is None:
        return None
    heading = fold(body[start].strip())
    part = _PART.match(heading) is not None or (
        start > 0 and _PART.match(fold(body[start - 1])) is not None
    )
    top = _TOP_NUMBER.match(heading)
    roman = _ROMAN.match(body[start].strip()) is not None
    last = 0  # the last top number of the section's own points ("1.", "2." under "3. …")
    out: list[str] = []
    for paragraph in body[start + 1 :]:
        low = fold(paragraph.strip())
        if _CLOSING.match(low):
            break
        if _is_heading(paragraph):
            if _PART.match(low) or (not part and _ROMAN.match(paragraph.strip())):
                break
            number = _TOP_NUMBER.match(low)
            # "1. Dự báo tình hình", "2. Mục tiêu" under "II. PHƯƠNG HƯỚNG …": a topic of the
            # part, skipped by the reader; "IV. KIẾN NGHỊ, ĐỀ XUẤT" closes the part
            inner = _SUB_MARK.match(paragraph) or (roman and number is not None)
            if _OFF.match(low) and not inner:
                break
            if top and number and number["n"] != top["n"]:
                n = int(number["n"])
                if n != last + 1:
                    break  # "4. …" after "3. Nhiệm vụ chủ yếu"
                last = n  # "1. Công tác tuyển sinh:", "2. …" under "3. Phương hướng …"
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
    # plain paragraphs right under the section's heading, before any point or lead-in
    context: list[str] = field(default_factory=list)
    asking: bool = False  # under a lead-in that asks the superior

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
        self.context = []
        self.asking = False
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
        self.context = []
        if self.stack:
            self.stack[-1].pointed = True
        self.open = None
        low = fold(text)
        if self.asking or _UPWARD.match(low) or _TARGET.match(low):
            return
        if not self._off():
            self.points.append((text, self._routine()))
            self.open = len(self.points) - 1 if marked else None

    def paragraph(self, text: str) -> None:
        if text.rstrip().endswith(":"):
            self._flush()
            self.context = []  # "Năm 2026 là năm …" before the lead-in: the situation
            # "… kính đề nghị UBND tỉnh quan tâm chỉ đạo một số nội dung sau:": asks upward
            self.asking = _UPWARD.search(fold(text).replace(",", " ")) is not None or bool(
                _ASKING.search(fold(text))
            )
            if not self.asking:
                self.lead_in = self.lead_in or text  # "Trong tháng 11-2017, Sở Y tế … sau:"
        elif self.open is not None:
            point, routine = self.points[self.open]
            self.points[self.open] = (f"{point} {text}", routine)
        elif self.stack and not self.stack[-1].pointed:
            self.stack[-1].body.append(text)
        elif not self.stack and not self.points and self.lead_in is None and not self.asking:
            self.context.append(text)  # a task only if nothing but paragraphs follows
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
        for text in self.context:
            self.points.append((text, False))
        return self.points


def _named_doer(text: str) -> list[str] | None:
    """The body the point's own sentence opens on ("Trường Cao đẳng Sư phạm tổ chức …")."""
    sentences = split_sentences(text)
    first = sentences[0] if sentences else text
    if _ASSIGNS.match(fold(first)):  # "Giao Phòng Kế hoạch - Tài chính chủ trì …"
        return [a.name for a in analyze(first).leads if not a.is_person] or None
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
    if owner is None or not sent_down(paragraphs, owner):
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
