"""`.env.example` lists every setting the application reads, so an operator sees them all."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import BaseModel

from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[3]


def setting_keys() -> set[str]:
    keys: set[str] = set()
    for name, field in Settings.model_fields.items():
        nested = field.annotation
        if isinstance(nested, type) and issubclass(nested, BaseModel):
            keys |= {f"{name}__{inner}".upper() for inner in nested.model_fields}
        else:
            keys.add(name.upper())
    return keys


def test_every_setting_is_in_env_example() -> None:
    text = (ROOT / ".env.example").read_text(encoding="utf-8")
    listed = set(re.findall(r"^#?\s*([A-Z][A-Z0-9_]*)=", text, re.MULTILINE))
    assert setting_keys() - listed == set()


def test_the_example_itself_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in setting_keys():
        monkeypatch.delenv(key, raising=False)
    settings = Settings(_env_file=ROOT / ".env.example")  # type: ignore[call-arg]
    assert settings.timezone == "Asia/Ho_Chi_Minh"
    assert settings.telegram.token is None and settings.zalo.token is None
