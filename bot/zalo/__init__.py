"""Zalo Bot Platform channel: our own httpx client, polling or webhook, typed commands."""

from bot.lean_imports import without_optional_extras

with without_optional_extras():
    import httpx  # noqa: F401
