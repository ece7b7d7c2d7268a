"""The one typed Settings object, read from the environment and `.env`."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///data/nhacviec.sqlite3"
DEMO_DATABASE_URL = "sqlite+aiosqlite:///data/demo.sqlite3"


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

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)
