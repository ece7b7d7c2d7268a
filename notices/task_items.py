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

from notices.agreements import agrees_only
from notices.assignees import Roles, analyze, is_assessment, is_remark
from notices.clauses import find_criteria, is_step, split_clauses, split_label, split_sentences
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
from notices.lexicon import PREDICATE_STARTS, PUBLIC_NOUNS, WORK_VERBS
from notices.model import DeadlineKind, ParsedTask
from notices.name_kinds import assignee_start, is_polite_addressee
from notices.names import split_assignees
from notices.role_subjects import (
    mixed_join,
    named_role,
    person_role,
    role_leads,
    states_rule,
)
from notices.standing import board_regime
from notices.statements import states_only
from notices.structure import is_closing
from notices.subjects import scan_subject
from notices.task_basics import Context, glued_clauses, local_name, same_body, same_leads
from notices.text import match_form
from notices.title_duties import case_label, own_duty

_GENERIC = re.compile(
    r"^(?:(?:các|mỗi|những|từng|tất cả các)\s+)?(?:cơ quan|đơn vị|cơ quan, đơn vị|đơn vị, cơ quan|"
    r"cơ quan được giao|đơn vị được giao)(?:\s+(?:được giao(?:\s+\S+)?|liên quan|có liên quan))?$"
)
# Each member of the body a task is for: "từng đồng chí", "mỗi cán bộ, đảng viên", "từng cá nhân"
# ("các cán bộ, đảng viên tham gia cuộc thi …" is a group of its own, with its own task)
_MEMBERS = re.compile(
    r"^(?:từng|mỗi)\s+(?:đồng chí|cá nhân|cán bộ|đảng viên|người|thành viên)"
    r"(?:\s*,\s*(?:cán bộ|đảng viên|công chức|viên chức))*$"
)
_CONDITIONAL = re.compile(r"(?:nếu|trường hợp)\s")
# Under a body's heading ("1. UBND các quận, huyện:"), "- Tất cả các trường hợp có biểu hiện ho,
# sốt … đều phải đến bệnh viện …", "- Các tòa nhà, khu chung cư phải bố trí dung dịch rửa tay …":
# an obligation put on the people or places in the body's charge is the body's work to see to
# (a passive "… phải được …" or "… phải là …" states a standard).
_OBLIGED = re.compile(
    r"^(?:tất cả\s+)?(?:các|những|mọi)\s+[^.;:]{2,120}?\s(?:đều\s+|cũng\s+)?(?:bắt buộc\s+)?"
    r"phải\s+(?!(?:được|là|có|bị|chịu)(?![^\W_]))"
)
# A further sentence of an item that opens with its case ("Trong trường hợp cần …, giao …").
_FURTHER_CASE = re.compile(r"trong\s+trường hợp\s")
# "Trong trường hợp này/đó/như vậy/nêu trên", "… như hiện nay": the case the item is in already,
# no case of its own; the sentence's work is a task as any other.
_PRESENT_CASE = re.compile(
    r"trong\s+trường hợp\s+(?:này|đó|như vậy|như thế|như trên|nêu trên|trên)(?![^\w])"
    r"|trong\s+trường hợp\s[^,;.]*\snhư\s+(?:hiện nay|hiện tại|vậy)(?![^\w])"
)


def _own_people(current: list[str], leads: list[str]) -> bool:
    """The new leads are the current ones, or their heads ("Cục trưởng Cục Lâm nghiệp" in a task
    of "Cục Lâm nghiệp")."""
    if same_body(current, leads):
        return True
    names = [match_form(name) for name in current]
    return all(any(name in match_form(lead) for name in names) for lead in leads)


def is_generic(name: str) -> bool:
    """ "các cơ quan, đơn vị (sau)": a group that names no one in particular."""
    low = re.sub(r"\s+(?:sau|sau đây|nêu trên|trên)$", "", match_form(name))
    return _GENERIC.match(low) is not None


@dataclass(slots=True)
class _Draft:
    leads: list[str] | None
    support: list[str] = field(default_factory=list)
    directing: list[str] = field(default_factory=list)
    parts: list[tuple[int, str]] = field(default_factory=list)  # (sentence number, clause)
    deadline: DeadlineHit | None = None
    criteria: list[str] = field(default_factory=list)


_PROPER_HOLDER = re.compile(r"Lực lượng\s+[A-ZĐ]")
# The public, not a body of government: "Các tổ chức, hộ gia đình, cá nhân chăn nuôi …", "Các
# doanh nghiệp", "Người dân", "Chủ rừng".
PUBLIC_NAME = (
    "(?:" + "|".join(sorted(map(re.escape, PUBLIC_NOUNS), key=len, reverse=True)) + r")(?![^\W_])"
)
_PUBLIC = re.compile(rf"(?i)^(?:(?:các|những|mọi)\s+)?{PUBLIC_NAME}")
# A prohibition, a duty of the public as much as an order: "Không nuôi gia cầm …", "Tuyệt đối
# không vứt xác …", "Nghiêm cấm …".
_PROHIBITION = re.compile(r"^(?:tuyệt đối\s+|nghiêm\s+)?(?:không(?:\s+được)?|cấm)\s+(?=\S)")


def _and_units(name: str) -> list[str]:
    """ "Lực lượng Cảnh sát kinh tế và Đội Quản lý thị trường 12 B": two bodies when the part
    after "và" starts capitalised; one name otherwise."""
    parts = re.split(r"\s+và\s+(?=[^\W\d_])", name)
    if len(parts) > 1 and all(p[:1].isupper() for p in parts):
        return parts
    return [name]


# A point that opens by asking someone ("Đề nghị xã sớm nâng cấp …", "Kiến nghị …") gives the
# work to whom it asks, even under a person's heading.
_ASKS_OTHERS = re.compile(r"^(?:đề nghị|kiến nghị|yêu cầu|giao|đề xuất)(?![^\W_])")


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
    ) -> None:
        self.ref = ref
        self.default = default
        self.headed = headed  # the default is a heading's body ("1. Phòng Tư pháp:"), no notice's
        self.duties = duties  # the paragraphs follow a title line that only names their body
        # the points are the duties the public a heading names must keep ("2. Các hộ gia đình …
        # phải thực hiện các quy định sau:")
        self.public_duties = public_duties
        # "1. Ông Hồ Văn A - Trưởng phòng" over his duties: the points are one person's
        self.person = person_led(default)
        self.local = local  # "tỉnh Điện Biên": what a bare "Tỉnh" as subject means
        self.lead_in = lead_in  # "Các nhiệm vụ sau hoàn thành trước ngày 30/6/2025:" above
        self.context = context
        self.drafts: list[_Draft] = []
        self.current: _Draft | None = None
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
        # "Đối với việc truy thu …: Giao Trung tâm … làm việc …" under a body's title line: a
        # duty of its own, its case kept in its text
        case = case_label(label) if self.duties else ""
        step_label = step_label or case
        topic = _TOPIC_THEN_SUBJECT.match(sentences[0]) if sentences else None
        if sentences and topic is None and (work := _WORK_TOPIC.match(sentences[0])):
            # "Đẩy mạnh cải cách thủ tục hành chính: Các bộ khẩn trương …": an item's topic, a
            # line of work that names nobody, then the body the item gives it to
            # ("Nguồn ngân sách: Hằng năm, …" is no line of work: a funding note)
            # Under a body's heading ("1. Phòng Tư pháp:") the body is the lead already, and
            # "… phối hợp với các cơ quan: Công an huyện, …" or "… gửi kết quả về: Văn phòng …"
            # lists partners or recipients, not the body the work is given to.
            named = analyze(work.group().rstrip(": ")).leads
            topic = (
                work
                if not self.headed
                and not named
                and asks_work(work.group())
                and _line_of_work(work.group().rstrip(": "), sentences[0][work.end() :])
                else None
            )
        if sentences and topic is not None:
            rest = sentences[0][topic.end() :]
            if _names_subject(rest):
                # "Về đề nghị các bộ, ngành …; hoàn thiện …: Ủy ban nhân dân thành phố Đà Nẵng
                # cần …": the topic (with its own ";") is not a clause of the work
                sentences = [rest, *sentences[1:]]
        if (
            self.duties
            and self.current is not None
            and (not label or case)
            and sentences
            and sentences[0][:1].isupper()
            and self.current.parts
            and self.current.parts[-1][1].rstrip().endswith((".", ";"))
            and not _DATE_LINE.match(match_form(sentences[0]))
            and not _STAYS_WITH_DUTY.match(match_form(sentences[0]))
            and not _STANDING_ROLE.match(match_form(self.current.parts[0][1]))
            and own_duty(sentences[0], self.default)
        ):
            # "1. Phòng Khảo thí" then "Chủ trì xây dựng …." and "Báo cáo theo đề cương …." on
            # lines of their own, no points: each duty of the title's body is a task of its own
            self.current = None
        if len(sentences) == 1 and (row := _programme_row(sentences[0])) is not None:
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
            touched: list[_Draft] = []
            for clause, roles in glued_clauses(sentence):
                if not roles.leads and _BASIS.match(match_form(clause.lstrip())):
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
                        if earlier.deadline is None or _rank(pending) < _rank(earlier.deadline):
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

    def _resolve(self, roles: Roles) -> list[str]:
        names: list[str] = []
        here = self.current.leads if self.current is not None else None
        local = self.local or local_name(here)
        for assignee in roles.leads:
            if local and assignee.name in ("Tỉnh", "Thành phố"):
                names.append(local)  # "Tỉnh xem xét …" in a notice to tỉnh Điện Biên
            elif self.default and (
                (
                    (generic := _GENERIC.match(match_form(assignee.name)))
                    and (len(roles.leads) == 1 or not generic.group().endswith("liên quan"))
                )
                or is_polite_addressee(assignee.name)
            ):
                # "các cơ quan" under a heading means that heading; "Quý cơ quan", "Quý Bộ" in
                # a letter mean the addressees "Kính gửi" names ("Các cơ quan, đơn vị và UBND
                # các huyện" too). Beside other names, "(các) cơ quan liên quan" ("Báo Nam Hải
                # và cơ quan liên quan") is the others concerned, as written.
                names.extend(self.default)
            else:
                names.append(assignee.name)
        return list(dict.fromkeys(names))

    def _colon_lead_in(self) -> bool:
        """The sentence the current draft is in has a ":" lead-in before this clause."""
        return self.current is not None and any(
            number == self.sentence and ":" in part for number, part in self.current.parts
        )

    def _add_clause(self, clause: str, roles: Roles) -> tuple[_Draft | None, DeadlineHit | None]:
        if roles.elsewhere:
            self.current, self.orphan = None, True
            return None, None
        if self.person and (clause.isupper() or is_person_name(clause.strip(" .;"))):
            # "THƯ KÝ", "Lê Thị B": a signature block run into the last duty, no work of its own
            return None, None
        leads = self._resolve(roles)
        if (
            self.person
            and leads
            and assignee_start(clause, match_form(clause), 0) is None
            and not _ASKS_OTHERS.match(match_form(clause.lstrip()))
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
                or _PROPER_HOLDER.match(holder)
                # "Người nhập dữ liệu phải …" in a letter: the role, not its addressees, does it
                or (not self.headed and person_role(holder))
                or (
                    self.public_duties
                    and public_holder(holder)
                    and all(_PUBLIC.match(n) for n in self.default)
                )
            ):
                # a proper name ("Lực lượng Cảnh sát kinh tế …") is a body of its own, and so
                # is a trade among the public a heading gives duties to ("2. Các tổ chức, hộ
                # gia đình … phải …:" over "e) Cơ sở sản xuất giống … phải …")
                leads = role_leads(holder) or _and_units(holder)
        case_only = False
        pending_subject = self.current is not None and self.current.leads is None
        if leads and pending_subject and _CONDITIONAL.match(match_form(clause.lstrip())):
            # "…; nếu nước không đạt chuẩn, phải yêu cầu các đơn vị khắc phục": what the
            # heading's body does in that case, not a task of "các đơn vị"
            leads = []
        elif (
            leads
            and self.current is not None
            and self.current.leads
            and _FURTHER_CASE.match(match_form(clause.lstrip()))
            and not _PRESENT_CASE.match(match_form(clause.lstrip()))
            and _own_people(self.current.leads, leads)
        ):
            # "Chủ trì triển khai Đề án …. Trong trường hợp cần điều chỉnh …, giao Cục trưởng
            # Cục … quyết định": a request only for that case (rule 1), inside the task; its
            # date is the case's, not the task's. Work for another body is its own task (rule 2).
            leads = []
            case_only = True
        if (
            leads
            and self.current is not None
            and all(_MEMBERS.match(match_form(n)) for n in leads)
        ):
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
                proposes = self.person and _ASKS_OTHERS.match(low)
                obliged = self.headed and _OBLIGED.match(match_form(clause))
                # under a heading whose public must keep the rules, a point that forbids is
                # one of their duties
                obliged = obliged or (self.public_duties and _PROHIBITION.match(low))
                if roles.descriptive or proposes or not (asks_work(clause) or duty or obliged):
                    if not roles.descriptive:
                        self.held.append(clause)
                    return None, None
                current = self._new(None)
                # "Nhận thức rõ vai trò …; xác định rõ …": the task's text starts with its
                # sentence even when the work verb only comes in a later clause
                current.parts.extend((self.sentence, held) for held in self.held)
                self.held = []
        _extend(current.support, roles.support)
        _extend(current.directing, roles.directing)
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
                and not _only_time(clause)
            ):
                # "định kỳ hằng tháng báo cáo …; báo cáo định kỳ tháng 12/2025 …": a cycle and a
                # dated report are two tasks of the same lead. "…; thời hạn: tháng 12/2025" only
                # says when the work before it is due.
                current = self._new(list(current.leads or []), like=current)
                current.deadline = best
            elif is_dated(best) and is_dated(current.deadline) and current.deadline != best:
                if not has_subject and best.deadline != _deadline_of(current):
                    # A second dated deadline for the same lead is a second task.
                    current = self._new(list(current.leads or []), like=current)
                    current.deadline = best
            elif current.deadline is None or (
                _rank(best) < _rank(current.deadline)
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
        head = _STEP_TIME.match(sentence)
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
        # "Ban bầu cử đại biểu Quốc hội:" whose "01 cá nhân/01 ban;" was no task: a bare label
        drafts = [d for d in self.drafts if (d.leads or self.default) and not _label_only(d)]
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
                    support=tuple(s for s in draft.support if not same_leads([s], leads)),
                    directing=tuple(draft.directing),
                    deadline=hit.deadline if hit else None,
                    deadline_kind=hit.kind if hit else DeadlineKind.NONE,
                    deadline_phrase=hit.phrase if hit else None,
                    recurrence=hit.recurrence if hit else None,
                    criteria=tuple(draft.criteria),
                )
            )
        return out


def _label_only(draft: _Draft) -> bool:
    """Every clause of the draft only names its body ("Sở Nội vụ:", "Đối với Ban Tổ chức Tỉnh
    ủy;"): what came after the name was no task, so the name alone is none either."""
    if not draft.parts or not draft.leads:
        return False
    name = match_form(draft.leads[0])
    for _, clause in draft.parts:
        low = match_form(clause.strip())
        scope = re.match(r"(?:đối với|riêng)\s+", low)  # "Đối với Ban Tổ chức Tỉnh ủy;"
        if scope is None and not (low.startswith(name) and low.endswith(":")):
            return False  # a point whose body is its heading's, or a sentence of its own
        if len(low.split()) > 15 or _LABEL_WORK.search(low):
            return False  # work of its own
    return True


# a verb that makes "X chủ trì, phối hợp:" or "Giao Sở Y tế:" more than a name
_LABEL_WORK = re.compile(
    r"\b(?:giao|đề nghị|yêu cầu|chủ trì|phối hợp|thực hiện|triển khai|xây dựng|báo cáo"
    r"|(?<!ban )tổ chức|hướng dẫn|tham mưu|rà soát|kiểm tra|(?<!ban )chỉ đạo|ban hành|trình|gửi"
    r"|trách nhiệm|cần|phải|tập trung|khẩn trương|sau|như sau|gồm)\b"
)


def _from_first_part(texts: list[str], draft: _Draft) -> str:
    """The item's text from the first clause the task is made of: "Căn cứ …;" citations and
    whole paragraphs before it that assign nothing ("Khoản chi … thì được tính …") are not the
    task."""
    whole = " ".join(texts)
    if not draft.parts:
        return whole
    first = re.sub(r"\s+", " ", draft.parts[0][1]).strip()
    flat = re.sub(r"\s+", " ", whole)
    probe = first[:40]
    at = flat.find(probe) if len(probe) >= 20 else -1
    if at <= 0:
        return whole
    if _BASIS.match(match_form(flat)):
        return flat[at:]
    # "Khoản chi … thì được tính vào chi phí được trừ …" then "Ngày 14/6/2025, Quốc hội ban
    # hành …" then "Đề nghị Thuế tỉnh …": whole paragraphs before the one the task starts in
    # stated rules and events, none of them work
    own = next((k for k, text in enumerate(texts) if probe in re.sub(r"\s+", " ", text)), 0)
    return " ".join(texts[own:]) if own > 0 else whole


# "Căn cứ Thông tư số 11/2025/TT-BGDĐT …;": the citation of a document ("Căn cứ các tiêu chí …
# để phân cấp …" is an instruction and stays).
_BASIS = re.compile(
    r"^(?:\S{1,6}\s+)?căn cứ\s+(?:vào\s+)?(?:hiến pháp|bộ luật|luật|pháp lệnh|nghị định|thông tư"
    r"|quyết định|công văn|văn bản|kế hoạch|chỉ thị|nghị quyết|thông báo|kết luận|quy định"
    r"|hướng dẫn|báo cáo|tờ trình|công điện)\b"
    r"(?=\s+(?:số\s|\d)|[^,;]{0,120}?\bngày\s+\d)"  # a citation names its number or date
)


# "Hoàn thành trước ngày 30/6/2026.", "Thời gian hoàn thành: …" on a line of its own dates the
# duty above it.
_STEP_TIME = re.compile(r"^\s*([^:;.]{6,60}?)\s*:\s")
_DATE_LINE = re.compile(
    r"(?:(?:thời gian|thời hạn)(?:\s+hoàn thành)?\s*:"
    r"|(?:thời gian\s+|thời hạn\s+)?hoàn thành"
    r"\s+(?:trước|xong|trong|chậm nhất)|trước ngày|chậm nhất"
    # "Đảm bảo hoàn thành trong quý I/2026.": the date of the duty above, when the line ends
    # with it ("Đảm bảo hoàn thành trong năm 2026 việc số hóa …" is a duty of its own)
    r"|(?:đảm bảo|bảo đảm)\s+hoàn thành\s+(?:trong|trước)\s+(?=[^,;:]*\d)"
    r"\S+(?:\s+\S+){0,3}?\s*\.?\s*$)"
)


# A line that goes on with the duty above it rather than starting one: a pointer to the tasks
# the plan's appendix or another part gives the body ("Triển khai nhiệm vụ được giao chủ trì tại
# Phụ lục của Kế hoạch.") and a statement of what a work is ("Phát triển … là nhiệm vụ quan
# trọng.", "… là giải pháp then chốt").
_STAYS_WITH_DUTY = re.compile(
    r"^(?:(?:tổ chức\s+)?(?:triển khai|thực hiện)(?:\s+(?:các|những))?\s+nhiệm vụ\s+"
    r"(?:được giao\s+)?(?:chủ trì\s+|phối hợp\s+)?(?:tại|theo|nêu tại|ghi tại)\s+"
    r"(?:các\s+)?(?:phụ lục|mục)\b"
    r"|[^,.;:]{3,120}?\slà\s+(?:một\s+)?(?:nhiệm vụ|giải pháp|yêu cầu|mục tiêu|khâu)"
    r"\s+(?:quan trọng|then chốt|trọng tâm|hàng đầu|cấp bách|cấp thiết|thường xuyên|lâu dài"
    r"|chiến lược|đột phá|chủ yếu)\b)"
)

# "1. Sở Tư pháp" then "Là cơ quan thường trực của Ban …, giúp …" and a second paragraph: the
# body's standing role, whose paragraphs are one task.
_STANDING_ROLE = re.compile(r"^là\s+(?:cơ quan|đơn vị|đầu mối)\b")


# A programme's part, a dash, then the unit that presents or prepares it: "Báo cáo đề dẫn … –
# Trường THCS A thực hiện.", "Tham luận “…” - Phòng Khảo thí phụ trách." (a school cluster's or
# a conference plan's agenda). "… - các đơn vị thảo luận." names no unit of its own.
_PROGRAMME_ROW = re.compile(
    r"^[^–]{8,300}?\s[–-]\s+(?P<who>(?:trường|phòng|khoa|tổ|ban|sở|trung tâm|bộ môn|đoàn"
    r"|ủy ban|uỷ ban|ubnd|văn phòng|chi cục|cục|viện|công đoàn|hội)\s[^–.;:]{2,100}?)\s+"
    r"(?:hỗ trợ\s+|phối hợp\s+|chủ trì\s+)?(?:thực hiện|phụ trách|trình bày|chuẩn bị)\s*\.?$"
)


_ROW_ROLE = re.compile(r"\s(?:chủ trì|phối hợp)(?![^\W_])")


def _programme_row(sentence: str) -> list[str] | None:
    """The unit a programme row names after its dash, None for any other sentence."""
    text = sentence.strip()
    m = _PROGRAMME_ROW.match(match_form(text))
    if m is None or not text[m.start("who")].isupper():
        return None
    who = text[m.start("who") : m.end("who")]
    # "– Phòng Tài nguyên và Môi trường chủ trì, phối hợp với UBND các xã thực hiện.": the name
    # ends where the roles begin
    if role := _ROW_ROLE.search(match_form(who)):
        who = who[: role.start()]
    names = split_assignees(who, strict=False) or []
    if not names or any(a.is_person for a in names):
        return None
    return [a.name for a in names]


_TOPIC_THEN_SUBJECT = re.compile(r"^(?:Về|VỀ|Đối với|ĐỐI VỚI)\s[^:]{10,700}?:\s+(?=[A-ZĐÀ-Ỹ])")
_WORK_TOPIC = re.compile(r"^[A-ZĐÀ-Ỹ][^:;.()]{10,200}?:\s+(?=[A-ZĐÀ-Ỹ])")


# A topic that ends in a preposition ("gửi kết quả về:") or a determined noun ("phối hợp với
# các cơ quan:", "những nội dung:") announces what follows, not a line of work.
_TOPIC_LEADS_ON = re.compile(
    r"(?:(?<![^\W_])(?:với|về|đến|tới|cho|của|gồm|bao gồm|như|là|tại|từ|sau)"
    r"|(?<![^\W_])(?:các|những|mọi|từng|một số)(?:\s+\S+){1,2})\s*$"
)
# In syllables: "Đẩy mạnh rà soát, xây dựng, hoàn thiện thể chế, cơ chế chính sách" is 14.
_TOPIC_MAX_WORDS = 16


def _line_of_work(topic: str, rest: str) -> bool:
    """Is `topic` a short title of a line of work ("Đẩy mạnh rà soát, hoàn thiện thể chế") and
    `rest` a full clause of its own, a body and its work verb ("Các bộ khẩn trương trình …")?
    "Hướng dẫn … kiểm tra học kỳ I: Trường A và Trường B làm điểm trong tháng 12" names examples
    with no verb of their own."""
    if len(topic.split()) > _TOPIC_MAX_WORDS:
        return False
    if _TOPIC_LEADS_ON.search(match_form(topic)):
        return False
    clause = split_clauses(rest)[0] if rest else ""
    start = len(clause) - len(clause.lstrip())
    span = scan_subject(clause, match_form(clause), start)
    return span is not None and span.term in _CLAUSE_VERBS


_CLAUSE_VERBS = frozenset((*WORK_VERBS, *PREDICATE_STARTS))


def _names_subject(text: str) -> bool:
    """Does `text` open with a body doing something ("Bộ Nội vụ nghiên cứu …")?"""
    return bool(analyze(split_clauses(text)[0]).leads) if text else False


# A clause that is only a time label and its value ("thời hạn: Tháng 12/2025", "thời gian hoàn
# thành: Quý III/2025"): no work of its own. "thời gian: trước ngày 15/12/2025 gửi báo cáo
# tổng kết năm" holds work of its own after the time.
_TIME_LABEL = re.compile(
    r"^(?:thời hạn|thời gian(?:\s+(?:hoàn thành|thực hiện))?|hạn hoàn thành|tiến độ"
    r"(?:\s+(?:hoàn thành|thực hiện))?)\s*:"
)
_TIME_TOKEN = re.compile(
    r"^(?:\d+|\d{1,2}h\d{0,2}|[ivx]+|trước|trong|chậm|nhất|ngày|tháng|quý|năm|đến|từ|cuối|đầu"
    r"|giữa|hết|hoàn|thành|xong|muộn|hơn|là|giờ|phút|sáng|chiều|lúc)$"
)
# A note in brackets after the time ("(theo dấu bưu điện)", "(giờ hành chính)"): no work.
_TIME_NOTE = re.compile(r"\([^()]*\)")


def _only_time(clause: str) -> bool:
    """A time label whose value is a time and nothing more."""
    text = match_form(clause.strip())
    label = _TIME_LABEL.match(text)
    if label is None:
        return False
    rest = _TIME_NOTE.sub(" ", text[label.end() :])
    tokens = re.findall(r"[^\s,.;:/()–—-]+", rest)
    return all(_TIME_TOKEN.match(token) for token in tokens)


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
