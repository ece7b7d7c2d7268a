"""Reading a notice in a child process with limits on time and memory.

A document sent in a chat is untrusted: a 500 KB PDF whose content stream inflates to 500 MB (a
decompression bomb) kept the parser busy for minutes at over a gigabyte, and when that ran in the
bot's own process every chat and every reminder waited. `ProcessReader` (the `NoticeReader` that
`nhacviec run` uses) hands the bytes to a fresh `python -m bot.notice_worker` process:

- its address space is capped (RLIMIT_AS, default 2 GiB; OCR's Tesseract children inherit the
  cap each), so a bomb ends in a MemoryError inside the child, not in the bot;
- it is killed, with its whole process group (Tesseract, LibreOffice), when the time limit runs
  out (default 180 s: 30 scanned pages on two cores take about a minute);
- either way the chat gets one Vietnamese line and nothing is imported.

The child answers with JSON on stdout: the parsed notice (the `parse --json` contract plus its
notes) or the reader's refusal (code and message). Nothing of the document is logged.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from typing import Any

from bot.worker import EXIT_MEMORY, cap_memory, out_of_memory, run_child, seconds_label
from notices import (
    ClassifiedNoticeError,
    DeadlineKind,
    ErrorCode,
    NoticeError,
    ParsedNotice,
    ParsedTask,
    Recurrence,
    notice_to_json,
)

TIME_LIMIT_S = 180.0
MEMORY_LIMIT_BYTES = 2 * 1024**3


class ProcessReader:
    """A `NoticeReader` that reads and parses in a child process under limits."""

    def __init__(
        self, *, time_limit: float = TIME_LIMIT_S, memory_limit: int = MEMORY_LIMIT_BYTES
    ) -> None:
        self.time_limit = time_limit
        self.memory_limit = memory_limit

    async def read(self, data: bytes, filename: str) -> ParsedNotice:
        try:
            returncode, out = await run_child(
                "bot.notice_worker",
                [filename, str(self.memory_limit)],
                data,
                time_limit=self.time_limit,
            )
        except TimeoutError:
            seconds = seconds_label(self.time_limit)
            raise NoticeError(
                ErrorCode.TOO_LARGE,
                f"Đọc văn bản quá {seconds} giây nên đã dừng (tệp quá dài hoặc cấu trúc bất "
                "thường): hãy gửi bản ngắn hơn, hoặc bản .docx/.pdf có chữ.",
            ) from None
        return _answer(out, returncode)


_TOO_BIG = NoticeError(
    ErrorCode.TOO_LARGE,
    "Văn bản cần quá nhiều bộ nhớ để đọc (có thể là tệp PDF nén bất thường) nên đã dừng: "
    "hãy gửi bản .docx hoặc bản PDF khác.",
)


def _answer(out: bytes, returncode: int | None) -> ParsedNotice:
    if out_of_memory(returncode):
        raise _TOO_BIG  # a MemoryError, or killed by the kernel or a signal
    try:
        payload = json.loads(out)
    except ValueError:
        raise NoticeError(
            ErrorCode.CORRUPT, "Không đọc được văn bản này (bộ đọc dừng bất thường)."
        ) from None
    if "error" in payload:
        error = payload["error"]
        if error["code"] == ErrorCode.CLASSIFIED:
            raise ClassifiedNoticeError(error["stamp"])
        raise NoticeError(ErrorCode(error["code"]), error["message"])
    return notice_from_json(payload["notice"], payload.get("notes", []))


def notice_from_json(data: dict[str, Any], notes: list[str]) -> ParsedNotice:
    """The inverse of `notice_to_json` (with the notes it leaves out)."""
    return ParsedNotice(
        doc_number=data["doc_number"],
        doc_type=data["doc_type"],
        issued_date=_date(data["issued_date"]),
        issued_date_is_meeting=data["issued_date_is_meeting"],
        place=data["place"],
        issuer=data["issuer"],
        title=data["title"],
        signer=data["signer"],
        signer_title=data["signer_title"],
        classified=data["classified"],
        tasks=tuple(
            ParsedTask(
                ref=t["ref"],
                text=t["text"],
                lead=tuple(t["lead"]),
                support=tuple(t["support"]),
                directing=tuple(t["directing"]),
                deadline=_date(t["deadline"]),
                deadline_kind=DeadlineKind(t["deadline_kind"]),
                deadline_phrase=t["deadline_phrase"],
                recurrence=Recurrence(t["recurrence"]) if t["recurrence"] else None,
                criteria=tuple(t["criteria"]),
            )
            for t in data["tasks"]
        ),
        notes=tuple(notes),
    )


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


# --- the child --------------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    filename, memory_limit = argv[0], int(argv[1])
    cap_memory(memory_limit)
    data = sys.stdin.buffer.read()
    try:
        from handlers.notice_reader import read_notice

        notice = read_notice(data, filename)
        payload: dict[str, Any] = {"notice": notice_to_json(notice), "notes": list(notice.notes)}
    except ClassifiedNoticeError as exc:
        payload = {"error": {"code": exc.code.value, "message": exc.message, "stamp": exc.stamp}}
    except NoticeError as exc:
        payload = {"error": {"code": exc.code.value, "message": exc.message}}
    except MemoryError:
        return EXIT_MEMORY
    sys.stdout.write(json.dumps(payload, ensure_ascii=False))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
