"""Reading a notice in a child process under limits (bot/notice_worker.py)."""

from __future__ import annotations

import asyncio
import zlib
from pathlib import Path

import pytest

from bot.notice_worker import ProcessReader
from handlers.notice_reader import read_notice
from notices import ClassifiedNoticeError, ErrorCode, NoticeError

SAMPLES = Path(__file__).resolve().parents[3] / "samples" / "notices"


def bomb_pdf(inflated: int) -> bytes:
    """A valid one-page PDF whose content stream inflates to `inflated` bytes of spaces and
    zero-width text operators: a few hundred KB on disk."""
    chunk = b"BT /F1 1 Tf (a) Tj ET\n" * 4096
    body = chunk * (inflated // len(chunk))
    stream = zlib.compress(body, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


async def test_the_child_reads_as_the_bot_would() -> None:
    data = (SAMPLES / "bac-son-2023-bcd-cchc-9-thang.txt").read_bytes()
    notice = await ProcessReader().read(data, "bac-son.txt")
    assert notice == read_notice(data, "bac-son.txt")
    assert len(notice.tasks) > 20


async def test_refusals_cross_the_process_boundary() -> None:
    with pytest.raises(NoticeError) as refused:
        await ProcessReader().read(bytes(range(256)) * 40, "x.txt")
    assert refused.value.code is ErrorCode.BINARY
    secret = "TUYỆT MẬT\n\nTHÔNG BÁO\nKết luận …\n" + "Giao Phòng Nội vụ chủ trì. " * 10
    with pytest.raises(ClassifiedNoticeError) as classified:
        await ProcessReader().read(secret.encode(), "mat.txt")
    assert "TUYỆT MẬT" in classified.value.message


@pytest.mark.slow  # builds and reads a bomb: a few seconds
async def test_a_decompression_bomb_is_refused_in_one_line_and_others_go_on() -> None:
    bomb = bomb_pdf(400 * 1024 * 1024)
    assert len(bomb) < 2 * 1024 * 1024
    reader = ProcessReader(time_limit=20, memory_limit=768 * 1024 * 1024)
    other = asyncio.create_task(asyncio.sleep(0.05, result="answered"))
    with pytest.raises(NoticeError) as refused:
        await reader.read(bomb, "bomb.pdf")
    assert refused.value.code is ErrorCode.TOO_LARGE
    assert "\n" not in refused.value.message
    assert await other == "answered"  # the loop was never blocked


async def test_a_read_past_its_time_is_killed() -> None:
    # A text the child needs more than a tenth of a second to start and parse.
    data = (SAMPLES / "bac-son-2023-bcd-cchc-9-thang.txt").read_bytes()
    with pytest.raises(NoticeError) as refused:
        await ProcessReader(time_limit=0.1).read(data, "bac-son.txt")
    assert refused.value.code is ErrorCode.TOO_LARGE
    assert refused.value.message.startswith("Đọc văn bản quá 0,1 giây nên đã dừng")
