"""Turn items into tasks: one per (item clause, lead), leads inherited from headings and intros.

Within an item a clause that names a new lead opens a new task; a clause without a subject goes
on with the task before it. A subjectless clause that carries a deadline ("…; thời gian hoàn
thành trước ngày 30/9/2020") dates every earlier task of its sentence, and a second dated
deadline for the same lead in a later sentence opens a second task.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from notices.assignees import Roles, analyze, is_assessment, is_remark, without_agency_kinds
from notices.clauses import find_criteria, is_step, split_clauses, split_label, split_sentences
from notices.deadlines import DeadlineHit, find_deadlines, is_dated, pick_deadline
from notices.markers import MarkerKind
from notices.model import DeadlineKind, ParsedTask
from notices.names import members_of, split_assignees
from notices.statements import agrees_only, states_only
from notices.structure import Item, is_closing, walk
from notices.text import fold_key, match_form

_GENERIC = re.compile(
    r"^(?:(?:các|mỗi|những|từng|tất cả các)\s+)?(?:cơ quan|đơn vị|cơ quan, đơn vị|đơn vị, cơ quan|"
    r"cơ quan được giao|đơn vị được giao)(?:\s+(?:được giao(?:\s+\S+)?|liên quan|có liên quan))?$"
)
_FINISH = re.compile(r"hoàn thành|hoàn tất|\bxong\b|dứt điểm|chậm nhất|hạn chót|thời hạn")
# "Về nhiệm vụ trọng tâm từ nay đến tháng 6/2027": the work runs until then, a deadline for each.
_UNTIL = re.compile(r"(?:từ nay|từ bây giờ)(?:\s+trở đi)?\s+(?:đến|tới)\b")
_CONDITIONAL = re.compile(r"(?:nếu|trường hợp)\s")
_HEADING_PREFIX = re.compile(r"^(?:đối với|riêng|giao|đề nghị|yêu cầu)\s+")
# "Về Sở Y tế:", "Về phía Bộ Công an:" name a body; "Về chính quyền địa phương 02 cấp:" is a topic.
_ABOUT_BODY = re.compile(r"^(?:Về|VỀ)\s+(?:phía\s+)?(?=[A-ZĐÀ-Ỹ])")
# Descriptive sections assign nothing: a plan's "1. Mục đích", "2. Yêu cầu thực hiện", "I. MỤC
# ĐÍCH, YÊU CẦU", "3. Đối tượng, phạm vi, hình thức và thời gian khảo sát", "Quan điểm"; a
# conclusion's "I. ĐÁNH GIÁ CHUNG", "1. Về đánh giá tình hình hoạt động từ tháng 6/2022 đến nay".
_DESCRIPTIVE_HEADING = re.compile(
    r"^(?:về\s+)?(?:mục đích|yêu cầu|mục tiêu|đối tượng|phạm vi|quan điểm|căn cứ|sự cần thiết"
    r"|đánh giá chung|đánh giá (?:kết quả|tình hình)|tình hình|kết quả (?:đạt được|thực hiện))\b"
    r"(?!\s+(?:các|cơ quan|đơn vị|sở|bộ|ủy ban|ubnd)\b)"
)

# A plan's task row: "- Cơ quan chủ trì: Sở Khoa học và Công nghệ." "- Cơ quan phối hợp: …"
# "- Thời gian thực hiện: Quý IV năm 2025." under the item that names the work.
_ROW_FIELD = re.compile(
    r"^(?:(?P<lead>(?:cơ quan|đơn vị|bộ phận)\s+(?:chủ trì|chịu trách nhiệm)"
    r"(?:\s+(?:thực hiện|chính))?|chủ trì(?:\s+thực hiện)?|trách nhiệm thực hiện)"
    r"|(?P<executor>(?:cơ quan|đơn vị|bộ phận)\s+thực hiện(?:\s+chính)?)"
    r"|(?P<support>(?:cơ quan|đơn vị)\s+phối hợp(?:\s+thực hiện)?|phối hợp(?:\s+thực hiện)?)"
    r"|(?P<time>thời gian(?:\s+(?:thực hiện|hoàn thành|dự kiến|tổ chức))?"
    r"|thời hạn(?:\s+hoàn thành)?"
    r"|tiến độ(?:\s+(?:thực hiện|hoàn thành))?)"
    r"|(?P<content>nội dung(?:\s+thực hiện)?|sản phẩm(?:\s+đầu ra)?|kết quả(?:\s+đầu ra)?))"
    r"\s*:\s*"
)


def is_generic(name: str) -> bool:
    """ "các cơ quan, đơn vị (sau)": a group that names no one in particular."""
    low = re.sub(r"\s+(?:sau|sau đây|nêu trên|trên)$", "", match_form(name))
    return _GENERIC.match(low) is not None


@dataclass(frozen=True, slots=True)
class Context:
    year: int | None  # the notice's year, for dates written without one
    reference: date | None  # the notice (or meeting) date: earlier dates are not deadlines


@dataclass(slots=True)
class _Draft:
    leads: list[str] | None
    support: list[str] = field(default_factory=list)
    directing: list[str] = field(default_factory=list)
    parts: list[tuple[int, str]] = field(default_factory=list)  # (sentence number, clause)
    deadline: DeadlineHit | None = None
    criteria: list[str] = field(default_factory=list)


def heading_assignees(text: str) -> list[str] | None:
    """Names in a heading ("2. Đối với các Phòng chuyên môn thuộc UBND huyện"), or None."""
    text = text.strip().rstrip(":").strip()
    low = match_form(text)
    m = _HEADING_PREFIX.match(low) or _ABOUT_BODY.match(text)
    if m:
        text = text[m.end() :]
    elif low.startswith("về "):
        return None  # "8. Về chính quyền địa phương 02 cấp:" is a topic, not who does the work
    names = split_assignees(text)
    name = text.strip()
    addressed = m is not None and name[:1].isupper() and _ADDRESSED_NAME.match(name)
    if names is None and addressed and not analyze(name).actionable:
        # "15. Đề nghị Cơ quan Báo và Phát thanh, Truyền hình Hà Nội": whom the heading asks is
        # named as written even when its head noun is not one the lexicon knows
        return [name]
    return [n.name for n in names] if names else None


_ADDRESSED_NAME = re.compile(r"^[A-ZĐÀ-Ỹ][^.;:()]{3,100}$")


def intro_assignees(paragraph: str) -> list[str] | None:
    """Leads named by an intro sentence ending in ":" ("UBND tỉnh yêu cầu các cơ quan … sau:")."""
    sentences = split_sentences(paragraph)
    sentence = sentences[-1]
    if not sentence.rstrip().endswith(":"):
        return None
    if len(sentence.split()) <= 4 and len(sentences) > 1:
        sentence = f"{sentences[-2]} {sentence}"  # "… đề nghị các đơn vị … . Cụ thể:"
    leads: list[str] = []
    for _, roles in _glued_clauses(sentence):
        leads.extend(a.name for a in roles.leads if not a.is_person)
    return leads or None


def _glued_clauses(sentence: str) -> list[tuple[str, Roles]]:
    """Analysed clauses; a subject-only clause is glued to the next ("A, B; C tập trung …")."""
    clauses = split_clauses(sentence)
    out: list[tuple[str, Roles]] = []
    carry = ""
    for index, clause in enumerate(clauses):
        joined = f"{carry}; {clause}" if carry else clause
        roles = analyze(joined)
        if roles.subject_only and index < len(clauses) - 1:
            carry = joined
            continue
        out.append((joined, roles))
        carry = ""
    return out


class _ItemTasks:
    """Builds the tasks of one item from its paragraphs."""

    def __init__(
        self,
        ref: str,
        default: list[str] | None,
        context: Context,
        lead_in: DeadlineHit | None = None,
        local: str | None = None,
    ) -> None:
        self.ref = ref
        self.default = default
        self.local = local  # "tỉnh Điện Biên": what a bare "Tỉnh" as subject means
        self.lead_in = lead_in  # "Các nhiệm vụ sau hoàn thành trước ngày 30/6/2025:" above
        self.context = context
        self.drafts: list[_Draft] = []
        self.current: _Draft | None = None
        self.orphan = False
        self.sentence = 0
        self.texts: list[str] = []

    def add_paragraph(self, paragraph: str, inherited_criteria: list[str]) -> None:
        label, body = split_label(paragraph)
        sentences = split_sentences(body)
        closing = [s for s in sentences if is_closing(s)]
        if closing:  # "… Văn phòng Chính phủ thông báo để … biết, thực hiện./." is boilerplate
            kept = [s for s in sentences if s not in closing]
            paragraph = " ".join(kept) if not label else f"{label}: {' '.join(kept)}".strip()
            sentences = kept
        if paragraph:
            self.texts.append(paragraph)
        label_criteria = [*inherited_criteria, *find_criteria(label)]
        step_label = label if label and is_step(label + ":") else ""
        if sentences and (topic := _TOPIC_THEN_SUBJECT.match(sentences[0])):
            rest = sentences[0][topic.end() :]
            if _names_subject(rest):
                # "Về đề nghị các bộ, ngành …; hoàn thiện …: Ủy ban nhân dân thành phố Đà Nẵng
                # cần …": the topic (with its own ";") is not a clause of the work
                sentences = [rest, *sentences[1:]]
        for sentence in sentences:
            if is_remark(sentence) or is_assessment(sentence):
                continue  # a sanction, an opinion, thanks or an assessment: nobody is assigned
            if states_only(sentence, self.context.reference):
                continue  # a citation, a past event, or "… tổ chức thực hiện Nghị quyết."
            self.sentence += 1
            touched: list[_Draft] = []
            for clause, roles in _glued_clauses(sentence):
                if not roles.leads and _BASIS.match(match_form(clause.lstrip())):
                    continue  # "Căn cứ Thông tư số …;": a citation, not work
                if agrees_only(clause):
                    continue  # "Các Bộ, cơ quan thống nhất chỉ có một cơ quan chủ trì; giao …"
                if step_label:  # "Bước 1: Phòng Đào tạo cung cấp …" keeps its step in the text
                    clause, step_label = f"{step_label}: {clause}", ""
                draft, pending = self._add_clause(clause, roles)
                if draft is None:
                    continue
                for code in label_criteria:
                    if code not in draft.criteria:
                        draft.criteria.append(code)
                if draft not in touched:
                    touched.append(draft)
                if pending is not None:  # "…; thời gian hoàn thành trước ngày X" dates them all
                    for earlier in touched:
                        if earlier.deadline is not None and earlier.deadline.recurrence:
                            continue  # a cycle stays with its own clause
                        if earlier.deadline is None or _rank(pending) < _rank(earlier.deadline):
                            earlier.deadline = pending
            self._close_sentence()

    def _close_sentence(self) -> None:
        if self.default is None:
            return
        for draft in self.drafts:
            if draft.leads is None:
                draft.leads = list(self.default)

    def _resolve(self, roles: Roles) -> list[str]:
        names: list[str] = []
        here = self.current.leads if self.current is not None else None
        local = self.local or _local(here)
        for assignee in roles.leads:
            if local and assignee.name in ("Tỉnh", "Thành phố"):
                names.append(local)  # "Tỉnh xem xét …" in a notice to tỉnh Điện Biên
            elif self.default and _GENERIC.match(match_form(assignee.name)):
                names.extend(self.default)  # "các cơ quan" under a heading means that heading
            else:
                names.append(assignee.name)
        return list(dict.fromkeys(names))

    def _add_clause(self, clause: str, roles: Roles) -> tuple[_Draft | None, DeadlineHit | None]:
        if roles.elsewhere:
            self.current, self.orphan = None, True
            return None, None
        leads = self._resolve(roles)
        pending_subject = self.current is not None and self.current.leads is None
        if leads and pending_subject and _CONDITIONAL.match(match_form(clause.lstrip())):
            # "…; nếu nước không đạt chuẩn, phải yêu cầu các đơn vị khắc phục": what the
            # heading's body does in that case, not a task of "các đơn vị"
            leads = []
        current = self.current
        has_subject = bool(leads)
        if leads:
            self.orphan = False
            if current is not None and current.leads is None:
                current.leads = leads
            elif current is None or not _same(current.leads, leads):
                current = self._new(leads)
        else:
            if self.orphan:
                return None, None
            if current is None:
                if roles.descriptive or not (roles.actionable or roles.directing):
                    return None, None
                current = self._new(None)
        _extend(current.support, roles.support)
        _extend(current.directing, roles.directing)
        for code in find_criteria(clause):
            if code not in current.criteria:
                current.criteria.append(code)
        hits = [] if roles.descriptive else self._deadlines(clause)
        best = pick_deadline(hits)
        pending: DeadlineHit | None = None
        if best is not None:
            cycle = current.deadline is not None and current.deadline.recurrence is not None
            if is_dated(best) and cycle and not has_subject and best.year_written:
                # "định kỳ hằng tháng báo cáo …; báo cáo định kỳ tháng 12/2025 …": a cycle and a
                # dated report are two tasks of the same lead.
                current = self._new(list(current.leads or []), like=current)
                current.deadline = best
            elif is_dated(best) and is_dated(current.deadline) and current.deadline != best:
                if not has_subject and best.deadline != _deadline_of(current):
                    # A second dated deadline for the same lead is a second task.
                    current = self._new(list(current.leads or []), like=current)
                    current.deadline = best
            elif current.deadline is None or _rank(best) < _rank(current.deadline):
                current.deadline = best
            if not has_subject:
                pending = best
        current.parts.append((self.sentence, clause))
        self.current = current
        return current, pending

    def _deadlines(self, clause: str) -> list[DeadlineHit]:
        return find_deadlines(clause, year=self.context.year, reference=self.context.reference)

    def _new(self, leads: list[str] | None, *, like: _Draft | None = None) -> _Draft:
        draft = _Draft(leads)
        if like is not None:
            draft.support = list(like.support)
            draft.directing = list(like.directing)
            draft.criteria = list(like.criteria)
        self.drafts.append(draft)
        self.current = draft
        return draft

    def named_leads(self) -> list[str] | None:
        """The body the item's text opens with as its subject ("(1) Bộ Y tế chỉ đạo …"), None
        when it opens otherwise."""
        first = self.drafts[0] if self.drafts else None
        if first is None or not first.leads or not first.parts:
            return None
        opening = match_form(split_label(first.parts[0][1])[1].lstrip())
        leads = list(first.leads)
        if leads == self.default or not opening.startswith(match_form(leads[0])):
            return None
        return leads

    def tasks(self) -> list[ParsedTask]:
        drafts = [d for d in self.drafts if d.leads or self.default]
        out: list[ParsedTask] = []
        for index, draft in enumerate(drafts):
            leads = draft.leads or list(self.default or [])
            text = (
                _from_first_part(self.texts, draft) if len(drafts) == 1 else _render(draft.parts)
            )
            hit = draft.deadline or self.lead_in
            lead_in = self.lead_in
            if hit is not None and hit.kind is DeadlineKind.ONGOING and lead_in is not None:
                # "thường xuyên …" under "Nhiệm vụ từ nay đến tháng 6/2027": the section's date
                hit = lead_in if lead_in.deadline is not None else hit
            out.append(
                ParsedTask(
                    ref=self.ref if index == 0 else f"{self.ref}/{index + 1}",
                    text=re.sub(r"\s+", " ", text).strip(),
                    lead=tuple(leads),
                    support=tuple(s for s in draft.support if not _same([s], leads)),
                    directing=tuple(draft.directing),
                    deadline=hit.deadline if hit else None,
                    deadline_kind=hit.kind if hit else DeadlineKind.NONE,
                    deadline_phrase=hit.phrase if hit else None,
                    recurrence=hit.recurrence if hit else None,
                    criteria=tuple(draft.criteria),
                )
            )
        return out


def _from_first_part(texts: list[str], draft: _Draft) -> str:
    """The item's text from the first clause the task is made of: "Căn cứ …;" citations and
    sentences before it that assign nothing ("Nhằm …, Sở hướng dẫn …") are not the task."""
    whole = " ".join(texts)
    if not draft.parts:
        return whole
    first = re.sub(r"\s+", " ", draft.parts[0][1]).strip()
    flat = re.sub(r"\s+", " ", whole)
    probe = first[:40]
    at = flat.find(probe) if len(probe) >= 20 else -1
    if at <= 0 or not _BASIS.match(match_form(flat)):
        return whole
    return flat[at:]


# "Căn cứ Thông tư số 11/2025/TT-BGDĐT …;": the citation of a document ("Căn cứ các tiêu chí …
# để phân cấp …" is an instruction and stays).
_BASIS = re.compile(
    r"^(?:\S{1,6}\s+)?căn cứ\s+(?:vào\s+)?(?:hiến pháp|bộ luật|luật|pháp lệnh|nghị định|thông tư"
    r"|quyết định|công văn|văn bản|kế hoạch|chỉ thị|nghị quyết|thông báo|kết luận|quy định"
    r"|hướng dẫn|báo cáo|tờ trình|công điện)\b"
    r"(?=\s+(?:số\s|\d)|[^,;]{0,120}?\bngày\s+\d)"  # a citation names its number or date
)


_TOPIC_THEN_SUBJECT = re.compile(r"^(?:Về|VỀ|Đối với|ĐỐI VỚI)\s[^:]{10,700}?:\s+(?=[A-ZĐÀ-Ỹ])")


def _names_subject(text: str) -> bool:
    """Does `text` open with a body doing something ("Bộ Nội vụ nghiên cứu …")?"""
    return bool(analyze(split_clauses(text)[0]).leads) if text else False


def _deadline_of(draft: _Draft) -> date | None:
    return draft.deadline.deadline if draft.deadline else None


def _rank(hit: DeadlineHit) -> int:
    order = [DeadlineKind.ON_DATE, DeadlineKind.BEFORE_DATE, DeadlineKind.PERIOD_END]
    if hit.kind in order[:2]:
        return 0
    if hit.kind is DeadlineKind.PERIOD_END:
        return 1
    if hit.kind is DeadlineKind.RECURRING:
        return 2 if hit.recurrence else 3
    return 4


def _render(parts: list[tuple[int, str]]) -> str:
    out: list[str] = []
    last = None
    for sentence, clause in parts:
        if out and sentence == last:
            out[-1] = f"{out[-1].rstrip('.; ')}; {clause}"
        else:
            out.append(clause)
        last = sentence
    return " ".join(out)


def _extend(target: list[str], values: list[str]) -> None:
    for value in values:
        if value not in target:
            target.append(value)


def _same(a: list[str] | None, b: list[str]) -> bool:
    return a is not None and {fold_key(x) for x in a} == {fold_key(x) for x in b}


def lead_in_deadline(text: str, context: Context) -> DeadlineHit | None:
    """The deadline an intro or a heading gives every item under it ("Các nhiệm vụ sau hoàn thành
    trước ngày 30/6/2025:", "II. NHIỆM VỤ HOÀN THÀNH TRONG QUÝ III/2026"); None without one."""
    hits = find_deadlines(text, year=context.year, reference=context.reference)
    purpose = _PURPOSE_THEN_REQUEST.match(match_form(text))
    if purpose:  # "Để …, phấn đấu hoàn thành trước ngày 30/11/2025 …, yêu cầu Bộ Y tế …:": a goal
        hits = [h for h in hits if h.start >= purpose.end()]
    # A period the work falls in ("trong 02 tháng cuối năm 2025 và những tháng đầu năm 2026") is
    # no deadline of each item: only a due day, a period to finish in, or a cycle is passed down.
    finish = _FINISH.search(match_form(text)) is not None
    kept = [
        h
        for h in hits
        if h.kind in (DeadlineKind.ON_DATE, DeadlineKind.BEFORE_DATE)
        or (
            h.kind is DeadlineKind.PERIOD_END
            and h.deadline is not None
            and (finish or _UNTIL.match(match_form(h.phrase)) is not None)
        )
        or h.recurrence is not None
    ]
    return pick_deadline(kept)


# An assessment section's turn to the work ahead: "Trong thời gian tới, Tỉnh tổ chức …".
_FORWARD = re.compile(
    r"(?:^|(?<=[.;!]\s))(?:Trong thời gian (?:tới|sắp tới)|Thời gian tới|Từ nay đến)(?=[\s,])"
)


def _forward_text(paragraphs: list[str]) -> str | None:
    """The text of an assessment section from its first sentence about the work ahead."""
    text = " ".join(paragraphs)
    m = _FORWARD.search(text)
    return text[m.start() :] if m else None


_LOCAL = re.compile(r"(?:^|\s)((?:[Tt]ỉnh|[Tt]hành phố)\s+[A-ZĐÀ-Ỹ][^,;()]*)$")


def _local(names: list[str] | None) -> str | None:
    """The one province or city the notice is addressed to ("Ủy ban nhân dân tỉnh Điện Biên" →
    "tỉnh Điện Biên"), None when it names none or several."""
    found = {m.group(1).strip() for n in names or [] if (m := _LOCAL.search(n))}
    return found.pop() if len(found) == 1 else None


_DIRECTS_POINTS = re.compile(
    r"^(?:\S{1,4}[.)]\s+)?(?:giao|đề nghị|yêu cầu)\s[^.;:]{3,160}?\schỉ đạo\s[^.;:]{3,200}?"
    r"\s(?:có|chịu)\s+trách nhiệm\s*:$"
)
_LISTS_THINGS = re.compile(r"(?<![^\W_])(?:bao\s+)?gồm\s*(?:các\s+\S+\s*)?:$")
_POINT_KINDS = (MarkerKind.BULLET, MarkerKind.PAREN, MarkerKind.LETTER)
_PURPOSE_THEN_REQUEST = re.compile(r"^(?:để|nhằm)\s.*\b(?:yêu cầu|đề nghị|giao)\s", re.DOTALL)


def build_tasks(
    items: list[Item],
    *,
    notice_default: list[str] | None,
    context: Context,
    lead_in: DeadlineHit | None = None,
) -> list[ParsedTask]:
    """Tasks of every item, in document order; `lead_in` dates the items the intro dates."""
    defaults: dict[int, list[str] | None] = {}
    lead_ins: dict[int, DeadlineHit | None] = {}
    criteria: dict[int, list[str]] = {}
    tasks: list[ParsedTask] = []
    consumed: set[int] = set()
    local = _local(notice_default)
    for item in walk(items):
        if id(item) in consumed:
            continue
        descriptive = item.is_heading and _is_descriptive(item.paragraphs[0])
        inherited = defaults[id(item.parent)] if item.parent else notice_default
        if descriptive and not item.paragraphs[-1].rstrip().endswith(":"):
            kept = _assigning_lead_ins(item)
            for k in kept:  # "b) Thời gian: Từ ngày 15/11/2025 đến ngày 15/12/2025." beside it
                if k.parent is not None and (timed := _time_field(k.parent, context)):
                    lead_ins[id(k.parent)] = timed
            for child in walk(item.children):
                if not any(child is k or _within(child, k) for k in kept):
                    consumed.add(id(child))
                defaults.setdefault(id(child), inherited)  # what a kept point's parent passes
                criteria.setdefault(id(child), [])
                lead_ins.setdefault(
                    id(child), lead_ins.get(id(item.parent)) if item.parent else lead_in
                )
            forward = _forward_text(item.paragraphs[1:])
            if forward:  # "I. ĐÁNH GIÁ CHUNG" … "Trong thời gian tới, Tỉnh tổ chức thực hiện …"
                parent_lead_in = lead_ins[id(item.parent)] if item.parent else lead_in
                builder = _ItemTasks(item.ref, inherited, context, parent_lead_in, local)
                builder.add_paragraph(forward, [])
                tasks.extend(builder.tasks())
            continue
        inherited_criteria = criteria[id(item.parent)] if item.parent else []
        own_lead_in = lead_ins[id(item.parent)] if item.parent else lead_in
        row = _row_fields(item)
        if row is not None:
            consumed.update(id(child) for child in walk(item.children))
            tasks.append(_row_task(item, row, own_lead_in, context))
            continue
        paragraphs = list(item.paragraphs)
        if item.children and _DIRECTS_POINTS.match(match_form(paragraphs[-1].strip())):
            # "Giao Ban Quản lý … chỉ đạo các đơn vị … có trách nhiệm:" over its points: what
            # the body sees to is one piece of its own work, the points its content
            directed = [" ".join(child.paragraphs) for child in walk(item.children)]
            consumed.update(id(child) for child in walk(item.children))
            builder = _ItemTasks(item.ref, inherited, context, own_lead_in, local)
            builder.add_paragraph(" ".join([*paragraphs, *directed]), inherited_criteria)
            tasks.extend(builder.tasks())
            continue
        own = inherited
        own_criteria = list(inherited_criteria)
        group = _group_heading(item)
        heading_like = item.is_heading or _names_only(item) or group is not None
        heading_roles = analyze(paragraphs[0]) if heading_like else None
        if heading_roles is not None and not heading_roles.leads:
            # A short line that assigns ("3. Giao Sở Y tế chủ trì thực hiện") is content.
            own = ([group] if group else None) or heading_assignees(paragraphs[0]) or inherited
            own_criteria += find_criteria(paragraphs[0])
            own_lead_in = lead_in_deadline(paragraphs[0], context) or own_lead_in
            paragraphs = paragraphs[1:]
        child_default = own
        if heading_roles is not None and heading_roles.leads and item.children:
            # "5.3. Các khoa tham gia khảo sát" over "- Phân công cán bộ đầu mối …": the bullets
            # that name nobody are the heading's body's work.
            named = [a.name for a in heading_roles.leads if not a.is_person]
            if group is not None:
                named = [group]  # "Các khoa tham gia khảo sát": the clause says which ones
            elif _HEADING_PREFIX.match(match_form(paragraphs[0])):
                # "1. Giao người đứng đầu …; Chủ tịch UBND các xã": the heading is only names
                named = heading_assignees(paragraphs[0]) or named
            child_default = named or own
            if child_default is not own and not all(_is_fragment(c) for c in item.children):
                paragraphs = paragraphs[1:]  # the heading only names who does the points
        child_lead_in = own_lead_in
        if item.children and all(_is_fragment(child) for child in item.children):
            # "- Rà soát dữ liệu:" over "+ hộ tịch;" "+ đất đai.": the list completes the item
            listed = "; ".join(" ".join(child.paragraphs).rstrip(";. ") for child in item.children)
            paragraphs = [" ".join([*paragraphs, listed]).strip()]
            consumed.update(id(child) for child in walk(item.children))
        elif item.children and paragraphs and _opens_points(paragraphs[-1]):
            intro = paragraphs.pop().rstrip(" .")
            intro = intro if intro.endswith(":") else f"{intro}:"
            sentences = split_sentences(intro)
            members = members_of(intro)
            child_default = [m.name for m in members] if members else intro_assignees(intro) or own
            if _LISTS_THINGS.search(match_form(intro)):
                child_default = []  # "… gửi kèm bộ Cẩm nang gồm:" lists documents, not work
            child_lead_in = lead_in_deadline(sentences[-1], context) or own_lead_in
            if len(sentences) > 1:
                paragraphs.append(" ".join(sentences[:-1]))
        defaults[id(item)] = child_default
        criteria[id(item)] = own_criteria
        lead_ins[id(item)] = child_lead_in
        builder = _ItemTasks(item.ref, own, context, own_lead_in, _local(own) or local)
        # "I. ĐÁNH GIÁ CHUNG" then "… tỉnh cần tập trung các nhiệm vụ sau đây:": only the points
        # after the intro are work; the assessment before it is not.
        for paragraph in [] if descriptive else paragraphs:
            builder.add_paragraph(paragraph, own_criteria)
        own_tasks = builder.tasks()
        tasks.extend(own_tasks)
        points = all(
            c.marker is not None
            and c.marker.kind in _POINT_KINDS
            and not _ROW_FIELD.match(match_form(split_label(c.paragraphs[0])[1]))
            for c in item.children
        )  # "- Thời gian thực hiện: Quý II" under the item is a field of it, not a point
        if item.children and points and child_default is own and heading_roles is None:
            # "(1) Bộ Y tế chỉ đạo …" over "- Chỉ đạo Ban Quản lý dự án …": a point that names
            # nobody is the work of the body its item names, not of the intro's whole list
            named_leads = builder.named_leads()
            if named_leads:
                defaults[id(item)] = named_leads
    return tasks


@dataclass(slots=True)
class _Row:
    """The fields of one plan task row, by kind, and the text that is not a field."""

    fields: dict[str, list[str]] = field(default_factory=dict)
    text: list[str] = field(default_factory=list)


def _row_fields(item: Item) -> _Row | None:
    """An item whose own paragraphs or leaf sub-points are "Cơ quan chủ trì: …", "Cơ quan phối
    hợp: …", "Thời gian thực hiện: …" fields is one task row; None when no field names a lead."""
    row = _Row()
    row.text.append(item.paragraphs[0])
    pieces = [(p, False) for p in item.paragraphs[1:]]
    pieces += [(" ".join(c.paragraphs), bool(c.children)) for c in item.children]
    for text, nested in pieces:
        m = None if nested else _ROW_FIELD.match(match_form(text))
        if m is None:
            row.text.append(text)
            continue
        kind = next(k for k, v in m.groupdict().items() if v)
        value = text[m.end() :].strip()
        if kind == "content":
            row.text.append(value)
        else:
            row.fields.setdefault(kind, []).append(value)
            if kind == "time":  # "Thời gian dự kiến: ngày 12/9/2026" stays in the row's text
                row.text.append(text.strip())
    if "lead" not in row.fields and "executor" not in row.fields:
        return None
    if len(row.text) == 1 and _caps_title(item.paragraphs[0]):
        return None  # "II. CƠ QUAN CHỈ ĐẠO VÀ TỔ CHỨC THỰC HIỆN" over who organises: no work
    if "lead" not in row.fields:
        row.fields["lead"] = row.fields["executor"]  # "Đơn vị thực hiện" when no one chủ trì
    row.fields.pop("executor", None)  # under a "chủ trì" field, the executor is not the lead
    for child in item.children:  # "+ Hướng dẫn áp dụng …" under a content point stays in the row
        if child.children:
            row.text.extend(" ".join(c.paragraphs) for c in walk(child.children))
    return row


_FIELD_DAY = re.compile(
    r"(?<![\d/])(?:ngày\s+)?(\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?"
    r"|\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)(?![\d/])"
)
_FIELD_START_ONLY = re.compile(r"^(?:từ|bắt đầu|kể từ)\b(?!.*\b(?:đến|tới)\b)")


def _field_day(value: str, context: Context) -> list[DeadlineHit]:
    """A row's time field that names a day is due that day; a range, its last day; "Từ
    01/7/2025" alone is a start, no deadline."""
    low = match_form(value)
    if _FIELD_START_ONLY.match(low):
        return []
    days = list(_FIELD_DAY.finditer(low))
    if not days:
        return []
    last = days[-1]
    numbers = [int(n) for n in re.findall(r"\d+", last.group(1))]
    year = numbers[2] if len(numbers) >= 3 else context.year
    if year is None:
        return []
    try:
        day = date(year, numbers[1], numbers[0])
    except ValueError:
        return []
    return [
        DeadlineHit(
            kind=DeadlineKind.ON_DATE,
            deadline=day,
            phrase=value[last.start() : last.end()].strip(),
            recurrence=None,
            start=last.start(),
            end=last.end(),
            year_written=len(numbers) >= 3,
        )
    ]


def _caps_title(text: str) -> bool:
    letters = [c for c in text[:300] if c.isalpha()]
    return len(letters) >= 6 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def _field_names(value: str) -> list[str]:
    """Bodies a field names: "Sở Khoa học và Công nghệ; Sở Tư pháp và các sở, ngành có liên
    quan." as a list, or the subjects of "Sở X tiến hành rà soát …; các sở, ngành … rà soát …"."""
    first = split_sentences(value)[0] if value else value
    named: list[str] = []
    for _, roles in _glued_clauses(first):
        named.extend(a.name for a in roles.leads if not a.is_person)
    if not named:
        names = split_assignees(first.rstrip(" .;"))
        named = [n.name for n in names] if names else []
    if not named:  # a field holds names only: "Đơn vị phối hợp: Thư viện tỉnh."
        parts = (p.strip(" .") for p in first.split(";"))
        named = [p for p in parts if p and len(p.split()) <= 10]
    return list(dict.fromkeys(named))


_SUPPORT_PART = re.compile(r"\s+phối hợp(?:\s+thực hiện)?\s*\.?$")


def _row_task(item: Item, row: _Row, lead_in: DeadlineHit | None, context: Context) -> ParsedTask:
    lead_values: list[str] = []
    support_values = list(row.fields.get("support", []))
    for value in row.fields["lead"]:
        # "Cơ quan thực hiện: Sở Khoa học và Công nghệ chủ trì; các sở, ngành phối hợp."
        parts = [p.strip() for p in re.split(r";", value) if p.strip()]
        kept = [p for p in parts if not _SUPPORT_PART.search(match_form(p))]
        support_values.extend(_SUPPORT_PART.sub("", p).strip() for p in parts if p not in kept)
        lead_values.append("; ".join(kept) if kept else value)
    leads = [n for value in lead_values for n in _field_names(value)]
    support = [n for value in support_values for n in _field_names(value)]
    hit: DeadlineHit | None = None
    for value in row.fields.get("time", []):
        hits = find_deadlines(value, year=context.year, reference=context.reference)
        if not hits:  # "Thời gian thực hiện: Tháng 12/2025" is the month to finish in
            hits = find_deadlines(f"trong {value}", year=context.year, reference=context.reference)
        if not hits:  # "Thời gian dự kiến: ngày 12/9/2026 (thứ Bảy)", "từ ngày 11/9 đến ngày 20/9"
            hits = _field_day(value, context)
        hit = pick_deadline([*hits, *([hit] if hit else [])])
    if hit is None and "time" not in row.fields:
        hit = (
            pick_deadline(
                find_deadlines(" ".join(row.text), year=context.year, reference=context.reference)
            )
            or lead_in
        )
    text = re.sub(r"\s+", " ", " ".join(row.text)).strip()
    return ParsedTask(
        ref=item.ref,
        text=text,
        lead=tuple(dict.fromkeys(leads)),
        support=tuple(s for s in dict.fromkeys(support) if not _same([s], leads)),
        directing=(),
        deadline=hit.deadline if hit else None,
        deadline_kind=hit.kind if hit else DeadlineKind.NONE,
        deadline_phrase=hit.phrase if hit else None,
        recurrence=hit.recurrence if hit else None,
        criteria=tuple(find_criteria(text)),
    )


# "11. Các đơn vị cấp nước sạch trên địa bàn thành phố có trách nhiệm" over "a) …", "b) …": a
# lead-in without its colon still hands its body to the points under it.
_LEADS_IN = re.compile(
    r"(?:(?:có|chịu) trách nhiệm(?:\s+thực hiện)?|thực hiện|triển khai|tập trung)"
    r"(?:\s+(?:các|những)\s+(?:nhiệm vụ|nội dung|công việc|việc)(?:\s+trọng tâm)?)?"
    r"(?:\s+(?:cụ thể\s+)?(?:sau đây|sau|như sau))?$"
    r"|cụ thể(?:\s+như sau)?$"
)


def _opens_points(paragraph: str) -> bool:
    """A paragraph that leads into the points under it: it ends in ":" or in "có trách nhiệm"."""
    text = paragraph.rstrip()
    if text.endswith(":"):
        return True
    low = match_form(text)
    m = _LEADS_IN.search(low)
    if m is None or len(split_sentences(text)) > 1:
        return False
    # "… thực hiện" alone ends many sentences; only the responsibility phrases or an explicit
    # "các nhiệm vụ sau" lead in.
    return "trách nhiệm" in m.group() or "sau" in m.group() or m.group().startswith("cụ thể")


_GROUP_HEAD = re.compile(
    r"^(?:(?:các|những)\s+(?:sở|ngành|cơ quan|đơn vị|khoa|phòng|địa phương|xã|phường|bộ|ban"
    r"|trường|doanh nghiệp|tổ chức|hội|đoàn thể)\b"
    r"|(?:cơ quan|đơn vị|bộ phận)\s+(?:chủ trì|phối hợp|thực hiện|tiếp nhận|đầu mối)\b)"
)  # "Cơ quan chủ trì giải quyết thủ tục đầu tư dự án" over its points names its role


def _group_heading(item: Item) -> str | None:
    """ "2. Các Sở, ngành chủ trì, quản lý, tham gia thực hiện các dự án … thuộc Chương trình"
    over dash points: a heading naming a group by what it does; the whole line is the name."""
    if not item.children or len(item.paragraphs) != 1 or item.marker is None:
        return None
    text = item.paragraphs[0].strip()
    if text.endswith((".", ";", ":", ",")) or len(text.split()) > 40:
        return None
    if not _GROUP_HEAD.match(match_form(text)) or _LEADS_IN.search(match_form(text)):
        return None  # "… có trách nhiệm" leads into its points: the names end before it
    if not all(c.marker is not None and c.marker.kind in _POINT_KINDS for c in item.children):
        return None
    listed = heading_assignees(text)
    if listed and len(listed) > 1:
        return None  # "Các sở, ban, ngành, đoàn thể cấp tỉnh và UBND các xã, phường": a list
    return text


def _names_only(item: Item) -> bool:
    """A long body line over points ("5. Các sở, ban, ngành, đoàn thể cấp tỉnh và UBND các xã,
    phường" then "- Tiếp tục phổ biến …"): it only names who does them, like a heading."""
    if not item.children or len(item.paragraphs) != 1:
        return False
    text = item.paragraphs[0].rstrip()
    if text.endswith(".") and not text.endswith(".."):
        text = text[:-1]  # "2. Trung tâm Bảo tồn di sản Thăng Long - Hà Nội." over its points
    if text.endswith((".", ";", ":")) or len(text.split()) > 30:
        return False
    roles = analyze(without_agency_kinds(text))
    return not roles.leads and not roles.actionable and bool(heading_assignees(text))


def _assigning_lead_ins(section: Item) -> list[Item]:
    """Items of a purpose/target section whose last paragraph names bodies and leads into points
    ("Căn cứ tình hình thực tế, các cơ quan, đơn vị, địa phương phối hợp thực hiện các hoạt động
    sau:"): the section describes, but those points are assigned work."""
    kept: list[Item] = []
    for child in walk(section.children):
        if not child.children or not child.paragraphs or any(_within(child, k) for k in kept):
            continue
        last = child.paragraphs[-1].rstrip()
        if last.endswith(":") and len(child.paragraphs) > 1 and analyze(last).leads:
            kept.append(child)
    return kept


_TIME_FIELD = re.compile(r"^(?:thời gian|thời hạn)(?:\s+(?:thực hiện|tổ chức|triển khai))?\s*:")


def _time_field(parent: Item, context: Context) -> DeadlineHit | None:
    """The end of a "Thời gian: từ … đến …" field among `parent`'s sub-items, for its points."""
    for sibling in parent.children:
        body = " ".join(sibling.paragraphs)
        low = match_form(re.sub(r"^\S{1,4}[.)]\s+", "", body))
        field = _TIME_FIELD.match(low)
        if field and not sibling.children:
            hits = _field_day(low[field.end() :], context)  # a range: its last day
            return hits[0] if hits else None
    return None


def _within(item: Item, ancestor: Item) -> bool:
    parent = item.parent
    while parent is not None:
        if parent is ancestor:
            return True
        parent = parent.parent
    return False


def _is_descriptive(heading: str) -> bool:
    """A plan's purpose, requirement, scope or basis section ("1. Mục đích", "2. Yêu cầu")."""
    low = match_form(heading.strip())
    return _DESCRIPTIVE_HEADING.match(low) is not None and not heading_assignees(heading)


def _is_fragment(item: Item) -> bool:
    """A sub-item that only lists objects of its parent's sentence ("+ hộ tịch;")."""
    if item.children or len(item.paragraphs) != 1:
        return False
    text = item.paragraphs[0]
    if len(text.split()) > 12 or not text[:1].islower():
        return False
    roles = analyze(text)
    return not roles.actionable and not roles.leads


def build_paragraph_tasks(
    paragraphs: list[str], *, notice_default: list[str] | None, context: Context
) -> list[ParsedTask]:
    """A body without numbered items (a short letter of direction): one item per paragraph."""
    tasks: list[ParsedTask] = []
    for index, paragraph in enumerate(paragraphs, start=1):
        builder = _ItemTasks(
            f"đoạn {index}", notice_default, context, local=_local(notice_default)
        )
        builder.add_paragraph(paragraph, [])
        tasks.extend(builder.tasks())
    return tasks
