"""parse_notice(): cleaned text → metadata, item tree and tasks, in one pure function."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import partial

from notices.article_heads import rejoined_article_heads
from notices.body import split_body
from notices.capital_points import lower_capital_points
from notices.carried_subjects import carried_subjects
from notices.case_steps import without_case_steps
from notices.classification import classification_stamp
from notices.clauses import split_label
from notices.closings import closing_addressees
from notices.council_resolutions import council_tasks, is_council_resolution
from notices.dated_steps import dated_steps, own_name
from notices.deadlines import DeadlineHit, dated_by
from notices.defined_acronyms import acronyms_of
from notices.delegations import delegated_tasks, dropped_rules, with_delegations
from notices.duty_persons import divides_duties, person_led
from notices.duty_sections import keep_duty_sections
from notices.errors import ClassifiedNoticeError, ErrorCode, NoticeError
from notices.explain import UPWARD_REPORT
from notices.founding_lists import drop_founding_lists
from notices.gazette_header import gazette_header
from notices.header import organisation_lines
from notices.issuer import find_issuer, header_issuer
from notices.law_articles import is_law, law_body, opened_bare_articles
from notices.lead_forms import final_leads
from notices.lead_ins import (
    guided_assignees,
    intro_assignees,
    lead_in_deadline,
    notified_assignees,
)
from notices.letter_closings import reports_upward
from notices.letter_groups import reports_findings
from notices.licences import addressed_party
from notices.markers import find_marker
from notices.metadata import (
    DocNumber,
    find_adoption_date,
    find_meeting_date,
    find_number,
    find_place_date,
    find_type_and_title,
)
from notices.minutes import is_minutes, narrates_meeting
from notices.model import DeadlineKind, ParsedNotice, ParsedTask
from notices.month_schedule import scheduled
from notices.name_kinds import assignee_start
from notices.news_lead import news_lead
from notices.normalize import build_paragraphs, clean_lines
from notices.numbered_assignments import assigned_points
from notices.paragraph_tasks import build_paragraph_tasks
from notices.party_papers import is_agenda, orientation_tasks
from notices.persons_articles import drop_persons_articles
from notices.place_groups import resolve_place_groups
from notices.plan_roles import plan_carrier, plan_year
from notices.procedure_lists import without_procedures
from notices.quotations import drop_quoted
from notices.recipients import letter_recipients
from notices.regulation import drop_rules, is_duty
from notices.report_programmes import programme_tasks, with_programme
from notices.request_points import (
    dated_points_request,
    item_openings,
    particular_points,
    particulars_deadline,
    particulars_request,
)
from notices.shared_levels import with_shared_levels
from notices.signature import find_signature
from notices.signature_stamp import stamp_organisation
from notices.signed_for import signed_for
from notices.structure import Item, build_items, is_closing
from notices.task_basics import Context
from notices.tasks import build_tasks
from notices.telegrams import as_request, generic_request
from notices.text import match_form
from notices.upward import (
    Upward,
    asks_what_follows,
    keeps_in_report,
    reports_as_purpose,
    writes_upward,
)
from notices.writer_steps import restates_subject, writer_will

# "… yêu cầu …", "… đề nghị …", "… chỉ thị:" ask; "Thực hiện Chỉ thị số 32/CT-TTg" does not.
_ASKS_NO_ONE = re.compile(
    r"(?:yêu cầu|đề nghị|chỉ đạo)(?:\s+như sau|\s+(?:thực hiện|triển khai)(?:\s+nghiêm|\s+ngay)*"
    r"(?:\s+(?:các|những|một số))?\s+(?:nội dung|việc|nhiệm vụ)(?:\s+(?:như\s+)?sau)?)?\s*:\s*$"
)
_ASKS = re.compile(r"\b(?:yêu cầu|đề nghị|giao|chỉ đạo)\b|\bchỉ thị\s*:?$")


def parse_notice(text: str, *, year_hint: int | None = None) -> ParsedNotice:
    """Parse one notice. Raises NoticeError for empty text and ClassifiedNoticeError for a notice
    stamped MẬT / TỐI MẬT / TUYỆT MẬT, before anything else is read from it.

    `year_hint` is used only when the notice itself names no year (no date line, no meeting date).
    """
    with acronyms_of(
        text, assignee_start
    ):  # "Cơ sở đào tạo (CSĐT)": "CSĐT" names a body in this text
        return _parse(text, year_hint=year_hint)


def _parse(text: str, *, year_hint: int | None) -> ParsedNotice:
    # "A) …" as "a) …", "Điều 39" + "Bộ … có trách nhiệm:" as one run-on article
    lines = opened_bare_articles(lower_capital_points(clean_lines(rejoined_article_heads(text))))
    stamp = classification_stamp(lines)
    if stamp is not None:
        raise ClassifiedNoticeError(stamp)
    if not any(line.strip() for line in lines):
        raise NoticeError(ErrorCode.EMPTY, "Văn bản rỗng: không có nội dung để phân tích.")
    paragraphs = build_paragraphs(lines)
    number, place_date = find_number(lines), find_place_date(lines)
    if (gazette := gazette_header(lines)) is not None:  # "CỦA BỘ … SỐ … NGÀY …" (Công báo)
        number = number if number.number else gazette.number
        place_date = place_date or gazette.place_date
    type_code, title = find_type_and_title(lines)
    # a news item reporting a document: its lead names the number, date and issuer
    headerless = number.number is None and place_date is None  # a news article, an excerpt
    lead = news_lead(paragraphs) if headerless else None
    if lead is not None:
        number = DocNumber(
            lead.number, lead.doc_type, find_number([f"Số: {lead.number}"]).issuer_code
        )
    law, duty = is_law(lines), partial(is_duty, mandate=True)
    front, body = split_body(paragraphs, title=title, duty=None if law else duty)
    body = drop_quoted(body, front)  # the provisions a guidance letter copies out: no items
    # a decree's standing rules are not tasks either, nor a founded body's mandate and make-up
    delegations = delegated_tasks(dropped_rules(lines, [*front, *body], title))  # … but these
    body, codes = drop_rules(lines, front, body, title=title), (type_code, number.doc_type)
    body = drop_founding_lists(body, title=title, type_codes=codes)
    body = drop_persons_articles(lines, front, body)  # nor a class of persons' duties and rights
    body = keep_duty_sections(body, title=title, type_codes=codes)  # nor a rulebook's rules
    body = without_procedures(body, title=title)  # nor the procedures a decision publishes
    body = law_body(front, body, duty, law=law)  # nor a law's allocations, public's duties
    meeting = find_meeting_date([*front, *body[:3]])
    signer, signer_title = find_signature(lines)

    notes: list[str] = []
    issued = place_date.as_date() if place_date else None
    if issued is None and place_date is None:
        issued = lead.issued if lead is not None and lead.issued else find_adoption_date(lines)
    is_meeting = False
    if issued is None and meeting is not None:
        issued, is_meeting = meeting, True
        reason = "để trống ngày" if place_date else "không có dòng địa danh, ngày tháng"
        notes.append(f"Văn bản {reason}: dùng ngày họp {meeting:%d/%m/%Y} làm ngày ban hành.")
    year: int | None = year_hint
    if place_date:
        year = place_date.year
    elif issued is not None:
        year = issued.year
    elif meeting is not None:
        year = meeting.year
    concludes_meeting = "TB" in (type_code, number.doc_type)
    reference = _deadline_reference(issued, meeting if concludes_meeting else None)
    if reference is None and place_date is not None:
        reference = date(place_date.year, place_date.month or 1, 1)
    context = Context(
        year=year,
        reference=reference,
        writer=tuple(_header_lines(lines)),
        findings=is_minutes(number.doc_type or type_code, title),
    )

    body, closing_hit = _closing_deadline(body, context)
    preamble, items = build_items(body)
    recipients = letter_recipients(front) or closing_addressees(body)
    dating: str | None = None
    if items:
        intro = next((p for p in reversed(preamble) if p.rstrip().endswith(":")), None)
        # "… yêu cầu các cơ quan sau báo cáo trước ngày 20/6/2025:" before the first item, in the
        # body or closing the front matter, dates every item that names no date of its own.
        dating = intro or next((p for p in front[-1:] if p.rstrip().endswith(":")), None)
        if dating and reports_findings(dating):  # "… thông báo kết quả kiểm tra như sau:"
            context = replace(context, findings=True)
        # "Chủ tịch UBND thành phố yêu cầu Giám đốc các sở, … như sau:" closing the front matter
        # names who does the items naming nobody (a plan's "UBND tỉnh ban hành Kế hoạch … với các
        # nội dung sau:" only the issuer); a telegram's "… điện khẩn Thủ trưởng các phòng, …:" too
        telegram = "CĐ" in (type_code, number.doc_type)
        wired = as_request(dating, telegram=telegram) if dating else None
        asks = intro or (wired if wired and _ASKS.search(match_form(wired)) else None)
        default = intro_assignees(asks, letter=True) if asks else None
        if not default and dating:
            # "Bộ GDĐT hướng dẫn các cơ sở đào tạo triển khai … như sau:" ("Kính gửi" first)
            default = guided_assignees(dating, letter=True)
        # "… yêu cầu các cơ quan, đơn vị sau:" means the addressees, as written if none is named
        default, addressed = generic_request(default, intro=intro)
        if not default and not recipients:
            # "Ban Giám hiệu thông báo đến các khoa thực hiện … như sau:" ("Kính gửi" comes first)
            default = notified_assignees(intro or (front[-1] if front else ""))
        default = default or recipients or closing_addressees(body, generic=True) or addressed
        # "Chủ tịch UBND tỉnh yêu cầu:" naming no one: a Công điện's "CHỦ TỊCH … điện:" bodies
        # (a Công điện only: a letter quoting a cable's block gives its points to no one of it)
        if telegram and asks and not default and _ASKS_NO_ONE.search(match_form(asks)):
            default = letter_recipients(front, cabled=True)
        lead_in = lead_in_deadline(dating, context) if dating else None
        guidance = "HD" in (type_code, number.doc_type)
        # only a plan or a work programme hands its list to one body ("Thông báo kết luận" with
        # a "kế hoạch sắp xếp" in its closing points speaks of another plan)
        is_plan = bool({"KH", "CTr"} & {type_code, number.doc_type})
        tasks = build_tasks(
            items,
            notice_default=default,
            context=context,
            lead_in=lead_in,
            guidance=guidance,
            # a plan's scheduled activities that name nobody: the body its "Tổ chức thực hiện"
            # gives the list to
            carrier=plan_carrier(items) if is_plan else None,
            plan_year=plan_year(title) if is_plan else None,
            # a letter asking for work: its "1. Yêu cầu chung:" heads requests, not aims
            requested=None if is_plan else asks,
        )
        if is_council_resolution(codes, lines):
            # a council decides; its points are its executor's work, by its period's end
            tasks = council_tasks(tasks, items, body, context, title=title)
        if guidance and not default:  # "- Chuẩn bị …" after "- Nhà trường kiện toàn …"
            tasks = carried_subjects(tasks, items, context, guidance=guidance)
        # a point that only names a body over its duties is that body's work, no particular
        points = particular_points(items)
        request = particulars_request(dating, items)
        if request is not None:
            tasks = _request_with_particulars(request, points, tasks, recipients, context)
        elif (request := dated_points_request(dating, items)) is not None:
            tasks = _request_per_point(request, points, tasks, recipients, context)
        if closing_hit is not None:
            tasks = [
                _dated(task, closing_hit.hit) if closing_hit.covers(task) else task
                for task in tasks
            ]
        # a programme's points a later section gives to bodies by number
        tasks = assigned_points(items, tasks, year=context.year, reference=context.reference)
        # a month schedule; its first month line may close the preamble
        tasks = scheduled(
            tasks, items, context, title=title, plan=is_plan, opening=[*front, *preamble][-1:]
        )
        tasks = without_case_steps(tasks, items, context)  # a procedure's per-case steps
    else:
        kept = [p for p in preamble if not is_closing(p)]
        tasks = build_paragraph_tasks(
            kept, notice_default=recipients, context=context, headerless=headerless, lead_ins=True
        )
    tasks = with_delegations(tasks, delegations, context)
    header = _header_lines(lines)
    tasks = _without_writer_steps(tasks, body, title, header)
    # "các Cục Thuế" = "Cục Thuế các tỉnh, …", not the writer's own "Sở Tài chính"
    tasks = resolve_place_groups(tasks, recipients, header)
    # "Yêu cầu đối với chủ đầu tư" in a notice sent to one company: that company (licences)
    tasks = addressed_party(tasks, recipients)
    tasks = with_shared_levels(tasks)  # "Ủy ban nhân dân và Ban Chỉ huy … quận - huyện"
    if is_minutes(number.doc_type or type_code, title):
        # a biên bản's record of who spoke and what the meeting agreed (notices.minutes)
        tasks = [task for task in tasks if not narrates_meeting(task.text)]
    upward = writes_upward(
        type_codes=(number.doc_type, type_code),
        title=title,
        header=header,
        recipients=letter_recipients(front),
        body=body,
    )
    # a closing that reports upward only as the purpose of the work it asks is no report
    closes_upward = reports_upward(body) and not reports_as_purpose(body, header)
    if divides_duties(front) and any(person_led(list(t.lead)) for t in tasks):
        # a division of duties among named people is the issuer's own assignment, whoever it
        # is also reported to
        upward, closes_upward = None, False
    # a Party or mass organisation's orientation: the points naming their doer (party_papers)
    if (orientation := orientation_tasks(paragraphs, context, tasks)) is not None:
        tasks, own = orientation  # a congress's or an unaddressed paper is no report upward
        upward, closes_upward = (None, False) if own else (upward, closes_upward)
    elif is_agenda((type_code, number.doc_type), title, paragraphs):
        tasks = []  # a congress's or ceremony's order of business
    reported = upward is not None or closes_upward
    if upward is Upward.REPORT and not closes_upward:
        asked = asks_what_follows(dating)
        tasks = [t for t in tasks if keeps_in_report(t.text, t.lead, header=header, asked=asked)]
        if not tasks:
            notes.append(UPWARD_REPORT)
    elif closes_upward or upward is not None:
        tasks = []  # a report or submission to a superior: its proposals await a decision
        notes.append(UPWARD_REPORT)

    # an unread number's code ("Số: 12a/BC-UBND", handwriting OCR misread) yields to the title
    unread = number.number is None and type_code is not None
    doc_type = number.doc_type if number.doc_type not in (None, "CV") and not unread else type_code
    issuer = find_issuer(
        header,
        title=title,
        issuer_code=number.issuer_code,
        signer_title=signer_title,
        place=place_date.place if place_date else None,
        context=" ".join([title, *front, *body[:4]])[:6000],
        signed_by=stamp_organisation(lines),
        paragraphs=[*front, *body],
        signed_for=signed_for(lines),
    )
    if header_issuer(header) is None:  # a header block's issuer stands; else the Công báo line
        if gazette is not None and gazette.issuer:
            issuer = gazette.issuer
        if lead is not None:  # or the news lead names it; the body's own words only guess
            issuer = lead.issuer
    owner = own_name(issuer, context.writer) if issuer else None
    report = upward is Upward.REPORT  # its forward section, sent down to its units too
    if report and (programme := programme_tasks(body, paragraphs, context, owner=owner)):
        tasks = with_programme(tasks, programme)
        notes = [note for note in notes if note != UPWARD_REPORT]
    if not reported:  # a date-first schedule: "Từ 20/4/2026 đến 06/5/2026: Sinh viên …"
        tasks = dated_steps(tasks, [*front, *body], context, issuer=issuer, default=recipients)
    return ParsedNotice(
        doc_number=number.number,
        doc_type=doc_type or number.doc_type,
        issued_date=issued,
        issued_date_is_meeting=is_meeting,
        place=place_date.place if place_date else None,
        issuer=issuer,
        title=title,
        signer=signer,
        signer_title=signer_title,
        tasks=tuple(final_leads(tasks)),
        notes=tuple(notes),
    )


# "… bảo đảm đến hết tháng 12 năm 2025 giải quyết dứt điểm … về 04 nội dung nêu trên./.": a last
# paragraph that points back at the items and names when they must be done dates each of them.
_POINTS_BACK = re.compile(
    r"(?:nội dung|nhiệm vụ|yêu cầu|giải pháp|việc|kết luận)(?:\s+\S+){0,2}\s+"
    r"(?:nêu|nói|kể|đã nêu|đề ra)?\s*(?:trên|tại văn bản này)\b|\btrên đây\b"
)
_REPORTS = re.compile(r"báo cáo|gửi (?:kết quả|văn bản)")
# "Các nội dung trình Thường trực Đảng uỷ trước ngày 01/10/2025.", "Các văn bản trên gửi về Văn
# phòng trước ngày …": one short sentence after the items that says by when what they produce is
# submitted, no work of its own. "Các dự thảo trình UBND huyện trước ngày …" dates only the items
# that draw up a draft (`product`), not "Phòng Nội vụ rà soát, đánh giá …" beside them; "Các văn
# bản gửi kèm …" is an enclosure, no submission.
_SUBMITS_ITEMS = re.compile(
    r"^(?:các|những)\s+(?:nội dung(?:\s+(?:nêu\s+)?trên)?|văn bản\s+(?:nêu\s+)?trên"
    r"|(?P<product>dự thảo|sản phẩm|kế hoạch)(?:\s+(?:nêu\s+)?trên)?)"
    r"\s+(?:trình|gửi)(?!\s+kèm)\s[^.;:]{0,120}?\b(?:trước|chậm nhất|hạn chót)\b[^.;:]{0,60}\.?$"
)


@dataclass(frozen=True)
class _ClosingDate:
    """A closing deadline over the points above; `product` limits it to the points that make one
    ("dự thảo", "kế hoạch"); None: every point."""

    hit: DeadlineHit
    product: str | None = None

    def covers(self, task: ParsedTask) -> bool:
        return self.product is None or self.product in match_form(task.text)


def _closing_deadline(body: list[str], context: Context) -> tuple[list[str], _ClosingDate | None]:
    """(body without it, its deadline) for a closing deadline over every point above."""
    if len(body) < 2:
        return body, None
    # "Đề nghị các cơ quan, đơn vị khẩn trương … thực hiện./." may follow the dated sentence; a
    # duty after it ("Giao Văn phòng theo dõi, đôn đốc …") is work the date does not cover
    at = -1
    if len(body) > 2 and is_closing(body[-1]) and _SUBMITS_ITEMS.match(match_form(body[-2])):
        at = len(body) - 2
    last = body[at]
    if find_marker(last) is not None:
        return body, None
    low = match_form(last)
    submits = _SUBMITS_ITEMS.match(low)
    if not submits and (_POINTS_BACK.search(low) is None or _REPORTS.search(low) is not None):
        return body, None  # a closing that asks for a report by a date is a task of its own
    hit = lead_in_deadline(last, context)
    if hit is None or hit.deadline is None:
        return body, None
    dating = _ClosingDate(hit, submits["product"] if submits else None)
    return [p for index, p in enumerate(body) if index != at % len(body)], dating


# "Thực hiện Kế hoạch số …", "Căn cứ …", "Ngày 20/02/2026, UBND tỉnh ban hành …": a citation that
# frames the letter, no work before its closing.
_CITES_FIRST = re.compile(
    r"^(?:(?:thực hiện|căn cứ|triển khai)\s+(?:các\s+)?(?:công văn|kế hoạch|quyết định|chỉ thị"
    r"|văn bản|thông báo|nghị quyết|thông tư|nghị định|luật|ý kiến|(?:sự\s+)?chỉ đạo)"
    r"|căn cứ|tiếp theo|ngày\s+\d)(?![^\W_])"
)


def _without_writer_steps(
    tasks: list[ParsedTask], body: list[str], title: str, header: list[str]
) -> list[ParsedTask]:
    """Without the issuer's own announced step ("… Sở … sẽ tổ chức kiểm tra …") and a last
    task that only asks to carry out the letter's subject (notices.writer_steps), when work that
    is no citation stands before it (the letter's only request stays)."""
    kept = [task for task in tasks if not writer_will(task.text, header)]
    tail = [match_form(p.strip())[:60] for p in body[-2:] if p.strip()]
    if (
        any(not _CITES_FIRST.match(match_form(task.text)) for task in kept[:-1])
        and any(match_form(kept[-1].text).startswith(t) for t in tail if t)
        and restates_subject(kept[-1].text, title, last=True)
    ):
        kept = kept[:-1]
    return kept


def _not_from_points(tasks: list[ParsedTask], items: list[Item]) -> list[ParsedTask]:
    """The tasks not read from the points themselves (what follows them stays)."""
    openings = item_openings(items)
    return [t for t in tasks if not any(match_form(t.text).startswith(o) for o in openings)]


def _request_with_particulars(
    request: str,
    items: list[Item],
    tasks: list[ParsedTask],
    recipients: list[str] | None,
    context: Context,
) -> list[ParsedTask]:
    """The lead-in's request as the task, dated by its points' due day; what was read from the
    points themselves (a passive "Báo cáo được gửi trước ngày …") is dropped, what follows them
    ("Các đơn vị tùy theo điều kiện … gửi ý kiến về … trước ngày …") stays."""
    own = build_paragraph_tasks([request], notice_default=recipients, context=context)
    if not own:
        return tasks
    hit = particulars_deadline(items, context)
    if hit is not None:
        own = [_dated(task, hit) for task in own]
    return [*own, *_not_from_points(tasks, items)]


def _request_per_point(
    request: str,
    items: list[Item],
    tasks: list[ParsedTask],
    recipients: list[str] | None,
    context: Context,
) -> list[ParsedTask]:
    """The lead-in's request carried out point by point, each point a task of the request's
    doer, due on the point's own day."""
    own = build_paragraph_tasks([request], notice_default=recipients, context=context)
    if not own:
        return tasks
    kept = _not_from_points(tasks, items)
    per_point: list[ParsedTask] = []
    for item in items:
        text = item.paragraphs[0].strip()
        label, rest = split_label(text)
        task = replace(own[0], ref=item.ref, text=rest if label else text)
        task = replace(
            task,
            deadline=None,
            deadline_kind=DeadlineKind.NONE,
            deadline_phrase=None,
            recurrence=None,
        )
        hit = lead_in_deadline(item.paragraphs[0], context)
        per_point.append(_dated(task, hit) if hit is not None else task)
    return [*per_point, *kept]


def _dated(task: ParsedTask, hit: DeadlineHit) -> ParsedTask:
    return task if task.deadline_kind is not DeadlineKind.NONE else dated_by(task, hit)


def _deadline_reference(issued: date | None, meeting: date | None) -> date | None:
    """The day a notice's deadlines were set: a conclusion notice's (TB) are set at the meeting
    it concludes, so with the meeting on 08/11 and the notice issued on 18/11 "trước ngày 15/11"
    is a deadline, not a past date. A letter's opening "Ngày 30/6/2025, Chính phủ ban hành …"
    cites a document, no meeting: the caller passes `meeting` only for a notice."""
    if issued is not None and meeting is not None:
        return min(issued, meeting)
    return issued or meeting


def _header_lines(lines: list[str]) -> list[str]:
    """The header's left-column lines naming the issuer, in any reader's shape (notices.header)."""
    return organisation_lines(lines)
