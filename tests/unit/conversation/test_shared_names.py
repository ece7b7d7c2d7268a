"""Names every commune shares ("Văn phòng", "Phòng Kinh tế") are read inside the asker's scope."""

from __future__ import annotations

from datetime import date, datetime

from handlers.calendar import create_calendar
from handlers.conversation import Conversation
from handlers.directory import DirectoryCache
from handlers.domain import DeadlineKind, NewTask
from handlers.load_org import load_org
from handlers.messages import Incoming
from handlers.ports import UnitOfWorkFactory
from tests.conversation_support import TZ


def commune(code: str, name: str) -> dict[str, object]:
    return {
        "code": code,
        "name": f"UBND xã {name}",
        "kind": "commune",
        "children": [
            {"code": f"{code}-vp", "name": "Văn phòng HĐND và UBND xã", "aliases": ["VP"]},
            {"code": f"{code}-kt", "name": "Phòng Kinh tế"},
        ],
    }


ORG = {
    "units": [
        {
            "code": "tinh",
            "name": "UBND tỉnh Thử",
            "kind": "province",
            "children": [commune("a", "An Bình"), commune("b", "Bình Minh")],
        }
    ],
    "officials": [
        {"handle": "cta", "name": "Lê Văn An", "unit": "a", "roles": ["chair"]},
        {"handle": "ctb", "name": "Trần Thị Bình", "unit": "b", "roles": ["chair"]},
        {"handle": "gd", "name": "Ngô Văn Tỉnh", "unit": "tinh", "roles": ["leader"]},
    ],
}


async def test_a_shared_office_name_means_the_askers_own(
    uow_factory: UnitOfWorkFactory,
) -> None:
    await load_org(ORG, uow_factory=uow_factory)
    async with uow_factory() as uow:
        directory = await DirectoryCache().get(uow)
        units = {u.code: u.id for u in directory.units.values()}
        for code, text in (
            ("a-vp", "Niêm yết thủ tục xã An Bình"),
            ("b-vp", "Niêm yết thủ tục xã Bình Minh"),
        ):
            await uow.tasks.add(
                NewTask("1", text, units[code], date(2023, 11, 30), DeadlineKind.ON_DATE)
            )
        await uow.commit()
    conversation = Conversation(
        uow_factory=uow_factory,
        calendar=create_calendar(),
        clock=lambda: datetime(2023, 11, 1, 9, tzinfo=TZ),
    )

    async def ask(handle: str, text: str) -> str:
        official = directory.by_handle(handle)
        assert official is not None
        replies = await conversation.handle(Incoming("zalo", handle, text, official.id))
        return replies[0].text

    own = await ask("cta", "việc của văn phòng")
    assert "xã An Bình" in own and "Bình Minh" not in own
    assert "xã Bình Minh" in await ask("ctb", "viec cua van phong")
    # The province leader sees both offices: the bare name is ambiguous and said so.
    assert "Không tìm thấy đơn vị" in await ask("gd", "việc của văn phòng")
