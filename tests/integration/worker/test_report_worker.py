"""Drawing a report in a child process under limits (bot/report_worker.py): the chat's
«báo cáo» is answered with the file; a child that runs out of time (killed with what it
started) or memory, or fails, gives the user one line."""

from __future__ import annotations

import asyncio
import io
from dataclasses import replace
from pathlib import Path

import pytest
from docx import Document

from bot.demo import load_demo_data
from bot.report_worker import ProcessRenderer
from handlers.errors import DomainError
from handlers.messages import Incoming
from handlers.ports import UnitOfWorkFactory
from tests.conversation_support import TODAY, TZ, Demo, open_demo


@pytest.fixture
async def demo(uow_factory: UnitOfWorkFactory) -> Demo:
    await load_demo_data(uow_factory, TZ)
    return await open_demo(uow_factory)


async def ask(demo: Demo, renderer: ProcessRenderer, text: str) -> tuple[str, list[bytes]]:
    demo.conversation._services = replace(demo.conversation._services, reports=renderer)
    official = demo.directory.by_handle("admin")
    assert official is not None
    [reply] = await demo.raw(Incoming("console", "admin", text, official.id, today=TODAY))
    return reply.text, [f.data for f in reply.files]


async def test_a_report_request_is_answered_from_the_child(demo: Demo) -> None:
    text, [data] = await ask(demo, ProcessRenderer(), "báo cáo quý 4")
    assert "74 việc" in text
    document = Document(io.BytesIO(data))
    assert len(document.tables[1].rows) == 1 + 74


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0]
    except (FileNotFoundError, IndexError):
        return False
    return state not in "ZX"  # a zombie waiting for init to reap it is dead


class Hanging(ProcessRenderer):
    module = "tests.integration.worker.hanging_report_child"


async def test_a_child_past_its_time_is_killed_and_the_user_told(
    demo: Demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pids = tmp_path / "pids"
    monkeypatch.setenv("NHACVIEC_TEST_PIDS", str(pids))
    text, files = await ask(demo, Hanging(time_limit=3), "báo cáo quý 4")
    assert files == []
    assert text == (
        "Tạo báo cáo quá 3 giây nên đã dừng: hãy thu hẹp khoảng thời gian hoặc đơn vị "
        "(ví dụ «báo cáo tháng 11 phòng Nội vụ»), hoặc nhờ văn phòng chạy «nhacviec report» "
        "trên máy chủ."
    )
    child, grandchild = (int(p) for p in pids.read_text().split())
    for _ in range(100):  # a hang detector: the kill is immediate, reaping may lag
        if not alive(child) and not alive(grandchild):
            break
        await asyncio.sleep(0.05)
    assert not alive(child) and not alive(grandchild)


async def test_a_child_out_of_memory_gives_one_line(demo: Demo) -> None:
    text, files = await ask(demo, ProcessRenderer(memory_limit=64 * 1024**2), "báo cáo quý 4")
    assert files == []
    assert text.startswith("Báo cáo quá lớn để tạo qua chat nên đã dừng: hãy thu hẹp")


async def test_a_failing_child_gives_one_line() -> None:
    renderer = ProcessRenderer()
    with pytest.raises(DomainError) as refused:
        await renderer(None, "pdf")  # type: ignore[arg-type]
    assert str(refused.value) == "Không tạo được tệp báo cáo lúc này; hãy thử lại sau ít phút."
