"""Zalo implementation of the Sender port: plain text, 2000-character parts, typed buttons."""

from __future__ import annotations

from pathlib import PurePath

from bot.channels import split_text, with_typed_commands
from bot.files import FileLinks, is_image, size_label
from bot.zalo.client import (
    MAX_TEXT,
    ZaloAuthError,
    ZaloBadRequest,
    ZaloBotClient,
    ZaloError,
    ZaloForbidden,
    ZaloQuotaError,
)
from bot.zalo.updates import CHANNEL
from handlers.messages import OutgoingFile, Reply
from handlers.sending import ChatBlocked, PermanentError, RetryAfter, SendError, TransientError

# A 429 is the monthly quota, not a flood limit: there is no retry_after, so wait long.
QUOTA_BACKOFF_S = 3600.0


class ZaloSender:
    channel = CHANNEL

    def __init__(
        self,
        client: ZaloBotClient,
        *,
        quota_backoff: float = QUOTA_BACKOFF_S,
        links: FileLinks | None = None,
    ) -> None:
        """`links` is set when the server has a public address (webhook mode): Zalo cannot
        upload files, so files go out as expiring download links and images by URL."""
        self._client = client
        self._quota_backoff = quota_backoff
        self._links = links

    async def send(self, chat_ref: str, reply: Reply) -> None:
        """Parts go out in order, then the images; the first failure stops the rest (plain
        text: Zalo renders markdown unreliably). File lines ride on the text, so a report
        costs one message of the monthly quota, not two."""
        lines = [self._file_line(f) for f in reply.files if not is_image(f)]
        text = "\n\n".join([with_typed_commands(reply).rstrip(), *lines]).strip()
        photos = [f for f in reply.files if is_image(f)] if self._links is not None else []
        try:
            for part in split_text(text, MAX_TEXT):
                await self._client.send_message(chat_ref, part)
            for photo in photos:
                assert self._links is not None
                caption = photo.caption[:MAX_TEXT] or None
                await self._client.send_photo(chat_ref, self._links.link(photo), caption)
        except ZaloError as exc:
            raise as_send_error(exc, self._quota_backoff) from None

    def _file_line(self, file: OutgoingFile) -> str:
        label = file.caption or file.name
        if self._links is not None:
            url = self._links.link(file)
            return (
                f"📎 {label} ({file.name}, {size_label(len(file.data))}): tải về tại {url}\n"
                "(liên kết dùng được trong 24 giờ)"
            )
        return no_link_text(file)


def no_link_text(file: OutgoingFile) -> str:
    """Without a public address there is nowhere to fetch a file from: say so, and how the
    office makes it on the server."""
    fmt = PurePath(file.name).suffix.lstrip(".") or "docx"
    return (
        f"Tệp «{file.name}» không gửi được qua Zalo (Zalo chưa cho bot gửi tệp). "
        "Văn phòng có thể tạo tệp trên máy chủ bằng lệnh:\n"
        f"nhacviec report --from NGÀY --to NGÀY --format {fmt} -o {file.name}\n"
        "hoặc nhận tệp qua Telegram."
    )


def as_send_error(exc: ZaloError, quota_backoff: float = QUOTA_BACKOFF_S) -> SendError:
    if isinstance(exc, ZaloForbidden):
        return ChatBlocked(str(exc))
    if isinstance(exc, ZaloQuotaError):
        return RetryAfter(quota_backoff)
    if isinstance(exc, ZaloAuthError | ZaloBadRequest):
        return PermanentError(str(exc))
    return TransientError(str(exc))
