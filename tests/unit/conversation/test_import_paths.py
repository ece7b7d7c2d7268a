"""One import path: the chat (a file, a photo or a paste) and `nhacviec import` build the same
plan for the same document; the issuer comes from the document; relative names resolve at the
level they name; a parse with no task says why; a slow read runs off the event loop."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import pytest
import yaml

from bot.demo import SAMPLES, demo_file
from handlers.assignees import name_level, resolve_assignee, unit_level
from handlers.calendar import create_calendar
from handlers.conversation import Conversation
from handlers.directory import Directory, DirectoryCache
from handlers.import_notice import ImportPlan, IssuerSource, plan_notice
from handlers.load_org import load_org
from handlers.messages import Attachment, Incoming, Reply
from notices import ParsedNotice, parse_notice
from notices.readers import read_document
from notices.text import fold_key
from tests.conftest import run_sync
from tests.conversation_support import TZ, FakeFetcher
from tests.fakes.uow import FakeStore, FakeUnitOfWorkFactory

ORGS = ("org.yaml", "province.yaml")
SAMPLE_FILES = sorted(Path(SAMPLES).glob("*.txt"))
PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)  # enough for describe_document to see a photo
NO_ISSUER = """THÔNG BÁO
Kết luận của Chủ tịch về công tác chuyển đổi số

Ngày 01/11/2023, Chủ tịch chủ trì họp, kết luận như sau:

1. Giao Phòng Nội vụ rà soát danh mục thủ tục hành chính, hoàn thành trước ngày 15/12/2023.

2. Giao UBND các xã, thị trấn cập nhật dữ liệu dân cư, hoàn thành trước ngày 20/12/2023.
"""
WITH_OUTSIDERS = """ỦY BAN NHÂN DÂN
HUYỆN BẮC SƠN
Số: 99/TB-UBND
THÔNG BÁO
Kết luận của Chủ tịch UBND huyện về dự án khu dân cư

Ngày 01/11/2023, Chủ tịch UBND huyện chủ trì họp, kết luận như sau:

1. Đề nghị Trung tâm Y tế huyện chủ trì kiểm tra vệ sinh môi trường, hoàn thành trước ngày
30/11/2023.

2. Giao Phòng Kinh tế và Hạ tầng thẩm định hồ sơ, hoàn thành trước ngày 15/12/2023.

3. Đề nghị Công ty TNHH Xây dựng Minh Phát chủ trì thi công, hoàn thành trước ngày 31/12/2023.
"""
MINUTES = """BIÊN BẢN
Họp Ban Chỉ đạo chuyển đổi số huyện Bắc Sơn

Hôm nay, ngày 01/11/2023, tại trụ sở UBND huyện Bắc Sơn, Ban Chỉ đạo họp thường kỳ. Các đại
biểu đã thảo luận tình hình thực hiện nhiệm vụ chuyển đổi số năm 2023. Cuộc họp kết thúc lúc
11 giờ cùng ngày. Biên bản được thông qua tại cuộc họp.
"""


def _load(name: str) -> FakeStore:
    factory = FakeUnitOfWorkFactory()
    run_sync(load_org(yaml.safe_load(demo_file(name)), uow_factory=factory))
    return factory.store


@pytest.fixture(scope="module")
def stores() -> dict[str, FakeStore]:
    return {name: _load(name) for name in ORGS}


async def _directory(factory: FakeUnitOfWorkFactory) -> Directory:
    async with factory() as uow:
        return await DirectoryCache().get(uow)


def rendering(plan: ImportPlan, directory: Directory) -> list[str]:
    """A stable rendering of a plan: per task its lead and support unit codes, deadline, and
    the lead names left unresolved; the issuer first."""
    codes = {u.id: u.code for u in directory.units.values()}
    lines = [f"issuer={codes.get(plan.issuer) if plan.issuer else None}"]
    for planned in plan.tasks:
        unresolved = [n for n in planned.parsed.lead if n in plan.unresolved]
        lines.append(
            f"{planned.parsed.ref}|{','.join(codes[u] for u in planned.lead_unit_ids)}"
            f"|{','.join(codes[u] for u in planned.support_unit_ids)}"
            f"|{planned.parsed.deadline}|{';'.join(unresolved)}"
        )
    return lines


@dataclass
class RememberingReader:
    """A NoticeReader that parses like the real one, remembers what it read and, when
    `gate` is set, waits for it: a scan being recognised for as long as the test wants."""

    gate: asyncio.Event | None = None
    read_names: list[str] = field(default_factory=list)
    started: asyncio.Event = field(default_factory=asyncio.Event)
    text: str | None = None

    async def read(self, data: bytes, filename: str) -> ParsedNotice:
        self.read_names.append(filename)
        self.started.set()
        if self.gate is not None:
            await self.gate.wait()
        return parse_notice(self.text if self.text is not None else data.decode("utf-8"))


@dataclass
class Chat:
    """A conversation over one demo org, with its files, its reader and what it said at once."""

    factory: FakeUnitOfWorkFactory
    conversation: Conversation
    files: dict[str, bytes]
    said_now: list[tuple[str, str]] = field(default_factory=list)

    async def say(self, handle: str, text: str, *attachments: Attachment) -> str:
        directory = await _directory(self.factory)
        official = directory.by_handle(handle)
        assert official is not None, handle

        async def say_now(reply: Reply) -> None:
            self.said_now.append((handle, reply.text))

        incoming = Incoming(
            "telegram", f"chat-{handle}", text, official.id, attachments, today=date(2023, 11, 2)
        )
        replies = await self.conversation.handle(incoming, say_now=say_now)
        return "\n".join(r.text for r in replies)


def open_chat(store: FakeStore, reader: RememberingReader | None = None) -> Chat:
    factory = FakeUnitOfWorkFactory(store.copy())
    files: dict[str, bytes] = {}
    conversation = Conversation(
        uow_factory=factory,
        clock=lambda: datetime(2023, 11, 2, 9, tzinfo=TZ),
        calendar=create_calendar(),
        fetchers={"telegram": FakeFetcher(files)},
        reader=reader,
    )
    return Chat(factory, conversation, files)


@pytest.mark.parametrize("org", ORGS)
@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=lambda p: p.stem)
async def test_chat_and_cli_build_the_same_plan(
    stores: dict[str, FakeStore], org: str, sample: Path
) -> None:
    chat = open_chat(stores[org])
    directory = await _directory(chat.factory)
    admin = directory.by_handle("admin")
    assert admin is not None
    notice = parse_notice(read_document(sample))
    assert notice.issuer, "every sample names its issuer"
    as_admin = plan_notice(notice, directory, admin.unit_id)
    as_cli = plan_notice(notice, directory, None)
    assert rendering(as_admin, directory) == rendering(as_cli, directory)
    # The chat's preview is that plan's preview: the dialog goes through the same function.
    chat.files["sample"] = await asyncio.to_thread(sample.read_bytes)
    reply = await chat.say("admin", "", Attachment("file", "sample", sample.name))
    assert reply.startswith(as_cli.preview(directory))


@pytest.mark.parametrize("org", ORGS)
@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=lambda p: p.stem)
async def test_a_name_resolves_only_at_the_level_it_names(
    stores: dict[str, FakeStore], org: str, sample: Path
) -> None:
    directory = await _directory(FakeUnitOfWorkFactory(stores[org].copy()))
    plan = plan_notice(parse_notice(read_document(sample)), directory, None)
    for planned in plan.tasks:
        if len(planned.parsed.lead) != 1:
            continue  # with several names, which unit came from which is not kept
        level = name_level(fold_key(planned.parsed.lead[0]))
        if level is None:
            continue
        for unit_id in planned.lead_unit_ids:
            assert unit_level(directory, unit_id) in (level, None), (
                planned.parsed.lead[0],
                directory.unit_name(unit_id),
            )


async def test_another_provinces_notice_lands_on_none_of_our_units(
    stores: dict[str, FakeStore],
) -> None:
    directory = await _directory(FakeUnitOfWorkFactory(stores["org.yaml"].copy()))
    admin = directory.by_handle("admin")
    assert admin is not None
    notice = parse_notice(read_document(SAMPLES / "bac-giang-2020-tong-ket-cchc.txt"))
    plan = plan_notice(notice, directory, admin.unit_id)
    assert plan.issuer is None and plan.issuer_source is IssuerSource.UNKNOWN
    assert plan.task_count == 0
    assert "Sở Nội vụ" in plan.unresolved
    preview = plan.preview(directory)
    assert "«UBND tỉnh Bắc Giang» không có trong hệ thống" in preview
    assert "Văn phòng HĐND và UBND huyện" not in preview


async def test_a_district_notice_of_elsewhere_keeps_off_our_district(
    stores: dict[str, FakeStore],
) -> None:
    directory = await _directory(FakeUnitOfWorkFactory(stores["org.yaml"].copy()))
    notice = parse_notice(read_document(SAMPLES / "hiep-hoa-2024-cchc-dti-ddci.txt"))
    admin = directory.by_handle("admin")
    assert admin is not None
    plan = plan_notice(notice, directory, admin.unit_id)
    assert plan.task_count == 0
    assert {"Phòng Nội vụ", "Văn phòng HĐND và UBND huyện"} <= set(plan.unresolved)


async def test_own_province_names_never_reach_district_units(
    stores: dict[str, FakeStore],
) -> None:
    directory = await _directory(FakeUnitOfWorkFactory(stores["org.yaml"].copy()))
    notice = parse_notice(read_document(SAMPLES / "ubnd-tinh-2026-cchc-chuyen-doi-so.txt"))
    plan = plan_notice(notice, directory, None)
    assert directory.unit_name(plan.issuer) == "UBND tỉnh Lạng Sơn"
    assert {"Văn phòng UBND tỉnh", "Sở Nội vụ"} <= set(plan.unresolved)
    district_vp = next(u.id for u in directory.units.values() if u.code == "vp")
    assert all(district_vp not in t.lead_unit_ids for t in plan.tasks)


async def test_a_notice_naming_no_issuer_uses_the_admins_government_and_says_so(
    stores: dict[str, FakeStore],
) -> None:
    chat = open_chat(stores["org.yaml"])
    directory = await _directory(chat.factory)
    notice = parse_notice(NO_ISSUER)
    assert notice.issuer is None
    cli = plan_notice(notice, directory, None)
    assert cli.issuer_source is IssuerSource.MISSING
    assert "Văn bản không ghi cơ quan ban hành" in cli.preview(directory)
    await chat.say("admin", "/nhap")
    preview = await chat.say("admin", NO_ISSUER)
    assert "coi là UBND huyện Bắc Sơn (đơn vị của bạn)" in preview
    assert "UBND xã Long Đống" in preview  # «các xã» fanned out under the assumed issuer


async def test_names_outside_the_system_get_one_clear_line_each(
    stores: dict[str, FakeStore],
) -> None:
    chat = open_chat(stores["org.yaml"])
    await chat.say("admin", "/nhap")
    preview = await chat.say("admin", WITH_OUTSIDERS)
    assert "Không thuộc đơn vị nào trong hệ thống" in preview
    assert "«sửa TÊN = ĐƠN VỊ»" in preview
    outsiders = [line for line in preview.splitlines() if line.startswith("  · «")]
    assert len(outsiders) == 2, preview
    assert "Trung tâm Y tế huyện" in outsiders[0]
    assert "mục 1" in outsiders[0] and "mục 3" in outsiders[1]
    assert (
        "Tìm thấy 1 việc cho 1 đơn vị; 2 mục khác trong văn bản chưa có đơn vị chủ trì trong "
        "hệ thống." in preview
    )


async def test_minutes_with_no_assignment_say_so_and_offer_nothing(
    stores: dict[str, FakeStore],
) -> None:
    chat = open_chat(stores["org.yaml"])
    await chat.say("admin", "/nhap")
    reply = await chat.say("admin", MINUTES)
    assert "Không tìm thấy việc nào được giao trong văn bản: đây là biên bản" in reply
    assert "Đồng ý" not in reply and "Tìm thấy 0 việc" not in reply
    assert "Đã nhập" not in await chat.say("admin", "đồng ý")  # nothing was kept to confirm


async def test_an_admins_photo_starts_an_import_with_a_progress_line(
    stores: dict[str, FakeStore],
) -> None:
    reader = RememberingReader(text=WITH_OUTSIDERS)
    chat = open_chat(stores["org.yaml"], reader)
    chat.files["photo-1"] = PNG
    kept = await chat.say("admin", "", Attachment("image", "photo-1", size=len(PNG)))
    assert "Đã nhận trang 1" in kept and reader.read_names == []  # more pages may follow
    preview = await chat.say("admin", "xong")
    assert chat.said_now == [
        ("admin", "Đang đọc ảnh chụp văn bản (nhận dạng chữ), xin chờ trong giây lát…")
    ]
    assert reader.read_names == ["ảnh chụp văn bản.jpg"]
    assert "Tìm thấy 1 việc" in preview


async def test_a_staff_photo_without_context_is_not_imported(
    stores: dict[str, FakeStore],
) -> None:
    reader = RememberingReader(text=WITH_OUTSIDERS)
    chat = open_chat(stores["org.yaml"], reader)
    chat.files["photo-1"] = PNG
    reply = await chat.say("noivu", "", Attachment("image", "photo-1", size=len(PNG)))
    assert "chưa gắn được với việc nào" in reply
    assert reader.read_names == [] and chat.said_now == []


@pytest.mark.parametrize("first", ["/nhap", None])
async def test_nhap_then_a_photo_or_a_captioned_photo_is_an_import(
    stores: dict[str, FakeStore], first: str | None
) -> None:
    reader = RememberingReader(text=WITH_OUTSIDERS)
    chat = open_chat(stores["org.yaml"], reader)
    chat.files["photo-1"] = PNG
    photo = Attachment("image", "photo-1", size=len(PNG))
    if first is not None:
        assert "Hãy dán toàn văn" in await chat.say("admin", first)
        kept = await chat.say("admin", "", photo)
    else:
        kept = await chat.say("admin", "nhập thông báo", photo)
    assert "Đã nhận trang 1" in kept
    reply = await chat.say("admin", "hết")
    assert "Tìm thấy 1 việc" in reply
    assert reader.read_names == ["ảnh chụp văn bản.jpg"]


async def test_other_chats_are_answered_while_one_photo_is_being_read(
    stores: dict[str, FakeStore],
) -> None:
    reader = RememberingReader(gate=asyncio.Event(), text=WITH_OUTSIDERS)
    chat = open_chat(stores["org.yaml"], reader)
    chat.files["photo-1"] = PNG
    await chat.say("admin", "", Attachment("image", "photo-1", size=len(PNG)))
    importing = asyncio.create_task(chat.say("admin", "xong"))
    await reader.started.wait()  # the admin's photo is being "recognised" now
    assert not importing.done()
    meanwhile = await chat.say("noivu", "việc của tôi")
    assert "Phòng Nội vụ" in meanwhile or "Không có việc" in meanwhile
    assert not importing.done()
    assert reader.gate is not None
    reader.gate.set()
    preview = await importing
    assert "Tìm thấy 1 việc" in preview
    assert chat.said_now[0][0] == "admin"


async def test_a_paste_goes_through_the_reader_too(stores: dict[str, FakeStore]) -> None:
    reader = RememberingReader()
    chat = open_chat(stores["org.yaml"], reader)
    await chat.say("admin", "/nhap")
    assert "Tìm thấy 1 việc" in await chat.say("admin", WITH_OUTSIDERS)
    assert reader.read_names == ["văn bản dán.txt"]


@pytest.mark.parametrize(
    ("org", "name", "issuer_code", "expected"),
    [
        ("org.yaml", "Văn phòng UBND tỉnh", "bac-son", None),  # not the district's Văn phòng
        ("org.yaml", "Văn phòng UBND huyện", "bac-son", "vp"),
        ("org.yaml", "Sở Nội vụ", "lang-son", None),  # no Sở here: never «Phòng Nội vụ»
        ("org.yaml", "UBND tỉnh", None, "lang-son"),  # the only province there is
        ("province.yaml", "Sở Nội vụ", "lang-son", "so-noi-vu"),
        ("province.yaml", "Văn phòng UBND huyện", "lang-son", None),  # not the province's
        ("province.yaml", "Phòng Kinh tế xã Bắc Sơn", "lang-son", "bac-son-kt"),
        ("province.yaml", "Phòng Kinh tế huyện", "lang-son", None),  # a commune's is not it
    ],
)
async def test_level_words_decide_between_same_named_offices(
    stores: dict[str, FakeStore],
    org: str,
    name: str,
    issuer_code: str | None,
    expected: str | None,
) -> None:
    directory = await _directory(FakeUnitOfWorkFactory(stores[org].copy()))
    by_code = {u.code: u.id for u in directory.units.values()}
    issuer = by_code[issuer_code] if issuer_code else None
    found = resolve_assignee(name, directory, issuer, date(2026, 3, 16))
    assert [directory.units[u].code for u in found] == ([expected] if expected else [])


class UnreachableFetcher:
    """A channel whose file server is down: remembers what it was asked for."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    async def fetch(self, ref: str, max_bytes: int) -> bytes:
        self.asked.append(ref)
        raise ConnectionError("connection refused")


async def test_a_photo_the_channel_cannot_give_is_asked_again(
    stores: dict[str, FakeStore],
) -> None:
    chat = open_chat(stores["org.yaml"])
    fetcher = UnreachableFetcher()
    chat.conversation = Conversation(
        uow_factory=chat.factory,
        clock=lambda: datetime(2023, 11, 2, 9, tzinfo=TZ),
        calendar=create_calendar(),
        fetchers={"telegram": fetcher},
    )
    await chat.say("admin", "", Attachment("image", "photo-9", size=100))
    reply = await chat.say("admin", "xong")  # the pages are fetched when they are read
    assert "Chưa tải được tệp/ảnh bạn gửi" in reply and "gửi lại" in reply
    assert fetcher.asked == ["photo-9"]


async def test_a_plan_with_no_assignable_task_offers_no_confirm_until_a_name_is_mapped(
    stores: dict[str, FakeStore],
) -> None:
    chat = open_chat(stores["org.yaml"])
    only_outsiders = "\n".join(
        line for line in WITH_OUTSIDERS.splitlines() if not line.startswith("2.")
    )
    await chat.say("admin", "/nhap")
    preview = await chat.say("admin", only_outsiders)
    assert "Không việc nào giao được cho đơn vị trong hệ thống" in preview
    assert "Gõ «đồng ý»" not in preview and "«sửa TÊN = ĐƠN VỊ»" in preview
    fixed = await chat.say("admin", "sửa Trung tâm Y tế huyện = Phòng Nội vụ")
    assert "Tìm thấy 1 việc cho 1 đơn vị" in fixed and "Gõ «đồng ý»" in fixed
