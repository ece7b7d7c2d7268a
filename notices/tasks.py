"""Turn the item tree (or a letter's paragraphs) into tasks, in document order: headings and intros
hand leads and deadlines down, plan rows and descriptive sections are read as such."""

from __future__ import annotations

from dataclasses import replace

from notices.allocation_lists import (
    allocates,
    allocation_lines,
    close_list_opening,
    lists_annexes,
)
from notices.assignees import analyze
from notices.carrier_lines import take_carrier_lines
from notices.clause_leads import is_generic
from notices.clauses import find_criteria, split_label, split_sentences
from notices.deadlines import DeadlineHit
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
from notices.field_assignments import assigns, field_is_task
from notices.form_links import is_form_link
from notices.group_fields import GroupFields
from notices.group_lead_ins import group_lead_in, later_groups
from notices.heading_bodies import only_agrees, titles_body
from notices.heading_summaries import own_assignment, summarises
from notices.item_shapes import directs_sub_numbers, sub_number
from notices.lead_ins import (
    GROUNDS_LEAD_IN,
    asks_or_dated,
    duty_lead_in_holder,
    intro_assignees,
    lead_in_deadline,
)
from notices.letter_groups import asks_addressees, intro_asks_work
from notices.make_up_lists import lists_make_up, lists_things, point_works
from notices.model import ParsedTask
from notices.names import members_of
from notices.paren_doers import paren_doers
from notices.plan_roles import is_slot, slot_deadline
from notices.point_content import cases_of, points_are_content, time_only_points
from notices.procedure_duties import title_holder
from notices.public_duties import public_must
from notices.rejoined_tasks import rejoin_clauses
from notices.request_sections import reads_requests
from notices.school_holders import files_topic, holders_figure, school_holder
from notices.structure import Item, walk
from notices.submitted_drafts import submits_drafts
from notices.task_basics import Context, local_name
from notices.task_headings import (
    HEADING_PREFIX,
    POINT_KINDS,
    group_heading,
    heading_assignees,
    names_only,
    opens_points,
)
from notices.task_items import ItemTasks
from notices.task_rows import ROW_FIELD, Row, is_overseer, row_fields, row_task, time_field
from notices.text import match_form
from notices.titles import names_a_title


def build_tasks(
    items: list[Item],
    *,
    notice_default: list[str] | None,
    context: Context,
    lead_in: DeadlineHit | None = None,
    guidance: bool = False,
    carrier: list[str] | None = None,
    plan_year: int | None = None,
    requested: str | None = None,
) -> list[ParsedTask]:
    """Tasks of every item, in document order; `lead_in` dates the items the intro dates; a
    `guidance` (Hướng dẫn) describes in its procedure sections; `carrier` (the body a plan's
    "Tổ chức thực hiện" gives its list to) leads the activities listed under a time slot ("1. Quý
    I năm 2020") when nothing else names who does them; `plan_year` (the year a plan's title
    names) is the year of a slot written without one; in a `requested` letter (no plan, its intro
    `requested` asks for work) a "Yêu cầu chung:" heading holds requests, not aims, and an intro
    asking nobody by name ("UBND tỉnh yêu cầu:") asks the addressees for each point."""
    if requested and asks_addressees(requested):
        context = replace(context, asks_addressees=True)
    requested = requested if requested and intro_asks_work(requested) else None
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
    # "Trách nhiệm chỉ đạo thực hiện: …" closing a group's points: the lines leave the tree here
    carried = take_carrier_lines(items)
    for item in walk(items):
        if id(item) in consumed:
            continue
        if is_field_note(item):
            continue  # "3. Nội dung: Bồi dưỡng …" beside "2. Thời gian:": what the event is
        if statute and item.parent is not None and public_must(item.parent):
            # a regulation's article ("Điều 2. Trách nhiệm của tổ chức, cá nhân …") states the
            # rules the public keeps ("2. Các hộ … phải thực hiện các quy định sau:"), no work
            consumed.update(id(child) for child in walk(item.children))
            continue
        if id(item) in fields and not field_is_task(item):
            # "- Thành phần đoàn: …" beside "- Phương pháp: …": the inspection described, but a
            # paragraph after it may still ask a body for work ("Bộ Tài chính đề nghị …")
            inherited = defaults[id(item.parent)] if item.parent else notice_default
            parent_lead_in = lead_ins[id(item.parent)] if item.parent else lead_in
            # "1. Nội dung:" over "- Ban Công tác Mặt trận các thôn tổ chức … trước ngày …": a
            # point that names a body and asks it for work is an assignment, not a field value
            assigned = [child for child in item.children if assigns(item, child)]
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
        asked = bool(requested) and item.is_heading and reads_requests(item, items)
        descriptive = emulation or (
            item.is_heading and is_descriptive(item.paragraphs[0], guidance=guidance) and not asked
        )
        inherited = defaults[id(item.parent)] if item.parent else notice_default
        if not item.children and holders_figure(item.paragraphs[0], inherited):
            continue  # "- Mức đóng góp quỹ hội: 200.000 đồng/năm." under "Đối với cha mẹ …"
        if item.parent and not item.children and is_form_link(item.paragraphs[0]):
            continue  # "- Thực hiện theo đường dẫn: https://…" under the report it sends
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
            # itself is read as usual; a point asking or dated is work ("- Các trường rà soát …
            # trước ngày 15/3/2021.")
            consumed.update(id(child) for child in walk(item.children) if not asks_or_dated(child))
        if lists_annexes(item):  # "1. Phụ lục I: Kế hoạch …" "2. Phụ lục II: …": documents
            consumed.update(id(child) for child in walk(item.children))
        if item.children and lists_make_up(item.paragraphs[-1]):
            consumed.update(
                id(node)
                for child in item.children
                if not point_works(child)
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
            # a run's point may hold its content as points ("c) Biên soạn …, bao gồm:")
            consumed.update(id(child) for child in walk(item.children))
            tasks.append(row_task(item, shared, own_lead_in, context))
            continue
        own_lead_in = group_fields.time(item) or own_lead_in
        if (timed := time_only_points(item, context)) is not None:
            # "2. Bộ trưởng … hoàn thành việc …. UBND thành phố Đà Nẵng khẩn trương …" over
            # "- Thời hạn hoàn thành: trước ngày 30/11/2025.": the item's date, for each of its
            # tasks, no point of its own
            consumed.update(id(child) for child in walk(item.children))
            own_lead_in = timed
        # "Lãnh đạo phụ trách: đồng chí Phó Giám đốc." after a point's work: who oversees it,
        # no lead and no work
        paragraphs = [item.paragraphs[0], *(p for p in item.paragraphs[1:] if not is_overseer(p))]
        if item.children and points_are_content(item, paragraphs[-1]):
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
        if allocates(item):
            # "Bộ Y tế xuất cấp …, cụ thể:" over "- Tỉnh Lào Cai: 1.000.000 viên …;": the point
            # is the work, its lines the figures
            for line in allocation_lines(item):  # the next articles hanging under the last
                consumed.add(id(line))  # line are read in their turn, from the item's defaults
                defaults.setdefault(id(line), inherited)
                criteria.setdefault(id(line), list(inherited_criteria))
                lead_ins.setdefault(id(line), own_lead_in)
            builder = ItemTasks(item.ref, inherited, context, own_lead_in, local)
            builder.add_paragraph(" ".join([*paragraphs, *item.after]), inherited_criteria)
            allocated = builder.tasks()
            if not allocated:  # "… cho các tỉnh, cụ thể:" read as a lead-in: the work itself
                builder = ItemTasks(item.ref, inherited, context, own_lead_in, local)
                closed = [*paragraphs[:-1], close_list_opening(paragraphs[-1])]
                builder.add_paragraph(" ".join([*closed, *item.after]), inherited_criteria)
                allocated = builder.tasks()
            produced[id(item)] = len(allocated)
            tasks.extend(allocated)
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
            if not titled and not asked:
                titled = duty_lead_in_holder(paragraphs[0])  # "1. Người … có trách nhiệm sau:"
            generic = titled and all(is_generic(name) for name in titled)
            if generic and inherited and is_duty_title(paragraphs[0]):
                # "1. Trách nhiệm chung của các cơ quan, đơn vị": the addressees ("2. Đối với
                # các cơ quan, đơn vị có liên quan" names them as written)
                titled = None
            files = item.parent is not None and files_topic(item.parent.paragraphs[0])
            if titled and (inherited or files) and school_holder(paragraphs[0]) is not None:
                # "a) Đối với nhà trường" under "1. Phòng Giáo dục và Đào tạo": whom the body's
                # work is about, the body still doing it; under "1. Hồ sơ tuyển sinh": whose
                # files these are
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
            and titles_body(paragraphs[0])
        )
        if named_title and heading_roles is not None:
            # "1. Liên đoàn Lao động tỉnh:" then "Chỉ đạo …", "Tổ chức …", "Có kế hoạch …" on
            # paragraphs of their own (a joint programme's division of duties): the line names
            # whose duties follow, each paragraph one of them
            own = [a.name for a in heading_roles.leads]
            paragraphs = paragraphs[1:]
        grouped = None
        if not named_title and not person and len(paragraphs) > 2:
            # "a) Bộ Tài chính chủ trì, phối hợp với các Bộ, cơ quan, địa phương:" then "Tập trung
            # …", "Rà soát …" (notices.group_lead_ins): each paragraph a task of the line's bodies
            grouped = group_lead_in(paragraphs[0])
        later: list[tuple[list[str], list[str]]] = []
        if grouped:
            own, named_title = grouped, True
            paragraphs, later = later_groups(paragraphs[1:])
        child_default = own
        if heading_roles is not None and heading_roles.leads and item.children and not person:
            # "5.3. Các khoa tham gia khảo sát" over "- Phân công cán bộ đầu mối …": the bullets
            # that name nobody are the heading's body's work.
            named = [
                a.name
                for a in heading_roles.leads
                if not a.is_person and not only_agrees(paragraphs[0], a.name)
            ]
            if group is not None:
                named = [group]  # "Các khoa tham gia khảo sát": the clause says which ones
            elif HEADING_PREFIX.match(match_form(paragraphs[0])):
                # "1. Giao người đứng đầu …; Chủ tịch UBND các xã": the heading is only names
                named = heading_assignees(paragraphs[0]) or named
            # "Điều 24. Giám đốc Đơn vị được giao khai thác": the title's holder as written
            named = title_holder(paragraphs[0], named) or named
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
            or cases_of(item, paragraphs)
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
            # "1. Công tác tuyên truyền (Sở … chủ trì, phối hợp …):" over "- Xây dựng …"
            named_intro = intro_assignees(intro) or paren_doers(item, [intro])
            child_default = [m.name for m in members] if members else named_intro or child_default
            if lists_things(intro):
                child_default = []  # "… gửi kèm bộ Cẩm nang gồm:" lists documents, not work
            child_lead_in = lead_in_deadline(sentences[-1], context) or own_lead_in
            if len(sentences) > 1:
                paragraphs.append(" ".join(sentences[:-1]))
        defaults[id(item)] = carried.get(id(item), child_default)
        criteria[id(item)] = own_criteria
        lead_ins[id(item)] = child_lead_in
        if not heading_like and (doers := paren_doers(item, paragraphs)) is not None:
            own = doers  # "… trình Chính phủ (Vụ Tổ chức cán bộ chủ trì);" (notices.paren_doers)
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
            public_duties=item.parent is not None and public_must(item.parent),
            # "a) Dự thảo thông tư …;" under "1. Trình Bộ trưởng … xem xét, quyết định:"
            drafts=item.parent is not None and submits_drafts(item.parent.paragraphs[-1]),
            # "1. Phòng Khảo thí" then one duty a line: each line a task
            duties=headed
            and (heading_roles is not None or bool(grouped))
            and (not item.children or named_title or bool(item.after)),
        )
        # "I. ĐÁNH GIÁ CHUNG" then "… tỉnh cần tập trung các nhiệm vụ sau đây:": only the points
        # after the intro are work; the assessment before it is not.
        for paragraph in [] if descriptive else paragraphs:
            builder.add_paragraph(paragraph, own_criteria)
        for paragraph in [] if descriptive else item.after:
            builder.add_after_list(paragraph, own_criteria)
        own_tasks = builder.tasks()
        holder = item.parent
        if not own_tasks and not item.children and holder is not None and id(holder) in carried:
            # "- Phủ sóng di động tại các điểm lõm sóng." under a carrier line: the line names
            # the point's doers as a row's field does, whatever verb the point opens with
            bodies = carried[id(holder)]
            carrier_row = Row(fields={"lead": bodies}, text=list(paragraphs))
            own_tasks = [
                replace(row_task(item, carrier_row, own_lead_in, context), lead=tuple(bodies))
            ]
        for bodies, group_paragraphs in later:
            # a later lead-in among the paragraphs starts a group of its own bodies
            regrouped = ItemTasks(
                item.ref,
                bodies,
                context,
                own_lead_in,
                local_name(bodies) or local,
                headed=True,
                duties=True,
            )
            for paragraph in [] if descriptive else group_paragraphs:
                regrouped.add_paragraph(paragraph, own_criteria)
            own_tasks += regrouped.tasks()
        if item.parent is not None and item.parent.paragraphs and own:
            # "5. Chỉ đạo cán bộ kế toán và thủ quỹ" over "- Thủ quỹ: …": the body's duty
            above = item.parent.paragraphs[0]
            own_tasks = [
                replace(task, lead=tuple(own)) if directed_staff(above, task.lead) else task
                for task in own_tasks
            ]
        tasks.extend(own_tasks)
        produced[id(item)] = len(own_tasks)
        if own_tasks and summarises(item):
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
        if not own_assignment(item, task)
    }
    return rejoin_clauses([task for task in tasks if id(task) not in headings])
