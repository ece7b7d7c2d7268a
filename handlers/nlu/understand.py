"""understand(): one short phone question → an Understanding; pure, no I/O, no clock."""

from __future__ import annotations

import re
from datetime import date, timedelta

from handlers.nlu.entities import Names, find_in, stop_mask
from handlers.nlu.intents import ID_INTENTS, Detected, detect_action, detect_question
from handlers.nlu.model import DateRange, Intent, Understanding
from handlers.nlu.names import NameIndex
from handlers.nlu.normalize import Canon, canonicalize
from handlers.nlu.periods import B, E, Found, find_period, period_of
from notices.text import fold

SOON_DAYS = 7  # "sắp đến hạn" with no period named
QUERY_CHARS = 200

_CRITERION = re.compile(
    rf"{B}(?:tieu chi(?: thanh phan)?|tc) ?(?P<code>\d{{1,2}}(?:\.\d{{1,2}}){{0,3}}){E}", re.ASCII
)
_MINE = re.compile(
    rf"{B}(?:(?:cua|phan|ben|thuoc) (?:toi|minh|tui|em|chung toi"
    rf"|(?:don vi|phong|xa) (?:toi|minh|em))"
    rf"|(?:toi|minh|tui|em) (?:can|phai|co|duoc giao|phu trach|dang|chua|chu tri)){E}",
    re.ASCII,
)
_BARE_CODE = re.compile(r"(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{6,16}", re.ASCII)
_NOT_CODES = ("thang", "quy", "tuan", "nam", "ngay", "xong", "xem", "viec", "trang", "tc")
# Words between an extension's id and its new date: "gia hạn 12 đến ngày 15/12".
_DEADLINE_LEAD = frozenset(
    {"den", "toi", "sang", "thanh", "lui", "han", "moi", "la", "ngay", "vao", "truoc", "het"}
)
# How a reason is introduced, as written: marked or bare, never "đồ án", "vị trí" (fold: "do").
_REASON_LEAD = (
    "với lý do", "với lí do", "voi ly do", "bởi vì", "boi vi", "tại vì", "tai vi", "lý do",
    "lí do", "ly do", "li do", "vì", "vi", "do",
)  # fmt: skip
# Asking for help in so many words, as opposed to a message nothing in which was understood.
_HELP_WORDS = frozenset({"", "help", "start", "tro giup", "giup", "huong dan", "menu", "lenh"})
_COMMUNES = re.compile(rf"{B}cac (?:xa|phuong){E}", re.ASCII)
_NO_NAMES = Names(None, None, ())
_LISTING = frozenset({Intent.DUE, Intent.OVERDUE, Intent.LIST, Intent.STATS})
_EMPTY_NOTES = frozenset({"a", "nhe", "nha", "roi", "roi a", "a nhe", "nhe a", "ok", "ak"})


def understand(text: str, today: date, names: NameIndex | None = None) -> Understanding:
    c = canonicalize(text)
    if not c.tokens:
        return Understanding(Intent.HELP)
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
    d = detect_action(c)
    if d is not None and not (d.search_words or _asks_list(d)):
        return _build(c, d, today, period, _NO_NAMES, criterion, mine is not None)
    found = find_in(c, taken, names)
    if d is None:
        d = detect_question(_mask(c, found))
    elif d.search_words and _only_filters_after(c, taken, found, d.tail or 0):
        # "tìm việc quá hạn" asks for overdue tasks, not for the words "quá hạn".
        d = detect_question("_" * (d.tail or 0) + _mask(c, found)[d.tail or 0 :])
    if d is None:
        # A name that resolves lists its tasks; a phrase that merely looks like a name
        # ("cảm ơn bạn nhiều": "Ban …") with no intent word is small talk, answered with help.
        resolved = any(m is not None and m.id is not None for m in (found.unit, found.person))
        d = _fallback(c, period, criterion is not None or mine is not None or resolved)
    return _build(c, d, today, period, found, criterion, mine is not None)


def _asks_list(d: Detected) -> bool:
    """Commands that list ("/quahan xã Đoan Bái") and "duyệt" with no id read the names."""
    return d.intent in _LISTING or (d.intent is Intent.CONFIRM and d.task_id is None)


def _fallback(c: Canon, period: Found | None, filters: bool) -> Detected:
    """No intent word: a name or filter lists, a period asks what is due, a code links."""
    if filters:
        return Detected(Intent.LIST)
    if period:
        return Detected(Intent.DUE)
    word = c.tokens[0].text
    if len(c.tokens) == 1 and _BARE_CODE.fullmatch(word) and not word.startswith(_NOT_CODES):
        return Detected(Intent.START, tail=0)
    return Detected(Intent.HELP if c.text.strip(" ?/!.") in _HELP_WORDS else Intent.UNKNOWN)


def _build(
    c: Canon,
    d: Detected,
    today: date,
    period: Found | None,
    found: Names,
    criterion: re.Match[str] | None,
    mine: bool,
) -> Understanding:
    intent = d.intent
    if intent in ID_INTENTS and (d.task_id is not None or intent is not Intent.CONFIRM):
        return _with_id(c, d, today)
    if intent is Intent.START:
        at = c.index_from(d.tail or 0)
        return Understanding(intent, code=c.raw_word(at) if at < len(c.tokens) else None)
    if intent is Intent.NEXT:
        return Understanding(intent, page=d.page)
    if intent is Intent.SEARCH:
        query = _clean(c.raw_from(d.tail or 0))[:QUERY_CHARS].strip()
        return Understanding(intent, query=query or None)
    if intent in (Intent.HELP, Intent.UNKNOWN, Intent.IMPORT):
        return Understanding(intent)
    span = period.range if period else (period_of(d.preset, today) if d.preset else None)
    if intent is Intent.LIST and span is not None:
        intent = Intent.DUE  # "việc của phòng nội vụ tháng này" asks what falls due then
    if span is None and d.soon:
        span = DateRange(today, today + timedelta(days=SOON_DAYS))
    return Understanding(
        intent,
        range=span,
        unit=found.unit,
        person=found.person,
        criterion=criterion["code"] if criterion else None,
        mine=mine or d.mine,
        communes=intent is Intent.STATS and _COMMUNES.search(c.text) is not None,
    )


def _with_id(c: Canon, d: Detected, today: date) -> Understanding:
    tail = d.tail if d.tail is not None else len(c.text)
    if d.intent is Intent.DETAIL:
        return Understanding(d.intent, task_id=d.task_id)
    if d.intent is not Intent.EXTEND:
        note = _note(c.raw_from(tail), reason=d.intent is Intent.REJECT)
        return Understanding(d.intent, task_id=d.task_id, note=note)
    deadline, after = None, tail
    found = find_period(c, today, tail)
    if found and set(c.text[tail : found.start].split()) <= _DEADLINE_LEAD:
        deadline, after = found.range.end, found.end
        if deadline < today and not found.year_given:  # "đến 15/1" said in December
            deadline = _next_year(deadline)
    note = _note(c.raw_from(after), reason=True)
    return Understanding(d.intent, task_id=d.task_id, note=note, new_deadline=deadline)


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


def _only_filters_after(c: Canon, taken: list[bool], found: Names, tail: int) -> bool:
    """Words follow the search keyword, and all are periods, names or intent phrases."""
    stop = stop_mask([t.text for t in c.tokens])
    named = {i for first, last in found.spans for i in range(first, last + 1)}
    rest = range(c.index_from(tail), len(c.tokens))
    return bool(rest) and all(taken[i] or stop[i] or i in named for i in rest)
