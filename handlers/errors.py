"""Domain errors: each carries the Vietnamese sentence the user is shown."""

from __future__ import annotations


class DomainError(Exception):
    """A refusal the user caused; the message is shown as it is and nothing was changed."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class TaskNotFound(DomainError):
    """Also raised for tasks outside the asker's scope, so they look exactly like missing ones."""

    def __init__(self, task_id: int) -> None:
        super().__init__(f"Không tìm thấy việc #{task_id} trong phạm vi của bạn.")
        self.task_id = task_id


class NotAllowed(DomainError):
    pass
