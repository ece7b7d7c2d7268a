"""Further tasks cut from the middle of a sentence go back to the task they were cut from."""

from __future__ import annotations

from dataclasses import replace

from notices.model import ParsedTask


def rejoin_clauses(tasks: list[ParsedTask]) -> list[ParsedTask]:
    """A further task of an item that opens in lower case ("…; hoàn thành trước ngày 25 tháng 11
    năm 2025.", "…, hướng dẫn các bộ … thực hiện số hoá …") is the rest of the sentence before
    it for the same body, not an assignment of its own: its text goes back to the task it was
    cut from."""
    out: list[ParsedTask] = []
    for task in tasks:
        base, _, part = task.ref.partition("/")
        previous = out[-1] if out else None
        if (
            part
            and task.text[:1].islower()
            and previous is not None
            and previous.recurrence is None
            and task.recurrence is None  # a cycle and a dated report are two tasks
            and previous.lead == task.lead
            and previous.ref.partition("/")[0] == base
        ):
            joint = " " if previous.text.rstrip().endswith((".", ";", ",", ":")) else "; "
            out[-1] = replace(previous, text=f"{previous.text.rstrip()}{joint}{task.text}")
            continue
        out.append(task)
    return out
