"""Tables for the pure pieces the e2e paths rely on: splitting, callback data, typed buttons,
Zalo update parsing, log redaction."""

from __future__ import annotations

import logging

import pytest

from bot.channels import RecentKeys, RedactTokens, redact, split_text, typed_commands
from bot.telegram.callback_data import MAX_BYTES, decode, encode
from bot.telegram.channel import invite_link
from bot.zalo.updates import parse_update, to_incoming
from handlers.messages import Button


@pytest.mark.parametrize(
    ("text", "limit", "parts"),
    [
        ("ngắn", 10, ["ngắn"]),
        ("", 10, []),
        ("một hai ba bốn", 7, ["một hai", "ba bốn"]),
        ("aaaa\nbbbb\n\ncccc", 10, ["aaaa\nbbbb", "cccc"]),  # a paragraph break first
        ("aaaaaa\nbbb cc", 10, ["aaaaaa", "bbb cc"]),  # then a line break
        ("x" * 25, 10, ["x" * 10, "x" * 10, "x" * 5]),  # then a hard cut
        (  # indentation kept: task lines are indented under their number
            "#1 việc\n   Phòng Nội vụ\n#2 việc\n   Phòng",
            23,
            ["#1 việc\n   Phòng Nội vụ", "#2 việc\n   Phòng"],
        ),
        ("Vie\u0302\u0323t", 10, ["Việt"]),  # NFC: counted as composed letters
    ],
)
def test_split_text(text: str, limit: int, parts: list[str]) -> None:
    assert split_text(text, limit) == parts
    assert all(len(p) <= limit for p in split_text(text, limit))


def test_split_text_keeps_every_word() -> None:
    text = " ".join(f"từ{n}" for n in range(3000))
    assert " ".join(split_text(text, 2000)).split() == text.split()


@pytest.mark.parametrize(
    "payload", ["xong 12", "duyệt 12", "trả lại 123456", "tiếp", "gia hạn 12 đến 15/12", ""]
)
def test_callback_data_round_trips_as_short_ascii(payload: str) -> None:
    data = encode(payload)
    assert data is not None and data.isascii() and len(data.encode()) <= MAX_BYTES
    assert decode(data) == payload


@pytest.mark.parametrize("data", ["forged:data", "p:zz-!!!", "xong 12", "p:\x00"])
def test_foreign_callback_data_is_refused(data: str) -> None:
    assert decode(data) is None


def test_a_payload_too_long_for_callback_data_is_refused() -> None:
    assert encode("trả lại 12 " + "thiếu minh chứng " * 5) is None


def test_typed_commands_number_the_buttons_and_skip_those_in_the_text() -> None:
    buttons = (Button("Duyệt", "duyệt 12"), Button("Trả lại", "trả lại 12"))
    assert typed_commands(buttons) == (
        "Gõ một trong các lệnh:\n1) duyệt 12 — Duyệt\n2) trả lại 12 — Trả lại"
    )
    assert typed_commands((Button("Xem thêm", "tiếp"),), "Gõ «tiếp» để xem thêm.") == ""
    assert typed_commands((Button("Báo xong", "xong 7"),)) == "Gõ: xong 7 — Báo xong"


def test_invite_link_carries_the_code() -> None:
    assert invite_link("nhacviec_bot", "ABCD2345") == "https://t.me/nhacviec_bot?start=ABCD2345"


_MESSAGE = {
    "from": {"id": "u1", "display_name": "Ted", "is_bot": False},
    "chat": {"id": "c1", "chat_type": "PRIVATE"},
    "text": "quá hạn",
    "message_id": "m1",
    "date": 1750316131602,
}


@pytest.mark.parametrize(
    "body",
    [
        {"event_name": "message.text.received", "message": _MESSAGE},
        {"ok": True, "result": {"event_name": "message.text.received", "message": _MESSAGE}},
    ],
)
def test_zalo_updates_flat_or_wrapped(body: dict[str, object]) -> None:
    update = parse_update(body)
    assert update is not None and update.key == ("message.text.received", "m1")
    incoming = to_incoming(update)
    assert incoming is not None and (incoming.chat_ref, incoming.text) == ("c1", "quá hạn")


@pytest.mark.parametrize(
    "body",
    [
        None,
        [],
        {"event_name": "message.text.received"},
        {"event_name": 5, "message": _MESSAGE},
        {"event_name": "message.text.received", "message": {"text": "no ids"}},
        {"ok": False, "result": {"event_name": "x", "message": _MESSAGE}},
    ],
)
def test_malformed_zalo_updates_are_none(body: object) -> None:
    assert parse_update(body) is None


def test_zalo_stickers_and_unsupported_content_do_not_reach_the_core() -> None:
    for event in ("message.sticker.received", "message.unsupported.received", "x.y"):
        update = parse_update({"event_name": event, "message": _MESSAGE})
        assert update is not None and to_incoming(update) is None


def test_recent_keys_forget_after_the_window() -> None:
    now = [0.0]
    keys = RecentKeys(window=10, capacity=3, clock=lambda: now[0])
    assert keys.add("a") and not keys.add("a")
    now[0] = 11
    assert keys.add("a")
    assert keys.add("b") and keys.add("c") and keys.add("d")  # capacity evicts the oldest
    assert keys.add("a")


def test_redaction() -> None:
    token = "123456:AA-secret_x"
    assert redact(f"POST http://h/bot{token}/sendMessage") == "POST http://h/bot***/sendMessage"
    assert redact(f"Set Bot API URL: https://api.telegram.org/bot{token}") == (
        "Set Bot API URL: https://api.telegram.org/bot***"
    )
    record = logging.LogRecord("httpx", logging.INFO, "", 0, "GET %s", (f"/bot{token}/x",), None)
    assert RedactTokens().filter(record) and token not in record.getMessage()
