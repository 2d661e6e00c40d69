"""`claimtrack extract --format jsonl` then `claimtrack check --claims`: the same report as
`claimtrack check` on the documents, and clear errors for bad claim lines."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import claimtrack
from claimtrack.cli import main
from claimtrack.io import claim_line, read_claims

FIRST = """---
date: 2022-03-01
source: Coast Herald
---

Five countries joined the Pacific fisheries pact with New Zealand in March.
Ghana has received 9 million vaccine doses so far.
The Tema bypass in Ghana will cost $640m, the roads ministry said.
The Mombasa rail link in Kenya will cost 900 million yuan.
"""

SECOND = """---
date: 2022-05-20
source: Island Wire
---

The Pacific fisheries pact with New Zealand was joined in March by Fiji, Samoa and Tonga.
Ghana has received 6 million vaccine doses so far.
Ghana's Tema bypass is now budgeted at $910m.
Kenya's Mombasa rail link will cost $130m.
"""


def _run(*args: str | Path) -> tuple[int, str]:
    out = io.StringIO()
    status = main([str(a) for a in args], out=out)
    return status, out.getvalue()


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "first.md").write_text(FIRST, encoding="utf-8")
    (docs / "second.md").write_text(SECOND, encoding="utf-8")
    return docs


@pytest.fixture()
def claims_file(folder: Path, tmp_path: Path) -> Path:
    status, out = _run("extract", folder, "--format", "jsonl")
    assert status == 0
    path = tmp_path / "claims.jsonl"
    path.write_text(out, encoding="utf-8")
    return path


def test_records_are_the_contract_fields_plus_the_whole_claim(claims_file: Path) -> None:
    records = [json.loads(line) for line in claims_file.read_text(encoding="utf-8").splitlines()]
    for record in records:
        assert {"doc", "span", "text", "value", "low", "high", "unit"} <= set(record)
        claim = record["claim"]
        assert (claim["doc"], claim["text"], claim["span"]) == (
            record["doc"], record["text"], record["span"],
        )  # fmt: skip
        assert claim["source"] in ("Coast Herald", "Island Wire") and claim["published"]
    listed = [r for r in records if r["text"] == "Fiji, Samoa and Tonga"]
    assert [(r["value"], r["unit"]) for r in listed] == [(3.0, "country")]


def test_claims_read_back_losslessly(folder: Path, claims_file: Path) -> None:
    expected = claimtrack.extract_all(claimtrack.read_documents([folder]))
    assert list(read_claims([claims_file])) == expected
    assert [claim_line(c) for c in expected] == claims_file.read_text("utf-8").splitlines()


@pytest.mark.parametrize("fmt", ["json", "table"])
def test_check_claims_gives_what_check_gives(folder: Path, claims_file: Path, fmt: str) -> None:
    on_documents = _run("check", folder, "--format", fmt)
    on_claims = _run("check", "--claims", claims_file, "--format", fmt)
    assert on_claims == on_documents
    assert on_documents[0] == 1


def test_the_cases_are_found(claims_file: Path) -> None:
    status, out = _run("check", "--claims", claims_file, "--format", "json")
    assert status == 1
    found = {(i["kind"], tuple(c["text"] for c in i["claims"])) for i in json.loads(out)}
    assert found == {
        ("count-vs-list", ("Fiji, Samoa and Tonga", "Five countries")),
        ("cumulative-decrease", ("6 million vaccine doses", "9 million vaccine doses")),
        ("mismatch", ("$640m", "$910m")),  # yuan and dollars are not compared without rates
    }


def test_several_claims_files(folder: Path, claims_file: Path, tmp_path: Path) -> None:
    lines = claims_file.read_text(encoding="utf-8").splitlines(keepends=True)
    first, second = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    first.write_text("".join(lines[:3]), encoding="utf-8")
    second.write_text("".join(lines[3:]), encoding="utf-8")
    split = _run("check", "--claims", first, "--claims", second, "--format", "json")
    assert split == _run("check", folder, "--format", "json")


def test_bad_lines_are_named_and_the_others_used(
    claims_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = claims_file.read_text(encoding="utf-8").splitlines()
    bad = tmp_path / "bad.jsonl"
    junk = ["{not json", '{"doc": "a", "text": "5%"}', "[1, 2]"]
    bad.write_text("\n".join([good[0], *junk, *good[1:]]) + "\n", encoding="utf-8")
    status, out = _run("check", "--claims", bad, "--format", "json")
    assert status == 2
    assert out == _run("check", "--claims", claims_file, "--format", "json")[1]
    err = capsys.readouterr().err
    assert f"{bad}:2: invalid JSON" in err
    assert f"{bad}:3: not a claim record" in err and "quantity" in err
    assert f"{bad}:4: want a claim record" in err


def test_missing_claims_file_and_no_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = _run("check", "--claims", tmp_path / "nowhere.jsonl", "--format", "json")
    assert (status, json.loads(out)) == (2, [])
    assert "nowhere.jsonl: no such file" in capsys.readouterr().err
    assert _run("check")[0] == 2


def test_read_claims_raises_without_on_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(claimtrack.DocumentError, match=r"bad\.jsonl:1: invalid JSON"):
        list(read_claims([bad]))
