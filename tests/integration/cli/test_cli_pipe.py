"""The CLI as a user runs it: a real subprocess, the demo database, the chat fed through a pipe."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_support import BuiltDemo, nhacviec

pytestmark = pytest.mark.slow  # a real `nhacviec` subprocess per test


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory, built_demo: BuiltDemo) -> Path:
    assert "74 tasks" in built_demo.built.stdout
    return built_demo.copy_to(tmp_path_factory.mktemp("cli"))


def test_chat_through_a_pipe(demo_dir: Path) -> None:
    lines = "viec den han tuan nay\nquá hạn\ncảm ơn\nabc xyz\n"
    done = nhacviec(
        demo_dir, "--demo", "chat", "--as", "noivu", "--today", "2023-10-25", stdin=lines
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "> viec den han tuan nay" in out
    assert "Việc đến hạn từ 23/10/2023 đến 29/10/2023 — 1 việc" in out
    assert "Phòng Nội vụ · hạn 27/10/2023 (còn 2 ngày)" in out
    assert "Không có việc nào quá hạn tính đến 25/10/2023." in out
    assert "Dạ, không có gì ạ." in out  # thanks get a short answer
    assert "chưa hiểu" in out


def test_report_then_confirm_across_two_sessions(demo_dir: Path) -> None:
    listed = nhacviec(
        demo_dir,
        "--demo",
        "chat",
        "--as",
        "noivu",
        "--today",
        "2023-10-25",
        stdin="viec den han tuan nay\n",
    )
    task_id = listed.stdout.split("\n#", 1)[1].split(" ", 1)[0]
    reported = nhacviec(
        demo_dir,
        "--demo",
        "chat",
        "--as",
        "noivu",
        "--today",
        "2023-10-25",
        stdin=f"xong {task_id} đã gửi sáng kiến\n",
    )
    assert "chờ lãnh đạo xác nhận" in reported.stdout
    confirmed = nhacviec(
        demo_dir,
        "--demo",
        "chat",
        "--as",
        "chutich",
        "--today",
        "2023-10-26",
        stdin=f"duyệt {task_id}\nxem {task_id}\n",
    )
    assert "Đã xác nhận hoàn thành" in confirmed.stdout
    assert "đã hoàn thành đúng hạn" in confirmed.stdout


def test_understand_prints_the_contract(demo_dir: Path) -> None:
    done = nhacviec(
        demo_dir,
        "--demo",
        "understand",
        "viec cua fong noi vu tuan nay",
        "--today",
        "2023-10-25",
        "--json",
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {
        "intent": "due",
        "range": {"from": "2023-10-23", "to": "2023-10-29"},
        "task_id": None,
        "unit": "Phòng Nội vụ",
        "person": None,
        "criterion": None,
        "query": None,
    }


def test_invite_prints_the_code_last(demo_dir: Path) -> None:
    done = nhacviec(demo_dir, "--demo", "invite", "noivu")
    assert done.returncode == 0, done.stderr
    code = done.stdout.strip().splitlines()[-1]
    assert len(code) == 8 and code.isalnum() and code.isupper()
    unknown = nhacviec(demo_dir, "--demo", "invite", "khongco")
    assert unknown.returncode != 0 and "khongco" in unknown.stderr


def test_unknown_handle_and_missing_schema_are_one_line(tmp_path: Path) -> None:
    env_db = tmp_path / "empty.sqlite3"
    done = nhacviec(
        tmp_path, "chat", "--as", "noivu", env={"DATABASE_URL": f"sqlite+aiosqlite:///{env_db}"}
    )
    assert done.returncode == 2
    assert "nhacviec db upgrade" in done.stderr
    assert "Traceback" not in done.stderr


def test_org_load_rejects_a_bad_file(demo_dir: Path) -> None:
    bad = demo_dir / "bad.yaml"
    bad.write_text("units:\n  - code: x\n    kind: planet\n    name: X\n", encoding="utf-8")
    done = nhacviec(demo_dir, "--demo", "org", "load", str(bad))
    assert done.returncode == 1
    assert "unknown kind" in done.stderr and "Traceback" not in done.stderr
