"""The one typed Settings object, read from the environment and `.env`."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from pydantic import BaseModel, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///data/nhacviec.sqlite3"
DEMO_DATABASE_URL = "sqlite+aiosqlite:///data/demo.sqlite3"


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


class ReminderSettings(BaseModel):
    """REMINDERS__* keys."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", env_nested_delimiter="__", extra="ignore"
    )

    database_url: str = DEFAULT_DATABASE_URL
    timezone: str = "Asia/Ho_Chi_Minh"
    due_soon_days: int = Field(default=3, ge=0, le=30)
    page_size: int = Field(default=8, ge=3, le=20)
    invite_valid_days: int = Field(default=7, ge=1, le=90)
    # Government-fixed compensatory days off and swapped working Saturdays, overriding the
    # `holidays` package: EXTRA_DAYS_OFF='["2026-02-14","2026-02-21"]'.
    extra_days_off: list[date] = Field(default_factory=list)
    extra_working_days: list[date] = Field(default_factory=list)
    log_level: str = "INFO"
    zalo: ZaloSettings = Field(default_factory=ZaloSettings)
    telegram: TelegramSettings = Field(default_factory=TelegramSettings)
    webhook: WebhookSettings = Field(default_factory=WebhookSettings)
    reminders: ReminderSettings = Field(default_factory=ReminderSettings)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)
