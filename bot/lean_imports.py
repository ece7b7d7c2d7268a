"""The channel libraries imported without the optional extras `nhacviec run` never uses.

python-telegram-bot imports `cryptography` when it is installed (only for Telegram Passport
decryption, which this bot does not ask for), and httpx imports its command line (`httpx._main`:
click and pygments, then fails for want of rich). Together 11-12 MB of a running bot's memory
and ~70 modules. Blocked only while the channel libraries are first imported: a later explicit
import of either still works."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

OPTIONAL_EXTRAS = ("cryptography", "httpx._main")


@contextmanager
def without_optional_extras() -> Iterator[None]:
    """Within: importing an optional extra not imported yet raises ImportError, which the
    libraries catch (a None in sys.modules is how Python marks a module as not importable)."""
    blocked = [name for name in OPTIONAL_EXTRAS if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        yield
    finally:
        for name in blocked:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]
