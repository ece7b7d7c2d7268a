"""The channels tell their health probe what the APIs answer: a failed poll (network, a
rejected token, a used-up quota) marks the channel down, the next good poll or update brings
it back; one chat's trouble (a blocked bot) is not the channel's."""

from __future__ import annotations

import pytest

from bot.health import HealthSender, Trouble
from bot.telegram.channel import TelegramChannel
from bot.wiring import App
from bot.zalo.channel import ZaloChannel
from handlers.messages import Reply
from handlers.sending import ChatBlocked, PermanentError, RetryAfter
from tests.e2e.conftest import wait_until
from tests.fakes.telegram import FakeTelegram
from tests.fakes.zalo import FakeZalo

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


async def kind_of(channel: ZaloChannel | TelegramChannel) -> Trouble | None:
    return channel.health.state.kind


async def test_a_zalo_poll_refused_for_the_token_then_working_again(
    zalo: ZaloChannel, fake_zalo: FakeZalo
) -> None:
    fake_zalo.inject("getUpdates", 401, times=2)
    assert await wait_until(lambda: kind_of(zalo), Trouble.TOKEN)
    assert zalo.health.state.down_since is not None
    assert (zalo.health.state.last_error or "").startswith("token: ZaloAuthError")
    assert await wait_until(lambda: kind_of(zalo), None)  # the next poll went through
    assert zalo.health.state.down_since is None and zalo.health.state.last_ok_at is not None


async def test_a_zalo_server_error_on_polling_is_network_trouble(
    zalo: ZaloChannel, fake_zalo: FakeZalo
) -> None:
    fake_zalo.inject("getUpdates", 502, times=50)
    assert await wait_until(lambda: kind_of(zalo), Trouble.NETWORK)


async def test_zalo_sends_tell_a_quota_but_not_a_blocked_chat(
    zalo: ZaloChannel, fake_zalo: FakeZalo, app: App
) -> None:
    sender = HealthSender(zalo.sender, zalo.health)
    fake_zalo.known_chat("zl-1")
    fake_zalo.inject("sendMessage", 403, chat_id="zl-1")
    with pytest.raises(ChatBlocked):
        await sender.send("zl-1", Reply("x"))
    assert zalo.health.state.down_since is None
    fake_zalo.inject("sendMessage", 429)
    with pytest.raises(RetryAfter):
        await sender.send("zl-1", Reply("x"))
    assert zalo.health.state.kind is Trouble.QUOTA


async def test_a_telegram_poll_failure_then_a_poll_that_works(
    telegram: TelegramChannel, fake_telegram: FakeTelegram
) -> None:
    assert await wait_until(lambda: ok_seen(telegram), True)  # an empty poll counts
    fake_telegram.inject("getUpdates", 502, body="<html>Bad Gateway</html>")
    assert await wait_until(lambda: kind_of(telegram), Trouble.NETWORK)
    assert await wait_until(lambda: kind_of(telegram), None)  # the next poll answered


async def test_a_telegram_poll_timing_out_is_network_trouble(
    telegram: TelegramChannel, fake_telegram: FakeTelegram
) -> None:
    """PTB retries a timed-out poll without telling its error callback."""
    fake_telegram.inject("getUpdates", 0, delay=5, times=3)
    assert await wait_until(lambda: kind_of(telegram), Trouble.NETWORK, within=20)
    assert (telegram.health.state.last_error or "").startswith("network: TimedOut")


async def ok_seen(channel: TelegramChannel) -> bool:
    return channel.health.state.last_ok_at is not None


async def test_a_telegram_blocked_chat_is_not_the_channels_trouble(
    telegram: TelegramChannel, fake_telegram: FakeTelegram
) -> None:
    sender = HealthSender(telegram.sender, telegram.health)
    fake_telegram.inject("sendMessage", 403, chat_id=777)
    with pytest.raises((ChatBlocked, PermanentError)):
        await sender.send("777", Reply("x"))
    assert telegram.health.state.down_since is None


async def test_run_watches_each_channels_own_probe(
    app: App, fake_telegram: FakeTelegram, fake_zalo: FakeZalo
) -> None:
    from bot.run import watch_health
    from tests.e2e.conftest import telegram_channel, zalo_channel

    telegram = telegram_channel(app, fake_telegram)
    zalo = zalo_channel(app, fake_zalo)
    board = watch_health([telegram, zalo], app.clock)
    assert board.probes == {"telegram": telegram.health, "zalo": zalo.health}
    assert telegram.health.clock is app.clock


async def test_zalo_refusing_the_token_reaches_the_admin_on_telegram(
    app: App,
    zalo: ZaloChannel,
    fake_zalo: FakeZalo,
    telegram: TelegramChannel,
    fake_telegram: FakeTelegram,
) -> None:
    """The whole path: Zalo's getUpdates answers 401, the watcher queues the alert, the
    dispatcher sends it on Telegram to the admin linked on both channels; then Zalo works
    again and the admin hears that too."""
    from bot.health import AlertConfig, HealthWatcher
    from bot.run import watch_health
    from scheduler.dispatcher import Dispatcher
    from tests.e2e.test_telegram_flow import link as link_telegram
    from tests.e2e.test_zalo_flow import link as link_zalo

    admin_tg, admin_zalo = 9191, "a1a1a1a1a1a1a1a1a1a1"
    await link_telegram(fake_telegram, app, admin_tg, "admin")
    await link_zalo(fake_zalo, app, admin_zalo, "admin")
    board = watch_health([zalo, telegram], app.clock)
    watcher = HealthWatcher(
        board,
        engine=app.engine,
        uow_factory=app.uow_factory,
        config=AlertConfig(channel_order=("zalo", "telegram")),
        clock=app.clock,
    )
    senders = {c.name: HealthSender(c.sender, c.health) for c in (zalo, telegram)}
    dispatcher = Dispatcher(
        uow_factory=app.uow_factory,
        senders=senders,
        clock=app.clock,
        config=app.reminder_config().dispatch,
    )
    fake_telegram.skip_unread(admin_tg)
    fake_zalo.inject("getUpdates", 401, times=1000)
    assert await wait_until(lambda: kind_of(zalo), Trouble.TOKEN)
    assert await watcher.check() == 1
    await dispatcher.drain()
    told = await fake_telegram.next_message(admin_tg)
    assert told.text.startswith("⚠️ Kênh Zalo từ chối mã bot từ ")
    assert "(ZALO__TOKEN)" in told.text
    fake_zalo.faults.clear()
    assert await wait_until(lambda: kind_of(zalo), None, within=10)
    assert await watcher.check() == 1
    await dispatcher.drain()
    back = [m.text for m in fake_zalo.sent_to(admin_zalo)] + [
        m.text for m in fake_telegram.sent_to(admin_tg)
    ]
    assert any(t.startswith("✅ Kênh Zalo đã hoạt động lại lúc ") for t in back)
