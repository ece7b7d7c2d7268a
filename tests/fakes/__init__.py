"""Local fake Telegram Bot API and Zalo Bot Platform servers that record and inject faults.

Used by the e2e tests and the benchmarks: `from tests.fakes.telegram import FakeTelegram`,
`from tests.fakes.zalo import FakeZalo`. Both listen on 127.0.0.1 with an ephemeral port.
"""
