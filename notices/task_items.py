"""Turn items into tasks: one per (item clause, lead), leads inherited from headings and intros.

Within an item a clause that names a new lead opens a new task; a clause without a subject goes
on with the task before it. A subjectless clause that carries a deadline ("…; thời gian hoàn
thành trước ngày 30/9/2020") dates every earlier task of its sentence, and a second dated
deadline for the same lead in a later sentence opens a second task.
"""

from __future__ import annotations

import re

from notices.agreements import agrees_only
from notices.assignees import Roles, is_assessment, is_remark
from notices.clause_leads import (
    ASKS_OTHERS,
    CONDITIONAL,
    FURTHER_CASE,
    MEMBERS,
    OBLIGED,
    PRESENT_CASE,
    PROPER_HOLDER,
    and_units,
    own_people,
    resolve_leads,
)
from notices.clauses import find_criteria, is_step, split_label, split_sentences
from notices.deadlines import (
    EVENT_NOUNS,
    DeadlineHit,
    find_deadlines,
    in_cycle,
    is_dated,
    pick_deadline,
)
from notices.duty_persons import DUTY_OPENING, is_person_name, person_led
from notices.duty_titles import states_duty
from notices.imperatives import asks_work, holder_subject, public_holder
from notices.item_lines import (
    BASIS,
    DATE_LINE,
    STANDING_ROLE,
    STAYS_WITH_DUTY,
    STEP_TIME,
    only_time,
)
from notices.item_topics import programme_row, without_topic
from notices.letter_groups import school_subject
from notices.model import ParsedTask
from notices.name_kinds import assignee_start
from notices.public_duties import PROHIBITION, PUBLIC
from notices.role_subjects import (
    mixed_join,
    named_role,
    person_role,
    role_leads,
    states_rule,
)
from notices.school_holders import is_school_holder
from notices.standing import board_regime
from notices.statements import states_only
from notices.structure import is_closing
from notices.submitted_drafts import names_a_draft
from notices.task_basics import Context, glued_clauses, local_name, same_body
from notices.task_drafts import Draft, add_new, deadline_of, deadline_rank, draft_tasks
from notices.text import match_form
from notices.title_duties import case_label, own_duty

# "Báo cáo được gửi về Bộ Nội vụ trước ngày …", "Hồ sơ phải được lưu …": a line about the
# product of the duty above (passive, its first words a noun), no duty of its own ("… các nhiệm
# vụ được giao" is an active duty's)
_PASSIVE_PRODUCT = re.compile(r"^(?:\S+\s+){1,5}?(?:phải\s+|sẽ\s+|đã\s+)?được\s(?!giao\b)")


class ItemTasks:
    """Builds the tasks of one item from its paragraphs."""

    def __init__(
        self,
        ref: str,
        default: list[str] | None,
        context: Context,
        lead_in: DeadlineHit | None = None,
        local: str | None = None,
        *,
        headed: bool = False,
        duties: bool = False,
        public_duties: bool = False,
        drafts: bool = False,
    ) -> None:
        self.ref = ref
        self.default = default
        self.headed = headed  # the default is a heading's body ("1. Phòng Tư pháp:"), no notice's
        self.duties = duties  # the paragraphs follow a title line that only names their body
        # the points are the duties the public a heading names must keep ("2. Các hộ gia đình …
        # phải thực hiện các quy định sau:")
        self.public_duties = public_duties
        self.drafts_submitted = drafts  # the points name the drafts a "Trình …:" duty submits
        # "1. Ông Hồ Văn A - Trưởng phòng" over his duties: the points are one person's
        self.person = person_led(default)
        self.local = local  # "tỉnh Điện Biên": what a bare "Tỉnh" as subject means
        self.lead_in = lead_in  # "Các nhiệm vụ sau hoàn thành trước ngày 30/6/2025:" above
        self.context = context
        self.drafts: list[Draft] = []
        self.current: Draft | None = None
        self.orphan = False
        self.sentence = 0
        self.texts: list[str] = []
        self.held: list[str] = []  # clauses of this sentence before its first work verb

    def add_paragraph(self, paragraph: str, inherited_criteria: list[str]) -> None:
        label, body = split_label(paragraph)
        sentences = split_sentences(body)
        # an item's only sentence is its point, even in the words of a closing exhortation
        closing = [s for s in sentences if is_closing(s, exhortation=len(sentences) > 1)]
        if closing:  # "… Văn phòng Chính phủ thông báo để … biết, thực hiện./." is boilerplate
            kept = [s for s in sentences if s not in closing]
            paragraph = " ".join(kept) if not label else f"{label}: {' '.join(kept)}".strip()
            sentences = kept
        if paragraph:
            self.texts.append(paragraph)
        label_criteria = [*inherited_criteria, *find_criteria(label)]
        step_label = label if label and is_step(label + ":") else ""
        if step_label and self.current is not None and self.current.leads:
            self.current = None  # each step its own task, whoever did the step before
        # "Đối với việc truy thu …: Giao Trung tâm … làm việc …" under a body's title line: a
        # duty of its own, its case kept in its text
        case = case_label(label) if self.duties else ""
        step_label = step_label or case
        sentences = without_topic(sentences, headed=self.headed)
        # the paragraph before ended with ";", which its last clause lost
        cut = (
            self.current is not None
            and bool(self.current.parts)
            and len(self.texts) > 1
            and self.texts[-2].rstrip().endswith(";")
            and not self.current.parts[-1][1].rstrip().endswith((".", ";"))
        )
        if (
            self.duties
            and self.current is not None
            and (not label or case)
            and sentences
            and sentences[0][:1].isupper()
            and self.current.parts
            # the paragraph before ended its duty (a ";" ending a list line is cut off its
            # last clause: "Kiện toàn …; phân công …;" then "Thành lập …", bnn-07 Điều 29)
            and (
                self.current.parts[-1][1].rstrip().endswith((".", ";"))
                or (cut and not _PASSIVE_PRODUCT.match(match_form(sentences[0])))
            )
            and not DATE_LINE.match(match_form(sentences[0]))
            and not STAYS_WITH_DUTY.match(match_form(sentences[0]))
            and not STANDING_ROLE.match(match_form(self.current.parts[0][1]))
            and own_duty(sentences[0], self.default)
        ):
            # "1. Phòng Khảo thí" then "Chủ trì xây dựng …." and "Báo cáo theo đề cương …." on
            # lines of their own, no points: each duty of the title's body is a task of its own
            self.current = None
        elif cut and self.current is not None:
            # the line goes on with the duty above: its ";" stays between them ("Phân công …;
            # Nội dung báo cáo gồm …", not "… lưu trữ Nội dung báo cáo …")
            number, part = self.current.parts[-1]
            self.current.parts[-1] = (number, f"{part.rstrip()};")
        if len(sentences) == 1 and (row := programme_row(sentences[0])) is not None:
            # "2. Tham luận “…” – Trường THCS A thực hiện.": a programme's part and its presenter
            self.sentence += 1
            presented = self._new(row)
            presented.parts.append((self.sentence, sentences[0]))
            presented.criteria.extend(label_criteria)
            presented.deadline = pick_deadline(self._deadlines(sentences[0]))
            self.current = None
            return
        for sentence in sentences:
            if is_remark(sentence, writer=self.context.writer) or is_assessment(sentence):
                continue  # a sanction, an opinion, thanks or an assessment: nobody is assigned
            if states_only(sentence, self.context.reference):
                continue  # a citation, a past event, or "… tổ chức thực hiện Nghị quyết."
            self.sentence += 1
            self.held = []
            touched: list[Draft] = []
            for clause, roles in glued_clauses(sentence):
                if not roles.leads and BASIS.match(match_form(clause.lstrip())):
                    continue  # "Căn cứ Thông tư số …;": a citation, not work
                if board_regime(match_form(clause.strip())):
                    continue  # "Tổ công tác làm việc theo chế độ kiêm nhiệm; Tổ trưởng …"
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
                        if earlier.deadline is None or deadline_rank(pending) < deadline_rank(
                            earlier.deadline
                        ):
                            earlier.deadline = pending
            opening = self._opening_time(sentence) if len(touched) > 1 else None
            for draft in touched if opening is not None else ():
                if draft.deadline is None:
                    # "Trước ngày 31/7: Công an xã nhập …; cán bộ … cập nhật …": the step's
                    # time before its colon dates every body's clause of the step
                    draft.deadline = opening
            self._close_sentence()

    def add_after_list(self, paragraph: str, inherited_criteria: list[str]) -> None:
        """A paragraph after the item's dash list (notices.list_ends): one duty of its own under
        a title that names whose duties the paragraphs are, else more of the item's text."""
        if self.duties:
            self.current = None
        self.add_paragraph(paragraph, inherited_criteria)

    def _close_sentence(self) -> None:
        if self.default is None:
            return
        for draft in self.drafts:
            if draft.leads is None:
                draft.leads = list(self.default)

    def _resolve(self, roles: Roles, clause: str) -> list[str]:
        here = self.current.leads if self.current is not None else None
        local = self.local or local_name(here)
        default, headed = self.default, self.headed or self.context.asks_addressees
        return resolve_leads(roles, local=local, default=default, headed=headed, clause=clause)

    def _colon_lead_in(self) -> bool:
        """The sentence the current draft is in has a ":" lead-in before this clause."""
        return self.current is not None and any(
            number == self.sentence and ":" in part for number, part in self.current.parts
        )

    def _add_clause(self, clause: str, roles: Roles) -> tuple[Draft | None, DeadlineHit | None]:
        if roles.elsewhere:
            self.current, self.orphan = None, True
            return None, None
        if self.person and (clause.isupper() or is_person_name(clause.strip(" .;"))):
            # "THƯ KÝ", "Lê Thị B": a signature block run into the last duty, no work of its own
            return None, None
        leads = self._resolve(roles, clause)
        if (
            self.person
            and leads
            and assignee_start(clause, match_form(clause), 0) is None
            and not ASKS_OTHERS.match(match_form(clause.lstrip()))
        ):
            # "Tổng hợp danh sách, đề nghị Chủ tịch UBND tỉnh tặng thưởng …" among a person's
            # duties: whom the person proposes to or submits to is no one given the work
            leads = []
        opens_sentence = self.current is None or self.current.parts[-1][0] != self.sentence
        if not leads and not roles.descriptive:
            # "Giảng viên ghi rõ …", "Chủ các mạng căn cứ … để đề xuất …": a role or holder the
            # name reader does not take for a body is still who the point gives the work to.
            # Under a heading that names a body ("3. Ban Chỉ huy Quân sự huyện"), that body
            # leads: the role is one of its people. After a ";" only a named role does ("…;
            # tổ chuyên môn cần …"), not "…; người nhập phải …", the one just named.
            holder = holder_subject(clause)
            if holder and not opens_sentence and not named_role(holder):
                holder = None
            if (
                holder
                and person_role(holder)
                and (
                    mixed_join(holder)
                    or states_rule(clause, holder)
                    # "… thực hiện: giáo viên chủ nhiệm …; giáo viên bộ môn …": a ":" list the
                    # sentence's lead-in gives, not the roles' own work
                    or (not opens_sentence and self._colon_lead_in())
                )
            ):
                holder = None
            if holder and (
                not self.default
                or PROPER_HOLDER.match(holder)
                # "Người nhập dữ liệu phải …" in a letter: the role, not its addressees, does it
                or (not self.headed and person_role(holder))
                # "- Giáo viên bộ môn nhắc nhở học sinh …" under "Đối với phụ huynh học sinh":
                # the dash names its own doer, not one of the heading's school holders
                or (
                    person_role(holder)
                    and all(is_school_holder(n) for n in self.default)
                    and not is_school_holder(holder)
                )
                or (
                    self.public_duties
                    and public_holder(holder)
                    and all(PUBLIC.match(n) for n in self.default)
                )
            ):
                # a proper name ("Lực lượng Cảnh sát kinh tế …") is a body of its own, and so
                # is a trade among the public a heading gives duties to ("2. Các tổ chức, hộ
                # gia đình … phải …:" over "e) Cơ sở sản xuất giống … phải …")
                leads = role_leads(holder) or and_units(holder)
        if not leads and not roles.descriptive and opens_sentence and not self.context.findings:
            # "Nhà trường duy trì …" in a department's letter to its schools: each school's work
            school = school_subject(clause, self.context.writer)
            leads = [school] if school else leads
        case_only = False
        pending_subject = self.current is not None and self.current.leads is None
        if leads and pending_subject and CONDITIONAL.match(match_form(clause.lstrip())):
            # "…; nếu nước không đạt chuẩn, phải yêu cầu các đơn vị khắc phục": what the
            # heading's body does in that case, not a task of "các đơn vị"
            leads = []
        elif (
            leads
            and self.current is not None
            and self.current.leads
            and FURTHER_CASE.match(match_form(clause.lstrip()))
            and not PRESENT_CASE.match(match_form(clause.lstrip()))
            and own_people(self.current.leads, leads)
        ):
            # "Chủ trì triển khai Đề án …. Trong trường hợp cần điều chỉnh …, giao Cục trưởng
            # Cục … quyết định": a request only for that case (rule 1), inside the task; its
            # date is the case's, not the task's. Work for another body is its own task (rule 2).
            leads = []
            case_only = True
        if leads and self.current is not None and all(MEMBERS.match(match_form(n)) for n in leads):
            # "…; từng đồng chí nghiêm túc tự kiểm điểm …": each member of the body the task is
            # for, no other body; the clause goes on with the task
            leads = []
        current = self.current
        has_subject = bool(leads)
        if leads:
            self.orphan = False
            if current is not None and current.leads is None:
                current.leads = leads
            elif current is None or not same_body(current.leads, leads):
                current = self._new(leads)
        else:
            if self.orphan:
                return None, None
            if current is None:
                # a clause that names nobody is work only in the imperative ("Rà soát …"); one
                # that opens otherwise states, assesses or narrates
                low = match_form(clause.lstrip())
                duty = (self.person and DUTY_OPENING.match(low)) or (
                    self.duties and states_duty(clause)
                )
                # "Ông A - Trưởng thôn:" then "- Đề nghị bố trí thêm …": what a person proposes
                # (a speaker in minutes) is no duty of theirs
                proposes = self.person and ASKS_OTHERS.match(low)
                obliged = self.headed and OBLIGED.match(match_form(clause))
                # under a heading whose public must keep the rules, a point that forbids is
                # one of their duties
                obliged = obliged or (self.public_duties and PROHIBITION.match(low))
                drafted = (  # notices.submitted_drafts
                    self.drafts_submitted and not roles.leads and names_a_draft(clause)
                )
                if (
                    roles.descriptive
                    or proposes
                    or not (asks_work(clause) or duty or obliged or drafted)
                ):
                    if not roles.descriptive:
                        self.held.append(clause)
                    return None, None
                current = self._new(None)
                # "Nhận thức rõ vai trò …; xác định rõ …": the task's text starts with its
                # sentence even when the work verb only comes in a later clause
                current.parts.extend((self.sentence, held) for held in self.held)
                self.held = []
        add_new(current.support, roles.support)
        add_new(current.directing, roles.directing)
        for code in find_criteria(clause):
            if code not in current.criteria:
                current.criteria.append(code)
        hits = [] if roles.descriptive or case_only else self._deadlines(clause)
        best = pick_deadline(hits)
        pending: DeadlineHit | None = None
        if best is not None:
            cycle = current.deadline is not None and current.deadline.recurrence is not None
            if (
                is_dated(best)
                and cycle
                and not has_subject
                and best.year_written
                and not only_time(clause)
            ):
                # "định kỳ hằng tháng báo cáo …; báo cáo định kỳ tháng 12/2025 …": a cycle and a
                # dated report are two tasks of the same lead. "…; thời hạn: tháng 12/2025" only
                # says when the work before it is due.
                current = self._new(list(current.leads or []), like=current)
                current.deadline = best
            elif is_dated(best) and is_dated(current.deadline) and current.deadline != best:
                if not has_subject and best.deadline != deadline_of(current):
                    # A second dated deadline for the same lead is a second task.
                    current = self._new(list(current.leads or []), like=current)
                    current.deadline = best
            elif current.deadline is None or (
                deadline_rank(best) < deadline_rank(current.deadline)
                # "… ngày 10 hàng tháng. Cuối tháng thanh toán …": that cycle's month end
                and not in_cycle(best, {current.deadline.recurrence})
            ):
                current.deadline = best
            if not has_subject:
                pending = best
        current.parts.append((self.sentence, clause))
        self.current = current
        return current, pending

    def _opening_time(self, sentence: str) -> DeadlineHit | None:
        """The dated time a timetable step opens with, before its colon ("Trước ngày 31/7/2026:",
        "Từ 01/3 đến 15/4/2026:", "Năm 2026:"), when that time is all the words before it."""
        head = STEP_TIME.match(sentence)
        if head is None:
            return None
        prefix = head[1].rstrip()
        if re.match(EVENT_NOUNS, sentence[head.end() :].lstrip().lower()):
            return None  # "Từ 01/6 đến 30/6/2026: Tháng hành động …": an event's period
        hits = [h for h in self._deadlines(f"{prefix}:") if is_dated(h)]
        if len(hits) == 1 and hits[0].start <= 3 and hits[0].end >= len(prefix) - 1:
            return hits[0]
        return None

    def _deadlines(self, clause: str) -> list[DeadlineHit]:
        return find_deadlines(clause, year=self.context.year, reference=self.context.reference)

    def _new(self, leads: list[str] | None, *, like: Draft | None = None) -> Draft:
        draft = Draft(leads)
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
        return draft_tasks(
            self.drafts, ref=self.ref, default=self.default, texts=self.texts, lead_in=self.lead_in
        )
