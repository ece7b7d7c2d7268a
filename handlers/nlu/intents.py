"""Which intent a folded question asks for: commands first, then phrase rules, first match wins."""

from __future__ import annotations

import re
from dataclasses import dataclass

from handlers.nlu.model import Intent
from handlers.nlu.normalize import Canon

B = r"(?<![^ ])"
E = r"(?![^ ])"
# Politeness and reporting words before a command: "em xong 12", "báo cáo: đã xong việc 12".
PRE = r"(?:(?:em|toi|minh|da|vang|ok|xin|bao cao|cho toi|cho em|vui long|hay)(?: |$))*"
FILL = r"(?:(?:viec|nhiem vu|cong viec|cv|so|ma|id|stt) )*"  # "xong việc số 12"
# A task id is a whole word: "30/10", "7.3.1" and "45%" are one word each, never an id.
ID = r"#?(?P<id>\d{1,5})(?![^ ])"
_DONE = r"(?:bao |da |lam )?(?:xong|done|hoan thanh|hoan tat)(?: roi)?"


@dataclass(frozen=True, slots=True)
class Detected:
    intent: Intent
    task_id: int | None = None
    tail: int | None = None  # where the note, query or code starts in Canon.text
    preset: str | None = None  # the period a command implies: "/tuannay" → "tuan nay"
    soon: bool = False  # "sắp đến hạn" with no period: the coming week
    mine: bool = False  # "/cuatoi"
    search_words: bool = False  # natural "tìm …": search only if words remain after it
    page: int | None = None  # "trang 3"


def _rules(*patterns: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.ASCII) for p in patterns)


# Tried in this order, first match wins: done, reopen, extend, confirm/reject, detail, …
_WITH_ID: tuple[tuple[Intent, tuple[re.Pattern[str], ...]], ...] = (
    (
        Intent.DONE,
        _rules(
            rf"^{PRE}{_DONE}(?: het)? {FILL}{ID}(?: roi)?",  # "xong 12", "đã hoàn thành việc 12"
            rf"^{PRE}{FILL}{ID} (?:da |bao )?(?:xong|done|hoan thanh|hoan tat){E}(?: roi)?",
        ),
    ),
    (
        Intent.REOPEN,
        _rules(
            rf"^{PRE}(?:mo lai|undo|lam lai|huy xong|huy bao xong|chua xong) {FILL}{ID}",
            rf"^{PRE}{FILL}{ID} (?:van )?chua (?:xong|hoan thanh){E}",  # "12 chưa xong"
        ),
    ),
)
_EXTEND = _rules(
    rf"{B}(?:xin |de nghi )?(?:gia han|gian han|lui han|doi han|dieu chinh(?: thoi)? han"
    rf"|keo dai(?: thoi)? han|xin them thoi gian){E}"
)[0]
_EXTEND_ID_AFTER = _rules(rf" {FILL}{ID}")[0]
_EXTEND_ID_ANYWHERE = _rules(
    rf"{B}(?:(?:viec|nhiem vu|cong viec|cv|so) (?:so )?#?|#)(?P<id>\d{{1,5}}){E}"
)[0]
_REVIEW_WITH_ID = (
    (Intent.CONFIRM, _rules(
        rf"^{PRE}(?:duyet|xac nhan|phe duyet|dong y|chap nhan)(?: (?:xong|hoan thanh))? {FILL}{ID}"
    )),
    (Intent.REJECT, _rules(
        rf"^{PRE}(?:tra lai|tu choi|khong duyet|khong dong y|bac|yeu cau lam lai|chua dat) "
        rf"{FILL}{ID}"
    )),
    (Intent.DETAIL, _rules(
        rf"^{PRE}(?:xem|chi tiet|xem chi tiet|thong tin|noi dung|xem lai|mo)"
        rf"(?: (?:chi tiet|thong tin|noi dung|lai))? {FILL}{ID}",
        rf"^{FILL}{ID}(?: (?:the nao|sao roi|ra sao|nhu the nao|tien do|den dau roi))?$",  # "#12"
    )),
)  # fmt: skip
# Without an id the caller asks which task: "xong" alone, "duyệt" alone.
_WITHOUT_ID = (
    (Intent.DONE, _rules(rf"^{PRE}{_DONE}{E}")[0], True),
    (Intent.REOPEN, _rules(rf"^{PRE}(?:mo lai|undo){E}")[0], False),
    (Intent.CONFIRM, _rules(rf"^{PRE}(?:duyet|xac nhan|phe duyet){E}")[0], True),
    (Intent.REJECT, _rules(rf"^{PRE}(?:tra lai|tu choi|khong duyet){E}")[0], False),
)
# "việc nào chưa xong?", "xong chưa" are questions, not reports.
_QUESTION = _rules(rf"{B}(?:chua|khong|nao|gi|bao nhieu|sao|may|ai){E}")[0]
_NEXT = _rules(
    rf"^{PRE}(?:xem |cho xem |sang )?(?:tiep|tiep theo|tiep tuc|them|them nua|nua|con nua"
    rf"|con gi nua|trang sau|trang tiep|trang tiep theo|next|more)(?: (?:di|nhe|nua|a|voi))*$"
)[0]
_PAGE = _rules(rf"^{PRE}(?:xem |sang |toi |qua )?trang (?P<page>\d{{1,3}})(?: (?:di|nhe|a))*$")[0]
_SEARCH = _rules(rf"^{PRE}(?:tim kiem|tim|tra cuu|search|loc){E}")[0]
_SEARCH_FILL = _rules(
    r"(?: (?:viec|nhiem vu|cong viec|cac|nhung|ve|lien quan(?: den| toi)?|co chu|co tu"
    r"|tu khoa|theo|noi dung|giup|cho|toi|em))*"
)[0]
_START = _rules(
    rf"^{PRE}(?:ma(?: moi| kich hoat| lien ket| xac thuc| dang nhap)?|code|kich hoat|lien ket)"
    rf"(?: la)? (?=[a-z0-9]*[a-z])[a-z0-9]{{4,16}}$"
)[0]
_PHRASES = (
    (Intent.STATS, _rules(
        rf"{B}(?:thong ke|bao nhieu|tong hop|ty le|ti le|tong so|so luong|may viec"
        rf"|may nhiem vu|tong ket|bao cao tien do){E}"
    )[0]),
    # Before overdue: "sắp quá hạn" is not yet overdue.
    (Intent.DUE, _rules(
        rf"{B}(?:sap|gan|sap sua) (?:den|toi|het|qua)(?: thoi)? han(?: chot)?{E}"
        rf"|{B}gan (?:den )?han{E}|{B}sap deadline{E}"
    )[0]),
    (Intent.OVERDUE, _rules(
        rf"{B}(?:qua han|qua thoi han|tre han|tre hen|cham tre|(?:bi|dang|con|da) cham"
        rf"|cham (?:tien do|han)|chua lam|da het han|het han roi|ton dong|qua deadline"
        rf"|tre deadline){E}"
    )[0]),
    (Intent.DUE, _rules(
        rf"{B}(?:den han|het han|toi han|han chot|han cuoi|can xong|phai xong|can lam|phai lam"
        rf"|can nop|phai nop|han nop|can hoan thanh|phai hoan thanh|deadline|dao han|co han"
        rf"|han hoan thanh){E}"
    )[0]),
    # "việc nào chờ duyệt": the caller lists what awaits confirmation.
    (Intent.CONFIRM, _rules(rf"{B}(?:cho|can|chua|doi) (?:duyet|xac nhan|phe duyet){E}")[0]),
    (Intent.IMPORT, _rules(
        rf"^{PRE}(?:nhap|import|upload|tai len){E}"
        rf"|{B}(?:nhap|tai len|gui|dang|them|up) (?:len )?(?:thong bao|van ban|tb|ket luan)"
        rf"(?: ket luan| moi)?$"
    )[0]),
    (Intent.LIST, _rules(
        rf"{B}(?:viec|nhiem vu|cong viec|cv|ds|danh sach|liet ke|chua xong|chua hoan thanh"
        rf"|dang lam|dang thuc hien|con lai|duoc giao){E}"
    )[0]),
)  # fmt: skip
_SOON = _PHRASES[1][1]

_COMMANDS: dict[str, tuple[Intent, str | None]] = {
    "/start": (Intent.START, None),
    "/help": (Intent.HELP, None),
    "/trogiup": (Intent.HELP, None),
    "/huongdan": (Intent.HELP, None),
    "/menu": (Intent.HELP, None),
    "/tuannay": (Intent.DUE, "tuan nay"),
    "/homnay": (Intent.DUE, "hom nay"),
    "/ngaymai": (Intent.DUE, "ngay mai"),
    "/tuansau": (Intent.DUE, "tuan sau"),
    "/thangnay": (Intent.DUE, "thang nay"),
    "/denhan": (Intent.DUE, None),
    "/sapdenhan": (Intent.DUE, "soon"),
    "/quahan": (Intent.OVERDUE, None),
    "/xong": (Intent.DONE, None),
    "/done": (Intent.DONE, None),
    "/xem": (Intent.DETAIL, None),
    "/chitiet": (Intent.DETAIL, None),
    "/duyet": (Intent.CONFIRM, None),
    "/xacnhan": (Intent.CONFIRM, None),
    "/tralai": (Intent.REJECT, None),
    "/tuchoi": (Intent.REJECT, None),
    "/giahan": (Intent.EXTEND, None),
    "/molai": (Intent.REOPEN, None),
    "/thongke": (Intent.STATS, None),
    "/tim": (Intent.SEARCH, None),
    "/timkiem": (Intent.SEARCH, None),
    "/nhap": (Intent.IMPORT, None),
    "/import": (Intent.IMPORT, None),
    "/cuatoi": (Intent.LIST, "mine"),
    "/danhsach": (Intent.LIST, None),
    "/ds": (Intent.LIST, None),
    "/tiep": (Intent.NEXT, None),
    "/xemthem": (Intent.NEXT, None),
}
ID_INTENTS = frozenset(
    {Intent.DONE, Intent.REOPEN, Intent.DETAIL, Intent.CONFIRM, Intent.REJECT, Intent.EXTEND}
)


def detect_action(c: Canon) -> Detected | None:
    """Commands and the requests that carry a task id or words: "xong 12", "tìm …", "tiếp"."""
    text = c.text
    if c.tokens and c.tokens[0].text.startswith("/"):
        return _command(c.tokens[0].text, text)
    if _START.match(text):
        return Detected(Intent.START, tail=text.rfind(" ") + 1)
    found = _with_id(text, _WITH_ID)
    if found:
        return found
    m = _EXTEND.search(text)
    if m:
        return _extend(text, m.end())
    found = _with_id(text, _REVIEW_WITH_ID)
    if found:
        return found
    for intent, pattern, reports in _WITHOUT_ID:
        m = pattern.match(text)
        if m and not (reports and ("?" in c.raw or _QUESTION.search(text))):
            return Detected(intent, tail=m.end())
    m = _PAGE.match(text)
    if m or _NEXT.match(text):
        return Detected(Intent.NEXT, page=int(m["page"]) if m else None)
    m = _SEARCH.match(text)
    if m:
        return Detected(Intent.SEARCH, tail=_after_fill(text, m.end()), search_words=True)
    return None


def detect_question(text: str) -> Detected | None:
    """`text` is Canon.text with the names masked, so "Chi cục Thống kê" is not a stats ask."""
    for intent, pattern in _PHRASES:
        if pattern.search(text):
            return Detected(intent, soon=pattern is _SOON)
    return None


def _with_id(
    text: str, table: tuple[tuple[Intent, tuple[re.Pattern[str], ...]], ...]
) -> Detected | None:
    for intent, patterns in table:
        for pattern in patterns:
            m = pattern.match(text)
            if m:
                return Detected(intent, task_id=int(m["id"]), tail=m.end())
    return None


def _after_fill(text: str, at: int) -> int:
    m = _SEARCH_FILL.match(text, at)
    return m.end() if m else at


def _extend(text: str, after: int) -> Detected:
    m = _EXTEND_ID_AFTER.match(text, after) or _EXTEND_ID_ANYWHERE.search(text)
    if m is None:
        return Detected(Intent.EXTEND, tail=after)
    return Detected(Intent.EXTEND, task_id=int(m["id"]), tail=max(after, m.end()))


def _command(word: str, text: str) -> Detected:
    intent, extra = _COMMANDS.get(word, (Intent.UNKNOWN, None))
    end = len(word)
    if intent in ID_INTENTS:
        m = _EXTEND_ID_AFTER.match(text, end)
        if m:
            return Detected(intent, task_id=int(m["id"]), tail=m.end())
    if intent is Intent.NEXT:
        m = re.match(r" (?:trang )?(\d{1,3})(?![^ ])", text[end:])
        return Detected(intent, page=int(m[1]) if m else None)
    if intent is Intent.SEARCH:
        return Detected(intent, tail=_after_fill(text, end))
    return Detected(
        intent,
        tail=end,
        preset=extra if extra not in ("mine", "soon") else None,
        soon=extra == "soon",
        mine=extra == "mine",
    )
