"""`nhacviec parse FILE [--json] [--year-hint Y]`: the JSON contract, the table, the exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from notice_fixtures import SAMPLES, expected

from bot.parse_cmd import EXIT_CLASSIFIED, EXIT_OK, EXIT_UNREADABLE, run_parse

NOTICE_KEYS = [
    "doc_number", "doc_type", "issued_date", "issued_date_is_meeting", "place", "issuer", "title",
    "signer", "signer_title", "classified", "tasks",
]  # fmt: skip
TASK_KEYS = [
    "ref", "text", "lead", "support", "directing", "deadline", "deadline_kind", "deadline_phrase",
    "recurrence", "criteria",
]  # fmt: skip


def test_json_follows_the_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code = run_parse(
        str(SAMPLES / "bac-son-2023-bcd-cchc-9-thang.txt"), as_json=True, year_hint=None
    )
    out, err = capsys.readouterr()
    assert (code, err) == (EXIT_OK, "")
    data = json.loads(out)
    assert list(data) == NOTICE_KEYS
    assert all(list(task) == TASK_KEYS for task in data["tasks"])
    assert data["issued_date"] == "2023-10-24" and data["classified"] is False
    with_deadline = next(t for t in data["tasks"] if t["deadline"])
    assert with_deadline == {
        **with_deadline,
        "deadline": "2023-10-27",
        "deadline_kind": "on_date",
        "deadline_phrase": "chậm nhất ngày 27/10/2023",
        "criteria": ["1.5"],
    }
    assert [t["ref"] for t in data["tasks"]] == [
        t["ref"] for t in expected("bac-son-2023-bcd-cchc-9-thang")["tasks"]
    ]
    assert "\\u" not in out  # Vietnamese printed as is


def test_table_is_readable(capsys: pytest.CaptureFixture[str]) -> None:
    code = run_parse(
        str(SAMPLES / "hiep-hoa-2024-cchc-dti-ddci.txt"), as_json=False, year_hint=None
    )
    out, _ = capsys.readouterr()
    assert code == EXIT_OK
    assert "UBND huyện Hiệp Hòa" in out and "07/03/2024 (ngày họp)" in out
    assert "3.(1)" in out and "Phòng Tài chính – Kế hoạch" in out and "Nguyễn Văn Khanh" in out
    assert "định kỳ (quarterly)" in out


def test_year_hint_is_used_when_the_notice_has_no_year(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "tb.txt"
    path.write_text("THÔNG BÁO\nKết luận\n\n1. Giao Sở Y tế hoàn thành trong quý III.\n", "utf-8")
    assert run_parse(str(path), as_json=True, year_hint=2026) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["tasks"][0]["deadline"] == "2026-09-30"


@pytest.mark.parametrize(
    ("name", "content", "code", "words"),
    [
        ("empty.txt", b"", EXIT_UNREADABLE, "rỗng"),
        ("binary.txt", bytes(range(256)) * 8, EXIT_UNREADABLE, "nhị phân"),
        ("broken.docx", b"PK\x03\x04not a zip at all", EXIT_UNREADABLE, ".docx"),
        ("broken.pdf", b"%PDF-1.7\n%%EOF garbage", EXIT_UNREADABLE, ".pdf"),
        ("mat.txt", "MẬT\nỦY BAN NHÂN DÂN\nTHÔNG BÁO\n1. Giao Sở Nội vụ.".encode(),
         EXIT_CLASSIFIED, "mật"),
    ],
)  # fmt: skip
def test_refusals_print_one_line_and_exit_non_zero(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: bytes,
    code: int,
    words: str,
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert run_parse(str(path), as_json=True, year_hint=None) == code
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and words in err and "Traceback" not in err


def test_classified_text_is_never_echoed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "mat.txt"
    path.write_text("TỐI MẬT\nTHÔNG BÁO\n1. Bí danh kế hoạch XYZ-42 giao Sở Nội vụ.\n", "utf-8")
    assert run_parse(str(path), as_json=False, year_hint=None) == EXIT_CLASSIFIED
    out, err = capsys.readouterr()
    assert "XYZ-42" not in out + err


def test_missing_and_oversized_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_parse(str(tmp_path / "nope.pdf"), as_json=True, year_hint=None) == EXIT_UNREADABLE
    big = tmp_path / "big.pdf"
    with big.open("wb") as handle:
        handle.truncate(11 * 1024 * 1024)
    assert run_parse(str(big), as_json=True, year_hint=None) == EXIT_UNREADABLE
    err = capsys.readouterr().err
    assert "Không tìm thấy" in err and "10 MB" in err


@pytest.mark.parametrize("as_json", [False, True])
def test_a_document_with_no_task_says_why_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], as_json: bool
) -> None:
    minutes = tmp_path / "bien-ban.txt"
    minutes.write_text(
        "ỦY BAN NHÂN DÂN\nXÃ TÂN THÀNH\n\nBIÊN BẢN HỌP\nVề việc rà soát thủ tục hành chính\n\n"
        "Hôm nay, vào lúc 14 giờ 00 ngày 05/8/2025, tại trụ sở UBND xã, các thành viên dự họp "
        "đã thảo luận về tình hình giải quyết hồ sơ. Các ý kiến thống nhất với báo cáo.\n",
        encoding="utf-8",
    )
    code = run_parse(str(minutes), as_json=as_json, year_hint=None)
    out, err = capsys.readouterr()
    assert code == EXIT_OK
    assert err == (
        "Không tìm thấy việc nào được giao: đây là biên bản, không có câu giao việc cho đơn vị "
        "nào.\n"
    )
    if as_json:
        assert json.loads(out)["tasks"] == []  # the contract is unchanged
