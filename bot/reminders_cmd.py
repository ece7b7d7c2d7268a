"""`nhacviec reminders preview|run-once|failed`.

Channel choice (also in the README): each outbox row goes to ONE chat of its recipient: the
row's channel if it names one, else the first channel of REMINDERS__CHANNEL_ORDER (default
zalo, then telegram) on which the official has an active account and this process has a
sender; on that channel the latest linked account. So a message reaches each chat exactly
once and an official linked on both apps is not told twice. Preview shows that channel, or
null when the official has no active chat (nothing would arrive).
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta

from bot.output import print_json
from bot.settings import Settings
from bot.wiring import App, open_app, push_senders
from handlers.create_occurrences import create_occurrences
from handlers.directory import DirectoryCache
from handlers.render import fmt_date
from handlers.sending import Sender
from scheduler.outcomes import DispatchReport
from scheduler.preview import preview

FAILED_SHOWN = 50
RUN_ONCE_WAIT_S = 60.0  # run-once waits this long at most for a retry after a 429


async def run_reminders(
    settings: Settings, args: argparse.Namespace, *, senders: Mapping[str, Sender] | None = None
) -> int:
    async with open_app(settings) as app:
        if args.reminders_command == "preview":
            return await _preview(app, args.from_day, args.to_day, as_json=args.json)
        if args.reminders_command == "run-once":
            if senders is not None:
                return await run_once(app, args.today, senders=senders)
            async with push_senders(settings) as configured:
                return await run_once(app, args.today, senders=configured)
        if args.reminders_command == "failed":
            return await _failed(app, as_json=args.json)
        raise AssertionError(args.reminders_command)


async def _preview(app: App, start: date, end: date, *, as_json: bool) -> int:
    if end < start:
        print("--to is before --from")
        return 2
    config = app.reminder_config()
    items = await preview(
        start, end, uow_factory=app.uow_factory, calendar=app.calendar, config=config
    )
    if as_json:
        print_json([item.to_json(config.tz) for item in items])
        return 0
    for item in items:
        local = item.at.astimezone(config.tz)
        print(f"{local:%d/%m/%Y %H:%M} {item.rule} → {item.recipient} ({item.channel or '—'})")
        print("    " + item.text.replace("\n", "\n    "))
    print(f"{len(items)} reminders from {fmt_date(start)} to {fmt_date(end)}.")
    return 0


async def run_once(app: App, today: date, *, senders: Mapping[str, Sender]) -> int:
    """Fire every rule due on `today` and dispatch what is due; safe to repeat."""
    tz = app.settings.tz
    end_of_day = datetime.combine(today + timedelta(days=1), time(0, 0), tz)

    def clock() -> datetime:
        # Rows due during `today` are due now even when `today` is in the future.
        return max(datetime.now(UTC), end_of_day.astimezone(UTC))

    reminders = app.reminders(clock)
    await create_occurrences(today, uow_factory=app.uow_factory, now=clock())
    written = await reminders.fire_day(today)
    detail = ", ".join(f"{rule}: {n}" for rule, n in written.items()) or "no rule falls on it"
    print(f"{fmt_date(today)}: {sum(written.values())} new reminder rows ({detail}).")
    if not senders:
        print(
            "No channel to send through (set ZALO__TOKEN or TELEGRAM__TOKEN and use "
            "`nhacviec run`): nothing was sent; the rows stay pending."
        )
        return 0
    report = await app.dispatcher(senders, clock).drain(wait=RUN_ONCE_WAIT_S)
    print(_report_line(report))
    return 0


def _report_line(report: DispatchReport) -> str:
    line = (
        f"Sent {report.messages} messages ({report.rows_sent} reminders); "
        f"{report.retried} to retry later, {report.dead} dead, "
        f"{report.undeliverable} without a chat."
    )
    held = report.rate_limited + report.given_back
    if held:
        line += (
            f" {held} held back by a channel's rate limit or quota: they stay pending and go "
            "out when it allows (`nhacviec run`, or run-once again later)."
        )
    return line


async def _failed(app: App, *, as_json: bool) -> int:
    async with app.uow_factory() as uow:
        directory = await DirectoryCache().get(uow)
        rows = await uow.outbox.failed(FAILED_SHOWN)
    tz = app.settings.tz
    entries = []
    for row in rows:
        official = directory.official(row.recipient_id)
        entries.append(
            {
                "id": row.id,
                "due": row.due_at.astimezone(tz).isoformat(timespec="minutes"),
                "rule": row.rule,
                "period": row.period,
                "recipient": official.handle if official else str(row.recipient_id),
                "status": row.status,
                "attempts": row.attempts,
                "error": row.last_error,
            }
        )
    if as_json:
        print_json(entries)
        return 0
    if not entries:
        print("No failed reminders.")
        return 0
    for e in entries:
        print(
            f"#{e['id']} {e['due']} {e['rule']} {e['period']} → {e['recipient']}: "
            f"{e['status']} after {e['attempts']} attempts — {e['error']}"
        )
    print(f"{len(entries)} failed (dead: delivery refused; failed: no chat to deliver to).")
    return 0
