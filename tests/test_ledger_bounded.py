"""The ledger's checks read only what they need, and give what one check of all claims gives:
new documents checked a batch at a time against the stored claims they could meet, the whole
ledger a shard at a time, and a version 1 file migrated on open (dev sets read from ../shared,
skipped without it)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

import claimtrack
from claimtrack import Document, Ledger
from claimtrack.ledger import ledger as ledger_module

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SETS = ("crossdoc-dev", "crossdoc-dev2")

OWN = [
    Document(id="mine-report", published=dt.date(2024, 3, 1),
             text="Zambia exported 830,000 tonnes of copper in 2023, the mines ministry said."),
    Document(id="bank-note", published=dt.date(2024, 3, 5),
             text="Copper exports from Zambia reached 910,000 tonnes in 2023, the central bank said."),
    Document(id="port-daily", published=dt.date(2024, 4, 2),
             text="The port of Walvis Bay handled 1.2 million containers last year."),
    Document(id="port-weekly", published=dt.date(2024, 4, 9),
             text="Some 2.5 million containers passed through the port of Walvis Bay last year."),
    Document(id="smelter-news", published=dt.date(2024, 5, 1),
             text="The Kitwe smelter will cost $400m, its owners said; Zambia exported copper worth $4.1bn."),
    Document(id="smelter-wire", published=dt.date(2024, 5, 3),
             text="The Kitwe smelter is put at $650m by the ministry."),
]  # fmt: skip


def _documents(name: str) -> list[Document]:
    folder = DATA / name
    if not folder.is_dir():
        pytest.skip(f"{folder} not found (../shared missing)")
    return list(claimtrack.read_documents([folder]))


def _involving(found: list[claimtrack.Inconsistency], ids: set[str]) -> list[str]:
    return [i.explanation for i in found if any(c.doc in ids for c in i.claims)]


@pytest.mark.parametrize("name", SETS)
def test_new_documents_checked_in_batches_equal_one_check_of_everything(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = _documents(name)
    stored, new = docs[::2], docs[1::2]
    monkeypatch.setattr(ledger_module, "BATCH", 3)
    with Ledger(tmp_path / "desk.db") as ledger:
        ledger.add(stored)
        found = ledger.check(new)
        everything = claimtrack.check_claims(ledger.claims())
    expected = _involving(everything, {d.id for d in new})
    assert expected, "the new half contradicts something"
    assert [i.explanation for i in found] == expected


@pytest.mark.parametrize("name", SETS)
def test_the_whole_ledger_checked_by_shards_equals_the_check_of_the_folder(
    name: str, tmp_path: Path
) -> None:
    docs = _documents(name)
    with Ledger(tmp_path / "desk.db") as ledger:
        ledger.add(docs)
        assert ledger.check() == claimtrack.check(docs)


def test_own_articles_with_rates_checked_in_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ledger_module, "BATCH", 1)
    config = claimtrack.default_config().replace(rates={"USD": 1.0, "EUR": 1.1})
    extractor = claimtrack.Extractor(config)
    with Ledger(tmp_path / "desk.db", extractor=extractor) as ledger:
        ledger.add(OWN[::2])
        found = ledger.check(OWN[1::2])
        everything = claimtrack.check_claims(ledger.claims(), rates=config.rates)
        whole = ledger.check()
    expected = _involving(everything, {d.id for d in OWN[1::2]})
    assert len(expected) >= 2, "copper, containers and the smelter disagree"
    assert [i.explanation for i in found] == expected
    assert whole == everything


def _downgrade_to_version_1(path: Path) -> None:
    """What a claimtrack of schema version 1 wrote: no shard, framed, latest or places columns,
    no claim_words table."""
    with sqlite3.connect(path) as connection:
        for index in ("claims_latest_id", "claims_latest_shard", "claims_latest_framed"):
            connection.execute(f"DROP INDEX {index}")
        connection.execute("DROP TABLE claim_words")
        for column in ("shard", "framed", "latest"):
            connection.execute(f"ALTER TABLE claims DROP COLUMN {column}")
        connection.execute("ALTER TABLE documents DROP COLUMN places")
        connection.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    connection.close()


def test_a_version_1_ledger_is_migrated_on_open_and_checks_the_same(tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    changed = OWN[1].model_copy(update={"text": OWN[1].text.replace("910,000", "990,000")})
    with Ledger(path) as ledger:
        ledger.add(OWN)
        ledger.add([changed])  # version 2 of one document: only it may count
        before = ledger.check()
        words = ledger.connection.execute("SELECT COUNT(*) FROM claim_words").fetchone()
    _downgrade_to_version_1(path)
    with Ledger(path) as ledger:
        version = ledger.connection.execute(
            "SELECT value FROM meta WHERE key = 'schema_version'"
        ).fetchone()
        assert version == ("2",)
        assert ledger.connection.execute("SELECT COUNT(*) FROM claim_words").fetchone() == words
        assert ledger.check() == before
        assert ledger.check([OWN[0]]) == [
            i for i in before if any(c.doc == OWN[0].id for c in i.claims)
        ]
    assert before, "the articles contradict each other"


def test_readers_and_a_second_check_work_while_a_document_is_being_written(tmp_path: Path) -> None:
    """WAL: a reader opens the ledger and sees the committed documents while a writer holds its
    transaction, and a check, which stores what it found, waits for the writer to commit."""
    import threading

    path = tmp_path / "desk.db"
    with Ledger(path) as ledger:
        ledger.add(OWN[:2])
    writer = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    writer.execute("BEGIN IMMEDIATE")  # an ingest in the middle of a document
    writer.execute(
        "INSERT INTO documents (id, version, sha256, text, added_at) "
        "VALUES ('half', 1, 'x', 'half a document', 'now')"
    )
    timer = threading.Timer(0.5, lambda: writer.execute("COMMIT"))
    try:
        with Ledger(path, timeout=10) as reader:
            assert {c.doc for c in reader.claims()} == {OWN[0].id, OWN[1].id}
            timer.start()
            found = reader.check()  # waits for the commit, then stores its findings
            timer.join()
            assert found, "the two copper figures disagree"
            assert found == claimtrack.check_claims(reader.claims())
            assert len(reader.documents()) == 3
    finally:
        writer.close()
