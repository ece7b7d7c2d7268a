"""One-time invite codes: issue one for an official, redeem it to link a chat account."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from handlers.directory import Directory
from handlers.domain import Official
from handlers.errors import DomainError
from handlers.memory import BoundedMemory, ChatKey
from handlers.messages import Reply
from handlers.ports import UnitOfWorkFactory

# No 0/O/1/I/L: codes are read aloud and typed on phones.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8
# 31**8 codes: at 5 guesses per 15 minutes a chat needs ~10**8 years to find one of a
# hundred live codes; a typo or two costs nothing.
MAX_WRONG_CODES = 5
WRONG_CODE_WINDOW = timedelta(minutes=15)


class InviteThrottle:
    """Wrong invite codes per chat: after MAX_WRONG_CODES within WRONG_CODE_WINDOW the chat
    waits until the oldest of them leaves the window. In process memory (bounded)."""

    def __init__(self, chats: int = 10_000) -> None:
        self._wrong: BoundedMemory[ChatKey, list[datetime]] = BoundedMemory(chats)

    def check(self, key: ChatKey, now: datetime) -> None:
        recent = [t for t in self._wrong.get(key, []) if now - t < WRONG_CODE_WINDOW]
        if len(recent) >= MAX_WRONG_CODES:
            wait = WRONG_CODE_WINDOW - (now - recent[0])
            minutes = max(1, -(-int(wait.total_seconds()) // 60))
            raise DomainError(
                f"Bạn đã nhập sai mã mời {MAX_WRONG_CODES} lần liền: vui lòng thử lại sau "
                f"{minutes} phút, hoặc xin mã mới từ Văn phòng HĐND và UBND."
            )

    def failed(self, key: ChatKey, now: datetime) -> None:
        recent = [t for t in self._wrong.get(key, []) if now - t < WRONG_CODE_WINDOW]
        self._wrong.remember(key, [*recent, now][-MAX_WRONG_CODES:])

    def succeeded(self, key: ChatKey) -> None:
        self._wrong.pop(key, None)


def hash_code(code: str) -> str:
    return hashlib.sha256(code.strip().upper().encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class IssueInvite:
    handle: str
    now: datetime
    valid_for: timedelta = timedelta(days=7)


async def issue_invite(
    cmd: IssueInvite, *, uow_factory: UnitOfWorkFactory
) -> tuple[Official, str]:
    """Only the hash is stored: the code is shown once, to the admin who asked."""
    code = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
    async with uow_factory() as uow:
        official = await uow.officials.by_handle(cmd.handle)
        if official is None or not official.active:
            raise DomainError(f"Không có cán bộ nào với mã «{cmd.handle}».")
        await uow.invites.create(official.id, hash_code(code), cmd.now, cmd.now + cmd.valid_for)
        await uow.commit()
    return official, code


@dataclass(frozen=True, slots=True)
class LinkAccount:
    channel: str
    chat_ref: str
    code: str
    now: datetime


async def link_account(
    cmd: LinkAccount,
    *,
    directory: Directory,
    uow_factory: UnitOfWorkFactory,
    throttle: InviteThrottle | None = None,
) -> Reply:
    key = (cmd.channel, cmd.chat_ref)
    if throttle is not None:
        throttle.check(key, cmd.now)
    async with uow_factory() as uow:
        official_id = await uow.invites.redeem(hash_code(cmd.code), cmd.now)
        if official_id is None:
            if throttle is not None:
                throttle.failed(key, cmd.now)
            raise DomainError(
                "Mã mời không đúng, đã dùng hoặc đã hết hạn. "
                "Vui lòng xin mã mới từ Văn phòng HĐND và UBND."
            )
        await uow.accounts.link(cmd.channel, cmd.chat_ref, official_id)
        official = await uow.officials.get(official_id)
        await uow.commit()
    assert official is not None
    if throttle is not None:
        throttle.succeeded(key)
    return Reply(
        f"Xin chào {official.name} ({directory.unit_name(official.unit_id)})! "
        "Tài khoản đã được liên kết.\n"
        "nhacviec chỉ lưu họ tên, chức vụ, đơn vị và mã tài khoản chat của bạn để nhắc việc; "
        "không lưu nội dung mật.\n"
        "Thử gõ: «việc đến hạn tuần này», «quá hạn» hoặc «/help»."
    )
