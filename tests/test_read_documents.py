"""`claimtrack.read_documents`: files and folders as the command line reads them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import claimtrack


def test_front_matter_date_line_and_fill_ins(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("---\ndate: 2021-07-28\nsource: CGTN\n---\nIt cost $3m.\n")
    (tmp_path / "b.txt").write_text("Harbour News | date 2022-03-08\nIt cost $4m.\n")
    (tmp_path / "c.txt").write_text("It cost $5m.\n")
    docs = list(claimtrack.read_documents([tmp_path], source="wire", published=dt.date(2020, 1, 1)))
    assert [(d.id, d.published, d.source) for d in docs] == [
        ("a", dt.date(2021, 7, 28), "CGTN"),
        ("b", dt.date(2022, 3, 8), "wire"),
        ("c", dt.date(2020, 1, 1), "wire"),
    ]
    assert docs[0].text == "It cost $3m.\n"


def test_shared_stems_are_named_by_their_relative_path(tmp_path: Path) -> None:
    for folder in ("2021", "2022"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.md").write_text(f"Report of {folder}.\n")
    (tmp_path / "2022" / "notes.txt").write_text("Notes.\n")
    (tmp_path / "2022" / "notes.md").write_text("More notes.\n")
    ids = [d.id for d in claimtrack.read_documents([tmp_path])]
    assert ids == ["2021/report", "notes.md", "notes.txt", "2022/report"]


def test_jsonl_lines_and_their_default_ids(tmp_path: Path) -> None:
    path = tmp_path / "briefs.jsonl"
    lines = [{"id": "x", "text": "One."}, {"text": "Two.", "published": "2022-01-05"}]
    path.write_text("\n".join(map(json.dumps, lines)) + "\n")
    docs = list(claimtrack.read_documents([path]))
    assert [(d.id, d.published) for d in docs] == [("x", None), ("briefs:2", dt.date(2022, 1, 5))]


def test_errors_raise_or_go_to_on_error(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Fine.\n")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01")
    (tmp_path / "lines.jsonl").write_text('{"text": "Ok."}\n{broken\n')
    with pytest.raises(claimtrack.DocumentError, match=r"blob\.txt: looks binary"):
        list(claimtrack.read_documents([tmp_path]))
    problems: list[claimtrack.DocumentError] = []
    paths = [tmp_path, tmp_path / "missing.md"]
    docs = list(claimtrack.read_documents(paths, on_error=problems.append))
    assert [d.id for d in docs] == ["good", "lines:1"]
    messages = [str(p) for p in problems]
    assert messages[0].endswith("missing.md: no such file or directory")
    assert "blob.txt: looks binary" in messages[1]
    assert "lines.jsonl:2: invalid JSON" in messages[2]
