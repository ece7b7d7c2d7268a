"""The dialect-specific SQL of the package, each piece behind one function."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Insert,
    Integer,
    Select,
    and_,
    any_,
    bindparam,
    column,
    func,
    or_,
    select,
    table,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from storage.models import Base

_UPSERT_INSERTS: dict[str, Callable[[type[Base]], sqlite.Insert | postgresql.Insert]] = {
    "sqlite": sqlite.insert,
    "postgresql": postgresql.insert,
}


def insert_on_conflict(
    session: AsyncSession,
    table: type[Base],
    values: Mapping[str, Any],
    conflict_columns: Sequence[str],
    update_columns: Sequence[str] = (),
) -> Insert:
    """INSERT … ON CONFLICT (conflict_columns) DO NOTHING, or DO UPDATE of update_columns.

    Both SQLite and PostgreSQL spell it the same way, but through their own dialect `insert`.
    """
    name = _dialect_name(session)
    make = _UPSERT_INSERTS.get(name)
    if make is None:
        raise NotImplementedError(f"no ON CONFLICT insert for dialect {name!r}")
    stmt = make(table).values(**values)
    if not update_columns:
        return stmt.on_conflict_do_nothing(index_elements=list(conflict_columns))
    return stmt.on_conflict_do_update(
        index_elements=list(conflict_columns),
        set_={column: stmt.excluded[column] for column in update_columns},
    )


def dotted_prefix(
    session: AsyncSession, column: InstrumentedAttribute[str], code: str
) -> ColumnElement[bool]:
    """`column` is `code` or starts with `code.` ("7.3" matches "7.3" and "7.3.1", not "7.30")."""
    if _dialect_name(session) == "sqlite":
        # BINARY collation compares bytes and '/' follows '.', so the range is exactly the
        # prefix and, unlike LIKE (case-insensitive in SQLite), it can use the index.
        return or_(column == code, and_(column >= code + ".", column < code + "/"))
    # LIKE 'code.%' (escaped): the index's varchar_pattern_ops serves it under any collation.
    return or_(column == code, column.startswith(code + ".", autoescape=True))


def path_under(
    session: AsyncSession, column: InstrumentedAttribute[str | None], path: str
) -> ColumnElement[bool]:
    """`column` is `path` ('/1/17/') or a path below it ('/1/17/342/'), as an index range."""
    if _dialect_name(session) == "sqlite":
        # Paths hold digits and '/', and '0' follows '/': the range is exactly the prefix.
        return and_(column >= path, column < path[:-1] + "0")
    # LIKE 'path%': the index's varchar_pattern_ops serves it under any collation.
    return column.startswith(path, autoescape=True)


# SQLite's FTS5 trigram index of tasks.text_folded (migration 0009), and its shadow tables.
TASK_TEXT = table("task_text", column("rowid"), column("task_text"))
SEARCH_TABLES = frozenset(
    {"task_text", "task_text_config", "task_text_data", "task_text_docsize", "task_text_idx"}
)


def contains_phrase(
    session: AsyncSession,
    task_id: InstrumentedAttribute[int],
    column: InstrumentedAttribute[str],
    phrase: str,
    *,
    indexed: bool = True,
) -> list[ColumnElement[bool]]:
    """`column` holds `phrase` as a substring. PostgreSQL's trigram index serves the LIKE
    itself when its planner finds that cheaper; on SQLite, when `indexed`, the FTS5 trigram
    table gives the candidates (SQLite would start from them even for one unit's few tasks, so
    narrow scopes ask without). The LIKE stays the word on each row: results are exactly the
    substring matches either way."""
    found: list[ColumnElement[bool]] = [column.contains(phrase, autoescape=True)]
    if indexed and _dialect_name(session) == "sqlite" and len(phrase) >= 3:
        candidates = select(TASK_TEXT.c.rowid).where(
            TASK_TEXT.c.task_text.op("MATCH")(fts_trigram_query(phrase))
        )
        found.insert(0, task_id.in_(candidates))
    return found


# From this many characters on, a phrase is looked up in the trigram table as its disjoint
# trigrams rather than as a phrase of all of them (`fts_trigram_query`).
FTS_CHUNKED_FROM = 16


def fts_trigram_query(phrase: str) -> str:
    """The FTS5 query giving the candidates for `phrase` (3 characters or more) in a trigram
    table: a superset of the texts holding it, the LIKE being the word on each.

    A phrase query reads the doclist and positions of every trigram of the phrase (length - 2
    of them, those with a space among the most common of all). A long phrase is asked as the
    AND of its disjoint trigrams (one in three, the last one flush with the end): a third of
    the doclists, no positions, and on 5 or more of them as selective as the phrase. At
    10k/200k «giải phóng mặt bằng quý IV» took 18 ms of CPU as a phrase and 7.5 ms so, the
    same 239 candidates; shorter phrases («chuyển đổi số», «số hóa») stay phrases, where the
    AND would let through two to three times the candidates, and are asked without the
    key's padding spaces."""
    if len(phrase) < FTS_CHUNKED_FROM:
        # Without the key's padding spaces when 3 characters remain: trigrams across a word
        # boundary (" ch", "so ") are the commonest, and these two cost 10-15 % of the time.
        core = phrase.strip(" ")
        return _fts_string(core if len(core) >= 3 else phrase)
    starts = [*range(0, len(phrase) - 3, 3), len(phrase) - 3]
    chunks = dict.fromkeys(phrase[i : i + 3] for i in starts)
    return " AND ".join(_fts_string(chunk) for chunk in chunks)


def _fts_string(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def id_in(
    session: AsyncSession, column: InstrumentedAttribute[int], ids: Select[int]
) -> ColumnElement[bool]:
    """`column IN (ids)` in a form each database can OR with other indexed conditions.

    SQLite ORs `IN (subquery)` through indexes already. PostgreSQL turns an OR holding a
    subquery into a scan of the whole table, but `= ANY(ARRAY(subquery))` is an InitPlan
    whose result probes the index, so the OR becomes a BitmapOr.
    """
    if _dialect_name(session) == "postgresql":
        return column == any_(func.array(ids.scalar_subquery()))
    return column.in_(ids)


def ids_in(session: AsyncSession, column: Any, ids: Iterable[int]) -> ColumnElement[bool]:
    """`column IN (ids)` for a list of ids that may run to thousands («các xã»): on PostgreSQL
    one array parameter (`= ANY(:ids)`) instead of one bind parameter per id, which costs far
    more to render, send and plan than the query itself takes to run."""
    wanted = sorted(ids)
    if _dialect_name(session) == "postgresql":
        array = bindparam(None, wanted, type_=postgresql.ARRAY(Integer))
        return column == any_(array)  # type: ignore[no-any-return]
    return column.in_(wanted)  # type: ignore[no-any-return]


def _dialect_name(session: AsyncSession) -> str:
    return session.get_bind().dialect.name
