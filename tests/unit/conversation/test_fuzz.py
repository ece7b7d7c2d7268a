"""Adversarial messages over the demo conversation on the in-memory store (see
tests/conversation_fuzz.py for what is generated and what is asserted)."""

from __future__ import annotations

import asyncio

from bot.demo import load_demo_data
from tests.conversation_fuzz import examples, fuzz, loop_runner, slow_run
from tests.conversation_support import BAC_SON, TZ, Demo, Office, open_demo
from tests.fakes.uow import FakeUnitOfWorkFactory


def test_every_message_gets_a_sensible_answer() -> None:
    loop = asyncio.new_event_loop()
    try:
        factory = FakeUnitOfWorkFactory()
        loop.run_until_complete(load_demo_data(factory, TZ))
        demo = loop.run_until_complete(open_demo(factory))
        count = examples()
        sent = fuzz(demo.conversation, demo.directory, loop_runner(loop), count)
    finally:
        loop.close()
    assert sent >= count  # every example sent at least one message
    if slow_run():
        assert sent >= 10_000  # what CI promises: ten thousand generated messages a run


async def test_a_correction_written_with_thanh_during_a_preview_is_understood(
    office: Office,
) -> None:
    """Found by the fuzz test: «sửa … thành …» (not «=») while a preview waited crashed."""
    assert "Hãy dán toàn văn" in await office.say("admin", "/nhap")
    assert "«đồng ý»" in await office.say("admin", BAC_SON)
    answer = await office.say("admin", "sửa hạn việc 1e9 thành 32/13/10000")
    assert "sự cố" not in answer
    assert "Không tìm thấy đơn vị «32/13/10000»" in answer


async def test_free_text_has_limits_that_say_their_number(demo: Demo) -> None:
    reason = "thiếu " * 400  # 2,400 characters
    answer = await demo.say("chutich", f"trả lại 8 {reason}")
    assert answer.startswith("Nội dung ghi kèm dài 2.399 ký tự, vượt giới hạn 1.000 ký tự")
    huge = await demo.say("chutich", "trả lại 8 " + "thiếu " * 20_000)
    assert huge.startswith("Tin nhắn dài 120.010 ký tự, vượt giới hạn 5.000 ký tự")
    assert len(huge) < 200
    history = (await demo.say("chutich", "xem 8")).split("Lịch sử")[-1]
    assert "trả lại" not in history  # nothing was recorded


async def test_a_reason_with_a_nul_and_a_surrogate_is_stored_clean(demo: Demo) -> None:
    answer = await demo.say("chutich", "xem 8")
    assert "sự cố" not in answer
    await demo.say("chutich", "xin gia hạn việc 8 đến 30/11/2023 vì chờ\x00 số liệu \ud83d")
    shown = await demo.say("chutich", "xem 8")
    assert "gia hạn đến 30/11/2023: Chờ số liệu" in shown
    shown.encode("utf-8")


async def test_a_reason_that_upper_cases_into_several_code_points_is_shown_nfc(demo: Demo) -> None:
    """Found by the fuzz test on SQL: "ΐ" upper-cases to three code points, so the history line
    that capitalises a reason was not NFC."""
    import unicodedata

    await demo.say("chutich", "xin gia hạn việc 8 đến 30/11/2023 vì ΐ số liệu")
    shown = await demo.say("chutich", "xem 8")
    assert unicodedata.normalize("NFC", "Ϊ́ số liệu") in shown
    assert unicodedata.is_normalized("NFC", shown)
