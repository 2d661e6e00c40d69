"""The ledger: every document a desk has read and its claims, kept in one SQLite file, so that
new reporting is checked against everything stored before.

>>> import tempfile, pathlib
>>> folder = tempfile.TemporaryDirectory()
>>> path = pathlib.Path(folder.name, "desk.db")
>>> from claimtrack.model import Document
>>> first = Document(id="a", text="The bridge will cost $310m, the ministry said.")
>>> second = Document(id="b", text="The bridge will cost $450m, the ministry said.")
>>> with Ledger(path) as ledger:
...     ledger.add([first])
AddReport(new=1, unchanged=0, new_versions=0, claims=1)
>>> with Ledger(path) as ledger:  # later, in another run
...     report = ledger.add([first])
...     found = ledger.check([second])
>>> report.unchanged, [i.kind for i in found]
(1, ['mismatch'])
>>> folder.cleanup()
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from types import TracebackType
from typing import Any

from claimtrack._errors import LedgerError
from claimtrack.check.api import inconsistencies, order
from claimtrack.check.keys import Index
from claimtrack.check.shards import check_shard, merged, prepared
from claimtrack.ledger.bounded import (
    Reader,
    by_shard,
    candidates,
    corpus_of,
    load,
    shard_groups,
)
from claimtrack.ledger.index import (
    INDEX_COLUMNS,
    backfill,
    index_values,
    places_json,
    replace_words,
)
from claimtrack.ledger.rows import (
    CLAIM_COLUMNS,
    DOCUMENT_COLUMNS,
    INCONSISTENCY_COLUMNS,
    AddReport,
    claim_row,
    document_row,
    inconsistency_row,
    now,
    text_hash,
)
from claimtrack.ledger.schema import (
    MIGRATIONS,
    SCHEMA_VERSION,
    connect,
    guarded,
    statements,
    write_transaction,
)
from claimtrack.model import Claim, Document, Inconsistency
from claimtrack.pipeline import Extractor, default_extractor

__all__ = ["Ledger"]


def _insert(table: str, columns: Sequence[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


_INSERT_DOCUMENT = _insert("documents", (*DOCUMENT_COLUMNS, "places"))
_INSERT_CLAIM = _insert("claims", (*CLAIM_COLUMNS, *INDEX_COLUMNS))
BATCH = 200
"""New documents are checked this many at a time (memory is bounded by a batch and the stored
claims it could be compared with)."""
_INSERT_INCONSISTENCY = _insert("inconsistencies", INCONSISTENCY_COLUMNS)
_LATEST = "SELECT version, sha256 FROM documents WHERE id = ? ORDER BY version DESC LIMIT 1"
_HISTORY_ORDER = (
    "ORDER BY COALESCE(time_start, published) IS NULL, COALESCE(time_start, published), "
    'published IS NULL, published, doc_id, "start"'
)


class Ledger:
    """Documents and their claims in an SQLite file (created if missing), checked together.

    ``Ledger(path)`` opens the file (also as a context manager; :meth:`close` when done). The
    file is in WAL mode, so readers (Datasette, a second process) may read it while it is
    written (opening an existing ledger takes no lock); its schema (see ``docs/ledger.md``) is
    checked on open, and a file that is not an SQLite database or was written by a newer
    claimtrack is a :class:`~claimtrack.LedgerError` naming it; so is a missing file with
    ``create=False``, and a write that waited for another writer past ``timeout`` seconds.

    Documents are keyed by id: :meth:`add` skips a document whose text is stored already, and
    stores a changed text as the next version, keeping the old one; only the latest version of
    each document is checked and listed. Claims are those :func:`claimtrack.check` reads, made
    by ``extractor`` (the default one unless given); the check uses its configuration's rates,
    metrics and units.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        extractor: Extractor | None = None,
        timeout: float = 5.0,
        create: bool = True,
    ) -> None:
        self.path = os.fspath(path)
        if not create and not os.path.exists(self.path):
            raise LedgerError(f"{self.path}: no such ledger file")
        self._connection: sqlite3.Connection | None
        self._connection, version = connect(self.path, timeout)
        self.extractor = extractor or default_extractor()
        if version < SCHEMA_VERSION:
            guarded(self.path, f"migrate the ledger from version {version}",
                    lambda: self._migrate(version))  # fmt: skip

    def __enter__(self) -> Ledger:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Ledger({self.path!r})"

    def close(self) -> None:
        """Close the file (a closed ledger refuses further use; closing twice is harmless)."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    @property
    def connection(self) -> sqlite3.Connection:
        """The open SQLite connection (for queries of your own; it is in autocommit mode)."""
        if self._connection is None:
            raise LedgerError(f"{self.path}: the ledger is closed")
        return self._connection

    def add(self, documents: Iterable[Document]) -> AddReport:
        """Store documents and their claims; what was new, unchanged or a new version.

        Each document is stored in one transaction, its row and all its claims together or
        not at all, so a crash leaves every stored document whole. A document whose id is
        stored with the same text (its SHA-256) is skipped; one with a changed text is stored
        as the next version.
        """
        report = AddReport()
        for doc in documents:
            report += self._add_one(doc)
        return report

    def check(self, documents: Iterable[Document] | None = None) -> list[Inconsistency]:
        """Figures that cannot all be true, among the latest version of each stored document.

        With ``documents``: :meth:`add` them, then return the inconsistencies that involve at
        least one claim of theirs (against each other or anything stored). Without: check the
        whole ledger. What is found is stored (see :meth:`inconsistencies`): a whole-ledger
        check replaces everything stored before; a check of documents replaces what was stored
        about them.

        Either way the ledger is never read whole: documents are checked :data:`BATCH` at a
        time against the stored claims they could be compared with, the whole ledger one shard
        at a time (see :mod:`claimtrack.ledger.bounded`). The result is what
        :func:`claimtrack.check_claims` gives on all the latest claims (restricted to the
        pairs that involve the documents given).
        """
        if documents is None:
            found = self._check_all()
            self._store_found(found, None)
            return found
        given = list(documents)
        self.add(given)
        ids = {doc.id for doc in given}
        found = self._check_documents(sorted(ids))
        self._store_found(found, ids)
        return found

    def _check_all(self) -> list[Inconsistency]:
        config = self.extractor.config
        read = self._reader("check the ledger")
        corpus = corpus_of(read, None)
        found: list[Inconsistency] = []
        for shards in shard_groups(read, config.rates):
            claims = load(read, "shard IN ({})", shards)
            found += check_shard(claims, corpus, rates=config.rates, units=config.units)
        return merged(found)

    def _check_documents(self, ids: Sequence[str]) -> list[Inconsistency]:
        config = self.extractor.config
        read = self._reader("check documents against the ledger")
        focus = frozenset(ids)
        found: dict[tuple[str, ...], Inconsistency] = {}
        for start in range(0, len(ids), BATCH):
            new = load(read, "doc_id IN ({})", ids[start : start + BATCH])
            for shard in by_shard(new, config.rates, config.units).values():
                for i in self._check_shard(read, shard, focus):
                    found.setdefault(tuple(sorted(c.id for c in i.claims)), i)
        return sorted(found.values(), key=order)

    def _check_shard(
        self, read: Reader, new: list[Claim], focus: frozenset[str]
    ) -> list[Inconsistency]:
        """New claims of one shard against the stored claims they could be compared with
        (one shard at a time: memory holds one shard's candidates of one batch)."""
        config = self.extractor.config
        known = {c.id for c in new}
        wanted = candidates(read, new, config.rates, config.units, corpus_of(read, new))
        claims = new + load(read, "id IN ({})", sorted(wanted - known))
        corpus = corpus_of(read, claims)
        return inconsistencies(Index(claims, config.rates, config.units, corpus, focus))

    def claims(self) -> list[Claim]:
        """Every claim of the latest version of each stored document, by document and span."""
        return self._select_claims("", ())

    def iter_claims(self, batch: int = 1000) -> Iterator[Claim]:
        """Every claim of the latest version of each stored document, in the order stored,
        read ``batch`` at a time (for exports: the ledger is never held in memory)."""
        cursor = guarded(self.path, "read claims", lambda: self.connection.execute(
            "SELECT json FROM claims WHERE latest = 1 ORDER BY rowid"))  # fmt: skip
        try:
            while rows := guarded(self.path, "read claims", lambda: cursor.fetchmany(batch)):
                yield from (Claim.model_validate_json(row[0]) for row in rows)
        finally:
            cursor.close()

    def history(
        self, metric: str | None = None, unit: str | None = None, entity: str | None = None
    ) -> list[Claim]:
        """The latest claims with this metric, unit and entity (each optional), ordered by
        when they hold (the start of their time scope, else their document's publication
        date; undated last)."""
        where, values = [], []
        for column, value in (("metric", metric), ("unit", unit)):
            if value is not None:
                where.append(f"{column} = ?")
                values.append(value)
        if entity is not None:
            where.append("EXISTS (SELECT 1 FROM json_each(entities) WHERE value = ?)")
            values.append(entity)
        condition = f"WHERE {' AND '.join(where)} " if where else ""
        return self._select_claims(condition, values, _HISTORY_ORDER)

    def documents(self) -> list[Document]:
        """The latest version of each stored document, by id."""
        rows = self._read(
            "read documents",
            "SELECT id, text, published, source FROM latest_documents ORDER BY id",
            (),
        )
        return [Document(id=i, text=t, published=p, source=s) for i, t, p, s in rows]

    def inconsistencies(self) -> list[dict[str, Any]]:
        """The stored inconsistencies as records: ``id``, ``kind``, ``explanation``,
        ``confidence``, ``severity``, ``metric``, ``claims`` (their ids), ``docs`` and
        ``found_at``."""
        rows = self._read(
            "read inconsistencies",
            f"SELECT id, {', '.join(INCONSISTENCY_COLUMNS)} FROM inconsistencies ORDER BY id",
            (),
        )
        records = []
        for row in rows:
            record = dict(zip(("id", *INCONSISTENCY_COLUMNS), row, strict=True))
            record["claims"] = json.loads(record.pop("claim_ids"))
            record["docs"] = json.loads(record["docs"])
            records.append(record)
        return records

    def _reader(self, doing: str) -> Reader:
        return lambda sql, values: self._read(doing, sql, values)

    def _read(self, doing: str, sql: str, values: Sequence[Any]) -> list[Any]:
        return guarded(self.path, doing, lambda: self.connection.execute(sql, values).fetchall())

    def _select_claims(
        self, condition: str, values: Sequence[Any], order: str = 'ORDER BY doc_id, "start"'
    ) -> list[Claim]:
        sql = f"SELECT json FROM latest_claims {condition}{order}"
        return [Claim.model_validate_json(row[0]) for row in self._read("read claims", sql, values)]

    def _add_one(self, doc: Document) -> AddReport:
        digest = text_hash(doc.text)
        latest = self._read("read documents", _LATEST, (doc.id,))
        if latest and latest[0][1] == digest:
            return AddReport(unchanged=1)
        config = self.extractor.config  # outside the transaction: extraction is slow
        claims = list(prepared(self.extractor.iter_claims(doc), config.metrics, config.units))
        return guarded(self.path, f"store document {doc.id!r}", lambda: self._store(doc, claims))

    def _store(self, doc: Document, claims: Sequence[Claim]) -> AddReport:
        connection = self.connection
        with write_transaction(connection):
            latest = connection.execute(_LATEST, (doc.id,)).fetchall()
            if latest and latest[0][1] == text_hash(doc.text):  # another writer stored it
                return AddReport(unchanged=1)
            version = latest[0][0] + 1 if latest else 1
            row = (*document_row(doc, version, now()), places_json(claims))
            connection.execute(_INSERT_DOCUMENT, row)
            units = self.extractor.config.units
            connection.executemany(
                _INSERT_CLAIM, ((*claim_row(c, version), *index_values(c, units)) for c in claims)
            )
            replace_words(connection, doc.id, version, claims, units)
        return AddReport(new=int(version == 1), new_versions=int(version > 1), claims=len(claims))

    def _migrate(self, version: int) -> None:
        connection = self.connection
        with write_transaction(connection):
            for step in range(version, SCHEMA_VERSION):
                for statement in statements(MIGRATIONS[step]):
                    connection.execute(statement)
            backfill(connection, self.extractor.config.units)
            connection.execute(
                "UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),)
            )

    def _store_found(self, found: Sequence[Inconsistency], docs: set[str] | None) -> None:
        guarded(self.path, "store inconsistencies", lambda: self._replace_found(found, docs))

    def _replace_found(self, found: Sequence[Inconsistency], docs: set[str] | None) -> None:
        connection = self.connection
        found_at = now()
        with write_transaction(connection):
            if docs is None:
                connection.execute("DELETE FROM inconsistencies")
            else:
                connection.executemany(
                    "DELETE FROM inconsistencies WHERE EXISTS "
                    "(SELECT 1 FROM json_each(inconsistencies.docs) WHERE value = ?)",
                    ((doc,) for doc in sorted(docs)),
                )
            rows = [inconsistency_row(i, found_at) for i in found]
            connection.executemany(
                _INSERT_INCONSISTENCY.replace("INSERT", "INSERT OR REPLACE"), rows
            )
