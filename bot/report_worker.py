"""Drawing a report file in a child process with limits on time and memory.

A «báo cáo quý» over a province draws thousands of rows with python-docx and openpyxl: done
on the event loop it held every chat and every reminder for as long as it took, and a very
large one could take the bot's memory with it. `ProcessRenderer` (the ReportRenderer `nhacviec
run` uses) hands the collected ReportData to a fresh `python -m bot.report_worker` process:

- its address space is capped (RLIMIT_AS, default 2 GiB, as for notices: the charts load
  numpy and matplotlib), so a runaway report ends in a MemoryError inside the child;
- it is killed, with its process group, when the time limit runs out (default 300 s: a
  10,000-row Word report took 87–114 s on a busy two-core machine, bench/report_bench.py);
- either way the user gets one Vietnamese line (a DomainError) and nothing else changes.

The data goes to the child pickled on stdin (the parent made it: it is trusted); the file
comes back as raw bytes on stdout.
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

from bot.worker import (
    EXIT_MEMORY,
    cap_memory,
    is_memory_failure,
    out_of_memory,
    run_child,
    seconds_label,
)
from handlers.errors import DomainError
from handlers.report_data import ReportData

TIME_LIMIT_S = 300.0
MEMORY_LIMIT_BYTES = 2 * 1024**3
_EXIT_FAILED = 1
NARROWER = (
    "hãy thu hẹp khoảng thời gian hoặc đơn vị (ví dụ «báo cáo tháng 11 phòng Nội vụ»), "
    "hoặc nhờ văn phòng chạy «nhacviec report» trên máy chủ."
)


class ProcessRenderer:
    """A ReportRenderer that draws in a child process under limits."""

    module = "bot.report_worker"

    def __init__(
        self,
        template: Path | None = None,
        *,
        time_limit: float = TIME_LIMIT_S,
        memory_limit: int = MEMORY_LIMIT_BYTES,
    ) -> None:
        self.template = template
        self.time_limit = time_limit
        self.memory_limit = memory_limit

    async def __call__(self, data: ReportData, fmt: str) -> bytes:
        args = [fmt, str(self.memory_limit), str(self.template or "")]
        payload = pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            returncode, out = await run_child(
                self.module, args, payload, time_limit=self.time_limit
            )
        except TimeoutError:
            raise DomainError(
                f"Tạo báo cáo quá {seconds_label(self.time_limit)} giây nên đã dừng: {NARROWER}"
            ) from None
        if out_of_memory(returncode):
            raise DomainError(f"Báo cáo quá lớn để tạo qua chat nên đã dừng: {NARROWER}")
        if returncode != 0 or not out:
            raise DomainError("Không tạo được tệp báo cáo lúc này; hãy thử lại sau ít phút.")
        return out


# --- the child --------------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    fmt, memory_limit, template = argv[0], int(argv[1]), argv[2] if len(argv) > 2 else ""
    cap_memory(memory_limit)
    try:
        from bot.reports.render import draw

        data = pickle.loads(sys.stdin.buffer.read())  # noqa: S301 (our own parent wrote it)
        body = draw(data, fmt, Path(template) if template else None)
    except Exception as exc:
        if is_memory_failure(exc):
            return EXIT_MEMORY
        print(f"report worker: {type(exc).__name__}: {exc}", file=sys.stderr)
        return _EXIT_FAILED
    sys.stdout.buffer.write(body)
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
