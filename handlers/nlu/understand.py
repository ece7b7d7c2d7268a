"""understand(): one short phone message → an Understanding; pure, no I/O, no clock.

Slots first, intent second: periods, criteria, task numbers, units and people are read from the
whole message whatever it asks; then the intent is decided from the evidence the whole message
gives (the verbs and question phrases in it, and which slots are present), not from the first
phrase that matches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from handlers.nlu.cues import ACTIONS, FILTERS, Cue, find_cues
from handlers.nlu.cues import Found as CueAt
from handlers.nlu.entities import Names, find_in, stop_mask
from handlers.nlu.intents import Detected, command, leading, leading_search
from handlers.nlu.lexicon import match_phrase, phrases_by_first
from handlers.nlu.model import DateRange, Intent, Understanding
from handlers.nlu.names import NameIndex
from handlers.nlu.normalize import Canon, canonicalize
from handlers.nlu.periods import B, E, Found, YearOutOfRange, find_period, period_of
from handlers.nlu.refs import TaskRef, find_refs
from notices.text import fold


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


SOON_DAYS = 7  # "sắp đến hạn" with no period named
QUERY_CHARS = 200
NEAR = 3  # words between a verb and a bare number that make the number its task

_CRITERION = re.compile(
    rf"{B}(?:tieu chi(?: thanh phan)?|tc)(?: so)? ?(?P<code>\d{{1,2}}(?:\.\d{{1,2}}){{0,3}}){E}",
    re.ASCII,
)
_MINE = re.compile(
    rf"{B}(?:(?:cua|phan|ben|thuoc) (?:toi|minh|tui|em|chung toi"
    rf"|(?:don vi|phong|xa) (?:toi|minh|em))"
    rf"|(?:toi|minh|tui|em) (?:can|phai|co|duoc giao|phu trach|dang|chua|chu tri)){E}",
    re.ASCII,
)
_BARE_CODE = re.compile(r"(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{6,16}", re.ASCII)
_NOT_CODES = ("thang", "quy", "tuan", "nam", "ngay", "xong", "xem", "viec", "trang", "tc", "nv")
# A bare small number answers a numbered question: "1", "chọn 2", "phương án 2 ạ".
_CHOICE = re.compile(r"^(?:chon |phuong an |so |lua chon |y )?(?P<n>[1-9])(?: (?:a|nhe|nha|ak))*$")
# Words between an extension's id and its new date: "gia hạn 12 đến ngày 15/12".
_DEADLINE_LEAD = frozenset(
    {
        "den", "toi", "sang", "thanh", "lui", "han", "moi", "la", "ngay", "vao", "truoc", "het",
        "viec", "nhiem vu", "them",
    }
)  # fmt: skip
# How a reason is introduced, as written: marked or bare, never "đồ án", "vị trí" (fold: "do").
_REASON_LEAD = (
    "với lý do", "với lí do", "voi ly do", "bởi vì", "boi vi", "tại vì", "tai vi", "lý do",
    "lí do", "ly do", "li do", "vì", "vi", "do",
)  # fmt: skip
# Asking for help in so many words, as opposed to a message nothing in which was understood.
_HELP_WORDS = frozenset(
    {"", "help", "start", "tro giup", "giup", "huong dan", "menu", "lenh", "giup do",
     "huong dan su dung", "cach dung", "dung the nao", "lam sao de dung"}
)  # fmt: skip
_COMMUNES = re.compile(rf"{B}cac (?:xa|phuong|thi tran){E}", re.ASCII)
_EMPTY_NOTES = frozenset({"a", "nhe", "nha", "roi", "roi a", "a nhe", "nhe a", "ok", "ak"})
_QUESTION_END = re.compile(
    rf"{B}(?:chua|khong|ko|k|hong|nhi|sao|ha)(?: (?:a|nhi|vay|the|anh|em|chi|ak|ah))*$"
)
# Listing questions: any of these cues makes a message a question about many tasks.
_QUESTIONS = (Cue.QUEUE, Cue.REPORT, Cue.STATS, Cue.SOON, Cue.OVERDUE, Cue.DUE, Cue.SEARCH)
_QUESTION_INTENTS = {
    Cue.QUEUE: Intent.QUEUE,
    Cue.REPORT: Intent.REPORT,
    Cue.STATS: Intent.STATS,
    Cue.SOON: Intent.DUE,
    Cue.OVERDUE: Intent.OVERDUE,
    Cue.DUE: Intent.DUE,
    Cue.SEARCH: Intent.SEARCH,
    Cue.IMPORT: Intent.IMPORT,
}
_ACTION_INTENTS = {
    Cue.UNSUPPORTED: Intent.UNKNOWN,
    Cue.DECIDE_EXTENSION: Intent.DECIDE_EXTENSION,
    Cue.EXTEND: Intent.EXTEND,
    Cue.DELEGATE: Intent.DELEGATE,
    Cue.CANCEL: Intent.CANCEL,
    Cue.EDIT: Intent.EDIT,
    Cue.REJECT: Intent.REJECT,
    Cue.REOPEN: Intent.REOPEN,
    Cue.CONFIRM: Intent.CONFIRM,
    Cue.OK: Intent.CONFIRM,
    Cue.DONE: Intent.DONE,
    Cue.DETAIL: Intent.DETAIL,
}
# Actions that may stand first without a number: the bot then asks which task.
_ASKS_WHICH = frozenset(
    {Intent.DONE, Intent.CONFIRM, Intent.REJECT, Intent.REOPEN, Intent.EXTEND,
     Intent.DECIDE_EXTENSION, Intent.DELEGATE, Intent.CANCEL, Intent.EDIT}
)  # fmt: skip
_FILTER_VALUES = {
    Cue.STATUS_DONE: ("status", "done"),
    Cue.STATUS_RETURNED: ("status", "returned"),
    Cue.STATUS_REPORTED: ("status", "reported"),
    Cue.STATUS_PAUSED: ("status", "paused"),
    Cue.STATUS_CANCELLED: ("status", "cancelled"),
    Cue.OVERDUE: ("status", "overdue"),  # only ever a filter of a report
    Cue.NO_DEADLINE: ("deadline_kind", "none"),
    Cue.ONGOING: ("deadline_kind", "ongoing"),
    Cue.RECURRING: ("deadline_kind", "recurring"),
}
# Words a plain listing question may hold besides its filters ("có những việc nào vậy").
_LIST_WORDS = _words(
    "a ah ai anh ban bao bay biet bo ca cac can chi cho chua co con cong cua cv dang danh "
    "dau di do ds duoc em gi giao gio giup het hien hoan hoi hom k ke khong ko la lai lam "
    "liet may minh muon nao nay nha nhe nhiem nhieu nhung nua o oi ra sach sao tai tat "
    "thanh the thi thuc tiep toan toi tren truc vay ve viec voi vu xem xin xong"
)


@dataclass(frozen=True, slots=True)
class _Slots:
    period: Found | None
    criterion: re.Match[str] | None
    mine: bool
    refs: list[TaskRef]
    names: Names
    cues: list[CueAt]
    taken: list[bool]


def understand(text: str, today: date, names: NameIndex | None = None) -> Understanding:
    """What a message asks. A date or period with an impossible year ("quý 4 năm 0000") is
    understood as a mistake to point out: `problem` holds the sentence to answer with."""
    try:
        return _understand(text, today, names)
    except YearOutOfRange as bad:
        return Understanding(Intent.UNKNOWN, problem=bad.message)


def _understand(text: str, today: date, names: NameIndex | None) -> Understanding:
    c = canonicalize(text)
    if not c.tokens:
        return Understanding(Intent.HELP)
    if c.tokens[0].text.startswith("/"):
        return _command(c, today, names)
    choice = _CHOICE.match(c.text)
    if choice:
        return Understanding(Intent.CHOICE, choice=int(choice["n"]))
    early = leading(c)
    if early is not None:
        return _build(c, early, today, _slots(c, today, None, names_too=False))
    slots = _slots(c, today, names)
    return _build(c, _decide(c, slots), today, slots)


def _slots(c: Canon, today: date, names: NameIndex | None, *, names_too: bool = True) -> _Slots:
    taken = [False] * len(c.tokens)
    period = find_period(c, today)
    if period:
        _take(c, taken, period.start, period.end)
    criterion = _CRITERION.search(c.text)
    if criterion:
        _take(c, taken, criterion.start(), criterion.end())
    mine = next((m for m in _MINE.finditer(c.text) if not taken[c.token_at(m.start())]), None)
    if mine:
        _take(c, taken, mine.start(), mine.end())
    refs = find_refs(c, taken)
    for ref in refs:
        if ref.strong:
            taken[ref.first : ref.last + 1] = [True] * (ref.last + 1 - ref.first)
    found = find_in(c, taken, names) if names_too else Names()
    cues = find_cues(_mask(c, found))
    return _Slots(period, criterion, mine is not None, refs, found, cues, taken)


def _command(c: Canon, today: date, names: NameIndex | None) -> Understanding:
    d = command(c.tokens[0].text, c.text)
    slots = _slots(c, today, names, names_too=d.intent in _LISTING_INTENTS)
    return _build(c, d, today, slots)


_LISTING_INTENTS = frozenset(
    {Intent.DUE, Intent.OVERDUE, Intent.LIST, Intent.STATS, Intent.QUEUE, Intent.REPORT}
)


def _decide(c: Canon, s: _Slots) -> Detected:
    searched = leading_search(c.text)
    if searched is not None:
        if len(c.tokens) == 1 or _words_after(c, s, searched):
            return Detected(Intent.SEARCH, tail=_after_fill(c, searched))
        # "tìm việc quá hạn" asks for overdue tasks, not for the words "quá hạn".
        s = replace(s, cues=[f for f in s.cues if f.start >= searched])
    actions = [f for f in s.cues if f.cue in ACTIONS]
    asked = "?" in c.raw or _QUESTION_END.search(c.text) is not None
    ref = _task_ref(c, s, actions)
    if ref is not None:
        return _on_task(c, s, ref, actions, asked)
    if any(f.cue is Cue.UNSUPPORTED for f in actions):
        return Detected(Intent.UNKNOWN)
    first = _first_action(c, s, actions, asked)
    if first is not None:
        return first
    return _question(c, s)


def _task_ref(c: Canon, s: _Slots, actions: list[CueAt]) -> TaskRef | None:
    """The task the message is about: the first marked number, else a bare number standing
    next to a verb ("xong 12", "12 xong", "duyệt 12") or alone."""
    strong = [r for r in s.refs if r.strong]
    if strong:
        return strong[0]
    words = len(c.tokens)
    for ref in s.refs:
        if words == 1 or _only_filler_around(c, ref):
            return ref
        for act in actions:
            first, last = c.token_at(act.start), c.token_at(act.end - 1)
            if 0 < ref.first - last <= NEAR or 0 < first - ref.last <= 2:
                return ref
    return None


def _only_filler_around(c: Canon, ref: TaskRef) -> bool:
    """ "12 ạ", "xem 12 nhé": nothing but politeness beside the number."""
    others = [t.text for i, t in enumerate(c.tokens) if not ref.first <= i <= ref.last]
    return all(w in _EMPTY_NOTES or w in ("em", "anh", "chi", "oi", "cho") for w in others)


def _on_task(c: Canon, s: _Slots, ref: TaskRef, actions: list[CueAt], asked: bool) -> Detected:
    tail = c.offsets[ref.last] + len(c.tokens[ref.last].text)
    act = _main_action(actions)
    if act is None:
        return Detected(Intent.DETAIL, task_id=ref.task_id, tail=tail, bare=True)
    intent = _ACTION_INTENTS[act.cue]
    if intent is Intent.DONE and asked:
        intent = Intent.DETAIL  # "việc 12 xong chưa?" asks, it does not report
    if intent is Intent.REOPEN and asked:
        intent = Intent.DETAIL
    return Detected(intent, task_id=ref.task_id, tail=max(tail, act.end))


def _main_action(actions: list[CueAt]) -> CueAt | None:
    """The verb that says what to do: the first one, where a longer phrase wins a tie
    ("không đồng ý gia hạn" over "không đồng ý"). "xem" and "ok" give way to any other verb;
    undoing a report outweighs the word "xong" in it ("bấm xong nhầm, mở lại"), and a refusal
    the approving words in it ("chưa duyệt được")."""
    for weak in (Cue.DETAIL, Cue.OK):
        strong = [a for a in actions if a.cue is not weak]
        if strong:
            actions = strong
    if not actions:
        return None
    cues = {a.cue for a in actions}
    for wins, loses in _OUTWEIGHS:
        if wins in cues and actions[0].cue in loses:
            return next(a for a in actions if a.cue is wins)
    return actions[0]


_OUTWEIGHS = (
    (Cue.DECIDE_EXTENSION, (Cue.EXTEND, Cue.CONFIRM, Cue.REJECT, Cue.DONE)),
    (Cue.REOPEN, (Cue.DONE,)),
    (Cue.REJECT, (Cue.CONFIRM, Cue.DONE)),
    (Cue.EXTEND, (Cue.DONE, Cue.CONFIRM)),
)


def _first_action(c: Canon, s: _Slots, actions: list[CueAt], asked: bool) -> Detected | None:
    """A verb at the start with no number: "xong rồi", "gia hạn", "duyệt" (the bot asks which
    task); a question ("xong chưa", "việc nào đã xong") is not an act."""
    act = _main_action(actions)
    if act is None or act.cue is Cue.OK:
        return None
    intent = _ACTION_INTENTS[act.cue]
    if asked or any(f.cue is Cue.QUEUE for f in s.cues):
        if intent in (Intent.EXTEND, Intent.DECIDE_EXTENSION):
            return Detected(Intent.QUEUE)  # "có ai xin gia hạn không": requests awaiting me
        return None
    if intent not in _ASKS_WHICH:
        return None
    if act.start > 0 and not _only_filler_before(c, act.start):
        return None
    if intent in (Intent.CONFIRM, Intent.DONE) and any(
        f.cue in (Cue.QUEUE, Cue.STATUS_REPORTED) for f in s.cues
    ):
        return None
    return Detected(intent, tail=act.end)


def _only_filler_before(c: Canon, pos: int) -> bool:
    words = c.text[:pos].split()
    return all(
        w in ("em", "toi", "minh", "da", "vang", "xin", "bao", "cao", "anh", "chi") for w in words
    )


def _question(c: Canon, s: _Slots) -> Detected:
    cues = {f.cue for f in s.cues}
    if Cue.HELP in cues:
        return Detected(Intent.HELP)
    if Cue.QUEUE in cues and _listing_names(s):
        # "việc chờ duyệt của xã Long Đống": a list of that unit's reports, not my queue.
        return Detected(Intent.LIST, filters=(Cue.STATUS_REPORTED,))
    for cue in _QUESTIONS:
        if cue not in cues:
            continue
        if cue is Cue.SEARCH:
            found = _search(c, s)
            if found is not None:
                return found
            continue
        if cue is Cue.REPORT and Cue.OVERDUE in cues:
            # "xuất excel việc quá hạn": a report of the overdue tasks only.
            return Detected(Intent.REPORT, filters=(Cue.OVERDUE,))
        return Detected(_QUESTION_INTENTS[cue], soon=cue is Cue.SOON)
    if Cue.IMPORT in cues:
        return Detected(Intent.IMPORT)
    filters = [f for f in s.cues if f.cue in FILTERS]
    if filters or s.criterion or s.mine:
        return Detected(Intent.LIST, filters=tuple(f.cue for f in filters))
    if _listing_names(s):
        # "số điện thoại anh Minh" names someone but asks what the bot does not know.
        return Detected(Intent.LIST if _unread_words(c, s) < 2 else Intent.UNKNOWN)
    if s.period:
        # "lịch họp tuần tới" names a period but asks for something the bot does not keep.
        return Detected(Intent.DUE if _unread_words(c, s) < 2 else Intent.UNKNOWN)
    if Cue.LIST in cues:
        if _plain_listing(c, s):
            return Detected(Intent.LIST)
        return Detected(Intent.UNKNOWN)  # a filter the bot cannot apply: never the full list
    return _fallback(c, s)


def _plain_listing(c: Canon, s: _Slots) -> bool:
    """Every word of a list question is a list or question word: "việc nào chưa xong?"."""
    return _unread_words(c, s) == 0


def _unread_words(c: Canon, s: _Slots) -> int:
    """Words that are neither slots, names, cues nor list and question words."""
    named = {i for first, last in s.names.spans for i in range(first, last + 1)}
    cued = {
        i
        for f in s.cues
        if f.cue is not Cue.LIST
        for i in range(c.token_at(f.start), c.token_at(f.end - 1) + 1)
    }
    stop = stop_mask([t.text for t in c.tokens])
    return sum(
        1
        for i, t in enumerate(c.tokens)
        if not (s.taken[i] or i in named or i in cued or stop[i] or t.text in _LIST_WORDS)
    )


def _search(c: Canon, s: _Slots) -> Detected | None:
    """ "tìm số hóa", "có việc nào liên quan đến đất đai không": the words after the cue."""
    at = next(f for f in s.cues if f.cue is Cue.SEARCH)
    if not _words_after(c, s, at.end):
        return None  # nothing to search for beyond the filters
    return Detected(Intent.SEARCH, tail=_after_fill(c, at.end))


def _words_after(c: Canon, s: _Slots, at: int) -> bool:
    """Words after `at` that are not periods, names, filters or question words."""
    words = [t.text for t in c.tokens]
    stop = stop_mask(words)
    named = {i for first, last in s.names.spans for i in range(first, last + 1)}
    cued = {c.token_at(f.start) for f in s.cues if f.cue in FILTERS or f.cue in _QUESTIONS}
    rest = range(c.index_from(at), len(words))
    return any(not (stop[i] or s.taken[i] or i in named or i in cued) for i in rest)


def _after_fill(c: Canon, at: int) -> int:
    """Past the words that lead to a topic ("tìm các việc về …"); "vệ sinh" is a topic."""
    i = c.index_from(at)
    words = [t.text for t in c.tokens]
    while i < len(words):
        if words[i] == "ve":
            if c.raw_word(i).lower() not in ("về", "ve"):
                break  # "vệ sinh" is a topic
            i += 1
            continue
        size = match_phrase(_SEARCH_FILL, words, i)
        if not size:
            break
        i += size
    return c.offsets[i] if i < len(c.tokens) else len(c.text)


_SEARCH_FILL = phrases_by_first(
    frozenset(
        {
            "viec", "nhiem vu", "cong viec", "cac", "nhung", "lien quan", "lien quan den",
            "lien quan toi", "co chu", "co tu", "tu khoa", "theo", "noi dung", "giup", "cho",
            "toi", "em", "nhac den", "nhac toi", "de cap den", "de cap toi", "van de",
            "linh vuc", "chu de", "nao", "gi", "co", "den",
        }
    )
)  # fmt: skip


def _fallback(c: Canon, s: _Slots) -> Detected:
    """No intent word: a code links, small talk is greeted, help is helped."""
    word = c.tokens[0].text
    if len(c.tokens) == 1 and _BARE_CODE.fullmatch(word) and not word.startswith(_NOT_CODES):
        return Detected(Intent.START, tail=0)
    if c.text.strip(" ?/!.") in _HELP_WORDS:
        return Detected(Intent.HELP)
    if any(f.cue is Cue.GREETING for f in s.cues) and len(c.tokens) <= 8:
        return Detected(Intent.GREETING)
    return Detected(Intent.UNKNOWN)


def _build(c: Canon, d: Detected, today: date, s: _Slots) -> Understanding:
    intent = d.intent
    if d.task_id is not None or (intent in _ASKS_WHICH and intent is not Intent.CONFIRM):
        return _with_id(c, d, today, s)
    if intent is Intent.CONFIRM and d.task_id is None and not _listing_names(s):
        return _with_id(c, d, today, s)
    if intent is Intent.START:
        at = c.index_from(d.tail or 0)
        return Understanding(intent, code=c.raw_word(at) if at < len(c.tokens) else None)
    if intent is Intent.NEXT:
        return Understanding(intent, page=d.page)
    if intent is Intent.SEARCH:
        # A phrase that only looks like a name ("phòng cháy") belongs to the topic.
        unit, person = (
            m if m is not None and m.id is not None else None
            for m in (s.names.unit, s.names.person)
        )
        return Understanding(intent, query=_query(c, d.tail or 0, s), unit=unit, person=person)
    if intent in (Intent.HELP, Intent.IMPORT, Intent.GREETING):
        return Understanding(intent)
    if intent is Intent.UNKNOWN:
        # Slots are read whatever the message asks: "xóa việc 13" names task 13.
        task = next((r.task_id for r in s.refs if r.strong), None)
        return Understanding(intent, task_id=task, unit=s.names.unit, person=s.names.person)
    period = s.period
    span = period.range if period else (period_of(d.preset, today) if d.preset else None)
    if intent is Intent.LIST and span is not None:
        intent = Intent.DUE  # "việc của phòng nội vụ tháng này" asks what falls due then
    if span is None and d.soon:
        span = DateRange(today, today + timedelta(days=SOON_DAYS))
    values = dict(_FILTER_VALUES[f] for f in d.filters if f in _FILTER_VALUES)
    return Understanding(
        intent,
        range=span,
        unit=s.names.unit,
        person=s.names.person,
        criterion=s.criterion["code"] if s.criterion else None,
        mine=s.mine or d.mine,
        communes=intent is Intent.STATS and _COMMUNES.search(c.text) is not None,
        spreadsheet=intent is Intent.REPORT and any(f.cue is Cue.SPREADSHEET for f in s.cues),
        status=values.get("status"),
        deadline_kind=values.get("deadline_kind"),
    )


def _listing_names(s: _Slots) -> bool:
    return s.names.unit is not None or s.names.person is not None


def _with_id(c: Canon, d: Detected, today: date, s: _Slots) -> Understanding:
    tail = d.tail if d.tail is not None else len(c.text)
    unit, person = s.names.unit, s.names.person
    if d.intent is Intent.DETAIL:
        return Understanding(d.intent, task_id=d.task_id, unit=unit, person=person, bare=d.bare)
    if d.intent not in (Intent.EXTEND, Intent.EDIT):
        reason = d.intent in (
            Intent.REJECT,
            Intent.DECIDE_EXTENSION,
            Intent.CANCEL,
            Intent.REOPEN,
        )
        note = _note(c.raw_from(tail), reason=reason)
        approve = d.approve
        if d.intent is Intent.DECIDE_EXTENSION and approve is None:
            approve = not _REFUSE.search(c.text)
        return Understanding(
            d.intent,
            task_id=d.task_id,
            note=note,
            unit=unit,
            person=person,
            approve=approve,
            sure=d.sure,
        )
    deadline, after = None, tail
    found = find_period(c, today, tail)
    if found is None and s.period is not None:
        found = s.period  # "xin lùi hạn việc 5 đến 20/12": the date came before the number
    if found and (found.start < tail or _leads_to(c, tail, found.start)):
        deadline, after = found.range.end, max(tail, found.end)
        if deadline < today and not found.year_given:  # "đến 15/1" said in December
            deadline = _next_year(deadline)
    note = _note(c.raw_from(after), reason=True)
    return Understanding(
        d.intent,
        task_id=d.task_id,
        note=note,
        new_deadline=deadline,
        unit=unit,
        person=person,
        edit=_edited(c.text) if d.intent is Intent.EDIT else None,
    )


def _edited(text: str) -> str | None:
    """Which part of a task a correction names."""
    for field, pattern in _EDITS:
        if pattern.search(text):
            return field
    return None


_EDITS = tuple(
    (field, re.compile(rf"{B}(?:{p}){E}", re.ASCII))
    for field, p in (
        ("text", r"noi dung|ten viec|ten nhiem vu|cau chu|dien dat"),
        ("support_remove", r"(?:bo|rut|xoa|loai|bot) .*phoi hop|phoi hop.* (?:bo|rut|loai)"),
        ("support_add", r"phoi hop"),
        ("lead", r"chu tri|don vi thuc hien|giao sang|chuyen sang"),
        ("deadline", r"han|thoi han|han chot|deadline|ngay"),
    )
)


_REFUSE = re.compile(rf"{B}(?:khong|tu choi|bac|chua)(?: the)?(?: dong y| duyet| chap)?{E}")


def _leads_to(c: Canon, tail: int, start: int) -> bool:
    words = c.text[tail:start].split()
    return all(w in _DEADLINE_LEAD for w in words)


def _note(raw: str, *, reason: bool) -> str | None:
    """The user's words after the id; a reason loses its "vì"/"lý do:" lead-in."""
    note = _clean(raw)
    if reason:
        start = note[:12].lower()
        for lead in _REASON_LEAD:
            if start.startswith(lead) and not start[len(lead) : len(lead) + 1].isalnum():
                note = _clean(note[len(lead) :])
                break
    if not note or (len(note) < 8 and fold(note) in _EMPTY_NOTES):  # "xong 12 ạ"
        return None
    return note


def _clean(text: str) -> str:
    return text.strip(" \t\r\n,.;:-–—!?")


_QUERY_TAIL = re.compile(
    r"(?:\s+(?:không|ko|k|khong|chưa|chua|vậy|vay|nhỉ|nhi|ạ|a|ah|nhé|nhe|nha|với|voi|hả|ha"
    r"|thế|the|nào|nao|gì|gi|đâu|dau|giúp|giup|em|anh|chị|chi|ơi|oi|đi|di))+\s*[?.!]*$",
    re.IGNORECASE,
)


def _query(c: Canon, tail: int, s: _Slots) -> str | None:
    """The topic as typed: from the cue to a name that narrows it ("số hóa của phòng tư pháp")
    or to the end, without the question and politeness words that close the message."""
    first = c.index_from(tail)
    names = sorted(start for start, _ in s.names.resolved_spans() if start >= first)
    raw = c.raw_from(tail)
    if names and first < len(c.tokens):
        end = names[0]
        while end > first and c.tokens[end - 1].text in _BEFORE_NAME:
            end -= 1
        raw = c.raw[c.tokens[first].start : c.tokens[end - 1].end] if end > first else ""
    query = _clean_query(raw)[:QUERY_CHARS].strip()
    return query or None


_BEFORE_NAME = _words("cua o tai thuoc cho do ben phia")


def _clean_query(text: str) -> str:
    """The topic as typed, without the question and politeness words that end the message."""
    text = _clean(text)
    while True:
        trimmed = _clean(_QUERY_TAIL.sub("", text))
        if trimmed == text:
            return text
        text = trimmed


def _next_year(d: date) -> date:
    try:
        return d.replace(year=d.year + 1)
    except ValueError:  # 29/2
        return d.replace(year=d.year + 1, day=28)


def _take(c: Canon, taken: list[bool], start: int, end: int) -> None:
    for i in range(c.token_at(start), c.token_at(max(end - 1, start)) + 1):
        taken[i] = True


def _mask(c: Canon, found: Names) -> str:
    text = c.text
    for first, last in found.spans:
        start, end = c.offsets[first], c.offsets[last] + len(c.tokens[last].text)
        text = text[:start] + "_" * (end - start) + text[end:]
    return text
