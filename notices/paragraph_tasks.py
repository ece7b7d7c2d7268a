"""Tasks of a body without numbered items (a short letter of direction), one item a paragraph;
a paragraph that only says where and when to send the result dates the task before it.

A text with no number and no date line of its own (a news article, a pasted excerpt, a plan
that lost its header) may retell a directive body by body in prose paragraphs and name no
addressee: "… Thủ tướng Chính phủ yêu cầu Bộ Giao thông vận tải tập trung …", then "Bên cạnh
đó, chủ trì, phối hợp với …", "Kịp thời tháo gỡ khó khăn …": a paragraph that opens on a bare
verb goes on with the work of the body the paragraph before gave it to. Only in such a
headerless text (a decision's bare "ủy quyền cho …" stays no task), only when it names no
addressee (a letter's bare paragraphs are its addressees'), only right after a paragraph whose
tasks all have one doer ("… yêu cầu Bộ A …. Các doanh nghiệp cũng cần …" leaves it unsure whose
the next is) and not under a lead-in ending ":" (the points under "… đề nghị Chủ tịch UBND
các tỉnh …:", to the next heading, are not the doer's of a paragraph among them), only when
both paragraphs end their sentence (a headline or subheading passes nothing on and takes
nothing; so does a paragraph ending ")" or "”", conservatively), and only a paragraph that
asks work (one that narrates, or states with "là" — "Giải ngân vốn đầu tư công là động lực …"
— gives none).
"""

from __future__ import annotations

import re
from dataclasses import replace

from notices.assignees import analyze
from notices.clauses import split_sentences
from notices.deadlines import dated_by, find_deadlines, is_dated, pick_deadline
from notices.imperatives import asks_work
from notices.model import ParsedTask
from notices.name_lines import only_names
from notices.rejoined_tasks import rejoin_clauses
from notices.report_dates import only_dates_report
from notices.subjects import scan_subject
from notices.task_basics import Context, local_name
from notices.task_items import ItemTasks
from notices.text import match_form


def build_paragraph_tasks(
    paragraphs: list[str],
    *,
    notice_default: list[str] | None,
    context: Context,
    headerless: bool = False,
    lead_ins: bool = False,
) -> list[ParsedTask]:
    """A body without numbered items (a short letter of direction): one item per paragraph;
    `headerless`: a text with no number and no date line of its own (module docstring);
    `lead_ins`: a paragraph ending ":" is left out, and breaks the doer's carry."""
    tasks: list[ParsedTask] = []
    under_lead_in: set[int] = set()  # the points under a lead-in left out, to the next heading
    if lead_ins:
        listed: list[str] = []
        under = False
        for paragraph in paragraphs:
            if paragraph.rstrip().endswith(":"):
                under = True
                continue
            under = under and paragraph.rstrip().endswith(_SENTENCE_END)
            listed.append(paragraph)
            if under:
                under_lead_in.add(len(listed))
        paragraphs = listed
    for index, paragraph in enumerate(paragraphs, start=1):
        if only_names(paragraph):
            continue  # "Sở Xây dựng": a unit named in a table or a list, no work
        before = tasks[-1].ref.partition("/")[0] if tasks else None
        if before == f"đoạn {index - 1}" and (
            _only_delivers(tasks[-1], paragraph) or only_dates_report(tasks[-1], paragraph)
        ):
            # "Báo cáo gửi về Sở Tư pháp … trước ngày 05/12/2012": where and when the paragraph
            # before must send its result; its date is that task's, no task of its own
            tasks[-1] = _delivered_by(tasks[-1], paragraph, context)
            continue
        builder = ItemTasks(
            f"đoạn {index}", notice_default, context, local=local_name(notice_default)
        )
        builder.add_paragraph(paragraph, [])
        found = builder.tasks()
        if headerless and not found and not notice_default and index not in under_lead_in:
            previous = [task for task in tasks if task.ref.partition("/")[0] == before]
            if before == f"đoạn {index - 1}" and len({task.lead for task in previous}) == 1:
                found = _carried(previous[-1], paragraphs[index - 2], paragraph, index, context)
        tasks.extend(found)
    return rejoin_clauses(tasks)


# A paragraph that closes its sentence: not a headline ("# Thủ tướng chỉ đạo …")
_SENTENCE_END = (".", ";", "…", "!")


# "Giải ngân vốn đầu tư công là động lực …": a verb phrase as the subject of "là", a statement;
# not a "là" of a clause on a noun ("… tại các trạm do địa phương là cơ quan có thẩm quyền")
_STATEMENT = re.compile(
    r"^(?:(?!(?<![^\W_])(?:do|mà|nơi|khi|nếu|vì)(?![^\W_]))[^,;:])*?(?<![^\W_])là(?![^\W_])",
    re.IGNORECASE,
)


def _carried(
    last: ParsedTask, previous: str, paragraph: str, index: int, context: Context
) -> list[ParsedTask]:
    """The tasks of a bare `paragraph` (module docstring) as the work of `last`'s doer, the one
    doer of the paragraph before; none when either is a headline or this one asks no work."""
    if not last.lead or not all(p.rstrip().endswith(_SENTENCE_END) for p in (previous, paragraph)):
        return []  # "## Chuẩn bị sẵn sàng …": a subheading sums up the paragraphs under it
    sentences = split_sentences(paragraph)
    if not sentences or not asks_work(sentences[0]) or _STATEMENT.search(sentences[0]):
        return []
    builder = ItemTasks(f"đoạn {index}", list(last.lead), context)
    builder.add_paragraph(paragraph, [])
    return [task for task in builder.tasks() if task.lead == last.lead]


# A paragraph that opens with what is sent ("Báo cáo", "Văn bản", "Nội dung báo cáo và Quyết định
# …", "Danh sách đăng ký") and says it is sent: "… gửi về Sở …", "… đề nghị gửi về …", "… nộp về …"
_DELIVERS = re.compile(
    r"^(?:(?:các|toàn bộ)\s+)?(?:nội dung\s+)?(?:báo cáo|văn bản|kết quả|hồ sơ|danh sách"
    r"|ý kiến(?:\s+góp ý)?|đề xuất|số liệu|phiếu|bản đăng ký)(?![^\W_])"
    r"[^.;]{0,240}?(?<![^\W_])(?:gửi|nộp)(?:\s+(?:về|đến|tới|cho))?(?![^\W_])(?!\s+kèm)"
)


# Whose papers are sent: "Hồ sơ đề nghị khen thưởng của các đơn vị gửi về …"
_OWNER = re.compile(
    r"(?<![^\W_])của\s+(?:(?:các|những)\s+)?(?P<owner>[^;.()]+?)\s+(?:(?:đề nghị|phải|cần)\s+)?"
    r"(?:gửi|nộp)(?![^\W_])"
)


def _among(owners: str, leads: tuple[str, ...]) -> bool:
    """Is one of `owners` ("các sở, cơ quan, UBND các huyện") among the bodies of `leads`?"""
    names = " ".join(match_form(name) for name in leads)
    pieces = (re.sub(r"^(?:các|những)\s+", "", p.strip()) for p in re.split(r",|\svà\s", owners))
    return any(
        piece and re.search(rf"(?<![^\W_]){re.escape(piece)}(?![^\W_])", names) for piece in pieces
    )


# An ask before the subject: "Đề nghị các đơn vị lập hồ sơ …"
_ASK = re.compile(r"(?:(?:đề nghị|yêu cầu|giao)\s+)?")


def _subject_of(text: str) -> str:
    """The subject as the task's text words it ("Các đơn vị" of "Các đơn vị lập hồ sơ …"): a
    generic group its lead resolves to the addressees still owns "Hồ sơ của các đơn vị …"."""
    low = match_form(text)
    at = _ASK.match(low).end()  # type: ignore[union-attr]
    span = scan_subject(text, low, at)
    return text[at : span.end] if span is not None and span.term else ""


def _only_delivers(task: ParsedTask, paragraph: str) -> bool:
    """Does `paragraph` only say where and when `task`'s body sends its result? Not when it names
    a body of its own ("Kết quả kiểm tra, UBND các huyện tổng hợp gửi về …", "Danh sách … gửi kèm
    theo. Sở Tài chính cân đối …"), sends another body's papers ("Hồ sơ của các đơn vị gửi về …"),
    or `task` has its own date (the report's date would be lost)."""
    low = match_form(paragraph)
    m = _DELIVERS.match(low)
    if m is None or task.deadline is not None:
        return False
    owner = _OWNER.search(low, 0, m.end())
    if owner is not None and not _among(owner["owner"], (*task.lead, _subject_of(task.text))):
        return False
    return not any(analyze(sentence).leads for sentence in split_sentences(paragraph))


def _delivered_by(task: ParsedTask, paragraph: str, context: Context) -> ParsedTask:
    """`task` with the delivery paragraph's text appended and its deadline, when it has none."""
    flat = re.sub(r"\s+", " ", paragraph).strip()
    text = f"{task.text.rstrip()} {flat}"
    hits = find_deadlines(paragraph, year=context.year, reference=context.reference)
    hit = pick_deadline(hits)
    if hit is None or (task.deadline is not None or not is_dated(hit)):
        return replace(task, text=text)
    return dated_by(replace(task, text=text), hit)
