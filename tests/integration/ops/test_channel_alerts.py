"""Admins are told when a chat channel is down: once per outage, on another channel, at once
for a rejected token or a used-up quota, after ALERTS__DOWN_MINUTES otherwise, with one line
when it works again; the state is written to `channel_health` without a write per update."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.health import (
    CHANNEL_DOWN,
    CHANNEL_UP,
    AlertConfig,
    HealthBoard,
    HealthSender,
    HealthWatcher,
    Trouble,
)
from handlers.directory import Directory
from handlers.messages import Reply
from handlers.sending import RetryAfter
from scheduler.dispatcher import Dispatcher
from storage.models import ChannelHealthRow, OutboxRow
from storage.uow import SqlUnitOfWork
from tests.integration.scheduler.conftest import (
    FakeClock,
    FakeSender,
    fast_config,
    load_world,
    local,
)

START = local(date(2026, 12, 4), 14, 5)
CONFIG = AlertConfig(down_after=timedelta(minutes=15), channel_order=("zalo", "telegram"))


class Ops:
    def __init__(
        self,
        engine: AsyncEngine,
        uow_factory: Callable[[], SqlUnitOfWork],
        directory: Directory,
    ) -> None:
        self.engine, self.uow_factory, self.directory = engine, uow_factory, directory
        self.clock = FakeClock(START)
        self.board = HealthBoard(self.clock)
        self.zalo = self.board.probe("zalo")
        self.telegram = self.board.probe("telegram")
        self.watcher = self.new_watcher()
        self.senders = {
            "telegram": FakeSender("telegram", self.clock),
            "zalo": FakeSender("zalo", self.clock),
        }

    def new_watcher(self, board: HealthBoard | None = None) -> HealthWatcher:
        return HealthWatcher(
            board or self.board,
            engine=self.engine,
            uow_factory=self.uow_factory,
            config=CONFIG,
            clock=self.clock,
        )

    def later(self, minutes: float) -> None:
        self.clock.set(self.clock.now + timedelta(minutes=minutes))

    async def alerts(self) -> list[tuple[str, str, str | None]]:
        """(rule, admin handle, channel the row asks for) of every alert row."""
        handles: dict[int, str] = {o.id: o.handle for o in self.directory.officials.values()}
        async with self.engine.connect() as conn:
            rows = await conn.execute(
                select(OutboxRow.rule, OutboxRow.recipient_id, OutboxRow.channel).order_by(
                    OutboxRow.id
                )
            )
            return [(r[0], handles[r[1]], r[2]) for r in rows]

    async def row(self, channel: str) -> ChannelHealthRow | None:
        async with self.engine.connect() as conn:
            found = await conn.execute(
                select(ChannelHealthRow).where(ChannelHealthRow.channel == channel)
            )
            return found.first()  # type: ignore[return-value]

    async def deliver(self) -> None:
        await Dispatcher(
            uow_factory=self.uow_factory,
            senders=self.senders,
            clock=self.clock,
            config=fast_config().dispatch,
        ).drain()


@pytest.fixture
async def ops(engine: AsyncEngine, uow_factory: Callable[[], SqlUnitOfWork]) -> Ops:
    """The demo org, every official on Telegram (tg-<handle>), the admin also on Zalo."""
    directory = await load_world(engine, uow_factory)
    admin = directory.by_handle("admin")
    assert admin is not None
    async with uow_factory() as uow:
        await uow.accounts.link("zalo", "zl-admin", admin.id)
        await uow.commit()
    return Ops(engine, uow_factory, directory)


async def test_a_channel_down_past_the_limit_is_told_once_on_the_other_channel(ops: Ops) -> None:
    ops.zalo.ok()
    ops.telegram.ok()
    ops.later(1)
    ops.zalo.trouble(Trouble.NETWORK, "ZaloTransientError: getUpdates: ConnectError")
    assert await ops.watcher.check() == 0  # down one second: nothing yet
    ops.later(14)
    assert await ops.watcher.check() == 0  # 14 minutes: still nothing
    ops.later(2)
    assert await ops.watcher.check() == 1
    assert await ops.alerts() == [(CHANNEL_DOWN, "admin", "telegram")]
    for _ in range(3):
        ops.zalo.trouble(Trouble.NETWORK, "ZaloTransientError: getUpdates: ConnectError")
        ops.later(5)
        assert await ops.watcher.check() == 0  # the same outage: told once
    await ops.deliver()
    (told,) = ops.senders["telegram"].to("tg-admin")
    assert told.text == (
        "⚠️ Kênh Zalo không kết nối được từ 14:06 04/12/2026 "
        "(ZaloTransientError: getUpdates: ConnectError). Tin nhắc trên Zalo đang chờ gửi."
    )
    assert ops.senders["zalo"].sent == []


async def test_recovery_is_told_once_and_a_short_outage_not_at_all(ops: Ops) -> None:
    ops.zalo.trouble(Trouble.NETWORK, "timed out")
    ops.later(20)
    assert await ops.watcher.check() == 1
    ops.zalo.ok()
    assert await ops.watcher.check() == 1
    assert await ops.watcher.check() == 0
    assert [a[0] for a in await ops.alerts()] == [CHANNEL_DOWN, CHANNEL_UP]
    await ops.deliver()
    texts = [d.text for d in ops.senders["zalo"].sent + ops.senders["telegram"].sent]
    assert (
        "✅ Kênh Zalo đã hoạt động lại lúc 14:25 04/12/2026; tin nhắc đang chờ sẽ được gửi tiếp."
        in texts
    )
    # A blip shorter than the limit, then back: nobody is disturbed.
    ops.telegram.trouble(Trouble.NETWORK, "timed out")
    ops.later(10)
    await ops.watcher.check()
    ops.telegram.ok()
    ops.later(30)
    assert await ops.watcher.check() == 0
    assert len(await ops.alerts()) == 2


async def test_a_rejected_token_is_told_at_once(ops: Ops) -> None:
    ops.telegram.trouble(Trouble.TOKEN, "InvalidToken: Unauthorized")
    assert await ops.watcher.check() == 1
    assert await ops.alerts() == [(CHANNEL_DOWN, "admin", "zalo")]
    await ops.deliver()
    (told,) = ops.senders["zalo"].to("zl-admin")
    assert told.text == (
        "⚠️ Kênh Telegram từ chối mã bot từ 14:05 04/12/2026: cần cấp lại mã "
        "(TELEGRAM__TOKEN) rồi khởi động lại nhacviec. Tin nhắc trên Telegram đang chờ gửi."
    )


async def test_an_admin_reachable_only_on_the_channel_in_trouble_is_not_queued(
    ops: Ops,
) -> None:
    ops.zalo.trouble(Trouble.TOKEN, "ZaloAuthError")
    board = HealthBoard(ops.clock)  # a process serving Zalo only
    board.adopt(ops.zalo)
    assert await ops.new_watcher(board).check() == 0
    assert await ops.alerts() == []


async def test_a_used_up_quota_ends_with_a_send_not_with_a_poll(ops: Ops) -> None:
    sender = HealthSender(ops.senders["zalo"], ops.zalo)
    ops.senders["zalo"].failures["zl-x"] = [RetryAfter(3600)]  # Zalo's quota 429, channel-wide
    with pytest.raises(RetryAfter):
        await sender.send("zl-x", Reply("x"))
    assert ops.zalo.state.kind is Trouble.QUOTA
    assert await ops.watcher.check() == 1  # told at once
    ops.later(1)
    ops.zalo.ok()  # getUpdates still works while sending does not
    assert await ops.watcher.check() == 0
    assert (await ops.row("zalo")).down_since is not None  # type: ignore[union-attr]
    await sender.send("zl-x", Reply("x"))
    assert await ops.watcher.check() == 1
    assert [a[0] for a in await ops.alerts()] == [CHANNEL_DOWN, CHANNEL_UP]


async def test_a_restart_during_an_outage_does_not_tell_it_again(ops: Ops) -> None:
    ops.zalo.trouble(Trouble.NETWORK, "timed out")
    ops.later(16)
    assert await ops.watcher.check() == 1
    board = HealthBoard(ops.clock)  # the process restarts
    board.probe("zalo")
    board.probe("telegram")
    watcher = ops.new_watcher(board)
    await watcher.restore()
    board.probes["zalo"].trouble(Trouble.NETWORK, "still down")
    ops.later(30)
    assert await watcher.check() == 0
    board.probes["zalo"].ok()
    assert await watcher.check() == 1  # the recovery, to the admin who was told
    assert [a[0] for a in await ops.alerts()] == [CHANNEL_DOWN, CHANNEL_UP]


async def test_good_contact_is_written_at_most_once_a_minute(ops: Ops) -> None:
    ops.zalo.ok()
    await ops.watcher.check()
    first = (await ops.row("zalo")).last_ok_at  # type: ignore[union-attr]
    assert first == START
    for _ in range(5):
        ops.clock.set(ops.clock.now + timedelta(seconds=10))
        ops.zalo.ok()
        await ops.watcher.check()
        assert (await ops.row("zalo")).last_ok_at == first  # type: ignore[union-attr]
    ops.clock.set(ops.clock.now + timedelta(seconds=10))
    ops.zalo.ok()
    await ops.watcher.check()
    assert (await ops.row("zalo")).last_ok_at == START + timedelta(seconds=60)  # type: ignore[union-attr]
    ops.zalo.trouble(Trouble.NETWORK, "down")  # a change is written at once
    await ops.watcher.check()
    assert (await ops.row("zalo")).down_since == ops.clock.now  # type: ignore[union-attr]


async def test_the_recorded_error_never_holds_the_token(ops: Ops) -> None:
    from bot.channels import register_secret

    token = "123456:SECRET-token-value"
    register_secret(token)
    ops.telegram.trouble(
        Trouble.NETWORK, f"ConnectError: https://api.telegram.org/bot{token}/getUpdates"
    )
    await ops.watcher.check()
    row = await ops.row("telegram")
    assert row is not None and row.last_error is not None
    assert "SECRET" not in row.last_error and token not in row.last_error


async def test_a_channel_this_process_does_not_serve_is_not_told(ops: Ops) -> None:
    ops.zalo.trouble(Trouble.NETWORK, "timed out")
    await ops.watcher.check()  # recorded while Zalo was configured
    board = HealthBoard(ops.clock)  # restarted with the Zalo token removed
    board.probe("telegram")
    ops.later(60)
    assert await ops.new_watcher(board).check() == 0
    assert await ops.alerts() == []
