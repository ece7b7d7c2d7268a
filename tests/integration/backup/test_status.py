"""`nhacviec status`: schema, size, outbox depth, dead letters and each channel's last delivery."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.demo import load_demo_data
from bot.settings import Settings
from bot.status_cmd import collect, render
from bot.wiring import open_app
from handlers.domain import OfficialId, OutboxMessage
from tests.conversation_support import TZ

NOW = datetime(2023, 10, 25, 9, tzinfo=TZ)


async def test_status_reports_the_outbox_and_the_problems(database_url: str) -> None:
    settings = Settings(database_url=database_url, telegram={"token": "123:abc"})  # type: ignore[arg-type]
    async with open_app(settings) as app:
        await load_demo_data(app.uow_factory, TZ)
        async with app.uow_factory() as uow:
            for n in range(4):
                due = NOW - timedelta(hours=3) + timedelta(minutes=n)
                await uow.outbox.add_once(
                    OutboxMessage("overdue", OfficialId(1), f"p{n}", "x", due)
                )
            first, second = await uow.outbox.claim(NOW, 2, NOW + timedelta(minutes=5), "c1")
            assert first.id is not None and second.id is not None
            await uow.outbox.mark_sent([first.id], "c1", NOW, "telegram", "tg-1")
            await uow.outbox.mark_dead([second.id], "c1", "chat gone")
            await uow.commit()
        app.clock = lambda: NOW
        report = await collect(app)
    assert report["schema"]["up_to_date"] is True
    assert report["database"]["bytes"] > 0
    oldest = datetime.fromisoformat(report["outbox"].pop("oldest_pending_due"))
    assert oldest == NOW - timedelta(hours=3) + timedelta(minutes=2)
    assert report["outbox"] == {
        "pending": 2,
        "sending": 0,
        "sent": 1,
        "dead": 1,
        "undeliverable": 0,
    }
    assert report["channels"]["zalo"] == {
        "configured": False,
        "last_delivery": None,
        "last_ok": None,  # `nhacviec run` has not recorded any contact
        "down_since": None,
        "last_error": None,
        "last_error_at": None,
    }
    assert report["channels"]["telegram"]["configured"] is True
    assert datetime.fromisoformat(report["channels"]["telegram"]["last_delivery"]) == NOW
    assert report["problems"] == [
        "1 tin không gửi được: xem bằng «nhacviec reminders failed».",
        "Có tin đã chờ gửi hơn một giờ: «nhacviec run» có đang chạy không?",
    ]
    report["outbox"]["oldest_pending_due"] = oldest.isoformat()
    shown = render(report, settings)
    assert "Hàng đợi tin: 2 chờ gửi (cũ nhất từ 25/10/2023 06:02)" in shown
    assert "Kênh telegram: đã cấu hình; tin gửi thành công gần nhất: 25/10/2023 09:00" in shown


async def test_status_says_when_the_schema_is_behind(blank_database_url: str) -> None:
    async with open_app(Settings(database_url=blank_database_url), check_schema=False) as app:
        report = await collect(app)
    assert report["schema"]["up_to_date"] is False
    assert report["problems"] == ["Lược đồ CSDL chưa cập nhật: chạy «nhacviec db upgrade»."]
