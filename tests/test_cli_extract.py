"""`claimtrack extract` in-process on files written here: formats, errors and exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from claimtrack.cli import main

FRONT = """---
date: 2023-04-11
source: Valley Post
---

The Almen Valley dam will store 120 million cubic metres, said engineer Jon Berg.
"""

MARKDOWN = "# Harbour\n\nThe port of Velden moved 1.5 million TEU and hired 300 dockers.\n"

JSONL_GOOD = {
    "id": "brief-1",
    "text": "Castaria exported $2bn of grain.",
    "published": "2022-01-05",
}


def run(*argv: str | Path) -> tuple[int, str]:
    out = io.StringIO()
    status = main(["extract", *map(str, argv)], out=out)
    return status, out.getvalue()


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    paths = {
        "txt": tmp_path / "dam.txt",
        "md": tmp_path / "port.md",
        "jsonl": tmp_path / "briefs.jsonl",
        "binary": tmp_path / "blob.txt",
        "latin1": tmp_path / "old.txt",
    }
    paths["txt"].write_text(FRONT, encoding="utf-8")
    paths["md"].write_text(MARKDOWN, encoding="utf-8")
    paths["jsonl"].write_text(json.dumps(JSONL_GOOD) + "\n{not json\n", encoding="utf-8")
    paths["binary"].write_bytes(b"\x00\x01\x02 5 km \x00")
    paths["latin1"].write_bytes("Caf\xe9 sold 40 cakes.".encode("latin-1"))
    return paths


def test_jsonl_output_reads_front_matter(files: dict[str, Path]) -> None:
    status, out = run(files["txt"])
    assert status == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["text"] for r in records] == ["120 million cubic metres"]
    record = records[0]
    assert (record["doc"], record["value"], record["unit"]) == ("dam", 1.2e8, "meter ** 3")
    assert (record["source"], record["published"]) == ("Valley Post", "2023-04-11")
    text = FRONT.split("---\n", 2)[2]
    assert text[slice(*record["span"])] == record["text"]


def test_no_context_keeps_quantities_and_drops_context(files: dict[str, Path]) -> None:
    _, full = run(files["txt"])
    status, bare = run(files["txt"], "--no-context")
    assert status == 0
    (with_context,) = [json.loads(line) for line in full.splitlines()]
    (record,) = [json.loads(line) for line in bare.splitlines()]
    same = ("doc", "span", "text", "value", "low", "high", "unit", "source", "published")
    assert {k: record[k] for k in same} == {k: with_context[k] for k in same}
    assert with_context["subject"] and record["subject"] is None


def test_markdown_json_format(files: dict[str, Path]) -> None:
    status, out = run(files["md"], "--format", "json")
    assert status == 0
    records = json.loads(out)
    assert [(r["text"], r["unit"]) for r in records] == [
        ("1.5 million TEU", "TEU"),
        ("300 dockers", "docker"),
    ]


def test_csv_and_table_formats(files: dict[str, Path]) -> None:
    status, out = run(files["md"], "--format", "csv")
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [row["text"] for row in rows] == ["1.5 million TEU", "300 dockers"]
    status, out = run(files["md"], "--format", "table")
    assert status == 0
    header, *lines = out.splitlines()
    assert header.split()[:2] == ["doc", "text"]
    assert len(lines) == 2 and "dockers" in lines[1]


def test_invalid_jsonl_line_is_an_error_but_other_lines_count(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = run(files["jsonl"])
    assert status == 2
    assert [json.loads(line)["doc"] for line in out.splitlines()] == ["brief-1"]
    err = capsys.readouterr().err
    assert "briefs.jsonl:2" in err and "invalid JSON" in err


@pytest.mark.parametrize("bad", ["binary", "latin1"])
def test_unreadable_file_is_named_and_others_processed(
    files: dict[str, Path], bad: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = run(files[bad], files["md"])
    assert status == 2
    assert [json.loads(line)["doc"] for line in out.splitlines()] == ["port", "port"]
    assert files[bad].name in capsys.readouterr().err


def test_missing_file_and_bad_format(files: dict[str, Path], tmp_path: Path) -> None:
    status, out = run(tmp_path / "nowhere.txt", files["txt"])
    assert status == 2 and json.loads(out.splitlines()[0])["doc"] == "dam"
    status, _ = run(files["txt"], "--format", "yaml")
    assert status == 2
