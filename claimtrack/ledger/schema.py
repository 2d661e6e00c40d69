"""The ledger's SQLite schema, and opening a file as a ledger with clear errors.

The tables are meant to be read as they are (in Datasette, say): one row per document version,
one row per claim with its figures in flat columns beside its whole JSON, one row per stored
inconsistency. The views ``latest_documents`` and ``latest_claims`` hold the latest version of
each document and its claims, the only ones :meth:`~claimtrack.Ledger.check` reads.

>>> connection, version = connect(":memory:")
>>> [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
['meta', 'documents', 'claims', 'claim_words', 'inconsistencies']
>>> connection.close()
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from typing import TypeVar

from claimtrack._errors import LedgerError

__all__ = [
    "MIGRATIONS",
    "SCHEMA",
    "SCHEMA_VERSION",
    "connect",
    "guarded",
    "statements",
    "write_transaction",
]

SCHEMA_VERSION = 2
"""The version of the schema below, stored in ``meta`` and checked on open; a file of an older
version is migrated on open (see :data:`MIGRATIONS`)."""

_CHECK_INDEX = """
CREATE INDEX claims_latest_id ON claims (id) WHERE latest = 1;
CREATE INDEX claims_latest_shard ON claims (shard) WHERE latest = 1;
CREATE INDEX claims_latest_framed ON claims (framed) WHERE latest = 1;
CREATE TABLE claim_words (
    doc_id TEXT NOT NULL,
    claim_id TEXT NOT NULL,
    word TEXT NOT NULL,
    shard TEXT NOT NULL
);
CREATE INDEX claim_words_word ON claim_words (word, shard);
CREATE INDEX claim_words_doc ON claim_words (doc_id);
"""
"""What a bounded check reads (added in version 2): indexes on the latest claims and the frame
words of the latest claims."""

SCHEMA = (
    """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE documents (
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    text TEXT NOT NULL,
    published TEXT,
    source TEXT,
    added_at TEXT NOT NULL,
    places TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (id, version)
);
CREATE TABLE claims (
    id TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    doc_version INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    value REAL,
    low REAL,
    high REAL,
    bound TEXT,
    unit TEXT,
    kind TEXT,
    change TEXT,
    metric TEXT,
    entities TEXT NOT NULL,
    time_start TEXT,
    time_end TEXT,
    json TEXT NOT NULL,
    shard TEXT,
    framed INTEGER NOT NULL DEFAULT 0,
    latest INTEGER NOT NULL DEFAULT 1,
    FOREIGN KEY (doc_id, doc_version) REFERENCES documents (id, version)
);
CREATE INDEX claims_unit ON claims (unit);
CREATE INDEX claims_metric ON claims (metric);
CREATE INDEX claims_doc ON claims (doc_id, doc_version);
"""
    + _CHECK_INDEX
    + """CREATE TABLE inconsistencies (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    explanation TEXT NOT NULL,
    confidence REAL NOT NULL,
    severity TEXT NOT NULL,
    metric TEXT NOT NULL,
    claim_ids TEXT NOT NULL UNIQUE,
    docs TEXT NOT NULL,
    found_at TEXT NOT NULL
);
CREATE VIEW latest_documents AS
    SELECT d.* FROM documents AS d
    WHERE d.version = (SELECT MAX(version) FROM documents WHERE id = d.id);
CREATE VIEW latest_claims AS
    SELECT c.*, d.published FROM claims AS c
    JOIN latest_documents AS d ON d.id = c.doc_id AND d.version = c.doc_version;
"""
)
"""Tables, indexes and views of schema version :data:`SCHEMA_VERSION`."""

MIGRATIONS = {
    1: """
ALTER TABLE documents ADD COLUMN places TEXT NOT NULL DEFAULT '{}';
ALTER TABLE claims ADD COLUMN shard TEXT;
ALTER TABLE claims ADD COLUMN framed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE claims ADD COLUMN latest INTEGER NOT NULL DEFAULT 1;
"""
    + _CHECK_INDEX,
}
"""Version -> the statements that take a file of that version to the next. Version 2 added the
columns and the table a check bounded by claim keys reads (each claim's shard, whether it is
counted in the word weights, whether it is of its document's latest version; the frame words of
the latest claims; the places each document names); a file migrated has them filled in from its
stored claims by :func:`claimtrack.ledger.index.backfill`."""


def statements(script: str) -> list[str]:
    """The statements of a script (run one by one: ``executescript`` would commit first)."""
    return [statement for statement in script.split(";") if statement.strip()]


_T = TypeVar("_T")


def guarded(path: str, doing: str, action: Callable[[], _T]) -> _T:
    """``action()``, with an SQLite error turned into a :class:`~claimtrack.LedgerError`
    naming ``path`` and what was being done."""
    try:
        return action()
    except sqlite3.Error as exc:
        raise LedgerError(f"{path}: cannot {doing}: {_problem(exc)}") from exc


def _problem(exc: sqlite3.Error) -> str:
    message = str(exc)
    if "not a database" in message:
        return "not an SQLite database (is it a claimtrack ledger?)"
    if "locked" in message or "busy" in message:
        return "the database is locked by another process (try again when it is done)"
    if "unable to open" in message:
        return "cannot open the file (does its folder exist, may it be written?)"
    return message


def connect(path: str, timeout: float = 5.0) -> tuple[sqlite3.Connection, int]:
    """An open connection to the ledger at ``path`` (created if missing), in WAL mode, and its
    schema version (:data:`SCHEMA_VERSION`, or an older one to migrate); a
    :class:`~claimtrack.LedgerError` if that fails."""
    connection = guarded(
        path,
        "open the ledger",
        lambda: sqlite3.connect(path, timeout=timeout, isolation_level=None),
    )
    try:
        guarded(path, "open the ledger", lambda: _prepare(connection))
        version = _check_version(path, connection)
    except LedgerError:
        connection.close()
        raise
    return connection, version


@contextlib.contextmanager
def write_transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction (taking the write lock at once): committed when the block ends,
    rolled back if it raises."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise


def _prepare(connection: sqlite3.Connection) -> None:
    connection.execute("PRAGMA journal_mode=WAL").fetchone()
    connection.execute("PRAGMA synchronous=NORMAL")  # WAL: durable across a process crash
    connection.execute("PRAGMA foreign_keys=ON")
    if connection.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall():
        return  # a ledger already: opening it takes no lock, so readers open beside a writer
    with write_transaction(connection):
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        if not tables:
            for statement in statements(SCHEMA):
                connection.execute(statement)
            connection.execute(
                "INSERT INTO meta (key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
            )


def _check_version(path: str, connection: sqlite3.Connection) -> int:
    def read() -> list[tuple[str]]:
        found = connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
        ).fetchall()
        if not found:
            return []
        return connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()

    rows = guarded(path, "read the ledger's schema version", read)
    if not rows:
        raise LedgerError(
            f"{path}: an SQLite database but not a claimtrack ledger (no schema version)"
        )
    value = rows[0][0]
    if not str(value).isdigit():
        raise LedgerError(f"{path}: unknown ledger schema version {value!r}")
    if int(value) != SCHEMA_VERSION and int(value) not in MIGRATIONS:
        newer = "a newer" if int(value) > SCHEMA_VERSION else "an older, unsupported"
        raise LedgerError(
            f"{path}: ledger schema version {value} ({newer} claimtrack wrote it); "
            f"this claimtrack reads version {SCHEMA_VERSION}"
        )
    return int(value)
