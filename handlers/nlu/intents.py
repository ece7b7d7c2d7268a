"""Messages whose form decides them before any slot is read: slash commands ("/xong 12"),
invite codes ("mã ABCD2345"), paging ("tiếp", "trang 2") and a leading "tìm"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from handlers.nlu.cues import Cue
from handlers.nlu.model import Intent
from handlers.nlu.normalize import Canon

B = r"(?<![^ ])"
E = r"(?![^ ])"
# Politeness and reporting words before a command: "em xong 12", "báo cáo: đã xong việc 12".
PRE = r"(?:(?:em|toi|minh|da|vang|ok|xin|bao cao|cho toi|cho em|vui long|hay)(?: |$))*"
FILL = r"(?:(?:viec|nhiem vu|cong viec|cv|so|ma|id|stt) )*"  # "xong việc số 12"
# A task id is a whole word: "30/10", "7.3.1" and "45%" are one word each, never an id.
ID = r"#?(?P<id>\d{1,5})(?![^ ])"


@dataclass(frozen=True, slots=True)
class Detected:
    intent: Intent
    task_id: int | None = None
    tail: int | None = None  # where the note, query or code starts in Canon.text
    preset: str | None = None  # the period a command implies: "/tuannay" → "tuan nay"
    soon: bool = False  # "sắp đến hạn" with no period: the coming week
    mine: bool = False  # "/cuatoi"
    page: int | None = None  # "trang 3"
    filters: tuple[Cue, ...] = ()  # "việc đã xong", "việc thường xuyên"
    bare: bool = False  # a task number and nothing that says what to do with it ("việc 9")
    sure: bool = False  # a command that names which decision it is (a report, an extension)
    approve: bool | None = None  # an extension decision a command spells out


def _rules(*patterns: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.ASCII) for p in patterns)


_ID_AFTER = _rules(rf" {FILL}{ID}")[0]
_NEXT = _rules(
    rf"^{PRE}(?:xem |cho xem |sang )?(?:tiep|tiep theo|tiep tuc|them|them nua|nua|con nua"
    rf"|con gi nua|trang sau|trang tiep|trang tiep theo|next|more)"
    rf"(?: (?:di|nhe|nua|a|voi|khong|ko|k|anh|em|chi|khong a))*$"
)[0]
_PAGE = _rules(rf"^{PRE}(?:xem |sang |toi |qua )?trang (?P<page>\d{{1,3}})(?: (?:di|nhe|a))*$")[0]
_SEARCH = _rules(rf"^{PRE}(?:tim kiem|tim|tra cuu|search){E}")[0]
_START = _rules(
    rf"^{PRE}(?:ma(?: moi| kich hoat| lien ket| xac thuc| dang nhap)?|code|kich hoat|lien ket)"
    rf"(?: cua (?:em|toi|minh|anh|chi))?(?: la)? (?=[a-z0-9]*[a-z])[a-z0-9]{{4,16}}$"
)[0]

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
    "/choduyet": (Intent.QUEUE, None),
    "/duyetbaocao": (Intent.CONFIRM, "sure"),
    "/tralaibaocao": (Intent.REJECT, "sure"),
    "/duyetgiahan": (Intent.DECIDE_EXTENSION, "approve"),
    "/tuchoigiahan": (Intent.DECIDE_EXTENSION, "refuse"),
    "/baocao": (Intent.REPORT, None),
    "/xuatexcel": (Intent.REPORT, None),
    "/giao": (Intent.DELEGATE, None),
    "/huy": (Intent.CANCEL, None),
    "/sua": (Intent.EDIT, None),
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
    {
        Intent.DONE,
        Intent.REOPEN,
        Intent.DETAIL,
        Intent.CONFIRM,
        Intent.REJECT,
        Intent.EXTEND,
        Intent.DECIDE_EXTENSION,
        Intent.DELEGATE,
        Intent.CANCEL,
        Intent.EDIT,
    }
)


def leading(c: Canon) -> Detected | None:
    """An invite code, a page request: decided by the message's form alone."""
    text = c.text
    if _START.match(text):
        return Detected(Intent.START, tail=text.rfind(" ") + 1)
    m = _PAGE.match(text)
    if m or _NEXT.match(text):
        return Detected(Intent.NEXT, page=int(m["page"]) if m else None)
    return None


def leading_search(text: str) -> int | None:
    """Where the words to search for start, when the message opens with "tìm"."""
    m = _SEARCH.match(text)
    return m.end() if m else None


def command(word: str, text: str) -> Detected:
    intent, extra = _COMMANDS.get(word, (Intent.UNKNOWN, None))
    end = len(word)
    if intent in ID_INTENTS:
        m = _ID_AFTER.match(text, end)
        if m:
            approve = {"approve": True, "refuse": False}.get(extra or "")
            return Detected(
                intent, task_id=int(m["id"]), tail=m.end(), sure=extra == "sure", approve=approve
            )
    if intent is Intent.NEXT:
        m = re.match(r" (?:trang )?(\d{1,3})(?![^ ])", text[end:])
        return Detected(intent, page=int(m[1]) if m else None)
    return Detected(
        intent,
        tail=end,
        preset=extra if extra not in ("mine", "soon", "sure", "approve", "refuse") else None,
        soon=extra == "soon",
        mine=extra == "mine",
    )
