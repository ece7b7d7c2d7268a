"""The admins' alert when a scheduled rule fails: once per rule and day, through the outbox.

A rule whose firing raises (the database was unreachable at 07:30, a bug in a digest) is caught
up hourly by the service; the admins hear of it once a day per rule, not once per attempt,
because (RULE_FAILED, admin, "<rule>-<local date>") is unique in the outbox. When the database
itself is down the alert cannot be written either: the log says so and the next failure that
day tries again.
"""

from __future__ import annotations

import logging
from datetime import datetime
from zoneinfo import ZoneInfo

from handlers.directory import DirectoryCache
from handlers.domain import OutboxMessage, Role, fmt_date
from handlers.ports import UnitOfWorkFactory

log = logging.getLogger(__name__)

RULE_FAILED = "rule_failed"
CATCH_UP = "catch_up"
RULE_NAMES = {
    "weekly_digest": "bản tin tuần",
    "quarterly_review": "nhắc rà soát quý",
    "due_soon": "nhắc sắp đến hạn",
    "overdue": "nhắc quá hạn",
    CATCH_UP: "bù nhắc việc bị lỡ và tạo việc định kỳ",
}
ERROR_LIMIT = 160


def rule_failed_text(rule: str, error: BaseException, at: datetime, tz: ZoneInfo) -> str:
    local = at.astimezone(tz)
    what = RULE_NAMES.get(rule, rule)
    detail = f"{type(error).__name__}: {error}"[:ERROR_LIMIT]
    return (
        f"⚠️ Việc tự động «{what}» lúc {local:%H:%M} {fmt_date(local.date())} bị lỗi "
        f"({detail}). Hệ thống sẽ thử lại mỗi giờ; nếu lỗi còn lặp lại, hãy xem nhật ký "
        "của nhacviec và «nhacviec status»."
    )


async def alert_rule_failed(
    uow_factory: UnitOfWorkFactory,
    *,
    rule: str,
    error: BaseException,
    now: datetime,
    tz: ZoneInfo,
    directories: DirectoryCache | None = None,
) -> int:
    """Queue the alert for every active admin; how many rows were new (0 when this rule was
    already reported today). Never raises: a failure to alert is logged."""
    period = f"{rule}-{now.astimezone(tz).date().isoformat()}"
    text = rule_failed_text(rule, error, now, tz)
    try:
        queued = 0
        async with uow_factory() as uow:
            directory = await (directories or DirectoryCache()).get(uow)
            for admin in directory.active_officials(Role.ADMIN):
                message = OutboxMessage(RULE_FAILED, admin.id, period, text, now)
                queued += await uow.outbox.add_once(message)
            await uow.commit()
    except Exception:
        log.exception("reminders: could not queue the admins' alert about %s", rule)
        return 0
    return queued
