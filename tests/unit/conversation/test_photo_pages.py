"""Photos of a paper notice sent page by page become the pages of one notice: kept while they
come in a row (one album, or within the page window), read together in the order sent at
«xong» or when the channel wakes the chat after the window, giving one preview."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import pytest

from handlers.calendar import create_calendar
from handlers.collect_pages import PAGE_WINDOW
from handlers.conversation import Conversation
from handlers.directory import DirectoryCache
from handlers.messages import Attachment, Incoming, Reply
from handlers.notice_reader import unpack_pages
from notices import ParsedNotice, parse_notice
from tests.conversation_support import TZ, FakeFetcher
from tests.fakes.uow import FakeStore, FakeUnitOfWorkFactory

# Three sheets of one notice, as a phone would photograph them: the heading and the first
# assignment; two more; the closing and the signature. (The fake reader takes a page's bytes
# for its recognised text.)
SHEETS = (
    """ỦY BAN NHÂN DÂN
HUYỆN BẮC SƠN
Số: 41/TB-UBND
THÔNG BÁO
Kết luận của Chủ tịch UBND huyện tại buổi làm việc về cải cách hành chính

Ngày 03/11/2023, Chủ tịch UBND huyện chủ trì buổi làm việc, kết luận như sau:

1. Giao Phòng Nội vụ chủ trì tổng hợp kết quả cải cách hành chính, hoàn thành trước ngày
20/11/2023.
""",
    """2. Giao Phòng Tư pháp rà soát các văn bản quy phạm pháp luật của huyện, hoàn thành trước
ngày 30/11/2023.

3. Giao Phòng Văn hóa và Thông tin chủ trì tuyên truyền kết quả cải cách hành chính, hoàn
thành trước ngày 15/12/2023.
""",
    """Văn phòng HĐND và UBND huyện thông báo để các cơ quan, đơn vị biết, thực hiện./.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Bình
""",
)
START = datetime(2023, 11, 6, 9, tzinfo=TZ)


@dataclass
class PagesReader:
    """A NoticeReader that remembers each read as its list of pages, and parses their texts
    joined in that order (as the real reader joins what OCR read of each)."""

    reads: list[list[bytes]] = field(default_factory=list)

    async def read(self, data: bytes, filename: str) -> ParsedNotice:
        pages = unpack_pages(data)
        pages = [data] if pages is None else pages
        self.reads.append(pages)
        return parse_notice("\n\n".join(page.decode("utf-8") for page in pages))


@dataclass
class PhotoChat:
    factory: FakeUnitOfWorkFactory
    reader: PagesReader
    files: dict[str, bytes]
    now: datetime = START
    said_now: list[str] = field(default_factory=list)
    conversation: Conversation | None = None

    def restart(self) -> None:
        """A new process over the same database: nothing kept in memory."""
        self.conversation = Conversation(
            uow_factory=self.factory,
            clock=lambda: self.now,
            calendar=create_calendar(),
            fetchers={"telegram": FakeFetcher(self.files)},
            reader=self.reader,
        )

    async def send(
        self, handle: str, text: str = "", *refs: str, group: str = "", later: float = 0
    ) -> list[Reply]:
        self.now += timedelta(seconds=later)
        async with self.factory() as uow:
            official = (await DirectoryCache().get(uow)).by_handle(handle)
        assert official is not None and self.conversation is not None

        async def say_now(reply: Reply) -> None:
            self.said_now.append(reply.text)

        photos = tuple(Attachment("image", ref, size=len(self.files[ref])) for ref in refs)
        incoming = Incoming(
            "telegram", f"chat-{handle}", text, official.id, photos, today=date(2023, 11, 6),
            group=group,
        )  # fmt: skip
        return await self.conversation.handle(incoming, say_now=say_now)


@pytest.fixture(scope="module")
def store(_org_store: FakeStore) -> FakeStore:
    return _org_store


@pytest.fixture
def chat(store: FakeStore) -> PhotoChat:
    files = {f"sheet-{n}": sheet.encode("utf-8") for n, sheet in enumerate(SHEETS, start=1)}
    made = PhotoChat(FakeUnitOfWorkFactory(store.copy()), PagesReader(), files)
    made.restart()
    return made


def text_of(replies: list[Reply]) -> str:
    return "\n".join(r.text for r in replies)


async def test_photos_sent_in_a_row_are_read_as_one_notice_at_xong(chat: PhotoChat) -> None:
    acks = [text_of(await chat.send("admin", "", f"sheet-{n}", later=20)) for n in (1, 2, 3)]
    assert [("Đã nhận trang " + str(n)) in ack for n, ack in enumerate(acks, start=1)] == [
        True,
        True,
        True,
    ]
    assert chat.reader.reads == []  # nothing read while pages may still come
    preview = text_of(await chat.send("admin", "xong", later=10))
    assert chat.said_now == ["Đang đọc bản chụp 3 trang (nhận dạng chữ), xin chờ…"]
    assert chat.reader.reads == [[s.encode("utf-8") for s in SHEETS]]  # in the order sent
    assert "Tìm thấy 3 việc" in preview
    assert "Đã nhập 3 việc" in text_of(await chat.send("admin", "đồng ý"))


@pytest.mark.parametrize("word", ["xong", "/xong", "Hết.", "xong rồi", "đọc đi", "đủ rồi"])
async def test_a_closing_word_reads_the_pages_at_once(chat: PhotoChat, word: str) -> None:
    await chat.send("admin", "", "sheet-1")
    await chat.send("admin", "", "sheet-2", later=5)
    assert "Tìm thấy 3 việc" in text_of(await chat.send("admin", word, later=5))
    assert len(chat.reader.reads) == 1 and len(chat.reader.reads[0]) == 2


async def test_an_albums_photos_are_one_notice_however_slowly_they_arrive(
    chat: PhotoChat,
) -> None:
    late = PAGE_WINDOW.total_seconds() + 30
    await chat.send("admin", "", "sheet-1", group="album-7")
    await chat.send("admin", "", "sheet-2", group="album-7", later=late)
    ack = text_of(await chat.send("admin", "", "sheet-3", group="album-7", later=late))
    assert "Đã nhận trang 3" in ack and "quá lâu" not in ack
    await chat.send("admin", "xong")
    assert len(chat.reader.reads[0]) == 3


async def test_a_photo_after_the_window_starts_another_notice(chat: PhotoChat) -> None:
    await chat.send("admin", "", "sheet-1")
    ack = text_of(await chat.send("admin", "", "sheet-2", later=PAGE_WINDOW.total_seconds() + 1))
    assert "Đã nhận trang 1" in ack and "1 ảnh gửi trước đó đã quá lâu" in ack
    await chat.send("admin", "xong")
    assert chat.reader.reads == [[SHEETS[1].encode("utf-8")]]


async def test_the_wake_up_reads_only_when_no_page_came_after_it_was_set(
    chat: PhotoChat,
) -> None:
    first = (await chat.send("admin", "", "sheet-1"))[0]
    second = (await chat.send("admin", "", "sheet-2", later=30))[0]
    assert first.wake is not None and second.wake is not None
    assert first.wake.seconds == PAGE_WINDOW.total_seconds()
    # The first page's wake-up comes while the second page's is still pending: silence.
    assert await chat.send("admin", first.wake.payload, later=45) == []
    assert chat.reader.reads == []
    preview = text_of(await chat.send("admin", second.wake.payload, later=30))
    assert "Tìm thấy 3 việc" in preview and len(chat.reader.reads[0]) == 2
    # A wake-up for a batch already read (a «xong» came first) says nothing either.
    assert await chat.send("admin", second.wake.payload) == []


async def test_the_read_now_button_and_cancel(chat: PhotoChat) -> None:
    ack = (await chat.send("admin", "", "sheet-1"))[0]
    assert [b.label for b in ack.buttons] == ["Đọc ngay (1 trang)", "Hủy"]
    assert "bỏ 1 ảnh" in text_of(await chat.send("admin", ack.buttons[1].payload))
    await chat.send("admin", "", "sheet-1", later=5)
    await chat.send("admin", "", "sheet-2", later=5)
    again = (await chat.send("admin", "", "sheet-3", later=5))[0]
    assert "Tìm thấy 3 việc" in text_of(await chat.send("admin", again.buttons[0].payload))
    assert len(chat.reader.reads) == 1 and len(chat.reader.reads[0]) == 3


async def test_pages_received_survive_a_restart(chat: PhotoChat) -> None:
    await chat.send("admin", "", "sheet-1")
    await chat.send("admin", "", "sheet-2", later=10)
    chat.restart()
    await chat.send("admin", "", "sheet-3", later=10)
    assert "Tìm thấy 3 việc" in text_of(await chat.send("admin", "hết"))
    assert len(chat.reader.reads[0]) == 3


async def test_xong_with_a_number_is_still_a_report_while_pages_are_kept(
    chat: PhotoChat,
) -> None:
    await chat.send("admin", "", "sheet-1")
    reply = text_of(await chat.send("admin", "xong 999", later=5))
    assert chat.reader.reads == [] and "999" in reply


async def test_a_lone_xong_without_pages_is_not_taken_for_a_batch(chat: PhotoChat) -> None:
    reply = text_of(await chat.send("admin", "xong"))
    assert "Bạn báo xong việc số mấy?" in reply and chat.reader.reads == []


async def test_a_photo_after_a_report_is_its_evidence_even_with_pages_kept(
    chat: PhotoChat,
) -> None:
    chat.files["office"] = (
        SHEETS[0]
        .replace("Phòng Nội vụ chủ trì", "Văn phòng HĐND và UBND huyện chủ trì")
        .encode("utf-8")
    )
    await chat.send("admin", "", "office")
    await chat.send("admin", "xong")
    imported = text_of(await chat.send("admin", "đồng ý"))
    assert "Đã nhập 1 việc" in imported
    task_id = max(chat.factory.store.tables["tasks"])
    await chat.send("admin", "", "sheet-1", later=5)  # pages of another notice are kept
    reported = text_of(await chat.send("admin", f"xong {task_id} đã tổng hợp", later=10))
    assert "chờ" in reported or "báo" in reported
    evidence = text_of(await chat.send("admin", "", "sheet-2", later=10))
    assert f"Đã thêm 1 minh chứng cho việc #{task_id}" in evidence
    assert len(chat.reader.reads) == 1  # only the first notice was read
