"""`nhacviec report` as a user runs it: Word and Excel files of the demo, in scope, that
LibreOffice opens (converted to PDF headlessly when `soffice` is installed)."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from tests.cli_support import BuiltDemo, nhacviec

pytestmark = pytest.mark.slow  # a real `nhacviec` subprocess per test
PERIOD = ("--from", "2023-10-01", "--to", "2023-12-31", "--today", "2023-10-25")


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory, built_demo: BuiltDemo) -> Path:
    return built_demo.copy_to(tmp_path_factory.mktemp("report"))


def _report(cwd: Path, fmt: str, *extra: str) -> Path:
    out = cwd / f"bao-cao{'-'.join(extra)}.{fmt}"
    done = nhacviec(cwd, "--demo", "report", *PERIOD, "--format", fmt, "-o", str(out), *extra)
    assert done.returncode == 0, done.stderr
    assert "Đã ghi" in done.stdout
    return out


def test_word_and_excel_of_the_whole_tree(demo_dir: Path) -> None:
    document = Document(str(_report(demo_dir, "docx")))
    assert len(document.tables[1].rows) == 1 + 74
    statuses = {row.cells[6].text for row in document.tables[1].rows[1:]}
    assert statuses <= {"Đang thực hiện", "Sắp đến hạn"}
    book = load_workbook(io.BytesIO(_report(demo_dir, "xlsx").read_bytes()))
    rows = list(book["Theo dõi nhiệm vụ"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == 74
    units = list(book["Tổng hợp theo đơn vị"].iter_rows(min_row=2, values_only=True))
    assert ("Tổng cộng", 74) in [(r[0], r[1]) for r in units]


def test_a_commune_chair_gets_the_commune(demo_dir: Path) -> None:
    document = Document(str(_report(demo_dir, "docx", "--as", "chutichxa")))
    rows = document.tables[1].rows[1:]
    assert 0 < len(rows) < 74
    assert all("Long Đống" in (r.cells[3].text + r.cells[4].text) for r in rows)


@pytest.fixture(scope="module")
def pdfs(demo_dir: Path) -> Path:
    """Both report files converted to PDF by one LibreOffice start (it takes seconds)."""
    sources = []
    for fmt in ("docx", "xlsx"):  # told apart by name: both would become bao-cao.pdf
        sources.append(demo_dir / f"report-{fmt}.{fmt}")
        shutil.copyfile(_report(demo_dir, fmt), sources[-1])
    outdir = demo_dir / "pdf"
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{demo_dir}/lo",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            *map(str, sources),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return outdir


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_libreoffice_converts_the_files_to_pdf(pdfs: Path, fmt: str) -> None:
    pdf = pdfs / f"report-{fmt}.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
