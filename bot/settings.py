"""The one typed Settings object, read from the environment and `.env`."""

from __future__ import annotations

import datetime as dt
from datetime import date
from typing import Literal
from zoneinfo import ZoneInfo

from pydantic import BaseModel, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from scheduler.rules import RULE_NAMES

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///data/nhacviec.sqlite3"
DEMO_DATABASE_URL = "sqlite+aiosqlite:///data/demo.sqlite3"
# `nhacviec demo --province` keeps a database of its own: the two demos never mix.
DEMO_PROVINCE_DATABASE_URL = "sqlite+aiosqlite:///data/demo-province.sqlite3"


class ZaloSettings(BaseModel):
    """ZALO__* keys (Zalo Bot Platform)."""

    token: SecretStr | None = None
    api_base_url: str = "https://bot-api.zaloplatforms.com"
    webhook_secret: SecretStr | None = None


class TelegramSettings(BaseModel):
    """TELEGRAM__* keys (Telegram Bot API, or a local Bot API server)."""

    token: SecretStr | None = None
    api_base_url: str = "https://api.telegram.org"
    webhook_secret: SecretStr | None = None


class WebhookSettings(BaseModel):
    """WEBHOOK__* keys: when `public_url` is set, channels use webhooks instead of polling."""

    host: str = "0.0.0.0"  # noqa: S104  (a server's listening address, set by the operator)
    port: int = 8080
    public_url: str | None = None
    # Signs the expiring download links Zalo users get for reports and charts; a random one
    # per start when unset (links then stop working at a restart, like the files they name).
    download_secret: SecretStr | None = None


class ReminderSettings(BaseModel):
    """REMINDERS__* keys: rule times (HH:MM, Asia/Ho_Chi_Minh wall clock), pacing, retries."""

    enabled: bool = True
    rules: list[str] = Field(default_factory=lambda: list(RULE_NAMES))  # every registered rule
    quarterly_days: list[int] = Field(default_factory=lambda: [1, 10, 14], min_length=1)
    quarterly_time: str = Field(default="08:00", pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    quarterly_report_day: int = Field(default=20, ge=1, le=28)
    digest_weekday: int = Field(default=0, ge=0, le=6)  # 0 = Monday
    digest_time: str = Field(default="07:30", pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    due_soon_before: list[int] = Field(default_factory=lambda: [7, 3, 1], min_length=1)
    due_soon_time: str = Field(default="08:00", pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    overdue_weekday: int = Field(default=0, ge=0, le=6)
    overdue_time: str = Field(default="08:00", pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    # A digest or quarterly review with nothing in it: not sent, or one line saying so.
    empty_digest: Literal["skip", "line"] = "skip"
    catch_up_days: int = Field(default=7, ge=0, le=60)
    channel_order: list[str] = Field(default_factory=lambda: ["zalo", "telegram"])
    # Telegram's 30 msg/s: the pacing never puts more than the rate (rounded down) into any
    # sliding second at the API, so the whole limit is usable (bench/README, "Reminder dispatch").
    telegram_rate: float = Field(default=30.0, gt=0, le=30)
    telegram_chat_interval: float = Field(default=1.0, ge=0)
    zalo_rate: float = Field(default=3.0, gt=0)
    zalo_chat_interval: float = Field(default=1.0, ge=0)
    max_attempts: int = Field(default=6, ge=1, le=50)
    backoff_seconds: float = Field(default=30.0, gt=0)
    backoff_max_seconds: float = Field(default=3600.0, gt=0)
    lease_seconds: float = Field(default=300.0, ge=10)
    poll_seconds: float = Field(default=2.0, gt=0)


class BackupSettings(BaseModel):
    """BACKUP__ENABLED, BACKUP__DIR, BACKUP__TIME (local, HH:MM), BACKUP__KEEP (how many)."""

    enabled: bool = True
    dir: str = "backups"
    time: str = Field(default="02:30", pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    keep: int = Field(default=14, ge=1, le=3650)

    @property
    def at(self) -> dt.time:
        hours, minutes = self.time.split(":")
        return dt.time(int(hours), int(minutes))


class AlertSettings(BaseModel):
    """ALERTS__* keys: when the admins are told that a chat channel is down."""

    # A channel that cannot be reached for this long is reported to the admins (a rejected
    # token or a used-up quota at once), and shown as a problem by `nhacviec status`.
    down_minutes: int = Field(default=15, ge=1, le=1440)
    # How often `nhacviec run` writes each channel's state and looks for alerts to send.
    check_seconds: float = Field(default=30.0, ge=1, le=600)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", env_nested_delimiter="__", extra="ignore"
    )

    database_url: str = DEFAULT_DATABASE_URL
    timezone: str = "Asia/Ho_Chi_Minh"
    due_soon_days: int = Field(default=3, ge=0, le=30)
    page_size: int = Field(default=8, ge=3, le=20)
    invite_valid_days: int = Field(default=7, ge=1, le=90)
    # Photos of a notice sent one after another within this many seconds (or in one album)
    # are the pages of one document, read together when no page came for this long.
    page_window_seconds: int = Field(default=75, ge=5, le=600)
    # Government-fixed compensatory days off and swapped working Saturdays, overriding the
    # `holidays` package: EXTRA_DAYS_OFF='["2026-02-14","2026-02-21"]'.
    extra_days_off: list[date] = Field(default_factory=list)
    extra_working_days: list[date] = Field(default_factory=list)
    log_level: str = "INFO"
    # Chats answered at once by each channel of `nhacviec run` (each chat's messages in order).
    chat_concurrency: int = Field(default=32, ge=1, le=1000)
    # Database connections `nhacviec run` keeps open (PostgreSQL, or a SQLite file); at most
    # as many again are opened for bursts. Chats beyond them wait for a free connection (up
    # to 30 s, then the apology): with both channels at CHAT_CONCURRENCY 32, 40 connections
    # cover the usual load; raise both together, within PostgreSQL's max_connections over all
    # processes.
    database_pool_size: int = Field(default=20, ge=1, le=200)
    # Where `nhacviec run` keeps the org's name index between runs (bot/name_cache.py); empty:
    # never kept, built at every start.
    name_cache_dir: str = "data/cache"
    zalo: ZaloSettings = Field(default_factory=ZaloSettings)
    telegram: TelegramSettings = Field(default_factory=TelegramSettings)
    webhook: WebhookSettings = Field(default_factory=WebhookSettings)
    reminders: ReminderSettings = Field(default_factory=ReminderSettings)
    backup: BackupSettings = Field(default_factory=BackupSettings)
    alerts: AlertSettings = Field(default_factory=AlertSettings)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)
