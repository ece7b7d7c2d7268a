"""Old Word .doc (Word 97–2003) → text, through LibreOffice: `soffice --convert-to docx`, then
the .docx reader.

Why LibreOffice first (measured on a notice made by LibreOffice from a .docx, see
bench/README.md): the converted .docx keeps the header and signature tables as tables, Word's
automatic numbering ("1.", "2." of the items, which the parser needs) and the font of every run,
so a .doc typed in .VnTime or VNI-Times is converted run by run like a .docx. It costs 1.5–3 s a
file. `antiword -m UTF-8.txt` (0.01 s) reads the diacritics right but drops automatic numbering,
draws tables with "|" and wraps cell text; `catdoc` drops the numbering and interleaves table
cells. So antiword is only the fallback when LibreOffice is not installed (and, beside it, gives
back a table LibreOffice loses: `_restore_tables`), and catdoc the last resort. Each conversion
runs in a private temporary folder with its own LibreOffice profile, so concurrent conversions
never share a lock, and under a time limit.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import subprocess
import tempfile

from notices.errors import ErrorCode, NoticeError
from notices.readers import legacy
from notices.readers.docx_reader import read_docx
from notices.table_layouts import grid_rows

log = logging.getLogger(__name__)

TIMEOUT_S = 120.0
SOFFICE_ENV = "NHACVIEC_SOFFICE"
MISSING_CONVERTER = (
    "Máy chủ chưa cài phần mềm đọc tệp Word cũ (.doc): quản trị viên cần cài gói "
    "libreoffice-writer-nogui (sudo apt-get install libreoffice-writer-nogui), hoặc gói antiword."
)
_FAILED = NoticeError(
    ErrorCode.CORRUPT,
    "Tệp Word cũ (.doc) bị hỏng hoặc không chuyển đổi được: hãy lưu lại thành .docx.",
)


def soffice_path() -> str | None:
    return os.environ.get(SOFFICE_ENV) or shutil.which("soffice") or shutil.which("libreoffice")


def read_doc(data: bytes, kind: str = ".doc") -> str:
    """Text of a .doc file (or RTF, `kind` ".rtf"); NoticeError(MISSING_TOOL) naming the package
    when no converter. A .doc of pasted page images is read by OCR, as a .docx is."""
    soffice = soffice_path()
    antiword = shutil.which("antiword")
    if soffice:
        text = read_docx(_to_docx(data, soffice), kind)
        return _restore_tables(text, data, antiword) if antiword else text
    if antiword:
        return _plain(data, [antiword, *_ANTIWORD_ARGS])
    catdoc = shutil.which("catdoc")
    if catdoc:
        return _plain(data, [catdoc, "-d", "utf-8", "-w"])
    raise NoticeError(ErrorCode.MISSING_TOOL, MISSING_CONVERTER)


_ANTIWORD_ARGS = ("-m", "UTF-8.txt", "-w", "0")


def _restore_tables(text: str, data: bytes, antiword: str) -> str:
    """LibreOffice reads a table that ends a .doc (no paragraph after it, as LibreOffice itself
    saves one) as a single paragraph of its cells run together ("TTNội dungCơ quan chủ trì…
    1Tổ chức …"), so a plan's task table was lost; antiword still draws that table as a grid of
    "|" lines. Each such paragraph is put back as antiword's grid, which the parser reads as a
    table (0.01 s more a file; nothing changes when no paragraph is a table's cells)."""
    try:
        drawn = _plain(data, [antiword, *_ANTIWORD_ARGS]).split("\n")
    except NoticeError:
        return text
    grids: dict[str, str] = {}
    index = 0
    while index < len(drawn):
        end = index
        while end < len(drawn) and drawn[end].startswith("|"):
            end += 1
        if end - index >= 2:
            rows = grid_rows(drawn[index:end])
            grids["".join("".join(cell.split()) for row in rows for cell in row)] = "\n".join(
                drawn[index:end]
            )
        index = max(end, index + 1)
    paragraphs = text.split("\n\n")
    restored = [grids.get("".join(p.split()), p) for p in paragraphs]
    return "\n\n".join(restored)


def _to_docx(data: bytes, soffice: str) -> bytes:
    with tempfile.TemporaryDirectory(prefix="nhacviec-doc-") as folder:
        source = os.path.join(folder, "notice.doc")
        with open(source, "wb") as handle:
            handle.write(data)
        profile = "file://" + os.path.join(folder, "profile")
        command = [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            folder,
            source,
        ]
        _run(command)
        target = os.path.join(folder, "notice.docx")
        if not os.path.exists(target):
            raise _FAILED
        with open(target, "rb") as handle:
            return handle.read()


def _plain(data: bytes, command: list[str]) -> str:
    with tempfile.TemporaryDirectory(prefix="nhacviec-doc-") as folder:
        source = os.path.join(folder, "notice.doc")
        with open(source, "wb") as handle:
            handle.write(data)
        output = _run([*command, source])
    text = legacy.repair_text(output.decode("utf-8", "replace")).strip()
    if not text:
        raise NoticeError(ErrorCode.EMPTY, "Tệp Word cũ (.doc) không có nội dung văn bản.")
    return text


def _run(command: list[str]) -> bytes:
    try:
        # its own session, so a timeout ends LibreOffice's child processes too; the command is
        # ours (a tool path and our temporary file), never text from the user
        process = subprocess.Popen(  # noqa: S603
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
        )
    except OSError:
        raise NoticeError(ErrorCode.MISSING_TOOL, MISSING_CONVERTER) from None
    try:
        stdout, stderr = process.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise NoticeError(
            ErrorCode.UNREADABLE,
            f"Chuyển tệp Word cũ (.doc) quá lâu (hơn {TIMEOUT_S:.0f} giây): hãy lưu lại thành "
            ".docx rồi gửi lại.",
        ) from None
    if process.returncode != 0:
        log.warning("%s failed: %s", os.path.basename(command[0]), stderr[-500:])
        raise _FAILED
    return stdout
