"""Importing a notice by chat: a file or "/nhap" + pasted text → preview → fix/confirm/cancel."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from handlers.collect_pages import PAGE_WINDOW, PageCollector
from handlers.context import Asker
from handlers.domain import Role, UnitId
from handlers.errors import DomainError, NotAllowed
from handlers.import_notice import (
    ImportPlan,
    import_notice,
    plan_from_json,
    plan_notice,
    plan_to_json,
    with_mapping,
)
from handlers.memory import ChatKey, ChatState, Slot
from handlers.messages import Attachment, Button, Reply
from handlers.notice_reader import PASTE_NAME, NoticeReader, ThreadReader, pack_pages
from handlers.ports import JsonValue, UnitOfWorkFactory
from notices import ClassifiedNoticeError, NoticeError, ParsedNotice
from notices.readers import MAX_BYTES, describe_document
from notices.text import fold, fold_key

log = logging.getLogger(__name__)

# Sends a reply at once, before the turn's answer (a "please wait" for long work).
SayNow = Callable[[Reply], Awaitable[object]]
_MIN_PASTE_CHARS = 80
_NOTICE_FILES = (".docx", ".doc", ".pdf", ".txt", ".jpg", ".jpeg", ".png")
_IMAGE_NAME = "ảnh chụp văn bản.jpg"
_YES = re.compile(r"^(dong y|dong y nhap|nhap dong y|xac nhan|ok|co|yes|luu)\W*$")
_NO = re.compile(r"^(huy|huy bo|nhap huy|khong|thoi|cancel)\W*$")
# "sửa Bưu điện huyện = Phòng Kinh tế và Hạ tầng"
_FIX = re.compile(r"^sua\s+(?P<name>.+?)\s*(?:=|->|thanh)\s*(?P<unit>.+)$")
_FIX_TYPED = re.compile(
    r"^(?:sửa|sua)\s+(?P<name>.+?)\s*(?:=|->|\bthành\b|\bthanh\b)\s*(?P<unit>.+)$",
    re.IGNORECASE | re.DOTALL,
)
_EXPLICIT = re.compile(r"\bnhap\b")
_NOTHING_PENDING = (
    "Không có bản xem trước nào đang chờ xác nhận (bản xem trước chỉ được giữ 24 giờ), nên "
    "chưa nhập gì. Hãy gửi lại văn bản, hoặc /nhap rồi dán nội dung, để xem lại."
)
_CONFIRM_BUTTONS = (Button("Đồng ý nhập", "nhập đồng ý"), Button("Hủy", "nhập hủy"))


class FileFetcher(Protocol):
    """Downloads a file a user sent on one channel (implemented in bot/): ValueError when it
    is larger than `max_bytes`, ConnectionError when the channel could not give it."""

    async def fetch(self, ref: str, max_bytes: int) -> bytes: ...


@dataclass(frozen=True, slots=True)
class PendingImport:
    plan: ImportPlan
    source: str


def _pending_to_json(pending: PendingImport) -> JsonValue:
    return {"plan": plan_to_json(pending.plan), "source": pending.source}


def _pending_from_json(raw: JsonValue) -> PendingImport:
    if not isinstance(raw, dict) or not isinstance(raw["source"], str):
        raise TypeError("a pending import is an object")
    return PendingImport(plan_from_json(raw["plan"]), raw["source"])


def _flag(raw: JsonValue) -> bool:
    if raw is not True:
        raise TypeError("a flag is true")
    return True


# A preview waits a working day for «đồng ý»: long enough to check it with a leader, short
# enough that a notice's text does not linger in the database.
PENDING_IMPORT: Slot[PendingImport] = Slot(
    "pending_import", timedelta(hours=24), _pending_to_json, _pending_from_json
)
# «/nhap» waits an hour for the pasted text or the file.
AWAITING_PASTE: Slot[bool] = Slot("awaiting_paste", timedelta(hours=1), bool, _flag)


class ImportDialog:
    """Keeps each admin chat's pending preview in the conversation state (ChatState), so a
    restart or a second process continues it: the parsed notice (never a classified one,
    which is refused before any preview) is kept until the admin confirms or cancels, or for
    24 hours, then deleted; only a confirmed import writes tasks."""

    def __init__(
        self,
        *,
        uow_factory: UnitOfWorkFactory,
        fetchers: Mapping[str, FileFetcher],
        reader: NoticeReader | None = None,
        page_window: timedelta = PAGE_WINDOW,
    ) -> None:
        self._uow_factory = uow_factory
        self._fetchers = fetchers
        self._reader: NoticeReader = reader if reader is not None else ThreadReader()
        self._state = ChatState(uow_factory)
        # Photos of one notice sent one by one: pages of one document while they keep coming.
        self.pages = PageCollector(self._state, page_window, self.read_photos)

    @staticmethod
    def is_notice_file(item: Attachment) -> bool:
        """A document an import can read: a notice file by its name, or a photo (OCR)."""
        return item.kind == "image" or item.name.lower().endswith(_NOTICE_FILES)

    async def awaits_document(self, key: ChatKey, now: datetime) -> bool:
        """Did this chat just say «/nhap», so that the next file or photo is the notice?"""
        awaiting: bool | None = await self._state.get(key, AWAITING_PASTE, now)
        return awaiting is True

    async def expects(self, key: ChatKey, text: str, now: datetime) -> bool:
        """Is this message the next step of an import this chat started?"""
        if await self.awaits_document(key, now):
            return True
        if await self.pages.expects(key, text, now):
            return True
        folded = fold_key(text)
        answer = _YES.match(folded) or _NO.match(folded)
        if answer and _EXPLICIT.search(folded):  # «đồng ý nhập», a button: pending or not
            return True
        if not (answer or _FIX.match(folded)):
            return False
        return await self._state.get(key, PENDING_IMPORT, now) is not None

    async def forget_paste_request(self, key: ChatKey) -> None:
        """A document came after «/nhap»: the chat no longer waits for a paste."""
        await self._state.drop(key, AWAITING_PASTE)

    async def start_paste(self, key: ChatKey, asker: Asker) -> Reply:
        admin_only(asker)
        await self._state.put(key, AWAITING_PASTE, True, asker.now)
        return Reply(
            "Hãy dán toàn văn thông báo kết luận vào tin nhắn tiếp theo "
            "(hoặc gửi tệp .docx, .doc, .pdf, .txt, hay ảnh chụp/bản scan của văn bản). Gõ «hủy» "
            "để thôi."
        )

    async def from_file(
        self, key: ChatKey, asker: Asker, item: Attachment, say_now: SayNow | None = None
    ) -> Reply:
        """Fetch the file or photo, say at once when reading it will be slow (OCR, an old
        .doc), then read and parse it off the event loop and preview the plan."""
        admin_only(asker)
        await self._state.drop(key, AWAITING_PASTE)
        data = await self._fetch(asker, item)
        name = _file_name(item)
        shape = describe_document(data, name)
        if shape.progress_line is not None and say_now is not None:
            await say_now(Reply(shape.progress_line))
        notice = await self._read(asker, data, name)
        return await self._preview(key, asker, notice, item.name or name)

    async def read_photos(
        self, key: ChatKey, asker: Asker, items: Sequence[Attachment], say_now: SayNow | None
    ) -> Reply:
        """Photos (or scanned page images) of one notice, in the order sent → one preview."""
        if len(items) == 1:
            return await self.from_file(key, asker, items[0], say_now)
        admin_only(asker)
        pages = [await self._fetch(asker, item) for item in items]
        if say_now is not None:
            await say_now(Reply(f"Đang đọc bản chụp {len(pages)} trang (nhận dạng chữ), xin chờ…"))
        notice = await self._read(asker, pack_pages(pages), _IMAGE_NAME)
        return await self._preview(key, asker, notice, f"ảnh chụp {len(pages)} trang")

    async def _fetch(self, asker: Asker, item: Attachment) -> bytes:
        fetcher = self._fetchers.get(asker.channel)
        if fetcher is None:
            raise DomainError("Kênh này chưa nhận được tệp; hãy dán nội dung sau lệnh /nhap.")
        if item.size > MAX_BYTES:
            raise DomainError("Tệp quá lớn: giới hạn là 10 MB mỗi văn bản.")
        try:
            return await fetcher.fetch(item.ref, MAX_BYTES)
        except ValueError:
            raise DomainError("Tệp quá lớn: giới hạn là 10 MB mỗi văn bản.") from None
        except ConnectionError:
            raise DomainError(
                "Chưa tải được tệp/ảnh bạn gửi (lỗi kết nối tới máy chủ của kênh); hãy gửi lại."
            ) from None

    async def step(
        self, key: ChatKey, asker: Asker, text: str, say_now: SayNow | None = None
    ) -> Reply | None:
        """The import's next step; None when there is nothing to say (a channel's wake-up
        for a batch of photos that has since grown)."""
        if await self.pages.expects(key, text, asker.now):
            admin_only(asker)
            return await self.pages.close(key, asker, text, say_now)
        if await self._state.pop(key, AWAITING_PASTE, asker.now):
            if _NO.match(fold_key(text)):
                return Reply("Đã hủy nhập thông báo.")
            if len(text) < _MIN_PASTE_CHARS:
                raise DomainError(
                    "Nội dung quá ngắn để là một thông báo; hãy gửi /nhap rồi dán lại."
                )
            notice = await self._read(asker, text.encode("utf-8"), PASTE_NAME)
            return await self._preview(key, asker, notice, "văn bản dán")
        pending = await self._state.get(key, PENDING_IMPORT, asker.now)
        if pending is None:  # expired, or already confirmed or cancelled
            return Reply(_NOTHING_PENDING)
        folded = fold_key(text)
        if _NO.match(folded):
            await self._state.drop(key, PENDING_IMPORT)
            return Reply("Đã hủy, không nhập gì.")
        fix = _FIX.match(folded)
        if fix:
            return await self._fix(key, asker, pending, text)
        # Deleted before the import, as a claim: a second «đồng ý», even one handled by
        # another process at the same moment, cannot import it again.
        if not await self._state.drop(key, PENDING_IMPORT):
            return Reply(_NOTHING_PENDING)
        if not _units_exist(pending.plan, asker):
            # The org file was reloaded since the preview (which a restart may have spanned).
            return Reply(
                "Danh sách đơn vị đã thay đổi kể từ bản xem trước nên chưa nhập gì; hãy gửi "
                "lại văn bản để xem bản mới."
            )
        result = await import_notice(
            pending.plan,
            directory=asker.directory,
            uow_factory=self._uow_factory,
            now=asker.now,
            actor_id=asker.official.id,
            channel=asker.channel,
            source_name=pending.source,
        )
        if result.already_imported:
            return Reply("Thông báo này đã được nhập trước đây; không tạo thêm việc nào.")
        return Reply(
            f"Đã nhập {result.created} việc. Các đơn vị chủ trì sẽ được báo qua tin nhắn."
        )

    async def _read(self, asker: Asker, data: bytes, name: str) -> ParsedNotice:
        try:
            return await self._reader.read(data, name)
        except ClassifiedNoticeError:
            log.info("refused a classified notice from %s", asker.channel)
            raise DomainError(
                "Văn bản có dấu MẬT: theo Luật Bảo vệ bí mật nhà nước, hệ thống không nhận và "
                "không lưu văn bản mật."
            ) from None
        except NoticeError as exc:
            raise DomainError(exc.message) from None

    async def _preview(
        self, key: ChatKey, asker: Asker, notice: ParsedNotice, source: str
    ) -> Reply:
        plan = plan_notice(notice, asker.directory, asker.official.unit_id)
        if not notice.tasks:  # nothing to confirm: say why, keep nothing
            await self._state.drop(key, PENDING_IMPORT)
            return Reply(plan.preview(asker.directory))
        await self._state.put(key, PENDING_IMPORT, PendingImport(plan, source), asker.now)
        return self._preview_reply(plan, asker)

    async def _fix(self, key: ChatKey, asker: Asker, pending: PendingImport, text: str) -> Reply:
        # The same split as _FIX, on the typed text: "=", "->" or the word "thành".
        fix = _FIX_TYPED.match(text.strip())
        if fix is None:
            raise DomainError(
                "Hãy gõ «sửa TÊN = ĐƠN VỊ», ví dụ «sửa Bưu điện huyện = Phòng Văn hóa»."
            )
        name_part, unit_part = fix["name"], fix["unit"]
        name = next(
            (n for n in pending.plan.unresolved if fold_key(n) == fold_key(name_part)),
            name_part.strip(),
        )
        unit_id = _unit_named(unit_part, asker)
        plan = with_mapping(pending.plan, name, unit_id, asker.directory)
        await self._state.put(key, PENDING_IMPORT, PendingImport(plan, pending.source), asker.now)
        return self._preview_reply(plan, asker)

    @staticmethod
    def _preview_reply(plan: ImportPlan, asker: Asker) -> Reply:
        if plan.task_count == 0:  # nothing to confirm until a name is mapped to a unit
            hint = "\nGõ «sửa TÊN = ĐƠN VỊ» để chọn đơn vị cho một tên, hoặc «hủy» để thôi."
            return Reply(plan.preview(asker.directory) + "\n" + hint, _CONFIRM_BUTTONS[1:])
        hint = (
            "\nGõ «đồng ý» để nhập, «hủy» để thôi, hoặc «sửa TÊN = ĐƠN VỊ» để chọn đơn vị "
            "cho một tên chưa khớp."
        )
        return Reply(plan.preview(asker.directory) + "\n" + hint, _CONFIRM_BUTTONS)


def _file_name(item: Attachment) -> str:
    """A name for the reader: a photo comes without one (Telegram photo, Zalo image URL)."""
    if item.name:
        return item.name
    if item.kind == "image":
        return _IMAGE_NAME
    return os.path.basename(item.ref.split("?")[0]) or "tệp"


def _units_exist(plan: ImportPlan, asker: Asker) -> bool:
    units = asker.directory.units
    named = {u for t in plan.tasks for u in (*t.lead_unit_ids, *t.support_unit_ids)}
    if plan.issuer is not None:
        named.add(plan.issuer)
    return named <= units.keys()


def admin_only(asker: Asker) -> None:
    if not asker.official.has(Role.ADMIN):
        raise NotAllowed("Chỉ cán bộ Văn phòng (quản trị) mới nhập thông báo.")


def _unit_named(text: str, asker: Asker) -> UnitId:
    key = fold_key(text)
    for unit in asker.directory.units.values():
        if key in (fold_key(unit.name), fold(unit.code)):
            return unit.id
    match = asker.directory.names.match_unit(text)
    if match is None or match.id is None:
        raise DomainError(f"Không tìm thấy đơn vị «{text.strip()}».")
    return UnitId(match.id)
