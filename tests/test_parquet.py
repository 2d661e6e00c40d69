"""Claims as Parquet: the ledger's columns, typed, written in batches, read back losslessly."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import claimtrack
from claimtrack import Claim, ClaimtrackError, Document
from claimtrack.io.parquet import COLUMNS, claim_table, read_parquet, write_parquet
from claimtrack.ledger.rows import claim_row

pq = pytest.importorskip("pyarrow.parquet", reason="the parquet extra is not installed")

TEXTS = [
    "The Callao terminal cost $1.3bn, up 5%; "
    "about 4,500 km of road and 19 experts, between 10% and 12% of the budget.",
    "Almost 400 million doses reached Peru, Chile and Bolivia in 2021, more than 300 ships.",
]


@pytest.fixture(scope="module")
def claims() -> list[Claim]:
    docs = [
        Document(id=f"d{n}", text=text, published="2022-03-01", source="Harbour News")
        for n, text in enumerate(TEXTS)
    ]
    found = claimtrack.extract_all(docs)
    assert len(found) >= 8 and any(c.time.start for c in found)
    return found


def test_round_trip_is_lossless_and_keeps_order(claims: list[Claim], tmp_path: Path) -> None:
    path = tmp_path / "claims.parquet"
    assert write_parquet(claims, path, batch_size=3) == len(claims)
    assert list(read_parquet(path)) == claims
    assert pq.ParquetFile(path).num_row_groups == -(-len(claims) // 3)  # one per batch


def test_columns_and_values_are_the_ledgers(claims: list[Claim], tmp_path: Path) -> None:
    path = tmp_path / "claims.parquet"
    write_parquet(iter(claims), path)
    table = pq.read_table(path)
    assert tuple(table.column_names) == COLUMNS
    assert COLUMNS[3:5] == ("start", "end")
    types = {f.name: str(f.type) for f in table.schema}
    assert types["start"] == types["doc_version"] == "int64"
    assert types["value"] == types["high"] == "double"  # float64
    assert types["text"] == types["json"] == "string"
    rows = list(zip(*(table.column(c).to_pylist() for c in COLUMNS), strict=True))
    assert rows == [claim_row(c, 1) for c in claims]


def test_missing_figures_are_nulls() -> None:
    ranged = next(c for c in claimtrack.extract("between 10% and 12%") if c.quantity.value is None)
    table = claim_table([ranged], version=3)
    assert table.column("value").null_count == 1
    assert table.column("doc_version").to_pylist() == [3]


def test_no_claims_make_an_empty_file_with_the_schema(tmp_path: Path) -> None:
    path = tmp_path / "empty.parquet"
    assert write_parquet([], path) == 0
    assert tuple(pq.read_table(path).column_names) == COLUMNS
    assert list(read_parquet(path)) == []


def test_bad_files_are_errors_naming_them(tmp_path: Path) -> None:
    text = tmp_path / "notes.parquet"
    text.write_text("not parquet", encoding="utf-8")
    with pytest.raises(ClaimtrackError, match=r"notes\.parquet: cannot read Parquet"):
        list(read_parquet(text))
    with pytest.raises(ClaimtrackError, match="cannot write Parquet"):
        write_parquet([], tmp_path / "no" / "such" / "folder" / "x.parquet")
    with pytest.raises(ClaimtrackError, match="batch_size"):
        write_parquet([], tmp_path / "x.parquet", batch_size=0)


def test_without_pyarrow_the_error_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ClaimtrackError, match=r'pip install "claimtrack\[parquet\]"'):
        claim_table([])


def test_extract_writes_parquet_to_the_output_file(claims: list[Claim], tmp_path: Path) -> None:
    from claimtrack.cli import main

    for n, text in enumerate(TEXTS):
        (tmp_path / f"d{n}.md").write_text(
            f"---\ndate: 2022-03-01\nsource: Harbour News\n---\n{text}", encoding="utf-8"
        )
    out = tmp_path / "claims.parquet"
    assert main(["extract", str(tmp_path), "--format", "parquet", "-o", str(out)]) == 0
    assert list(read_parquet(out)) == claims
    jsonl = tmp_path / "claims.jsonl"
    assert main(["extract", str(tmp_path / "d0.md"), "--output", str(jsonl)]) == 0
    assert jsonl.read_text(encoding="utf-8").count("\n") == sum(c.doc == "d0" for c in claims)


def test_parquet_needs_an_output_file_and_a_writable_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from claimtrack.cli import main

    note = tmp_path / "note.md"
    note.write_text("It cost $3m.", encoding="utf-8")
    assert main(["extract", str(note), "--format", "parquet"]) == 2
    assert "--format parquet needs --output" in capsys.readouterr().err
    bad = tmp_path / "no" / "such.jsonl"
    assert main(["extract", str(note), "-o", str(bad)]) == 2
    assert f"{bad}: cannot write" in capsys.readouterr().err
