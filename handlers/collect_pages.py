"""Photos of one paper notice sent page by page: collected as the pages of one document.

An official photographs a notice sheet by sheet and sends the photos in a row (a Telegram
album, or Zalo images one after another). Each photo read alone would preview only a page,
and a first page carries few of the tasks. So an admin's photos that come in a row are kept as
a batch — the same album, or within `window` of the previous photo — and read together, in the
order sent, when the admin says «xong» (or taps «Đọc ngay»), or when the channel comes back
after `window` without a new page (the reply's `Wake`). The batch lives in the chat's state
(the database), as a pending preview does, so a restart keeps the pages received.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from handlers.context import Asker
from handlers.memory import ChatKey, ChatState, Slot
from handlers.messages import Attachment, Button, Reply, Wake
from handlers.ports import JsonValue
from notices.readers.ocr import MAX_OCR_PAGES
from notices.text import fold_key

# Long enough to turn a sheet over and take the next shot; short enough that a lone photo is
# not kept waiting long (the admin can always say «xong» at once).
PAGE_WINDOW = timedelta(seconds=75)
# What the «Đọc ngay» button sends, and, with the page count, what the channel's wake-up sends.
READ_PAGES = "đọc các trang"
_IMAGE_FILES = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".webp", ".bmp")
# «xong», «hết», «/xong», «xong rồi», «hết trang», «đọc đi», «đọc ngay», «đủ rồi»: the pages
# are all sent. A number after «xong» is a report («xong 12»), not this.
_CLOSE = re.compile(r"^/?(?:xong|het|du|doc)(?:\s+(?:roi|trang|di|ngay|nhe|a|het|cac trang))*\W*$")
_WAKE = re.compile(r"^doc cac trang(?:\s+(?P<count>\d+))?$")
_CANCEL = re.compile(r"^(?:huy|huy bo|thoi|khong)\W*$")

SayNow = Callable[[Reply], Awaitable[object]]
ReadPhotos = Callable[[ChatKey, Asker, Sequence[Attachment], SayNow | None], Awaitable[Reply]]


@dataclass(frozen=True, slots=True)
class PageBatch:
    pages: tuple[Attachment, ...]
    group: str  # the album the pages came in ("" outside an album)
    last: datetime  # when the latest page came


def _batch_to_json(batch: PageBatch) -> JsonValue:
    pages: list[JsonValue] = [
        {"kind": p.kind, "ref": p.ref, "name": p.name, "mime": p.mime, "size": p.size}
        for p in batch.pages
    ]
    return {"pages": pages, "group": batch.group, "last": batch.last.isoformat()}


def _batch_from_json(raw: JsonValue) -> PageBatch:
    if not isinstance(raw, dict) or not isinstance(raw["pages"], list):
        raise TypeError("a page batch is an object")
    pages = []
    for page in raw["pages"]:
        if not isinstance(page, dict):
            raise TypeError("a page is an object")
        kind, ref, name, mime, size = (page[k] for k in ("kind", "ref", "name", "mime", "size"))
        if not (isinstance(kind, str) and isinstance(ref, str) and isinstance(name, str)):
            raise TypeError("a page names its file")
        pages.append(Attachment(kind, ref, name, str(mime), int(str(size))))
    return PageBatch(tuple(pages), str(raw["group"]), datetime.fromisoformat(str(raw["last"])))


# Kept an hour at most: pages not read by then (a restart lost the wake-up, and no «xong»
# came) are forgotten rather than joined to photos of another day.
PAGE_BATCH: Slot[PageBatch] = Slot(
    "page_batch", timedelta(hours=1), _batch_to_json, _batch_from_json
)


def is_page(item: Attachment) -> bool:
    """A photo, or an image file (a scanner's page saved as .jpg/.png/.tif)."""
    return item.kind == "image" or item.name.lower().endswith(_IMAGE_FILES)


class PageCollector:
    """Each admin chat's batch of page photos, and when it is read."""

    def __init__(self, state: ChatState, window: timedelta, read: ReadPhotos) -> None:
        self._state = state
        self.window = window
        self._read = read

    async def open_batch(self, key: ChatKey, now: datetime) -> PageBatch | None:
        return await self._state.get(key, PAGE_BATCH, now)

    def continues(self, batch: PageBatch, group: str, now: datetime) -> bool:
        """Is a photo sent now (in album `group`) one more page of `batch`?"""
        return bool(group and group == batch.group) or now - batch.last <= self.window

    async def expects(self, key: ChatKey, text: str, now: datetime) -> bool:
        """A wake-up or the «Đọc ngay» button (always ours), or «xong»/«hủy» with pages kept."""
        folded = fold_key(text)
        if _WAKE.match(folded):
            return True
        if not (_CLOSE.match(folded) or _CANCEL.match(folded)):
            return False
        return await self.open_batch(key, now) is not None

    async def add(
        self, key: ChatKey, asker: Asker, items: Sequence[Attachment], group: str
    ) -> Reply:
        """Keep the photos as the next pages and say so; the reply asks the channel to come
        back after the window, when, if no page came meanwhile, the batch is read."""
        now = asker.now
        batch = await self.open_batch(key, now)
        dropped = 0
        if batch is not None and not self.continues(batch, group, now):
            dropped, batch = len(batch.pages), None
        pages = (batch.pages if batch is not None else ()) + tuple(items)
        if len(pages) > MAX_OCR_PAGES:
            return Reply(
                f"Đã đủ {MAX_OCR_PAGES} trang, số trang tối đa của một văn bản: ảnh này chưa "
                "được nhận. Gõ «xong» để đọc các trang đã gửi."
            )
        group = group or (batch.group if batch is not None else "")
        await self._state.put(key, PAGE_BATCH, PageBatch(pages, group, now), now)
        count = len(pages)
        seconds = int(self.window.total_seconds())
        first = count - len(items) + 1
        got = f"trang {count}" if first == count else f"trang {first}–{count}"
        text = (
            f"Đã nhận {got} của văn bản. Nếu còn trang sau, hãy gửi tiếp; gõ «xong» để đọc "
            f"ngay (không có trang mới thì {seconds} giây nữa hệ thống tự đọc)."
        )
        if dropped:
            text = (
                f"({dropped} ảnh gửi trước đó đã quá lâu nên không ghép vào văn bản này.)\n" + text
            )
        return Reply(
            text,
            (Button(f"Đọc ngay ({count} trang)", READ_PAGES), Button("Hủy", "hủy")),
            wake=Wake(self.window.total_seconds(), f"{READ_PAGES} {count}"),
        )

    async def close(
        self, key: ChatKey, asker: Asker, text: str, say_now: SayNow | None
    ) -> Reply | None:
        """Read the batch (or cancel it). A wake-up that finds more pages than it was set for
        says nothing: the latest page set its own."""
        folded = fold_key(text)
        batch = await self.open_batch(key, asker.now)
        wake = _WAKE.match(folded)
        count = wake["count"] if wake is not None else None
        if count is not None and (batch is None or len(batch.pages) != int(count)):
            return None
        if batch is None:
            return Reply("Không có ảnh nào đang chờ đọc; hãy gửi ảnh chụp các trang văn bản.")
        # Deleted before reading, as a claim: a wake-up and a «xong» at once read it once.
        if not await self._state.drop(key, PAGE_BATCH):
            return None
        if _CANCEL.match(folded):
            return Reply(f"Đã hủy, bỏ {len(batch.pages)} ảnh đã nhận.")
        return await self._read(key, asker, batch.pages, say_now)
