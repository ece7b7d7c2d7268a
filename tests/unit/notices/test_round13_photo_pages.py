"""Round 13: a photo of one page is scored against the tasks that page shows ("visible" in the
manifest), beside the whole document's figures, which stay as they were."""

from __future__ import annotations

import json
from pathlib import Path

from bench import notice_corpus_check, notice_eval

LETTER = """UBND HUYỆN TÂN AN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG NỘI VỤ\tĐộc lập - Tự do - Hạnh phúc
Số: 12/TB-PNV\tTân An, ngày 05 tháng 3 năm 2026

THÔNG BÁO
Về việc rà soát hồ sơ cán bộ

1. Phòng Tài chính - Kế hoạch rà soát kinh phí chi trả phụ cấp cho cán bộ cấp xã.
"""

EXPECTED_STARTS = (
    "Phòng Tài chính - Kế hoạch rà soát kinh phí chi trả phụ cấp cho cán bộ",
    "Văn phòng Huyện ủy tổng hợp danh sách đảng viên chuyển sinh hoạt đảng",
    "Trung tâm Y tế huyện tổ chức khám sức khỏe định kỳ cho cán bộ, công chức",
)


def _corpus(tmp_path: Path, file: str, visible: list[int] | None) -> Path:
    for folder in ("docs", "expected", "text"):
        (tmp_path / folder).mkdir()
    (tmp_path / "docs" / file).write_text(LETTER, encoding="utf-8")
    tasks = [
        {"text_start": start, "lead": ["Phòng"], "deadline": None, "deadline_kind": "none"}
        for start in EXPECTED_STARTS
    ]
    expected = {
        "doc_number": "12/TB-PNV",
        "doc_type": "TB",
        "issued_date": "2026-03-05",
        "issuer": "Phòng Nội vụ",
        "signer": None,
        "tasks": tasks,
    }
    (tmp_path / "expected" / "tb-12.json").write_text(json.dumps(expected), encoding="utf-8")
    entry: dict[str, object] = {"file": file, "source": "tb-12", "split": "dev"}
    entry["group"] = "scanned"
    if visible is not None:
        entry["visible"] = visible
    manifest = {
        "sources": {"tb-12": {"split": "dev", "repo": "a/b", "path": "p", "commit": "c"}},
        "documents": [entry],
    }
    (tmp_path / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return tmp_path


def test_a_page_photo_is_scored_on_the_tasks_its_page_shows(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, "tb-12.page1.txt", [0])
    [score] = notice_eval.evaluate("dev", corpus=corpus)
    assert (score.expected, score.matched) == (3, 1)
    assert (score.expected_shown, score.matched_shown) == (1, 1)
    summary = notice_eval.summarise([score]).as_json()
    assert summary["recall"] == 0.333  # the whole document's figure is kept
    assert summary["recall_shown"] == 1.0
    assert any("not on the photographed page" in miss for miss in score.misses)


def test_without_the_field_every_task_counts_as_shown(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, "tb-12.txt", None)
    [score] = notice_eval.evaluate("dev", corpus=corpus)
    assert (score.expected_shown, score.matched_shown) == (score.expected, score.matched)
    summary = notice_eval.summarise([score])
    assert summary.recall_shown == summary.recall


def _problems(folder: Path, file: str, visible: list[int]) -> list[str]:
    folder.mkdir()
    return notice_corpus_check.check_corpus("dev", _corpus(folder, file, visible))


def test_the_check_accepts_a_page_list_on_a_photo_only(tmp_path: Path) -> None:
    assert _problems(tmp_path / "ok", "tb-12.photo.jpg", [0, 2]) == []
    assert any("not an image" in p for p in _problems(tmp_path / "txt", "tb-12.txt", [0]))
    for number, bad in enumerate(([3], [1, 0], [0, 0])):
        problems = _problems(tmp_path / f"bad{number}", "tb-12.jpg", bad)
        assert any("'visible'" in p for p in problems), bad
