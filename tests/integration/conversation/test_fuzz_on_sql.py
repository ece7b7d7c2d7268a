"""The adversarial messages of tests/conversation_fuzz.py on SQLite and PostgreSQL, where a
NUL byte or a huge number reaches a real driver (PostgreSQL text refuses 0x00; an integer column
refuses 10**25)."""

from __future__ import annotations

import pytest

from tests.conversation_fuzz import drawn, examples, send
from tests.conversation_support import Demo


@pytest.mark.slow
async def test_every_message_gets_a_sensible_answer_on_sql(demo: Demo) -> None:
    batch = drawn(demo.directory, examples(on_sql=True))
    sent = 0
    for items in batch:
        sent += await send(demo.conversation, demo.directory, items)
    assert sent >= len(batch) > 0
