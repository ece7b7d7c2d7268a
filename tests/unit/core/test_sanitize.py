"""The edge of the core: text a channel hands over becomes storable, echoable text."""

from __future__ import annotations

import unicodedata

import pytest

from handlers.sanitize import clean_text, thousands, too_long


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("xong 12", "xong 12"),
        ("xong 12 \ud800", "xong 12 "),  # a lone surrogate (half an emoji) cannot be encoded
        ("trả lại 8\x00 thiếu", "trả lại 8 thiếu"),  # PostgreSQL text refuses NUL
        ("\x1b[31mxong\x1b[0m 5", "[31mxong[0m 5"),  # the escape goes, the rest is just text
        ("lý do \u202eđảo chiều", "lý do đảo chiều"),  # a direction override is dropped
        ("\ufeffxem 3", "xem 3"),
        ("dòng 1\r\ndòng 2\rdòng 3", "dòng 1\ndòng 2\ndòng 3"),
        ("cột\tcột", "cột\tcột"),
        ("Ư\u0303 decomposed", "Ữ decomposed"),  # NFC
        ("🙂 việc 9", "🙂 việc 9"),
    ],
)
def test_clean_text(raw: str, clean: str) -> None:
    out = clean_text(raw)
    assert out == clean
    out.encode("utf-8")
    assert unicodedata.is_normalized("NFC", out)


def test_limits_say_their_number_the_vietnamese_way() -> None:
    assert thousands(120_019) == "120.019"
    assert too_long("Tin nhắn", 120_019, 5_000) == (
        "Tin nhắn dài 120.019 ký tự, vượt giới hạn 5.000 ký tự: hãy viết ngắn lại rồi gửi lại."
    )
