"""Imported notices, unique by content fingerprint."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from handlers.domain import Notice, NoticeId
from handlers.ports import NewNotice
from storage.models import NoticeRow


class SqlNoticeRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, notice: NewNotice) -> Notice:
        row = NoticeRow(
            fingerprint=notice.fingerprint,
            doc_number=notice.doc_number,
            doc_type=notice.doc_type,
            issued_date=notice.issued_date,
            issuer=notice.issuer,
            title=notice.title,
            signer=notice.signer,
            signer_title=notice.signer_title,
            source_name=notice.source_name,
        )
        self._session.add(row)
        await self._session.flush()
        return to_notice(row)

    async def get(self, notice_id: NoticeId) -> Notice | None:
        row = await self._session.get(NoticeRow, notice_id)
        return to_notice(row) if row is not None else None

    async def by_fingerprint(self, fingerprint: str) -> Notice | None:
        row = await self._session.scalar(
            select(NoticeRow).where(NoticeRow.fingerprint == fingerprint)
        )
        return to_notice(row) if row is not None else None


def to_notice(row: NoticeRow) -> Notice:
    return Notice(
        id=NoticeId(row.id),
        fingerprint=row.fingerprint,
        doc_number=row.doc_number,
        doc_type=row.doc_type,
        issued_date=row.issued_date,
        issuer=row.issuer,
        title=row.title,
        signer=row.signer,
        signer_title=row.signer_title,
        source_name=row.source_name,
    )
