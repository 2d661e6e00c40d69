"""A run on a Dask cluster gives what a plain run gives: the same claims in the same order, the
same inconsistencies, the same output and exit status of the command line.

One cluster of ``local:2`` (two worker processes) serves the module, the command line reaching
it by its address; one test starts ``--scheduler local:2`` itself. The dev sets are read from
../shared (skipped without it).
"""

from __future__ import annotations

import io
import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import claimtrack
from claimtrack import Claim, Document
from claimtrack.cli import main

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
ctd = pytest.importorskip("claimtrack.dask")

from claimtrack.io.parquet import COLUMNS, read_parquet  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SETS = ("crossdoc-dev", "crossdoc-dev2")

OWN = {  # articles of our own that contradict each other, in two currencies
    "harbour-a": "date 2023-04-02\nThe Port of Valmora said its new quay cost EUR 200 million "
    "and handled 1.2 million containers in 2022. Exports of copper rose 12% last year.",
    "harbour-b": "date 2023-04-05\nValmora's new quay cost $340 million, the ministry said; "
    "the port handled 800,000 containers in 2022. Exports of copper rose 4% last year.",
}


def dev_set(name: str) -> Path:
    folder = DATA / name
    if not folder.is_dir():
        pytest.skip(f"{folder} not found (../shared missing)")
    return folder


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """The address of a local cluster of two worker processes, with a client of it current."""
    with ctd.client("local:2") as local:
        yield local.scheduler.address


def run(*argv: str | Path) -> tuple[int, str]:
    out = io.StringIO()
    status = main([str(a) for a in argv], out=out)
    return status, out.getvalue()


@pytest.mark.parametrize("name", SETS)
def test_check_on_the_cluster_writes_what_a_plain_check_writes(cluster: str, name: str) -> None:
    folder = dev_set(name)
    plain = run("check", folder, "--format", "json")
    on_cluster = run("check", folder, "--format", "json", "--scheduler", cluster)
    assert plain[0] == 1 and json.loads(plain[1]), "the dev sets hold conflicts the check finds"
    assert on_cluster == plain


@pytest.mark.parametrize("name", SETS)
def test_check_bag_equals_check_claims(cluster: str, name: str) -> None:
    folder = dev_set(name)
    bag = ctd.extract_bag(ctd.documents_bag([folder], npartitions=5)).persist()
    claims = claimtrack.extract_all(claimtrack.read_documents([folder]))
    assert bag.compute() == claims
    assert ctd.check_bag(bag) == claimtrack.check_claims(claims)


@pytest.mark.parametrize(
    ("rates", "metrics"),
    [
        ({"USD": 1.0, "EUR": 1.1}, ()),
        (None, (claimtrack.Metric(name="copper exports", unit="percent",
                                  keywords=("exports of copper",)),)),
    ],
    ids=["rates", "metrics"],
)  # fmt: skip
def test_check_bag_takes_rates_and_metrics(
    cluster: str, rates: dict[str, float] | None, metrics: tuple[claimtrack.Metric, ...]
) -> None:
    claims = claimtrack.extract_all(Document(id=i, text=t) for i, t in OWN.items())
    expected = claimtrack.check_claims(claims, rates=rates, metrics=metrics)
    assert expected
    bag = ctd.extract_bag(ctd.documents_bag([], npartitions=1))  # empty: no partition lost
    assert ctd.check_bag(bag) == []
    import dask.bag

    claims_bag = dask.bag.from_sequence(claims, npartitions=2)
    assert ctd.check_bag(claims_bag, rates=rates, metrics=metrics) == expected


def test_table_output_is_the_same(cluster: str) -> None:
    folder = dev_set("crossdoc-dev")
    assert run("check", folder, "--scheduler", cluster) == run("check", folder)


@pytest.mark.parametrize("name", SETS)
def test_extract_on_the_cluster_writes_what_a_plain_extract_writes(cluster: str, name: str) -> None:
    folder = dev_set(name)
    plain = run("extract", folder)
    assert plain[0] == 0 and plain[1].count("\n") > 50
    assert run("extract", folder, "--scheduler", cluster) == plain


def test_check_on_local_2_of_claim_records(tmp_path: Path) -> None:
    """``--scheduler local:2`` starts its own cluster (the check of records extracts nothing,
    so its workers start fast)."""
    records = tmp_path / "claims.jsonl"
    records.write_text(run("extract", dev_set("crossdoc-dev"))[1], encoding="utf-8")
    plain = run("check", "--claims", records, "--format", "json")
    assert plain[0] == 1
    assert run("check", "--claims", records, "--format", "json", "--scheduler", "local:2") == plain


def write_inputs(tmp_path: Path) -> Path:
    """A folder with a JSONL file of several documents (one bad line), a text file, a binary."""
    lines = [json.dumps({"id": i, "text": t}) for i, t in OWN.items()]
    lines.insert(1, "{not json")
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "note.md").write_text("The quay is 450 m long; it cost $340m.", encoding="utf-8")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    return tmp_path


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_errors_and_output_are_those_of_a_plain_extract(
    cluster: str, tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_inputs(tmp_path)
    missing = tmp_path / "missing.md"
    plain = run("extract", folder, missing, "--format", fmt)
    plain_errors = capsys.readouterr().err.splitlines()
    on_cluster = run("extract", folder, missing, "--format", fmt, "--scheduler", cluster)
    assert plain[0] == 2 and on_cluster == plain
    assert sorted(capsys.readouterr().err.splitlines()) == sorted(plain_errors)
    assert len(plain_errors) == 3, plain_errors  # the bad line, the binary, the missing file


def test_check_of_claim_records_on_the_cluster(cluster: str, tmp_path: Path) -> None:
    records = tmp_path / "claims.jsonl"
    records.write_text(run("extract", write_inputs(tmp_path) / "feed.jsonl")[1], encoding="utf-8")
    plain = run("check", "--claims", records, "--format", "json")
    assert plain[0] == 1
    assert run("check", "--claims", records, "--format", "json", "--scheduler", cluster) == plain


@pytest.mark.parametrize(
    ("scheduler", "problem"),
    [
        ("tcp://127.0.0.1:1", "scheduler 'tcp://127.0.0.1:1': cannot connect"),
        ("local:0", "want local, local:N (N >= 1) or an address"),
        ("no scheduler here", "scheduler 'no scheduler here': not an address"),
        ("http://example.org:80", "scheme 'http' is not one of tcp"),
    ],
)
def test_a_bad_scheduler_is_exit_2_with_a_message(
    tmp_path: Path, scheduler: str, problem: str, capsys: pytest.CaptureFixture[str]
) -> None:
    note = tmp_path / "note.md"
    note.write_text("It cost $340m.", encoding="utf-8")
    for command in ("extract", "check"):
        status, out = run(command, note, "--format", "json", "--scheduler", scheduler)
        err = capsys.readouterr().err
        assert (status, out) == (2, ""), err
        assert problem in err and "Traceback" not in err


def test_a_server_that_is_no_scheduler_is_exit_2_within_the_timeout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A port that takes the connection and never speaks: the run must not wait forever."""
    from claimtrack.dask import _cluster

    monkeypatch.setattr(_cluster, "TIMEOUT", 1.0)
    note = tmp_path / "note.md"
    note.write_text("It cost $340m.", encoding="utf-8")
    with socket.create_server(("127.0.0.1", 0)) as silent:
        address = f"tcp://127.0.0.1:{silent.getsockname()[1]}"
        start = time.perf_counter()
        assert run("extract", note, "--scheduler", address) == (2, "")
        assert time.perf_counter() - start < 5
    err = capsys.readouterr().err
    assert f"scheduler {address!r}: cannot connect (no answer within 1 s)" in err, err


def test_scheduler_with_a_ledger_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("check", "--ledger", tmp_path / "l.db", "--scheduler", "local:2")[0] == 2
    assert "--scheduler" in capsys.readouterr().err


def test_parquet_of_a_bag_reads_back_the_same_claims(cluster: str, tmp_path: Path) -> None:
    docs = [Document(id=i, text=t) for i, t in OWN.items()]
    import dask.bag

    bag = ctd.extract_bag(dask.bag.from_sequence(docs, npartitions=2))
    claims: list[Claim] = bag.compute()
    assert ctd.to_parquet(bag, tmp_path / "out") == len(claims)
    parts = sorted((tmp_path / "out").glob("part.*.parquet"))
    assert len(parts) == 2
    assert [c for part in parts for c in read_parquet(part)] == claims
    frame = ctd.claims_dataframe(bag).compute()
    assert tuple(frame.columns) == COLUMNS
    assert list(frame["id"]) == [c.id for c in claims]
    assert str(frame["start"].dtype) == "Int64"


def test_extract_to_parquet_on_the_cluster_is_the_plain_file(cluster: str, tmp_path: Path) -> None:
    folder = dev_set("crossdoc-dev")
    plain, on_cluster = tmp_path / "plain.parquet", tmp_path / "cluster.parquet"
    assert run("extract", folder, "--format", "parquet", "-o", plain)[0] == 0
    assert (
        run("extract", folder, "--format", "parquet", "-o", on_cluster, "--scheduler", cluster)[0]
        == 0
    )
    assert list(read_parquet(on_cluster)) == list(read_parquet(plain))
    assert on_cluster.read_bytes() == plain.read_bytes()


def test_import_claimtrack_loads_no_dask_and_the_missing_extra_is_named() -> None:
    code = "import sys, claimtrack.cli; print('dask' in sys.modules, 'distributed' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]
    code = (
        "import sys; sys.modules['distributed'] = None\n"
        "from claimtrack.cli import main\n"
        "sys.exit(main(['extract', 'x.md', '--scheduler', 'local:2']))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 2
    assert 'pip install "claimtrack[dask]"' in done.stderr and "Traceback" not in done.stderr
