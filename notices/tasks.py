"""Turn the item tree (or a letter's paragraphs) into tasks, in document order: headings and intros
hand leads and deadlines down, plan rows and descriptive sections are read as such."""

from __future__ import annotations

import re
from dataclasses import replace

from notices.agreements import agrees_only
from notices.assignees import analyze
from notices.clause_leads import is_generic
from notices.clauses import find_criteria, split_label, split_sentences
from notices.deadlines import DeadlineHit, find_deadlines, is_dated, names_due_date, pick_deadline
from notices.descriptive_sections import (
    assigning_lead_ins,
    assigning_points,
    describes_contingency,
    describes_emulation,
    describes_stages,
    event_fields,
    forward_text,
    is_bare_label,
    is_descriptive,
    is_field_note,
    is_fragment,
    trailing_requests,
    within,
)
from notices.directed_staff import directed_staff
from notices.duty_persons import person_heading
from notices.duty_titles import is_duty_title
from notices.group_fields import GroupFields
from notices.imperatives import asks_work
from notices.item_shapes import directs_sub_numbers, is_name_line, sub_number
from notices.lead_ins import GROUNDS_LEAD_IN, intro_assignees, lead_in_deadline
from notices.markers import MarkerKind
from notices.model import DeadlineKind, ParsedTask
from notices.name_lines import only_names
from notices.names import members_of
from notices.plan_roles import is_slot, slot_deadline
from notices.public_duties import PUBLIC_NAME
from notices.request_sections import reads_requests
from notices.structure import Item, walk
from notices.subjects import scan_subject
from notices.task_basics import Context, glued_clauses, local_name
from notices.task_headings import (
    HEADING_PREFIX,
    POINT_KINDS,
    group_heading,
    heading_assignees,
    names_only,
    opens_points,
)
from notices.task_items import ItemTasks
from notices.task_rows import ROW_FIELD, is_overseer, row_fields, row_task, time_field
from notices.text import match_form
from notices.titles import names_a_title

_DIRECTS_POINTS = re.compile(
    r"^(?:\S{1,4}[.)]\s+)?(?:giao|đề nghị|yêu cầu)\s[^.;:]{3,160}?\schỉ đạo\s[^.;:]{3,200}?"
    r"\s(?:có|chịu)\s+trách nhiệm\s*:$"
)
# "Giao Bộ Công an chủ trì … hoàn thiện hồ sơ dự án, bảo đảm một số yêu cầu sau:" over "1. Quán
# triệt …" "2. Rà soát …": the points are what the one assignment must meet, not tasks apart.
_REQUIREMENT_POINTS = re.compile(
    r"\s(?:bảo đảm|đảm bảo|đáp ứng|theo)\s+(?:một số|các|những)\s+yêu cầu\s+(?:như\s+)?sau"
    r"(?:\s+đây)?\s*:$"
)
# "b) Chỉ đạo Giám đốc Bệnh viện A và Giám đốc Bệnh viện B:" over "- Thực hiện …" "- Bảo đảm …":
# the point's body directs the named ones, the points are what it directs them to do: one task
# ("Chỉ đạo Sở Nông nghiệp:" over points names the body that does each of them: they stay tasks)
_DIRECTS_BODY = re.compile(
    r"^(?:\S{1,4}[.)]\s+)?chỉ đạo\s+(?P<body>(?:các\s+)?(?:tổng giám đốc|giám đốc|thủ trưởng"
    r"|chủ tịch|hiệu trưởng|viện trưởng|cục trưởng|vụ trưởng|người đứng đầu)\s[^.;:]{3,200}):$"
)


def _directs_body(text: str) -> bool:
    """The point is "Chỉ đạo" and the heads of units it directs, with its colon: no verb of its
    own after the names ("Chỉ đạo thực hiện các nội dung sau:" names nobody)."""
    m = _DIRECTS_BODY.match(match_form(text))
    if m is None or not text[m.start("body")].isupper():
        return False
    return not asks_work(text[m.start("body") :]) and bool(analyze(text[m.start("body") :]).leads)


# "Sửa đổi Luật … để:" over "- Tháo gỡ …" "- Đơn giản hóa …": what the one piece of work is for;
# points that name their own bodies ("… phối hợp để:" over "- Sở Tài chính bố trí …") are tasks
_PURPOSE_POINTS = re.compile(r"\sđể\s*:$")
# "2. Các tổ chức, hộ gia đình, cá nhân chăn nuôi … phải thực hiện đúng các quy định …; cụ thể
# như sau:": the public the item names must keep the points below, each point one of its duties
_PUBLIC_MUST = re.compile(
    rf"^(?:\S{{1,4}}[.)]\s+)?(?:(?:các|những|mọi)\s+)?{PUBLIC_NAME}"
    r"[^.:]{0,200}?\s(?:phải|có trách nhiệm|có nghĩa vụ)\s+"
    r"(?:thực hiện|chấp hành|tuân thủ)(?![^\W_])[^.]*:$"
)
_LISTS_THINGS = re.compile(r"(?<![^\W_])(?:bao\s+)?gồm\s*(?:các\s+\S+\s*)?:$")
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
# A heading that gives the work itself ("Giao Sở Nội vụ kiện toàn cơ cấu tổ chức …, gồm:",
# "Kiện toàn cơ cấu tổ chức, bộ máy các cơ quan chuyên môn, gồm:") leads into points of work.
_MAKE_UP_MARKER = re.compile(
    r"^(?:điều\s+\d+\s*[.:]|[\divxlc]+(?:\.\d+)*\s*[.)]|[a-zđ]\)|[-+•*–])\s*"
)
# a point under a make-up that names work: a date, or the verbs of a task ("- Sở Nội vụ chủ trì
# rà soát, trình UBND tỉnh …", "b) Đề xuất thành lập Tổ giúp việc."); a unit's name may hold
# other work words ("Phòng Quản lý vận tải", "Đội tham mưu tổng hợp")
_MAKE_UP_WORK = re.compile(
    r"(?<![^\W_])(?:chủ trì|phối hợp|báo cáo|(?<!chương )(?<!quy )trình(?!\s+độ)|đề xuất|rà soát"
    r"|gửi|hoàn thành|triển khai|xây dựng\s+(?:đề án|kế hoạch|quy chế|phương án|dự thảo))"
    r"(?![^\W_])"
)


def _lists_make_up(paragraph: str) -> bool:
    """ "Cơ cấu tổ chức … gồm:", "Thành phần Tổ công tác gồm:": a heading over what a body is made
    of, not one that gives or names work first ("Giao …", "Kiện toàn …")."""
    low = match_form(paragraph.strip())
    if not _MAKE_UP.search(low):
        return False
    head = _MAKE_UP_MARKER.sub("", low, count=1)
    return not _GIVES_WORK.match(head) and not asks_work(head)


def _point_works(point: Item) -> bool:
    """A point under a make-up heading that is work, not a unit or a member."""
    low = match_form(" ".join(point.paragraphs).strip())
    if _GIVES_WORK.match(low) or _MAKE_UP_WORK.search(low):
        return True
    return names_due_date(low)


def build_tasks(
    items: list[Item],
    *,
    notice_default: list[str] | None,
    context: Context,
    lead_in: DeadlineHit | None = None,
    guidance: bool = False,
    carrier: list[str] | None = None,
    plan_year: int | None = None,
    requested: bool = False,
) -> list[ParsedTask]:
    """Tasks of every item, in document order; `lead_in` dates the items the intro dates; a
    `guidance` (Hướng dẫn) describes in its procedure sections; `carrier` (the body a plan's
    "Tổ chức thực hiện" gives its list to) leads the activities listed under a time slot ("1. Quý
    I năm 2020") when nothing else names who does them; `plan_year` (the year a plan's title
    names) is the year of a slot written without one; in a `requested` letter (no plan, its intro
    asks for work) a "Yêu cầu chung:" heading holds requests, not aims."""
    defaults: dict[int, list[str] | None] = {}
    lead_ins: dict[int, DeadlineHit | None] = {}
    criteria: dict[int, list[str]] = {}
    tasks: list[ParsedTask] = []
    consumed: set[int] = set()
    local = local_name(notice_default)
    fields = event_fields(items)
    produced: dict[int, int] = {}  # tasks each item gave of its own
    group_fields = GroupFields(context)  # points given fields closing their list
    summaries: list[tuple[Item, list[ParsedTask]]] = []
    statute = any(i.marker is not None and i.marker.label[:4] == "Điều" for i in walk(items))
    for item in walk(items):
        if id(item) in consumed:
            continue
        if is_field_note(item):
            continue  # "3. Nội dung: Bồi dưỡng …" beside "2. Thời gian:": what the event is
        if statute and item.parent is not None and _public_must(item.parent):
            # a regulation's article ("Điều 2. Trách nhiệm của tổ chức, cá nhân …") states the
            # rules the public keeps ("2. Các hộ … phải thực hiện các quy định sau:"), no work
            consumed.update(id(child) for child in walk(item.children))
            continue
        if id(item) in fields and not _field_is_task(item):
            # "- Thành phần đoàn: …" beside "- Phương pháp: …": the inspection described, but a
            # paragraph after it may still ask a body for work ("Bộ Tài chính đề nghị …")
            inherited = defaults[id(item.parent)] if item.parent else notice_default
            parent_lead_in = lead_ins[id(item.parent)] if item.parent else lead_in
            # "1. Nội dung:" over "- Ban Công tác Mặt trận các thôn tổ chức … trước ngày …": a
            # point that names a body and asks it for work is an assignment, not a field value
            assigned = [child for child in item.children if _assigns(item, child)]
            consumed.update(
                id(node)
                for child in item.children
                if child not in assigned
                for node in walk([child])
            )
            if assigned:
                defaults[id(item)] = inherited
                criteria[id(item)] = criteria[id(item.parent)] if item.parent else []
                lead_ins[id(item)] = parent_lead_in
            for node, request in trailing_requests(item, None):
                builder = ItemTasks(node.ref, inherited, context, parent_lead_in, local)
                builder.add_paragraph(request, [])
                tasks.extend(builder.tasks())
            continue
        # an emulation plan's contents or criteria describe even under a lead-in naming units
        # and so do a project's stages, whose points name the bodies of each stage
        # a contingency plan's responses (scenario rows under a heading line) are conditional
        contingency = describes_contingency(item)
        emulation = contingency or (
            item.is_heading
            and (describes_emulation(item.paragraphs[0]) or describes_stages(item.paragraphs[0]))
        )
        # a letter's "1. Yêu cầu chung:" / "I. YÊU CẦU CHUNG" heads its requests, and names nobody
        asked = requested and item.is_heading and reads_requests(item, items)
        descriptive = emulation or (
            item.is_heading and is_descriptive(item.paragraphs[0], guidance=guidance) and not asked
        )
        inherited = defaults[id(item.parent)] if item.parent else notice_default
        if descriptive and (
            not item.paragraphs[-1].rstrip().endswith(":") or is_bare_label(item) or emulation
        ):
            kept = [] if contingency else assigning_lead_ins(item)
            kept += [p for p in assigning_points(item) if not any(within(p, k) for k in kept)]
            # the section passes down what it inherited: a kept lead-in may sit right under it
            defaults.setdefault(id(item), inherited)
            criteria.setdefault(id(item), criteria[id(item.parent)] if item.parent else [])
            lead_ins.setdefault(id(item), lead_ins[id(item.parent)] if item.parent else lead_in)
            for k in kept:  # "b) Thời gian: Từ ngày 15/11/2025 đến ngày 15/12/2025." beside it
                if k.parent is not None and (timed := time_field(k.parent, context)):
                    lead_ins[id(k.parent)] = timed
            for child in walk(item.children):
                if not any(child is k or within(child, k) for k in kept):
                    consumed.add(id(child))
                defaults.setdefault(id(child), inherited)  # what a kept point's parent passes
                criteria.setdefault(id(child), [])
                lead_ins.setdefault(
                    id(child), lead_ins.get(id(item.parent)) if item.parent else lead_in
                )
            parent_lead_in = lead_ins[id(item.parent)] if item.parent else lead_in
            for node, request in trailing_requests(item, kept):
                builder = ItemTasks(node.ref, inherited, context, parent_lead_in, local)
                builder.add_paragraph(request, [])
                tasks.extend(builder.tasks())
            forward = forward_text(item.paragraphs[1:])
            if forward:  # "I. ĐÁNH GIÁ CHUNG" … "Trong thời gian tới, Tỉnh tổ chức thực hiện …"
                builder = ItemTasks(item.ref, inherited, context, parent_lead_in, local)
                builder.add_paragraph(forward, [])
                tasks.extend(builder.tasks())
            continue
        inherited_criteria = criteria[id(item.parent)] if item.parent else []
        own_lead_in = lead_ins[id(item.parent)] if item.parent else lead_in
        if item.children and GROUNDS_LEAD_IN.match(match_form(item.paragraphs[-1].strip())):
            # "Lý do: …, cụ thể như sau:" over "a) Công ty A: …": reasons, not work; the item
            # itself is read as usual
            consumed.update(id(child) for child in walk(item.children))
        if item.children and _lists_make_up(item.paragraphs[-1]):
            consumed.update(
                id(node)
                for child in item.children
                if not _point_works(child)
                for node in walk([child])
            )
        row = row_fields(item)
        if row is not None:
            # the last point of a group whose fields go on in points of their own takes those
            row = group_fields.row(item) or row
            consumed.update(id(child) for child in walk(item.children))
            tasks.append(row_task(item, row, own_lead_in, context))
            produced[id(item)] = 1
            continue
        content_row = group_fields.heading_row(item)
        if content_row is not None:  # "1. Xây dựng …, gồm:" over its content, fields closing it
            consumed.update(id(child) for child in walk(item.children))
            tasks.append(row_task(item, content_row, own_lead_in, context))
            produced[id(item)] = 1
            continue
        shared = group_fields.row(item)
        if shared is not None:
            tasks.append(row_task(item, shared, own_lead_in, context))
            continue
        own_lead_in = group_fields.time(item) or own_lead_in
        if (timed := _time_only_points(item, context)) is not None:
            # "2. Bộ trưởng … hoàn thành việc …. UBND thành phố Đà Nẵng khẩn trương …" over
            # "- Thời hạn hoàn thành: trước ngày 30/11/2025.": the item's date, for each of its
            # tasks, no point of its own
            consumed.update(id(child) for child in walk(item.children))
            own_lead_in = timed
        # "Lãnh đạo phụ trách: đồng chí Phó Giám đốc." after a point's work: who oversees it,
        # no lead and no work
        paragraphs = [item.paragraphs[0], *(p for p in item.paragraphs[1:] if not is_overseer(p))]
        last = match_form(paragraphs[-1].strip())
        if item.children and (
            _DIRECTS_POINTS.match(last)
            or (_directs_body(paragraphs[-1].strip()) and not _points_name_bodies(item))
            or _REQUIREMENT_POINTS.search(last)
            or (_PURPOSE_POINTS.search(last) and not _points_name_bodies(item))
        ):
            # "Giao Ban Quản lý … chỉ đạo các đơn vị … có trách nhiệm:" over its points: what
            # the body sees to is one piece of its own work, the points its content
            directed = [" ".join(child.paragraphs) for child in walk(item.children)]
            consumed.update(id(child) for child in walk(item.children))
            builder = ItemTasks(item.ref, inherited, context, own_lead_in, local)
            builder.add_paragraph(
                " ".join([*paragraphs, *directed, *item.after]), inherited_criteria
            )
            directed_tasks = builder.tasks()
            produced[id(item)] = len(directed_tasks)
            tasks.extend(directed_tasks)
            continue
        own = inherited
        own_criteria = list(inherited_criteria)
        group = group_heading(item)
        heading_like = item.is_heading or names_only(item) or group is not None
        heading_roles = analyze(paragraphs[0]) if heading_like else None
        # "Đồng chí Nguyễn Văn A, Chủ tịch UBND xã:" over points: the person is named, not asked
        person = heading_like and person_heading(paragraphs[0]) is not None
        if heading_roles is not None and (not heading_roles.leads or person):
            # A short line that assigns ("3. Giao Sở Y tế chủ trì thực hiện") is content.
            titled = None if asked else heading_assignees(paragraphs[0])
            generic = titled and all(is_generic(name) for name in titled)
            if generic and inherited and is_duty_title(paragraphs[0]):
                # "1. Trách nhiệm chung của các cơ quan, đơn vị": the addressees ("2. Đối với
                # các cơ quan, đơn vị có liên quan" names them as written)
                titled = None
            own = ([group] if group else None) or titled or inherited
            own_criteria += find_criteria(paragraphs[0])
            # "1. Quý I năm 2020" over "1.1. Ban hành …": a plan's time slot dates its activities,
            # and makes them a schedule of work the plan's carrier does (a plan's "nhiệm vụ, giải
            # pháp" sections, undated, stay directions that assign no one)
            # (the carrier whether or not the slot gives a date: a past slot is still the plan's)
            if not own and is_slot(paragraphs[0]):
                own = carrier
            slot = slot_deadline(paragraphs[0], context, plan_year)
            own_lead_in = lead_in_deadline(paragraphs[0], context) or slot or own_lead_in
            paragraphs = paragraphs[1:]
        named_title = bool(
            heading_roles is not None
            and heading_roles.leads
            and len(paragraphs) > 2
            and _titles_body(paragraphs[0])
        )
        if named_title and heading_roles is not None:
            # "1. Liên đoàn Lao động tỉnh:" then "Chỉ đạo …", "Tổ chức …", "Có kế hoạch …" on
            # paragraphs of their own (a joint programme's division of duties): the line names
            # whose duties follow, each paragraph one of them
            own = [a.name for a in heading_roles.leads]
            paragraphs = paragraphs[1:]
        child_default = own
        if heading_roles is not None and heading_roles.leads and item.children and not person:
            # "5.3. Các khoa tham gia khảo sát" over "- Phân công cán bộ đầu mối …": the bullets
            # that name nobody are the heading's body's work.
            named = [
                a.name
                for a in heading_roles.leads
                if not a.is_person and not _only_agrees(paragraphs[0], a.name)
            ]
            if group is not None:
                named = [group]  # "Các khoa tham gia khảo sát": the clause says which ones
            elif HEADING_PREFIX.match(match_form(paragraphs[0])):
                # "1. Giao người đứng đầu …; Chủ tịch UBND các xã": the heading is only names
                named = heading_assignees(paragraphs[0]) or named
            child_default = named or own
            if (
                child_default is not own
                and not named_title
                and not all(is_fragment(c) for c in item.children)
            ):
                paragraphs = paragraphs[1:]  # the heading only names who does the points
        child_lead_in = own_lead_in
        # "1. Hoàn thành mục tiêu … trong năm 2025" over "a) …" "b) …": a target that names nobody
        # dates the points that carry it out
        if (
            heading_roles is None
            and item.children
            and paragraphs
            and not analyze(paragraphs[-1]).leads
        ):
            child_lead_in = lead_in_deadline(paragraphs[-1], context) or own_lead_in
        if item.children and (
            all(is_fragment(c) or names_a_title(c) for c in item.children)
            or _cases_of(item, paragraphs)
        ):
            # "- Rà soát dữ liệu:" over "+ hộ tịch;" "+ đất đai.": the list completes the item
            listed = "; ".join(" ".join(child.paragraphs).rstrip(";. ") for child in item.children)
            paragraphs = [" ".join([*paragraphs, listed]).strip()]
            consumed.update(id(child) for child in walk(item.children))
        elif item.children and paragraphs and opens_points(paragraphs[-1]) and not item.after:
            intro = paragraphs.pop().rstrip(" .")
            intro = intro if intro.endswith(":") else f"{intro}:"
            sentences = split_sentences(intro)
            members = members_of(intro)
            # "1.2. Trung tâm …:" then "Là đầu mối … chịu trách nhiệm chính trong việc …:": an
            # intro that names nobody leaves the points to the heading's body
            child_default = (
                [m.name for m in members] if members else intro_assignees(intro) or child_default
            )
            if _LISTS_THINGS.search(match_form(intro)):
                child_default = []  # "… gửi kèm bộ Cẩm nang gồm:" lists documents, not work
            child_lead_in = lead_in_deadline(sentences[-1], context) or own_lead_in
            if len(sentences) > 1:
                paragraphs.append(" ".join(sentences[:-1]))
        defaults[id(item)] = child_default
        criteria[id(item)] = own_criteria
        lead_ins[id(item)] = child_lead_in
        headed = bool(own) and own != notice_default  # a heading's body, no notice's addressee
        headed = headed or bool(named_title)
        builder = ItemTasks(
            item.ref,
            own,
            context,
            own_lead_in,
            local_name(own) or local,
            headed=headed,
            # a regulation's articles ("Điều 2. Trách nhiệm của tổ chức, cá nhân …") state the
            # rules the public keeps, no work handed out
            public_duties=item.parent is not None and _public_must(item.parent),
            # "1. Phòng Khảo thí" then one duty a line: each line a task
            duties=headed
            and heading_roles is not None
            and (not item.children or named_title or bool(item.after)),
        )
        # "I. ĐÁNH GIÁ CHUNG" then "… tỉnh cần tập trung các nhiệm vụ sau đây:": only the points
        # after the intro are work; the assessment before it is not.
        for paragraph in [] if descriptive else paragraphs:
            builder.add_paragraph(paragraph, own_criteria)
        for paragraph in [] if descriptive else item.after:
            builder.add_after_list(paragraph, own_criteria)
        own_tasks = builder.tasks()
        if item.parent is not None and item.parent.paragraphs and own:
            # "5. Chỉ đạo cán bộ kế toán và thủ quỹ" over "- Thủ quỹ: …": the body's duty
            above = item.parent.paragraphs[0]
            own_tasks = [
                replace(task, lead=tuple(own)) if directed_staff(above, task.lead) else task
                for task in own_tasks
            ]
        tasks.extend(own_tasks)
        produced[id(item)] = len(own_tasks)
        if own_tasks and _summarises(item):
            summaries.append((item, own_tasks))
        points = all(
            c.marker is not None
            and (c.marker.kind in POINT_KINDS or sub_number(item.marker, c.marker))
            and not ROW_FIELD.match(match_form(split_label(c.paragraphs[0])[1]))
            for c in item.children
        )  # "- Thời gian thực hiện: Quý II" under the item is a field of it, not a point
        if item.children and points and child_default is own and heading_roles is None:
            # "(1) Bộ Y tế chỉ đạo …" over "- Chỉ đạo Ban Quản lý dự án …": a point that names
            # nobody is the work of the body its item names, not of the intro's whole list
            named_leads = builder.named_leads()
            numbered = [c for c in item.children if c.marker and c.marker.kind not in POINT_KINDS]
            if named_leads and numbered:
                # "2. <body> chỉ đạo …" over "2.1.", "2.2.": only a body that directs them
                firsts = [c.paragraphs[0] for c in numbered]
                if not directs_sub_numbers(
                    item.paragraphs[0], named_leads, firsts, context.writer
                ):
                    named_leads = None
            if named_leads:
                defaults[id(item)] = named_leads
    # "2.1.7. Sở Xây dựng phối hợp với Sở Nông nghiệp … trong công tác điều tiết." over "- Phối
    # hợp …", "- Rà soát …": one short sentence over points that are tasks names their topic, the
    # points are the work.
    headings = {
        id(task)
        for item, own in summaries
        if sum(produced.get(id(child), 0) for child in walk(item.children)) >= 2
        for task in own
        if not _own_assignment(item, task)
    }
    return _rejoin_clauses([task for task in tasks if id(task) not in headings])


# "Thực hiện khai báo với cơ quan có thẩm quyền …, như sau:" over "- Nuôi từ 1.000 con trở lên,
# khai báo với Chi cục Thú y tỉnh.": the cases of the one piece of work
_AS_FOLLOWS = re.compile(r"(?:như sau|cụ thể như sau|sau đây)\s*:$")


def _cases_of(item: Item, paragraphs: list[str]) -> bool:
    """The item asks for work "như sau:" and its dashes, leaves that name nobody and ask for no
    work of their own, only say how in each case: they complete the item."""
    if not paragraphs or not _AS_FOLLOWS.search(match_form(paragraphs[-1].strip())):
        return False
    intro = split_label(paragraphs[-1])[1]
    # "Sở Xây dựng tổng hợp, dự báo … theo các kịch bản … như sau:" over rain scenarios: a named
    # body's forecast, whose dashes are what it foresees
    if not asks_work(intro) or analyze(intro).leads:
        return False
    return len(item.children) > 1 and all(
        not child.children
        and child.marker is not None
        and child.marker.kind is MarkerKind.BULLET
        and len(child.paragraphs) == 1
        and not asks_work(child.paragraphs[0])
        and not analyze(child.paragraphs[0]).leads
        for child in item.children
    )


def _public_must(item: Item) -> bool:
    """The item's lead-in tells the public it names to keep the points below."""
    lead_in = match_form(item.paragraphs[-1].strip())
    return bool(item.children) and _PUBLIC_MUST.match(lead_in) is not None


def _titles_body(paragraph: str) -> bool:
    """ "Liên đoàn Lao động tỉnh:", "Sở Văn hoá, Thể thao và Du lịch:": only the name of a body
    (no person: a staff member's duties are read apart) and its colon."""
    text = paragraph.strip()
    if not text.endswith(":") and not is_name_line(text):
        return False  # "7. Phòng Tài chính – Kế hoạch huyện." closes the name with a full stop
    names = analyze(text.rstrip(": .")).leads or []
    return only_names(text.rstrip(": .")) and not any(a.is_person for a in names)


def _only_agrees(paragraph: str, name: str) -> bool:
    """ "1. Về tình hình …: Thường trực Đảng uỷ cơ bản nhất trí với báo cáo …": the body a heading
    names only as the one that agreed (the meeting's chair) does none of the points below."""
    key = match_form(name)
    clauses = [
        clause
        for sentence in split_sentences(paragraph)
        for clause, _ in glued_clauses(sentence)
        if key in match_form(clause)
    ]
    return bool(clauses) and all(agrees_only(clause) for clause in clauses)


_GIVES_WORK = re.compile(r"^(?:giao|đề nghị|yêu cầu)\s")


_TIME_ONLY = re.compile(
    r"^(?:thời hạn|thời gian)(?:\s+(?:hoàn thành|thực hiện|nộp|gửi|báo cáo))?\s*:\s*\S"
)


def _time_only_points(item: Item, context: Context) -> DeadlineHit | None:
    """The dated deadline of an item whose only points are a "Thời hạn hoàn thành: …" field."""
    if not item.children or any(child.children for child in item.children):
        return None
    hits: list[DeadlineHit] = []
    for child in item.children:
        text = " ".join(child.paragraphs).strip()
        if not _TIME_ONLY.match(match_form(text)):
            return None
        hits += find_deadlines(text, year=context.year, reference=context.reference)
    hit = pick_deadline(hits)
    return hit if hit is not None and is_dated(hit) else None


def _own_assignment(item: Item, task: ParsedTask) -> bool:
    """A sentence over points that is an assignment of its own: it says "Giao/Đề nghị/Yêu cầu"
    ("1. Giao Ban Tổ chức hướng dẫn …"), or names its body and gives a deadline ("3. Ban Quản
    lý dự án hoàn thành hồ sơ thiết kế trước ngày 15/12/2025.", "1. Đẩy mạnh chuyển đổi số:
    Phòng Văn hóa - Thông tin chủ trì …, trình UBND huyện trước ngày 15/12/2025.")."""
    text = item.paragraphs[0]
    if _GIVES_WORK.match(match_form(text.strip())):
        return True
    # "1. Hoàn thành mục tiêu … trong năm 2025": a goal for a body handed down stays a heading
    named = bool(task.lead) and all(name in text for name in task.lead)
    return named and task.deadline is not None


_DUE_KINDS = (DeadlineKind.BEFORE_DATE, DeadlineKind.ON_DATE, DeadlineKind.PERIOD_END)


def _field_is_task(item: Item) -> bool:
    """An event field whose value is an assignment of its own ("- Nội dung: Văn phòng UBND xã
    chuẩn bị báo cáo tổng kết, trình Chủ tịch UBND xã trước ngày 20/12/2025."): it names its body,
    asks for work and sets a deadline, whatever its label."""
    if not item.paragraphs:
        return False
    value = item.paragraphs[0].partition(":")[2].strip()  # the label ends at its colon
    if not analyze(value).leads or not asks_work(value):
        return False
    hits = find_deadlines(value, year=None, reference=None)
    return any(hit.kind in _DUE_KINDS for hit in hits)


def _points_name_bodies(item: Item) -> bool:
    """Some point under "… để:" names its own body and asks it for work ("- Sở Tài chính bố trí
    kinh phí …"): the points are assignments apart, not what the one piece of work is for."""
    for child in walk(item.children):
        text = " ".join(child.paragraphs)
        if analyze(text).leads and asks_work(text):
            return True
    return False


# Fields whose points list people or ways, never work: "Đối tượng:", "Thành phần:", "Phương pháp:"
_LISTING_FIELD = re.compile(
    r"^\W*(?:đối tượng|thành phần|khách mời|phương pháp|hình thức|cách thức)"
)


def _assigns(field: Item, item: Item) -> bool:
    """A point of a field such as "1. Nội dung:" that names who does it and asks for work ("-
    Ban Công tác Mặt trận các thôn tổ chức ngày hội … trước ngày 18/11/2025")."""
    if not item.paragraphs or _LISTING_FIELD.match(match_form(field.paragraphs[0])):
        return False
    text = item.paragraphs[0]
    return bool(analyze(text).leads) and asks_work(text)


_HEADING_KINDS = (MarkerKind.SECTION, MarkerKind.NUMBER, MarkerKind.LETTER)
_SENTENCE_BREAK = re.compile(r"[.;!?]\s+\S")


def _summarises(item: Item) -> bool:
    """One short sentence standing over points, not leading into them with ":", on a numbered
    or lettered line of its own ("(1) Bộ Y tế chỉ đạo …" inside running text is work)."""
    if not item.children or len(item.paragraphs) != 1:
        return False
    if item.marker is None or item.marker.kind not in _HEADING_KINDS:
        return False
    text = item.paragraphs[0].strip().rstrip(".").rstrip()
    if text.endswith(":") or len(text.split()) > 50:
        return False
    return _SENTENCE_BREAK.search(text) is None


def build_paragraph_tasks(
    paragraphs: list[str], *, notice_default: list[str] | None, context: Context
) -> list[ParsedTask]:
    """A body without numbered items (a short letter of direction): one item per paragraph."""
    tasks: list[ParsedTask] = []
    for index, paragraph in enumerate(paragraphs, start=1):
        if only_names(paragraph):
            continue  # "Sở Xây dựng": a unit named in a table or a list, no work
        before = tasks[-1].ref.partition("/")[0] if tasks else None
        if before == f"đoạn {index - 1}" and _only_delivers(tasks[-1], paragraph):
            # "Báo cáo gửi về Sở Tư pháp … trước ngày 05/12/2012": where and when the paragraph
            # before must send its result; its date is that task's, no task of its own
            tasks[-1] = _delivered_by(tasks[-1], paragraph, context)
            continue
        builder = ItemTasks(
            f"đoạn {index}", notice_default, context, local=local_name(notice_default)
        )
        builder.add_paragraph(paragraph, [])
        tasks.extend(builder.tasks())
    return _rejoin_clauses(tasks)


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
    return replace(
        task,
        text=text,
        deadline=hit.deadline,
        deadline_kind=hit.kind,
        deadline_phrase=hit.phrase,
        recurrence=hit.recurrence,
    )


def _rejoin_clauses(tasks: list[ParsedTask]) -> list[ParsedTask]:
    """A further task of an item that opens in lower case ("…; hoàn thành trước ngày 25 tháng 11
    năm 2025.", "…, hướng dẫn các bộ … thực hiện số hoá …") is the rest of the sentence before
    it for the same body, not an assignment of its own: its text goes back to the task it was
    cut from."""
    out: list[ParsedTask] = []
    for task in tasks:
        base, _, part = task.ref.partition("/")
        previous = out[-1] if out else None
        if (
            part
            and task.text[:1].islower()
            and previous is not None
            and previous.recurrence is None
            and task.recurrence is None  # a cycle and a dated report are two tasks
            and previous.lead == task.lead
            and previous.ref.partition("/")[0] == base
        ):
            joint = " " if previous.text.rstrip().endswith((".", ";", ",", ":")) else "; "
            out[-1] = replace(previous, text=f"{previous.text.rstrip()}{joint}{task.text}")
            continue
        out.append(task)
    return out
