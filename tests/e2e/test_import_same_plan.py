"""`nhacviec import FILE` and the chat import of the same file show the same plan: the CLI's
own function and the conversation, on one demo database (every sample notice, and a photo of
a notice when Tesseract is installed)."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest

from bot.commands import import_file
from bot.demo import DEMO_TODAY, SAMPLES
from bot.wiring import App
from handlers.directory import DirectoryCache
from handlers.messages import Attachment, Incoming
from tests.conversation_support import FakeFetcher
from tests.e2e.test_photo_import import PAGE_ONE, PAGE_TWO, notice_photo

SAMPLE_FILES = sorted(Path(SAMPLES).glob("*.txt"))


def plan_lines(preview: str) -> list[str]:
    """What a plan is, in a preview: the counts, the issuer and the task lines (the hint lines
    differ on purpose: only the chat can answer «sửa TÊN = ĐƠN VỊ»)."""
    keep = ("Tìm thấy ", "Cơ quan ban hành", "  · «", "- ", "Văn bản không ghi", "Không tìm thấy")
    return [line for line in preview.splitlines() if line.startswith(keep)]


async def chat_preview(app: App, name: str, data: bytes) -> str:
    conversation = app.conversation({"telegram": FakeFetcher({"doc": data})})
    async with app.uow_factory() as uow:
        directory = await DirectoryCache().get(uow)
    admin = directory.by_handle("admin")
    assert admin is not None
    incoming = Incoming(
        "telegram", "chat-admin", "", admin.id, (Attachment("file", "doc", name),),
        today=DEMO_TODAY,
    )  # fmt: skip
    replies = await conversation.handle(incoming)
    if any(r.wake is not None for r in replies):  # a page image: more pages may follow
        done = Incoming("telegram", "chat-admin", "xong", admin.id, today=DEMO_TODAY)
        replies = await conversation.handle(done)
    return "\n".join(r.text for r in replies)


async def cli_preview(app: App, path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    code = await import_file(app.settings, str(path), yes=False, issuer_code=None)
    out = capsys.readouterr()
    assert code == 0, out.err
    return out.out


@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=lambda p: p.stem)
async def test_cli_and_chat_show_the_same_plan(
    app: App, sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = await asyncio.to_thread(sample.read_bytes)
    chat = plan_lines(await chat_preview(app, sample.name, data))
    cli = plan_lines(await cli_preview(app, sample, capsys))
    assert chat and chat == cli


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract OCR is not installed")
async def test_a_photo_gives_the_same_plan_by_cli_and_chat(
    app: App, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    photo = notice_photo(PAGE_ONE + PAGE_TWO)
    path = tmp_path / "thong-bao.jpg"
    await asyncio.to_thread(path.write_bytes, photo)
    chat = plan_lines(await chat_preview(app, path.name, photo))
    cli = plan_lines(await cli_preview(app, path, capsys))
    assert "Tìm thấy 2 việc cho 2 đơn vị." in chat and chat == cli


async def test_a_cli_import_with_no_task_says_why_on_stderr(
    app: App, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    minutes = tmp_path / "bien-ban.txt"
    text = (
        "BIÊN BẢN\nHọp Ban Chỉ đạo chuyển đổi số huyện Bắc Sơn\n\nHôm nay, ngày 01/11/2023, "
        "Ban Chỉ đạo họp thường kỳ, thảo luận tình hình thực hiện nhiệm vụ năm 2023.\n"
    )
    await asyncio.to_thread(minutes.write_text, text, encoding="utf-8")
    code = await import_file(app.settings, str(minutes), yes=True, issuer_code=None)
    out = capsys.readouterr()
    assert code == 1
    assert "Không tìm thấy việc nào được giao trong văn bản: đây là biên bản" in out.err
    assert "Nhập các việc này" not in out.out and "Đã nhập" not in out.out
