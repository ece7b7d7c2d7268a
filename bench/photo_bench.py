"""How well phone photos of notices are read: OCR text against the photographed page's own text,
and tasks found against the tasks that page's text gives the parser.

`python -m bench.photo_bench [--split dev ...] [--json] [FILE ...]`

A corpus photo (`make_derived.py`'s `photo` kind) shows the first page of the source's PDF, so
its reference is that page's text layer (the PDF is rebuilt from `text/<source>.md` as
`make_derived.py` builds it; needs LibreOffice, cached under $NHACVIEC_PHOTO_CACHE or the
system's temporary folder). Per photo: characters (rapidfuzz ratio of the folded OCR text to the
folded page text, 0-100), words (share of the page's words read exactly, diacritics included),
tasks matched from the photo and from the page's text (the most a perfect reading could give),
and the OCR time. Only the splits named (default: the spent ones, never a held-out one) are read.
"""

from __future__ import annotations

import argparse
import collections
import io
import json
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from bench.notice_eval import CORPUS, SPENT, fold, load_expected, load_manifest, match_tasks
from notices import NoticeError, parse_notice
from notices.readers import decode_document

PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png")


def _page_pdf(source: str) -> bytes:
    cache = Path(os.environ.get("NHACVIEC_PHOTO_CACHE", tempfile.gettempdir())) / "photo-bench"
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"{source}.pdf"
    if not path.exists():
        sys.path.insert(0, str(CORPUS))
        import make_derived  # type: ignore[import-not-found]

        path.write_bytes(
            make_derived.docx_to_pdf(make_derived.build_docx(CORPUS / "text" / f"{source}.md"))
        )
    return path.read_bytes()


def first_page_text(source: str) -> str:
    """The photographed page's text, read by the project's own text-PDF reader."""
    import pypdfium2

    from notices.readers.pdf_reader import read_pdf

    first = pypdfium2.PdfDocument.new()
    first.import_pages(pypdfium2.PdfDocument(_page_pdf(source)), [0])
    out = io.BytesIO()
    first.save(out)
    return read_pdf(out.getvalue())


def words_read(reference: str, text: str) -> float:
    wanted = collections.Counter(reference.split())
    got = collections.Counter(text.split())
    return sum((wanted & got).values()) / max(1, wanted.total())


def measure(path: Path, source: str) -> dict[str, Any]:
    reference = first_page_text(source)
    expected = load_expected(source)
    started = time.perf_counter()
    error = None
    try:
        text = decode_document(path.read_bytes(), path.name)
    except NoticeError as exc:
        text, error = "", exc.message
    seconds = time.perf_counter() - started
    page_tasks = parse_notice(reference).tasks
    photo_tasks = parse_notice(text).tasks if text else ()
    return {
        "file": path.name,
        "source": source,
        "chars": round(fuzz.ratio(fold(text), fold(reference)), 1),
        "words": round(words_read(reference, text), 3),
        "tasks_photo": len(match_tasks(expected.tasks, photo_tasks)),
        "tasks_page": len(match_tasks(expected.tasks, page_tasks)),
        "predicted": len(photo_tasks),
        "expected": len(expected.tasks),
        "seconds": round(seconds, 2),
        "error": error,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", action="append", choices=SPENT)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("files", nargs="*", help="FILE=SOURCE: a photo outside the manifest")
    args = parser.parse_args(argv)
    splits = set(args.split or SPENT)
    todo = [
        (CORPUS / "docs" / entry.file, entry.source)
        for entry in load_manifest()
        if entry.split in splits and entry.file.lower().endswith(PHOTO_SUFFIXES)
    ]
    for item in args.files:
        file, _, source = item.partition("=")
        todo.append((Path(file), source))
    rows = [measure(path, source) for path, source in todo]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    print(f"{'file':48} {'chars':>6} {'words':>6} {'tasks':>7} {'page':>5} {'s':>6}")
    for row in rows:
        tasks = f"{row['tasks_photo']}/{row['expected']}"
        print(
            f"{row['file'][:48]:48} {row['chars']:6.1f} {row['words']:6.3f} {tasks:>7} "
            f"{row['tasks_page']:5d} {row['seconds']:6.2f}"
            + (f"  {row['error']}" if row["error"] else "")
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
