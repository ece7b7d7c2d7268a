"""«báo cáo quý 4», «xuất excel»: the file comes with the reply, in the asker's scope."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pytest
from docx import Document
from openpyxl import load_workbook

from bot.reports.render import FileRenderer
from handlers import make_report
from handlers.messages import Incoming, Reply
from tests.conversation_support import TODAY, Demo


async def _ask(demo: Demo, handle: str, text: str):  # type: ignore[no-untyped-def]
    services = demo.conversation._services
    demo.conversation._services = replace(services, reports=FileRenderer())
    official = demo.directory.by_handle(handle)
    assert official is not None
    [reply] = await demo.raw(Incoming("console", handle, text, official.id, today=TODAY))
    return reply


async def test_word_report_of_the_quarter(demo: Demo) -> None:
    reply = await _ask(demo, "admin", "báo cáo quý 4")
    [file] = reply.files
    assert file.name == "bao-cao-01102023-31122023.docx"
    assert "74 việc" in reply.text
    document = Document(io.BytesIO(file.data))
    table = document.tables[1]
    assert len(table.rows) == 1 + 74
    text = "\n".join(p.text for p in document.paragraphs)
    assert "BÁO CÁO" in text and "{{" not in text
    assert "UBND HUYỆN BẮC SƠN" in document.tables[0].rows[0].cells[0].text


async def test_excel_for_staff_holds_their_unit_only(demo: Demo) -> None:
    reply = await _ask(demo, "noivu", "xuất excel báo cáo")
    [file] = reply.files
    assert file.name.endswith(".xlsx")
    sheet = load_workbook(io.BytesIO(file.data))["Theo dõi nhiệm vụ"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert rows and all(r[8] for r in rows)
    assert len(rows) < 74
    assert sheet.freeze_panes == "A2"


async def test_without_a_renderer_the_bot_names_the_command(demo: Demo) -> None:
    text = await demo.say("admin", "/baocao")
    assert "nhacviec report --from 2023-10-01 --to 2023-12-31" in text


async def test_an_export_of_overdue_tasks_holds_only_those(demo: Demo) -> None:
    # On 02/11/2023 the five «sáng kiến» tasks due 27/10/2023 are overdue, nothing else is.
    official = demo.directory.by_handle("admin")
    assert official is not None
    demo.conversation._services = replace(demo.conversation._services, reports=FileRenderer())
    incoming = Incoming(
        "console", "admin", "xuất excel việc quá hạn", official.id, today=date(2023, 11, 2)
    )
    [reply] = await demo.raw(incoming)
    [file] = reply.files
    assert file.name.endswith(".xlsx")
    sheet = load_workbook(io.BytesIO(file.data))["Theo dõi nhiệm vụ"]
    rows = [r for r in sheet.iter_rows(min_row=2, values_only=True) if any(r)]
    assert len(rows) == 5
    assert "5 việc" in reply.text


async def test_the_word_report_carries_the_charts_when_there_is_something_to_show(
    demo: Demo,
) -> None:
    official = demo.directory.by_handle("admin")
    assert official is not None
    demo.conversation._services = replace(demo.conversation._services, reports=FileRenderer())
    before = Document(io.BytesIO((await _ask(demo, "admin", "báo cáo quý 4")).files[0].data))
    assert len(before.inline_shapes) == 0  # 25/10: nothing has come due yet
    later = Incoming("console", "admin", "báo cáo quý 4", official.id, today=date(2023, 11, 2))
    [reply] = await demo.raw(later)
    document = Document(io.BytesIO(reply.files[0].data))
    assert len(document.inline_shapes) == 2  # completion per unit and the overdue trend


async def test_a_long_report_says_it_has_started_before_the_file(
    demo: Demo, monkeypatch: pytest.MonkeyPatch
) -> None:
    official = demo.directory.by_handle("admin")
    assert official is not None
    demo.conversation._services = replace(demo.conversation._services, reports=FileRenderer())
    said: list[str] = []

    async def say_now(reply: Reply) -> None:
        said.append(reply.text)

    incoming = Incoming("console", "admin", "báo cáo quý 4", official.id, today=TODAY)
    await demo.conversation.handle(incoming, say_now=say_now)
    assert said == []  # 74 tasks: no need to wait
    monkeypatch.setattr(make_report, "LONG_REPORT", 50)  # a province's thousands, in small
    [reply] = await demo.conversation.handle(incoming, say_now=say_now)
    assert said == ["Đang tạo báo cáo (74 việc trong phạm vi)…"]
    assert reply.files  # and then the file
