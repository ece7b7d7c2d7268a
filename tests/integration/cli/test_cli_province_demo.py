"""`nhacviec demo --province` as a user runs it: its own database, the 2026 notice's tasks, and
the chat through a pipe on the province's structure."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_support import nhacviec

pytestmark = pytest.mark.slow  # a real `nhacviec` subprocess per test


@pytest.fixture(scope="module")
def province_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    cwd = tmp_path_factory.mktemp("province")
    built = nhacviec(cwd, "demo", "--province", "--no-chat")
    assert built.returncode == 0, built.stderr
    assert "45 units, 14 officials, 46 tasks" in built.stdout
    assert "demo-province.sqlite3" in built.stdout
    return cwd


def test_the_province_demo_keeps_its_own_database(province_dir: Path) -> None:
    assert (province_dir / "data" / "demo-province.sqlite3").exists()
    assert not (province_dir / "data" / "demo.sqlite3").exists()


def test_the_demo_chat_opens_as_a_department_on_the_day_after_the_notice(
    province_dir: Path,
) -> None:
    done = nhacviec(province_dir, "demo", "--province", stdin="việc đến hạn tháng này\n")
    assert done.returncode == 0, done.stderr
    assert "tỉnh Lạng Sơn" in done.stdout
    assert "Ngày giả lập: 17/03/2026" in done.stdout
    assert "Lăng Văn Khánh (noivu)" in done.stdout
    assert "Sở Nội vụ · hạn 27/03/2026 (còn 10 ngày)" in done.stdout


def test_demo_province_flag_reaches_the_province_database(province_dir: Path) -> None:
    lines = "quá hạn\nthống kê các xã\n"
    done = nhacviec(
        province_dir, "--demo-province", "chat", "--as", "chutich", "--today", "2026-04-02",
        stdin=lines,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "UBND xã Bắc Sơn · hạn 31/03/2026, quá hạn 2 ngày" in done.stdout
    assert "- UBND phường Lương Văn Tri: " in done.stdout


def test_with_only_the_province_demo_commands_fall_back_to_it(province_dir: Path) -> None:
    done = nhacviec(
        province_dir, "chat", "--as", "chutichxa", "--today", "2026-03-17", stdin="thống kê\n"
    )
    assert done.returncode == 0, done.stderr
    assert "data/demo-province.sqlite3" in done.stderr
    assert "Thống kê đến 17/03/2026" in done.stdout
