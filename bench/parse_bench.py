"""Parse time per sample notice: median over many runs (target: under 50 ms a notice); and the
time to read each kind of file (text PDF, .docx, legacy-font .txt, OCR per page, .doc)."""

from __future__ import annotations

import importlib.util
import io
import shutil
import statistics
import time
from pathlib import Path
from types import ModuleType
from typing import Any

from notices import parse_notice
from notices.text import match_form

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "notices"
TARGET_MS = 50.0  # issue 11: text parsing in-process under 50 ms a notice


def run(*, repeats: int = 50, readers: bool | None = None) -> dict[str, object]:
    """{"target_ms": 20.0, "notices": {name: {"median_ms", "p95_ms", "tasks", "chars"}}, …};
    with `readers` (by default only in the full run, `make bench`), "readers" too."""
    results: dict[str, dict[str, float | int]] = {}
    for path in sorted(SAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        tasks = len(parse_notice(text).tasks)  # warm-up: compiles every regex once
        timings: list[float] = []
        for _ in range(repeats):
            match_form.cache_clear()  # time a notice seen for the first time, not a cache hit
            start = time.perf_counter()
            parse_notice(text)
            timings.append((time.perf_counter() - start) * 1000)
        timings.sort()
        results[path.stem] = {
            "median_ms": round(statistics.median(timings), 2),
            "p95_ms": round(timings[int(len(timings) * 0.95) - 1], 2),
            "tasks": tasks,
            "chars": len(text),
        }
    worst = max((r["median_ms"] for r in results.values()), default=0.0)
    report: dict[str, object] = {
        "benchmark": "parse_notice",
        "repeats": repeats,
        "target_ms": TARGET_MS,
        "worst_median_ms": worst,
        "within_target": worst < TARGET_MS,
        "notices": results,
    }
    if readers if readers is not None else repeats >= 50:
        report["readers"] = run_readers()
    return report


def _documents() -> ModuleType:
    """The reader tests' document builders (one notice as text PDF, scan, photo, .docx…)."""
    path = Path(__file__).resolve().parent.parent / "tests/unit/notices/reader_documents.py"
    spec = importlib.util.spec_from_file_location("reader_documents", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _timed(read: Any, data: bytes, name: str, repeats: int) -> dict[str, object]:
    from notices import NoticeError

    timings: list[float] = []
    for _ in range(repeats):
        start = time.perf_counter()
        try:
            text = read(data, name)
        except NoticeError as exc:
            return {"skipped": exc.message}
        timings.append((time.perf_counter() - start) * 1000)
    return {"median_ms": round(statistics.median(timings), 1), "runs": repeats, "chars": len(text)}


def run_readers() -> dict[str, object]:
    """Reading time per file kind, median ms: fast kinds 20 runs, OCR and .doc 3 runs (a
    two-page scan, so per page is half)."""
    from notices.readers import decode_document, legacy
    from notices.readers.ocr import DPI

    docs = _documents()
    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not font.exists():
        return {"skipped": "no DejaVu Sans font (fonts-dejavu-core) to build the documents"}
    text_pdf = docs.text_pdf(font)
    two_page_scan = _two_pages(docs.scan_pdf(text_pdf, dpi=DPI))
    out: dict[str, object] = {
        "text_pdf": _timed(decode_document, text_pdf, "a.pdf", 20),
        "tcvn3_pdf": _timed(decode_document, docs.text_pdf(font, legacy.to_tcvn3), "a.pdf", 20),
        "docx": _timed(decode_document, docs.notice_docx(), "a.docx", 20),
        "tcvn3_txt": _timed(
            decode_document, legacy.to_tcvn3(docs.plain_text()).encode("latin-1"), "a.txt", 20
        ),
        f"scan_2_pages_{DPI}dpi": _timed(decode_document, two_page_scan, "scan.pdf", 3),
        "phone_photo": _timed(decode_document, docs.phone_jpeg(text_pdf), "a.jpg", 3),
    }
    doc = docs.docx_to_doc(docs.notice_docx()) if shutil.which("soffice") else None
    if doc is not None:
        from notices.readers import doc_reader

        out["doc_libreoffice"] = _timed(decode_document, doc, "a.doc", 3)
        if shutil.which("antiword"):
            out["doc_antiword"] = _timed(
                lambda data, _: doc_reader._plain(
                    data, ["antiword", "-m", "UTF-8.txt", "-w", "0"]
                ),
                doc,
                "a.doc",
                20,
            )
    return out


def _two_pages(pdf: bytes) -> bytes:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    document.import_pages(pdfium.PdfDocument(pdf))
    buffer = io.BytesIO()
    document.save(buffer)
    document.close()
    return buffer.getvalue()


def main() -> None:
    report = run()
    notices = report["notices"]
    assert isinstance(notices, dict)
    print(f"{'notice':<34} {'chars':>6} {'tasks':>5} {'median ms':>10} {'p95 ms':>8}")
    for name, row in notices.items():
        print(
            f"{name:<34} {row['chars']:>6} {row['tasks']:>5} {row['median_ms']:>10.2f} "
            f"{row['p95_ms']:>8.2f}"
        )
    print(f"worst median {report['worst_median_ms']} ms (target < {report['target_ms']} ms)")
    readers = report.get("readers")
    if isinstance(readers, dict):
        print(f"{'reading':<24} {'median ms':>10}")
        for kind, row in readers.items():
            shown = row.get("median_ms", row.get("skipped")) if isinstance(row, dict) else row
            print(f"{kind:<24} {shown!s:>10}")


if __name__ == "__main__":
    main()
