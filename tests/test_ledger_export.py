"""``claimtrack export``: a ledger's latest claims as JSON lines (read back as they were) or
CSV, streamed to a file that appears only when whole, or to stdout."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

import claimtrack
from claimtrack import Document, Ledger
from claimtrack.cli import main
from claimtrack.io import read_claims

DOCS = [
    Document(id="ferry-times", published=dt.date(2024, 6, 1),
             text="The ferry to Orkney carried 310,000 passengers in 2023, the operator said."),
    Document(id="isles-post", published=dt.date(2024, 6, 3),
             text="Orkney's ferry carried 450,000 passengers in 2023, the council said."),
]  # fmt: skip


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "desk.db"
    with Ledger(path) as ledger:
        ledger.add(DOCS)
        ledger.add([DOCS[0].model_copy(update={"text": DOCS[0].text.replace("310", "330")})])
    return path


def _run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(args), out=out), out.getvalue()


def test_jsonl_export_reads_back_as_the_latest_claims_and_checks_the_same(
    db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "claims.jsonl"
    status, _ = _run("export", "--ledger", str(db), "--format", "jsonl", str(out))
    assert status == 0
    with Ledger(db) as ledger:
        latest = ledger.claims()
        found = ledger.check()
    exported = list(read_claims([out]))
    assert sorted(c.id for c in exported) == sorted(c.id for c in latest)
    assert not any("310,000" in c.text for c in exported)  # version 1 is kept but not latest
    assert found and claimtrack.check_claims(exported) == found
    assert not list(tmp_path.glob("*.partial"))


def test_csv_export_to_stdout_has_the_flat_columns(db: Path) -> None:
    status, text = _run("export", "--ledger", str(db), "--format", "csv", "-", "--no-progress")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert status == 0 and len(rows) >= 2
    assert {"doc", "span", "text", "value", "unit"} <= set(rows[0])
    assert {r["doc"] for r in rows} == {"ferry-times", "isles-post"}
    assert json.loads(rows[0]["span"])[0] >= 0


def test_export_errors_name_the_file_and_exit_2(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.db"
    assert _run("export", "--ledger", str(missing), "--format", "jsonl", "-")[0] == 2
    assert "no such ledger file" in capsys.readouterr().err
    unwritable = tmp_path / "no-such-folder" / "claims.jsonl"
    assert _run("export", "--ledger", str(db), "--format", "jsonl", str(unwritable))[0] == 2
    assert f"{unwritable}: cannot write the export" in capsys.readouterr().err
    assert not missing.exists()
