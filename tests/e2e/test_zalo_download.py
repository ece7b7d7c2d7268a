"""The Zalo fetcher downloads a received photo from its URL with a size limit (the import of a
photographed notice reads these bytes)."""

from __future__ import annotations

import pytest

from bot.zalo.client import ZaloBadRequest, ZaloBotClient, ZaloTransientError
from tests.e2e.conftest import ZALO_TOKEN
from tests.fakes.zalo import FakeZalo


async def test_a_photo_is_downloaded_within_its_limit_and_refused_past_it(
    fake_zalo: FakeZalo,
) -> None:
    content = bytes(range(256)) * 40  # 10 240 bytes
    fake_zalo.images["big.jpg"] = content
    url = f"{fake_zalo.url}/_fake/images/big.jpg"
    client = ZaloBotClient(ZALO_TOKEN, base_url=fake_zalo.url, timeout=5.0)
    try:
        assert await client.download(url, 20_000) == content
        with pytest.raises(ValueError, match=r"too large|larger"):
            await client.download(url, 10_000)
        with pytest.raises(ZaloTransientError):
            await client.download(f"{fake_zalo.url}/_fake/images/missing.jpg", 20_000)
        with pytest.raises(ZaloBadRequest):
            await client.download("file:///etc/passwd", 20_000)
    finally:
        await client.aclose()
