"""While the org's first name index is being built (a national one takes seconds at the first
start), a question that names no one is answered at once; one that may name someone waits for
the index and is then answered with it."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator, Sequence
from datetime import date, datetime

import pytest

from handlers.calendar import create_calendar
from handlers.conversation import Conversation
from handlers.directory import SHARED_NAMES, DirectoryCache
from handlers.domain import DeadlineKind, NewTask, Official, Unit
from handlers.load_org import load_org
from handlers.messages import Incoming
from handlers.nlu import NameIndex
from handlers.nlu.name_free import needs_names
from handlers.ports import UnitOfWorkFactory
from tests.conversation_support import TZ

TODAY = date(2023, 11, 1)
ORG = {  # names no other test uses: the process's index for them is built here
    "units": [
        {
            "code": "xa",
            "name": "UBND xã Chờ Chỉ Mục",
            "kind": "commune",
            "children": [{"code": "kt", "name": "Phòng Kinh tế Chờ"}],
        }
    ],
    "officials": [
        {"handle": "ct", "name": "Lê Văn Đợi", "unit": "xa", "roles": ["chair"]},
        {"handle": "cv", "name": "Phạm Thị Sáu", "unit": "kt", "roles": ["staff"]},
    ],
}


class _Held:
    """A name index build held until `release` (the first start's seconds of building)."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.started = threading.Event()

    def __call__(self, units: Sequence[Unit], officials: Sequence[Official]) -> NameIndex:
        self.started.set()
        if not self.gate.wait(timeout=30):  # let go at the end of the test whatever happens
            raise RuntimeError("the build was never released")
        return NameIndex.build(units, officials)


@pytest.fixture
def held() -> Iterator[_Held]:
    build = _Held()
    before = SHARED_NAMES.build, SHARED_NAMES.wanted
    SHARED_NAMES.build, SHARED_NAMES.wanted = build, True
    yield build
    build.gate.set()
    SHARED_NAMES.build, SHARED_NAMES.wanted = before


async def test_a_nameless_question_does_not_wait_for_the_first_index(
    uow_factory: UnitOfWorkFactory, held: _Held
) -> None:
    await load_org(ORG, uow_factory=uow_factory)
    async with uow_factory() as uow:
        directory = await DirectoryCache().get(uow, names=False)
        kt = next(u.id for u in directory.units.values() if u.name == "Phòng Kinh tế Chờ")
        await uow.tasks.add(
            NewTask("1", "Báo cáo chậm", kt, date(2023, 10, 20), DeadlineKind.ON_DATE)
        )
        await uow.commit()
    chair, staff = directory.by_handle("ct"), directory.by_handle("cv")
    assert chair is not None and staff is not None
    conversation = Conversation(
        uow_factory=uow_factory,
        calendar=create_calendar(),
        clock=lambda: datetime(2023, 11, 1, 9, tzinfo=TZ),
    )

    def ask(who: Official, text: str) -> asyncio.Task[str]:
        async def answer() -> str:
            incoming = Incoming("zalo", who.handle, text, who.id, today=TODAY)
            return (await conversation.handle(incoming))[0].text

        return asyncio.create_task(answer())

    # Answered while the build is held (were it held too, it would get the failed build's
    # apology once the gate gives up).
    mine = await ask(staff, "việc quá hạn")
    assert "Báo cáo chậm" in mine
    assert held.started.is_set() and not held.gate.is_set()

    named = ask(chair, "việc quá hạn của chị Sáu")
    for _ in range(50):
        await asyncio.sleep(0)
    assert not named.done()  # may name someone: waits for the index
    held.gate.set()
    said = await named
    assert "Báo cáo chậm" in said and "Phạm Thị Sáu" in said


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        ("quá hạn", False),
        ("việc quá hạn", False),
        ("việc đến hạn tuần này", False),
        ("thống kê tháng này", False),
        ("việc của tôi", False),
        ("danh sách việc quá hạn", False),
        ("việc quá hạn của phòng nội vụ", True),  # a unit
        ("việc của anh Tuấn", True),  # a person
        ("việc của Sáu", True),  # a given name that is also a question word, after a cue
        ("PCT Nghị", True),
        ("@cb12", True),
        ("3", True),  # the option chosen is understood with names
        ("xem 12", True),  # "12" may be a unit's alias ("Phường 12")
        ("việc cua xa doan bay", True),  # a typo of a name
    ],
)
def test_which_questions_need_names(text: str, needs: bool) -> None:
    assert needs_names(text, TODAY) is needs
