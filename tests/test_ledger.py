"""The ledger: idempotent adds, versions, checks against what is stored, history, bad files,
the command line, and that a killed ingest leaves every stored document whole."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import claimtrack
from claimtrack import Document, Ledger, LedgerError
from claimtrack.cli import main

TRAM = Document(
    id="tram-gazette",
    published=dt.date(2023, 2, 1),
    text="The new tram line in Lyon will cost €450m, the city council said on Monday.",
)
TRAM_DEARER = Document(
    id="rhone-courier",
    published=dt.date(2023, 3, 9),
    text="Lyon's new tram line is budgeted at €720m, according to the city council.",
)
TRAM_AGREEING = Document(
    id="metro-weekly",
    published=dt.date(2023, 3, 20),
    text="Lyon's new tram line is budgeted at about €450m, the city council says.",
)
SALMON = [
    Document(
        id=f"salmon-{year}",
        published=dt.date(year + 1, 1, 10),
        text=f"In {year}, {country} exported {amount} million tonnes of salmon, officials said.",
    )
    for year, country, amount in ((2021, "Norway", "1.2"), (2019, "Norway", "1.1"),
                                  (2020, "Chile", "0.8"))
]  # fmt: skip


def _pairs(found: list[claimtrack.Inconsistency]) -> set[frozenset[str]]:
    return {frozenset(c.id for c in i.claims) for i in found}


@pytest.fixture()
def ledger(tmp_path: Path) -> Iterator[Ledger]:
    with Ledger(tmp_path / "desk.db") as opened:
        yield opened


def test_adding_the_same_documents_twice_stores_them_once(ledger: Ledger) -> None:
    first = ledger.add([TRAM, TRAM_DEARER])
    assert (first.new, first.unchanged, first.new_versions, first.claims) == (2, 0, 0, 2)
    again = ledger.add([TRAM, TRAM_DEARER])
    assert (again.new, again.unchanged, again.new_versions, again.claims) == (0, 2, 0, 0)
    rows = ledger.connection.execute("SELECT COUNT(*) FROM documents").fetchone()
    assert rows == (2,)
    assert [c.text for c in ledger.claims()] == ["€720m", "€450m"]


def test_a_changed_text_is_version_two_and_only_it_is_checked(ledger: Ledger) -> None:
    ledger.add([TRAM])
    revised = TRAM.model_copy(update={"text": TRAM_DEARER.text})
    report = ledger.add([revised])
    assert (report.new, report.new_versions) == (0, 1)
    versions = ledger.connection.execute(
        "SELECT version FROM documents WHERE id = ? ORDER BY version", (TRAM.id,)
    ).fetchall()
    assert versions == [(1,), (2,)]  # the old text is kept
    assert [c.text for c in ledger.claims()] == ["€720m"]
    assert [d.text for d in ledger.documents()] == [TRAM_DEARER.text]
    # version 1 ("€450m") would contradict this; version 2 ("€720m") agrees with it
    same = TRAM_DEARER.model_copy(update={"id": "echo"})
    assert ledger.check([same]) == []


def test_check_of_new_documents_finds_a_contradiction_with_stored_ones(ledger: Ledger) -> None:
    ledger.add([TRAM, TRAM_AGREEING])
    assert ledger.check() == []
    found = ledger.check([TRAM_DEARER])
    assert [i.kind for i in found] == ["mismatch", "mismatch"]
    assert {frozenset(c.doc for c in i.claims) for i in found} == {
        frozenset({TRAM.id, TRAM_DEARER.id}),
        frozenset({TRAM_AGREEING.id, TRAM_DEARER.id}),
    }
    stored = ledger.inconsistencies()
    assert {r["kind"] for r in stored} == {"mismatch"}
    assert all(TRAM_DEARER.id in r["docs"] for r in stored)
    assert {frozenset(r["claims"]) for r in stored} == _pairs(found)
    assert ledger.check([TRAM_DEARER]) == found  # stored once, however often checked
    assert len(ledger.inconsistencies()) == 2


def test_a_check_of_documents_leaves_out_conflicts_among_the_others(ledger: Ledger) -> None:
    ledger.add([TRAM, TRAM_DEARER])
    assert ledger.check([*SALMON]) == []
    assert len(ledger.check()) == 1


def test_the_ledger_check_equals_the_check_of_the_documents(ledger: Ledger) -> None:
    docs = [TRAM, TRAM_DEARER, TRAM_AGREEING, *SALMON]
    ledger.add(docs[:3])
    ledger.check(docs[3:])
    found = ledger.check()
    assert found and _pairs(found) == _pairs(claimtrack.check(docs))
    assert {frozenset(r["claims"]) for r in ledger.inconsistencies()} == _pairs(found)


def test_history_is_in_time_order_and_filtered(ledger: Ledger) -> None:
    ledger.add([*SALMON, TRAM])
    exports = ledger.history("export")
    assert [c.doc for c in exports] == ["salmon-2019", "salmon-2020", "salmon-2021"]
    assert [c.doc for c in ledger.history("export", entity="Norway")] == [
        "salmon-2019",
        "salmon-2021",
    ]
    assert len(ledger.history(unit="metric_ton")) == 3
    assert ledger.history("export", unit="EUR") == []
    assert [c.text for c in ledger.history(unit="EUR")] == ["€450m"]


def test_claims_read_back_equal_a_fresh_extraction(ledger: Ledger) -> None:
    ledger.add(SALMON)
    assert ledger.claims() == sorted(claimtrack.extract_all(SALMON), key=lambda c: (c.doc, c.span))


def test_a_file_that_is_not_a_database_is_a_ledger_error(tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    path.write_bytes(bytes(random.Random(15).randrange(256) for _ in range(4096)))
    with pytest.raises(LedgerError, match=r"desk.db.*not an SQLite database"):
        Ledger(path)


def test_a_newer_schema_and_a_foreign_database_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    Ledger(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    connection.close()
    with pytest.raises(LedgerError, match=r"schema version 99 .a newer claimtrack"):
        Ledger(path)
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE things (x)")
    connection.close()
    with pytest.raises(LedgerError, match=r"other.db.*not a claimtrack ledger"):
        Ledger(other)


def test_a_locked_file_is_a_ledger_error(tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    Ledger(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with Ledger(path, timeout=0.05) as ledger:  # opening takes no lock; storing does
            assert ledger.claims() == []
            with pytest.raises(LedgerError, match=r"desk.db.*locked"):
                ledger.add([TRAM])
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_closed_ledger_refuses_use(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "desk.db")
    ledger.close()
    ledger.close()
    with pytest.raises(LedgerError, match="closed"):
        ledger.add([TRAM])


def test_the_file_is_in_wal_mode_with_the_documented_tables(ledger: Ledger) -> None:
    execute = ledger.connection.execute
    assert execute("PRAGMA journal_mode").fetchone() == ("wal",)
    names = {row[0] for row in execute("SELECT name FROM sqlite_master WHERE sql IS NOT NULL")}
    assert {"meta", "documents", "claims", "inconsistencies", "latest_claims"} <= names
    assert {"claims_unit", "claims_metric", "claims_doc"} <= names


# the command line


def _write(folder: Path, *docs: Document) -> Path:
    folder.mkdir(exist_ok=True)
    for doc in docs:
        front = f"---\ndate: {doc.published}\n---\n" if doc.published else ""
        (folder / f"{doc.id}.md").write_text(front + doc.text, encoding="utf-8")
    return folder


def _run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(args), out=out), out.getvalue()


def test_cli_ingest_check_and_history(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "desk.db")
    stored = _write(tmp_path / "stored", TRAM, TRAM_AGREEING, *SALMON)
    assert _run("ingest", "--ledger", db, str(stored), "--no-progress") == (0, "")
    assert "5 new, 0 unchanged, 0 new versions, 5 claims" in capsys.readouterr().err
    assert _run("ingest", "--ledger", db, str(stored))[0] == 0
    assert "0 new, 5 unchanged" in capsys.readouterr().err
    assert _run("check", "--ledger", db, "--format", "json") == (0, "[]\n")
    new = _write(tmp_path / "new", TRAM_DEARER)
    status, output = _run("check", "--ledger", db, str(new), "--format", "json")
    assert status == 1
    items = json.loads(output)
    assert [item["kind"] for item in items] == ["mismatch", "mismatch"]
    assert all(TRAM_DEARER.id in {c["doc"] for c in item["claims"]} for item in items)
    assert _run("check", "--ledger", db)[0] == 1
    status, output = _run("history", "--ledger", db, "export", "--format", "json")
    assert status == 0
    assert [r["doc"] for r in json.loads(output)] == ["salmon-2019", "salmon-2020", "salmon-2021"]
    status, output = _run("history", "--ledger", db, "export", "--entity", "Chile")
    assert status == 0 and "0.8 million tonnes" in output and "Norway" not in output
    status, output = _run("history", "--ledger", db, "export", "--format", "csv")
    assert output.splitlines()[0].startswith("doc,span,text,value")


def test_cli_input_errors_exit_2_and_the_other_files_are_stored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "desk.db"
    folder = _write(tmp_path / "docs", TRAM, TRAM_DEARER)
    (folder / "broken.txt").write_bytes(b"\x00\x01 not text")
    assert _run("ingest", "--ledger", str(db), str(folder))[0] == 2
    err = capsys.readouterr().err
    assert "broken.txt: looks binary" in err and "2 new" in err
    with Ledger(db) as ledger:
        assert [d.id for d in ledger.documents()] == [TRAM_DEARER.id, TRAM.id]
    assert _run("check", "--ledger", str(db), str(folder / "broken.txt"))[0] == 2
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is no database" * 50)
    assert _run("history", "--ledger", str(garbage), "export")[0] == 2
    assert "garbage.db: cannot open the ledger: not an SQLite database" in capsys.readouterr().err
    assert _run("ingest", str(folder))[0] == 2  # --ledger is required
    missing = str(tmp_path / "missing.db")
    assert _run("history", "--ledger", missing, "export")[0] == 2
    assert _run("check", "--ledger", missing)[0] == 2
    assert "missing.db: no such ledger file" in capsys.readouterr().err
    assert not (tmp_path / "missing.db").exists()
    assert _run("check", "--ledger", str(db), "--claims", "x.jsonl")[0] == 2


# a killed ingest


def _articles(count: int) -> list[Document]:
    """Short bulletins of a dozen paragraphs, each stating a few figures."""
    towns = ["Arlen", "Brisk", "Corvo", "Dunmere", "Elsby", "Fallow"]

    def paragraph(number: int, part: int) -> str:
        town = towns[(number + part) % len(towns)]
        return (
            f"The bridge at {town} will cost ${100 + number + part}m, officials said. About "
            f"{number + part + 3} km of road and {2 * number + part + 1} schools are planned, "
            f"and {(number + part) % 9 + 1}% of the budget is set aside."
        )

    return [
        Document(
            id=f"bulletin-{number:02d}",
            published=dt.date(2022, 1 + number % 12, 1 + number % 27),
            text="\n\n".join(paragraph(number, part) for part in range(12)),
        )
        for number in range(count)
    ]


def _ingest_command(db: Path, folder: Path) -> list[str]:
    return [sys.executable, "-m", "claimtrack", "ingest", "--ledger", str(db), str(folder),
            "--no-progress"]  # fmt: skip


def _stored(db: Path) -> int:
    """How many document rows the ledger holds (read-only; 0 before its schema exists)."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
            count: int = connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        connection.close()
    except sqlite3.Error:
        return 0
    return count


def _kill_during_ingest(db: Path, folder: Path, delay: float) -> int:
    """Start an ingest, SIGKILL it ``delay`` seconds after it stored its first document; how
    many documents are stored then."""
    before = _stored(db)
    child = subprocess.Popen(
        _ingest_command(db, folder), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    started = time.monotonic()
    while child.poll() is None and _stored(db) == before and time.monotonic() - started < 8:
        time.sleep(0.005)
    time.sleep(delay)
    if child.poll() is None:
        os.kill(child.pid, signal.SIGKILL)
    child.wait()
    return _stored(db)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_killed_ingest_leaves_every_stored_document_whole(tmp_path: Path) -> None:
    docs = _articles(30)
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "bulletins.jsonl").write_text(
        "".join(doc.model_dump_json() + "\n" for doc in docs), encoding="utf-8"
    )
    db = tmp_path / "desk.db"
    draw = random.Random(15)
    counts = [_kill_during_ingest(db, folder, draw.uniform(0.0, 0.05)) for _ in range(3)]
    assert min(counts) < len(docs), f"no kill landed mid-ingest ({counts}): nothing was proved"
    expected = {doc.id: len(claimtrack.extract_all([doc])) for doc in docs}
    with Ledger(db) as ledger:
        assert ledger.connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        stored = ledger.connection.execute(
            "SELECT d.id, COUNT(c.id) FROM documents AS d LEFT JOIN claims AS c "
            "ON c.doc_id = d.id AND c.doc_version = d.version GROUP BY d.id, d.version"
        ).fetchall()
    for doc_id, count in stored:
        assert count == expected[doc_id], doc_id
    done = subprocess.run(_ingest_command(db, folder), capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert f"{len(docs) - len(stored)} new, {len(stored)} unchanged" in done.stderr
    with Ledger(db) as ledger:
        rows = ledger.connection.execute("SELECT id, COUNT(*) FROM documents GROUP BY id")
        assert dict(rows.fetchall()) == dict.fromkeys(expected, 1)
        assert len(ledger.claims()) == sum(expected.values())
