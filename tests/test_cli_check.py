"""`claimtrack check` in-process: the JSON contract of DESIGN.md, the table, exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from claimtrack.cli import main

FIRST = """---
date: 2022-06-14
source: Harbour Gazette
---

The new container terminal in Callao will cost $1.3bn, Peru's transport ministry said.
"""

SECOND = """---
date: 2022-07-02
source: Andean Courier
---

Peru's container terminal in Callao is budgeted at $2.1bn.
"""

AGREEING = """---
date: 2022-07-05
---

Peru's container terminal in Callao is budgeted at about $1.3bn.
"""


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    (tmp_path / "first.md").write_text(FIRST, encoding="utf-8")
    (tmp_path / "second.md").write_text(SECOND, encoding="utf-8")
    return tmp_path


def _run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(args), out=out)
    return status, out.getvalue()


def test_json_contract(folder: Path) -> None:
    status, output = _run("check", str(folder), "--format", "json")
    assert status == 1
    (item,) = json.loads(output)
    assert item["kind"] == "mismatch"
    assert "first" in item["explanation"] and "second" in item["explanation"]
    docs = {c["doc"] for c in item["claims"]}
    assert docs == {"first", "second"}
    for claim in item["claims"]:
        assert {"doc", "span", "text", "value", "low", "high", "unit"} <= set(claim)
        body = (folder / f"{claim['doc']}.md").read_text(encoding="utf-8").split("---\n", 2)[2]
        start, end = claim["span"]
        assert body[start:end] == claim["text"]
        assert claim["unit"] == "USD"


def test_exit_zero_when_consistent(tmp_path: Path) -> None:
    (tmp_path / "first.md").write_text(FIRST, encoding="utf-8")
    (tmp_path / "third.md").write_text(AGREEING, encoding="utf-8")
    status, output = _run("check", str(tmp_path), "--format", "json")
    assert (status, json.loads(output)) == (0, [])


def test_table_shows_figures_by_metric(folder: Path) -> None:
    status, output = _run("check", str(folder))
    assert status == 1
    assert "1 inconsistency" in output
    assert "cost (USD)" in output and "$1.3bn" in output and "$2.1bn" in output


def test_bad_file_is_named_and_the_rest_still_checked(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "broken.txt").write_bytes(b"\xff\xfe\x00binary")
    status, output = _run("check", str(folder), str(folder / "missing.md"), "--format", "json")
    assert status == 2
    assert len(json.loads(output)) == 1
    err = capsys.readouterr().err
    assert "broken.txt" in err and "missing.md" in err


def test_jsonl_documents(tmp_path: Path) -> None:
    lines = [
        {
            "id": "a",
            "text": "Peru's terminal in Callao will cost $1.3bn.",
            "published": "2022-01-01",
        },
        {
            "id": "b",
            "text": "Peru's terminal in Callao will cost $2.1bn.",
            "published": "2022-01-02",
        },
    ]
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    status, output = _run("check", str(path), "--format", "json")
    assert status == 1
    assert {c["doc"] for c in json.loads(output)[0]["claims"]} == {"a", "b"}


def test_usage_error_exits_2() -> None:
    assert _run("check")[0] == 2
    assert _run("check", "x.md", "--format", "yaml")[0] == 2


def test_python_dash_m(folder: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "claimtrack", "check", str(folder), "--format", "json"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 1
    assert json.loads(done.stdout)[0]["kind"] == "mismatch"


def test_min_confidence_drops_less_sure_inconsistencies(folder: Path) -> None:
    status, output = _run("check", str(folder), "--format", "json")
    (item,) = json.loads(output)
    assert status == 1
    assert 0.0 < item["confidence"] < 1.0  # "$1.3bn will cost" / "budgeted at $2.1bn"
    kept = _run("check", str(folder), "--format", "json", "--min-confidence",
                str(item["confidence"]))  # fmt: skip
    assert kept[0] == 1 and len(json.loads(kept[1])) == 1
    dropped = _run("check", str(folder), "--format", "json", "--min-confidence", "1")
    assert dropped == (0, "[]\n")


def test_min_confidence_outside_zero_to_one_is_a_usage_error(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _ = _run("check", str(folder), "--min-confidence", "1.5")
    assert status == 2
    assert "want a number from 0 to 1" in capsys.readouterr().err
