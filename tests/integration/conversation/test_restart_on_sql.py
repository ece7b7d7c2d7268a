"""A restart in the middle of an import preview, a numbered question and a paged list, on each
test database (SQLite, and PostgreSQL when TEST_DATABASE_URL is set): the tests of
tests/unit/conversation/test_restart.py over the SQL fixtures."""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any

from handlers.import_dialog import PENDING_IMPORT
from handlers.import_notice import fingerprint
from handlers.ports import UnitOfWork
from notices import parse_notice
from tests.conversation_support import BAC_SON, Office
from tests.unit.conversation.test_restart import (
    OFFICE_NOW,
    Clock,
    office_after_restart,
    restarted,
    test_a_numbered_question_is_answered_after_a_restart,
    test_a_paged_list_goes_on_after_a_restart,
    test_a_preview_naming_a_unit_gone_since_imports_nothing,
    test_a_remembered_list_shows_nothing_outside_the_askers_scope_now,
    test_an_expired_import_preview_imports_nothing,
    test_an_expired_list_is_not_paged,
    test_an_expired_question_is_not_answered,
    test_an_import_preview_is_confirmed_after_a_restart,
    test_nhap_then_the_pasted_text_after_a_restart,
)

__all__ = [
    "test_a_numbered_question_is_answered_after_a_restart",
    "test_a_paged_list_goes_on_after_a_restart",
    "test_a_preview_naming_a_unit_gone_since_imports_nothing",
    "test_a_remembered_list_shows_nothing_outside_the_askers_scope_now",
    "test_an_expired_import_preview_imports_nothing",
    "test_an_expired_list_is_not_paged",
    "test_an_expired_question_is_not_answered",
    "test_an_import_preview_is_confirmed_after_a_restart",
    "test_nhap_then_the_pasted_text_after_a_restart",
]


class _MeetAfterReading:
    """conversation_state whose read of a live `slot` waits until `barrier` is full: every
    conversation has read the preview before any takes it."""

    def __init__(self, inner: Any, slot: str, barrier: asyncio.Barrier) -> None:
        self._inner, self._slot, self._barrier = inner, slot, barrier

    async def get(self, channel: str, chat_ref: str, slot: str, now: datetime) -> Any:
        value = await self._inner.get(channel, chat_ref, slot, now)
        if slot == self._slot and value is not None:
            await asyncio.wait_for(self._barrier.wait(), 10)
        return value

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


class _Gated:
    """A unit of work whose conversation_state meets the others' (see _MeetAfterReading)."""

    def __init__(self, uow: UnitOfWork, barrier: asyncio.Barrier) -> None:
        self._uow, self._barrier = uow, barrier

    async def __aenter__(self) -> Any:
        await self._uow.__aenter__()
        self.conversation_state = _MeetAfterReading(
            self._uow.conversation_state, PENDING_IMPORT.name, self._barrier
        )
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self._uow.__aexit__(*exc)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._uow, name)


async def test_two_processes_confirming_one_preview_import_it_once(office: Office) -> None:
    """Two processes (two conversations over one database) get «đồng ý» for the same preview
    at the same moment, both having read it: deleting the stored preview is the claim, so one
    imports it and the other says nothing is pending — never an import error half-way."""
    clock = Clock(OFFICE_NOW)
    chat = office_after_restart(office, clock)
    await chat.say("admin", "/nhap")
    assert "Tìm thấy 74 việc" in await chat.say("admin", BAC_SON)
    barrier = asyncio.Barrier(2)

    def gated() -> Any:
        return _Gated(office.uow_factory(), barrier)

    one, two = (Office(office.uow_factory, restarted(gated, clock)) for _ in range(2))
    yes = "đồng ý nhập"
    answers = await asyncio.gather(one.say("admin", yes), two.say("admin", yes))
    assert sum("Đã nhập 74 việc" in a for a in answers) == 1, answers
    assert sum("Không có bản xem trước nào đang chờ" in a for a in answers) == 1, answers
    async with office.uow_factory() as uow:
        notice = await uow.notices.by_fingerprint(fingerprint(parse_notice(BAC_SON)))
    assert notice is not None
