"""Adversarial messages through the whole conversation: every input gets a sensible answer.

Shared by the run on the in-memory store (tests/unit/conversation/test_fuzz.py) and the runs on
SQLite and PostgreSQL (tests/integration/conversation/test_fuzz_on_sql.py). Messages are built
from the phrases officials type (task numbers, dates, periods, reasons, decisions) with their
pieces replaced by hostile values: years 0 and 99999, day 32, lone surrogates, NUL, control and
direction characters, huge numbers, 10,000-character tails, emoji, full-width digits. Each example
is a short exchange by random officials of every role, so questions asked back ("1", "2") and
pending imports are reached too. The rule: no reply is the internal-error apology, nothing raises,
every reply can be sent (valid UTF-8, at most 4,096 characters, NFC).
"""

from __future__ import annotations

import asyncio
import os
import unicodedata
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from handlers.conversation import SORRY, Conversation
from handlers.directory import Directory
from handlers.messages import Attachment, Incoming

REPLY_LIMIT = 4096  # Telegram's limit; Zalo's messages are split by its sender

_TEMPLATES = (
    "gia hạn {n} đến {d}", "xin gia hạn việc {n} đến tháng {m}/{y} vì {t}", "việc đến hạn {d}",
    "việc quý {q} năm {y}", "trả lại {n} {t}", "xong {n} {t}", "xem {n}", "thống kê năm {y}",
    "việc tháng {m}", "quá hạn từ {d} đến {d}", "báo cáo quý {q}/{y}", "tìm {t}",
    "sửa hạn việc {n} thành {d}", "hủy việc {n} vì {t}", "giao lại việc {n} cho {t}",
    "đồng ý {n}", "từ chối {n} {t}", "việc {n} ngày {d}", "tạo báo cáo tháng {m} năm {y}",
    "tiếp", "{n}", "/start {t}", "/nhap", "nhập hủy", "đồng ý", "sửa {t} = {t}",
    "việc của {t} tuần sau", "6 tháng đầu năm {y}", "trước {d}", "từ nay đến {d}",
    "chuyển việc {n} cho {t} xử lý", "thêm {t} phối hợp việc {n}", "{t} {n} {t}",
    "việc nào đến hạn tuần này", "quá hạn", "tiến độ các xã", "xuất excel quý {q}",
)  # fmt: skip
_YEARS = ("0", "0000", "00", "1", "99", "999", "1899", "2023", "2199", "9999", "10000", "9" * 30)
_NUMBERS = ("0", "-1", "1", "7", "12", "9" * 25, "1e9", "00", "٣", "１２", "0x10", "12.5")
_DAYS = ("0", "1", "31", "32", "29", "99", "00")
_MONTHS = ("0", "1", "2", "12", "13", "99", "-3")
_QUARTERS = ("0", "5", "1", "4", "IV", "99", "MMXX")
_HOSTILE = (
    "abc", "\ud800", "\udfff", "\x00", "\x1b[31m", "🙂" * 5, "a" * 3000, "\u202e", "\ufeff",
    "\r\n", "đ", "Ư\u0303", "%s", "{}", "'; drop table tasks; --", "\t", "\x7f", "ｘｏｎｇ",
    "Phòng Nội vụ", "UBND xã", "\u0301\u0301\u0301", "<b>", "*_`[", "\u200b", "ß", "İ", "ǅ",
)  # fmt: skip


# Built once: a strategy made inside the composite would be rebuilt and validated on every draw,
# which costs more than the conversation answering the message.
_ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=60)
_HOSTILE_PIECES = st.lists(st.sampled_from(_HOSTILE), max_size=4)
_KIND = st.integers(0, 9)
_TEMPLATE = st.sampled_from(_TEMPLATES)
_NUMBER = st.sampled_from(_NUMBERS)
_DAY = st.sampled_from(_DAYS)
_MONTH = st.sampled_from(_MONTHS)
_YEAR = st.sampled_from(_YEARS)
_QUARTER = st.sampled_from(_QUARTERS)


@st.composite
def messages(draw: st.DrawFn) -> str:
    kind = draw(_KIND)
    if kind == 0:  # anything at all, surrogates included
        return draw(_ANY_TEXT)
    template = draw(_TEMPLATE)
    date = draw(_DAY) + "/" + draw(_MONTH)
    if draw(st.booleans()):
        date += "/" + draw(_YEAR)
    message = template.format(
        n=draw(_NUMBER),
        d=date,
        m=draw(_MONTH),
        y=draw(_YEAR),
        q=draw(_QUARTER),
        t="".join(draw(_HOSTILE_PIECES)),
    )
    if kind == 1:
        message = "".join(draw(_HOSTILE_PIECES)) + message
    return message


@dataclass(frozen=True)
class Said:
    handle: str
    text: str
    payload: bool  # sent as a button press
    attachment: bool


def exchanges(handles: list[str]) -> st.SearchStrategy[list[Said]]:
    said = st.builds(
        Said,
        st.sampled_from(handles),
        messages(),
        st.sampled_from((False, False, False, True)),
        st.sampled_from((False,) * 9 + (True,)),
    )
    return st.lists(said, min_size=1, max_size=5)


def slow_run() -> bool:
    """CI (slow tests on): the full count."""
    return os.environ.get("NHACVIEC_SLOW_TESTS", "") not in ("", "0") or os.environ.get(
        "CI", ""
    ).lower() in ("1", "true", "yes")


def examples(*, on_sql: bool = False) -> int:
    """Exchanges of 1–5 messages (3 on average): 12,000 messages in CI on the in-memory store
    and 1,800 on each database; 1,500 in a default `make test`."""
    if on_sql:
        return 600
    return 4_000 if slow_run() else 500


def check_reply(text: str, said: Said) -> None:
    assert SORRY not in text, said
    text.encode("utf-8")  # a lone surrogate would raise here, and in every channel's sender
    assert len(text) <= REPLY_LIMIT, (said, len(text))
    assert unicodedata.is_normalized("NFC", text), said


Runner = Callable[[Coroutine[Any, Any, None]], None]


def _handles(directory: Directory) -> list[str]:
    return sorted(o.handle for o in directory.officials.values() if o.handle and o.active)


async def send(conversation: Conversation, directory: Directory, items: list[Said]) -> int:
    """Say each message of one exchange and check every reply; returns how many were said."""
    for said in items:
        official = directory.by_handle(said.handle)
        assert official is not None
        attachments = (
            (Attachment("image", "photo-1", name=said.text[:40]),) if said.attachment else ()
        )
        incoming = Incoming(
            "console",
            said.handle,
            "" if said.payload else said.text,
            official.id,
            attachments,
            payload=said.text if said.payload else None,
        )
        replies = await conversation.handle(incoming)
        assert replies, said
        for reply in replies:
            check_reply(reply.text, said)
    return len(items)


def drawn(directory: Directory, count: int) -> list[list[Said]]:
    """`count` generated exchanges, drawn up front (for a database bound to the test's loop,
    where hypothesis cannot drive an async test; shrinking happens in the in-memory run)."""
    out: list[list[Said]] = []

    @settings(max_examples=count, deadline=None, database=None)
    @given(exchanges(_handles(directory)))
    def collect(items: list[Said]) -> None:
        out.append(items)

    collect()
    return out


def fuzz(conversation: Conversation, directory: Directory, run: Runner, count: int) -> int:
    """Run `count` hypothesis examples; returns how many messages were sent."""
    sent = 0

    async def exchange(items: list[Said]) -> None:
        nonlocal sent
        sent += await send(conversation, directory, items)

    @settings(
        max_examples=count,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(exchanges(_handles(directory)))
    def one(items: list[Said]) -> None:
        run(exchange(items))

    one()
    return sent


def loop_runner(loop: asyncio.AbstractEventLoop) -> Runner:
    def run(coro: Coroutine[Any, Any, None]) -> None:
        loop.run_until_complete(coro)

    return run
