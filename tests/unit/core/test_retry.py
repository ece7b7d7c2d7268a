"""A unit of work the database aborted to break a deadlock runs again, a bounded number of
times; any other error is not retried."""

from __future__ import annotations

import pytest

from handlers.retry import ATTEMPTS, WriteConflict, retry_conflicts


class Work:
    """Fails with `error` the first `failures` times, then returns how many calls it took."""

    def __init__(self, failures: int, error: Exception) -> None:
        self.failures, self.error, self.calls = failures, error, 0

    async def __call__(self) -> int:
        self.calls += 1
        if self.calls <= self.failures:
            raise self.error
        return self.calls


async def test_a_conflict_runs_the_work_again() -> None:
    work = Work(ATTEMPTS - 1, WriteConflict("deadlock detected"))
    assert await retry_conflicts(work) == ATTEMPTS


async def test_conflicts_past_the_last_attempt_reach_the_caller() -> None:
    work = Work(ATTEMPTS, WriteConflict("deadlock detected"))
    with pytest.raises(WriteConflict):
        await retry_conflicts(work)
    assert work.calls == ATTEMPTS


async def test_other_errors_are_not_retried() -> None:
    work = Work(1, ValueError("not a conflict"))
    with pytest.raises(ValueError):
        await retry_conflicts(work)
    assert work.calls == 1
