"""`understand` at province scale: every message of the NLU corpus against an org of 10,000
officials with realistic Vietnamese names (the demo district plus 20 agencies and 200 communes
with four offices each), so the name lookups meet the candidate sets a province has.

`python -m bench nlu` (part of `make bench`). Reports the NameIndex build time and, per message,
p50 / p99 / max in milliseconds over several passes of the corpus, wall clock and the thread's CPU
time (on a loaded machine the wall clock's tail is mostly waiting for a core)."""

from __future__ import annotations

import json
import random
import time
from datetime import date
from pathlib import Path
from typing import Any

from bench.nlu_eval import ORG, read_org
from handlers.domain import Official, OfficialId, Role, Unit, UnitId, UnitKind
from handlers.nlu import NameIndex, understand


def _split(words: str) -> list[str]:
    return words.split()


CORPUS = Path(__file__).resolve().parents[1] / "tests" / "nlu_corpus"
FAMILY = _split(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Nông Triệu"
)
MIDDLE = _split("Văn Thị Đức Minh Thanh Quang Ngọc Thu Hữu Xuân Thành Kim Bảo Hồng")
GIVEN = _split(
    "An Bình Cường Dũng Giang Hà Hải Hiếu Hoa Hùng Hương Khánh Lan Linh Long Mai Nam Nga "
    "Nghĩa Ngọc Phong Phúc Phương Quân Quỳnh Sơn Tâm Thảo Thắng Thủy Trang Trung Tú Tuấn "
    "Vân Việt Yến Đạt Huệ Hiền Hạnh Loan Lộc Thịnh Toàn Vinh"
)
PLACE = _split(
    "Tân Hòa Bình An Phú Yên Lộc Thành Hưng Quang Minh Đông Tây Nam Bắc Sơn Thủy Lâm "
    "Trung Hồng Phong Vĩnh Long Cát Hải Xuân Thượng Hạ Mỹ Đức Thịnh"
)
AGENCIES = (
    "Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Xây dựng",
    "Sở Giao thông vận tải", "Sở Nông nghiệp và Môi trường", "Sở Y tế", "Sở Giáo dục và Đào tạo",
    "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ", "Sở Công Thương",
    "Sở Dân tộc và Tôn giáo", "Thanh tra tỉnh", "Văn phòng UBND tỉnh",
    "Ban Quản lý các khu công nghiệp",
    "Đài Phát thanh và Truyền hình", "Trung tâm Phục vụ hành chính công tỉnh", "Công an tỉnh",
    "Bộ Chỉ huy Quân sự tỉnh",
)  # fmt: skip
OFFICES = (
    "Văn phòng HĐND và UBND",
    "Phòng Kinh tế",
    "Phòng Văn hóa - Xã hội",
    "Trung tâm Phục vụ hành chính công",
)


def province(n_officials: int = 10_000, seed: int = 11) -> tuple[list[Unit], list[Official]]:
    rng = random.Random(seed)
    units, officials = read_org(ORG)
    top = units[0].id

    def add(name: str, kind: UnitKind, parent: UnitId) -> UnitId:
        uid = UnitId(len(units) + 1)
        units.append(Unit(uid, f"u{uid}", name, kind, parent))
        return uid

    for name in AGENCIES:
        add(name, UnitKind.AGENCY, top)
    names: set[str] = set()
    while len(names) < 200:
        names.add(f"{rng.choice(PLACE)} {rng.choice(PLACE)}")
    for place in sorted(names):
        commune = add(f"UBND xã {place}", UnitKind.COMMUNE, top)
        for office in OFFICES:
            add(f"{office} xã {place}", UnitKind.AGENCY, commune)
    ids = [u.id for u in units]
    while len(officials) < n_officials:
        oid = OfficialId(len(officials) + 1)
        name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
        officials.append(
            Official(oid, f"o{oid}", name, rng.choice(ids), frozenset({Role.STAFF}), "Chuyên viên")
        )
    return units, officials


def messages() -> list[tuple[str, date]]:
    rows = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                rows.append((row["text"], date.fromisoformat(row["today"])))
    return rows


def run(passes: int = 5) -> dict[str, Any]:
    units, officials = province()
    started = time.perf_counter()
    names = NameIndex.build(units, officials)
    built = time.perf_counter() - started
    corpus = messages()
    for text, today in corpus:  # warm the caches once, as a running bot has
        understand(text, today, names)
    times, cpu = [], []
    for _ in range(passes):
        for text, today in corpus:
            started, used = time.perf_counter(), time.thread_time()
            understand(text, today, names)
            cpu.append(time.thread_time() - used)
            times.append(time.perf_counter() - started)
    times.sort()
    cpu.sort()

    def at(q: float, values: list[float] = times) -> float:
        return round(values[min(len(values) - 1, int(len(values) * q))] * 1000, 3)

    return {
        "units": len(units),
        "officials": len(officials),
        "messages": len(corpus),
        "name_index_build_s": round(built, 2),
        "p50_ms": at(0.5),
        "p99_ms": at(0.99),
        "max_ms": round(times[-1] * 1000, 3),
        # This thread's CPU time: what a busy machine's waits for a core do not inflate.
        "cpu_p50_ms": at(0.5, cpu),
        "cpu_p99_ms": at(0.99, cpu),
        "per_s": round(len(times) / sum(times)),
    }
