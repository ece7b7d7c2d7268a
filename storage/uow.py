"""SqlUnitOfWork: one AsyncSession per `async with`, rolled back on exit unless committed."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, cast

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from handlers.domain import NewTask
from handlers.ports import (
    ChatAccountRepository,
    ConversationStateRepository,
    EventRepository,
    EvidenceRepository,
    InviteRepository,
    NoticeRepository,
    OccurrenceRepository,
    OfficialRepository,
    OutboxRepository,
    ReminderBatchRepository,
    SeenUpdateRepository,
    TaskRepository,
    UnitOfWork,
    UnitRepository,
)
from handlers.retry import WriteConflict
from storage.models import OrgMetaRow
from storage.repositories.accounts import SqlChatAccountRepository
from storage.repositories.conversation_state import SqlConversationStateRepository
from storage.repositories.events import SqlEventRepository, SqlEvidenceRepository
from storage.repositories.invites import SqlInviteRepository
from storage.repositories.notices import SqlNoticeRepository
from storage.repositories.occurrence_batches import SqlOccurrenceRepository
from storage.repositories.officials import SqlOfficialRepository
from storage.repositories.outbox import SqlOutboxRepository
from storage.repositories.reminder_batches import SqlReminderBatchRepository
from storage.repositories.seen_updates import SqlSeenUpdateRepository
from storage.repositories.tasks import SqlTaskRepository
from storage.repositories.units import SqlUnitRepository
from storage.write_conflicts import is_write_conflict, lock_task_counts

log = logging.getLogger(__name__)

# How many connections a unit of work tries before a dead one is an error: after a database
# restart the pool drops the rest at checkout as their sockets are seen closed.
BEGIN_ATTEMPTS = 3


class DeadConnection(Exception):
    """BEGIN failed because the server end of the connection is gone; nothing was sent."""


class SqlUnitOfWork:
    """Repositories exist only inside `async with`; they flush but never commit. A transaction
    PostgreSQL aborted to break a deadlock leaves as handlers.retry.WriteConflict."""

    units: UnitRepository
    officials: OfficialRepository
    accounts: ChatAccountRepository
    invites: InviteRepository
    notices: NoticeRepository
    tasks: TaskRepository
    events: EventRepository
    evidence: EvidenceRepository
    outbox: OutboxRepository
    reminder_batches: ReminderBatchRepository
    occurrences: OccurrenceRepository
    conversation_state: ConversationStateRepository
    seen_updates: SeenUpdateRepository

    def __init__(
        self, sessions: async_sessionmaker[AsyncSession], *, begin_now: bool = False
    ) -> None:
        self._sessions = sessions
        self._session: AsyncSession | None = None
        self._begin_now = begin_now

    async def __aenter__(self) -> Self:
        if self._session is not None:
            raise RuntimeError("this unit of work is already open")
        session = self._session = await self._open() if self._begin_now else self._sessions()
        self.units = SqlUnitRepository(session)
        self.officials = SqlOfficialRepository(session)
        self.accounts = SqlChatAccountRepository(session)
        self.invites = SqlInviteRepository(session)
        self.notices = SqlNoticeRepository(session)
        self.tasks = self._tasks = SqlTaskRepository(session)
        self.events = SqlEventRepository(session)
        self.evidence = SqlEvidenceRepository(session)
        self.outbox = SqlOutboxRepository(session)
        self.reminder_batches = SqlReminderBatchRepository(session)
        self.occurrences = SqlOccurrenceRepository(session)
        self.conversation_state = SqlConversationStateRepository(session)
        self.seen_updates = SqlSeenUpdateRepository(session)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session, self._session = self._session, None
        if session is None:
            return
        try:
            # After commit() this only discards what came later; without it, everything.
            await session.rollback()
        finally:
            await session.close()
        if exc is not None and is_write_conflict(exc):
            raise WriteConflict(str(exc).splitlines()[0]) from exc

    async def _open(self) -> AsyncSession:
        """A session whose transaction has begun on a live connection: a BEGIN that fails on a
        connection the server closed (nothing sent but the BEGIN) is retried on another one."""
        for attempt in range(1, BEGIN_ATTEMPTS + 1):
            session = self._sessions()
            try:
                await begin_on_server(session)
                return session
            except DeadConnection as dead:
                await session.close()
                if attempt == BEGIN_ATTEMPTS:
                    raise ConnectionError("every database connection tried was closed") from dead
                log.warning("a closed database connection dropped; retrying on another")
            except BaseException:
                await session.close()
                raise
        raise AssertionError("unreachable")

    async def reserve_task_counts(self, tasks: Sequence[NewTask]) -> None:
        if self._session is None:
            raise RuntimeError("reserve_task_counts() outside `async with`")
        await lock_task_counts(self._session, tasks)

    async def commit(self) -> None:
        if self._session is None:
            raise RuntimeError("commit() outside `async with`")
        if self._tasks.changed:
            # In the same transaction as the writes: a cache keyed on the revision can never
            # hold figures older than what it claims.
            await self._session.execute(
                update(OrgMetaRow)
                .where(OrgMetaRow.id == 1)
                .values(task_revision=OrgMetaRow.task_revision + 1)
            )
            self._tasks.changed = False
        try:
            await self._session.commit()
        except Exception as error:
            if is_write_conflict(error):
                raise WriteConflict(str(error).splitlines()[0]) from error
            raise


async def begin_on_server(session: AsyncSession) -> None:
    """Send the session's BEGIN now (asyncpg: SQLAlchemy's adapter would send it with the first
    statement anyway, so no round trip is added); DeadConnection, the connection invalidated,
    when the server end is gone. A driver without that adapter begins with its first statement."""
    connection = await session.connection()
    adapter = (await connection.get_raw_connection()).dbapi_connection
    start = getattr(adapter, "_start_transaction", None)
    if start is None or getattr(adapter, "_transaction", True) is not None:
        return
    try:
        await start()
    except Exception as error:
        if connection.dialect.is_disconnect(cast(Any, error), adapter, None):
            await connection.invalidate(error)
            raise DeadConnection(str(error)) from error
        raise
    except BaseException:
        # Cancelled while the BEGIN was in flight: the driver already counts the transaction
        # as the connection's own and the server has usually begun it, so a pooled connection
        # would give every later unit of work a SAVEPOINT inside it, "committed" by a RELEASE
        # that commits nothing. SQLAlchemy discards a connection interrupted that way within
        # its own calls; this BEGIN is sent outside them, so it is discarded here.
        await connection.invalidate()
        raise


if TYPE_CHECKING:
    # mypy checks here that the class satisfies the port it implements.
    _implements: type[UnitOfWork] = SqlUnitOfWork
