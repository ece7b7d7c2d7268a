"""How many rows a dispatcher keeps claimed: what its channels' pacing sends in the window."""

from __future__ import annotations

from types import MappingProxyType

from scheduler.config import ChannelPacing, DispatchConfig

PACING = MappingProxyType(
    {"telegram": ChannelPacing(rate=29.0), "zalo": ChannelPacing(rate=3.0, max_chars=2000)}
)


def test_the_window_is_a_second_of_the_channels_rates_added() -> None:
    config = DispatchConfig(pacing=PACING)
    assert config.claim_window(["telegram"]) == 29
    assert config.claim_window(["zalo"]) == 3
    assert config.claim_window(["telegram", "zalo"]) == 32


def test_a_slow_channel_still_claims_one_row_and_a_fast_one_stays_under_the_caps() -> None:
    slow = DispatchConfig(pacing=MappingProxyType({"zalo": ChannelPacing(rate=0.2)}))
    assert slow.claim_window(["zalo"]) == 1
    fast = DispatchConfig(pacing=MappingProxyType({"telegram": ChannelPacing(rate=500.0)}))
    assert fast.claim_window(["telegram"]) == 50  # batch_size
    assert DispatchConfig(pacing=PACING, claim_window_seconds=0.5).claim_window(["zalo"]) == 2


def test_without_a_window_the_batch_caps_alone_decide() -> None:
    config = DispatchConfig(pacing=PACING, claim_window_seconds=None, batch_size=80)
    assert config.claim_window(["zalo"]) == 64  # max_in_flight
