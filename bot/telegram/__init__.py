"""Telegram channel on python-telegram-bot 22: polling or webhook, inline buttons, files."""
