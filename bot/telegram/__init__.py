"""Telegram channel on python-telegram-bot 22: polling or webhook, inline buttons, files."""

from bot.lean_imports import without_optional_extras

with without_optional_extras():
    import httpx  # noqa: F401
    import telegram.ext
    import telegram.request  # noqa: F401
