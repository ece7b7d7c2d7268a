"""`nhacviec org load FILE.xlsx` and `org export` as a user runs them, on the demo database."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.cli_support import BuiltDemo, nhacviec

pytestmark = pytest.mark.slow  # a real `nhacviec` subprocess per step


@pytest.fixture
def demo_dir(tmp_path: Path, built_demo: BuiltDemo) -> Path:
    return built_demo.copy_to(tmp_path)


def test_three_bad_rows_are_named_and_nothing_is_written(demo_dir: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in [
        ("Họ và tên", "Chức vụ", "Đơn vị", "Số điện thoại", "Vai trò"),
        ("Lê Văn Bình", "Chuyên viên", "Phòng Tư pháp", "0912 345 678", "cán bộ"),
        ("Lò Thị Dung", "Chuyên viên", "Phòng Y tế", "", ""),
        ("", "Chuyên viên", "Phòng Nội vụ", "", ""),
        ("Lò Văn Sáng", "Chuyên viên", "Phòng Tư pháp", "12", "thủ quỹ"),
    ]:
        sheet.append(list(row))
    book.save(demo_dir / "sai.xlsx")
    before = nhacviec(demo_dir, "--demo", "org", "export", "-o", "truoc.xlsx")
    assert before.returncode == 0, before.stderr

    refused = nhacviec(demo_dir, "--demo", "org", "load", "sai.xlsx")
    assert refused.returncode == 1
    assert refused.stderr.splitlines()[-4:] == [
        "Tệp sai.xlsx có 3 lỗi, chưa ghi gì:",
        "Dòng 3: không có đơn vị «Phòng Y tế».",
        "Dòng 4: thiếu họ tên.",
        "Dòng 5: không rõ vai trò «thủ quỹ» (dùng: lãnh đạo, chủ tịch, quản trị, cán bộ); "
        "số điện thoại «12» không hợp lệ.",
    ]
    after = nhacviec(demo_dir, "--demo", "org", "export", "-o", "sau.xlsx")
    assert after.stdout == before.stdout.replace("truoc.xlsx", "sau.xlsx")
    assert "11 cán bộ" in after.stdout  # Lê Văn Bình, on a good row, was not added either


def test_export_then_load_and_the_yaml_path(demo_dir: Path) -> None:
    exported = nhacviec(demo_dir, "--demo", "org", "export", "-o", "org.xlsx")
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.strip() == "Đã xuất 14 đơn vị và 11 cán bộ ra org.xlsx."
    loaded = nhacviec(demo_dir, "--demo", "org", "load", "org.xlsx")
    assert loaded.returncode == 0, loaded.stderr
    assert loaded.stdout.strip() == "Đã nạp 14 đơn vị và 11 cán bộ từ org.xlsx."
    yaml_file = Path(__file__).resolve().parents[3] / "bot" / "data" / "demo" / "org.yaml"
    from_yaml = nhacviec(demo_dir, "--demo", "org", "load", str(yaml_file))
    assert from_yaml.returncode == 0, from_yaml.stderr
    assert from_yaml.stdout.strip() == "Loaded 14 units and 11 officials."
    template = nhacviec(demo_dir, "--demo", "org", "template")
    assert template.stdout.strip().endswith("org_template.xlsx")
